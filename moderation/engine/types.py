"""What the engine hands back per comment: calibrated scores, a decision, and the evidence."""

from __future__ import annotations

from dataclasses import dataclass

ALLOW, REVIEW, REMOVE = "allow", "review", "remove"
DECISIONS = (ALLOW, REVIEW, REMOVE)
# How evidence is found: read off the attention of the scoring pass (free), or by scoring each
# sentence of a flagged comment again (a little more often right, one more pass over its text).
EVIDENCE_METHODS = ("attention", "rescore")


@dataclass(frozen=True)
class Scores:
    """Calibrated probability per label, in the order the model declares its labels."""

    labels: tuple[str, ...]
    values: tuple[float, ...]

    def __getitem__(self, label: str) -> float:
        return self.values[self.labels.index(label)]

    def top(self) -> tuple[str, float]:
        """The highest-scoring label and its probability (first label wins a tie)."""
        best = max(range(len(self.values)), key=self.values.__getitem__)
        return self.labels[best], self.values[best]

    def to_dict(self) -> dict[str, float]:
        return {
            label: round(value, 4) for label, value in zip(self.labels, self.values, strict=True)
        }


@dataclass(frozen=True)
class Evidence:
    """The part of the ORIGINAL comment text that drove the highest score: text[start:end]."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Decision:
    """One moderated comment; `to_dict` is the JSONL schema of `moderation moderate`."""

    source: str
    comment_id: str
    author: str | None
    text: str
    scores: Scores
    decision: str
    labels: tuple[str, ...]
    confidence: float
    evidence: Evidence | None
    model: str

    @property
    def flagged(self) -> bool:
        return self.decision != ALLOW

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "comment_id": self.comment_id,
            "author": self.author,
            "text": self.text,
            "scores": self.scores.to_dict(),
            "decision": self.decision,
            "labels": list(self.labels),
            "confidence": round(self.confidence, 4),
            "evidence": self.evidence.to_dict() if self.evidence else None,
            "model": self.model,
        }
