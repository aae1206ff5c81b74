"""Precision, recall, F1 and ROC-AUC through the `evaluate` library where its metric loads.

`evaluate.load("precision")` fetches the metric's script from the Hugging Face hub (or finds it
in the local cache); those scripts call scikit-learn. Where the hub cannot be reached (this
project's machines) the same scikit-learn functions are called directly, and the report says
which of the two computed the numbers.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

EVALUATE_METRICS = ("precision", "recall", "f1", "roc_auc")


@cache
def _hub_metric(name: str):
    """The `evaluate` module for `name`, or None where its script cannot be loaded (offline)."""
    try:
        import evaluate

        return evaluate.load(name)
    except (FileNotFoundError, ConnectionError, OSError, ImportError):
        return None


def backend_name() -> str:
    """Which library computes P/R/F1 and ROC-AUC in this process."""
    if all(_hub_metric(name) is not None for name in EVALUATE_METRICS):
        return "evaluate"
    return "scikit-learn (the evaluate library's metric scripts could not be loaded offline)"


def precision_recall_f1(flagged: np.ndarray, targets: np.ndarray) -> tuple[float, float, float]:
    """P, R and F1 of 0/1 predictions; 0.0 where a ratio has nothing to divide by."""
    predictions, references = flagged.astype(int).tolist(), targets.astype(int).tolist()
    out = []
    for name, sklearn_metric in (
        ("precision", precision_score),
        ("recall", recall_score),
        ("f1", f1_score),
    ):
        module = _hub_metric(name)
        if module is not None:
            value = module.compute(predictions=predictions, references=references, zero_division=0)[
                name
            ]
        else:
            value = sklearn_metric(references, predictions, zero_division=0)
        out.append(float(value))
    return out[0], out[1], out[2]


def roc_auc(probabilities: np.ndarray, targets: np.ndarray) -> float | None:
    """ROC-AUC, or None where the rows hold one class only (the area is undefined)."""
    if len(np.unique(targets)) < 2:
        return None
    module = _hub_metric("roc_auc")
    if module is not None:
        result = module.compute(
            references=targets.astype(int).tolist(), prediction_scores=probabilities.tolist()
        )
        return float(result["roc_auc"])
    return float(roc_auc_score(targets, probabilities))
