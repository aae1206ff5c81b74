"""Plain-text thread layouts beyond the shared fixtures: WordPress 'says:' dumps, dated and
relative-time headers, comments closed by control lines."""

from pathlib import Path

import pytest

from moderation.parse import parse_file, parse_page
from moderation.parse.layouts import COMMENT_CONTROL_LINE

PAGES = Path(__file__).parent / "fixtures" / "pages"

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


def test_relative_time_headers_and_reply_names_in_the_header():
    """A comment widget copied as text: '<author> [<reply-to>] • 3 years ago', controls below."""
    page = parse_file(PAGES / "relative_times.txt")
    assert page.article.endswith("The summer timetable starts on the first of May.")
    assert "Comments" not in page.article and "Sort by" not in page.article
    assert [(c.author, c.reply_to, c.parent, c.posted) for c in page.comments] == [
        ("bookworm_77", None, None, None),
        ("Quiet Reader", "bookworm_77", "c1", None),
        ("Harbour Watch", None, None, None),
        ("Old Salt", None, None, None),
    ]
    assert page.comments[2].text == "Who pays for this? The article does not say."


def test_comments_closed_by_control_lines_open_with_their_author():
    page = parse_file(PAGES / "name_lines.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Maria Lopez", "Finally, I missed the morning crossing."),
        ("Tom Baker", "Same here, the bus was awful."),
        ("Ann Smith", "Who pays for this? The article does not say."),
    ]


def test_blocks_without_a_name_line_keep_every_line_as_text():
    page = parse_page(
        "Road closed\n\nThe bridge road is closed for a week, the council said on Monday.\n\n"
        "Comments\n"
        "This is absurd.\nThey closed it last year too.\nReply\n"
        "Fine by me.\n2 Reply\n"
        "Who decided this?\nNobody asked us.\nReply\n",
        "page.txt",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        (None, "This is absurd.\nThey closed it last year too."),
        (None, "Fine by me."),
        (None, "Who decided this?\nNobody asked us."),
    ]


def test_control_lines_are_recognised_and_short_comments_are_not():
    for line in (
        "Reply", "2 Reply", "Like · Reply · 2y", "Sort by Best", "▲ 3 ▼ Share ›",
        "41 △ ▽ • Reply • Share ›", "Report this comment | Reply", "Reply · Report · Like (12)",
        "Respect 7", "Link to comment", "More sharing options...",
        "Antworten", "Répondre · Signaler", "回复", "답글3", "공감", "비공감",  # other languages
    ):  # fmt: skip
        assert COMMENT_CONTROL_LINE.match(line), line
    for line in ("Agreed", "I like this", "Share this article with everyone", "5"):
        assert not COMMENT_CONTROL_LINE.match(line), line


def test_lines_of_numbers_are_no_controls_and_take_no_exponential_search():
    """A count takes its whole run of digits and the spaces between two controls read one way:
    "0" * 30 took minutes to reject before (each digit a count of its own, in every split)."""
    for line in ("0" * 60, "1 " * 300 + "x", "1,2.3," * 100, "▲ 3 ▼ " * 100 + "z"):
        assert not COMMENT_CONTROL_LINE.match(line)
    assert COMMENT_CONTROL_LINE.match("Reply " * 100)


def test_name_over_date_comments_below_a_byline_over_a_dateline():
    """The byline and dateline above the article look like a comment header; they are not."""
    page = parse_file(PAGES / "name_over_date.txt")
    assert page.article.startswith("The central library will open on Sundays")
    assert page.article.endswith("officials said.")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Maud Ferris", "2024-03-05T10:15"),
        ("Old Salt", "2024-03-05T11:02"),
        ("Pier Watcher", "2024-03-06T08:40"),
    ]
    assert page.comments[1].text == (
        "Who pays for the extra staff? Not the council, that much is clear."
    )


def test_one_name_over_a_date_is_not_a_thread():
    page = parse_page(
        "Fair opens\n\nThe county fair opened on Friday with a record number of stalls.\n\n"
        "Ann Lee\nMay 3, 2024\nPhotographs from the opening day are in the gallery.\n",
        "page.txt",
    )
    assert all(comment.author != "Ann Lee" for comment in page.comments)


def test_written_dates_beside_the_author():
    page = parse_page(
        "Fair opens\n\nThe county fair opened on Friday with a record number of stalls.\n\n"
        "Maud Ferris — March 5, 2024\nAbout time.\n\n"
        "Old Salt — Tue., Mar. 5th, 2024 at 11.02\nWho pays for it?\n",
        "page.txt",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Maud Ferris", "2024-03-05", "About time."),
        ("Old Salt", "2024-03-05T11:02", "Who pays for it?"),
    ]


def test_wrote_headers_of_forum_threads():
    page = parse_page(
        "Fair opens\n\nThe county fair opened on Friday with a record number of stalls.\n\n"
        "Maud Ferris wrote:\nAbout time.\n\n"
        "On March 5, 2024 at 10:15 am, Old Salt wrote:\nWho pays for it?\nReply\n",
        "page.txt",
    )
    assert page.article == "The county fair opened on Friday with a record number of stalls."
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Maud Ferris", None, "About time."),
        ("Old Salt", "2024-03-05T10:15", "Who pays for it?"),
    ]


def test_handle_and_age_headers_with_replies_drawn_indented():
    page = parse_file(PAGES / "handle_age_thread.txt")
    assert [(c.id, c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("c1", "pjmlp", None, None),
        ("c2", "tptacek", "pjmlp", "c1"),  # one step in: replies to the comment above
        ("c3", "pjmlp", "tptacek", "c2"),
        ("c4", "dang", None, None),  # back at the margin: a new thread
    ]
    assert page.comments[0].text.endswith("We archive everything in SQLite now.")  # no "reply"


def test_a_sentence_that_ends_in_an_age_is_no_header():
    page = parse_page(
        "Pier reopens\n\nThe pier reopened on Friday after repairs that took a year.\n\n"
        "I walked there 2 days ago.\nIt looked finished 3 weeks ago already.\n",
        "page.txt",
    )
    assert page.comments == ()


def test_indentation_does_not_override_a_named_reply_or_make_parents_when_flat():
    from moderation.parse.threads import link_parents_by_indent
    from moderation.types import Comment

    comments = (
        Comment(id="c1", author="Ann", text="a"),
        Comment(id="c2", author="Bo", text="b"),
        Comment(id="c3", author="Cy", text="c", reply_to="Ann", parent="c1"),
        Comment(id="c4", author="Di", text="d", reply_to="Zed"),
    )
    linked = link_parents_by_indent(comments, [0, 0, 2, 2])
    assert [(c.reply_to, c.parent) for c in linked] == [
        (None, None),
        (None, None),  # same depth as the one above: not a reply
        ("Ann", "c1"),  # the page's own reply name wins over the nearer comment
        ("Zed", None),  # names someone else: no parent guessed from the indent
    ]


def test_replying_to_in_a_header_names_the_author_and_the_reply():
    page = parse_file(PAGES / "replying_to.txt")
    assert [(c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("stanleyknife", None, None),
        ("GreenAcre", "stanleyknife", "c1"),
        ("Yorkie55", None, None),
    ]


def test_teaser_links_after_the_article_are_cut_but_not_a_heading_followed_by_prose():
    from moderation.parse.boilerplate import cut_recommendations

    page = parse_file(PAGES / "disqus_text.txt")
    assert page.article.endswith("Construction is expected to begin in the spring.")
    lines = ["The vote was close, the clerk said.", "More", "The count resumes on Monday."]
    assert cut_recommendations(lines) == lines  # a sentence follows: part of the article
    teasers = ["The vote was close, the clerk said.", "You may also like", "Ten best beaches"]
    assert cut_recommendations(teasers) == teasers[:1]
    question = "Miyoo Mini Plus review: is it still the king of the pocketable handhelds?"
    assert cut_recommendations([*teasers, question]) == teasers[:1]  # a teaser, no paragraph


def test_a_comment_policy_opens_the_comment_section():
    for policy in (
        "Comment Policy: We welcome your comments. Keep them civil.",
        "Comments are subject to our community guidelines, which can be viewed here.",
    ):
        text = f"Bins go fortnightly\n\n{_STORY}\n\n{policy}\n"
        assert parse_page(text.encode(), "page.txt").article == _STORY


# Each style's header for a comment with a time, then for one with a date only.
NAME_AND_DATE_HEADERS = {
    "on": ("Maud Ferris on March 5, 2024 at 10:15 am",
           "Old Salt on March 5, 2024"),
    "said on": ("Maud Ferris said on March 5, 2024 at 10:15 am:",
                "Old Salt said on Mar 5, 2024:"),
    "posted by": ("Posted by Maud Ferris on 5 March 2024 at 10:15",
                  "Posted by Old Salt on 5 March 2024"),
    "comment by": ("Comment by Maud Ferris — March 5, 2024 @ 10:15 am",
                   "Comment by Old Salt — March 5, 2024"),
    "pipes": ("Maud Ferris | March 5, 2024 at 10:15 am | Reply",
              "Old Salt | March 5, 2024 | Reply"),
    "numbered": ("1. Maud Ferris - 5 March 2024, 10:15",
                 "2. Old Salt - 5 March 2024"),
    "hash": ("#1 Maud Ferris 2024-03-05 10:15",
             "#2 Old Salt 2024-03-05"),
    "brackets": ("Maud Ferris (March 5, 2024 at 10:15 am)",
                 "Old Salt (March 5, 2024)"),
    "says": ("Maud Ferris says: March 5, 2024 at 10:15 am",
             "Old Salt says: March 5, 2024"),
    "time first": ("Maud Ferris at 10:15 am on March 5, 2024",
                   "Old Salt on March 5, 2024"),
}  # fmt: skip


@pytest.mark.parametrize("style", NAME_AND_DATE_HEADERS)
def test_a_name_and_a_date_on_one_line_open_a_comment(style):
    first, second = NAME_AND_DATE_HEADERS[style]
    page = parse_page(
        "Pier reopens\n\nThe pier reopened on Friday after repairs that took a year.\n\n"
        f"Comments\n\n{first}\nAbout time, I can go on Sundays now.\n\n"
        f"{second}\nWho pays for the extra staff?\nReply\n",
        "page.txt",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Maud Ferris", "2024-03-05T10:15", "About time, I can go on Sundays now."),
        ("Old Salt", "2024-03-05", "Who pays for the extra staff?"),
    ]


def test_dated_lines_of_an_article_are_no_comment_headers():
    page = parse_page(
        "Festival programme\n\nThe festival returns this summer, the organisers said.\n\n"
        "Monday, June 3, 2024\nOpening concert in the park.\n\n"
        "Tuesday, June 4, 2024\nStreet food market.\n\n"
        "Updated on June 1, 2024\nPublished on May 30, 2024\n\n"
        "By Dana Whitfield | June 4, 2024\nThe stalls open at nine.\n\n"
        "By Tom Roe | June 5, 2024\nThe stalls close at six.\n",
        "page.txt",
    )
    assert page.comments == ()
    assert page.article.endswith("The stalls close at six.")


def test_statements_of_officials_dated_in_an_article_are_no_comments():
    page = parse_page(
        "Council splits over harbour plan\n\n"
        "The council voted on Tuesday to delay the harbour redevelopment by a year, after two "
        "days of debate in which both sides accused the other of misleading residents.\n\n"
        "Mayor Jones on March 5, 2024:\nWe owe it to the people of this town to get this right, "
        "not to get it done fast.\n\n"
        "Councillor Adams on March 6, 2024:\nA delay of a year costs the town the federal grant "
        "that was to pay for the new sea wall.\n\n"
        "The plan returns to the council in March next year, when a revised budget is due.\n",
        "page.txt",
    )
    assert page.comments == ()
    assert page.article.endswith("when a revised budget is due.")


def test_a_lone_control_line_in_a_one_per_line_section_is_no_comment():
    page = parse_page(
        "Pier reopens\n\nThe pier reopened on Friday after repairs that took a year.\n\n"
        "Comments\n\nAbout time.\nWho pays for it?\nReply\n",
        "page.txt",
    )
    assert [c.text for c in page.comments] == ["About time.", "Who pays for it?"]


def test_signatures_under_comments_close_them_with_or_without_a_heading():
    page = parse_file(PAGES / "blog_signatures.txt")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Rosalind Grey", "2024-03-12T19:41"),
        ("Bert Allen", "2024-03-12T21:03"),
    ]
    assert not any("Verify" in c.text for c in page.comments)  # after the last signature
    page = parse_page(
        "Letters\n\nThe paper welcomes letters from readers on any subject in the news.\n\n"
        "The bypass will ruin the valley.\n— Ann Holt, March 5, 2024\n\n"
        "The bypass is twenty years late.\n— Ben Ode, March 6, 2024\n",
        "page.txt",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ann Holt", "The bypass will ruin the valley."),
        ("Ben Ode", "The bypass is twenty years late."),
    ]
    assert page.article == "The paper welcomes letters from readers on any subject in the news."


def test_a_quotes_attribution_is_no_signature():
    text = (
        "Speech\n\nThe mayor quoted two presidents in her speech on Monday evening.\n\n"
        "A house divided against itself cannot stand.\n— Abraham Lincoln\n\n"
        "Ask not what your country can do for you.\n— John F. Kennedy\n"
    )
    assert parse_page(text, "page.txt").comments == ()


def test_blog_comments_with_the_time_under_the_text():
    page = parse_file(PAGES / "blogger_said.txt")
    assert [(c.author, c.posted, c.text[:20]) for c in page.comments][:2] == [
        ("Jen Okafor", "2024-06-02T08:14", "Finally. Taxis at 2a"),
        ("Anonymous", "2024-06-02T09:30", "Only four routes? No"),
    ]


def test_scores_and_old_reddit_markers_around_a_handle_and_age():
    for header in ("{} 12 points · 5 hours ago", "[–] {} 12 points 5 hours ago"):
        page = parse_page(
            "Pier reopens\n\nThe pier reopened on Friday after repairs that took a year.\n\n"
            + header.format("maud_f") + "\nAbout time.\npermalink embed save report reply\n\n"
            + header.format("old_salt") + "\nWho pays for it?\n",
            "page.txt",
        )  # fmt: skip
        assert [(c.author, c.text) for c in page.comments] == [
            ("maud_f", "About time."),
            ("old_salt", "Who pays for it?"),
        ]


def test_names_before_a_colon_on_every_line_are_authors_and_otherwise_text():
    head = "Pier reopens\n\nThe pier reopened on Friday after a year of repairs.\n\nComments\n\n"
    page = parse_page(head + "Maud Ferris: About time.\nOld Salt: Who pays for it?\n", "p.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Maud Ferris", "About time."),
        ("Old Salt", "Who pays for it?"),
    ]
    page = parse_page(head + "Note: it was shut for a year.\nI will go on Sunday.\n", "p.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        (None, "Note: it was shut for a year."),
        (None, "I will go on Sunday."),
    ]


