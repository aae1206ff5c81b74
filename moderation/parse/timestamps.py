"""Times as pages print them, turned into ISO 8601 strings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cached_property

from moderation.parse.layouts import (
    AT_WORDS,
    COMMON_DATE_FORMATS,
    FOREIGN_MONTH,
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAY,
    FOREIGN_WEEKDAYS,
    MONTH,
    NUMERIC_DATE_FORMATS,
    PLAIN_DATE_FORMATS,
)

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rs|rsday|urday)?\b\.?", re.I
)
_WEEKDAY_PREFIX = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+", re.I)
# "jeudi 14 mars 2024", "Četvrtak, 14.3.2024.": before a date's digits only
_FOREIGN_WEEKDAY_PREFIX = re.compile(rf"^({FOREIGN_WEEKDAY})\.?,?\s+(?=\d)", re.I)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
# "10.15", "7.12am"; not in "2024.04.18."
_CLOCK_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])(?=\s*(?:[ap]\.?m\b|$|\W))", re.I)
CLOCK_DIGITS = r"\d(?:[:.h]| h )\d{2}(?!\d)"  # "10:15", "10.15", "10h15", "07 h 38", "10:15am"
_CLOCK = re.compile(rf"{CLOCK_DIGITS}|\b(?:midnight|[ap]\.?m\b)", re.I)
_CLOCK_H = re.compile(r"\b(\d{1,2}) ?h ?(\d{2})\b")  # French "18h42", Quebec's "07 h 38"
# A month's name, not part of a word; (?!\w), not \b, as Hindi's end in a vowel sign ("जनवरी").
_FOREIGN = re.compile(rf"(?<!\w){FOREIGN_MONTH}(?!\w)", re.I)
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})\.\s+([A-Z][a-z]{2})\s+(\d{1,2})\.(?=\s|$)")
_DAY_DOT = re.compile(r"^(\d{1,2})\.(?=\s)")  # German "11. März 2024"
_SPACED_DOTS = re.compile(r"\b(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})\b")
_SPACED_YEAR_FIRST = re.compile(r"\b(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.?(?!\d)")  # "2025. 3. 9."
# The hour's word after a clock: German "10:23 Uhr", Dutch "08.15 uur", Spanish "18:05 hrs."
_UHR = re.compile(r"\s+(?:Uhr|uur)\b|(?<=\d)\s*(?:hrs?|hs)\.?(?!\w)", re.I)
_JOINERS = re.compile(
    rf",|\s+(?:{AT_WORDS}|de)\s+|\s+[-—–|•·]\s+|\s*@\s*"
    r"|(?<=\d{4})\.(?=\s|$)"  # Croatian "5.12.2026. u 09:14": the year's own dot
    r"|(?<=[^\W\d_])\.(?=\s)"
    r"|(?<=\d)\.(?=[^\W\d_]{3})|(?<=[^\W\d_]{3})\.(?=\d)"
)  # "at" (layouts.AT_WORDS), "12 de março de 2024"; "Mar." and "фев."; "12.mar.2024"
# "GMT+0100 (Central European Standard Time)", "GMT+0900 (日本標準時)"
_ZONE_NAME = re.compile(r"\s*\((?:[A-Z]|[^\x00-\x7f])[^()]*\)$")
# "10:15 am on March 5, 2024": the time moved behind the date, where the formats expect it.
# Zones named by the abbreviations pages print after a time, with their offsets in hours; not
# the ambiguous ones ("IST": India, Israel or Ireland; "CST": US Central or China).
_ZONE_HOURS = {
    "UTC": 0, "GMT": 0, "WET": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "HKT": 8, "SGT": 8, "AWST": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
    "NZST": 12, "NZDT": 13, "WIB": 7, "WITA": 8, "WIT": 9, "ICT": 7, "PHT": 8, "MYT": 8,
    "EST": -5, "EDT": -4, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
    "MEZ": 1, "MESZ": 2, "OEZ": 2, "OESZ": 3, "WEZ": 0, "WESZ": 1,  # German names of CET...
    "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3, "PKT": 5, "NPT": 5.75, "ACST": 9.5, "ACDT": 10.5,
    "BRT": -3, "ART": -3, "UYT": -3, "CLT": -4, "CLST": -3, "VET": -4, "COT": -5, "PET": -5,
    "NST": -3.5, "NDT": -2.5,
}  # fmt: skip
_OTHER_ZONE = re.compile(r"(?<=\d)\s+[A-Z]{2,5}$|(?<=[ap]m)\s+[A-Z]{2,5}$", re.I)
_OFFSET_ZONE = re.compile(r"\s*\(?(?:GMT|UTC)\s?([+-]\d{1,2})(?::?(\d{2}))?\)?$", re.I)
_NAMED_ZONE = re.compile(rf"\s+({'|'.join(_ZONE_HOURS)})$", re.I)
_MILLISECOND_EPOCHS = 10**11  # an epoch this large counts milliseconds (year 5138 in seconds)
# "8:02 AM CST Tuesday, Mar. 5, 2024": the zone goes behind the day with its clock, where it is
# read ("Tuesday, Mar. 5, 2024 8:02 AM CST").
_ZONED_CLOCK_FIRST = re.compile(
    r"^(\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?)\s+([A-Z]{2,5})\b,?\s+(?:(?i:on)\s+)?(.+)$"
)
_TIME_FIRST = re.compile(r"^(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?),?\s+(?:on\s+)?(.+)$", re.I)


# Digits of other scripts as ASCII ones: Bengali "১২ মার্চ ২০২৫", Arabic-Indic "١٢", Devanagari.
_DIGITS = {
    ord(char): str(unicodedata.decimal(char))
    for start in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0E50, 0xFF10)
    for char in map(chr, range(start, start + 10))
}


def to_iso(value: object, formats: tuple[str, ...] = ()) -> str | None:
    """ISO 8601 for a time in any known format, None when it cannot be read (never a guess)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):  # seconds, or milliseconds (Matrix, Mattermost)
        return _from_epoch(value / 1000 if abs(value) >= _MILLISECOND_EPOCHS else float(value))
    text = " ".join(_BIDI_MARKS.sub("", str(value)).split()).translate(_DIGITS)
    if not text:
        return None
    if text.isdigit() and len(text) in (10, 13):
        return _from_epoch(int(text) / (1000 if len(text) == 13 else 1))
    if _EPOCH_FRACTION.match(text):  # Slack's "1709629964.118000"
        return _from_epoch(int(float(text)))
    text = _ZONED_CLOCK_FIRST.sub(r"\3 \1 \2", text)
    offset = _OFFSET_ZONE.search(text)  # "11:02 AM (GMT+2)", "09:12 UTC-5"
    if offset and _CLOCK.search(text[: offset.start()]):
        parsed = _parse(text[: offset.start()], formats)
        if parsed is not None and parsed.tzinfo is None:
            hours, minutes = int(offset.group(1)), int(offset.group(2) or 0)
            shift = timedelta(hours=abs(hours), minutes=minutes) * (-1 if hours < 0 else 1)
            return _format(parsed.replace(tzinfo=timezone(shift)))
    named = _NAMED_ZONE.search(text)  # "... 11:02:44 UTC" (LiveJournal), "... 11:02:51 CEST"
    parsed = _parse(text[: named.start()] if named else text, formats)
    if parsed is None and (other := _OTHER_ZONE.search(text)):  # "IST": the clock, no zone
        parsed = _parse(text[: other.start()], formats)
    if parsed is None:
        return None
    if named and parsed.tzinfo is None and _CLOCK.search(text):
        hours = _ZONE_HOURS[named.group(1).upper()]
        parsed = parsed.replace(tzinfo=timezone(timedelta(hours=hours)))
    if parsed.hour == parsed.minute == 0 and not _CLOCK.search(text):
        return parsed.date().isoformat()  # a day without a time: no midnight is invented
    return _format(parsed)


