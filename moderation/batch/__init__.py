"""The nightly batch: pages in, decisions stored, incrementally and safe to interrupt.

    summary = run_batch(["scraped/2024-05-14"], "sqlite:///moderation.db")

Each page is one transaction (see `page_step`); a lock row keeps runs one at a time; the runs
table records each run's counts as it goes, so even a killed run tells how far it got.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from moderation.batch.interrupt import StopAfterPage
from moderation.batch.page_step import TimedModerator, process_file
from moderation.batch.rescore import rescore_stored
from moderation.batch.sources import source_files
from moderation.batch.types import SKIPPED, BatchSummary, PageResult, summarise
from moderation.store import DEFAULT_DB_URL, lock, open_store
from moderation.store.runs import add_counts, finish_run, start_run
from moderation.store.schema import RUN_COMPLETED, RUN_FAILED, RUN_INTERRUPTED

__all__ = ["BatchSummary", "PageResult", "Progress", "run_batch"]

SKIP_FLUSH = 200


class Progress(Protocol):
    """What a caller can watch a batch with (the CLI draws a bar)."""

    def start(self, total_pages: int) -> None: ...

    def advance(self, result: PageResult) -> None: ...


def run_batch(
    sources: Sequence[str | Path],
    db_url: str = DEFAULT_DB_URL,
    model_dir: str | Path | None = None,
    rescore: bool = False,
    since: datetime | None = None,
    *,
    moderator=None,
    progress: Progress | None = None,
) -> BatchSummary:
    """Moderate every page under `sources` into the store at `db_url`; see the module docstring.

    `moderator` may be a loaded `Moderator` (tests, benchmarks); otherwise one is loaded from
    `model_dir` after the lock is taken, so a refused run costs no model load.
    """
    files, empty_folders = source_files(sources, since)
    engine = open_store(db_url)
    try:
        with lock.holding(engine):
            if moderator is None:
                from moderation.engine import Moderator  # torch loads only when needed

                moderator = Moderator(model_dir)
            timed = TimedModerator(moderator)
            run_id = start_run(engine, timed.model_tag, [str(s) for s in sources], rescore, since)
            lock.set_run(engine, run_id)
            summary = _run(engine, files, timed, run_id, rescore, progress)
            return replace(summary, empty_folders=tuple(empty_folders))
    finally:
        engine.dispose()


def _run(engine, files, moderator: TimedModerator, run_id, rescore, progress) -> BatchSummary:
    """The page loop, with the run's row closed whatever happens."""
    start = time.perf_counter()
    tally = _Tally(engine, run_id)
    status, error = RUN_FAILED, None
    # The signals stay caught until the run's row is closed: a Ctrl-C after the last page
    # leaves a completed run, not a traceback.
    with StopAfterPage() as stop:
        try:
            if progress:
                progress.start(len(files))
            for result in _pages(engine, files, moderator, run_id, rescore):
                tally.add(result)
                if progress:
                    progress.advance(result)
                if stop.requested:
                    break
            status = RUN_INTERRUPTED if stop.requested else RUN_COMPLETED
        except KeyboardInterrupt:
            status = RUN_INTERRUPTED
            raise
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            tally.flush()
            finish_run(engine, run_id, status, error)
    pages, decisions = summarise(tally.results)
    elapsed = time.perf_counter() - start
    return BatchSummary(run_id, status, pages, decisions, elapsed, moderator.seconds)


def _pages(engine, files, moderator, run_id, rescore) -> Iterator[PageResult]:
    """The source pages, then (with --rescore) the stored pages still on another model."""
    for file in files:
        yield process_file(engine, file, moderator, run_id)
    if rescore:
        yield from rescore_stored(engine, moderator, run_id)


class _Tally:
    """Results so far; skipped pages write nothing, so their count reaches the runs row in
    bunches of SKIP_FLUSH (a killed run may under-count its skips, never its stored pages)."""

    def __init__(self, engine, run_id: int):
        self.engine, self.run_id = engine, run_id
        self.results: list[PageResult] = []
        self.unflushed_skips = 0

    def add(self, result: PageResult) -> None:
        self.results.append(result)
        if result.kind == SKIPPED:
            self.unflushed_skips += 1
            if self.unflushed_skips >= SKIP_FLUSH:
                self.flush()

    def flush(self) -> None:
        if self.unflushed_skips:
            with self.engine.begin() as conn:
                add_counts(conn, self.run_id, {"pages_skipped": self.unflushed_skips})
            self.unflushed_skips = 0
