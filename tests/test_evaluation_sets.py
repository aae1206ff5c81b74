"""Which rows get scored: label maps for new sets, files, known sets' test split, --limit."""

import pandas as pd
import pytest

from moderation.data.mapping import SHARED_DATA_DIR, DatasetMapping, known_mappings
from moderation.errors import ConfigError, DataError
from moderation.evaluation import sets
from moderation.evaluation.sets import known_set, load_sets

MAPPING = """
text_column = "comment"  # no name, no [[files]]: the rows come from the DATA argument

[labels.abusive]
positive = "tox == 1"
negative = "tox == 0"

[labels.antisemitic]
positive = "target == 'jews'"
negative = "target == 'none'"
"""


@pytest.fixture
def newsroom(tmp_path):
    rows = pd.DataFrame(
        {
            "comment": ["You idiot.", "Jews run the banks.", "Nice piece.", "Hmm.", None],
            "tox": [1, 1, 0, None, 0],
            "target": ["none", "jews", "none", "other", "none"],
        }
    )
    rows.to_csv(tmp_path / "newsroom.csv", index=False)
    (tmp_path / "newsroom.toml").write_text(MAPPING)
    return tmp_path


def test_a_label_map_reads_a_new_set_in_its_own_columns(newsroom):
    (loaded,) = load_sets([str(newsroom / "newsroom.csv")], label_map=newsroom / "newsroom.toml")
    frame = loaded.frame
    assert loaded.name == "newsroom.csv" and "newsroom.toml" in loaded.selection
    assert frame["text"].tolist() == [
        "You idiot.",
        "Jews run the banks.",
        "Nice piece.",
        "Hmm.",
    ]  # no text: dropped
    assert frame["abusive"].tolist() == [1, 1, 0, -1]  # neither rule matches: unknown, not negative
    assert frame["antisemitic"].tolist() == [0, 1, 0, -1]
    assert (frame["violent"] == -1).all() and frame["gold_abusive"].all()


def test_a_mapping_without_files_cannot_be_read_as_a_set_of_its_own(newsroom):
    from moderation.data.loaders import load_mapped_set

    with pytest.raises(DataError, match="names no \\[\\[files\\]\\] to read"):
        load_mapped_set(newsroom / "newsroom.toml")


def test_a_project_format_file_with_another_text_column(tmp_path):
    pd.DataFrame({"body": ["a", "b", "c"], "violent": [1, 0, None]}).to_csv(
        tmp_path / "mine.csv", index=False
    )
    (loaded,) = load_sets([str(tmp_path / "mine.csv")], text_column="body")
    assert loaded.frame["violent"].tolist() == [1, 0, -1]
    assert loaded.selection.startswith("all rows")


def test_minus_one_in_a_label_column_is_unknown_not_negative(tmp_path):
    """Many sets write an unannotated label as -1; read as 0 it counted as a negative in every
    metric of `evaluate` (blind functional suite, round 4)."""
    (tmp_path / "mine.jsonl").write_text(
        '{"text": "a", "abusive": 1}\n{"text": "b", "abusive": -1}\n{"text": "c", "abusive": 0}\n'
    )
    (loaded,) = load_sets([str(tmp_path / "mine.jsonl")])
    assert loaded.frame["abusive"].tolist() == [1, -1, 0]


def test_a_split_column_in_a_file_is_honoured(tmp_path):
    pd.DataFrame(
        {"text": ["a", "b", "c"], "abusive": [1, 0, 1], "split": ["train", "test", "test"]}
    ).to_csv(tmp_path / "mine.csv", index=False)
    (test,) = load_sets([str(tmp_path / "mine.csv")], split="test")
    (everything,) = load_sets([str(tmp_path / "mine.csv")], split="all")
    assert test.frame["text"].tolist() == ["b", "c"] and len(everything.frame) == 3


def test_known_sets_are_scored_on_the_test_split_only(monkeypatch):
    corpus = pd.DataFrame(
        {
            "text": ["a", "b", "c", "d"],
            "source": ["olid", "olid", "olid", "davidson"],
            "split": ["train", "test", "validation", "test"],
            "abusive": [1, 0, 1, 1],
        }
    )
    monkeypatch.setattr(sets, "training_corpus", lambda: corpus)
    olid = known_mappings()["olid"]
    test = known_set(olid, "test")
    assert test.frame["text"].tolist() == ["b"] and "never trained on" in test.selection
    everything = known_set(olid, "all")
    assert (
        everything.frame["text"].tolist() == ["a", "b", "c"]
        and "optimistic" in everything.selection
    )


@pytest.mark.skipif(not SHARED_DATA_DIR.exists(), reason="../shared/data not beside the project")
def test_an_evaluation_only_set_is_scored_whole():
    pol = known_set(known_mappings()["pol_antisemitism"], "test")
    assert len(pol.frame) == 3000 and "never trained on" in pol.selection


