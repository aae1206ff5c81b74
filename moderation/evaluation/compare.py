"""A model against a baseline on the same rows: the headline numbers side by side, with the
difference (model minus baseline), so a retrain or a threshold change is judged by numbers."""

from __future__ import annotations

from moderation.evaluation.types import LabelMetrics, ModelRun

# (name in the report, how to read it off a LabelMetrics); higher is better except ECE.
HEADLINE = (
    ("roc_auc", lambda m: m.roc_auc),
    ("average_precision", lambda m: m.average_precision),
    ("ece", lambda m: m.ece),
    ("precision@review", lambda m: m.review.precision),
    ("recall@review", lambda m: m.review.recall),
    ("f1@review", lambda m: m.review.f1),
    ("precision@remove", lambda m: m.remove.precision),
    ("recall@remove", lambda m: m.remove.recall),
    ("f1@remove", lambda m: m.remove.f1),
)


def side_by_side(value: float | None, baseline: float | None) -> dict:
    difference = None if value is None or baseline is None else round(value - baseline, 4)
    return {"model": value, "baseline": baseline, "difference": difference}


def label_differences(model: LabelMetrics, baseline: LabelMetrics) -> dict[str, dict]:
    return {name: side_by_side(read(model), read(baseline)) for name, read in HEADLINE}


def differences(run: ModelRun, baseline: ModelRun) -> dict:
    """Per set: headline metrics per label, decision shares, and functional accuracy."""
    out = {}
    for result in run.sets:
        other = baseline.result(result.name)
        if other is None:
            continue
        entry = {
            "labels": {
                label: label_differences(metrics, other.labels[label])
                for label, metrics in result.labels.items()
                if label in other.labels
            },
            "decisions": {
                d: side_by_side(share, other.decisions.get(d))
                for d, share in result.decisions.items()
            },
        }
        if result.functional:
            theirs = {f.functionality: f for f in other.functional}
            entry["functional_accuracy"] = {
                f.functionality: side_by_side(
                    f.accuracy.get(f.label), theirs[f.functionality].accuracy.get(f.label)
                )
                for f in result.functional
                if f.functionality in theirs
            }
        out[result.name] = entry
    return out
