"""The functional suite: loading it, and accuracy grouped per functionality."""

import numpy as np
import pandas as pd

from moderation.evaluation.functional import functionality_results, load_functional_suite
from moderation.model import Thresholds

THRESHOLDS = {
    "antisemitic": Thresholds(0.5, 0.9),
    "violent": Thresholds(0.4, 0.8),
    "abusive": Thresholds(0.6, 0.95),
}


def test_the_shipped_suite_loads_whole_with_its_functionalities():
    suite = load_functional_suite()
    assert len(suite.frame) == suite.available_rows == 376
    assert suite.frame["functionality"].nunique() == 22
    assert suite.frame["case_id"].iloc[0] == "as-001"
    assert set(suite.frame["antisemitic"]) == {0, 1}  # every case is scored on the suite's label
    assert (suite.frame["abusive"] == -1).any()  # empty cells stay unknown, never negative


def test_accuracy_per_functionality_at_review():
    frame = pd.DataFrame(
        {
            "case_id": ["c1", "c2", "c3", "c4", "c5"],
            "functionality": ["slurs", "slurs", "slurs", "negation", "negation"],
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
