"""Line-level boilerplate: bylines and captions above an article, bios, promos and forms below."""

from __future__ import annotations

import re
from dataclasses import replace

from moderation.parse.layouts import (
    ABOUT_THE_AUTHOR,
    APPEAL_WORDS,
    BYLINE,
    CAPTION,
    COMMENT_CONTROL_LINE,
    COMMENT_FORM_START,
    COMMENT_GATE,
    COMMENT_SECTION_HEADING,
    DATE_IN_TEXT,
    DATE_LINE,
    EDIT_NOTE,
    HEAD_METADATA,
    KEY_POINTS_HEADING,
    MORE_COMMENTS_LINE,
    PROMOTION,
    READER_APPEAL,
    RECOMMENDATIONS_HEADING,
    SITE_FOOTER,
    TAIL_NOTICE,
    WRITER_ROLE,
)
from moderation.types import Comment

# A magazine's end mark after a story's last sentence ("... every two. ■"): no word of it.
_END_MARK = re.compile(r"\s*[■∎◼◾]\s*$")
# ... and a paper's sign-off after the last one: an end mark, initials ('... from the tap." DM')
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]。！？」』）।](?:\s*[■∎◼◾]|\s+[A-Z]{2,4})?\s*$")
ENDS_SENTENCE = re.compile(r"[.!?]\s*$")  # a full stop, not a quote or a colon
_MIN_PROSE_WORDS = 3
_LONG_LINE_WORDS = 25
_LABEL_WORDS = 6  # a flair or tag after a headline
_BLANK_RUN = re.compile(r"\n{3,}")
# A cookie or consent banner's words, in a few languages.
CONSENT_NOTICE = re.compile(
    r"\bcookies?\b|personenbezogene daten|données personnelles|datos personales|dati personali"
    r"|\b(?:your|ihre) (?:consent|einwilligung)\b|कुकी"  # Hindi: "कुकीज़", "कुकी नीति"
    # ... "cookie" in other languages: Croatian, Bosnian, Serbian "kolačići", Hungarian "sütik",
    # Finnish "evästeet", Swedish "kakor", Lithuanian "slapukai", Latvian "sīkdatnes",
    # Estonian "küpsised", Slovene "piškotki", Polish "ciasteczka", Turkish "çerezler"
    r"|\b(?:kolačić\w*|sütik\w*|evästee\w*|kakor\b|slapuk\w*|sīkdatn\w*|küpsis\w*"
    r"|piškot\w*|ciasteczk\w*|çerez\w*)",
    re.I,
)
_PARAGRAPH_WORDS = 12
_STANDFIRSTS = 2  # a standfirst, and a promotion under it ("Don't miss out on the headlines")
STANDFIRST_MAX_WORDS = 45
_HEAD_ZONE_LINES = 12  # byline, role, date, read time, share buttons, caption, credit
_DATE_LINE_WORDS = 8
_KEY_POINTS_LINES = 8
_KEY_POINT_WORDS = 20
_DATELINE_WORDS = 10
_SLOGAN_WORDS = 6
_ROLE_LINE_WORDS = 10
_AUTHOR_BOX_TAIL = 15  # lines from the end a writer's box may head: a bio, share buttons
_AUTHOR_BIO_SENTENCES = 2
_BOX_HEADING_WORDS = 8  # "Did you enjoy this article?" over a subscription's appeal
# A writer's beat in their own words under their name: "I cover transportation and ..."
_BEAT = re.compile(r"^I (?:cover|write about|report on)\b")
_NAME_WORDS = 4
_SPEECH = re.compile(r"\b(?:said|says|told|according|added|wrote|asked)\b", re.I)
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]|[।。！？]\s*\S")  # Hindi's "।", Chinese's "。"
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 200
_HEADLINE_MIN_WORDS = 4
NOT_A_TITLE_END = re.compile(r"(?:[,;:।。]|(?<!\d{4})\.)\s*$")  # not a year's dot: "... od 2028."
# "Read more" over links to other stories, under an article only: under a comment it opens the
# rest of a cut comment.
_READ_MORE_HEADING = re.compile(r"^read more(?: (?:about|on) this (?:topic|story))?\s*:?$", re.I)
_ODD_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2000-\u200a]")
# An issue tracker's key before a title: Jira's "[PARKS-214] ...", Bugzilla's "18342 – ..."
# (a number, not a year: "2024 – the year in review" keeps it).
_ISSUE_KEY = re.compile(
    r"^(?:\[[A-Z][A-Z0-9_]*-\d+\]\s+|(?!(?:19|20)\d\d\s)\d{3,}\s+[–—]\s+)(?=\S)"
)
# A link post's domain after its title (Hacker News, Lobsters, Lemmy, Mbin: "... (example.org)").
_LINK_DOMAIN = re.compile(r"\s+\((?:[a-z0-9-]+\.)+[a-z]{2,}\)$")


