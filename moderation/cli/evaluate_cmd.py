"""`moderation evaluate DATA...`: score labelled sets and report how good the model is."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn

from moderation.errors import DataError
from moderation.shown import print_error
from moderation.terminal import progress_bar

HELP = {
    "data": "Known set names (labels/mappings), `functional` (both functional suites; "
    "`functional/antisemitism` or `functional/violence_abuse` for one), local CSV/JSONL/Parquet "
    "files or folders, or hf:NAME[:split].",
    "model": "Model directory (default: models/minilm-moderation).",
    "text_column": "Text column of local files in the project's label format.",
    "label_map": "A mapping TOML (the format of labels/mappings) for local files or hf: sets "
    "in their own columns: text_column and a rule table per label; its name and files table "
    "are optional here.",
    "report": "Write report.json, report.md and PNG plots here; without it, print a summary.",
    "baseline": "A second model directory, reported side by side with the differences.",
    "split": "test: known sets on their held-out test split only; all: every row (optimistic).",
    "limit": "Score at most N rows per set (seeded sample; functional suites are always whole).",
    "seed": "Seed of the --limit sample.",
    "threads": "CPU threads for the model (default, or 0: torch's choice).",
    "int8": "Score with the opt-in int8 path instead of fp32, the reference evaluations use.",
}


class Split(StrEnum):
    """Which rows of a known set are scored."""

    test = "test"
    all = "all"


def evaluate(
    data: Annotated[list[str], typer.Argument(help=HELP["data"])],
    model: Annotated[Path | None, typer.Option("--model", "-m", help=HELP["model"])] = None,
    text_column: Annotated[str, typer.Option(help=HELP["text_column"])] = "text",
    label_map: Annotated[Path | None, typer.Option(help=HELP["label_map"])] = None,
    report: Annotated[Path | None, typer.Option(help=HELP["report"])] = None,
    baseline: Annotated[Path | None, typer.Option(help=HELP["baseline"])] = None,
    split: Annotated[Split, typer.Option(help=HELP["split"])] = Split.test,
    limit: Annotated[int | None, typer.Option(help=HELP["limit"])] = None,
    seed: Annotated[int, typer.Option(help=HELP["seed"])] = 13,
    threads: Annotated[int | None, typer.Option(min=0, help=HELP["threads"])] = None,
    int8: Annotated[bool, typer.Option("--int8", help=HELP["int8"])] = False,
) -> None:
    """Per-label metrics, subgroup false-positive rates, worst errors and the functional suites."""
    # torch, transformers, datasets and matplotlib take seconds to import: loaded when run
    import torch

    from moderation.evaluation import evaluate as run_evaluation
    from moderation.evaluation import load_sets, write_report
    from moderation.evaluation.console import print_summary

    if threads:
        torch.set_num_threads(threads)
    if baseline is not None:
        _check_baseline(baseline)  # before the model scores every set, not after
    stderr = Console(stderr=True)
    failed: list[DataError] = []

    def report_error(error: DataError) -> None:
        failed.append(error)
        print_error(error)

    sets = load_sets(data, split.value, text_column, label_map, limit, seed, on_error=report_error)
    if not sets:
        raise typer.Exit(code=1)
    for s in sets:
        stderr.print(f"{s.name}: {len(s.frame)} rows ({s.selection})", highlight=False)
    total = sum(len(s.frame) for s in sets) * (2 if baseline else 1)
    with _progress(stderr, total) as advance:
        result = run_evaluation(
            model,
            sets,
            baseline=baseline,
            split=split.value,
            limit=limit,
            text_column=text_column,
            label_map=label_map,
            seed=seed,
            quantize=int8,
            on_progress=advance,
        )
    if report is None:
        print_summary(result)
    else:
        written = write_report(result, report)
        typer.echo(f"wrote {len(written)} files to {report}: {', '.join(p.name for p in written)}")
    if failed:  # the others were evaluated; the run still says that one could not be
        raise typer.Exit(code=1)


def _check_baseline(baseline: Path) -> None:
    """`--baseline` takes a second model's directory; an earlier report's folder is the usual
    mistake, and the model store's own message would point at --model."""
    if (baseline / "model.safetensors").is_file():
        return
    found = "an evaluate report" if (baseline / "report.json").is_file() else "no model.safetensors"
    raise DataError(
        f"{baseline}: --baseline wants a second model's directory (model.safetensors); "
        f"this holds {found}"
    )


class _progress:
    """A progress bar on stderr while a person watches; nothing when stderr is not a terminal."""

    def __init__(self, console: Console, total: int):
        self.bar = None
        if console.is_terminal:
            columns = (
                TextColumn("scoring"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
            )
            self.bar = progress_bar(console, *columns)
            self.task = self.bar.add_task("scoring", total=total)

    def __enter__(self):
        if self.bar is None:
            return None
        self.bar.start()
        return lambda rows: self.bar.advance(self.task, rows)

    def __exit__(self, *exc_info):
        if self.bar is not None:
            self.bar.stop()
