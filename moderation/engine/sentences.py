"""Sentences of a comment, cut from the ORIGINAL text so offsets point into what the reader wrote.

They are the units of evidence, and the engine tokenises a comment sentence by sentence, so each
token the model sees knows the sentence it came from.
"""

from __future__ import annotations

import re

# A sentence ends after . ! or ? (and closing quotes or brackets, or a mark no one sees) when
# whitespace and then no lower-case letter follow ("U.S. officials" stays whole), or at a line
# break.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019)\]\u200b-\u200d\u2060\ufeff]*\s+(?=[^a-z])|\s*\n\s*"
)
# ... but not after a title before a name: "Mr. Jones is a liar." is one sentence.
_TITLE_BEFORE = re.compile(
    r"(?:^|[\s(\"'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mt|Jr|Sr|Rev|Fr|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov"
    r"|Hon|Pres|vs|No)\.$"
)
_TITLE_CHARS = 7  # the longest title, its full stop and the mark before it
_WORD_GAP = re.compile(r"\s+")
MAX_SPAN_CHARS = 300  # about 75 tokens: a run-on sentence is cut into spans of this size


def sentence_spans(text: str, max_chars: int = MAX_SPAN_CHARS) -> list[tuple[int, int]]:
    """(start, end) of each non-blank sentence of `text`; long ones are cut at word gaps."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        before = max(0, boundary.start() - _TITLE_CHARS)
        if "\n" not in boundary.group() and _TITLE_BEFORE.search(text, before, boundary.start()):
            continue
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
