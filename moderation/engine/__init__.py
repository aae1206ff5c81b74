"""The moderation engine: comments in, decisions out, streamed.

    from moderation.engine import Moderator
    for decision in Moderator().moderate(page.comments, source=page.source):
        print(decision.decision, decision.scores.to_dict())

The parent comment (`Comment.parent`) stays on the comment but is not fed to the model: that
would only be worth its cost if it measurably helped on a validation set, and none of the
labelled sets in ../shared/data has threads (each row is one comment without its parent), so
there is nothing to measure it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderation.engine.types import (
    ALLOW,
    DECISIONS,
    EVIDENCE_METHODS,
    REMOVE,
    REVIEW,
    Decision,
    Evidence,
    Scores,
)

if TYPE_CHECKING:
    from moderation.engine.moderator import Moderator

__all__ = [
    "ALLOW",
    "DECISIONS",
    "EVIDENCE_METHODS",
    "REMOVE",
    "REVIEW",
    "Decision",
    "Evidence",
    "Moderator",
    "Scores",
]


def __getattr__(name: str):
    """`Moderator` loads torch and transformers (seconds): imported on first use, so the decision
    types and the CLI's `--help` and `parse` start without them."""
    if name == "Moderator":
        from moderation.engine.moderator import Moderator

        return Moderator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
