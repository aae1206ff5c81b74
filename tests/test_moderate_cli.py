"""`moderation moderate`: inputs (stdin, exports, fixture pages), output formats, error paths."""

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from cli_helpers import run_cli

from moderation.engine import Moderator
from moderation.errors import ModelNotFound
from moderation.model import ModelSpec

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
SCHEMA = [
    "source", "comment_id", "author", "text", "scores", "decision", "labels",
    "confidence", "evidence", "model",
]  # fmt: skip


def run(monkeypatch, capsys, *args: str, stdin: bytes = b"") -> tuple[int, str, str]:
    """Run `moderation moderate ARGS` in-process; return (exit code, stdout, stderr)."""
    return run_cli(monkeypatch, capsys, "moderate", *args, stdin=stdin)


@pytest.fixture
def kill_detector(monkeypatch):
    """Scores from the text instead of the random network: 'kill' is violent enough to remove."""

    def probabilities(self, sequences):
        kill = self.tokenizer.convert_tokens_to_ids("kill")
        probs = np.full((len(sequences), 3), 0.05, dtype=np.float32)
        probs[[kill in sequence for sequence in sequences], 1] = 0.97
        return probs

    def with_attention(self, sequences):  # [CLS] attends to 'kill' wherever it is
        kill = self.tokenizer.convert_tokens_to_ids("kill")
        attention = [np.where(np.array(s) == kill, 1.0, 0.01) for s in sequences]
        return probabilities(self, sequences), attention

    monkeypatch.setattr(Moderator, "_probabilities", probabilities)
    monkeypatch.setattr(Moderator, "_probabilities_and_attention", with_attention)


def test_stdin_one_comment_per_line_as_jsonl(monkeypatch, capsys, tiny_model_dir):
    stdin = "first comment\n\n  \nsecond one, with ünïcode\n".encode()
    code, out, err = run(
        monkeypatch, capsys, "-", "--model", str(tiny_model_dir), "--format", "jsonl", stdin=stdin
    )
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["comment_id"], r["text"]) for r in rows] == [
        ("1", "first comment"),
        ("4", "second one, with ünïcode"),
    ]
    for row in rows:
        assert list(row) == SCHEMA
        assert row["source"] == "<stdin>"
        assert set(row["scores"]) == {"antisemitic", "violent", "abusive"}
        assert all(0.0 <= p <= 1.0 for p in row["scores"].values())
        assert row["decision"] in {"allow", "review", "remove"}
        assert set(row["labels"]) <= set(row["scores"])
        assert 0.0 <= row["confidence"] <= 1.0
        assert row["model"] == "tiny-test@0.0.1"
        if row["evidence"] is not None:
            evidence = row["evidence"]
            assert row["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_int8_without_cpu_support_runs_fp32_and_says_so(monkeypatch, capsys, tiny_model_dir):
    from moderation.engine import runner

    monkeypatch.setitem(runner.NATIVE, "int8", lambda: False)
    args = ("-", "--model", str(tiny_model_dir), "--format", "jsonl", "--int8")
    code, out, err = run(monkeypatch, capsys, *args, stdin=b"one comment\n")
    assert code == 0, err
    assert err.startswith("note: int8: this CPU has no AVX512-VNNI or AMX")
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["one comment"]
    monkeypatch.setitem(runner.NATIVE, "int8", lambda: True)
    seen = []

    def record(self, *args, precision, **options):
        seen.append(precision)
        raise ModelNotFound("stop here")

    monkeypatch.setattr(Moderator, "__init__", record)
    code, _, err = run(monkeypatch, capsys, *args, stdin=b"one comment\n")
    assert seen == ["int8"] and code == 1 and "note:" not in err


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_export_keeps_its_ids_and_input_order(
    monkeypatch, capsys, tmp_path, tiny_model_dir, suffix
):
    records = [("b7", "zebra comment"), ("a2", "apple comment"), ("z1", "middle comment")]
    export = tmp_path / f"export{suffix}"
    if suffix == ".jsonl":
        export.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in records))
    else:
        with open(export, "w", newline="") as handle:
            csv.writer(handle).writerows([("id", "text"), *records])
    code, out, err = run(
        monkeypatch, capsys, str(export), "--model", str(tiny_model_dir), "--format", "jsonl"
    )
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(row["comment_id"], row["text"]) for row in rows] == records
    assert {row["source"] for row in rows} == {str(export)}