def bare_title(title: str) -> str:
    """A headline without the marks a tracker or a link aggregator sets around it."""
    return _LINK_DOMAIN.sub("", _ISSUE_KEY.sub("", title))


# Characters of scripts written without spaces between words (Chinese, Japanese): three of
# them are read as one word when a line's length in words is counted.
_UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CHARS_PER_UNSPACED_WORD = 3


def word_count(line: str) -> int:
    """Words in a line, Chinese and Japanese ones too (their characters / 3)."""
    tokens = line.split()
    spaced = sum(1 for token in tokens if not _UNSPACED_SCRIPT.search(token))
    return spaced + len(_UNSPACED_SCRIPT.findall(line)) // _CHARS_PER_UNSPACED_WORD


def is_prose(line: str) -> bool:
    """A sentence a writer wrote, as opposed to a label, alt text or a credit."""
    words = word_count(line)
    if words >= _LONG_LINE_WORDS:
        return True
    return words >= _MIN_PROSE_WORDS and bool(_SENTENCE_END.search(line))


def is_paragraph(line: str) -> bool:
    """Prose of a paragraph's length: more than one sentence, or one no headline would be (a
    question of a dozen words can be a thread's title or a teaser's)."""
    line = " ".join(line.split())
    if not is_prose(line) or len(line.split()) < _PARAGRAPH_WORDS:
        return False
    return not headline_like(line) or bool(_INNER_SENTENCE_END.search(line))


def headline_like(line: str) -> bool:
    """Words enough for a headline or a standfirst, and no full stop ending a sentence."""
    line = " ".join(line.split())
    words = sum(1 for word in line.split() if any(c.isalnum() for c in word))  # not "|"
    return (
        _HEADLINE_MIN_WORDS <= words <= TITLE_MAX_WORDS
        and len(line) <= TITLE_MAX_CHARS
        and not NOT_A_TITLE_END.search(line)
        and not CAPTION.search(line)
        and not _BREADCRUMB.search(line)
    )


# A site's path to the story ("Thời sự › Dân sinh", "News » Local"), no headline.
_BREADCRUMB = re.compile(r"\s[›»]\s|\s>\s\S")


def same_text(a: str, b: str | None) -> bool:
    """Equal up to case and spacing: how a repeated headline is recognised."""
    return b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def cut_at_comment_form(lines: list[str]) -> list[str]:
    """Everything from a comment form ('Leave a Reply', ...) or a "Load more comments" button on
    is form and site footer, unless the form's button (or a sign-in gate: "Log in to comment")
    is followed by comments closed by their controls: the form then stands over them (newest
    first: The Daily Beast's "Write a comment" / "Post") and only the form's own lines go."""
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if MORE_COMMENTS_LINE.match(line):
            return lines[:index]
        gate = COMMENT_GATE.match(line)
        if gate or COMMENT_FORM_START.match(line):
            after = index + 1
            while after < len(lines) and _FORM_BUTTON.match(lines[after].strip()):
                after += 1
            replies = sum(1 for rest in lines[after:] if _REPLY_CONTROL.match(rest.strip()))
            if (after == index + 1 and not gate) or replies < _COMMENTS_UNDER_FORM:
                return lines[:index]
            lines = lines[:index] + lines[after:]
            continue
        index += 1
    return lines


# The buttons under a comment box, and the reply control that closes a comment under it.
_FORM_BUTTON = re.compile(r"^(?:post|submit|send|publish|cancel)$", re.I)
_REPLY_CONTROL = re.compile(r"^(?:reply|antworten|répondre|responder|rispondi)$", re.I)
_COMMENTS_UNDER_FORM = 2


def byline_name(lines: list[str]) -> str | None:
    """The author named by a byline at the top or bottom, used to recognise the bio."""
    for line in lines[:8] + lines[-8:]:
        match = BYLINE.match(line.strip())
        if match and is_byline(line.strip()):
            return match.group("name")
    return None


