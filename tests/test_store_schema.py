# ruff: noqa: F811  (pytest fixtures imported from store_helpers are parameters by design)
"""The store's schema: created at the latest version, upgraded from older ones, and refused
when it is newer than the code or not a store at all."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, select, text, update
from store_helpers import db_url  # noqa: F401

from moderation.errors import StoreError
from moderation.store import LATEST, open_store
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
    assert _version(engine) == LATEST == 3
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
