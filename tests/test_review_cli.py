# ruff: noqa: F811  (pytest fixtures imported from store_helpers are parameters by design)
"""The review commands: `users add` prompts for a hidden, confirmed password; `export-reviews`
writes the verdicts file."""

from __future__ import annotations

import json

import pytest
from review_helpers import seed
from sqlalchemy import select
from store_helpers import db_url  # noqa: F401
from typer.testing import CliRunner

from moderation.cli import app
from moderation.errors import ConfigError, ReviewError
from moderation.review import record_verdict
from moderation.review.users import add_user, check_password
from moderation.store import open_store
from moderation.store.schema import users

runner = CliRunner()


@pytest.fixture
def at_terminal(monkeypatch):
    """Standard input a terminal, as a person at a prompt has (CliRunner's is a pipe)."""
    monkeypatch.setattr("moderation.cli.review_cmd._at_terminal", lambda: True)


def test_users_add_prompts_twice_and_stores_a_hash(db_url, at_terminal):
    password = "a long enough secret"
    result = runner.invoke(
        app, ["users", "add", "alice", "--db", db_url], input=f"{password}\n{password}\n"
    )
    assert result.exit_code == 0, result.output
    assert f"added moderator alice to {db_url}" in result.output
    assert password not in result.output  # the prompt does not echo it
    engine = open_store(db_url)
    assert check_password(engine, "alice", password)
    with engine.connect() as conn:
        assert password not in conn.execute(select(users.c.password_hash)).scalar_one()
    engine.dispose()


def test_users_add_refuses_a_mismatched_confirmation(db_url, at_terminal):
    result = runner.invoke(
        app,
        ["users", "add", "bob", "--db", db_url],
        input="a long enough secret\nanother long secret\n" * 3,
    )
    assert result.exit_code != 0
    engine = open_store(db_url)
    assert not check_password(engine, "bob", "a long enough secret")
    engine.dispose()


def test_users_add_a_taken_name_is_a_review_error(db_url):
    secret = "a long enough secret\n" * 2
    runner.invoke(app, ["users", "add", "carol", "--db", db_url], input=secret)
    result = runner.invoke(app, ["users", "add", "carol", "--db", db_url], input=secret)
    assert isinstance(result.exception, ReviewError)  # main() prints it as one line


