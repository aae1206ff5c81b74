"""Comment lists in HTML of layouts nobody listed, found by how comment markup is named.

Sites name their markup in many ways ("d-comment__body", "comment-text", "commtext"), but
nearly all of them put a comment word in the name of a comment's text and give each comment an
author or a time. So a body is an element named as comment text; its comment is the nearest
enclosing element that also holds an author or a time, widened to the element named as the
comment; comments nested in comments, or given a depth, make the thread. Where nothing is
named as text, `discover_section_comments` anchors each comment of a comment section on its
author or time instead, and `discover_named_items` reads alike elements named as comments by
the writer and time their plain spans show. Used when no layout in `layouts.py` matches a page.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice, takewhile

from selectolax.lexbor import LexborHTMLParser, LexborNode

from moderation.parse.boilerplate import is_prose
from moderation.parse.layouts import (
    AGE_LINE,
    COMMENT_AUTHOR_ATTRS,
    COMMENT_AUTHOR_WORDS,
    COMMENT_BODY_WORDS,
    COMMENT_CONTAINER_WORDS,
    COMMENT_CONTROL_LINE,
    COMMENT_DEPTH_ATTRS,
    COMMENT_DEPTH_CLASS,
    COMMENT_EXCLUDED,
    COMMENT_ID_ATTRS,
    COMMENT_ITEM_WORDS,
    COMMENT_NOT_AUTHOR_WORDS,
    COMMENT_NOT_BODY_WORDS,
    COMMENT_SECTION_HEADING,
    COMMENT_TIME_ATTRS,
    COMMENT_TIME_WORDS,
    COMMENT_WORDS,
    DATE_IN_TEXT,
    LABELLED_BY,
    LIST_POSITION_WORDS,
    MAX_AUTHOR_CHARS,
    POSTED_WORDS,
    REPLY_BLOCK_WORDS,
    REPLY_TO_NAMES,
    REPLY_TO_PREFIX,
    UNSEEN_TAGS,
)
from moderation.parse.markup import block_lines, remove_read
from moderation.parse.threads import latest_by, shallower
from moderation.parse.timestamps import has_zone, to_iso
from moderation.types import Comment

# Where no comment's own text is: a quote of another ("quoted-text": HyperKitty), a timeline's
# event, a reply composer, the writer's signature under every post.
_NO_COMMENT_WORDS = frozenset(
    {"quoted", "event", "events", "composer", "respond", "signature"}
    | {"recent"}  # a sidebar's "Recent Comments" (TypePad, WordPress widgets): teasers
)
# What the software wrote, not a reader ("system-note": GitLab's "added the data-gap label");
# whole names only: a "comment-system" wraps every comment.
_SYSTEM_NAMES = [["system", kind] for kind in ("note", "message", "event", "notice")]
# Class words marking the post that opened a thread ("cPost_first", "comment first").
_OPENING_WORDS = frozenset({"first", "op", "opening", "starter", "original"})
_OPENING_POST_WORDS = frozenset({"topic", "question"})
# A comment's own headline, named so beside a comment word ("talkbackTitle": ynet, Haaretz),
# is the first of its text; a subject that only says what it answers ("Re: ...") is not, nor
# one the software numbers ("comment 3": ikiwiki's link to the comment).
_TITLE_WORDS = frozenset({"title", "subject", "headline"})
_RE_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|sv|antw)\s*:|(?:comment|kommentar|commentaire|comentario|commento)"
    r"\s*#?\d+\s*$)",
    re.I,
)
_OPENING_LEVELS = 4  # how far around an opening post's text its element names it so
_SECTION_WORDS = frozenset(
    {"comments", "replies", "responses", "talkbacks"}
    | {"reacties", "kommentare", "commentaires", "comentarios", "commenti"}
)
# Attributes that carry a comment's own id: the element is that comment.
_COMMENT_ID_NAMES = ("comment_id", "comment-id", "data-comment-id", "data-commentid")
# Beside a quote word, what makes a name no quote's (GitHub's "js-quote-selection-container"
# around a whole discussion, "js-comment-quote-reply" a button).
_NOT_A_QUOTE = COMMENT_CONTAINER_WORDS | {"selection", "btn", "button"}
_QUOTE_CONTROLS = frozenset({"reply", "link"})  # "js-comment-quote-reply", not "reply-quote"
_MAX_BYLINE_CHARS = 160
# The name after a byline's label, up to its date: "by Anonymous Coward on Thursday ..."
# (Slashcode), "Kommentar von Uwe | 12.03.2024".
_POSTED_BY = re.compile(
    LABELLED_BY.pattern + r"(?P<name>[^|]+?)\s*(?:\||\s+at\s+\d|\s+on\s+|$)", re.I
)
_SAYS_WORDS = frozenset({"says", "said", "wrote"})
# The verb a theme prints after the writer's name: "says:", Spanish "dice:", French "dit :".
_SAYS = re.compile(
    r"\s+(?:says|said|wrote|dice|a dit|a écrit|dit|sagt|schreibt|scrive|ha scritto|diz|disse"
    r"|zegt|schreef)\s*:?$",
    re.I,
)
# Where one word of a name ends and the next begins: "TimelineItem", "IDComment" (an acronym
# run into a word), "IDCommentText918273640" (a number run into one).
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# A name run together in lower case ("itemcomment", "commentbody", "commentinfo": Nucleus CMS):
# "comment" or "reply" with a part's word before or after it reads as those words.
_PART = (
    r"(?:item|body|text|content|info|meta|list|form|author|name|date|time|header|head|footer"
    r"|wrap|wrapper|box|block|container|area|entry|thread|title|count|link|links|actions?"
    r"|holder|user|avatar|main|inner|outer|single|new)"
)
_RUN_ON = re.compile(rf"^(?P<before>{_PART})?(?P<kind>comments?|repl(?:y|ies))(?P<after>{_PART})?$")
_DEPTH_SELECTOR = ", ".join(f"[{attribute}]" for attribute in COMMENT_DEPTH_ATTRS)
# NodeBB: component="post"; Invision: data-role="commentContent", "memberSignature"
HOOK_ATTRS = (
    "data-testid", "data-test", "data-test-id", "data-qa", "data-cy", "component", "data-component",
    "data-role", "node-type",
    "data-automation-id",  # Microsoft (SharePoint, Fluent UI)
)  # fmt: skip
_MACHINE_TIME_ATTRS = ("datetime", "data-timestamp", "data-utime", "data-utc")  # 4chan: data-utc
# A link to a member's profile names a writer even unnamed (forums: "profile.php?id=602",
# "memberlist.php?mode=viewprofile", "/u/kim", "/users/kim", Medium's and Mastodon's "/@kim",
# not "/@kim/7e3a" a post of theirs), unless it reads as a control.
_PROFILE_HREF = re.compile(
    r"profile|member\.php|/users?/|/u/|/members?/|/people/|/@[\w.-]+/?(?:[?#]|$)", re.I
)
_PROFILE_WORDS = re.compile(r"^(?:view )?(?:profile|member|user)s?\b|^@", re.I)  # "@Ann": a mention
_PROFILE_LINKS = (
    "a[href*=profile]", "a[href*='member.php']", "a[href*='/user']", "a[href*='/u/']",
    "a[href*='/@']", "a[href*='/people/']", "a[href*='/member']",
)  # fmt: skip
_NAMED = ", ".join(
    [
        "[class]",
        "[id]",
        "[itemprop]",
        "[rel]",
        "time",
        "[title]",  # a relative age with its exact time in a tooltip
        *(f"[{name}]" for name in _MACHINE_TIME_ATTRS),
        *_PROFILE_LINKS,
        *(f"[{a}]" for a in HOOK_ATTRS),
    ]
)
_NOT_TEXT_TAGS = UNSEEN_TAGS | {"form"}
# A user number after the name ("BadlyWiredDog ( 8127 )", Slashdot): the account's, not the name.
_USER_NUMBER = re.compile(
    r"\s*\(\s*\d[\d,]*\s*\)$"
)  # a reply form inside a comment is not its text


# A zone written right after a time read among other words.
_ZONE_AFTER = re.compile(r"Z\b|[+-]\d{2}:?\d{2}\b")
# Words of utility classes that style text ("smallText greyText"), beside "text" in one name.
_TEXT_STYLE_WORDS = frozenset(
    {"small", "smaller", "large", "big", "tiny", "medium", "xs", "sm", "md", "lg", "xl"}
    | {"grey", "gray", "muted", "light", "dark", "bold", "italic", "center", "left", "right"}
    | {"white", "black", "red", "green", "blue", "color", "colour", "secondary", "subtle"}
)
# "margin-left:30px" (LiveJournal), "padding-left:2.5em" (1C-Bitrix's blog): how far in, in the
# page's own unit, so only compared within a page.
_INDENT_STYLE = re.compile(
    r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(?:px|em|rem)?(?![\w.%])"
)
# Words of a name for something done to a comment ("edit-comment-hide": GitHub's wrapper that
# hides the text while it is edited), not for the comment.
_ACTION_WORDS = frozenset({"edit", "hide", "show", "toggle", "collapse", "expand"})
# Words of a name that says what state an element is in ("has-replies", ProcessWire's
# "CommentHasReplies"), not what it holds.
_STATE_WORDS = frozenset({"has", "with", "without", "no", "is"})
_BARE_COMMENT = "comment"  # a class that is the word alone names a comment's element
_HEADER_STEPS = 2  # how far a comment is widened to the header with its date
_LABEL_ROW_WORDS = 4  # at most this many words in a row of column labels ("Author Posts")
# Beside a comment's author or time, what is named as its controls is none of its text (a
# "comment-permalink" "#" after "Posted by ... on ...": ExpressionEngine).
_CONTROL_NAMES = frozenset(
    {"permalink", "link", "links", "actions", "action", "toolbar", "controls", "buttons"}
    | {"vote", "votes", "score", "share", "meta", "metadata", "avatar"}
)


@dataclass
class _Found:
    """One comment in the tree: the element that is the comment, its text and its metadata."""

    item: LexborNode
    bodies: list[LexborNode] = field(default_factory=list)
    authors: list[LexborNode] = field(default_factory=list)
    times: list[LexborNode] = field(default_factory=list)


def discover_comments(
    tree: LexborHTMLParser, text_of: Callable[[LexborNode], str]
) -> tuple[tuple[Comment, ...], bool]:
    """Comments found by naming alone, and whether the first is marked as the post that opened
    the thread (`_marked_first`); each is removed from the tree once read, so that the article
    is read without them. `text_of` renders a body as a listed layout's would be."""
    excluded, meta_excluded = _exclusions(tree)
    # Whatever holds the headline is the page or the article, never a comment.
    page_level = {
        a.mem_id
        for top in tree.css("h1, body, main, [role=main]")
        for a in ancestors(top, include_self=True)
    }
    headlines = [" ".join((node.text() or "").split()) for node in tree.css("h1, title")]
    bodies = _text_bodies(_bodies(tree, excluded, page_level, headlines), headlines)
    if not bodies:
        return (), False
    bodies = _with_opening_body(tree, bodies, excluded, page_level)
    body_holders = {a.mem_id for body in bodies for a in ancestors(body, include_self=True)}
    metas = [
        node
        for node in named_nodes(tree)
        if meta_kind(node) and node.mem_id not in body_holders and not _under(node, meta_excluded)
    ]
    found = _without_label_rows(_group(bodies, metas, page_level))
    opened = _marked_first(found)  # before the elements leave the tree
    return _read_and_remove(found, text_of), opened


