"""Quality checks on sentences the team wrote (labels/checks/): the failures users forgive least."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from moderation.model.spec import LABELS, ModelSpec
from moderation.text import model_text
from moderation.training.batches import Encoded, predict_logits
from moderation.training.calibration import apply_calibration

CHECKS_DIR = Path(__file__).resolve().parents[2] / "labels" / "checks"

# file, label, whether the label should be crossed, the limit on the share that crosses review
CHECKS = (
    ("neutral_identity.txt", "antisemitic", False, 0.05),
    # Written later, blind to the training counter-examples and to the file above, after the
    # file above had been used to study what the model gets wrong: the unbiased estimate.
    ("neutral_identity_blind.txt", "antisemitic", False, 0.05),
    ("profanity_not_abusive.txt", "abusive", False, 0.10),
    ("threats.txt", "violent", True, None),
    # The same among sentences about the story: 1.7.0 sent 84.7% of them to review (96.8% of
    # threats alone), 20.3% to removal (63.2% alone).
    ("threats_in_context.txt", "violent", True, None),
    ("non_threats.txt", "violent", False, None),
    # Insults with no Jewish term and no threat: an attack is not for that reason antisemitic
    # or violent (1.3.0 put most plain insults over both review thresholds).
    ("insults_not_antisemitic.txt", "antisemitic", False, None),
    ("insults_not_antisemitic.txt", "violent", False, None),
    # A group's name alone or in a few words ("Jews", "The synagogue", "Jewish refugees"): 1.7.0
    # sends 46% over antisemitic review and 10% to removal as abusive; a known weakness, so no
    # limit yet (the 5% is for sentences), a ceiling in the quality gate instead.
    ("short_identity_mentions.txt", "antisemitic", False, None),
    ("short_identity_mentions.txt", "abusive", False, None),
)


def read_lines(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]


def calibrated_scores(model, tokenizer, spec: ModelSpec, texts: list[str]) -> np.ndarray:
    ids = tokenizer(
        [model_text(t, spec.normalization) for t in texts],
        truncation=True,
        max_length=spec.max_length,
    )["input_ids"]
    encoded = Encoded(ids, np.zeros((len(texts), len(LABELS))), np.zeros((len(texts), len(LABELS))))
    logits = predict_logits(model, encoded, tokenizer.pad_token_id)
    return np.stack(
        [
            apply_calibration(logits[:, j], spec.calibration_for(label))
            for j, label in enumerate(LABELS)
        ],
        axis=1,
    )


def run_quality_checks(model, tokenizer, spec: ModelSpec, directory: Path = CHECKS_DIR) -> dict:
    """Share of each check file's sentences crossing the label's review threshold."""
    results = {}
    files = [check[0] for check in CHECKS]
    for name, label, should_flag, limit in CHECKS:
        path = directory / name
        if not path.exists():
            continue
        texts = read_lines(path)
        scores = calibrated_scores(model, tokenizer, spec, texts)[:, LABELS.index(label)]
        crossed = float((scores >= spec.thresholds_for(label).review).mean())
        key = name if files.count(name) == 1 else f"{name} ({label})"
        results[key] = {
            "label": label,
            "sentences": len(texts),
            "share_crossing_review": round(crossed, 4),
            "expected": "flagged" if should_flag else "not flagged",
            "limit": limit,
            "passes": None if limit is None else crossed <= limit,
        }
    return results
