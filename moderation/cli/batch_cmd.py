"""`moderation batch SOURCE... --db URL`: the nightly job; a thin shell over `run_batch`."""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from moderation.engine import DECISIONS
from moderation.errors import ConfigError
from moderation.paths import DEFAULT_DB_URL
from moderation.shown import one_line, print_error
from moderation.terminal import progress_bar

if TYPE_CHECKING:  # the batch (parser, store) is imported when it runs: `--help` needs neither
    from moderation.batch import BatchSummary, PageResult

HELP = {
    "sources": "Folders or files of pages and comment exports.",
    "db": "Store URL: sqlite:///PATH (default sqlite:///moderation.db) or postgresql://...",
    "model": "Model directory (default: models/minilm-moderation).",
    "rescore": "Also re-score stored comments last scored by another model (old kept as history).",
    "since": "Only files modified at or after DATE (ISO 8601, local time), e.g. 2024-05-14.",
}


def batch(
    sources: Annotated[list[Path] | None, typer.Argument(help=HELP["sources"])] = None,
    db: Annotated[str, typer.Option("--db", help=HELP["db"])] = DEFAULT_DB_URL,
    model: Annotated[Path | None, typer.Option("--model", "-m", help=HELP["model"])] = None,
    rescore: Annotated[bool, typer.Option("--rescore", help=HELP["rescore"])] = False,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help=HELP["since"])
    ] = None,
) -> None:
    """Moderate new and changed pages into the store; Ctrl-C stops after the current page."""
    if not sources and not rescore:
        raise typer.BadParameter(
            "give at least one SOURCE (or --rescore alone)", param_hint="SOURCE"
        )
    from moderation.batch import run_batch

    progress = _ProgressBar()
    try:
        summary = run_batch(
            sources or [], db, model, rescore, _parse_since(since), progress=progress
        )
    finally:
        progress.close()
    for folder in summary.empty_folders:
        print_error(f"{folder}: no page files in this folder or below it")
    _print_summary(summary)
    if summary.status != "completed":
        raise typer.Exit(code=130)  # interrupted: the shell's code for Ctrl-C
    if summary.empty_folders:
        raise typer.Exit(code=1)


def _parse_since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:  # one line, as every input error: not click's usage box
        raise ConfigError(f"--since: {value!r} is not an ISO date (e.g. 2024-05-14)") from None


class _ProgressBar:
    """Pages done of total, with pages/s and comments/s, on stderr while a person watches."""

    def __init__(self) -> None:
        self.console = Console(stderr=True)
        self.bar: Progress | None = None
        self.pages = self.comments = 0

    def start(self, total_pages: int) -> None:
        self.started = time.perf_counter()
        if not self.console.is_terminal:
            return
        columns = (
            TextColumn("batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rates]}"),
        )
        self.bar = progress_bar(self.console, *columns, TimeElapsedColumn())
        self.task = self.bar.add_task("batch", total=total_pages, rates="")
        self.bar.start()

    def advance(self, result: PageResult) -> None:
        from moderation.batch.types import FAILED

        self.pages += 1
        self.comments += result.scored
        if result.kind == FAILED:
            # one line however long the path: a cron log is grepped by file and reason
            self.console.print(
                f"failed: {one_line(result.error or '')}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
        if self.bar is None:
            return
        seconds = max(time.perf_counter() - self.started, 1e-9)
        rates = f"{self.pages / seconds:.1f} pages/s  {self.comments / seconds:.0f} comments/s"
        self.bar.update(self.task, advance=1, rates=rates)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _print_summary(summary: BatchSummary) -> None:
    from moderation.batch.types import PAGE_KINDS

    pages = ", ".join(f"{summary.pages[kind]} {kind}" for kind in PAGE_KINDS)
    decisions = ", ".join(f"{summary.decisions.get(name, 0)} {name}" for name in DECISIONS)
    print(
        f"run {summary.run_id} {summary.status} in {summary.seconds:.1f} s: pages {pages}; "
        f"comments scored {summary.comments_scored} ({decisions})"
    )
    sys.stdout.flush()