def _with_opening_body(
    tree: LexborHTMLParser, bodies: list[LexborNode], excluded: set[int], page_level: set[int]
) -> list[LexborNode]:
    """The bodies, and before them the one element drawn as they all are that stands outside
    anything named for comments, in something named as the opening post: the post that opened
    the thread (4chan: each reply's "postMessage" is in a "post reply", the opening one's in a
    "post op")."""
    kinds = {(body.tag, body.attributes.get("class")) for body in bodies}
    if len(kinds) != 1 or bodies[0].attributes.get("class") is None:
        return bodies
    tag, classes = kinds.pop()
    found = {body.mem_id for body in bodies}
    alike = [
        node
        for node in tree.css(tag)
        if node.attributes.get("class") == classes
        and node.mem_id not in found
        and node.mem_id not in page_level
        and not _under(node, excluded)
    ]
    if alike:  # most pages have none: the page's order is read only for those that do
        order = {node.mem_id: index for index, node in enumerate(tree.root.traverse())}
        alike = [node for node in alike if order[node.mem_id] < order[bodies[0].mem_id]]
    if len(alike) != 1:
        return bodies
    marked = next(
        (a for a in islice(ancestors(alike[0]), _OPENING_LEVELS) if is_named(a, _OPENING_WORDS)),
        None,
    )  # and not around the replies: a mail archive's first mail holds its thread
    if marked is None or any(_under(body, {marked.mem_id}) for body in bodies):
        return bodies
    if any(is_named(a, REPLY_BLOCK_WORDS) for body in bodies for a in ancestors(body)):
        return bodies  # a threaded archive (HyperKitty) draws its replies nested apart
    return [alike[0], *bodies]


def _without_label_rows(found: list[_Found]) -> list[_Found]:
    """Without the rows of column labels drawn like posts above and below a list ("Author |
    Posts": bbPress's header and footer): a few words and no time where every other has one."""

    def label_row(entry: _Found) -> bool:
        return not entry.times and len((entry.item.text() or "").split()) <= _LABEL_ROW_WORDS

    start, end = 0, len(found)
    while start < end and label_row(found[start]):
        start += 1
    while end > start and label_row(found[end - 1]):
        end -= 1
    kept = found[start:end]
    return kept if len(kept) >= 2 and all(entry.times for entry in kept) else found


def _marked_first(found: list[_Found]) -> bool:
    """Whether the first comment's element carries a class word saying it opened the thread
    ("cPost_first": Invision; "comment first": Gitea; "topic-owner-post") that no other has,
    or a class of its own, there or between it and its text, naming it the topic or the
    question (bbPress: "type-topic" where the others have "type-reply")."""
    if len(found) < 2:
        return False
    items = [entry.item for entry in found]
    words = [{w for name in name_words(item) for w in name} & _OPENING_WORDS for item in items]
    if words[0] and not any(words[0] & other for other in words[1:]):
        return True
    names = [_names_around_text(entry) for entry in found]
    own = names[0].difference(*names[1:])
    return any(set(name) & _OPENING_POST_WORDS for name in own)


def _names_around_text(entry: _Found) -> set[tuple[str, ...]]:
    """The names of the elements from a comment's text up to the comment's element."""
    names: set[tuple[str, ...]] = set()
    for node in ancestors(entry.bodies[0]):
        names.update(tuple(name) for name in name_words(node))
        if node.mem_id == entry.item.mem_id:
            break
    return names


def discover_section_comments(
    tree: LexborHTMLParser, sections: str, text_of: Callable[[LexborNode], str]
) -> tuple[Comment, ...]:
    """Comments in a comment section (`sections`) whose markup names no text: each author (or,
    if none, each time) marks one comment, the widest element around it that takes in no
    other; its text is what it holds outside the metadata and the replies. Each is removed
    from the tree once read."""
    excluded, meta_excluded = _exclusions(tree)
    roots = _outermost(
        [
            node
            for node in [*tree.css(sections), *filter(_names_a_section, named_nodes(tree))]
            if not _under(node, excluded)
        ]
    )
    metas = [
        node
        for root in roots
        for node in named_nodes(root)
        if meta_kind(node) and not _under(node, meta_excluded)
    ]
    metas = list({node.mem_id: node for node in metas}.values())
    authors = [node for node in metas if meta_kind(node) == "author"]
    bylines = [] if authors else [line for root in roots for line in _labelled_bylines(root)]
    anchors = _outermost(authors or bylines or metas)
    if not anchors:
        return ()
    stop = {a.mem_id for root in roots for a in ancestors(root, include_self=True)}
    widest = _widen(anchors, stop, takes=lambda node: True)
    items = {item.mem_id: _Found(item) for item in widest.values()}
    _give_metas(items, metas)
    for line in bylines:  # the writer's line: read for the name, left out of the text
        owner = next(a for a in ancestors(line, include_self=True) if a.mem_id in items)
        items[owner.mem_id].authors.append(line)
    meta_ids = {meta.mem_id for meta in [*metas, *bylines]}
    for entry in items.values():
        entry.bodies = free_text(entry.item, set(items) - {entry.item.mem_id}, meta_ids)
    return _read_and_remove([entry for entry in items.values() if entry.bodies], text_of)


_BYLINE_TAGS = "p, div, span, small, header"


def _labelled_bylines(root: LexborNode) -> list[LexborNode]:
    """Lines that open with a comment's label and the writer's name ("Kommentar von Uwe |
    <time>", "Antwort von Sabine": Contao), innermost, where nothing names the writer."""
    lines = [
        node
        for node in root.css(_BYLINE_TAGS)
        if len(text := " ".join((node.text() or "").split())) <= _MAX_BYLINE_CHARS
        and LABELLED_BY.match(text)
    ]
    return innermost(lines)


def _names_a_section(node: LexborNode) -> bool:
    """Named as a comment section by a name ending in its word, as sites' own prefixes do
    (K2's "itemComments", "article-comments"); not the list's heading ("itemCommentsCounter")."""
    return any(len(name) > 1 and name[-1] in _SECTION_WORDS for name in name_words(node))


def discover_named_items(
    tree: LexborHTMLParser, text_of: Callable[[LexborNode], str]
) -> tuple[Comment, ...]:
    """Comments drawn as alike elements each named as one comment, whose markup names no text,
    writer or time (Shopify's Dawn theme: `<article class="article-template__comments-comment">`
    holding its text and a footer of two plain spans). The short inline elements outside a
    comment's paragraphs are its metadata: one that reads as a time is its time, the first
    other its writer. Every comment must show both, or the elements are no comments."""
    excluded, _ = _exclusions(tree)
    groups: dict[tuple[str, str], list[LexborNode]] = defaultdict(list)
    for node in named_nodes(tree):
        if node.attributes.get("class") and names_one_comment(node) and not _under(node, excluded):
            groups[(node.tag, (node.attributes["class"] or "").split()[0])].append(node)
    found: list[_Found] = []
    for members in sorted(groups.values(), key=len, reverse=True):
        if len(members) < 2:
            break
        found = [entry for item in members if (entry := _with_plain_metas(item))]
        if len(found) == len(members):
            break
        found = []
    if not found:
        return ()
    items = {entry.item.mem_id for entry in found}
    for entry in found:
        lines = {_line_of(node, entry.item).mem_id for node in entry.authors + entry.times}
        entry.bodies = free_text(entry.item, items - {entry.item.mem_id}, lines)
    return _read_and_remove([entry for entry in found if entry.bodies], text_of)


