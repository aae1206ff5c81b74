"""Commands that only read a store (`users list`, `export-reviews`) open it read-only: a store on
a read-only mount or an archived copy can still be listed and exported, and is never changed.

A read-only folder is made here by a WAL index that cannot be created (a `-shm` link to nowhere):
the failure SQLite gives for a read-only folder, and one that file permissions (void for root)
cannot fake."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from review_helpers import seed
from sqlalchemy import update
from typer.testing import CliRunner

from moderation.cli import app
from moderation.errors import StoreError
from moderation.review import record_verdict
from moderation.review.users import add_user
from moderation.store import LATEST, open_store
from moderation.store import schema as tables

runner = CliRunner()


@pytest.fixture
def unwritable_store(tmp_path) -> Path:
    """A store with one moderator and one verdict, whose WAL index cannot be made."""
    path = tmp_path / "store.db"
    engine = open_store(f"sqlite:///{path}")
    seed(engine, [{"text": "a rude remark", "decision": "review", "score": 0.7}])
    add_user(engine, "alice", "a long enough secret")
    record_verdict(engine, "c0", "alice", "remove")
    engine.dispose()  # the last connection checkpoints the WAL and removes its files
    path.with_name("store.db-shm").symlink_to(tmp_path / "no such folder" / "shm")
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_users_list_and_export_read_a_store_they_cannot_write_beside(unwritable_store, tmp_path):
    before = _digest(unwritable_store)
    url = f"sqlite:///{unwritable_store}"
    listed = runner.invoke(app, ["users", "list", "--db", url])
    assert listed.exit_code == 0, listed.output
    assert listed.output.startswith("alice\t")
    out = tmp_path / "reviews.jsonl"
    exported = runner.invoke(app, ["export-reviews", "--db", url, str(out)])
    assert exported.exit_code == 0, exported.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["c0"]
    assert _digest(unwritable_store) == before


def test_a_command_that_writes_there_is_one_clear_error(unwritable_store):
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(f"sqlite:///{unwritable_store}")


def test_a_read_only_open_neither_creates_nor_upgrades(tmp_path):
    missing = tmp_path / "typo.db"
    with pytest.raises(StoreError, match="no store there"):
        open_store(f"sqlite:///{missing}", read_only=True)
    assert not missing.exists()

    older = tmp_path / "older.db"
    engine = open_store(f"sqlite:///{older}")
    with engine.begin() as conn:
        conn.execute(update(tables.schema_version).values(version=LATEST - 1))
    engine.dispose()
    with pytest.raises(StoreError, match=f"version {LATEST - 1}, older than this code's"):
        open_store(f"sqlite:///{older}", read_only=True)
    engine = open_store(f"sqlite:///{older}")  # a writing command upgrades it as before
    engine.dispose()
    open_store(f"sqlite:///{older}", read_only=True).dispose()


def test_a_store_in_a_folder_that_does_not_exist_says_so_not_read_only(tmp_path):
    """The line said "its folder is read-only" for a mistyped folder (blind functional test,
    round 10)."""
    missing = tmp_path / "no" / "such"
    with pytest.raises(StoreError, match=f"its folder {missing} does not exist"):
        open_store(f"sqlite:///{missing / 'store.db'}")
