"""Which rows an evaluation scores, and a sentence saying so.

Known sets are scored on the held-out test split the training recipe drew (same config, same
seed, duplicates grouped), so no row the model trained on is counted; evaluation-only sets
(`train = false` in their mapping) are scored whole. Local files and hub sets are scored whole
unless they carry a `split` column. The functional suites are always scored whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import pandas as pd

from moderation.data.loaders import (
    LOCAL_FORMATS,
    UNKNOWN,
    load_labelled,
    load_mapped_set,
    map_frame,
)
from moderation.data.mapping import DatasetMapping, known_mappings
from moderation.data.readers import read_table
from moderation.errors import ConfigError, DataError
from moderation.evaluation.functional import is_functional, load_functional_suites
from moderation.evaluation.types import EvalSet
from moderation.paths import REPO_ROOT

SPLITS = ("test", "all")
TRAIN_CONFIG = REPO_ROOT / "configs" / "train.toml"
SAMPLE_SEED = 13


def load_sets(
    specs: Sequence[str],
    split: str = "test",
    text_column: str = "text",
    label_map: str | Path | None = None,
    limit: int | None = None,
    seed: int = SAMPLE_SEED,
    on_error: Callable[[DataError], None] | None = None,
) -> list[EvalSet]:
    """Every DATA argument as an EvalSet: a known set name, `functional`, a local file or folder,
    or `hf:NAME[:split]`; with `label_map`, files and hub sets are read through that mapping.
    With `on_error`, an argument that cannot be read is handed to it and the others are still
    loaded (a run over many files is not lost to one bad one); without, its error is raised."""
    if split not in SPLITS:
        raise ConfigError(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    if limit is not None and limit < 1:
        raise ConfigError(f"--limit must be a positive number of rows, not {limit}")
    mapping = DatasetMapping.from_file(label_map) if label_map else None
    sets = []
    for spec in specs:
        try:
            sets += (
                load_functional_suites(spec)
                if is_functional(spec)
                else [_load_one(spec, split, text_column, mapping)]
            )
        except DataError as error:
            if on_error is None:
                raise
            on_error(error)
    return [s if is_functional(s.name) else sample(s, limit, seed) for s in sets]


def sample(evaluation_set: EvalSet, limit: int | None, seed: int = SAMPLE_SEED) -> EvalSet:
    """At most `limit` rows, drawn uniformly with a fixed seed so reruns score the same rows."""
    frame = evaluation_set.frame
    if limit is None or len(frame) <= limit:
        return evaluation_set
    rows = frame.sample(n=limit, random_state=seed).sort_index().reset_index(drop=True)
    selection = (
        f"{evaluation_set.selection}; a seeded sample of {limit} of its {len(frame)} rows (--limit)"
    )
    return EvalSet(evaluation_set.name, rows, selection, evaluation_set.available_rows)


def _load_one(spec: str, split: str, text_column: str, mapping: DatasetMapping | None) -> EvalSet:
    known = known_mappings()
    if mapping is None and spec in known:
        return known_set(known[spec], split)
    if mapping is not None and (spec.startswith("hf:") or Path(spec).exists()):
        raw = _raw_frame(spec)
        frame = map_frame(raw.assign(split_hint=raw["split"] if "split" in raw else ""), mapping)
        _check_rules_match(_display_name(spec), raw, frame, mapping)
        how = f"read through the mapping {mapping.path}"
    else:
        frame = load_labelled(spec, text_column).to_pandas()
        how = "project label format"
    return _file_split(_display_name(spec), frame, split, how)


def _check_rules_match(
    name: str, raw: pd.DataFrame, frame: pd.DataFrame, mapping: DatasetMapping
) -> None:
    """A label whose rules match no row is a mapping that reads the file wrong (`is_toxic ==
    'true'` where the cells are read as booleans), not a label to leave out in silence: the
    error shows what the columns its rules name hold."""
    for label, rule in mapping.labels.items():
        if (frame[label] != UNKNOWN).any():
            continue
        rules = " ".join(r for r in (rule.positive, rule.negative) if r)
        named = [c for c in raw.columns if isinstance(c, str) and c in rules]
        held = "; ".join(
            f"{c} holds {', '.join(repr(v) for v in raw[c].drop_duplicates().head(4))}"
            for c in named
        )
        raise DataError(
            f"{name}: the rules for {label} in {mapping.path} match no row"
            + (f" ({held})" * bool(held))
        )


def known_set(mapping: DatasetMapping, split: str) -> EvalSet:
    """A shipped set: its held-out test split, or every row with `split="all"`."""
    if not mapping.train:
        frame = load_mapped_set(mapping).to_pandas()
        return EvalSet(
            mapping.name, frame, "all rows: an evaluation-only set, never trained on", len(frame)
        )
    corpus = training_corpus()
    frame = corpus[corpus["source"] == mapping.name]
    if split == "test":
        frame = frame[frame["split"] == "test"]
        selection = (
            f"held-out test split of {TRAIN_CONFIG.name} (seed {_split_seed()}, duplicates grouped "
            "across splits): never trained on"
        )
    else:
        selection = "all splits, including rows the model trained on: scores are optimistic"
    frame = frame.reset_index(drop=True)
    return EvalSet(mapping.name, frame, selection, len(frame))


@lru_cache(maxsize=1)
def training_corpus() -> pd.DataFrame:
    """The training recipe's corpus with its `split` column, drawn exactly as training drew it."""
    from moderation.training.config import TrainConfig
    from moderation.training.recipe import load_corpus

    return load_corpus(TrainConfig.from_file(TRAIN_CONFIG))


def _split_seed() -> int:
    from moderation.training.config import TrainConfig

    return TrainConfig.from_file(TRAIN_CONFIG).split_seed


def _file_split(name: str, frame: pd.DataFrame, split: str, how: str) -> EvalSet:
    """A file's own `split` column decides under --split test; without one, every row counts."""
    if frame.empty:
        raise DataError(f"{name}: no rows")
    marked = frame["split_hint"].astype(str) == "test"
    if split == "test" and marked.any():
        rows = frame[marked].reset_index(drop=True)
        return EvalSet(name, rows, f"rows with split = test ({how})", len(rows))
    note = "all rows" if split == "all" else "all rows (no split column marks a test part)"
    return EvalSet(
        name,
        frame.reset_index(drop=True),
        f"{note}; {how}; not checked against training data",
        len(frame),
    )


def _raw_frame(spec: str) -> pd.DataFrame:
    """A file, folder or hub set as its raw columns, for a mapping to translate."""
    if spec.startswith("hf:"):
        from datasets import load_dataset

        _, name, *rest = spec.split(":")
        try:
            return load_dataset(name, split=rest[0] if rest else "test").to_pandas()
        except Exception as error:  # the hub raises many types; one line to the user
            raise DataError(f"{spec}: cannot load from the Hugging Face hub ({error})") from error
    path = Path(spec)
    files = (
        sorted(p for p in path.iterdir() if p.suffix in LOCAL_FORMATS) if path.is_dir() else [path]
    )
    if not files or any(p.suffix not in LOCAL_FORMATS for p in files):
        raise DataError(f"{path}: expected CSV, TSV, JSONL or Parquet files")
    return pd.concat([read_table(p, LOCAL_FORMATS[p.suffix]) for p in files], ignore_index=True)


def _display_name(spec: str) -> str:
    return spec if spec.startswith("hf:") else Path(spec).name