def test_fixture_pages_give_every_reader_comment_and_no_article(
    monkeypatch, capsys, tiny_model_dir
):
    code, out, err = run(
        monkeypatch, capsys, str(FIXTURES / "pages"), "--model", str(tiny_model_dir), "-f", "jsonl"
    )
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    expected = [json.loads(path.read_text()) for path in sorted((FIXTURES / "expected").iterdir())]
    starts = [comment["starts_with"] for page in expected for comment in page["comments"]]
    assert len(rows) == sum(page["comment_count"] for page in expected) == 27
    texts = [row["text"] for row in rows]
    for start in starts:  # each output is one expected reader comment, none is article text
        texts.remove(next(text for text in texts if text.startswith(start)))


def test_flagged_first_in_table_with_summary(monkeypatch, capsys, tiny_model_dir, kill_detector):
    stdin = b"a quiet remark\nI will kill you\nanother quiet one\n"
    code, out, _ = run(monkeypatch, capsys, "-", "--model", str(tiny_model_dir), stdin=stdin)
    assert code == 0  # flagging is not an error
    lines = [line for line in out.splitlines() if "│" in line]
    assert "remove" in lines[0] and "0.97" in lines[0] and "I will kill you" in lines[0]
    assert all("allow" in line for line in lines[1:])
    assert out.strip().splitlines()[-1] == "3 comments: 1 remove, 0 review, 2 allow"


def test_only_flagged_and_csv(monkeypatch, capsys, tiny_model_dir, kill_detector):
    stdin = b"a quiet remark\nFirst line. I will kill you\n"
    args = ["-", "--model", str(tiny_model_dir), "--format", "csv", "--only", "flagged"]
    code, out, _ = run(monkeypatch, capsys, *args, stdin=stdin)
    assert code == 0
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["comment_id"] == "2" and row["decision"] == "remove"
    assert row["labels"] == "violent" and row["violent"] == "0.9700"
    assert row["evidence_text"] == "I will kill you"
    assert row["text"][int(row["evidence_start"]) : int(row["evidence_end"])] == "I will kill you"


def test_missing_model_is_one_line_error(monkeypatch, capsys, tmp_path):
    code, out, err = run(monkeypatch, capsys, "-", "--model", str(tmp_path / "nope"), stdin=b"hi\n")
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and "nope" in err


def test_model_dir_without_spec_is_one_line_error(monkeypatch, capsys, tmp_path, tiny_model_dir):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "model.safetensors").write_bytes((tiny_model_dir / "model.safetensors").read_bytes())
    code, _, err = run(monkeypatch, capsys, "-", "--model", str(broken), stdin=b"hi\n")
    assert code != 0 and err.count("\n") == 1 and "moderation.json" in err


def _broken_copy(model_dir: Path, where: Path, breakage: str) -> Path:
    import shutil

    broken = where / breakage
    shutil.copytree(model_dir, broken)
    if breakage == "no_tokenizer":
        for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt"):
            (broken / name).unlink(missing_ok=True)
    elif breakage == "no_thresholds":
        spec = json.loads((broken / "moderation.json").read_text())
        del spec["thresholds"]
        (broken / "moderation.json").write_text(json.dumps(spec))
    elif breakage in ("label_order", "threshold_over_one", "review_over_remove"):
        spec = json.loads((broken / "moderation.json").read_text())
        first = spec["labels"][0]
        if breakage == "label_order":
            spec["labels"][:2] = spec["labels"][1::-1]
        elif breakage == "threshold_over_one":
            spec["thresholds"][first]["review"] = 1.5
        else:
            spec["thresholds"][first] = {"review": 0.9, "remove": 0.2}
        (broken / "moderation.json").write_text(json.dumps(spec))
    else:  # truncated weights: a copy cut short
        weights = broken / "model.safetensors"
        weights.write_bytes(weights.read_bytes()[:1000])
    return broken


