"""Evaluation runs: how good a model is, where it fails, and whether it is fair to the people
its comments mention.

    from moderation.evaluation import evaluate, write_report
    report = evaluate("models/minilm-moderation", ["isca_antisemitism", "functional"])
    write_report(report, "models/minilm-moderation/eval")
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from moderation.engine import Moderator
from moderation.errors import ConfigError
from moderation.evaluation import backend
from moderation.evaluation.metrics import CROSS_CHECK_TOLERANCE
from moderation.evaluation.report import write_report
from moderation.evaluation.run import Progress, run_model
from moderation.evaluation.sets import SAMPLE_SEED, load_sets
from moderation.evaluation.subgroups import group_mentions
from moderation.evaluation.types import EvalSet, Report, SetInfo
from moderation.model.store import DEFAULT_MODEL_DIR

__all__ = ["Report", "evaluate", "load_sets", "write_report"]


def evaluate(
    model: str | Path | Moderator | None,
    data: Sequence[str] | Sequence[EvalSet],
    *,
    baseline: str | Path | Moderator | None = None,
    split: str = "test",
    limit: int | None = None,
    text_column: str = "text",
    label_map: str | Path | None = None,
    seed: int = SAMPLE_SEED,
    quantize: bool = False,
    on_progress: Progress | None = None,
) -> Report:
    """Score `data` (set names, files, `hf:` sets, `functional`, or loaded EvalSets) with `model`
    and, when given, `baseline`; every number a report shows comes from the returned Report."""
    if not data:
        raise ConfigError("nothing to evaluate: name at least one set, file or `functional`")
    sets = (
        list(data)
        if isinstance(data[0], EvalSet)
        else load_sets(data, split, text_column, label_map, limit, seed)
    )
    names = [s.name for s in sets]
    if len(set(names)) < len(names):
        raise ConfigError(
            f"two sets share a name ({', '.join(names)}); reports are keyed by set name"
        )
    mentions = {s.name: group_mentions(s.frame["text"].astype(str).tolist()) for s in sets}
    run = run_model(*_moderator(model, quantize), sets, mentions, on_progress)
    base = (
        run_model(*_moderator(baseline, quantize), sets, mentions, on_progress)
        if baseline is not None
        else None
    )
    comparisons = sum(len(result.labels) for result in run.sets)
    settings = {
        "split": split,
        "limit": limit,
        "seed": seed,
        "text_column": text_column,
        "label_map": str(label_map) if label_map else None,
        "metric_backend": backend.backend_name(),
        "generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    checks = {
        "threshold_metrics": (
            f"precision, recall and F1 agree with moderation.training.metrics.at_threshold "
            f"within {CROSS_CHECK_TOLERANCE} ({comparisons} set-label pairs, review and remove)"
        ),
        "roc_auc": "agrees with moderation.training.metrics.label_metrics (scikit-learn)",
    }
    infos = tuple(SetInfo(s.name, len(s.frame), s.available_rows, s.selection) for s in sets)
    return Report(settings=settings, sets=infos, run=run, baseline=base, checks=checks)


def _moderator(model: str | Path | Moderator | None, quantize: bool) -> tuple[Moderator, str, bool]:
    """(the Moderator, the directory it came from, whether it runs int8).

    Scores are fp32 unless int8 is asked for: the engine's bf16 default agrees with fp32 within
    0.02 (benchmarks/bench_engine.py), and fp32 makes a report independent of the CPU.
    """
    if isinstance(model, Moderator):
        return model, "(a Moderator passed in)", model.precision == "int8"
    precision = "int8" if quantize else "fp32"
    return Moderator(model, precision=precision), str(model or DEFAULT_MODEL_DIR), quantize
