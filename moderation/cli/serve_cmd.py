"""`moderation review --db URL`: serve the review queue; a thin shell over `create_app`."""

from __future__ import annotations

from typing import Annotated

import typer

from moderation.store import DEFAULT_DB_URL, open_store

DB_HELP = "Store URL: sqlite:///PATH (default sqlite:///moderation.db) or postgresql://..."


def review(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to all.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the moderators' review queue (log in with an account from `moderation users add`)."""
    import uvicorn  # imported here: only this command needs a server

    from moderation.review.web import create_app

    app = create_app(open_store(db, create=False))
    typer.echo(f"review queue on http://{host}:{port}/ (listening on {host} only)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
