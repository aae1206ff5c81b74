"""Where the project's own files are, for commands run from another directory."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# The store commands use without --db; here, not in `moderation.store`, so that a command's
# `--help` names it without importing the database layer.
DEFAULT_DB_URL = "sqlite:///moderation.db"


def located(entry: str | Path, *places: Path) -> str:
    """A relative path read from where the command runs, else from the first of `places` that
    holds it (a config kept with its data elsewhere; the recipe's own `labels/...` files when
    run outside the project), else as written, for its error to name; set names stay."""
    if Path(entry).is_absolute() or Path(entry).exists():
        return str(entry)
    return next((str(place / entry) for place in places if (place / entry).exists()), str(entry))


def printable(path: str | Path) -> str:
    """A path as text that can be printed, stored and read back as UTF-8: a name's bytes that
    are not UTF-8 as escapes ("caf\\xe9.jsonl", copied from an old system), which no two names
    share, where `str(path)` holds lone surrogates that break a JSON line or a database."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
