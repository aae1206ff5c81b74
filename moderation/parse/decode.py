"""Bytes to clean text: size cap, binary check, encoding detection, whitespace normalisation."""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from moderation.errors import PageError

# A scraped article page with its comments is well under 1 MB; 20 MB leaves room for long
# threads and comment exports while keeping a run on a bad file to about a second.
MAX_PAGE_BYTES = 20 * 1024 * 1024

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters other than tab and newline; a few in scraped text are dropped, many mean
# the file is not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Marks that mean nothing to a reader: zero-width space, word joiner, BOM, and a joiner (ZWJ,
# ZWNJ) that joins nothing, beside a space, a sentence's mark or the text's edge ("Nice
# day.\u200d I will ..."). Between two characters they are kept: they build one emoji of
# several and spell Persian and Indic words.
INVISIBLE = re.compile(
    r"[\u200b\u2060\ufeff]"
    r"|(?:^|(?<=[\s!-/:-@\[-`{-~]))[\u200c\u200d]+|[\u200c\u200d]+(?=[\s!-/:-@\[-`{-~]|$)",
    re.M,
)
_SAMPLE = 8192
_COMMON_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250", "gb18030", "shift_jis")
# Bytes below space other than tab, newline and carriage return: rare in text, common in binaries.
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in (9, 10, 13))


def check_size(size: int, source: str) -> None:
    """Refuse a page over the cap before it is read or parsed, so a huge file fails fast."""
    if size > MAX_PAGE_BYTES:
        raise PageError(
            f"{source}: page is {size / 2**20:.1f} MiB, over the {MAX_PAGE_BYTES // 2**20} MiB "
            f"({MAX_PAGE_BYTES:,} bytes) limit"
        )


def decode_page(raw: bytes | str, source: str) -> str:
    """Turn raw page bytes (or text) into normalised text, or raise PageError saying why not."""
    if isinstance(raw, str):
        check_size(len(raw), source)
        text = raw
    else:
        check_size(len(raw), source)
        text = _decode_bytes(raw, source)
    text = normalise_text(text)
    if not text.strip():
        raise PageError(f"{source}: page is empty")
    return text


def _decode_bytes(raw: bytes, source: str) -> str:
    """UTF-8 (or a BOM) when it fits, else the encoding charset-normalizer finds."""
    if not raw.strip():
        raise PageError(f"{source}: page is empty")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise PageError(f"{source}: not valid {encoding} despite its BOM") from error
    if _looks_binary(raw[:_SAMPLE]):
        raise PageError(f"{source}: binary file, not a text page")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(raw))
    if not matches or matches[0].encoding is None:
        raise PageError(f"{source}: cannot detect the text encoding")
    # A page is written in an encoding the web uses, not a DOS code page that happens to score
    # higher on a few accented letters (cp775, Baltic, over cp1252 on a 467-byte French page).
    matches = [m for m in matches if m.encoding in _WEB_ENCODINGS] or matches
    best = matches[0]
    # A short text ties its encodings, give or take the detector's noise (cp775's coherence
    # 0.571 against cp1252's 0.533 on a 331-byte English page with "é"): take the commonest.
    tied = [
        m
        for m in matches
        if m.chaos <= best.chaos + _CHAOS_NOISE and m.coherence >= best.coherence - _COHERENCE_NOISE
    ]
    return str(min(tied, key=_commonness))


# The encodings a page may declare (the WHATWG Encoding Standard's, as Python names them).
_WEB_ENCODINGS = frozenset(
    {"ascii", "latin_1", "cp866", "koi8_r", "koi8_u", "mac_roman", "mac_cyrillic", "cp874"}
    | {f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)}
    | {f"cp{n}" for n in range(1250, 1259)}
    | {"gb18030", "gb2312", "gbk", "big5", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr"}
    | {"utf_16", "utf_16_le", "utf_16_be"}
)
_CHAOS_NOISE = 0.01
_COHERENCE_NOISE = 0.05


def _commonness(match) -> int:
    """Rank of an encoding among the legacy ones on the web, commonest first: Western
    European (cp1252) far ahead, so a short Latin-1 export is not read as Czech (cp1250)."""
    try:
        return _COMMON_ENCODINGS.index(match.encoding)
    except ValueError:
        return len(_COMMON_ENCODINGS)


def _looks_binary(sample: bytes) -> bool:
    """Many control bytes, or NUL bytes past a stray one or two (a scraper's slip, dropped with
    the other control characters): images, archives and PDFs are full of both."""
    return sample.count(0) > 2 + len(sample) // 100 or _control_share(sample) > 0.05


def _control_share(sample: bytes) -> float:
    """Share of control bytes in a sample: text has almost none, binaries have many."""
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def normalise_text(text: str) -> str:
    """One newline style, no invisible or control characters; other characters kept as written."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)