_FORM_FIELDS = frozenset({"input", "textarea", "select", "option", "label"})
_PLAIN_META_TAGS = frozenset({"span", "a", "small", "strong", "b", "em", "i", "cite", "time"})
_PROSE_TAGS = frozenset({"p", "blockquote", "li", "pre", "td", "h1", "h2", "h3", "h4"})


def holds_fields_to_fill(node: LexborNode) -> bool:
    """Whether `node` holds a field a reader fills in (a comment box, a name, a search): a form
    to fill, never text. Hidden inputs alone wrap what a site edits in place (old Reddit)."""
    return any(
        field.tag != "input" or (field.attributes.get("type") or "text").lower() != "hidden"
        for field in node.css("input, textarea, select")
    )


def _with_plain_metas(item: LexborNode) -> _Found | None:
    """The comment `item` with the writer and time its plain inline elements show, or None."""
    author = time = None
    for node in item.traverse():
        if node.tag not in _PLAIN_META_TAGS or next(node.iter(), None) is not None:
            continue
        if _in_prose(node, item):
            continue
        line = " ".join((node.text() or "").split())
        if not 0 < len(line) <= MAX_AUTHOR_CHARS or COMMENT_CONTROL_LINE.match(line):
            continue
        if time is None and _read_time(line):
            time = node
        elif author is None and any(char.isalpha() for char in line) and not _read_time(line):
            author = node
    if author is None or time is None:
        return None
    return _Found(item, authors=[author], times=[time])


def _in_prose(node: LexborNode, item: LexborNode) -> bool:
    """Whether `node` is part of a paragraph (or quote, list item, cell) inside `item`."""
    for holder in ancestors(node):
        if holder.mem_id == item.mem_id:
            return False
        if holder.tag in _PROSE_TAGS:
            return True
    return False


def _line_of(node: LexborNode, item: LexborNode) -> LexborNode:
    """The widest element around `node` inside `item` that holds nothing but inline elements
    besides the way up: the header or footer line of which the writer or time is one part
    (Commentics: the writer's place beside the name), read as metadata whole."""
    line = node
    for holder in ancestors(node):
        if holder.mem_id == item.mem_id:
            break
        if any(
            child.mem_id != line.mem_id and child.tag not in _PLAIN_META_TAGS
            for child in holder.iter()
        ):
            break
        line = holder
    return line


def _exclusions(tree: LexborHTMLParser) -> tuple[set[int], set[int]]:
    """Where no comment text is read (`COMMENT_EXCLUDED`), and where no author or time is: the
    same, less buttons named as an author (a username that opens the writer's profile, as
    Coral draws it)."""
    nodes = tree.css(COMMENT_EXCLUDED)
    texts = {node.mem_id for node in nodes}
    metas = {
        node.mem_id for node in nodes if not (node.tag == "button" and meta_kind(node) == "author")
    }
    return texts, metas


def _read_and_remove(
    found: list[_Found], text_of: Callable[[LexborNode], str]
) -> tuple[Comment, ...]:
    """The comments found, then their elements taken out of the tree, replies first."""
    comments = _to_comments(found, text_of)
    remove_read([entry.item for entry in found])
    return comments


def _give_metas(items: dict[int, _Found], metas: list[LexborNode]) -> None:
    """Each author and time to the nearest comment around it."""
    for meta in metas:
        owner = next((a for a in ancestors(meta, include_self=True) if a.mem_id in items), None)
        if owner is not None:
            entry = items[owner.mem_id]
            (entry.authors if meta_kind(meta) == "author" else entry.times).append(meta)


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """Nodes not inside another of them ("comment-author" around its ".fn"), each once (a
    section both selected and named as one is one root)."""
    ids = {node.mem_id for node in nodes}
    unique = {node.mem_id: node for node in nodes}.values()
    return [node for node in unique if not any(a.mem_id in ids for a in ancestors(node))]


def free_text(item: LexborNode, other_items: set[int], metas: set[int]) -> list[LexborNode]:
    """The largest elements inside `item` that hold text but no metadata and no other comment."""
    holders: set[int] = set()
    for node in item.traverse():
        if node.mem_id in metas or node.mem_id in other_items:
            holders.update(a.mem_id for a in ancestors(node, include_self=True))
    free: list[LexborNode] = []

    def visit(node: LexborNode) -> None:
        for child in node.iter():
            if child.mem_id in other_items or child.mem_id in metas:
                continue
            if child.mem_id in holders:
                visit(child)
            elif (
                child.tag not in _NOT_TEXT_TAGS
                and not is_named(child, _CONTROL_NAMES)
                and (child.text() or "").strip()
                and not _numbered_subject(child)
                and not names_reply_to(child)  # "en respuesta a <strong>Ana</strong>"
                and not _comment_number(child)
            ):
                free.append(child)

    visit(item)
    return free


# A comment's number in its header, named so: Unidad Editorial's "ue-c-comments__number" "#3".
_NUMBER_TEXT = re.compile(r"^#?\d{1,5}\.?$")
_NUMBER_WORDS = frozenset({"number", "num", "count", "index"})


def _comment_number(node: LexborNode) -> bool:
    return is_named(node, _NUMBER_WORDS) and bool(_NUMBER_TEXT.match((node.text() or "").strip()))


def _numbered_subject(node: LexborNode) -> bool:
    """A subject line the software fills in ("comment 3", "Re: ..."), not the writer's words."""
    return is_named(node, _TITLE_WORDS) and bool(_RE_SUBJECT.match(node.text() or ""))


# --- naming -------------------------------------------------------------------------------


def name_words(node: LexborNode) -> list[list[str]]:
    """The lower-case words of each class name, of the id and of a test hook (sites styled
    with utility classes name their parts only there: `data-testid="comment-content"`)."""
    attributes = node.attributes
    names = (attributes.get("class") or "").split()
    names += [attributes.get(name) or "" for name in ("id", *HOOK_ATTRS)]
    return [words for name in names if (words := name_words_of(name))]  # "—" names nothing


def name_words_of(name: str) -> list[str]:
    """The lower-case words of one name ("TimelineItem-body": timeline, item, body); "com"
    closing a name is "comment" (PluXml's "content_com"), and opening it before a comment's
    part ("comText"), not the "com" of a Java package ("portlet-boundary_com_liferay_...")."""
    words = [word for word in _NON_WORD.split(_CAMEL.sub("-", name).lower()) if word]
    words = [part for word in words for part in _run_on_parts(word)]
    if len(words) > 1 and words[-1] == "com":
        words[-1] = "comment"
    if len(words) == 2 and words[0] == "com" and words[1] in _COMMENT_PART_WORDS:
        words[0] = "comment"  # XOOPS: "comText", "comDate" (not "comUserRankText")
    return words


# What "com" opening a name is a comment's part of: its text, time, title or writer.
_COMMENT_PART_WORDS = COMMENT_BODY_WORDS | COMMENT_TIME_WORDS | COMMENT_AUTHOR_WORDS | _TITLE_WORDS


def _run_on_parts(word: str) -> list[str]:
    """ "commentbody" as "comment", "body"; a word of its own (or "commentary") as itself."""
    match = _RUN_ON.match(word)
    if match is None or not (match["before"] or match["after"]):
        return [word]
    return [part for part in match.groups() if part]


def is_system_note(node: LexborNode) -> bool:
    """Named as what the software wrote ("system-note"), not a reader."""
    return any(name in _SYSTEM_NAMES for name in name_words(node))


def names_a_quote(node: LexborNode) -> bool:
    """Named as a quote of another comment, in a word of its own or run into one ("cquote":
    Fark, "bbquote"), not as a button or a container ("js-quote-selection-container")."""
    return any(
        any(word.endswith("quote") for word in name)
        and not set(name) & _NOT_A_QUOTE
        and name[-1] not in _QUOTE_CONTROLS
        for name in name_words(node)
    )


def is_named(node: LexborNode, words: frozenset[str]) -> bool:
    return any(set(name) & words for name in name_words(node))


def named_nodes(root) -> list[LexborNode]:
    """Elements with a class, id or itemprop, each once: an element both classed and id'd as
    comment text ("commento-body") matches the selector list twice, and was read twice."""
    return list({node.mem_id: node for node in root.css(_NAMED)}.values())


def _bodies(
    tree: LexborHTMLParser, excluded: set[int], page_level: set[int], headlines: list[str]
) -> list[LexborNode]:
    """Elements holding text that are named as a comment's text, but for the story's headline
    (`headlines`, see `_repeats_headline`); never one inside a quote (a forum's quote of an
    earlier post is drawn like a post, "bbCodeBlock-content"), in a timeline's event
    ("timeline-item event": "mattp referenced this issue from a commit") or in a reply
    composer, nor a system note."""
    quotes = {
        node.mem_id
        for node in tree.css("blockquote")
        if not _names_own_text(node) and not _holds_comment_text(node)
    }
    quotes |= {
        node.mem_id
        for node in tree.css("[class*=uote]")
        if names_a_quote(node) and not _holds_comments(node)
    }
    quotes |= {
        node.mem_id
        for node in named_nodes(tree)
        if is_named(node, _NO_COMMENT_WORDS) or is_system_note(node)
    }
    return [
        node
        for node in named_nodes(tree)
        if node.mem_id not in page_level
        and _is_body(node, page_level)
        and not _under(node, excluded | quotes)
        and (text := " ".join((node.text() or "").split()))
        and not COMMENT_SECTION_HEADING.match(text)  # the list's count: "7 Comments"
        and not _repeats_headline(text, headlines)
    ]


