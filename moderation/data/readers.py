"""Read the raw files a mapping names into pandas frames, coping with their quirks."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from moderation.data.mapping import SHARED_DATA_DIR, JoinFile, SourceFile
from moderation.errors import DataError

_SEPARATORS = {"csv": ",", "tsv": "\t"}


def read_text_lossy(path: Path) -> str:
    """Decode as UTF-8, replacing the odd invalid byte (OLID has 24 such lines), not failing."""
    return path.read_bytes().decode("utf-8", errors="replace")


def read_table(path: Path, fmt: str, sep: str | None = None) -> pd.DataFrame:
    """One file as a frame of strings and numbers, whatever its format."""
    if not path.exists():
        hint = " (is ../shared/data beside the project?)"  # a known set's file, not the user's
        raise DataError(f"{path}: not found{hint if SHARED_DATA_DIR in path.parents else ''}")
    try:
        if fmt in _SEPARATORS:
            text = read_text_lossy(path)
            return pd.read_csv(
                io.StringIO(text), sep=sep or _SEPARATORS[fmt], quoting=csv.QUOTE_MINIMAL
            )
        if fmt == "jsonl":
            return pd.read_json(io.StringIO(read_text_lossy(path)), lines=True)
        if fmt == "parquet":
            return pd.read_parquet(path)
        if fmt == "tweeteval":
            return _read_tweeteval(path)
    except (ValueError, pd.errors.ParserError) as error:
        raise DataError(f"{path}: cannot read as {fmt} ({error})") from error
    raise DataError(f"{path}: unknown format {fmt!r}")


def _read_tweeteval(folder: Path) -> pd.DataFrame:
    """TweetEval's layout: one text per line, its 0/1 label on the same line of another file."""
    texts = read_text_lossy(folder / "test_text.txt").splitlines()
    labels = read_text_lossy(folder / "test_labels.txt").split()
    if len(texts) != len(labels):
        raise DataError(f"{folder}: {len(texts)} texts but {len(labels)} labels")
    return pd.DataFrame(
        {"tweet": texts, "subtask_a": ["OFF" if x == "1" else "NOT" for x in labels]}
    )


def read_source(source: SourceFile, data_dir: Path) -> pd.DataFrame:
    frame = read_table(data_dir / source.path, source.format, source.sep)
    frame["split_hint"] = source.split or ""
    return frame


def apply_join(frame: pd.DataFrame, join: JoinFile, data_dir: Path) -> pd.DataFrame:
    """Left-join extra columns on a shared text column (first match per key)."""
    extra = read_table(data_dir / join.path, join.format, join.sep)
    missing = {join.on, *join.columns} - set(extra.columns)
    if missing:
        raise DataError(f"{join.path}: missing column(s) {sorted(missing)}")
    extra = extra[[join.on, *join.columns]].drop_duplicates(subset=join.on)
    return frame.merge(extra, on=join.on, how="left")
