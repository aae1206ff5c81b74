"""The data report counts what the corpus holds, per source, label and split."""

import pandas as pd

from moderation.data.report import data_report
from moderation.data.splits import assign_splits
from moderation.model.spec import LABELS


def frame(texts, source, **labels):
    data = {"text": texts, "source": source, "split_hint": "", "pair": ""}
    for label in LABELS:
        data[label] = labels.get(label, -1)
        data[f"weight_{label}"] = 1.0
        data[f"gold_{label}"] = label != "antisemitic"
    return pd.DataFrame(data)


def test_counts_and_cross_set_overlap():
    corpus = assign_splits(
        pd.concat(
            [
                frame(
                    ["you idiot", "nice day", "kill them"],
                    "a",
                    abusive=[1, 0, 1],
                    violent=[0, 0, 1],
                ),
                frame(["You idiot!!", "lovely"], "b", abusive=[1, 0], antisemitic=[0, 0]),
            ],
            ignore_index=True,
        )
    )
    report = data_report(corpus)
    assert report["rows"] == 5
    assert report["sources"]["a"]["violent"] == {
        "positive": 1,
        "negative": 2,
        "unknown": 0,
        "weak": 0,
    }
    assert report["sources"]["b"]["antisemitic"]["weak"] == 2  # not gold in this frame
    assert report["sources"]["a"]["antisemitic"]["unknown"] == 3
    assert report["cross_set_duplicate_groups"] == 1 and report["overlap_by_sources"] == {
        "a + b": 1
    }  # groups, not rows


def test_rows_a_set_loaded_are_counted_before_its_repeats_merge():
    """HatemojiBuild's pairs that differ only in an emoji merge into one text: the report shows
    the rows the set gave as well as those left (the MANIFEST counts the former)."""
    corpus = assign_splits(
        frame(
            ["I would love to 🔪 some 👳🏾", "I would love to 🔪some🦊", "nice day", "Nice day!"],
            "hatemoji",
            violent=[1, 0, 0, 0],
        )
    )
    counts = data_report(corpus)["sources"]["hatemoji"]
    assert (counts["loaded"], counts["rows"]) == (4, 2)
    assert counts["violent"]["unknown"] == 1  # the pair's labels disagree


def test_rows_without_words_are_counted_as_loaded_and_left_out():
    """OLID's tweets of mentions alone ("@USER @USER @USER ...") have nothing to learn:
    they are left out, and the report still counts them among the rows the set gave (it
    showed 13,963 loaded for the MANIFEST's 14,100: blind functional round 10)."""
    corpus = assign_splits(
        frame(["@USER @USER @USER", "@ann https://t.co/x", "you idiot", "nice"], "olid")
    )
    counts = data_report(corpus)["sources"]["olid"]
    assert (counts["loaded"], counts["without_words"], counts["rows"]) == (4, 2, 2)


def test_the_report_of_named_data_lists_those_sets_alone(tmp_path):
    """`--data FILE` also listed the recipe's train-only files (session 22's blind test)."""
    import json

    from typer.testing import CliRunner

    from moderation.cli import app

    rows = [
        {"text": f"row {i}", "antisemitic": 0, "violent": 0, "abusive": i % 2} for i in range(12)
    ]
    only = tmp_path / "only.jsonl"
    only.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = CliRunner().invoke(app, ["data", "report", "--data", str(only), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert list(report["sources"]) == ["only.jsonl"] and report["rows"] == 12


def test_the_report_reads_the_projects_recipe_from_any_directory(tmp_path, monkeypatch):
    """Run from another folder it failed: "configs/train.toml: cannot read config"."""
    import json

    from typer.testing import CliRunner

    from moderation.cli import app

    rows = [
        {"text": f"row {i}", "antisemitic": 0, "violent": 0, "abusive": i % 2} for i in range(6)
    ]
    (tmp_path / "mine.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["data", "report", "--data", "mine.jsonl", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["rows"] == 6
