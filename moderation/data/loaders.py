"""Turn labelled sets into `datasets.Dataset`s with `text`, the three labels (1, 0, -1 unknown),
a loss weight per label, `source`, and the hints that splitting needs."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from datasets import Dataset

from moderation.data.mapping import (
    CODED_ANTISEMITISM_PATTERN,
    JEWISH_KEYWORD_PATTERN,
    SHARED_DATA_DIR,
    VIOLENCE_CUE_PATTERN,
    DatasetMapping,
    known_mappings,
)
from moderation.data.readers import apply_join, read_source, read_table
from moderation.errors import DataError
from moderation.labels_terms import load_identity_terms
from moderation.model.spec import LABELS

UNKNOWN = -1
LOCAL_FORMATS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
}


def _apply_rule(frame: pd.DataFrame, expression: str | None) -> np.ndarray:
    if not expression:
        return np.zeros(len(frame), dtype=bool)
    try:
        result = frame.eval(expression, engine="python")
    except Exception as error:  # pandas raises many types for a bad expression
        raise DataError(f"bad rule {expression!r}: {error}") from error
    return np.asarray(pd.Series(result, index=frame.index).fillna(False), dtype=bool)


def map_frame(frame: pd.DataFrame, mapping: DatasetMapping) -> pd.DataFrame:
    """Apply a mapping's rules to a raw frame; returns the project's columns only."""
    if mapping.text_column not in frame.columns:
        raise DataError(f"{mapping.name}: no text column {mapping.text_column!r}")
    frame = frame[frame[mapping.text_column].notna()].reset_index(drop=True)
    texts = frame[mapping.text_column].astype(str)
    frame = frame.assign(**_text_columns(texts, mapping))
    out = pd.DataFrame({"text": texts, "source": mapping.name})
    for label in LABELS:
        rule = mapping.labels.get(label)
        values = np.full(len(frame), UNKNOWN, dtype=np.int8)
        weights = np.zeros(len(frame), dtype=np.float32)
        if rule is not None:
            positive = _apply_rule(frame, rule.positive)
            negative = _apply_rule(frame, rule.negative) & ~positive
            values[negative] = 0
            values[positive] = 1
            weights[positive | negative] = rule.loss_weight
        out[label] = values
        out[f"weight_{label}"] = weights
        out[f"gold_{label}"] = rule is not None and not rule.weak
    out["split_hint"] = frame.get("split_hint", pd.Series("", index=frame.index)).fillna("")
    out["pair"] = _pair_keys(frame, mapping)
    return out


def _text_columns(texts: pd.Series, mapping: DatasetMapping) -> dict[str, pd.Series]:
    """The columns computed from the text that the mapping's rules name (`jewish_keyword`,
    `jewish_topic`, `violent_cue`): each is a regex pass over every row, so only those used."""
    rules = " ".join(
        expression
        for rule in mapping.labels.values()
        for expression in (rule.positive, rule.negative)
        if expression
    )
    patterns = {
        "jewish_keyword": lambda: re.compile(JEWISH_KEYWORD_PATTERN, re.IGNORECASE),
        "jewish_topic": _jewish_topic_pattern,
        "violent_cue": lambda: re.compile(VIOLENCE_CUE_PATTERN, re.IGNORECASE),
    }
    return {
        name: texts.map(pattern().search).notna()
        for name, pattern in patterns.items()
        if re.search(rf"\b{name}\b", rules)
    }


@lru_cache(maxsize=1)
def _jewish_topic_pattern() -> re.Pattern[str]:
    """The MANIFEST keywords, the Jewish and Israel identity terms and the coded terms (see
    CODED_ANTISEMITISM_PATTERN), as one pattern."""
    terms = load_identity_terms()
    parts = [JEWISH_KEYWORD_PATTERN, CODED_ANTISEMITISM_PATTERN]
    parts += [terms[group].pattern for group in ("jews", "israel")]
    return re.compile("|".join(f"(?:{part})" for part in parts), re.IGNORECASE)


def _pair_keys(frame: pd.DataFrame, mapping: DatasetMapping) -> pd.Series:
    """Rows paired by the set (an entry and its perturbation) share a key, to stay on one side."""
    if not mapping.pair_columns:
        return pd.Series("", index=frame.index)
    ids = frame[list(mapping.pair_columns)].apply(pd.to_numeric, errors="coerce")
    return mapping.name + ":" + ids.min(axis=1).fillna(-1).astype(int).astype(str)


def read_mapped_frame(mapping: DatasetMapping, data_dir: Path = SHARED_DATA_DIR) -> pd.DataFrame:
    if not mapping.files:
        raise DataError(f"{mapping.path or mapping.name}: the mapping names no [[files]] to read")
    frames = [read_source(source, Path(data_dir)) for source in mapping.files]
    frame = pd.concat(frames, ignore_index=True)
    for join in mapping.joins:
        frame = apply_join(frame, join, Path(data_dir))
    return map_frame(frame, mapping)


def load_mapped_set(name_or_mapping, data_dir: Path = SHARED_DATA_DIR) -> Dataset:
    """One known set (by name, or a DatasetMapping / mapping file) as a Dataset."""
    mapping = _resolve_mapping(name_or_mapping)
    return Dataset.from_pandas(read_mapped_frame(mapping, data_dir), preserve_index=False)


def _resolve_mapping(name_or_mapping) -> DatasetMapping:
    if isinstance(name_or_mapping, DatasetMapping):
        return name_or_mapping
    if str(name_or_mapping).endswith(".toml"):
        return DatasetMapping.from_file(name_or_mapping)
    mappings = known_mappings()
    if name_or_mapping not in mappings:
        raise DataError(f"unknown data set {name_or_mapping!r}; known: {', '.join(mappings)}")
    return mappings[name_or_mapping]


def project_format_frame(
    frame: pd.DataFrame, source: str, text_column: str = "text"
) -> pd.DataFrame:
    """A frame in the project's own label format: text and any of the labels as 1 (yes), 0
    (no), or empty or a negative number (unknown: -1 is how many sets write it)."""
    if text_column not in frame.columns:
        raise DataError(
            f"{source}: no text column {text_column!r} (columns: {list(frame.columns)})"
        )
    present = [label for label in LABELS if label in frame.columns]
    if not present:
        raise DataError(f"{source}: none of the label columns {list(LABELS)}")
    texts = frame[text_column].fillna("").astype(str)
    frame = frame[texts.str.strip() != ""]  # a row without text has nothing to learn or score
    out = pd.DataFrame({"text": texts[frame.index], "source": source})
    for label in LABELS:
        column = _label_numbers(frame.get(label, pd.Series(np.nan, index=frame.index)), source)
        values = column.map(lambda v: UNKNOWN if pd.isna(v) or v < 0 else int(v >= 0.5))
        values = values.astype(np.int8)
        out[label] = values.to_numpy()
        out[f"weight_{label}"] = (values != UNKNOWN).astype(np.float32).to_numpy()
        out[f"gold_{label}"] = True
    out["split_hint"] = frame["split"].fillna("").astype(str) if "split" in frame else ""
    out["pair"] = ""
    return out


# Label cells written as words: the yes and no the format means, as people and tools write them.
_LABEL_WORDS = {"yes": 1, "y": 1, "true": 1, "no": 0, "n": 0, "false": 0}


def _label_numbers(column: pd.Series, source: str) -> pd.Series:
    """A label column as numbers: 1, 0, -1 or empty, and yes/no, true/false (JSON booleans
    too); any other value (a word, 2, 0.5) is an error naming it, not a row silently unknown
    or positive."""
    numbers = pd.to_numeric(column.map(_word_as_number), errors="coerce")
    filled = column.notna() & (column.astype(str).str.strip() != "")
    unread = column[filled & (numbers.isna() | ((numbers >= 0) & ~numbers.isin([0, 1])))]
    if len(unread):
        shown = ", ".join(repr(v) for v in unread.drop_duplicates().head(3))
        raise DataError(
            f"{source}: column {column.name!r} holds {shown}, not 1, 0, -1 or yes/no; "
            "read other values with --label-map"
        )
    return numbers


def _word_as_number(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return _LABEL_WORDS.get(value.strip().lower(), value)
    return value


def load_labelled(
    spec: str, text_column: str = "text", data_dir: Path = SHARED_DATA_DIR
) -> Dataset:
    """A labelled set from a known set name, a local CSV/JSONL/Parquet file or folder in the
    project's label format, or a Hugging Face hub set given as `hf:NAME[:split]`."""
    if spec.startswith("hf:"):
        return _load_hub(spec, text_column)
    path = Path(spec)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in LOCAL_FORMATS)
        if not files:
            raise DataError(f"{path}: no CSV/JSONL/Parquet files")
        frames = [_local_frame(p, text_column) for p in files]
        return Dataset.from_pandas(pd.concat(frames, ignore_index=True), preserve_index=False)
    if path.suffix in LOCAL_FORMATS:
        return Dataset.from_pandas(_local_frame(path, text_column), preserve_index=False)
    return load_mapped_set(spec, data_dir)


def _local_frame(path: Path, text_column: str) -> pd.DataFrame:
    return project_format_frame(
        read_table(path, LOCAL_FORMATS[path.suffix]), path.name, text_column
    )


def _load_hub(spec: str, text_column: str) -> Dataset:
    """Real hub path (needs network, which this machine lacks); labels in the project's format."""
    from datasets import load_dataset

    _, name, *rest = spec.split(":")
    split = rest[0] if rest else "test"
    try:
        frame = load_dataset(name, split=split).to_pandas()
    except Exception as error:  # hub errors are many and varied; one line to the user
        raise DataError(f"{spec}: cannot load from the Hugging Face hub ({error})") from error
    return Dataset.from_pandas(project_format_frame(frame, name, text_column), preserve_index=False)


def load_training_corpus(
    names: list[str] | None = None, data_dir: Path = SHARED_DATA_DIR
) -> pd.DataFrame:
    """Every trainable known set, concatenated (before dedup and splitting)."""
    mappings = known_mappings()
    chosen = names or [name for name, m in mappings.items() if m.train]
    return pd.concat([read_mapped_frame(mappings[n], data_dir) for n in chosen], ignore_index=True)