def test_a_comment_that_is_only_a_date_is_kept_as_text():
    from moderation.parse.threads import _take_date_line

    assert _take_date_line(["March 5, 2024"]) == (None, ["March 5, 2024"])
    assert _take_date_line(["Hi.", "", "March 5, 2024 at 9:00 am"]) == (
        "2024-03-05T09:00",
        ["Hi.", ""],
    )


def test_an_articles_speaker_above_a_quote_is_no_comment_header():
    page = parse_page(
        "Port strike ends\n\nDock workers voted on Monday to end the strike, the union said.\n\n"
        'The union\'s general secretary said:\n\n"This is a victory for every worker."\n\n'
        'The port\'s chief executive said:\n\n"We are glad to have everyone back."\n',
        "page.txt",
    )
    assert page.comments == ()
    assert page.article.endswith('"We are glad to have everyone back."')


CONTROLLED_THREAD = """Budget handhelds get better

The new model has a brighter screen and a better d-pad than last year's.
It runs most older games at full speed, the review found.

3 Comments

Ann Lee • 2 hours ago
The d-pad alone makes it worth it.
12
0
Reply · Report · Like (12)

Bob Stone • an hour ago
Does the firmware still phone home?
3
1
Respect 7

Marcus • 9 hours ago
Mine arrived with a dead pixel.
5
0
Reply · Report · Like (2)

Load more comments
Subscribe
Do Not Sell My Data
Privacy Policy | Contact | Write for us
"""


def test_comment_controls_vote_counts_and_the_footer_after_the_last_comment_are_not_text():
    page = parse_page(CONTROLLED_THREAD, "review.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ann Lee", "The d-pad alone makes it worth it."),
        ("Bob Stone", "Does the firmware still phone home?"),
        ("Marcus", "Mine arrived with a dead pixel."),  # the page's footer is not Marcus's
    ]


COPIED_WHOLE = """Skip to content
The Lakeshore Courier
Subscribe
Log in
News
Local
We use cookies to improve your experience. Learn more here.
LOCAL NEWS
Council votes to phase out gas leaf blowers
Landscapers say the rebate will not cover the cost of switching
By Dana Whitcomb | The Lakeshore Courier
Published: March 5, 2024 at 6:00 a.m.
Click to share on Facebook (Opens in new window)
Click to email a link to a friend (Opens in new window)
A crew uses gas blowers on Harbor Drive. (Rick Almeida / The Lakeshore Courier)
Lakeshore will phase out gas-powered leaf blowers by 2026 after a 5-2 vote on Monday.

Commercial landscapers get an extra year, the ordinance says.
Originally Published: March 5, 2024 at 6:00 a.m.
Dana Whitcomb covers City Hall for The Courier. Reach her at dana@example.com.
Subscribe to our free newsletter
Email address
Sign up
Comments

Ann Lee • 2 hours ago
The rebate is far too small.
Reply

Bob Stone • an hour ago
Quiet mornings at last.
Reply
"""


def test_a_page_copied_whole_has_its_headline_over_the_byline_and_its_article_alone():
    page = parse_page(COPIED_WHOLE, "courier.txt")
    assert page.title == "Council votes to phase out gas leaf blowers"  # not the standfirst
    assert page.article == (
        "Lakeshore will phase out gas-powered leaf blowers by 2026 after a 5-2 vote on Monday."
        "\n\nCommercial landscapers get an extra year, the ordinance says."
    )  # no share buttons, caption, dateline, bio or sign-up form
    assert [c.author for c in page.comments] == ["Ann Lee", "Bob Stone"]


def test_signatures_naming_a_place_close_each_comment_under_a_sorted_comment_list():
    page = parse_page(
        """Talking bins thank residents for recycling

A seaside council has spent £48,000 on bins that thank people for recycling.
The scheme has been criticised as a waste of money.
Share or comment on this article:
Comments 3
The comments below have been moderated in advance.
Newest
Best rated
They can find money for bins but not for potholes. Unbelievable.
Grumpy_Gull, Morecambe, United Kingdom, 2 hours ago
84
Click to rate
What happens when someone makes it swear?
Dave1960, Preston, 1 hour ago
47
Click to rate
My mum dropped her shopping when it spoke to her.
Kerry_M, Morecambe, United Kingdom, March 5, 2024
29
Click to rate
""",
        "bins.txt",
    )
    assert page.article.endswith("criticised as a waste of money.")
    assert [(c.author, c.text, c.posted) for c in page.comments] == [
        ("Grumpy_Gull", "They can find money for bins but not for potholes. Unbelievable.", None),
        ("Dave1960", "What happens when someone makes it swear?", None),
        ("Kerry_M", "My mum dropped her shopping when it spoke to her.", "2024-03-05"),
    ]  # a relative age is no date


def test_a_badge_after_the_name_is_not_part_of_it():
    page = parse_page(
        """Kumo K3 review

The K3 has the best d-pad of any budget handheld this year.
It runs older games well.

2 Comments

RetroRik • 2 days ago
How does it handle PS1 games?
Reply

Sam Okonjo  Mod  RetroRik • 2 days ago
Full speed with the filter on.
Reply
""",
        "review.txt",
    )
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("RetroRik", None),
        ("Sam Okonjo", "RetroRik"),
    ]


def test_a_comment_opening_with_a_quote_of_an_earlier_one_answers_it_and_an_initial_opens_a_name():
    page = parse_page(
        """Homes plan refused

The planning committee refused the plan for 120 homes on Ashdown Farm on Monday.

Comments (3)

Jean Ashworth wrote on 5 March 2024 at 10:14:
Good decision. Another 120 houses would have been madness.
Report this comment | Reply

Dave Pinder wrote on 5 March 2024 at 11:02:
Jean Ashworth said...
"Another 120 houses would have been madness."
So where are young people supposed to live?
Report this comment | Reply

S. Okoro wrote on 6 March 2024 at 08:47:
The mayor said: keep the fields. I agree with him.
Report this comment | Reply
""",
        "gazette.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Jean Ashworth", None, "Good decision. Another 120 houses would have been madness."),
        ("Dave Pinder", "Jean Ashworth", "So where are young people supposed to live?"),
        ("S. Okoro", None, "The mayor said: keep the fields. I agree with him."),
    ]


def test_a_have_your_say_list_with_the_time_before_the_date_and_rating_controls():
    page = parse_page(
        """Should councils charge for garden waste?

More than half of councils in England now charge for garden waste collections.
This debate is now closed. Thank you for your comments.

Comments

Comment number 1.
Pete in Hull
10:31 5 Mar 2024
Charging extra for bins is a stealth tax, plain and simple.
Complain about this comment (Comment number 1)
Rate this comment
Positive 14
Negative 3

Comment number 2.
GreenFingers_Jan
10:44 5 Mar 2024
I don't mind paying. Not everyone has a garden.
Complain about this comment (Comment number 2)
Rate this comment
Positive 22
Negative 6
""",
        "hys.txt",
    )
    assert page.article.endswith("charge for garden waste collections.")  # not the notice
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Pete in Hull", "2024-03-05T10:31",
         "Charging extra for bins is a stealth tax, plain and simple."),
        ("GreenFingers_Jan", "2024-03-05T10:44", "I don't mind paying. Not everyone has a garden."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # The BBC: a date line, no byline, under the headline.
        ("Home\nNews\nHave Your Say\nShould councils charge for garden waste?\n5 March 2024\n"
         "Share\n", "Should councils charge for garden waste?"),
        # A section label and a caption between the headline and the byline.
        ("Obituaries\nLocal News | Education\nSchool board votes to close Whitman Elementary\n"
         "Parents packed the board room for three hours\n\nThe school on Elm Avenue. (Photo by "
         "Chris Dawson/Lakeshore Daily Press)\n\nBy Jennifer Ortiz | Lakeshore Daily Press\n",
         "School board votes to close Whitman Elementary"),
        # A standfirst, the writer and where they report from, then the time and date.
        ("Menu\nLOI\nLate strike earns Galway a point against Derry\n\nThe home side had trailed "
         "since the 22nd minute.\nShane Ó Ceallaigh Reports from Eamonn Deacy Park\n"
         "7.01pm, 14 May 2024\n1.9k Views\n", "Late strike earns Galway a point against Derry"),
        # The clock, a bar, then the date, under the writer's labels and a long standfirst.
        ("Menu\nFortaleza\nPraia de Iracema ganha ciclofaixa aos domingos\n\nTrecho de 3,2 km na "
         "avenida Beira-Mar ficará fechado para carros das 7h às 13h; Prefeitura promete ampliar "
         "o horário se houver boa adesão\n\nAutor\nLarissa Bezerra\nTipo Notícia\n"
         "14:22 | 14/05/2024\nCompartilhar\n", "Praia de Iracema ganha ciclofaixa aos domingos"),
    ],
)  # fmt: skip
def test_a_copied_page_headline_over_a_date_line_or_over_a_caption_and_a_byline(head, title):
    text = head + "\nThe district board voted 4-3 late Monday to close the school in June.\n"
    assert parse_page(text, "copied.txt").title == title


def test_handles_with_dots_over_relative_ages_and_edited_marks():
    page = parse_page(
        """Restoring a 1930s plane I found for £8

I found this plane at a car boot sale and took it completely apart to restore it.
The sole took two hours to flatten on diamond plates.

1,284 Comments

@petra.wood
2 days ago
Same here. I've got a No. 5 in the shed to restore.
31
Reply

@sophiecarves
17 hours ago (edited)
What grit did you go up to on the back of the iron?
9
Reply
""",
        "watch.txt",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("@petra.wood", "Same here. I've got a No. 5 in the shed to restore."),
        ("@sophiecarves", "What grit did you go up to on the back of the iron?"),
    ]


def test_a_copied_comment_list_with_name_place_and_date_lines_and_a_label_over_a_name():
    """The New York Times copied as text: name, place, date on three lines; "Times Pick" over
    a name belongs to the comment it heads, not to the text above it."""
    page = parse_page(
        """Vermont town caps short-term rentals

Residents approved an ordinance that limits short-term rentals to forty licenses.

Comments 412
L. Harding
Burlington, VT
March 7, 2024
I grew up in a town like this. A cap is the least they can do.
1.2K Recommend
Share
Flag
Reply
Tom K.
Albany
March 7, 2024
@L. Harding The lockboxes exist because the owners are making a living.
88 Recommend
Share
Flag

Times Pick
Margaret O.
Portland, Maine
March 8, 2024
Portland went through this five years ago. Registration alone was worth it.
914 Recommend
Share
Flag
""",
        "nyt.txt",
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("L. Harding", None, "2024-03-07",
         "I grew up in a town like this. A cap is the least they can do."),
        ("Tom K.", "L. Harding", "2024-03-07",
         "@L. Harding The lockboxes exist because the owners are making a living."),
        ("Margaret O.", None, "2024-03-08",
         "Portland went through this five years ago. Registration alone was worth it."),
    ]  # fmt: skip


def test_a_conversation_copied_from_x_names_writers_and_replies_by_display_name():
    """Name over handle, "·" on a line of its own, the date; "Replying to @handle"."""
    page = parse_page(
        """Conversation
Priya Natarajan
@priya_covers
Eastbridge council has just voted 7-4 to close the Riverside pool at the end of the summer.
2:14 PM · Mar 5, 2024
Post your reply
Reply
Tom Okafor
@tomokafor
·
Mar 5, 2024
Replying to @priya_covers
So they'll find the money for new council offices but not for the only pool in town.
14
61
Jo Whitfield
@JoWhitfieldLD
·
Mar 5, 2024
Replying to @tomokafor and @priya_covers
I voted against. We asked for the closure to be deferred for a year.
3
8
""",
        "x.txt",
    )
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Tom Okafor", "priya_covers", "2024-03-05"),  # the opening post's: no name known
        ("Jo Whitfield", "Tom Okafor", "2024-03-05"),
    ]
    assert page.comments[1].text == (
        "I voted against. We asked for the closure to be deferred for a year."
    )


def test_a_facebook_post_copied_as_text_has_its_comments_named_and_their_badges_left_out():
    page = parse_page(
        """Wexcombe Gazette
5 March 2024 ·
ROADWORKS UPDATE: Work on the A361 will now continue until Friday 29 March, three weeks longer.

Temporary traffic lights will remain in place 24 hours a day.
All reactions:
214
87 comments
31 shares
Like
Comment
Share
Most relevant

Sarah Pengelly
Top fan
Three more weeks?! Why do they never know where the pipes are until they dig?
1y
Like
Reply
Edited
46

Author
Wexcombe Gazette
Sarah Pengelly The main was not on the utility company's records.
1y
Like
Reply
23

Gary Nance
Uncharted gas main 🙄 pull the other one
1y
Like
Reply
12
View more comments
Write a comment…
""",
        "facebook.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Sarah Pengelly", None,
         "Three more weeks?! Why do they never know where the pipes are until they dig?"),
        ("Wexcombe Gazette", "Sarah Pengelly",
         "Sarah Pengelly The main was not on the utility company's records."),
        ("Gary Nance", None, "Uncharted gas main 🙄 pull the other one"),
    ]  # fmt: skip