@pytest.mark.parametrize(
    ("breakage", "said"),
    [("no_tokenizer", "no tokenizer"), ("no_thresholds", "no thresholds"),
     ("truncated_weights", "cannot load model"), ("label_order", "differ from the order"),
     ("threshold_over_one", "is not a probability"), ("review_over_remove", "is above")],
)  # fmt: skip
def test_a_broken_model_directory_is_refused_in_one_line(
    breakage, said, monkeypatch, capsys, tmp_path, tiny_model_dir
):
    """Without its tokenizer transformers builds another and every score is wrong; without
    thresholds decisions would come from defaults; cut weights raised a traceback. A label
    order edited in the spec alone put each score under another label's name, and thresholds
    over 1 or inverted were used as they stood (blind round 11)."""
    broken = _broken_copy(tiny_model_dir, tmp_path, breakage)
    code, out, err = run(monkeypatch, capsys, "-", "--model", str(broken), stdin=b"hi\n")
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and err.startswith("error: ") and said in err


def test_a_file_name_that_is_not_utf8_prints_escaped_in_valid_json(
    monkeypatch, capsys, tmp_path, tiny_model_dir
):
    """A page named in Latin-1 bytes: its "source" came out with the raw byte, so the JSON
    line was not UTF-8 (blind functional round 11)."""
    import os

    with open(os.fsencode(tmp_path) + b"/caf\xe9.jsonl", "wb") as handle:
        handle.write(b'{"id": "k1", "text": "The owners are lovely"}\n')
    code, out, _ = run(monkeypatch, capsys, str(tmp_path), "-m", str(tiny_model_dir), "-f", "jsonl")
    assert code == 0
    assert json.loads(out)["source"].endswith("caf\\xe9.jsonl")
    out.encode("utf-8")  # no lone surrogate left


def test_bad_files_are_reported_and_the_others_still_run(
    monkeypatch, capsys, tmp_path, tiny_model_dir
):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "g1", "text": "a fine comment"}) + "\n")
    args = [str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"), str(good)]
    code, out, err = run(monkeypatch, capsys, *args, "-m", str(tiny_model_dir), "-f", "jsonl")
    assert code != 0
    errors = err.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("error: ") for line in errors)
    assert "empty.txt" in errors[0] and "binary.txt" in errors[1]
    assert [json.loads(line)["comment_id"] for line in out.splitlines()] == ["g1"]


def test_model_tag_comes_from_the_spec(monkeypatch, capsys, tmp_path, tiny_model_dir):
    copy = tmp_path / "renamed"
    copy.mkdir()
    for path in tiny_model_dir.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    replace(ModelSpec.load(copy), name="renamed", version="2.1").save(copy)
    _, out, _ = run(monkeypatch, capsys, "-", "-m", str(copy), "-f", "jsonl", stdin=b"x\n")
    assert json.loads(out)["model"] == "renamed@2.1"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_decisions_reach_stdout_while_the_progress_bar_draws_on_a_terminal(fmt, tiny_model_dir):
    """A person redirecting the output from a terminal (`> out.jsonl`): the progress bar on
    stderr must not capture what goes to stdout (Rich redirects stdout into a live display)."""
    import os
    import pty
    import subprocess
    import sys

    screen, terminal = pty.openpty()  # stderr a terminal, stdout a pipe: `moderate ... > file`
    try:
        done = subprocess.run(
            [sys.executable, "-m", "moderation.cli", "moderate", "-", "--format", fmt,
             "--model", str(tiny_model_dir)],
            input="first comment\nsecond comment\nthird comment\n", stdout=subprocess.PIPE,
            stderr=terminal, text=True, timeout=120, check=False,
        )  # fmt: skip
    finally:
        os.close(terminal)
        os.close(screen)
    assert done.returncode == 0
    rows = done.stdout.strip().splitlines()
    assert len(rows) == (3 if fmt == "jsonl" else 4)  # csv: a header row
    if fmt == "jsonl":
        assert [json.loads(row)["text"] for row in rows] == [
            "first comment", "second comment", "third comment",
        ]  # fmt: skip


