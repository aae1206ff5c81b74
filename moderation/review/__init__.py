"""The moderators' review queue: what to review next, their verdicts, and verdicts as labels.

Usage::

    items = queue(engine, tab="review", limit=50)
    record_verdict(engine, items[0].comment_id, "alice", "remove")
    export_reviews(engine, "reviews.jsonl")   # the project label format, for `moderation train`
"""

from moderation.review.export import export_reviews
from moderation.review.queue import TABS, QueueItem, counts, queue
from moderation.review.verdicts import ACTIONS, record_verdict, undo_last

__all__ = [
    "ACTIONS",
    "TABS",
    "QueueItem",
    "counts",
    "export_reviews",
    "queue",
    "record_verdict",
    "undo_last",
]