def test_a_dev_community_article_copied_as_text_with_its_short_year_dates():
    page = parse_page(
        """I built a bird feeder camera

Last autumn I put a feeder on the fence outside my window, and the birds came within a week.
Top comments (2)
Martin Osei
Martin Osei
•
Mar 5 '24

Dropdown menu
Copy link
Hide
This is brilliant. What are you using for the background subtractor?

3 likes
Like
Reply
Priya Shah
Priya Shah
•
Mar 6 '24

Dropdown menu
Copy link
Hide
The squirrel problem is real. Mine learned to trigger the camera.

Like
Reply
""",
        "devto.txt",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Martin Osei", "2024-03-05",
         "This is brilliant. What are you using for the background subtractor?"),
        ("Priya Shah", "2024-03-06",
         "The squirrel problem is real. Mine learned to trigger the camera."),
    ]  # fmt: skip


def test_a_mail_thread_copied_as_text_reads_senders_and_leaves_quotes_and_signatures_out():
    page = parse_page(
        """Allotment rent increase - committee response draft

Margaret Doyle <margaret.doyle@example.org>
Attachments
Mon, Nov 13, 2023, 9:41 PM
to Stephen, Anjali, me

Hi all, the council's letter confirms plot rents go from £62 to £95 a year from April.

--
Margaret Doyle
Chair, Hartley Road Allotment Society

Stephen Ruddock <sruddock@example.com>
Tue, Nov 14, 2023, 7:05 AM
to Margaret, Anjali, me

Draft looks good. I'd add a line about the water meters.

On Mon, 13 Nov 2023 at 21:41, Margaret Doyle <margaret.doyle@example.org> wrote:
> Hi all, the council's letter confirms plot rents go from £62 to £95.

Anjali Mehta <anjali.mehta@example.com>
Tue, Nov 14, 2023, 8:30 AM
to Margaret, Stephen, me

Agree with Stephen. Also worth asking how many plots are vacant.

Sent from my iPhone

> On 14 Nov 2023, at 07:05, Stephen Ruddock <sruddock@example.com> wrote:
>
> Draft looks good.
""",
        "mail.txt",
    )
    # the first mail, above the replies, without its signature
    assert (
        page.article
        == "Hi all, the council's letter confirms plot rents go from £62 to £95 a year from April."
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Stephen Ruddock", "Margaret Doyle", "2023-11-14T07:05",
         "Draft looks good. I'd add a line about the water meters."),
        ("Anjali Mehta", "Stephen Ruddock", "2023-11-14T08:30",
         "Agree with Stephen. Also worth asking how many plots are vacant."),
    ]  # fmt: skip
    assert page.comments[1].parent == page.comments[0].id
    # (the written date says which way "03/12/2024" reads: `moderation.parse.timestamps`)


def test_a_google_groups_conversation_copied_as_text_loses_recipients_and_photo_captions():
    page = parse_page(
        """Light pollution survey

The council asked the society to repeat the sky brightness count from 2022.

Tom Reidy's profile photo
Tom Reidy
unread,
Feb 2, 2024, 9:40:55 PM
to Dunmore Astro

Count me in. I'm up at Craigend, above the golf course.

Show quoted text

Reply all
Reply to author
Forward

Fiona Laidlaw's profile photo
Fiona Laidlaw
unread,
Feb 3, 2024, 9:02:17 AM
to Dunmore Astro

Happy to help from the High Street end.

Reply all
Reply to author
Forward
""",
        "groups.txt",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Tom Reidy", "2024-02-02T21:40:55",
         "Count me in. I'm up at Craigend, above the golf course."),
        ("Fiona Laidlaw", "2024-02-03T09:02:17", "Happy to help from the High Street end."),
    ]  # fmt: skip


def test_a_mail_thread_under_only_menus_has_its_first_mail_as_the_article():
    page = parse_page(
        """Groups
Conversations
Dunmore Astro

Light pollution survey - volunteers for the February count?

Ailsa MacKay
unread,
Feb 2, 2024, 9:14:03 PM
to Dunmore Astro

Hi all, the council's planning team asked us to repeat the sky brightness count
we did in 2022, on the evenings of 8, 9 or 10 February, whichever is clear.

Reply all
Tom Reidy
unread,
Feb 2, 2024, 9:40:55 PM
to Dunmore Astro

Count me in, I can do a dark site above the golf course.

Reply all
""",
        "groups.txt",
    )
    assert page.article.startswith("Hi all, the council's planning team")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Tom Reidy", "Count me in, I can do a dark site above the golf course.")
    ]


_MENUS = "Skip to main content\nNews\nSport\nWeather\nSign in\n\n"
_STORY = (
    "The county will close four of its eleven recycling centres on Mondays from April, "
    "the council said on Tuesday. It expects to save about 200,000 pounds a year."
)


@pytest.mark.parametrize(
    "head",
    [
        # alone, with labels, counts and controls between it and the first paragraph
        "Recycling centres to close on Mondays\n\nQuestion\n\n46 views\n\nShare\n\n",
        # drawn close, with only labels under it (a blog entry's tags)
        "lilacwinter 2024-03-02 09:14 pm\nRecycling centres to close on Mondays\nEntry tags:\n"
        "bins,\nmoney\n\n",
        # a caption drawn close under it and a name over a date: the one alone wins
        "Recycling centres to close on Mondays\n\nThe Moor Lane centre in Hatton would shut on "
        "Mondays and Thursdays under the plans\nALAMY\n\nRia Ashby, Local Government "
        "Correspondent\nTuesday March 05 2024, 12.01am GMT\n\nShare\n\n",
        # over its standfirst, then controls and a credited caption (The Washington Post)
        "Recycling centres to close on Mondays\nThe county says the change saves money but "
        "some residents worry about the queues on other days of the week\nShare\nComment\n8\n\n"
        "A queue at the Moor Lane centre on April 11. (Ria Ashby/The Courier)\n"
        "By Ria Ashby\nApril 15, 2024 at 6:00 a.m. EDT\n\n",
    ],
)
def test_a_page_copied_with_menus_has_its_headline_over_the_first_paragraph(head):
    """No headline on the first line ("Skip to main content" is a menu's) and no byline
    under it: the headline is the nearest line of headline length over the first paragraph."""
    page = parse_page((_MENUS + head + _STORY + "\n").encode(), "copied.txt")
    assert page.title == "Recycling centres to close on Mondays"
    assert page.article == _STORY


def test_a_copied_page_without_a_headline_over_its_text_has_none():
    page = parse_page((_MENUS + "Share\n\n" + _STORY + "\n").encode(), "copied.txt")
    assert page.title is None
    assert page.article == _STORY
    # a post's first line (an emoji, a hashtag) and a line of metadata are no headlines, and
    # other languages' skip links are menus too
    for head in ("Eleven years in municipal IT, and now I am leaving 🧡\n\n",
                 "Riverside Repair Café · 3-2\nFollow\n\n"):  # fmt: skip
        page = parse_page((_MENUS + head + _STORY + "\n").encode(), "post.txt")
        assert page.title is None, head
    italian = "Vai al contenuto principale\n\nCorriere\nMilano\n\n" + _STORY + "\n"
    assert parse_page(italian.encode(), "corriere.txt").title is None


def test_a_caption_with_its_credit_run_on_is_a_caption():
    """The New York Times copied as text: "...rentals.Credit...Caleb Kenna for The Times"."""
    from moderation.parse.layouts import CAPTION

    assert CAPTION.search("Houses on Main Street in Halden, Vt.Credit...Caleb Kenna for The Times")
    assert not CAPTION.search("Credit unions in Halden say the rentals cap will help them.")


def _closed(name, tagline, text, votes):
    badge = f"{tagline}\n" if tagline else ""
    return f"{name}\n{badge}{text}\nUpvote ({votes})\nShare\nReport\n2w ago\n\n"


def test_comments_drawn_as_paragraphs_closed_by_their_controls_need_no_heading():
    """Product Hunt copied as text: no "Comments" heading; each comment a paragraph of name,
    the writer's tagline and text, closed by its controls ("Upvote (9)", "Report", "2w ago":
    "Report" over an age heads no comment). Names with particles and initials are names."""
    page_text = (
        "Tidepool\nOffline-first notes for field researchers\n\n"
        "Tidepool is a note-taking app for people who work outside, with no signal for days.\n\n"
        "Best\nNewest\n\n"
        + _closed("Imke de Vries", "Maker", "We built this after losing a week of notes.", 31)
        + _closed("Farid Haddad", "Hydrologist @ a consultancy",
                  "Does the GPS capture work with external receivers?", 9)
        + _closed("Greg T.", "", "Another notes app. Obsidian does all of this for free.", 1)
        + "About\nTerms\n"
    )  # fmt: skip
    page = parse_page(page_text.encode(), "launch.txt")
    assert page.article == (
        "Tidepool is a note-taking app for people who work outside, with no signal for days."
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Imke de Vries", "We built this after losing a week of notes."),
        ("Farid Haddad", "Does the GPS capture work with external receivers?"),
        ("Greg T.", "Another notes app. Obsidian does all of this for free."),
    ]


def test_a_name_ending_in_an_initial_heads_a_comment_over_its_date():
    text = (
        "Bike lanes approved\n\n"
        "The county approved forty miles of protected bike lanes on Friday morning.\n\n"
        "bethesdabiker\n4 days ago\nFinally, the paint alone never kept cars out.\nReply\n\n"
        "Alana P.\n4 days ago\nI'd ride to the Metro if I could cross Veirs Mill.\nReply\n"
    )
    page = parse_page(text.encode(), "story.txt")
    assert [c.author for c in page.comments] == ["bethesdabiker", "Alana P."]


def test_a_korean_news_page_copied_as_text_reads_names_over_dotted_dates():
    """Naver News: a masked handle over "2024.04.18. 09:47", the text, then Korean controls
    ("답글3" replies, "공감"/"비공감" like and dislike with their counts)."""
    text = (
        "마포구, 구립도서관 5곳 밤 10시까지 연장\n\n"
        "서울 마포구가 다음 달부터 구립도서관 5곳의 평일 운영시간을\n"
        "밤 10시까지 연장한다고 밝혔다.\n\n"
        "댓글\n\n"
        "book****\n2024.04.18. 09:47\n드디어! 퇴근하고 가면 항상 문 닫혀 있었어요.\n"
        "답글3\n공감\n48\n비공감\n1\n\n"
        "mang****\n2024.04.18. 10:05\n저도요. 서교 도서관까지 걸어가면 딱이에요.\n"
        "공감\n7\n비공감\n0\n"
    )
    page = parse_page(text.encode(), "naver.txt")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("book****", "2024-04-18T09:47", "드디어! 퇴근하고 가면 항상 문 닫혀 있었어요."),
        ("mang****", "2024-04-18T10:05", "저도요. 서교 도서관까지 걸어가면 딱이에요."),
    ]


def test_a_teasers_headline_over_its_date_is_no_commenter():
    text = (
        "Garden waste charge\n\nThe council will charge for garden waste collection from April.\n\n"
        "Pete in Hull\n5 March 2024, 11:02\nForty pounds a year is too much.\n\n"
        "Dorothy Smales\n5 March 2024, 12:15\nSome of us are 82 and don't drive.\n\n"
        "Related\nFly-tipping incidents rise for second year\n14 December 2023\n\n"
        "Top Stories\nBudget 2024: What it means for you\n1 hour ago\n"
        "Water firms to face tougher fines for pollution\n3 hours ago\n"
    )
    page = parse_page(text.encode(), "story.txt")
    assert [c.author for c in page.comments] == ["Pete in Hull", "Dorothy Smales"]


def test_a_thread_ends_at_the_teasers_below_it():
    """X copied as text: "Discover more" heads other accounts' posts, drawn like replies."""
    text = (
        "Pool to close\n\nThe council voted to close the pool at the end of the summer.\n\n"
        "Dan Whelan\n@danwhelan\n·\nMar 6, 2024\nClosing a pool in a heatwave summer, well done.\n"
        "Priya Natarajan\n@priya_covers\n·\nMar 6, 2024\nThe vote was seven to four.\n"
        "Show more replies\nDiscover more\nSourced from across X\n"
        "Eastbridge Echo\n@EastbridgeEcho\n·\nMar 5, 2024\nNEWS: Riverside pool to close.\n"
    )
    page = parse_page(text.encode(), "x.txt")
    assert [c.author for c in page.comments] == ["Dan Whelan", "Priya Natarajan"]
    assert page.comments[-1].text == "The vote was seven to four."


def test_separators_and_edit_marks_between_a_header_and_the_text_are_no_text():
    text = (
        "Bird camera\n\nI built a bird feeder camera with a Raspberry Pi last autumn.\n\n"
        "Martin Osei\n•\nMar 5 '24\nWhich motion detector did you use for the squirrels?\n\n"
        "Gareth Lloyd\n•\nMar 9 '24\n•\nEdited on Mar 9\n•\nEdited\n\nJust ordered the camera.\n"
    )
    page = parse_page(text.encode(), "dev.txt")
    assert [(c.author, c.text) for c in page.comments][-1] == (
        "Gareth Lloyd",
        "Just ordered the camera.",
    )


