"""The data report: rows and positives per label per source and split, and cross-set overlap."""

from __future__ import annotations

import pandas as pd

from moderation.model.spec import LABELS


def data_report(corpus: pd.DataFrame) -> dict:
    """Counts from a split corpus (the output of `assign_splits`)."""
    per_source = {}
    wordless = corpus.attrs.get("without_words", {})
    for source, rows in corpus.groupby("source", sort=True):
        per_source[source] = {
            "rows": int(len(rows)),
            # the set's rows before its repeats merged and its rows without words dropped
            "loaded": int(rows["copies"].sum()) + wordless.get(source, 0),
            "without_words": wordless.get(source, 0),
            **{
                split: int((rows["split"] == split).sum())
                for split in ("train", "validation", "test")
            },
            **{label: _label_counts(rows, label) for label in LABELS},
        }
    shared = corpus.groupby("group")["source"].nunique()
    overlap_groups = set(shared[shared > 1].index)
    overlap = (
        corpus[corpus["group"].isin(overlap_groups)]
        .groupby("group")["source"]
        .apply(lambda s: " + ".join(sorted(set(s))))
        .value_counts()
        .to_dict()
    )
    return {
        "rows": int(len(corpus)),
        "splits": {
            split: int((corpus["split"] == split).sum())
            for split in ("train", "validation", "test")
        },
        "sources": per_source,
        "cross_set_duplicate_groups": int(len(overlap_groups)),
        "overlap_by_sources": {k: int(v) for k, v in overlap.items()},
    }


def _label_counts(rows: pd.DataFrame, label: str) -> dict:
    known = rows[label] >= 0
    weak = known & ~rows[f"gold_{label}"]
    return {
        "positive": int((rows[label] == 1).sum()),
        "negative": int((rows[label] == 0).sum()),
        "unknown": int((~known).sum()),
        "weak": int(weak.sum()),
    }
