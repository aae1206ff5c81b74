"""The parser scored against gold parses: our own pages, the scoring itself, the CLI option."""

import json
from pathlib import Path

import pytest
from cli_helpers import run_cli

from moderation.errors import PageError
from moderation.parse import parse_file
from moderation.parse.scoring import (
    COMMENT_FIELDS,
    ParseScore,
    read_gold,
    same_time,
    score_page,
)
from moderation.types import Comment, Page

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = sorted((FIXTURES / "expected").glob("*.json"))
# Known misses, kept visible (page stem, field); none at present.
KNOWN_MISSES: set[tuple[str, str]] = set()


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda path: path.stem)
def test_our_pages_match_their_gold_parse(gold_path):
    gold = read_gold(gold_path)
    score = score_page(parse_file(FIXTURES / "pages" / gold["page"]), gold)
    wrong = {name for name in score.total if score.right[name] != score.total[name]}
    assert wrong == {name for page, name in KNOWN_MISSES if page == gold_path.stem}


def gold_of(page: Page) -> dict:
    index = {comment.id: n for n, comment in enumerate(page.comments)}
    return {
        "title": page.title,
        "article_starts_with": page.article[:10],
        "article_ends_with": page.article[-10:],
        "comment_count": len(page.comments),
        "comments": [
            {
                "author": c.author,
                "reply_to": c.reply_to,
                "posted": c.posted,
                "starts_with": c.text[:5],
                "ends_with": c.text[-5:],
                "parent": index.get(c.parent),
            }
            for c in page.comments
        ],
    }


PAGE = Page(
    "p.txt",
    "Title",
    "An article of some length.",
    (
        Comment("a", "First comment.", author="Ann"),
        Comment("b", "A reply to it.", author="Bo", reply_to="Ann", parent="a"),
    ),
)


def test_a_perfect_parse_scores_one_everywhere():
    assert score_page(PAGE, gold_of(PAGE)).perfect


def test_each_wrong_field_is_counted_once():
    wrong = Page(
        PAGE.source,
        PAGE.title,
        PAGE.article,
        (PAGE.comments[0], Comment("b", "A reply to it.", author="Bob")),
    )
    score = score_page(wrong, gold_of(PAGE))
    assert score.accuracy("author") == 0.5
    assert score.accuracy("reply_to") == 0.5 and score.accuracy("parent") == 0.5
    assert score.accuracy("text") == 1.0 and score.accuracy("title") == 1.0


def test_missing_and_extra_comments_count_against_every_field():
    shorter = Page(PAGE.source, PAGE.title, PAGE.article, PAGE.comments[:1])
    score = score_page(shorter, gold_of(PAGE))
    assert score.accuracy("comment_count") == 0.0
    assert all(score.accuracy(name) == 0.5 for name in COMMENT_FIELDS)
    longer = score_page(PAGE, gold_of(shorter))
    assert all(longer.accuracy(name) == 0.5 for name in COMMENT_FIELDS)


def test_a_gold_time_without_a_zone_checks_the_time_as_the_page_shows_it():
    assert same_time("2024-03-05T10:12:38+00:00", "2024-03-05T10:12:38")
    assert same_time("2024-03-05T10:12:38-06:00", "2024-03-05T10:12:38")
    assert same_time("2024-03-05T10:12:38+00:00", "2024-03-05T10:12:38Z")
    assert not same_time("2024-03-05T10:12:38+01:00", "2024-03-05T10:12:38Z")
    assert not same_time("2024-03-05T10:12:38+00:00", "2024-03-05T10:12:39")
    assert not same_time("2024-03-05T10:12:38", "2024-03-05T10:12:38+00:00")  # zone asked for
    assert not same_time(None, "2024-03-05") and same_time(None, None)


def test_a_gold_time_without_seconds_checks_the_minute():
    """An export's epoch gives seconds a person writing the gold leaves out."""
    assert same_time("2024-09-03T06:41:12+00:00", "2024-09-03T06:41Z")
    assert same_time("2024-09-03T06:41:12.137", "2024-09-03T06:41")
    assert not same_time("2024-09-03T06:42:12+00:00", "2024-09-03T06:41Z")
    assert not same_time("2024-09-03T06:41:12+00:00", "2024-09-03T06:41:13Z")