def test_an_italian_thread_reads_dates_reply_lines_and_no_reading_time():
    """Corriere copied as text: "14 marzo 2024 | 09:12" under a name, "Risposta a ..." naming
    whom a reply answers; "Ascolta l'articolo" over "4 min" (a reading time) heads nothing."""
    text = (
        "Zona 30 a Milano\nAscolta l'articolo\n4 min\n\n"
        "La giunta di Milano ha approvato la delibera che estende il limite dei 30 chilometri "
        "orari a gran parte delle strade cittadine.\n\n"
        "Lucia_Brambilla\n14 marzo 2024 | 09:12\nAbito in zona Città Studi, bene così.\n\n"
        "ilGuasta\n14 marzo 2024 | 09:40\nRisposta a Lucia_Brambilla\nServono i controlli.\n"
    )
    page = parse_page(text.encode(), "corriere.txt")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Lucia_Brambilla", None, "2024-03-14T09:12", "Abito in zona Città Studi, bene così."),
        ("ilGuasta", "Lucia_Brambilla", "2024-03-14T09:40", "Servono i controlli."),
    ]


def test_a_forum_copied_as_text_with_rank_and_post_count_between_name_and_date():
    """Invision copied as text: name, member group and post count over "Posted <date>"; a
    quote copied without its box under "On <date>, <name> said:"; the controls under each
    post; the sign-in box after the last."""
    text = """Jump to content
RetroBench Forums
Existing user? Sign In
Forums
Vintage Computers
Recap the board or buy a new supply?
Share
Followers 2
Recap the board or buy a new supply?
By Harald, March 4, 2024 in Vintage Computers

Recommended Posts

Harald
Members
27
Posted March 4, 2024
Picked up an old board on Sunday. It boots, but the picture rolls. Is a full recap worth it?
Link to comment
Share on other sites

Zed
Advanced Member
1.5k
Posted March 4, 2024
Try another power supply first. Those bricks are thirty years old.
2
Link to comment
Share on other sites

Harald
Author
Members
27
Posted March 5, 2024
On 3/4/2024 at 9:14 PM, Zed said:
Try another power supply first.

Good shout, I have a spare one in the loft somewhere.
Link to comment
Share on other sites

Create an account or sign in to comment
You need to be a member in order to leave a comment
Sign In Now
"""
    page = parse_page(text, "forum.txt")
    assert page.article == (
        "Picked up an old board on Sunday. It boots, but the picture rolls. Is a full recap "
        "worth it?"
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Zed", None, "2024-03-04", "Try another power supply first. Those bricks are thirty "
         "years old."),
        ("Harald", "Zed", "2024-03-05", "Good shout, I have a spare one in the loft somewhere."),
    ]  # fmt: skip


def test_a_newsreader_thread_copied_as_text_opens_with_its_first_message():
    """Messages drawn with their mail headers ("From:" over "Date:", then "Subject:"), each
    under the reader's name and controls; the first message opened the thread (its subject
    is the title), and a reply's attribution names whom it answers."""
    text = """Groups Home
Help | Sign in
The group you are posting to is a Usenet group. Messages posted to this group will
make your email address visible to anyone on the Internet.

Ann Lee
View profile
 More options Nov 24 2009, 1:41 am
Newsgroups: uk.transport.london
From: Ann Lee <ann...@example.org>
Date: Tue, 24 Nov 2009 09:41:12 +0000
Subject: Oyster fares up 6% in January
Reply | Reply to author | Forward | Print | Individual message | Show original

TfL have confirmed that single Oyster fares will go up by 6% on 2 January.

Anyone else think this is a stealth way of pushing people onto Travelcards?

Bo Marsh
View profile
 More options Nov 24 2009, 2:05 am
Newsgroups: uk.transport.london
From: Bo Marsh <bo...@example.net>
Date: Tue, 24 Nov 2009 10:05:33 +0000
Subject: Re: Oyster fares up 6% in January
Reply | Reply to author | Forward | Print | Individual message | Show original

On Nov 24, 9:41 am, Ann Lee <ann...@example.org> wrote:
> Anyone else think this is a stealth way of pushing people onto
> Travelcards?

Not stealthy at all. It has been policy since 2008.
"""
    page = parse_page(text, "usenet.txt")
    assert page.title == "Oyster fares up 6% in January"
    assert page.article.startswith("TfL have confirmed that single Oyster fares")
    assert page.article.endswith("pushing people onto Travelcards?")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Bo Marsh", "Ann Lee", "2009-11-24T10:05:33+00:00",
         "Not stealthy at all. It has been policy since 2008."),
    ]  # fmt: skip


def test_a_social_post_copied_with_replies_dated_only_by_their_age():
    """A post copied as text (Truth Social, X): the post's last line, ending in an emoji over
    its date, is no headline; each reply's writer is the name over the handle, though its date
    is only an age ("2h") that gives no time."""
    text = """Skip to main content
Home
Explore
Sign In
Carla Vance
@RepCarlaVance
Today I introduced the FAIR Fuel Act to suspend the federal gas tax for 90 days.

Families in my district are paying over $4 a gallon while oil companies post record profits.

This is not complicated. Cut the tax and stop making working people pay. 🇺🇸
Jul 9, 2025, 8:14 AM
218 replies
Reply
Linda M 🇺🇸
@patriotmom1776
·
2h
Replying to @RepCarlaVance
THANK YOU Carla!! Gas is $4.19 here in Ridgefield. Finally someone gets it 🙏
14
88
Jake Reinholt
@jreinholt
·
58m
Replying to @RepCarlaVance
Suspending the gas tax for 90 days saves the average driver about $40. Who fixes the bridges?
22
31
"""
    page = parse_page(text, "truth.txt")
    assert page.title is None
    assert page.article.startswith("Today I introduced the FAIR Fuel Act")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Linda M 🇺🇸", None),
        ("Jake Reinholt", None),
    ]
    assert page.comments[1].text.endswith("Who fixes the bridges?")


def test_a_neighbourhood_post_copied_with_its_replies_opens_with_the_post():
    """Nextdoor copied as text: each writer's name over "<place> · 2 d ago" (a badge such as
    "Author" may stand between), the post itself drawn the same way under the site's menus,
    its headline first: the post is the article, its counts and labels left out."""
    text = """Skip to main content
Nextdoor
Home
For Sale & Free

Lost cat near the mill - Tanner Street

Ruth Adeyemi
Mill End · 3 d ago
Lost cat near the mill - Tanner Street

Our grey cat Pip has not come home since Sunday evening. He is microchipped and very shy.

Please check your sheds and garages. Thank you all.

Lost & Found

12 Reactions
4 Comments

Gareth Pryce
Hartley Park · 2 d ago
Will keep an eye out. Ours once turned up four gardens down after two days.
4
Like
Reply

Ruth Adeyemi
Author
Mill End · 2 d ago
Gareth Pryce thank you, that is reassuring. We have checked both neighbours.
Like
Reply
"""
    page = parse_page(text, "nextdoor.txt")
    assert page.title == "Lost cat near the mill - Tanner Street"
    assert page.article.startswith("Our grey cat Pip has not come home since Sunday evening.")
    assert page.article.endswith("Please check your sheds and garages. Thank you all.")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Gareth Pryce", None),
        ("Ruth Adeyemi", "Gareth Pryce"),
    ]


def test_comments_drawn_with_no_blank_lines_each_closed_by_reply():
    """Instagram copied as text: handle, text (often unfinished), age, likes, "Reply", with no
    blank line between comments; a "Comment" button under them is no comments heading."""
    text = """Instagram
Home
Search
crumbco.oakland
New loaf alert! Our spelt sourdough is back on the shelf from Saturday, 40 loaves a day.

#sourdough #oaklandbakery
5d
mara.bakes
this crumb structure what hydration are you running with spelt
5d
23 likes
Reply
crumbco.oakland
@mara.bakes 78% with a 40% whole wheat levain
5d
9 likes
Reply
jeff_on_telegraph
Reserved two for Saturday, see you at 8 sharp
5d
4 likes
Reply
Like
Comment
Share
1,284 likes
March 9
"""
    page = parse_page(text, "insta.txt")
    assert page.article.startswith("New loaf alert!")
    assert [(c.author, c.text) for c in page.comments] == [
        ("mara.bakes", "this crumb structure what hydration are you running with spelt"),
        ("crumbco.oakland", "@mara.bakes 78% with a 40% whole wheat levain"),
        ("jeff_on_telegraph", "Reserved two for Saturday, see you at 8 sharp"),
    ]


def test_a_video_pages_comments_with_a_creator_badge_and_an_arrow_naming_whom_they_answer():
    """TikTok copied as text: "Creator" under the post's writer's name, "Cass Delgado" / "▶" /
    "Okafor Tech" over a reply, each comment closed by "3-3Reply"; "View 14 more" and "Log in to
    comment" under them are no comments."""
    text = """Riverside Repair Café · 3-2
Brought in a 1980s Walkman that just stopped. The belt had turned into goo. It plays again.
Comments (521)
Creator videos
Cass Delgado
the goo belt is a rite of passage for every 80s electronic
3-3Reply
412
Riverside Repair Café
·
Creator
every single one 😭 we keep a jar of belt sizes now
3-3Reply
96
Okafor Tech
use naphtha on the pulleys, iso leaves a residue on old rubber
3-3Reply
58
Cass Delgado
▶
Okafor Tech
good tip, didn't know that
3-4Reply
7
View 14 more
Log in to comment
"""
    page = parse_page(text, "tiktok.txt")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Cass Delgado", None, "the goo belt is a rite of passage for every 80s electronic"),
        ("Riverside Repair Café", None, "every single one 😭 we keep a jar of belt sizes now"),
        ("Okafor Tech", None, "use naphtha on the pulleys, iso leaves a residue on old rubber"),
        ("Cass Delgado", "Okafor Tech", "good tip, didn't know that"),
    ]
    assert page.comments[3].parent == page.comments[2].id


def test_a_chats_reactions_under_a_message_are_not_its_text():
    """Discord copied as text: each reaction's emoji over its count ("👍" / "214") closes the
    message; an emoji the writer ends with stays."""
    text = """# patch-notes
Patch announcements only. Discussion allowed in threads.

Hollis (Dev) — 04/16/2024 6:02 PM
Patch 1.4.2 is rolling out to all platforms over the next few hours. Report bugs, not here 🙏
👍
214
🔥
87

Korvath — 04/16/2024 6:07 PM
finally the marsh boss fix. spent 3 hours on that thing yesterday
🎉
"""
    page = parse_page(text, "discord.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Hollis (Dev)", "Patch 1.4.2 is rolling out to all platforms over the next few hours. "
         "Report bugs, not here 🙏"),
        ("Korvath", "finally the marsh boss fix. spent 3 hours on that thing yesterday\n🎉"),
    ]  # fmt: skip


# A newspaper's comment list copied as text: the writer's byline over the date heads the
# article, the zone follows the clock ("p.m. EDT"), and dates are day first with dots.
ZONED_PAGE = """\
Skip to main content
News
Cities
City votes to allow fourplexes on every residential lot
Jeff Gray
City Hall Reporter
March 13, 2024 at 6:02 p.m. EDT
Council voted 20-4 on Wednesday to allow up to four homes on any residential lot in the city.

Owners will no longer need a rezoning to build a fourplex, the city said in a statement.

Comments
3 Comments
HarbordStreet
March 13, 2024 at 8:14 p.m. EDT
Good. My street has triplexes from the 1920s and nobody notices.
Reply

Concerned Resident
13.03.2024 20:31
The sewers on my street back up every time it rains.
Reply

HarbordStreet
March 13, 2024 at 8:49 p.m. EDT
Replying to @Concerned Resident
Development charges exist to pay for exactly that.
Reply
"""


def test_a_zone_after_the_clock_and_dotted_dates_read_as_date_lines():
    page = parse_page(ZONED_PAGE, "zoned.txt")
    assert [c.author for c in page.comments] == [
        "HarbordStreet",
        "Concerned Resident",
        "HarbordStreet",
    ]
    assert [c.posted for c in page.comments] == [
        "2024-03-13T20:14-04:00",
        "2024-03-13T20:31",
        "2024-03-13T20:49-04:00",
    ]
    assert page.comments[2].reply_to == "Concerned Resident"
    assert page.comments[2].text == "Development charges exist to pay for exactly that."


def test_the_byline_over_the_date_above_a_comments_heading_is_no_comment():
    page = parse_page(ZONED_PAGE, "zoned.txt")
    assert page.title == "City votes to allow fourplexes on every residential lot"
    assert page.article.startswith("Council voted 20-4")
    assert page.article.endswith("said in a statement.")
    assert len(page.comments) == 3


ONE_LINE_HEADERS_PAGE = """\
Desalination plant to supply Jordan under expanded deal

A new desalination plant north of Eilat will supply up to 20 million cubic metres a year.

Comments (3)
Moshe B. · Mar 12, 2024 10:14 · Reply · Report
Good. Water for electricity is the kind of peace that works.

Sarah T. replied to Moshe B. · Mar 12, 2024 11:02 · Reply · Report
Agreed, but the minister would not call it normalization.

DiverDan · Mar 12, 2024 12:47 · Reply · Report
What happens to the coral reef?
"""


def test_names_with_an_initial_and_replied_to_in_one_line_headers():
    page = parse_page(ONE_LINE_HEADERS_PAGE, "one-line.txt")
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Moshe B.", None, "2024-03-12T10:14"),
        ("Sarah T.", "Moshe B.", "2024-03-12T11:02"),
        ("DiverDan", None, "2024-03-12T12:47"),
    ]
    assert page.comments[1].parent == page.comments[0].id
    # (the written date says which way "03/12/2024" reads: `moderation.parse.timestamps`)


def test_a_dot_between_the_name_and_replied_to_on_a_header_line_of_its_own():
    """The Spokesman-Review: "Marta Ochoa · replied to Gary Whitfield" over the comment's date."""
    page = parse_page(
        "Sunday hours return to three libraries\n\nThe library board approved Sunday hours at "
        "three branches from September, paid for by savings elsewhere in the budget.\n\n"
        "2 comments\n\nGary Whitfield\nMarch 13, 2024 at 7:42 a.m.\nAbout time, the branch "
        "used to be packed on Sundays.\nLike (12)\nReply\n\nMarta Ochoa · replied to Gary "
        "Whitfield\nMarch 13, 2024 at 8:15 a.m.\nAgreed, but they should have started with "
        "Hillyard.\nLike (9)\nReply\n",
        "spokesman.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Gary Whitfield", None), ("Marta Ochoa", "Gary Whitfield"),
    ]  # fmt: skip
    assert page.comments[1].parent == page.comments[0].id


