"""Plain-text comment threads: split at header lines, read author, reply-to and time."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from moderation.parse.boilerplate import (
    cut_at_comment_form,
    is_prose,
    join_lines,
    trim_footer,
    word_count,
)
from moderation.parse.layouts import (
    AGE_LINE,
    AUTHOR_BADGE,
    AUTHOR_PREFIX,
    BYLINE,
    COMMENT_CLOSING_LINE,
    COMMENT_CONTROL_LINE,
    COMMENT_LABEL_LINE,
    COMMENT_SECTION_HEADING,
    COMMENTS_WORD,
    DATE_LINE,
    MAIL_HEADER_LINE,
    NOT_AN_AUTHOR,
    OFFICE_HOLDER,
    QUOTING,
    RECOMMENDATIONS_HEADING,
    REPLY_IN_HEADER,
    REPLY_TO_LINE,
    THREAD_LAYOUTS,
    ThreadLayout,
)
from moderation.parse.timestamps import to_iso
from moderation.text import EMOJI
from moderation.types import Comment


@dataclass(frozen=True)
class Header:
    """One comment header found on the page: where it stands and what it says."""

    line: int
    body_start: int
    who: str
    posted: str | None
    names_reply_to: bool  # `who` may end with the reply-to name (the permalink layout)
    indent: int = 0  # leading spaces of the header line: replies drawn indented under parents
    alias: str | None = None  # the writer's handle, under their name (`_names_over_places`)
    dated: bool = False  # a date line stands under it, read or not ("2h": an age)
    reply_to: str | None = None  # a reply line between name and date ("Antwort auf Ann")


@dataclass(frozen=True)
class Thread:
    """Comments found by a thread layout and the line where the comment section starts;
    `mail` when they are mails (a sender's address or a recipients line on most); `subject`,
    the first message's "Subject:" where the messages show their headers (a newsreader's
    thread, whose first message opened it)."""

    start: int
    comments: tuple[Comment, ...]
    mail: bool = False
    subject: str | None = None


_MAX_NAME_WORDS = 4
_EMAIL_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")
_RECIPIENTS = re.compile(r"^to\s+[^.!?]{1,80}$", re.I)
# A mailing list's "to Dunmore Astro" over a blank line (Google Groups): lower case, no sentence.
_GROUP_RECIPIENT = re.compile(r"^to (?:[^\s.!?,;:]+ ?){1,6}\n\s*\n")
# "Comments", "6 comments", "Comments (7)", in a few languages: a count of replies ("2 replies")
# under a comment, or "Responses to ..." (an attachment's name), is not one.
_COMMENTS_HEADING = re.compile(
    rf"^(?:\d[\d,.]*\s+)?(?:reader\s+)?{COMMENTS_WORD}\s*(?:\(\d[\d,.]*\))?\s*:?$", re.I
)
# Where a long comment is folded: the link that unfolds it, no text. Not a control that closes
# a comment (a teaser list's "Show more" under the last one is the page's).
_FOLDED = re.compile(r"^\s*(?:read more|see more|show more)\s*$", re.I)
_REPLIES_HEADING = re.compile(r"^\d[\d,.]*\s+(?:replies|responses|reactions)$", re.I)
_SEPARATOR_LINE = re.compile(r"^[·•|–—-]$")
_NAMES_NO_ONE = re.compile(r"^(?:>|\W*$)")  # a quoted mail's line, or marks only
_SENTENCE_MARK = re.compile(r"[.!?:;,]")
_REACTION = re.compile(rf"^(?:{EMOJI})$")  # a chat's reaction over its count: "👍" / "214"
# A line of a number alone, as vote counts are drawn under a comment.
# "+45" / "-6", "▲ 88", "👍 34"
_VOTE_COUNT = re.compile(rf"^(?:[▲▼△▽↑↓]|{EMOJI})?\s*[+−-]?\d[\d,.]*[kK]?\s*[▲▼△▽↑↓]?$")


# "said", "wrote", and "wrote" and "said" in German, French, Spanish, Portuguese, Italian, Dutch,
# Swedish, Polish, Croatian, Russian, Czech, Slovak, Finnish, Hungarian, Romanian, Turkish
WROTE = (
    r"(?:said|wrote|says|writes|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev"
    r"|napisał(?:\(a\)|a)?|написал(?:\(а\)|а)?"
    # Serbian, Croatian, Slovene with their "je": "Gost je napisao/la:", "je napisal(a)"
    r"|(?:je\s+)?(?:napisao(?:/la)?|napisala|napisal(?:\(a\)|a)?|rekao(?:/la)?|rekla)"
    r"|sagte|a dit|dijo|disse|ha detto|zei|napsal(?:\(a\)|a)?|napísal(?:\(a\)|a)?|kirjoitti"
    r"|írta|a scris|yazdı|rakstīja|rašė|kirjutas)"  # ... and Latvian, Lithuanian, Estonian
)
# "Jean Ashworth said..." / "Ann wrote:" on a line of its own over a quotation.
_QUOTE_HEADER_LINE = re.compile(
    rf"^@?(?:(?P<name>[^\s.!?,;:@][^.!?;:]{{0,59}}?)\s+{WROTE}\s*(?:\.\.\.|…|:)"
    rf"|{QUOTING}\s+(?P<by>[^\s.!?,;:@][^.!?;:]{{0,59}}?)\s*:)$",  # "Quote from Fiona T:"
    re.I,
)
# "On 3/4/2024 at 9:14 PM, OldRangefinder said:" (Invision, vBulletin, XenForo copied as text):
# the forum's quote of an earlier post, over the quoted paragraph.
_DATED_QUOTE_HEADER = re.compile(
    r"^On\s+[^,]{4,40}\d[^,]{0,20},\s+(?P<name>[^\s.!?,;:][^.!?,;:]{0,59}?)\s+(?:said|wrote):$",
    re.I,
)
_OPENING_QUOTES = ('"', "“", "‘", "'", "«", "»", "„", ">")


def find_thread(lines: list[str]) -> Thread | None:
    """The thread layout with most headers on the page, read into comments; None if none fits."""
    best: tuple[ThreadLayout, list[Header]] | None = None
    stripped = [line.strip() for line in lines]
    for layout in THREAD_LAYOUTS:
        headers = find_headers(lines, layout, stripped)
        if len(headers) < layout.min_headers:
            continue
        if headers and (best is None or len(headers) > len(best[1])):
            best = (layout, headers)
    if best is None:
        return None
    layout, headers = best
    # Times read only for the layout chosen: reading every layout's was most of the parse time.
    headers = [replace(h, posted=to_iso(h.posted, layout.posted_formats)) for h in headers]
    headers = _below_comment_heading(headers, stripped, layout.min_headers)
    if layout.header_run:
        headers = _header_runs(headers, stripped)
    else:
        headers = _names_over_places(headers, stripped)
    end = _teasers_start(stripped, headers[0].line)
    if end is not None and not layout.closes:
        lines, headers = lines[:end], [header for header in headers if header.line < end]
    learned = repeated_controls(lines, headers, layout.reply_line)
    if layout.closes:
        start, blocks = signed_blocks(lines, headers)
    else:
        start, blocks = headed_blocks(lines, headers, learned, layout.reply_line)
    numbers = talkback_numbers(stripped, headers)
    comments, indents, mails, positions = [], [], 0, []
    numbered: dict[str, Comment] = {}
    for position, (header, block, number) in enumerate(zip(headers, blocks, numbers, strict=True)):
        comment = read_comment(block, header, layout, f"c{len(comments) + 1}", learned)
        if comment is not None and number is not None:
            answered = numbered.get(number.rpartition(".")[0])
            if answered is not None and comment.reply_to is None:
                comment = replace(comment, reply_to=answered.author)
            numbered[number] = comment
        if comment is not None and header.names_reply_to and comment.reply_to is None:
            comment = _split_reply_name(comment, [earlier.author for earlier in comments])
        if comment is not None and comment.author and _EMAIL_ADDRESS.search(comment.author):
            comment, mails = _mail_header_read(comment), mails + 1
        elif comment is not None and _GROUP_RECIPIENT.match(comment.text):
            comment = replace(comment, text=_without_recipients(comment.text))
            mails += 1
        if comment is not None:
            bare = AUTHOR_BADGE.sub("", comment.author).strip() if comment.author else None
            if bare != comment.author:
                comment = replace(comment, author=bare)
            comments.append(comment)
            indents.append(header.indent)
            positions.append(position)
    comments = _names_before_places(comments)
    comments = under_shown_replies(comments, positions, _shown_replies(lines, headers))
    comments = _names_for_handles(comments, headers)
    comments = _without_quoted_copies(comments)
    linked = link_parents_by_name(comments)
    if len(set(indents)) > 1:
        linked = link_parents_by_indent(linked, indents)
    subject = None
    if layout.header_run and blocks:
        subjects = (m.group(1) for line in blocks[0] if (m := _SUBJECT.match(line.strip())))
        subject = next(subjects, None)
    return Thread(start=start, comments=linked, mail=mails * 2 > len(linked), subject=subject)


def _below_comment_heading(
    headers: list[Header], stripped: list[str], min_headers: int
) -> list[Header]:
    """The headers under the last comment-section heading ("Comments", "6 comments") that has
    some of them on each side: those above it head the article (its writer, their role and
    the date, read like a commenter's name over a date), not comments. A count of replies
    ("12 Replies") heads the section only under the first header alone: under a comment, it
    counts that comment's replies, and so does one under the first header when a comments
    heading stands right over that header (LancasterOnline: "6 comments" / "Sort by: Oldest" /
    the first comment / "2 replies")."""
    opened = _under_comments_heading(stripped, headers[0].line)
    for line in range(headers[-1].line - 1, headers[0].line, -1):
        first_only = len(headers) > 1 and line < headers[1].line and not opened
        if _COMMENTS_HEADING.match(stripped[line]) or (
            first_only and _REPLIES_HEADING.match(stripped[line])
        ):
            below = [header for header in headers if header.line > line]
            return below if len(below) >= min_headers else headers
    return headers


def _under_comments_heading(stripped: list[str], line: int) -> bool:
    """Whether a comments heading stands over `line` with no prose between them."""
    for above in range(line - 1, -1, -1):
        if _COMMENTS_HEADING.match(stripped[above]):
            return True
        if is_prose(stripped[above]):
            return False
    return False


# "Tom R. wrote:" opening a reply, over lines copied from Tom R.'s comment; a forum's
# "Originally posted by Tom R.:", "Quote from: Tom R.", "Quoting Tom R.:", "Quote Tom R.:"; or
# the copy's opening words in quotes before the name: "„Konačno. Tko je…“ - Marko Jurić
# napisao/la:" (Jutarnji).
_WROTE_LINE = re.compile(
    r"^@?(?:[„“\"«](?P<snippet>[^„“”\"«»]{3,120})[“”\"»]\s*[-–—]\s*"
    rf"(?P<quoted>\S.{{0,59}}?)\s+{WROTE}\s*:"
    rf"|(?P<name>\S.{{0,59}}?)\s+{WROTE}\s*:"
    rf"|{QUOTING}\s+(?P<by>\S.{{0,59}}?)\s*:?"
    rf"|quote\s+(?P<quote_of>\S.{{0,59}}?)\s*:)$",  # "Quote Okello Denis:" (JComments)
    re.I,
)


# The label a forum draws over a quote box ("Quote:" over "Ann wrote:": Newsquest's sites).
_QUOTE_LABEL = re.compile(r"^(?:quote|zitat|citation|cita|citaat|cytat|citazione)\s*:?$", re.I)


def _copied(line: str, said: list[str]) -> bool:
    """Whether a line copies words of one of `said`, whole or cut short ("... 12...")."""
    line = _CUT_MARK.sub("", line.strip())
    return bool(line) and any(line in text for text in said)


# Where a quote was cut short: "...", "…", "(...)", "[…]".
_CUT_MARK = re.compile(r"\s*(?:[(\[](?:\.\.\.|…)[)\]]|\.\.\.|…)$")


def _quoted_name(wrote: re.Match[str]) -> str:
    return (
        wrote.group("quoted") or wrote.group("name") or wrote.group("by") or wrote.group("quote_of")
    )


def _without_quoted_copies(comments: list[Comment]) -> list[Comment]:
    """Replies that open by quoting an earlier comment without quotation marks ("Tom R.
    wrote:", or his name alone, over a copy of his words): the copy and its header taken out,
    the writer quoted named as whom the reply answers, with the quotes the copy holds in turn
    (Newsquest: "Quakergirl wrote:" / "Smogmonster wrote:" / his words / hers / the reply).
    (A copy without the header is left: two readers may write the same words, and a raid
    posts them many times.)"""
    out: list[Comment] = []
    for comment in comments:
        lines = comment.text.split("\n")
        start = 1 if len(lines) > 2 and _QUOTE_LABEL.match(lines[0].strip()) else 0
        wrote = _WROTE_LINE.match(lines[start].strip())
        if wrote is None:
            start = 0  # a label over no one's words is the reply's own
        name = _quoted_name(wrote) if wrote else lines[0].strip()
        said = [c.text for c in out if c.author == name]
        end, copied = start + 1, False
        while said and end < len(lines):
            if not lines[end].strip():  # the blank lines around a quoted paragraph (road.cc)
                end += 1
                continue
            if _copied(lines[end], said):
                end, copied = end + 1, True
                continue
            # A quote inside the copy ("Smogmonster wrote:" in Quakergirl's): its lines too.
            inner = _WROTE_LINE.match(lines[end].strip())
            inner_said = [c.text for c in out if inner and c.author == _quoted_name(inner)]
            if not inner_said:
                break
            said = said + inner_said
            end, copied = end + 1, True
        snippet = wrote.group("snippet") if wrote else None
        in_header = bool(said and snippet and _copied(snippet, said))  # the copy in the header
        if said and (copied or in_header) and end < len(lines):
            text = "\n".join(lines[end:]).strip()
            reply_to = comment.reply_to or name
            comment = replace(comment, text=text, reply_to=reply_to)
        out.append(comment)
    return out


def _teasers_start(stripped: list[str], first: int) -> int | None:
    """The line of a heading over teaser links below the comments ("Discover more", "You may
    also like"), where the thread ends: what follows are other pages' headlines and their
    writers, not comments. One word alone ("More") may be a comment's control: not taken."""
    for index in range(first + 1, len(stripped)):
        line = stripped[index]
        if " " in line and RECOMMENDATIONS_HEADING.match(line):
            return index
    return None


def _mail_header_read(comment: Comment) -> Comment:
    """A mail's sender ("Ann Lee <ann@example.org>") is the name alone, and the recipients
    line under it ("to Stephen, Anjali, me") no part of the text."""
    author = _EMAIL_ADDRESS.sub("", comment.author or "").strip() or comment.author
    return replace(comment, author=author, text=_without_recipients(comment.text))


def _without_recipients(text: str) -> str:
    """A mail's text without the recipients line opening it ("to Stephen, Anjali, me")."""
    first, _, rest = text.partition("\n")
    return rest.strip() if _RECIPIENTS.match(first.strip()) and rest.strip() else text


def _names_over_places(headers: list[Header], stripped: list[str]) -> list[Header]:
    """Headers drawn as name, place and date on three lines (the New York Times: "L. Harding"
    / "Burlington, VT" / "March 7, 2024"; X: "Tom Okafor" / "@tomokafor" / "Mar 5, 2024"):
    where most headers have a short label line right above them, not a control, that line is
    the name and the header's own line the place or the handle."""
    above = [_name_above(header, stripped) for header in headers]
    if len(headers) < 2 or sum(name is not None for name in above) * 3 < len(headers) * 2:
        return headers
    common = Counter(_shape(name) for name in above if name is not None).most_common(1)[0][1]
    if common > 1 and common * 2 >= len(headers):
        return headers  # one line over most of them: the last one's control ("Zgłoś", counts)
    return [
        replace(header, line=header.line - 1, who=name, alias=header.who) if name else header
        for header, name in zip(headers, above, strict=True)
    ]


_MAX_HEADER_RUN = 6
_MAX_BADGES = 2
_SUBJECT = re.compile(r"^Subject:\s*(\S.*)$")


def _header_runs(headers: list[Header], stripped: list[str]) -> list[Header]:
    """Headers that start where the run of lines ending at them starts (after a blank line),
    so the lines a newsreader draws over a message's "From:" close no earlier message."""
    out = []
    for header in headers:
        start = header.line
        while start > 0 and stripped[start - 1] and header.line - start < _MAX_HEADER_RUN:
            start -= 1
        out.append(replace(header, line=start))
    return out


# "Priya Singh, Dwarka", "Yossi, Talpiot": a name, then where the writer lives.
_NAME_AND_PLACE = re.compile(r"^(?P<name>[^,]+?),\s+(?P<place>[^\W\d_][^,\d@]*)$")
_PLACE_WORDS = 4


def _names_before_places(comments: list[Comment]) -> list[Comment]:
    """Writers signed with their place after a comma on most of the page's comments (Indian
    and Israeli papers: "Priya Singh, Dwarka"): the name is the part before it. One such
    signature alone ("Smith, Jo") is left whole."""
    placed = {
        comment.author: match.group("name")
        for comment in comments
        if comment.author
        and (match := _NAME_AND_PLACE.match(comment.author))
        and len(match.group("place").split()) <= _PLACE_WORDS
    }
    authored = sum(bool(comment.author) for comment in comments)
    if len(placed) < 2 or sum(c.author in placed for c in comments) * 3 < authored * 2:
        return comments
    return [
        replace(
            comment,
            author=placed.get(comment.author, comment.author),
            reply_to=placed.get(comment.reply_to, comment.reply_to) if comment.reply_to else None,
        )
        for comment in comments
    ]


def _names_for_handles(comments: list[Comment], headers: list[Header]) -> list[Comment]:
    """Replies naming a handle ("Replying to @priya_covers", or the first of "@jo and
    @priya_covers") name the writer it belongs to."""
    names = {
        header.alias.lstrip("@"): header.who
        for header in headers
        if header.alias and header.alias.startswith("@")
    }
    if not names:
        return comments
    out = []
    for comment in comments:
        handle = (comment.reply_to or "").split(" and @")[0].lstrip("@")
        out.append(replace(comment, reply_to=names[handle]) if handle in names else comment)
    return out


def _name_above(header: Header, stripped: list[str]) -> str | None:
    """The short label line right above a dated header, the name it may stand for; a badge
    between them skipped ("Linda Okafor" / "Author" / "Maple Heights · 2 d ago": Nextdoor)."""
    index = header.line - 1
    while (
        index > 0
        and header.line - index <= _MAX_BADGES
        and COMMENT_LABEL_LINE.match(stripped[index])
    ):
        index -= 1
    if index < 0 or not stripped[index] or (header.posted is None and not header.dated):
        return None
    line = stripped[index]
    if (
        len(line.split()) > _MAX_NAME_WORDS
        or is_prose(line)
        or COMMENT_CONTROL_LINE.match(line)
        or _VOTE_COUNT.match(line)
        or _avatar_initials(line, header.who)
        or _SHOWN_REPLIES.match(line)  # "1 yanıtı gizle" over the first reply
        or COMMENT_SECTION_HEADING.match(line)  # "YORUMLAR (3)" over the first comment
    ):
        return None
    return line


def _avatar_initials(line: str, name: str) -> bool:
    """ "KD" over "Kevin Doyle", "T" over "trainspotter1971": the letters an avatar shows for a
    writer without a picture, not their name."""
    words = name.split()
    return (
        line.isupper()
        and line.isalpha()
        and (line == "".join(word[0] for word in words).upper() or line == name[:1].upper())
    )


# A comment's last lines where the page's controls stand: "Reply" / "Like" / "Report".
_TAIL_LINES = 8
_COUNT = re.compile(r"\d[\d,.]*")
_CONTROL_MAX_CHARS = 30
_CONTROL_MAX_WORDS = 5
_MIN_BLOCKS_TO_LEARN = 2  # a line seen under two comments at least
_LEARNED_SHARE = (4, 5)  # ... and under four in five of them


def repeated_controls(
    lines: list[str], headers: list[Header], reply_line: re.Pattern[str] | None = None
) -> frozenset[str]:
    """Short lines that close most comments of the page the same way: the comment system's
    controls in whatever language it speaks ("הגיבו", "Odpowiedz" / "Zgłoś"), which no list
    of words can hold. A line counts once per comment, among its last few lines; a line
    naming whom a comment answers ("In reply to by Ann") is read, not dropped.

    Controls close nearly every comment: a line must close four in five. And a line that is
    all some comment says is never learned: a raid posting one slogan as many comments, or
    closing each with it, must reach the moderator, not vanish as a control."""
    blocks = _between_headers(lines, headers)
    if len(blocks) < _MIN_BLOCKS_TO_LEARN:
        return frozenset()
    seen: Counter[str] = Counter()
    spoken: set[str] = set()  # lines that are some comment's only words
    for block in blocks:
        filled = [
            _shape(line)
            for line in block
            if line.strip() and not (reply_line and reply_line.match(line.strip()))
        ]
        seen.update(set(filled[-_TAIL_LINES:]))
        words = [line for line in filled if not COMMENT_CONTROL_LINE.match(line)]
        if len(set(words)) == 1:
            spoken.add(words[0])
    return frozenset(
        line
        for line, count in seen.items()
        if count >= _MIN_BLOCKS_TO_LEARN
        and count * _LEARNED_SHARE[1] >= len(blocks) * _LEARNED_SHARE[0]
        and line not in spoken
        and len(line) <= _CONTROL_MAX_CHARS
        and len(line.split()) <= _CONTROL_MAX_WORDS  # "oceniono 41 razy 29"
        and not is_prose(line)
        and not _SENTENCE_MARK.search(line)
        and not _VOTE_COUNT.match(line.replace("#", "0"))  # counts alone: read where they stand
    )


# The replies shown under a comment, counted: the control that hides them, "Hide 2 replies"
# (OpenWeb, Gannett), Vietnamese "Ẩn 2 trả lời"; a heading over them, "Vastaukset (2)"
# (Ilta-Sanomat), "Replies (2)".
_SHOWN_REPLIES = re.compile(
    r"^(?:(?:hide|collapse)\s+(\d{1,3})\s+repl(?:y|ies)|ẩn\s+(\d{1,3})\s+(?:trả lời|phản hồi)"
    # "Ocultar 2 respuestas", "Esconder 1 resposta", "Masquer 3 réponses"
    r"|(?:ocultar|esconder|masquer|nascondi)\s+(\d{1,3})\s+(?:respuestas?|respostas?|réponses?"
    r"|rispost[ae])"
    r"|(\d{1,3})\s+(?:जवाब|उत्तर)\s+छिपाएं"  # Hindi: "2 जवाब छिपाएं"
    r"|(\d{1,3})\s+(?:yanıtı|cevabı)\s+gizle"  # Turkish: "1 yanıtı gizle"
    # ... the count after the words: "Hide replies (2)", Slovene "Skrij odgovore (2)"
    r"|(?:hide|collapse|skrij|sakrij|ukryj|ausblenden)\s+(?:replies|odgovore|odgovori|odpowiedzi"
    r"|antworten)\s*\((\d{1,3})\)"
    r"|(?:replies|vastaukset|réponses|respuestas|respostas|risposte|reacties|odpowiedzi)"
    r"\s*\((\d{1,3})\))$",
    re.I,
)


def _shown_replies(lines: list[str], headers: list[Header]) -> dict[int, int]:
    """Per header (its index), how many replies its "Hide N replies" says are shown under it."""
    under = [*_between_headers(lines, headers), lines[headers[-1].body_start :]]
    shown = {}
    for index, block in enumerate(under):
        for line in block:
            if (count := replies_shown(line)) is not None:
                shown[index] = count
    return shown


def replies_shown(line: str) -> int | None:
    """How many replies a line says are shown under the comment above it; None if it says
    nothing of them."""
    match = _SHOWN_REPLIES.match(line.strip())
    return int(next(count for count in match.groups() if count)) if match else None


def under_shown_replies(
    comments: list[Comment], positions: list[int], shown: dict[int, int]
) -> list[Comment]:
    """The N comments after one whose replies are shown ("Hide 2 replies") answer it, where
    they name no one else."""
    out = list(comments)
    for number, position in enumerate(positions):
        count = shown.get(position, 0)
        for reply_number in range(number + 1, min(number + 1 + count, len(out))):
            reply = out[reply_number]
            names_someone = reply.reply_to is not None or reply.text.startswith("@")
            if not names_someone and reply.author != out[number].author:
                out[reply_number] = replace(reply, reply_to=out[number].author)
    return out


def _between_headers(lines: list[str], headers: list[Header]) -> list[list[str]]:
    """The lines under each header up to the next one; the last header's are left out (where
    they end is the caller's to say)."""
    return [
        lines[header.body_start : following.line]
        for header, following in zip(headers, headers[1:], strict=False)
    ]


def is_control(line: str, learned: frozenset[str] = frozenset()) -> bool:
    """A control line of a comment system: a known one, or one the page repeats."""
    stripped = line.strip()
    return (
        bool(learned) and _shape(stripped) in learned or bool(COMMENT_CONTROL_LINE.match(stripped))
    )


def _shape(line: str) -> str:
    """A line with its counts as "#": "Aanbevelen (31)" and "Aanbevelen (12)" are one control."""
    return _COUNT.sub("#", line.strip())


# "2.1." over a talkback's header: its number, a reply's the number of the one it answers.
_TALKBACK_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?$")


def talkback_numbers(stripped: list[str], headers: list[Header]) -> list[str | None]:
    """Each header's number on the line above it ("2." / "2.1."), where the page numbers its
    comments so and some numbers are a reply's (a bare count is no number)."""
    numbers = []
    for header in headers:
        above = next((i for i in range(header.line - 1, -1, -1) if stripped[i]), None)
        found = _TALKBACK_NUMBER.match(stripped[above]) if above is not None else None
        numbers.append(found.group(1) if found else None)
    if not any(number and "." in number for number in numbers):
        return [None] * len(headers)
    return numbers


def headed_blocks(
    lines: list[str],
    headers: list[Header],
    learned: frozenset[str] = frozenset(),
    reply_line: re.Pattern[str] | None = None,
) -> tuple[int, list[list[str]]]:
    """Each comment's lines run from under its header to the next header; the last one's stop
    at a "Load more comments" button, the comment form and site footer, and where most
    comments close with controls ("Reply", "Share ›"), at its own last control line: what
    follows is the page's, or heads the next comment ("in reply to Ann" over its name)."""
    blocks = _between_headers(lines, headers)
    last = cut_at_comment_form(lines[headers[-1].body_start :])
    closed = [_ends_at_controls(block, learned) for block in blocks]
    cut = blocks
    if blocks and sum(bool(end) for end in closed) * 2 > len(blocks):
        # A label under the controls ("Times Pick") heads the next comment: not this one's.
        cut = [
            end if end and not any(is_prose(line.strip()) for line in block[len(end) :]) else block
            for end, block in zip(closed, blocks, strict=True)
        ]
        blocks, last = _replies_carried(blocks, cut, last, reply_line)
    closing = sum(len(end) == len(block) for end, block in zip(closed, cut, strict=True))
    if blocks and closing * 2 > len(blocks):
        controls = [i for i, line in enumerate(last) if is_control(line, learned)]
        last = last[: controls[-1] + 1] if controls else last
    blocks.append(trim_footer(last))  # `last` was cut at the form above
    return headers[0].line, blocks


def _replies_carried(
    blocks: list[list[str]],
    cut: list[list[str]],
    last: list[str],
    reply_line: re.Pattern[str] | None,
) -> tuple[list[list[str]], list[str]]:
    """The blocks as `cut` at their controls, each opened by the reply line drawn under the
    previous comment's controls ("in reply to Ann" over the next name: The Tyee)."""
    carried: list[str] = []
    kept_blocks = []
    for block, kept in zip(blocks, cut, strict=True):
        kept_blocks.append(carried[-1:] + kept)
        tail = block[len(kept) :]
        carried = [line for line in tail if reply_line and reply_line.match(line.strip())]
    return kept_blocks, carried[-1:] + last


def _ends_at_controls(block: list[str], learned: frozenset[str]) -> list[str]:
    """The block up to its last control line ("Reply", "Flag"), blank lines after it included;
    empty when it has none."""
    controls = [i for i, line in enumerate(block) if is_control(line, learned)]
    if not controls:
        return []
    end = controls[-1] + 1
    while end < len(block) and not block[end].strip():
        end += 1
    return block[:end]


def signed_blocks(lines: list[str], headers: list[Header]) -> tuple[int, list[list[str]]]:
    """Each comment's lines run from the previous signature to its own. The first starts under
    the comments heading above it or, with none, at the paragraph its signature closes."""
    first = headers[0].line
    heading = next(
        (i for i in range(first - 1, -1, -1) if COMMENT_SECTION_HEADING.match(lines[i].strip())),
        None,
    )
    if heading is not None:
        start = heading + 1
    else:
        start = first
        while start > 0 and not lines[start - 1].strip():
            start -= 1
        while start > 0 and lines[start - 1].strip():
            start -= 1
    ends = [start] + [header.line + 1 for header in headers[:-1]]
    blocks = [lines[begin : header.line] for begin, header in zip(ends, headers, strict=True)]
    blocks[0] = _after_labels(blocks[0])
    return start, blocks


def _after_labels(block: list[str]) -> list[str]:
    """The first signed comment without what a comment section prints above it ("Newest",
    "Best rated", a moderation notice): from the line after its last label, when sentences
    follow."""
    labels = [i for i, line in enumerate(block) if line.strip() and not is_prose(line.strip())]
    if labels and any(is_prose(line.strip()) for line in block[labels[-1] + 1 :]):
        return block[labels[-1] + 1 :]
    return block


def _nameless_header(stripped: list[str], index: int, layout: ThreadLayout) -> Header | None:
    """A comment whose writer gave no name: its date or spelled-out age alone, right under the
    buttons that close the comment above ("Like" / "Reply" / "14 June 2025 21:40" or "5 hours
    ago" / its text). A bare "4h" is not taken: a list of those is one that shows no names."""
    if layout.date_line is None or index < 1 or index + 1 >= len(stripped):
        return None
    if not COMMENT_CONTROL_LINE.match(stripped[index - 1]) or not is_prose(stripped[index + 1]):
        return None
    dated = layout.date_line.match(stripped[index])
    if dated is None or not (to_iso(dated.group("posted")) or AGE_LINE.match(stripped[index])):
        return None
    return Header(index, index + 1, "", dated.group("posted"), False, dated=True)


def find_headers(
    lines: list[str], layout: ThreadLayout, stripped: list[str] | None = None
) -> list[Header]:
    """Every line that opens a comment in this layout, its time as printed. `stripped` (the
    lines stripped, when the caller tries several layouts) saves stripping them again."""
    if stripped is None:
        stripped = [line.strip() for line in lines]
    headers = []
    start = 0
    if layout.after_prose:
        start = next((i for i, line in enumerate(stripped) if is_prose(line)), len(lines))
    for index in range(start, len(lines)):
        line = stripped[index]
        if not line or (layout.hint is not None and not layout.hint.search(line)):
            continue
        if headers and (nameless := _nameless_header(stripped, index, layout)) is not None:
            headers.append(nameless)  # a date line under the last comment's buttons, no name
            continue
        date, below = None, index + 1
        if layout.date_line is not None:
            while below < len(lines) - 1 and (
                _SEPARATOR_LINE.match(stripped[below]) or COMMENT_LABEL_LINE.match(stripped[below])
            ):
                below += 1  # X draws "·" between the handle and the date, Gmail "Attachments"
            if below < len(lines):
                date = layout.date_line.match(stripped[below])
            if date is None:  # a forum's member group and post count ("Members" / "27")
                below, date = _date_under_member_lines(stripped, below, layout.date_line)
            if date is not None and headers and headers[-1].body_start == below + 1:
                continue  # the date line of the name above this line, one of its labels
        if date is None and layout.date_line_required:
            continue  # checked first: the date line is rarer than a line that could be a name
        match = layout.header.match(line)
        if match is None and date is not None and REPLY_TO_LINE.match(line):
            # "Ewa_K" / "odpowiedź do: góral_z_Bukowiny" / "17.08.2024 15:20": a reply line
            # with a colon no name holds, between the name and its date (Interia)
            if index > start and _is_name_line(stripped[index - 1]):
                match = _WHOLE_LINE.match(line)
        if match is None or _NAMES_NO_ONE.match(line) or COMMENT_LABEL_LINE.match(line):
            continue  # a separator ("·") or a badge names no one; a quoted mail heads nothing
        groups = match.groupdict()
        posted, body_start = groups.get("posted"), index + 1
        if date is not None:
            posted, body_start = date.group("posted"), below + 1
        who = AUTHOR_PREFIX.sub("", (groups.get("who") or groups.get("author") or "").strip())
        line_index, replying = index, REPLY_TO_LINE.match(who)
        if replying and date is not None and (named := _name_over(stripped, index, start)):
            # "Gewerbe_Prenzlberg" / "Antwort auf Pankowerin_seit_1987" / "12.03.2024, 07:40",
            # "Dewi Anggraini" / "In reply to Rizky Pratama" / "12 March 2025 | 11:48 WIB"
            line_index, who = named
        # "Monday, June 3", a live blog's "By Dana Whitfield | March 5, 2024" or a quoted
        # official's "Mayor Jones on March 5, 2024:" heads no comment, nor a reply line alone.
        if NOT_AN_AUTHOR.match(who) or BYLINE.match(who) or OFFICE_HOLDER.match(who):
            continue
        if COMMENT_CONTROL_LINE.match(who):  # "Report" over "2w ago": the last comment's controls
            continue
        named = REPLY_IN_HEADER.match(who)  # "Carlos Méndez respondió a Lupita R.": two names
        words = len((named.group("author") if named else who).split("<")[0].split())
        if layout.max_name_words and words > layout.max_name_words:
            continue
        headers.append(
            Header(
                line=line_index,
                body_start=body_start,
                who=who.strip(),
                posted=posted,  # as printed: `find_thread` reads the chosen layout's
                names_reply_to="who" in groups,
                indent=_indent(lines[index]),
                dated=date is not None or layout.aged,
                reply_to=(
                    replying.group("reply_to")
                    if replying and line_index < index
                    # "... on Mar 12, 2024 in reply to Ann", "Leila · in response to Ann · Mar 12"
                    else groups.get("reply_to")
                    or groups.get("answers")
                    or (date.groupdict().get("answers") if date else None)
                ),
            )
        )
    return headers


_WHOLE_LINE = re.compile(r"^(?P<author>.+)$")


def _name_over(stripped: list[str], index: int, start: int) -> tuple[int, str] | None:
    """The name line over a reply line, a badge between them skipped ("Erin Maddox" / "Staff"
    / "Replying to Peter Haskell"): its index and the name; None where no name stands."""
    above = index - 1
    while (
        above > start
        and index - above <= _MAX_BADGES
        and COMMENT_LABEL_LINE.match(stripped[above])
    ):
        above -= 1
    if above < start or not _is_name_line(stripped[above]):
        return None
    return above, stripped[above]


def _is_name_line(line: str) -> bool:
    """A name on its own line; a closing initial ("Rita de Cássia M.") ends no sentence."""
    bare = _CLOSING_INITIAL.sub("", line)
    return bool(line) and len(line.split()) <= _MAX_NAME_WORDS and not is_prose(bare)


_CLOSING_INITIAL = re.compile(r"\s[^\W\d_]\.$")


# At most this many lines of a writer's rank and post count stand between name and date.
_MAX_MEMBER_LINES = 2


def _date_under_member_lines(
    stripped: list[str], below: int, date_line: re.Pattern[str]
) -> tuple[int, re.Match[str] | None]:
    """The date line under a forum's lines about the writer (Invision copied as text:
    "OldRangefinder" / "Members" / "1.5k" / "Posted March 4, 2024"): their post count, a
    rank of a few words before it. Without a count, the line between is a place or a handle
    (`_names_over_places`)."""
    for offset in range(1, _MAX_MEMBER_LINES + 1):
        line = stripped[below + offset - 1] if below + offset - 1 < len(stripped) else ""
        if not line or not (_VOTE_COUNT.match(line) or _is_label(line)):
            break
        if not _VOTE_COUNT.match(line) or below + offset >= len(stripped):
            continue
        if date := date_line.match(stripped[below + offset]):
            return below + offset, date
    return below, None


def _is_label(line: str) -> bool:
    return len(line.split()) <= 3 and not is_prose(line) and not _SENTENCE_MARK.search(line)


def _indent(line: str) -> int:
    """Leading spaces of a line, a tab counted as four."""
    spaced = line.expandtabs(4)
    return len(spaced) - len(spaced.lstrip())


_POST_NUMBER = re.compile(r"^#\d{1,5}$")


def read_comment(
    block: list[str],
    header: Header,
    layout: ThreadLayout,
    comment_id: str,
    learned: frozenset[str] = frozenset(),
) -> Comment | None:
    """One comment from the lines under its header; control and reply lines are metadata,
    `learned` the controls this page repeats under its comments (`repeated_controls`)."""
    body = [
        line
        for line in block
        if not is_control(line, learned)
        and not _FOLDED.match(line)
        and not _SHOWN_REPLIES.match(line.strip())  # "Sakrij odgovore (2)": over the replies
    ]
    while body and (not body[-1].strip() or _VOTE_COUNT.match(body[-1].strip())):
        counted = body[-1].strip() and len(body) > 1 and _REACTION.match(body[-2].strip())
        body = body[:-2] if counted else body[:-1]
        # vote counts under the text ("12" / "0"), a chat's reactions with theirs ("👍" / "214")
    while body and (
        not body[0].strip()
        or _VOTE_COUNT.match(body[0].strip())
        or _POST_NUMBER.match(body[0].strip())  # "#7" under a forum post's header (hvg.hu)
        or _SEPARATOR_LINE.match(body[0].strip())
        or COMMENT_CLOSING_LINE.match(body[0].strip())
    ):
        body = body[1:]  # or, for a signature under the text, the last one's above it; "•",
        # "Edited on Mar 9" between a header and the text (DEV)
    while body and MAIL_HEADER_LINE.match(body[0].strip()):
        body = body[1:]  # "Subject: Re: ..." under a message's sender and date
    posted = header.posted
    if posted is None:  # a date line under the header, over a quote ("9:50pm Sat 14 Jun 25" /
        posted, body = _take_date_line(body)  # "Ann said:" / '"..."': Newsquest's papers)
    reply_to, body = _take_reply_line(body, layout)
    quoted, body = _take_quote(body)
    reply_to = reply_to or quoted or header.reply_to
    text = join_lines(body)
    if not text:
        return None
    author = header.who
    if reply_to and header.names_reply_to and author.endswith(" " + reply_to):
        author = author[: -len(reply_to) - 1].strip()
    named = REPLY_IN_HEADER.match(author)
    if named and reply_to is None:
        author, reply_to = named.group("author"), named.group("reply_to")
    return Comment(
        id=comment_id, text=text, author=author or None, reply_to=reply_to, posted=posted
    )


def _split_reply_name(comment: Comment, earlier_authors: list[str | None]) -> Comment:
    """'<author> <reply-to>' in a header with no reply line: split where the tail is the name
    of someone who commented earlier on the page."""
    who = comment.author or ""
    for name in sorted({a for a in earlier_authors if a}, key=len, reverse=True):
        if who.endswith(" " + name) and who[: -len(name)].strip():
            return replace(comment, author=who[: -len(name)].strip(), reply_to=name)
    return comment


def _take_quote(body: list[str]) -> tuple[str | None, list[str]]:
    """A quote of an earlier comment opening this one ('Jean said...' over '"Another 120
    houses..."'): whom it quotes, and the lines after it. The quoted text is in quotation
    marks, so a comment opening 'The mayor said:' and going on in its own words keeps them."""
    filled = [index for index, line in enumerate(body) if line.strip()]
    if len(filled) < 3:
        return None, body
    dated = _DATED_QUOTE_HEADER.match(body[filled[0]].strip())
    if dated is not None:  # a forum's quote, copied without its box: the paragraph under it
        end = next((i for i in range(filled[1], len(body)) if not body[i].strip()), len(body))
        rest = body[end:]
        return (dated.group("name"), rest) if any(line.strip() for line in rest) else (None, body)
    header = _QUOTE_HEADER_LINE.match(body[filled[0]].strip())
    quoted = body[filled[1]].strip()
    if header is None or not quoted.startswith(_OPENING_QUOTES):
        return None, body
    return header.group("name") or header.group("by"), body[filled[1] + 1 :]


def _take_reply_line(body: list[str], layout: ThreadLayout) -> tuple[str | None, list[str]]:
    """The reply-to name from the first or last line of a comment, and the lines without it."""
    if layout.reply_line is None:
        return None, body
    pattern = layout.reply_line
    return _take_edge_line(body, lambda line: (m := pattern.match(line)) and m.group("reply_to"))


def _take_date_line(body: list[str]) -> tuple[str | None, list[str]]:
    """The time from a line that is only a date, last or first in a comment (blog platforms
    print it under the text), and the lines without it; None when no such line reads. A
    comment that is only a date keeps it as its text."""
    return _take_edge_line(
        body,
        lambda line: (m := DATE_LINE.match(line)) and to_iso(m.group("posted")),
        min_lines=2,
    )


def _take_edge_line(
    body: list[str], read: Callable[[str], str | None], min_lines: int = 1
) -> tuple[str | None, list[str]]:
    """What `read` finds in the last, else the first, non-blank line of a comment of at least
    `min_lines` such lines, and the lines without that one."""
    filled = [index for index, line in enumerate(body) if line.strip()]
    for index in (filled[-1:] + filled[:1]) if len(filled) >= min_lines else ():
        value = read(body[index].strip())
        if value:
            return value, body[:index] + body[index + 1 :]
    return None, body


def link_parents_by_name(comments: list[Comment]) -> tuple[Comment, ...]:
    """Parent = the nearest earlier comment by the person replied to, when it is on the page."""
    linked: list[Comment] = []
    for comment in comments:
        named = comment.reply_to
        parent = latest_by(linked, named) if named else None
        if parent is None and named and named.endswith("."):
            # "In reply to Sheena.": the line's full stop, not the name's ("Kiprono K.")
            parent = latest_by(linked, named.rstrip("."))
            comment = replace(comment, reply_to=parent.author) if parent else comment
        linked.append(replace(comment, parent=parent.id if parent else None))
    return tuple(linked)


def latest_by(earlier: list[Comment], author: str) -> Comment | None:
    """The nearest earlier comment by `author`: whom a reply naming them answers."""
    return next((comment for comment in reversed(earlier) if comment.author == author), None)


def answered_in_time(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """Parents that keep to time on a page listed newest first ("Sort by: Newest first"): a reply
    answers its named writer's latest comment posted before it, not one posted after it (the
    nearest above, on such a page), nor none because that comment stands below it."""
    by_id = {comment.id: comment for comment in comments}
    by_author: dict[str | None, list[tuple[int, Comment]]] = {}
    for index, comment in enumerate(comments):
        by_author.setdefault(comment.author, []).append((index, comment))
    out = []
    for index, comment in enumerate(comments):
        parent = by_id.get(comment.parent) if comment.parent else None
        named = comment.reply_to or (parent.author if parent else None)
        if named and _minute(comment) and (parent is None or _later(parent, comment)):
            earlier = [(i, c) for i, c in by_author.get(named, ()) if _later(comment, c)]
            if earlier and (parent is not None or any(i > index for i, _ in earlier)):
                answered = max((c for _, c in earlier), key=_minute)
                comment = replace(comment, reply_to=named, parent=answered.id)
        out.append(comment)
    return tuple(out)


def _minute(comment: Comment) -> str | None:
    """A comment's time to the minute, as ISO text sorts; None without a clock."""
    return comment.posted[:16] if comment.posted and len(comment.posted) >= 16 else None


def _later(one: Comment, other: Comment) -> bool:
    return bool(_minute(one) and _minute(other) and _minute(one) > _minute(other))


def shallower(
    earlier: Sequence[Comment], depths: Sequence[int | None], depth: int
) -> Comment | None:
    """The nearest earlier comment drawn less deep (`depths`: theirs, None where unknown):
    whom a reply answers in a thread drawn flat, by indentation."""
    for comment, drawn in zip(reversed(earlier), reversed(depths), strict=True):
        if drawn is not None and drawn < depth:
            return comment
    return None


def link_parents_by_indent(
    comments: tuple[Comment, ...], indents: list[int]
) -> tuple[Comment, ...]:
    """Where the headers are drawn at different depths, a comment without a parent by name
    replies to the nearest earlier comment standing less indented; it also names reply_to."""
    linked: list[Comment] = []
    for number, comment in enumerate(comments):
        parent = shallower(linked, indents[:number], indents[number])
        if comment.parent is None and parent and comment.reply_to in (None, parent.author):
            comment = replace(comment, parent=parent.id, reply_to=parent.author)
        linked.append(comment)
    return tuple(linked)


# Fewer words than this may be said twice by one writer ("Thanks!", "+1"): both are kept.
_MIN_COPY_WORDS = 8
# A copy shown later with no time of its own, of a comment shown with one, may be shorter.
_MIN_QUOTED_WORDS = 3


def _copy_key(comment: Comment, min_words: int = _MIN_COPY_WORDS) -> tuple[str, str] | None:
    """Writer and text of a comment long enough for two alike to be one shown twice: words
    counted as `word_count` counts them (Chinese and Japanese too)."""
    if comment.author is None:
        return None
    text = " ".join(comment.text.split())
    if word_count(text) < min_words:
        return None
    return comment.author, text


def without_copies(comments: Sequence[Comment]) -> tuple[Comment, ...]:
    """Each comment once: a page shows a chosen reply twice, first in a box above the thread
    ("Best reply", "Featured") and then in its place. An earlier comment with the same writer
    and text as a later one, posted at the same time or shown with none, is that copy (one
    writer posting the same words twice, at two times, keeps both); replies to it answer the
    one kept."""
    later: dict[tuple[str, str], Comment] = {}
    dropped: dict[str, str] = {}
    for comment in reversed(comments):
        key = _copy_key(comment)
        if key is None:
            continue
        kept = later.get(key)
        if kept is not None and comment.posted in (None, kept.posted):
            dropped[comment.id] = kept.id
        else:
            later[key] = comment
    # And a later copy shown with no time of its own: the comment a reply quotes in full
    # inside itself (Changyan's "盖楼"), read as one more comment.
    earlier: dict[tuple[str, str], Comment] = {}
    quoting: dict[str, Comment] = {}  # the reply right after a quoted copy: the one quoted
    for index, comment in enumerate(comments):
        key = _copy_key(comment, _MIN_QUOTED_WORDS)
        if key is None or comment.id in dropped:
            continue
        first = earlier.get(key)
        if first is not None and comment.posted is None and first.posted is not None:
            dropped[comment.id] = first.id
            if index + 1 < len(comments):
                quoting[comments[index + 1].id] = first
        else:
            earlier.setdefault(key, comment)
    if not dropped:
        return tuple(comments)
    return tuple(
        _answering(comment, quoting.get(comment.id), dropped)
        for comment in comments
        if comment.id not in dropped
    )


def _answering(comment: Comment, quoted: Comment | None, dropped: dict[str, str]) -> Comment:
    """The comment with its parent moved off a dropped copy, and, where it came right after a
    copy it held inside itself, answering the comment copied."""
    if quoted is not None and comment.reply_to is None and comment.posted is not None:
        return replace(comment, reply_to=quoted.author, parent=quoted.id)
    return replace(comment, parent=dropped.get(comment.parent, comment.parent))