def is_byline(line: str) -> bool:
    """'by <Name> ...' as a short label, not a sentence that opens with 'By Monday, ...'; a
    date closing it is not counted ("By Dana Whitcomb Globe Staff, Updated March 4, 2024,
    6:12 p.m.": the Boston Globe)."""
    if not BYLINE.match(line):
        return False
    label = _without_closing_date(line)
    return len(label.split()) <= 10 and not ENDS_SENTENCE.search(label)


def _without_closing_date(line: str) -> str:
    dates = list(DATE_IN_TEXT.finditer(line))
    if not dates or line[dates[-1].end() :].strip(" .,"):
        return line
    return _DATE_LEAD.sub("", line[: dates[-1].start()])


# What stands between a byline's name and the date closing it: ", Updated", "| Published:".
_DATE_LEAD = re.compile(r"[\s,|·•-]*(?:(?:updated|published|posted)\b\s*:?\s*)?$", re.I)


# A greeting on a line of its own, as a post opens: "Hi all,", "Dear neighbours,",
# "Hallo zusammen,".
_SALUTATION = re.compile(
    r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hallo|liebe|bonjour"
    r"|salut|hola|buongiorno|ciao|hoi|beste)\b[^.!?:]{0,40},$",
    re.I,
)


def trim_head(lines: list[str], title: str | None) -> list[str]:
    """Drop the repeated headline, byline, captions and labels standing above the first sentence."""
    has_prose = any(is_prose(line.strip()) for line in lines)
    start = 0
    while start < len(lines):
        line = lines[start].strip()
        if line and not _is_head_noise(line, title) and (is_prose(line) or not has_prose):
            break
        if KEY_POINTS_HEADING.match(line):
            break  # a box of key points, read past with its points below
        after = next((later for later in lines[start + 1 :] if later.strip()), "")
        if _SALUTATION.match(line) and is_prose(after.strip()):
            break  # "Hi all," over a post's first sentence opens it
        start += 1
    for _ in range(_STANDFIRSTS):
        past = _past_standfirst(lines, _past_caption(lines, _past_key_points(lines, start)))
        if past == start:
            break
        start = past
    return lines[start:]


def _past_key_points(lines: list[str], start: int) -> int:
    """Where the text starts under a box of the story's key points ("What you need to know:"
    over a few short sentences, "Summary" over one): after the blank line that closes the
    box, else at the first line longer than a point."""
    if start >= len(lines) or not KEY_POINTS_HEADING.match(lines[start].strip()):
        return start
    box = range(start + 1, min(len(lines), start + 1 + _KEY_POINTS_LINES))
    shared = next(
        (i for i in box if i > start + 1 and HEAD_METADATA.search(lines[i].strip())), None
    )
    if shared is not None:  # the box closed by the story's share buttons (The Citizen)
        return next((i for i in range(shared, len(lines)) if is_prose(lines[i].strip())), start)
    closed = next(
        (i for i in box if not lines[i].strip() and lines[i - 1].strip() and i > start + 1), None
    )
    if closed is not None:
        after = next((i for i in range(closed, len(lines)) if lines[i].strip()), None)
        if after is not None:
            return after
    for index in box:
        if len(lines[index].split()) > _KEY_POINT_WORDS:
            return index
    return start


def _past_caption(lines: list[str], start: int) -> int:
    """Where the text starts when its first line is the lead picture's caption: one short
    sentence with the picture's credit right under it ("Steve Kuchera / Duluth News Tribune"),
    and a paragraph after them. (A credit over a caption is not read: "Photo by X" over the
    story's own first paragraph is as common, and cutting that costs more.)"""
    filled = [i for i in range(len(lines)) if lines[i].strip()]
    if start not in filled or len(lines[start].split()) > _CAPTION_MAX_WORDS:
        return start
    at = filled.index(start)
    below = [" ".join(lines[i].split()) for i in filled[at + 1 : at + 3]]
    if len(below) == 2 and _is_credit(below[0]) and is_paragraph(below[1]):
        return filled[at + 2]
    if below and _CREDIT_IN_BRACKETS.search(lines[start].strip()) and is_paragraph(below[0]):
        return filled[at + 1]  # "Sylvie a retrouvé son étal. (Le Télégramme)" over the text
    return start


def _is_credit(line: str) -> bool:
    return bool(line) and (bool(CAPTION.search(line)) or bool(_PHOTO_CREDIT.match(line)))


