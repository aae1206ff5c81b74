"""The review queue as a server-rendered web app (Starlette + autoescaped Jinja2): login, the two
tabs, one-click verdicts and undo; every POST checks the session's CSRF token. One static script
(static/review.js) adds the keys; every action also works as a plain form without it."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from sqlalchemy import Engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from moderation.errors import AlreadyJudged, ReviewError
from moderation.review.guard import CSRF_FIELD, LoginLimiter, csrf_ok, csrf_token
from moderation.review.queue import TABS, counts, queue
from moderation.review.users import check_password, credentials
from moderation.review.verdicts import labels_behind, record_verdict, undo_last

SESSION_SECONDS = 8 * 3600  # one shift; the signed cookie is refused after this
STATIC_DIR = Path(__file__).parent / "static"
# Only our own static script and stylesheet: no inline script or style, no eval, no plugin, no
# outside resource, so a payload that slipped past escaping still can't run.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


def create_app(
    engine: Engine,
    secret_key: str | None = None,
    session_seconds: int = SESSION_SECONDS,
    limiter: LoginLimiter | None = None,
) -> Starlette:
    """The app over one store. Sessions live in this process: a restart logs everyone out, and
    a logout ends its session for every copy of the cookie."""
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
    templates = Jinja2Templates(env=env)
    limiter = limiter or LoginLimiter()
    # Sessions this server started and has not ended, each with the account's hash at login:
    # the signed cookie alone would stay valid after logout for as long as anyone kept a copy
    # of it, and after `users remove` or `users password` the session ends with the account.
    live: dict[str, str] = {}

    def signed_in(request: Request) -> str | None:
        user, sid = request.session.get("user"), request.session.get("sid")
        if not user or sid not in live:
            return None
        if credentials(engine, user) != live[sid]:
            del live[sid]
            return None
        return user

    def page(request: Request, name: str, status: int = 200, **context) -> Response:
        context["csrf"] = csrf_token(request.session)
        response = templates.TemplateResponse(request, name, context, status_code=status)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        # readers' comments and moderators' names: never kept in a shared desk's browser cache,
        # where Back after logout would show them to the next person
        response.headers["Cache-Control"] = "no-store"
        return response

    async def checked_form(request: Request):
        form = await request.form()
        if not csrf_ok(request.session, form.get(CSRF_FIELD)):
            return None
        return form

    async def login(request: Request) -> Response:
        if request.method == "GET":
            return page(request, "login.html")
        form = await checked_form(request)
        if form is None:
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        name = str(form.get("name", ""))
        address = request.client.host if request.client else "?"
        if limiter.blocked(name, address):
            return page(request, "login.html", 429, error="Too many failed logins; wait a while.")
        if not check_password(engine, name, str(form.get("password", ""))):
            limiter.failed(name, address)
            return page(request, "login.html", 401, error="Wrong name or password.")
        request.session.clear()  # a fresh session (and CSRF token) at login
        request.session["user"] = name
        request.session["sid"] = sid = secrets.token_urlsafe(24)
        live[sid] = credentials(engine, name) or ""
        return RedirectResponse("/", status_code=303)

    async def logout(request: Request) -> Response:
        if await checked_form(request) is None:
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        live.pop(request.session.get("sid"), None)  # a copy of the cookie is refused from now on
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    async def review(request: Request) -> Response:
        user = signed_in(request)
        if not user:
            return RedirectResponse("/login", status_code=303)
        tab = request.query_params.get("tab", "review")
        if tab not in TABS:
            tab = "review"
        items = [_shown(item) for item in queue(engine, tab, limit=50)]
        return page(
            request, "queue.html", user=user, tab=tab, tabs=TABS, counts=counts(engine), items=items
        )

    async def act(request: Request) -> Response:
        user = signed_in(request)
        if not user:
            return RedirectResponse("/login", status_code=303)
        form = await checked_form(request)
        if form is None:
            return PlainTextResponse("missing or wrong CSRF token", status_code=403)
        tab = form.get("tab") if form.get("tab") in TABS else "review"
        try:
            if request.url.path == "/undo":
                undo_last(engine, user)
            else:
                action = str(form.get("action", ""))
                # Remove records the ticked labels (ticked at first: what a removal says is
                # true, `labels_behind`); none ticked leaves that choice to the removal too.
                ticked = [str(label) for label in form.getlist("label")]
                labels = ticked if action == "relabel" else (ticked or None)
                comment_id = str(form.get("comment_id", ""))
                record_verdict(engine, comment_id, user, action, labels, first_only=True)
        except AlreadyJudged as error:  # a page left open while a colleague judged it
            return PlainTextResponse(f"{error}: reload the queue", status_code=409)
        except ReviewError as error:
            return PlainTextResponse(str(error), status_code=400)
        return RedirectResponse(f"/?tab={tab}", status_code=303)

    routes = [
        Route("/", review),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/verdict", act, methods=["POST"]),
        Route("/undo", act, methods=["POST"]),
        Mount("/static", app=_StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    session = Middleware(
        SessionMiddleware,
        secret_key=secret_key or secrets.token_urlsafe(32),
        max_age=session_seconds,
        same_site="strict",
    )
    return Starlette(routes=routes, middleware=[session], lifespan=_closing(engine))


def _closing(engine: Engine):
    """At the server's shutdown, the store's connections closed: that folds SQLite's
    write-ahead log into the store's file, so that a copy of the file alone (an archive, a
    backup) holds every verdict given. (uvicorn re-raises SIGTERM after its graceful
    shutdown, so code after `uvicorn.run` never runs.)"""

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        engine.dispose()

    return lifespan


class _StaticFiles(StaticFiles):
    """The script and stylesheet, sent with nosniff so a browser runs them only as what they are."""

    async def get_response(self, path: str, scope) -> Response:
        response = await super().get_response(path, scope)
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


def _shown(item) -> dict:
    """A queue item split around its evidence span, so the template escapes each part."""
    text, start, end = item.text, item.evidence_start, item.evidence_end
    if start is None or end is None or not 0 <= start < end <= len(text):
        start = end = 0
    return {
        "item": item,
        "ticked": set(labels_behind(item.labels, item.scores)),
        "before": text[:start],
        "evidence": text[start:end],
        "after": text[end:],
    }
