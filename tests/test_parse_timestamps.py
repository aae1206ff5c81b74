"""Times as pages print them: ISO 8601 out, None when unreadable, never a guessed date."""

import pytest

from moderation.parse.timestamps import dates_of, day_first_on, to_iso


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2024-03-05T10:15:00Z", "2024-03-05T10:15+00:00"),
        ("2024-03-05 10:15", "2024-03-05T10:15"),
        ("March 3, 2024 at 9:14 am", "2024-03-03T09:14"),
        ("5 March 2024, 10.15", "2024-03-05T10:15"),
        ("Tue., Mar. 5th, 2024 at 10.15", "2024-03-05T10:15"),
        ("Mar. 5, 2024 10:15 am", "2024-03-05T10:15"),
        ("Sunday, March 3rd, 2024", "2024-03-03"),
        ("March 3, 2024 at 12:00 am", "2024-03-03T00:00"),
        ("Feb. 28, 2024, 7 p.m.", "2024-02-28T19:00"),  # Django's and AP style's hour alone
        ("Feb. 28, 2024, noon", "2024-02-28T12:00"),
        ("Feb. 28, 2024, midnight", "2024-02-28T00:00"),
        ("March 5, 2024 7pm", "2024-03-05T19:00"),
        ("March.4.2024 at 3:02 pm", "2024-03-04T15:02"),  # Reason
        (1709633700, "2024-03-05T10:15+00:00"),
        (1709633700000, "2024-03-05T10:15+00:00"),  # milliseconds (Matrix, Mattermost)
        # JavaScript's Date.toString() (Commento's tooltips)
        (
            "Mon Feb 12 2024 10:37:12 GMT+0100 (Central European Standard Time)",
            "2024-02-12T10:37:12+01:00",
        ),
        ("16/04/2024 à 18h42", "2024-04-16T18:42"),  # French: "à", "18h42"
        ("2024.04.18. 09:47", "2024-04-18T09:47"),  # Korean
        ("2025-Feb-10 08:14:22", "2025-02-10T08:14:22"),  # Gallery
        ("March 5 2024, 11:02:44 UTC", "2024-03-05T11:02:44+00:00"),  # LiveJournal
        ("5 March 2024 10:15 GMT", "2024-03-05T10:15+00:00"),
        ("2024-04-02 11:02:51 CEST", "2024-04-02T11:02:51+02:00"),  # Bugzilla
        ("April 15, 2024 at 6:00 a.m. EDT", "2024-04-15T06:00-04:00"),  # The Washington Post
        ("March 12, 2024 at 2:02 pm EAT", "2024-03-12T14:02+03:00"),  # East Africa
        ("12.03.2024, 14:02 MEZ", "2024-03-12T14:02+01:00"),  # German for CET
        ("2024-03-12 14:02 BRT", "2024-03-12T14:02-03:00"),  # Brasília
        ("Mar 12, 2024 2:02 PM NPT", "2024-03-12T14:02+05:45"),  # Nepal, a quarter hour
        ("Mar 5, 2024 10:15 IST", "2024-03-05T10:15"),  # India, Israel or Ireland: no zone
        ("11. März 2024, 10:23 Uhr", "2024-03-11T10:23"),  # ZEIT ONLINE
        ("12 mar 2024 - 18:05 hrs.", "2024-03-12T18:05"),  # La Tercera (Chile)
        ("14 mars 2024 07 h 38", "2024-03-14T07:38"),  # Le Devoir (Quebec)
        ("5 de marzo de 2024, 18:05 hs.", "2024-03-05T18:05"),  # Argentina
        ("14 marzo 2024 | 09:12", "2024-03-14T09:12"),  # Corriere della Sera
        ("11 mars 2024 à 10h23", "2024-03-11T10:23"),
        ("14 मार्च 2024, 08:12 AM IST", "2024-03-14T08:12"),  # Hindi
        ("3 जनवरी 2025, 09:40 PM", "2025-01-03T21:40"),  # a month ending in a vowel sign
        # a weekday named in the page's language before the date
        ("Četvrtak, 14.3.2024. 07:32", "2024-03-14T07:32"),  # Bosnian
        ("jeudi 14 mars 2024 à 08h12", "2024-03-14T08:12"),
        ("Donnerstag, 14.03.2024, 08:12", "2024-03-14T08:12"),
        ("quinta-feira, 14 de março de 2024", "2024-03-14"),
        ("четверг, 14 марта 2024", "2024-03-14"),
        ("Mittwoch, 14.03.2024, 08:12", None),  # 14 March 2024 was a Thursday
        ("الخميس 14 مارس 2024 - 19:12", "2024-03-14T19:12"),  # Arabic weekday and month
        ("4 غشت 2024", "2024-08-04"),  # Morocco's August
        ("12 Mart 2025 10:41", "2025-03-12T10:41"),  # Turkish
        ("2025. március 12. 18:47", "2025-03-12T18:47"),  # Hungarian: the year first
        ("১২ মার্চ ২০২৫, ২১:০৮", "2025-03-12T21:08"),  # Bengali digits and month
        ("2025/03/12 14:35:02 +0000", "2025-03-12T14:35:02+00:00"),  # SoundCloud's API
    ],
)
def test_printed_times(printed, iso):
    assert to_iso(printed) == iso


