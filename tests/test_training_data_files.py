"""The project-written training files: well formed, and never a copy of a held-out check."""

import csv
from pathlib import Path

import pytest

from moderation.data.splits import near_duplicate_key
from moderation.model.spec import LABELS

ROOT = Path(__file__).resolve().parents[1]
COUNTER_EXAMPLES = ROOT / "labels" / "training" / "identity_counter_examples.csv"


def _rows() -> list[dict[str, str]]:
    with COUNTER_EXAMPLES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _held_out_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "labels" / "checks").glob("*.txt")):
        texts += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with (ROOT / "labels" / "functional" / "antisemitism.csv").open(encoding="utf-8") as handle:
        texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


def test_counter_examples_are_negative_train_rows():
    rows = _rows()
    assert len(rows) >= 400
    assert {row["split"] for row in rows} == {"train"}
    for label in LABELS:
        assert {row[label] for row in rows} == {"0"}, label


@pytest.mark.parametrize("held_out", [_held_out_texts()], ids=["checks+functional"])
def test_no_counter_example_repeats_a_held_out_check(held_out):
    # The checks measure generalisation; a training row equal to one of them after
    # normalisation would turn the neutral-mention check into a memory test.
    held_out_keys = {near_duplicate_key(text) for text in held_out}
    leaked = [row["text"] for row in _rows() if near_duplicate_key(row["text"]) in held_out_keys]
    assert leaked == []


def test_no_exact_repeats_within_the_file():
    keys = [near_duplicate_key(row["text"]) for row in _rows()]
    assert len(keys) == len(set(keys))
