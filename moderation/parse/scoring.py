"""The parser scored against hand-checked parses, field by field, so that a change to a layout
rule is judged by numbers on every gold page rather than by the page it was written for.

A gold file is the JSON of `../shared/fixtures/expected/`: `page`, `title`,
`article_starts_with`, `article_ends_with`, `comment_count` and `comments`, each with `author`,
`reply_to`, `posted`, `starts_with`, `ends_with` and `parent` (the index of the parent comment).
Empty article ends mean the page has no article. Comment text is compared with whitespace
collapsed (a line break and a space are alike). A gold time without a zone checks the time as
the page shows it, whatever zone the parser adds from the page.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from moderation.errors import PageError
from moderation.types import Page

# Per comment, compared in page order; a missing or extra comment counts against every field.
COMMENT_FIELDS = ("text", "author", "reply_to", "posted", "parent")
PAGE_FIELDS = ("title", "article", "comment_count")
_ZONE = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")
_SECONDS = re.compile(r"(?<=T\d\d:\d\d):\d\d(?:\.\d+)?")


@dataclass
class ParseScore:
    """Right and total checks per field, over one page or many."""

    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)

    def add(self, name: str, ok: bool) -> None:
        self.total[name] += 1
        self.right[name] += int(ok)

    def __iadd__(self, other: ParseScore) -> ParseScore:
        self.right.update(other.right)
        self.total.update(other.total)
        return self

    def accuracy(self, name: str) -> float | None:
        return self.right[name] / self.total[name] if self.total[name] else None

    @property
    def perfect(self) -> bool:
        return self.right == self.total


def read_gold(path: Path) -> dict[str, Any]:
    """One gold file; a file that is not one is a one-line error naming it."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise PageError(f"{path}: not a readable gold file ({error})") from error
    if not isinstance(gold, dict) or not isinstance(gold.get("comments"), list):
        raise PageError(f"{path}: a gold file is an object with a 'comments' list")
    return gold


def score_page(page: Page, gold: dict[str, Any]) -> ParseScore:
    """How much of the gold parse the page reproduces."""
    score = ParseScore()
    score.add("title", _same_title(page.title, gold.get("title")))
    start, end = gold.get("article_starts_with") or "", gold.get("article_ends_with") or ""
    if start or end:
        score.add("article", _has_ends(page.article, start, end))
    else:  # a page with no article (a forum thread, a comment export)
        score.add("article", page.article == "")
    wanted = gold["comments"]
    score.add("comment_count", len(page.comments) == gold.get("comment_count", len(wanted)))
    index_of = {comment.id: index for index, comment in enumerate(page.comments)}
    for index in range(max(len(wanted), len(page.comments))):
        if index >= len(wanted) or index >= len(page.comments):
            for name in COMMENT_FIELDS:
                score.add(name, False)
            continue
        comment, want = page.comments[index], wanted[index]
        parent = index_of.get(comment.parent) if comment.parent is not None else None
        score.add("text", _has_ends(comment.text, want.get("starts_with"), want.get("ends_with")))
        score.add("author", comment.author == want.get("author"))
        score.add("reply_to", comment.reply_to == want.get("reply_to"))
        score.add("posted", same_time(comment.posted, want.get("posted")))
        score.add("parent", parent == want.get("parent"))
    return score


def _same_title(title: str | None, wanted: str | None) -> bool:
    """Titles alike but for their whitespace (an ideographic space in a Japanese headline is a
    space once read), as comment text and article ends are compared."""
    if title is None or wanted is None:
        return title is wanted
    return title.split() == wanted.split()


def _has_ends(text: str, start: str | None, end: str | None) -> bool:
    """Whether text starts and ends as the gold says, whitespace collapsed on both sides: gold
    ends are often written as a browser shows them, paragraph breaks as spaces."""
    text = " ".join(text.split())
    return text.startswith(" ".join((start or "").split())) and text.endswith(
        " ".join((end or "").split())
    )


def same_time(parsed: str | None, gold: str | None) -> bool:
    """Whether the parsed time is the gold one; a gold time without a zone ignores the zone,
    one without seconds the seconds (an epoch's "06:41:12" is the "06:41" a person writes
    down), and "Z" is "+00:00" (two spellings of UTC)."""
    if parsed is not None and gold is not None and not _SECONDS.search(gold):
        parsed = _SECONDS.sub("", parsed)
    if parsed is None or gold is None or _ZONE.search(gold):
        return _utc_spelled_out(parsed) == _utc_spelled_out(gold)
    return _ZONE.sub("", parsed) == gold


def _utc_spelled_out(time: str | None) -> str | None:
    return time[:-1] + "+00:00" if time and time.endswith("Z") else time
