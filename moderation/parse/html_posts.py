"""Forum threads and other lists of posts whose markup names no comment, found by repetition.

A thread page (phpBB, vBulletin, XenForo and their many themes) draws every post alike: the
same element and class, each holding who wrote it, often when, and its text. Forums name
posts "post", "message" or "postbit", and blogs name their article so too, so names cannot
find them; the repetition can. The posts must hold a good share of the page's prose (a list
of teasers with bylines holds little of it). When the page has no article of its own, the
first post, the one that opened the thread, is the article and the rest are its comments.
A reply that quotes an earlier post names whom it answers; the quote is not its text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from moderation.parse.boilerplate import is_prose, word_count
from moderation.parse.html_discovery import (
    HOOK_ATTRS,
    ancestors,
    element_before,
    first_time,
    free_text,
    innermost,
    is_named,
    is_system_note,
    meta_kind,
    name_text,
    name_words,
    named_nodes,
    names_one_comment,
    owner_of,
    without_control_lines,
)
from moderation.parse.layouts import (
    COMMENT_BODY_WORDS,
    COMMENT_CONTROL_LINE,
    COMMENT_NOT_BODY_WORDS,
    COMMENT_WORDS,
    DATE_IN_TEXT,
    EDIT_NOTE,
    HTML_BOILERPLATE,
    MAX_AUTHOR_CHARS,
)
from moderation.parse.markup import block_lines, remove_read
from moderation.parse.quotes import attributed_quotes
from moderation.parse.threads import latest_by, shallower
from moderation.parse.timestamps import CLOCK_DIGITS, to_iso
from moderation.types import Comment

# Fewer posts than this are no thread (one post with a byline is an article).
MIN_POSTS = 2
# Share of the page's prose words the posts' text must hold: a thread is mostly its posts.
MIN_PROSE_SHARE = 0.4
# The longest text an element may hold to be read as a post's date line.
_MAX_DATE_LINE_CHARS = 100
_MAX_YEARLESS_CHARS = 30
_MAX_PLAIN_ELEMENTS = 300
_MEMBER_SINCE = re.compile(r"\b(?:registered|joined|member since|since)\b\W*$", re.I)
_CLOCK = re.compile(CLOCK_DIGITS)
# Prose words of the page's own article below which the first post is the article.
MAX_ARTICLE_WORDS = 40
_SIGNATURE_WORDS = frozenset({"signature", "signaturecontainer", "sig"})


@dataclass(frozen=True)
class Thread:
    """Comments read from a page; `opens` when the first is a post that may have opened the
    thread (a forum's first post, not nested under another)."""

    comments: tuple[Comment, ...]
    opens: bool = False
    # Prose words on the page before the first comment, where known: a story above them is
    # the article; a forum's footer and notices after them are not.
    prose_before: int | None = None
    # Posts found by repetition (a forum's), not named as comments by a known layout.
    repeated: bool = False

    def opened_by(self, article: str) -> bool:
        """Whether the first post is the page's article: the page has next to none of its own."""
        if not self.opens:
            return False
        own = _prose_words(article.split("\n"))
        if self.prose_before is not None:
            own = min(own, self.prose_before)
        opening = len(self.comments[0].text.split())
        if not self.repeated:  # a comment layout: only a page with no story
            return own < min(MAX_ARTICLE_WORDS, opening)
        # A forum's notices and headings above its posts are no story beside a long first post.
        return own < max(MAX_ARTICLE_WORDS, opening // 2)

    def replies(self) -> tuple[Comment, ...]:
        """The comments after the opening post; answering it is answering the article."""
        opening = self.comments[0].id
        return tuple(
            replace(comment, parent=None) if comment.parent == opening else comment
            for comment in self.comments[1:]
        )


@dataclass
class _Post:
    item: LexborNode
    authors: list[LexborNode]
    times: list[LexborNode]
    body: LexborNode | None
    quotes: list[tuple[LexborNode, str]]


def discover_posts(tree: LexborHTMLParser, text_of: Callable[[LexborNode], str]) -> Thread | None:
    """The page's posts, or None when it has no run of alike elements that reads as one. The
    posts are removed from the tree once read, so that an article is read without them."""
    if tree.body is None:
        return None
    authors = [node for node in named_nodes(tree.body) if _is_author(node)]
    if len(authors) < MIN_POSTS:
        # Where no element is named as a writer (El País's "c_c_a"), the posts' <time>s are
        # what repeats, each with the writer's name beside it.
        authors = [time for time in tree.body.css("time") if _name_beside(time) is not None]
    if len(authors) < MIN_POSTS:
        return None
    page_level = {
        a.mem_id
        for top in tree.css("h1, body, main, [role=main]")
        for a in ancestors(top, include_self=True)
    }
    best: tuple[tuple[int, int, int], list[_Post], dict[int, str]] | None = None
    for members in _alike_holders(authors, page_level):
        posts, texts = _read_posts(members, text_of)
        readable = [post for post in posts if post.authors and texts.get(post.item.mem_id)]
        if len(readable) < MIN_POSTS or len(readable) * 3 < len(posts) * 2:
            continue
        if sum(bool(post.times) for post in readable) * 3 < len(readable) * 2:
            continue  # posts are dated; a blog's widgets (post, profile) are not all
        words = sum(len(texts[p.item.mem_id].split()) for p in readable)
        depth = -len(list(ancestors(readable[0].item)))
        key = (len(readable), words, depth)
        if best is None or key > best[0]:
            best = (key, readable, texts)
    if best is None:
        return None
    _, posts, texts = best
    page_words = _prose_words(block_lines(tree.body))
    outermost = [p.item for p in posts if owner_of(p.item, {q.item.mem_id for q in posts}) is None]
    post_words = sum(_prose_words(block_lines(item)) for item in outermost)
    if post_words < MIN_PROSE_SHARE * page_words:
        return None
    comments = _to_comments(posts, texts)
    before = prose_before(tree, posts[0].item)
    remove_read([post.item for post in posts])
    # A comment system's markup (a time named "CommentTimestamp") lists comments, not a
    # forum's posts: its first is no opening post.
    named_as_comments = any(
        is_named(node, COMMENT_WORDS)
        for post in posts
        for node in [*post.authors, *post.times, *([post.body] if post.body else [])]
    )
    opens = comments[0].parent is None and not named_as_comments and not _asks_for_comments(tree)
    return Thread(comments, opens=opens, prose_before=before, repeated=True)


# A button asking for a comment ("Add a New Comment": Wikidot's discussion of a wiki page), where
# a forum asks for a reply to the post that opened its thread ("Post Reply").
_ASKS_FOR_A_COMMENT = re.compile(r"^(?:add|leave|post|write) (?:a )?(?:new )?comment$", re.I)


def _asks_for_comments(tree: LexborHTMLParser) -> bool:
    """Whether the page's buttons ask for comments: its posts discuss something elsewhere (a
    wiki page, a product), and the first is a reader's, not the post that opened a topic."""
    return any(
        _ASKS_FOR_A_COMMENT.match(" ".join((node.text() or "").split()))
        for node in tree.css("a, button")
    )


def prose_before(tree: LexborHTMLParser, first: LexborNode) -> int:
    """Prose words on the page before `first` (the first comment), the site's chrome skipped."""
    holders = {a.mem_id for a in ancestors(first)}  # a forum's posts may sit in a <form>
    chrome = frozenset(n.mem_id for n in tree.css(HTML_BOILERPLATE) if n.mem_id not in holders)
    return _prose_words(block_lines(tree.body, stop=first, skip=chrome))


def _is_author(node: LexborNode) -> bool:
    """An element naming a post's writer: named so, and short enough to be a name."""
    if meta_kind(node) != "author":
        return False
    return 0 < len(name_text(node)) <= MAX_AUTHOR_CHARS


def _alike_holders(authors: list[LexborNode], page_level: set[int]) -> list[list[LexborNode]]:
    """Groups of elements alike in tag and first class name that each hold an author, in page
    order: the candidates for a thread's posts. Elements named as comments are left to the
    comment discovery, and so is everything inside them."""
    groups: dict[tuple[str, str], dict[int, LexborNode]] = defaultdict(dict)
    for author in authors:
        holders = []
        for holder in ancestors(author):
            if holder.mem_id in page_level:
                break
            holders.append(holder)
        if any(names_one_comment(holder) for holder in holders):
            continue
        if any(is_system_note(holder) for holder in holders):
            continue  # GitLab's "note system-note": "added the data-gap label"
        for holder in holders:
            if (key := _signature(holder)) is not None:
                groups[key][holder.mem_id] = holder
    order = {node.mem_id: index for index, node in enumerate(authors[0].parser.root.traverse())}
    found = []
    for members in groups.values():
        if len(members) < MIN_POSTS:
            continue
        found.append(sorted(members.values(), key=lambda node: order[node.mem_id]))
    return found


def _signature(node: LexborNode) -> tuple[str, str] | None:
    """Tag and test hook or first class name: what the posts of one thread share (a site whose
    class names are hashed per element names its parts only in a test hook: Medium's
    `data-testid="responseThread"`); None without either."""
    for attribute in HOOK_ATTRS:
        if hook := node.attributes.get(attribute):
            return (node.tag, f"{attribute}={hook}")
    classes = (node.attributes.get("class") or "").split()
    return (node.tag, classes[0]) if classes else None


def _read_posts(
    members: list[LexborNode], text_of: Callable[[LexborNode], str]
) -> tuple[list[_Post], dict[int, str]]:
    """Each member's own authors, times, quotes and text (a nested reply's are its own)."""
    ids = {member.mem_id for member in members}
    posts = []
    texts: dict[int, str] = {}
    for member in members:
        own = [node for node in named_nodes(member) if owner_of(node, ids) == member.mem_id]
        quotes = _quotes(member, ids)
        quoted = {node.mem_id for node, _ in quotes}
        own = [node for node in own if not any(a.mem_id in quoted for a in ancestors(node))]
        named_authors = [node for node in own if _is_author(node)]
        if not named_authors:  # a name only beside the post's <time>
            beside = (_name_beside(time) for time in member.css("time"))
            named_authors = [node for node in beside if node is not None][:1]
        authors = innermost(named_authors)  # the name, not its container
        # A time-named element holding the post's text is its wrapper (Kunena's
        # "message-published"), not its date line.
        times = [
            node
            for node in own
            if meta_kind(node) == "time" and node not in authors and _date_line_sized(node)
        ]
        times += [node for node in member.css("time") if owner_of(node, ids) == member.mem_id]
        times = (
            times or _dated(own, named_authors) or _dated(_plain_own(member, ids), named_authors)
        )
        metas = named_authors + times
        body = _body(own, metas) or _free_body(member, metas, ids)
        post = _Post(member, authors, times, body, quotes)
        posts.append(post)
        text = _text(post, text_of)
        if text:
            texts[member.mem_id] = text
    return posts, texts


def _date_line_sized(node: LexborNode) -> bool:
    """Whether a time-named element is no bigger than a date line: it holds no element named
    as text and not much more text than a date line."""
    if len(node.text() or "") > _MAX_DATE_LINE_CHARS * 2:
        return False
    inner_names = (name for inner in node.css("[class]") for name in name_words(inner))
    return not any(name[-1] in COMMENT_BODY_WORDS for name in inner_names)


def _name_beside(time: LexborNode) -> LexborNode | None:
    """The element just before a <time> holding a short name and no date: its writer's."""
    node = element_before(time)
    if node is None or node.tag in ("time", "br", "img"):
        return None
    name = " ".join((node.text() or "").split())
    if not 0 < len(name) <= MAX_AUTHOR_CHARS or DATE_IN_TEXT.search(name):
        return None
    return node if any(c.isalpha() for c in name) and not COMMENT_CONTROL_LINE.match(name) else None


def _dated(own: list[LexborNode], authors: list[LexborNode]) -> list[LexborNode]:
    """Where nothing is named as a time: the innermost short element whose text holds a date
    (Simple Machines' "« on: March 02, 2024, 07:41:18 PM »") or whose tooltip does beside a
    relative time (Kunena: "2 weeks ago" titled "05 Mar 2024 21:14"), one with a clock first,
    never a member's registration date ("Registered: 2019-03-02")."""
    in_authors = {node.mem_id for author in authors for node in author.traverse()}
    dated = innermost(
        [
            node
            for node in own
            if node.mem_id not in in_authors
            and (_is_date_line(" ".join((node.text() or "").split())) or _dated_title(node))
        ]
    )
    clocked = [
        node for node in dated if _CLOCK.search(node.text() or node.attributes.get("title") or "")
    ]
    return (clocked or dated)[:1] or _dated_byline(authors)


def _dated_byline(authors: list[LexborNode]) -> list[LexborNode]:
    """The writer's line that also holds the date, outside the name in it ("by <a
    class="username">hillwalker</a> » Mon Jan 08, 2024 6:12 pm": phpBB's prosilver)."""
    names = innermost(authors)
    name_ids = {node.mem_id for node in names}
    for line in authors:
        if line.mem_id in name_ids:
            continue
        text = " ".join((line.text() or "").split())
        for name in names:
            if any(a.mem_id == line.mem_id for a in ancestors(name)):
                text = text.replace(" ".join((name.text() or "").split()), " ", 1)
        if _is_date_line(text.strip()):
            return [line]
    return []


def _is_date_line(text: str) -> bool:
    """A short line holding a date that is not a member's registration nor an edit note, or
    that is a date the page's year completes ("Mon, Apr 8, 9:14 AM": Phabricator)."""
    if len(text) > _MAX_DATE_LINE_CHARS:
        return False
    if not (found := DATE_IN_TEXT.search(text)):
        return bool(text) and len(text) <= _MAX_YEARLESS_CHARS and to_iso(text) is not None
    if EDIT_NOTE.match(text):
        return False  # when it was last edited
    return not _MEMBER_SINCE.search(text[: found.start()])


def _dated_title(node: LexborNode) -> bool:
    """Whether the element's tooltip is a date with a clock."""
    title = " ".join((node.attributes.get("title") or "").split())
    return _is_date_line(title) and bool(_CLOCK.search(title))


def _plain_own(member: LexborNode, ids: set[int]) -> list[LexborNode]:
    """The post's own elements, named or not (FluxBB dates a post in a plain link in its
    heading), up to a few hundred: where no named element holds its date."""
    return [
        node
        for node in islice(member.traverse(), _MAX_PLAIN_ELEMENTS)
        if node.tag not in ("-text", "script", "style") and owner_of(node, ids) == member.mem_id
    ]


def _quotes(member: LexborNode, ids: set[int]) -> list[tuple[LexborNode, str]]:
    """The post's own attributed quotes (not those of a reply nested in it)."""
    return [
        (node, name)
        for node, name in attributed_quotes(member)
        if owner_of(node, ids) == member.mem_id
    ]


def _free_body(member: LexborNode, metas: list[LexborNode], ids: set[int]) -> LexborNode | None:
    """Where nothing is named as text (Facebook's plugin names its classes "_5mdd"): the
    element outside the author and time with the most prose."""
    meta_ids = {meta.mem_id for meta in metas}
    free = free_text(member, ids - {member.mem_id}, meta_ids)
    words = [(_prose_words(block_lines(node)), index) for index, node in enumerate(free)]
    best = max(words, default=(0, -1))
    return free[best[1]] if best[0] else None


def _body(own: list[LexborNode], metas: list[LexborNode]) -> LexborNode | None:
    """The innermost element named as text ("content", "message") that holds no author or
    time and is no signature."""
    meta_holders = {a.mem_id for meta in metas for a in ancestors(meta, include_self=True)}
    in_metas = {node.mem_id for meta in metas for node in meta.traverse()}
    candidates = [
        node
        for node in own
        if node.mem_id not in meta_holders | in_metas
        and any(name[-1] in COMMENT_BODY_WORDS for name in name_words(node))
        and not any(
            set(name) & (COMMENT_NOT_BODY_WORDS | _SIGNATURE_WORDS) for name in name_words(node)
        )  # fmt: skip
        and (node.text() or "").strip()
    ]
    return next(iter(innermost(candidates)), None)


def _text(post: _Post, text_of: Callable[[LexborNode], str]) -> str:
    """The body's text without quotes of earlier posts, signatures, replies and controls."""
    if post.body is None:
        return ""
    body = post.body.clone()
    post_kind = _signature(post.item)  # never None: posts are grouped by it
    drop = [node for node, _ in attributed_quotes(body)] + [
        node
        for node in body.traverse()
        if node.mem_id != body.mem_id
        and (_signature(node) == post_kind or is_named(node, _SIGNATURE_WORDS))  # a reply, a sig
    ]
    dropped = {node.mem_id for node in drop}
    for node in drop:
        if not any(a.mem_id in dropped for a in ancestors(node)):
            node.decompose()
    return without_control_lines(text_of(body))


def _to_comments(posts: list[_Post], texts: dict[int, str]) -> tuple[Comment, ...]:
    """Comments in page order: a parent from nesting (a post inside another, or in a list of
    replies drawn inside another's list item), else from the post a quote names."""
    by_item: dict[int, Comment] = {}
    comments: list[Comment] = []
    ids = {post.item.mem_id for post in posts}
    depths: list[int | None] = []
    for number, post in enumerate(posts, start=1):
        author = name_text(post.authors[0])
        enclosing = owner_of(post.item, ids)
        parent = by_item.get(enclosing) if enclosing is not None else None
        depth = _list_depth(post.item) or None  # a post in no list (an opening post) answers none
        if parent is None and depth is not None:
            parent = shallower(comments, depths, depth)
        depths.append(depth)
        reply_to = parent.author if parent else (post.quotes[0][1] if post.quotes else None)
        if parent is None and reply_to:
            parent = latest_by(comments, reply_to)
        comment = Comment(
            id=post.item.attributes.get("id") or f"p{number}",
            text=texts[post.item.mem_id],
            author=author,
            reply_to=reply_to,
            posted=first_time(post.times),
            parent=parent.id if parent else None,
        )
        by_item[post.item.mem_id] = comment
        comments.append(comment)
    return tuple(comments)


def _list_depth(item: LexborNode) -> int:
    """How many lists the post is drawn in (Talkyard: each reply's list inside its parent's
    list item)."""
    return sum(node.tag in ("ol", "ul") for node in ancestors(item))


def _prose_words(lines: list[str]) -> int:
    return sum(word_count(line) for line in lines if is_prose(line))
