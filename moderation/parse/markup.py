"""HTML as a reader sees it: blocks and paragraphs as text, for pages and for exports whose
comment text is markup (Disqus, WordPress, Hacker News)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_BREAK = "\u2028"  # stands for <br> while source whitespace is collapsed
# Tags comment systems put in a comment's text; "<sarcasm>" or "<3" is a reader's own text.
_MARKUP = re.compile(
    r"</?(?:p|br|a|b|i|u|s|em|strong|div|span|blockquote|q|ul|ol|li|code|pre|img|hr|h[1-6]"
    r"|sub|sup|del|ins|strike|small|big|font|cite|abbr|table|tr|td|th)(?:\s[^>]*)?/?>",
    re.IGNORECASE,
)


def block_text(node: LexborNode) -> str:
    """A block's text: paragraphs apart by an empty line, HTML whitespace collapsed."""
    paragraphs = [inline_text(p) for p in node.css("p")] if node.tag != "p" else []
    paragraphs = [p for p in paragraphs if p]
    return "\n\n".join(paragraphs) if paragraphs else inline_text(node)


def inline_text(node: LexborNode) -> str:
    """Text of an inline run: <br> becomes a newline, other whitespace one space."""
    for br in node.css("br"):
        br.replace_with(_BREAK)
    text = _HTML_SPACE.sub(" ", node.text() or "")
    lines = [line.strip(" ") for line in text.split(_BREAK)]
    return "\n".join(line for line in lines if line)


def markup_text(text: str) -> str:
    """HTML read as a page shows it; text without markup as it is."""
    if not _MARKUP.search(text):
        return text
    body = LexborHTMLParser(f"<div>{text}</div>").css_first("div")
    return block_text(body) if body is not None else text
