"""HTML as a reader sees it: blocks and paragraphs as text, for pages and for exports whose
comment text is markup (Disqus, WordPress, Hacker News)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from moderation.parse.layouts import UNSEEN_TAGS

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_BREAK = "\u2028"  # stands for <br> while source whitespace is collapsed
# Elements that stand apart from the text around them (a line or a paragraph of their own),
# and those whose text no reader sees as text.
BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt figcaption footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th tr ul".split()
)
NOT_TEXT_TAGS = UNSEEN_TAGS | {"textarea"}
_GLYPH_CHARS = 2
# Blocks that are a writer's text wherever they stand, like a paragraph: code, lists, quotes.
_WRITTEN_BLOCKS = frozenset({"p", "pre", "ul", "ol", "dl", "blockquote"})
# Elements that start a new line of text: blocks and <br>.
_LINE_TAGS = BLOCK_TAGS | {"br"}
# Tags comment systems put in a comment's text; "<sarcasm>" or "<3" is a reader's own text.
_MARKUP = re.compile(
    r"</?(?:p|br|a|b|i|u|s|em|strong|div|span|blockquote|q|ul|ol|li|code|pre|img|hr|h[1-6]"
    r"|sub|sup|del|ins|strike|small|big|font|cite|abbr|table|tr|td|th)(?:\s[^>]*)?/?>",
    re.IGNORECASE,
)

_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);")


def block_text(node: LexborNode) -> str:
    """A block's text: paragraphs apart by an empty line, <br> a newline, HTML whitespace
    collapsed, unseen elements out. Where there are <p>s, they and the loose text beside them
    (Hacker News opens a comment's first paragraph without a <p>) are the text, with code,
    lists and quotes, not what other blocks hold (a name and an age drawn in <div>s above it);
    without, each block (a <div>, a quote, a list item) is a paragraph of its own."""
    paragraphs: list[str] = []
    current: list[str] = []
    has_paragraphs = node.tag != "p" and node.css_first("p") is not None

    def flush() -> None:
        lines = _HTML_SPACE.sub(" ", "".join(current)).split(_BREAK)
        paragraph = "\n".join(line.strip(" ") for line in lines if line.strip(" "))
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()

    def walk(parent: LexborNode, keep: bool, written: bool = False) -> None:
        for child in parent.iter(include_text=True):
            if child.tag in ("-text", "br"):
                if keep:
                    current.append(_BREAK if child.tag == "br" else child.text_content or "")
            elif child.tag in BLOCK_TAGS:
                flush()
                inner = written or child.tag in _WRITTEN_BLOCKS
                walk(child, keep=inner or (keep and not has_paragraphs), written=inner)
                flush()
            elif child.tag not in NOT_TEXT_TAGS and not _icon_glyph(child):
                walk(child, keep, written)

    walk(node, keep=True)
    flush()
    return "\n\n".join(paragraphs)


def _icon_glyph(node: LexborNode) -> bool:
    """An icon font's glyph drawn as a letter (Weibo's <i class="W_ficon">g</i>): no text."""
    if node.tag not in ("i", "span", "em"):
        return False
    classes = (node.attributes.get("class") or "").lower()
    return "icon" in classes and len((node.text() or "").strip()) <= _GLYPH_CHARS


def block_lines(
    node: LexborNode, stop: LexborNode | None = None, skip: frozenset[int] = frozenset()
) -> list[str]:
    """The text of a subtree as a page shows it: one line per block element or <br>; with
    `stop`, only what comes before that element; never what `skip` (element ids) holds."""
    lines: list[str] = []
    current: list[str] = []
    stop_id = stop.mem_id if stop is not None else None

    def flush() -> None:
        line = " ".join(" ".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(parent: LexborNode) -> bool:
        """False once `stop` is reached: nothing after it is read."""
        for child in parent.iter(include_text=True):
            if child.mem_id == stop_id:
                return False
            if child.tag == "-text":
                current.append(child.text_content or "")
            elif child.tag in NOT_TEXT_TAGS or child.mem_id in skip:
                continue
            elif child.tag in _LINE_TAGS:
                flush()
                if not walk(child):
                    return False
                flush()
            elif not walk(child):
                return False
        return True

    walk(node)
    flush()
    return lines


def inline_text(node: LexborNode) -> str:
    """Text of an inline run: <br> becomes a newline, other whitespace one space."""
    for br in node.css("br"):
        br.replace_with(_BREAK)
    text = _HTML_SPACE.sub(" ", node.text() or "")
    lines = [line.strip(" ") for line in text.split(_BREAK)]
    return "\n".join(line for line in lines if line)


def markup_text(text: str) -> str:
    """HTML read as a page shows it; text without markup as it is."""
    body = markup_body(text)
    return block_text(body) if body is not None else text


def has_markup(text: str) -> bool:
    """Whether a text holds the tags comment systems write ("<3" is a reader's own text)."""
    return _MARKUP.search(text) is not None


def markup_body(text: str) -> LexborNode | None:
    """The element holding a text's markup, None for text without markup ("<3" is text). Text
    with escaped characters and no tags is markup too (Hacker News' API: "I&#x27;ve")."""
    if not has_markup(text) and not _ENTITY.search(text):
        return None
    return LexborHTMLParser(f"<div>{text}</div>").css_first("div")


COMMENTS_MARK = "data-moderation-comments"  # where the comments read from a page stood


def remove_read(items: list[LexborNode]) -> None:
    """Take read comments out of the tree, replies first, leaving a mark where the first
    stood: a page's article is what comes before its comments, not the notices, related
    threads and sign-in prompts after them."""
    if not items:
        return
    _mark_before(items[0])
    for item in reversed(items):
        item.decompose()


class MarkKeeper:
    """Takes elements out of a tree while the comments' mark, when one of them holds it, stays
    where it stood (a comment section cut as boilerplate still ends the article)."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self._mark = tree.css_first(f"[{COMMENTS_MARK}]")
        self._holders = self._around(self._mark)

    def remove(self, node: LexborNode) -> None:
        if node.mem_id in self._holders:
            self._mark = _mark_before(node)
            self._holders = self._around(self._mark)
        node.decompose()

    @staticmethod
    def _around(mark: LexborNode | None) -> set[int]:
        holders, node = set(), mark.parent if mark is not None else None
        while node is not None:
            holders.add(node.mem_id)
            node = node.parent
        return holders


_MARK = LexborHTMLParser(f"<i {COMMENTS_MARK}></i>").css_first("i")


def _mark_before(node: LexborNode) -> LexborNode:
    mark = _MARK.clone()
    node.insert_before(mark)
    return node.prev if node.prev is not None else mark
