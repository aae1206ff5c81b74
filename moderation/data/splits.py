"""Exact and near-duplicate removal across sets, and splits that keep duplicates on one side."""

from __future__ import annotations

import hashlib
import re

import numpy as np
import pandas as pd

from moderation.model.spec import LABELS
from moderation.text import normalize

_NOISE = re.compile(r"\[url\]|@user|\brt\b|&amp;|#")
_NON_WORD = re.compile(r"[\W_]+")


def near_duplicate_key(text: str) -> str:
    """Texts equal after normalisation, case folding, and dropping URLs, mentions, retweet marks,
    hashes and punctuation are treated as one text (retweets, re-posts, re-punctuated copies).

    Emoji go with the punctuation: the shipped model (text normalisation v1) reads every emoji
    as one unknown token, so HatemojiBuild's pairs that differ only in an emoji ("I would love
    to 🔪 some 👳🏾" hateful, "... 🔪some🦊" not) are one text to it, and their disagreeing labels
    become unknown when they merge (`data report` shows how many rows each set loaded)."""
    folded = _NOISE.sub(" ", normalize(text).lower())
    return _NON_WORD.sub(" ", folded).strip()


def _bucket(key: str, seed: int) -> float:
    digest = hashlib.sha1(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def assign_splits(
    frame: pd.DataFrame, validation: float = 0.1, test: float = 0.1, seed: int = 13
) -> pd.DataFrame:
    """Add `dup_key`, `group` and `split` columns; drop repeats of one text within one source.

    A group is every row sharing a near-duplicate key or a pair key (an entry and its
    perturbation); the whole group lands on one side. A group touching an authors' test file
    goes to test, so the authors' held-out rows stay held out.
    """
    frame = frame.copy()
    frame["dup_key"] = frame["text"].map(near_duplicate_key)
    wordless = frame.loc[frame["dup_key"] == "", "source"].value_counts()
    frame = frame[frame["dup_key"] != ""]
    frame = _merge_repeats_within_source(frame)
    frame["group"] = _union_groups(frame["dup_key"].tolist(), frame["pair"].tolist())
    forced_test = set(frame.loc[frame["split_hint"] == "test", "group"])
    buckets = frame["group"].map(lambda g: _bucket(g, seed))
    split = np.where(
        buckets < test, "test", np.where(buckets < test + validation, "validation", "train")
    )
    frame["split"] = np.where(frame["group"].isin(forced_test), "test", split)
    frame = frame.reset_index(drop=True)
    # Per source, the rows with no words once mentions, links and hashtags are out ("@USER
    # @USER @USER"): dropped, and counted for the data report.
    frame.attrs["without_words"] = {str(k): int(v) for k, v in wordless.items()}
    return frame


def _merge_repeats_within_source(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (source, text); where copies disagree on a label, the label becomes unknown."""
    aggregations = {
        column: "first" for column in frame.columns if column not in ("source", "dup_key")
    }
    for label in LABELS:
        aggregations[label] = lambda v: v.iloc[0] if v.nunique() == 1 else -1
    merged = frame.groupby(["source", "dup_key"], sort=False, as_index=False).agg(aggregations)
    merged["copies"] = frame.groupby(["source", "dup_key"], sort=False).size().to_numpy()
    for label in LABELS:
        merged.loc[merged[label] == -1, f"weight_{label}"] = 0.0
    merged["split_hint"] = (
        frame.groupby(["source", "dup_key"], sort=False)["split_hint"].max().to_numpy()
    )
    return merged


def _union_groups(dup_keys: list[str], pairs: list[str]) -> list[str]:
    """Union-find over rows linked by a shared text key or a shared pair key."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key, pair in zip(dup_keys, pairs, strict=True):
        if pair:
            parent[find("t:" + key)] = find("p:" + pair)
    return [find("t:" + key) for key in dup_keys]