def _format(moment: datetime) -> str:
    """Minutes unless the source gave seconds: '2018-08-04T17:25'."""
    return moment.isoformat(timespec="seconds" if moment.second else "minutes")


def _parse(text: str, formats: tuple[str, ...]) -> datetime | None:
    """Try ISO first, then the layout's formats, then the common ones; then the same with the
    words and marks pages put between date and time ("5 March 2024, 10.15", "Mar. 5th"); then
    a numeric date. A reading whose weekday is not the one the text names is not taken."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    weekday, plain = _named_weekday(text), _plain(text)
    for candidate, known in ((text, COMMON_DATE_FORMATS), (plain, PLAIN_DATE_FORMATS)):
        for fmt in (*formats, *known):
            try:
                moment = datetime.strptime(
                    candidate.replace(".", "") if "%p" in fmt else candidate, fmt
                )
            except ValueError:
                continue
            if weekday is None or moment.weekday() == weekday:
                return moment
    day_first = True if _DAY_FIRST_WORDS.search(text) else None
    return _numeric(plain, weekday, day_first) or _in_page_year(plain, weekday)


# Words between a numeric date and its clock in languages that write the day first, and the
# French and Portuguese clock: "12/06/2024 às 07h58", "12/06/2024 um 7:58", "12/06/2024 a las
# 7:58" (month first is the American English order).
_DAY_FIRST_WORDS = re.compile(
    r"\d\s+(?:às|à|um|alle|a las|om|kl\.?|klo|kell)\s+\d|\d\s?h\s?\d{2}\b", re.I
)


def _in_page_year(plain: str, weekday: int | None) -> datetime | None:
    """A month and day without a year ("Apr 8 9:14 AM", "February 8"), read in the one year
    the page's full dates give (`dates_of`), where the weekday it names agrees."""
    page, match = _PAGE_DATES.get(), _YEARLESS.match(plain)
    if page is None or match is None or (year := page.year) is None:
        return None
    dated = f"{match.group('day')} {year}{match.group('clock') or ''}"
    for fmt in PLAIN_DATE_FORMATS:
        try:
            moment = datetime.strptime(dated, fmt)
        except ValueError:
            continue
        return moment if weekday is None or moment.weekday() == weekday else None
    return None