_HEADLINE_CHARS = 20  # a comment's title this long that opens the page's <title> is the story's


def _repeats_headline(text: str, headlines: list[str]) -> bool:
    """Whether `text` is the story's headline, drawn over every comment as its title (Grav's
    Comments plugin): an <h1>'s text, or the opening of the page's <title> ("Headline | Blog")."""
    return any(
        text == headline or (len(text) >= _HEADLINE_CHARS and headline.startswith(text))
        for headline in headlines
    )


def _holds_comments(node: LexborNode) -> bool:
    """A box named "quote" that holds whole comments, each with its writer and time: the
    replies under a comment (Waline's "wl-quote"), not a quote of another one."""
    kinds = {meta_kind(inner) for inner in node.traverse(include_text=False) if inner is not node}
    return {"author", "time"} <= kinds


def _holds_comment_text(node: LexborNode) -> bool:
    """A <blockquote> around an element named as a comment's text, quoting no one: the box a
    theme draws the comment's own words in (PluXml's `<blockquote><p class="content_com">`)."""
    return any(_names_comment_text(name_words(inner)) for inner in node.css("[class], [id]"))


def _names_comment_text(names: list[list[str]]) -> bool:
    """Named "comment-text": a text word beside a comment word in one name."""
    return any(set(name) & COMMENT_BODY_WORDS and set(name) & COMMENT_ITEM_WORDS for name in names)


def _names_own_text(node: LexborNode) -> bool:
    """A <blockquote> named as a post's text (4chan's "postMessage"), not as a quote of one."""
    names = name_words(node)
    return any(name[-1] in COMMENT_BODY_WORDS and "quote" not in name for name in names)


def _is_body(node: LexborNode, page_level: set[int]) -> bool:
    """Named "comment-text" (a text word beside a comment word), or named with a text word
    last ("usertext-body", "content") inside something named for comments."""
    names = name_words(node)
    if any(set(name) & COMMENT_NOT_BODY_WORDS for name in names) or names_reply_to(node):
        return False
    if holds_fields_to_fill(node):
        return False  # the reply form's card ("card-body" in "comments": django-comments-xtd)
    titled = any(set(name) & _TITLE_WORDS for name in names)  # the writer's own headline
    if not titled and _in_comment_part(node, page_level):
        return False  # Gitalk's "gt-comment-text" ("发表于", posted at) in "gt-comment-header"
    if any(set(name) & _SECTION_WORDS and set(name) & COMMENT_BODY_WORDS for name in names):
        return False  # "comments-content": the section's, around the list and its form
    if _names_comment_text(names):
        return True
    if any(set(name) & _TITLE_WORDS and set(name) & COMMENT_ITEM_WORDS for name in names):
        # the writer's own headline: their words; not "Re: ..." nor a byline drawn as the
        # title ("Comment from: Margaret P [Visitor]": b2evolution), nor the header holding
        # the writer's name and the time (Kanboard's "comment-title")
        heading = " ".join((node.text() or "").split())
        return (
            not _RE_SUBJECT.match(heading)
            and not LABELLED_BY.match(heading)
            and not any(meta_kind(inner) for inner in node.css("*"))
        )
    text_named = node.attributes.get("itemprop") == "text" or any(
        name[-1] in COMMENT_BODY_WORDS and not _styles_text(name) for name in names
    )
    return (
        text_named
        and not meta_kind(node)
        and any(is_named(a, COMMENT_WORDS) for a in ancestors(node) if a.mem_id not in page_level)
        and not _section_box(node, page_level)
    )


def _section_box(node: LexborNode, page_level: set[int]) -> bool:
    """Whether `node` is the section's content box around its list ("g-block-content" in
    Gallery's "g-comments"): in no element named as one comment, it holds two such side by
    side. (A comment's own text may hold its replies, and a comment may be named at each of
    its wrappers.)"""
    if any(names_one_comment(a) for a in ancestors(node) if a.mem_id not in page_level):
        return False
    named = [inner for inner in node.css("[class], [id]") if names_one_comment(inner)]
    return len(_outermost(named)) >= 2


_COMMENT_PARTS = frozenset({"header", "meta", "footer", "actions", "toolbar"})


def _in_comment_part(node: LexborNode, page_level: set[int]) -> bool:
    """Inside a comment's header, meta line or footer ("gt-comment-header", "comment-meta"):
    a label there is not the comment's text, whatever it is named."""
    for ancestor in ancestors(node):
        if ancestor.mem_id in page_level:
            return False
        if any(
            set(name) & COMMENT_ITEM_WORDS and set(name) & _COMMENT_PARTS
            for name in name_words(ancestor)
        ):
            return True
    return False


def _styles_text(name: list[str]) -> bool:
    """A utility class that sets how text looks ("smallText", "greyText", "text-muted"), not
    what it is."""
    return len(name) == 2 and bool(set(name) & _TEXT_STYLE_WORDS)


def _age_over_exact_time(node: LexborNode, tooltip: str) -> bool:
    """A relative age, or a day, whose tooltip gives the exact time, in an element named for
    nothing (Ghost: <span title="5 Mar 2024 16:14">2 days ago</span>; Gitment: <span
    title="Sat Mar 02 2024 21:48:06 GMT+0900 (日本標準時)">Sat Mar 02 2024</span>)."""
    shown = " ".join((node.text() or "").split())
    if len(shown) >= 40:
        return False
    exact = to_iso(tooltip) or ""
    if AGE_LINE.match(shown):
        return "T" in exact
    day = to_iso(shown)
    return bool(day) and "T" not in day and exact.startswith(day + "T")


def meta_kind(node: LexborNode) -> str | None:
    """'author' or 'time' for an element that names who wrote a comment or when; never the
    comment itself (LiveJournal's "b-leaf-poster ... comment": the journal owner's comment)."""
    attributes = node.attributes
    if _BARE_COMMENT in (attributes.get("class") or "").split() or node.tag in _FORM_FIELDS:
        return None  # a reply form's <input id="CommentForm-author"> asks for a name
    if attributes.get("itemprop") in ("author", "creator") or attributes.get("rel") == "author":
        return "author"
    # <time>, and elements carrying a machine time (<relative-time datetime>, PieFed's
    # <span class="flask-moment" data-timestamp>)
    if node.tag == "time" or any(name in attributes for name in _MACHINE_TIME_ATTRS):
        return "time"
    if attributes.get("itemprop") in ("dateCreated", "datePublished"):
        return "time"
    if (tooltip := attributes.get("title")) and _age_over_exact_time(node, tooltip):
        return "time"
    if any(
        set(name) & COMMENT_AUTHOR_WORDS
        and not set(name) & COMMENT_NOT_AUTHOR_WORDS
        and name[-1] not in COMMENT_ITEM_WORDS  # "authorResponse": the writer's comment (K2)
        and not set(name) & COMMENT_TIME_WORDS  # "user-action-time" (Stack Exchange)
        for name in name_words(node)
    ):
        return "author"
    if is_named(node, COMMENT_TIME_WORDS):
        return "time"
    if node.tag == "a" and _PROFILE_HREF.search(attributes.get("href") or ""):
        name = " ".join((node.text() or "").split())  # FluxBB: <a href="profile.php?id=602">
        if 0 < len(name) <= MAX_AUTHOR_CHARS and not _PROFILE_WORDS.match(name):
            return "author"
    return None


# --- structure ----------------------------------------------------------------------------


def innermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes holding no other of them, in their order: a "comment-body" wrapper around
    "comment-content" holds the author line too, a "username_container" holds the name."""
    ids = {node.mem_id for node in nodes}
    holders = {a.mem_id for node in nodes for a in ancestors(node) if a.mem_id in ids}
    return [node for node in nodes if node.mem_id not in holders]


def _text_bodies(bodies: list[LexborNode], headlines: list[str]) -> list[LexborNode]:
    """The bodies that are a comment's whole text: the innermost, unless the one around them
    has more prose of its own beside them (GitHub's "comment-body" holds paragraphs beside a
    code snippet's "snippet-clipboard-content"; a "comment-body" wrapper around
    "comment-content" holds only an author line or a signature beside it). A class that is
    mostly a wrapper around other bodies is no comment's text where it holds none (GitHub's
    "TimelineItem-body" around each comment's body, and alone in a timeline event: "added the
    bug label"); Commento's "commento-body" is mostly a comment's text, once around replies."""
    ids = {node.mem_id for node in bodies}
    inner: dict[int, list[LexborNode]] = defaultdict(list)
    # A body inside a comment that holds, past a comment drawn as that one is, the other's
    # body is a comment's text with a reply nested in it ("media-body" in `li.media` around a
    # nested `div.media`: laravelista/comments), not a wrapper around bodies.
    kinds: dict[int, set[str | None]] = {}

    def kinds_of(body: LexborNode) -> set[str | None]:  # asked only past a crossed comment
        if body.mem_id not in kinds:
            classes = _comment_classes(body)
            # One holding nothing beside such comments is their wrapper ("commento-children").
            kinds[body.mem_id] = classes if _text_beside_comments(body, classes) else set()
        return kinds[body.mem_id]

    for node in bodies:
        crossed: set[str | None] = set()
        for ancestor in ancestors(node):
            if ancestor.mem_id in ids and not (crossed and crossed & kinds_of(ancestor)):
                inner[ancestor.mem_id].append(node)
            if names_one_comment(ancestor):
                crossed.add(_first_class(ancestor))
    whole = {
        node.mem_id
        for node in bodies
        if node.mem_id in inner and _has_own_prose(node, inner, headlines)
    }
    wrapped: dict[str, int] = defaultdict(int)  # per class: wrappers minus leaves
    for node in bodies:
        if node.mem_id not in whole:
            for name in _body_classes(node):
                wrapped[name] += 1 if node.mem_id in inner else -1
    return [
        node
        for node in bodies
        if (
            node.mem_id in whole
            or (node.mem_id not in inner and all(wrapped[n] <= 0 for n in _body_classes(node)))
        )
        and not any(a.mem_id in whole for a in ancestors(node))
    ]