# A picture's credit on its own line: the photographer, a slash, their paper or agency.
_PHOTO_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s*/\s*[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}$"
)
_CAPTION_MAX_WORDS = 30
# The caption's credit in brackets after its sentence: the paper's or an agency's name.
_CREDIT_IN_BRACKETS = re.compile(r"[.!?]\s+\((?-i:[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})\)$")


def _past_standfirst(lines: list[str], start: int) -> int:
    """Where the text starts when its first sentence is a standfirst: a line of prose standing
    alone, the story's byline, date or lead picture's caption under it, and the text after
    them ("Eskom says breakdowns have risen." / "Jan Gerber" / "12 Mar 2024" / ...)."""
    if start >= len(lines) or len(lines[start].split()) > STANDFIRST_MAX_WORDS:
        return start
    zone = [i for i in range(start + 1, len(lines)) if lines[i].strip()][:_HEAD_ZONE_LINES]
    marked = False  # a byline, date or credit seen between the standfirst and this line
    for index in zone:
        line = " ".join(lines[index].split())
        head = _marks_the_head(line) or _is_head_noise(line, None)  # a writer's bio too
        if is_prose(line) and not head:
            return index if marked and is_paragraph(line) else start
        marked = marked or head
    return start


def _marks_the_head(line: str) -> bool:
    """A line (spaces collapsed) that stands only in an article's head: a byline, a date (not
    a timed line of a chat: "[18/03/2024, 19:05] Priya: Hi all!"), a caption's credit."""
    if is_byline(line) or CAPTION.search(line) or HEAD_METADATA.search(line):
        return True
    return is_dateline(line, _DATE_LINE_WORDS) or bool(DATE_LINE.match(line))


def _is_head_noise(line: str, title: str | None) -> bool:
    """A line that only ever stands above an article: the headline (alone, or with a label
    after it: Reddit's flair "Starter help (self.Sourdough)"), a caption, metadata, a byline."""
    if same_text(line, title) or CAPTION.search(line) or HEAD_METADATA.search(line):
        return True
    if DATE_LINE.match(line):  # the story's date alone: "Mar 14, 2024, 10:21 AM (GMT+2)"
        return True
    if CONSENT_NOTICE.search(line):  # "We use cookies ...", "Wir und unsere Partner ..."
        return True
    if _appeals_to_the_reader(line) or PROMOTION.search(line) or TAIL_NOTICE.search(line):
        return True  # a paywall's or an audio player's ask, an advert's label, a licence
    if title and " ".join(line.split()).casefold().startswith(" ".join(title.split()).casefold()):
        rest = " ".join(line.split())[len(" ".join(title.split())) :]
        if rest[:1] in ("", " ") and len(rest.split()) <= _LABEL_WORDS and rest[-1:] not in ".!?":
            return True
    return is_byline(line)


def trim_tail(lines: list[str], author: str | None, labels: bool = False) -> list[str]:
    """Drop the bio, promotion lines and footer trailing an article, stopping at real text;
    with `labels`, at a sentence: between an article and the comments under it stand only
    labels and links ("Report this article", "Email address", "Sign up")."""
    has_prose = labels and any(is_prose(line.strip()) for line in lines)
    end = _before_author_box(lines)
    appeal = None  # where the last appeal to the reader stood: a box's heading may be over it
    while end > 0:
        line = lines[end - 1].strip()
        if end > 1 and _is_role_line(line) and _is_bare_name(lines[end - 2].strip()):
            end -= 2  # the writer's name over their job: "Saleemul Rahman" / "Climate policy
            continue  # researcher based in Dhaka.", "I cover transportation in Philadelphia."
        ends_text = is_prose(line) and not line.endswith(":")  # "Share this article:"
        if line and not is_tail_noise(line, author) and (ends_text or not has_prose):
            if appeal != end or not _in_the_appeals_box(lines, end - 1):
                break
        if _appeals_to_the_reader(line):
            appeal = end - 1
        end -= 1
    return lines[:end]


