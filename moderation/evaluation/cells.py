"""How one number reads in a table cell, the same in report.md and on the console."""

from __future__ import annotations

import html
from collections.abc import Sequence

MISSING = "–"  # undefined (one-class rows, nothing flagged), never zero


def num(value: float | None) -> str:
    return MISSING if value is None else f"{value:.3f}"


def pct(value: float | None) -> str:
    return MISSING if value is None else f"{100 * value:.1f}%"


def delta(value: float | None, baseline: float | None) -> str:
    return MISSING if value is None or baseline is None else f"{value - baseline:+.3f}"


def with_ci(value: float | None, interval: Sequence[float] | None) -> str:
    if value is None or interval is None:
        return MISSING
    return f"{value:.3f} [{interval[0]:.2f}, {interval[1]:.2f}]"


def side_by_side(entry: dict) -> str:
    """A compare.side_by_side entry as "model / baseline (difference)"."""
    if entry["model"] is None or entry["baseline"] is None:
        return MISSING
    return f"{entry['model']:.3f} / {entry['baseline']:.3f} ({entry['difference']:+.3f})"


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_markdown_cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _markdown_cell(value) -> str:
    """A value as one cell: its bars escaped, its lines joined, and its markup shown as text
    (a comment quoting "<script>" or "<img onerror=...>" must not run in a Markdown viewer that
    passes HTML through)."""
    text = html.escape(str(value), quote=False).replace("|", "\\|")
    return " ".join(text.splitlines())
