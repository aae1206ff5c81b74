"""Comment exports (JSONL, JSON, CSV): one comment per record, in input order, no article."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from moderation.errors import PageError
from moderation.parse.bbcode import bbcode_as_html
from moderation.parse.layouts import (
    EXPORT_COLUMNS,
    EXPORT_EVENT_TYPES,
    EXPORT_HIDDEN_FLAGS,
    EXPORT_HIDDEN_VALUES,
    EXPORT_LIST_KEYS,
    EXPORT_NAME_KEYS,
    EXPORT_REFERENCE_KEYS,
    EXPORT_REPLY_KEYS,
    EXPORT_STORY_KEYS,
)
from moderation.parse.markup import block_text, markup_body, markup_text
from moderation.parse.quotes import take_quotes
from moderation.parse.rich_text import rich_text
from moderation.parse.threads import latest_by
from moderation.parse.timestamps import has_zone, in_place_zone, to_iso
from moderation.types import Comment, Page

_DELIMITERS = ",;\t|"
_NO_THREADS: Mapping[str, str | None] = {}
_KEY_GAPS = re.compile(r"[\s-]+")
_STORY_TYPES = frozenset({"submission", "t3", "story", "link_post"})
_LONG_NUMBER = re.compile(r"^\d{9,}(?:\.\d+)?$")
_MAX_NAME_CELL = 40  # mean characters of a column of writers' names
_KNOWN_COLUMNS = frozenset(name for names in EXPORT_COLUMNS.values() for name in names)
_HANDLE_KEYS = ("username", "screen_name", "login", "handle", "name", "user")
_RECORD_HANDLE_KEYS = ("actor_id", "actorid", "username", "screen_name", "login", "handle")
_MENTION = re.compile(r"<?@([\w.-]+)>?")  # "@megdoyle", Slack's "<@U05R8PL4X>"


def parse_jsonl_export(text: str, source: str) -> Page:
    """One JSON object per line; a bad line fails the file with its line number."""
    records = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise PageError(f"{source}: line {number}: not valid JSON ({error.msg})") from error
        if not isinstance(record, dict):
            raise PageError(f"{source}: line {number}: expected a JSON object per line")
        records.append(record)
    return export_page(records, source, stories=True)


def parse_json_export(text: str, source: str) -> Page:
    """A JSON list of comment objects, or an object holding one under 'comments' or similar."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise PageError(
            f"{source}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    records = top_records(document)
    if records is None:
        raise PageError(f"{source}: expected a list of comment objects")
    records = _with_replied_accounts(_with_included_users(document, records))
    rooted = len(records) == 1 and records[0] is document  # one post, the rest nested in it
    page = export_page(records, source, stories=True, threads=_containers(document), rooted=rooted)
    title, article = _story_around(document, records)
    carried = not title and not article  # the story each record carries is no topic's post
    if carried:
        title, article = _story_in_every_record(records)
    if article and not page.article:
        page = Page(source, page.title or title, article, page.comments)
    elif title and not page.title and not page.article and page.comments:
        # a topic's posts: the first opened it; a story's comments (its text elsewhere, at its
        # "url"): each one a reader's
        if carried or _lists_comments(document):
            page = replace(page, title=title)
        else:
            page = _opened_topic(page, title)
    return page


def _lists_comments(document: Any) -> bool:
    """Whether the document's list is named for comments ({"title": ..., "url": ...,
    "comments": [...]}), not for a topic's posts (Discourse's "post_stream")."""
    return isinstance(document, dict) and any(
        "comment" in str(key).lower() and isinstance(value, list) for key, value in document.items()
    )


def _opened_topic(page: Page, title: str) -> Page:
    """A titled topic around its posts and nothing else to tell (Discourse's topic JSON): its
    first post opened it, and is the article."""
    first, *rest = page.comments
    if first.parent is not None:
        return replace(page, title=title)
    replies = tuple(
        replace(comment, parent=None) if comment.parent == first.id else comment for comment in rest
    )
    return Page(page.source, title, first.text, replies)


def _with_included_users(document: Any, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records of an API that names writers and replies by id beside the list (X's API v2:
    {"data": [...], "includes": {"users": [...]}}): each with its writer's name, and the post it
    answers ("referenced_tweets" replied_to, else the conversation's first post, which so
    names itself as its thread)."""
    names = _people_beside(document)
    if not names:
        return records
    out = []
    for record in records:
        record = _named_writers(record, names)
        extra: dict[str, Any] = {}
        references = record.get("referenced_tweets")
        answered = next(
            (
                reference.get("id")
                for reference in (references if isinstance(references, list) else [])
                if isinstance(reference, dict) and reference.get("type") == "replied_to"
            ),
            None,
        )
        if answered is not None:
            extra["in_reply_to_id"] = answered
        elif record.get("conversation_id") is not None:
            extra["in_reply_to_id"] = record["conversation_id"]
        out.append({**record, **extra})
    return out


def _people_beside(document: Any) -> dict[str, str]:
    """The writers an API lists beside its records, by id: X's {"includes": {"users": [...]}},
    a discussion's {"participants": [...], "view": [...]} (Canvas), JSON:API's {"included":
    [{"type": "user", "id": ..., "attributes": {"name": ...}}]} (Kustomer)."""
    if not isinstance(document, dict):
        return {}
    includes = document.get("includes")
    users = includes.get("users") if isinstance(includes, dict) else None
    if not isinstance(users, list):
        listed = (document[key] for key in _PEOPLE_KEYS if isinstance(document.get(key), list))
        users = next(listed, [])
    return {
        str(user["id"]): name
        for user in users
        if isinstance(user, dict)
        and user.get("id") is not None
        and (name := _person_name(user.get("attributes") or user))
    }


def _person_name(person: Any) -> str | None:
    """A listed person's name: the name where the display name is part of it ("Jonas" in
    "Jonas Berg"), else read as a writer object is (`_text`: the display name first)."""
    if not isinstance(person, dict):
        return None
    shown = person.get("display_name") or person.get("displayName")
    name = person.get("name")
    if shown and name and (str(shown).casefold() in str(name).casefold()):
        return str(name)
    return _text(person)


_PEOPLE_KEYS = ("participants", "users", "members", "authors", "included")
_WRITER_ID_KEYS = ("author_id", "user_id")
# JSON:API's relationships that name the writer: {"createdBy": {"data": {"id": ...}}}
_WRITER_RELATIONSHIPS = ("createdBy", "author", "user", "creator", "owner", "sender")


def _named_writers(record: Any, names: dict[str, str]) -> Any:
    """The record, and the replies nested in it, with each writer's name where it names them
    only by id ("user_id": 40211)."""
    if isinstance(record, list):
        return [_named_writers(item, names) for item in record]
    if not isinstance(record, dict):
        return record
    named = {key: _named_writers(value, names) for key, value in record.items()}
    writer = next((str(record[key]) for key in _WRITER_ID_KEYS if key in record), None)
    writer = writer or _related_writer(record.get("relationships"))
    if "author" not in record and writer in names:
        named["author"] = names[writer]
    return named


def _related_writer(relationships: Any) -> str | None:
    """The writer's id among a JSON:API record's relationships."""
    if not isinstance(relationships, dict):
        return None
    for key in _WRITER_RELATIONSHIPS:
        related = relationships.get(key)
        data = related.get("data") if isinstance(related, dict) else None
        if isinstance(data, dict) and data.get("id") is not None:
            return str(data["id"])
    return None


def _with_replied_accounts(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records naming the account they answer by id (Mastodon: "in_reply_to_account_id"),
    each with that account's name where another record's "account" gives it: a reply to a
    post left out of the export (a thread's first post, not in its context) answers its
    writer, not whomever it @mentions."""
    names = {
        str(account.get("id")): account.get("display_name") or account.get("username")
        for record in records
        if isinstance(account := record.get("account"), dict) and account.get("id") is not None
    }
    if not names:
        return records
    return [
        {**record, "reply_to": names[str(record.get("in_reply_to_account_id"))]}
        if "reply_to" not in record and str(record.get("in_reply_to_account_id")) in names
        else record
        for record in records
    ]


