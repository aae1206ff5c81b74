"""Plain-text pages: headline, article and comments, whichever way the comments are marked."""

from __future__ import annotations

import re

from moderation.parse.boilerplate import (
    CONSENT_NOTICE,
    ENDS_SENTENCE,
    NOT_A_TITLE_END,
    STANDFIRST_MAX_WORDS,
    TITLE_MAX_CHARS,
    TITLE_MAX_WORDS,
    article_text,
    clean_article,
    cut_at_comment_form,
    headline_like,
    is_byline,
    is_dateline,
    is_paragraph,
    is_prose,
    same_text,
    trim_footer,
)
from moderation.parse.chat_logs import parse_chat_log
from moderation.parse.html_posts import Thread as PostThread
from moderation.parse.layouts import (
    AGE_LINE,
    CAPTION,
    COMMENT_CLOSING_LINE,
    COMMENT_CONTROL_LINE,
    COMMENT_FORM_START,
    COMMENT_GATE,
    COMMENT_LABEL_LINE,
    COMMENT_SECTION_HEADING,
    DATE_IN_TEXT,
    DATE_LINE,
    DATED_CONTROL_LINE,
    HEAD_METADATA,
    POSTED_WORDS,
    SIGN_IN_PROMPT,
    SOCIAL_MARK,
    WRITER_ROLE,
)
from moderation.parse.quoted import take_email_quotes
from moderation.parse.threads import (
    find_thread,
    link_parents_by_name,
    replies_shown,
    under_shown_replies,
)
from moderation.parse.timestamps import to_iso
from moderation.parse.voice import find_comment_start
from moderation.types import Comment, Page

# A sort order offered over the comments: "Newest", "Oldest", "Top comments".
_SORT_WORD = (
    r"(?:newest|oldest|top|best|latest|most (?:liked|relevant|recent)|top comments"
    r"|mới nhất|cũ nhất|được thích nhất|hay nhất)"  # Vietnamese: newest, oldest, most liked
)
# "Newest", and the sort tabs on one line: "Newest | Oldest | Top" (The Daily Beast)
_SORT_LABEL = re.compile(rf"^{_SORT_WORD}(?:\s*[|·•]\s*{_SORT_WORD})*$", re.I)
# "Posted on", "Published:", and "Published:" in other languages ("Objavljeno: 05. prosinca")
_POSTED_ON = re.compile(rf"^{POSTED_WORDS}\s*:?\s*", re.I)
# Over a comment list, not in it: its count ("5 comments") or the moderation notice.
_SECTION_NOTICE = re.compile(
    r"^(?:\d[\d,.]*\s+comments?|comments (?:are|will be) (?:moderated|reviewed|checked)\b"
    # the site's words after it: "... approved before they appear", "Please keep it civil."
    r".*\b(?:guidelines|published|approved|policy|rules|appear|civil|respectful|polite)\b.*"
    r"|comments are (?:shown|posted|displayed) (?:without names|anonymously)\b.*"
    r"|your comment will (?:be (?:visible|published|shown)|appear) (?:after|once)\b.*)$",
    re.I,
)
_HEADING_COUNT = re.compile(r"\d[\d,]*")
_NOTICE_LINES = 2  # the site's rules over its comments
_FORM_LINES = 3  # a comment form drawn right under the comments heading
_CLOSED_BLOCKS = 2  # comments closed by their buttons: what follows the last is the page's
_FORM_OVER_COMMENTS = 2
_FORM_BUTTON = re.compile(
    r"^\s*(?:post|submit|send|publish|cancel|log ?in|sign ?in|publicar|enviar|kirim|absenden"
    r"|senden|envoyer|publier|invia|pubblica|verstuur|plaatsen)\W*$",
    re.I,
)
_HEAD_LINES = 120  # a copied page's menus run long above its headline
_ROLE_MAX_WORDS = 8
_BYLINE_LABELS = 3  # name, section, role between a headline and its date
_BYLINE_TO_TEXT = 16  # lines of role, date, share buttons, caption and credit
_BYLINE_MAX_WORDS = 6  # "Rhiannon Ashby, Midlands Correspondent"
# "Posted on 5 March 2024 by Sam Okonjo", "By dunnock_photo, March 4, 2024 in Lenses".
_POSTED_BY = re.compile(
    r"^(?:(?:posted|published|written)\b.{0,40}?\s)?by\s+@?[\w.'’-]+(?:[\s,|].{0,80})?$", re.I
)
_NAME_MAX_WORDS = 4
_NAME_MAX_CHARS = 40
_SENTENCE_PUNCTUATION = re.compile(r"[.!?,;:]\s*$|[!?]")
_HANDLE = re.compile(r"^@|[\d_]|\w\.\w")  # "@kim", "kim_22", Instagram's "mara.bakes"
_TAGLINE_WORDS = 6
_INITIAL = re.compile(r"^[A-Z]\.$")
# Lower-case words inside a name: "Imke de Vries", "Ludwig van Beethoven", "Omar al Farouk".
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le"})
_NAME_PARTICLES |= {"al", "bin", "ibn", "ter", "ten", "y", "dos", "das"}
# What a site prints for a reader who gave no name, in any case: a name all the same.
_NO_NAME_GIVEN = frozenset(
    {"anonymous", "anonyme", "anónimo", "anônimo", "anonimo", "anonym", "anoniem", "anonim",
     "guest", "gast", "gość", "gost", "invité", "invitado", "convidado", "ospite", "vieras",
     "nimetön", "bạn đọc", "độc giả", "khách"}
)  # fmt: skip
_NAME_PREFIX = re.compile(r"^(?P<name>[^:]{1,40}):\s+(?P<text>\S.*)$")
# "Skip to main content": a menu's first link, in English and other languages.
_SKIP_LINK = re.compile(
    r"^(?:skip to|jump to|vai al|salta al|aller au|passer au|zum inhalt|direkt zum|saltar al"
    r"|ir al contenido|ga naar|hoppa till|przejdź do)\b",
    re.I,
)
# Marks of a post, not of a headline: a hashtag, a mention, a link, an emoji, the "·" of a
# line of metadata ("Riverside Repair Café · 3-2"), and a breadcrumb's separators ("News24 |
# South Africa | News").
_NOT_HEADLINE = re.compile(rf"{SOCIAL_MARK.pattern}|\s·\s|\s[|›»>]\s.*\s[|›»>]\s")
_LABEL_MAX_WORDS = 3
_LABELS_PER_SENTENCE = 4  # a poll's or a mood meter's question over its answers
_SAID_WORDS = 4
_ARROW = re.compile(r"^[▶►▸›»→↳]$")  # between a reply's writer and whom it answers
# The control under each comment that the next comment follows: "Reply" in a few languages.
_CLOSING_CONTROL = re.compile(
    r"^(?:Reply|Antworten|Répondre|Responder|Rispondi|返信|回复|답글)$", re.I
)


