"""`moderation parse PATH...`: pages in, article and comments out as JSON, JSONL or a table."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.table import Table

from moderation.cli.page_input import STDIN, read_pages
from moderation.errors import PageError
from moderation.terminal import stdout_console
from moderation.types import Page

if TYPE_CHECKING:  # the parser is imported when a page is read: `--help` starts without it
    from moderation.parse.scoring import ParseScore

_PIPED_WIDTH = 150  # a table written to a file or a pipe


class OutputFormat(StrEnum):
    """How parsed pages are printed."""

    json = "json"
    jsonl = "jsonl"
    table = "table"


def parse(
    paths: Annotated[
        list[str], typer.Argument(help="Page files, directories of pages, or - for stdin.")
    ],
    output: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="json, jsonl (one comment per line) or table; with --expected, table (the "
            "default) or json (the checks right and in all, per page and field).",
        ),
    ] = None,
    expected: Annotated[
        Path | None,
        typer.Option(
            "--expected",
            help="A folder of gold parses (as ../shared/fixtures/expected): score each page "
            "against its gold file, field by field, instead of printing it.",
        ),
    ] = None,
) -> None:
    """Split pages into title, article and reader comments; bad files are reported and skipped."""
    gold = _gold_files(expected) if expected is not None else None
    pages, failed = read_pages(paths, _read)
    if gold is None:
        _print(pages, output or OutputFormat.json)
    else:
        _print_scores(pages, gold, as_json=output in (OutputFormat.json, OutputFormat.jsonl))
    if failed:
        raise typer.Exit(code=1)


def _gold_files(folder: Path) -> dict[str, dict]:
    """Gold parses by the page file they describe (their 'page' field, else their own name)."""
    from moderation.parse.scoring import read_gold

    if not folder.is_dir():
        raise PageError(f"{folder}: no such folder of gold parses")
    found = {}
    for path in sorted(folder.glob("*.json")):
        gold = read_gold(path)
        found[str(gold.get("page") or path.stem)] = gold
    return found


def _print_scores(pages: list[Page], golds: dict[str, dict], as_json: bool = False) -> None:
    """Per page and in total: the share of gold checks each field passes, as a table or as
    JSON (checks right and in all) for a script to read."""
    from moderation.parse.scoring import COMMENT_FIELDS, PAGE_FIELDS, ParseScore, score_page

    names = (*PAGE_FIELDS, *COMMENT_FIELDS)
    table = Table(title="parse against gold (share of checks right)")
    for name in ("page", *names):
        table.add_column(name, no_wrap=True)
    total, per_page = ParseScore(), {}
    for page in pages:
        name = Path(page.source).name
        gold = golds.get(name) or golds.get(Path(page.source).stem)
        if gold is None:
            print(f"warning: {page.source}: no gold file, not scored", file=sys.stderr)
            continue
        score = score_page(page, gold)
        total += score
        per_page[name] = _counts(score, names)
        table.add_row(name, *(_share(score, field) for field in names))
    if as_json:
        print(
            json.dumps(
                {"pages": per_page, "all": _counts(total, names)}, ensure_ascii=False, indent=2
            )
        )
        return
    table.add_row("all", *(_share(total, field) for field in names), style="bold")
    stdout_console(_PIPED_WIDTH, highlight=False).print(table)


def _counts(score: ParseScore, names: tuple[str, ...]) -> dict[str, dict[str, int]]:
    return {
        name: {"right": score.right[name], "total": score.total[name]}
        for name in names
        if score.total[name]
    }


def _share(score: ParseScore, name: str) -> str:
    accuracy = score.accuracy(name)
    if accuracy is None:
        return "-"
    return f"{accuracy:.2f} ({score.right[name]}/{score.total[name]})"


def _read(source: str) -> Page:
    """One page from stdin or a file; stdin is read only up to the size cap plus one byte."""
    from moderation.parse import MAX_PAGE_BYTES, parse_file, parse_page

    if source != STDIN:
        return parse_file(source)
    raw = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
    return parse_page(raw, "<stdin>")


def _print(pages: list[Page], output: OutputFormat) -> None:
    """Write the pages to stdout in the chosen format."""
    if output is OutputFormat.json:
        print(json.dumps([page_record(page) for page in pages], ensure_ascii=False, indent=2))
    elif output is OutputFormat.jsonl:
        for page in pages:
            for comment in page.comments:
                print(json.dumps({"source": page.source, **asdict(comment)}, ensure_ascii=False))
    else:
        _print_table(pages)


def page_record(page: Page) -> dict:
    """A page as the JSON object the issue specifies (comment fields in a fixed order)."""
    comments = [
        {
            key: getattr(comment, key)
            for key in ("id", "author", "reply_to", "posted", "parent", "text")
        }
        for comment in page.comments
    ]
    return {
        "source": page.source,
        "title": page.title,
        "article": page.article,
        "comments": comments,
    }


def _print_table(pages: list[Page]) -> None:
    """A readable summary: one line per page, then its comments in short."""
    # Piped output has no terminal width; a wide fixed one keeps the columns readable.
    console = stdout_console(_PIPED_WIDTH, highlight=False)
    for page in pages:
        words = len(page.article.split())
        console.print(
            f"[bold]{escape(page.source)}[/bold]  title: {escape(page.title or '-')}  "
            f"article: {words} words  comments: {len(page.comments)}",
            markup=True,
        )
        if not page.comments:
            continue
        table = Table()
        for name in ("id", "author", "reply to", "posted"):
            table.add_column(name, no_wrap=True)
        table.add_column("text", no_wrap=True, overflow="ellipsis", max_width=60)
        for comment in page.comments:
            preview = " ".join(comment.text.split())
            preview = preview if len(preview) <= 70 else preview[:69] + "…"
            table.add_row(
                comment.id,
                comment.author or "",
                comment.reply_to or "",
                comment.posted or "",
                preview,
            )
        console.print(table)