@pytest.mark.parametrize(
    "printed",
    ["3 years ago", "yesterday", "03/05/2024", "May 1", "1.5", ""],
)
def test_relative_ambiguous_or_partial_times_are_not_guessed(printed):
    assert to_iso(printed) is None


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Mon, 03/06/2024 - 10:00", "2024-06-03T10:00"),  # 3 June 2024 was a Monday
        ("Wed, 03/06/2024 - 10:00", "2024-03-06T10:00"),  # 6 March 2024 a Wednesday
        ("Thurs 04/07/2024 9:30 pm", "2024-07-04T21:30"),
        ("Thu 11/07/2024 9:30 pm", None),  # 7 November and 11 July 2024 were both Thursdays
        ("Tue, 03/06/2024", None),  # neither reading is a Tuesday
        ("Mon, 11/11/2024 09:00", "2024-11-11T09:00"),  # both readings are the same day
        ("Mon, 5 March 2024", None),  # 5 March 2024 was a Tuesday: the page contradicts itself
    ],
)
def test_a_named_weekday_decides_day_or_month_first_and_must_agree(printed, iso):
    assert to_iso(printed) == iso


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("25/03/2024 10:00", "2024-03-25T10:00"),  # no 25th month: day first
        ("03/25/2024 10:00", "2024-03-25T10:00"),  # month first
        ("12/25/2024 9:30 PM", "2024-12-25T21:30"),
        ("31.12.2024 23:59", "2024-12-31T23:59"),  # dotted dates are written day first
        ("03/06/2024 10:00", None),  # 3 June or 6 March: not guessed
        ("03-14-2024, 09:02 AM", "2024-03-14T09:02"),  # dashed, as vBulletin prints them
        ("05-03-2024 10:00", None),
        ("25/03/24 10:00", "2024-03-25T10:00"),  # a two-digit year
        ("2/11/24", None),
        ("\u200e03-14-2024 09:02", "2024-03-14T09:02"),  # a left-to-right mark before it
        ("2025/11/18(火) 09:43:55.02", "2025-11-18T09:43:55"),  # 5channel: Tuesday, in Japanese
        ("2025/11/18(水) 09:43:55.02", None),  # 18 November 2025 was no Wednesday
        ("03/05/24(Tue)14:22:05", "2024-03-05T14:22:05"),  # 4chan: 5 March 2024, a Tuesday
        ("11 фев 2025 в 14:22", "2025-02-11T14:22"),  # VK
        ("3 мая 2024 в 10:00", "2024-05-03T10:00"),
        ("11 февраля 2025", "2025-02-11"),
    ],
)
def test_numeric_dates_are_read_only_when_one_reading_is_possible(printed, iso):
    assert to_iso(printed) == iso


def test_a_page_whose_other_dates_show_its_order_decides_the_ambiguous_ones():
    from moderation.parse import parse_page
    from moderation.parse.timestamps import day_first_on

    assert day_first_on("posted 03-19-2024 and 03-12-2024") is False  # no 19th month
    assert day_first_on("am 19.03.2024 und 03.12.2024") is True
    assert day_first_on("03/12/2024 and 04/11/2024") is None  # nothing decides
    assert day_first_on("19/03/2024, 03/19/2024") is None  # the page contradicts itself
    assert day_first_on("version 1.2.2024 of 10/3/2024") is None
    page = parse_page(
        b"Cat on the lawn\n\nThe neighbour's cat sleeps on our lawn every afternoon now.\n\n"
        b"Maud Ferris | 03/12/2024 10:15\nIt is a lovely cat.\n\n"
        b"Bo Lind | 03/19/2024 08:00\nIt ate my tulips.\n",
        "page.txt",
    )
    assert [c.posted for c in page.comments] == ["2024-03-12T10:15", "2024-03-19T08:00"]
    assert to_iso("03/12/2024 10:15") is None  # the page's order is not kept after it


def test_a_forum_that_states_its_zone_gives_it_to_times_without_one():
    from moderation.parse import parse_page
    from moderation.parse.timestamps import in_zone, page_zone

    assert page_zone("<li>All times are GMT -5. The time now is 10:02 AM.</li>") == "-05:00"
    assert page_zone('All times are <span title="UTC">UTC</span>') == "+00:00"
    assert page_zone("All times are GMT+5:30") == "+05:30"
    assert page_zone("The meeting starts at 5 GMT.") is None
    assert in_zone("2024-03-14T09:02", "-05:00") == "2024-03-14T09:02-05:00"
    assert in_zone("2024-03-14", "-05:00") == "2024-03-14"  # a day alone: no clock to place
    assert in_zone("2024-03-14T09:02+00:00", "-05:00") == "2024-03-14T09:02+00:00"
    page = parse_page(
        b"Cat on the lawn\n\nThe neighbour's cat sleeps on our lawn every afternoon now.\n\n"
        b"Maud Ferris says:\nMarch 5, 2024 at 10:15 am\nIt is a lovely cat.\n\n"
        b"All times are GMT -5.\n",
        "page.txt",
    )
    assert page.comments[0].posted == "2024-03-05T10:15-05:00"