def parse_text_page(text: str, source: str) -> Page:
    """Split a plain-text page: marked threads first, then a comments heading, then voice."""
    lines = text.split("\n")
    chat = parse_chat_log(lines, source)
    if chat is not None:
        return chat
    title, body_start = find_title(lines)
    body = lines[body_start:]
    thread = find_thread(body)
    if thread is not None:
        above = body[: thread.start]
        heading = find_comment_heading(above, last=True)
        head = above[:heading] if heading is not None else above
        article = article_text(clean_article(head, title, before_comments=True))
        comments = thread.comments
        if thread.mail and len(comments) > 1:
            # A mail thread: its first mail (its own words, not the mail it quotes) is the
            # article when the page has less prose of its own (a mailbox's or a list's menus),
            # or when the mails show their headers (a newsreader's thread: the rest is its UI).
            first = take_email_quotes(comments[:1])[0]
            opened = PostThread((first, *comments[1:]), opens=not first.parent)
            if thread.subject is not None or opened.opened_by(article):
                article, comments = first.text, opened.replies()
                title = thread.subject or title
        elif comments and _opens_with_title(comments[0].text, title) and not _has_prose(head):
            # The post itself, its headline first, drawn like the replies under it (Nextdoor)
            # on a page whose own text is only menus: the post is the article.
            opened = PostThread(comments, opens=not comments[0].parent)
            post = comments[0].text.split("\n")[1:]  # its counts and labels after it out
            article = article_text(clean_article(post, title, before_comments=True))
            comments = opened.replies() if article else comments
        return Page(source, title, article, comments)
    heading = find_comment_heading(body)
    runs = None
    if heading is not None:
        article = clean_article(body[:heading], title, before_comments=True)
        below = trim_footer(cut_at_comment_form(body[heading + 1 :]))
        comments = _at_most_stated(comments_in_section(below), body[heading])
        if not any(is_prose(comment.text) for comment in comments):
            comments = _under_the_form(body[heading + 1 :], body[heading]) or comments
        if any(is_prose(comment.text) for comment in comments):
            return Page(source, title, article_text(article), comments)
        runs = control_closed_runs(body)
        if runs is None:
            if _only_labels(comments):  # the form's fields, related links, the footer
                comments = ()
            return Page(source, title, article_text(article), comments)
        # a "Comment" button under the post, not a heading: the comments stood above it
    section = control_closed_section(body) or runs or control_closed_runs(body)
    if section is not None:
        start, end = section
        article = clean_article(body[:start], title, before_comments=True)
        return Page(source, title, article_text(article), comments_in_section(body[start:end]))
    article = clean_article(body, title)
    article, comments = split_by_voice(article)
    return Page(source, title, article_text(article), comments)


