# ruff: noqa: F811  (pytest fixtures imported from store_helpers are parameters by design)
"""The store's schema: created at the latest version, upgraded from older ones, and refused
when it is newer than the code or not a store at all."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, inspect, select, text, update
from store_helpers import db_url  # noqa: F401

from moderation.errors import StoreError
from moderation.store import LATEST, migrations, open_store
from moderation.store import schema as tables
from moderation.store.ids import stable_ids
from moderation.store.migrations import upgrade
from moderation.types import Comment, Page


def _version(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(tables.schema_version.c.version)).scalar_one()


def _indexes(engine, table: str) -> set[str]:
    return {index["name"] for index in inspect(engine).get_indexes(table)}


def test_a_new_store_is_created_at_the_latest_version(db_url):
    engine = open_store(db_url)
    assert _version(engine) == LATEST
    assert {"pages", "comments", "decisions", "runs", "batch_lock"} <= set(
        inspect(engine).get_table_names()
    )
    assert "ix_decisions_queue" in _indexes(engine, "decisions")
    engine.dispose()


def test_a_store_stamped_twice_by_two_first_runs_still_opens(db_url):
    """Two first runs at once could each stamp the new store (a blind round left two rows,
    and every later run failed on "Multiple rows were found"): the highest version is read,
    and a stamp already there is not added again."""
    engine = open_store(db_url)
    with engine.begin() as conn:
        conn.execute(
            tables.schema_version.insert().values(version=LATEST, upgraded_at=tables.utcnow())
        )
    engine.dispose()
    engine = open_store(db_url)
    with engine.connect() as conn:
        assert migrations.stored_version(conn) == LATEST
    engine.dispose()


def test_a_version_1_store_is_upgraded_with_its_data_kept(db_url):
    engine = create_engine(db_url)
    upgrade(engine)  # then take it back to what version 1 looked like
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_decisions_queue"))
        conn.execute(update(tables.schema_version).values(version=1))
        conn.execute(
            tables.pages.insert().values(
                source="/old.txt", content_hash="h", parsed_at=tables.utcnow(), status="ok"
            )
        )
    engine.dispose()

    engine = open_store(db_url)
    assert _version(engine) == LATEST == 5
    assert "ix_decisions_queue" in _indexes(engine, "decisions")
    with engine.connect() as conn:
        assert conn.execute(select(tables.pages.c.source)).scalars().all() == ["/old.txt"]
    engine.dispose()


def test_a_store_newer_than_the_code_is_refused(db_url):
    engine = open_store(db_url)
    with engine.begin() as conn:
        conn.execute(update(tables.schema_version).values(version=LATEST + 1))
    engine.dispose()
    with pytest.raises(StoreError, match=f"version {LATEST + 1}, newer than this code"):
        open_store(db_url)


def test_a_database_that_is_not_a_store_is_refused(db_url):
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE pages (x INTEGER)"))
    engine.dispose()
    with pytest.raises(StoreError, match="not a store"):
        open_store(db_url)


def test_a_bad_url_is_one_clear_error():
    with pytest.raises(StoreError, match="not a usable database URL"):
        open_store("nonsense://")


def _page(*comments: Comment) -> Page:
    return Page(source="p.txt", title=None, article="", comments=comments)


def test_site_ids_survive_edits_and_positional_ids_follow_content():
    site = stable_ids(_page(Comment("r7", "before")), "/p")
    assert site == stable_ids(_page(Comment("x", "new"), Comment("r7", "after")), "/p")[1:]
    numbered = stable_ids(_page(Comment("c1", "a", "ann"), Comment("c2", "b", "bob")), "/p")
    shifted = stable_ids(
        _page(Comment("c1", "top"), Comment("c2", "a", "ann"), Comment("c3", "b", "bob")), "/p"
    )
    assert shifted[1:] == numbered
    same_twice = stable_ids(_page(Comment("c1", "+1"), Comment("c2", "+1")), "/p")
    assert len(set(same_twice)) == 2
    assert stable_ids(_page(Comment("r1", "x")), "/a") != stable_ids(
        _page(Comment("r1", "x")), "/b"
    )


def test_a_store_another_batch_creates_between_look_and_create_is_opened(db_url, monkeypatch):
    """Two batches started at once on a new store both find it empty; the second's CREATE meets
    the first's tables ("table runs already exists"). It opens the store the first made, so it
    reaches the batch lock and its clear message."""
    create_all = tables.metadata.create_all

    def another_batch_first(bind, **_):
        monkeypatch.setattr(tables.metadata, "create_all", create_all)
        open_store(db_url).dispose()  # the other batch's whole creation lands in between
        create_all(bind, checkfirst=False)

    monkeypatch.setattr(tables.metadata, "create_all", another_batch_first)
    engine = open_store(db_url)
    assert _version(engine) == LATEST
    engine.dispose()


def test_a_store_whose_stamp_lands_after_its_tables_is_opened_once_stamped(db_url, monkeypatch):
    """SQLite runs each CREATE on its own: the other batch's tables can stand before its version
    stamp does. The second batch read no version there and failed with "table schema_version
    already exists" (blind functional round 8, 2 runs of 7); it waits for the stamp now."""
    create_all = tables.metadata.create_all

    def tables_first_stamp_later(bind, **_):
        monkeypatch.setattr(tables.metadata, "create_all", create_all)
        other = create_engine(db_url)
        with other.begin() as conn:
            create_all(conn)

        def stamp():
            with other.begin() as conn:
                migrations._stamp(conn, LATEST, insert=True)
            other.dispose()

        threading.Timer(0.3, stamp).start()
        create_all(bind, checkfirst=False)

    monkeypatch.setattr(tables.metadata, "create_all", tables_first_stamp_later)
    engine = open_store(db_url)
    assert _version(engine) == LATEST
    engine.dispose()


def test_reading_commands_refuse_a_store_that_does_not_exist(tmp_path, db_url):
    """The review queue and the export open a store without creating one: a mistyped path is an
    error, not a new empty store that reads as nothing to review."""
    typo = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="typo.db: no store there"):
        open_store(f"sqlite:///{typo}", create=False)
    assert not typo.exists()
    create_engine(db_url).connect().close()  # an empty database of either backend
    with pytest.raises(StoreError, match="holds no store"):
        open_store(db_url, create=False)
    open_store(db_url).dispose()
    open_store(db_url, create=False).dispose()


def test_a_version_3_store_gains_the_verdicts_judged_text_and_its_hash(db_url):
    engine = create_engine(db_url)
    upgrade(engine)
    with engine.begin() as conn:  # take it back to what version 3 looked like
        conn.execute(text("DROP TABLE verdicts"))
        conn.execute(
            text(
                "CREATE TABLE verdicts (id INTEGER PRIMARY KEY, comment_id VARCHAR(32), "
                "decision_id INTEGER, previous_decision VARCHAR(16), model VARCHAR(255), "
                "moderator VARCHAR(255), at TIMESTAMP, action VARCHAR(16), labels JSON, "
                "undoes INTEGER)"
            )
        )
        conn.execute(update(tables.schema_version).values(version=3))
    engine.dispose()
    engine = open_store(db_url)
    assert _version(engine) == LATEST
    columns = {column["name"] for column in inspect(engine).get_columns("verdicts")}
    assert {"text_hash", "text"} <= columns  # v4's hash of the judged text, v5's text itself
    engine.dispose()