def _named_weekday(text: str) -> int | None:
    """Monday = 0 ... for a weekday the text names, else None."""
    match = _WEEKDAY.search(text)
    if match:
        return _WEEKDAYS.index(match.group(1).lower())
    foreign = _FOREIGN_WEEKDAY_PREFIX.match(text.strip())
    if foreign:
        return FOREIGN_WEEKDAYS[foreign.group(1).casefold()]
    east = _EAST_ASIAN_WEEKDAY.search(text)
    return _EAST_ASIAN_DAYS.index(east.group(1)) if east else None


def _numeric(plain: str, weekday: int | None, day_first: bool | None = None) -> datetime | None:
    """A numeric date read day-first and month-first: taken only when one reading is left (the
    other impossible, as 25/03, or not on the weekday the text names) or both are one day, or
    when the date's own words (`day_first`) or the page's other dates say which order it
    writes (`dates_of`)."""
    readings: dict[datetime, bool] = {}  # reading -> whether it was read day first
    for fmt in NUMERIC_DATE_FORMATS:
        try:
            moment = datetime.strptime(plain, fmt)
        except ValueError:
            continue
        if weekday is None or moment.weekday() == weekday:
            readings.setdefault(moment, fmt.index("%d") < fmt.index("%m"))
    if len(readings) == 1:
        return next(iter(readings))
    page = _PAGE_DATES.get()
    order = day_first if day_first is not None else page.day_first if page is not None else None
    chosen = [moment for moment, read_day_first in readings.items() if read_day_first == order]
    return chosen[0] if order is not None and len(chosen) == 1 else None


