"""The functional suite for the antisemitic label (labels/functional, HateCheck-style): accuracy
per functionality, so a report can say "fails on counter-speech", not only "accuracy 0.91"."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from moderation.data.loaders import project_format_frame
from moderation.data.mapping import REPO_ROOT
from moderation.data.readers import read_table
from moderation.errors import DataError
from moderation.evaluation.types import EvalSet, FunctionalityResult
from moderation.model.spec import Thresholds

FUNCTIONAL = "functional"
SUITE_PATH = REPO_ROOT / "labels" / "functional" / "antisemitism.csv"
SUITE_LABEL = "antisemitic"


def load_functional_suite(path: str | Path = SUITE_PATH) -> EvalSet:
    """The suite as an evaluation set: project label format plus `case_id` and `functionality`."""
    path = Path(path)
    raw = read_table(path, "csv")
    missing = {"case_id", "functionality"} - set(raw.columns)
    if missing:
        raise DataError(f"{path}: functional suite lacks column(s) {sorted(missing)}")
    frame = project_format_frame(raw, FUNCTIONAL).assign(
        case_id=raw["case_id"].astype(str).to_numpy(),
        functionality=raw["functionality"].astype(str).to_numpy(),
    )
    selection = f"functional suite {path.name}: all {len(frame)} cases (never sampled by --limit)"
    return EvalSet(FUNCTIONAL, frame, selection, len(frame))


def functionality_results(
    frame: pd.DataFrame, scores: dict[str, np.ndarray], thresholds: dict[str, Thresholds]
) -> tuple[FunctionalityResult, ...]:
    """Per functionality, in file order: accuracy at review per label, over cases whose gold
    label for it is known (empty cells are not scored), and the antisemitic cases it fails."""
    results = []
    for functionality in frame["functionality"].unique():
        rows = (frame["functionality"] == functionality).to_numpy()
        accuracy = {
            label: _accuracy(frame[label].to_numpy()[rows], probs[rows], thresholds[label].review)
            for label, probs in scores.items()
        }
        gold = frame[SUITE_LABEL].to_numpy()[rows]
        predicted = scores[SUITE_LABEL][rows] >= thresholds[SUITE_LABEL].review
        wrong = (gold >= 0) & (predicted != (gold == 1))
        results.append(
            FunctionalityResult(
                functionality=str(functionality),
                cases=int(rows.sum()),
                expected=_expected(gold),
                accuracy=accuracy,
                mean_score=round(float(scores[SUITE_LABEL][rows].mean()), 4),
                failed=tuple(frame["case_id"].to_numpy()[rows][wrong].tolist()),
            )
        )
    return tuple(results)


def _accuracy(gold: np.ndarray, probabilities: np.ndarray, threshold: float) -> float | None:
    known = gold >= 0
    if not known.any():
        return None
    return round(float(((probabilities[known] >= threshold) == (gold[known] == 1)).mean()), 4)


def _expected(gold: np.ndarray) -> str:
    known = gold[gold >= 0]
    if len(known) and (known == 1).all():
        return "antisemitic"
    if len(known) and (known == 0).all():
        return "not antisemitic"
    return "mixed"
