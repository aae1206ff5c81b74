"""`moderation moderate PATH...`: pages, exports or stdin lines in; a decision per comment out."""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.table import Table

from moderation.cli.page_input import STDIN, read_pages
from moderation.engine import DECISIONS, EVIDENCE_METHODS, Decision
from moderation.shown import spreadsheet_cell, visible
from moderation.terminal import progress_bar, stdout_console
from moderation.types import Comment, Page

HELP = {
    "paths": "Pages, comment exports (JSON/JSONL/CSV/XML), directories, or - (a comment per line).",
    "model": "Model directory (default: models/minilm-moderation).",
    "format": "table (for a person), jsonl or csv.",
    "only": "flagged: print review and remove decisions only.",
    "explain": "Find evidence for every comment, not only flagged ones; show it in the table.",
    "threads": "CPU threads for the model (default, or 0: all).",
    "evidence": "attention: read evidence off the scoring pass (free; right 85% of the time on "
    "Toxic Spans), or rescore: score each sentence of a flagged comment again (87%, half the "
    "speed).",
    "int8": "int8 matmuls in the encoder's later half instead of the default (bf16 where the CPU "
    "has it, else fp32): decisions agree with fp32 on 99.95% of comments, scores within 0.011, "
    "but slower than bf16 on an AMX CPU (make bench). Needs AVX512-VNNI or AMX; elsewhere fp32 "
    "runs, with a note.",
}


class OutputFormat(StrEnum):
    """How decisions are printed."""

    table = "table"
    jsonl = "jsonl"
    csv = "csv"


EvidenceMethod = StrEnum("EvidenceMethod", {method: method for method in EVIDENCE_METHODS})


class Only(StrEnum):
    """Which decisions are printed."""

    flagged = "flagged"


def moderate(
    paths: Annotated[list[str], typer.Argument(help=HELP["paths"])],
    model: Annotated[Path | None, typer.Option("--model", "-m", help=HELP["model"])] = None,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help=HELP["format"])
    ] = OutputFormat.table,
    only: Annotated[Only | None, typer.Option("--only", help=HELP["only"])] = None,
    explain: Annotated[bool, typer.Option("--explain", help=HELP["explain"])] = False,
    threads: Annotated[
        int | None, typer.Option("--threads", min=0, help=HELP["threads"])
    ] = None,  # a negative count reached torch, whose refusal was a traceback
    int8: Annotated[bool, typer.Option("--int8", help=HELP["int8"])] = False,
    evidence: Annotated[
        EvidenceMethod, typer.Option("--evidence", help=HELP["evidence"])
    ] = EvidenceMethod.attention,
) -> None:
    """Score every comment, decide allow / review / remove, and say why. Exit 1 only on errors."""
    # torch and transformers take seconds to import: only a command that scores pays for them
    from moderation.engine import Moderator
    from moderation.engine.runner import fast_precision

    # a missing model fails before any parsing
    precision, note = fast_precision("int8" if int8 else "auto")
    if note:
        typer.echo(f"note: {note}", err=True)
    moderator = Moderator(model, precision=precision, threads=threads, evidence=evidence.value)
    pages, failed = read_pages(paths, _page_or_stdin)
    total = None if STDIN in paths else sum(len(page.comments) for page in pages)
    with _progress(total) as advance:
        decisions = _moderate_pages(moderator, pages, explain, advance)
        if output is OutputFormat.table:  # its summary counts every comment, shown or not
            _print_table(decisions, moderator.spec.labels, explain, only is Only.flagged)
        else:
            if only is Only.flagged:
                decisions = (decision for decision in decisions if decision.flagged)
            _PRINTERS[output](decisions, moderator.spec.labels, explain)
    if failed:
        raise typer.Exit(code=1)


def _page_or_stdin(source: str) -> Page | str:
    """A file parsed up front; stdin stays a marker, read a comment per line as it streams."""
    from moderation.parse import parse_file  # not at import: `--help` needs no parser

    return source if source == STDIN else parse_file(source)


def stdin_comments(stream: Iterable[str]) -> Iterator[Comment]:
    """One comment per non-blank line; its id is the line number."""
    for number, line in enumerate(stream, start=1):
        text = line.rstrip("\r\n")
        if text.strip():
            yield Comment(id=str(number), text=text)


def decoded_lines(stream: Iterable[bytes]) -> Iterator[str]:
    """Lines of bytes as text, one at a time (stdin may never end): UTF-8, else Windows-1252,
    the commonest legacy encoding, so "Caf\xe9" reads "Café" rather than "Caf\ufffd"."""
    for raw in stream:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield raw.decode("cp1252", errors="replace")


def _moderate_pages(moderator, pages, explain, advance) -> Iterator[Decision]:
    for page in pages:
        if page == STDIN:
            source, comments = "<stdin>", stdin_comments(decoded_lines(sys.stdin.buffer))
        else:
            source, comments = page.source, page.comments
        for decision in moderator.moderate(comments, source=source, explain=explain):
            advance()
            yield decision