def _under_the_form(lines: list[str], heading: str) -> tuple[Comment, ...]:
    """The comments under a comment form drawn right under the heading ("Leave a comment" /
    "Your comment will be visible after moderation." / the comments), where cutting at the
    form left none: read from the form's next lines on, when they hold comments of prose."""
    filled = [index for index, line in enumerate(lines) if line.strip()][:_FORM_LINES]
    form = next((i for i in filled if _opens_the_form(lines[i].strip())), None)
    if form is None:
        return ()
    start = form + 1
    while start < len(lines) and (not lines[start].strip() or _FORM_BUTTON.match(lines[start])):
        start += 1  # "Post", "Log in" under the box
    below = trim_footer(cut_at_comment_form(lines[start:]))
    comments = _at_most_stated(comments_in_section(below), heading)
    return comments if sum(is_prose(c.text) for c in comments) >= _FORM_OVER_COMMENTS else ()


def _opens_the_form(line: str) -> bool:
    return bool(COMMENT_FORM_START.match(line) or COMMENT_GATE.match(line))


def _at_most_stated(comments: tuple[Comment, ...], heading: str) -> tuple[Comment, ...]:
    """No more unmarked comments than the heading counts ("Comments (8)"): the lines past
    them are the page's (a notice to readers, its footer), read one per line like them."""
    count = _HEADING_COUNT.search(heading)
    stated = int(count.group().replace(",", "")) if count else None
    if stated is None or len(comments) <= stated or any(c.author for c in comments):
        return comments
    return comments[:stated]


def _opens_with_title(text: str, title: str | None) -> bool:
    return title is not None and same_text(text.split("\n", 1)[0], title)


def _has_prose(lines: list[str]) -> bool:
    return any(is_prose(line.strip()) for line in lines)


def find_title(lines: list[str]) -> tuple[str | None, int]:
    """A headline is a short first line standing alone above the text, else the headline over
    a byline (a page copied whole, menus first); else there is none."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if (
        first is None
        or first + 1 >= len(lines)
        or lines[first + 1].strip()
        or _SKIP_LINK.match(lines[first].strip())
    ):
        found = headline_over_byline(lines)
        return found if found[0] else headline_over_text(lines)
    line = " ".join(lines[first].split())
    rest = any(other.strip() for other in lines[first + 1 :])
    if (
        not rest
        or len(line) > TITLE_MAX_CHARS
        or len(line.split()) > TITLE_MAX_WORDS
        or NOT_A_TITLE_END.search(line)
        or CAPTION.search(line)
        or is_byline(line)
    ):
        return None, 0
    return line, first + 1


def headline_over_byline(lines: list[str]) -> tuple[str | None, int]:
    """The headline of a page copied with its menus: over the first byline ("By Dana Whitcomb",
    "Posted on 5 March 2024 by Sam") or date line ("5 March 2024") that has one, the first of
    the lines of headline length right above it (a standfirst may stand between, and a
    caption); the text starts at the byline. (None, 0) when none, or when a paragraph comes
    first (a cookie notice aside): a headline and date under a paragraph are a related story's
    teaser, or a post's time under it."""
    filled = [index for index, line in enumerate(lines[:_HEAD_LINES]) if line.strip()]
    for anchor, index in enumerate(filled):
        if (
            is_paragraph(lines[index])
            and not CONSENT_NOTICE.search(lines[index])
            and not _is_standfirst(lines, index)
            and not _headline_of_two_sentences(lines, index, filled[anchor + 1 : anchor + 3])
        ):
            break
        if not _is_byline(lines[index]) or not _text_follows(lines, filled[anchor + 1 :]):
            continue  # the masthead's date over the menus: no story under it
        start, above, labels = anchor, anchor, 0
        while above > 0:
            line = lines[filled[above - 1]]
            if start == anchor and _names_the_writer(line, lines[filled[above]]):
                pass  # "Jeff Gray" / "City Hall Reporter" between headline and date
            elif start == anchor and labels < _BYLINE_LABELS and _is_label(line):
                labels += 1  # "Jan Gerber" / "Politics" over "12 Mar 2024"
            elif start == anchor and (HEAD_METADATA.search(line.strip()) or _is_byline(line)):
                pass  # "Published On 2 Apr 2024" over "2 Apr 2024": the date twice
            elif start == anchor and _is_standfirst(lines, filled[above - 1]):
                pass  # the story in a sentence, under its headline
            elif (
                HEAD_METADATA.search(line.strip())
                or _is_byline(line)
                or is_dateline(line, _BYLINE_MAX_WORDS)
            ):
                break  # the story's date over its headline: "Published December 5, 2026 ...",
                # "Kamis, 14 Mar 2024 10:31 WIB" (a weekday no date pattern knows)
            elif CAPTION.search(line.strip()):
                pass  # the lead picture's caption between headline and byline: never the headline
            elif start < anchor and _said_before(lines, filled[above - 1]):
                break  # the section's name over its headline, as the menu above wrote it
            elif headline_like(line) and not _NOT_HEADLINE.search(line):  # a post's, "🇺🇸"
                start = above - 1
            else:
                break
            above -= 1
        if start < anchor:
            return " ".join(lines[filled[start]].split()), index
    return None, 0


