"""A forum reply's quote of an earlier post: whom it answers, and not the reply's own words.

Forums draw a quote as a block over the reply, headed by whom it quotes ("Ann wrote:", "Ann
said:", "Originally Posted by Ann") or naming them in an attribute (XenForo's `data-quote`).
Only a quote that names someone is taken out: an unattributed block quote may be the
writer's own emphasis, or the whole post (vBulletin draws every post in a <blockquote>).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from moderation.parse.html_discovery import ancestors, element_before, is_named, names_a_quote
from moderation.parse.layouts import MAX_AUTHOR_CHARS, QUOTING
from moderation.parse.markup import block_lines

_QUOTE_WORDS = frozenset({"quote", "blockquote"})
_QUOTE_AUTHOR_ATTRS = ("data-quote", "data-author", "data-username")
# A date in brackets before the header: MyBB's "(02-14-2024, 09:48 PM)Ann Wrote:".
_QUOTE_DATE = re.compile(r"^\s*\([^()]{1,40}\)\s*")
_MAYBE_QUOTE = "blockquote, [class*=uote], [id*=uote]"
_QUOTE_HEADER = re.compile(
    rf"^\s*(?:{QUOTING}\s+(?P<by>[^\n:]{{1,60}}?)"
    r"\s*(?::|\s+on\s+\S.*|$)"
    r"|on\s[^\n]{4,60}?,\s*(?P<on>[^\n,:]{1,60}?)\s+(?:wrote|said)\s*:"  # Invision's citation
    r"|(?P<name>[^\n:]{1,60}?)\s+(?:wrote|said|writes|says|schreef|schrieb|skrev|a écrit"
    r"|escribió|escreveu|ha scritto)"
    # ... and when: "Kraaienpootje schreef op woensdag 12 maart 2025 @ 09:52:" (Tweakers)
    r"(?:\s+(?:on|op|am|le|el|em|il|den)\s+[^\n]{4,60}?)?\s*:"
    r"|(?:replying to|in reply to)\s+(?P<to>[^\n:]{1,60}?)\s*:$"  # Trac: over a "citation"
    # a quote opened by its writer's handle alone on its line (Gitalk, GitHub's quote reply:
    # "> @lin-yifan" over their words)
    r"|@(?P<at>[^\s@:]{1,40})$)",
    re.I,
)


def is_quote(node: LexborNode) -> bool:
    return node.tag == "blockquote" or is_named(node, _QUOTE_WORDS) or names_a_quote(node)


def quoted_author(quote: LexborNode) -> str | None:
    """Whom a quote block names as its writer, else None. A block whose header is a quote's
    inside it is not that quote (vBulletin's post, a <blockquote>, opening with one)."""
    for attribute in _QUOTE_AUTHOR_ATTRS:
        value = " ".join(str(quote.attributes.get(attribute) or "").split())
        if 0 < len(value) <= MAX_AUTHOR_CHARS:
            return value
    first = quote.child
    while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
        first = first.next
    if first is not None and first.tag == "a" and (first.attributes.get("href") or "")[:1] == "#":
        name = " ".join((first.text() or "").split())  # Fark: a link to the comment quoted
        if 0 < len(name) <= MAX_AUTHOR_CHARS:
            return name
    header = next(iter(block_lines(quote)), "")
    inner = (node for node in quote.traverse() if node.mem_id != quote.mem_id and is_quote(node))
    # (a quote's citation named like a quote, Invision's "ipsQuote_citation", is its header
    # alone: no quote of its own)
    if any(_opens_a_quote_with(node, header) for node in inner):
        return None
    return _header_name(header)


def _opens_a_quote_with(node: LexborNode, header: str) -> bool:
    lines = block_lines(node)
    return len(lines) > 1 and lines[0] == header


def _header_name(header: str) -> str | None:
    """The name in a quote's header line, else None."""
    match = _QUOTE_HEADER.match(_QUOTE_DATE.sub("", header))
    if match:
        named = next(filter(None, match.group("by", "on", "name", "at", "to")))
        return named.strip(" ↑@") or None
    return None


def attributed_quotes(root: LexborNode) -> list[tuple[LexborNode, str]]:
    """The outermost quotes under `root` that name whom they quote, with that name; a header
    drawn just before its quote (Simple Machines' "quoteheader": "Quote from: Ann on ...")
    comes as a quote of its own, so that both leave the text."""
    found: list[tuple[LexborNode, str]] = []
    taken: set[int] = set()
    for node in root.traverse():
        if node.mem_id == root.mem_id or not is_quote(node) or node.mem_id in taken:
            continue
        if any(a.mem_id in taken for a in ancestors(node)):
            continue
        name = quoted_author(node)
        header = element_before(node)
        if name is None and header is not None and header.mem_id not in taken:
            name = _header_name(" ".join((header.text() or "").split()))
            if name:
                found.append((header, name))
                taken.add(header.mem_id)
        if name:
            found.append((node, name))
            taken.add(node.mem_id)
    return found


def take_quotes(body: LexborNode) -> str | None:
    """Remove a body's attributed quotes (from a copy: the caller's), and say whom the first
    of them quotes."""
    if body.css_first(_MAYBE_QUOTE) is None:  # most comments quote no one: skip the walk
        return None
    quotes = attributed_quotes(body)
    for node, _ in quotes:
        node.decompose()
    return quotes[0][1] if quotes else None
