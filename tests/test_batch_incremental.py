# ruff: noqa: F811  (pytest fixtures imported from store_helpers are parameters by design)
"""The batch over the same, changed, broken and re-modelled pages: only what changed is scored."""

from __future__ import annotations

import os
import time
from datetime import datetime

from sqlalchemy import create_engine, select
from store_helpers import (  # noqa: F401  (fixtures)
    comment_text,
    count,
    db_url,
    make_pages,
    other_model_dir,
    tiny_moderator,
    write_export,
)

from moderation.batch import run_batch
from moderation.engine import Moderator
from moderation.store.schema import comments, decisions, pages, runs


def _rows(url, query):
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    engine.dispose()
    return rows


def test_first_run_stores_every_comment_once_and_a_rerun_adds_nothing(
    db_url, tiny_moderator, tmp_path
):
    make_pages(tmp_path / "pages", pages=5, per_page=4)
    first = run_batch([tmp_path / "pages"], db_url, moderator=tiny_moderator)
    assert first.status == "completed"
    assert first.pages["new"] == 5 and first.comments_scored == 20
    again = run_batch([tmp_path / "pages"], db_url, moderator=tiny_moderator)
    assert again.pages["skipped"] == 5 and again.comments_scored == 0
    assert count(db_url, "comments") == 20
    assert count(db_url, "decisions") == 20
    assert count(db_url, "pages") == 5
    statuses = _rows(db_url, select(runs.c.status, runs.c.pages_new, runs.c.pages_skipped))
    assert [tuple(r) for r in statuses] == [("completed", 5, 0), ("completed", 0, 5)]


def test_a_changed_page_rescores_only_its_edited_and_new_comments(db_url, tiny_moderator, tmp_path):
    paths = make_pages(tmp_path / "pages", pages=3, per_page=4)
    run_batch([tmp_path / "pages"], db_url, moderator=tiny_moderator)
    before = dict(_rows(db_url, select(decisions.c.comment_id, decisions.c.id)))
    edited = [
        {"id": "p0-0", "author": "reader0", "text": comment_text(0, 0)},
        {"id": "p0-1", "author": "reader1", "text": "Edited: I take that back entirely."},
        {"id": "p0-2", "author": "reader2", "text": comment_text(0, 2)},
        {"id": "p0-new", "author": "late", "text": "A late reply to the story."},
    ]  # p0-3 is gone from the page
    write_export(paths[0], edited)
    summary = run_batch([tmp_path / "pages"], db_url, moderator=tiny_moderator)
    assert summary.pages == {"new": 0, "changed": 1, "rescored": 0, "skipped": 2, "failed": 0}
    assert summary.comments_scored == 2  # the edited one and the new one
    assert count(db_url, "comments") == 13
    assert count(db_url, "decisions") == 14  # 12 + 2, the edited comment's old one kept
    assert count(db_url, "decisions", lambda t: t.c.is_current) == 13
    after = dict(
        _rows(db_url, select(decisions.c.comment_id, decisions.c.id).where(decisions.c.is_current))
    )
    unchanged = [cid for cid in before if before[cid] == after.get(cid)]
    assert len(unchanged) == 11  # all but the edited one keep their decision row
    missing = _rows(
        db_url, select(comments.c.page_comment_id).where(comments.c.missing_since.is_not(None))
    )
    assert [r[0] for r in missing] == ["p0-3"]


def test_pages_without_ids_match_comments_by_content(db_url, tiny_moderator, tmp_path):
    (path,) = make_pages(tmp_path / "pages", pages=1, per_page=3, site_ids=False)
    run_batch([path], db_url, moderator=tiny_moderator)
    lines = path.read_text().splitlines()
    path.write_text(
        '{"author": "first", "text": "A new comment on top."}\n' + "\n".join(lines) + "\n"
    )
    summary = run_batch([path], db_url, moderator=tiny_moderator)
    assert summary.pages["changed"] == 1 and summary.comments_scored == 1  # c1..c3 shifted, matched
    assert count(db_url, "comments") == 4


def test_a_page_that_fails_to_parse_is_recorded_and_the_run_goes_on(
    db_url, tiny_moderator, tmp_path
):
    make_pages(tmp_path / "pages", pages=2, per_page=2)
    (tmp_path / "pages" / "broken.html").write_bytes(b"\x00\x01\x02" * 100)
    summary = run_batch([tmp_path / "pages"], db_url, moderator=tiny_moderator)
    assert summary.status == "completed"
    assert summary.pages["failed"] == 1 and summary.pages["new"] == 2
    failed = _rows(db_url, select(pages.c.source, pages.c.error).where(pages.c.status == "failed"))
    assert failed[0].source.endswith("broken.html") and "broken.html" in failed[0].error
    assert _rows(db_url, select(runs.c.pages_failed))[0][0] == 1