def test_limit_is_a_seeded_sample_and_spares_the_functional_suite(tmp_path):
    pd.DataFrame({"text": list("abcdefghij"), "abusive": [1, 0] * 5}).to_csv(
        tmp_path / "ten.csv", index=False
    )
    first, antisemitism, violence_abuse = load_sets(
        [str(tmp_path / "ten.csv"), "functional"], limit=4
    )
    (again,) = load_sets([str(tmp_path / "ten.csv")], limit=4)
    assert len(first.frame) == 4 and first.available_rows == 10 and "sample of 4" in first.selection
    assert first.frame["text"].tolist() == again.frame["text"].tolist()
    assert (len(antisemitism.frame), len(violence_abuse.frame)) == (376, 570)
    (one,) = load_sets(["functional/violence_abuse"], limit=4)
    assert one.name == "functional/violence_abuse" and len(one.frame) == 570


def test_bad_options_are_one_line_errors(tmp_path):
    with pytest.raises(ConfigError, match="--split"):
        load_sets(["functional"], split="train")
    with pytest.raises(ConfigError, match="--limit"):
        load_sets(["functional"], limit=0)
    with pytest.raises(DataError, match="unknown data set"):
        load_sets(["no_such_set"])
    with pytest.raises(DataError, match="no functional suite 'functional/nope'"):
        load_sets(["functional/nope"])


def test_label_cells_as_words_read_as_yes_and_no_and_other_words_are_an_error(tmp_path):
    """yes/no and true/false cells left every row unknown in silence (blind functional test)."""
    (tmp_path / "yn.csv").write_text("text,violent,abusive\na,no,yes\nb,No,FALSE\nc,YES,\n")
    (loaded,) = load_sets([str(tmp_path / "yn.csv")])
    assert loaded.frame[["violent", "abusive"]].values.tolist() == [[0, 1], [0, 0], [1, -1]]
    (tmp_path / "words.csv").write_text("text,abusive\na,offensive\nb,normal\n")
    with pytest.raises(DataError, match="'offensive', 'normal'.*--label-map"):
        load_sets([str(tmp_path / "words.csv")])


@pytest.mark.parametrize("value", ["2", "0.5"])
def test_a_label_cell_that_is_neither_one_nor_zero_is_an_error_not_a_positive(tmp_path, value):
    """2 and 0.5 were read as positives (blind functional test, round 10)."""
    (tmp_path / "odd.csv").write_text(f"text,abusive\na,{value}\nb,0\nc,-1\n")
    with pytest.raises(DataError, match=r"column 'abusive' holds .*--label-map"):
        load_sets([str(tmp_path / "odd.csv")])


def test_rows_without_text_are_left_out_not_a_crash(tmp_path):
    """An empty or blank text reached the cue search as a float (NaN) and crashed `data
    report` and `evaluate` with a traceback (blind functional test, round 10)."""
    (tmp_path / "blank.csv").write_text('text,abusive\n"",1\n"   ",0\nyou idiot,1\nnice,0\n')
    (loaded,) = load_sets([str(tmp_path / "blank.csv")])
    assert loaded.frame["text"].tolist() == ["you idiot", "nice"]


def test_a_mapping_whose_rules_match_no_row_says_what_the_columns_hold(tmp_path):
    (tmp_path / "tf.csv").write_text("tweet,is_toxic\nyou idiot,true\nnice,false\n")
    (tmp_path / "map.toml").write_text(
        'text_column = "tweet"\n[labels.abusive]\npositive = "is_toxic == \'true\'"\n'
    )
    with pytest.raises(DataError, match=r"rules for abusive .* match no row \(is_toxic holds True"):
        load_sets([str(tmp_path / "tf.csv")], label_map=tmp_path / "map.toml")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[abusive]\npositive = "hateful == 1"\n', r"unknown key\(s\) or table\(s\) \['abusive'\]"),
        ('[labels.abusive]\npositive = ["yes"]\n', "must be one query in quotes"),
        ('[labels.abusive]\ncolumn = "x"\n', r"unknown key\(s\) \['column'\]; use positive"),
        ('name = "x"\n', "maps no label"),
    ],
)
def test_a_malformed_label_map_is_one_line_saying_what_is_expected(tmp_path, body, message):
    (tmp_path / "map.toml").write_text(body)
    with pytest.raises(DataError, match=message):
        DatasetMapping.from_file(tmp_path / "map.toml")


def test_one_bad_argument_is_handed_on_and_the_others_load(tmp_path):
    (tmp_path / "good.csv").write_text("text,abusive\na,1\nb,0\n")
    seen = []
    loaded = load_sets(
        [str(tmp_path / "good.csv"), str(tmp_path / "gone.csv")], on_error=seen.append
    )
    assert [s.name for s in loaded] == ["good.csv"] and "gone.csv: not found" in str(seen[0])
