"""Scores become decisions through the thresholds declared with the model."""

import pytest

from moderation.engine import Decision, Evidence, Scores
from moderation.engine.decide import decide
from moderation.model import LABELS, ModelSpec, Thresholds

SPEC = ModelSpec(
    name="rules",
    version="1",
    thresholds={
        "antisemitic": Thresholds(review=0.5, remove=0.9),
        "violent": Thresholds(review=0.4, remove=0.8),
        # abusive: no entry, so the defaults (0.5 / 0.9) apply
    },
)


def scores(antisemitic: float, violent: float, abusive: float) -> Scores:
    return Scores(LABELS, (antisemitic, violent, abusive))


def test_all_below_review_is_allow_with_confidence_one_minus_max():
    decision, labels, confidence = decide(scores(0.1, 0.3, 0.2), SPEC)
    assert (decision, labels) == ("allow", ())
    assert confidence == pytest.approx(0.7)


def test_reaching_a_review_threshold_exactly_is_review():
    decision, labels, confidence = decide(scores(0.1, 0.4, 0.2), SPEC)
    assert (decision, labels, confidence) == ("review", ("violent",), 0.4)


def test_thresholds_are_per_label():
    # 0.45 is past violent's review threshold (0.4) but not antisemitic's (0.5)
    assert decide(scores(0.45, 0.1, 0.1), SPEC)[0] == "allow"
    assert decide(scores(0.1, 0.45, 0.1), SPEC)[0] == "review"


def test_any_label_at_remove_removes_and_labels_list_every_flagged_label():
    decision, labels, confidence = decide(scores(0.6, 0.85, 0.55), SPEC)
    assert decision == "remove"
    assert labels == ("antisemitic", "violent", "abusive")  # the model's label order
    assert confidence == 0.85  # the probability that triggered the removal


def test_remove_confidence_ignores_labels_only_at_review():
    # abusive 0.88 is higher, but only violent (0.81) reached its remove threshold
    decision, labels, confidence = decide(scores(0.0, 0.81, 0.88), SPEC)
    assert (decision, labels, confidence) == ("remove", ("violent", "abusive"), 0.81)


def test_review_confidence_is_highest_flagged_probability():
    assert decide(scores(0.7, 0.5, 0.0), SPEC) == ("review", ("antisemitic", "violent"), 0.7)


def test_decision_to_dict_is_the_jsonl_schema():
    decision = Decision(
        source="page.txt",
        comment_id="c1",
        author="reader",
        text="You will pay. Soon.",
        scores=scores(0.1, 0.91234567, 0.2),
        decision="remove",
        labels=("violent",),
        confidence=0.91234567,
        evidence=Evidence(0, 13, "You will pay."),
        model="rules@1",
    )
    row = decision.to_dict()
    assert list(row) == [
        "source", "comment_id", "author", "text", "scores", "decision", "labels",
        "confidence", "evidence", "model",
    ]  # fmt: skip
    assert row["scores"] == {"antisemitic": 0.1, "violent": 0.9123, "abusive": 0.2}
    assert row["labels"] == ["violent"]
    assert row["evidence"] == {"start": 0, "end": 13, "text": "You will pay."}
    assert decision.flagged