def _said_before(lines: list[str], index: int) -> bool:
    """Whether the line at `index` repeats one above it (a menu's item: "Celestial Objects to
    Watch" in the menu and again over the story, its section's name)."""
    line = " ".join(lines[index].split())
    return any(" ".join(other.split()) == line for other in lines[:index])


def _headline_of_two_sentences(lines: list[str], index: int, below: list[int]) -> bool:
    """A headline that reads like a paragraph ("The reef is bleaching again. Here’s what makes
    2024 different"; "... I sindaci: “Siamo stati lasciati soli”"): no full stop at its end, and
    the story's byline or date under it or under its standfirst."""
    return headline_like(lines[index]) and any(
        _is_byline(lines[under]) or HEAD_METADATA.search(lines[under].strip()) for under in below
    )


def _text_follows(lines: list[str], below: list[int]) -> bool:
    """Whether a paragraph comes soon under a byline, before any other: the story's byline,
    not the masthead's date over the menus."""
    for above, index in zip([None, *below], below[:_BYLINE_TO_TEXT], strict=False):
        line = " ".join(lines[index].split())
        if is_paragraph(line):
            return True
        if is_byline(line) or (DATE_LINE.match(line) and above and headline_like(lines[above])):
            return False  # another story's byline, or a date under another headline
    return False


def _is_label(line: str) -> bool:
    """A name or a section over a story's date: a few capitalised words, no sentence."""
    words = line.split()
    return (
        len(words) <= _NAME_MAX_WORDS
        and not _SENTENCE_PUNCTUATION.search(line)
        and all(word[:1].isupper() for word in words if word not in _NAME_PARTICLES)
    )


def _is_standfirst(lines: list[str], index: int) -> bool:
    """A sentence or two telling the story under its headline, over the byline."""
    line = " ".join(lines[index].split())
    above = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
    return (
        is_prose(line)
        and len(line.split()) <= STANDFIRST_MAX_WORDS
        and headline_like(above)
        and _capitalised(above)
        and not _NOT_HEADLINE.search(above)
    )


def _capitalised(line: str) -> bool:
    """Opening as a headline does: its first letter a capital, or a number ("£3.2m towpath
    upgrade ...", "3 injured in ...")."""
    first = next((char for char in line if char.isalnum()), "")
    return first.isupper() or first.isdigit()


# A writer signing with initials, as Balkan and Central European papers do: "D.Ć.", "J. K."
_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s?){1,4}$")


def _names_the_writer(line: str, below: str) -> bool:
    """A writer's role ("Midlands Correspondent", "Ria Ashby, Local Government Correspondent"),
    or a short name over one: a byline of the page's story, not its headline."""
    line = " ".join(line.split())
    if WRITER_ROLE.search(line) and len(line.split()) <= _ROLE_MAX_WORDS:
        return True
    if _REPORTS_FROM.match(line):  # "Shane Ó Ceallaigh Reports from Eamonn Deacy Park"
        return True
    if _is_date_line(" ".join(below.split())):  # "Anna Berg" / "12 Mar 2024"
        return _is_label(line) or bool(
            _NAME_AND_OUTLET.match(line) or _INITIALS.match(line) and line.isupper()
        )
    name = len(line.split()) <= _NAME_MAX_WORDS and not _SENTENCE_PUNCTUATION.search(line)
    return bool(WRITER_ROLE.search(below)) and name


def headline_over_text(lines: list[str]) -> tuple[str | None, int]:
    """The headline of a page copied with its menus and no byline: the nearest line of headline
    length above the first paragraph, standing alone or with only labels, counts, dates,
    controls and captions between it and the paragraph ("Question", "46 views", "Share").
    (None, 0) when none; the text starts where it did, so that a post's author line above its
    headline stays."""
    filled = [index for index, line in enumerate(lines[:_HEAD_LINES]) if line.strip()]
    first = next((n for n, i in enumerate(filled) if is_paragraph(lines[i])), None)
    labels_below, drawn_close = True, None
    for index in reversed(filled[:first] if first is not None else []):
        line = " ".join(lines[index].split())
        alone = (not index or not lines[index - 1].strip()) and not lines[index + 1].strip()
        menu = _SKIP_LINK.match(line) or DATE_IN_TEXT.search(line)
        # A name right over a date is a byline ("Rhiannon Ashby, Midlands Correspondent").
        dated = (
            not alone
            and len(line.split()) <= _BYLINE_MAX_WORDS  # a headline over the byline is none
            and bool(DATE_IN_TEXT.search(lines[index + 1]))
        )
        label = (
            menu
            or dated
            or len(line.split()) <= _LABEL_MAX_WORDS
            or COMMENT_CONTROL_LINE.match(line)
            or CAPTION.search(line)
            or _is_byline(line)
            or (labels_below and _is_standfirst(lines, index))
        )
        headline = headline_like(line) and _capitalised(line) and not _NOT_HEADLINE.search(line)
        if (alone or labels_below) and not label and headline:
            if alone:
                return line, 0
            # a caption can stand there too (one alone wins), or a standfirst under its headline
            drawn_close = drawn_close or _over_standfirst(lines, index) or line
        labels_below = labels_below and bool(label)
        if alone and not label:  # a line of text of its own: the head ends here
            break
    return drawn_close, 0


