"""Stable comment ids, so a re-parsed page's comments match the ones already stored.

Two cases, because parsers give two kinds of comment id:
- the site's own id (an export's `id` column, an HTML comment's `id` attribute): it survives
  edits and new comments above, so the stable id is hash(page source, site id), and an edited
  comment keeps its id and is re-scored;
- a positional id the parser made up (`c1`, `c2`, ... when the page has none): it shifts when a
  comment is added above, so the stable id is hash(page source, author, text, occurrence) and
  an edited comment becomes a new comment (the old one is marked missing, not deleted).
A site whose real ids look like `c12` gets content ids: still stable, only edits are not tracked.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from moderation.types import Page

# What the parsers write when a page gives no id (moderation.parse: f"c{number}").
POSITIONAL_ID = re.compile(r"c\d+")
ID_LENGTH = 32  # hex characters of sha256 kept: 128 bits, no collisions at any page count


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:ID_LENGTH]


def text_hash(text: str) -> str:
    """What tells an edited comment from an unchanged one."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stable_ids(page: Page, source: str) -> list[str]:
    """One stable id per comment of `page`, in order; `source` is the page's store key."""
    seen: Counter[tuple[str, str]] = Counter()
    ids = []
    for comment in page.comments:
        if POSITIONAL_ID.fullmatch(comment.id):
            key = ("content", comment.author or "", comment.text)
            ids.append(_digest(source, *key, str(seen[key])))
            seen[key] += 1
        else:
            # A malformed export can repeat an id; the repeats get their own ids, not a clash.
            key = ("id", comment.id)
            repeat = seen[key]
            ids.append(_digest(source, "id", comment.id, *([str(repeat)] if repeat else [])))
            seen[key] += 1
    return ids


def parent_ids(page: Page, ids: list[str]) -> list[str | None]:
    """The stable id of each comment's parent, when the parent is on the page."""
    by_page_id = {comment.id: stable for comment, stable in zip(page.comments, ids, strict=True)}
    return [by_page_id.get(comment.parent) if comment.parent else None for comment in page.comments]