def _comment_classes(node: LexborNode) -> set[str | None]:
    """The kinds (first class names) of the elements around `node` named as one comment."""
    return {_first_class(a) for a in ancestors(node) if names_one_comment(a)}


def _first_class(node: LexborNode) -> str | None:
    """An element's first class name: what comments drawn alike share, whatever a comment's
    state adds after it (Mezzanine's "media comment comment-author" for the site's own)."""
    return next(iter((node.attributes.get("class") or "").split()), None)


def _text_beside_comments(node: LexborNode, classes: set[str | None]) -> bool:
    """Whether `node` holds text outside the comments of `classes` inside it."""
    if not classes:
        return False
    nested = frozenset(
        inner.mem_id
        for inner in node.traverse()
        if inner.mem_id != node.mem_id
        and _first_class(inner) in classes
        and names_one_comment(inner)
    )
    return any(line.strip() for line in block_lines(node, skip=nested))


def _body_classes(node: LexborNode) -> set[str]:
    """The node's class names that read as a comment's text ("TimelineItem-body")."""
    return {
        name
        for name in (node.attributes.get("class") or "").split()
        if (words := name_words_of(name)) and words[-1] in COMMENT_BODY_WORDS
    }


def _has_own_prose(
    node: LexborNode, inner: dict[int, list[LexborNode]], headlines: list[str]
) -> bool:
    """Whether `node` holds sentences outside the bodies inside it, outside quotes and what is
    named as its controls or metadata ("Scritto il ... da Marco B."), more than those bodies
    hold (a signature under a Slashdot comment's body is shorter)."""
    skipped = {body.mem_id for body in inner[node.mem_id]}
    skipped |= {quote.mem_id for quote in node.css("blockquote")}
    skipped |= {named.mem_id for named in node.css("[class]") if is_named(named, _CONTROL_NAMES)}
    skipped |= _comments_drawn_inside(node)
    own = [
        line
        for line in block_lines(node, skip=frozenset(skipped))
        if is_prose(line) and not _repeats_headline(line, headlines)
    ]
    inside = sum(len(body.text(deep=True) or "") for body in inner[node.mem_id])
    return sum(len(line) for line in own) > inside


def _comments_drawn_inside(node: LexborNode) -> set[int]:
    """The elements inside `node` that hold a writer and a time of their own: comments listed
    in it (Tieba's replies under a post, in a "core_reply_content"), whose sentences are theirs,
    not `node`'s."""
    def inside(meta: LexborNode) -> Iterator[LexborNode]:
        return takewhile(lambda a: a.mem_id != node.mem_id, ancestors(meta, include_self=True))

    metas = [(meta, meta_kind(meta)) for meta in node.css("*")]
    dated = {a.mem_id for meta, kind in metas if kind == "time" for a in inside(meta)}
    found = set()
    for meta, kind in metas:
        if kind == "author":
            holder = next((a for a in inside(meta) if a.mem_id in dated), None)
            if holder is not None:
                found.add(holder.mem_id)
    return found


def _group(bodies: list[LexborNode], metas: list[LexborNode], page_level: set[int]) -> list[_Found]:
    """Each body's comment, with the authors and times that comment holds itself."""
    meta_count: dict[int, int] = defaultdict(int)
    for meta in metas:
        for ancestor in ancestors(meta, include_self=True):
            meta_count[ancestor.mem_id] += 1
    cores = {}
    for body in bodies:
        # The nearest element around the body that also holds an author or a time, or is named
        # as one comment (Slashdot names neither its author nor its time): never past it.
        core = next(
            (
                a
                for a in ancestors(body)
                if a.mem_id not in page_level
                and (meta_count[a.mem_id] > meta_count[body.mem_id] or names_one_comment(a))
            ),
            body,
        )
        cores[body.mem_id] = core
    unique_cores = list({core.mem_id: core for core in cores.values()}.values())
    widened = _widen(unique_cores, page_level, takes=names_one_comment)
    widened = _with_dated_headers(widened, metas, page_level)
    items: dict[int, _Found] = {}
    for body in bodies:
        item = widened[cores[body.mem_id].mem_id]
        items.setdefault(item.mem_id, _Found(item)).bodies.append(body)
    _give_metas(items, metas)
    order = {node.mem_id: index for index, node in enumerate(bodies[0].parser.root.traverse())}
    found = [split for entry in items.values() for split in _split_flat(entry, order)]
    return sorted(found, key=lambda entry: order[entry.bodies[0].mem_id])  # page order


def _with_dated_headers(
    widened: dict[int, LexborNode], metas: list[LexborNode], page_level: set[int]
) -> dict[int, LexborNode]:
    """Comments that hold no time widened, by a step or two, to an unnamed element that adds
    one: the list item around a post and the header drawn before it with its date (bbPress),
    and with it the replies nested in that item."""
    items = list({item.mem_id: item for item in widened.values()}.values())
    inside = {item.mem_id for item in items}
    times = [m for m in metas if meta_kind(m) == "time"]
    dated: set[int] = set()
    unowned = []
    for time in times:
        owner = next((a for a in ancestors(time) if a.mem_id in inside), None)
        if owner is None:
            unowned.append(time)
        else:
            dated.add(owner.mem_id)
    undated = [item for item in items if item.mem_id not in dated]
    if not undated or not unowned:
        return widened
    free: dict[int, int] = defaultdict(int)
    for time in unowned:
        for ancestor in ancestors(time):
            free[ancestor.mem_id] += 1
    near = {item.mem_id: {a.mem_id for a in islice(ancestors(item), _HEADER_STEPS)}
            for item in undated}  # fmt: skip
    grown = _widen(
        items, page_level, takes=lambda a: free[a.mem_id] > 0 and not names_one_comment(a)
    )
    return {
        start: grown[item.mem_id]
        if grown[item.mem_id].mem_id in near.get(item.mem_id, ())
        else item
        for start, item in widened.items()
    }


def _widen(
    starts: list[LexborNode], stop: set[int], takes: Callable[[LexborNode], bool]
) -> dict[int, LexborNode]:
    """Each start widened to its widest enclosing element that `takes` accepts, never as far
    as an element in `stop` or one holding another start as near as its own: a reply nested
    deeper does not stop it, a sibling comment does ("li.comment" around its "comment-block",
    not the list around both)."""
    distances: dict[int, list[int]] = defaultdict(list)
    for start in starts:
        for steps, ancestor in enumerate(ancestors(start, include_self=True)):
            insort(distances[ancestor.mem_id], steps)
    widened = {}
    for start in starts:
        best = start
        for steps, ancestor in enumerate(ancestors(start), start=1):
            if ancestor.mem_id in stop or bisect_right(distances[ancestor.mem_id], steps) > 1:
                break
            if takes(ancestor):
                best = ancestor
        widened[start.mem_id] = best
    return widened


def names_one_comment(node: LexborNode) -> bool:
    """Named for one comment ("comment", "d-comment"), not for a list of them. A name that
    gives an item's place in a list names an item ("thread-even", as WordPress marks every
    comment), and so does a numbered one (Slashdot's `<li id="tree_64291234" class="comment">`).
    An element also named for whom a comment answers is that line of it (Khoros:
    "lia-message-reply-info lia-component-...-in-reply-to")."""
    if names_reply_to(node):
        return False
    if any(attribute in node.attributes for attribute in _COMMENT_ID_NAMES):
        return True  # Weibo's replies: <div comment_id="..." class="list_li">, no other name
    names = [  # not a name of its text ("comment-body"), its headline, or something done to it
        name
        for name in name_words(node)
        if not set(name) & (_ACTION_WORDS | COMMENT_BODY_WORDS | _TITLE_WORDS | {"header"})
    ]
    return any(set(name) & COMMENT_ITEM_WORDS for name in names) and not any(
        set(name) & COMMENT_CONTAINER_WORDS
        and not set(name) & LIST_POSITION_WORDS
        and not set(name) & _STATE_WORDS  # "CommentHasReplies": a comment with replies
        and not any(word.isdigit() for word in name)
        and name[-1] not in COMMENT_ITEM_WORDS  # a name's last word says what it is: one of
        for name in names  # the "comments-comment"s (Shopify's Dawn), not "comment-list"
    )


def names_reply_to(node: LexborNode) -> bool:
    """Named for whom a comment answers ("in-reply-to", "MessageInResponseTo"): a line of a
    comment, never the comment nor its text."""
    return any(words <= set(name) for name in name_words(node) for words in REPLY_TO_NAMES)


def _split_flat(entry: _Found, order: dict[int, int]) -> list[_Found]:
    """A container of several bodies and several authors is a flat list, not one comment: each
    body takes the authors and times between it and the body before (or, where the metadata
    follows the text, after)."""
    if len(entry.bodies) < 2 or max(len(innermost(entry.authors)), len(entry.times)) < 2:
        return [entry]  # one writer named in a wrapper ("talkbackAuthorDetails") is one
    starts = [order[body.mem_id] for body in entry.bodies]
    metas_first = min(order[m.mem_id] for m in entry.authors + entry.times) < starts[0]
    bounds = [-1, *starts] if metas_first else [*starts[1:], len(order)]
    split = []
    for index, body in enumerate(entry.bodies):
        low, high = (
            (bounds[index], starts[index]) if metas_first else (starts[index], bounds[index])
        )
        split.append(
            _Found(
                body,
                [body],
                [m for m in entry.authors if low < order[m.mem_id] < high],
                [m for m in entry.times if low < order[m.mem_id] < high],
            )
        )
    return split


