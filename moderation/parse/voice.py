"""Unmarked comments after an article: score each line's voice, find the change point.

Each line gets a score: positive when it reads like a reader (first and second person,
exclamations, informal words, shouting, lowercase starts, no closing punctuation, handles,
hashtags, links and emoji), negative when it reads like reporting (attribution, quotations,
numbers and dates, named people, long paragraphs).
The split maximises a two-sample t statistic between the article lines above and the
comment lines below, and is refused when the evidence is weak: a page is only split when
the lines below are clearly and consistently in another voice.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from moderation.parse.layouts import (
    ARTICLE_END,
    ATTRIBUTION,
    CONTRACTION,
    FIRST_PERSON,
    INFORMAL,
    NUMBERS_AND_DATES,
    QUOTED_SPAN,
    SECOND_PERSON,
    SOCIAL_MARK,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'*-]*")
_CLOSING = re.compile(r"[.!?…\"'”’):]\s*$")


def _default_weights() -> dict[str, float]:
    """Hand-set weights: reader cues positive, reporting cues negative (see module docstring)."""
    return {
        "first_person": 1.5,
        "second_person": 1.0,
        "exclamation": 1.5,
        "question": 0.7,
        "informal": 1.5,
        "shouting": 1.5,
        "lowercase_start": 1.5,
        "no_closing": 1.0,
        "short": 0.5,
        "contraction": 0.5,
        "social": 1.5,
        "attribution": -1.5,
        "quotation": -1.0,
        "numbers": -0.7,
        "names": -1.0,
        "long": -1.0,
    }


@dataclass(frozen=True)
class VoiceSettings:
    """How much evidence a split needs; the defaults refuse to split uniform articles."""

    weights: dict[str, float] = field(default_factory=_default_weights)
    min_article_lines: int = 3  # an article shorter than this is not split
    min_comment_lines: int = 2  # one odd last line is not a comment section
    min_t: float = 3.0  # two-sample t statistic of the split
    min_gap: float = 1.2  # comment mean score minus article mean score
    min_comment_share: float = 0.6  # share of lines below the split nearer the comment mean
    end_marker_t: float = 2.0  # a split right after a credit line needs less evidence
    max_lines: int = 5000  # longer unmarked pages are left whole rather than guessed at


def line_features(line: str) -> dict[str, float]:
    """Voice cues of one line, each in [0, 1]; quoted speech does not count as the writer's."""
    text = line.strip().replace("’", "'").replace("‘", "'")
    own = QUOTED_SPAN.sub(" ", text)
    words = _WORD.findall(text)
    count = max(len(words), 1)
    caps = sum(1 for word in words if len(word) >= 3 and word.isupper())
    names = sum(1 for word in words[1:] if word[0].isupper() and not word.isupper())
    first_letter = next((char for char in text if char.isalpha()), "")
    quoted_words = sum(len(span.split()) for span in QUOTED_SPAN.findall(text))
    return {
        "first_person": min(len(FIRST_PERSON.findall(own)), 2) / 2,
        "second_person": min(len(SECOND_PERSON.findall(own)), 2) / 2,
        "exclamation": float("!" in own),
        "question": float("?" in own),
        "informal": min(len(INFORMAL.findall(own)), 2) / 2,
        "shouting": float(caps >= 2 and caps / count >= 0.15),
        "lowercase_start": float(first_letter.islower()),
        "no_closing": float(not _CLOSING.search(text)),
        "short": float(len(words) <= 8),
        "contraction": float(bool(CONTRACTION.search(own))),
        "social": float(bool(SOCIAL_MARK.search(text))),
        "attribution": min(len(ATTRIBUTION.findall(own)), 2) / 2,
        "quotation": float(quoted_words >= 3),
        "numbers": min(len(NUMBERS_AND_DATES.findall(own)), 3) / 3,
        "names": min(names / count * 4, 1.0),
        # Paragraphs of an article run long; from 25 words up to 50, more and more so.
        "long": min(max(len(words) - 25, 0) / 25, 1.0),
    }


def voice_score(line: str, settings: VoiceSettings | None = None) -> float:
    """Positive for a reader's voice, negative for a reporter's."""
    weights = (settings or VoiceSettings()).weights
    return sum(weights[name] * value for name, value in line_features(line).items())


@dataclass(frozen=True)
class Split:
    """A candidate change point: comments start at line `start`."""

    start: int
    t: float
    gap: float
    comment_share: float


def find_comment_start(lines: list[str], settings: VoiceSettings | None = None) -> int | None:
    """Index of the first comment line among non-blank lines, or None when evidence is weak."""
    settings = settings or VoiceSettings()
    if len(lines) > settings.max_lines:
        return None
    scores = [voice_score(line, settings) for line in lines]
    starts = range(settings.min_article_lines, len(scores) - settings.min_comment_lines + 1)
    if not starts:
        return None
    stats = _SplitStats(scores)
    for index, line in enumerate(lines[:-1]):
        if index + 1 in starts and ARTICLE_END.search(line):
            marked = stats.split_at(index + 1)
            if _accepts(marked, settings, settings.end_marker_t):
                return marked.start
    best = stats.split_at(max(starts, key=stats.t_at))
    return best.start if _accepts(best, settings, settings.min_t) else None


class _SplitStats:
    """Prefix sums over line scores, so every candidate split is scored in constant time."""

    def __init__(self, scores: list[float]) -> None:
        self.scores = scores
        self.sums = [0.0]
        self.squares = [0.0]
        for score in scores:
            self.sums.append(self.sums[-1] + score)
            self.squares.append(self.squares[-1] + score * score)

    def _means_and_error(self, start: int) -> tuple[float, float, float]:
        """Mean above, mean below and the standard error of their difference."""
        total, count = self.sums[-1], len(self.scores)
        above, below = start, count - start
        mean_above = self.sums[start] / above
        mean_below = (total - self.sums[start]) / below
        spread = (self.squares[start] - above * mean_above**2) + (
            self.squares[-1] - self.squares[start] - below * mean_below**2
        )
        pooled = max(spread, 0.0) / max(count - 2, 1)
        return mean_above, mean_below, math.sqrt(pooled * (1 / above + 1 / below)) + 1e-9

    def t_at(self, start: int) -> float:
        """Two-sample t statistic for comments starting at `start`."""
        mean_above, mean_below, error = self._means_and_error(start)
        return (mean_below - mean_above) / error

    def split_at(self, start: int) -> Split:
        """Full statistics of one candidate, including how consistent the comment voice is."""
        mean_above, mean_below, error = self._means_and_error(start)
        middle = (mean_above + mean_below) / 2
        below = self.scores[start:]
        share = sum(1 for score in below if score > middle) / len(below)
        gap = mean_below - mean_above
        return Split(start=start, t=gap / error, gap=gap, comment_share=share)


def _accepts(split: Split, settings: VoiceSettings, min_t: float) -> bool:
    """The refusal rule: clear separation, a real gap, and a consistent comment voice."""
    return (
        split.t >= min_t
        and split.gap >= settings.min_gap
        and split.comment_share >= settings.min_comment_share
    )
