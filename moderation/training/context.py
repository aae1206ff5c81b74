"""Rows in context: train copies of rows with a neutral row's words beside them.

The labelled sets are tweets and forum posts, read alone; a reader comment on a news site runs
longer and talks about the article around the part that matters. Trained on rows alone, the
model read context as exoneration: test rows set between two sentences of a news article and
one after scored violent review recall 0.865 -> 0.676 and remove recall 0.142 -> 0.000
(model 1.7.0). A copy keeps its row's labels and weights: a threat stays a threat beside a
sentence about the weather, and a harmless row stays harmless, so length itself teaches nothing.
Off in the shipped recipe: all three runs with it flagged more neutral mentions than the issue
allows, the third with antisemitic positives kept out of context (`copyable_rows`), so it is not
that they taught "a Jewish term beside harmless talk" (configs/train.toml has the numbers).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from moderation.data.cues import cue_mask, load_cue_patterns
from moderation.model.spec import LABELS
from moderation.training.batches import Encoded

MIN_CONTEXT_TOKENS = 4  # fewer words of context than this teach nothing: the copy is skipped


def neutral_rows(frame: pd.DataFrame, cues: dict | None = None) -> np.ndarray:
    """Rows a person marked harmless on every label and that carry no label's surface cue
    (`labels/cue_terms.toml`: a Jewish or Israeli term, a swear word): the only safe words to put
    beside a row. (Tried as the cause of the first context run flagging 7.0% of neutral mentions,
    1.7.0 3.2%; the run with this filter flagged 8.9%: see `configs/train.toml`.)"""
    harmless = np.ones(len(frame), dtype=bool)
    for label in LABELS:
        harmless &= (frame[label].to_numpy() == 0) & frame[f"gold_{label}"].astype(bool).to_numpy()
    texts = frame["text"].tolist()
    for pattern in (load_cue_patterns() if cues is None else cues).values():
        harmless &= ~cue_mask(texts, pattern)
    return np.flatnonzero(harmless)


def copyable_rows(encoded: Encoded, labels: tuple[str, ...]) -> np.ndarray:
    """Rows positive for no label outside `labels` (every row when `labels` is empty): the
    rows a run may show in context. Keeping antisemitic positives out asked whether the neutral
    mentions flagged after context training came from teaching that a Jewish term beside
    harmless talk still makes a row antisemitic: they did not (8.2% flagged without them)."""
    if not labels:
        return np.arange(len(encoded))
    positive = (encoded.targets == 1) & (encoded.weights > 0)
    others = [i for i, label in enumerate(LABELS) if label not in labels]
    return np.flatnonzero(~positive[:, others].any(axis=1))


def with_context(
    encoded: Encoded,
    neutral: np.ndarray,
    share: float,
    max_length: int,
    seed: int,
    copyable: np.ndarray | None = None,
) -> tuple[Encoded, np.ndarray]:
    """`encoded` plus copies of a `share` of its `copyable` rows (all when None), each with a
    neutral row's tokens before or after it (cut so the copy fits `max_length`; the row itself
    is never cut further).

    Returns the longer rows and, per returned row, the index of the row it copies.
    """
    rows = len(encoded)
    pool = np.arange(rows) if copyable is None else np.asarray(copyable, dtype=int)
    if share <= 0 or len(pool) == 0 or len(neutral) == 0:
        return encoded, np.arange(rows)
    rng = np.random.default_rng(seed)
    chosen = rng.choice(pool, size=min(len(pool), round(share * len(pool))), replace=False)
    fillers = rng.choice(neutral, size=len(chosen))
    before = rng.random(len(chosen)) < 0.5
    ids, copied = [], []
    for row, filler, first in zip(chosen, fillers, before, strict=True):
        own = encoded.input_ids[row]
        room = max_length - len(own)
        words = encoded.input_ids[filler][1:-1]  # without [CLS] and [SEP]
        if room < MIN_CONTEXT_TOKENS or row == filler or not words:
            continue
        if first:  # the context's last words lead into the row
            ids.append(own[:1] + words[-room:] + own[1:])
        else:  # the row, then the context's first words
            ids.append(own[:-1] + words[:room] + own[-1:])
        copied.append(row)
    source = np.concatenate([np.arange(rows), np.asarray(copied, dtype=int)])
    return (
        Encoded(
            encoded.input_ids + ids,
            encoded.targets[source],
            encoded.weights[source],
            None if encoded.soft is None else encoded.soft[source],
        ),
        source,
    )
