"""What an evaluation hands back: plain frozen records, so a report is data before it is prose.

`Report.to_dict()` is the schema of `report.json`; the markdown, the console table and the plots
are all drawn from these records, never from anything computed on the side.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pandas as pd


@dataclass(frozen=True)
class EvalSet:
    """One labelled set as evaluated: its rows, and a sentence saying which rows they are."""

    name: str
    frame: pd.DataFrame  # text, source, the labels (1/0/-1), gold_<label>, weight_<label>
    selection: str
    available_rows: int  # before --limit sampled from them


@dataclass(frozen=True)
class ThresholdMetrics:
    """Decisions of one label at one cut-off, over that label's gold rows."""

    threshold: float
    precision: float | None  # None: nothing flagged (0 of 0), as recall without a positive
    recall: float | None
    f1: float | None
    precision_ci: tuple[float, float] | None  # Wilson 95%: thin labels (a few dozen positives)
    recall_ci: tuple[float, float] | None
    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    flagged_share: float  # share of gold rows at or above the cut-off


@dataclass(frozen=True)
class LabelMetrics:
    """Ranking, calibration and threshold quality of one label on one set's gold rows."""

    label: str
    rows: int
    positives: int
    roc_auc: float | None  # None when the gold rows hold one class only
    average_precision: float | None
    ece: float
    review: ThresholdMetrics
    remove: ThresholdMetrics
    confusion: dict[str, dict[str, int]]  # gold "positive"/"negative" -> decision -> rows
    reliability: tuple[dict, ...]  # equal-width bins: confidence, observed, count
    pr_curve: dict[str, list[float]]  # precision, recall (at most a few hundred points)


@dataclass(frozen=True)
class SubgroupRate:
    """False-positive rate at review on gold negatives that mention one identity group."""

    group: str  # a group of labels/identity_terms.toml, "any group", or "all negatives"
    negatives: int
    false_positives: int
    false_positive_rate: float | None
    ratio_to_overall: float | None  # this rate / the rate on all negatives


@dataclass(frozen=True)
class ErrorCase:
    """One confident mistake: the comment (shortened), its score and where it came from."""

    text: str
    score: float
    source: str


@dataclass(frozen=True)
class FunctionalityResult:
    """Accuracy at the review threshold on one functionality of a functional suite."""

    functionality: str
    label: str  # the label it tests
    cases: int
    expected: str  # e.g. "violent", "not violent" or "mixed"
    accuracy: dict[str, float | None]  # per label, over cases whose gold label is known
    mean_score: float  # mean probability of the tested label
    failed: tuple[str, ...]  # case ids wrong on the tested label


@dataclass(frozen=True)
class SetResult:
    """Everything one model did on one set."""

    name: str
    rows: int
    labels: dict[str, LabelMetrics]  # labels with gold rows in this set
    decisions: dict[str, float]  # share of all rows per decision (allow / review / remove)
    subgroups: dict[str, tuple[SubgroupRate, ...]]
    false_positives: dict[str, tuple[ErrorCase, ...]]
    false_negatives: dict[str, tuple[ErrorCase, ...]]
    functional: tuple[FunctionalityResult, ...] = ()


@dataclass(frozen=True)
class ModelRun:
    """One model's results on every evaluated set, plus subgroup rates pooled over the sets."""

    tag: str
    directory: str
    quantized: bool
    thresholds: dict[str, dict[str, float]]
    sets: tuple[SetResult, ...]
    pooled_subgroups: dict[str, tuple[SubgroupRate, ...]]
    seconds: float
    rows_per_second: float

    def result(self, name: str) -> SetResult | None:
        return next((s for s in self.sets if s.name == name), None)


@dataclass(frozen=True)
class SetInfo:
    """Which rows of a set were evaluated, in words and numbers."""

    name: str
    rows: int
    available_rows: int
    selection: str


@dataclass(frozen=True)
class Report:
    """What `evaluate(model, data)` returns: settings, sets, the model's run, maybe a baseline."""

    settings: dict
    sets: tuple[SetInfo, ...]
    run: ModelRun
    baseline: ModelRun | None = None
    checks: dict = field(default_factory=dict)  # cross-checks of the metric computations

    def to_dict(self) -> dict:
        data = asdict(self)
        if self.baseline is not None:
            from moderation.evaluation.compare import differences

            data["differences"] = differences(self.run, self.baseline)
        return data
