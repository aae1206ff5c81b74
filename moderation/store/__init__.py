"""The decision store: pages, comments, decisions and runs in SQLite or PostgreSQL.

    engine = open_store("sqlite:///moderation.db")   # created or upgraded on open

Tables are in `schema.py`; the review queue reads `decisions` where `is_current`.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError

from moderation.errors import StoreError
from moderation.paths import DEFAULT_DB_URL
from moderation.store.migrations import LATEST, check_readable, upgrade

__all__ = ["DEFAULT_DB_URL", "LATEST", "open_store", "sqlite_file_missing"]


def open_store(url: str = DEFAULT_DB_URL, create: bool = True, read_only: bool = False) -> Engine:
    """Connect, and create or upgrade the schema; raises StoreError naming the URL when it can't.

    `create=False` is for commands that only read what batches wrote (the review queue, the
    export): a mistyped path is then an error rather than a new empty store that reads as
    "nothing to review". `read_only=True` (the export, the account list) also opens a store on
    a read-only folder or mount, an archived copy, and neither creates nor upgrades it.
    """
    try:
        parsed = make_url(url)
        sqlite_file = _sqlite_file(parsed)
        if read_only and sqlite_file:
            engine = create_engine("sqlite://", creator=lambda: _read_only_sqlite(sqlite_file))
        else:
            engine = create_engine(parsed)
    except (ArgumentError, ValueError, ImportError) as error:
        raise StoreError(f"{url}: not a usable database URL ({error})") from error
    shown = parsed.render_as_string(hide_password=True)
    if (read_only or not create) and sqlite_file_missing(parsed):
        raise StoreError(f"{shown}: no store there (`moderation batch` creates one)")
    if parsed.get_backend_name() == "sqlite" and not read_only:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if read_only:
            check_readable(engine)
        else:
            upgrade(engine, create=create)
    except DatabaseError as error:  # locked, unreadable, "file is not a database"
        hint = _read_only_hint(sqlite_file) if not read_only else ""
        raise StoreError(f"{shown}: cannot open the store ({error.orig}){hint}") from error
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
    database = _sqlite_file(parsed)
    return database is not None and not Path(database).is_file()


def _sqlite_file(parsed: URL) -> str | None:
    """The file a SQLite URL names; None for other stores and for an in-memory one."""
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return parsed.database


def _read_only_hint(sqlite_file: str | None) -> str:
    """Why a command that writes cannot open a store: its folder is not there (a mistyped
    path), or it may not write there."""
    if sqlite_file is None:
        return ""
    folder = Path(sqlite_file).resolve().parent
    if not folder.is_dir():
        return f"; its folder {folder} does not exist"
    if os.access(folder, os.W_OK):
        return ""
    return "; its folder is read-only, where `users list` and `export-reviews` can still read it"


def _read_only_sqlite(path: str) -> sqlite3.Connection:
    """A connection that never writes. A store in WAL mode needs its `-shm` file beside it even
    to read, which a read-only folder cannot hold once the last writer has gone: SQLite then
    reads it as immutable, the only way it can (a writer elsewhere is impossible there)."""
    uri = f"file:{quote(str(Path(path).resolve()))}"
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
    try:
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1")
    except sqlite3.OperationalError:
        connection.close()
        uri += "?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    connection.execute("PRAGMA busy_timeout=30000")
    return connection


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets readers (the review queue, a watching test) read while a batch writes; the busy
    timeout makes a second writer wait instead of failing at once."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