class _progress:
    """A progress bar on stderr while a person watches; nothing when stderr is not a terminal."""

    def __init__(self, total: int | None):
        console = Console(stderr=True)
        self.bar = None
        if console.is_terminal:
            columns = (TextColumn("moderating"), BarColumn(), MofNCompleteColumn())
            self.bar = progress_bar(console, *columns, TimeRemainingColumn())
            self.task = self.bar.add_task("moderating", total=total)

    def __enter__(self):
        if self.bar is None:
            return lambda: None
        self.bar.start()
        return lambda: self.bar.advance(self.task)

    def __exit__(self, *exc_info):
        if self.bar is not None:
            self.bar.stop()


def _print_jsonl(decisions: Iterable[Decision], labels, explain) -> None:
    for decision in decisions:
        print(json.dumps(decision.to_dict(), ensure_ascii=False), flush=False)


def _print_csv(decisions: Iterable[Decision], labels, explain) -> None:
    """One row per decision; its free-text cells inert in a spreadsheet (`spreadsheet_cell`)."""
    writer = csv.writer(sys.stdout)
    writer.writerow(
        ["source", "comment_id", "author", "text", "decision", "labels", "confidence", *labels]
        + ["evidence_start", "evidence_end", "evidence_text", "model"]
    )
    for d in decisions:
        evidence = ("",) * 3
        if d.evidence:  # the offsets index the input's text, not the cell
            evidence = (d.evidence.start, d.evidence.end, spreadsheet_cell(d.evidence.text))
        scores = [f"{d.scores[label]:.4f}" for label in labels]
        writer.writerow(
            [spreadsheet_cell(d.source), spreadsheet_cell(d.comment_id)]
            + [spreadsheet_cell(d.author or ""), spreadsheet_cell(d.text)]
            + [d.decision, ";".join(d.labels), f"{d.confidence:.4f}", *scores, *evidence, d.model]
        )


_PIPED_WIDTH = 200  # a table written to a file or a pipe: wide enough for --explain
_ID_WIDTH = 12
_MIN_TEXT_WIDTH = 10


def _print_table(
    decisions: Iterable[Decision], labels, explain, only_flagged: bool = False
) -> None:
    """Flagged first (remove, then review), input order within each; then counts per decision
    over every comment moderated, the allowed ones too when only the flagged are shown."""
    rank = {decision: -i for i, decision in enumerate(DECISIONS)}
    moderated = sorted(decisions, key=lambda d: rank[d.decision])
    rows = [d for d in moderated if d.flagged] if only_flagged else moderated
    console = stdout_console(_PIPED_WIDTH, highlight=False)
    table = Table()
    # Decision and scores always show whole; the names and texts share what is left of the
    # line (80 columns hid the decision and scores when every column asked for its width).
    fixed = len("decision") + sum(max(len(label), 4) for label in labels) + _ID_WIDTH
    columns = 4 + len(labels) + 2 + int(explain)
    rest = max(console.width - fixed - 3 * columns - 1, _MIN_TEXT_WIDTH * 2)
    side = min(24, rest // 6)  # source and author
    text_width = max((rest - 2 * side) // (2 if explain else 1), _MIN_TEXT_WIDTH)
    table.add_column("decision", no_wrap=True, min_width=len("decision"))
    for name in labels:
        table.add_column(name, no_wrap=True, min_width=max(len(name), 4))
    table.add_column("id", no_wrap=True, overflow="ellipsis", max_width=_ID_WIDTH)
    for name in ("source", "author"):
        table.add_column(name, no_wrap=True, overflow="ellipsis", max_width=side)
    table.add_column("comment", no_wrap=True, overflow="ellipsis", max_width=text_width)
    if explain:
        table.add_column("evidence", no_wrap=True, overflow="ellipsis", max_width=text_width)
    for d in rows:
        cells = [d.decision, *(f"{d.scores[label]:.2f}" for label in labels), d.comment_id]
        cells += [Path(d.source).name, d.author or "", _preview(d.text)]
        if explain:
            cells.append(_preview(d.evidence.text) if d.evidence else "")
        table.add_row(*(escape(visible(cell)) for cell in cells))
    console.print(table)
    counts = Counter(d.decision for d in moderated)
    summary = ", ".join(f"{counts[name]} {name}" for name in reversed(DECISIONS))
    shown = f" ({len(rows)} flagged shown)" if only_flagged else ""
    console.print(f"{len(moderated)} comments: {summary}{shown}")


def _preview(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


_PRINTERS = {
    OutputFormat.table: _print_table,
    OutputFormat.jsonl: _print_jsonl,
    OutputFormat.csv: _print_csv,
}
