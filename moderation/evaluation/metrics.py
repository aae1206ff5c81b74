"""Per-label metrics on gold rows: P/R/F1 at the model's review and remove thresholds, ROC-AUC,
average precision, ECE, gold against decision, and the curve points the plots draw."""

from __future__ import annotations

import numpy as np
from scipy.stats import binomtest
from sklearn.metrics import precision_recall_curve

from moderation.engine.types import ALLOW, DECISIONS, REMOVE, REVIEW
from moderation.evaluation import backend
from moderation.evaluation.types import LabelMetrics, ThresholdMetrics
from moderation.model.spec import Thresholds
from moderation.training.calibration import reliability
from moderation.training.metrics import at_threshold
from moderation.training.metrics import label_metrics as training_label_metrics

CURVE_POINTS = 200
# The training code rounds to 4 places; anything further apart is a bug in one of the two.
CROSS_CHECK_TOLERANCE = 1e-4


class CrossCheckFailed(AssertionError):
    """Two computations of one metric disagree: a bug, never a property of the data."""


def score_label(
    label: str, probabilities: np.ndarray, targets: np.ndarray, thresholds: Thresholds
) -> LabelMetrics:
    """Every number for one label, from calibrated probabilities and 0/1 gold targets."""
    probabilities = np.asarray(probabilities, dtype=float)
    targets = np.asarray(targets, dtype=int)
    calibration = reliability(probabilities, targets)
    ranking = training_label_metrics(probabilities, targets)  # sklearn AP and ROC-AUC
    auc = backend.roc_auc(probabilities, targets)
    _cross_check(f"{label} roc_auc", auc, ranking.get("roc_auc"))
    return LabelMetrics(
        label=label,
        rows=int(len(targets)),
        positives=int(targets.sum()),
        roc_auc=None if auc is None else round(auc, 4),
        average_precision=ranking.get("average_precision"),
        ece=calibration["ece"],
        review=threshold_metrics(probabilities, targets, thresholds.review),
        remove=threshold_metrics(probabilities, targets, thresholds.remove),
        confusion=confusion(probabilities, targets, thresholds),
        reliability=tuple(calibration["bins"]),
        pr_curve=pr_curve(probabilities, targets),
    )


def threshold_metrics(
    probabilities: np.ndarray, targets: np.ndarray, threshold: float
) -> ThresholdMetrics:
    """P/R/F1 (via `evaluate` or scikit-learn), checked against the training code's own count."""
    flagged = probabilities >= threshold
    positive = targets == 1
    tp, fp = int((flagged & positive).sum()), int((flagged & ~positive).sum())
    fn, tn = int((~flagged & positive).sum()), int((~flagged & ~positive).sum())
    precision, recall, f1 = backend.precision_recall_f1(flagged, targets)
    reference = at_threshold(probabilities, targets, threshold)
    for name, value in (("precision", precision), ("recall", recall), ("f1", f1)):
        _cross_check(f"{name} at {threshold}", value, reference[name])
    # 0 of 0 is no rate: nothing flagged leaves precision undefined, no positive recall; a 0.000
    # would read as "every flag wrong" or "every positive missed".
    flags, positives = tp + fp, tp + fn
    return ThresholdMetrics(
        threshold=round(float(threshold), 4),
        precision=round(precision, 4) if flags else None,
        recall=round(recall, 4) if positives else None,
        f1=round(f1, 4) if flags and positives else None,
        precision_ci=wilson(tp, flags) if flags else None,
        recall_ci=wilson(tp, positives) if positives else None,
        true_positives=tp,
        false_positives=fp,
        false_negatives=fn,
        true_negatives=tn,
        flagged_share=round(float(flagged.mean()), 4) if len(flagged) else 0.0,
    )


def wilson(successes: int, trials: int) -> tuple[float, float]:
    """95% Wilson interval of a proportion; (0, 1) when there is nothing to count."""
    if trials == 0:
        return (0.0, 1.0)
    interval = binomtest(successes, trials).proportion_ci(method="wilson")
    return (round(float(interval.low), 4), round(float(interval.high), 4))


def decisions_for_label(probabilities: np.ndarray, thresholds: Thresholds) -> np.ndarray:
    """The decision one label alone would cause: allow, review or remove."""
    return np.where(
        probabilities >= thresholds.remove,
        REMOVE,
        np.where(probabilities >= thresholds.review, REVIEW, ALLOW),
    )


def confusion(
    probabilities: np.ndarray, targets: np.ndarray, thresholds: Thresholds
) -> dict[str, dict[str, int]]:
    """Gold (positive / negative) against the decision this label causes: a 2 x 3 table."""
    decided = decisions_for_label(probabilities, thresholds)
    return {
        gold: {
            decision: int(((targets == value) & (decided == decision)).sum())
            for decision in DECISIONS
        }
        for gold, value in (("positive", 1), ("negative", 0))
    }


def pr_curve(probabilities: np.ndarray, targets: np.ndarray) -> dict[str, list[float]]:
    """Precision-recall points, thinned to at most CURVE_POINTS; empty for a one-class set."""
    if len(np.unique(targets)) < 2:
        return {"precision": [], "recall": []}
    precision, recall, _ = precision_recall_curve(targets, probabilities)
    keep = np.unique(np.linspace(0, len(precision) - 1, CURVE_POINTS).round().astype(int))
    return {
        "precision": precision[keep].round(4).tolist(),
        "recall": recall[keep].round(4).tolist(),
    }


def _cross_check(what: str, value: float | None, reference: float | None) -> None:
    if (value is None) != (reference is None) or (
        value is not None and abs(value - reference) > CROSS_CHECK_TOLERANCE
    ):
        raise CrossCheckFailed(
            f"{what}: {value} here but {reference} from moderation.training.metrics"
        )
