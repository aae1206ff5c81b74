"""What a comment quotes is not its own text, and says whom it answers.

Email replies (a mailing list's archive, a mail thread copied as text, any kind of page) quote
in lines opening with ">" under "On ..., Ann wrote:" and close with a signature
(`take_email_quotes`).

A comment may also open with a passage of an earlier one (`take_quoted_openings`): many sites
draw a quote as a plain block quote with no name over it (GitHub's "> ", forums' unattributed
quotes), or inline after the name ('Ann wrote: "..."'): what gives it away is that the passage
stands, word for word, in an earlier comment on the page. That passage is the other writer's;
the comment replies to its writer. Only an opening passage of a few words or more, with the
comment's own words after it, is taken: a comment that is only a quote keeps it. HTML pages
only (`parse_page`): there the passage was drawn as a block of its own, while in a page copied
as text a paragraph said twice may be the writer's own repetition.
"""

from __future__ import annotations

import dataclasses
import re

from moderation.parse.layouts import QUOTING
from moderation.parse.threads import WROTE, latest_by
from moderation.types import Comment

MIN_QUOTED_WORDS = 6
# A quote written inline with its writer's name: 'Lorna M wrote: "We did something ..."',
# "Quote from Pieter Visser: “The tankers come ...”" (Daily Maverick), "Marc a écrit : « ... »".
_INLINE_QUOTE = re.compile(
    rf"^(?:[^\n:\"“«]{{1,60}}?\s+{WROTE}|{QUOTING}\s+[^\n:\"“«]{{1,60}}?)"
    r"\s*:\s*[\"“'‘«„](?P<quote>.+)[\"”'’»“]$",
    re.I,
)
# An email reply's attribution line: "On 05/03/2024 15:05, Graham Oduya wrote:", "On Tue, 5 Mar
# 2024 at 10:12, Ann Lee <ann@example.org> wrote:".
# An issue tracker's quote of an earlier note (Redmine): "Anna Weber wrote in #note-3:".
_ATTRIBUTION = re.compile(
    r"^(?:On\s.{4,80}?,\s*(?P<name>[^,<>\n]{2,60}?)\s*(?:<[^<>\s]+@[^<>\s]+>)?\s+wrote:"
    r"|(?P<noted>[^\n:]{2,60}?)\s+wrote in #(?:note-)?\d+:)$"
)
# The same closing a paragraph, after its last sentence: the quote it heads was left out.
_TRAILING_ATTRIBUTION = re.compile(r"(?<=[.!?])\s+(On\s[^\n]{4,80}?,[^,\n]{2,80}?\s+wrote:)$")
# A signature under " -- " after the last sentence: a name and a title, no sentence.
_SIGNATURE = re.compile(r"(?<=[.!?)])\s+--\s+(?:[^.!?\n]\S*\s*){1,10}$")
_ELLIPSIS = re.compile(r"^(?:\.\.\.|…)$")
_MAIL_MARKS = re.compile(r"^\s*[>＞]|wrote:|--|Sent from my ", re.M)
_SENT_FROM = re.compile(r"^Sent from my [\w .-]{1,30}$")
_BLANK_RUN = re.compile(r"\n\s*\n(?:\s*\n)+")


# An imageboard's reference to an earlier post by its number, on a line of its own: ">>1482207388",
# ">>1482207315 (OP)", 5channel's ">>4" (full-width "＞＞4" too).
_POST_REFERENCE = re.compile(r"^\s*(?:>>|＞＞|≫)(?P<number>\d{1,12})(?:\s*\(OP\))?\s*$")


