"""Subgroup false-positive rates and the worst-error lists, on rows whose answers are known."""

import numpy as np
import pandas as pd
import pytest

from moderation.evaluation.errors import shorten, top_errors
from moderation.evaluation.subgroups import ALL_NEGATIVES, ANY_GROUP, group_mentions, subgroup_rates

ROWS = [  # text, gold, score; the review threshold is 0.5
    ("Jews around the world celebrate Passover this week.", 0, 0.8),
    ("The new synagogue opened on Sunday.", 0, 0.2),
    ("Israel's election result surprised everyone.", 0, 0.6),
    ("Muslims and Jews marched together for peace.", 0, 0.1),
    ("Nice weather for the match.", 0, 0.7),
    ("Lovely day, lovely article.", 0, 0.1),
    ("An antisemitic rant about Jews.", 1, 0.9),  # a positive: never a false positive
    ("I disagree with the council.", 0, 0.3),
]


def rates():
    texts = [text for text, _, _ in ROWS]
    gold = np.array([g for _, g, _ in ROWS])
    scores = np.array([s for _, _, s in ROWS])
    return {rate.group: rate for rate in subgroup_rates(group_mentions(texts), scores, gold, 0.5)}


def test_mentions_come_from_the_term_list():
    assert group_mentions(["Muslims and Jews marched", "Israel's election", "Nice weather"]) == [
        {"muslims", "jews"},
        {"israel"},
        set(),
    ]


def test_overall_and_any_group_rates():
    by_group = rates()
    # 7 negatives, flagged: rows 0, 2, 4
    assert (by_group[ALL_NEGATIVES].negatives, by_group[ALL_NEGATIVES].false_positives) == (7, 3)
    assert by_group[ALL_NEGATIVES].false_positive_rate == pytest.approx(3 / 7, abs=1e-4)
    # negatives mentioning any group: rows 0, 1, 2, 3; flagged 0 and 2
    assert by_group[ANY_GROUP].false_positive_rate == 0.5
    assert by_group[ANY_GROUP].ratio_to_overall == pytest.approx(0.5 / (3 / 7), abs=0.01)


def test_rates_per_group_and_their_ratio_to_overall():
    by_group = rates()
    jews, israel, muslims = by_group["jews"], by_group["israel"], by_group["muslims"]
    assert (jews.negatives, jews.false_positives) == (3, 1)  # rows 0, 1, 3 (row 6 is positive)
    assert jews.ratio_to_overall == pytest.approx((1 / 3) / (3 / 7), abs=0.01)
    assert (israel.negatives, israel.false_positive_rate, israel.ratio_to_overall) == (1, 1.0, 2.33)
    assert (muslims.false_positives, muslims.false_positive_rate) == (0, 0.0)
    assert "women" not in by_group  # no negative mentions the group: left out, not 0/0


def test_no_negatives_gives_no_rate():
    (overall, any_group) = subgroup_rates(
        [set(), {"jews"}], np.array([0.9, 0.1]), np.array([1, 1]), 0.5
    )
    assert overall.false_positive_rate is None and any_group.ratio_to_overall is None


def test_top_errors_most_confident_first():
    frame = pd.DataFrame({"text": [f"comment {i}" for i in range(8)], "source": "set"})
    scores = np.array([0.9, 0.6, 0.95, 0.1, 0.4, 0.3, 0.7, 0.05])
    gold = np.array([0, 0, 0, 1, 1, 1, 1, 0])
    false_positives, false_negatives = top_errors(frame, scores, gold, threshold=0.5, k=2)
    assert [(c.text, c.score) for c in false_positives] == [("comment 2", 0.95), ("comment 0", 0.9)]
    assert [(c.text, c.score) for c in false_negatives] == [("comment 3", 0.1), ("comment 5", 0.3)]
    assert false_positives[0].source == "set"


def test_long_comments_are_shortened_to_one_line():
    text = shorten("line one\nline two " + "x" * 400)
    assert "\n" not in text and len(text) == 280 and text.endswith("…")