def _over_standfirst(lines: list[str], index: int) -> str | None:
    """The shorter headline drawn right above a line of headline length (its standfirst)."""
    above = " ".join(lines[index - 1].split()) if index else ""
    headline = (
        above
        and _capitalised(above)
        and headline_like(above)
        and len(above.split()) < len(lines[index].split())
        and not DATE_IN_TEXT.search(above)
    )
    return above if headline else None


def _is_byline(line: str) -> bool:
    """A byline, or a line that is only a date (the BBC's "5 March 2024" under a headline,
    "Published: March 12, 2024 6.02am AEDT", "14:22 | 14/05/2024")."""
    line = _CLOCK_BAR.sub(r"\1 ", " ".join(line.split()))
    if (source := _SOURCE_BAR.match(line)) and HEAD_METADATA.match(line[source.end() :]):
        return True  # "नवभारतटाइम्स.कॉम | Updated: 14 Mar 2024, 7:30 am": the outlet, then when
    after = _AFTER_THE_DATE.search(line)
    if after and (HEAD_METADATA.search(after["rest"]) or _DATELINE_PLACE.match(after["rest"])):
        line = line[: after.start()]  # "5 мар 2024, 13:55 | Обновена ...", "Mar 5th 2024 | OSLO"
    if is_byline(line) or DATE_LINE.match(_READ_TIME.sub("", _POSTED_ON.sub("", line))):
        return True
    if (posted := _POSTED_ON.match(line)) and AGE_LINE.match(line[posted.end() :]):
        return True  # "published 2 hours ago" (Future plc's sites)
    if _is_date_line(line):
        return True
    if _NAME_DASH_OUTLET.match(line):  # "Arief Nugroho - detikNews"
        return True
    return bool(_POSTED_BY.match(line) and not ENDS_SENTENCE.search(line))


# An outlet or a writer's name before a bar ("PTI | Updated: ..."), a few words at most.
_SOURCE_BAR = re.compile(r"^[^|\s](?:[^|\s]|\s(?!\|)){0,40}\s\|\s(?=\S)")
# A writer and where they wrote from, over the story's date (a sports site's match report).
_REPORTS_FROM = re.compile(
    r"^(?:[^\W\d_][\w.'’-]*\s+){1,4}(?i:reports|reporting|writes|writing) from\s+\S.{0,60}$"
)


def _is_date_line(line: str) -> bool:
    """A line that is only a date, or the place a story was filed from and its date ("Jakarta
    ● Tue, March 19, 2024")."""
    placed = _PLACE_FIRST.match(line)
    return bool(DATE_LINE.match(line) or placed and DATE_LINE.match(line[placed.end() :]))


# A writer and their paper in brackets: "Dio Suhenda (The Jakarta Post)".
_NAME_AND_OUTLET = re.compile(r"^[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,3} \([^()]{2,40}\)$")
# The place a story was filed from, a mark, then its date.
_PLACE_FIRST = re.compile(r"^[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}\s*[●•·|]\s*")
# The clock before the date, a bar between: "14:22 | 14/05/2024" (O POVO).
_CLOCK_BAR = re.compile(r"^(\d{1,2}[:h]\d{2})\s*[|•·]\s*(?=\d)")
# A writer and their paper, with no "By": "Arief Nugroho - detikNews" (Indonesia's news sites).
_NAME_DASH_OUTLET = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} [-–—] [\w.]+$")
# After a story's date, when it was updated ("... | Updated 5 March 2024, 15:20") or the place
# it was filed from, in capitals ("Mar 5th 2024 | STOCKHOLM").
_AFTER_THE_DATE = re.compile(r"\s+[|•·]\s+(?P<rest>\S.*)$")
_DATELINE_PLACE = re.compile(r"^[^\W\d_a-z]{2,}(?:[ -][^\W\d_a-z]{2,}){0,2}$")
# The reading time beside a story's date: "Published Mar 05, 2024 • 3 minute read" (Postmedia)
_READ_TIME = re.compile(r"\s*[•·|—–-]\s*\d+\s*min(?:ute)?s?\.?\s+read$", re.I)


def _byline_button(lines: list[str], index: int, next_heading: int) -> bool:
    """ "Comments" among the byline's buttons, a link down to the section's own heading: the
    share buttons or the story's date right under it ("Comments" / "Share" / the caption), and
    the story between the two, more prose than the site's rules over a comment section."""
    below = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    between = sum(is_prose(line.strip()) for line in lines[index + 1 : next_heading])
    return bool(HEAD_METADATA.search(below)) and between > _NOTICE_LINES


