"""PNG plots per label: precision-recall curves and reliability diagrams, one line per set.

Drawn on `matplotlib.figure.Figure` with the Agg canvas, never pyplot, so no global backend
or figure state is touched (the CLI and tests may run in one process)."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from moderation.evaluation.types import LabelMetrics, ModelRun, Report


def write_plots(report: Report, directory: str | Path) -> list[str]:
    """Write pr_<label>.png and reliability_<label>.png; return the file names written."""
    directory = Path(directory)
    written = []
    for label in report.run.thresholds:
        model = _label_results(report.run, label)
        if not model:
            continue
        baseline = _label_results(report.baseline, label) if report.baseline else {}
        for name, draw in (("pr", _draw_pr), ("reliability", _draw_reliability)):
            figure = Figure(figsize=(6.4, 5.0), dpi=110)
            axes = figure.subplots()
            draw(axes, label, model, baseline, report.run.thresholds[label])
            figure.tight_layout()
            path = directory / f"{name}_{label}.png"
            figure.savefig(path)
            written.append(path.name)
    return written


def _label_results(run: ModelRun, label: str) -> dict[str, LabelMetrics]:
    return {r.name: r.labels[label] for r in run.sets if label in r.labels}


def _draw_pr(axes, label: str, model: dict, baseline: dict, thresholds: dict) -> None:
    for index, (name, metrics) in enumerate(model.items()):
        if not metrics.pr_curve["recall"]:
            continue
        color = f"C{index % 10}"
        axes.plot(
            metrics.pr_curve["recall"],
            metrics.pr_curve["precision"],
            color=color,
            label=f"{name} (AP {metrics.average_precision:.2f}, n+={metrics.positives})",
        )
        for cut, marker in ((metrics.review, "o"), (metrics.remove, "s")):
            if cut.precision is not None:  # nothing flagged at a cut-off: no point to draw
                axes.plot(cut.recall, cut.precision, marker, color=color, markersize=6)
        other = baseline.get(name)
        if other is not None and other.pr_curve["recall"]:
            axes.plot(
                other.pr_curve["recall"], other.pr_curve["precision"], "--", color=color, alpha=0.6
            )
    axes.set(
        xlabel="recall",
        ylabel="precision",
        xlim=(0, 1.01),
        ylim=(0, 1.02),
        title=f"{label}: precision-recall (● review ≥ {thresholds['review']:.2f}, "
        f"■ remove ≥ {thresholds['remove']:.2f}{'; dashed: baseline' if baseline else ''})",
    )
    axes.title.set_fontsize(9)
    axes.grid(alpha=0.3)
    _legend(axes, "lower left")


def _draw_reliability(axes, label: str, model: dict, baseline: dict, thresholds: dict) -> None:
    axes.plot([0, 1], [0, 1], color="grey", linewidth=1, label="perfect calibration")
    for index, (name, metrics) in enumerate(model.items()):
        color = f"C{index % 10}"
        bins = metrics.reliability
        axes.plot(
            [b["confidence"] for b in bins],
            [b["observed"] for b in bins],
            "-o",
            color=color,
            markersize=4,
            label=f"{name} (ECE {metrics.ece:.3f}, n={metrics.rows})",
        )
        other = baseline.get(name)
        if other is not None:
            axes.plot(
                [b["confidence"] for b in other.reliability],
                [b["observed"] for b in other.reliability],
                "--",
                color=color,
                alpha=0.6,
            )
    axes.set(
        xlabel="mean predicted probability (bin)",
        ylabel="observed share positive",
        xlim=(0, 1),
        ylim=(0, 1.02),
        title=f"{label}: reliability (10 equal-width bins"
        f"{'; dashed: baseline' if baseline else ''})",
    )
    axes.title.set_fontsize(9)
    axes.grid(alpha=0.3)
    _legend(axes, "upper left")


def _legend(axes, where: str) -> None:
    """A legend of the curves drawn; none where no set had both classes to draw one for (a
    legend of nothing prints matplotlib's warning in the middle of the run's output)."""
    if axes.get_legend_handles_labels()[0]:
        axes.legend(fontsize=7, loc=where)
