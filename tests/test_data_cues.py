"""Cue terms (labels/cue_terms.toml) and the reweighting of cue-carrying negatives."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from moderation.data.cues import cue_mask, load_cue_patterns
from moderation.errors import ConfigError
from moderation.training.recipe import weight_cue_negatives


@pytest.fixture(scope="module")
def cues():
    return load_cue_patterns()


@pytest.mark.parametrize(
    "text, label, expected",
    [
        ("The synagogue choir sang at the memorial.", "antisemitic", True),
        ("Israeli startups won three prizes.", "antisemitic", True),
        ("The jewellery shop on the corner closed.", "antisemitic", False),  # word boundary
        ("Damn, that was a close game.", "abusive", True),
        ("What the fuck happened to the buses today", "abusive", True),
        ("Shellfish and hello, nothing to see.", "abusive", False),  # no swear inside words
        ("You are an idiot.", "abusive", False),  # insults are not cues: they are the attack
    ],
)
def test_cue_patterns(cues, text, label, expected):
    assert bool(cues[label].search(text)) is expected


def test_cue_mask_is_a_boolean_per_text(cues):
    mask = cue_mask(["Shabbat dinner", "a sunny day", "Israel's election"], cues["antisemitic"])
    assert mask.tolist() == [True, False, True]


def test_only_cue_carrying_negatives_are_weighted_up():
    corpus = pd.DataFrame(
        {
            "text": [
                "My Jewish neighbours are lovely",
                "Jews control the banks",
                "Nice weather",
                "damn buses",
                "Jewish food fair",
            ],
            "antisemitic": [0, 1, 0, -1, 0],
            "violent": [-1] * 5,
            "abusive": [0, 1, 0, 0, -1],
            "weight_antisemitic": [1.0, 1.0, 1.0, 0.0, 0.5],
            "weight_violent": [0.0] * 5,
            "weight_abusive": [1.0, 1.0, 1.0, 1.0, 0.0],
        }
    )
    weight_cue_negatives(corpus, 3.0)
    # Negatives with the cue x3 (weak half weight kept relative), positives and unknowns untouched.
    np.testing.assert_allclose(corpus["weight_antisemitic"], [3.0, 1.0, 1.0, 0.0, 1.5])
    np.testing.assert_allclose(corpus["weight_abusive"], [1.0, 1.0, 1.0, 3.0, 0.0])


def test_unknown_label_or_group_is_a_config_error(tmp_path):
    bad = tmp_path / "cues.toml"
    bad.write_text('[hateful]\npatterns = ["x"]\n')
    with pytest.raises(ConfigError, match="unknown label"):
        load_cue_patterns(bad)
    bad.write_text('[antisemitic]\nidentity_groups = ["martians"]\n')
    with pytest.raises(ConfigError, match="unknown group"):
        load_cue_patterns(bad)


def test_cue_labels_limit_the_reweighting():
    corpus = pd.DataFrame(
        {
            "text": ["My Jewish neighbours are lovely", "damn buses"],
            "antisemitic": [0, -1],
            "violent": [-1, -1],
            "abusive": [-1, 0],
            "weight_antisemitic": [1.0, 0.0],
            "weight_violent": [0.0, 0.0],
            "weight_abusive": [0.0, 1.0],
        }
    )
    weight_cue_negatives(corpus, 3.0, labels=("abusive",))
    assert corpus["weight_antisemitic"].tolist() == [1.0, 0.0]
    assert corpus["weight_abusive"].tolist() == [0.0, 3.0]
