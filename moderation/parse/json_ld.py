"""What a page declares about itself in JSON-LD (schema.org): its comments and article body.

Read when the markup names neither, as on pages that render comments with JavaScript but
still embed them for search engines.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from moderation.errors import PageError
from moderation.parse.exports import export_page
from moderation.types import Comment

_SCRIPTS = "script[type='application/ld+json']"


def json_ld_comments(tree: LexborHTMLParser) -> tuple[Comment, ...]:
    """The `comment` lists of the page's JSON-LD objects, replies nested under `comment`."""
    listed: list[dict[str, Any]] = []
    for thing in _things(tree):
        comments = thing.get("comment")
        comments = [comments] if isinstance(comments, dict) else comments
        if isinstance(comments, list):
            listed.extend(item for item in comments if isinstance(item, dict))
    if not listed:
        return ()
    try:
        return export_page(listed, "JSON-LD").comments
    except PageError:  # comment objects without any text: nothing to moderate
        return ()


def json_ld_article(tree: LexborHTMLParser) -> str:
    """The first `articleBody` the page declares, whitespace as written."""
    for thing in _things(tree):
        body = thing.get("articleBody")
        if isinstance(body, str) and body.strip():
            return body.strip()
    return ""


def _things(tree: LexborHTMLParser) -> Iterator[dict[str, Any]]:
    """Every object in the page's JSON-LD blocks, outside comment lists; bad blocks skipped."""
    for script in tree.css(_SCRIPTS):
        try:
            document = json.loads(script.text() or "")
        except ValueError:
            continue
        yield from _walk(document)


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        yield value
        for key, item in value.items():
            if key != "comment":
                yield from _walk(item)
