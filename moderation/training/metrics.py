"""Held-out metrics per label: ranking quality, calibration and decisions at the thresholds."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score

from moderation.model.spec import Thresholds
from moderation.training.calibration import reliability


def at_threshold(probabilities: np.ndarray, targets: np.ndarray, threshold: float) -> dict:
    flagged = probabilities >= threshold
    tp = int((flagged & (targets == 1)).sum())
    precision = tp / max(int(flagged.sum()), 1)
    recall = tp / max(int((targets == 1).sum()), 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-12)
    return {
        "threshold": threshold,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def label_metrics(
    probabilities: np.ndarray, targets: np.ndarray, thresholds: Thresholds | None = None
) -> dict:
    """ROC-AUC, AP and ECE, plus P/R/F1 at review and remove when thresholds are given."""
    out = {"rows": int(len(targets)), "positives": int(targets.sum())}
    if 0 < targets.sum() < len(targets):
        out["roc_auc"] = round(float(roc_auc_score(targets, probabilities)), 4)
        out["average_precision"] = round(float(average_precision_score(targets, probabilities)), 4)
    out["ece"] = reliability(probabilities, targets)["ece"]
    if thresholds is not None:
        out["review"] = at_threshold(probabilities, targets, thresholds.review)
        out["remove"] = at_threshold(probabilities, targets, thresholds.remove)
    return out


def flag_rate(probabilities: np.ndarray, threshold: float) -> float:
    return round(float((probabilities >= threshold).mean()), 4) if len(probabilities) else 0.0
