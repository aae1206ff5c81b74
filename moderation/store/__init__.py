"""The decision store: pages, comments, decisions and runs in SQLite or PostgreSQL.

    engine = open_store("sqlite:///moderation.db")   # created or upgraded on open

Tables are in `schema.py`; the review queue reads `decisions` where `is_current`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError

from moderation.errors import StoreError
from moderation.store.migrations import LATEST, upgrade

__all__ = ["DEFAULT_DB_URL", "LATEST", "open_store", "sqlite_file_missing"]

DEFAULT_DB_URL = "sqlite:///moderation.db"


def open_store(url: str = DEFAULT_DB_URL, create: bool = True) -> Engine:
    """Connect, and create or upgrade the schema; raises StoreError naming the URL when it can't.

    `create=False` is for commands that only read what batches wrote (the review queue, the
    export): a mistyped path is then an error rather than a new empty store that reads as
    "nothing to review".
    """
    try:
        parsed = make_url(url)
        engine = create_engine(parsed)
    except (ArgumentError, ValueError, ImportError) as error:
        raise StoreError(f"{url}: not a usable database URL ({error})") from error
    shown = parsed.render_as_string(hide_password=True)
    if not create and sqlite_file_missing(parsed):
        raise StoreError(f"{shown}: no store there (`moderation batch` creates one)")
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        upgrade(engine, create=create)
    except DatabaseError as error:  # locked, unreadable, "file is not a database"
        raise StoreError(f"{shown}: cannot open the store ({error.orig})") from error
    except StoreError as error:  # not a store, no store, or a newer one
        raise StoreError(f"{shown}: {error}") from error
    return engine


def sqlite_file_missing(url: str | URL) -> bool:
    """Whether the URL names a SQLite file that is not there yet (a mistyped path); False for
    other stores and for a URL that is not one (opening it says why)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return False
    return not Path(parsed.database).is_file()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets readers (the review queue, a watching test) read while a batch writes; the busy
    timeout makes a second writer wait instead of failing at once."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
