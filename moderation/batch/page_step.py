"""One page of a batch: read, skip if unchanged, parse, score only what is new or changed, and
commit it all in one transaction, so a run killed at any moment leaves the page either wholly
stored or not at all."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from moderation.batch.sources import store_key
from moderation.batch.types import CHANGED, FAILED, NEW, RESCORED, SKIPPED, PageResult
from moderation.engine import Decision
from moderation.errors import PageError
from moderation.parse import parse_page
from moderation.parse.decode import check_size
from moderation.store.decisions import save_decisions
from moderation.store.ids import stable_ids, text_hash
from moderation.store.pages import (
    StoredComment,
    StoredPage,
    find_page,
    page_comments,
    save_comments,
    save_failure,
    save_page,
)
from moderation.store.runs import add_counts
from moderation.store.schema import PAGE_OK
from moderation.types import Comment, Page

if TYPE_CHECKING:
    from moderation.engine import Moderator


class TimedModerator:
    """The moderator, with the seconds spent inside it added up (the benchmark's 'in model')."""

    def __init__(self, moderator: Moderator):
        self.moderator = moderator
        self.seconds = 0.0

    @property
    def model_tag(self) -> str:
        return self.moderator.model_tag

    def decide(self, comments: list[Comment], source: str) -> list[Decision]:
        start = time.perf_counter()
        decisions = list(self.moderator.moderate(comments, source=source))
        self.seconds += time.perf_counter() - start
        return decisions


def process_file(engine: Engine, file: Path, moderator: TimedModerator, run_id: int) -> PageResult:
    """Bring the store up to date with one page file; a page that fails is recorded, not raised."""
    source = store_key(file)
    try:
        check_size(file.stat().st_size, str(file))
        raw = file.read_bytes()
    except (OSError, PageError) as error:
        message = str(error) if isinstance(error, PageError) else f"{file}: cannot read ({error})"
        return _record_failure(engine, source, "", message, run_id)
    content_hash = hashlib.sha256(raw).hexdigest()
    with engine.connect() as conn:
        stored = find_page(conn, source)
        if _unchanged(stored, content_hash, moderator.model_tag):
            return PageResult(source, SKIPPED)  # nothing written: the caller counts skips
        known = page_comments(conn, stored.id) if stored else {}
    try:
        page = parse_page(raw, str(file))
    except PageError as error:
        return _record_failure(engine, source, content_hash, str(error), run_id)
    kind = _kind(stored, content_hash, bool(known))
    to_score = _needs_scoring(page, source, known, moderator.model_tag)
    decisions = moderator.decide([page.comments[i] for i in to_score], source=str(file))
    result = PageResult(source, kind, len(page.comments), count_decisions(decisions))
    with engine.begin() as conn:
        page_id = save_page(conn, source, content_hash, page, moderator.model_tag, run_id, stored)
        ids = save_comments(conn, page_id, source, page, known)
        save_decisions(conn, [ids[i] for i in to_score], decisions, run_id)
        add_counts(conn, run_id, result.counts())
    return result


def _unchanged(stored: StoredPage | None, content_hash: str, model: str) -> bool:
    return (
        stored is not None
        and stored.status == PAGE_OK
        and stored.content_hash == content_hash
        and stored.model == model
    )


def _kind(stored: StoredPage | None, content_hash: str, has_comments: bool) -> str:
    if stored is None or (stored.status != PAGE_OK and not has_comments):
        return NEW
    if stored.status == PAGE_OK and stored.content_hash == content_hash:
        return RESCORED  # same content, scored by another model before
    return CHANGED


def _needs_scoring(
    page: Page, source: str, known: dict[str, StoredComment], model: str
) -> list[int]:
    """Positions of comments that are new, edited, or last scored by another model."""
    positions = []
    ids = stable_ids(page, source)
    for position, (comment, stable) in enumerate(zip(page.comments, ids, strict=True)):
        stored = known.get(stable)
        if stored is None or stored.model != model or stored.text_hash != text_hash(comment.text):
            positions.append(position)
    return positions


def count_decisions(decisions: list[Decision]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for decision in decisions:
        counts[decision.decision] = counts.get(decision.decision, 0) + 1
    return counts


def _record_failure(
    engine: Engine, source: str, content_hash: str, error: str, run_id: int
) -> PageResult:
    with engine.begin() as conn:
        save_failure(conn, source, content_hash, error, run_id, find_page(conn, source))
        add_counts(conn, run_id, {"pages_failed": 1})
    return PageResult(source, FAILED, error=error)
