"""Pages named on the command line (`parse`, `moderate`): every bad file or empty folder is one
line on stderr and the rest are still read, so one bad page never costs the others."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from moderation.errors import PageError
from moderation.shown import print_error

STDIN = "-"
Read = TypeVar("Read")


def read_pages(paths: list[str], read: Callable[[str], Read]) -> tuple[list[Read], bool]:
    """`read` applied to every page file (folders expanded, `-` passed as is), and whether any
    argument failed."""
    from moderation.parse import listed_page_files  # not at import: `--help` needs no parser

    pages: list[Read] = []
    failed = False
    for path in paths:
        try:
            sources = [STDIN] if path == STDIN else [str(file) for file in listed_page_files(path)]
        except PageError as error:
            failed = True
            print_error(error)
            continue
        for source in sources:
            try:
                pages.append(read(source))
            except PageError as error:
                failed = True
                print_error(error)
    return pages, failed