def ancestors(node: LexborNode, include_self: bool = False) -> Iterator[LexborNode]:
    """Enclosing elements, nearest first, up to and without <html>."""
    current = node if include_self else node.parent
    while current is not None and current.tag not in ("html", "-document"):
        yield current
        current = current.parent


def _under(node: LexborNode, ids: set[int]) -> bool:
    return any(a.mem_id in ids for a in ancestors(node, include_self=True))


# --- fields -------------------------------------------------------------------------------


def _to_comments(found: list[_Found], text_of: Callable[[LexborNode], str]) -> tuple[Comment, ...]:
    """Comments in page order; a parent from nesting, else from a reply block drawn after it,
    else from depth."""
    items = {entry.item.mem_id for entry in found}
    node_of = {entry.item.mem_id: entry.item for entry in found}
    body_count: dict[int, int] = defaultdict(int)
    for entry in found:
        for body in entry.bodies:
            for ancestor in ancestors(body, include_self=True):
                body_count[ancestor.mem_id] += 1
    by_item: dict[int, Comment] = {}
    comments: list[Comment] = []
    depths: list[int | None] = []
    tree_parents = _tree_parents(found)
    chains = [_chain(entry.item, body_count) for entry in found]
    drawn = [_depth(chain) for chain in chains]
    drawn_deeper = any(drawn)
    for number, (entry, chain, depth) in enumerate(zip(found, chains, drawn, strict=True), 1):
        heading, headed_by, headed_at = _heading_header(entry, items)
        text, quoted = _text(entry, text_of, items | heading | _time_lines(entry))
        if not text:
            continue
        if depth is None and drawn_deeper:
            depth = 0  # where replies carry their depth ("padding-left:20px"), the rest are top
        enclosing = owner_of(entry.item, items)
        while enclosing is not None and enclosing not in by_item and enclosing in node_of:
            enclosing = owner_of(node_of[enclosing], items)  # one read as no comment: its owner
        enclosing = enclosing if enclosing is not None else _reply_block_parent(entry.item, items)
        if enclosing is None and depth is None:  # a depth the page names wins
            enclosing = tree_parents.get(entry.item.mem_id)
        if enclosing is not None:
            parent = by_item.get(enclosing)
        else:
            parent = shallower(comments, depths, depth) if depth is not None else None
        # "In reply to Ann" names whom a reply answers, also under a thread drawn one level deep
        # (the Guardian's): it wins over the nesting when Ann wrote earlier in the thread.
        named = _named_reply_to(entry.item, items) or quoted
        if named and (parent is None or parent.author != named):
            by_named = latest_by(comments, named)
            if by_named is not None or parent is None:
                parent = by_named
        author = (
            _author(entry, chain)
            or _heading_over_time(entry, items)
            or _named_beside_time(entry)
            or _said_after_time(entry)
            or _said_in_heading(entry, items)
            or _named_in_time_row(entry)
            or _named_beside_date(entry, items)
            or headed_by
        )
        comment = Comment(
            id=_comment_id(chain) or f"c{number}",
            text=_without_name_prefix(text, author),
            author=author,
            reply_to=parent.author if parent else named,
            posted=first_time(entry.times) or _dated_header(entry, items) or headed_at,
            parent=parent.id if parent else None,
        )
        by_item[entry.item.mem_id] = comment
        comments.append(comment)
        depths.append(depth)
    return tuple(comments)


_TIME_LINE_TAGS = frozenset({"p", "div", "header", "footer"})


def _time_lines(entry: _Found) -> set[int]:
    """The comment's time drawn as a line of its own ("Published on 03/13/2024 19:22:40" in a
    <p> under the name: Odoo's portal chatter), inside what reads as its text."""
    return {
        node.mem_id
        for node in entry.times
        if node.tag in _TIME_LINE_TAGS and len(node.text() or "") <= _MAX_BYLINE_CHARS
    }


def _without_name_prefix(text: str, author: str | None) -> str:
    """The text without the writer's name opening it ("吃瓜群众小王：这种..." on Weibo, where the
    name is a link at the head of the text), or on a line of its own over it (Coppermine's
    header row: "Reinhold&nbsp;", the date in a cell beside it)."""
    if author and text.startswith(author):
        rest = text[len(author) :]
        if rest[:1] in ("：", ":") and rest[1:].strip():
            return rest[1:].strip()
        if rest.lstrip(" \t\xa0").startswith("\n") and rest.strip():
            return rest.strip()
    return text


def _named_reply_to(item: LexborNode, items: set[int]) -> str | None:
    """The name in an element of the comment named for whom it answers ("reply-to-tab"), for
    flat threads that draw replies only so; "In reply to", "@" and arrows dropped."""
    for node in item.css("[class], [id]"):
        if not names_reply_to(node):
            continue
        if owner_of(node, items) != item.mem_id:
            continue  # inside a nested reply, not this comment's own
        name = REPLY_TO_PREFIX.sub("", " ".join((node.text() or "").split())).strip()
        if 0 < len(name) <= 40 and not COMMENT_CONTROL_LINE.match(name):  # bbPress's "Reply" link
            return name
    return None


def owner_of(node: LexborNode, items: set[int]) -> int | None:
    """The nearest of `items` (element ids) around a node: the comment it belongs to."""
    return next((a.mem_id for a in ancestors(node) if a.mem_id in items), None)


def _reply_block_parent(item: LexborNode, items: set[int]) -> int | None:
    """The comment a reply block follows: replies drawn beside their parent, not inside it
    (`<article class="comment">…</article><div class="indented">replies</div>`, as Drupal)."""
    for ancestor in ancestors(item):
        reply_block = is_named(ancestor, REPLY_BLOCK_WORDS)
        if not reply_block and not any(words[-1] == "thread" for words in name_words(ancestor)):
            continue  # an element that is a thread ("commentthread"), not a part of one
        previous = ancestor.prev  # past blanks and empty anchors (Drupal's <a id="comment-41">)
        while previous is not None and (
            previous.tag in ("-text", "-comment") or not (previous.text() or "").strip()
        ):
            previous = previous.prev
        if not reply_block:  # a thread drawn right after a comment holds its replies (XWiki:
            if previous is not None and previous.mem_id in items:  # "reply" / "commentthread")
                return previous.mem_id
            continue  # a thread after a thread is the next comment's own (Confluence)
        if previous is None:
            return None
        # The comment drawn before the block, or the one it holds (OpenWeb's
        # "root-message" names no comment; its text element was taken as the comment).
        held = (node.mem_id for node in previous.traverse() if node.mem_id in items)
        return next(held, None)
    return None


def _tree_parents(found: list[_Found]) -> dict[int, int]:
    """Comment -> the comment it is nested under, where each comment stands in a wrapper of a
    named kind every comment has, and a reply's wrapper inside its parent's (`<li
    class="comments-tree-item">` around a comment and the `<ol>` of its replies: DataLife
    Engine's tree); not a list's comments beside each other, nor a thread's opening post over a
    list of another kind."""
    if not found:
        return {}
    kinds = [{element_kind(a) for a in _named_around(entry.item)} for entry in found]
    common = set.intersection(*kinds)
    # The kind whose nesting places the most comments: the comment's own element where replies
    # sit inside it, else a wrapper around it (Confluence: `<div class="comment">` beside the
    # `<ol>` of its replies, both in an `<li class="comment-thread">`).
    around = (element_kind(a) for a in _named_around(found[0].item))
    nearest_first = dict.fromkeys(kind for kind in around if kind in common)
    tried = (_nested_in_kind(found, kind) for kind in nearest_first)
    return max(tried, key=len, default={})  # a tie: the nearest kind


def _nested_in_kind(found: list[_Found], kind: tuple[str, str | None]) -> dict[int, int]:
    """Comment -> the comment whose `kind` wrapper encloses its own."""
    wrapper_of = {}
    for entry in found:
        wrapper = next((a for a in _named_around(entry.item) if element_kind(a) == kind), None)
        if wrapper is not None:
            wrapper_of[entry.item.mem_id] = wrapper
    counts = Counter(wrapper.mem_id for wrapper in wrapper_of.values())
    owner = {w.mem_id: item for item, w in wrapper_of.items() if counts[w.mem_id] == 1}
    parents = {}
    for item, wrapper in wrapper_of.items():
        if counts[wrapper.mem_id] != 1:
            continue
        outer = next((a for a in ancestors(wrapper) if element_kind(a) == kind), None)
        if outer is not None and outer.mem_id in owner:
            parents[item] = owner[outer.mem_id]
    return parents


def _named_around(item: LexborNode) -> Iterator[LexborNode]:
    """The item and its enclosing elements that carry a class, nearest first."""
    return (a for a in ancestors(item, include_self=True) if a.attributes.get("class"))


def element_kind(node: LexborNode) -> tuple[str, str | None]:
    """An element's tag and class: what the comments of one list share."""
    return node.tag, node.attributes.get("class")


