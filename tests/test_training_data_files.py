"""The project-written training files: well formed, and never a copy of a held-out check."""

import csv
from pathlib import Path

import pytest

from moderation.data.splits import near_duplicate_key
from moderation.evaluation.functional import suite_paths
from moderation.model.spec import LABELS
from moderation.training.checks import CHECKS_DIR, read_lines

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "labels" / "training"
COUNTER_EXAMPLES = TRAINING / "identity_counter_examples.csv"
CONTRAST_EXAMPLES = TRAINING / "antisemitic_contrast_examples.csv"
VIOLENCE_EXAMPLES = TRAINING / "violence_contrast_examples.csv"
ALL_FILES = sorted(TRAINING.glob("*.csv"))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def held_out_keys() -> set[str]:
    texts = [line for path in sorted(CHECKS_DIR.glob("*.txt")) for line in read_lines(path)]
    texts += [row["text"] for path in suite_paths() for row in _rows(path)]
    return {near_duplicate_key(text) for text in texts}


@pytest.mark.parametrize("path", [COUNTER_EXAMPLES, TRAINING / "identity_counter_examples_2.csv"])
def test_counter_examples_are_negative_train_rows(path):
    rows = _rows(path)
    assert len(rows) >= 300
    assert {row["split"] for row in rows} == {"train"}
    for label in LABELS:
        assert {row[label] for row in rows} == {"0"}, label


def test_contrast_examples_are_antisemitic_train_rows_with_known_or_empty_labels():
    rows = _rows(CONTRAST_EXAMPLES)
    assert len(rows) >= 300
    assert {row["split"] for row in rows} == {"train"}
    assert {row["antisemitic"] for row in rows} == {"1"}
    assert {row["violent"] for row in rows} <= {"0", "1", ""}
    assert {row["abusive"] for row in rows} <= {"1", ""}  # antisemitic content degrades a group


def test_violence_examples_are_both_sides_of_the_threat_line_and_never_antisemitic():
    rows = _rows(VIOLENCE_EXAMPLES)
    assert {row["split"] for row in rows} == {"train"}
    assert {row["antisemitic"] for row in rows} == {"0"}
    violent = [row for row in rows if row["violent"] == "1"]
    assert 100 <= len(violent) <= len(rows) - 100  # both sides, neither a token few
    assert {row["abusive"] for row in violent} == {"1"}  # the taxonomy: every threat is abusive
    assert {row["violent"] for row in rows} == {"0", "1"}


def test_trope_adjacent_neutral_rows_are_negative_train_rows_of_sentence_length():
    rows = _rows(TRAINING / "trope_adjacent_neutral.csv")
    assert len(rows) >= 400 and {row["split"] for row in rows} == {"train"}
    assert {row[label] for row in rows for label in LABELS} == {"0"}
    assert all(4 <= len(row["text"].split()) <= 45 for row in rows)
    assert len({" ".join(row["text"].lower().split()[:6]) for row in rows}) == len(rows)


def test_short_mentions_are_short_and_on_both_sides_of_the_line():
    """A group's name alone was removed: the file must hold short neutral mentions and, so that
    short does not come to mean harmless, short attacks that use the same words."""
    rows = _rows(TRAINING / "short_mentions.csv")
    assert {row["split"] for row in rows} == {"train"}
    assert all(1 <= len(row["text"].split()) <= 6 for row in rows)
    assert all(row[label] in {"0", "1"} for row in rows for label in LABELS)
    neutral = [row for row in rows if {row[label] for label in LABELS} == {"0"}]
    antisemitic = [row for row in rows if row["antisemitic"] == "1"]
    assert len(neutral) >= 250 and len(antisemitic) >= 50
    assert len(rows) - len(neutral) - len(antisemitic) >= 50  # abusive, not antisemitic
    assert {row["abusive"] for row in antisemitic} == {"1"}  # the taxonomy: it degrades a group


@pytest.mark.parametrize("path", ALL_FILES, ids=[path.name for path in ALL_FILES])
def test_no_training_row_repeats_a_held_out_check(path, held_out_keys):
    # The checks measure generalisation; a training row equal to one of them after
    # normalisation would turn the neutral-mention check into a memory test.
    leaked = [
        row["text"] for row in _rows(path) if near_duplicate_key(row["text"]) in held_out_keys
    ]
    assert leaked == []


def test_no_repeats_within_or_across_the_files():
    keys = [near_duplicate_key(row["text"]) for path in ALL_FILES for row in _rows(path)]
    assert len(keys) == len(set(keys))


def test_a_recipes_relative_paths_read_from_the_project_root_in_another_directory(
    monkeypatch, tmp_path
):
    """`moderation evaluate isca_antisemitism` run outside the repository failed on the
    recipe's `labels/training/...` files."""
    from moderation.paths import REPO_ROOT
    from moderation.training import TrainConfig

    monkeypatch.chdir(tmp_path)
    config = TrainConfig.from_file(REPO_ROOT / "configs" / "train.toml")
    assert config.train_only_data and all(Path(f).is_file() for f in config.train_only_data)
    assert Path(config.teacher_scores).is_file()
    (tmp_path / "elsewhere.toml").write_text('train_only_data = ["nowhere/at_all.csv"]\n')
    missing = TrainConfig.from_file(tmp_path / "elsewhere.toml").train_only_data
    assert missing == ("nowhere/at_all.csv",)  # as written: its error names it