TEASER_DATE_PAGE = """\
Skip to main content
News
Libraries to open only three days a week

Public libraries across the county will open only three days a week from September.

Councillors said the authority had no good options left after rising care costs.

Related articles
Councils warn of bankruptcy wave as care costs soar
March 02 2024, 12.01am GMT

The proposals go out to consultation next month.
"""


def test_a_related_storys_date_under_the_article_does_not_make_its_headline_the_title():
    page = parse_page(TEASER_DATE_PAGE, "teaser.txt")
    assert page.title == "Libraries to open only three days a week"


# A Polish paper's comments: controls no word list holds ("Odpowiedz", "Zgłoś"), signed votes,
# and a reply quoting its parent under "napisał(a):".
POLISH_PAGE = """\
Sejmik zdecyduje o zakazie palenia drewnem

Urząd Marszałkowski przedstawił projekt uchwały, który obejmie gminy wokół miasta.

Komentarze (3)
krakus_z_huty
12.03.2024, 08:03
Najwyższy czas. Zimą nie da się otworzyć okna.
+45
-6
Odpowiedz
Zgłoś

Marek z Wieliczki
12.03.2024, 08:40
Łatwo się mówi z bloku na ciepłej sieci.
+38
-11
Odpowiedz
Zgłoś

ewa_k
12.03.2024, 09:15
@Marek z Wieliczki napisał(a):
„Łatwo się mówi z bloku na ciepłej sieci.”
Czyli ludzie mają dalej truć sąsiadów, bo drogo?
+22
-14
Odpowiedz
Zgłoś
"""


def test_controls_the_page_repeats_under_every_comment_are_no_text():
    page = parse_page(POLISH_PAGE, "polish.txt")
    assert [c.text for c in page.comments] == [
        "Najwyższy czas. Zimą nie da się otworzyć okna.",
        "Łatwo się mówi z bloku na ciepłej sieci.",
        "Czyli ludzie mają dalej truć sąsiadów, bo drogo?",
    ]
    assert page.comments[2].reply_to == "Marek z Wieliczki"
    assert page.comments[2].parent == page.comments[1].id


# Numbered talkbacks (Israeli news sites): "2.1." answers "2.", each closed by "Reply" in
# Hebrew, a writer's name ending in a Hebrew initial.
TALKBACK_PAGE = """\
תגובות
1.
רוני
12.03.2024 08:14
כל בוקר אני רוכבת שם עם הלב בפה.
הגיבו

2.
דני מרמת אביב
12.03.2024 08:31
אמא שלי בת 84. היא לא תרכב על אופניים.
הגיבו

2.1.
מיכל ש.
12.03.2024 08:52
יש אוטובוס בכל שתי דקות.
הגיבו

3.
שוקי
12.03.2024 09:20
הסוחרים תמיד בוכים
הגיבו
"""


def test_numbered_talkbacks_answer_the_number_they_extend():
    page = parse_page(
        "העירייה תבטל חניות\n\nהעירייה אישרה אמש את התוכנית.\n\n" + TALKBACK_PAGE, "t.txt"
    )
    assert [c.author for c in page.comments] == ["רוני", "דני מרמת אביב", "מיכל ש.", "שוקי"]
    assert [c.text for c in page.comments][2:] == ["יש אוטובוס בכל שתי דקות.", "הסוחרים תמיד בוכים"]
    assert page.comments[2].reply_to == "דני מרמת אביב"
    assert page.comments[2].parent == page.comments[1].id
    assert page.comments[3].parent is None


NO_COMMENTS_YET_PAGE = """\
Ammonia levels spike again in the river

Water supply in parts of the city is likely to be affected for the next two days.

The water board has set up a helpline for residents to request tankers.

Comments
Be the first one to comment
Name
Email
Write your comment here
0/1000
Post Comment
By posting a comment you agree to our Terms of Use and Privacy Policy.
Latest News
City records warmest March day in three years
About Us
Contact Us
"""


def test_a_section_that_says_it_has_no_comment_yet_has_none():
    page = parse_page(NO_COMMENTS_YET_PAGE, "empty.txt")
    assert page.comments == ()
    assert page.article.endswith("request tankers.")


UNNAMED_VOTED_PAGE = """\
Governor spent $14 million on hotel contracts without a bid

The contracts were renewed six times without being put out to competitive bidding.

Comments
Please log in to comment
Sort by: Top
Newest
Oldest
2h
Follow the money. Always follow the money.
▲ 88
▼ 1
Reply
Share ›

1h
Lock them up
▲ 40
▼ 3
Reply
Share ›
"""


def test_arrowed_vote_counts_and_sort_labels_are_no_comment_text():
    page = parse_page(UNNAMED_VOTED_PAGE, "voted.txt")
    assert [c.text for c in page.comments] == [
        "Follow the money. Always follow the money.",
        "Lock them up",
    ]


INITIALS_FIRST_PAGE = """\
Fourplexes allowed on every lot

Council voted 20-4 on Wednesday to allow up to four homes on any residential lot.

Comments
J. Wong
March 13, 2024 at 9:40 p.m. EDT
Nobody will build these at current interest rates.
Reply

Rachel Mendes
March 13, 2024 at 10:02 p.m. EDT
Replying to @J. Wong
Replying to say: it doesn't have to be built next year to matter.
Reply
"""


def test_a_name_may_open_with_initials_and_a_reply_sentence_names_no_one():
    page = parse_page(INITIALS_FIRST_PAGE, "initials.txt")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("J. Wong", None),
        ("Rachel Mendes", "J. Wong"),
    ]
    assert (
        page.comments[1].text == "Replying to say: it doesn't have to be built next year to matter."
    )


FOLDED_PAGE = """\
City caps water tanker prices

The corporation has capped the price of a 6,000-litre tanker at Rs 600.

Suresh Hegde
3 hours ago
Rs 600 cap is a joke, nobody will deliver at that price.
Read more
Up Vote 23
Down Vote 2
Reply

Priya Nair
2 hours ago
We paid Rs 1,800 yesterday.
Up Vote 9
Down Vote 0
Reply
"""


def test_a_folded_comments_read_more_and_vote_buttons_are_no_text():
    page = parse_page(FOLDED_PAGE, "folded.txt")
    assert [c.text for c in page.comments] == [
        "Rs 600 cap is a joke, nobody will deliver at that price.",
        "We paid Rs 1,800 yesterday.",
    ]


AVATAR_INITIALS_PAGE = """\
Rail fares to rise by 4.9% from March

Rail fares in England will rise by up to 4.9 per cent from 3 March, the government said.

Comments
6 comments
Newest first
KD
Kevin Doyle
3 hours ago
4.9% more for trains that get cancelled 1 in 10 times on my line.
Reply
41
Report

SP
Sam Porter
Gazette Premium
3 hours ago
@Kevin Doyle 1 in 10? You're lucky.
Reply
18
Report

T
trainspotter1971
2 hours ago
Nationalise it.
Reply
22
Report
Join our Community to comment
"""


def test_avatar_initials_over_a_name_and_a_readers_standing_are_no_names():
    page = parse_page(AVATAR_INITIALS_PAGE, "initials.txt")
    assert [c.author for c in page.comments] == ["Kevin Doyle", "Sam Porter", "trainspotter1971"]
    assert page.comments[2].text == "Nationalise it."


PORTUGUESE_PAGE = """\
Prefeitura vai proibir patinetes nas calçadas do centro

A Prefeitura de São Paulo vai proibir a circulação de patinetes elétricos nas calçadas.

Comentários
Os comentários não representam a opinião do jornal.
Comentar
Marcelo Tavares
12.mar.2024 às 9h47
Até que enfim. Minha mãe quase foi atropelada na Paulista.
Responder
Denunciar

Juliana Reis
12 de março de 2024 às 10h05
Em resposta a Marcelo Tavares
Sinto muito pela sua mãe, Marcelo.
Responder
Denunciar
"""


def test_portuguese_dates_and_a_comments_heading_in_another_language():
    page = parse_page(PORTUGUESE_PAGE, "folha.txt")
    assert page.article.endswith("nas calçadas.")
    assert [(c.author, c.posted, c.reply_to) for c in page.comments] == [
        ("Marcelo Tavares", "2024-03-12T09:47", None),
        ("Juliana Reis", "2024-03-12T10:05", "Marcelo Tavares"),
    ]


DUTCH_PAGE = """\
Zware vrachtwagens van de grachten geweerd

Vanaf 2025 mogen vrachtwagens zwaarder dan 7,5 ton niet meer over de bruggen in het centrum.

Reacties (3)
Jeroen Visser
14 maart 2024, 09:41
Eindelijk. Dat dit zo lang is toegestaan is eigenlijk onbegrijpelijk.
Beantwoorden
Aanbevelen (31)
Melden
M. de Boer
14 maart 2024, 10:02
In reactie op Jeroen Visser
Makkelijk gezegd als je geen winkel hebt.
Beantwoorden
Aanbevelen (12)
Melden
Hanneke Smit
14 maart 2024, 11:23
Het probleem is al sinds de jaren negentig bekend.
Beantwoorden
Aanbevelen (44)
Melden
"""


def test_a_repeated_control_with_a_count_is_learned_with_any_count():
    page = parse_page(DUTCH_PAGE, "nrc.txt")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        (
            "Jeroen Visser",
            None,
            "Eindelijk. Dat dit zo lang is toegestaan is eigenlijk onbegrijpelijk.",
        ),
        ("M. de Boer", "Jeroen Visser", "Makkelijk gezegd als je geen winkel hebt."),
        ("Hanneke Smit", None, "Het probleem is al sinds de jaren negentig bekend."),
    ]


TALKBACKS_PAGE = """\
Hebron Road to close for six months for light rail works

Arutz Sheva
Mar 14, 2024, 10:21 AM (GMT+2)
Large sections of Hebron Road will close to traffic for six months from April.

The line is expected to open in stages from 2027.

Talkbacks
1. Yossi
Mar 14, 2024, 11:02 AM (GMT+2)
Six months? In Jerusalem six months is two years minimum.
2. Chana
Mar 14, 2024, 11:17 AM (GMT+2)
Finally a real train to Gilo. Worth the pain.
"""


def test_numbered_talkbacks_under_a_talkbacks_heading():
    page = parse_page(TALKBACKS_PAGE, "talkbacks.txt")
    assert page.article.startswith("Large sections of Hebron Road")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Yossi", "2024-03-14T11:02+02:00"),
        ("Chana", "2024-03-14T11:17+02:00"),
    ]


RATED_PAGE = """\
Tramwaj na Górkę Narodową dopiero w 2026 r.

Budowa linii tramwajowej potrwa dłużej, niż zakładano, przyznaje miasto.

Komentarze (3)
krakus1984
14.03.2024, 10:22
Jak zwykle. Terminy są tylko po to, żeby było co przesuwać.
oceniono 41 razy 29
Odpowiedz
Zgłoś
Ewa_z_Prądnika
14.03.2024, 10:35
Mieszkam na Górce od 2019 roku.
oceniono 58 razy 50
Odpowiedz
Zgłoś
marek.t
14.03.2024, 10:51
Buspas był w planach w 2021.
oceniono 22 razy 14
Odpowiedz
Zgłoś
"""


def test_a_control_over_every_name_is_no_name_and_a_handle_may_hold_a_dot():
    page = parse_page(RATED_PAGE, "rated.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("krakus1984", "Jak zwykle. Terminy są tylko po to, żeby było co przesuwać."),
        ("Ewa_z_Prądnika", "Mieszkam na Górce od 2019 roku."),
        ("marek.t", "Buspas był w planach w 2021."),
    ]


def test_a_reply_line_under_every_comment_is_read_not_learned_as_a_control():
    """Found by hypothesis (session 20): "In reply to by Ann" closing every comment."""
    parts = ["Headline of the day", "", "River river river.", ""]
    for day in (1, 2, 3):
        parts += [f"Ann Ann Mon, 01/0{day}/2024 - 10:30 Permalink", "", "River river.", ""]
        parts += ["In reply to by Ann", ""]
    page = parse_page("\n".join(parts), "thread.txt")
    assert [(c.author, c.reply_to) for c in page.comments] == [("Ann", "Ann")] * 3


TWO_WORD_AGE_PAGE = """\
County backs down on plan to close the library

A rural county that had considered shutting its libraries voted to keep them open on Thursday.

2,148 reactions
Brenda K 2 hours ago
Good. Libraries are one of the last free public spaces we have left.
Reply 14 replies 412 58
TexasDad 2 hours ago
Move them to the adult section and everybody is happy.
Reply 37 replies 188 203
J. Ramirez 58 minutes ago
I saw him 2 days ago at the meeting.
Reply 2 replies 40 3
"""


def test_a_capitalised_name_of_two_words_before_its_age():
    page = parse_page(TWO_WORD_AGE_PAGE, "age.txt")
    assert page.article.endswith("keep them open on Thursday.")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Brenda K", "Good. Libraries are one of the last free public spaces we have left."),
        ("TexasDad", "Move them to the adult section and everybody is happy."),
        ("J. Ramirez", "I saw him 2 days ago at the meeting."),
    ]


