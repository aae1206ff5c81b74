"""Chat logs exported or copied as text: one message per line, opened by its time and its
writer ("[18/03/2024, 19:05:41] Priya Shah: Hi all!" from WhatsApp on iOS, "18/03/2024, 19:05 -
Priya Shah: Hi all!" on Android, "[19:05] <priya> hi all" from IRC), a message's further lines
under it. No reply is marked; an @mention names whom a message answers (`mentions.py`)."""

from __future__ import annotations

import re

from moderation.parse.timestamps import to_iso
from moderation.types import Comment, Page

_STAMP = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_MESSAGE = re.compile(
    rf"^\u200e?\[(?P<posted>{_STAMP})\]\s+(?P<author>[^:\n]{{1,60}}?):\s?(?P<text>.*)$"
    rf"|^\u200e?(?P<posted2>{_STAMP})\s+[-–]\s+(?P<author2>[^:\n]{{1,60}}?):\s?(?P<text2>.*)$"
    r"|^\[(?P<posted3>\d{1,2}:\d{2}(?::\d{2})?)\]\s+<(?P<author3>[^>\s]{1,40})>\s(?P<text3>.*)$"
)
_SYSTEM_MARK = "\u200e"  # WhatsApp opens the chat's own notices and media stand-ins with it
# What a message line says in place of a message: no words of the writer's.
_NO_MESSAGE = re.compile(
    r"^(?:<attached: [^>]*>|<media omitted>|(?:image|video|audio|sticker|gif|document) omitted"
    r"|this message was deleted\.?|you deleted this message\.?|null)$",
    re.I,
)
_MIN_MESSAGES = 3
_HEAD_LINES = 50  # a chat log is one from its first lines on: at least half of them messages
_MIN_SHARE = 0.5


def parse_chat_log(lines: list[str], source: str) -> Page | None:
    """The messages of a chat log as comments, the chat's name (the sender of its own
    notices: "created group", "added", "left") as the title; None unless most of the page's
    first lines are messages."""
    filled = [line for line in lines[:_HEAD_LINES] if line.strip()]
    opened = sum(1 for line in filled if _MESSAGE.match(line))
    if not opened or opened < _MIN_SHARE * len(filled):
        return None  # checked before the whole page: most pages open with no message line
    starts = [(index, match) for index, line in enumerate(lines) if (match := _MESSAGE.match(line))]
    if len(starts) < _MIN_MESSAGES:
        return None
    bounds = [index for index, _ in starts] + [len(lines)]
    comments: list[Comment] = []
    notices: dict[str, None] = {}  # who sent the chat's notices, in order
    for (index, match), end in zip(starts, bounds[1:], strict=True):
        groups = {key.rstrip("23"): value for key, value in match.groupdict().items() if value}
        author = groups["author"].strip()
        first = groups.get("text", "")
        if first.startswith(_SYSTEM_MARK):
            notices[author] = None
        text = "\n".join([first, *lines[index + 1 : end]]).strip().strip(_SYSTEM_MARK)
        if not text or _NO_MESSAGE.match(text) or first.startswith(_SYSTEM_MARK):
            continue
        comments.append(
            Comment(
                id=f"m{len(comments) + 1}",
                text=text,
                author=author,
                posted=to_iso(groups["posted"]),
            )
        )
    writers = {comment.author for comment in comments}
    chat = [name for name in notices if name not in writers]
    return Page(source, chat[0] if len(chat) == 1 else None, "", tuple(comments))