# Whether the page being read writes numeric dates day first (True), month first (False) or
# says nothing either way (None), and the one year its full dates are in: set by `dates_of`
# while a page is parsed.
_PAGE_DATES: ContextVar[_PageDates | None] = ContextVar("page_dates", default=None)
_YEARLESS = re.compile(
    rf"^(?P<day>{MONTH} \d{{1,2}}|\d{{1,2}} {MONTH})"
    r"(?P<clock> \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$",
    re.I,
)
# A full date's year: "February 8, 2023", "8 February 2023", "2023-02-08".
_FULL_DATE_YEAR = re.compile(
    rf"\b(?:{MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? |\d{{1,2}}\.? {MONTH}\.?,? )"
    r"((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-\d{2}-\d{2}\b",
    re.I,
)
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.-]?\d)")
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # "\u200e03-12-2024"


def day_first_on(text: str) -> bool | None:
    """The order a page writes its numeric dates in, where its dates that only one order
    reads agree on it ("03-19-2024" is month first: every "03-12-2024" beside it is 12 March)."""
    day_first = month_first = False
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        day_first |= 12 < first <= 31 and 0 < second <= 12
        month_first |= 12 < second <= 31 and 0 < first <= 12
    return day_first if day_first != month_first else _order_of_written_days(text)


