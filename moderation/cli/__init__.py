"""The `moderation` command: a thin shell over the library, one module per subcommand."""

import sys

import typer

from moderation.errors import ModerationError
from moderation.shown import print_error

# Comment text is personal data: never print local variables in tracebacks.
app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    help="Moderate reader comments: parse pages, score comments, decide.",
)


def _register() -> None:
    """Attach every subcommand; each lives in its own module."""
    from moderation.cli import data_cmd, evaluate_cmd, moderate_cmd, parse_cmd, train_cmd

    app.command("parse")(parse_cmd.parse)
    app.command("train")(train_cmd.train)
    app.command("teach")(train_cmd.teach)
    app.add_typer(data_cmd.data_app, name="data")
    app.command("moderate")(moderate_cmd.moderate)
    app.command("evaluate")(evaluate_cmd.evaluate)
    from moderation.cli import batch_cmd

    app.command("batch")(batch_cmd.batch)
    from moderation.cli import review_cmd

    app.add_typer(review_cmd.users_app, name="users")
    app.command("export-reviews")(review_cmd.export_reviews)
    from moderation.cli import serve_cmd

    app.command("review")(serve_cmd.review)


_register()


def main() -> None:
    """Console entry point: library errors, and a store another process holds or that cannot
    be written, become one line on stderr and exit code 1."""
    try:
        app()
    except ModerationError as error:
        print_error(error)
        sys.exit(1)
    except Exception as error:
        if (reason := _store_failure(error)) is None:
            raise
        print_error(reason)
        sys.exit(1)


def _store_failure(error: Exception) -> str | None:
    """What a database error says to the user when the store is locked by another process or
    cannot be written (a read-only file); None for any other error. SQLAlchemy is imported
    only here, once it has raised: building the CLI does not load it."""
    if "sqlalchemy" not in sys.modules:
        return None
    from sqlalchemy.exc import OperationalError

    if not isinstance(error, OperationalError):
        return None
    message = str(error.orig).lower()
    if "locked" in message or "could not obtain lock" in message:
        return (
            "the store is locked by another process (an open transaction or a backup); "
            "nothing was written: try again when it is done"
        )
    if "readonly" in message or "read-only" in message:
        return "the store cannot be written (its file is read-only); nothing was written"
    return None
