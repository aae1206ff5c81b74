"""HTML pages: comments by a listed layout, by their markup's naming, by JSON-LD or as text;
the article by its blocks."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from moderation.errors import PageError
from moderation.parse.boilerplate import (
    article_text,
    bare_title,
    clean_article,
    cut_at_comment_form,
    is_prose,
)
from moderation.parse.html_discovery import (
    ancestors,
    carried_author,
    discover_comments,
    discover_named_items,
    discover_section_comments,
    element_kind,
    holds_fields_to_fill,
    is_named,
    meta_kind,
    name_words,
    names_one_comment,
    without_control_lines,
    without_says,
)
from moderation.parse.html_posts import Thread, discover_posts, prose_before
from moderation.parse.html_talk import talk_page_comments
from moderation.parse.json_ld import json_ld_article, json_ld_comments
from moderation.parse.layouts import (
    COMMENT_CONTROL_LINE,
    COMMENT_SECTION_HEADING,
    HTML_ARTICLE_ROOTS,
    HTML_BOILERPLATE,
    HTML_COMMENT_LAYOUTS,
    HTML_COMMENT_SECTIONS,
    HTML_TEXT_BLOCKS,
    HTML_TITLES,
    SIGN_IN_PROMPT,
    HtmlCommentLayout,
)
from moderation.parse.markup import (
    COMMENTS_MARK,
    MarkKeeper,
    block_lines,
    block_text,
    inline_text,
    remove_read,
)
from moderation.parse.quoted import take_post_references
from moderation.parse.quotes import take_quotes
from moderation.parse.text_pages import comments_in_section
from moderation.parse.threads import find_thread, latest_by
from moderation.parse.timestamps import to_iso
from moderation.types import Comment, Page

_HTML_START = re.compile(r"<(?:!doctype html|html|head|body|div|article|p|ol|ul|main)\b", re.I)
# Where a site draws its name, not a story's headline: whole class or id names only (a
# "question-header" or an "entry-header" holds the headline).
_BANNER_ROLES = ("banner", "complementary")
_BANNER_NAMES = frozenset(
    {"header", "site-header", "headerbar", "masthead", "banner", "branding", "site-branding"}
    | {"logo", "site-logo", "site-title", "side", "sidebar"}
)
_SITE_AFTER_BAR = re.compile(r"\s+(?:\||::)\s+(?:(?!::)[^|]){1,60}$")
_THREAD_WORDS = frozenset({"discussion", "topic", "thread"})
_HIDDEN_CLASS = re.compile(r"^(?:[a-z]{1,3}-)?(?:hidden|none)$", re.I)
_SHOWN_AT_WIDTH = re.compile(r"^[a-z]{1,3}-(?:sm|md|lg|xl|xxl)-|^(?:sm|md|lg|xl|2xl):", re.I)
_HOME_LINKS = frozenset({"/", "./", "/index.html", "/index.php"})
# HTML collapses ASCII whitespace; a no-break space is a character the writer chose.
# A forum's label before a thread's title (vBulletin's "Thread: ...", "Topic: ...").
# A label before a thread's title: "Thread: ...", a mailing list's "[Commons-discuss] ", a
# forum's thread type "[路线求助] " (the CJK brackets "【求助】" are the title's own)
_TITLE_LABEL = re.compile(r"^(?:(?:thread|topic)\s*:|\[[^\[\]]{1,30}\])\s+(?=\S)", re.I)
# An issue tracker's number after the title (GitHub's, Gitea's, GitLab's "... #2187").
_TITLE_NUMBER = re.compile(r"(?<=\S)\s+#\d+$")
_TASK_NUMBER = re.compile(r"^#\d+\s+(?=\S)")
_LOGO_NAMES = frozenset({"logo"})
# What parts a <title>: "Headline | Site", "Site - News - Headline", "Forum :: Topic".
_TITLE_SEPARATOR = r"\s+(?:[|–—»-]|::)\s+"
# A site's name after the headline (" | Site", " - Site", Steam's " :: Forum"); a question
# or a sentence there is the headline's own
# ("Timing belt on 1.6 HDi 90 - DIY or garage?").
_TITLE_SUFFIX = re.compile(rf"{_TITLE_SEPARATOR}(?:(?!::)[^|–—»-]){{1,60}}(?<![?!.])$")
_TEXT_BLOCK_TAGS = frozenset(tag.strip() for tag in HTML_TEXT_BLOCKS.split(","))
# Elements an old CMS writes a story's text into loose, and how much makes a paragraph.
_LOOSE_TEXT_HOLDERS = "div, section, td, font, center"
_LOOSE_TEXT_CHARS = 80
_SHADOW_DEPTH = 3  # shadow roots inside shadow roots opened this deep
_ID_NUMBERS = re.compile(r"\d+")


def looks_like_html(text: str) -> bool:
    """Markup in the first few kilobytes, as a scraper saves a page."""
    return bool(_HTML_START.search(text[:4096]))


def parse_html_page(text: str, source: str) -> Page:
    """Comments from the best-matching comment layout, article from the main text blocks."""
    tree = LexborHTMLParser(text)
    if tree.root is None:
        raise PageError(f"{source}: HTML has no document")
    if _deeper_than(tree, MAX_HTML_DEPTH):
        raise PageError(
            f"{source}: HTML nested more than {MAX_HTML_DEPTH} elements deep (browsers stop "
            "nesting there); no page is drawn so"
        )
    if "shadowroot" in text:
        open_shadow_roots(tree)
    remove_hidden(tree)
    thread = read_comments(tree)
    if any(SIGN_IN_PROMPT.match(comment.text) for comment in thread.comments):
        kept = tuple(c for c in thread.comments if not SIGN_IN_PROMPT.match(c.text))
        thread = replace(thread, comments=kept)
    title = read_title(tree)
    if not thread.opens and thread.comments and _titled_as_a_thread(tree):
        thread = replace(thread, opens=not thread.comments[0].parent)
    declared_article = json_ld_article(tree)
    remove = MarkKeeper(tree).remove if thread.comments else LexborNode.decompose
    for selector in HTML_BOILERPLATE.split(","):
        for node in tree.css(selector.strip()):
            if node.tag != "form" or holds_fields_to_fill(node):
                remove(node)
    for node in _author_boxes(tree):
        remove(node)
    blocks = article_blocks(tree, sentences_only=bool(thread.comments))
    lines = clean_article(_spaced(blocks), title, before_comments=bool(thread.comments))
    article = article_text(lines)
    thread = replace(thread, comments=take_post_references(thread.comments))  # the opener too
    comments = thread.comments
    if thread.opened_by(article):  # a forum thread: its first post is the article
        article, comments = comments[0].text, thread.replies()
    article = article or declared_article
    if not article and not comments:
        raise PageError(f"{source}: no article text or comments found in the HTML")
    return Page(source, title, article, distinct_ids(comments))


_AUTHOR_BOX_WORDS = frozenset({"block", "box", "bio", "biography", "card", "profile", "about"})
_AUTHOR_BOX_CHARS = 1000  # a line or two about the writer; more is a story ("has-author-box")


def _author_boxes(tree: LexborHTMLParser) -> list[LexborNode]:
    """The writer's box under a story, with their photo and a line about them (K2's
    "itemAuthorBlock", "author-card"): about the writer, not the story."""
    return [
        node
        for node in tree.css("[class*=uthor], [id*=uthor]")
        if any("author" in words and words[-1] in _AUTHOR_BOX_WORDS for words in name_words(node))
        and len(node.text() or "") <= _AUTHOR_BOX_CHARS
    ]


def _titled_as_a_thread(tree: LexborHTMLParser) -> bool:
    """Whether the headline is a forum thread's ("DiscussionHero-title": Flarum): its first
    post may then open the thread even where the posts are named as comments."""
    headline = tree.css_first("h1")
    return headline is not None and any(
        is_named(node, _THREAD_WORDS) for node in ancestors(headline, include_self=True)
    )


def remove_hidden(tree: LexborHTMLParser) -> None:
    """Take out what the page hides from its readers: `hidden`, `display: none`, and the
    utility classes that say the same ("hidden", Gitea's "gt-hidden", Bootstrap's "d-none";
    not "hidden-phone", which hides on small screens only, nor "d-none d-md-block", shown on
    wider ones: a saved page is read as on a desktop). A forum's collapsed profile
    details ("Posts: 604") and an issue's raw markdown beside its rendered text are hidden."""
    for node in tree.css("[hidden], [style*=display], [class*=hid], [class*=none]"):
        style = (node.attributes.get("style") or "").replace(" ", "").lower()
        classes = (node.attributes.get("class") or "").split()
        if (
            "hidden" in node.attributes
            or "display:none" in style
            or (
                any(_HIDDEN_CLASS.match(name) for name in classes)
                and not any(_SHOWN_AT_WIDTH.search(name) for name in classes)
            )
        ):
            node.decompose()


