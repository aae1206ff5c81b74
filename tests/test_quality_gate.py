"""Quality gate on the shipped model (STYLE 15): floors pinned at what 1.0.0 measured, so a
retrain cannot quietly get worse; lower a floor only on purpose. The issue's targets that 1.0.0
misses are strict xfails: when a retrain meets one, the xfail fails and the gate is tightened."""

from pathlib import Path

import numpy as np
import pytest

from moderation.engine import Moderator
from moderation.model.store import DEFAULT_MODEL_DIR
from moderation.training.checks import CHECKS_DIR, read_lines

pytestmark = pytest.mark.skipif(
    not (DEFAULT_MODEL_DIR / "model.safetensors").exists(), reason="no shipped model"
)


@pytest.fixture(scope="module")
def moderator():
    return Moderator(DEFAULT_MODEL_DIR, quantize=False)


def crossing_review(moderator, name: str, label: str) -> float:
    column = moderator.spec.labels.index(label)
    scores = moderator.score(read_lines(Path(CHECKS_DIR) / name))[:, column]
    return float((scores >= moderator.spec.thresholds_for(label).review).mean())


def test_threats_are_flagged_and_contrasts_mostly_not(moderator):
    assert crossing_review(moderator, "threats.txt", "violent") >= 0.60  # 1.0.0: 0.656
    assert crossing_review(moderator, "non_threats.txt", "violent") <= 0.12  # 1.0.0: 0.083


def test_neutral_mentions_of_jews_do_not_get_worse(moderator):
    assert crossing_review(moderator, "neutral_identity.txt", "antisemitic") <= 0.75  # 1.0.0: 0.703


def test_profanity_without_a_target_does_not_get_worse(moderator):
    # 1.0.0: 0.339
    assert crossing_review(moderator, "profanity_not_abusive.txt", "abusive") <= 0.38


@pytest.mark.xfail(
    strict=True, reason="issue 3 target (≤5% neutral mentions flagged) not met by 1.0.0"
)
def test_neutral_mentions_target(moderator):
    assert crossing_review(moderator, "neutral_identity.txt", "antisemitic") <= 0.05


@pytest.mark.xfail(
    strict=True, reason="issue 3 target (≤10% profanity flagged abusive) not met by 1.0.0"
)
def test_profanity_target(moderator):
    assert crossing_review(moderator, "profanity_not_abusive.txt", "abusive") <= 0.10


def test_a_neutral_sentence_naming_a_jewish_person_scores_below_remove(moderator):
    scores = moderator.score(
        ["Rabbi Cohen thanked the volunteers who rebuilt the community garden."]
    )[0]
    assert np.all(
        scores < [moderator.spec.thresholds_for(label).remove for label in moderator.spec.labels]
    )
