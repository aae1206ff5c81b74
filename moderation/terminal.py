"""Rich consoles for the commands: tables on stdout at the terminal's width (a fixed one when
written to a file or a pipe), progress bars on stderr that leave stdout alone."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import Progress, ProgressColumn


def stdout_console(piped_width: int, **options) -> Console:
    """A console on stdout: the terminal's width, or `piped_width` when stdout is no terminal
    (Rich would take 80, too narrow for a table's names and numbers)."""
    return Console(width=None if sys.stdout.isatty() else piped_width, **options)


def progress_bar(console: Console, *columns: str | ProgressColumn) -> Progress:
    """A bar drawn on `console` (stderr) that vanishes when done. Rich redirects stdout into a
    live display by default: a command's results written to stdout (`moderate ... > out.jsonl`
    from a terminal) ended up on stderr."""
    return Progress(
        *columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False
    )
