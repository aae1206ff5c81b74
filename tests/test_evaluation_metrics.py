"""Per-label metrics against values computed by hand on eight rows, and the metric backend."""

import numpy as np
import pytest

from moderation.evaluation import backend, metrics
from moderation.evaluation.metrics import CrossCheckFailed, score_label, wilson
from moderation.model import Thresholds

# Four positives, four negatives; no score sits on a reliability bin edge, so each row has a
# bin of its own and the ECE is the mean |score - gold|.
SCORES = np.array([0.95, 0.85, 0.65, 0.45, 0.75, 0.35, 0.25, 0.15])
GOLD = np.array([1, 1, 1, 1, 0, 0, 0, 0])
THRESHOLDS = Thresholds(review=0.5, remove=0.9)


@pytest.fixture(autouse=True)
def offline_backend(monkeypatch):
    """scikit-learn, as on a machine without the hub; the evaluate path is tested with a fake."""
    monkeypatch.setattr(backend, "_hub_metric", lambda name: None)


def test_threshold_metrics_by_hand():
    m = score_label("antisemitic", SCORES, GOLD, THRESHOLDS)
    # review 0.5 flags 0.95, 0.85, 0.65 (positives) and 0.75 (a negative): TP 3, FP 1, FN 1, TN 3
    assert (m.review.true_positives, m.review.false_positives) == (3, 1)
    assert (m.review.false_negatives, m.review.true_negatives) == (1, 3)
    assert (m.review.precision, m.review.recall, m.review.f1) == (0.75, 0.75, 0.75)
    assert m.review.flagged_share == 0.5
    # remove 0.9 flags 0.95 only: P 1, R 1/4, F1 2 * 1 * 0.25 / 1.25 = 0.4
    assert (m.remove.precision, m.remove.recall, m.remove.f1) == (1.0, 0.25, 0.4)
    assert m.remove.flagged_share == 0.125


def test_ranking_and_calibration_by_hand():
    m = score_label("antisemitic", SCORES, GOLD, THRESHOLDS)
    assert (m.rows, m.positives) == (8, 4)
    # 14 of the 16 positive-negative pairs are ordered right (0.65 and 0.45 lose to 0.75)
    assert m.roc_auc == 0.875
    # precision at each positive's rank: 1/1, 2/2, 3/4, 4/5 -> mean 0.8875
    assert m.average_precision == 0.8875
    # |0.95-1| + |0.85-1| + |0.65-1| + |0.45-1| + 0.75 + 0.35 + 0.25 + 0.15 = 2.6, over 8 rows
    assert m.ece == pytest.approx(0.325, abs=1e-4)
    assert len(m.reliability) == 8


def test_confusion_gold_against_the_decision_of_the_label():
    m = score_label("antisemitic", SCORES, GOLD, THRESHOLDS)
    assert m.confusion == {
        "positive": {"allow": 1, "review": 2, "remove": 1},  # 0.45 | 0.85, 0.65 | 0.95
        "negative": {"allow": 3, "review": 1, "remove": 0},  # 0.35, 0.25, 0.15 | 0.75
    }


def test_wilson_interval():
    # 3 of 4: centre (0.75 + 1.96^2/8) / (1 + 1.96^2/4) = 0.6275, half-width 0.3269
    assert wilson(3, 4) == (0.3006, 0.9544)
    assert wilson(0, 0) == (0.0, 1.0)


def test_one_class_rows_have_no_auc_nor_curve():
    m = score_label("abusive", np.array([0.2, 0.7, 0.9]), np.array([1, 1, 1]), THRESHOLDS)
    assert m.roc_auc is None and m.average_precision is None
    assert m.pr_curve == {"precision": [], "recall": []}
    assert m.review.recall == pytest.approx(2 / 3, abs=1e-4)


def test_pr_curve_is_thinned_and_ends_at_full_recall():
    rng = np.random.default_rng(0)
    gold = rng.integers(0, 2, 5000)
    m = score_label("violent", rng.random(5000), gold, THRESHOLDS)
    assert len(m.pr_curve["recall"]) <= metrics.CURVE_POINTS
    assert m.pr_curve["recall"][0] == 1.0 and m.pr_curve["recall"][-1] == 0.0


def test_a_disagreeing_computation_is_caught(monkeypatch):
    monkeypatch.setattr(backend, "precision_recall_f1", lambda flagged, targets: (0.5, 0.75, 0.75))
    with pytest.raises(CrossCheckFailed, match="precision"):
        score_label("antisemitic", SCORES, GOLD, THRESHOLDS)


def test_evaluate_metrics_are_used_when_they_load(monkeypatch):
    """Where `evaluate.load` works (hub reachable or cached), its modules compute the numbers."""
    calls = []

    class FakeModule:
        def __init__(self, name, value):
            self.name, self.value = name, value

        def compute(self, **kwargs):
            calls.append((self.name, kwargs))
            return {self.name: self.value}

    values = {"precision": 0.75, "recall": 0.75, "f1": 0.75, "roc_auc": 0.875}
    monkeypatch.setattr(backend, "_hub_metric", lambda name: FakeModule(name, values[name]))
    assert backend.backend_name() == "evaluate"
    assert backend.precision_recall_f1(SCORES >= 0.5, GOLD) == (0.75, 0.75, 0.75)
    assert backend.roc_auc(SCORES, GOLD) == 0.875
    assert [name for name, _ in calls] == ["precision", "recall", "f1", "roc_auc"]
    assert calls[0][1]["references"] == GOLD.tolist() and calls[0][1]["zero_division"] == 0
    assert calls[3][1]["prediction_scores"] == SCORES.tolist()


def test_rates_of_nothing_are_undefined_not_zero():
    """A label without positives has no recall, a cut-off that flags nothing no precision: a
    0.000 read as "every positive missed" (found by a blind functional test)."""
    scores = np.array([0.1, 0.2, 0.3])
    no_positives = score_label("violent", scores, np.array([0, 0, 0]), Thresholds(0.5, 0.9))
    assert no_positives.review.recall is None and no_positives.review.recall_ci is None
    assert no_positives.review.precision is None and no_positives.review.f1 is None
    nothing_flagged = score_label("violent", scores, np.array([1, 0, 0]), Thresholds(0.5, 0.9))
    assert nothing_flagged.review.recall == 0.0 and nothing_flagged.review.precision is None
