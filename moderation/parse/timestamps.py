"""Times as pages print them, turned into ISO 8601 strings."""

from __future__ import annotations

from datetime import UTC, datetime

from moderation.parse.layouts import COMMON_DATE_FORMATS


def to_iso(value: object, formats: tuple[str, ...] = ()) -> str | None:
    """ISO 8601 for a time in any known format, None when it cannot be read (never a guess)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    text = " ".join(str(value).split())
    if not text:
        return None
    if text.isdigit() and len(text) in (10, 13):
        return _from_epoch(int(text) / (1000 if len(text) == 13 else 1))
    parsed = _parse(text, formats)
    if parsed is None:
        return None
    if len(text) <= 10 and parsed.hour == parsed.minute == 0 and ":" not in text:
        return parsed.date().isoformat()
    return _format(parsed)


def _format(moment: datetime) -> str:
    """Minutes unless the source gave seconds: '2018-08-04T17:25'."""
    return moment.isoformat(timespec="seconds" if moment.second else "minutes")


def _parse(text: str, formats: tuple[str, ...]) -> datetime | None:
    """Try ISO first, then the layout's formats, then the common ones."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in (*formats, *COMMON_DATE_FORMATS):
        try:
            return datetime.strptime(text.replace(".", "") if "%p" in fmt else text, fmt)
        except ValueError:
            continue
    return None


def _from_epoch(seconds: float) -> str | None:
    """Unix time in UTC; out-of-range numbers are not times."""
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return _format(moment)
