"""evaluate() end to end on the tiny model: the Report, the files written, and the CLI."""

import json

import pandas as pd
import pytest
from cli_helpers import run_cli

from moderation.data.loaders import project_format_frame
from moderation.evaluation import backend, evaluate, write_report
from moderation.evaluation.functional import load_functional_suites
from moderation.evaluation.types import EvalSet

TEXTS = [
    "I hate Jews, all of them.",
    "The synagogue hosts a concert on Friday.",
    "I will kill you tonight.",
    "Nice article, thanks.",
    "You are a worthless idiot.",
    "Israel's election was close.",
    "Muslims celebrate Eid this week.",
    "Shut up, moron.",
]


@pytest.fixture(autouse=True)
def offline_backend(monkeypatch):
    monkeypatch.setattr(backend, "_hub_metric", lambda name: None)


@pytest.fixture
def small_set():
    labels = pd.DataFrame(
        {
            "text": TEXTS,
            "antisemitic": [1, 0, 0, 0, 0, 0, 0, 0],
            "violent": [0, 0, 1, 0, 0, 0, 0, None],
            "abusive": [1, 0, 1, 0, 1, 0, 0, 1],
        }
    )
    return EvalSet(
        "small", project_format_frame(labels, "small"), "eight rows written for this test", 8
    )


@pytest.fixture
def report(tiny_model_dir, small_set):
    return evaluate(tiny_model_dir, [small_set, *load_functional_suites()], baseline=tiny_model_dir)


def test_report_holds_every_label_set_and_the_suite(report):
    small = report.run.result("small")
    assert set(small.labels) == {"antisemitic", "violent", "abusive"}
    assert small.labels["violent"].rows == 7  # the unknown row is not gold
    assert sum(small.decisions.values()) == pytest.approx(1.0, abs=1e-3)
    assert len(report.run.result("functional/antisemitism").functional) == 22
    assert len(report.run.result("functional/violence_abuse").functional) == 28
    assert report.run.pooled_subgroups["antisemitic"][0].negatives == 7  # the suite is not pooled
    assert report.run.tag == "tiny-test@0.0.1" and not report.run.quantized  # fp32, as served


def test_a_model_against_itself_differs_by_nothing(report):
    differences = report.to_dict()["differences"]
    for entry in differences["small"]["labels"].values():
        assert all(metric["difference"] in (0.0, None) for metric in entry.values())
    for suite in ("functional/antisemitism", "functional/violence_abuse"):
        accuracy = differences[suite]["functional_accuracy"].values()
        assert all(d["difference"] == 0.0 for d in accuracy)


def test_report_files_are_written_with_the_expected_keys(report, tmp_path):
    written = write_report(report, tmp_path / "eval")
    names = {path.name for path in written}
    for label in ("antisemitic", "violent", "abusive"):
        assert {f"pr_{label}.png", f"reliability_{label}.png"} <= names
    assert all(
        (tmp_path / "eval" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        for name in names
        if name.endswith(".png")
    )

    data = json.loads((tmp_path / "eval" / "report.json").read_text())
    assert set(data) == {"settings", "sets", "run", "baseline", "checks", "differences"}
    metrics = data["run"]["sets"][0]["labels"]["abusive"]
    assert {
        "roc_auc",
        "average_precision",
        "ece",
        "review",
        "remove",
        "confusion",
        "reliability",
        "pr_curve",
    } <= set(metrics)
    assert {"precision", "recall", "f1", "precision_ci", "true_positives", "flagged_share"} <= set(
        metrics["review"]
    )
    assert {"subgroups", "false_positives", "false_negatives", "decisions"} <= set(
        data["run"]["sets"][0]
    )

    markdown = (tmp_path / "eval" / "report.md").read_text()
    for heading in (
        "## What was evaluated",
        "## antisemitic",
        "## Decisions",
        "## Subgroups",
        "## Functional suite",
        "## Against the baseline",
        "## Worst errors",
        "## Plots",
    ):
        assert heading in markdown
    assert "![pr_antisemitic.png](pr_antisemitic.png)" in markdown


def run_evaluate(monkeypatch, capsys, *args):
    return run_cli(monkeypatch, capsys, "evaluate", *args)


def test_cli_prints_a_summary_or_writes_a_report(monkeypatch, capsys, tiny_model_dir, tmp_path):
    pd.DataFrame({"text": TEXTS, "abusive": [1, 0, 1, 0, 1, 0, 0, 1]}).to_csv(
        tmp_path / "mine.csv", index=False
    )
    code, out, err = run_evaluate(
        monkeypatch, capsys, str(tmp_path / "mine.csv"), "--model", str(tiny_model_dir)
    )
    assert code == 0 and "Per label" in out and "mine.csv" in out and "mine.csv: 8 rows" in err
    code, out, _ = run_evaluate(
        monkeypatch,
        capsys,
        str(tmp_path / "mine.csv"),
        "--model",
        str(tiny_model_dir),
        "--report",
        str(tmp_path / "out"),
    )
    assert code == 0 and (tmp_path / "out" / "report.md").is_file() and "pr_abusive.png" in out


def test_cli_errors_are_one_line(monkeypatch, capsys, tiny_model_dir):
    code, _, err = run_evaluate(monkeypatch, capsys, "no_such_set", "--model", str(tiny_model_dir))
    assert code == 1 and err.startswith("error: unknown data set 'no_such_set'")


def test_a_bad_file_among_good_ones_is_one_line_and_the_others_are_evaluated(
    monkeypatch, capsys, tiny_model_dir, tmp_path
):
    """`evaluate good.csv missing.csv` stopped at the missing file and evaluated nothing (found
    by a blind functional test); the README promises the other files are still processed."""
    pd.DataFrame({"text": TEXTS, "abusive": [1, 0, 1, 0, 1, 0, 0, 1]}).to_csv(
        tmp_path / "good.csv", index=False
    )
    (tmp_path / "empty.csv").write_text("")
    args = [str(tmp_path / name) for name in ("good.csv", "missing.csv", "empty.csv")]
    code, out, err = run_evaluate(
        monkeypatch, capsys, *args, "--model", str(tiny_model_dir), "--report", str(tmp_path / "r")
    )
    assert code == 1 and (tmp_path / "r" / "report.json").is_file()
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2 and "missing.csv: not found" in errors[0]
    assert "shared/data" not in errors[0]  # a file of the user's, not a known set's


def test_a_baseline_that_is_a_report_folder_says_what_baseline_wants(
    monkeypatch, capsys, tiny_model_dir, tmp_path
):
    (tmp_path / "earlier").mkdir()
    (tmp_path / "earlier" / "report.json").write_text("{}")
    code, _, err = run_evaluate(
        monkeypatch, capsys, "functional", "--baseline", str(tmp_path / "earlier")
    )
    assert code == 1 and err.count("\n") == 1
    assert "--baseline wants a second model's directory" in err and "evaluate report" in err


def test_a_label_of_one_class_draws_its_plots_without_a_warning(tiny_model_dir, tmp_path):
    """Every abusive row positive: no precision-recall curve to draw, so no legend, and no
    matplotlib warning printed in the run's output (a blind functional test)."""
    import warnings

    one_class = pd.DataFrame(
        {"text": TEXTS, "antisemitic": [1, 0, 0, 0, 0, 0, 0, 0], "abusive": [1] * 8}
    )
    report = evaluate(
        tiny_model_dir, [EvalSet("one", project_format_frame(one_class, "one"), "test", 8)]
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        written = write_report(report, tmp_path / "eval")
    assert "pr_abusive.png" in {path.name for path in written}
