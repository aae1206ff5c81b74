"""The review queue in a real browser: serve the app on a free localhost port, drive Debian's
chromium through Playwright, log in, take a screenshot.

    python docs/screenshot_review.py [--model DIR] [--pages DIR] [--out docs/review-queue.png]

remakes docs/review-queue.png from what `moderation batch` stores for examples/pages with the
bundled model (a throwaway SQLite store; about a minute on 2 CPU cores, most of it the model).
tests/test_review_browser.py drives the queue with the keyboard through the same helpers.
Playwright is only the driver: the browser is /usr/bin/chromium (`apt-get install chromium`,
which `make install` runs), never a download.
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
# Headless, and nothing that talks to the network or to Google on its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MODERATOR, PASSWORD = "moderator", "a screenshot-only password"


@contextmanager
def serve(app, start_timeout: float = 10.0) -> Iterator[str]:
    """Run an ASGI app under uvicorn in a thread on a free 127.0.0.1 port; yields its base URL."""
    import uvicorn

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))  # the port is ours from here on: no race for a free one
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            listener.close()
            raise RuntimeError("the review app did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()


@contextmanager
def chromium(width: int = 1100, height: int = 900):
    """A browser context of headless /usr/bin/chromium with a fresh profile, removed afterwards."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise FileNotFoundError(f"{CHROMIUM}: not installed (apt-get install chromium)")
    with (
        tempfile.TemporaryDirectory(prefix="review-chromium-") as profile,
        sync_playwright() as playwright,
    ):
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height},
        )
        try:
            yield context
        finally:
            context.close()


def log_in(page, base_url: str, name: str, password: str) -> None:
    """Fill and send the login form; returns on the queue page."""
    page.goto(f"{base_url}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("text=Log in")
    if page.url.rstrip("/") != base_url:
        raise RuntimeError(f"login as {name} failed: still on {page.url}")


def screenshot_queue(engine, out: Path) -> None:
    """Log a new moderator in to the queue over `engine` and save the page as a PNG."""
    from moderation.review.users import add_user
    from moderation.review.web import create_app

    add_user(engine, MODERATOR, PASSWORD)
    with serve(create_app(engine)) as base_url, chromium() as context:
        page = context.new_page()
        log_in(page, base_url, MODERATOR, PASSWORD)
        page.screenshot(path=str(out), full_page=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "minilm-moderation")
    parser.add_argument("--pages", type=Path, default=ROOT / "examples" / "pages")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "review-queue.png")
    args = parser.parse_args(argv)

    from moderation.batch import run_batch
    from moderation.errors import ModerationError
    from moderation.store import open_store

    with tempfile.TemporaryDirectory(prefix="review-screenshot-") as folder:
        url = f"sqlite:///{Path(folder) / 'store.db'}"
        try:
            summary = run_batch([args.pages], url, args.model)
            engine = open_store(url)
            try:
                screenshot_queue(engine, args.out)
            finally:
                engine.dispose()
        except (ModerationError, FileNotFoundError, RuntimeError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    print(f"wrote {args.out} ({summary.comments_scored} comments scored)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
