"""BBCode, the markup of forum software and of the federated networks built on it (Hubzilla,
Friendica: "mimetype": "text/bbcode"), read as HTML: "[quote=Ann]...[/quote]" is a quote of
Ann, to leave the reply's own words and say whom it answers, as a forum page draws it, and
"[b]Diversion:[/b]" is "Diversion:", not its tags."""

from __future__ import annotations

import html
import re

from moderation.parse.markup import has_markup

# A tag pair a writer closes: text with one is BBCode, "[1]" or "[citation needed]" is not.
_PAIRED = re.compile(
    r"\[(b|i|u|s|quote|url|img|code|size|color|center|list)(?:=[^\]\n]*)?\][\s\S]*?\[/\1\]", re.I
)
_QUOTE_OPEN = re.compile(r"\[quote(?:=(?P<q>[\"']?)(?P<name>[^\]\n]*?)(?P=q))?\]\n?", re.I)
_QUOTE_CLOSE = re.compile(r"\[/quote\]\n?", re.I)
_IMAGE = re.compile(r"\[img(?:=[^\]\n]*)?\][\s\S]*?\[/img\]", re.I)
_LINK = re.compile(r"\[url(?:=(?P<href>[^\]\n]*))?\](?P<text>[\s\S]*?)\[/url\]", re.I)
_STYLE = re.compile(r"\[(/?)(b|i|u|s|code)\]", re.I)
_OTHER = re.compile(r"\[/?(?:size|color|center|list|\*)(?:=[^\]\n]*)?\]", re.I)
# A quote's name may carry its post: phpBB's [quote="Ann" post_id=12 time=1700000000].
_NAME_TAIL = re.compile(r"[\"']?\s+\w+=.*$")


def is_bbcode(text: str) -> bool:
    return not has_markup(text) and _PAIRED.search(text) is not None


def bbcode_as_html(text: str) -> str:
    """`text` as HTML when it is BBCode, else as it is."""
    if not is_bbcode(text):
        return text
    out = html.escape(text, quote=False)
    out = _IMAGE.sub("", out)
    out = _LINK.sub(lambda m: f"<a>{m['text']}</a>", out)
    out = _QUOTE_OPEN.sub(_quote_open, out)
    out = _QUOTE_CLOSE.sub("</blockquote>", out)
    out = _STYLE.sub(lambda m: f"<{m[1]}{m[2].lower()}>", out)
    out = _OTHER.sub("", out)
    return out.replace("\n", "<br>")


def _quote_open(match: re.Match[str]) -> str:
    name = _NAME_TAIL.sub("", (match["name"] or "").strip()).strip("\"' ")
    return f'<blockquote data-author="{html.escape(name)}">' if name else "<blockquote>"