def test_a_link_to_a_page_that_is_gone_is_a_failed_page_not_skipped(
    db_url, tiny_moderator, tmp_path
):
    """A dangling link was skipped in silence: no failed line, 0 failed (blind functional
    test, round 10); a cron job watching the failures would never see it."""
    make_pages(tmp_path / "pages", pages=1, per_page=2)
    os.symlink(tmp_path / "gone.html", tmp_path / "pages" / "gone.html")
    summary = run_batch(
        [tmp_path / "pages"], db_url, moderator=tiny_moderator, since=datetime(2000, 1, 1)
    )
    assert summary.pages["failed"] == 1 and summary.pages["new"] == 1
    failed = _rows(db_url, select(pages.c.source).where(pages.c.status == "failed"))
    assert failed[0].source.endswith("gone.html")


def test_a_file_name_that_is_not_utf8_is_stored_under_its_escaped_name(
    db_url, tiny_moderator, tmp_path
):
    """A page named in Latin-1 bytes ("caf\\xe9.jsonl", copied from an old system) killed the
    whole run with UnicodeEncodeError, and no page was stored (blind functional round 11)."""
    make_pages(tmp_path / "pages", pages=1, per_page=2)
    odd = os.fsencode(tmp_path / "pages") + b"/caf\xe9.jsonl"
    with open(odd, "wb") as handle:
        handle.write(b'{"text": "Nice idea for the square.", "author": "Bo"}\n')
    summary = run_batch([tmp_path / "pages"], db_url, moderator=tiny_moderator)
    assert summary.status == "completed" and summary.pages["new"] == 2
    sources = [row.source for row in _rows(db_url, select(pages.c.source))]
    assert any(source.endswith("caf\\xe9.jsonl") for source in sources)


def test_a_new_model_rescores_unchanged_pages_and_keeps_history(
    db_url, tiny_moderator, other_model_dir, tmp_path
):
    make_pages(tmp_path / "pages", pages=2, per_page=3)
    run_batch([tmp_path / "pages"], db_url, moderator=tiny_moderator)
    summary = run_batch([tmp_path / "pages"], db_url, model_dir=other_model_dir)
    assert summary.pages["rescored"] == 2 and summary.comments_scored == 6
    models = _rows(
        db_url, select(decisions.c.model, decisions.c.is_current).order_by(decisions.c.id)
    )
    assert {tuple(m) for m in models[:6]} == {("tiny-test@0.0.1", False)}
    assert {tuple(m) for m in models[6:]} == {("tiny-test@0.0.2", True)}


def test_rescore_reaches_stored_pages_whose_files_are_gone(
    db_url, tiny_moderator, other_model_dir, tmp_path
):
    old = make_pages(tmp_path / "old", pages=2, per_page=2)
    run_batch([tmp_path / "old"], db_url, moderator=tiny_moderator)
    for path in old:
        path.unlink()
    make_pages(tmp_path / "today", pages=1, per_page=2)
    newer = Moderator(other_model_dir)
    plain = run_batch([tmp_path / "today"], db_url, moderator=newer)
    assert (
        count(db_url, "decisions", lambda t: t.c.is_current & (t.c.model == "tiny-test@0.0.1")) == 4
    )
    summary = run_batch([tmp_path / "today"], db_url, moderator=newer, rescore=True)
    assert plain.pages["new"] == 1
    assert summary.pages["rescored"] == 2 and summary.comments_scored == 4
    assert (
        count(db_url, "decisions", lambda t: t.c.is_current & (t.c.model == "tiny-test@0.0.1")) == 0
    )
    assert count(db_url, "decisions") == 10


def test_since_reads_only_files_modified_after_the_date(db_url, tiny_moderator, tmp_path):
    old, new = make_pages(tmp_path / "pages", pages=2, per_page=2)
    last_week = time.time() - 7 * 86400
    os.utime(old, (last_week, last_week))
    since = datetime.fromtimestamp(time.time() - 86400)
    summary = run_batch([tmp_path / "pages"], db_url, moderator=tiny_moderator, since=since)
    assert summary.pages["new"] == 1
    assert _rows(db_url, select(pages.c.source))[0][0] == str(new.resolve())
