"""Pages and their comments in the store: what a batch needs to know before scoring a page,
and the writes that record it. The caller wraps each page's writes in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select, update

from moderation.store.ids import parent_ids, stable_ids, text_hash
from moderation.store.schema import PAGE_FAILED, PAGE_OK, comments, decisions, pages, utcnow
from moderation.types import Comment, Page


@dataclass(frozen=True)
class StoredPage:
    """What the store knows of a page: enough to skip it when nothing changed."""

    id: int
    content_hash: str
    model: str | None
    status: str


@dataclass(frozen=True)
class StoredComment:
    """A stored comment's text fingerprint and the model of its current decision."""

    id: str
    text_hash: str
    model: str | None
    missing: bool


def find_page(conn: Connection, source: str) -> StoredPage | None:
    row = conn.execute(
        select(pages.c.id, pages.c.content_hash, pages.c.model, pages.c.status).where(
            pages.c.source == source
        )
    ).first()
    return StoredPage(*row) if row else None


def page_comments(conn: Connection, page_id: int) -> dict[str, StoredComment]:
    """Stored comments of a page by stable id, with the model of each current decision."""
    current = decisions.c.is_current.is_(True) & (decisions.c.comment_id == comments.c.id)
    rows = conn.execute(
        select(comments.c.id, comments.c.text_hash, decisions.c.model, comments.c.missing_since)
        .select_from(comments.outerjoin(decisions, current))
        .where(comments.c.page_id == page_id)
    )
    return {
        row.id: StoredComment(row.id, row.text_hash, row.model, row.missing_since is not None)
        for row in rows
    }


def save_page(
    conn: Connection,
    source: str,
    content_hash: str,
    page: Page,
    model: str,
    run_id: int,
    stored: StoredPage | None,
) -> int:
    """Insert or update the page row as parsed and scored now; returns its id."""
    values = {
        "content_hash": content_hash,
        "title": page.title,
        "parsed_at": utcnow(),
        "status": PAGE_OK,
        "error": None,
        "model": model,
        "comment_count": len(page.comments),
        "run_id": run_id,
    }
    return _upsert(conn, source, values, stored)


def save_failure(
    conn: Connection,
    source: str,
    content_hash: str,
    error: str,
    run_id: int,
    stored: StoredPage | None,
) -> int:
    """Record a page that could not be read or parsed; its stored comments stay as they were."""
    values = {
        "content_hash": content_hash,
        "parsed_at": utcnow(),
        "status": PAGE_FAILED,
        "error": error,
        "model": None,
        "run_id": run_id,
    }
    return _upsert(conn, source, values, stored)


def _upsert(conn: Connection, source: str, values: dict, stored: StoredPage | None) -> int:
    if stored is None:
        return conn.execute(pages.insert().values(source=source, **values)).inserted_primary_key[0]
    conn.execute(update(pages).where(pages.c.id == stored.id).values(**values))
    return stored.id


def save_comments(
    conn: Connection, page_id: int, source: str, page: Page, stored: dict[str, StoredComment]
) -> list[str]:
    """Write the page's comments (new ones inserted, known ones updated, vanished ones marked
    missing); returns their stable ids in page order."""
    now = utcnow()
    ids = stable_ids(page, source)
    rows = [
        {
            "b_id": stable,
            "page_id": page_id,
            "page_comment_id": comment.id,
            "position": position,
            "author": comment.author,
            "reply_to": comment.reply_to,
            "parent_id": parent,
            "posted": comment.posted,
            "text": comment.text,
            "text_hash": text_hash(comment.text),
            "updated_at": now,
            "missing_since": None,
        }
        for position, (comment, stable, parent) in enumerate(
            zip(page.comments, ids, parent_ids(page, ids), strict=True)
        )
    ]
    new = [_insert_row(row, now) for row in rows if row["b_id"] not in stored]
    known = [row for row in rows if row["b_id"] in stored]
    if new:
        conn.execute(comments.insert(), new)
    if known:
        conn.execute(update(comments).where(comments.c.id == bindparam("b_id")), known)
    gone = set(stored) - set(ids)
    vanished = [{"b_id": cid} for cid in gone if not stored[cid].missing]
    if vanished:
        conn.execute(
            update(comments).where(comments.c.id == bindparam("b_id")).values(missing_since=now),
            vanished,
        )
    return ids


def _insert_row(row: dict, now) -> dict:
    """An update row as an insert row: `b_id` (a bind name apart from the column) becomes id."""
    values = {key: value for key, value in row.items() if key != "b_id"}
    return {"id": row["b_id"], "first_seen": now, **values}


def _current_by_other_model(model: str):
    """Comments (still on their page) whose current decision is by a model other than `model`."""
    current = decisions.c.is_current.is_(True) & (decisions.c.comment_id == comments.c.id)
    return (
        select(comments)
        .select_from(comments.join(decisions, current))
        .where(decisions.c.model != model, comments.c.missing_since.is_(None))
    )


def pages_to_rescore(conn: Connection, model: str) -> list[tuple[int, str]]:
    """(page id, source) of pages holding comments last scored by another model."""
    query = _current_by_other_model(model).subquery()
    rows = conn.execute(
        select(pages.c.id, pages.c.source)
        .where(pages.c.id.in_(select(query.c.page_id)))
        .order_by(pages.c.id)
    )
    return [(row.id, row.source) for row in rows]


def comments_to_rescore(conn: Connection, page_id: int, model: str) -> list[tuple[str, Comment]]:
    """(stable id, comment) for one page's comments last scored by another model, in page order."""
    rows = conn.execute(
        _current_by_other_model(model)
        .where(comments.c.page_id == page_id)
        .order_by(comments.c.position)
    )
    return [
        (row.id, Comment(row.page_comment_id, row.text, row.author, row.reply_to, row.posted))
        for row in rows
    ]


def mark_scored_by(conn: Connection, page_id: int, model: str) -> None:
    """A page whose comments are all current with `model` counts as processed by it."""
    conn.execute(
        update(pages).where(pages.c.id == page_id, pages.c.status == PAGE_OK).values(model=model)
    )
