"""`moderation review --db URL`: serve the review queue; a thin shell over `create_app`."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from moderation.paths import DEFAULT_DB_URL

DB_HELP = "Store URL: sqlite:///PATH (default sqlite:///moderation.db) or postgresql://..."


def review(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to all.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Serve the moderators' review queue (log in with an account from `moderation users add`)."""
    import uvicorn  # imported here: only this command needs a server

    from moderation.review.web import create_app
    from moderation.store import open_store

    _check_address(host, port)
    app = create_app(open_store(db, create=False))
    typer.echo(f"review queue on http://{host}:{port}/ (listening on {host} only)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _check_address(host: str, port: int) -> None:
    """A host this machine can listen on, checked before the server starts: a mistyped one
    ("999.1.1.1") is a usage error naming it, not a server error naming nothing."""
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise typer.BadParameter(
            f"{host!r} is no address to listen on ({reason})", param_hint="'--host'"
        ) from error