def test_a_dotted_date_with_a_two_digit_year_heads_a_talkback():
    page = parse_page(
        "מחירי הדירות עלו ב-8%\n\nמחירי הדירות בתל אביב עלו ב-8% בשנה האחרונה.\n\n"
        "תגובות\n1.\nדנה\n12.03.24 | 08:14\nמי יכול לקנות דירה במחירים האלה?\n"
        "2.\nאבי\n12.03.24 | 08:40\nתפסיקו לבכות\n",
        "ynet.txt",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("דנה", "מי יכול לקנות דירה במחירים האלה?"),
        ("אבי", "תפסיקו לבכות"),
    ]


HOUSE_RULES_PAGE = """\
Council approves $4.2 million splash pad

RIVERTON (KVLN) — Families in Riverton will have a new place to cool off by summer 2025.

Construction is expected to start in September, the city said on Monday.
Copyright 2024 KVLN. All rights reserved.
Tags
Harmon Park
Parks
Carly Nguyen
Follow Carly Nguyen
Welcome to the discussion.
Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.
Don't Threaten. Threats of harming another person will not be tolerated.
Post a comment as Guest
"""


def test_house_rules_and_tag_links_under_a_story_are_no_comments():
    page = parse_page(HOUSE_RULES_PAGE, "blox.txt")
    assert page.comments == ()
    assert "Keep it Clean" not in page.article


SCMP_PAGE = """\
Hong Kong scraps all property cooling measures

Hong Kong has scrapped all remaining property cooling measures with immediate effect.

Comments
Join the conversation
Sort by: Top
Ken_in_Shatin
Top commenter
28 Feb 2024 - 1:02PM HKT
About time. Better late than never.
Reply
👍 34
👎 5
Report
Ms Lau
28 Feb 2024 - 1:40PM HKT
@Ken_in_Shatin
Fallen 20 per cent from an absurd peak is still absurd.
Reply
👍 51
👎 2
Report
"""


def test_a_zone_named_after_the_clock_and_an_at_name_line_over_a_reply():
    page = parse_page(SCMP_PAGE, "scmp.txt")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Ken_in_Shatin", None, "2024-02-28T13:02+08:00", "About time. Better late than never."),
        (
            "Ms Lau",
            "Ken_in_Shatin",
            "2024-02-28T13:40+08:00",
            "Fallen 20 per cent from an absurd peak is still absurd.",
        ),
    ]


SIGNED_WITH_DATES_PAGE = """\
Metro Blue Line: work begins on 30km route

Construction has officially started on the Blue Line, with 14 new stations planned by 2029.

Reader comments
5 comments
Comments are moderated and will be published if they comply with our guidelines.
Finally! I live in Mirdif and work in Business Bay.
Posted on 12 March 2024, 10:21
Please also add more feeder buses to the stations.
Posted on 12 March 2024, 11:02
Great news.
Posted on 12 March 2024, 13:30
"""


def test_anonymous_comments_each_closed_by_its_date():
    page = parse_page(SIGNED_WITH_DATES_PAGE, "signed.txt")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        (None, "2024-03-12T10:21", "Finally! I live in Mirdif and work in Business Bay."),
        (None, "2024-03-12T11:02", "Please also add more feeder buses to the stations."),
        (None, "2024-03-12T13:30", "Great news."),
    ]


GERMAN_PAGE = """\
Bezirk will 180 Parkplätze streichen

Das Bezirksamt Pankow hat am Montagabend seine Pläne für einen durchgehenden Radweg vorgestellt.

Kommentare
37 Kommentare
Meistempfohlene
Pankowerin_seit_1987
12.03.2024, 07:12 Uhr
Endlich! Jeder Parkplatz weniger ist ein Gewinn an Sicherheit.
Antworten
Melden
41 Empfehlungen
Gewerbe_Prenzlberg
Antwort auf Pankowerin_seit_1987
12.03.2024, 07:40 Uhr
Schön für Sie. Meine Lieferanten stehen jetzt schon in der zweiten Reihe.
Antworten
Melden
28 Empfehlungen
kiezkind
12.03.2024, 09:03 Uhr
Überfällig.
Antworten
Melden
33 Empfehlungen
"""


def test_a_reply_line_between_name_and_date_and_counts_over_every_name():
    page = parse_page(GERMAN_PAGE, "tagesspiegel.txt")
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Pankowerin_seit_1987", None, "2024-03-12T07:12"),
        ("Gewerbe_Prenzlberg", "Pankowerin_seit_1987", "2024-03-12T07:40"),
        ("kiezkind", None, "2024-03-12T09:03"),
    ]
    assert page.comments[2].text == "Überfällig."


COUNTED_PAGE = """\
Farmers block Brussels with tractors

Hundreds of farmers drove their tractors into the city centre on Tuesday morning.

Comments (3)
Good for them. The farmers are the only ones with the guts to stand up.
Without farmers there is no food. Simple as that.
and they still vote for the same parties every time
Dear readers and commenters,
We have implemented a new engine for our comment section. We hope the transition goes smoothly.
Podcasts
"""


def test_no_more_unmarked_comments_than_the_heading_counts():
    page = parse_page(COUNTED_PAGE, "counted.txt")
    assert [c.text for c in page.comments] == [
        "Good for them. The farmers are the only ones with the guts to stand up.",
        "Without farmers there is no food. Simple as that.",
        "and they still vote for the same parties every time",
    ]


QUOTED_COPY_PAGE = """\
Why is ridership still below 2019?

A year after the Regional Connector opened, weekday ridership is still below its 2019 level.

Tom R.
2 hours ago
I ride the E line every day. The trains are faster, sure.
Reply

ValleyGirl1989
2 hours ago
Nobody in the Valley can even get to the Regional Connector.
Reply

jgarcia_dtla
1 hour ago
Tom R. wrote:
I ride the E line every day. The trains are faster, sure.
Same, but the ambassadors have made a difference on my line.
Reply
"""


def test_a_reply_opening_with_an_unmarked_copy_of_the_comment_it_quotes():
    page = parse_page(QUOTED_COPY_PAGE, "copy.txt")
    assert (page.comments[2].reply_to, page.comments[2].text) == (
        "Tom R.",
        "Same, but the ambassadors have made a difference on my line.",
    )
    assert page.comments[2].parent == page.comments[0].id


DAWN_PAGE = """\
Gas prices rise by 25pc

The government notified an increase of up to 25 per cent on Wednesday.

Comments (3)
Faisal Qureshi
Mar 14, 2024 09:41am
Another gas bomb on the salaried class.
Recommend 12
Rizwan A.
Mar 14, 2024 10:36am
Simple solution, not rocket science:
1. Stop the losses
2. Go after gas theft
But nobody will do it.
Recommend 57
Dr. Salman Haider
Mar 14, 2024 11:12am
The real problem is that domestic reserves are depleting.
Recommend 30
"""


def test_a_title_may_open_a_name_over_a_date():
    page = parse_page(DAWN_PAGE, "dawn.txt")
    assert [c.author for c in page.comments] == ["Faisal Qureshi", "Rizwan A.", "Dr. Salman Haider"]
    assert page.comments[1].text.endswith("But nobody will do it.")


DAWN_HEAD = """\
Skip to content
Business
Govt notifies up to 25pc hike in gas prices for domestic consumers
Khaleeq Kiani Published March 14, 2024 Updated about 5 hours ago
WhatsApp
Email
A man adjusts the flame of a gas stove at his home in Rawalpindi. — AFP/File
ISLAMABAD: The federal government on Wednesday notified an increase of 25 per cent in gas prices.
"""

SECTION_OVER_DATE_HEAD = """\
Menu
Search
We use cookies to improve your experience. By continuing you agree to our use of cookies.
Got it
Eskom escalates to Stage 6 load shedding after six units trip
Jan Gerber
Politics
12 Mar 2024
Eskom has escalated load shedding to Stage 6 from 05:00 on Tuesday, the utility said in a statement.
"""


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (DAWN_HEAD, "Govt notifies up to 25pc hike in gas prices for domestic consumers"),
    ],
)
def test_a_headline_over_a_byline_holding_its_date(head, title):
    page = parse_page(head, "head.txt")
    assert page.title == title
    assert "cookies" not in page.article


def test_a_cookie_banner_over_the_story_is_no_part_of_its_article():
    page = parse_page(
        "Menu\nWe use cookies to improve your experience. By continuing you agree to our use "
        "of cookies.\nGot it\n\nEskom has escalated load shedding to Stage 6 from 05:00 on "
        "Tuesday, the utility said in a statement.\n\nIt will publish a further update soon.\n",
        "banner.txt",
    )
    assert page.article.startswith("Eskom has escalated")


@pytest.mark.parametrize(
    "line",
    [
        "An artist's impression of the Blue Line station. Image Credit: Supplied",
        "Ratikka Mannerheimintiellä. Kuva: Jussi Nukari / HS",
        "A man adjusts the flame of a gas stove at his home. — AFP/File",
    ],
)
def test_credits_closing_a_caption_in_other_words_and_languages(line):
    from moderation.parse.layouts import CAPTION

    assert CAPTION.search(line)


RAID_PAGE = """\
Synagogue to reopen after repairs

The synagogue on Mill Road will reopen on Sunday after a year of repairs, its board said.

Comments
raider1
12.03.2024, 08:03
Gas the kikes
Reply

raider2
12.03.2024, 08:04
Gas the kikes
Reply

raider3
12.03.2024, 08:05
Gas the kikes
Reply

Ann Lee
12.03.2024, 09:15
Lovely news, the building looks wonderful.
Reply
"""


def test_a_slogan_posted_as_many_comments_is_never_learned_as_a_control():
    page = parse_page(RAID_PAGE, "raid.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("raider1", "Gas the kikes"),
        ("raider2", "Gas the kikes"),
        ("raider3", "Gas the kikes"),
        ("Ann Lee", "Lovely news, the building looks wonderful."),
    ]


def test_short_lower_case_lines_are_readers_words_and_title_case_ones_labels():
    """The voice split drops what it found under a story only when it is links and labels."""
    from moderation.parse.text_pages import _only_labels
    from moderation.types import Comment

    def lines(*texts):
        return tuple(Comment(id=str(i), text=text) for i, text in enumerate(texts))

    assert _only_labels(lines("Tags", "Harmon Park", "Follow Carly Nguyen", "Author email"))
    assert not _only_labels(lines("gas them all", "who cares honestly", "Parks"))
    assert not _only_labels(lines("Harmon Park", "They should never have reopened it."))


def test_a_comment_that_opens_with_no_comments_does_not_close_the_section():
    page = parse_page(
        "Budget approved\n\nThe council approved its budget on Tuesday after a long debate.\n\n"
        "Comments\nBo Chan\n12 March 2024\nShe never answers anything.\nReply\n\n"
        "Ann Lee\n12 March 2024\nNo comments from the mayor, as usual.\nReply\n",
        "opens.txt",
    )
    assert [c.text for c in page.comments] == [
        "She never answers anything.",
        "No comments from the mayor, as usual.",
    ]


def test_a_readers_comment_about_moderation_is_not_the_sites_notice():
    page = parse_page(
        SIGNED_WITH_DATES_PAGE.replace("Great news.", "Comments are moderated by cowards here."),
        "m.txt",
    )
    assert page.comments[-1].text == "Comments are moderated by cowards here."


STANDAARD_PAGE = """\
Gent sluit Vrijdagmarkt voor auto's

Vanaf 1 juni mogen auto's niet meer op de Vrijdagmarkt parkeren, heeft het stadsbestuur beslist.

Koen Vermeulen
Abonnee
14/03/2024 om 07.42 uur
Eindelijk. Auto's horen daar niet meer thuis.
Reageer
Aanbevelen
37
Melden
Hilde Claeys
Abonnee
14/03/2024 om 08.15 uur
In antwoord op Koen Vermeulen
En de mensen die niet met de fiets kunnen komen?
Reageer
Aanbevelen
22
Melden
redactie De Standaard
Redactie
14/03/2024 om 10.20 uur
Beste lezer, er loopt een bevraging.
Reageer
Aanbevelen
9
Melden
"""


def test_dutch_dates_badges_and_reply_lines():
    page = parse_page(STANDAARD_PAGE, "standaard.txt")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        (
            "Koen Vermeulen",
            None,
            "2024-03-14T07:42",
            "Eindelijk. Auto's horen daar niet meer thuis.",
        ),
        (
            "Hilde Claeys",
            "Koen Vermeulen",
            "2024-03-14T08:15",
            "En de mensen die niet met de fiets kunnen komen?",
        ),
        ("redactie De Standaard", None, "2024-03-14T10:20", "Beste lezer, er loopt een bevraging."),
    ]


def test_controls_with_counts_after_the_date_on_a_one_line_header():
    page = parse_page(
        "Smart meters for Karachi\n\nThe water utility will install 4,000 smart meters.\n\n"
        "Comments (2)\nFahad Qureshi Mar 14, 2024 10:12am Recommend 32\n"
        "Meters on empty pipes. Brilliant.\nAyesha Mar 14, 2024 10:47am Recommend 18\n"
        "We pay for the tanker and the bill.\n",
        "dawn.txt",
    )
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Fahad Qureshi", "2024-03-14T10:12"),
        ("Ayesha", "2024-03-14T10:47"),
    ]


PATCH_PAGE = """\
Pool fees rise 18 percent for the summer

Verified Patch Staff Badge
Mar 14, 2024 9:12 am ET
The township council approved higher pool membership fees on Tuesday night, 5-2.

12 Replies
GF
Gail Ferrante
Neighbor
3h
$415 to sit next to a pool that is closed half the time. No thanks.
Thank
Reply
6 Thanks
Report
View 2 replies
Hide replies
TO
Tom Osei
Neighbor
2h
Replying to Gail Ferrante
The thunder rule is state guidance, not the township being difficult.
Thank
Reply
3 Thanks
Report
RB
Renée Blackwood
3h
We did the math and for a family of five it's now over $700.
Thank
Reply
11 Thanks
Report
"""


