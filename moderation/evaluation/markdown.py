"""`report.md`: the tables a person reads first, in the order they decide things in."""

from __future__ import annotations

from collections.abc import Sequence

from moderation.engine import DECISIONS
from moderation.evaluation.cells import markdown_table, num, pct, side_by_side, with_ci
from moderation.evaluation.compare import label_differences
from moderation.evaluation.subgroups import MIN_NEGATIVES
from moderation.evaluation.types import ModelRun, Report, SubgroupRate
from moderation.model.spec import LABELS

ERRORS_SHOWN = 5
OVERFLAG_RATIO = 1.5  # a group's FPR this many times the overall rate is called out


def render_markdown(report: Report, plots: Sequence[str] = ()) -> str:
    run = report.run
    parts = [
        f"# Evaluation of {run.tag}\n",
        _summary(report),
        "## What was evaluated\n",
        markdown_table(
            ["set", "rows scored", "rows available", "which rows"],
            [[s.name, s.rows, s.available_rows, s.selection] for s in report.sets],
        ),
    ]
    for label in run.thresholds:
        parts += _label_section(run, label)
    parts += [
        "## Decisions: share of comments\n",
        "All rows of each set, labelled or not, through the engine's decision rule.\n",
        markdown_table(
            ["set", "rows", *DECISIONS],
            [[r.name, r.rows, *(pct(r.decisions[d]) for d in DECISIONS)] for r in run.sets],
        ),
    ]
    parts += _subgroup_section(run)
    parts += _functional_section(report)
    if report.baseline is not None:
        parts += _baseline_section(run, report.baseline)
    parts += _error_section(run)
    if plots:
        parts += ["## Plots\n", "\n".join(f"![{name}]({name})" for name in plots) + "\n"]
    parts += _notes(report)
    return "\n".join(parts)


def _summary(report: Report) -> str:
    run, settings = report.run, report.settings
    engine = "int8 (opt-in path)" if run.quantized else "fp32, the engine's reference"
    lines = [
        f"Model `{run.directory}` ({engine}); {sum(s.rows for s in report.sets)} comments "
        f"scored in {run.seconds:.0f} s ({run.rows_per_second:.0f}/s). Known sets: "
        f"`--split {settings['split']}`; `--limit {settings['limit'] or 'none'}` "
        f"(seed {settings['seed']}). Generated {settings['generated']}.",
        "",
        "Metrics count a label only on rows whose label a person gave (weak keyword labels and "
        "unknown rows are left out). Thresholds are the model's own:",
        "",
        markdown_table(
            ["label", "review ≥", "remove ≥"],
            [[label, num(t["review"]), num(t["remove"])] for label, t in run.thresholds.items()],
        ),
    ]
    if report.baseline is not None:
        lines.insert(1, f"Baseline: `{report.baseline.directory}` ({report.baseline.tag}).")
    return "\n".join(lines)


def _label_section(run: ModelRun, label: str) -> list[str]:
    results = [(r.name, r.labels[label]) for r in run.sets if label in r.labels]
    if not results:
        return []
    rows = []
    for name, m in results:
        rows.append(
            [
                name,
                m.rows,
                m.positives,
                num(m.roc_auc),
                num(m.average_precision),
                num(m.ece),
                with_ci(m.review.precision, m.review.precision_ci),
                with_ci(m.review.recall, m.review.recall_ci),
                num(m.review.f1),
                num(m.remove.precision),
                num(m.remove.recall),
                num(m.remove.f1),
            ]
        )
    confusion = [
        [name, gold, *(m.confusion[gold][d] for d in DECISIONS)]
        for name, m in results
        for gold in ("positive", "negative")
    ]
    return [
        f"## {label}\n",
        markdown_table(
            [
                "set",
                "gold rows",
                "positives",
                "ROC-AUC",
                "AP",
                "ECE",
                "P@review [95% CI]",
                "R@review [95% CI]",
                "F1@review",
                "P@remove",
                "R@remove",
                "F1@remove",
            ],
            rows,
        ),
        f"Confusion of gold {label} against the decision this label alone causes:\n",
        markdown_table(["set", "gold", *DECISIONS], confusion),
    ]


