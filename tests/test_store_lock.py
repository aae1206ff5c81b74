# ruff: noqa: F811  (pytest fixtures imported from store_helpers are parameters by design)
"""One batch at a time: a live holder refuses a second run; a dead one's lock is taken over."""

from __future__ import annotations

import socket
import subprocess

import pytest
from sqlalchemy import select
from store_helpers import db_url  # noqa: F401

from moderation.errors import StoreLocked
from moderation.store import lock, open_store
from moderation.store.runs import start_run
from moderation.store.schema import batch_lock, runs, utcnow


def _hold(engine, pid: int, run_id: int | None = None) -> None:
    row = {"name": lock.LOCK_NAME, "pid": pid, "host": socket.gethostname()}
    with engine.begin() as conn:
        conn.execute(batch_lock.insert().values(run_id=run_id, acquired_at=utcnow(), **row))


def test_a_live_holder_refuses_a_second_run_with_one_line(db_url):
    engine = open_store(db_url)
    holder = subprocess.Popen(["sleep", "30"])
    try:
        _hold(engine, holder.pid, run_id=7)
        with pytest.raises(StoreLocked) as refused:
            lock.acquire(engine)
        message = str(refused.value)
        assert "\n" not in message
        assert f"batch run 7 (pid {holder.pid} on {socket.gethostname()}" in message
    finally:
        holder.kill()
        holder.wait()
        engine.dispose()


def test_a_dead_holders_lock_is_taken_over_and_its_run_marked_stale(db_url):
    engine = open_store(db_url)
    dead = subprocess.Popen(["true"])
    dead.wait()
    killed_run = start_run(engine, "m@1", ["/pages"], False, None)
    _hold(engine, dead.pid, run_id=killed_run)
    with lock.holding(engine) as took_over:
        assert took_over
        new_run = start_run(engine, "m@1", ["/pages"], False, None)
        with engine.connect() as conn:
            statuses = dict(conn.execute(select(runs.c.id, runs.c.status)).all())
        assert statuses == {killed_run: "stale", new_run: "running"}
    with engine.connect() as conn:
        assert conn.execute(select(batch_lock)).all() == []
    engine.dispose()
