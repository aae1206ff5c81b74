"""The review queue in a real headless chromium: a moderator logs in, reviews three comments
with the keyboard and undoes one; the verdicts table and `export-reviews` hold exactly that, and
no stranger's payload runs. Skips where /usr/bin/chromium is missing (`make install` adds it)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from review_helpers import seed
from sqlalchemy import select
from typer.testing import CliRunner

from moderation.cli import app
from moderation.review.users import add_user
from moderation.review.web import create_app
from moderation.store import open_store
from moderation.store.schema import verdicts

pytest.importorskip("playwright.sync_api", reason="playwright not installed (the dev extra)")


def _load_screenshot_script():
    """docs/screenshot_review.py holds the server and browser helpers the screenshot uses."""
    path = Path(__file__).resolve().parents[1] / "docs" / "screenshot_review.py"
    spec = importlib.util.spec_from_file_location("screenshot_review", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


browser = _load_screenshot_script()
pytestmark = pytest.mark.skipif(
    not browser.CHROMIUM.exists(),
    reason=f"{browser.CHROMIUM} missing: `make install` installs Debian's chromium with apt-get",
)

PASSWORD = "a long enough secret"
ROWS = [  # queue order is this order: scores fall row by row
    {"text": "<script>alert(1)</script> you people are vermin", "decision": "review", "score": 0.9},
    {"text": '<img src=x onerror="alert(2)"> total scum', "decision": "review", "score": 0.8},
    {"text": '<a href="javascript:alert(3)">click</a> idiot', "decision": "review", "score": 0.7},
    {"text": "shut up, you clown", "decision": "review", "score": 0.6},
    {"text": "nobody asked you either", "decision": "review", "score": 0.55, "parent": "c3"},
]


@pytest.fixture(scope="module")
def chromium():
    with browser.chromium() as context:  # one browser start for the module: ~2 s each
        yield context


@pytest.fixture
def page(chromium):
    chromium.clear_cookies()
    page = chromium.new_page()
    yield page
    page.close()


@pytest.fixture
def store(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    engine = open_store(url)
    seed(engine, ROWS)
    add_user(engine, "alice", PASSWORD)
    yield url, engine
    engine.dispose()


def _selected(page) -> str:
    return page.locator("article.selected").get_attribute("id")


def _act(page, key: str) -> None:
    """Press a key that posts a form, and wait for the queue to load again."""
    with page.expect_navigation():
        page.keyboard.press(key)


def test_keyboard_review_undo_and_export(store, page, tmp_path):
    url, engine = store
    dialogs, errors = [], []
    with browser.serve(create_app(engine)) as base_url:
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        browser.log_in(page, base_url, "alice", PASSWORD)
        assert page.locator("article img, article a, article script").count() == 0
        assert page.locator(".keys").is_visible()  # the script ran (script-src 'self')
        assert _selected(page) == "comment-c0"

        _act(page, "a")  # approve c0
        assert _selected(page) == "comment-c1"  # the next one moved up into its place
        page.keyboard.press("j")
        assert _selected(page) == "comment-c2"
        _act(page, "r")  # remove c2
        assert _selected(page) == "comment-c3"  # the selection keeps its position
        for key in "123":  # c3 had abusive ticked: now antisemitic and violent
            page.keyboard.press(key)
        boxes = page.locator("#comment-c3 input.label")
        assert [boxes.nth(n).is_checked() for n in range(3)] == [True, True, False]
        _act(page, "s")  # set those labels on c3
        assert "review (2)" in page.locator(".tabs").inner_text()
        _act(page, "u")  # undo: c3 is back
        assert "review (3)" in page.locator(".tabs").inner_text()
        assert page.locator("#comment-c3").count() == 1
        page.screenshot(path=str(tmp_path / "queue.png"), full_page=True)

    assert dialogs == [] and errors == []  # no payload ran, nothing the CSP had to block
    assert (tmp_path / "queue.png").read_bytes().startswith(b"\x89PNG")
    with engine.connect() as conn:
        audit = conn.execute(
            select(
                verdicts.c.comment_id,
                verdicts.c.moderator,
                verdicts.c.action,
                verdicts.c.labels,
                verdicts.c.undoes,
            ).order_by(verdicts.c.id)
        ).all()
    assert [tuple(row) for row in audit] == [
        ("c0", "alice", "approve", [], None),
        ("c2", "alice", "remove", ["abusive"], None),
        ("c3", "alice", "relabel", ["antisemitic", "violent"], None),
        ("c3", "alice", "undo", [], 3),
    ]
    out = tmp_path / "reviews.jsonl"
    result = CliRunner().invoke(app, ["export-reviews", "--db", url, str(out)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in out.read_text().splitlines()] == [
        {"id": "c0", "text": ROWS[0]["text"], "antisemitic": 0, "violent": 0, "abusive": 0},
        {"id": "c2", "text": ROWS[2]["text"], "antisemitic": 0, "violent": 0, "abusive": 1},
    ]


def test_without_the_script_the_buttons_still_work(store, page):
    _, engine = store
    page.route("**/static/review.js", lambda route: route.abort())  # as if it failed to load
    with browser.serve(create_app(engine)) as base_url:
        browser.log_in(page, base_url, "alice", PASSWORD)
        assert not page.locator(".keys").is_visible()  # no key legend when keys can't work
        with page.expect_navigation():
            page.locator("#comment-c1 button[value=remove]").click()
        assert "review (4)" in page.locator(".tabs").inner_text()
        assert page.locator("#comment-c1").count() == 0
