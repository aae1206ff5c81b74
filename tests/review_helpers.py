"""A store seeded with comments and decisions directly, so review tests need no model."""

from __future__ import annotations

from datetime import timedelta

from moderation.store.schema import comments, decisions, pages, utcnow

LABEL_ORDER = ("antisemitic", "violent", "abusive")


def seed(engine, rows: list[dict], title: str = "Council budget") -> list[str]:
    """One page holding a comment per row: {text, decision, score, labels?, scores?, author?,
    parent?} (scores: abusive at `score`, the other labels at 0.01, unless given).

    Comments are first seen in row order, a minute apart; returns their ids (c0, c1, ...).
    """
    start = utcnow() - timedelta(hours=1)
    ids = [f"c{n}" for n in range(len(rows))]
    with engine.begin() as conn:
        page_id = conn.execute(
            pages.insert().values(
                source="/story.html", content_hash="h", title=title, parsed_at=start, status="ok"
            )
        ).inserted_primary_key[0]
        for n, row in enumerate(rows):
            seen = start + timedelta(minutes=n)
            conn.execute(
                comments.insert().values(
                    id=ids[n],
                    page_id=page_id,
                    page_comment_id=str(n),
                    position=n,
                    author=row.get("author", f"reader{n}"),
                    parent_id=row.get("parent"),
                    posted="2026-11-01T10:00",
                    text=row["text"],
                    text_hash=f"t{n}",
                    first_seen=seen,
                    updated_at=seen,
                )
            )
            score = row["score"]
            conn.execute(
                decisions.insert().values(
                    comment_id=ids[n],
                    model="tiny@0.0.1",
                    decision=row["decision"],
                    labels=row.get("labels", ["abusive"] if row["decision"] != "allow" else []),
                    scores=row.get(
                        "scores",
                        {label: score if label == "abusive" else 0.01 for label in LABEL_ORDER},
                    ),
                    top_score=score,
                    confidence=0.9,
                    evidence_start=0,
                    evidence_end=4,
                    evidence_text=row["text"][:4],
                    scored_at=seen,
                    is_current=True,
                )
            )
    return ids
