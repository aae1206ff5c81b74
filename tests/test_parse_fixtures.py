"""The five shared fixture pages parse field by field as ../shared/fixtures/expected says, and
the project's own gold pages (tests/fixtures) as theirs do."""

import json
from pathlib import Path

import pytest

from moderation.parse import parse_file

SHARED = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
EXPECTED = sorted((SHARED / "expected").glob("*.json"))


def test_all_five_fixtures_are_present():
    assert len(EXPECTED) == 5, f"expected five fixture pages under {SHARED}"


OWN = Path(__file__).parent / "fixtures"
OWN_EXPECTED = sorted((OWN / "expected").glob("*.json"))


@pytest.mark.parametrize(
    "expected_path", EXPECTED + OWN_EXPECTED, ids=lambda path: f"{path.parents[2].name}/{path.stem}"
)
def test_fixture_page_parses_as_expected(expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    page = parse_file(expected_path.parents[1] / "pages" / expected["page"])

    assert page.title == expected["title"]
    assert page.article.startswith(expected["article_starts_with"])
    assert page.article.endswith(expected["article_ends_with"])
    assert len(page.comments) == expected["comment_count"]

    index_of = {comment.id: index for index, comment in enumerate(page.comments)}
    for number, (comment, want) in enumerate(zip(page.comments, expected["comments"], strict=True)):
        where = f"comment {number}"
        assert comment.author == want["author"], where
        assert comment.reply_to == want["reply_to"], where
        assert comment.posted == want["posted"], where
        assert comment.text.startswith(want["starts_with"]), where
        assert comment.text.endswith(want["ends_with"]), where
        parent_index = index_of[comment.parent] if comment.parent is not None else None
        assert parent_index == want["parent"], where


BOILERPLATE = [
    "Leave a Reply",
    "You are commenting using",
    "bloggers like this",
    "Listen to cutting-edge",
    "newest book",
    "new book",
    "can be reached at",
    "by Stephen Lendman",
    "Reuters",
    "In reply to by",
    "Permalink",
    "Blog at",
]


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda path: path.stem)
def test_boilerplate_is_neither_article_nor_comment(expected_path):
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    page = parse_file(SHARED / "pages" / expected["page"])
    texts = [comment.text for comment in page.comments]
    for phrase in BOILERPLATE:
        assert all(phrase not in text for text in texts), phrase
    # The article may quote Reuters; captions and credits (ending in '/ Reuters') it may not.
    for phrase in BOILERPLATE[:8] + ["/ Reuters", "dunford gerasimov"]:
        assert phrase not in page.article, phrase
    if page.title:
        assert page.title not in page.article