def find_comment_heading(lines: list[str], last: bool = False) -> int | None:
    """A 'Comments' / '12 comments' heading after the article opens an unmarked comment list.
    `last`: the one that opens the comments, not a count under the byline ("6 Comments", a
    link to them from above the article): the first with at most a notice's prose under it
    (the site's rules), else the last."""
    seen_prose = False
    found = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if seen_prose and COMMENT_SECTION_HEADING.match(stripped):
            found.append(index)
        seen_prose = seen_prose or is_prose(stripped)
    if len(found) > 1 and _byline_button(lines, found[0], found[1]):
        found = found[1:]  # the section's own heading comes later
    if not last:
        return found[0] if found else None
    for index in found:
        if sum(is_prose(line.strip()) for line in lines[index + 1 :]) <= _NOTICE_LINES:
            return index
    return found[-1] if found else None


def control_closed_section(lines: list[str]) -> tuple[int, int] | None:
    """The lines of a comment section with no heading, drawn as paragraphs each closed by its
    comment's controls ("Upvote (9)" / "Share" / "Report" / "2w ago": Product Hunt copied as
    text): from the first of three such paragraphs in a row to the last of them, else None."""
    paragraphs, start = [], None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            paragraphs.append((start, index))
            start = None
    closed = [_closed_by_controls(lines[a:b]) for a, b in paragraphs]
    first = next(
        (n for n in range(len(closed) - 2) if closed[n] and closed[n + 1] and closed[n + 2]), None
    )
    if first is None:
        return None
    last = max(n for n in range(first, len(closed)) if closed[n])
    return paragraphs[first][0], paragraphs[last][1]


def control_closed_runs(lines: list[str]) -> tuple[int, int] | None:
    """The lines of a comment section drawn with no blank lines, each comment a writer's
    name, its text, then controls ("mara.bakes" / "this crumb ..." / "5d" / "23 likes" /
    "Reply": Instagram copied as text): from the name opening the first of three such runs
    to the last control line, else None."""
    closing = [i for i, line in enumerate(lines) if _CLOSING_CONTROL.match(line.strip())]
    runs = list(zip([-1, *closing], closing, strict=False))
    prosed = [any(_is_said(lines[i].strip()) for i in range(a + 1, b)) for a, b in runs]
    first = next(
        (n for n in range(len(runs) - 2) if prosed[n] and prosed[n + 1] and prosed[n + 2]), None
    )
    if first is None:
        return None
    low, high = runs[first]
    start = next(
        (
            i
            for i in range(high - 1, low, -1)
            if _is_name(lines[i].strip()) and _is_said(lines[i + 1].strip())
        ),
        None,
    )
    last = max(b for (a, b), has in zip(runs, prosed, strict=True) if has)
    return (start, last + 1) if start is not None else None


def _is_said(line: str) -> bool:
    """A line of something said: prose, or a few words a comment leaves unfinished ("Reserved
    two for Saturday, see you at 8 sharp"), not a control, a count or a date."""
    if is_prose(line):
        return True
    words = line.split()
    return (
        len(words) >= _SAID_WORDS
        and not COMMENT_CONTROL_LINE.match(line)
        and not DATE_IN_TEXT.search(line)
        and sum(any(c.isalpha() for c in word) for word in words) >= _SAID_WORDS
    )


def _closed_by_controls(paragraph: list[str]) -> bool:
    """Prose, then control lines to the end."""
    last = paragraph[-1].strip()
    return bool(COMMENT_CONTROL_LINE.match(last) or COMMENT_CLOSING_LINE.match(last)) and any(
        is_prose(line.strip()) for line in paragraph
    )


