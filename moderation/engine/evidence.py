"""Evidence: the sentence (or span of a very long sentence) that drives a comment's top score.

Sentences are cut from the ORIGINAL text, so offsets point into what the reader wrote; each piece
is normalised only when it is scored (normalisation changes lengths).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from moderation.engine.types import Evidence

# A sentence ends after . ! or ? (and closing quotes or brackets) when whitespace and then no
# lower-case letter follow ("U.S. officials" stays whole), or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[^a-z])|\s*\n\s*")
_WORD_GAP = re.compile(r"\s+")
MAX_SPAN_CHARS = 300  # about 75 tokens: a run-on sentence is cut into spans of this size


def sentence_spans(text: str, max_chars: int = MAX_SPAN_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of `text`; long ones are cut at word gaps."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        spans.extend(_split_long(text, start, boundary.start(), max_chars))
        start = boundary.end()
    spans.extend(_split_long(text, start, len(text), max_chars))
    return spans


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Trim the span to its non-blank part and cut it at word gaps into pieces of <= max_chars."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    pieces = []
    while end - start > max_chars:
        gaps = [m for m in _WORD_GAP.finditer(text, start, start + max_chars) if m.start() > start]
        cut = gaps[-1] if gaps else None
        if cut is None:  # one very long "word": cut it hard
            pieces.append((start, start + max_chars))
            start += max_chars
        else:
            pieces.append((start, cut.start()))
            start = cut.end()
    if end > start:
        pieces.append((start, end))
    return pieces


def find_evidence(
    texts: Sequence[str],
    label_indices: Sequence[int],
    score_texts: Callable[[Sequence[str]], np.ndarray],
) -> list[Evidence | None]:
    """For each text, the span whose calibrated score for its label is highest (None if blank).

    `score_texts` maps texts to probabilities, shape (texts, labels). The spans of all texts are
    scored in one call, so evidence for a chunk of comments costs one batched pass; a comment of
    one sentence is its own evidence and is not scored again.
    """
    spans = [sentence_spans(text) for text in texts]
    pieces = [
        text[s:e] for text, own in zip(texts, spans, strict=True) if len(own) > 1 for s, e in own
    ]
    probs = score_texts(pieces) if pieces else None
    found: list[Evidence | None] = []
    offset = 0
    for text, own, label in zip(texts, spans, label_indices, strict=True):
        best = 0
        if len(own) > 1:
            best = int(np.argmax(probs[offset : offset + len(own), label]))
            offset += len(own)
        if own:
            start, end = own[best]
            found.append(Evidence(start=start, end=end, text=text[start:end]))
        else:
            found.append(None)
    return found