def take_post_references(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """Comments without the lines that refer to earlier posts by number (4chan, 5channel:
    ">>1482207388" over the reply): the first one names the post a comment answers, found by
    its id ("p1482207388" or "1482207388"), which gives reply_to and parent where unknown."""
    out: list[Comment] = []
    for comment in comments:
        if ">>" not in comment.text and "＞＞" not in comment.text and "≫" not in comment.text:
            out.append(comment)
            continue
        lines = comment.text.split("\n")
        numbers = [m.group("number") for line in lines if (m := _POST_REFERENCE.match(line))]
        if not numbers:
            out.append(comment)
            continue
        own = "\n".join(line for line in lines if not _POST_REFERENCE.match(line)).strip()
        answered = next((c for c in reversed(out) if _numbered(c.id, numbers[0])), None)
        if own:
            comment = dataclasses.replace(
                comment,
                text=own,
                reply_to=comment.reply_to or (answered.author if answered else None),
                parent=comment.parent or (answered.id if answered else None),
            )
        out.append(comment)
    return tuple(out)


def _numbered(comment_id: str, number: str) -> bool:
    """Whether a comment's id is the post number with at most a prefix ("p1482207388")."""
    return comment_id.endswith(number) and not comment_id[: -len(number)][-1:].isdigit()


def take_email_quotes(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """Comments written as email replies (a mailing list's archive, a mail thread copied as
    text) without what they quote: lines or paragraphs opening with ">", the "On ..., Ann
    wrote:" line over them (Ann is whom the reply answers), and a signature (after a "--" line
    or " -- " after the last sentence, "Sent from my iPhone")."""
    out = []
    for comment in comments:
        if not _MAIL_MARKS.search(comment.text):  # most comments: nothing to take
            out.append(comment)
            continue
        lines = []
        for line in comment.text.split("\n"):
            # "... after the rain. On 05/03/2024 14:22, Helen Marsh wrote:" over the quote
            trailing = _TRAILING_ATTRIBUTION.search(line.strip())
            head = line[: line.index(trailing.group(1))].rstrip() if trailing else line
            lines += [head, trailing.group(1)] if trailing else [line]
        attributed = [
            m.group("name") or m.group("noted")
            for line in lines
            if (m := _ATTRIBUTION.match(line.strip(" >\t")))
        ]  # "On ..., Ann wrote:" over the quote, or its first line ("> On ...": iPhone mail)
        own = [line for line in lines if not line.strip().startswith((">", "＞"))]  # 5ch: ＞
        own = [line for line in own if not _ELLIPSIS.match(line.strip())]
        own = [line for line in own if not _ATTRIBUTION.match(line.strip())]
        stripped = [line.strip() for line in own]
        if "--" in stripped:  # a signature's delimiter: what follows is the signature
            own = own[: stripped.index("--")]
        own = [line for line in own if not _SENT_FROM.match(line.strip())]
        text = _SIGNATURE.sub("", _BLANK_RUN.sub("\n\n", "\n".join(own)).strip())
        if text and text != comment.text:
            reply_to = comment.reply_to or (attributed[0].strip() if attributed else None)
            answered = latest_by(out, reply_to) if reply_to and not comment.parent else None
            parent = answered.id if answered else comment.parent
            comment = dataclasses.replace(comment, text=text, reply_to=reply_to, parent=parent)
        out.append(comment)
    return tuple(out)


def take_quoted_openings(
    comments: tuple[Comment, ...], article: str = "", attributed_only: bool = False
) -> tuple[Comment, ...]:
    """The comments, each without an opening paragraph quoted from an earlier comment, given
    that comment's writer as reply_to and the comment as parent where they were unknown, or
    quoted from the article (Habr's readers quote the post they answer). With
    `attributed_only` (a page copied as text, where a quote's marks are lost), only an opening
    that names whom it quotes ("Quote from Pieter Visser: “...”") is one."""
    story = _folded(article)
    out: list[Comment] = []
    earlier: list[str] = []  # the comments in `out`, folded once for the passage search
    for comment in comments:
        paragraphs = [part for part in comment.text.split("\n") if part.strip()]
        passage = _passage(paragraphs[0]) if len(paragraphs) > 1 else None
        if attributed_only and passage and not _INLINE_QUOTE.match(paragraphs[0].strip()):
            passage = None
        if passage is not None:
            source = next(
                (c for c, text in zip(reversed(out), reversed(earlier), strict=True)
                 if passage in text),
                None,
            )  # fmt: skip
            if source is not None or passage in story:
                opening = paragraphs[0]
                own = comment.text[comment.text.index(opening) + len(opening) :].strip()
                comment = dataclasses.replace(comment, text=own)
            if source is not None:
                comment = dataclasses.replace(
                    comment,
                    reply_to=comment.reply_to or source.author,
                    parent=comment.parent or (source.id if not comment.reply_to else None),
                )
        out.append(comment)
        earlier.append(_folded(comment.text))
    return tuple(out)


def _passage(paragraph: str) -> str | None:
    """A paragraph as it is searched for elsewhere, when it is long enough to be a quote; one
    written inline with whom it quotes ('Lorna M wrote: "We did ..."') as the words quoted."""
    if inline := _INLINE_QUOTE.match(paragraph.strip()):
        paragraph = inline["quote"]
    words = paragraph.split()
    return " ".join(words).casefold() if len(words) >= MIN_QUOTED_WORDS else None


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
