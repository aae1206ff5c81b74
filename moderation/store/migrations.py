"""Schema versions and the steps between them: a new store is created at the latest version,
an older one is upgraded step by step, each step with its version stamp in one transaction.

To change the schema: edit `schema.py` (what a new store gets), add a step here that brings an
existing store to the same shape, and bump nothing else: LATEST follows the registry.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import Connection, Engine, func, inspect, select, text
from sqlalchemy.exc import DatabaseError

from moderation.errors import StoreError
from moderation.store import schema


def _add_queue_index(conn: Connection) -> None:
    """v2: the review queue reads current decisions by kind and score; index that path."""
    schema.queue_index.create(conn, checkfirst=True)


def _add_review_tables(conn: Connection) -> None:
    """v3: the review queue stores verdicts (append-only audit) and moderators' accounts."""
    schema.verdicts.create(conn, checkfirst=True)
    schema.users.create(conn, checkfirst=True)


def _add_verdict_text_hash(conn: Connection) -> None:
    """v4: a verdict records the text it judged, so it outlives a new model's decision."""
    _add_verdict_column(conn, "text_hash", "VARCHAR(64)")


def _add_verdict_text(conn: Connection) -> None:
    """v5: a verdict keeps the text it judged, for the export once the comment is edited."""
    _add_verdict_column(conn, "text", "TEXT")


def _add_verdict_column(conn: Connection, name: str, sql_type: str) -> None:
    """The column, unless the table has it: a store that gained `verdicts` at v3 from the
    current schema already holds every later column."""
    if name not in {column["name"] for column in inspect(conn).get_columns("verdicts")}:
        conn.execute(text(f"ALTER TABLE verdicts ADD COLUMN {name} {sql_type}"))


# version -> the step that upgrades a store from version - 1. Version 1 is the first layout.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    2: _add_queue_index,
    3: _add_review_tables,
    4: _add_verdict_text_hash,
    5: _add_verdict_text,
}
LATEST = max(MIGRATIONS, default=1)


def stored_version(conn: Connection) -> int | None:
    """The store's schema version; None for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if "schema_version" not in tables:
        if tables & {"pages", "comments", "decisions", "runs"}:
            raise StoreError("the database has tables but no schema_version: not a store")
        return None
    # the highest: two first runs at once could each stamp a row (a blind round found two)
    return conn.execute(select(func.max(schema.schema_version.c.version))).scalar()


def _version_once_stamped(engine: Engine) -> int | None:
    """The version the other creator stamps: SQLite runs each CREATE on its own, so its tables
    can stand before the stamp does (the second batch read None there, and failed with "table
    schema_version already exists" in 2 of 7 blind runs); None if none comes within seconds."""
    for _ in range(_STAMP_WAITS):
        with engine.connect() as conn:
            version = stored_version(conn)
        if version is not None:
            return version
        time.sleep(_STAMP_WAIT_SECONDS)
    return None


_STAMP_WAITS = 50
_STAMP_WAIT_SECONDS = 0.1


def upgrade(engine: Engine, target: int = LATEST, create: bool = True) -> int:
    """Create (unless `create` is False) or upgrade the store's tables to `target`; returns the
    version it ends at."""
    version = _known(_created(engine, create))
    for step in range(version + 1, target + 1):
        with engine.begin() as conn:
            MIGRATIONS[step](conn)
            _stamp(conn, step)
        version = step
    return version


def _known(version: int | None) -> int:
    """The version of a store this code can read; StoreError for no store or a newer one."""
    if version is None:
        raise StoreError("the database holds no store (`moderation batch` creates one)")
    if version > LATEST:
        raise StoreError(
            f"store schema is version {version}, newer than this code's {LATEST}: "
            "upgrade the moderation package"
        )
    return version


def check_readable(engine: Engine) -> int:
    """The version of a store opened read-only: it can be read as it is, not upgraded."""
    with engine.connect() as conn:
        version = _known(stored_version(conn))
    if version < LATEST:
        raise StoreError(
            f"store schema is version {version}, older than this code's {LATEST}, and this "
            "command only reads: run a command that writes to it first (`moderation batch`) "
            "to upgrade it"
        )
    return version


def _created(engine: Engine, create: bool) -> int | None:
    """The store's version, creating the tables in an empty database first; None for an empty
    database left so.

    Two batches started at once on a new store both find it empty; the second's CREATE then
    fails on a table the first made. It reads the version again instead, so it goes on to the
    batch lock and its clear message rather than failing here with "table runs already exists".
    """
    try:
        with engine.begin() as conn:
            version = stored_version(conn)
            if version is None and create:
                schema.metadata.create_all(conn)  # skips the tables another run made since
                if stored_version(conn) is None:  # nor stamp it a second time
                    _stamp(conn, LATEST, insert=True)
                version = LATEST
    except DatabaseError:
        version = _version_once_stamped(engine)
        if version is None or not create:
            raise
    return version


def _stamp(conn: Connection, version: int, insert: bool = False) -> None:
    values = {"version": version, "upgraded_at": schema.utcnow()}
    if insert:
        conn.execute(schema.schema_version.insert().values(**values))
    else:
        conn.execute(schema.schema_version.update().values(**values))
