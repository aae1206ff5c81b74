"""`moderation data report`: what the training corpus holds, per source, label and split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from moderation.model.spec import LABELS
from moderation.paths import REPO_ROOT, located
from moderation.terminal import stdout_console
from moderation.training import TrainConfig

_PIPED_WIDTH = 160  # a table written to a file or a pipe

data_app = typer.Typer(no_args_is_help=True, help="Inspect the labelled data.")


@data_app.command("report")
def report(
    config: Annotated[
        Path, typer.Option(help="Training recipe whose data and split to report.")
    ] = Path("configs/train.toml"),
    data: Annotated[
        list[str] | None,
        typer.Option(help="Known set names or local label files (default: the config's)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print every number as JSON.")] = False,
) -> None:
    """Rows, positives per label per source, split sizes and cross-set duplicates."""
    from moderation.data.report import data_report  # pandas and datasets: seconds to import
    from moderation.training.recipe import load_corpus

    named = tuple(data) if data else None  # then those alone, not the recipe's own files beside
    settings = TrainConfig.from_file(  # the project's recipe also when run from elsewhere
        Path(located(config, REPO_ROOT)), data=named, train_only_data=() if named else None
    )
    result = data_report(load_corpus(settings))
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    table = Table(
        title=f"{result['rows']} rows after dedup; splits {result['splits']}",
        caption="loaded: rows the set gave; rows: after its repeats merged (copies whose labels "
        "disagree leave those labels unknown) and its rows with no words once mentions and "
        "links are out ('@USER @USER') left out",
    )
    for column in (
        "source",
        "loaded",
        "rows",
        "train",
        "val",
        "test",
        *(f"{label} +/-/weak" for label in LABELS),
    ):
        table.add_column(column, justify="left" if column == "source" else "right")
    for source, counts in result["sources"].items():
        cells = [
            f"{counts[label]['positive']}/{counts[label]['negative']}/{counts[label]['weak']}"
            for label in LABELS
        ]
        table.add_row(
            source,
            str(counts["loaded"]),
            str(counts["rows"]),
            str(counts["train"]),
            str(counts["validation"]),
            str(counts["test"]),
            *cells,
        )
    console = stdout_console(_PIPED_WIDTH)  # set names whole when piped
    console.print(table)
    console.print(f"duplicate groups shared across sets: {result['cross_set_duplicate_groups']}")
    for sources, count in list(result["overlap_by_sources"].items())[:10]:
        console.print(f"  {sources}: {count}")
