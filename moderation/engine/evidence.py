"""Evidence by rescoring: each sentence of a flagged comment is scored on its own.

The precise method and the slower one (`Moderator(evidence="rescore")`): it costs one more model
pass over the sentences of every flagged comment. The default reads evidence off the attention of
the pass that scored the comment (`moderation.engine.windows.Windows.evidence`). Sentences are cut
from the original text and normalised only when scored, so offsets point into what the reader
wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from moderation.engine.sentences import sentence_spans
from moderation.engine.types import Evidence


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