def _containers(document: Any) -> dict[str, str | None]:
    """The objects beside an export's list (a Discord export's "channel"), by id, with their
    names: a thread's own id, which its opening message shares, and the thread's title."""
    if not isinstance(document, dict):
        return {}
    return {
        str(given): _text(export_field(value, "title")) or _text(value.get("name")) or None
        for value in document.values()
        if isinstance(value, dict) and (given := export_field(value, "id")) not in (None, "")
    }


def _story_around(document: Any, records: list[dict[str, Any]]) -> tuple[str | None, str]:
    """The title and text of the object holding the comment list (a Trello card: its name and
    description around its actions; a Discourse topic: its title alone), else (None, "")."""
    if not isinstance(document, dict) or records == [document]:
        return None, ""
    fields = lowered_fields(document)
    story = _lookup(fields, "article")
    if isinstance(story, dict):  # {"article": {"title": ..., "body": ...}, "comments": [...]}
        fields = lowered_fields(story)
        story = _lookup(fields, "article") or _lookup(fields, "text")
    article = _text(story)
    title = _text(_lookup(fields, "title")) or _text(fields.get("name"))
    return title or None, markup_text(article) if article else ""


def _story_in_every_record(records: list[dict[str, Any]]) -> tuple[str | None, str]:
    """The title and text of the post every record carries whole (Canny's comments, each with
    its "post"): one object, titled, the same in all of them; else (None, "")."""
    if len(records) < 2:
        return None, ""
    for key, value in records[0].items():
        if not isinstance(value, dict) or not all(record.get(key) == value for record in records):
            continue
        fields = lowered_fields(value)
        title = _text(_lookup(fields, "title"))
        if title:
            story = _lookup(fields, "article") or _lookup(fields, "text") or fields.get("details")
            story = story if isinstance(story, str) else ""  # Canny's post: "details"
            return title, markup_text(story) if story else ""
    return None, ""


_STATUS_WORDS = 3  # "ok", "Request succeeded": a status message, not a comment


def top_records(document: Any) -> list[dict[str, Any]] | None:
    """The export's list of records: the document itself, the list under a known key, or a
    comment object alone. An API response wraps its list ({"response": [...]}, {"data":
    {"children": [...]}}): the list is looked for under known keys, one level at a time."""
    if isinstance(document, list):
        return document if all(isinstance(item, dict) for item in document) else None
    if not isinstance(document, dict):
        return None
    # a response with its status (or one holding it: Pinterest's "resource_response")
    for response in (document, *(v for v in document.values() if isinstance(v, dict))):
        if _is_status(lowered_fields(response)) and (listed := _listed_in([response])):
            return listed
    fields = lowered_fields(document)
    listed_apart = any(key in document for key in EXPORT_LIST_KEYS)
    if _lookup(fields, "text") is not None or (_has_text(fields) and not listed_apart):
        return [document]  # one comment, or a story holding its comments as replies (HN)
    listed = _nested_list(document)  # a titled topic's list of posts (Discourse) included
    if listed is None:
        listed = _list_of_texts(document)
    if listed is None:  # records under their keys in a response: Hive's {"result": {"a/b": ...}}
        keyed = (_keyed_records(value) for value in document.values() if isinstance(value, dict))
        listed = next((records for records in keyed if records), None)
    return listed if listed is not None else [document]


def _is_status(fields: dict[str, Any]) -> bool:
    """An API response's status beside its list: {"status": "success", "code": 0, "message":
    "ok", "data": [...]}; the message is the server's word, not a comment's."""
    message = _text(_lookup(fields, "text"))
    return ("status" in fields or "code" in fields) and (
        message is None or len(message.split()) <= _STATUS_WORDS
    )


