"""Scores to a decision, using the per-label thresholds declared with the model.

remove if any label reaches its remove threshold, review if any reaches its review threshold,
else allow. `labels` are those at or above their review threshold, in the model's label order.

`confidence` is the calibrated probability behind the decision:
- remove / review: the highest probability among the labels that triggered it;
- allow: 1 - the highest probability of any label, i.e. the probability that the most likely
  problem is absent. For multi-label scores this is an upper bound on "no label applies", which is
  the honest number to show: it is never more sure of "allow" than the worst label allows.
"""

from __future__ import annotations

from moderation.engine.types import ALLOW, REMOVE, REVIEW, Scores
from moderation.model import ModelSpec


def decide(scores: Scores, spec: ModelSpec) -> tuple[str, tuple[str, ...], float]:
    """Return (decision, labels at or above review, confidence) for one comment's scores."""
    thresholds = {label: spec.thresholds_for(label) for label in scores.labels}
    flagged = tuple(
        label
        for label, p in zip(scores.labels, scores.values, strict=True)
        if p >= thresholds[label].review
    )
    removing = [scores[label] for label in flagged if scores[label] >= thresholds[label].remove]
    if removing:
        return REMOVE, flagged, max(removing)
    if flagged:
        return REVIEW, flagged, max(scores[label] for label in flagged)
    return ALLOW, (), 1.0 - max(scores.values, default=0.0)
