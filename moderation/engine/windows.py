"""Long comments: overlapping token windows over sentence-tagged tokens.

A comment is cut into sentences, each normalised and tokenised on its own (the concatenated
tokens equal those of the whole normalised comment: checked on all 9,939 Toxic Spans texts), and
the tokens are cut into windows of the model's length that overlap by a quarter, so a sentence
cut by one window boundary is seen whole by the next window. A comment's score per label is the
maximum over its windows: one threatening sentence in a long comment is enough to flag it,
however much harmless text surrounds it. Every window position remembers its sentence, which is
what lets the engine read evidence off the scoring pass itself (`Windows.evidence`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from moderation.engine.sentences import sentence_spans
from moderation.engine.types import Evidence
from moderation.text import NORMALIZATION_VERSION, model_text

# (token sequences with special tokens) -> calibrated probabilities, shape (sequences, labels)
SequenceScorer = Callable[[list[list[int]]], np.ndarray]
SPECIAL = -1  # the sentence index of [CLS], [SEP] and other added tokens


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


@dataclass
class Windows:
    """Texts cut into model windows; each window position knows the sentence it came from.

    `first[i]:first[i + 1]` are the windows of text `i`; `sentences[w]` holds, per position of
    window `w`, the index into `spans[i]` of the sentence the token belongs to (or SPECIAL).
    """

    texts: list[str]
    spans: list[list[tuple[int, int]]]
    sequences: list[list[int]]
    sentences: list[np.ndarray]
    first: list[int]
    # Per text: whether it holds a letter or digit, or a token the model knows. Emoji alone are
    # all [UNK] to a v1 model, read as one [UNK] whatever their number, so every such text gets
    # the same scores (1.7.0: abusive 0.633 for a thumbs-up and for three emoji alike), which
    # say what the training sets' emoji rows were, not the text. A word with an emoji glued on
    # ("💩word💩") is one [UNK] too, but has letters: it is scored (9 of 25,605 test rows read
    # as [UNK] alone, 3 of them abusive, all glued words).
    readable: list[bool]

    def fold(self, window_probs: np.ndarray) -> np.ndarray:
        """Per text and label, the maximum over the text's windows: shape (texts, labels)."""
        if not self.sequences:
            return np.zeros((0, 0), dtype=np.float32)
        return np.maximum.reduceat(window_probs, self.first[:-1], axis=0)

    def evidence(
        self, index: int, label: int, window_probs: np.ndarray, attention: Sequence[np.ndarray]
    ) -> Evidence | None:
        """The sentence of text `index` that the window scoring `label` highest attends to most.

        `attention[w]` is, per position of window `w`, how much the classification token attends
        to it. On Toxic Spans (1,009 flagged multi-sentence comments with gold spans) the chosen
        sentence holds a gold toxic span 85% of the time, against 87% for rescoring every sentence
        and 45% for the first sentence (`benchmarks/bench_evidence.py`).
        """
        spans = self.spans[index]
        if not spans:
            return None
        best = 0
        if len(spans) > 1:
            lo, hi = self.first[index], self.first[index + 1]
            window = lo + int(np.argmax(window_probs[lo:hi, label]))
            owners = self.sentences[window]
            content = owners != SPECIAL
            mass = np.bincount(
                owners[content], weights=attention[window][content], minlength=len(spans)
            )
            best = int(np.argmax(mass))
        start, end = spans[best]
        return Evidence(start=start, end=end, text=self.texts[index][start:end])


def cut_windows(
    texts: Sequence[str],
    tokenizer,
    max_length: int,
    overlap: int | None = None,
    normalization: str = NORMALIZATION_VERSION,
) -> Windows:
    """Tokenise `texts` sentence by sentence, as a model of text `normalization` reads them,
    and cut each into windows of `max_length` tokens."""
    prefix, suffix = special_tokens(tokenizer)
    size = max_length - len(prefix) - len(suffix)
    overlap = size // 4 if overlap is None else overlap
    spans = [sentence_spans(text) for text in texts]
    pieces: list[str] = []
    for text, own in zip(texts, spans, strict=True):
        # A sentence's piece runs to the next sentence, so closing quotes between them count.
        bounds = [0] + [start for start, _ in own[1:]] + [len(text)]
        pieces.extend(
            model_text(text[a:b], normalization)
            for a, b in zip(bounds, bounds[1:], strict=False)
            if own
        )
    # verbose=False: long inputs are expected here, they are windowed below, not truncated.
    piece_ids = iter(tokenizer(pieces, add_special_tokens=False, verbose=False)["input_ids"])
    sequences: list[list[int]] = []
    sentences: list[np.ndarray] = []
    first = [0]
    marks = [SPECIAL] * len(prefix), [SPECIAL] * len(suffix)
    readable: list[bool] = []
    for text, own in zip(texts, spans, strict=True):
        ids: list[int] = []
        owner: list[int] = []
        for sentence in range(len(own)):
            tokens = next(piece_ids)
            ids.extend(tokens)
            owner.extend([sentence] * len(tokens))
        known = any(char.isalnum() for char in text) or any(
            token != tokenizer.unk_token_id for token in ids
        )
        if ids and not known:  # one [UNK] for all: the same scores, however many emoji
            ids, owner = [tokenizer.unk_token_id], [0]
        for positions in split_windows(range(len(ids)), size, overlap):
            sequences.append(prefix + [ids[p] for p in positions] + suffix)
            sentences.append(np.array(marks[0] + [owner[p] for p in positions] + marks[1]))
        first.append(len(sequences))
        readable.append(known)
    return Windows(list(texts), spans, sequences, sentences, first, readable)


def score_texts(
    texts: Sequence[str],
    tokenizer,
    max_length: int,
    score_sequences: SequenceScorer,
    overlap: int | None = None,
    normalization: str = NORMALIZATION_VERSION,
) -> np.ndarray:
    """Return calibrated probabilities, shape (texts, labels): per label the max over windows."""
    windows = cut_windows(texts, tokenizer, max_length, overlap, normalization)
    if not windows.sequences:
        return np.zeros((0, 0), dtype=np.float32)
    return windows.fold(score_sequences(windows.sequences))
