"""Verdicts as labelled data: one JSONL row per judged text of a reviewed comment in the project
label format (text plus each label as 1/0, and the comment's id in the store, to join back),
which `moderation train` and `moderation evaluate` read."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, select

from moderation.errors import ReviewError
from moderation.model.spec import LABELS
from moderation.review.verdicts import standing
from moderation.store.schema import comments


def export_reviews(engine: Engine, out_jsonl: str | Path) -> int:
    """Write the latest standing verdict on each text a comment was judged in: the text as it
    reads, or as it read when judged if its author has edited it since (a verdict recorded
    before store v5 keeps no text and is left out then). Returns the rows written."""
    verdict = standing().subquery()
    query = (
        select(
            verdict.c.comment_id,
            verdict.c.labels,
            verdict.c.text_hash,
            verdict.c.text.label("judged"),
            comments.c.text,
            comments.c.text_hash.label("current_hash"),
        )
        .join(comments, comments.c.id == verdict.c.comment_id)
        .order_by(verdict.c.comment_id, verdict.c.id)
    )
    latest: dict[tuple[str, str | None], dict] = {}
    with engine.connect() as conn:
        for row in conn.execute(query):  # ordered by id, so a later verdict replaces an earlier
            current = row.text_hash in (None, row.current_hash)
            text = row.text if current else row.judged
            if text is None:
                continue  # judged before v5 on words since edited away
            chosen = set(row.labels)
            key = (row.comment_id, None if current else row.text_hash)
            labels = {label: int(label in chosen) for label in LABELS}
            latest[key] = {"id": row.comment_id, "text": text} | labels
    out = Path(out_jsonl)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            for record in latest.values():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    except OSError as error:
        raise ReviewError(f"{out}: cannot write ({error.strerror or error})") from error
    return len(latest)