def _subgroup_section(run: ModelRun) -> list[str]:
    out = [
        "## Subgroups: false positives on comments that mention a group\n",
        "False-positive rate at the review threshold on gold negatives, pooled over the "
        "labelled sets (not the functional suites). Groups from `labels/identity_terms.toml`; "
        f"rates on fewer than {MIN_NEGATIVES} negatives are marked *thin*.\n",
    ]
    for label, rates in run.pooled_subgroups.items():
        out += [
            f"### {label}\n",
            markdown_table(
                ["group", "negatives", "false positives", "FPR", "× overall"],
                [_subgroup_row(rate) for rate in rates],
            ),
        ]
        loud = [
            r.group
            for r in rates[1:]
            if r.negatives >= MIN_NEGATIVES and (r.ratio_to_overall or 0) >= OVERFLAG_RATIO
        ]
        if loud:
            out.append(f"Over-flagged (≥ {OVERFLAG_RATIO}× the overall rate): {', '.join(loud)}.\n")
    return out


def _subgroup_row(rate: SubgroupRate) -> list:
    thin = " *thin*" if rate.negatives < MIN_NEGATIVES else ""
    ratio = "" if rate.ratio_to_overall is None else f"{rate.ratio_to_overall:.2f}"
    return [
        rate.group,
        rate.negatives,
        rate.false_positives,
        pct(rate.false_positive_rate) + thin,
        ratio,
    ]


def _functional_section(report: Report) -> list[str]:
    suites = [r for r in report.run.sets if r.functional]
    if not suites:
        return []
    out = [
        "## Functional suites\n",
        "Accuracy at the review threshold per functionality of each `labels/functional/` suite; "
        "`accuracy`, `mean score` and `failed` are for the label the functionality tests, the "
        "per-label columns over cases with a known gold label for that label.\n",
    ]
    for suite in suites:
        baseline = report.baseline.result(suite.name) if report.baseline else None
        theirs = {f.functionality: f for f in baseline.functional} if baseline else {}
        headers = ["functionality", "expected", "cases", "accuracy", "mean score"]
        headers += [f"{label} acc." for label in LABELS] + ["failed"]
        if theirs:
            headers.insert(4, "baseline acc.")
        rows = []
        for f in suite.functional:
            failed = ", ".join(f.failed[:6]) + (" …" if len(f.failed) > 6 else "")
            row = [f.functionality, f.expected, f.cases, num(f.accuracy.get(f.label))]
            row += [num(f.mean_score)] + [num(f.accuracy.get(label)) for label in LABELS]
            row.append(failed)
            if theirs:
                other = theirs.get(f.functionality)
                row.insert(4, num(other.accuracy.get(f.label)) if other else "–")
            rows.append(row)
        out += [f"### {suite.name}\n", markdown_table(headers, rows)]
    return out


def _baseline_section(run: ModelRun, baseline: ModelRun) -> list[str]:
    rows = []
    for result in run.sets:
        other = baseline.result(result.name)
        for label, metrics in result.labels.items():
            if other is None or label not in other.labels:
                continue
            diff = label_differences(metrics, other.labels[label])
            rows.append(
                [
                    result.name,
                    label,
                    *(
                        side_by_side(diff[k])
                        for k in ("roc_auc", "average_precision", "ece", "f1@review", "f1@remove")
                    ),
                ]
            )
    return [
        f"## Against the baseline ({baseline.tag})\n",
        "Each cell: model / baseline (difference).\n",
        markdown_table(
            ["set", "label", "ROC-AUC", "AP", "ECE (lower is better)", "F1@review", "F1@remove"],
            rows,
        ),
    ]


def _error_section(run: ModelRun) -> list[str]:
    out = [
        "## Worst errors\n",
        f"The {ERRORS_SHOWN} most confident mistakes per label at the review threshold, "
        "over all sets (`report.json` keeps 10 per set).\n",
    ]
    for label in run.thresholds:
        fps = sorted(
            (case for r in run.sets for case in r.false_positives.get(label, ())),
            key=lambda c: -c.score,
        )
        fns = sorted(
            (case for r in run.sets for case in r.false_negatives.get(label, ())),
            key=lambda c: c.score,
        )
        for title, cases in (("false positives", fps), ("false negatives", fns)):
            if cases:
                out += [
                    f"### {label}: {title}\n",
                    markdown_table(
                        ["score", "source", "comment"],
                        [[num(c.score), c.source, c.text] for c in cases[:ERRORS_SHOWN]],
                    ),
                ]
    return out


def _notes(report: Report) -> list[str]:
    checks = "\n".join(f"- {name}: {text}" for name, text in report.checks.items())
    return [
        "## How these numbers were computed\n",
        f"- P/R/F1 and ROC-AUC: {report.settings['metric_backend']}; AP: scikit-learn; ECE: 10 "
        "equal-width bins (`moderation.training.calibration.reliability`). CIs are Wilson 95% "
        "intervals.\n" + checks,
        "- Every number in this file, and more (per-set subgroup rates, curve points, "
        "reliability bins), is in `report.json`.\n",
    ]
