"""Score every set with one model, as the engine serves it, and turn the scores into results."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from moderation.engine import DECISIONS, Moderator, Scores
from moderation.engine.decide import decide
from moderation.evaluation.errors import top_errors
from moderation.evaluation.functional import functionality_results, is_functional
from moderation.evaluation.metrics import score_label
from moderation.evaluation.subgroups import subgroup_rates
from moderation.evaluation.types import EvalSet, ModelRun, SetResult
from moderation.model.spec import LABELS, ModelSpec
from moderation.training.recipe import gold_rows

SCORE_CHUNK = 2048  # comments per call to the model, so progress can be shown on long sets
Progress = Callable[[int], None]


def run_model(
    moderator: Moderator,
    directory: str,
    quantized: bool,
    sets: Sequence[EvalSet],
    mentions: dict[str, list[set[str]]],
    on_progress: Progress | None = None,
) -> ModelRun:
    """One model on every set; `mentions` holds each set's identity groups, row by row."""
    started = time.monotonic()
    scored = [(s, score_set(moderator, s, on_progress)) for s in sets]
    seconds = time.monotonic() - started
    spec = moderator.spec
    results = tuple(set_result(s, scores, spec, mentions[s.name]) for s, scores in scored)
    rows = sum(len(s.frame) for s in sets)
    return ModelRun(
        tag=spec.tag,
        directory=directory,
        quantized=quantized,
        thresholds={label: vars(spec.thresholds_for(label)) for label in _labels(spec)},
        sets=results,
        pooled_subgroups=_pooled_subgroups(scored, spec, mentions),
        seconds=round(seconds, 1),
        rows_per_second=round(rows / seconds, 1) if seconds else 0.0,
    )


def score_set(
    moderator: Moderator, evaluation_set: EvalSet, on_progress: Progress | None = None
) -> dict[str, np.ndarray]:
    """Calibrated probability per project label, one entry per row of the set."""
    texts = evaluation_set.frame["text"].astype(str).tolist()
    labels = _labels(moderator.spec)
    parts = []
    for start in range(0, len(texts), SCORE_CHUNK):
        chunk = texts[start : start + SCORE_CHUNK]
        parts.append(moderator.score(chunk))
        if on_progress:
            on_progress(len(chunk))
    probs = np.concatenate(parts) if parts else np.zeros((0, len(moderator.spec.labels)))
    return {label: probs[:, moderator.spec.labels.index(label)].astype(float) for label in labels}


def set_result(
    evaluation_set: EvalSet,
    scores: dict[str, np.ndarray],
    spec: ModelSpec,
    mentions: list[set[str]],
) -> SetResult:
    """Metrics, subgroup rates and worst errors per label with gold rows; decisions overall."""
    frame = evaluation_set.frame
    labels, subgroups, false_positives, false_negatives = {}, {}, {}, {}
    for label, probs in scores.items():
        rows = gold_rows(frame, label)
        if not rows.any():
            continue
        targets = frame[label].to_numpy()[rows].astype(int)
        thresholds = spec.thresholds_for(label)
        labels[label] = score_label(label, probs[rows], targets, thresholds)
        gold_mentions = [m for m, keep in zip(mentions, rows, strict=True) if keep]
        subgroups[label] = subgroup_rates(gold_mentions, probs[rows], targets, thresholds.review)
        false_positives[label], false_negatives[label] = top_errors(
            frame[rows].reset_index(drop=True), probs[rows], targets, thresholds.review
        )
    functional = ()
    if is_functional(evaluation_set.name):
        functional = functionality_results(
            frame, scores, {label: spec.thresholds_for(label) for label in scores}
        )
    return SetResult(
        name=evaluation_set.name,
        rows=len(frame),
        labels=labels,
        decisions=decision_shares(scores, spec),
        subgroups=subgroups,
        false_positives=false_positives,
        false_negatives=false_negatives,
        functional=functional,
    )


def decision_shares(scores: dict[str, np.ndarray], spec: ModelSpec) -> dict[str, float]:
    """Share of rows the engine would allow, review or remove (all rows, labelled or not)."""
    labels = tuple(scores)
    rows = np.column_stack([scores[label] for label in labels]) if labels else np.zeros((0, 0))
    counts = Counter(decide(Scores(labels, tuple(map(float, row))), spec)[0] for row in rows)
    total = max(len(rows), 1)
    return {decision: round(counts[decision] / total, 4) for decision in DECISIONS}


def _pooled_subgroups(scored, spec: ModelSpec, mentions: dict[str, list[set[str]]]) -> dict:
    """Subgroup rates over the gold negatives of every labelled set together (not the suite,
    whose contrasts are written to mention Jews and are reported per functionality instead)."""
    pooled = {}
    for label in _labels(spec):
        probs, targets, groups = [], [], []
        for evaluation_set, scores in scored:
            if is_functional(evaluation_set.name):
                continue
            rows = gold_rows(evaluation_set.frame, label)
            probs.append(scores[label][rows])
            targets.append(evaluation_set.frame[label].to_numpy()[rows].astype(int))
            groups += [
                m for m, keep in zip(mentions[evaluation_set.name], rows, strict=True) if keep
            ]
        if groups:
            pooled[label] = subgroup_rates(
                groups,
                np.concatenate(probs),
                np.concatenate(targets),
                spec.thresholds_for(label).review,
            )
    return pooled


def _labels(spec: ModelSpec) -> tuple[str, ...]:
    """The project's labels the model declares, in the project's order."""
    return tuple(label for label in LABELS if label in spec.labels)
