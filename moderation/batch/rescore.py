"""`--rescore`: bring every stored comment to the current model, pages not among this run's
sources included (last month's files may be long gone). Old decisions stay as history."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine

from moderation.batch.page_step import TimedModerator, count_decisions
from moderation.batch.types import RESCORED, PageResult
from moderation.store.decisions import save_decisions
from moderation.store.pages import comments_to_rescore, mark_scored_by, pages_to_rescore
from moderation.store.runs import add_counts


def rescore_stored(engine: Engine, moderator: TimedModerator, run_id: int) -> Iterator[PageResult]:
    """Re-score, page by page (one transaction each), comments last scored by another model."""
    with engine.connect() as conn:
        stale = pages_to_rescore(conn, moderator.model_tag)
    for page_id, source in stale:
        with engine.connect() as conn:
            pending = comments_to_rescore(conn, page_id, moderator.model_tag)
        decisions = moderator.decide([comment for _, comment in pending], source=source)
        result = PageResult(source, RESCORED, len(pending), count_decisions(decisions))
        with engine.begin() as conn:
            save_decisions(conn, [stable for stable, _ in pending], decisions, run_id)
            mark_scored_by(conn, page_id, moderator.model_tag)
            add_counts(conn, run_id, result.counts())
        yield result