def test_export_reviews_writes_the_verdicts(db_url, tmp_path):
    engine = open_store(db_url)
    seed(engine, [{"text": "<b>rude</b> remark", "decision": "review", "score": 0.7}])
    record_verdict(engine, "c0", "alice", "remove")
    engine.dispose()
    out = tmp_path / "reviews.jsonl"
    result = runner.invoke(app, ["export-reviews", "--db", db_url, str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 1 reviewed comments" in result.output
    assert [json.loads(line) for line in out.read_text().splitlines()] == [
        {"id": "c0", "text": "<b>rude</b> remark", "antisemitic": 0, "violent": 0, "abusive": 1}
    ]


@pytest.mark.parametrize("command", [["users", "--help"], ["export-reviews", "--help"]])
def test_the_commands_are_registered(command):
    assert runner.invoke(app, command).exit_code == 0


def test_review_listens_on_localhost_by_default_and_says_so(db_url, monkeypatch):
    import uvicorn

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **_: served.update(host=host))
    open_store(db_url).dispose()  # a batch made it
    result = runner.invoke(app, ["review", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert served == {"host": "127.0.0.1"}
    assert "listening on 127.0.0.1" in result.output


def test_a_file_that_is_no_database_or_an_unwritable_export_is_one_line(tmp_path):
    """Both gave a traceback: a store path naming a text file, an export under a file."""
    from moderation.errors import StoreError

    notes = tmp_path / "notes.db"
    notes.write_text("just notes\n")
    with pytest.raises(StoreError, match="notes.db: cannot open the store"):
        open_store(f"sqlite:///{notes}")
    store = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(store).dispose()
    (tmp_path / "afile").write_text("")
    result = CliRunner().invoke(
        app, ["export-reviews", "--db", store, str(tmp_path / "afile" / "out.jsonl")]
    )
    assert result.exit_code != 0 and isinstance(result.exception, ReviewError)
    assert "cannot write" in str(result.exception)


def test_the_queue_and_the_export_refuse_a_mistyped_store(tmp_path, monkeypatch):
    """Both created an empty store at the mistyped path and showed nothing to review."""
    import uvicorn

    from moderation.errors import StoreError

    monkeypatch.setattr(uvicorn, "run", lambda *_, **__: None)
    typo = f"sqlite:///{tmp_path / 'typo.db'}"
    for command in (["review"], ["export-reviews", str(tmp_path / "out.jsonl")]):
        result = runner.invoke(app, [*command, "--db", typo])
        assert result.exit_code != 0 and isinstance(result.exception, StoreError)
        assert "no store there" in str(result.exception)
    assert not (tmp_path / "typo.db").exists()


def test_users_add_reads_a_piped_password_with_password_stdin(db_url):
    """Scripts pipe the password once; no prompt, no terminal warning (blind functional test,
    round 4: a piped password printed getpass's "may be echoed" warning)."""
    password = "a long enough secret"
    result = runner.invoke(
        app, ["users", "add", "dave", "--db", db_url, "--password-stdin"], input=f"{password}\n"
    )
    assert result.exit_code == 0, result.output
    assert "Password" not in result.output and password not in result.output
    engine = open_store(db_url)
    assert check_password(engine, "dave", password)
    engine.dispose()


def test_users_list_remove_and_password_manage_accounts(db_url):
    engine = open_store(db_url)
    add_user(engine, "erin", "a long enough secret")
    add_user(engine, "frank", "a long enough secret")
    listed = runner.invoke(app, ["users", "list", "--db", db_url])
    assert listed.exit_code == 0 and [
        line.split("\t")[0] for line in listed.stdout.splitlines()
    ] == [
        "erin",
        "frank",
    ]
    new = "a brand new long secret"
    changed = runner.invoke(
        app, ["users", "password", "erin", "--db", db_url, "--password-stdin"], input=f"{new}\n"
    )
    assert changed.exit_code == 0, changed.output
    assert check_password(engine, "erin", new)
    assert not check_password(engine, "erin", "a long enough secret")
    assert runner.invoke(app, ["users", "remove", "frank", "--db", db_url]).exit_code == 0
    assert runner.invoke(app, ["users", "list", "--db", db_url]).stdout.split("\t")[0] == "erin"
    engine.dispose()


@pytest.mark.parametrize("command", [["remove"], ["password", "--password-stdin"]])
def test_users_commands_on_an_unknown_name_are_review_errors(db_url, command):
    open_store(db_url).dispose()
    args = ["users", command[0], "nobody", "--db", db_url, *command[1:]]
    result = runner.invoke(app, args, input="a long enough secret\n")
    assert isinstance(result.exception, ReviewError)  # main() prints it as one line


def test_users_list_on_a_mistyped_store_is_an_error_not_a_new_store(tmp_path):
    result = runner.invoke(app, ["users", "list", "--db", f"sqlite:///{tmp_path / 'typo.db'}"])
    assert result.exit_code != 0 and not (tmp_path / "typo.db").exists()


def test_users_add_says_when_it_made_a_new_store(tmp_path):
    """A mistyped --db made a new store in silence and the moderator could not log in to the
    real one (found by a blind functional test): the store is still made, for a setup that adds
    moderators before the first batch, but the command says so."""
    url = f"sqlite:///{tmp_path / 'new.db'}"
    piped = ["--password-stdin"]
    first = runner.invoke(
        app, ["users", "add", "gail", "--db", url, *piped], input="a long enough secret\n"
    )
    assert first.exit_code == 0 and "created a new one" in first.stderr
    second = runner.invoke(
        app, ["users", "add", "hal", "--db", url, *piped], input="a long enough secret\n"
    )
    assert second.exit_code == 0 and "created a new one" not in second.stderr


def test_a_password_piped_without_password_stdin_is_read_from_the_pipe(db_url):
    """Piped with no terminal, the prompt echoed, warned and ended in "Aborted." with no word
    on the password's rule (blind functional test, round 10); the help says "or piped"."""
    runner.invoke(app, ["users", "add", "erin", "--db", db_url], input="a long enough secret\n")
    result = runner.invoke(app, ["users", "password", "erin", "--db", db_url], input="\n\n")
    assert isinstance(result.exception, ReviewError) and "12 characters" in str(result.exception)
    result = runner.invoke(
        app, ["users", "password", "erin", "--db", db_url], input="another long secret\n"
    )
    assert result.exit_code == 0, result.output
    engine = open_store(db_url)
    assert check_password(engine, "erin", "another long secret")
    engine.dispose()


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--port", "70000", "65535"),
        ("--port", "-5", "--port"),
        ("--host", "999.1.1.1", "999.1.1.1"),
    ],
)
def test_review_refuses_a_port_out_of_range_or_a_host_it_cannot_use_in_one_line(
    db_url, option, value, said
):
    """A port over 65535 ended in uvicorn's traceback, a mistyped host in an error naming no
    address (blind functional test, round 10): one line naming them, before serving."""
    open_store(db_url).dispose()
    result = runner.invoke(app, ["review", "--db", db_url, option, value])
    assert isinstance(result.exception, ConfigError)  # main() prints it as one line, exit 1
    assert said in str(result.exception) and option in str(result.exception)
    assert "review queue on" not in result.output
