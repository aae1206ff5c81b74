"""Which files a batch reads: SOURCE folders and files, optionally only those modified since a
date. A missing SOURCE is a typo to fix, not a failed page, so it stops the run before it starts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from moderation.errors import PageError
from moderation.parse import page_files
from moderation.paths import printable


def source_files(
    sources: Iterable[str | Path], since: datetime | None = None
) -> tuple[list[Path], list[Path]]:
    """Page files under each source (folders with their subfolders), in the order given, each
    once, and the SOURCE folders with no page file in them or below them (most often the wrong
    folder: said on a line of its own while the others are read); `since` compares mtimes (a
    naive `since` is local time)."""
    cutoff = since.timestamp() if since else None
    seen: set[Path] = set()
    files, empty = [], []
    for source in sources:
        path = Path(source)
        if not path.exists():
            raise PageError(f"{path}: no such file or directory")
        listed = page_files(path, recursive=True)
        if path.is_dir() and not listed:
            empty.append(path)
        for file in listed:
            key = file.resolve()
            if key in seen or (cutoff is not None and _modified(file) < cutoff):
                continue
            seen.add(key)
            files.append(file)
    return files, empty


def _modified(file: Path) -> float:
    """A page's mtime; a link's own where the page it names is gone (it is read, and fails)."""
    return (file.stat() if file.exists() else file.lstat()).st_mtime


def store_key(file: Path) -> str:
    """A page's key in the store: its absolute path, the same from whatever folder cron runs in;
    a name that is not UTF-8 with its odd bytes escaped (`printable`)."""
    return printable(file.resolve())
