"""The runs table: one row per batch, its counts kept current page by page, so a killed run's
row still tells how far it got."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import Connection, Engine, update

from moderation.store.schema import RUN_RUNNING, RUN_STALE, runs, utcnow

COUNTS = (
    "pages_new",
    "pages_changed",
    "pages_rescored",
    "pages_skipped",
    "pages_failed",
    "comments_scored",
    "comments_allow",
    "comments_review",
    "comments_remove",
)


def start_run(
    engine: Engine, model: str, sources: list[str], rescore: bool, since: datetime | None
) -> int:
    """Insert a running run; runs left `running` by dead processes are marked stale first.

    Called while holding the batch lock, so no other run can really be running.
    """
    with engine.begin() as conn:
        conn.execute(update(runs).where(runs.c.status == RUN_RUNNING).values(status=RUN_STALE))
        result = conn.execute(
            runs.insert().values(
                started_at=utcnow(),
                status=RUN_RUNNING,
                pid=os.getpid(),
                host=socket.gethostname(),
                model=model,
                rescore=rescore,
                since=since,
                sources=sources,
            )
        )
        return result.inserted_primary_key[0]


def add_counts(conn: Connection, run_id: int, counts: Mapping[str, int]) -> None:
    """Add to the run's counters inside the caller's (page) transaction."""
    values = {name: runs.c[name] + n for name, n in counts.items() if n}
    if values:
        conn.execute(update(runs).where(runs.c.id == run_id).values(**values))


def finish_run(engine: Engine, run_id: int, status: str, error: str | None = None) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(runs)
            .where(runs.c.id == run_id)
            .values(status=status, ended_at=utcnow(), error=error)
        )
