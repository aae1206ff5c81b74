"""Bad input gives a one-line PageError naming the file; the CLI goes on with other files."""

import json
import os
import random
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from moderation.cli import app
from moderation.errors import PageError
from moderation.parse import MAX_PAGE_BYTES, parse_file, parse_page
from moderation.parse.decode import decode_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
ARTICLE = (
    "Le café du coin a rouvert ses portes mardi après deux mois de travaux, a annoncé la mairie.\n"
    "Les habitués étaient nombreux à saluer le retour de leur « petit noir » préféré à 1,20 euro.\n"
)


@pytest.mark.parametrize("raw", [b"", b"   \n\t\n", "  \n"])
def test_empty_page(raw):
    with pytest.raises(PageError, match=r"^empty\.txt: page is empty$"):
        parse_page(raw, "empty.txt")


def test_binary_file():
    raw = bytes(range(256)) * 40
    with pytest.raises(PageError, match=r"^blob\.txt: binary file"):
        parse_page(raw, "blob.txt")


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(3000),
        "Some text".encode("utf-16-le") * 20,  # no BOM: a NUL after every letter
        b"%PDF-1.7\n" + b"stream\n\x00\x10\x00\x00 endstream\n" * 30,
    ],
)
def test_files_full_of_nul_bytes_are_binary(raw):
    with pytest.raises(PageError, match=r"^blob\.txt: binary file"):
        parse_page(raw, "blob.txt")


def test_a_stray_nul_byte_in_a_text_page_is_dropped_not_refused():
    """A scraper's slip: refusing the page left every comment on it unmoderated."""
    page = parse_page(ARTICLE.encode() + b"\x00\n", "stray.txt")
    assert "café du coin" in page.article and "\x00" not in page.article


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_non_utf8_text_is_detected_and_decoded(encoding):
    page = parse_page(ARTICLE.encode(encoding), "cafe.txt")
    assert "café du coin" in page.article
    assert "« petit noir »" in page.article


def test_huge_file_fails_fast_without_being_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB by size, nothing written
    started = time.perf_counter()
    limit = r"huge\.txt: page is 50\.0 MiB, over the 20 MiB \(20,971,520 bytes\) limit"
    with pytest.raises(PageError, match=limit):
        parse_file(huge)
    assert time.perf_counter() - started < 1.0


def test_huge_page_in_memory_fails_fast():
    with pytest.raises(PageError, match="over the 20 MiB"):
        parse_page(b"a" * (MAX_PAGE_BYTES + 1), "big.txt")


def test_malformed_json_names_the_file_and_position():
    with pytest.raises(PageError, match=r"^bad\.json: not valid JSON \(line 1, column"):
        parse_page('[{"text": "a"', "bad.json")


def test_json_that_is_not_a_comment_list():
    with pytest.raises(PageError, match=r"bad\.json: expected a list of comment objects"):
        parse_page("[1, 2, 3]", "bad.json")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        "".join('{"text": "a", "replies": [' for _ in range(3000)) + "{}" + "]}" * 3000,
    ],
    ids=["bare lists", "nested replies"],
)
def test_json_nested_too_deep_is_one_page_error(text):
    with pytest.raises(PageError, match=r"x\.json: nested too deeply to read"):
        parse_page(text, "x.json")


def test_html_nested_deeper_than_a_browser_nests_is_refused_at_once():
    """10,000 nested comment elements took minutes to read (the time grows with the square
    of the depth); past the 512 levels browsers draw it is one line, in about a second."""
    depth = 10_000
    page = (
        "<html><body><div class='comments'>" + "<div class='comment'>" * depth
        + "<p class='comment-text'>hello there</p>" + "</div>" * depth + "</div></body></html>"
    )  # fmt: skip
    with pytest.raises(PageError, match=r"deep\.html: HTML nested more than 512 elements deep"):
        parse_page(page, "deep.html")


def test_malformed_csv_names_the_line():
    with pytest.raises(PageError, match=r"bad\.csv: line \d+: malformed CSV"):
        parse_page('text,author\n"unterminated,Ann\n', "bad.csv")


def test_missing_file():
    with pytest.raises(PageError, match=r"nope\.txt: cannot read"):
        parse_file("nope.txt")