def _order_of_written_days(text: str) -> bool | None:
    """Where no numeric date reads one way only: the order that puts them on the days the page
    writes out ("Published March 12, 2024" over comments dated "3/12/2024" is month first)."""
    written = {iso[:10] for m in _FULL_DATE_YEAR.finditer(text) if (iso := to_iso(m.group(0)))}
    orders = set()
    for match in _NUMERIC_DATE.finditer(text) if written else ():
        numbers = re.split(r"[/.-]", match.group(0))
        year = int(numbers[2]) + (2000 if len(numbers[2]) == 2 else 0)
        fits = {
            first_is_day
            for first_is_day, (day, month) in ((True, numbers[:2]), (False, numbers[1::-1]))
            if _iso_day(year, int(month), int(day)) in written
        }
        if len(fits) == 1:
            orders |= fits
    return orders.pop() if len(orders) == 1 else None


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def year_on(text: str) -> int | None:
    """The year of a page's full dates, where they are all in one."""
    years = {int(a or b) for a, b in _FULL_DATE_YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None


class _PageDates:
    """What a page's dates say, read from its text the first time a date needs it (most
    pages' dates need neither)."""

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def day_first(self) -> bool | None:
        return day_first_on(self._text)

    @cached_property
    def year(self) -> int | None:
        return year_on(self._text)


@contextmanager
def dates_of(text: str) -> Iterator[None]:
    """Read the dates met while parsing a page as its other dates show: ambiguous numeric
    dates in the order they write, a month and day alone in the year they are all in."""
    token = _PAGE_DATES.set(_PageDates(text))
    try:
        yield
    finally:
        _PAGE_DATES.reset(token)


_EPOCH_FRACTION = re.compile(r"^\d{10}\.\d{1,6}$")
_EAST_ASIAN_DAYS = "月火水木金土日"  # Monday first, as Python counts them
_EAST_ASIAN_WEEKDAY = re.compile(rf"[(（]([{_EAST_ASIAN_DAYS}])[)）]")  # Japanese: (火) is Tuesday
_WEEKDAY_IN_PARENTHESES = re.compile(
    rf"\s*[(（](?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|[{_EAST_ASIAN_DAYS}])[)）]\s*", re.I
)
_SECOND_FRACTION = re.compile(r"(\d:\d{2}:\d{2})\.\d{1,6}\b")
_SHORT_YEAR = re.compile(r"['’](\d{2})\b")  # DEV's "Mar 5 '24"
_DOTTED_MONTH = re.compile(rf"\b({MONTH})\.(\d{{1,2}})\.(\d{{4}})\b", re.I)
_GLUED_MERIDIEM = re.compile(r"(:\d{2})([ap]\.?m\.?)(?!\w)", re.I)
_SPACED_MERIDIEM = re.compile(r"(?<=\d)\s*([ap])\.\s+m\.?(?!\w)", re.I)  # Spanish "7:45 a. m."
_HOUR_ONLY = re.compile(r"(?<![\d:.])(\d{1,2})\s?([ap])\.?m\b\.?", re.I)
_NOON = re.compile(r"\b(?:noon|midnight)\b", re.I)
_NOON_CLOCKS = {"noon": "12:00 pm", "midnight": "12:00 am"}


def _plain(text: str) -> str:
    """'Tue., Mar. 5th, 2024 at 10.15' -> 'Mar 5 2024 10:15': the shape COMMON_DATE_FORMATS read."""
    text = _WEEKDAY_IN_PARENTHESES.sub(" ", text)  # 4chan "12/03/26(Thu)14:22:05", 5ch "(火)"
    text = _SECOND_FRACTION.sub(r"\1", text)  # 5ch "09:43:55.02"
    text = _TIME_FIRST.sub(r"\2 \1", text)
    text = _WEEKDAY_PREFIX.sub("", text)
    text = _FOREIGN_WEEKDAY_PREFIX.sub("", text)
    text = _ORDINAL.sub(r"\1", text)
    text = _CLOCK_DOT.sub(r"\1:\2", text)
    text = _CLOCK_H.sub(r"\1:\2", text)
    text = _SPACED_MERIDIEM.sub(r" \1m", text)
    text = _GLUED_MERIDIEM.sub(r"\1 \2", text)  # "7:41:02am" as "7:41:02 am"
    text = _HOUR_ONLY.sub(r"\1:00 \2m", text)  # "Feb. 28, 2024, 7 p.m." (Django, AP style)
    text = _DOTTED_MONTH.sub(r"\1 \2 \3", text)  # "March.4.2024" (Reason)
    text = _NOON.sub(lambda m: _NOON_CLOCKS[m.group(0).lower()], text)
    text = _FOREIGN.sub(lambda m: FOREIGN_MONTHS[m.group(0).casefold()], text)
    text = _YEAR_MONTH_DAY.sub(r"\2 \3 \1", text)  # Hungarian "2025. Mar 12." as "Mar 12 2025"
    text = _SPACED_DOTS.sub(r"\1.\2.\3", text)  # Czech "14. 3. 2024"
    text = _SPACED_YEAR_FIRST.sub(r"\1.\2.\3", text)  # Korean "2025. 3. 9. 18:42"
    text = _DAY_DOT.sub(r"\1", _UHR.sub("", text))
    text = _ZONE_NAME.sub("", text)
    text = _JOINERS.sub(" ", text)
    text = _SHORT_YEAR.sub(r"20\1", text)
    return " ".join(text.split())


def _from_epoch(seconds: float) -> str | None:
    """Unix time in UTC; out-of-range numbers are not times."""
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return _format(moment)


# A forum's statement of the zone its times are in: "All times are GMT -5", "All times are UTC".
_PAGE_ZONE = re.compile(
    r"\ball times are\s*(?:<[^>]*>\s*)?(?:GMT|UTC)\s*(?:(?P<sign>[+-])\s*(?P<hours>\d{1,2})"
    r"(?:[:.](?P<minutes>\d{2}))?)?\b",
    re.I,
)
_HAS_ZONE = re.compile(r"(?:Z|[+-]\d{2}:\d{2})$")


def has_zone(iso: str) -> bool:
    """Whether an ISO time names its zone ("...+02:00", "...Z")."""
    return bool(_HAS_ZONE.search(iso))


def page_zone(text: str) -> str | None:
    """The zone a page says all its times are in, as "+HH:MM", else None."""
    match = _PAGE_ZONE.search(text)
    if match is None:
        return None
    if not match.group("sign"):
        return "+00:00"
    return f"{match.group('sign')}{int(match.group('hours')):02d}:{match.group('minutes') or '00'}"


def in_place_zone(posted: str, zone: tzinfo) -> str:
    """A time with a clock and no zone of its own, in a place's zone: the offset of that day,
    summer time included ("2024-05-14T09:12" in Europe/London: "...+01:00")."""
    return _format(datetime.fromisoformat(posted).replace(tzinfo=zone))


def in_zone(posted: str | None, zone: str | None) -> str | None:
    """A time with a clock and no zone of its own, in the page's zone."""
    if posted is None or zone is None or "T" not in posted or has_zone(posted):
        return posted
    return posted + zone
