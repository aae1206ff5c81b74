# ruff: noqa: F811  (pytest fixtures imported from store_helpers are parameters by design)
"""The batch as a process: killed with SIGKILL at several points and restarted, refused while
another run holds the store, and stopped cleanly by Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, select
from store_helpers import count, db_url, make_pages  # noqa: F401

from moderation.store.schema import runs

PAGES, PER_PAGE = 150, 4


def _start(db_url, pages_dir, model_dir) -> subprocess.Popen:
    command = [sys.executable, "-m", "moderation.cli", "batch", str(pages_dir)]
    command += ["--db", db_url, "--model", str(model_dir)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stored_pages(db_url) -> int:
    try:
        return count(db_url, "pages")
    except Exception:  # the first run has not created the tables yet
        return 0


def _wait_for_pages(db_url, process, at_least: int, timeout: float = 120) -> bool:
    """Poll the store until `at_least` pages are committed; False if the process ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if _stored_pages(db_url) >= at_least:
            return True
        time.sleep(0.02)
    raise AssertionError(f"no {at_least} pages stored within {timeout} s")


def _runs(db_url):
    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(select(runs).order_by(runs.c.id)).all()
    engine.dispose()
    return rows


@pytest.fixture
def pages_dir(tmp_path):
    make_pages(tmp_path / "pages", pages=PAGES, per_page=PER_PAGE)
    return tmp_path / "pages"


def test_sigkill_at_any_point_then_restart_stores_every_comment_once(
    db_url, pages_dir, tiny_model_dir
):
    killed_mid_run = 0
    for target in (0, 3, PAGES // 3):
        process = _start(db_url, pages_dir, tiny_model_dir)
        if target == 0:
            time.sleep(0.5)  # still importing: nothing stored yet
        elif _wait_for_pages(db_url, process, _stored_pages(db_url) + target):
            killed_mid_run += 1
        process.kill()
        process.communicate()
    assert killed_mid_run >= 2, "the batch ran too fast to be killed mid-run"
    assert _stored_pages(db_url) < PAGES

    final = _start(db_url, pages_dir, tiny_model_dir)
    out, err = final.communicate(timeout=300)
    assert final.returncode == 0, err
    assert count(db_url, "comments") == PAGES * PER_PAGE
    assert count(db_url, "decisions") == PAGES * PER_PAGE  # nothing scored twice
    assert count(db_url, "decisions", lambda t: t.c.is_current) == PAGES * PER_PAGE
    assert count(db_url, "batch_lock") == 0
    history = _runs(db_url)
    assert [r.status for r in history[:-1]] == ["stale"] * (len(history) - 1)
    assert history[-1].status == "completed" and history[-1].ended_at is not None
    assert sum(r.pages_new for r in history) == PAGES  # each run's counts are what it committed
    assert history[-1].pages_skipped == PAGES - history[-1].pages_new
    assert f"run {history[-1].id} completed" in out


def test_a_second_run_is_refused_and_ctrl_c_stops_the_first_cleanly(
    db_url, tmp_path, tiny_model_dir
):
    # Enough pages that the first run is still going after the second has started (torch
    # import: seconds) and been refused; Ctrl-C then stops it long before the end.
    # 8x was not enough on a fast machine: the first run finished while the second started.
    total = 40 * PAGES
    make_pages(tmp_path / "many", pages=total, per_page=PER_PAGE)
    pages_dir = tmp_path / "many"
    first = _start(db_url, pages_dir, tiny_model_dir)
    assert _wait_for_pages(db_url, first, 2), first.communicate()[1]
    second = _start(db_url, pages_dir, tiny_model_dir)
    _, refused = second.communicate(timeout=120)
    assert second.returncode == 1
    assert refused.strip().splitlines() == [refused.strip()]  # one line
    assert refused.startswith("error: the store is in use by batch run 1 (pid ")

    assert first.poll() is None, "the first run ended before it could be interrupted"
    first.send_signal(signal.SIGINT)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 130, err
    (run,) = _runs(db_url)
    assert run.status == "interrupted" and run.ended_at is not None
    assert 0 < run.pages_new == _stored_pages(db_url) < total  # stopped before the end
    assert count(db_url, "comments") == run.pages_new * PER_PAGE
    assert count(db_url, "batch_lock") == 0
    assert "interrupted" in out
