"""`moderation users add` and `moderation export-reviews`: thin shells over `moderation.review`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.engine import make_url

from moderation.review import export_reviews as write_reviews
from moderation.review.users import add_user
from moderation.store import DEFAULT_DB_URL, open_store

DB_HELP = "Store URL: sqlite:///PATH (default sqlite:///moderation.db) or postgresql://..."

users_app = typer.Typer(no_args_is_help=True, help="Moderators' accounts for the review queue.")


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The moderator's login name.")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
    password_stdin: Annotated[
        bool,
        typer.Option(
            "--password-stdin",
            help="Read the password from the first line of standard input (scripts), not a prompt.",
        ),
    ] = False,
) -> None:
    """Create a moderator; the password is prompted (hidden, twice) and stored as an argon2 hash."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    engine = open_store(db)
    try:
        add_user(engine, name, password)
    finally:
        engine.dispose()
    typer.echo(f"added moderator {name.strip()} to {make_url(db).render_as_string()}")


def export_reviews(
    out: Annotated[Path, typer.Argument(help="Output JSONL: text plus each label as 1/0.")],
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
) -> None:
    """Write moderators' verdicts as a labelled set that `moderation train` accepts."""
    engine = open_store(db, create=False)
    try:
        written = write_reviews(engine, out)
    finally:
        engine.dispose()
    typer.echo(f"wrote {written} reviewed comments to {out}")