def comments_in_section(lines: list[str]) -> tuple[Comment, ...]:
    """Comments of an unmarked section. Where control lines ("Reply", "Like · Reply · 2y")
    close the comments, each block between them (and the ages, counts and "Edited" beside
    them) is one comment, opened by its author's name when most blocks of several lines open
    with one, badges and sort labels around the name left out ("Author" / "Wexcombe Gazette",
    "Sarah Pengelly" / "Top fan"); else each line is one comment."""
    filled = [line.strip() for line in lines if line.strip()]
    filled = [line for line in filled if not _SECTION_NOTICE.match(line)]
    dated_controls = [DATED_CONTROL_LINE.match(line) for line in filled]
    closing = [
        bool(dated or COMMENT_CONTROL_LINE.match(line))
        for line, dated in zip(filled, dated_controls, strict=True)
    ]
    if sum(closing) < 2:
        return _comments_signed_with_dates(filled) or comments_one_per_line(filled)
    blocks: list[list[str]] = [[]]
    times: list[str | None] = [None]  # a block's date, from the controls closing it
    shown: dict[int, int] = {}  # a block's replies shown under it: "Ẩn 2 trả lời"
    under = _dated_under_controls(filled, closing)
    for line, closes, dated in zip(filled, closing, dated_controls, strict=True):
        if under and not blocks[-1] and _is_date_or_age(line):
            above = max((n for n, block in enumerate(blocks) if block), default=None)
            if above is not None and times[above] is None:
                signed = DATE_LINE.match(line)  # an age gives no time
                times[above] = to_iso(signed.group("posted")) if signed else None
            continue
        if (replies := replies_shown(line)) is not None:
            above = max((n for n, block in enumerate(blocks) if block), default=None)
            if above is not None:
                shown[above] = replies
        elif closes or COMMENT_CLOSING_LINE.match(line):
            if dated and blocks[-1] and times[-1] is None:
                times[-1] = to_iso(dated.group("posted"))
            blocks.append([])
            times.append(None)
        elif SIGN_IN_PROMPT.match(line) or _SORT_LABEL.match(line):
            continue  # "Please log in to comment", "Newest" over the first comment
        else:
            blocks[-1].append(line)
    if sum(1 for block in blocks[:-1] if block) >= _CLOSED_BLOCKS:
        blocks[-1] = []  # after the last comment's buttons: the page's related links, footer
    kept = [n for n, block in enumerate(blocks) if block]
    shown = {kept.index(n): count for n, count in shown.items() if n in kept}
    times = [time for block, time in zip(blocks, times, strict=True) if block]
    blocks = [block for block in blocks if block]
    heads = [_name_head(block) for block in blocks]
    longer = [head for block, head in zip(blocks, heads, strict=True) if len(block) > 1]
    named = len(longer) >= 2 and sum(head is not None for head in longer) * 3 >= len(longer) * 2
    if named and heads[0] is None:  # the section's notice and prompts over the first name
        blocks[0] = _from_first_name(blocks[0])
        heads[0] = _name_head(blocks[0])
    comments, positions = [], []
    for position, (block, head, posted) in enumerate(zip(blocks, heads, times, strict=True)):
        author, text = (block[head[0]], block[head[1] :]) if named and head else (None, block)
        if named and head is None and len(text) > 1 and (opening := DATE_LINE.match(text[0])):
            posted, text = posted or to_iso(opening.group("posted")), text[1:]  # no name given
        if named and head and (dated := _head_date(block[: head[1]])):
            posted = posted or to_iso(dated)  # "Sun, 07 Apr, 2024 - 19:45" over the name
        signed = DATE_LINE.match(text[-1]) if len(text) > 1 else None
        if signed:  # a comment signed by its date, over its buttons
            posted, text = posted or to_iso(signed.group("posted")), text[:-1]
        if named and head is None and len(block) == 1 and not is_prose(block[0]):
            continue  # a label between comments ("Most relevant"), no comment
        if len(block) == 1 and SIGN_IN_PROMPT.match(block[0]):
            continue  # "Log in to comment" under them
        answered = head[2] if named and head else None
        comments.append(
            Comment(
                id=f"c{len(comments) + 1}",
                text="\n".join(text),
                author=author,
                reply_to=answered,
                posted=posted,
            )
        )
        positions.append(position)
    return link_parents_by_name(under_shown_replies(comments, positions, shown))


def _dated_under_controls(filled: list[str], closing: list[bool]) -> bool:
    """Whether each comment's date or age is printed under its buttons, not over the next
    comment's name (Tuổi Trẻ: name / text / "Trả lời" / "Thích" / "15/06/2025 07:42"): the
    last buttons have one under them, and the first comment none over it."""
    ends = [index for index, closes in enumerate(closing) if closes]
    after_last = ends[-1] + 1
    return (
        after_last < len(filled)
        and _is_date_or_age(filled[after_last])
        and not any(_is_date_or_age(line) for line in filled[: ends[0]])
    )


def _is_date_or_age(line: str) -> bool:
    return DATE_LINE.match(line) is not None or AGE_LINE.match(line) is not None


def _from_first_name(block: list[str]) -> list[str]:
    """The first comment's lines from its writer's name on ("Para comentar tenés que ser
    suscriptor." / "Suscribite" / "Ordenar por: Más recientes" / "Gustavo Ibarra" / "Y dale
    que va ..."), where the comments under it all open with a name: the last name over words
    said; the block as it was when none."""
    for index in range(len(block) - 2, -1, -1):
        if _is_name(block[index]) and _is_said(block[index + 1]):
            return block[index:]
    return block


def _name_head(block: list[str]) -> tuple[int, int, str | None] | None:
    """Where a block's author name stands, where its text starts and whom it answers: the first
    name in the run of names and labels opening the block; the labels, marks ("📌") and the
    writer's tagline after it ("Maker", "Hydrologist @ a consultancy": Product Hunt) skipped;
    a name after an arrow ("Cass Delgado" / "▶" / "Okafor Tech": TikTok) the one answered;
    its date or age over or under the name skipped (the Irish Examiner's "Sun, 07 Apr, 2024 -
    19:45" / "RebelCounty1990"); None without a name."""
    name, start, answered = None, 0, None
    for index, line in enumerate(block[:-1]):
        if name is not None and _ARROW.match(line) and _is_name(block[index + 1]):
            answered = block[index + 1]
            start = index + 2
        elif index < start:
            continue  # the name after an arrow
        elif (
            COMMENT_LABEL_LINE.match(line)
            or not any(c.isalpha() for c in line)
            or DATE_LINE.match(line)
            or AGE_LINE.match(line)
        ):
            start = index + 1
        elif _is_name(line) and name is None:
            name, start = index, index + 1
        elif name is not None and _is_tagline(line, block[index + 1 :]):
            start = index + 1
        else:
            break
    return (name, start, answered) if name is not None else None


