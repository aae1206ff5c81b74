"""Text from strangers printed by the commands: inert in a terminal, a log line and a
spreadsheet (blind functional round 12: escape sequences reached the terminal, a newline in a
file name forged a log line, and CSV cells opened as formulas)."""

import csv
import io
import json

from cli_helpers import run_cli

from moderation.errors import ReviewError
from moderation.evaluation.cells import markdown_table
from moderation.shown import one_line, spreadsheet_cell, visible

HOSTILE = "\x1b[2J\x1b]0;pwned\x07cleared"


def test_control_characters_are_shown_as_escapes_and_line_breaks_kept_or_escaped():
    assert visible(HOSTILE + "\nnext") == "\\x1b[2J\\x1b]0;pwned\\x07cleared\nnext"
    assert one_line("a.jsonl\nrun 99 completed\tok") == "a.jsonl\\x0arun 99 completed\\x09ok"
    assert one_line("ordinary name – ünïcode") == "ordinary name – ünïcode"


def test_a_cell_that_opens_as_a_formula_opens_with_a_quote():
    assert spreadsheet_cell('=HYPERLINK("http://x","click")') == '\'=HYPERLINK("http://x","click")'
    assert [spreadsheet_cell(c) for c in ("+cmd", "-2+3", "@SUM(1)")] == [
        "'+cmd",
        "'-2+3",
        "'@SUM(1)",
    ]
    assert spreadsheet_cell("a fine comment") == "a fine comment"


def _export(tmp_path, name="hostile.jsonl"):
    path = tmp_path / name
    rows = [
        {
            "id": "1",
            "author": '=HYPERLINK("http://evil.example")',
            "text": "+cmd|' /C calc'!A0 you",
        },
        {"id": "2", "author": "Robert'); DROP TABLE comments;--", "text": HOSTILE + " you idiot"},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def test_csv_cells_are_inert_and_the_sql_looking_name_is_kept(
    monkeypatch, capsys, tmp_path, tiny_model_dir
):
    args = ["moderate", str(_export(tmp_path)), "-m", str(tiny_model_dir), "-f", "csv"]
    code, out, _ = run_cli(monkeypatch, capsys, *args)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["author"] for row in rows] == [
        '\'=HYPERLINK("http://evil.example")',
        "Robert'); DROP TABLE comments;--",  # a name with "comments" in it was taken for a label
    ]
    assert rows[0]["text"].startswith("'+cmd")
    assert "\x1b" not in out and "\x07" not in out and "\\x1b[2J" in rows[1]["text"]


def test_the_table_shows_escape_sequences_as_text(monkeypatch, capsys, tmp_path, tiny_model_dir):
    args = ["moderate", str(_export(tmp_path)), "-m", str(tiny_model_dir), "--explain"]
    code, out, _ = run_cli(monkeypatch, capsys, *args)
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\\x1b[2J" in out


def test_an_error_line_stays_one_line_whatever_the_file_is_named(
    monkeypatch, capsys, tmp_path, tiny_model_dir
):
    bad = tmp_path / "page.txt\nrun 99 completed in 0.1 s"
    bad.write_bytes(b"")
    args = ["moderate", str(bad), str(_export(tmp_path)), "-m", str(tiny_model_dir), "-f", "jsonl"]
    code, _, err = run_cli(monkeypatch, capsys, *args)
    assert code != 0
    assert err.splitlines() == [f"error: {one_line(str(bad))}: page is empty"]


def test_a_moderators_name_with_a_line_break_is_refused(tmp_path):
    import pytest
    from sqlalchemy import create_engine

    from moderation.review.users import add_user
    from moderation.store.schema import metadata

    engine = create_engine(f"sqlite:///{tmp_path / 's.db'}")
    metadata.create_all(engine)
    with pytest.raises(ReviewError, match="control characters"):
        add_user(engine, "bob\nmallory\t2020-01-01", "a long enough password")


def test_a_reports_table_shows_a_comments_markup_as_text():
    table = markdown_table(["comment"], [['<img src=x onerror="alert(1)"> | and <script>']])
    assert "<img" not in table and "<script>" not in table
    assert '&lt;img src=x onerror="alert(1)"&gt; \\| and &lt;script&gt;' in table
