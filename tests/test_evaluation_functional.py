"""The functional suites: loading them, and accuracy grouped per functionality on the label
each functionality tests."""

import numpy as np
import pandas as pd

from moderation.evaluation.functional import functionality_results, load_functional_suites
from moderation.model import Thresholds

THRESHOLDS = {
    "antisemitic": Thresholds(0.5, 0.9),
    "violent": Thresholds(0.4, 0.8),
    "abusive": Thresholds(0.6, 0.95),
}


def test_the_shipped_suites_load_whole_with_their_functionalities():
    antisemitism, violence_abuse = load_functional_suites()
    assert antisemitism.name == "functional/antisemitism"
    assert len(antisemitism.frame) == antisemitism.available_rows == 376
    assert antisemitism.frame["functionality"].nunique() == 22
    assert antisemitism.frame["case_id"].iloc[0] == "as-001"
    assert set(antisemitism.frame["antisemitic"]) == {0, 1}  # every case scored on its label
    assert (antisemitism.frame["abusive"] == -1).any()  # empty cells stay unknown, not negative
    assert set(antisemitism.frame["tested"]) == {"antisemitic"}
    frame = violence_abuse.frame
    assert len(frame) == 570 and frame["functionality"].nunique() == 28
    assert set(frame["tested"]) == {"violent", "abusive"} and set(frame["antisemitic"]) == {0}
    for label in ("violent", "abusive"):  # every case is scored on the label it tests
        assert set(frame.loc[frame["tested"] == label, label]) == {0, 1}


def test_every_functionality_tests_one_label_and_ids_are_unique():
    frames = [suite.frame for suite in load_functional_suites()]
    for frame in frames:
        assert (frame.groupby("functionality")["tested"].nunique() == 1).all()
        assert frame.groupby("functionality").size().min() >= 15
    ids = [case for frame in frames for case in frame["case_id"]]
    assert len(ids) == len(set(ids))


def test_accuracy_per_functionality_at_review():
    frame = pd.DataFrame(
        {
            "case_id": ["c1", "c2", "c3", "c4", "c5"],
            "functionality": ["slurs", "slurs", "slurs", "negation", "negation"],
            "tested": ["antisemitic"] * 5,
            "antisemitic": [1, 1, 1, 0, 0],
            "violent": [-1, -1, -1, 0, 1],
            "abusive": [1, 1, 1, 0, 0],
        }
    )
    scores = {
        "antisemitic": np.array([0.9, 0.8, 0.2, 0.1, 0.7]),
        "violent": np.array([0.0, 0.0, 0.0, 0.1, 0.5]),
        "abusive": np.array([0.7, 0.5, 0.9, 0.2, 0.65]),
    }
    slurs, negation = functionality_results(frame, scores, THRESHOLDS)
    assert (slurs.functionality, slurs.cases, slurs.expected) == ("slurs", 3, "antisemitic")
    assert slurs.accuracy == {"antisemitic": 0.6667, "violent": None, "abusive": 0.6667}
    assert slurs.failed == ("c3",)
    assert slurs.mean_score == round((0.9 + 0.8 + 0.2) / 3, 4)
    assert (negation.expected, negation.failed) == ("not antisemitic", ("c5",))
    assert negation.accuracy == {"antisemitic": 0.5, "violent": 1.0, "abusive": 0.5}


def test_a_functionality_is_judged_on_the_label_it_tests():
    frame = pd.DataFrame(
        {
            "case_id": ["v1", "v2", "v3"],
            "functionality": ["violent_idioms"] * 3,
            "tested": ["violent"] * 3,
            "antisemitic": [0, 0, 0],
            "violent": [0, 0, 0],
            "abusive": [0, 0, 0],
        }
    )
    scores = {
        "antisemitic": np.array([0.9, 0.9, 0.9]),
        "violent": np.array([0.1, 0.5, 0.2]),
        "abusive": np.array([0.0, 0.0, 0.0]),
    }
    (idioms,) = functionality_results(frame, scores, THRESHOLDS)
    assert (idioms.label, idioms.expected, idioms.failed) == ("violent", "not violent", ("v2",))
    assert idioms.mean_score == round(0.8 / 3, 4)
    assert idioms.accuracy["antisemitic"] == 0.0  # reported, but not what it is judged on
