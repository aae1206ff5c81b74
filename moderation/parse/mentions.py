"""A comment that opens by naming an earlier commenter replies to them ("@leafy that worked").

Flat comment lists (Stack Exchange, many news sites) mark replies only this way; a social
plugin's tag drops the "@" and keeps the full name ("Angela Moore they should..."). The name is
taken only when it is the author of an earlier comment on the same page, so an @handle of
someone outside the thread is not a reply; without the "@" the name must be two words or more
and match case and all, so a comment opening "Well said" is not a reply to a "Well". The parent
is the named author's nearest earlier comment, as for a reply named in a thread's headers.
"""

from __future__ import annotations

import dataclasses
import re

from moderation.parse.layouts import REPLY_TO_LINE
from moderation.parse.threads import latest_by
from moderation.types import Comment

# Invisible marks around a name a chat app inserted: "@\u2068Marguerite\u2069" (WhatsApp).
_ISOLATES = re.compile("[\u2066-\u2069]")
_HANDLE = re.compile(r"[\w.-]{3,40}")


def reply_to_mentions(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """The comments, each without a reply_to given one when it opens with @earlier-author, and
    then a parent (unless it has one) in that author's nearest earlier comment; earlier in time
    on a list drawn newest first (every comment dated, the dates falling down the page: eZ
    Publish's comments)."""
    if _newest_first(comments):
        return tuple(reversed(_answer_mentions(tuple(reversed(comments)))))
    return _answer_mentions(comments)


def _newest_first(comments: tuple[Comment, ...]) -> bool:
    times = [comment.posted for comment in comments]
    if len(times) < 2 or not all(times):
        return False
    return times[0] > times[-1] and all(a >= b for a, b in zip(times, times[1:], strict=False))


def _answer_mentions(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    authors: list[str] = []
    out: list[Comment] = []
    for comment in comments:
        if comment.reply_to is None:
            text = _ISOLATES.sub("", comment.text)
            named = _mentioned(text[1:], authors) if text.startswith("@") else None
            named = named or _tagged(text, authors)
            if named is not None:
                parent = comment.parent or latest_by(out, named).id
                comment = dataclasses.replace(comment, reply_to=named, parent=parent)
        out.append(comment)
        if comment.author and comment.author not in authors:
            authors.append(comment.author)
    return tuple(out)


def take_reply_lines(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """The comments without a first line naming whom they answer ("Antwort auf #1 von Ann",
    "In reply to Ann": a page's own words, not the writer's), that name as reply_to and the
    named writer's nearest earlier comment as parent where they were unknown."""
    out: list[Comment] = []
    for comment in comments:
        numbered = _NUMBERED.match(comment.reply_to or "") if not comment.parent else None
        if numbered is not None:  # a thread's header took the line: "Reply to comment #1"
            comment = dataclasses.replace(comment, reply_to=None)
            comment = _answering_number(comment, comment.text, int(numbered.group(1)), out)
        first, _, rest = comment.text.partition("\n")
        match = REPLY_TO_LINE.match(first.strip()) if rest.strip() else None
        if match is None and rest.strip():
            # "@Ken_in_Shatin" alone over the text: the widget's mark, an earlier writer's name
            mention = _MENTION_LINE.match(first.strip())
            known = mention and any(c.author == mention.group("reply_to") for c in out)
            match = mention if known else None
        numbered = _NUMBERED.match(match.group("reply_to").strip()) if match else None
        if numbered is not None:  # "Reply to comment #1": the page numbers its comments
            comment = _answering_number(comment, rest.strip(), int(numbered.group(1)), out)
        elif match is not None:
            named = _without_full_stop(match.group("reply_to").strip(), out)
            earlier = latest_by(out, named)
            comment = dataclasses.replace(
                comment,
                text=rest.strip(),
                reply_to=comment.reply_to or named,
                parent=comment.parent or (earlier.id if earlier and not comment.reply_to else None),
            )
        out.append(comment)
    return tuple(out)


_MENTION_LINE = re.compile(r"^@(?P<reply_to>\S.{0,40}?):?$")
# A comment named by its number alone: "#1", "comment #1", "kommentti #12".
_NUMBERED = re.compile(r"^(?:\w+\s+)?#(\d{1,5})$")


def _answering_number(comment: Comment, text: str, number: int, earlier: list[Comment]) -> Comment:
    """The comment answering the `number`th comment, when the page numbers them as it lists
    them: the numbered one is then among those before the reply (never a guess otherwise)."""
    parent = earlier[number - 1] if 0 < number <= len(earlier) else None
    return dataclasses.replace(
        comment,
        text=text,
        reply_to=comment.reply_to or (parent.author if parent else None),
        parent=comment.parent or (parent.id if parent else None),
    )


def _without_full_stop(named: str, earlier: list[Comment]) -> str:
    """The name without the full stop of the sentence it ends ("In reply to Nora B..", as
    WordPress writes it), unless an earlier writer's name ends so itself."""
    if not named.endswith(".") or any(comment.author == named for comment in earlier):
        return named
    return named[:-1]


def _mentioned(text: str, authors: list[str]) -> str | None:
    """The longest earlier author the text starts with, whole (not "@Ann" for "Annabel"); else
    the one whose handle or first name it is."""
    folded = text.casefold()
    for author in sorted(authors, key=len, reverse=True):
        name = author.casefold().lstrip("@")
        end = len(name)
        if name and folded.startswith(name) and (end == len(text) or not text[end].isalnum()):
            return author
    handle = _HANDLE.match(text)  # "@martinosei" for "Martin Osei" (DEV), "@ann.lee", "@ann_lee"
    if handle is None:
        return None
    wanted = _letters(handle.group(0))
    named = [author for author in authors if _letters(author) == wanted]
    if not named:  # "@Priya" for the one earlier writer named Priya (a help desk's teammates),
        # "@lena_s" for Lena Schubert, "@jkoch" for Jonas Koch: the handles people make of
        # their names
        named = list({a for a in authors if wanted in _handles_of(a)})
    return named[0] if len(named) == 1 else None


def _handles_of(author: str) -> set[str]:
    """The letters of the handles a full name is commonly turned into: the first name, the
    first name and the surname's initial, the first name's initial and the surname."""
    words = [_letters(word) for word in author.split()]
    words = [word for word in words if word]
    if len(words) < 2:
        return set()
    first, last = words[0], words[-1]
    return {first, first + last[0], first[0] + last}


def _letters(name: str) -> str:
    return "".join(c for c in name.casefold() if c.isalnum())


def _tagged(text: str, authors: list[str]) -> str | None:
    """The longest earlier author the text opens with, as written: of two words or more, or
    of one when a comma follows it, as a reader is addressed ("Beatrix, standalone!")."""
    for author in sorted(authors, key=len, reverse=True):
        end = len(author)
        if not (text.startswith(author) and len(text) > end and not text[end].isalnum()):
            continue
        if len(author.split()) >= 2 or text[end] == ",":
            return author
    return None