@pytest.mark.parametrize("width", [80, 100])
def test_a_narrow_table_still_shows_the_decision_and_every_score(
    width, monkeypatch, capsys, tiny_model_dir
):
    """At 80 columns every column asking for its width squeezed decision and scores to nothing."""
    import moderation.cli.moderate_cmd as moderate_cmd

    monkeypatch.setattr(moderate_cmd, "_PIPED_WIDTH", width)
    stdin = b"a long comment about the bridge closing for lorries and what the shops will do\n"
    args = ("-", "-m", str(tiny_model_dir), "--explain")
    code, out, _ = run(monkeypatch, capsys, *args, stdin=stdin)
    assert code == 0
    header = out.splitlines()[1]
    assert all(name in header for name in ("decision", "antisemitic", "violent", "abusive"))
    assert max(len(line) for line in out.splitlines()) <= width


def test_stdin_lines_in_a_legacy_encoding_are_read_not_replaced(
    monkeypatch, capsys, tiny_model_dir
):
    stdin = "Café au lait\n".encode("cp1252") + "naïve, in UTF-8\n".encode()
    code, out, _ = run(
        monkeypatch, capsys, "-", "-m", str(tiny_model_dir), "-f", "jsonl", stdin=stdin
    )
    assert code == 0
    assert [json.loads(line)["text"] for line in out.splitlines()] == [
        "Café au lait", "naïve, in UTF-8",
    ]  # fmt: skip


def test_only_flagged_in_a_table_still_counts_every_comment(
    monkeypatch, capsys, tiny_model_dir, kill_detector
):
    stdin = b"a quiet remark\nanother quiet one\nFirst line. I will kill you\n"
    args = ["-", "--model", str(tiny_model_dir), "--only", "flagged"]
    code, out, _ = run(monkeypatch, capsys, *args, stdin=stdin)
    assert code == 0 and "quiet" not in out
    summary = "3 comments: 1 remove, 0 review, 2 allow (1 flagged shown)"
    assert out.strip().splitlines()[-1] == summary


@pytest.mark.parametrize("command", ["moderate", "parse"])
def test_an_empty_folder_is_a_one_line_error_not_success(monkeypatch, capsys, tmp_path, command):
    """A nightly script pointed at the wrong folder must not report success (blind functional
    test, round 5)."""
    (tmp_path / "notes.md").write_text("not a page")
    code, _, err = run_cli(monkeypatch, capsys, command, str(tmp_path))
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("error: ") and "no page files" in err


@pytest.mark.parametrize("command", ["moderate", "evaluate"])
def test_a_negative_thread_count_is_a_usage_error_not_torchs_traceback(
    monkeypatch, capsys, tiny_model_dir, tmp_path, command
):
    """`--threads -2` reached torch.set_num_threads, whose refusal came out as a traceback;
    0, as the default, uses every thread."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "1", "text": "hello there", "abusive": 0}\n')
    code, _, err = run_cli(
        monkeypatch, capsys, command, str(rows), "--model", str(tiny_model_dir),
        "--threads", "-2",
    )  # fmt: skip
    assert code == 2 and "--threads" in err and "Traceback" not in err
