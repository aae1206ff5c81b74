"""Calibration and threshold choice on synthetic scores whose true probabilities are known."""

import numpy as np

from moderation.training.calibration import (
    apply_calibration,
    choose_thresholds,
    fit_platt,
    reliability,
)


def synthetic(n=20000, seed=0):
    """Logits from a model that is overconfident by 3x and shifted by +1."""
    rng = np.random.default_rng(seed)
    true_logit = rng.normal(-1.5, 2.0, n)
    targets = (rng.random(n) < 1 / (1 + np.exp(-true_logit))).astype(int)
    return 3.0 * true_logit + 1.0, targets


def test_platt_recovers_the_distortion_and_lowers_ece():
    logits, targets = synthetic()
    calibration = fit_platt(logits, targets)
    assert abs(calibration.scale - 1 / 3) < 0.03 and abs(calibration.bias + 1 / 3) < 0.1
    before = reliability(1 / (1 + np.exp(-logits)), targets)["ece"]
    after = reliability(apply_calibration(logits, calibration), targets)["ece"]
    assert after < 0.02 < before


def test_reliability_of_a_perfect_forecaster_is_near_zero():
    rng = np.random.default_rng(1)
    p = rng.random(50000)
    assert reliability(p, (rng.random(50000) < p).astype(int))["ece"] < 0.015


def test_thresholds_meet_recall_and_precision_targets():
    rng = np.random.default_rng(2)
    targets = (rng.random(5000) < 0.2).astype(int)
    probs = np.clip(targets * 0.5 + rng.random(5000) * 0.5, 0, 1)
    choice = choose_thresholds(probs, targets)
    flagged = probs >= choice.thresholds.review
    assert targets[flagged].sum() / targets.sum() >= 0.90
    removed = probs >= choice.thresholds.remove
    assert targets[removed].mean() >= 0.90 and choice.remove_target_met
    assert choice.thresholds.remove >= choice.thresholds.review
    # the review cut-off is the highest that still reaches the recall target
    higher = probs >= choice.thresholds.review + 1e-3
    assert targets[higher].sum() / targets.sum() < 0.90


def test_unreachable_precision_is_reported_not_hidden():
    rng = np.random.default_rng(3)
    targets = (rng.random(2000) < 0.3).astype(int)
    probs = rng.random(2000)  # no signal: 90% precision cannot be reached
    choice = choose_thresholds(probs, targets)
    assert not choice.remove_target_met and choice.remove_precision < 0.9


def test_a_label_with_fewer_validation_rows_than_the_removal_support_still_gets_thresholds():
    """A model trained on a few dozen verdicts had two validation rows for a label: no cut-off
    flagged the five rows the removal threshold asks for, and `train` ended in a traceback."""
    choice = choose_thresholds(np.array([0.9, 0.2]), np.array([1, 0]))
    assert choice.thresholds.review == 0.9 and choice.thresholds.remove == 0.9
    assert not choice.remove_target_met  # reported as short of the support asked for