def _list_of_texts(document: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The list under a key no export met before ({"limit": 20, "objects": [...]}: HubSpot)
    whose objects hold a text column, one level down."""
    for value in document.values():
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            if _mostly_texts(value):
                return value
    return None


def _mostly_texts(records: list[dict[str, Any]]) -> bool:
    """Whether most of the records hold a text column: comments, not some other list."""
    texts = sum(_lookup(lowered_fields(record), "text") is not None for record in records)
    return texts * 2 > len(records)


def _nested_list(value: Any, depth: int = 0) -> list[dict[str, Any]] | None:
    """A list of objects under a list or reply key, looked for down to three levels."""
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    if not isinstance(value, dict) or depth > 3:
        return None
    for key in (*EXPORT_LIST_KEYS, *EXPORT_REPLY_KEYS):
        if key in value:
            found = _nested_list(value[key], depth + 1)
            if found is not None:
                return found
    return _keyed_records(value) if depth else None


def _keyed_records(value: dict[str, Any], depth: int = 0) -> list[dict[str, Any]] | None:
    """Records stored under their ids rather than in a list, as Firebase's Realtime Database
    exports them ({"comments": {"<story>": {"-OSq1xW2": {"name": ..., "text": ...}}}}): each
    with its key as its id; a single key over them (the story's) is looked through."""
    if not value or not all(isinstance(record, dict) for record in value.values()):
        return None
    if _mostly_texts(list(value.values())):
        return [{"id": key, **record} for key, record in value.items()]
    if len(value) == 1 and depth < 2:
        return _keyed_records(next(iter(value.values())), depth + 1)
    return None


def parse_csv_export(text: str, source: str) -> Page:
    """A CSV (or TSV) file with a header row naming a text column, or with no header row at
    all (a chat exporter's "1680620530","town-hall","Priya","..."): its columns are then told
    by what they hold. Quotes inside fields are doubled, or escaped with a backslash."""
    text = _past_preamble(text)
    first_line = text.lstrip("\n").split("\n", 1)[0]
    delimiter = "\t" if Path(source).suffix.lower() == ".tsv" else _guess_delimiter(first_line)
    rows = _csv_rows(text, delimiter, source)
    if not rows:
        return export_page([], source)
    header = [name.strip() for name in rows[0]]
    if _is_data_row(header):
        return export_page(_headerless_records(rows, source), source)
    if not any(_key(name) in EXPORT_COLUMNS["text"] for name in header):
        header = _named_by_words(header, rows[1:])
    header = _id_named_by_words(_parent_named_by_words(header))
    keys = [_key(name) for name in header]  # the text column read: the first alias present
    text = next((keys.index(alias) for alias in EXPORT_COLUMNS["text"] if alias in keys), None)
    if text is None and len(rows) == 1:  # a header of other columns and no rows ("name,age")
        raise _no_text_column(source)
    rows = [_fitted(row, len(header), text, delimiter) for row in rows[1:]]
    records = [{name: value for name, value in zip(header, row, strict=True)} for row in rows]
    return export_page(records, source)


def _no_text_column(source: str) -> PageError:
    names = ", ".join(EXPORT_COLUMNS["text"])
    return PageError(f"{source}: no text column (expected one of: {names})")


_PREAMBLE_LINES = 30  # how far down a report's header row is looked for


def _past_preamble(text: str) -> str:
    """The file from its header row: a social-listening report opens with lines about itself
    ("Report:","Mentions" / "Query:","..." / "Exported:","..."; Brandwatch) before the header
    row that names the text column. A file whose first line is a row of three cells or more
    is left alone: that row is its header (or its first record)."""
    lines = text.lstrip("\n").split("\n", _PREAMBLE_LINES)
    if len(lines[0].split(_guess_delimiter(lines[0]))) >= 3:
        return text
    for index, line in enumerate(lines[1:_PREAMBLE_LINES], start=1):
        cells = [cell.strip().strip('"') for cell in line.split(_guess_delimiter(line))]
        if any(_key(cell) in EXPORT_COLUMNS["text"] for cell in cells) and len(cells) >= 3:
            return "\n".join(lines[index:])
    return text


def _fitted(row: list[str], width: int, text: int | None, delimiter: str) -> list[str]:
    """A row with as many fields as the header: a comma left unquoted in the comment ("You
    are great, I will kill you tomorrow") split the text, so the extra fields join the text
    column again; a short row keeps its fields, the missing ones empty."""
    extra = len(row) - width
    if extra > 0 and text is not None:
        row = [*row[:text], delimiter.join(row[text : text + extra + 1]), *row[text + extra + 1 :]]
    return (row + [""] * width)[:width]


# Words in a column's own name that say what it holds, for columns a person named ("Your
# comment", "Name (optional)", "Replying to comment ID": a form's sheet), tried only when no
# column has a name the exports use.
_COLUMN_WORDS = {
    "text": frozenset(
        {"comment", "comments", "text", "body", "message", "content", "contents", "feedback"}
        # ... in the languages of Europe's sites: "Kommentar", "Commentaire", "Comentario"
        | {"kommentar", "kommentare", "nachricht", "inhalt", "beitrag", "commentaire", "contenu",
           "comentario", "comentário", "mensaje", "mensagem", "commento", "messaggio", "testo",
           "reactie", "bericht", "tekst", "komentarz", "treść", "kommentti", "viesti", "texto",
           "texte"}
    ),
    "author": frozenset(
        {"name", "author", "user", "username", "nickname", "commenter"}
        | {"verfasser", "autor", "autorin", "benutzer", "nutzer", "auteur", "utilisateur",
           "pseudo", "usuario", "usuário", "nombre", "nome", "autore", "utente", "naam",
           "gebruiker", "użytkownik", "nimi", "kirjoittaja"}
    ),
    # whom a row answers, by name or by the id of their row ("Antwort auf": 7)
    "reply_to": frozenset(
        {"antwort", "réponse", "respuesta", "risposta", "resposta", "antwoord", "odpowiedź",
         "vastaus", "svar"}
        | {"responde", "respondiendo", "respondendo", "répond", "risponde", "antwortet"}
    ),
}  # fmt: skip
_REPLY_WORDS = frozenset({"reply", "replying", "replied", "parent", "answering", "answered"})
_MIN_TEXT_CHARS = 20  # a column of free text averages at least this many characters


def _spaced(rows: list[list[str]], column: int) -> bool:
    """Whether most of a column's cells hold words with spaces between (not URLs or ids)."""
    cells = [row[column] for row in rows if column < len(row) and row[column].strip()]
    return sum(" " in cell.strip() for cell in cells) * 2 > len(cells)


def _numbers(rows: list[list[str]], column: int) -> bool:
    """Whether every filled cell of a column is a number."""
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    return bool(cells) and all(_NUMBER_CELL.match(cell) for cell in cells)


_NUMBER_CELL = re.compile(r"^-?[\d.,]+%?$")


def _named_by_words(header: list[str], rows: list[list[str]]) -> list[str]:
    """The header with the columns for text, writer and parent renamed to the names the
    exports read, told by the words in their names; the text column, failing that, by its
    longest cells. Columns already named as the exports name them keep their names."""
    words = [_header_words(name) for name in header]
    width = [
        sum(len(row[i]) for row in rows if i < len(row)) / max(len(rows), 1)
        for i in range(len(header))
    ]
    renamed = list(header)
    taken = {_key(name) for name in header}
    for role in ("text", "author", "reply_to"):
        if (
            taken & set(EXPORT_COLUMNS[role])
            and not _addresses_only(header, rows, role)
            and not (role == "author" and _writer_beside_name(taken, words))
        ):
            continue
        named = [i for i, found in enumerate(words) if found & _COLUMN_WORDS[role]]
        if role == "text":  # not an id, nor a count ("Comments": 0, a listening tool's)
            named = [i for i in named if "id" not in words[i] and not _numbers(rows, i)] or [
                i for i in range(len(header)) if width[i] >= _MIN_TEXT_CHARS and _spaced(rows, i)
            ]
        else:
            named = [i for i in named if renamed[i] == header[i] and "id" not in words[i]]
        if named:
            renamed[max(named, key=width.__getitem__)] = role
    named_times = taken & set(EXPORT_COLUMNS["posted"]) or any(map(_TIME_KEY.search, taken))
    if not named_times:  # "Data" (Portuguese), a name no list holds: its cells tell
        timed = [i for i in range(len(header)) if renamed[i] == header[i] and _times(rows, i)]
        if timed:
            renamed[timed[0]] = "posted"
    return renamed


def _writer_beside_name(taken: set[str], words: list[set[str]]) -> bool:
    """A column named for the writer ("Autor") beside one called only "Name": Notion's title
    column, each row's own name ("C-5508"), not its writer's."""
    writer_words = _COLUMN_WORDS["author"] - {"name"}
    return taken & set(EXPORT_COLUMNS["author"]) == {"name"} and any(
        found & writer_words for found in words
    )


def _times(rows: list[list[str]], column: int) -> bool:
    """Whether every filled cell of a column reads as a time (one at least)."""
    cells = [row[column] for row in rows if column < len(row) and row[column].strip()]
    return bool(cells) and all(to_iso(cell) for cell in cells)


def _addresses_only(header: list[str], rows: list[list[str]], role: str) -> bool:
    """Whether the column named for `role` the exports' way holds only e-mail addresses (a
    no-code app's "Creator"), so that a column named by its words ("Nombre del autor") may
    hold the names instead."""
    keys = [_key(name) for name in header]
    column = next((keys.index(alias) for alias in EXPORT_COLUMNS[role] if alias in keys), None)
    cells = [row[column].strip() for row in rows if column is not None and column < len(row)]
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(_ADDRESS.match(cell) for cell in filled)


_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.\w+$")


def _parent_named_by_words(header: list[str]) -> list[str]:
    """The column of the id a row answers, where no column has a name the exports use for it:
    "Replying to comment ID" (a form's sheet), "Parent Message ID" (a social inbox)."""
    return _named_by_its_words(header, "parent", _names_parent_id)


def _names_parent_id(words: set[str]) -> bool:
    """A field's words naming the id of what a record answers ("parent", "message", "id"), not
    of whom ("reply_to_user_id"); a parent comment ("Comentario padre") names it too."""
    if words & _ACCOUNT_WORDS:
        return False
    return bool(
        words & _REPLY_WORDS
        and words & _ID_WORDS
        or words & _PARENT_WORDS
        and words & _OWN_ID_WORDS
    )


# "Parent" in the languages of the text columns' words: "Comentario padre", "Commento genitore".
_PARENT_WORDS = frozenset({"parent", "padre", "pai", "genitore", "ouder", "übergeordnet"})


_OWN_ID_WORDS = frozenset(
    {"message", "msg", "comment", "post", "item", "entry", "ticket"}
    | {"kommentar", "commentaire", "comentario", "commento", "reactie", "komentarz", "beitrag"}
)
_ID_WORDS = frozenset({"id", "no", "number", "num"})  # "Universal Message Id", "CommentNo"
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _header_words(name: str) -> set[str]:
    """A column name's words, camel case split: "ReplyToCommentNo": reply, to, comment, no;
    "Réponse à": réponse, à."""
    camel = {word.lower() for word in _CAMEL_WORD.findall(name)}
    return camel | set(_WORD.findall(name.lower()))


_WORD = re.compile(r"[^\W\d_]+")


def _id_named_by_words(header: list[str]) -> list[str]:
    """The row's own id, where no column has a name the exports use for it: "Universal
    Message Id" beside "Parent Message Id" (Sprinklr), so that replies find their parent."""
    return _named_by_its_words(
        header,
        "id",
        lambda words: bool(words & _ID_WORDS and words & _OWN_ID_WORDS and _names_own_id(words)),
    )


def _named_by_its_words(
    header: list[str], name: str, means: Callable[[set[str]], bool]
) -> list[str]:
    """The header with the first column whose words `means` `name` renamed so, unless a column
    already has a name the exports use for it."""
    if {_key(column) for column in header} & set(EXPORT_COLUMNS[name]):
        return header
    found = next((i for i, column in enumerate(header) if means(_header_words(column))), None)
    if found is None:
        return header
    return [*header[:found], name, *header[found + 1 :]]


_ACCOUNT_WORDS = frozenset({"user", "author", "account", "sender"})


def _names_own_id(words: set[str]) -> bool:
    return not words & (_REPLY_WORDS | _ACCOUNT_WORDS | {"thread"})


def _csv_rows(text: str, delimiter: str, source: str) -> list[list[str]]:
    """The file's rows but those with every cell blank (a spreadsheet's ",,," under its data,
    a million of them once); quotes escaped with a backslash (\\") where doubled ones fail."""
    error: csv.Error | None = None
    for dialect in ({"doublequote": True}, {"doublequote": False, "escapechar": "\\"}):
        reader = csv.reader(
            io.StringIO(text, newline=""), delimiter=delimiter, strict=True, **dialect
        )
        try:
            return [row for row in reader if any(cell.strip() for cell in row)]
        except csv.Error as failed:
            error = failed
            line = reader.line_num
    raise PageError(f"{source}: line {line}: malformed CSV ({error})") from error


def _is_data_row(cells: list[str]) -> bool:
    """A first row that names no column and holds what only data holds: a number of nine
    digits or more (an epoch, an id). A long cell alone is no sign: a survey's columns are
    named by whole questions."""
    if any(cell.lower() in _KNOWN_COLUMNS for cell in cells):
        return False
    return any(_LONG_NUMBER.match(cell) for cell in cells)


def _headerless_records(rows: list[list[str]], source: str) -> list[dict[str, Any]]:
    """Records from rows with no header: the column whose values read as times is "posted",
    the longest on average "text", the most varied of the short others "author"."""
    width = max(len(row) for row in rows)
    columns = [[row[i] if i < len(row) else "" for row in rows] for i in range(width)]
    timed = [i for i in range(width) if _times(rows, i)]
    rest = [i for i in range(width) if i not in timed]
    if not rest:
        raise PageError(f"{source}: no text column in a CSV without a header row")
    lengths = {i: sum(len(v) for v in columns[i]) / len(rows) for i in rest}
    text = max(rest, key=lengths.__getitem__)
    short = [i for i in rest if i != text and lengths[i] <= _MAX_NAME_CELL]
    author = max(short, key=lambda i: len(set(columns[i])), default=None)
    if author is not None and len(set(columns[author])) < 2:
        author = None  # one value in every row: the channel's name, not a writer's
    records = [
        {
            "text": row[text] if text < len(row) else "",
            **({"author": row[author]} if author is not None and author < len(row) else {}),
            **({"posted": row[timed[0]]} if timed and timed[0] < len(row) else {}),
        }
        for row in rows
    ]
    return [record for record in records if not _joined(record)]


def _joined(record: dict[str, Any]) -> bool:
    """A row whose text is its writer's handle alone ("walter.briggs" by "Walter Briggs"): the
    chat noting that they joined, exported as a message."""
    name, text = str(record.get("author") or ""), str(record.get("text") or "").strip()
    handle = re.sub(r"[\s._-]+", "", text).casefold()
    return bool(name) and " " not in text and handle == re.sub(r"\s+", "", name).casefold()


def looks_like_csv_export(text: str) -> bool:
    """A header row of short column names, one of them a text column, and rows below it."""
    first_line, _, rest = text.lstrip("\n").partition("\n")
    delimiter = _guess_delimiter(first_line)
    names = [name.strip().strip('"').lower() for name in first_line.split(delimiter)]
    return (
        bool(rest.strip())
        and len(names) >= 2
        and all(0 < len(name) <= 40 for name in names)
        and any(name in EXPORT_COLUMNS["text"] for name in names)
    )


def _guess_delimiter(header: str) -> str:
    """The separator used most in the header row; a comma when none is."""
    counts = {delimiter: header.count(delimiter) for delimiter in _DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def export_page(
    records: list[dict[str, Any]],
    source: str,
    stories: bool = False,
    threads: Mapping[str, str | None] = _NO_THREADS,
    rooted: bool = False,
) -> Page:
    """A page whose comments are the records, nested replies flattened. With `stories` (JSON
    from an API), records with a title among others without one are the article: a story's
    post above its comments; so is a post that opened the thread (`_opening_post`). A CSV's
    title column is only a column."""
    flat = list(_flatten(records, parent=None, counter=iter(range(1, 10**12))))
    flat = _parents_by_other_key(_parents_by_url(_parents_by_named_key(flat)))
    if records and not any(_lookup(fields, "text") is not None for fields, _, _ in flat):
        if all(_is_container(record) for record in records):
            return Page(source=source, title=None, article="", comments=())
        raise _no_text_column(source)
    titles = [_text(_lookup(fields, "title")) for fields, _, _ in flat]
    title, article, opening = None, "", None
    if stories and any(titles) and not all(titles):
        post = next(fields for (fields, _, _), given in zip(flat, titles, strict=True) if given)
        title = _text(_lookup(post, "title"))
        # the story's body under a name of its own, else its text (Hubzilla's "body")
        body = _text(_lookup(post, "article")) or _text(_lookup(post, "text")) or ""
        article = markup_text(bbcode_as_html(body))
        flat = [entry for entry, given in zip(flat, titles, strict=True) if not given]
    elif stories and (forwarded := _forwarded_post(flat)) is not None:
        article = markup_text(_text(_lookup(flat[forwarded][0], "text")) or "")
        flat = flat[:forwarded] + flat[forwarded + 1 :]
    elif (
        (stories and (first := _opening_post(flat, threads, rooted)) is not None)
        or (first := _opened_by_subject(flat)) is not None
        or (first := _typed_story(flat)) is not None
    ):
        post = flat[first][0]
        title = (
            threads.get(flat[first][1])
            or _text(post.get("subject"))
            or _text(_lookup(post, "title") or post.get("post_title"))
        )
        article = markup_text(bbcode_as_html(_text(_lookup(post, "text")) or ""))
        opening = (flat[first][1], _text(_lookup(post, "author")))
        flat = flat[:first] + flat[first + 1 :]
    title = title or _shared_subject(flat)
    events = {comment_id for fields, comment_id, _ in flat if _is_event(fields)}
    comments = [
        _comment(fields, comment_id, parent)
        for fields, comment_id, parent in flat
        if _reference(_lookup(fields, "parent")) not in events
    ]
    linked = _link(comments, opening)
    ids = {entry[0].id for entry in comments if entry is not None}
    if opening is not None:
        ids.add(opening[0])  # the post that opened the thread, now the article
    outside = {  # replies to a post the export leaves out (a thread's root): no other parent
        entry[0].id
        for entry in comments
        if entry is not None and entry[0].parent not in (None, entry[0].id, *ids)
    }
    answered = _by_handle(linked, flat, outside)
    return Page(source=source, title=title, article=article, comments=answered)


def _parents_by_url(
    flat: list[tuple[dict[str, Any], str, str | None]],
) -> list[tuple[dict[str, Any], str, str | None]]:
    """Records that name what they answer by its address (a listening tool's "parent_url": the
    story's, or another comment's "url" ".../#comment-550134"): that record is the parent."""
    ids = {str(fields["url"]): comment_id for fields, comment_id, _ in flat if fields.get("url")}
    linked = []
    for fields, comment_id, nested_in in flat:
        answered = ids.get(str(fields.get("parent_url") or ""))
        if answered is not None and answered != comment_id and _lookup(fields, "parent") is None:
            fields = {**fields, "parent": answered}
        linked.append((fields, comment_id, nested_in))
    return linked


def _parents_by_named_key(
    flat: list[tuple[dict[str, Any], str, str | None]],
) -> list[tuple[dict[str, Any], str, str | None]]:
    """Records that name what they answer by a field every record has once, under that field's
    name with "parent_" before it (Hive's "parent_permlink" beside "permlink", a CMS's
    "parent_slug" beside "slug"), where no parent id is given: that record is the parent."""
    if not flat or any(_lookup(fields, "parent") is not None for fields, _, _ in flat):
        return flat
    for key in flat[0][0]:
        own = key.removeprefix("parent_")
        if own == key or not own or own == "id":
            continue
        values = [fields.get(own) for fields, _, _ in flat]
        if None in values or len(set(map(str, values))) < len(values):
            continue
        by_value = {str(v): comment_id for v, (_, comment_id, _) in zip(values, flat, strict=True)}
        return [
            ({**fields, "parent": by_value.get(str(fields.get(key)), fields.get(key))}, cid, nest)
            if fields.get(key)
            else (fields, cid, nest)
            for fields, cid, nest in flat
        ]
    return flat


def _parents_by_other_key(
    flat: list[tuple[dict[str, Any], str, str | None]],
) -> list[tuple[dict[str, Any], str, str | None]]:
    """Records whose parent names no record's id but another column every record has once
    (a CMS's CSV: "Parent Comment" holds the answered row's "Slug", not its "Item ID"): that
    record is the parent. So is a record a reply column names by such a key rather than by its
    writer's name (Baserow's "Responde a": "c-101", the answered row's "Ref")."""
    ids = {comment_id for _, comment_id, _ in flat}
    writers = {_text(_lookup(fields, "author")) for fields, _, _ in flat}
    parents, by_reply = [], []
    for fields, _, _ in flat:
        parent = _LINKED_PAGE.sub("", str(_reference(_lookup(fields, "parent")) or ""))
        named = _text(_lookup(fields, "reply_to")) if not parent else None
        by_reply.append(bool(named) and named not in writers)
        parents.append(_LINKED_PAGE.sub("", named or "") if by_reply[-1] else parent)
    wanted = {
        parent
        for parent in parents
        if parent
        and parent not in ids
        and _bare_reference(parent) not in ids
        and not parent.lstrip("-").isdigit()
    }  # not a number: "0" answers no one, and a count or a score is unique by chance
    if not wanted:
        return flat
    for key in flat[0][0]:
        values = [str(fields.get(key) or "") for fields, _, _ in flat]
        if any(value and value == parent for value, parent in zip(values, parents, strict=True)):
            continue  # the parent column itself, or one a record names itself by
        if len(set(values)) == len(values) and wanted <= set(values):
            by_value = {v: comment_id for v, (_, comment_id, _) in zip(values, flat, strict=True)}
            return [
                ({**_without_reply_name(fields, named), "parent": by_value.get(parent, parent)},
                 comment_id, nested_in)
                if parent
                else (fields, comment_id, nested_in)
                for (fields, comment_id, nested_in), parent, named
                in zip(flat, parents, by_reply, strict=True)
            ]  # fmt: skip
    return flat


# The address Notion writes after a related row's title: "C-5508 (https://www.notion.so/...)".
_LINKED_PAGE = re.compile(r"\s+\(https?://[^()\s]+\)$")


def _without_reply_name(fields: dict[str, Any], named: bool) -> dict[str, Any]:
    """The record without its reply column where that held the parent's key, not a name."""
    if not named:
        return fields
    return {key: value for key, value in fields.items() if key not in EXPORT_COLUMNS["reply_to"]}


def _by_handle(
    comments: tuple[Comment, ...], flat: list, outside: set[str] = frozenset()
) -> tuple[Comment, ...]:
    """A comment opening with "@handle" of a writer the export names by a display name
    (Trello's memberCreator: {"fullName": "Megan Doyle", "username": "megdoyle"}; Slack's
    "<@U05R8PL4X>") replies to that writer, and to their latest comment posted before it
    (exports may list newest first), unless it already has a parent among the comments."""
    names: dict[str, str] = {}
    for fields, _, _ in flat:
        writer = _lookup(fields, "author")
        if isinstance(writer, dict) and (name := _text(writer)):
            lowered = {**lowered_fields(writer), "user": fields.get("user")}  # Slack: "U05R8PL4X"
            for key in _HANDLE_KEYS:
                if isinstance(lowered.get(key), str) and lowered[key] != name:
                    names[lowered[key].casefold()] = name
        elif name := _text(writer):  # a handle beside the record's name: Nextcloud's "actorId"
            for key in _RECORD_HANDLE_KEYS:
                if isinstance(fields.get(key), str) and fields[key] != name:
                    names[fields[key].casefold()] = name
    if not names:
        return comments
    out = []
    for comment in comments:
        handle = _MENTION.match(comment.text)
        name = names.get(handle.group(1).casefold()) if handle else None
        if comment.id in outside:
            name = None  # it answers the post the export leaves out, whomever it @mentions
        if name and (comment.reply_to is None or comment.parent is None) and name != comment.author:
            earlier = [c for c in comments if c.author == name and _before(c, comment, comments)]
            parent = max(earlier, key=lambda c: c.posted or "") if earlier else None
            comment = replace(
                comment, reply_to=name, parent=comment.parent or (parent and parent.id)
            )
        out.append(comment)
    return tuple(out)


def _before(one: Comment, other: Comment, comments: tuple[Comment, ...]) -> bool:
    """Whether `one` was written before `other`: by their times when both have one."""
    if one.posted and other.posted:
        return one.posted < other.posted
    return comments.index(one) < comments.index(other)


def _is_event(fields: dict[str, Any]) -> bool:
    """A record of something that happened rather than something said (Telegram's "joined the
    group"): what answers it is the software's greeting, no reader's comment."""
    return str(fields.get("type", "")).strip().lower() in EXPORT_EVENT_TYPES


def _opening_post(
    flat: list[tuple[dict[str, Any], str, str | None]],
    threads: Mapping[str, str | None],
    rooted: bool,
) -> int | None:
    """The index of the post that opened the thread, the article: the record whose id is the
    thread's own (a Discord thread's first message), the first record when it names itself as
    its thread (Slack's thread_ts), or, when the document is one post with the others nested
    in it (`rooted`: a Bluesky thread), that post. A list that holds one thread (an API's page
    of comment threads) is not one post."""
    for index, (_, comment_id, _) in enumerate(flat):
        if comment_id in threads:
            return index
    shown = [index for index, (fields, _, _) in enumerate(flat) if not _hidden(fields)]
    first = shown[0] if len(shown) > 1 else None
    if first is not None and _reference(_lookup(flat[first][0], "parent")) == flat[first][1]:
        return first  # the first record names itself as its thread (Slack: thread_ts == ts)
    return 0 if rooted and len(flat) > 1 else None


def _opened_by_subject(flat: list[tuple[dict[str, Any], str, str | None]]) -> int | None:
    """The index of the post that opened a forum discussion exported with subjects (Moodle,
    a mailing list): the first, when every later one's subject is "Re: " and its subject."""
    subjects = [_text(fields.get("subject")) or "" for fields, _, _ in flat]
    if len(flat) < 2 or not subjects[0].strip():
        return None
    opening = " ".join(subjects[0].split()).casefold()
    replies = {" ".join(subject.split()).casefold() for subject in subjects[1:]}
    return 0 if replies == {f"re: {opening}"} else None


def _shared_subject(flat: list[tuple[dict[str, Any], str, str | None]]) -> str | None:
    """The subject every message shares, a chat topic's name (Zulip), else None."""
    subjects = {_text(fields.get("subject")) for fields, _, _ in flat}
    return subjects.pop() if len(flat) > 1 and len(subjects) == 1 else None


def _typed_story(flat: list[tuple[dict[str, Any], str, str | None]]) -> int | None:
    """The index of the one record typed as the post the others comment on (a Reddit scrape's
    "type": "submission" or "kind": "t3" among comments, a listening tool's "Thread Entry
    Type": "post" among replies), else None."""
    typed = [
        index
        for index, (fields, _, _) in enumerate(flat)
        if str(fields.get("type") or fields.get("kind") or "").strip().lower() in _STORY_TYPES
        or str(fields.get("thread_entry_type") or "").strip().lower() == "post"  # Brandwatch
    ]
    return typed[0] if len(typed) == 1 and len(flat) > 1 else None


def _forwarded_post(flat: list[tuple[dict[str, Any], str, str | None]]) -> int | None:
    """The index of the one post forwarded into the thread from its channel, the story the
    others discuss (Telegram: a channel's post in its discussion group), else None."""
    marked = [
        n for n, (fields, _, _) in enumerate(flat) if any(k in fields for k in EXPORT_STORY_KEYS)
    ]
    return marked[0] if len(marked) == 1 and len(flat) > 1 else None


def _flatten(
    records: list[dict[str, Any]], parent: str | None, counter: Iterator[int]
) -> Iterator[tuple[dict[str, Any], str, str | None]]:
    """Records in input order, each as its fields (keys lowered, once) with its id and the
    parent it is nested under. A record whose fields sit in a wrapper ({"kind": "t1", "data":
    {...}}, {"snippet": {...}}) is read from the wrapper, its id from the wrapper when the
    fields have none; one that holds no text but a list of records is only their container."""
    for wrapper in records:
        fields, levels = _unwrap(wrapper)
        comment_id = parent
        if fields is not None:
            number = next(counter)
            given = _lookup(fields, "id")
            if given is None:
                outer = reversed(levels[:-1])
                given = next(
                    (v for level in outer if (v := export_field(level, "id")) is not None), None
                )
            comment_id = str(given) if given not in (None, "") else f"c{number}"
            yield fields, comment_id, parent
        replied = False
        for level in levels:
            for key in EXPORT_REPLY_KEYS:
                nested = _nested_list(level.get(key)) if key in level else None
                if nested:
                    replied = True
                    yield from _flatten(nested, comment_id, counter)
        if fields is None and not replied:  # a container of records under a list key: a help
            yield from _flatten(_listed_in(levels), comment_id, counter)  # desk's "messages"


def _listed_in(levels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first list of objects a container holds under a list key."""
    for level in levels:
        for key in EXPORT_LIST_KEYS:
            if key in level and (nested := _nested_list(level[key])):
                return nested
    return []


def _unwrap(record: dict[str, Any]) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The fields (keys lowered) of the object holding the record's text: itself, or the
    nearest nested object down to three levels that has a text or title field (Bluesky's
    post holds its author beside the "record" with its text); and every object on the way
    there, where replies may hang. Fields the text's object lacks (the author) come from the
    objects around it. None for a container with no text of its own."""
    own = lowered_fields(record)
    if any(own.get(key, "") is None for key in EXPORT_COLUMNS["text"]) and _lookup(own, "id"):
        return own, [record]  # a deleted record ("text": null), replies under it answer it
    paths = [[record]]
    for _ in range(4):
        for path in paths:
            fields = lowered_fields(path[-1])
            if _has_text(fields):
                return _with_outer_fields(fields, path[:-1]), path
        paths = [
            [*path, value]
            for path in paths
            for key, value in path[-1].items()
            if isinstance(value, dict) and str(key).lower() not in EXPORT_REPLY_KEYS
        ]
        if not paths:
            break
    return None, _first_objects(record)


def _first_objects(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record and the chain of first nested objects under it, where a container with no
    text of its own holds its list ({"kind": "Listing", "data": {"children": [...]}})."""
    levels = [record]
    for _ in range(3):
        inner = next(
            (
                value
                for key, value in levels[-1].items()
                if isinstance(value, dict) and str(key).lower() not in EXPORT_REPLY_KEYS
            ),
            None,
        )
        if inner is None:
            break
        levels.append(inner)
    return levels


def _with_outer_fields(fields: dict[str, Any], outer: list[dict[str, Any]]) -> dict[str, Any]:
    """`fields` with an author and a time taken from the objects around it, nearest first,
    where it has none of its own."""
    for name in ("author", "posted"):
        if _lookup(fields, name) is None:
            found = next(
                (v for level in reversed(outer) if (v := export_field(level, name)) is not None),
                None,
            )
            if found is not None:
                fields = {**fields, EXPORT_COLUMNS[name][0]: found}
    return fields


def _is_container(record: dict[str, Any]) -> bool:
    """A record that only holds a (possibly empty) list of records: an empty thread."""
    fields, levels = _unwrap(record)
    return fields is None and any(
        isinstance(level.get(key), list | dict)
        for level in levels
        for key in (*EXPORT_LIST_KEYS, *EXPORT_REPLY_KEYS)
    )


def _has_text(fields: dict[str, Any]) -> bool:
    """Whether fields (keys lowered) hold a text or a title."""
    return _lookup(fields, "text") is not None or _lookup(fields, "title") is not None


def export_field(record: dict[str, Any], name: str) -> Any:
    """The value under the first accepted column name for `name`, matched case-insensitively."""
    return _lookup(lowered_fields(record), name)


def lowered_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The record keyed by its column names stripped, in lower case, and with spaces and
    hyphens as underscores ("Post Message": post_message); a camel-case name also under its
    words ("commentText": commenttext and comment_text, "parentID": parent_id), where no
    other key has that name."""
    lowered = {_key(key): value for key, value in record.items()}
    for key, value in record.items():
        if isinstance(key, str) and (spelled := _camel_spelled(key)) is not None:
            lowered.setdefault(spelled, value)
    return lowered


@lru_cache(maxsize=4096)
def _camel_spelled(key: str) -> str | None:
    """ "commentText" as comment_text; None for a key of one word (every record has the same
    keys: read once)."""
    words = _CAMEL_WORD.findall(key)
    return "_".join(words).lower() if len(words) > 1 else None


def _key(key: Any) -> str:
    name = str(key).strip().lower()
    return _KEY_GAPS.sub("_", name) if " " in name or "-" in name else name


def _present(lowered: dict[str, Any], alias: str) -> str:
    """The key the record holds `alias` under: as it is, else with the record's kind before it
    (WordPress's "comment_author")."""
    return f"comment_{alias}" if alias not in lowered and f"comment_{alias}" in lowered else alias


def _lookup(lowered: dict[str, Any], name: str) -> Any:
    """The value under the first alias of `name` the record has, also with the record's kind
    before it (WordPress's "comment_author", "comment_parent", "comment_date")."""
    for alias in EXPORT_COLUMNS[name]:
        alias = _present(lowered, alias)
        if alias in lowered:
            value = lowered[alias]
            if name == "author" and (value is None or _account_number(value)):
                continue  # a user's number (WordPress REST: "author": 0 beside "author_name";
                # Flickr: author="98765432@N05" beside authorname="harbourlights"), or null
                # ("user": null beside the name a guest typed: Payload; an empty cell is no name)
            if name == "text" and isinstance(value, dict):
                # the text one object in: Matrix's {"content": {"body": ...}}, Microsoft
                # Graph's {"body": {"contentType": "html", "content": ...}}
                inner = next(
                    (
                        v
                        for a in EXPORT_COLUMNS[name]
                        if (v := value.get(a)) is not None and not isinstance(v, dict)
                    ),
                    None,
                )
                return inner if inner is not None else rich_text(value)
            if name == "text" and isinstance(value, list) and not all(map(_is_run, value)):
                return rich_text(value)  # blocks of runs: Slate, Portable Text
            return value
    if name == "parent":  # "parentMessageId" (a social inbox's JSON), as a CSV's header is read
        return next((v for k, v in lowered.items() if _names_parent_id(set(k.split("_")))), None)
    return None


def _text(value: Any) -> str | None:
    """A field as text; empty and missing values are None."""
    for _ in range(2):  # a name one object further in: {"from": {"user": {"displayName"}}}
        if isinstance(value, dict):
            lowered = lowered_fields(value)
            given = " ".join(str(lowered.get(key) or "").strip() for key in _GIVEN_AND_FAMILY)
            lowered["given_and_family"] = given.strip()  # {"first_name", "last_name"}: Front
            named = (lowered[key] for key in EXPORT_NAME_KEYS if _names(lowered.get(key)))
            value = next(named, None)
    if isinstance(value, list) and value and all(_is_run(part) for part in value):
        # Text in runs, plain and styled (Telegram: ["Rules approved in the ", {"type":
        # "italic", "text": "Diário"}, "..."]).
        value = "".join(part if isinstance(part, str) else str(part["text"]) for part in value)
    if value is None or isinstance(value, list | dict):
        return None
    text = str(value).strip()
    return text or None


_GIVEN_AND_FAMILY = ("first_name", "last_name")


def _names(value: Any) -> bool:
    """Whether a field holds a name: not empty, and not an account's number (Facebook's
    "handle": "100091120045536" beside an empty "displayName", Flickr's "98765432@N05")."""
    return bool(value) and not _account_number(value)


def _account_number(value: Any) -> bool:
    if isinstance(value, bool) or isinstance(value, dict | list):
        return False
    return isinstance(value, int) or bool(_ACCOUNT_NUMBER.match(str(value).strip()))


# A user's number or id, not a name: "100091120045536", Flickr's "98765432@N05", a MongoDB
# ObjectId ("664a1e0b7c9d2f0011a3b5c7": Payload's "user"), a UUID
_ACCOUNT_NUMBER = re.compile(
    r"^(?:\d+(?:@N\d+)?|[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"
)


def _reference(value: Any) -> str | None:
    """The id a parent field names: itself, or the id in a reference object (Discord's
    {"messageId": "12", "channelId": ...}); None for 0, which names no record (WordPress's
    "comment_parent", Nextcloud's "parentId")."""
    if isinstance(value, dict):
        lowered = lowered_fields(value)
        value = next((lowered[key] for key in EXPORT_REFERENCE_KEYS if key in lowered), None)
    reference = _text(value)
    return None if reference == "0" else reference


def _is_run(part: Any) -> bool:
    return isinstance(part, str) or (isinstance(part, dict) and isinstance(part.get("text"), str))


def _comment(
    fields: dict[str, Any], comment_id: str, nested_in: str | None
) -> tuple[Comment, str | None] | None:
    """One record as a comment, with the record it is nested under; a record without text is
    not a comment, nor one the export marks as deleted, spam or a pingback (nothing a reader
    sees). `fields` are keyed in lower case; markup in the text is read as a page shows it."""
    text = _text(_lookup(fields, "text"))
    if text is None or _hidden(fields):
        return None
    body, quoted = markup_body(bbcode_as_html(text)), None
    if body is not None:  # markup: read as a page shows it, quotes of others out
        quoted = take_quotes(body)
        text = block_text(body)
    parent = _reference(_lookup(fields, "parent"))
    return Comment(
        id=comment_id,
        text=text,
        author=_writer(fields),
        reply_to=_text(_lookup(fields, "reply_to")) or quoted or _answered_writer(fields, parent),
        posted=_posted(fields),
        parent=parent or nested_in,
    ), nested_in


def _writer(fields: dict[str, Any]) -> str | None:
    return _text(_lookup(fields, "author")) or _author_object(fields)


def _answered_writer(fields: dict[str, Any], parent: str | None) -> str | None:
    """The writer of the record a reply answers, where the reply carries that record whole
    (Misskey's "reply": {"id", "user", ...} beside "replyId"; the Graph API's "parent": {"id",
    "from"}): the answered post may be left out of the export (the story a thread is under)."""
    if parent is None:
        return None
    for value in fields.values():
        if isinstance(value, dict) and _reference(value) == parent:
            return _writer(lowered_fields(value))
    return None


def _author_object(fields: dict[str, Any]) -> str | None:
    """The name in an object whose key speaks of the writer under a name no list has met
    (Talkwalker's "extra_author_attributes": {"name": ...}, an "authorInfo", "author_details")."""
    for key, value in fields.items():
        if isinstance(value, dict) and "author" in str(key) and (name := _text(value)):
            return name
    return None


def _posted(fields: dict[str, Any]) -> str | None:
    """The first time among the record's time fields that reads as one: a scraper's "time":
    "2 weeks ago" gives way to its "time_parsed" epoch (youtube-comment-downloader)."""
    for alias in EXPORT_COLUMNS["posted"]:
        alias = _present(fields, alias)  # WordPress's "comment_date"
        if alias in fields and (posted := to_iso(_extended(fields[alias]))) is not None:
            return _in_named_zone(alias, _with_clock_beside(fields, alias, posted))
    # a name no list has met, said in the usual words: "CreatedDate", "createdTime",
    # "Submitted On", "comment_posted_date"
    for key, value in fields.items():
        if _TIME_KEY.search(str(key)) and (posted := to_iso(_extended(value))) is not None:
            return _in_named_zone(str(key), _with_clock_beside(fields, str(key), posted))
    return None


def _extended(value: Any) -> Any:
    """A value as MongoDB's extended JSON wraps it (`mongoexport`): {"$date": "2024-03-05T13:02
    :41Z"}, {"$date": {"$numberLong": "1709643761518"}} hold the time."""
    while isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if key not in ("$date", "$numberLong", "$numberInt"):
            break
        value = int(inner) if key != "$date" and str(inner).lstrip("-").isdigit() else inner
    return value


def _with_clock_beside(fields: dict[str, Any], key: str, posted: str) -> str:
    """A day with the clock its sibling column gives ("Date (UTC)": "2024-05-14" beside "Time
    (UTC)": "08:02:17", a social inbox's export; "Date" beside "Hour": a listening tool's)."""
    if "T" in posted:
        return posted
    siblings = [key.replace("date", "time")] if "date" in key else []
    clocks = (fields.get(name) for name in [*siblings, *_CLOCK_KEYS])
    clock = next((c for c in clocks if isinstance(c, str) and _CLOCK_CELL.match(c.strip())), None)
    return to_iso(f"{posted} {clock.strip()}") or posted if clock else posted


_CLOCK_CELL = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_CLOCK_KEYS = ("time", "hour", "clock")


def _in_named_zone(key: str, posted: str) -> str:
    """A time without a zone, in the zone its column names: UTC ("created_utc": "2024-02-17
    22:41:09", a social inbox's "Date (UTC)") or a place's, with its summer time ("Created Time
    (Europe/London)": Falcon.io)."""
    if "T" not in posted or has_zone(posted):
        return posted
    if _UTC_KEY.search(key):
        return posted + "+00:00"
    if (named := _ZONE_KEY.search(key)) and (zone := _zone_named(named["zone"])) is not None:
        return in_place_zone(posted, zone)
    return posted


@lru_cache(maxsize=64)
def _zone_named(name: str) -> ZoneInfo | None:
    """The IANA zone a column names in lower case ("europe/london"), else None."""
    proper = {zone.lower(): zone for zone in available_timezones()}.get(name)
    return ZoneInfo(proper) if proper else None


_TIME_KEY = re.compile(
    r"(?:created|creation|posted|published|submit(?:ted)?|inserted|sent|commented|added)_?"
    r"(?:date|time|at|on|datetime|timestamp|stamp)?(?:_?\((?:utc|gmt|[a-z]+(?:/[\w+-]+)+)\))?$"
    r"|^(?:date|time|datetime|timestamp)_?\((?:utc|gmt)\)$"  # a social inbox's "Date (UTC)"
    # the day first: Django's "date_added", a form's "Date Submitted"
    r"|^(?:date|time|datetime)_(?:added|created|posted|submitted|published)$"
)
_UTC_KEY = re.compile(r"(?:\b|_)(?:utc|gmt)\b")
_ZONE_KEY = re.compile(r"\((?P<zone>[a-z]+(?:/[\w+-]+)+)\)$")  # "... (europe/london)"


def _hidden(lowered: dict[str, Any]) -> bool:
    """Whether the export marks the record (keys lowered) as not shown to readers; a key may
    carry the record's kind before it (WordPress's "comment_approved", "comment_type")."""
    for key, value in lowered.items():
        kind = _HIDDEN_KEY.sub("", key)
        if kind in _HIDDEN_FLAGS and str(value).strip().lower() in ("true", "1", "yes"):
            return True
        if (
            kind in EXPORT_HIDDEN_VALUES
            and str(value).strip().lower() in EXPORT_HIDDEN_VALUES[kind]
        ):
            return True
    return False


def _bare_reference(reference: str) -> str:
    """A parent's id as the record it names gives its own: "t1_c1" (a Reddit "fullname",
    Pushshift's flat rows) is "c1", "1.0" (a number column with blanks, as pandas writes it)
    is "1"."""
    if kind := _REDDIT_KIND.match(reference):
        return reference[kind.end() :]
    whole = _WHOLE_FLOAT.match(reference)
    return whole.group(1) if whole else reference


_REDDIT_KIND = re.compile(r"^t[1-6]_(?=.)")
_WHOLE_FLOAT = re.compile(r"^(\d+)\.0+$")
_HIDDEN_FLAGS = frozenset(EXPORT_HIDDEN_FLAGS)
_HIDDEN_KEY = re.compile(r"^(?:comment|post)_(?=.)")  # the record's kind before the field


def _link(
    comments: list[tuple[Comment, str | None] | None], opening: tuple[str, str | None] | None
) -> tuple[Comment, ...]:
    """Keep a parent only when it is in the export (the one the record names, else the one it
    is nested under: Reddit names "t1_c1" for "c1"); name the reply-to from the parent. A reply
    to the opening post (`opening`: its id and author, now the article) replies to its author,
    with no parent among the comments."""
    kept = [entry for entry in comments if entry is not None]
    by_id = {comment.id: comment for comment, _ in kept}
    linked = []
    for comment, nested_in in kept:
        own_thread = comment.parent == comment.id  # Slack: a thread's first message
        parent = by_id.get(comment.parent) if comment.parent and not own_thread else None
        if parent is None and comment.parent and not own_thread:
            parent = by_id.get(_bare_reference(comment.parent))
        parent = parent or (by_id.get(nested_in) if nested_in else None)
        if parent is None and comment.parent and comment.parent not in by_id:
            # a social inbox's "In Reply To: Cindy Marsh": a writer's name, not a record's id
            parent = latest_by(linked, comment.parent)
        named = comment.reply_to
        if parent is None and named in by_id and named != comment.id:
            parent, named = by_id[named], None  # "Replying to: c-10": a record's id, not a name
        elif named is not None and _account_number(named):
            named = None  # the id of a record the export leaves out; 0 answers no one (Commentics)
        reply_to = named or (parent.author if parent else None)
        if reply_to is not None and reply_to == comment.author:
            reply_to = None  # a writer going on under their own message answers no one
        if opening and parent is None and opening[0] in (comment.parent, nested_in):
            reply_to = reply_to or (opening[1] if opening[1] != comment.author else None)
        elif parent is None and comment.reply_to and comment.parent is None:
            parent = latest_by(linked, comment.reply_to)  # named (a quote of them): their last
            # word; not where the record names a parent the export leaves out (a thread's root)
        linked.append(
            Comment(
                id=comment.id,
                text=comment.text,
                author=comment.author,
                reply_to=reply_to,
                posted=comment.posted,
                parent=parent.id if parent else None,
            )
        )
    return tuple(linked)
