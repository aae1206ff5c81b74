"""Text from pages, exports and file names as the commands print it: inert in a terminal, a log
and a spreadsheet. Comments are written by strangers; printed raw, an escape sequence in one
clears a moderator's screen or retitles the window, a newline in a file name forges a line of the
nightly log, and "=HYPERLINK(...)" runs when the CSV is opened."""

from __future__ import annotations

import re
import sys

# Control characters but tab and newline: C0, DEL and C1.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# ... and the line breaks a log line must not hold.
_BREAK_OR_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# What a spreadsheet reads as a formula at a cell's start (OWASP's list: tab and CR too).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with its control characters written as escapes ("\\x1b"); tabs and newlines kept."""
    return _CONTROL.sub(_escaped, text)


def one_line(text: str) -> str:
    """`text` as one line: line breaks and tabs written as escapes too ("\\x0a"), so that an
    error or a log line names its file whatever the file's name holds."""
    return _BREAK_OR_CONTROL.sub(_escaped, text)


def print_error(reason: object) -> None:
    """The one line `error: <reason>` on stderr that every command prints for what it cannot
    do, as one line whatever the reason quotes (a file's name)."""
    print(f"error: {one_line(str(reason))}", file=sys.stderr)


def spreadsheet_cell(text: str) -> str:
    """A free-text CSV cell a spreadsheet shows as text: control characters escaped, and a
    leading "'" where the cell would open as a formula ("=", "+", "-", "@")."""
    text = visible(text)
    return "'" + text if text.startswith(_FORMULA_START) else text