def open_shadow_roots(tree: LexborHTMLParser) -> None:
    """Declarative shadow DOM (`<template shadowrootmode="open">`, as a browser saves a comment
    widget such as Hyvor Talk) drawn in place: a reader sees it, but the parser keeps a
    template's content apart, where no selector finds it."""
    for _ in range(_SHADOW_DEPTH):
        templates = tree.css("template[shadowrootmode], template[shadowroot]")
        if not templates:
            return
        for template in templates:
            markup = template.html or ""
            inner = markup[markup.find(">") + 1 : markup.rfind("</template>")]
            opened = LexborHTMLParser(f"<div data-shadow-root>{inner}</div>").css_first("div")
            if opened is not None:
                template.replace_with(opened)


def distinct_ids(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """Ids unique on the page ("7", "7-2"), each parent an earlier comment: ids read from
    markup may repeat, and a store keyed by id must not merge two comments."""
    seen: dict[str, str] = {}  # id as read -> id of its latest comment
    used: set[str] = set()
    fixed = []
    for comment in comments:
        new_id, suffix = comment.id, 1
        while new_id in used:
            suffix += 1
            new_id = f"{comment.id}-{suffix}"
        parent = seen.get(comment.parent) if comment.parent is not None else None
        used.add(new_id)
        seen[comment.id] = new_id
        fixed.append(replace(comment, id=new_id, parent=parent))
    return tuple(fixed)


# Browsers' parsers nest no deeper (Blink's limit); a page nested deeper is broken or hostile,
# and reading it would take time that grows with the square of its depth.
MAX_HTML_DEPTH = 512


def _deeper_than(tree: LexborHTMLParser, limit: int) -> bool:
    """Whether an element stands more than `limit` deep: one walk, each depth from its
    parent's (no element's ancestors are climbed)."""
    depth: dict[int, int] = {}
    for node in tree.root.traverse(include_text=False):
        parent = node.parent
        depth[node.mem_id] = depth.get(parent.mem_id, 0) + 1 if parent is not None else 0
        if depth[node.mem_id] > limit:
            return True
    return False


def read_comments(tree: LexborHTMLParser) -> Thread:
    """The comments of the listed layout that finds most items (where they hold its text), else
    of the markup's naming, else a thread's posts (with its opening post when that is the
    article), else the comments of the page's JSON-LD, else of its comment sections by their
    authors or times, else of elements named as comments by their plain metadata, else of those
    sections read as text."""
    talk = talk_page_comments(tree)
    if talk is not None:
        return talk
    best: tuple[HtmlCommentLayout, list[LexborNode]] | None = None
    for layout in HTML_COMMENT_LAYOUTS:
        items = select(tree, layout.item)
        if items and (best is None or len(items) > len(best[1])):
            best = (layout, items)
    listed = _listed_comments(tree, *best) if best is not None else None
    if listed is not None:
        return listed
    named, marked_first = discover_comments(tree, block_text)
    opens = marked_first or _first_named_apart(named)
    return (
        (Thread(named, opens=opens) if named else None)
        or discover_posts(tree, block_text)
        or Thread(
            json_ld_comments(tree) or _anchored_or_named(tree) or section_comments(tree),
        )
    )


def _anchored_or_named(tree: LexborHTMLParser) -> tuple[Comment, ...]:
    """The comments a section's writers and times anchor, unless its elements named as comments
    read as more (Chyrp: five `li.comment`s, a `<blockquote>` the text of each, in an `<ol>`
    whose own `data-timestamp` anchored one). Each reading removes what it read, so the
    counts are taken on copies and the one chosen reads the page itself."""
    anchored = discover_section_comments(_copy(tree), HTML_COMMENT_SECTIONS, block_text)
    if anchored and len(discover_named_items(_copy(tree), block_text)) <= len(anchored):
        return discover_section_comments(tree, HTML_COMMENT_SECTIONS, block_text)
    return discover_named_items(tree, block_text)


def _copy(tree: LexborHTMLParser) -> LexborHTMLParser:
    return LexborHTMLParser(tree.html)


def _listed_comments(
    tree: LexborHTMLParser, layout: HtmlCommentLayout, items: list[LexborNode]
) -> Thread | None:
    """The comments of a listed layout's items, or None where not one item has the text that
    layout draws: the items only look like its ("li.comment" in "ol.comment-list" with BEM
    names, "comment__body", is no WordPress theme's), and the naming is read instead."""
    comments: list[Comment] = []
    by_node: dict[int, Comment] = {}
    for number, item in enumerate(items, start=1):
        comment = _read_item(item, layout, f"c{number}")
        if comment is None:
            continue
        parent = _parent_comment(item, by_node)
        if parent is None and comment.reply_to:  # a forum reply quoting an earlier post
            parent = latest_by(comments, comment.reply_to)
            comment = replace(comment, parent=parent.id if parent else None)
        elif parent is not None:
            comment = replace(comment, reply_to=parent.author, parent=parent.id)
        by_node[item.mem_id] = comment
        comments.append(comment)
    if not comments:
        return None
    # A forum's posts marked up as comments (XenForo's schema.org/Comment "message"s): the
    # first may be the opening post. Items named as comments are a comment section's.
    first = next((item for item in items if item.mem_id in by_node), None)
    opens = first is not None and not comments[0].parent and not names_one_comment(first)
    before = prose_before(tree, first) if opens and tree.body is not None else None
    remove_read(items)  # read: not the article's text
    return Thread(tuple(comments), opens=opens, prose_before=before)


def _first_named_apart(comments: tuple[Comment, ...]) -> bool:
    """Whether the first comment's id is named apart from the others, which share one naming
    (GitHub: "issue-2143000871" over "issuecomment-1952004417"): the post that opened the
    thread, the article when the page has no story of its own (`Thread.opened_by`)."""
    kinds = [_ID_NUMBERS.sub("", comment.id) for comment in comments]
    given = [kind not in (c.id, "c") for kind, c in zip(kinds, comments, strict=True)]
    return (
        len(comments) >= 3
        and all(given)  # ids the markup gave, with numbers: not this parser's "c3"
        and len(set(kinds[1:])) == 1
        and kinds[0] != kinds[1]
        and not comments[0].parent
    )


def section_comments(tree: LexborHTMLParser) -> tuple[Comment, ...]:
    """Comments in comment sections whose markup names nothing, read as the text threads of
    a text page are: by header lines, or by control lines closing each comment."""
    sections = select(tree, HTML_COMMENT_SECTIONS)
    ids = {section.mem_id for section in sections}
    comments: list[Comment] = []
    for section in sections:
        if any(a.mem_id in ids for a in ancestors(section)):
            continue
        found = _section_text_comments(block_lines(section))
        renamed = {c.id: f"c{len(comments) + n}" for n, c in enumerate(found, start=1)}
        comments.extend(
            replace(c, id=renamed[c.id], parent=renamed.get(c.parent or "")) for c in found
        )
    return tuple(comments)


def _section_text_comments(lines: list[str]) -> tuple[Comment, ...]:
    thread = find_thread(lines)
    if thread is not None:
        return thread.comments
    lines = [line for line in lines if not COMMENT_SECTION_HEADING.match(line)]
    if sum(1 for line in lines if COMMENT_CONTROL_LINE.match(line)) < 2:
        return ()
    return comments_in_section(cut_at_comment_form(lines))


def _read_item(item: LexborNode, layout: HtmlCommentLayout, fallback_id: str) -> Comment | None:
    """One comment's own fields, with its nested replies taken out first."""
    own = item.clone()
    for nested in own.css(layout.children):
        if nested.mem_id != own.mem_id:
            nested.decompose()
    bodies = _all_of_first(own, layout.body)  # "> p": every paragraph, not the first alone
    quoted = next((name for body in bodies if (name := take_quotes(body))), None)
    text = without_control_lines("\n\n".join(filter(None, map(block_text, bodies))))
    if not text:
        return None
    # Else the element its naming gives as the writer's ("<b class="name">": an Astro theme).
    author_node = _first(own, layout.author) or next(
        (
            node
            for node in own.css("*")
            if meta_kind(node) == "author" and not _under_another(node, own, set())
        ),
        None,
    )
    author = without_says(inline_text(author_node)) if author_node is not None else ""
    # Else the name the item carries (NodeBB's <li component="post" data-username="kestrel">).
    author = author or carried_author(item) or ""
    return Comment(
        id=item.attributes.get("id") or fallback_id,
        text=text,
        author=author or None,
        reply_to=quoted,
        posted=_posted(own, layout),
    )


def _parent_comment(item: LexborNode, by_node: dict[int, Comment]) -> Comment | None:
    """The nearest enclosing comment item, if any."""
    node = item.parent
    while node is not None:
        if node.mem_id in by_node:
            return by_node[node.mem_id]
        node = node.parent
    return None


def _posted(item: LexborNode, layout: HtmlCommentLayout) -> str | None:
    """The time from a machine-readable attribute when present, else from the visible text."""
    node = _first(item, layout.posted)
    if node is None:
        return None
    for attribute in layout.posted_attrs:
        value = to_iso(node.attributes.get(attribute), layout.posted_formats)
        if value:
            return value
    return to_iso(inline_text(node), layout.posted_formats)


def select(node: LexborHTMLParser | LexborNode, selectors: str) -> list[LexborNode]:
    """Matches in document order, each once (a selector group repeats nodes matched twice)."""
    seen: set[int] = set()
    found = []
    for match in node.css(selectors):
        if match.mem_id not in seen:
            seen.add(match.mem_id)
            found.append(match)
    return found


def _all_of_first(item: LexborNode, selectors: str) -> list[LexborNode]:
    """Every match of the first selector that matches in the item's own text: none inside
    another, none in a reply nested in a list the layout does not name ("ol.replies")."""
    for selector in selectors.split(","):
        found = item.css(selector.strip())
        if found:
            ids = {match.mem_id for match in found}
            return [m for m in found if not _under_another(m, item, ids)]
    return []


def _under_another(node: LexborNode, item: LexborNode, matches: set[int]) -> bool:
    """Whether `node` is inside another match, or inside a reply drawn as the item is."""
    kind = element_kind(item)
    for holder in ancestors(node):
        if holder.mem_id == item.mem_id:
            return False
        if holder.mem_id in matches or element_kind(holder) == kind:
            return True
    return False


def _first(node: LexborNode, selectors: str) -> LexborNode | None:
    """The first match of the first selector that matches: selectors are in priority order."""
    for selector in selectors.split(","):
        found = node.css_first(selector.strip())
        if found is not None:
            return found
    return None


def read_title(tree: LexborHTMLParser) -> str | None:
    """The headline: an h1, else og:title, else the <title> without its site name. An h1
    that is the site's name (a forum's or a blog's banner) gives way to the rest of <title>."""
    for selector in HTML_TITLES:
        node = tree.css_first(selector)
        if node is None:
            continue
        if node.tag != "h1" and (heading := _heading_opening_title(tree)):
            return heading
        if node.tag == "meta":
            value = node.attributes.get("content")
        else:
            value = _headline_text(node) if node.tag == "h1" else node.text()
        value = _TITLE_LABEL.sub("", " ".join((value or "").split()))
        value = bare_title(_TITLE_NUMBER.sub("", value))
        if node.tag == "title":
            site = _site_name(tree)  # "SoylentNews | Headline": the site's name first
            value = (
                _part_titled_in_page(tree, value)
                or (site and _beside_site_name(site, value, site))
                or _without_dated_part(_TITLE_SUFFIX.sub("", value))
            )
        elif node.tag == "meta":  # og:title: a dash there is the headline's ("... - despite")
            value = _SITE_AFTER_BAR.sub("", value)
        elif (
            node.tag == "h1"
            and _closes_title(value, tree)
            and (story := _heading_opening_title(tree))
        ):
            return story  # the site's name over the story's h2 (Coppermine): <title> says which
        elif node.tag == "h1" and _in_banner(node):
            page_title = _text_of_first(tree, "title")
            headline = _beside_site_name(value, page_title, _site_name(tree))
            if headline or (headline := _story_h1(tree)):
                return headline
        if value:
            return value
    return None


def _headline_text(heading: LexborNode) -> str:
    """An h1's headline without what is drawn inside it beside the headline: the kicker over
    it (ZEIT: "article-heading__kicker" beside "article-heading__title"), a status or date line
    under it (Phabricator's "Closed, Resolved" tag, MetaFilter's "smallcopy" date and RSS
    link)."""
    titled = [
        node
        for node in heading.css("[class]")
        if any(words[-1] in _HEADLINE_WORDS for words in name_words(node))
    ]
    if len(titled) == 1 and (text := titled[0].text() or "").strip():
        return text
    own = heading.clone()
    for inner in own.css("[class], time"):
        if inner.parent is not None and (inner.tag == "time" or is_named(inner, _BESIDE_HEADLINE)):
            inner.decompose()
    for link in own.css("a"):  # the heading's own permalink: VuePress's "#", MkDocs' "¶"
        if (link.text() or "").strip() in _ANCHOR_MARKS:
            link.decompose()
    return own.text() or heading.text() or ""


_ANCHOR_MARKS = frozenset({"#", "¶", "§", "🔗"})


_HEADLINE_WORDS = frozenset({"title", "headline"})
_BESIDE_HEADLINE = frozenset(
    {"kicker", "eyebrow", "overline", "topline", "dachzeile", "subheader", "subtitle",
     "smallcopy", "tag", "badge", "status", "date", "time", "byline"}
)  # fmt: skip


def _part_titled_in_page(tree: LexborHTMLParser, title: str) -> str | None:
    """The part of a <title> of three parts or more ("Site - News - Headline": XOOPS) that an
    element named as a title ends with (`<span class="itemTitle">Topic : Headline</span>`)."""
    parts = [part.strip() for part in _TITLE_PARTS.split(title)]
    if len(parts) < 3:
        return None
    titled = [
        " ".join((node.text() or "").split())
        for node in tree.css("[class]")
        if any(words[-1] in _TITLE_NAME_WORDS for words in name_words(node))
    ]
    return next((part for part in parts[1:] if any(t.endswith(part) for t in titled)), None)


_TITLE_PARTS = re.compile(_TITLE_SEPARATOR)
_TITLE_NAME_WORDS = frozenset({"title", "headline"})


def _closes_title(heading: str, tree: LexborHTMLParser) -> bool:
    """Whether `heading` is the last part of <title>, after a separator: the site's name."""
    parts = _TITLE_PARTS.split(_text_of_first(tree, "title"))
    return len(parts) > 1 and parts[-1].strip().casefold() == heading.casefold()


def _without_dated_part(title: str) -> str:
    """<title> without a date set after the headline ("Сямозеро в начале марта - 5 Марта 2024",
    once the site's name is gone): the page's date, not the story's words."""
    match = _TITLE_SUFFIX.search(title)
    if match and to_iso(match.group().strip(" |–—»-:")) is not None:
        return title[: match.start()]
    return title


def _story_h1(tree: LexborHTMLParser) -> str | None:
    """An h1 outside the banner when the banner's h1 names the site (DokuWiki's logo h1 over
    the page's own "<h1>Vereinsausflug 2024 nach Bamberg</h1>")."""
    for node in tree.css("h1"):
        text = " ".join((node.text() or "").split())
        if len(text.split()) >= 2 and not _in_banner(node):
            return text
    return None


def _heading_opening_title(tree: LexborHTMLParser) -> str | None:
    """A page without an h1: the h2 or h3 that <title> opens with, before the site's name
    ("<h2>Маршрут на Говерлу</h2>" under "<title>Маршрут на Говерлу — Блог клубу «...»")."""
    page_title = _text_of_first(tree, "title")
    for node in tree.css("h2, h3"):
        heading = " ".join((node.text() or "").split())
        opens = page_title.casefold().startswith(heading.casefold())
        if len(heading.split()) >= 2 and opens and _beside_site_name(heading, page_title, ""):
            return heading
    return None


def _text_of_first(tree: LexborHTMLParser, selector: str) -> str:
    node = tree.css_first(selector)
    return " ".join((node.text() if node is not None else "").split())


def _in_banner(node: LexborNode) -> bool:
    """Inside the site's banner or a sidebar, or a link to the site's home page (or holding
    only one), where an h1 names the site, not the story."""
    link = node.css_first("a")
    if link is not None and _is_home_link((link.attributes.get("href") or "").strip()):
        if " ".join((link.text() or "").split()) == " ".join((node.text() or "").split()):
            return True
    if any(is_named(inner, _LOGO_NAMES) for inner in node.css("[class], [id]")):
        return True  # the site's logo beside its name (Kanboard's header)
    for holder in ancestors(node, include_self=True):
        if holder.tag == "aside" or holder.attributes.get("role") in _BANNER_ROLES:
            return True
        if holder.tag == "a" and _is_home_link((holder.attributes.get("href") or "").strip()):
            return True
        names = f"{holder.attributes.get('class') or ''} {holder.attributes.get('id') or ''}"
        if set(names.lower().split()) & _BANNER_NAMES:
            return True
    return False


def _is_home_link(href: str) -> bool:
    """ "/", "./index.php", or a whole address with no path ("https://example.org/")."""
    if href in _HOME_LINKS:
        return True
    address = urlsplit(href)
    return bool(address.netloc) and address.path in _HOME_LINKS | {""} and not address.query


def _site_name(tree: LexborHTMLParser) -> str:
    """The site's name: og:site_name, else the alt text of its logo (`<div id="logo"><img
    alt="SoylentNews">`)."""
    node = tree.css_first("meta[property='og:site_name']")
    if node is not None:
        return " ".join(str(node.attributes.get("content") or "").split())
    logo = tree.css_first("[id*=logo] img[alt], [class*=logo] img[alt], img[class*=logo][alt]")
    return " ".join(str(logo.attributes.get("alt") or "").split()) if logo else ""


def _beside_site_name(heading: str, page_title: str, site_name: str) -> str | None:
    """The rest of <title> when `heading` is the site's name there ("Slashdot" in "Printer
    Maker Pushes ... - Slashdot", "Along the Towpath" in "Along the Towpath: Stuck above
    Hatton"), else None."""
    if not heading or not page_title or page_title.casefold() == heading.casefold():
        return None
    named_site = site_name and heading.casefold() == site_name.casefold()
    folded, key = page_title.casefold(), heading.casefold()
    if folded.startswith(key):
        rest, joint = page_title[len(heading) :], r"^\s*[|:·»>–—-]\s+|^\s+[|:·»>–—-]\s*"
    elif folded.endswith(key):
        rest, joint = page_title[: -len(heading)], r"\s+[|:·»>–—-]\s*$|\s*[|:·»>–—-]\s+$"
    else:
        return None
    headline, joined = re.subn(joint, "", rest)
    headline = _TASK_NUMBER.sub("", headline.strip())  # "#128 Préparer la fête": its number off
    return headline if headline and (joined or named_site) else None


def article_blocks(tree: LexborHTMLParser, sentences_only: bool = False) -> list[str]:
    """Text of the outermost text blocks under the first article root that has any: the
    text-block elements, and elements holding a paragraph of loose text (an old CMS writes a
    story as text and <br>s in a <div>). A page with no text blocks gives its body's lines;
    with `sentences_only` (a page with comments, whose short lines are navigation and vote
    counts) only those that are sentences."""
    for selector in HTML_ARTICLE_ROOTS:
        for root in tree.css(selector):
            nodes = select(root, HTML_TEXT_BLOCKS)
            loose = [node for node in root.css(_LOOSE_TEXT_HOLDERS) if _holds_loose_text(node)]
            if loose:
                order = {node.mem_id: index for index, node in enumerate(root.traverse())}
                nodes = sorted(
                    {n.mem_id: n for n in nodes + loose}.values(), key=lambda n: order[n.mem_id]
                )
            chosen = {node.mem_id for node in nodes}
            outermost = [node for node in nodes if not _inside_block(node, root, chosen)]
            blocks = _before_comments([block_text(node) for node in outermost], outermost, root)
            while blocks and _link_only(outermost[len(blocks) - 1]):
                blocks = blocks[:-1]  # "Download the appraisal (PDF)", "Read more" under it
            blocks = [block for block in blocks if block]
            if not blocks and root.tag == "body":
                blocks = [line.strip() for line in (root.text(separator="\n") or "").split("\n")]
                blocks = [b for b in blocks if b and (is_prose(b) or not sentences_only)]
            if blocks:
                return blocks
    return []


def _before_comments(texts: list[str], nodes: list[LexborNode], root: LexborNode) -> list[str]:
    """The blocks' texts that stand before the comments read from the page (`remove_read`'s
    mark) when a sentence is among them: after the comments come a topic's notices ("You must
    be logged in to reply"), related threads and an issue's activity log, not its story."""
    mark = root.css_first(f"[{COMMENTS_MARK}]")
    if mark is None:
        return texts
    wanted, before = {node.mem_id for node in nodes}, 0
    for node in root.traverse():
        if node.mem_id == mark.mem_id:
            break
        before += node.mem_id in wanted
    if any(is_prose(line) for text in texts[:before] for line in text.split("\n")):
        return texts[:before]
    return texts


def _link_only(node: LexborNode) -> bool:
    """A block that is one link and nothing else."""
    links = node.css("a")
    text = " ".join((node.text() or "").split())
    return len(links) == 1 and bool(text) and " ".join((links[0].text() or "").split()) == text


def _holds_loose_text(node: LexborNode) -> bool:
    """A paragraph's worth of text directly inside, not in a child element."""
    loose = sum(len((child.text_content or "").strip()) for child in node.iter(include_text=True)
                if child.tag == "-text")  # fmt: skip
    return loose >= _LOOSE_TEXT_CHARS


def _inside_block(node: LexborNode, root: LexborNode, chosen: set[int]) -> bool:
    """True when an enclosing text block already carries this node's text."""
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if parent.tag in _TEXT_BLOCK_TAGS or parent.mem_id in chosen:
            return True
        parent = parent.parent
    return False


def _spaced(blocks: list[str]) -> list[str]:
    """Blocks as lines with an empty line between them, as a text page sets paragraphs."""
    lines: list[str] = []
    for block in blocks:
        lines.extend([*block.split("\n"), ""])
    return lines
