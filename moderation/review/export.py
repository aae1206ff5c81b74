"""Verdicts as labelled data: one JSONL row per reviewed comment in the project label format
(text plus each label as 1/0), which `moderation train` and `moderation evaluate` read."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, select

from moderation.errors import ReviewError
from moderation.model.spec import LABELS
from moderation.review.verdicts import in_force
from moderation.store.schema import comments


def export_reviews(engine: Engine, out_jsonl: str | Path) -> int:
    """Write each comment's latest verdict in force; returns the number of rows written."""
    standing = in_force().subquery()
    query = (
        select(standing.c.comment_id, standing.c.labels, comments.c.text)
        .join(comments, comments.c.id == standing.c.comment_id)
        .order_by(standing.c.comment_id, standing.c.id)
    )
    latest: dict[str, dict] = {}
    with engine.connect() as conn:
        for row in conn.execute(query):  # ordered by id, so a later verdict replaces an earlier
            chosen = set(row.labels)
            latest[row.comment_id] = {"text": row.text} | {
                label: int(label in chosen) for label in LABELS
            }
    out = Path(out_jsonl)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for record in latest.values():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    except OSError as error:
        raise ReviewError(f"{out}: cannot write ({error.strerror or error})") from error
    return len(latest)
