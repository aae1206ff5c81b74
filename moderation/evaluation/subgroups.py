"""Subgroup fairness: the false-positive rate on gold negatives that mention an identity group,
against the rate on all negatives. Flagging a neutral mention of Jews as antisemitic is the
failure readers forgive least, so it is measured per group, not averaged away."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from moderation.evaluation.types import SubgroupRate
from moderation.labels_terms import load_identity_terms, mentioned_groups

ALL_NEGATIVES = "all negatives"
ANY_GROUP = "any group"
# Below this many negatives a group's rate is shown but marked as too thin to act on.
MIN_NEGATIVES = 30


def group_mentions(texts: Sequence[str]) -> list[set[str]]:
    """The identity groups each text mentions (labels/identity_terms.toml)."""
    return [mentioned_groups(text) for text in texts]


def subgroup_rates(
    mentions: Sequence[set[str]], probabilities: np.ndarray, targets: np.ndarray, threshold: float
) -> tuple[SubgroupRate, ...]:
    """FPR at `threshold` on all negatives, on negatives mentioning any group, then per group
    (in the term file's order; groups no negative mentions are left out)."""
    negative = np.asarray(targets) == 0
    flagged = np.asarray(probabilities) >= threshold
    overall = _rate(ALL_NEGATIVES, negative, flagged, None)
    rows = [overall]
    any_group = np.array([bool(groups) for groups in mentions], dtype=bool)
    rows.append(_rate(ANY_GROUP, negative & any_group, flagged, overall.false_positive_rate))
    for group in group_names():
        members = np.array([group in groups for groups in mentions], dtype=bool)
        if (negative & members).any():
            rows.append(_rate(group, negative & members, flagged, overall.false_positive_rate))
    return tuple(rows)


def group_names() -> tuple[str, ...]:
    """Group names in the order the term file declares them."""
    return tuple(load_identity_terms())


def _rate(
    group: str, members: np.ndarray, flagged: np.ndarray, overall: float | None
) -> SubgroupRate:
    negatives = int(members.sum())
    false_positives = int((members & flagged).sum())
    rate = false_positives / negatives if negatives else None
    ratio = rate / overall if rate is not None and overall else None
    return SubgroupRate(
        group=group,
        negatives=negatives,
        false_positives=false_positives,
        false_positive_rate=None if rate is None else round(rate, 4),
        ratio_to_overall=None if ratio is None else round(ratio, 2),
    )
