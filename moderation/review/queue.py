"""What moderators review next: current decisions of one kind on comments no verdict in force
judged as they now read (a verdict outlives a new model's decision, not an edit), highest
calibrated score first, then the oldest comment (the path `ix_decisions_queue` serves)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, select

from moderation.errors import ReviewError
from moderation.review.verdicts import in_force, judging
from moderation.store.schema import comments, decisions, pages

TABS = ("review", "remove")


@dataclass(frozen=True)
class QueueItem:
    """One comment awaiting a moderator, with what the page needs to show it."""

    comment_id: str
    decision_id: int
    decision: str
    model: str
    text: str
    author: str | None
    posted: str | None
    title: str | None
    parent_text: str | None
    labels: tuple[str, ...]
    scores: dict[str, float]
    top_score: float
    evidence_start: int | None
    evidence_end: int | None


def _pending(tab: str):
    if tab not in TABS:
        raise ReviewError(f"{tab!r}: not a queue tab (one of {', '.join(TABS)})")
    reviewed = in_force().subquery()
    judged = select(reviewed.c.id).where(*judging(reviewed, decisions.c.comment_id, decisions.c.id))
    gone_from = comments.alias("gone")  # its own name: the queue joins `comments` too
    gone = select(gone_from.c.id).where(  # no longer on its page: nothing left to moderate
        gone_from.c.id == decisions.c.comment_id, gone_from.c.missing_since.is_not(None)
    )
    return (
        decisions.c.is_current.is_(True),
        decisions.c.decision == tab,
        ~judged.exists(),
        ~gone.exists(),
    )


def queue(engine: Engine, tab: str = "review", limit: int = 50) -> list[QueueItem]:
    """The next `limit` comments of a tab in priority order."""
    parent = comments.alias("parent")
    query = (
        select(
            decisions,
            comments.c.text,
            comments.c.author,
            comments.c.posted,
            pages.c.title,
            parent.c.text.label("parent_text"),
        )
        .join(comments, comments.c.id == decisions.c.comment_id)
        .join(pages, pages.c.id == comments.c.page_id)
        .outerjoin(parent, parent.c.id == comments.c.parent_id)
        .where(*_pending(tab))
        .order_by(decisions.c.top_score.desc(), comments.c.first_seen, comments.c.position)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [_item(row) for row in conn.execute(query)]


def counts(engine: Engine) -> dict[str, int]:
    """Comments waiting in each tab: the numbers on the tabs."""
    with engine.connect() as conn:
        return {
            tab: conn.execute(
                select(func.count()).select_from(decisions).where(*_pending(tab))
            ).scalar_one()
            for tab in TABS
        }


def _item(row) -> QueueItem:
    return QueueItem(
        comment_id=row.comment_id,
        decision_id=row.id,
        decision=row.decision,
        model=row.model,
        text=row.text,
        author=row.author,
        posted=row.posted,
        title=row.title,
        parent_text=row.parent_text,
        labels=tuple(row.labels),
        scores=dict(row.scores),
        top_score=row.top_score,
        evidence_start=row.evidence_start,
        evidence_end=row.evidence_end,
    )
