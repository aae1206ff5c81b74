"""Plain data passed between stages: a parsed page and its reader comments."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Comment:
    """One reader comment. `parent` is the id of the comment replied to when it is on the page;
    `reply_to` is the name replied to (it may be known when the parent is not)."""

    id: str
    text: str
    author: str | None = None
    reply_to: str | None = None
    posted: str | None = None  # ISO 8601 when the page gives a time
    parent: str | None = None


@dataclass(frozen=True)
class Page:
    """A parsed page: the article on one side, the reader comments on the other."""

    source: str
    title: str | None
    article: str
    comments: tuple[Comment, ...] = field(default_factory=tuple)
