"""The summary `moderation evaluate` prints without --report: the headline tables, for a person."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from moderation.engine import DECISIONS
from moderation.evaluation.cells import delta, num
from moderation.evaluation.subgroups import MIN_NEGATIVES
from moderation.evaluation.types import Report
from moderation.terminal import stdout_console

_PIPED_WIDTH = 160  # the summary written to a file or a pipe


def print_summary(report: Report, console: Console | None = None) -> None:
    console = console or stdout_console(_PIPED_WIDTH, highlight=False)
    run = report.run
    console.print(
        f"[bold]{run.tag}[/bold] ({'int8' if run.quantized else 'fp32'}) · split "
        f"{report.settings['split']} · {sum(s.rows for s in report.sets)} comments · "
        f"{run.rows_per_second:.0f}/s · metrics: {report.settings['metric_backend']}"
    )
    console.print(_label_table(report))
    console.print(_decision_table(report))
    console.print(_subgroup_table(report))
    if any(r.functional for r in run.sets):
        console.print(_functional_table(report))


def _label_table(report: Report) -> Table:
    table = Table(title="Per label, gold rows only (P/R/F1 at the model's thresholds)")
    columns = [
        "label",
        "set",
        "rows",
        "pos",
        "ROC-AUC",
        "AP",
        "ECE",
        "P@rev",
        "R@rev",
        "F1@rev",
        "P@rem",
        "R@rem",
        "F1@rem",
    ]
    if report.baseline:
        columns += ["ΔAP", "ΔF1@rev"]
    for name in columns:
        table.add_column(name, justify="left" if name in ("label", "set") else "right")
    for label in report.run.thresholds:
        for result in report.run.sets:
            m = result.labels.get(label)
            if m is None:
                continue
            row = [
                label,
                result.name,
                str(m.rows),
                str(m.positives),
                num(m.roc_auc),
                num(m.average_precision),
                num(m.ece),
                num(m.review.precision),
                num(m.review.recall),
                num(m.review.f1),
                num(m.remove.precision),
                num(m.remove.recall),
                num(m.remove.f1),
            ]
            if report.baseline:
                other = report.baseline.result(result.name)
                b = other.labels.get(label) if other else None
                row += [
                    delta(m.average_precision, b and b.average_precision),
                    delta(m.review.f1, b and b.review.f1),
                ]
            table.add_row(*row)
    return table


def _decision_table(report: Report) -> Table:
    table = Table(title="Share of comments per decision (all rows)")
    for name in ("set", "rows", *DECISIONS):
        table.add_column(name, justify="left" if name == "set" else "right")
    for result in report.run.sets:
        table.add_row(
            result.name, str(result.rows), *(f"{100 * result.decisions[d]:.1f}%" for d in DECISIONS)
        )
    return table


def _subgroup_table(report: Report) -> Table:
    table = Table(
        title=f"False-positive rate at review on gold negatives mentioning a group (pooled; "
        f"* = under {MIN_NEGATIVES} negatives)"
    )
    for name in ("label", "group", "negatives", "FPR", "× overall"):
        table.add_column(name, justify="left" if name in ("label", "group") else "right")
    for label, rates in report.run.pooled_subgroups.items():
        for rate in rates:
            fpr = (
                "–"
                if rate.false_positive_rate is None
                else f"{100 * rate.false_positive_rate:.1f}%"
            )
            thin = "*" if rate.negatives < MIN_NEGATIVES else ""
            ratio = "" if rate.ratio_to_overall is None else f"{rate.ratio_to_overall:.2f}"
            table.add_row(label, rate.group, str(rate.negatives), fpr + thin, ratio)
    return table


def _functional_table(report: Report) -> Table:
    table = Table(title="Functional suites: accuracy at review on the label each tests")
    for name in ("suite", "functionality", "expected", "cases", "accuracy", "mean score"):
        left = name in ("suite", "functionality", "expected")
        table.add_column(name, justify="left" if left else "right")
    for result in report.run.sets:
        for f in result.functional:
            table.add_row(
                result.name.removeprefix("functional/"),
                f.functionality,
                f.expected,
                str(f.cases),
                num(f.accuracy.get(f.label)),
                num(f.mean_score),
            )
    return table
