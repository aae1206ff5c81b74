"""`moderation users ...` and `moderation export-reviews`: thin shells over `moderation.review`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from moderation.paths import DEFAULT_DB_URL
from moderation.shown import one_line

if TYPE_CHECKING:  # the store and the accounts are imported when used: `--help` needs neither
    from sqlalchemy import Engine

DB_HELP = "Store URL: sqlite:///PATH (default sqlite:///moderation.db) or postgresql://..."

users_app = typer.Typer(no_args_is_help=True, help="Moderators' accounts for the review queue.")


PASSWORD_STDIN = typer.Option(
    "--password-stdin",
    help="Read the password from the first line of standard input (scripts), not a prompt.",
)


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The moderator's login name.")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
    password_stdin: Annotated[bool, PASSWORD_STDIN] = False,
) -> None:
    """Create a moderator; the password is prompted (hidden, twice) and stored as an argon2 hash."""
    from sqlalchemy.engine import make_url

    from moderation.review.users import add_user
    from moderation.store import sqlite_file_missing

    password = _password(password_stdin)
    new_store = sqlite_file_missing(db)
    with _store(db, create=True) as engine:
        add_user(engine, name, password)
    shown = make_url(db).render_as_string()
    if new_store:  # a mistyped --db is seen at once, not when the queue reads empty
        typer.echo(f"note: {shown} held no store; created a new one", err=True)
    typer.echo(f"added moderator {name.strip()} to {shown}")


@users_app.command("list")
def list_(db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL) -> None:
    """Every moderator's name and when the account was made."""
    from moderation.review.users import list_users

    with _store(db, read_only=True) as engine:
        for name, created in list_users(engine):
            typer.echo(f"{one_line(name)}\t{created}")  # names made before they were checked


@users_app.command("remove")
def remove(
    name: Annotated[str, typer.Argument(help="The moderator's login name.")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
) -> None:
    """End an account: its verdicts stay under its name, its open sessions end."""
    from moderation.review.users import remove_user

    with _store(db) as engine:
        remove_user(engine, name)
    typer.echo(f"removed moderator {name}")


@users_app.command("password")
def password(
    name: Annotated[str, typer.Argument(help="The moderator's login name.")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
    password_stdin: Annotated[bool, PASSWORD_STDIN] = False,
) -> None:
    """Set a new password (prompted twice, or piped); the account's open sessions end."""
    from moderation.review.users import set_password

    new = _password(password_stdin)
    with _store(db) as engine:
        set_password(engine, name, new)
    typer.echo(f"changed the password of {name}")


def _password(from_stdin: bool) -> str:
    """Prompted (hidden, twice) at a terminal; piped in, the first line of standard input, as
    with --password-stdin (a prompt with no terminal echoes, warns and ends in "Aborted.")."""
    if from_stdin or not _at_terminal():
        return sys.stdin.readline().rstrip("\r\n")
    return typer.prompt("Password", hide_input=True, confirmation_prompt=True)


def _at_terminal() -> bool:
    return sys.stdin.isatty()


@contextmanager
def _store(db: str, create: bool = False, read_only: bool = False) -> Iterator[Engine]:
    from moderation.store import open_store

    engine = open_store(db, create=create, read_only=read_only)
    try:
        yield engine
    finally:
        engine.dispose()


def export_reviews(
    out: Annotated[Path, typer.Argument(help="Output JSONL: text plus each label as 1/0.")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
) -> None:
    """Write moderators' verdicts as a labelled set that `moderation train` accepts."""
    from moderation.review import export_reviews as write_reviews

    with _store(db, read_only=True) as engine:
        written = write_reviews(engine, out)
    typer.echo(f"wrote {written} reviewed comments to {out}")
