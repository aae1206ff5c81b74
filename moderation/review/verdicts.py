"""Moderators' verdicts: each action appends an audit row; undo appends a row that reverts one,
so the record of who did what is never rewritten."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Engine, Select, or_, select

from moderation.errors import AlreadyJudged, ReviewError
from moderation.store.schema import comments, decisions, utcnow, verdicts

ACTIONS = ("approve", "remove", "relabel")
UNDO = "undo"


def standing() -> Select:
    """Verdicts not reverted: not undo rows themselves and not undone by one."""
    undone = select(verdicts.c.undoes).where(verdicts.c.undoes.is_not(None))
    return select(verdicts).where(verdicts.c.action != UNDO, verdicts.c.id.not_in(undone))


def in_force() -> Select:
    """Standing verdicts on the text the comment still reads (a store's verdicts from before
    v4 name no text: they stand for the decision they were given on)."""
    current_text = (
        select(comments.c.text_hash).where(comments.c.id == verdicts.c.comment_id).scalar_subquery()
    )
    return standing().where(
        or_(verdicts.c.text_hash.is_(None), verdicts.c.text_hash == current_text)
    )


def record_verdict(
    engine: Engine,
    comment_id: str,
    moderator: str,
    action: str,
    labels: Iterable[str] | None = None,
    *,
    first_only: bool = False,
) -> int:
    """Store a moderator's verdict on a comment's current decision; returns the verdict's id.

    approve means no label applies; remove keeps the labels behind the removal unless `labels`
    says which (`labels_behind`). With `first_only` (the review queue, where the verdict was
    chosen on a page that may be stale), a verdict already in force refuses it: AlreadyJudged.
    """
    if action not in ACTIONS:
        raise ReviewError(f"{action!r}: not a review action (one of {', '.join(ACTIONS)})")
    chosen = None if labels is None else sorted(set(labels))
    with engine.begin() as conn:
        decision = _current_decision(conn, comment_id)
        if first_only and (earlier := _judged(conn, decision)) is not None:
            raise AlreadyJudged(
                f"{comment_id}: already judged by {earlier.moderator} ({earlier.action}); "
                f"your {action} was not recorded"
            )
        known = list(decision.scores)  # the labels the deciding model declared
        unknown = set(chosen or ()) - set(known)
        if unknown:
            raise ReviewError(f"{sorted(unknown)}: not labels of {decision.model} ({known})")
        if action == "approve":
            chosen = []
        elif chosen is None:
            chosen = labels_behind(decision.labels, decision.scores) if action == "remove" else []
        return _append(conn, decision, moderator, action, chosen)


def labels_behind(flagged: Iterable[str], scores: dict[str, float]) -> list[str]:
    """What a removal without chosen labels says is true: the flagged labels the model finds more
    likely than not (scores are calibrated probabilities), else the single most likely one.

    Not every flagged label: review thresholds sit at recall 0.90, as low as 0.013 for violent,
    so most removed insults are flagged violent too, and verdicts become training labels.
    """
    flagged = [label for label in flagged if label in scores]
    likely = sorted(label for label in flagged if scores[label] >= 0.5)
    if likely or not flagged:
        return likely
    return [max(flagged, key=lambda label: scores[label])]


def undo_last(engine: Engine, moderator: str) -> int | None:
    """Revert the moderator's latest verdict still in force; returns the undo row's id, or None."""
    with engine.begin() as conn:
        last = conn.execute(
            in_force()
            .where(verdicts.c.moderator == moderator)
            .order_by(verdicts.c.id.desc())
            .limit(1)
        ).first()
        if last is None:
            return None
        row = {
            "comment_id": last.comment_id,
            "decision_id": last.decision_id,
            "previous_decision": last.previous_decision,
            "model": last.model,
            "moderator": moderator,
            "at": utcnow(),
            "action": UNDO,
            "labels": [],
            "undoes": last.id,
            "text_hash": last.text_hash,
            "text": last.text,
        }
        return conn.execute(verdicts.insert().values(**row)).inserted_primary_key[0]


def judging(reviewed, comment_id, decision_id) -> tuple:
    """Conditions on `reviewed` (a subquery of `in_force`) for a verdict that judges a comment's
    decision: one on the text the comment reads now, or on this very decision. The queue leaves
    such comments out; the review page refuses a second verdict on them."""
    return (
        reviewed.c.comment_id == comment_id,
        or_(reviewed.c.text_hash.is_not(None), reviewed.c.decision_id == decision_id),
    )


def _judged(conn: Connection, decision):
    """The latest verdict that judges `decision`, as the queue reads it, else None."""
    reviewed = in_force().subquery()
    return conn.execute(
        select(reviewed.c.moderator, reviewed.c.action)
        .where(*judging(reviewed, decision.comment_id, decision.id))
        .order_by(reviewed.c.id.desc())
    ).first()


def _current_decision(conn: Connection, comment_id: str):
    decision = conn.execute(
        select(decisions, comments.c.text_hash, comments.c.text)
        .join(comments, comments.c.id == decisions.c.comment_id)
        .where(decisions.c.comment_id == comment_id, decisions.c.is_current.is_(True))
    ).first()
    if decision is None:
        raise ReviewError(f"{comment_id}: no such comment with a decision in the store")
    return decision


def _append(conn: Connection, decision, moderator: str, action: str, labels: list[str]) -> int:
    row = {
        "comment_id": decision.comment_id,
        "decision_id": decision.id,
        "previous_decision": decision.decision,
        "model": decision.model,
        "moderator": moderator,
        "at": utcnow(),
        "action": action,
        "labels": labels,
        "undoes": None,
        "text_hash": decision.text_hash,
        "text": decision.text,
    }
    return conn.execute(verdicts.insert().values(**row)).inserted_primary_key[0]
