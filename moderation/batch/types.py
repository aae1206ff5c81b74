"""What a batch reports: one PageResult per page, one BatchSummary per run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

NEW, CHANGED, RESCORED, SKIPPED, FAILED = "new", "changed", "rescored", "skipped", "failed"
PAGE_KINDS = (NEW, CHANGED, RESCORED, SKIPPED, FAILED)


@dataclass(frozen=True)
class PageResult:
    """How one page went: its kind, comments on it, and the decisions of those scored now."""

    source: str
    kind: str
    comments: int = 0
    decisions: dict[str, int] = field(default_factory=dict)  # decision -> comments scored now
    error: str | None = None

    @property
    def scored(self) -> int:
        return sum(self.decisions.values())

    def counts(self) -> dict[str, int]:
        """The run counters this page adds to (names of the runs table's columns)."""
        counts = {f"pages_{self.kind}": 1, "comments_scored": self.scored}
        counts.update({f"comments_{name}": n for name, n in self.decisions.items()})
        return counts


@dataclass(frozen=True)
class BatchSummary:
    """A finished (or interrupted) run: its row id, status, and what it did."""

    run_id: int
    status: str
    pages: dict[str, int]  # kind -> pages
    decisions: dict[str, int]  # decision -> comments scored in this run
    seconds: float
    model_seconds: float  # time inside the model: the rest is parsing, hashing and the store
    empty_folders: tuple[Path, ...] = ()  # SOURCE folders with no page file in or below them

    @property
    def comments_scored(self) -> int:
        return sum(self.decisions.values())


def summarise(results: list[PageResult]) -> tuple[dict[str, int], dict[str, int]]:
    """Pages per kind (every kind present, zeros included) and scored comments per decision."""
    pages = Counter({kind: 0 for kind in PAGE_KINDS})
    decisions: Counter[str] = Counter()
    for result in results:
        pages[result.kind] += 1
        decisions.update(result.decisions)
    return dict(pages), dict(decisions)
