"""A store another process holds, or one that cannot be written, is one `error:` line and
exit 1 for every command that writes to it, not SQLAlchemy's traceback (blind round 11:
`batch` and `users add` on a store under a backup's lock or on a read-only file)."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from cli_helpers import run_cli
from sqlalchemy.exc import OperationalError

import moderation.review.users


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        ("database is locked", "locked by another process"),
        ("attempt to write a readonly database", "cannot be written"),
    ],
)
def test_a_store_that_cannot_take_a_write_is_one_line(monkeypatch, capsys, tmp_path, reason, said):
    def refused(*_args, **_kwargs):
        raise OperationalError("INSERT INTO users ...", {}, sqlite3.OperationalError(reason))

    monkeypatch.setattr(moderation.review.users, "add_user", refused)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    code, _, err = run_cli(
        monkeypatch, capsys, "users", "add", "erin", "--db", url, "--password-stdin",
        stdin=b"a long enough password\n",
    )  # fmt: skip
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("error: ") and said in err


def test_other_database_errors_are_not_dressed_as_a_store_failure():
    from moderation.cli import _store_failure

    assert "sqlalchemy" in sys.modules
    error = OperationalError("SELECT 1", {}, sqlite3.OperationalError("no such table: users"))
    assert _store_failure(error) is None
    assert _store_failure(ValueError("locked")) is None