def _before_author_box(lines: list[str]) -> int:
    """Where the writer's box at the story's end starts: its heading ("About the author", "लेखक
    के बारे में") with their name, job and a bio sentence or two under it, and then only the
    page's short lines (share buttons); else the end."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for index in filled[-_AUTHOR_BOX_TAIL:]:
        if ABOUT_THE_AUTHOR.match(lines[index].strip()):
            bio = sum(is_prose(line.strip()) for line in lines[index + 1 :])
            return index if bio <= _AUTHOR_BIO_SENTENCES else len(lines)
    return len(lines)


def _in_the_appeals_box(lines: list[str], index: int) -> bool:
    """Whether the line right over an appeal to the reader is of its box, not the story: the
    box's heading, a short question or call ("¿Te interesó esta nota?" / "Sumate ... y apoyá el
    periodismo independiente." / "Suscribite"), or its blurb under a heading that appeals too
    ("Dołącz do nas na Facebooku!" / "Publikujemy najciekawsze artykuły..." / "Polub nas")."""
    line = lines[index].strip()
    if len(line.split()) <= _BOX_HEADING_WORDS and line[-1:] in "?!":
        return True
    above = lines[index - 1].strip() if index > 0 else ""
    return bool(above) and _appeals_to_the_reader(above)


def is_tail_noise(line: str, author: str | None) -> bool:
    """A bio ('<byline name> lives in ...'), a promotion, a comments heading, a footer line or
    a post's controls ("Link to comment", "Share")."""
    if PROMOTION.search(line) or SITE_FOOTER.search(line) or CAPTION.search(line):
        return True
    if TAIL_NOTICE.search(line) or _appeals_to_the_reader(line):  # "Quelle: SZ.de", a paywall
        return True
    if COMMENT_CONTROL_LINE.match(line):
        return True
    if HEAD_METADATA.search(line):  # "Originally Published: March 5, 2024 at 6:00 a.m."
        return True
    if is_dateline(line):  # "Published in Dawn, March 14th, 2024", "פורסם לראשונה: 07:32"
        return True
    if is_byline(line) or COMMENT_SECTION_HEADING.match(line):
        return True
    if _in_title_case(line) or _in_capitals(line):  # a slogan, a teaser's headline, a button
        return True
    return author is not None and line.startswith(author + " ")


def _is_role_line(line: str) -> bool:
    """A writer's job on its own line, not a sentence quoting someone by their job."""
    if _BEAT.match(line):
        return len(line.split()) <= 2 * _ROLE_LINE_WORDS
    return (
        len(line.split()) <= _ROLE_LINE_WORDS
        and bool(WRITER_ROLE.search(line))
        and not _SPEECH.search(line)
    )


def _is_bare_name(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= _NAME_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)


def _in_capitals(line: str) -> bool:
    """ "PHOTO GALLERY (CLICK TO ENLARGE)", "SUBSCRIBE NOW": a label shouting, no sentence."""
    return any(c.isalpha() for c in line) and line == line.upper() and line != line.lower()


def _in_title_case(line: str) -> bool:
    words = [word for word in line.split() if word[:1].isalpha()]
    return len(words) >= _SLOGAN_WORDS and all(word[0].isupper() for word in words)


def _appeals_to_the_reader(line: str) -> bool:
    """A newsletter, alert, follow or support appeal, a writer's contact, where else the story
    ran: the words checked first, the pattern only where one stands."""
    lowered = line.lower()
    return any(word in lowered for word in APPEAL_WORDS) and bool(READER_APPEAL.search(line))


def is_dateline(line: str, max_words: int = _DATELINE_WORDS) -> bool:
    """A short line that says when the story came out ("12 marca 2024 | 06:00", "Published in
    Dawn, March 14th, 2024"), not a sentence of it."""
    if not any(c.isdigit() for c in line):  # every written date has a number: skip the search
        return False
    if len(line.split()) > max_words or ENDS_SENTENCE.search(line):
        return False
    return bool(DATE_IN_TEXT.search(line))


def cut_recommendations(lines: list[str]) -> list[str]:
    """Drop a block of teaser links after the article ('Sponsored Stories', 'You may also
    like'): from its heading on, when no sentence follows the heading (a teaser's headline
    that asks a question is none: "Still the king of pocketable handhelds?")."""
    cut = len(lines)
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index].strip()
        if RECOMMENDATIONS_HEADING.match(line) or _READ_MORE_HEADING.match(line):
            cut = index  # and on up: "Read more" over the links, "More from X" under them
        elif is_prose(line) and not headline_like(line) and not is_tail_noise(line, None):
            break  # the story's own text ("You may also be interested in..." reads as prose)
    return lines[:cut]


def trim_footer(lines: list[str]) -> list[str]:
    """Drop site footer lines after the last comment, and the links between them ("Back to top"
    / "About" / "Contact" / "© 2025 ..."): from the first footer line with no prose under it;
    a reader's own words are kept."""
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or SITE_FOOTER.search(lines[end - 1].strip())):
        end -= 1
    for index in range(end - 1, -1, -1):
        line = lines[index].strip()
        if is_prose(line):
            break
        if SITE_FOOTER.search(line):
            end = index
    return lines[:end]


