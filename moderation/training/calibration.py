"""Per-label calibration (Platt scaling of the logit), reliability, and threshold choice."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression

from moderation.model.spec import Calibration, Thresholds


def fit_platt(logits: np.ndarray, targets: np.ndarray) -> Calibration:
    """p = sigmoid(scale * logit + bias), fitted by maximum likelihood on held-out rows.

    Two parameters cannot overfit a validation split of thousands, and unlike isotonic
    regression the map stays smooth and monotone, so the ranking is never changed."""
    if len(np.unique(targets)) < 2:
        return Calibration()
    model = LogisticRegression(C=1e6, max_iter=1000)
    model.fit(logits.reshape(-1, 1), targets.astype(int))
    return Calibration(scale=float(model.coef_[0, 0]), bias=float(model.intercept_[0]))


def apply_calibration(logits: np.ndarray, calibration: Calibration) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(calibration.scale * logits + calibration.bias)))


def reliability(probabilities: np.ndarray, targets: np.ndarray, bins: int = 10) -> dict:
    """Equal-width bins: mean confidence, observed frequency and count per bin, and the ECE."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(probabilities, edges[1:-1]), 0, bins - 1)
    table, ece = [], 0.0
    for b in range(bins):
        members = index == b
        count = int(members.sum())
        if count:
            confidence = float(probabilities[members].mean())
            observed = float(targets[members].mean())
            ece += count / len(targets) * abs(confidence - observed)
            table.append(
                {
                    "bin": b,
                    "confidence": round(confidence, 4),
                    "observed": round(observed, 4),
                    "count": count,
                }
            )
    return {"ece": round(float(ece), 4), "bins": table}


@dataclass(frozen=True)
class ThresholdChoice:
    thresholds: Thresholds
    review_recall: float
    remove_precision: float
    remove_target_met: bool
    review_target_met: bool


def choose_thresholds(
    probabilities: np.ndarray,
    targets: np.ndarray,
    review_recall: float = 0.90,
    remove_precision: float = 0.90,
    min_remove_support: int = 5,
) -> ThresholdChoice:
    """`review` = highest cut-off still catching `review_recall` of positives; `remove` = lowest
    cut-off whose flagged rows are `remove_precision` precise. Where a target cannot be met,
    the nearest achievable cut-off is taken and reported as such."""
    order = np.argsort(-probabilities, kind="stable")
    sorted_probs, sorted_targets = probabilities[order], targets[order].astype(float)
    true_pos = np.cumsum(sorted_targets)
    flagged = np.arange(1, len(order) + 1)
    recall = true_pos / max(true_pos[-1], 1.0)
    precision = true_pos / flagged
    # Only cut between distinct scores: ties are flagged together.
    distinct = np.r_[sorted_probs[1:] < sorted_probs[:-1], True]

    reach = np.where(distinct & (recall >= review_recall))[0]
    review_index = reach[0] if len(reach) else len(order) - 1
    meets = np.where(distinct & (precision >= remove_precision) & (flagged >= min_remove_support))[
        0
    ]
    if len(meets):
        remove_index, met = meets[-1], True
    else:  # nearest achievable: the most precise cut-off with enough support, if any has it
        candidates = np.where(distinct & (flagged >= min_remove_support))[0]
        if not len(candidates):  # fewer rows than that support (a small set of verdicts)
            candidates = np.where(distinct)[0]
        remove_index, met = candidates[np.argmax(precision[candidates])], False
    review = float(sorted_probs[review_index])
    remove = max(float(sorted_probs[remove_index]), review)
    return ThresholdChoice(
        thresholds=Thresholds(
            review=review, remove=remove
        ),  # unrounded: rounding up would drop boundary positives
        review_recall=round(float(recall[review_index]), 4),
        remove_precision=round(float(precision[remove_index]), 4),
        remove_target_met=met,
        review_target_met=bool(len(reach)),
    )
