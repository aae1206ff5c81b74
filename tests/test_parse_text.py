"""Plain-text thread layouts beyond the fixtures: WordPress 'says:' dumps and dated headers."""

from moderation.parse import parse_page

SAYS_PAGE = """\
Bakery wins regional bread prize

The Corner Bakery won the regional sourdough prize on Saturday, the judges announced.

2 thoughts on "Bakery wins regional bread prize"

Maud Ferris says:
June 2, 2024 at 9:14 am

Their rye is even better than the sourdough.

Reply

Baker's Friend says:
June 2, 2024 at 11:30 pm

Replying to Maud Ferris
Agreed, get there before eight or it is gone.

Log in to Reply

Leave a Reply
"""

DATED_PAGE = """\
Quarry expansion approved despite objections

The county planning board approved the quarry expansion on Tuesday by four votes to three.

Wren | 2024-07-09 18:02
Four to three is hardly a mandate.

Ash Keeper | 2024-07-09T18:40
Reply to Wren
The objections were heard for three hours, it was fair.
"""


def test_says_layout():
    page = parse_page(SAYS_PAGE, "bakery.txt")
    assert page.article == (
        "The Corner Bakery won the regional sourdough prize on Saturday, the judges announced."
    )
    first, second = page.comments
    assert (first.author, first.posted) == ("Maud Ferris", "2024-06-02T09:14")
    assert first.text == "Their rye is even better than the sourdough."
    assert (second.author, second.reply_to, second.parent) == (
        "Baker's Friend",
        "Maud Ferris",
        "c1",
    )
    assert second.posted == "2024-06-02T23:30"
    assert second.text == "Agreed, get there before eight or it is gone."


def test_dated_layout():
    page = parse_page(DATED_PAGE, "quarry.txt")
    assert page.article.endswith("by four votes to three.")
    assert [(c.author, c.posted, c.reply_to, c.parent) for c in page.comments] == [
        ("Wren", "2024-07-09T18:02", None, None),
        ("Ash Keeper", "2024-07-09T18:40", "Wren", "c1"),
    ]
    assert page.comments[1].text == "The objections were heard for three hours, it was fair."