def _head_date(head: list[str]) -> str | None:
    """The date printed over or under a block's name, as printed; None where only an age is."""
    return next((dated.group("posted") for line in head if (dated := DATE_LINE.match(line))), None)


def _is_tagline(line: str, below: list[str]) -> bool:
    """A few words about the writer under their name, no sentence, with their text below."""
    return (
        len(line.split()) <= _TAGLINE_WORDS
        and not is_prose(line)
        and not ENDS_SENTENCE.search(line)
        and any(is_prose(other) for other in below)
    )


def _is_name(line: str) -> bool:
    """A display name or handle on a line of its own: short, no sentence, every word a name."""
    words = line.split()
    if line.strip().lower() in _NO_NAME_GIVEN:
        return True
    if words and _INITIAL.match(words[-1]) and len(words) > 1:
        line, words = " ".join(words[:-1]), words[:-1]  # "Greg T."
    return (
        0 < len(words) <= _NAME_MAX_WORDS
        and len(line) <= _NAME_MAX_CHARS
        and not _SENTENCE_PUNCTUATION.search(line)
        and all(
            word[0].isupper() or _HANDLE.search(word) or (n and word in _NAME_PARTICLES)
            for n, word in enumerate(words)
        )
    )


def _comments_signed_with_dates(lines: list[str]) -> tuple[Comment, ...] | None:
    """Comments each closed by the line that dates it ("Posted on 12 March 2024, 10:21"), in a
    section that names no one; None unless two such dates close comments. Lines after the last
    date are the page's (a "More from ..." list), not a comment."""
    dated = [_dated_signature(line) for line in lines]
    if sum(bool(posted) for posted in dated) < 2:
        return None
    comments, block = [], []
    for line, posted in zip(lines, dated, strict=True):
        if not posted:
            block.append(line)
            continue
        if block:
            text = "\n".join(block)
            comments.append(Comment(id=f"c{len(comments) + 1}", text=text, posted=posted))
        block = []
    return tuple(comments) if comments else None


def _dated_signature(line: str) -> str | None:
    """The time a date line under a comment gives, with "Posted on" or not; None for text."""
    found = DATE_LINE.match(_POSTED_ON.sub("", line))
    return to_iso(found.group("posted")) if found else None


def comments_one_per_line(lines: list[str]) -> tuple[Comment, ...]:
    """Each non-blank line is one comment, in page order, anonymous unless every line opens
    with a name and a colon ("Maud Ferris: About time."); a lone control line ("Reply"), a
    sort tab ("Newest") or a sign-in prompt is the comment system's, not a comment."""
    texts = [line.strip() for line in lines if line.strip()]
    texts = [text for text in texts if not _is_section_control(text)]
    named = [_NAME_PREFIX.match(text) for text in texts]
    if len(texts) >= 2 and all(m and _is_name(m.group("name")) for m in named):
        return tuple(
            Comment(id=f"c{number}", text=m.group("text"), author=m.group("name"))
            for number, m in enumerate(named, 1)
        )
    return tuple(Comment(id=f"c{number}", text=text) for number, text in enumerate(texts, 1))


def _is_section_control(line: str) -> bool:
    return bool(
        COMMENT_CONTROL_LINE.match(line) or _SORT_LABEL.match(line) or SIGN_IN_PROMPT.match(line)
    )


def split_by_voice(lines: list[str]) -> tuple[list[str], tuple[Comment, ...]]:
    """Article lines and comments, split where the voice changes; all article when unsure."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    start = find_comment_start([lines[index] for index in filled])
    if start is None:
        return lines, ()
    cut = filled[start]
    comments = comments_in_section(lines[cut:])
    if _only_labels(comments):
        return lines[:cut], ()  # tags, a byline's links, "Follow ...": labels, no one's words
    return lines[:cut], comments


def _only_labels(comments: tuple[Comment, ...]) -> bool:
    """Lines of no sentence, mostly in title case ("Harmon Park", "Follow Carly Nguyen"): links
    and labels, and a question over them ("How does this make you feel?" over "Happy", "Sad",
    ...). Short lines of readers' words in lower case ("gas them all") stay comments."""
    if sum(is_prose(comment.text) for comment in comments) * _LABELS_PER_SENTENCE > len(comments):
        return False
    titled = sum(all(word[:1].isupper() for word in c.text.split()) for c in comments)
    return titled * 2 >= len(comments)