def test_a_count_of_replies_heads_the_section_under_the_storys_byline():
    page = parse_page(PATCH_PAGE, "patch.txt")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        (
            "Gail Ferrante",
            None,
            "$415 to sit next to a pool that is closed half the time. No thanks.",
        ),
        (
            "Tom Osei",
            "Gail Ferrante",
            "The thunder rule is state guidance, not the township being difficult.",
        ),
        ("Renée Blackwood", None, "We did the math and for a family of five it's now over $700."),
    ]


def test_a_count_of_replies_under_the_first_comment_counts_its_replies():
    # Its section's heading stands right over it, so the first header is a comment, not the
    # story's byline.
    page = parse_page(
        "Market closes on Saturdays\n\nThe market will close on Saturdays for six weeks.\n\n"
        "Comments\nKeep it clean. Be truthful and be nice to one another.\n4 comments\n"
        "Gary Hostetter\nJun 14, 2025 8:42pm\nGlad to see the work done at last.\nReport\n"
        "Reply\n2 replies\n    Linda Eby\n    Jun 14, 2025 9:05pm\n"
        "    Closing on Saturdays will hurt the small stands.\n    Report\n    Reply\n"
        "        Tom Weaver\n        Jun 14, 2025 10:10pm\n"
        "        Penn Square in August with no shade? We will see.\n        Report\n"
        "        Reply\n"
        "Rosa Martinez\nJun 15, 2025 7:33am\nWe support the work, the building needs it.\n"
        "Report\nReply\n",
        "lnp.txt",
    )
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Gary Hostetter", None),
        ("Linda Eby", "Gary Hostetter"),
        ("Tom Weaver", "Linda Eby"),
        ("Rosa Martinez", None),
    ]


NOVINKY_PAGE = """\
Praha zdraží jízdné v MHD

Cestující v pražské hromadné dopravě si od července připlatí, rozhodli radní.

Diskuse
JN
Jan Novák
Ověřený profil
14. 3. 2024 7:12
Roční kupón pořád vychází na 12 korun denně.
+88
−41
Odpovědět
Nahlásit
MK
Marie Kratochvílová
14. 3. 2024 7:30
reaguje na Jan Novák
Nejlevnější, když bydlíte ve Vršovicích.
+62
−9
Odpovědět
Nahlásit
LD
Luboš Dvořák
14. 3. 2024 8:05
Zdražují, protože můžou.
+5
−2
Odpovědět
Nahlásit
"""


def test_czech_dates_badges_and_reply_lines():
    page = parse_page(NOVINKY_PAGE, "novinky.txt")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Jan Novák", None, "2024-03-14T07:12", "Roční kupón pořád vychází na 12 korun denně."),
        (
            "Marie Kratochvílová",
            "Jan Novák",
            "2024-03-14T07:30",
            "Nejlevnější, když bydlíte ve Vršovicích.",
        ),
        ("Luboš Dvořák", None, "2024-03-14T08:05", "Zdražují, protože můžou."),
    ]


LWN_PAGE = """\
Reworking the dirty-page throttle

The memory-management developers discussed how the kernel throttles processes that dirty pages
faster than a slow device can write them back, and what to change.

to post comments

Posted Mar 12, 2024 17:04 UTC by pgrantham (subscriber, #118204) [Link] (1 response)
Finally. Copying a VM image to an external disk still makes Firefox stutter.
Seeding the bandwidth estimate from the queue limits seems like such an obvious improvement.

Posted Mar 12, 2024 18:40 UTC by dalmeida (subscriber, #40122) [Link] (0 responses)
Seeding the bandwidth estimate from the queue limits seems like such an obvious improvement.
Queue limits tell you almost nothing about real throughput.
"""


def test_posted_date_by_name_headers():
    page = parse_page(LWN_PAGE, "lwn.txt")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("pgrantham", "2024-03-12T17:04+00:00"),
        ("dalmeida", "2024-03-12T18:40+00:00"),
    ]


def test_anonymous_comments_each_closed_by_a_date_with_a_bullet():
    page = parse_page(
        "Ferry fares rise again\n\nFerry operators will add an emissions charge.\n\n"
        "READERS' COMMENTS\nComments are moderated and may take some time to appear.\n"
        "Domestic tourists already can't afford Mykonos.\n14.03.2024 • 10:12\n"
        "Fly to Naxos. Sometimes cheaper, always faster.\n14.03.2024 • 12:47\n"
        "MORE FROM ECONOMY\nTourism revenues hit new record in 2023\n",
        "kathimerini.txt",
    )
    assert [(c.posted, c.text) for c in page.comments] == [
        ("2024-03-14T10:12", "Domestic tourists already can't afford Mykonos."),
        ("2024-03-14T12:47", "Fly to Naxos. Sometimes cheaper, always faster."),
    ]


def test_unsigned_comments_labelled_and_numbered_answer_by_number():
    """Every comment is labelled "Guest comment" where a name would stand and numbered "#N";
    a reply says "Reply to comment #N" (Yle). The label is no writer; the number names the
    parent."""
    lines = [
        "City Herald",
        "Harbour bridge to close for repairs in March",
        "The harbour bridge will close for six weeks from March while its deck is replaced.",
        "Buses will take a detour through the old town, the council said on Monday.",
        "Comments",
        "3 comments",
    ]
    for number, (when, text, answers) in enumerate(
        [
            ("4.2.2025 08:10", "Six weeks is optimistic.", None),
            ("4.2.2025 08:40", "They said four last time and it took ten.", 1),
            ("4.2.2025 09:02", "The detour will be chaos at school time.", None),
        ],
        start=1,
    ):
        lines += [f"#{number}", "Guest comment", when]
        lines += [f"Reply to comment #{answers}"] if answers else []
        lines += [text, "Reply", str(3 * number)]
    lines += ["Read our commenting guidelines", "© City Herald 2025"]
    page = parse_page("\n".join(lines).encode(), "herald.txt")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        (None, None, "Six weeks is optimistic."),
        (None, None, "They said four last time and it took ten."),
        (None, None, "The detour will be chaos at school time."),
    ]
    assert [c.parent for c in page.comments] == [None, page.comments[0].id, None]


def test_comments_dated_month_dot_day_dot_year_under_their_names():
    """Reason's comments: a name, then "March.4.2024 at 3:02 pm", then the text and "Log in to
    Reply"; the date went unread, and with it every comment."""
    lines = [
        "Food trucks barred from downtown",
        "The city will bar food trucks from the "
        "downtown core from May, the council decided on Monday night.",
        "Comments",
    ]
    for name, when, text in [
        ("Fiona H", "March.4.2024 at 3:02 pm", "Four million to study litter."),
        ("Sarcasmic", "March.4.2024 at 3:20 pm", "Regulations are written by incumbents."),
    ]:
        lines += [name, when, text, "Log in to Reply"]
    page = parse_page("\n".join(lines).encode(), "reason.txt")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Fiona H", "2024-03-04T15:02", "Four million to study litter."),
        ("Sarcasmic", "2024-03-04T15:20", "Regulations are written by incumbents."),
    ]


def test_the_last_comment_ends_before_the_count_of_comments_shown():
    """ "Showing 7 of 7 comments" then the tags and the footer (the Evening Standard): the count
    closes the list; it and what follows were read into the last comment."""
    page = parse_page(
        (
            b"Tube strike called for March\nThe union called a strike on the Jubilee line for "
            b"the first week of March, it said on Monday.\nComments\n"
            b"Harriet_W  |  4 March 2024 09:12  |  Reply  |  Like  |  Report\n"
            b"Four weekends of closures already.\n"
            b"TomK  |  4 March 2024 12:47  |  Reply  |  Like  |  Report\n"
            b"Thanks for the warning at least.\n"
            b"Showing 2 of 2 comments\nMORE ABOUT\nTfL\nLondon Underground\nAbout us\n"
        ),
        "standard.txt",
    )
    assert [c.text for c in page.comments] == [
        "Four weekends of closures already.",
        "Thanks for the warning at least.",
    ]


def test_a_comment_form_over_unnamed_comments_newest_first():
    """The Daily Beast: the comment box and its "Post" button stand over the comments, which
    show no names, only ages, each closed by its buttons; the notice and the sort tabs over
    them are no comment. The form cut off every comment under it."""
    lines = [
        "Senator's son billed campaign for yacht party",
        "The son of a senator tried to bill his father's campaign for a yacht party, filings show.",
        "Reader Discussion",
        "96 comments",
        "Comments are shown without names. Read our community rules.",
        "Newest | Oldest | Top",
        "Write a comment",
        "Post",
    ]
    for age, text, likes in [("4h", "Peak nepo baby behaviour.", 312), ("3h", "For a boat.", 95)]:
        lines += [age, text, f"{likes} likes", "Reply", "Report"]
    lines += ["Load more comments", "© The Courier 2024"]
    page = parse_page("\n".join(lines).encode(), "beast.txt")
    assert [c.text for c in page.comments] == ["Peak nepo baby behaviour.", "For a boat."]


def test_a_posted_by_signature_with_whom_it_answers_and_its_controls_closes_each_comment():
    """Gannett's comment lists copied as text: the text, then "Posted by <name> [in reply to
    <name>] · <date> · Reply · Flag · Like (n)" under it."""
    page = parse_page(
        """Grants run out in 11 minutes
Published March 12, 2024

The city's home repair grants were claimed in 11 minutes on Tuesday, officials said.
The next round is expected in May.
Comments (3)
Sort: Oldest

Had the page open at 9:59 with my info ready. Got a 502 error.
Posted by CorktownCommuter · 03/12/2024 1:14 PM EDT · Reply · Flag · Like (19)

Same. Tried on my phone and laptop at once.
Posted by EastsideSteve in reply to CorktownCommuter · 03/12/2024 1:32 PM EDT · Reply · Flag

Why are my taxes paying for this?

Also, who checks the contractors?
Posted by Maria V. · 03/12/2024 2:21 PM EDT · Reply · Flag · Like (2)

Load more comments
""",
        "grants.txt",
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("CorktownCommuter", None, "2024-03-12T13:14-04:00",
         "Had the page open at 9:59 with my info ready. Got a 502 error."),
        ("EastsideSteve", "CorktownCommuter", "2024-03-12T13:32-04:00",
         "Same. Tried on my phone and laptop at once."),
        ("Maria V.", None, "2024-03-12T14:21-04:00",
         "Why are my taxes paying for this?\n\nAlso, who checks the contractors?"),
    ]  # fmt: skip
    assert page.comments[1].parent == page.comments[0].id
    # (the written date says which way "03/12/2024" reads: `moderation.parse.timestamps`)


def test_a_time_before_a_two_digit_year_date_and_a_quote_inside_a_quote():
    """Newsquest's comment lists copied as text: the name over "9:40am Tue 12 Mar 24", and a
    reply quoting a reply that quoted someone ("Quakergirl wrote:" / "Smogmonster wrote:" /
    his words / hers / the reply's own)."""
    page = parse_page(
        """Market hall to reopen after £5m refit

The market hall will reopen in May after a £5 million refit, the council said on Monday.
Comments (3)

Smogmonster
9:02am Tue 12 Mar 24
Five million quid for a roof and a few food stalls. Meanwhile the potholes could swallow a car.
Quote
Report this comment

Quakergirl
9:40am Tue 12 Mar 24
Smogmonster wrote:
Five million quid for a roof and a few food stalls. Meanwhile the potholes could swallow a car.
It's Towns Fund money, it can't be spent on potholes.
Quote
Report this comment

Smogmonster
10:11am Tue 12 Mar 24
Quakergirl wrote:
Smogmonster wrote:
Five million quid for a roof and a few food stalls. Meanwhile the potholes could swallow a car.
It's Towns Fund money, it can't be spent on potholes.
Same taxpayers' money though isn't it.
Quote
Report this comment

old_timer_1952
1:53pm Tue 12 Mar 24
Will the clock finally tell the right time?
Quote
Report this comment
""",
        "market.txt",
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Smogmonster", None, "2024-03-12T09:02",
         "Five million quid for a roof and a few food stalls. Meanwhile the potholes could "
         "swallow a car."),
        ("Quakergirl", "Smogmonster", "2024-03-12T09:40",
         "It's Towns Fund money, it can't be spent on potholes."),
        ("Smogmonster", "Quakergirl", "2024-03-12T10:11", "Same taxpayers' money though isn't it."),
        ("old_timer_1952", None, "2024-03-12T13:53", "Will the clock finally tell the right time?"),
    ]  # fmt: skip


def test_quote_and_the_name_over_a_copied_paragraph_opens_a_reply_to_them():
    """JComments copied as text: "Quote Okello Denis:" over a paragraph of his words."""
    page = parse_page(
        "Hyacinth chokes the landing sites\n\nBoats cannot reach the landing sites at Masese, "
        "the fisheries officer said on Tuesday.\n\n3 comments\n\nOkello Denis\n"
        "12 March 2025, 14:05\n\nThis problem is not new.\n\nWhat worked then was the weevils "
        "and the machines together.\nReply | Quote | Report to administrator\n\nNakato Sarah\n"
        "12 March 2025, 15:20\nQuote Okello Denis:\nWhat worked then was the weevils and the "
        "machines together.\n\nTrue, and the machines are rusting at the pier.\n"
        "Reply | Quote | Report to administrator\n\nGuest\n12 March 2025, 17:48\n\n"
        "Our fishermen need compensation, not speeches.\nReply | Quote | Report to administrator\n",
        "observer.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments][1] == (
        "Nakato Sarah", "Okello Denis", "True, and the machines are rusting at the pier."
    )


