"""Quality gate on the shipped model (STYLE 15): floors pinned near what the shipped model
measured, so a retrain cannot quietly get worse; move a floor only on purpose, saying why. The
issue's targets the model misses are strict xfails: when a retrain meets one, the xfail fails and
the gate is tightened (1.1.0 met the profanity target and 1.6.0 the neutral-mention one, so
those are plain tests now)."""

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
    return Moderator(DEFAULT_MODEL_DIR, precision="fp32")  # floors measured in fp32, any CPU


def crossing_review(moderator, name: str, label: str) -> float:
    column = moderator.spec.labels.index(label)
    scores = moderator.score(read_lines(Path(CHECKS_DIR) / name))[:, column]
    return float((scores >= moderator.spec.thresholds_for(label).review).mean())


def test_threats_are_flagged_and_contrasts_mostly_not(moderator):
    # 1.7.0: 0.968 and 0.174 (HatemojiBuild's "not hateful" rows unknown for abusive; the ceiling
    # holds). 1.6.0: 0.960 and 0.141 (violent distilled from the mpnet teacher: a third fewer
    # non-threats flagged, so the ceiling comes down; the threat floor stays). 1.5.0: 0.984 and
    # 0.231, after the written threats and harmless violent vocabulary of
    # labels/training/violence_contrast_examples.csv; floor raised, ceiling raised a little on
    # purpose for that. 1.4.0: 0.832 and 0.198 (1.3.0: 0.880 and 0.198; 1.2.0: 0.856 and 0.289;
    # 1.1.0: 0.760 and 0.165; 1.0.0: 0.656 and 0.083). 1.2.0 raised the contrast ceiling on purpose
    # (it ranks threats better, functional suite violent ROC-AUC 0.764 -> 0.863); 1.3.0 brought it
    # back down. 1.4.0 lowered the threat floor on purpose: it stopped flagging most plain insults
    # as violent (below).
    assert crossing_review(moderator, "threats.txt", "violent") >= 0.95
    assert crossing_review(moderator, "non_threats.txt", "violent") <= 0.18


def test_a_threat_among_sentences_about_the_story_is_still_flagged(moderator):
    # 1.7.0: 0.847 (0.968 for the threats alone; 0.203 reach removal, 0.632 alone): context read
    # as exoneration, the reason for `context_share` (moderation/training/context.py).
    assert crossing_review(moderator, "threats_in_context.txt", "violent") >= 0.83


def test_short_mentions_of_jews_are_a_known_weakness_that_must_not_grow(moderator):
    # 1.7.0: 0.46 of 50 one-to-three-word neutral mentions cross antisemitic review, 0.18 abusive
    # review ("Jews" alone is removed: abusive 0.76); a ceiling until a retrain with short
    # neutral rows brings them under the sentences' 5%.
    assert crossing_review(moderator, "short_identity_mentions.txt", "antisemitic") <= 0.50
    assert crossing_review(moderator, "short_identity_mentions.txt", "abusive") <= 0.20


@pytest.mark.parametrize("name", ["neutral_identity.txt", "neutral_identity_blind.txt"])
def test_neutral_mentions_of_jews_meet_the_target(moderator, name):
    # The target (at most 5%), met by 1.7.0 and 1.6.0: 0.032, and 0.037 on the set written
    # blind to the training data (1.5.0: 0.057 and 0.056; 1.4.0: 0.165 and 0.163; 1.3.0: 0.291 and
    # 0.263; 1.2.0: 0.475; 1.1.0: 0.766; 1.0.0: 0.703).
    assert crossing_review(moderator, name, "antisemitic") <= 0.05


def test_insults_are_not_antisemitic_or_violent_for_that(moderator):
    # 1.7.0: 0.040 and 0.147. 1.6.0: 0.040 and 0.153; ceilings lowered. 1.5.0: 0.073 and 0.180
    # (1.4.0: 0.133 and 0.120, after the weak negatives of labels/weak_label_audit.md audits 3-4;
    # 1.3.0: 0.560 and 0.287). The violent ceiling was raised on purpose with 1.5.0's threats floor:
    # these insults are abusive, so they go to review either way; violent only changes the label
    # shown.
    assert crossing_review(moderator, "insults_not_antisemitic.txt", "antisemitic") <= 0.07
    assert crossing_review(moderator, "insults_not_antisemitic.txt", "violent") <= 0.19


def test_profanity_without_a_target_is_rarely_abusive(moderator):
    # The target, met by 1.7.0: 0.065 (1.6.0: 0.048; 1.5.0: 0.073; 1.4.0: 0.024; 1.3.0:
    # 0.056; 1.2.0: 0.073; 1.1.0: 0.024; 1.0.0: 0.339).
    assert crossing_review(moderator, "profanity_not_abusive.txt", "abusive") <= 0.10


def test_a_neutral_sentence_naming_a_jewish_person_scores_below_remove(moderator):
    scores = moderator.score(
        ["Rabbi Cohen thanked the volunteers who rebuilt the community garden."]
    )[0]
    assert np.all(
        scores < [moderator.spec.thresholds_for(label).remove for label in moderator.spec.labels]
    )
