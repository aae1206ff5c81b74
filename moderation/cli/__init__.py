"""The `moderation` command: a thin shell over the library, one module per subcommand."""

import sys

import typer

from moderation.errors import ModerationError

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
    """Console entry point: library errors become one line on stderr and exit code 1."""
    try:
        app()
    except ModerationError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