def test_a_month_and_day_without_a_year_take_the_year_of_the_pages_full_dates():
    from moderation.parse import parse_page
    from moderation.parse.timestamps import dates_of, year_on

    assert year_on("Posted February 8, 2023 11:04 AM; updated 2023-02-09") == 2023
    assert year_on("December 30, 2023 and January 2, 2024") is None  # two years: not guessed
    with dates_of("Authored on Apr 8 2024, 9:02 AM"):
        assert to_iso("Mon, Apr 8, 9:14 AM") == "2024-04-08T09:14"
        assert to_iso("Tue, Apr 8, 9:14 AM") is None  # 8 April 2024 was a Monday
        assert to_iso("11:17 AM on February 8") == "2024-02-08T11:17"
    assert to_iso("February 8") is None  # no page says which year
    comment = (
        '<div class="comment"><span class="comment-author">{}</span>'
        '<span class="comment-date">{}</span><div class="comment-text">{}</div></div>'
    )
    page = parse_page(
        "<html><body><h1>Cat on the lawn</h1><p>Posted February 8, 2023. The neighbour's cat "
        "sleeps on our lawn.</p><div class='comments'>"
        + comment.format("Maud", "Feb 9, 10:15 AM", "It is a lovely cat.")
        + comment.format("Bo", "Fri, Feb 10, 8:00 AM", "It ate my tulips.")
        + "</div></body></html>",
        "page.html",
    )
    assert [c.posted for c in page.comments] == ["2023-02-09T10:15", "2023-02-10T08:00"]


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("Mar 14, 2024, 11:02 AM (GMT+2)", "2024-03-14T11:02+02:00"),
        ("5 March 2024 09:12 UTC-5", "2024-03-05T09:12-05:00"),
        ("5 March 2024 09:12 UTC+05:30", "2024-03-05T09:12+05:30"),
        ("28 Feb 2024 - 1:02PM HKT", "2024-02-28T13:02+08:00"),
    ],
)
def test_an_offset_or_zone_after_the_clock_is_the_zone(printed, iso):
    assert to_iso(printed) == iso


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("March 14, 2024 — 7.12am", "2024-03-14T07:12"),  # The Age: a dash, a dotted clock
        ("March 14, 2024 – 7:12 pm", "2024-03-14T19:12"),
        ("14.03.2024 • 10:12", "2024-03-14T10:12"),  # eKathimerini: a bullet
    ],
)
def test_a_dash_between_date_and_clock(printed, iso):
    assert to_iso(printed) == iso


def test_numeric_dates_no_order_reads_alone_fall_on_the_days_the_page_writes_out():
    """A US page: "March 12, 2024" over comments all dated "3/12/2024" (both orders read)."""
    page = "Published 5:02 a.m. ET March 12, 2024\n3/12/2024 8:14 AM EDT\n3/12/2024 9:02 AM EDT\n"
    assert day_first_on(page) is False
    with dates_of(page):
        assert to_iso("3/12/2024 8:14 AM EDT") == "2024-03-12T08:14-04:00"
    assert day_first_on("12 March 2024\n03/12/2024 15:14") is False
    assert day_first_on("3 December 2024\n03/12/2024 15:14") is True
    assert day_first_on("3/12/2024 and 12/3/2024, no date written out") is None


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("8:02 AM EST Tuesday, Mar. 5, 2024", "2024-03-05T08:02-05:00"),
        ("8:02 AM CST Tuesday, Mar. 5, 2024", "2024-03-05T08:02"),  # US or China: no zone
        ("Mar 5, 2024 6:48 pm AKST", "2024-03-05T18:48-09:00"),
        ("Mar 5, 2024 6:48 pm HST", "2024-03-05T18:48-10:00"),
    ],
)
def test_a_clock_and_its_zone_before_the_day_and_alaskas_and_hawaiis_zones(printed, iso):
    assert to_iso(printed) == iso


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("12 de marzo de 2025, 7:45 a. m.", "2025-03-12T07:45"),
        ("12 de marzo de 2025, 1:20 p. m.", "2025-03-12T13:20"),
    ],
)
def test_the_spanish_meridiem_with_its_space(printed, iso):
    """The Spanish Academy's "a. m." / "p. m." (El Tiempo)."""
    assert to_iso(printed) == iso


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("12/06/2024 às 07h58", "2024-06-12T07:58"),  # Portuguese: the day first
        ("6/12/2026 à 06:44", "2026-12-06T06:44"),  # French
        ("06/12/2024 um 7:58", "2024-12-06T07:58"),  # German
        ("12/06/2024 at 7:58", None),  # English: either order, not guessed
    ],
)
def test_a_numeric_dates_own_words_say_it_writes_the_day_first(printed, iso):
    assert to_iso(printed) == iso


def test_a_korean_date_with_spaces_after_its_dots():
    """Tistory: "2025. 3. 9. 18:42"."""
    assert to_iso("2025. 3. 9. 18:42") == "2025-03-09T18:42"
