"""Error analysis: the most confident false positives and false negatives per label, with scores,
so a reader sees what the model gets wrong before reading any aggregate."""

from __future__ import annotations

import numpy as np
import pandas as pd

from moderation.evaluation.types import ErrorCase

TOP_ERRORS = 10
MAX_TEXT = 280  # enough to judge the case; reports are read, not archives of comments


def top_errors(
    frame: pd.DataFrame,
    probabilities: np.ndarray,
    targets: np.ndarray,
    threshold: float,
    k: int = TOP_ERRORS,
) -> tuple[tuple[ErrorCase, ...], tuple[ErrorCase, ...]]:
    """(false positives, highest score first; false negatives, lowest score first) at `threshold`.

    `frame` holds the same rows as `probabilities` and `targets`, in the same order."""
    false_positive = np.flatnonzero((targets == 0) & (probabilities >= threshold))
    false_negative = np.flatnonzero((targets == 1) & (probabilities < threshold))
    worst_fp = false_positive[np.argsort(-probabilities[false_positive], kind="stable")][:k]
    worst_fn = false_negative[np.argsort(probabilities[false_negative], kind="stable")][:k]
    return _cases(frame, probabilities, worst_fp), _cases(frame, probabilities, worst_fn)


def _cases(
    frame: pd.DataFrame, probabilities: np.ndarray, rows: np.ndarray
) -> tuple[ErrorCase, ...]:
    texts, sources = frame["text"].to_numpy(), frame["source"].to_numpy()
    return tuple(
        ErrorCase(
            text=shorten(str(texts[i])),
            score=round(float(probabilities[i]), 4),
            source=str(sources[i]),
        )
        for i in rows
    )


def shorten(text: str, width: int = MAX_TEXT) -> str:
    """One line, at most `width` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
