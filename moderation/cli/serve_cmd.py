"""`moderation review --db URL`: serve the review queue; a thin shell over `create_app`."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

from moderation.errors import ConfigError
from moderation.paths import DEFAULT_DB_URL

DB_HELP = "Store URL: sqlite:///PATH (default sqlite:///moderation.db) or postgresql://..."


def review(
    db: Annotated[str, typer.Option("--db", help=DB_HELP)] = DEFAULT_DB_URL,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 opens it to all.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on (0 to 65535).")] = 8000,
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
    """A port and a host this machine can listen on, checked before the server starts: one
    line naming a port out of range (uvicorn's traceback) or a mistyped host ("999.1.1.1": a
    server error naming no address), as every input error, not click's usage box."""
    if not 0 <= port <= _MAX_PORT:
        raise ConfigError(f"--port: {port} is not a port (0 to {_MAX_PORT})")
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ConfigError(f"--host: {host!r} is no address to listen on ({reason})") from error


_MAX_PORT = 65535
