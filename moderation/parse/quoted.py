"""A comment that opens with a passage of an earlier comment quotes it, and answers it.

Many sites draw a quote as a plain block quote with no name over it (GitHub's "> ", email
replies, forums' unattributed quotes): what gives it away is that the passage stands, word for
word, in an earlier comment on the page. That passage is the other writer's, not this comment's
text; the comment replies to its writer. Only an opening passage of a few words or more, with
the comment's own words after it, is taken: a comment that is only a quote keeps it. HTML
pages only (`parse_page`): there the passage was drawn as a block of its own, while in a page
copied as text a paragraph said twice may be the writer's own repetition.
"""

from __future__ import annotations

import dataclasses

from moderation.types import Comment

MIN_QUOTED_WORDS = 6


def take_quoted_openings(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """The comments, each without an opening paragraph quoted from an earlier comment, given
    that comment's writer as reply_to and the comment as parent where they were unknown."""
    out: list[Comment] = []
    for comment in comments:
        paragraphs = [part for part in comment.text.split("\n") if part.strip()]
        source = _quoted(paragraphs[0], out) if len(paragraphs) > 1 else None
        if source is not None:
            own = comment.text[comment.text.index(paragraphs[0]) + len(paragraphs[0]) :]
            comment = dataclasses.replace(
                comment,
                text=own.strip(),
                reply_to=comment.reply_to or source.author,
                parent=comment.parent or (source.id if not comment.reply_to else None),
            )
        out.append(comment)
    return tuple(out)


def _quoted(paragraph: str, earlier: list[Comment]) -> Comment | None:
    """The nearest earlier comment holding `paragraph` word for word, if it is long enough."""
    words = paragraph.split()
    if len(words) < MIN_QUOTED_WORDS:
        return None
    wanted = " ".join(words).casefold()
    return next(
        (c for c in reversed(earlier) if wanted in " ".join(c.text.split()).casefold()), None
    )
