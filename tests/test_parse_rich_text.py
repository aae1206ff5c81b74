"""Comment text an export keeps as a rich-text document: a paragraph per block, runs joined."""

import json

import pytest

from moderation.parse import parse_page
from moderation.parse.rich_text import rich_text

RICOS = {  # Wix's comments API
    "richContent": {
        "nodes": [
            {
                "type": "PARAGRAPH",
                "nodes": [
                    {"type": "TEXT", "textData": {"text": "Too sweet, ", "decorations": []}},
                    {
                        "type": "TEXT",
                        "textData": {"text": "cut the sugar.", "decorations": ["BOLD"]},
                    },
                ],
            },
            {"type": "PARAGRAPH", "nodes": [{"type": "TEXT", "textData": {"text": "Still good."}}]},
        ],
        "metadata": {"version": 1, "id": "rc-0"},
    },
    "mentions": [],
}
PROSEMIRROR = {
    "type": "doc",
    "content": [
        {
            "type": "paragraph",
            "content": [
                {"type": "text", "text": "Too sweet, "},
                {"type": "text", "marks": [{"type": "bold"}], "text": "cut the sugar."},
            ],
        },
        {"type": "paragraph", "content": [{"type": "text", "text": "Still good."}]},
    ],
}
DRAFT = {
    "blocks": [
        {"key": "a1", "type": "unstyled", "text": "Too sweet, cut the sugar.", "entityRanges": []},
        {"key": "b2", "type": "unstyled", "text": "Still good.", "entityRanges": []},
    ],
    "entityMap": {},
}
SLATE = [
    {
        "type": "paragraph",
        "children": [{"text": "Too sweet, "}, {"text": "cut the sugar.", "bold": True}],
    },
    {"type": "paragraph", "children": [{"text": "Still good."}]},
]
PORTABLE_TEXT = [
    {
        "_type": "block",
        "children": [
            {"_type": "span", "text": "Too sweet, "},
            {"_type": "span", "marks": ["strong"], "text": "cut the sugar."},
        ],
    },
    {"_type": "block", "children": [{"_type": "span", "text": "Still good."}]},
]


@pytest.mark.parametrize(
    "document",
    [RICOS, PROSEMIRROR, DRAFT, SLATE, PORTABLE_TEXT],
    ids=["ricos", "prosemirror", "draft", "slate", "portable-text"],
)
def test_each_editors_document_reads_as_its_paragraphs(document):
    assert rich_text(document) == "Too sweet, cut the sugar.\n\nStill good."


def test_a_document_without_text_is_none():
    assert rich_text({"type": "doc", "content": []}) is None
    assert rich_text({"nodes": [{"type": "IMAGE", "imageData": {"src": "x.jpg"}}]}) is None


def test_an_export_whose_comments_are_rich_documents_with_reference_parents():
    """Wix's comments API: the text in "content.richContent", the parent a reference object
    ({"parentComment": {"id": ...}}). It was refused: no text column."""
    records = [
        {"id": "a", "content": RICOS, "createdDate": "2026-12-04T17:22:05.318Z"},
        {
            "id": "b",
            "parentComment": {"id": "a", "author": {"memberId": "m1"}},
            "content": {
                "richContent": {
                    "nodes": [
                        {
                            "type": "PARAGRAPH",
                            "nodes": [{"type": "TEXT", "textData": {"text": "Agreed."}}],
                        }
                    ]
                }
            },
            "createdDate": "2026-12-04T18:03:41.000Z",
        },
    ]
    page = parse_page(json.dumps({"comments": records}).encode(), "wix.json")
    assert [(c.text, c.parent) for c in page.comments] == [
        ("Too sweet, cut the sugar.\n\nStill good.", None),
        ("Agreed.", "a"),
    ]
    assert page.comments[0].posted.startswith("2026-12-04T17:22:05")