def test_cli_reports_each_bad_file_on_one_line_and_parses_the_rest(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "broken.jsonl").write_text('{"text": "fine"}\n{oops\n')
    good = PAGES / "comments.csv"
    result = CliRunner().invoke(app, ["parse", str(tmp_path), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 3
    assert all(line.startswith("error: ") and str(tmp_path) in line for line in errors)
    assert sum(1 for line in result.stdout.splitlines() if '"source"' in line) == 3


def test_a_parser_bug_on_one_page_is_that_pages_error_line_and_the_rest_are_parsed(
    tmp_path, monkeypatch
):
    """A layout no rule foresaw once broke the HTML parser with an IndexError (Hatena's ids in
    Japanese): a traceback that ended the run. It is now the page's one error line."""
    import moderation.parse as parse

    def broken(text, source):
        raise IndexError("list index out of range")

    monkeypatch.setitem(parse._PARSERS, "html", broken)
    (tmp_path / "odd.html").write_text("<html><body><p>Hello there, readers.</p></body></html>")
    good = PAGES / "comments.csv"
    result = CliRunner().invoke(app, ["parse", str(tmp_path), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'odd.html'}: the parser failed on this page (IndexError: list "
        "index out of range); a bug: please report it with the page"
    ]
    assert sum(1 for line in result.stdout.splitlines() if '"source"' in line) == 3  # its comments


def test_cli_reads_stdin_and_prints_json():
    result = CliRunner().invoke(app, ["parse", "-"], input="id,text\n9,hello there\n")
    assert result.exit_code == 0, result.output
    assert '"id": "9"' in result.stdout and '"source": "<stdin>"' in result.stdout


def test_cli_table_format_on_a_directory():
    result = CliRunner().invoke(app, ["parse", str(PAGES), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "wordpress.html" in result.stdout and "Old Salt" in result.stdout


def test_huge_stdin_is_refused():
    result = CliRunner().invoke(app, ["parse", "-"], input=b"x" * (MAX_PAGE_BYTES + 1))
    assert result.exit_code == 1
    assert "error: <stdin>: page is" in result.stderr


def test_unreadable_sparse_huge_file_in_directory_run(tmp_path):
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "ok.txt").write_text("A short page.\n\nWith two lines of text in it today.\n")
    result = CliRunner().invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.count("error:") == 1 and "ok.txt" in result.stdout
    assert os.path.getsize(huge) == 50 * 1024 * 1024


@pytest.mark.parametrize("name", ["short.jsonl", "short.csv"])
def test_a_short_latin_1_export_is_not_read_as_central_european(name):
    """Two short comments tie cp1252 with cp1250 in the detector; the tie went to cp1250 and
    "très" came out "trčs" (found by a blind functional test)."""
    texts = ["Le ministre a été très clair: ça suffit, naïf!", "Straße und Größe überall."]
    if name.endswith(".jsonl"):
        body = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                       for i, t in enumerate(texts))  # fmt: skip
    else:
        body = "id,text\n" + "".join(f'{i},"{t}"\n' for i, t in enumerate(texts))
    assert [c.text for c in parse_page(body.encode("latin-1"), name).comments] == texts


def test_a_short_windows_1252_page_is_not_read_in_a_dos_code_page():
    """On a 467-byte French page the detector scored cp775 (Baltic DOS) above cp1252 on a few
    accented letters: "crème brûlée" came out "crĶme br¹lķe" (found by a blind functional test).
    Only the encodings a web page can declare are weighed."""
    page = (
        "Café owners protest new terrace fees\n\n"
        "The council will charge cafés for terrace space from May, the committee said.\n\n"
        "Owners said the fee would hit the small businesses on the front hardest.\n\n"
        "by Priya Castell\n\n\n\nrenée_b Tue, 05/14/2024 - 08:12 Permalink\n\n"
        "The crème brûlée at the corner café is worth any fee.\n\n\n\n"
        "Marrow Man renée_b Tue, 05/14/2024 - 09:40 Permalink\n\n"
        "Agreed, but the fee will still close the small ones.\n\nIn reply to by renée_b\n\n"
        "Leave a Reply\n"
    )
    assert decode_page(page.encode("cp1252"), "cafe.txt") == page


def test_a_lone_surrogate_in_a_json_export_becomes_a_replacement_character():
    """Legal JSON ("\\ud800"), but no text: it reached the tokenizer and stopped a whole batch."""
    raw = (
        b'{"id": "1", "text": "bad \\ud800 here", "author": "x\\udc00"}\n'
        b'{"id": "2", "text": "fine"}\n'
    )
    page = parse_page(raw, "export.jsonl")
    assert [c.text for c in page.comments] == ["bad \ufffd here", "fine"]
    assert page.comments[0].author == "x\ufffd"
    for comment in page.comments:
        comment.text.encode("utf-8")  # no UnicodeEncodeError


@pytest.mark.parametrize("escaped", [True, False], ids=["json-escapes", "raw-utf8"])
def test_joiners_that_carry_meaning_are_kept_and_formatting_marks_dropped(escaped):
    """ZWJ builds one emoji of several (a family, a shrug), ZWNJ spells Persian and Indic words:
    both were dropped. The zero-width space, word joiner and BOM mean nothing and still go (the
    model's tokenizer drops the joiners itself, so "k\\u200dill" still reads "kill")."""
    family, persian = (
        "\U0001f468\u200d\U0001f469\u200d\U0001f467",
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    )
    rows = [
        {"id": "1", "text": f"our {family} says {persian}"},
        {"id": "2", "text": "a\u200bb\u2060c\ufeffd"},
        # a joiner that joins nothing goes (a blind functional test found one kept)
        {"id": "3", "text": "\u200dNice day.\u200d I will find you.\u200c"},
    ]
    raw = "".join(json.dumps(row, ensure_ascii=escaped) + "\n" for row in rows).encode()
    assert [c.text for c in parse_page(raw, "export.jsonl").comments] == [
        f"our {family} says {persian}",
        "abcd",
        "Nice day. I will find you.",
    ]


def test_a_short_windows_1252_page_is_not_read_as_a_baltic_code_page():
    """cp775 scored a little more coherent than cp1252 on a 331-byte English page with "é"
    and won: "Renķe" (found by a blind functional test). Within the detector's noise the
    commonest encoding wins."""
    page = (
        "Café reopens on the square\n\nThe Café Müller reopened on Friday after a winter "
        "refit, its owner said.\n\nComments\n\nPosted by Renée Dubois on March 5, 2024 at 10:15 "
        "am\nTheir crème brûlée is the best in town – “worth the wait”.\n\nPosted by José Núñez "
        "on March 5, 2024 at 2:40 pm\nNaïve question: are the prices the same? €4 for a coffee…\n"
    )
    parsed = parse_page(page.encode("cp1252"), "cafe.txt")
    assert [c.author for c in parsed.comments] == ["Renée Dubois", "José Núñez"]
