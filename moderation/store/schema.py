"""The store's tables (SQLAlchemy Core): the same definitions run on SQLite and PostgreSQL.

pages -> comments -> decisions -> verdicts (moderators' review, append-only), plus users, runs
(one row per batch) and the one-row tables schema_version and batch_lock. Times are UTC. A
comment's `posted` is kept as the ISO 8601 text the page gave (pages rarely say their time zone,
so it is not converted).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    false,
    true,
)

metadata = MetaData()

PAGE_OK, PAGE_FAILED = "ok", "failed"
RUN_RUNNING, RUN_COMPLETED, RUN_INTERRUPTED, RUN_FAILED, RUN_STALE = (
    "running",
    "completed",
    "interrupted",
    "failed",
    "stale",  # the process died without finishing (SIGKILL, power cut); found by a later run
)


def utcnow() -> datetime:
    return datetime.now(UTC)


schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, nullable=False),
    Column("upgraded_at", DateTime(timezone=True), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("ended_at", DateTime(timezone=True)),
    Column("status", String(16), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("host", String(255), nullable=False),
    Column("model", String(255), nullable=False),
    Column("rescore", Boolean, nullable=False, server_default=false()),
    Column("since", DateTime(timezone=True)),
    Column("sources", JSON, nullable=False),
    Column("pages_new", Integer, nullable=False, server_default="0"),
    Column("pages_changed", Integer, nullable=False, server_default="0"),
    Column("pages_rescored", Integer, nullable=False, server_default="0"),  # same page, new model
    Column("pages_skipped", Integer, nullable=False, server_default="0"),
    Column("pages_failed", Integer, nullable=False, server_default="0"),
    Column("comments_scored", Integer, nullable=False, server_default="0"),
    Column("comments_allow", Integer, nullable=False, server_default="0"),
    Column("comments_review", Integer, nullable=False, server_default="0"),
    Column("comments_remove", Integer, nullable=False, server_default="0"),
    Column("error", Text),
)

# One row while a batch runs: who holds the store. A row whose process is gone is stale.
batch_lock = Table(
    "batch_lock",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("run_id", Integer),
    Column("pid", Integer, nullable=False),
    Column("host", String(255), nullable=False),
    Column("acquired_at", DateTime(timezone=True), nullable=False),
)

pages = Table(
    "pages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False),
    Column("title", Text),
    Column("parsed_at", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),
    Column("error", Text),
    Column("model", String(255)),  # the model that scored this content; None when failed
    Column("comment_count", Integer, nullable=False, server_default="0"),
    Column("run_id", Integer, ForeignKey("runs.id")),
)

comments = Table(
    "comments",
    metadata,
    Column("id", String(32), primary_key=True),  # stable id: see moderation.store.ids
    Column("page_id", Integer, ForeignKey("pages.id"), nullable=False, index=True),
    Column("page_comment_id", Text, nullable=False),  # the id on the page (site's or c1, c2...)
    Column("position", Integer, nullable=False),
    Column("author", Text),
    Column("reply_to", Text),
    Column("parent_id", String(32)),  # stable id of the parent comment when on the page
    Column("posted", String(64)),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("missing_since", DateTime(timezone=True)),  # gone from a later version of the page
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("comment_id", String(32), ForeignKey("comments.id"), nullable=False, index=True),
    Column("model", String(255), nullable=False),
    Column("decision", String(16), nullable=False),
    Column("labels", JSON, nullable=False),
    Column("scores", JSON, nullable=False),
    Column("top_score", Float, nullable=False),  # highest calibrated score: queue priority
    Column("confidence", Float, nullable=False),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("evidence_text", Text),
    Column("scored_at", DateTime(timezone=True), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("is_current", Boolean, nullable=False, server_default=true()),
)

# Exactly one current decision per comment, enforced by the database on both dialects.
Index(
    "uq_decisions_current",
    decisions.c.comment_id,
    unique=True,
    sqlite_where=decisions.c.is_current,
    postgresql_where=decisions.c.is_current,
)

# The review queue's lookup: current decisions of one kind, highest score first (schema v2).
queue_index = Index(
    "ix_decisions_queue", decisions.c.is_current, decisions.c.decision, decisions.c.top_score
)


# The moderators' audit trail (schema v3): one row per action, never updated or deleted. An undo
# is a row of its own that names the verdict it reverts in `undoes`.
verdicts = Table(
    "verdicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("comment_id", String(32), ForeignKey("comments.id"), nullable=False, index=True),
    Column("decision_id", Integer, ForeignKey("decisions.id"), nullable=False, index=True),
    Column("previous_decision", String(16), nullable=False),  # what the model had decided
    Column("model", String(255), nullable=False),  # the model version that decided it
    Column("moderator", String(255), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("action", String(16), nullable=False),  # approve, remove, relabel or undo
    Column("labels", JSON, nullable=False),  # the labels the moderator says truly apply
    Column("undoes", Integer, ForeignKey("verdicts.id")),
    # The judged text's hash (comments.text_hash then): a verdict stands across model updates
    # while the comment reads the same, and lapses when its author edits it. NULL before v4.
    Column("text_hash", String(64)),
    # The text judged, so the export keeps the verdict as a labelled row after an edit. NULL
    # before v5.
    Column("text", Text),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(255), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),  # argon2id, never the password
    Column("created_at", DateTime(timezone=True), nullable=False),
)