def test_comment_and_article_text_are_compared_with_whitespace_collapsed():
    page = Page(
        source="p", title=None, article="Hi all,\n\nAs agreed.",
        comments=(Comment(id="1", text="One.\n\nTwo."),),
    )  # fmt: skip
    want = {"starts_with": "One. Two", "ends_with": "One. Two."}
    gold = {"comments": [{**want, "author": None, "reply_to": None, "posted": None}]}
    gold |= {"article_starts_with": "Hi all, As", "article_ends_with": "all, As agreed."}
    assert score_page(page, gold).right["text"] == 1
    assert score_page(page, gold).right["article"] == 1
    assert score_page(page, gold | {"article_ends_with": "As agreed!"}).right["article"] == 0
    titled = Page(source="p", title="北浜市営バス 廃止へ", article="", comments=())
    assert score_page(titled, {"comments": [], "title": "北浜市営バス\u3000廃止へ"}).right["title"]
    assert not score_page(titled, {"comments": [], "title": "北浜市営バス廃止へ"}).right["title"]
    assert not score_page(titled, {"comments": [], "title": None}).right["title"]


def test_empty_article_ends_mean_no_article():
    gold = gold_of(PAGE) | {"article_starts_with": "", "article_ends_with": ""}
    assert score_page(PAGE, gold).accuracy("article") == 0.0
    empty = Page(PAGE.source, PAGE.title, "", PAGE.comments)
    assert score_page(empty, gold).accuracy("article") == 1.0


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    return run_cli(monkeypatch, capsys, "parse", *args)


def test_cli_scores_pages_against_a_gold_folder(monkeypatch, capsys):
    pages = [str(FIXTURES / "pages" / name) for name in ("wordpress.html", "json_ld.html")]
    code, out, err = run(monkeypatch, capsys, *pages, "--expected", str(FIXTURES / "expected"))
    assert code == 0 and err == ""
    assert "wordpress.html" in out and "json_ld.html" in out
    assert "1.00 (5/5)" in out  # text of all five comments of the two pages


def test_cli_scores_as_json_for_a_script(monkeypatch, capsys):
    """`--format json` with `--expected` printed the table (blind functional round 7)."""
    pages = [str(FIXTURES / "pages" / name) for name in ("wordpress.html", "json_ld.html")]
    args = ("--expected", str(FIXTURES / "expected"), "--format", "json")
    code, out, _ = run(monkeypatch, capsys, *pages, *args)
    scores = json.loads(out)
    assert code == 0 and set(scores["pages"]) == {"wordpress.html", "json_ld.html"}
    assert scores["all"]["text"] == {"right": 5, "total": 5}


def test_cli_gold_errors_are_one_line(monkeypatch, capsys, tmp_path):
    page = str(FIXTURES / "pages" / "wordpress.html")
    code, out, err = run(monkeypatch, capsys, page, "--expected", str(tmp_path / "none"))
    assert code != 0 and out == "" and err.count("\n") == 1 and err.startswith("error: ")
    (tmp_path / "bad.json").write_text(json.dumps(["not", "gold"]))
    code, out, err = run(monkeypatch, capsys, page, "--expected", str(tmp_path))
    assert code != 0 and err.count("\n") == 1 and "bad.json" in err


HELD_OUT = FIXTURES / "heldout"
# Right checks per field on the held-out layouts (tests/fixtures/heldout/README.md), as
# measured in session 32 (all thirty-five sets, 700 pages): a parser change may raise a floor,
# never drop below it.
HELD_OUT_FLOORS = {
    "title": 630, "article": 593, "comment_count": 650, "text": 3788, "author": 3780,
    # session 26: reply_to fell by two once (2419 -> 2417 with sets 1-22), Gitalk's header rule:
    # set 15's Thrive Comments page, misread before and after (19 comments for its 9), lost two
    # targets it had by chance, while set 15's Inquirer page went from 0 to 7 texts right.
    "reply_to": 3783, "posted": 3761, "parent": 3802,
}  # fmt: skip


def test_held_out_layouts_keep_their_measured_scores():
    total = ParseScore()
    for gold_path in sorted((HELD_OUT / "expected").glob("*.json")):
        gold = read_gold(gold_path)
        try:
            page = parse_file(HELD_OUT / "pages" / gold["page"])
        except PageError:  # a layout not read at all (Telegram's export) scores nothing
            page = Page(gold["page"], None, "", ())
        total += score_page(page, gold)
    right = {name: total.right[name] for name in HELD_OUT_FLOORS}
    assert all(right[name] >= floor for name, floor in HELD_OUT_FLOORS.items()), right
