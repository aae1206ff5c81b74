"""One batch at a time: a lock row in the store itself, so it works for SQLite and PostgreSQL
alike and across machines sharing one database. A row left by a dead process (SIGKILL, power
cut) is stale: it is taken over when its process is gone from this host.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import IntegrityError

from moderation.errors import StoreLocked
from moderation.store.schema import batch_lock, utcnow

LOCK_NAME = "batch"


def _me() -> dict:
    return {"pid": os.getpid(), "host": socket.gethostname()}


def process_alive(pid: int, host: str) -> bool:
    """True unless the process is known gone; on another host it cannot be known, so True."""
    if host != socket.gethostname():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


def acquire(engine: Engine) -> bool:
    """Take the lock; True when a stale lock was taken over. Raises StoreLocked when held."""
    mine = {"name": LOCK_NAME, "run_id": None, "acquired_at": utcnow(), **_me()}
    for _attempt in range(5):
        try:
            with engine.begin() as conn:
                holder = conn.execute(
                    select(batch_lock).where(batch_lock.c.name == LOCK_NAME)
                ).first()
                if holder is None:
                    conn.execute(batch_lock.insert().values(**mine))
                    return False
                if process_alive(holder.pid, holder.host):
                    raise StoreLocked(_held_message(holder))
                # Compare-and-set on the dead holder, so two runs cannot both take it over.
                taken = conn.execute(
                    update(batch_lock)
                    .where(batch_lock.c.name == LOCK_NAME)
                    .where(batch_lock.c.pid == holder.pid, batch_lock.c.host == holder.host)
                    .values(**mine)
                )
                if taken.rowcount == 1:
                    return True
        except IntegrityError:
            continue  # another run inserted the row between our read and insert: look again
    raise StoreLocked("the store's batch lock keeps changing hands; try again")


def set_run(engine: Engine, run_id: int) -> None:
    """Name the run holding the lock, for the message a second run prints."""
    with engine.begin() as conn:
        conn.execute(_own(update(batch_lock)).values(run_id=run_id))


def release(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(_own(delete(batch_lock)))


def _own(statement):
    me = _me()
    return statement.where(
        batch_lock.c.name == LOCK_NAME,
        batch_lock.c.pid == me["pid"],
        batch_lock.c.host == me["host"],
    )


@contextmanager
def holding(engine: Engine) -> Iterator[bool]:
    """Hold the lock for a block; yields whether a stale lock was taken over."""
    took_over = acquire(engine)
    try:
        yield took_over
    finally:
        release(engine)


def _held_message(holder) -> str:
    run = f"batch run {holder.run_id}" if holder.run_id else "a batch run"
    since = holder.acquired_at.strftime("%Y-%m-%d %H:%M:%S") if holder.acquired_at else "?"
    return (
        f"the store is in use by {run} (pid {holder.pid} on {holder.host}, since {since} UTC); "
        "one run at a time: wait for it to finish"
    )
