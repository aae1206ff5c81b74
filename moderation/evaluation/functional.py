"""The functional suites (labels/functional, HateCheck-style): accuracy per functionality, so a
report can say "fails on counter-speech", not only "accuracy 0.91". One suite per file
(antisemitism.csv, violence_abuse.csv); each functionality tests the label its rows name."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from moderation.data.loaders import project_format_frame
from moderation.data.readers import read_table
from moderation.errors import DataError
from moderation.evaluation.types import EvalSet, FunctionalityResult
from moderation.model.spec import LABELS, Thresholds
from moderation.paths import REPO_ROOT

FUNCTIONAL = "functional"
SUITES_DIR = REPO_ROOT / "labels" / "functional"
_COLUMNS = {"case_id", "functionality", "label"}


def is_functional(name: str) -> bool:
    """Whether a set is a functional suite: scored whole, reported per functionality."""
    return name == FUNCTIONAL or name.startswith(f"{FUNCTIONAL}/")


def suite_paths() -> list[Path]:
    return sorted(SUITES_DIR.glob("*.csv"))


def load_functional_suites(spec: str = FUNCTIONAL) -> list[EvalSet]:
    """`functional`: every shipped suite; `functional/<name>`: the one in <name>.csv."""
    if spec == FUNCTIONAL:
        return [load_functional_suite(path) for path in suite_paths()]
    path = SUITES_DIR / f"{spec.removeprefix(f'{FUNCTIONAL}/')}.csv"
    if not path.is_file():
        names = ", ".join(f"{FUNCTIONAL}/{p.stem}" for p in suite_paths())
        raise DataError(f"no functional suite {spec!r} (shipped: {names})")
    return [load_functional_suite(path)]


def load_functional_suite(path: str | Path) -> EvalSet:
    """A suite as an evaluation set named `functional/<file stem>`: project label format plus
    `case_id`, `functionality` and the `label` each functionality tests."""
    path = Path(path)
    raw = read_table(path, "csv")
    missing = _COLUMNS - set(raw.columns)
    if missing:
        raise DataError(f"{path}: functional suite lacks column(s) {sorted(missing)}")
    frame = project_format_frame(raw, FUNCTIONAL).assign(
        case_id=raw["case_id"].astype(str).to_numpy(),
        functionality=raw["functionality"].astype(str).to_numpy(),
        tested=raw["label"].astype(str).to_numpy(),
    )
    unknown = set(frame["tested"]) - set(LABELS)
    if unknown:
        raise DataError(f"{path}: `label` must name one of the three labels, not {sorted(unknown)}")
    selection = f"functional suite {path.name}: all {len(frame)} cases (never sampled by --limit)"
    return EvalSet(f"{FUNCTIONAL}/{path.stem}", frame, selection, len(frame))


def functionality_results(
    frame: pd.DataFrame, scores: dict[str, np.ndarray], thresholds: dict[str, Thresholds]
) -> tuple[FunctionalityResult, ...]:
    """Per functionality, in file order: accuracy at review per label, over cases whose gold
    label for it is known (empty cells are not scored), and the cases it fails on the label
    it tests."""
    results = []
    for functionality in frame["functionality"].unique():
        rows = (frame["functionality"] == functionality).to_numpy()
        tested = str(frame["tested"].to_numpy()[rows][0])
        accuracy = {
            label: _accuracy(frame[label].to_numpy()[rows], probs[rows], thresholds[label].review)
            for label, probs in scores.items()
        }
        gold = frame[tested].to_numpy()[rows]
        predicted = scores[tested][rows] >= thresholds[tested].review
        wrong = (gold >= 0) & (predicted != (gold == 1))
        results.append(
            FunctionalityResult(
                functionality=str(functionality),
                label=tested,
                cases=int(rows.sum()),
                expected=_expected(gold, tested),
                accuracy=accuracy,
                mean_score=round(float(scores[tested][rows].mean()), 4),
                failed=tuple(frame["case_id"].to_numpy()[rows][wrong].tolist()),
            )
        )
    return tuple(results)


def _accuracy(gold: np.ndarray, probabilities: np.ndarray, threshold: float) -> float | None:
    known = gold >= 0
    if not known.any():
        return None
    return round(float(((probabilities[known] >= threshold) == (gold[known] == 1)).mean()), 4)


def _expected(gold: np.ndarray, label: str) -> str:
    known = gold[gold >= 0]
    if len(known) and (known == 1).all():
        return label
    if len(known) and (known == 0).all():
        return f"not {label}"
    return "mixed"
