"""Train rows copied beside a neutral row's words: labels kept, the row never cut, and only
rows a person marked harmless on every label used as context."""

import numpy as np
import pandas as pd

from moderation.training.batches import Encoded
from moderation.training.context import (
    MIN_CONTEXT_TOKENS,
    copyable_rows,
    neutral_rows,
    with_context,
)

CLS, SEP = 101, 102


def _encoded(lengths: list[int]) -> Encoded:
    ids = [[CLS, *range(1000 * (i + 1), 1000 * (i + 1) + n), SEP] for i, n in enumerate(lengths)]
    targets = np.eye(3, dtype=np.float32)[np.arange(len(lengths)) % 3]
    weights = np.full((len(lengths), 3), 0.5, dtype=np.float32)
    soft = np.full((len(lengths), 3), np.nan, dtype=np.float32)
    return Encoded(ids, targets, weights, soft)


def test_copies_keep_their_rows_labels_and_hold_the_whole_row_in_the_window():
    encoded = _encoded([5, 30, 10, 8, 12, 6])
    rows, source = with_context(encoded, np.array([3, 5]), share=1.0, max_length=24, seed=1)
    assert len(rows) > len(encoded) and list(source[: len(encoded)]) == list(range(6))
    for index in range(len(encoded), len(rows)):
        original = encoded.input_ids[source[index]]
        ids = rows.input_ids[index]
        assert len(ids) <= 24 and ids[0] == CLS and ids[-1] == SEP
        inner = ids[1:-1]
        body = original[1:-1]
        starts = [i for i in range(len(inner)) if inner[i : i + len(body)] == body]
        assert starts and (
            starts[0] == 0 or starts[0] + len(body) == len(inner)
        )  # whole, at an end
        context = inner[len(body) :] if starts[0] == 0 else inner[: starts[0]]
        assert len(context) >= MIN_CONTEXT_TOKENS and all(t // 1000 in (4, 6) for t in context)
        assert (rows.targets[index] == encoded.targets[source[index]]).all()
        assert (rows.weights[index] == encoded.weights[source[index]]).all()
    assert 1 not in source[len(encoded) :]  # 30 tokens leave no room in a window of 24


def test_no_share_or_no_neutral_rows_leaves_the_rows_alone():
    encoded = _encoded([5, 6])
    assert with_context(encoded, np.array([0]), share=0.0, max_length=64, seed=1)[0] is encoded
    assert (
        with_context(encoded, np.array([], dtype=int), share=0.5, max_length=64, seed=1)[0]
        is encoded
    )


def test_only_rows_harmless_on_every_known_label_and_without_a_cue_are_context():
    frame = pd.DataFrame(
        {
            "text": ["nice weather", "kill them", "a guess", "unknown", "my Jewish neighbour"],
            "antisemitic": [0, 0, 0, -1, 0],
            "violent": [0, 1, 0, 0, 0],
            "abusive": [0, 0, 0, 0, 0],
            "gold_antisemitic": [True, True, False, True, True],
            "gold_violent": [True, True, True, True, True],
            "gold_abusive": [True, True, True, True, True],
        }
    )
    # 1 violent, 2 a keyword's guess, 3 unknown, 4 a Jewish term (labels/cue_terms.toml)
    assert list(neutral_rows(frame)) == [0]


def test_the_model_card_says_a_share_of_rows_was_trained_in_context():
    from moderation.training.card import _recipe_note

    assert any("0.3 of the train rows" in line for line in _recipe_note({"context_share": 0.3}))
    assert not any("In context" in line for line in _recipe_note({"context_share": 0.0}))


def test_context_labels_keep_rows_positive_for_another_label_out_of_context():
    encoded = _encoded([5, 6, 7, 8, 9, 10])  # rows 0 and 3 antisemitic, 1 and 4 violent, ...
    encoded.weights[3, 0] = 0.0  # row 3's antisemitic label is unknown: it may be copied
    assert list(copyable_rows(encoded, ("violent", "abusive"))) == [1, 2, 3, 4, 5]
    assert list(copyable_rows(encoded, ())) == list(range(6))
    rows, source = with_context(
        encoded, np.array([2]), share=1.0, max_length=64, seed=1, copyable=np.array([1, 4])
    )
    assert sorted(source[len(encoded) :]) == [1, 4]
