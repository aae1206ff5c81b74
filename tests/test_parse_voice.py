"""The change-of-voice detector on page layouts written for these tests, not the fixtures."""

# Pages are kept verbatim, one paragraph per line, so their lines run past the length limit.
# ruff: noqa: E501

from moderation.parse import parse_page
from moderation.parse.voice import find_comment_start, line_features, voice_score

# News report, one paragraph per line, no credit line, then unmarked reader comments.
TRANSIT_REPORT = """\
The regional transit authority approved a 4 percent fare increase on Wednesday, its first in six years.
Board members voted 7 to 2 in favour of the plan, which takes effect on March 1, according to minutes of the meeting.
The authority said rising fuel and maintenance costs had left a shortfall of about 12 million dollars in its 2025 budget.
Chief executive Laura Pennington told the board that the increase would protect weekend and night services.
Monthly passes will rise from 80 to 83 dollars, while single tickets for students and pensioners stay at 1.50.
Two board members, Ray Okafor and Hanne Lind, said the authority should have sought more funding from the state.
The state transport department said in a statement that it was reviewing its grants for next year.
Ridership has recovered to 91 percent of its 2019 level, the authority reported in January.
A public hearing on the new timetable is scheduled for February 12 at the city library.
seriously?? another hike and the buses are still late every single morning
I take the 14 every day and I can't remember the last time it was on time.
Fine by me if they actually keep the night buses running. Big if though!
you people complaining about 3 dollars have never paid for a car lol
WHERE IS THE MONEY GOING. Ask yourselves that.
Honestly I'd pay more if the stations were cleaner.
"""

# Report with blank lines between paragraphs, comments one per paragraph after it.
MUSEUM_REPORT = """\
Museum reopens east wing after roof repairs

The city museum reopened its east wing on Saturday after eighteen months of roof repairs, the museum's director announced.

The wing holds the museum's collection of 19th-century maritime paintings, which were moved to storage in 2023.

Director Amal Haddad said the repairs cost 2.3 million euros and were paid for by the city and a private foundation.

Visitors will be able to see 140 paintings, including 30 that have not been on display since 1998, according to the museum.

Entry to the wing is included in the regular ticket price of 12 euros.

Took my kids yesterday and they loved the ship paintings!

why did it take 18 months to fix a roof?? my house got a new one in a week

Can't wait to go back, you should see the storm painting in the last room.
"""

# Article-only pages: the detector must leave them whole.
WIRE_ARTICLE = """\
Wheat prices rose 3 percent on Thursday after the agriculture ministry cut its harvest forecast.
The ministry said dry weather in April and May had reduced yields in the southern provinces.
Traders in Chicago said the revision was larger than the market had expected.
The forecast now stands at 41 million tonnes, down from 44 million tonnes in March.
Analysts at the national farm bureau said exports could fall by a fifth if the dry spell continued.
The government said it would not restrict exports for now, according to a statement on its website.
Bakers' associations have warned that bread prices could rise by the end of the year.
The ministry will publish its next forecast on July 10.
"""

OPINION_COLUMN = """\
Why I stopped driving to work

I sold my car last spring, and I have not missed it once.
My commute is now forty minutes on the train, and I read more than I have in years.
You might think this only works in a big city, but my town has barely 20,000 people.
What changed was not the timetable; it was my habit of assuming the car was the only option.
I know the train is sometimes late, and I know the fares keep rising.
Still, I would rather lose ten minutes now and then than spend an hour a week in traffic.
If you have a station nearby, try it for one week and see how it feels.
"""

SHORT_NOTICE = """\
The library is closed on Monday for a public holiday.
Books due that day can be returned on Tuesday without a fee.
Online services remain available.
"""


