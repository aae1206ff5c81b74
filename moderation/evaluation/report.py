"""Write a Report to a folder: report.json (every number), report.md (the tables a person reads
first) and the PNG plots the markdown links to."""

from __future__ import annotations

import json
from pathlib import Path

from moderation.evaluation.markdown import render_markdown
from moderation.evaluation.plots import write_plots
from moderation.evaluation.types import Report

JSON_NAME = "report.json"
MARKDOWN_NAME = "report.md"


def write_report(report: Report, directory: str | Path) -> list[Path]:
    """Write every report file into `directory` (created if missing); return their paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    # allow_nan=False: a NaN in a report is a bug to see, not a value to print.
    data = json.dumps(report.to_dict(), indent=2, ensure_ascii=False, allow_nan=False)
    (directory / JSON_NAME).write_text(data + "\n", encoding="utf-8")
    plots = write_plots(report, directory)
    (directory / MARKDOWN_NAME).write_text(render_markdown(report, plots), encoding="utf-8")
    return [directory / JSON_NAME, directory / MARKDOWN_NAME, *(directory / name for name in plots)]
