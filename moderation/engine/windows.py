"""Long comments: overlapping token windows, so text beyond the model's window is scored too.

A comment is normalised, tokenised whole, and cut into windows of the model's length that
overlap by a quarter, so a sentence cut by one window boundary is seen whole by the next window.
A comment's score per label is the maximum over its windows: one threatening sentence in a long
comment is enough to flag it, however much harmless text surrounds it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from moderation.text import normalize

# (token sequences with special tokens) -> calibrated probabilities, shape (sequences, labels)
SequenceScorer = Callable[[list[list[int]]], np.ndarray]


def split_windows(token_ids: Sequence[int], size: int, overlap: int) -> list[list[int]]:
    """Cut token ids into windows of at most `size` that overlap by `overlap` and cover all ids.

    The last window is aligned to the end, so it is full length rather than a short tail.
    """
    if size <= overlap:
        raise ValueError(f"window size {size} must exceed overlap {overlap}")
    if len(token_ids) <= size:
        return [list(token_ids)]
    step = size - overlap
    starts = list(range(0, len(token_ids) - size, step)) + [len(token_ids) - size]
    return [list(token_ids[start : start + size]) for start in starts]


def special_tokens(tokenizer) -> tuple[list[int], list[int]]:
    """The ids the tokenizer puts before and after a text ([CLS] and [SEP] for BERT)."""
    content = tokenizer("a", add_special_tokens=False)["input_ids"]
    full = tokenizer("a")["input_ids"]
    start = next(i for i in range(len(full)) if full[i : i + len(content)] == content)
    return full[:start], full[start + len(content) :]


def score_texts(
    texts: Sequence[str],
    tokenizer,
    max_length: int,
    score_sequences: SequenceScorer,
    overlap: int | None = None,
) -> np.ndarray:
    """Return calibrated probabilities, shape (texts, labels): per label the max over windows."""
    prefix, suffix = special_tokens(tokenizer)
    size = max_length - len(prefix) - len(suffix)
    overlap = size // 4 if overlap is None else overlap
    normalized = [normalize(text) for text in texts]
    # verbose=False: long inputs are expected here, they are windowed below, not truncated.
    content = tokenizer(normalized, add_special_tokens=False, verbose=False)["input_ids"]
    sequences: list[list[int]] = []
    owners: list[int] = []
    for index, token_ids in enumerate(content):
        for window in split_windows(token_ids, size, overlap):
            sequences.append(prefix + window + suffix)
            owners.append(index)
    if not sequences:
        return np.zeros((0, 0), dtype=np.float32)
    window_probs = score_sequences(sequences)
    probs = np.full((len(texts), window_probs.shape[1]), -np.inf, dtype=np.float32)
    np.maximum.at(probs, np.asarray(owners), window_probs)
    return probs