def test_report_with_unmarked_comments_is_split_at_the_change_of_voice():
    page = parse_page(TRANSIT_REPORT, "transit.txt")
    assert page.article.endswith("scheduled for February 12 at the city library.")
    assert [comment.text[:20] for comment in page.comments] == [
        "seriously?? another ",
        "I take the 14 every ",
        "Fine by me if they a",
        "you people complaini",
        "WHERE IS THE MONEY G",
        "Honestly I'd pay mor",
    ]
    assert all(comment.author is None and comment.parent is None for comment in page.comments)


def test_paragraph_layout_with_comments_is_split():
    page = parse_page(MUSEUM_REPORT, "museum.txt")
    assert page.title == "Museum reopens east wing after roof repairs"
    assert page.article.endswith("regular ticket price of 12 euros.")
    assert len(page.comments) == 3
    assert page.comments[0].text.startswith("Took my kids")


def test_wire_article_has_no_comments():
    page = parse_page(WIRE_ARTICLE, "wire.txt")
    assert page.comments == ()
    assert page.article.endswith("on July 10.")


def test_first_person_opinion_column_is_not_split():
    page = parse_page(OPINION_COLUMN, "column.txt")
    assert page.comments == ()
    assert page.article.startswith("I sold my car")


def test_too_short_to_split():
    assert parse_page(SHORT_NOTICE, "notice.txt").comments == ()
    assert find_comment_start(["One line.", "Two lines!"]) is None


def test_quoted_speech_is_not_the_writers_voice():
    quoted = line_features('"I will not resign," the minister told reporters on Monday.')
    assert quoted["first_person"] == 0
    assert quoted["attribution"] > 0


def test_reader_voice_scores_above_reporting_voice():
    reader = "honestly you guys need to chill lol, I've seen worse!!"
    reporter = "The council said on Tuesday that the budget would rise by 4 percent in 2025."
    assert voice_score(reader) > 2 > 0 > voice_score(reporter)


BUS_REPORT = """\
Coastal routes to get electric buses

The regional transport authority has approved a plan to replace the ageing fleet of diesel buses on the coastal routes with battery-electric vehicles over the next four years, at an estimated cost of 48 million euros shared between the authority and the national climate fund.
Under the plan, the first 30 buses will enter service on the routes between the harbour district and the university campus in the spring of 2026, once charging points have been installed at the two depots in Westmoor and Saint Anne.
The authority's board voted 9 to 2 in favour of the proposal on Thursday evening after a debate that lasted nearly three hours, with the two members who opposed it arguing that the cost estimates for the charging infrastructure were too optimistic.
Drivers will receive two weeks of training on the new vehicles before they enter service, and the operator has said that no routes will be cut while the fleet is being replaced, although some timetables may change during the installation work at the depots.
The authority will hold a public information session on the plan at the central library on the evening of March 12, and residents can send written comments until the end of the month.
Electric buses sound nice until the batteries freeze in January. #coastlines
The same scheme was tried in Oslo and it went badly: https://example.org/oslo-buses
Forty-eight million for thirty buses is an insult to every taxpayer on the coast.
@TransportAuth Will the night routes get the new buses as well?
"""


def test_comments_marked_by_handles_links_and_hashtags_are_split_from_long_paragraphs():
    """Reader comments that close their sentences like a reporter would, but carry a hashtag,
    a link or a handle, under an article of long paragraphs: the social marks and the length
    of the paragraphs tell them apart (without those two cues the page was left whole)."""
    page = parse_page(BUS_REPORT, "buses.txt")
    assert page.article.endswith("until the end of the month.")
    assert [comment.text[:24] for comment in page.comments] == [
        "Electric buses sound nic",
        "The same scheme was trie",
        "Forty-eight million for ",
        "@TransportAuth Will the ",
    ]
    article_only = BUS_REPORT.split("Electric buses sound")[0]
    assert parse_page(article_only, "buses.txt").comments == ()


def test_an_article_line_with_a_link_or_emoji_alone_does_not_split_it():
    lines = BUS_REPORT.split("\n")[2:7]
    lines[-1] += " Details: https://example.org/plan 🚌"
    assert find_comment_start(lines) is None
