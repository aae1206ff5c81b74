"""Stage one: a scraped page (text, HTML or a comment export: JSON, CSV, XML) becomes a `Page`.

`parse_page(raw, source)` is the one call; `parse_file` and `page_files` serve the CLI.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

from moderation.errors import PageError
from moderation.parse.boilerplate import without_edit_notes, without_removed
from moderation.parse.decode import INVISIBLE, MAX_PAGE_BYTES, check_size, decode_page
from moderation.parse.exports import (
    looks_like_csv_export,
    parse_csv_export,
    parse_json_export,
    parse_jsonl_export,
)
from moderation.parse.html_pages import looks_like_html, parse_html_page
from moderation.parse.layouts import COMMENTS_WORD
from moderation.parse.mentions import reply_to_mentions, take_reply_lines
from moderation.parse.quoted import (
    take_email_quotes,
    take_post_references,
    take_quoted_openings,
)
from moderation.parse.text_pages import parse_text_page
from moderation.parse.threads import answered_in_time, without_copies
from moderation.parse.timestamps import dates_of, in_zone, page_zone
from moderation.parse.xml_exports import looks_like_xml_export, parse_xml_export
from moderation.paths import printable
from moderation.types import Comment, Page

__all__ = [
    "MAX_PAGE_BYTES",
    "PAGE_SUFFIXES",
    "page_files",
    "parse_file",
    "parse_page",
    "parse_path",
]

_PARSERS = {
    "text": parse_text_page,
    "html": parse_html_page,
    "json": parse_json_export,
    "jsonl": parse_jsonl_export,
    "csv": parse_csv_export,
    "xml": parse_xml_export,
}
_SUFFIX_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".xml": "xml",
    ".wxr": "xml",
}
# Files a directory argument contributes; anything else in the folder is not a page.
PAGE_SUFFIXES = frozenset(_SUFFIX_KINDS)


def parse_page(raw: bytes | str, source: str) -> Page:
    """Parse one page or comment export; raises PageError naming `source` when it cannot."""
    text = decode_page(raw, source)
    kind = page_kind(text, source)
    try:
        return _parse_text(text, kind, source)
    except PageError:
        raise
    except RecursionError:  # JSON nested thousands deep: the decoder's stack, not a page
        raise PageError(f"{source}: nested too deeply to read") from None
    except Exception as error:  # a layout no rule foresaw: one page's error, not the run's
        raise PageError(
            f"{source}: the parser failed on this page ({type(error).__name__}: {error}); "
            "a bug: please report it with the page"
        ) from error


def _parse_text(text: str, kind: str, source: str) -> Page:
    """The page's parse by its kind's parser, then the clean-ups every comment list gets."""
    with dates_of(text):
        page = _PARSERS[kind](text, source)
    drawn = kind in ("html", "text")  # a page drawn for readers; an export's rows are records
    comments = without_removed(without_edit_notes(page.comments))  # Reddit's "[deleted]" too
    if drawn:  # a copy is dropped before it reads as a quote of the other
        comments = without_copies(comments)
    if kind != "html":  # an HTML thread took them before its opening post became the article
        comments = take_post_references(comments)
    comments = take_email_quotes(comments)
    if drawn:  # as text, only a quote that names whom it quotes: its marks are lost
        comments = take_quoted_openings(comments, page.article, attributed_only=kind != "html")
    if drawn and (zone := page_zone(text)) is not None:
        comments = tuple(dataclasses.replace(c, posted=in_zone(c.posted, zone)) for c in comments)
    comments = answered_in_time(reply_to_mentions(take_reply_lines(comments)))
    if drawn:  # an export's author column holds names, whatever words they use
        comments = _without_label_authors(comments)
    return _escapes_cleaned(dataclasses.replace(page, comments=comments))


# Where a name stands, a label saying what follows ("Reader comment" over every unsigned
# comment, Yle): no writer's name holds the word "comment" whole.
_LABEL_AUTHOR = re.compile(rf"(?i)(?<!\w){COMMENTS_WORD}(?!\w)")


def _without_label_authors(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """The comments with such labels taken out of their author and reply_to fields."""
    labels = {c.author for c in comments if c.author and _LABEL_AUTHOR.search(c.author)}
    if not labels:
        return comments
    return tuple(
        dataclasses.replace(
            c,
            author=None if c.author in labels else c.author,
            reply_to=None if c.reply_to in labels else c.reply_to,
        )
        for c in comments
    )


# Half of a UTF-16 pair alone: legal in JSON ("\ud800"), but no text, and no encoder or
# tokenizer takes it (a comment holding one stopped a whole batch).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _escapes_cleaned(page: Page) -> Page:
    """The page with what a JSON escape brings past the decoder's cleaning: each lone surrogate
    as U+FFFD, as a decoder shows it, and the invisible marks the decoder drops from raw text."""
    if not any(
        _LONE_SURROGATE.search(value) or INVISIBLE.search(value)
        for value in _texts(page)
        if value
    ):
        return page

    def fix(value):
        return INVISIBLE.sub("", _LONE_SURROGATE.sub("\ufffd", value)) if value else value

    comments = tuple(
        dataclasses.replace(c, text=fix(c.text), author=fix(c.author), reply_to=fix(c.reply_to))
        for c in page.comments
    )
    return dataclasses.replace(
        page, title=fix(page.title), article=fix(page.article), comments=comments
    )


def _texts(page: Page):
    yield page.title
    yield page.article
    for comment in page.comments:
        yield comment.text
        yield comment.author
        yield comment.reply_to


def page_kind(text: str, source: str) -> str:
    """The format named by the file suffix, else the one the content shows."""
    kind = _SUFFIX_KINDS.get(Path(source).suffix.lower())
    if kind is not None:
        return kind
    head = text.lstrip()[:1]
    if head in "[{" and head:
        return _json_kind(text)
    if looks_like_xml_export(text):
        return "xml"
    if looks_like_html(text):
        return "html"
    return "csv" if looks_like_csv_export(text) else "text"


def _json_kind(text: str) -> str:
    """JSON if the whole text is one document, JSONL if its first line is, else plain text."""
    try:
        json.loads(text)
        return "json"
    except ValueError:
        pass
    first = text.lstrip().split("\n", 1)[0]
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "text"
    except ValueError:
        return "text"


def parse_file(path: str | Path) -> Page:
    """Read and parse one file, checking its size before reading it."""
    path, name = Path(path), printable(path)
    try:
        check_size(path.stat().st_size, name)
        raw = path.read_bytes()
    except OSError as error:
        raise PageError(f"{name}: cannot read ({error.strerror or error})") from error
    return parse_page(raw, name)


def page_files(path: str | Path, recursive: bool = False) -> list[Path]:
    """A file as given; a directory as its page files in name order, with `recursive` those of
    its subfolders too (a scrape tree by day: /srv/scrape/2024-05-14/...); hidden ones never. A
    link to a page that is gone is listed, so that reading it fails aloud, not in silence."""
    path = Path(path)
    if not path.is_dir():
        return [path]
    children = path.rglob("*") if recursive else path.iterdir()
    return sorted(
        child
        for child in children
        if (child.is_file() or child.is_symlink() and not child.exists())
        and not any(part.startswith(".") for part in child.relative_to(path).parts)
        and child.suffix.lower() in PAGE_SUFFIXES
    )


def listed_page_files(path: str | Path) -> list[Path]:
    """`page_files`, refusing a folder that holds none: a command pointed at the wrong folder
    must not report success."""
    files = page_files(path)
    if not files:
        kinds = ", ".join(sorted(PAGE_SUFFIXES))
        raise PageError(f"{path}: no page files in this folder (expected {kinds})")
    return files


def parse_path(path: str | Path) -> list[Page]:
    """Every page under `path` (one file or a directory); the first bad file raises."""
    return [parse_file(file) for file in page_files(path)]