def _chain(item: LexborNode, body_count: dict[int, int]) -> list[LexborNode]:
    """The item and the wrappers around it that hold no other comment (where ids may sit)."""
    chain = [item]
    for ancestor in ancestors(item):
        if body_count[ancestor.mem_id] != body_count[item.mem_id]:
            break
        chain.append(ancestor)
    return chain


def _text(
    entry: _Found, text_of: Callable[[LexborNode], str], items: set[int]
) -> tuple[str, str | None]:
    """The bodies' text without the replies nested in them, without comment controls ("Reply",
    "Report") and without the quotes that name whom they quote ("allotment_ray said:"), and
    the first name so quoted."""
    from moderation.parse.quotes import take_quotes  # quotes reads markup with this module

    parts, quoted = [], None
    for body in entry.bodies:
        copy = _clone_without(body, items)
        named = take_quotes(copy)
        quoted = quoted or named
        parts.append(text_of(copy))
    return without_control_lines("\n\n".join(part for part in parts if part)), quoted


def _clone_without(node: LexborNode, items: set[int]) -> LexborNode:
    """A copy of `node` without the comments (`items`, element ids) inside it: a reply drawn
    inside its parent's text ("media-body" around the nested "media")."""
    copy = node.clone()
    held = [(index, inner) for index, inner in enumerate(node.traverse()) if inner.mem_id in items]
    if not held:
        return copy
    stops = items | {node.mem_id}
    inside = list(copy.traverse())
    for index, inner in held:
        if owner_of(inner, stops) == node.mem_id:  # the outermost only: decomposing one takes
            inside[index].decompose()  # the replies inside it too
    return copy


def without_control_lines(text: str) -> str:
    """A comment's text without the lines that are its controls ("Reply", "Like · Liked by 2
    people"), drawn inside it by some sites."""
    kept = [line for line in text.split("\n") if not COMMENT_CONTROL_LINE.match(line.strip())]
    return "\n".join(kept).strip()


def _author(entry: _Found, chain: list[LexborNode]) -> str | None:
    """The innermost author element's text, else an author attribute around the comment, else
    the name in a byline drawn around its time ("Posted by: Water St. business owner | April
    27, 2011 at 03:22 PM": Typepad, a name with no element of its own)."""
    for node in innermost(entry.authors):
        name = _USER_NUMBER.sub("", name_text(node))
        if 0 < len(name) <= MAX_AUTHOR_CHARS and not COMMENT_CONTROL_LINE.match(name):
            return name
    carried = next((name for node in chain if (name := carried_author(node))), None)
    return carried or _posted_by(entry)


def _posted_by(entry: _Found) -> str | None:
    """The name after "Posted by" in a short line of the comment outside its text, or before
    "commented" and its time ("Deleted User commented 2 days ago": BookStack, where a
    writer with no account has no link)."""
    in_bodies = {node.mem_id for body in entry.bodies for node in body.traverse()}
    for node in entry.item.css("p, div, span, small"):
        if node.mem_id in in_bodies or any(b.mem_id in in_bodies for b in node.css("*")):
            continue
        line = " ".join((node.text() or "").split())
        if len(line) > _MAX_BYLINE_CHARS:
            continue
        match = _POSTED_BY.match(line)
        if match and len(match.group("name")) <= MAX_AUTHOR_CHARS:
            return _USER_NUMBER.sub("", match.group("name"))  # "RamiK (3345)": Slashcode
        commented = _COMMENTED.match(line)
        if commented and (AGE_LINE.match(commented["when"]) or _read_time(commented["when"])):
            return commented["name"] if _reads_as_name(commented["name"]) else None
    return None


_COMMENTED = re.compile(
    r"^(?P<name>[^|:]{1,60}?)\s+(?:commented|replied|posted)\s+(?:on\s+|at\s+)?(?P<when>.+)$", re.I
)


def carried_author(node: LexborNode) -> str | None:
    """The writer's name an element carries in an attribute (`data-username="kestrel"`)."""
    for attribute in COMMENT_AUTHOR_ATTRS:
        value = str(node.attributes.get(attribute) or "").strip()
        if value:
            return value
    return None


def name_text(node: LexborNode) -> str:
    """An author element's text without the time it may also hold ("maint" + "May 7, 2024");
    where it also holds a rank or a post count ("gpio_gremlin Moderator"), its first link's
    text: the name that opens the writer's profile."""
    own = node.clone()
    for inner in own.css("*"):
        if meta_kind(inner) == "time" or is_named(inner, _SAYS_WORDS):
            inner.decompose()  # and WordPress's <span class="says">says:</span> after it
    text = without_says(" ".join((own.text(separator=" ") or "").split()))
    if (dated := _DATED_TAIL.search(text)) and DATE_IN_TEXT.match(text, dated.end()):
        text = text[: dated.start()]  # "Posted by Lena on June 15, 2025 at 08:22 AM" (Roller)
    for link in own.css("a"):
        name = " ".join((link.text() or "").split())  # "jan_v" + "@feddit.nl" is one name
        if any(char.isalpha() for char in name):  # not a permalink's "#" (Roller)
            return name if len(name) <= MAX_AUTHOR_CHARS else text
    return text


_DATED_TAIL = re.compile(r"\s+(?:on|at)\s+")


def without_says(name: str) -> str:
    """A writer's name without the words a theme prints around it ("Jen Miller says:",
    "posted by Jen Miller": Joomla's K2, "Kommentar von Uwe |": Contao)."""
    bare = _SAYS.sub("", _DATE_JOINER.sub("", LABELLED_BY.sub("", name)))
    return bare or name


def _dated_header(entry: _Found, items: set[int]) -> str | None:
    """A written date in the comment's own text outside its body, where no element names the
    time ("Submitted by <span class="username">Bill</span> on <span>Mon, 03/06/2024</span>")."""
    match = DATE_IN_TEXT.search(" ".join(" ".join(_header_parts(entry, items)).split()))
    return to_iso(match.group(0)) if match else None


def _named_beside_date(entry: _Found, items: set[int]) -> str | None:
    """The name written beside an unnamed header's date, where no element names the writer:
    the rest of the date's own text, else the text just after it ("Feb. 28, 2024, 9:05 a.m. -
    Helen Park", "... 11:40 a.m. - <a>Tom Reilly</a>": django-comments-xtd; "Scritto il Mon, 15
    Apr 2024 21:04:37 da Marco B.": Grav's Comments), or before it after "by" ("by Tom Ridley -
    March 11, 2025 18:22": FOSCommentBundle)."""
    parts = [" ".join(part.split()) for part in _header_parts(entry, items)]
    parts = [part for part in parts if part]
    for index, part in enumerate(parts):
        match = DATE_IN_TEXT.search(part)
        if match is None:
            continue
        rest = [part[match.end() :], *parts[index + 1 : index + 2]]
        lead = _DATE_JOINER.sub("", part[: match.start()])
        if not lead or _WRITTEN_ON.match(lead):  # the date opens its text: "[Scritto il] ..."
            for candidate in rest:
                name = _BY.sub("", _DATE_JOINER.sub("", candidate)).strip()
                if name:
                    return name if _reads_as_name(name) else None
        elif _BY.match(lead) and (name := _BY.sub("", lead).strip()):
            return name if _reads_as_name(name) else None
        return None
    return None


_BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "li", "time", "section", "article"})


def _named_beside_time(entry: _Found) -> str | None:
    """The short text drawn just before a comment's time element, in the same row, where no
    element names the writer (`<p class="font-semibold">Maya Rosen</p><time ...>`: a site
    styled with utility classes alone)."""
    if not entry.times:
        return None
    before = entry.times[0].prev
    while before is not None and (
        before.tag == "br"  # emlog: "<b>老猫</b><br /><span class="comment-time">"
        or before.tag == "-text"
        and not (before.text() or "").strip()
    ):
        before = before.prev
    if before is None or before.tag in ("-text", "time"):
        return None
    if any(inner.tag in _BLOCK_TAGS for inner in islice(before.traverse(), 1, None)):
        return None  # a block of its own: no name beside the time
    name = " ".join((before.text() or "").split())
    return name if name and _reads_as_name(name) else None


def _heading_over_time(entry: _Found, items: set[int]) -> str | None:
    """A short heading of the comment's own in the header that holds its time, before it, where
    no element names the writer (Ghost: `<h4>Fiona Glass</h4>` over "Marine biologist · 2 days
    ago", the role badge being the text beside the time)."""
    if not entry.times:
        return None
    header = {a.mem_id for a in islice(ancestors(entry.times[0]), _HEADER_STEPS)}
    inside = {node.mem_id for body in entry.bodies for node in body.traverse()}
    for heading in entry.item.css(_HEADINGS):
        if heading.mem_id in inside or _in_other_item(heading, entry.item, items):
            continue
        if any(a.mem_id in header for a in ancestors(heading)):
            name = " ".join((heading.text() or "").split())
            return name if _reads_as_name(name) else None
    return None


def _named_in_time_row(entry: _Found) -> str | None:
    """The name in another cell of the table row that holds a comment's time, where no element
    names the writer (XOOPS: `<td class="head">kenta_s</td><td class="head"><div
    class="comDate">...`): the first cell whose text reads as a name."""
    if not entry.times:
        return None
    cell = next((n for n in ancestors(entry.times[0]) if n.tag in ("td", "th")), None)
    row = cell.parent if cell is not None else None
    if row is None or row.tag != "tr":
        return None
    for other in row.iter():
        name = " ".join((other.text() or "").split())
        if other.mem_id != cell.mem_id and other.tag in ("td", "th") and name:
            return name if _reads_as_name(name) else None
    return None