def test_a_guests_masked_address_between_the_name_and_the_date():
    page = parse_page(
        "Tramwaj na Brynów dopiero w 2027\n\nMieszkańcy muszą uzbroić się w cierpliwość, "
        "poinformował urząd miasta.\n\nKomentarze (3)\n\nŚlązak\n12.03.2025, 18:44\n\n"
        "Jak zwykle. Obiecywali na 2024, teraz 2027.\n\nOdpowiedz   Zgłoś   12   3\n\nGość\n"
        "IP: 83.24.*.*\n12.03.2025, 19:02\n\nTen tramwaj będzie woził powietrze.\n\n"
        "Odpowiedz   Zgłoś   2   15\n\nmieszkanka_Ligoty\n12.03.2025, 19:30\n\n@Gość nie "
        "wszyscy, ja stoję na przystanku codziennie.\n\nOdpowiedz   Zgłoś   21   1\n",
        "dz.txt",
    )
    assert [(c.author, c.posted, c.reply_to) for c in page.comments] == [
        ("Ślązak", "2025-03-12T18:44", None),
        ("Gość", "2025-03-12T19:02", None),
        ("mieszkanka_Ligoty", "2025-03-12T19:30", "Gość"),
    ]


def test_replied_to_beside_the_age_and_a_quoted_paragraph_between_blank_lines():
    """A cycling site's comments copied as text: "replied to Velo_Vic | 2 hours ago" under the
    name, and "Velo_Vic wrote:" over a paragraph of his words set off by blank lines."""
    page = parse_page(
        """Council removes dismount signs

The council removed the signs after two years of complaints, a spokesperson said on Monday.
3 comments

Velo_Vic
3 hours ago
About time. If the path is too narrow to ride, it's too narrow to be called a cycle route.
Reply
Report

Hirsute
replied to Velo_Vic | 2 hours ago
Velo_Vic wrote:

If the path is too narrow to ride, it's too narrow to be called a cycle route.

Exactly this. They never put up "drivers dismount" signs.
Reply
Report

Rendel Harris
1 hour ago
The surface past the wall is the bigger problem.
Reply
Report
""",
        "signs.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Velo_Vic", None,
         "About time. If the path is too narrow to ride, it's too narrow to be called a cycle "
         "route."),
        ("Hirsute", "Velo_Vic", 'Exactly this. They never put up "drivers dismount" signs.'),
        ("Rendel Harris", None, "The surface past the wall is the bigger problem."),
    ]  # fmt: skip
    assert page.comments[1].parent == page.comments[0].id


def test_recommend_with_a_question_mark_and_its_count_is_a_control():
    """Newsquest's newer comment list: "Report this comment   Recommend? (11)" under each."""
    page = parse_page(
        "Park and ride charge to rise\n\nThe council said the sites cost more to run than they "
        "earned, a spokesperson said on Monday.\nComments (2)\n\nBicester Bob\n"
        "3:12pm Tue 14 May 24\nIt's a car park, not a hotel.\n"
        "Report this comment   Recommend? (11)\n\nOxman1962\n9:18am Wed 15 May 24\n"
        "Three pounds plus the bus fare adds up.\nReport this comment   Recommend? (4)\n",
        "parking.txt",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Bicester Bob", "It's a car park, not a hotel."),
        ("Oxman1962", "Three pounds plus the bus fare adds up."),
    ]


def test_a_quote_of_an_earlier_comment_cut_short_with_a_bracketed_ellipsis_is_taken_out():
    """Trójmiasto.pl copied as text: "Tomek_Gdynia napisał(a):" over his words cut with "(...)"."""
    page = parse_page(
        "Tramwaj z opóźnieniem\n\nTramwaje pojadą dopiero wiosną, poinformował w piątek "
        "rzecznik miasta.\nKomentarze (2)\n\nTomek_Gdynia\n14 czerwca 2025, 09:12\n"
        "Jak zwykle. Wykonawca zszedł z placu na trzy miesiące i nikt nic nie powiedział.\n"
        "odpowiedz\nzgłoś\n\nzgred z Oliwy\n14 czerwca 2025, 10:41\n"
        "Tomek_Gdynia napisał(a):\nJak zwykle. Wykonawca zszedł z placu na trzy miesiące (...)\n"
        "Nie zszedł, tylko czekał na decyzję.\nodpowiedz\nzgłoś\n",
        "trojmiasto.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments][1] == (
        "zgred z Oliwy", "Tomek_Gdynia", "Nie zszedł, tylko czekał na decyzję."
    )


def test_a_two_digit_year_is_read_only_where_no_word_follows():
    from moderation.parse.layouts import DATE_IN_TEXT
    from moderation.parse.timestamps import to_iso

    assert to_iso("8:14am Tue 12 Mar 24") == "2024-03-12T08:14"
    assert DATE_IN_TEXT.search("On 12 March 24 people were hurt") is None


def test_a_removed_comments_placeholder_is_no_comment_and_a_beat_under_the_name_no_article():
    """The Inquirer's comment list copied as text: the story ends "Published ..." over the
    writer's name and beat in their own words ("I cover ..."), and a removed comment leaves
    only the site's placeholder, over the next writer's avatar letters."""
    page = parse_page(
        """Speed cameras cut crashes by a third, city report says

Three years after the cameras were switched on, crashes fell by a third, a city report says.
Advocates say the drop shows the need for more cameras on other roads.

Published Mar. 19, 2024, 5:00 a.m. ET

Marcus Delgado
I cover transportation and infrastructure in Philadelphia and the suburbs.

Conversation
3 Comments

DC
Dee Carter
5h
My brother was hit on the boulevard in 2017. Slow down. That's the whole ask.
Reply

KW
Kim W.
3h
This comment was removed by a moderator.

BB
BustletonBill
3h
I live two blocks off the boulevard. Now the drag racing is maybe once a month.
Reply
""",
        "cameras.txt",
    )
    assert page.article.endswith("need for more cameras on other roads.")
    assert [(c.author, c.text[:20]) for c in page.comments] == [
        ("Dee Carter", "My brother was hit o"),
        ("BustletonBill", "I live two blocks of"),
    ]


def test_a_reply_line_with_a_colon_between_a_name_and_its_date_and_polish_short_ages():
    """Interia copied as text: "Ewa_K" / "odpowiedź do: góral_z_Bukowiny" / "17.08.2024 15:20",
    and ages written "2 godz. temu", "45 min. temu"."""
    page = parse_page(
        """Tłumy nad Morskim Okiem. TPN rozważa limity

Tatrzański Park Narodowy nie wyklucza wprowadzenia dziennych limitów wejść na szlak.
Komentarze (4)

góral_z_Bukowiny
17.08.2024 15:02
Limity to jedyne wyjście. Byłem tam w niedzielę o 7 rano.
Odpowiedz
Zgłoś

Ewa_K
odpowiedź do: góral_z_Bukowiny
17.08.2024 15:20
A potem zamkną dla wszystkich oprócz tych, co zapłacą.
Odpowiedz
Zgłoś

Tomasz R.
2 godz. temu
Pracuję jako przewodnik od 15 lat.
Odpowiedz
Zgłoś

Marek1970
45 min. temu
Kolejny podatek.
Odpowiedz
Zgłoś
""",
        "interia.txt",
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("góral_z_Bukowiny", None, "2024-08-17T15:02",
         "Limity to jedyne wyjście. Byłem tam w niedzielę o 7 rano."),
        ("Ewa_K", "góral_z_Bukowiny", "2024-08-17T15:20",
         "A potem zamkną dla wszystkich oprócz tych, co zapłacą."),
        ("Tomasz R.", None, None, "Pracuję jako przewodnik od 15 lat."),
        ("Marek1970", None, None, "Kolejny podatek."),
    ]  # fmt: skip


def test_yesterday_with_a_clock_is_an_age_line():
    from moderation.parse.layouts import AGE_LINE

    assert AGE_LINE.match("wczoraj 18:05") and AGE_LINE.match("yesterday at 10:15")
    assert not AGE_LINE.match("I saw it yesterday 10:15")


def test_a_quote_boxs_label_over_whom_it_quotes():
    """The same lists where the quote box keeps its label: "Quote:" over "Ann wrote:" over her
    words, then the reply's own."""
    page = parse_page(
        """Rail fares to rise by 8.7%

Peak fares return on Monday, the operator said.
Comments (2)

Auld Reekie Commuter
5:41pm Thu 14 Mar 24
The peak fares trial was the best thing this government has done.
Report this comment
Quote

GlasgowGrumbler
6:02pm Thu 14 Mar 24
Quote:
Auld Reekie Commuter wrote:
The peak fares trial was the best thing this government has done.
Best thing? It was a gimmick paid for by the rest of us.
Report this comment
Quote
""",
        "fares.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Auld Reekie Commuter", None,
         "The peak fares trial was the best thing this government has done."),
        ("GlasgowGrumbler", "Auld Reekie Commuter",
         "Best thing? It was a gimmick paid for by the rest of us."),
    ]  # fmt: skip
    assert page.comments[1].parent == page.comments[0].id


def test_a_quote_from_line_over_a_quoted_sentence_and_a_reply_line_ending_a_sentence():
    page = parse_page(
        "Extra Saturday sailing for Stromness\n\nThe ferry operator adds a Saturday sailing "
        "from July, the council said.\n\n3 Comments\nFiona T\n14 June 2025, 20:15\n"
        "Is there any word on the Hoy ferry? We have been asking for years.\nReply\n"
        "Ian Flett\n14 June 2025, 20:51\nQuote from Fiona T:\n"
        '"Is there any word on the Hoy ferry?"\nNot this summer, the council said.\nReply\n'
        "Magnus Rendall\n15 June 2025, 08:26\nIn reply to Ian Flett.\n"
        "Ha, tell me about it. I had to phone three times.\nReply\n",
        "ferry.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Fiona T", None, "Is there any word on the Hoy ferry? We have been asking for years."),
        ("Ian Flett", "Fiona T", "Not this summer, the council said."),
        ("Magnus Rendall", "Ian Flett", "Ha, tell me about it. I had to phone three times."),
    ]
    assert [c.parent for c in page.comments] == [None, "c1", "c2"]


def test_comments_dated_with_the_hours_word_after_the_clock():
    """La Tercera: "12 mar 2024 - 18:05 hrs." under each name, "Responder" and "Me gusta" under
    each comment; those dated so were lost while "hace 3 horas" ones were read."""
    page = parse_page(
        "Cortes de agua en Maipú\n\nAguas Andinas anunció un corte de 18 horas en seis comunas "
        "de la capital, que afectará a miles de hogares.\n\n6 comentarios\n"
        "Francisca Rojas\n12 mar 2024 - 18:05 hrs.\nAl menos esta vez avisan con una semana.\n"
        "Responder\nMe gusta\nJorge Albornoz\n12 mar 2024 - 19:12 hrs.\n"
        "Otra vez Maipú. Siempre Maipú.\nResponder\nMe gusta\nCamila V.\nhace 3 horas\n"
        "Ojalá la empresa se comunique con los consultorios.\nResponder\nMe gusta\n",
        "tercera.txt",
    )
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Francisca Rojas", "2024-03-12T18:05"), ("Jorge Albornoz", "2024-03-12T19:12"),
        ("Camila V.", None),
    ]  # fmt: skip


def test_a_reply_line_quoting_what_it_answers_between_name_and_date_and_a_badge_after_a_dash():
    """The New Statesman: 'Replying to Ann: "The opening of her comment…"' between the
    writer's name and the date; Le Devoir: "Louise Gagnon - Abonnée", "07 h 38"."""
    page = parse_page(
        "Rural railways\n\nA working railway is an asset that is almost impossible to replace, "
        "not a cost waiting to be cut, whatever the Treasury thinks.\n\nComments\n6 comments\n"
        "Martin Greaves - Abonné\n14 mars 2024 07 h 38\nThe people who decide never needed a "
        "rural train.\nReply\nLike 34\n"
        "Helen Sharpe - Subscriber\n"
        'Replying to Martin Greaves: "The people who decide never needed…"\n'
        "14 mars 2024 09 h 03\nIt's not just the Treasury. Councils cut the bus links too.\n"
        "Reply\nLike 21\n"
        "Owen Pritchard\n14 mars 2024 09 h 40\nGrew up in a town that lost its station.\n"
        "Reply\nLike 58\n",
        "statesman.txt",
    )
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Martin Greaves", None, "2024-03-14T07:38"),
        ("Helen Sharpe", "Martin Greaves", "2024-03-14T09:03"),
        ("Owen Pritchard", None, "2024-03-14T09:40"),
    ]
    assert page.comments[1].text == "It's not just the Treasury. Councils cut the bus links too."


@pytest.mark.parametrize(
    "head",
    [
        # a standfirst, the writer and their paper, the place and the date
        "Home\nNews\nSport\n"
        "Jakarta\n\nRail tunnel reaches the old town station\n\nThe boring machine reached the "
        "second of seven underground stations.\n\nDio Suhenda (The Jakarta Post)\n"
        "Jakarta ● Tue, March 19, 2024\n\nShare this article\n\n",
        # a standfirst, the writer, a date in Slovak ("o" before the clock)
        "Home\nNews\nSport\n"
        "Tatry\n\nRail tunnel reaches the old town station\n\nThe boring machine reached the "
        "second of seven underground stations.\n\nPeter Kováčik\n12. jún 2024 o 9:15\n\n",
        # a "Summary" box between the byline and the story
        "Home\nNews\nSport\n"
        "News / National\n\nRail tunnel reaches the old town station\n\nWednesday, April 03, 2024"
        "\n\nBy Ronald Ssekandi\n\nShare\nPrint\n\nSummary\nThe boring machine reached the "
        "second of seven underground stations on the extension, the operator said.\n\n",
    ],
)
def test_the_story_starts_under_its_byline_past_a_standfirst_or_a_summary_box(head):
    story = (
        "Tunnelling on the second phase reached the old town station on Monday, a milestone "
        "that the operator says keeps the project on course.\n\nThe line opens in 2027.\n\n"
        "Join the discussion and participate in awesome giveaways in our mobile application.\n"
    )
    page = parse_page(head + story, "copied.txt")
    assert page.title == "Rail tunnel reaches the old town station"
    assert page.article.startswith("Tunnelling on the second phase")
    assert page.article.endswith("The line opens in 2027.")
