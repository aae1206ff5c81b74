"""Decisions in the store: each scoring adds a row and demotes the comment's previous current
one, so history is kept and exactly one decision per comment is current."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection, bindparam, update

from moderation.store.schema import decisions, utcnow

if TYPE_CHECKING:  # the store is read by the review app, which has no need to import torch
    from moderation.engine import Decision


def save_decisions(
    conn: Connection, comment_ids: Sequence[str], scored: Sequence[Decision], run_id: int
) -> None:
    """Make `scored[i]` the current decision of `comment_ids[i]` (in the caller's transaction)."""
    if not scored:
        return
    conn.execute(
        update(decisions)
        .where(decisions.c.comment_id == bindparam("b_comment"), decisions.c.is_current.is_(True))
        .values(is_current=False),
        [{"b_comment": comment_id} for comment_id in comment_ids],
    )
    now = utcnow()
    conn.execute(
        decisions.insert(),
        [
            _row(comment_id, d, run_id, now)
            for comment_id, d in zip(comment_ids, scored, strict=True)
        ],
    )


def _priority(d: Decision) -> float:
    """Where the review queue puts the comment: the highest score among the labels behind its
    decision (any label's for an allowed one). The highest of all labels put a comment sent to
    review for violent 0.02 by its unflagged abusive 0.11, and showed that as its score."""
    behind = [d.scores[label] for label in d.labels]
    return max(behind or d.scores.values, default=0.0)


def _row(comment_id: str, d: Decision, run_id: int, now) -> dict:
    return {
        "comment_id": comment_id,
        "model": d.model,
        "decision": d.decision,
        "labels": list(d.labels),
        "scores": d.scores.to_dict(),
        "top_score": _priority(d),
        "confidence": d.confidence,
        "evidence_start": d.evidence.start if d.evidence else None,
        "evidence_end": d.evidence.end if d.evidence else None,
        "evidence_text": d.evidence.text if d.evidence else None,
        "scored_at": now,
        "run_id": run_id,
        "is_current": True,
    }