def drop_captions(lines: list[str]) -> list[str]:
    """Image captions and credits are boilerplate wherever they stand."""
    return [line for line in lines if not CAPTION.search(line.strip())]


def clean_article(lines: list[str], title: str | None, before_comments: bool = False) -> list[str]:
    """The article's own lines: head noise, captions, form, bio and footer removed; with
    `before_comments` (a comment section follows it) also the labels after its last sentence."""
    author = byline_name(lines)
    lines = cut_at_comment_form(lines)
    lines = trim_head(lines, title)
    headline = next((i for i, line in enumerate(lines) if same_text(line, title)), None)
    if headline is not None:  # a headline under a first line of other text: not the article's
        lines = lines[:headline] + lines[headline + 1 :]
    lines = drop_captions(lines)
    return trim_tail(cut_recommendations(lines), author, labels=before_comments)


def join_lines(lines: list[str]) -> str:
    """Lines back into text, blank runs collapsed to one empty line."""
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def article_text(lines: list[str]) -> str:
    """Article lines as text with plain spaces and without an end mark; comment text, by
    contrast, is kept as written."""
    return _END_MARK.sub("", _ODD_SPACES.sub(" ", join_lines(lines)))


# What a site shows where a removed comment stood: "This comment was removed by a moderator.",
# "Comment deleted", "[removed]", "This comment has been hidden for breaking our guidelines."
_REMOVED = re.compile(
    r"^\[?(?:this )?(?:comment|post|message|reply)?\s?(?:was |has been |is )?"
    r"(?:removed|deleted|hidden)(?: by (?:a|the) (?:moderators?|admin\w*|author|user|site))?"
    r"(?: for [^.\n]{1,80})?\]?\.?$"
    # ... in Spanish, Portuguese, French, Italian and German: "Este comentario ha sido eliminado
    # por incumplir las normas de participación.", "Dieser Kommentar wurde entfernt."
    r"|^(?:este comentario (?:ha sido|fue) (?:eliminado|borrado|ocultado|retirado)"
    r"|este comentário foi (?:removido|eliminado|apagado|ocultado)"
    r"|ce commentaire a été (?:supprimé|retiré|masqué)|questo commento è stato (?:rimosso|eliminato"
    r"|nascosto)|dieser kommentar wurde (?:entfernt|gelöscht|ausgeblendet))"
    r"(?: (?:por|par|da|von|wegen|pour|per)\b[^.\n]{1,80})?\.?$",
    re.I,
)
_AVATAR_LETTERS = re.compile(r"^[A-Z]{1,3}$")  # the next writer's avatar, read into this one


def without_removed(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """Comments without the placeholders of removed ones, and the comment form's heading read
    as one by no one ("Leave comment"): the site's words, no reader's, and nothing to moderate.
    A reply to one keeps whom it answered, not a parent gone."""
    removed = set()
    for comment in comments:
        first, _, rest = comment.text.strip().partition("\n")
        if _REMOVED.match(first.strip()) and all(
            _AVATAR_LETTERS.match(line.strip()) for line in rest.split("\n") if line.strip()
        ):
            removed.add(comment.id)
        elif comment.author is None and _is_form_heading(comment.text.strip()):
            removed.add(comment.id)
    if not removed:
        return comments
    return tuple(
        replace(c, parent=None) if c.parent in removed else c
        for c in comments
        if c.id not in removed
    )


def _is_form_heading(text: str) -> bool:
    return len(text.split()) <= _FORM_HEADING_WORDS and bool(COMMENT_FORM_START.match(text))


_FORM_HEADING_WORDS = 4


def without_edit_notes(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """Comments without the note a forum sets under an edited post ("This reply was modified
    1 year ago by Colin Ashworth."): the forum's words, not the writer's."""
    out = []
    for comment in comments:
        if not EDIT_NOTE.match(comment.text.rstrip().rpartition("\n")[2].strip()):
            out.append(comment)  # most comments: no note under them
            continue
        lines = comment.text.split("\n")
        end = len(lines)
        while end > 0 and (not lines[end - 1].strip() or EDIT_NOTE.match(lines[end - 1].strip())):
            end -= 1
        kept = "\n".join(lines[:end])
        out.append(replace(comment, text=kept) if kept and end < len(lines) else comment)
    return tuple(out)