def _said_after_time(entry: _Found) -> str | None:
    """The name after a comment's time that says it spoke (`<time>mardi 05 mars 2024 -
    10:21</time> - Monique a dit :`: PluXml), loose text with no element of its own."""
    if not entry.times:
        return None
    after, rest = entry.times[0].next, []
    while after is not None and after.tag in ("-text", "b", "strong", "span", "a"):
        rest.append(after.text() or "")
        after = after.next
    return _name_saying(" ".join(" ".join(rest).split()))


def _name_saying(line: str) -> str | None:
    """The name before the verb that says it spoke ("Monique a dit :", "Pete H wrote:")."""
    said = _SAYS.search(line)
    name = _DATE_JOINER.sub("", line[: said.start()]) if said else ""
    return name if name and _reads_as_name(name) else None


def _said_in_heading(entry: _Found, items: set[int]) -> str | None:
    """The name in a heading of the comment's own, outside its text, that says it spoke
    (`<h3><a href="mailto:...">Pete H</a> wrote:</h3>`: Nucleus CMS)."""
    inside = {node.mem_id for body in entry.bodies for node in body.traverse()}
    for heading in entry.item.css(_HEADINGS):
        if heading.mem_id in inside or _in_other_item(heading, entry.item, items):
            continue
        if name := _name_saying(" ".join((heading.text() or "").split())):
            return name
    return None


def _in_other_item(node: LexborNode, item: LexborNode, items: set[int]) -> bool:
    """Inside a reply's item nested in `item`, not of `item` itself."""
    for holder in ancestors(node):
        if holder.mem_id == item.mem_id:
            return False
        if holder.mem_id in items:
            return True
    return False


_HEADINGS = "h2, h3, h4, h5, h6"
_HEADING_TIME_TAGS = frozenset({"small", "span", "time", "em", "i"})


def _heading_header(entry: _Found, items: set[int]) -> tuple[set[int], str | None, str | None]:
    """A comment whose text opens with a heading of the writer's name and, in a small element
    ending it, the time (`<h5>Deb Sousa <small>- 4 days ago</small></h5>`: Bootstrap's media
    object, laravelista/comments), or whose item holds such a heading over its text (e107's
    "media-heading" beside "comment-text"), where no element names the writer: the heading's
    element id (to leave out of the text), the name and the time if written as a date."""
    if entry.authors or not entry.bodies:
        return set(), None, None
    body = entry.bodies[0]
    heading = next(iter(body.css(_HEADINGS)), None)
    if heading is None:  # beside the text, in the comment's own item
        inside = {node.mem_id for node in body.traverse()}
        heading = next(
            (
                node
                for node in entry.item.css(_HEADINGS)
                if node.mem_id not in inside and not _in_other_item(node, entry.item, items)
            ),
            None,
        )
        body = entry.item
    if heading is None:
        return set(), None, None
    before = []
    for node in body.traverse(include_text=True):
        if node.mem_id == heading.mem_id:
            break
        if node.tag == "-text":
            before.append(node.text_content or "")
    last = next((c for c in reversed(list(heading.iter())) if c.tag != "-text"), None)
    if "".join(before).strip() or last is None or last.tag not in _HEADING_TIME_TAGS:
        return set(), None, None
    shown = " ".join((last.text() or "").split())
    age = _DATE_JOINER.sub("", shown)
    posted = _read_time(age)
    if not (posted or AGE_LINE.match(age)):
        return set(), None, None
    name = _DATE_JOINER.sub("", " ".join((heading.text() or "").split()).rsplit(shown, 1)[0])
    if not _reads_as_name(name):
        return set(), None, None
    return {heading.mem_id}, name, posted


def _reads_as_name(text: str) -> bool:
    return (
        len(text) <= MAX_AUTHOR_CHARS
        and not _CLOCK_REST.match(text)  # "T14:15", the rest of an ISO time
        and len(text.split()) <= _NAME_WORDS
        and any(char.isalpha() for char in text)
        and not COMMENT_CONTROL_LINE.match(text)
        and DATE_IN_TEXT.search(text) is None
    )


_DATE_JOINER = re.compile(r"^[\s\-–—|·•,:¶#]+|[\s\-–—|·•,:¶#]+$")
_BY = re.compile(r"^(?:by|von|par|por|di|da|door|av)\s+", re.I)
# What may stand before a header's date: "Posted on", "Scritto il", "Publié le", "Escrito el".
_WRITTEN_ON = re.compile(rf"^{POSTED_WORDS}$", re.I)
_NAME_WORDS = 5
_CLOCK_REST = re.compile(r"^T?\d")


def _header_parts(entry: _Found, items: set[int]) -> list[str]:
    """The comment's own text nodes outside its body and its replies, in order."""
    skip = {body.mem_id for body in entry.bodies} | (items - {entry.item.mem_id})
    parts: list[str] = []

    def walk(node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                parts.append(child.text_content or "")
            elif child.mem_id not in skip and child.tag not in _NOT_TEXT_TAGS:
                walk(child)

    walk(entry.item)
    return parts


def first_time(times: list[LexborNode]) -> str | None:
    """The first time that reads as a date, from an attribute first (its own, then one inside
    it), then the text; where that is a day alone, a clock on that day from a later time
    element (HyperKitty draws the date and "3:05 p.m." apart, the full time in a tooltip)."""
    day = None
    for index, node in enumerate(times):
        value = _time_of(node)
        if value and "T" in value and (day is None or value.startswith(day)):
            return value if has_zone(value) else _zoned(value, times[index + 1 :])
        day = day or value
    return day


def _zoned(value: str, later: list[LexborNode]) -> str:
    """The same time from a later element that gives its zone (Stack Exchange: a <time>
    without one, then "2024-04-22 21:17:30Z" in a tooltip), else the time as it is."""
    for node in later:
        other = _time_of(node)
        if other and has_zone(other) and other.startswith(value):
            return other
    return value


def _time_of(node: LexborNode) -> str | None:
    """The time one element gives: its own attributes, then those of what it holds (a tooltip
    on an inner span), then its text; the text's clock where the attribute gives the day alone
    (Kinja: datetime="2019-10-22" on "10/22/19 3:05PM")."""
    for holder in (node, *node.css("*")):
        if epoch := _EPOCH_CLASS.search(holder.attributes.get("class") or ""):
            return to_iso(int(epoch.group(1)))  # Wikidot's "odate time_1709589000"
        for attribute in COMMENT_TIME_ATTRS:
            value = _read_time(holder.attributes.get(attribute))
            if value and "T" not in value:  # a day alone: the text may give its clock
                shown = _read_time(node.text())
                return shown if shown and shown.startswith(value + "T") else value
            if value:
                return value
    return _read_time(node.text())  # "« on: March 02, 2024, 07:41:18 PM »"


# A class carrying the moment in seconds since 1970 (Wikidot's "time_1709589000").
_EPOCH_CLASS = re.compile(r"(?:^|\s)time_(\d{9,10})(?:\s|$)")


def _read_time(text: str | None) -> str | None:
    """A time, alone or among other words ("Sender's time: March 5, 2024, 3:05 p.m.")."""
    value = to_iso(text)
    if value or not text:
        return value
    flat = " ".join(text.split())
    match = DATE_IN_TEXT.search(flat)
    if match is None:
        return None
    zone = _ZONE_AFTER.match(flat, match.end())  # "2024-04-22 19:21:07Z, License: CC BY-SA"
    return to_iso(match.group(0) + (zone.group(0) if zone else ""))


def _comment_id(chain: list[LexborNode]) -> str | None:
    """A comment id attribute; a plain id only on the item or an element named for comments."""
    for position, node in enumerate(chain):
        for attribute in COMMENT_ID_ATTRS:
            value = str(node.attributes.get(attribute) or "").strip()
            if value and (attribute != "id" or position == 0 or is_named(node, COMMENT_WORDS)):
                return value
    return None


def _depth(chain: list[LexborNode]) -> int | None:
    """Nesting depth from an attribute or a "depth-2" class, on the item or inside its wrapper."""
    candidates = [*chain]
    inner = chain[-1].css_first(_DEPTH_SELECTOR)
    if inner is not None:
        candidates.append(inner)
    for node in candidates:
        for attribute in COMMENT_DEPTH_ATTRS:
            value = str(node.attributes.get(attribute) or "").strip()
            if value.isdigit():
                return int(value)
        for name in (node.attributes.get("class") or "").split():
            match = COMMENT_DEPTH_CLASS.search(name.lower())
            if match:
                return int(match.group(1))
    for node in chain:  # drawn indented: LiveJournal's style="margin-left:30px"
        indent = _INDENT_STYLE.search(node.attributes.get("style") or "")
        if indent:
            return round(float(indent.group(1)) * 10)  # 2.5em and 5em stay apart
        spacer = _spacer_width(node)
        if spacer is not None:
            return spacer * 10
    return None


def element_before(node: LexborNode) -> LexborNode | None:
    """The element before a node, past the text and comments between them."""
    previous = node.prev
    while previous is not None and previous.tag in ("-text", "-comment"):
        previous = previous.prev
    return previous


def _spacer_width(node: LexborNode) -> int | None:
    """The width of an empty table cell drawn before a comment's cell, that indents it as a
    reply (XOOPS's nested mode: `<td width="25"></td><td><table class="outer">...`)."""
    if node.tag != "td":
        return None
    before = element_before(node)
    if before is None or before.tag != "td" or (before.text() or "").strip():
        return None
    width = str(before.attributes.get("width") or "").removesuffix("px")
    return int(width) if width.isdigit() else None
