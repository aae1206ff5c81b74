"""Layout knowledge as data: header patterns, boilerplate lines and HTML selectors.

Adding a site means adding an entry here; the logic in the sibling modules reads these
constants and never names a site itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.text import EMOJI

_I = re.IGNORECASE

# --- plain-text comment threads ------------------------------------------------------------


@dataclass(frozen=True)
class ThreadLayout:
    """A plain-text comment thread: one header line per comment, optional reply and date lines.

    `header` has a `who` group (author, possibly followed by the reply-to name) or an
    `author` group, and may have a `posted` group read with `posted_formats`.
    """

    name: str
    header: re.Pattern[str]
    posted_formats: tuple[str, ...] = ()
    # A line naming the reply-to person; found as the first or last line of a comment.
    reply_line: re.Pattern[str] | None = None
    # A line right after the header carrying the time (WordPress text dumps).
    date_line: re.Pattern[str] | None = None
    # When set, a header only counts if a date line follows it (guards against prose).
    date_line_required: bool = False
    # Fewest headers that make a thread, and whether headers above the article's first
    # sentence count (a byline over a dateline looks like a name over a date).
    min_headers: int = 1
    after_prose: bool = False
    # The header is a signature under its comment ("Posted by: Ann | March 5, 2024"): a
    # comment is the text between the previous signature (or the comments heading) and its own.
    closes: bool = False
    # Most words a name in the header may have (a teaser's headline over its date is none).
    max_name_words: int | None = None
    # Something every header line of this layout contains ("Permalink", a digit for a date):
    # one cheap search spares a slow header pattern on most lines of prose. Only where it
    # measured faster: an anchored pattern that fails at a line's first word needs none.
    hint: re.Pattern[str] | None = None
    # The header is the whole run of lines ending at its line (a newsreader's name, "View
    # profile" and "Newsgroups:" over "From:"): none of them is the comment above's text.
    header_run: bool = False
    # The header line carries the comment's age ("Hartley Park · 2 d ago"): it is dated, though
    # no time can be read from it.
    aged: bool = False


# A day's name or its abbreviation, not a word that opens with one ("fritzfan", "Sunny").
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)(?![a-z])"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
MONTH = _MONTH  # English month names and their abbreviations, for the times read elsewhere
# Month names in other languages (German, French, Italian, Spanish, Dutch, Portuguese, Polish,
# Indonesian, the Nordic languages; Croatian, Czech, Slovak and Finnish as a date writes them (not
# Croatian "listopada", October, which is Polish for November); Russian and Ukrainian
# as a date writes them, and VK's abbreviations; Hindi, Arabic (the Maghreb's and the East's),
# Turkish, Hungarian, Bengali), with the English month each is: a day before them ("11. März
# 2024", "14 marzo 2024", "11 фев 2025", "14 मार्च 2024") reads a date.
FOREIGN_MONTHS = {
    name: english
    for english, names in {
        "Jan": "januar janvier gennaio enero januari janeiro stycznia января янв січня siječnja"
        " ledna tammikuuta január januára जनवरी يناير جانفي ocak জানুয়ারি",
        "Feb": "februar février fevrier febbraio febrero februari fevereiro lutego февраля фев"
        " лютого veljače února helmikuuta február februára फ़रवरी फरवरी فبراير فيفري şubat"
        " ফেব্রুয়ারি",
        "Mar": "märz maerz mars marzo maart março maret marts marca марта мар березня ožujka"
        " března maaliskuuta marec मार्च مارس mart március মার্চ",
        "Apr": "avril aprile abril kwietnia апреля апр квітня travnja dubna huhtikuuta apríl"
        " apríla अप्रैल أبريل إبريل أفريل nisan április এপ্রিল",
        "May": "mai maggio mayo mei maio maj maja мая травня svibnja května toukokuuta máj mája मई"
        " مايو ماي mayıs május মে",
        "Jun": "juni juin giugno junio junho czerwca июня июн червня lipnja června kesäkuuta jún"
        " júna जून يونيو يونيه جوان haziran június জুন",
        "Jul": "juli juillet luglio julio julho lipca июля июл липня srpnja července heinäkuuta"
        " júl júla जुलाई يوليو يوليوز يوليه جويلية temmuz július জুলাই",
        "Aug": "août aout agosto augustus agustus augusti sierpnia августа авг серпня kolovoza"
        " srpna elokuuta augusta अगस्त أغسطس غشت أوت ağustos augusztus আগস্ট",
        "Sep": "septembre settembre septiembre setembro września сентября сен сент вересня rujna"
        " září syyskuuta septembra सितंबर सितम्बर سبتمبر شتنبر eylül szeptember সেপ্টেম্বর",
        "Oct": "oktober octobre ottobre octubre outubro października октября окт жовтня října"
        " lokakuuta október októbra अक्टूबर अक्तूबर أكتوبر ekim অক্টোবর",
        "Nov": "novembre noviembre novembro listopada ноября ноя листопада studenoga studenog"
        " listopadu marraskuuta novembra नवंबर नवम्बर نوفمبر نونبر kasım নভেম্বর",
        "Dec": "dezember décembre decembre dicembre diciembre dezembro desember grudnia декабря"
        " дек грудня prosinca prosince joulukuuta decembra दिसंबर दिसम्बर ديسمبر دجنبر"
        " aralık ডিসেম্বর",
    }.items()
    for name in names.split()
}
FOREIGN_MONTH = "(?:" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + ")"
# Weekdays in other languages (French, German, Spanish, Italian, Portuguese, Dutch, Polish,
# Croatian/Bosnian/Serbian, Czech, the Nordic languages, Finnish, Hungarian, Turkish, Indonesian,
# Russian, Arabic), Monday first: the day a date line names before its date ("Četvrtak,
# 14.3.2024.").
FOREIGN_WEEKDAYS = {
    name: index
    for index, names in enumerate(
        (
            "lundi montag lunes lunedì lunedi segunda-feira segunda maandag poniedziałek"
            " ponedjeljak ponedeljak pondělí måndag mandag maanantai hétfő pazartesi senin"
            " понедельник الإثنين الاثنين",
            "mardi dienstag martes martedì martedi terça-feira terça dinsdag wtorek utorak úterý"
            " tisdag tirsdag tiistai kedd salı selasa вторник الثلاثاء",
            "mercredi mittwoch miércoles miercoles mercoledì mercoledi quarta-feira quarta"
            " woensdag środa srijeda sreda středa onsdag keskiviikko szerda çarşamba rabu среда"
            " الأربعاء الاربعاء",
            "jeudi donnerstag jueves giovedì giovedi quinta-feira quinta donderdag czwartek"
            " četvrtak čtvrtek torsdag torstai csütörtök perşembe kamis четверг الخميس",
            "vendredi freitag viernes venerdì venerdi sexta-feira sexta vrijdag piątek petak pátek"
            " fredag perjantai péntek cuma jumat пятница الجمعة",
            "samedi samstag sonnabend sábado sabado sabato zaterdag sobota subota lördag lørdag"
            " lauantai szombat cumartesi sabtu суббота السبت",
            "dimanche sonntag domingo domenica zondag niedziela nedjelja nedelja neděle söndag"
            " søndag sunnuntai vasárnap pazar minggu воскресенье الأحد الاحد",
        )
    )
    for name in names.split()
}
FOREIGN_WEEKDAY = "(?:" + "|".join(sorted(FOREIGN_WEEKDAYS, key=len, reverse=True)) + ")"
_CONTROLS = (
    r"(?:Reply|Replies|Log in to Reply|Permalink|Report|Like|Likes|Dislike|Share|Flag|Edit|Quote"
    r"|Upvote|Downvote|Up ?Vote|Down ?Vote|Vote|Delete|Hide|Collapse|Expand|Show more replies"
    r"|Load more comments"
    r"|View (?:all )?\d* ?repl(?:y|ies)|View \d+ more|Show \d+ (?:more )?repl(?:y|ies)|Hide replies"
    r"|Sort by:?(?: \w+){1,2}"
    r"|Embed|Save|Give Award|Award|Follow|Context|Full comments|Load more replies"
    r"|Thread|Parent|Link"  # LiveJournal, Dreamwidth
    # The comment list's pages: "Page 1 of 2 | Next »", "Seite 1 von 3", "Showing comments 1-5
    # of 9"
    r"|(?:Page|Seite|Página|Pagina|Strona) \d+ (?:of|von|sur|de|di|van|z) \d+|Next(?: page)?"
    r"|Previous(?: page)?|Nächste Seite|Vorherige Seite|[«‹]\s*Prev(?:ious)?|Next\s*[»›]"
    r"|Showing (?:comments )?\d+\s*[-–]\s*\d+ of \d+(?: comments)?"
    r"|Respect|Recommend\??|Report abuse|Report this comment|Click to rate|Link to comment"
    r"|Alert moderator|Report to moderator|Notify moderator|Report to administrator"
    r"|Share on other sites|Rate this comment|Complain about this comment(?: \(.*\))?"
    r"|Comment number \d+\.?|Positive|Negative"
    r"|More sharing options(?:\.\.\.|…)?|Copy link|Dropdown menu"
    r"|Liked by \d+ (?:people|person)"  # Jetpack's likes on WordPress.com
    r"|Reply all|Reply to author|Forward|Show quoted text"  # Google Groups
    r"|Print|Individual message|Show original|Report this message|Find messages by this author"
    r"|View profile|More options"
    # other languages' Reply, Report, Like/Dislike, Share, replies folded
    r"|Antworten|Melden|Teilen|Répondre|Signaler|Partager|Responder|Denunciar|Compartir"
    r"|Me gusta|No me gusta|J['’]aime|Gefällt mir|Mi piace|Curtir|Vind ik leuk|Lubię to"
    # "Report abuse": "Signaler un abus" (Ouest-France), "Missbrauch melden", "Segnala abuso"
    r"|Signaler un abus|Missbrauch melden|Denunciar abuso|Segnala abuso|Misbruik melden"
    r"|Ver \d+ respuestas?|Ocultar respuestas|Mostrar respuestas|Ver respuestas"
    r"|Reageer|Beantwoorden|Odpowiedz|Zgłoś|Svara|Svar|Anmäl|Vastaa|Ilmoita|Responda"
    r"|Balas|Suka|Laporkan|Anbefal|Anmeld|Thích|Trả lời"
    r"|Gilla|Gilla-markera|Synes godt om|Liker|Tykkää"  # Swedish, Danish, Norwegian, Finnish Like
    # Croatian, Serbian, Bosnian; Czech, Slovak; Slovene
    r"|Odgovori|Sviđa mi se(?: \d+)?|Prijavi|Odpovědět|Nahlásit|Odpovedať|Nahlásiť"
    r"|Lik|Rapporter|Rapportér|Rapportera"  # Norwegian, Danish, Swedish
    r"|Páči sa mi to|Líbí se mi|Všečkaj"
    r"|Rispondi|Segnala|Ответить|Пожаловаться|Відповісти|Поскаржитися|回复|举报|点赞|分享|返信|いいね|通報"
    # Lithuanian, Latvian, Estonian, Hungarian, Romanian, Turkish, Greek, Bulgarian
    r"|Atsakyti|Pranešti|Atbildēt|Ziņot|Vasta|Teata|Válasz|Jelentés|Răspunde|Raportează"
    r"|Yanıtla|Cevapla|Şikayet et|Απάντηση|Αναφορά|Отговори|Сигнализирай"
    r"|共\d+条回复|查看更多回复"  # Weibo: "19 replies in all", "see more replies"
    r"|답글(?:\s*\d+)?|답글 접기|공감|비공감|신고"
    r"|[^\n|·•]{1,60}['’]s profile (?:photo|picture|image)"
    # a comment's rating with its votes after it: "Рейтинг: +12 | -3", "Rating: +4"
    r"|(?:Rating|Score|Рейтинг|Bewertung|Valoración|Valutazione|Ocena|Hodnocení):)"
)
_CLOCK = (  # French "18h42"; Django's and AP style's "7 p.m.", "noon", "midnight"
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2} ?h ?\d{2}"
    r"|\d{1,2}\s?[ap]\.?m\b\.?|noon\b|midnight\b)"
)
# A zone after the clock, as printed: "8:14 p.m. EDT", "10:15 (GMT+2)", "09:12 UTC". Upper
# case only, so that no word ("best") reads as one.
_ZONE = (
    r"(?-i:\s*\(?(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\)?"
    r"|\s+(?:[A-Z]{1,4}T|IST|MSK|WIB|WITA)\b)"  # "EDT", "CEST", "HKT", "AEDT", "WIB"
)
# A date as pages print it, with an optional time: "March 5, 2024 at 9:14 am", "5 Mar 2024
# 10.15", "Tue, 03/05/2024", "2024-03-05 10:15", "March 05, 2024 @10:41AM" (Slashdot).
# "at" between a date and its time, in the languages pages print: "à", "um", "alle", "a las",
# Nordic "kl.", Finnish "klo", Croatian "u", Slovene "ob", Czech "v", Polish "o", Estonian "kell"
AT_WORDS = r"(?:at|à|às|um|om|alle|a las|в|kl\.|klo|u|ob|v|o|kell)"
_WRITTEN_DATE = (
    rf"(?:(?:(?i:{FOREIGN_WEEKDAY})\.?,?\s+(?=\d))?"  # "Četvrtak, 14.3.2024.", "jeudi 14 mars"
    rf"(?:(?:{_WEEKDAY}\.?,?\s+)?(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:\d{{4}}|['’]\d{{2}})"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTH}\.?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
    # a two-digit year where no word follows: "Tue 12 Mar 24" (Newsquest), not "12 March 24 people"
    rf"|\d{{1,2}}\s+{_MONTH}\.?\s+\d{{2}}(?![\w:.,]|\s+\w)"
    # "11. März 2024", Croatian "05. prosinca 2026." (the year's dot)
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?(?i:{FOREIGN_MONTH}),?\s+(?:de\s+)?\d{{4}}\.?"
    rf"|\d{{1,2}}\.(?:{_MONTH}|(?i:{FOREIGN_MONTH}))\.\d{{4}}"  # "12.mar.2024" (Folha)
    rf"|\d{{4}}\.\s+(?i:{FOREIGN_MONTH})\s+\d{{1,2}}\."  # Hungarian: "2025. március 12."
    rf"|{_MONTH}\.\d{{1,2}}\.\d{{4}}"  # "March.4.2024" (Reason)
    # year first: "2024-03-05", Korean "2024.04.18.", Weibo's "2019-12-3", Japanese "2025/11/18"
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?|\d{{4}}/\d{{1,2}}/\d{{1,2}}"
    rf"|\d{{4}}-{_MONTH}-\d{{1,2}}"  # Gallery's "2025-Feb-10"
    # "12.03.2024", "12.03.24", "14. 3. 2024", Croatian "5.12.2026." (the year's dot)
    r"|\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}\.?|\d{2}(?!\d)))"
    rf"(?:(?:(?:,?\s+{AT_WORDS}|,|\s+[-—–•·]|\s+\|)?\s+"
    r"|,?\s*@\s*)"
    rf"{_CLOCK}(?:\s+(?:Uhr|uur)|\s*(?:hrs?|hs)\.?(?!\w))?{_ZONE}?)?))"
)
# "2024-03-05 10:15", "2024-03-05T10:15:30" (forum and app dumps).
_ISO_STAMP = r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?"
# The same with the time first: "10:15 am on March 5, 2024".
# "8:02 AM CST Tuesday, Mar. 5, 2024": the clock, its zone, then the day (Winnipeg Free Press)
_TIME_FIRST_DATE = rf"(?:{_CLOCK}(?:{_ZONE})?,?\s+(?:on\s+)?{_WRITTEN_DATE})"
# A written date anywhere in a line ("Submitted by Bill on Mon, 03/06/2024 - 10:00").
DATE_IN_TEXT = re.compile(rf"\b{_WRITTEN_DATE}", re.I)
# An age that says "ago" (or "just now", "yesterday"): safe after a bare word.
_AGO = (
    r"(?:(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|wk|month|year|yr)s?\.?"
    # Django's timesince, two units deep: "2 days, 5 hours ago", "1 week, 2 days ago"
    r"(?:,\s*\d+\s+(?:minute|hour|day|week|month|year)s?)?"
    r"\s+ago|just now|yesterday"
    # ... in the languages of Europe's news sites: "vor 3 Stunden", "il y a 2 jours", "hace 5
    # horas", "3 ore fa", "2 uur geleden", "3 godziny temu", "4 timmar sedan", "2 tuntia sitten"
    r"|vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?"
    r"|monat(?:en)?|jahr(?:en)?)|il y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?"
    r"|semaines?|mois|ans?)|(?:hace|há)\s+(?:\d+|una?|um)\s+(?:segundos?|minutos?|horas?|d[ií]as?"
    r"|semanas?|mes(?:es)?|a[ñn]os?)|\d+\s+(?:secondi|minut[oi]|or[ae]|giorn[oi]|settimane?|mes[ei]"
    r"|ann[oi])\s+fa|\d+\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)"
    r"\s+geleden|\d+\s+(?:sekund\w*|minut\w*|godzin\w*|dni|dzień|tygodni\w*|godz\.|min\.|sek\.)\s+temu"
    r"|(?:för\s+)?\d+\s+(?:minuter|timmar|timme|dagar|dag)\s+sedan"  # "för 4 timmar sedan"
    r"|(?:for\s+)?\d+\s+(?:minutter|timer|time|dage|dager|dag)\s+siden"  # "for 2 timer siden"
    r"|\d+\s+(?:minuuttia|tuntia|tunti|päivää)\s+sitten"
    # ... and of Eastern Europe's and Turkey's: "prieš 5 val." (Lithuanian), "pirms 2 stundām"
    # (Latvian), "před 3 hodinami", "prije 2 sata", "acum 5 ore", "πριν από 2 ώρες", "3 tundi
    # tagasi" (Estonian), "5 часов назад", "2 години тому", "3 saat önce", "5 órája"
    r"|(?:prieš|pirms|před|pred|prije|pre|преди|acum|πριν από|πριν)\s+\d+\s*[^\W\d_]{1,12}\.?"
    r"|\d+\s*[^\W\d_]{1,12}\.?\s+(?:tagasi|назад|тому|önce)"
    r"|\d+\s+(?:másodperce|perce|órája|napja|hete|hónapja|éve)"
    # ... and of Indonesia and Malaysia: "3 jam yang lalu", "58 menit yang lalu", "2 hari lalu"
    r"|\d+\s+(?:detik|menit|minit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu"
    # ... and of Vietnam: "3 giờ trước", "45 phút trước"
    r"|\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước"
    # ... and of India: "2 घंटे पहले", "1 दिन पहले"
    r"|\d+\s+(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|हफ़्ते|सप्ताह|महीने|महीना|साल|वर्ष)\s+पहले"
    # ... and of Japan, China and Korea: "2時間前", "3分钟前", "1天前", "5시간 전"
    r"|\d+\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|个月|個月|か月|ヶ月|カ月|年)前"
    r"|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전"
    # ... and their short forms: "hace 3 h", "hace 58 min", "vor 5 Min.", "il y a 2 h"
    r"|(?:hace|há|vor|il y a)\s+\d+\s*(?:h|hs|min|std|tg|j|d|sem)\.?(?!\w)"
    r"|gestern|ayer|ontem|ieri|gisteren|wczoraj|igår|昨日|昨天|어제)"
    # ... and a day named so with its clock: "wczoraj 18:05", "yesterday at 10:15"
    r"(?:(?<=[a-zåäö])(?:,?\s+(?:at|um|a las|às|alle|om|o|kl\.?)?\s*\d{1,2}[:.]\d{2}))?"
)
# A line that is an age and nothing else ("4 days ago", "vor 3 Stunden").
AGE_LINE = re.compile(rf"^{_AGO}$", re.I)
# "3 years ago", "an hour ago", "5 hr. ago", "2y", "yesterday": when a comment was posted,
# relative to a moment the page does not give, so never turned into a date.
_RELATIVE_AGE = rf"(?:{_AGO}|\d+\s*(?:s|m|h|d|w|mo|y|yr|yrs|hr|hrs|min|mins)\.?(?:\s+ago)?)"
# An initial or a title that may open a name: "J.", "Dr.", "Mrs."
# ("Mohd.", "Md.": Mohammed, in South Asian names)
_NAME_ABBREVIATION = (
    r"(?:[^\W\d_]|Dr|Dra|Mr|Mrs|Ms|Mme|Prof|Rev|St|Ing|Lic|Sr|Sra|Srta|Ma|Wm|Mohd|Md)\."
)
# The full stop of a title inside a name: "... respondió a Ing. Roberto Salas".
_TITLE_STOP = (
    r"(?:(?<=\sDr)|(?<=\sIng)|(?<=\sLic)|(?<=\sSr)|(?<=\sSra)|(?<=\sProf)|(?<=\sMr)"
    r"|(?<=\sMrs))\."
)
# Two or three capitalised words or initials: "Brenda K", "J. Ramirez" (case kept, so that "I
# saw him 2 days ago" is no name and its age no header).
_CAPITALISED_NAME = r"(?-i:(?:[A-Z][\w'’-]*\.?\s+){1,2}[A-Z][\w'’-]*\.?)"
# Votes by their arrows or thumbs after a comment's header: "▲ 15 ▼ 2", "👍 41 · 👎 3".
_VOTES = r"(?:[▲▼△▽↑↓⬆⬇👍👎]\s*[+−-]?\d[\d,]*)"
# "12 points" between a name and its age ("maud_f 12 points · 5 hours ago").
_SCORE = r"(?:\s+[-+]?\d[\d,.]*[kK]?\s+(?:points?|likes?|votes?|upvotes?))"
# "GreenAcre replying to stanleyknife" or "Ann ▸ Bob" in a comment's header: author, then the
# person replied to; a dot may stand between ("Marta Ochoa · replied to Gary Whitfield").
REPLY_IN_HEADER = re.compile(
    r"^(?P<author>\S.*?)(?:\s+[·•|])?\s+(?:replying to|replied to|in reply to|reply to|[▸►→]"
    # "Carlos Méndez respondió a Lupita R.", "... a répondu à ...", "... antwortete ..."
    r"|respondió a|respondeu a|a répondu à|ha risposto a|antwortete(?: auf)?|reageerde op"
    r"|odpowiedział(?:a)? (?:na|do))\s+@?"
    r"(?P<reply_to>\S.*?)\s*$",
    _I,
)

# "Posted by " / "Comment by " before the name in a comment's header: not part of the name.
AUTHOR_PREFIX = re.compile(
    r"^(?:posted|comment(?:ed)?|written|submitted|reply|answer(?:ed)?)\s+by\s+(?=\S)", _I
)

# A badge a comment system prints after the name ("Sam Okonjo  Mod", Disqus; "Top fan",
# Facebook), maybe after a dash: the name's, not a part of it. Case as printed, so "Jo Author"
# stays a name.
AUTHOR_BADGE = re.compile(
    r"\s+(?:[-–—·|]\s+)?(?:Mod|Moderator|Admin|Administrator|Staff|Author|Editor|Verified|OP"
    r"|Top [Ff]an|Top [Cc]ommenter|Original [Pp]oster"
    # whether the writer pays or signed up: "Louise Gagnon - Abonnée" (Le Devoir)
    r"|Subscriber|Abonnée?|Inscrite?|Abonnent(?:in)?|Suscriptora?|Assinante|Abbonat[oa])$"
)

# Lines under a comment copied from a social site, besides its controls: its age ("1y"), a count
# ("46", "31 shares"), "Edited", "View all 4 replies", "6 of 87".
COMMENT_CLOSING_LINE = re.compile(
    rf"^(?:{_RELATIVE_AGE}|\d[\d,.]*[kK]?(?:\s+(?:shares?|comments?|likes?|reactions?|views?))?"
    r"|edited(?: on [\w ,]{1,30})?"  # "Edited on Mar 9" (DEV)
    r"|view (?:all )?\d+ (?:more )?repl(?:y|ies)|view (?:more|previous) (?:comments|replies)"
    r"|\d+ of \d+|[▲▼△▽↑↓]\s*[+−-]?\d[\d,.]*[kK]?)$",  # a vote count by its arrow: "▲ 88"
    _I,
)
# A forum's note under an edited post: "This reply was modified 1 year ago by Colin Ashworth.",
# "Last edited by kim; 03-05-2024 at 10:12 AM.", "Edited by moderator: link removed",
# "Last edit: 06 Mar 2024 13:50 by Brian Talbot." (Kunena).
EDIT_NOTE = re.compile(
    r"^(?:this (?:reply|post|comment|topic|message|answer) (?:was|has been) (?:last )?"
    r"(?:modified|edited|updated)\b|last edit(?:ed)?(?: by| on| at|:)|edited by\b|reason\s*:)",
    _I,
)
# A badge or a sort order on a line of its own above or under a commenter's name.
COMMENT_LABEL_LINE = re.compile(
    r"^(?:Mod|Moderator|Admin|Administrator|Staff|Author|Editor|Verified|OP|Top [Ff]an"
    r"|Top [Cc]ommenter|Top [Cc]ontributor|Rising [Cc]ontributor|Original [Pp]oster"
    r"|Most relevant|Newest|Oldest|All comments|Top comments|Attachments"
    r"|Creator|Creator videos"  # TikTok: the post's writer's badge, a tab over the comments
    # a reader's standing: "Community member", "Subscriber", "<Paper> Premium"
    r"|(?:Community|Gold|Premium|Founding|Verified) [Mm]ember|(?:Verified )?[Ss]ubscriber"
    r"|Abonnee|Abonnent|Abonné|Abonnée|Suscriptor|Abbonato|Assinante"
    r"|Redactie|Redaktion|Rédaction|Redacción|Redazione"  # the paper's own staff
    r"|Ověřený profil|Zweryfikowany|Verifiziert|Vérifié|Verificado|Verificato"
    r"|Supporter|[A-Z][\w-]+ Premium"
    # a guest's masked address: "IP: 83.24.*.*"
    r"|IP:\s*\d{1,3}\.\d{1,3}\.[\d*]{1,3}\.[\d*]{1,3})$"
)

# A line that is only a date, first or last in a comment whose header gave none: its time.
DATE_LINE = re.compile(rf"^(?:[·•|—–-]\s*)?(?P<posted>{_TIME_FIRST_DATE}|{_WRITTEN_DATE})\s*$", _I)

# "Published" in French, German, Spanish and Portuguese, Italian, Dutch, Polish, Finnish, Czech,
# Croatian, Estonian, the Nordic languages: a story's date line, or a date a byline carries
# ("Objavljeno: 05. prosinca").
PUBLISHED_ABROAD = (
    r"(?:publié|veröffentlicht|publicado|pubblicato|gepubliceerd|opublikowano|julkaistu"
    r"|publikováno|objavljeno|avaldatud|publisert|publicerad|publiceret)"
)
# ... and "Updated": "Oppdatert 15.03.2024 kl. 08.40" (Dagbladet)
UPDATED_ABROAD = (
    r"(?:modifié|mis à jour|aktualisiert|actualizado|aggiornato|bijgewerkt|zaktualizowano"
    r"|päivitetty|aktualizováno|ažurirano|uuendatud|oppdatert|uppdaterad|opdateret"
    r"|обновена|обновено|обновлено|оновлено)"
)
# The words before a post's date, in English and the languages above: "Posted on", "Scritto
# il", "Publié le", "Escrito el", "Geplaatst op" (a comment's header or a story's date line).
POSTED_WORDS = (
    rf"(?:posted|written|published|submitted|added|{PUBLISHED_ABROAD}|scritto|inviato|écrit"
    r"|posté|geschrieben|escrito|enviado|geplaatst|geschreven)"
    r"(?:\s+(?:on|il|le|am|el|em|op))?"  # ... and the word before the date: "on", "il", "le"
)

# Words a header's name slot can catch that name no one: "Monday, March 4, 2024" or "Updated
# on March 5, 2024" in an article is no comment header.
NOT_AN_AUTHOR = re.compile(
    rf"^(?:{_WEEKDAY}|{_MONTH}|today|yesterday|updated|last updated|published|posted|edited"
    rf"|{PUBLISHED_ABROAD}|{UPDATED_ABROAD}"
    r"|filed|date|time|when|deadline|closing date|opening hours"
    r"|(?:publié |posté |écrit )?le|am|il|el|op"  # the word before a date: "le 14 mars 2024"
    r"|in reply to\b.*)$",  # "In reply to an earlier post on 13 Mar 2013 08:21:45 GMT" (Amazon)
    _I,
)
# An office before a surname ("Mayor Jones on March 5, 2024:"): an article quoting officials,
# not a comment section, whose writers go by display names.
OFFICE_HOLDER = re.compile(
    r"^(?i:mayor|deputy mayor|councill?or|council(?:man|woman|member)|senator|sen\.|governor"
    r"|gov\.|representative|rep\.|congress(?:man|woman)|(?:vice |deputy )?president"
    r"|(?:prime |deputy |foreign |finance )?minister|secretary|chancellor|premier|judge|justice"
    r"|commissioner|sheriff|ambassador|general|gen\.|police chief|chief constable)"
    r"\s+[A-Z]"
)

# A mail's header line under its sender and date: not its text.
MAIL_HEADER_LINE = re.compile(
    r"^(?:Local|Subject|To|Cc|Newsgroups|Reply-To|Organization|Message-ID|References|Sent|Date"
    r"|X-[\w-]+):\s"
)

# "↳ Replying to Ann:" on a line of its own, first or last in a comment (forums, widgets).
# In English, Italian, German, French, Spanish, Portuguese, Dutch; ZEIT ONLINE: "Antwort auf #1
# von Ann".
_REPLY_TO_PHRASE = (  # any case: "in reply to #9 Nattapong K." (The Nation)
    r"(?i:In reply to|Replying to|Replied to|Reply to|In response to"
    r"|Risposta a|In risposta a|Antwort an|Antwort auf|Als Antwort auf|En réponse à|Réponse à"
    r"|Respuesta a|En respuesta a|Respondiendo a|Em resposta a|Respondendo a|Antwoord op"
    r"|respondió a|respondeu a|ha risposto a|a répondu à|antwortete auf"  # "... replied to"
    r"|In antwoord op|In reactie op"
    r"|Reactie op"
    r"|W odpowiedzi (?:do|na)|Odpowiedź (?:do|na)|Svar (?:till|til|på)|Odpověď na|Reakce na"
    r"|reaguje na|Reakcia na|Odpoveď na"  # Slovak: "Reakcia na: Jana" (Denník N)
    r"|В ответ на|Ответ на|у відповідь|Відповідь для|בתגובה ל|Απάντηση (?:σε|στον|στην|στο)"
    r"|Membalas|Válasz neki|Előzmény"  # Hungarian: "Előzmény: tankcsapda77 (5)" (hvg.hu)
    r"|Vastaus (?:käyttäjälle|nimimerkille)|Răspuns (?:pentru|lui)"
    # Croatian, Serbian, Slovene: "odgovor korisniku Ana", "Odgovor na komentar korisnika Ana"
    r"|Odgovor na komentar(?: korisnika| korisnice)?"
    r"|Odgovor (?:korisniku|korisnici|uporabniku|uporabnici|na|za)"
    r"|(?i:до коментар|в отговор на|отговор (?:на|до)))"  # Bulgarian: "до коментар [#2] от ..."
    # "Antwort auf #1 von Ann", "... to #9 Ann", "до коментар [#2] от „Стефан Д.“"
    r"(?:\s+\[?#\d+\]?(?:\s+(?:von|by|di|de|par|van|от))?"
    # ... or the comment named: "Antwort auf den Kommentar von Claudia Renz" (Badische
    # Zeitung), "In reply to the comment by Ann", "En respuesta a el comentario de Luis"
    r"|\s+(?i:(?:the )?comment (?:by|from|of)|den Kommentar von|el comentario de"
    r"|il commento di))?"
)
# A name, not a sentence: "Replying to say: it doesn't have to be built" answers no one.
# A forum's words before the writer of the post it quotes: "Originally posted by Tom R.:" (as
# text or in a quote block's header).
# ... and in other languages, the label and the name: "Цитата: Андрей" (DataLife Engine), "Zitat
# von Uwe:", "Citation de Luc :", "Cita de Ana:".
QUOTING = (
    r"(?:originally posted by|quote from:?|quoting|citando"
    r"|(?:цитата|zitat|citation|cita|citação|citazione|citaat|cytat|citát|citat)"
    r"(?: (?:от|von|de|di|van|od|din)|\s?:))"
)

REPLY_TO_LINE = re.compile(
    rf"^(?:↳\s*)?{_REPLY_TO_PHRASE}:?\s+@?[\"„“«]?(?P<reply_to>[^\s:\"„“«][^:]{{0,59}}?)"
    r"(?:\s+\(#?\d{1,5}\))?"  # the number of the post answered: "tankcsapda77 (5)"
    # ... and the opening of what it answers: 'Replying to Ann: "The problem is that…"'
    r"[\"“”»]?(?::?$|:\s+[\"„“«‘].{1,200}[\"“”»’]$)"
)

THREAD_LAYOUTS: tuple[ThreadLayout, ...] = (
    # A message's mail headers ("From: Dave Smith <dave.sm...@btinternet.com>" over "Date: Tue,
    # 24 Nov 2009 09:41:12 +0000"): a Usenet or mailing-list thread copied from a newsreader.
    ThreadLayout(
        name="mail headers",
        header=re.compile(r"^From:\s*(?P<author>[^<>\n]{1,80}?\s*(?:<[^<>\s]+@[^<>\s]+>)?)\s*$"),
        date_line=re.compile(r"^(?:Date|Sent):\s*(?P<posted>\S.*?)\s*$"),
        date_line_required=True,
        min_headers=2,
        hint=re.compile(r"^From:"),
        header_run=True,
    ),
    # "<author> [<reply-to>] Sat, 08/04/2018 - 17:25 Permalink" ... "In reply to by <name>"
    ThreadLayout(
        name="permalink",
        hint=re.compile("Permalink"),
        header=re.compile(
            rf"^(?P<who>\S.*?)\s+{_WEEKDAY},\s+(?P<posted>\d{{1,2}}/\d{{1,2}}/\d{{4}}\s+-\s+"
            r"\d{1,2}:\d{2})\s+Permalink\s*$"
        ),
        posted_formats=("%m/%d/%Y - %H:%M",),
        reply_line=re.compile(r"^In reply to(?: by)?\s+(?P<reply_to>\S.*?)\s*$"),
    ),
    # "<author> says:" then "August 4, 2018 at 5:25 pm" (WordPress rendered as text)
    ThreadLayout(
        name="says",
        header=re.compile(r"^(?P<author>\S.{0,79}?)\s+says:\s*$"),
        date_line=re.compile(
            rf"^(?P<posted>{_MONTH}\.? \d{{1,2}}, \d{{4}}"
            r"(?:,? at \d{1,2}:\d{2}\s*[ap]\.?m\.?)?)\s*$",
            _I,
        ),
        date_line_required=True,
        posted_formats=(
            "%B %d, %Y at %I:%M %p",
            "%B %d, %Y at %I:%M%p",
            "%B %d, %Y",
            "%b %d, %Y at %I:%M %p",
            "%b %d, %Y",
        ),
        reply_line=re.compile(r"^(?:↳\s*)?(?:In reply to|Replying to)\s+@?(?P<reply_to>\S.*?):?$"),
    ),
    # "<author> [<reply-to>] • 3 years ago" (comment widgets and forums copied as text)
    ThreadLayout(
        name="relative",
        hint=re.compile("[|•·]"),
        header=re.compile(
            rf"^(?P<who>[^|•·\s][^|•·]{{0,79}}?){_SCORE}?\s*[|•·]\s*{_RELATIVE_AGE}"
            # then "edited", its buttons, its votes: "... · 5h · Reply · 👍 41 · 👎 3"
            rf"(?:\s*[|•·]\s*(?:edited|{_CONTROLS}|{_VOTES}))*\s*$",
            _I,
        ),
        reply_line=REPLY_TO_LINE,
        aged=True,
    ),
    # "<handle> 3 hours ago | parent | next [–]" (link aggregators and forums copied as text):
    # one word before the age, which must say "ago", so "I saw him 2 days ago" is no header.
    ThreadLayout(
        name="handle age",
        header=re.compile(
            rf"^(?:\[[–+-]\]\s*)?(?P<author>[^\s|•·]{{1,40}}|{_CAPITALISED_NAME}){_SCORE}?\s+(?:{_AGO})"
            r"(?:\s*\|.*)?$",
            _I,
        ),
        reply_line=REPLY_TO_LINE,
        min_headers=2,
        after_prose=True,
        aged=True,
    ),
    # "<author> | 2018-08-04 17:25", "<author> · 2018-08-04T17:25" or "<author> — March 5, 2024"
    # (forum and app dumps)
    ThreadLayout(
        name="dated",
        hint=re.compile(r"\d"),
        header=re.compile(
            r"^(?P<author>[^|•·—–:\s][^|•·—–:]{0,59}?)\s*[|•·—–]\s*"
            rf"(?P<posted>{_ISO_STAMP}(?:Z|[+-]\d{{2}}:?\d{{2}})?|{_WRITTEN_DATE})\s*$",
            _I,
        ),
        reply_line=REPLY_TO_LINE,
    ),
    # A name and a date on one line, joined by words or marks: "Maud Ferris on March 5, 2024
    # at 10:15 am", "Posted by Old Salt on 5 March 2024", "#2 Wren (2024-03-05 10:15)", "Ash
    # said on Mar 5, 2024:", "Comment by Ash — March 5, 2024 @ 10:15 am | Reply". Two at least,
    # below the first sentence, the name short and without sentence marks.
    ThreadLayout(
        name="name and date",
        hint=re.compile(r"\d"),
        header=re.compile(
            r"^(?:#?\d{1,4}[.):]?\s+)?"
            # An initial may open the name ("S. Okoro") or stand in it ("Sarah T."); no other
            # full stop is in one.
            rf"(?P<author>(?:{_NAME_ABBREVIATION}\s?){{0,2}}"
            r"[^\s|•·—–(#:.!?,;](?:[^|•·—–():.!?,;]|(?<=\s[^\W\d_])\.){0,59}?)"
            r"(?:\s+|(?=[|•·—–,(-]))(?:(?:[|•·—–,(-]|(?:on|at|said|says|wrote|commented|posted)\b:?)\s*)*"
            # whom it answers, between name and date: "Leila S. · in response to Karim · March 12"
            r"(?:(?:in response to|in reply to|replying to)\s+@?"
            r"(?P<answers>[^|•·—–\s][^|•·—–]{0,39}?)\s*[|•·—–]\s*)?"
            rf"(?P<posted>{_TIME_FIRST_DATE}|{_WRITTEN_DATE}|{_ISO_STAMP}"
            # ... or an age, after a mark only ("Hiba | 6 hours ago"; not "home 2 hours ago")
            rf"|(?:(?<=[|•·—–])|(?<=[|•·—–]\s)){_AGO})"
            # whom it answers, then its controls: "... 11:15 p.m. in reply to Ann | Reply"
            r"\)?\s*:?(?:\s+in reply to\s+(?P<reply_to>[^|•·\s][^|•·]{0,39}?))?"
            rf"(?:\s*[|·•]\s*(?:{_CONTROLS}|#\d*|{_VOTES}(?:\s+{_VOTES})*))*"
            # or controls with their counts after it, unseparated: "... 10:12am Recommend 32"
            rf"(?:\s+{_CONTROLS}(?:\s+\(?\d[\d,]*\)?)?)*"
            r"\s*:?\s*$",
            _I,
        ),
        reply_line=REPLY_TO_LINE,
        min_headers=2,
        after_prose=True,
    ),
    # "Posted Mar 12, 2024 17:04 UTC by pgrantham (subscriber, #118204) [Link] (1 response)"
    # over the comment (LWN; blogs: "Posted on March 5, 2024 by Sam"): the time first, then
    # the writer, then what the site says of them and its links.
    ThreadLayout(
        name="posted date by name",
        hint=re.compile(r"^Posted\b", _I),
        header=re.compile(
            rf"^Posted\s+(?:on\s+)?(?P<posted>{_WRITTEN_DATE}|{_ISO_STAMP})\s+by\s+"
            r"(?P<author>[^\s(\[][^(\[]{0,59}?)\s*(?:\([^()]{0,60}\))?\s*(?:\[[^\]]{0,30}\])?"
            r"\s*(?:\(\d+ (?:responses?|replies|comments?)\))?\s*$",
            _I,
        ),
        reply_line=REPLY_TO_LINE,
        min_headers=2,
        after_prose=True,
    ),
    # A signature under the comment: "Posted by: Maud Ferris | March 05, 2024 at 10:15 AM"
    # (blog platforms), "Posted by Maria V. in reply to Hawk · 03/12/2024 2:21 PM EDT · Reply ·
    # Flag · Like (24)" (Gannett's sites), with whom it answers and its controls.
    ThreadLayout(
        name="posted by signature",
        header=re.compile(
            r"^posted by(?::\s*|\s+)(?P<author>[^\s|,·•][^|,·•]{0,59}?)"
            r"(?:\s+in reply to\s+@?(?P<reply_to>[^\s|,·•][^|,·•]{0,39}?))?"
            rf"(?:\s*(?:[|,·•]|\bon\b|\bat\b)\s*(?P<posted>{_WRITTEN_DATE}))?"
            rf"(?:\s*[|·•]\s*{_CONTROLS}(?:\s*\(\d[\d,]*\))?)*\s*$",
            _I,
        ),
        min_headers=2,
        after_prose=True,
        closes=True,
    ),
    # "Grumpy_Gull, Morecambe, United Kingdom, 2 hours ago" under the comment: name, where
    # they live, when (tabloid comment lists copied as text).
    ThreadLayout(
        name="place signature",
        hint=re.compile(r",[^,]*,"),
        header=re.compile(
            r"^(?P<author>[^\s,][^,]{0,39}?),\s*(?:[^,\d]{2,40},\s*){1,2}"
            rf"(?P<posted>{_AGO}|{_WRITTEN_DATE})\s*$",
            _I,
        ),
        min_headers=2,
        after_prose=True,
        closes=True,
    ),
    # "— Maud Ferris, March 5, 2024" under the comment (letters pages): dated, so a quote's
    # attribution ("— Abraham Lincoln") is not one.
    ThreadLayout(
        name="dash signature",
        header=re.compile(
            r"^(?:—|–|--|~)\s*(?P<author>[^\s|,—–][^|,—–]{0,59}?)\s*[|,]\s*"
            rf"(?P<posted>{_WRITTEN_DATE})\s*$",
            _I,
        ),
        min_headers=2,
        after_prose=True,
        closes=True,
    ),
    # "Maud Ferris said..." (blog platforms; the time stands on a line below the comment). Not
    # "said:", which an article writes above a quote.
    ThreadLayout(
        name="said",
        header=re.compile(
            r"^(?P<author>[^\s.!?,;:][^.!?,;:]{0,59}?)\s+(?:said|says)(?:\.{2,3}|…)\s*$", _I
        ),
        reply_line=REPLY_TO_LINE,
        min_headers=2,
        after_prose=True,
    ),
    # "Maud Ferris wrote:" or "On March 5, 2024 at 10:15 am, Maud Ferris wrote:" (forums and
    # mailing lists copied as text)
    ThreadLayout(
        name="wrote",
        hint=re.compile("wrote|writes", _I),
        header=re.compile(
            rf"^(?:On\s+(?P<posted>{_WRITTEN_DATE}),?\s+)?(?P<author>[^\s,][^,:]{{0,59}}?)"
            r"\s+(?:wrote|writes)\s*:\s*$",
            _I,
        ),
        min_headers=2,
        after_prose=True,
    ),
    # A name on a line of its own and the time on the next ("Maud Ferris" / "5 March 2024
    # 10:15"): newspaper comment lists copied as text. Two at least, below the first sentence.
    ThreadLayout(
        name="name over date",
        # A handle may hold dots ("@petra.wood", YouTube); a name holds no sentence's marks,
        # but a comma ("Smith, Jo", or a place under the name: `_names_over_places`).
        header=re.compile(
            r"^(?:#?\d{1,4}[.)]\s+)?"  # a talkback's number before it: "1. Yossi, Talpiot"
            r"(?P<author>@[\w.-]{1,40}|[^\W\d_][\w-]*(?:\.[\w-]+)+"  # a handle: "marek.t"
            rf"|(?:{_NAME_ABBREVIATION}\s?){{0,2}}"  # initials, a title first: "J. Wong", "Dr. Ali"
            # an initial inside: "Mrs B. Armitage", "John F. Kennedy"
            rf"[^\s.!?,;:<](?:[^.!?;:<]|{_TITLE_STOP}|(?<=\s[^\W\d_])\.(?=\s)){{0,59}}?"
            r"(?:\s[^\W\d_]\.)?(?:\s*<[^<>\s]+@[^<>\s]+>)?)\s*:?\s*$"  # "Outback Bill :" (ABC)
        ),  # an initial ("Alana P."), a mail's sender: "Ann Lee <ann@example.org>"
        date_line=re.compile(
            r"^(?!\d+\s+mins?\.?\s*$)"  # "4 min": an article's reading time, no age
            # "Posted March 4, 2024" (Invision), "Posted: 8:02 AM CST Tuesday, Mar. 5, 2024",
            # "le 14 mars 2024 à 08h12" (Libération)
            rf"(?:[·•|]\s*|{POSTED_WORDS}(?:\s*:)?\s+|(?:le|am|il|el|op)\s+)?"
            # whom it answers, before the time: "replied to Velo_Vic | 2 hours ago" (road.cc)
            rf"(?:{_REPLY_TO_PHRASE}\s+@?(?P<answers>[^|•·\s][^|•·]{{0,39}}?)\s*[|•·]\s*)?"
            rf"(?P<posted>{_TIME_FIRST_DATE}|{_WRITTEN_DATE}|{_RELATIVE_AGE})"
            r"(?:\s*\(edited\))?\s*$",
            _I,
        ),  # "10:31 5 Mar 2024" (the BBC's time first), "17 hours ago (edited)"
        date_line_required=True,
        reply_line=REPLY_TO_LINE,  # X: "Replying to @priya_covers"
        min_headers=2,
        after_prose=True,
        max_name_words=5,  # "Fly-tipping incidents rise for second year" over "14 December 2023"
    ),
)

# Lines inside a comment that are controls of the comment system, not text: "Reply",
# "Like · Reply · 2y", "12 Reply", "▲ 3 ▼ Share ›", "Sort by Best", "Reply · Like (12)".
# A count takes its whole run of digits, so that "0000" cannot be read as counts in countless
# ways (an exponential search on a line of digits).
_CONTROL_EXTRA = rf"(?:\(?\d[\d,.]*(?![\d,.])[kK]?\)?|{_RELATIVE_AGE}|[▲▼△▽↑↓⬆⬇›»‹«+-]|👍|👎)"
# one way to read the spaces between two controls; a colon before the votes: "Reply : 14 8"
_CONTROL_GAP = r"(?:\s*[|·•:]\s*|\s*)"
COMMENT_CONTROL_LINE = re.compile(
    rf"^(?:{_CONTROL_EXTRA}{_CONTROL_GAP})*{_CONTROLS}"
    rf"(?:{_CONTROL_GAP}(?:{_CONTROLS}|{_CONTROL_EXTRA}))*\s*$",
    _I,
)

# A comment's date with its controls after it, closing the comment ("12 Maret 2024, 15.02 WIB ·
# Balas · Suka (24)").
DATED_CONTROL_LINE = re.compile(
    rf"^(?P<posted>{_WRITTEN_DATE}){_ZONE}?\s*[·•|]\s*{_CONTROLS}"
    rf"(?:{_CONTROL_GAP}(?:{_CONTROLS}|{_CONTROL_EXTRA}))*\s*$",
    _I,
)

# A heading that opens an unmarked comment section: after it, one comment per line.
# "Comments" in English and in the languages of Europe's and Asia's news sites, with the forms a
# count takes ("7 kommenttia", "312 komentářů", "5 yorum").
COMMENTS_WORD = (
    r"(?:comments?|talkbacks?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties"
    r"|komentarze?|комментари[ийя]|תגובות|kommentit|kommenttia?|kommentarer|kommentaarid?"
    r"|komentář[eů]|komentár(?:e|ov)|diskuze|diskusia|yorum(?:lar)?|hozzászólás(?:ok)?"
    r"|komentar(?:i|ji|a|ai|ų)?|komentāri|σχόλια|коментар[іиа]|comentarii|comentaris|コメント"
    r"|评论|評論|留言|댓글|تعليقات|التعليقات|bình luận|ý kiến)"
)
COMMENT_SECTION_HEADING = re.compile(
    rf"^(?:(?:showing\s+)?\d+\s+(?:{COMMENTS_WORD}|responses?|replies|reactions)"
    r"|\d+\s+thoughts? on\b.*"
    rf"|(?:readers?['’]?\s+)?{COMMENTS_WORD}\s*(?:\(\d+\)|:?\s*\d+)?"  # "READERS' COMMENTS"
    # a debate with its count, not a newspaper's "Debat" section in the menu: "Debat (5)"
    r"|(?:debat|debatt|debatten|discussion|diskussion|dyskusja|discusión|discussão|discussione"
    r"|diskuse|diskuze|diskusia)"  # Czech and Slovak: "Diskuse (6)"
    r"\s*\(\d+\)"
    r"|responses?\s+to\s+.+"
    r"|what (?:readers|you) (?:are saying|said))\s*:?\s*$",
    _I,
)

# --- boilerplate lines --------------------------------------------------------------------

# A notice where the reply box would be, drawn like a comment (Gitea: "Sign in to join this
# conversation."): no reader's comment.
SIGN_IN_PROMPT = re.compile(
    r"^\s*(?:please\s+|you (?:must|need to|have to) be\s+)?(?:sign(?:ed)?|log(?:ged)?)\s*"
    r"(?:in|on|up)\b[^\n]{0,60}"  # "You must be signed in to comment." (diaspora*)
    r"\b(?:comment|reply|join|conversation|discussion|post)\w*\W*"
    r"(?:(?:log|sign)\s*(?:in|up)\b[^\n]{0,30})?$"  # "... to comment. Log in or sign up."
    # ... in other languages: "Đăng nhập để bình luận", "Debe iniciar sesión para comentar",
    # "Faça login para comentar", "Connectez-vous pour commenter", "Accedi per commentare"
    r"|^\s*(?:đăng nhập để (?:bình luận|gửi bình luận)|(?:debe |debes )?(?:iniciar|inicia)"
    r" sesión para (?:comentar|opinar)|(?:faça|fazer) (?:o )?login para comentar"
    r"|connectez-vous pour (?:commenter|réagir)|accedi (?:o registrati )?per commentare"
    r"|zaloguj się,? aby (?:dodać komentarz|skomentować)|logga in för att kommentera"
    r"|přihlaste se (?:a|pro) (?:diskutujte|komentování)"
    r")\W*$",
    _I,
)

# The button under a comment list that loads more of it: after it, nothing is a comment's text.
MORE_COMMENTS_LINE = re.compile(
    r"^(?:(?:load|show|view|see) (?:more|all|older|previous) (?:comments|replies)"
    r"|showing \d+ (?:of|out of) \d+ (?:comments|replies)"  # the Evening Standard
    r"|(?:ver|cargar|mostrar) más comentarios|(?:mehr|weitere) kommentare(?: (?:laden|anzeigen))?"
    r"|(?:voir|afficher|charger) plus de commentaires|(?:carica|mostra) altri commenti"
    r"|(?:toon |laad )?meer reacties|(?:pokaż|zobacz|załaduj) więcej komentarzy"
    r"|(?:ver|carregar) mais comentários|muat lebih banyak komentar"
    r"|vis flere kommentarer|visa fler kommentarer|näytä lisää kommentteja"
    r"|(?:učitaj|prikaži) još komentara|(?:načíst|zobrazit) další komentáře)\b",
    _I,
)

# The comment form and everything after it is neither article nor comment.
COMMENT_FORM_START = re.compile(
    r"^(?:leave (?:a |your )?(?:reply|comment)|post a comment|add (?:a|new) comment"
    r"|write a comment"
    r"|fill in your details below|you are commenting using"
    r"|your email address will not be published"
    r"|you need to be a member in order to (?:leave a comment|post|reply)"  # Invision
    r"|notify me of (?:new|follow-up) comments|comments are (?:now )?closed"
    r"|this (?:debate|discussion|conversation) is (?:now )?closed"
    r"|this (?:topic|thread) (?:was|has been|is) (?:automatically |now )?(?:closed|locked)"
    r"|new replies are no longer allowed"
    # The section's notice that it holds no comment yet, over the form.
    r"|be the first(?: one)? to (?:comment|reply)"
    r"|(?:there are )?no comments(?: yet)?"
    r"(?=[.!]?$|[.!]?\s+(?:be the first|start the (?:conversation|discussion)|why not)\b)"
    # ... in other languages: "Er zijn nog geen reacties.", "Noch keine Kommentare",
    # "Aucun commentaire pour le moment", "Aún no hay comentarios", "Nessun commento"
    # (the whole line, so that a comment opening "Nessun commento dal sindaco" stays one)
    r"|(?:(?:er zijn )?nog geen reacties|(?:es gibt )?noch keine kommentare"
    r"|aucun commentaire(?: pour (?:le moment|l'instant))?|(?:aún|todavía) no hay comentarios"
    r"|(?:ancora )?nessun commento|(?:ainda )?não há comentários|inga kommentarer(?: än)?"
    r"|non ci sono (?:ancora )?commenti|il n['’]y a (?:pas encore de|aucun) commentaires?"
    r"|no hay comentarios(?: todavía| aún)?|ei (?:vielä )?kommentteja"
    r"|ingen kommentarer(?: endnu| ennå)?|brak komentarzy|ei kommentteja|inga kommentarer ännu"
    r"|soyez le premier à commenter|sé el primero en comentar|sii il primo a commentare"
    r"|schreiben sie den ersten kommentar|wees de eerste om te reageren)"
    # ... alone, or before the invitation to be the first: "Bli den första att kommentera!"
    r"(?=[.!]?\s*$|[.!]\s+(?:bli|var|vær|ole|sé|sii|soyez|seien|wees|bądź|seja)\b)"
    r"|write your comment|by posting a comment|(?:add|post) your comment"
    r"|welcome to the discussion\b"  # the house rules over the form (BLOX, US local news)
    r"|join (?:our|the) [\w ]{1,30}? to (?:comment|reply|join)"  # "Join our Community to comment"
    # A comment policy heads the comment section: "Comment Policy: ...", "Comments are
    # subject to our community guidelines".
    r"|comment (?:policy|guidelines)(?=\s*:)|comments are subject to)\b",
    _I,
)

# A sign-in gate that names the comment ("Log in or create an account to post a comment", "You
# must be logged in to post a comment"): over the comments, or in their place on a page that has
# none; with no comment closed by its controls under it, it opens the form as COMMENT_FORM_START.
COMMENT_GATE = re.compile(
    r"^(?:[^.?!\n]{1,40}\?\s+)?"  # a question before it: "Want to join the conversation?"
    r"(?:you (?:must|need to|have to) be (?:logged|signed) in"
    r"|(?:please )?(?:create an account or )?(?:log|sign) ?in"
    r"(?: or (?:create an account|register|sign up|subscribe))?)"
    r" to (?:post |leave |add |write |join |read )?(?:a |the )?(?:comment|discussion|conversation)"
    r"\b",
    _I,
)

# A byline at the top of an article; `name` is used to recognise the author bio at the end.
BYLINE = re.compile(
    # "by", and in other languages: "di" in lower case only (an Italian name may be "Di Maio")
    r"^(?:(?i:by|written by|posted by|von|par|por|door|av|af|autor:|author:"
    # "Author:" in other languages: "Autorius: Lrytas.lt", "Auteur :", "Författare:"
    r"|autorius:|autors:|autore:|auteur\s?:|författare:|forfatter:|tekijä:|szerző:)|di)\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\W.*)?$"
)

# Image captions and credits, wherever they stand in the article.
CAPTION = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|photo\s*(?:credit)?\s*:|image\s*(?:credit)?\s*:|caption\s*:"
    r"|pictured\s*:|file photo\b|(?:headshot|portrait|photo|picture|image|avatar) of\s"  # alt text
    r"|(?:photo(?:graph)?|illustration|image|picture|video)s? by\s"  # "Illustration by X / Y"
    # "Ilustračné foto – N – Ján Kováčik" (Denník N), "Foto – Reuters"
    r"|(?:ilustra\w*\s+)?(?:foto|fot\.|photo)\s*[–—-]\s*\S"
    # A credit line of its own, in other languages: "Foto: Novinky", "Beeld: Belga", "Kuva: HS"
    r"|(?:foto|fot\.|beeld|bild|kuva|zdjęcie|fotografía|crédit photo|picture|credit)\s*:\s*\S)"
    # A photographer and agency in capitals: "MONIQUE FORD/STUFF", "REUTERS/AMIR COHEN", "ROB
    # HADLEY — THE BERKSHIRE EAGLE"
    r"|^(?=.* )(?-i:[A-Z][A-Z .'-]{1,40}(?:/|\s[—–]\s)[A-Z][A-Z .'-]{1,40})$"
    # A credit in brackets closing a caption: "... pod Krakowem (Fot. Jakub Porzycki / Agencja)",
    # "(Photo by ...)", "(Image: Manchester Evening News)" on a line of its own (Reach)
    r"|\((?:(?:fot|foto|photo|pic|kuva|bild|beeld|picture|image|cr[ée]dito)\.?[:\s][^()]{2,80}"
    r"|(?:photo(?:graph)?|image|picture)s? (?:by|credit|courtesy)[^)]*)\)\s*$"
    r"|\s©\s*\w|/\s*(?:Reuters|AP|AFP|Getty Images|EPA|Shutterstock|Alamy)\b"
    # ... or after a dash: "... sáng thứ bảy - Ảnh: CHÂU TUẤN" (Vietnam's papers)
    r"|\s[—–-]\s*(?:ảnh|foto|photo|kuva|bild)\s*:\s*[^.!?]{2,60}$"
    r"|\s(?:nuotr\.|nuotrauka)$"  # Lithuanian: "... / Luko Balandžio / BNS nuotr."
    r"|\bfile (?:photo|pic)$|\((?:[\w.-]+ )?(?:photo|file photo|pic)\)$"  # "(FIBA photo)"
    # An outlet and its photographer closing a caption: "... from the Midland Highway. (ABC
    # Ballarat: Lucy Pagliaro)"
    r"|[.!?]\s+\((?-i:[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,4}: "
    r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})\)$"
    # A credit after the caption's sentence (one group: a sentence's end first, checked once
    # at each place): "... a bakery. | Haruka Iwasaki", "... last year. - Filepic", "... on July
    # 24, 2023. Jire Carreon/Rappler", "... since 2017. Picture: Google", "Image Credit:
    # Supplied", "Kuva: Jussi Nukari / HS", "— AFP/File", "(Matt McClain/The Washington Post)"
    r"|[.!?]\s+(?:\|\s*[^.!?|]{2,60}$|[-–—]\s*(?:filepic|file photo)\s*$"
    r"|(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} ?/ ?[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,3})\s*$"
    r"|\S+/(?-i:[A-Z][A-Z .'-]{2,40})$"  # "... Jakarta. KOMPAS.com/RIZKY SYAHPUTRA"
    r"|(?:picture|photo|image|credit)s?\s*:\s*[^.!?]{1,60}$"
    # "... on Tuesday. Photo by Jason Payne /PNG", "... in February. Photo by Hana Reid."
    r"|(?:picture|photo|image)s? by [^.!?]{2,60}\.?$"
    r"|(?-i:[A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*){0,2}) (?:photo|file photo|pic|picture)$"  # KT photo
    r"|(?:image credit|photo credit|kuva|foto|bild|crédit photo|fotografía)\s*:\s*\S"
    r"|[—–-]\s*(?:AFP|AP|Reuters|EPA|Getty Images|Bloomberg|Xinhua)(?:/File)?\s*$"
    # ... or by the photographer's name after a dash: "... could launch in late 2026. - Dave
    # MacIsaac" (Postmedia's captions)
    r"|[—–-]\s+(?-i:[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|de|van|von)){1,3})$"
    r"|(?:supplied|handout) (?:picture|photo|image)\s*$"  # "... cycling track. Supplied picture"
    r"|\([^()/]{2,60}\s?/\s?[^()/]{2,60}\)\s*$)"
    # The New York Times's, copied as text: "... short-term rentals.Credit...Caleb Kenna".
    r"|[.!?”]Credit(?:\.\.\.|…)"
    # A credit on a line of its own under the caption: "Getty Images", "Courtesy of the author"
    r"|^(?:getty images|afp|reuters|ap photo|epa|shutterstock|alamy|istock(?:photo)?|supplied"
    r"|courtesy(?: of)? [\w .'’-]{2,40}|[\w .'’-]{2,40} via getty images)$",
    _I,
)

# Dateline and metadata lines that only ever stand above an article.
HEAD_METADATA = re.compile(  # anchored once at the start: searched in every line of a story
    r"^(?:(?:originally\s+)?(?:published|updated|posted|last updated|filed)\s*(?:on|at|:)\s*\S"
    # "Published", "Updated" in other languages, a date or time close after ("12.03.24")
    rf"|(?:first |originally )?(?:published|updated|posted|{PUBLISHED_ABROAD}|{UPDATED_ABROAD}"
    r"|פורסם(?: לראשונה)?|עודכן)\b"
    r".{0,25}\d"
    r"|\d+\s+min(?:ute)?s?\s+read$"
    # Reading time in other languages: "Lesezeit: 3 Min.", "5 min. de lecture", "Leestijd 3 minuten"
    r"|(?:lesezeit|leestijd|lukuaika|czas czytania|tiempo de lectura|tempo di lettura"
    r"|temps de lecture|lesetid|läsningstid)\s*:?\s*\d+\s*\w*\.?$"
    r"|\d+\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\.?\s+(?:de lecture|di lettura|de lectura"
    r"|leestijd|lesezeit|read)$"
    r"|(?:kindly |please )?share this (?:story|article|post)\b"
    r"|(?:share|tweet|email|print)(?:\s*[|·•]\s*(?:share|tweet|email|print|facebook|twitter"
    r"|comments?\s*\(\d+\)))*$"
    # Share buttons as their labels read: "Click to share on X (Opens in new window)".
    r"|click to (?:share|email|print)\b|.*\(opens in (?:a )?new (?:window|tab)\)\s*$"
    # ... one to a line, by the place shared to or in other languages: "Google News" /
    # "WhatsApp" / "Copiar enlace" (El Tiempo)
    r"|(?:copy link|copiar enlace|copiar link|copier le lien|link kopieren|copia (?:il )?link"
    r"|kopieer link|kopiuj link|kopioi linkki|kopiera länk|kopiér link|kopirati poveznicu"
    r"|compartir|partager|teilen|condividi|partilhar|compartilhar|delen|udostępnij|jaa|dela|del"
    r"|chia sẻ|lưu"  # Vietnamese: share, save
    r"|facebook|twitter|whatsapp|telegram|linkedin|google news|flipboard|messenger|pinterest"
    r"|reddit|bluesky|threads)$)",
    _I,
)

# The heading of a box of a story's key points, above its text.
KEY_POINTS_HEADING = re.compile(
    r"^(?:what you need to know|key points|in short|in brief|at a glance|highlights|the big"
    r" picture|summary|story summary|tl;dr|zusammenfassung|résumé|resumen|riassunto|samenvatting"
    r"|podsumowanie|yhteenveto|the big"
    r" picture|das wichtigste in kürze|en bref|l['’]essentiel|en resumen|in sintesi|in het kort"
    r"|w skrócie|lyhyesti)\s*:?$",
    _I,
)

# A journalist's job under their name in a byline, in English.
WRITER_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|journalist|contributor|critic"
    r"|analyst|producer|researcher|professor|lecturer|fellow)s?\b"
    # in the languages of Europe's news sites: "Redaktorka Denníka N", "Redakteurin"
    r"|\b(?:redakt[eo]r(?:ka|in)?|rédact(?:eur|rice)|redattor[ei]|redattrice|redactora?"
    r"|reportér(?:ka)?|novinár(?:ka)?|novinář(?:ka)?|dziennikar(?:ka|z)|toimittaja"
    r"|korrespondent(?:in)?|journalistin"
    # ... and of Latin America's, Portugal's, Italy's, France's: "Periodista de la sección ..."
    r"|periodista|jornalista|giornalista|journaliste|corresponsal|correspondente"
    r"|corrispondente|reportera?)\b"
    # ... and of India's: "प्रमुख संवाददाता" (chief correspondent), "रिपोर्टर", "संपादक", "पत्रकार"
    r"|संवाददाता|रिपोर्टर|संपादक|पत्रकार",
    _I,
)

# The heading of the writer's box under a story: what follows it is their name and bio.
ABOUT_THE_AUTHOR = re.compile(
    r"^(?:about the (?:author|writer)|über (?:den|die) autor(?:in)?|à propos de l['’]auteur"
    r"|sobre (?:el|la|o|a) autora?|o autorze|об авторе|लेखक के बारे में)\s*:?$",
    re.I,
)
# Author bios and promotion lines: trimmed from the end of an article.
PROMOTION = re.compile(
    r"^(?:visit (?:my|our|his|her|the) |follow (?:us|me|him|her|them) (?:on|at)\b"
    r"|subscribe (?:to|for|now|here)\b|listen to\b|sign up\b|join our\b"
    r"|contact (?:us|me|him|her|the author)\b|download (?:our|the) app\b|donate\b"
    r"|support (?:us|our)\b|read more\b|click here\b|about the author\b|advertise with\b"
    r"|support (?:the )?(?-i:[A-Z])[\w'’-]*(?: [\w'’-]+){0,2}$)"  # "Support The Tyee"
    r"|^(?:get|receive) (?:the|our) .{0,40}newsletter"
    # a newsletter box's call over its form: "Don't miss a thing!", "Ne maradjon le semmiről!"
    r"|^(?:don['’]t miss (?:out|a thing|anything)|ne maradjon le semmiről|verpassen sie nichts"
    r"|ne manquez rien|no te pierdas nada|non perderti nulla)\W*$"
    r"|^(?:to contact (?:the author|us)\b|related (?:videos?|stories|content|articles?)\s*:"
    r"|by (?:subscribing|signing up)\b|contact\s*:\s*\S+@|reach \S+(?: \S+){0,3} at\b"
    # The reader asked for feedback: "Did you find this article insightful?", "Report it to us."
    r"|did you find this (?:article|story) \w+\?|was this (?:article|story) (?:helpful|useful)"
    r"|report (?:it|an error|a mistake|a typo) to us\b|(?:found|spotted) an? (?:error|mistake|typo)"
    r"|vous avez trouvé une erreur)"
    # a shop's teaser under a story: "... than Bobby Fischer. Order now!", its price alone
    r"|\b(?:order|buy|shop) (?:now|today|here)!?$|^(?:[€$£]\s?\d[\d,.]*|\d[\d,.]*\s?[€$£])$"
    # A writer's bio: "Timothy Rees is transport reporter for The Age.", "Ellen Marsh covers ...",
    # "Jon is a regular contributor to Amateur Photographer and runs macro workshops"
    # "Megan Gorrey is the Herald’s urban affairs reporter.", "... is an Al-Monitor contributor"
    r"|^(?:(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})|he|she|they) (?:(?:is|are) (?:an? |the )?"
    r"(?:[\w&'’.]+[ ,-]+){0,5}?(?:reporter|correspondent|writer|editor|journalist|columnist"
    r"|contributor|critic|commentator|analyst|photographer|producer)"
    r"|covers|writes (?:about|on)|reports on)\b"
    r"|^for (?:feedback|complaints|inquiries|enquiries|queries|corrections)\b[^.]*contact us\.?$",
    _I,
)

# The site asking the reader to sign up, follow or pay, in the words news sites use, and
# saying where else the story ran: trimmed from the end of an article. Searched only in lines
# holding one of APPEAL_WORDS (a search for `\b...` at every place in every line is slow).
READER_APPEAL = re.compile(
    r"\b(?:(?:our|free|daily|weekly|morning|evening|email)\s+(?:[\w'’-]+\s+){0,3}newsletters?"
    r"|nieuwsbrief|in (?:your|je) (?:inbox|mailbox)|terms of service"
    r"|\bto your inbox\b"  # "Get local news delivered to your inbox!"
    # ... in other languages: "Iratkozzon fel az Index hírlevelére!", "Feliratkozom"
    r"|hírlevel\w*|(?:iratkozz\w* fel|feliratkoz\w*)|nyhetsbrev\w*|uutiskirje\w*"
    r"|bolet[ií]n(?:es)? (?:de|informativo)|boletim"
    r"|privacy policy|whatsapp channel|news alerts|sign up here|subscribe to our\b"
    r"|\bsubscribe (?:now|today)\b"  # "... without fear or favour since 1999. Subscribe now."
    # "Get a daily brief of the most important stories ... when you subscribe" (Reason)
    r"|(?:daily|weekly|morning|evening) (?:brief|briefing|digest)\b|when you subscribe\b"
    r"|\bstart (?:and finish )?your (?:day|morning) with\b"  # a newsletter's blurb
    # a nonprofit newsroom's appeal: "reader support makes up two-thirds of our budget",
    # "a tax-deductible donation", "was founded as a nonprofit"
    r"|reader support|tax-deductible|founded as a nonprofit|supported by readers like you"
    r"|(?:independent|nonprofit|our|quality|trusted|local|relevant)(?:\s+[\w'’-]+){0,2}?"
    r"\s+journalism"  # "Support independent mountain bike journalism."
    # ... in other languages: "apoyá el periodismo independiente", "soutenir l'information
    # locale", "unabhängigen Journalismus unterstützen", "wesprzyj niezależne dziennikarstwo"
    r"|\b(?:periodismo|journalisme|journalismus|giornalismo|jornalismo|dziennikarstw\w*"
    r"|journalistiek|journalistik) (?:independiente|indépendant|unabhängig\w*|indipendente"
    r"|independente|niezależn\w*|onafhankelijk\w*|local\w*|de (?:calidad|qualité|qualidade)"
    r"|di qualità)|\b(?:unabhängig\w*|niezależn\w*|onafhankelijk\w*) (?:journalismus"
    r"|dziennikarstw\w*|journalistiek)"
    r"|\b(?:apoy[aá]|apoyar|soutenir|soutenez|unterstütz\w*|sostieni|sostenere|apoie|apoiar"
    r"|wesprzyj|wspieraj|steun)\b.{0,30}\b(?:periodismo|journalisme|information locale"
    r"|journalismus|giornalismo|jornalismo|dziennikarstw\w*|journalistiek)"
    # a subscription's or a page's ask: "Abonnez-vous", "Suscribite", "Polub nas"
    r"|\babonnez-vous\b|\bje m['’]abonne\b|\bsuscr[ií]b(?:ete|ite|irse)\b|\babbonati\b"
    r"|\bassine já\b|\bzasubskrybuj\b|\bprenumeruj\b|\bjetzt abonnieren\b"
    r"|\b(?:dołącz do nas|polub nas|rejoignez-nous|únete a nosotros|unisciti a noi"
    r"|junte-se a nós|join us on)\b"
    # a donation's buttons: "Give directly to ... by using the easy options below", "Give now"
    r"|^(?:give|donate|contribute) (?:directly|now|today|once|monthly)\b|make a (?:donation|gift)\b"
    r"|become an? (?:supporter|member|subscriber|insider|friend|patron)\b"
    r"|support (?:\S+ ){0,3}\S+['’]s? journalism"  # "Support Daily Maverick's journalism."
    r"|your (?:financial )?(?:subscription|support|membership|contribution)"
    r" (?:helps|allows|enables|keeps|makes|supports)\b"
    r"|obserwuj nas|folgen sie uns|suivez-nous|síguenos|seguici|volg ons"
    r"|(?:manage|turn on) (?:them|notifications)"
    r"|follow (?:us|\S+(?: \S+){0,3}) on (?:x|twitter|facebook|instagram|linkedin|google news"
    r"|whatsapp|telegram)\b|have a (?:news )?tip\b"
    # "A version of this article appears in print on ...", "... verscheen ook in NRC"
    r"|a version of this (?:article|story)|this (?:article|story) (?:first |originally )?"
    r"(?:appeared|was published)|een versie van dit artikel"
    r"|(?:new|newest|latest) book|can be reached at|is the author of"
    # an opinion piece's disclaimer: "The views expressed in this article are the author's own"
    r"|views (?:and opinions )?expressed (?:in this \w+ )?are"
    # a paywall's or a player's ask: "Log in, register or subscribe to save articles for later."
    r"|(?:log ?in|sign ?in|register|subscribe)\b[^.]{0,40}?\bto (?:save|read|continue|comment"
    r"|access|unlock|listen)|(?:premium|paid|digital) subscription|already a subscriber"
    r"|requires? an? (?:\w+ )?subscription"
    r"|listen to (?:[\w ]{0,30} )?(?:articles?|stor(?:y|ies))\b|text-to-speech"
    # "... diventa Sostenitore", "Devenez abonné", "Werden Sie Mitglied", "Hazte socio"
    r"|diventa sostenitore|sostienici|devenez (?:abonné|membre)|werden sie (?:abonnent|mitglied"
    r"|unterstützer)|hazte (?:socio|suscriptor)|torne-se assinante)\b"
    # ... in Catalan: "Fes-te'n subscriptor per 6 euros al mes.", "periodisme independent"
    r"|\bfes-te(?:['’]n)? (?:subscriptor|soci|membre)|\bsubscriu-te\b"
    r"|\bperiodisme (?:independent|de qualitat|local)"
    # a support box's heading: "VilaWeb és possible gràcies als seus subscriptors"
    r"|\b(?:gràcies als|gracias a|thanks to|grâce à|graças aos)\s+(?:\w+\s+)?(?:subscriptors"
    r"|suscriptores|subscribers|readers|lectores|lectors|abonnés|assinantes|members|socis"
    r"|socios)\b"
    # a newsletter's blurb in Spanish: "Recibe cada mañana en tu correo las noticias de Vigo"
    r"|\brecibe\b.{0,40}\ben tu (?:correo|email|e-mail|bandeja)"
    r"|\bcontact (?:at|him at|her at)\s*$",
    _I,
)
APPEAL_WORDS = (
    "newsletter", "nieuwsbrief", "inbox", "mailbox", "terms of service", "privacy policy",
    "whatsapp", "news alerts", "sign up here", "subscribe to our", "journalism", "become a",
    "obserwuj", "folgen sie", "suivez", "síguenos", "seguici", "volg ons", "manage", "turn on",
    "follow", "tip", "version of this", "this article", "this story", "een versie", "book",
    "reached at", "author of", "contact", "expressed", "log in", "login", "sign in", "register",
    "subscri", "listen to", "text-to-speech", "sostenitore", "sostienici", "devenez",
    "werden sie", "hazte", "torne-se", "reader support", "tax-deductible", "nonprofit",
    "readers like you", "give ", "donat", "contribute ", "make a",
    "daily", "weekly", "morning", "evening", "your day",
    "hírlevel", "iratkoz", "nyhetsbrev", "uutiskirje", "boletín", "boletin", "boletim",
    "relevant", "periodismo", "journalis", "giornalismo", "jornalismo", "dziennikarstw",
    "unabhängig", "niezależn", "onafhankelijk", "abonn", "suscr", "abbonati", "assine",
    "zasubskrybuj", "prenumeruj", "dołącz", "polub", "rejoignez", "únete", "unisciti",
    "junte-se", "join us", "contribution", "fes-te", "subscriu", "periodisme", "recibe",
    "gràcies", "gracias", "thanks to", "grâce", "graças",
)  # fmt: skip

# Under a story, not of it: where it came from ("URL: www.sz.de/1.645", "Quelle: SZ.de"), who
# may reprint it, and a trial offer ("14 Tage kostenlos zur Probe lesen").
TAIL_NOTICE = re.compile(
    # who may comment: "la pubblicazione dei commenti è riservata agli utenti registrati"
    r"\b(?:comment|kommentar|komentarz)\w*\b.{0,60}\b(?:registered|subscribers|registrati"
    r"|abbonati|abonnés|abonnenten|suscriptores|assinantes|abonnees)\b"
    # and by which rules: "Users with an Yle ID can leave comments ... Our guidelines on
    # commenting and moderation are explained here."
    r"|\bcan (?:leave|post|write) comments\b"
    # and how: "We want to hear your thoughts. Comments are moderated and may take a few
    # minutes to appear." (the Brandon Sun, over its comments)
    r"|\bcomments (?:are|will be) (?:pre-?)?(?:moderated|reviewed)\b"
    # a reporter's contact ("Marisol Vega: 206-464-2210 or mvega@..."), a sponsored desk's
    # disclosure ("... funded with the help of community sponsors ... editorial control")
    r"|^[A-Z][\w.'’ -]{1,40}:\s*\+?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b"
    r"|\beditorial (?:control|independence)\b"
    # an audio version: "Tento článok je dostupný aj v audioverzii.", "Also available as audio"
    r"|dostupný aj v audioverzii|dostupný i v audioverzi|available (?:as|in) (?:an )?audio\b"
    # the player's own lines: its fallback, and the app it advertises ("Enjoy more audio and
    # podcasts on iOS or Android.")
    r"|\byour browser does not support (?:the )?<?(?:audio|video)\b"
    r"|\b(?:audio|podcasts?|listen)\b.{0,30}\bon (?:ios|iphone) (?:and|or|&) android\b"
    # a call for corrections: "Spotted an error? Let us know", "Máte pripomienku alebo ste
    # našli chybu? Napíšte nám." (Denník N), "Fehler gefunden?"
    r"|\b(?:found|spotted|seen|noticed) (?:an? )?(?:error|mistake|typo)\b|našli chybu"
    r"|našli jste chybu|fehler gefunden|trouvé une erreur|encontrado un error"
    # between a story and its comments (Reason): "Show Comments (47)", "Media Contact & Reprint
    # Requests", "NEXT: <the next story>", a form's hidden field read as text (Gravity Forms)
    r"|^(?:show|hide|view) (?:all )?comments?\s*\(\d[\d,]*\)$|\breprint requests?\b|^next\s*:\s"
    r"|^this field is for validation purposes\b|^subscribe$"
    # who the story was made with: "This story was produced in partnership with ..."
    r"|^this (?:story|article|report|investigation) was (?:produced|published|reported) "
    r"(?:in partnership|in collaboration|with (?:support|the support))\b"
    # a call for tips: "Do you have a story for The Irish Sun team?", "Got a news tip?"
    r"|^(?:do you have|got|have you got) an? (?:story|news tip|tip)\b"
    r"|\b(?:guidelines|rules|policy) (?:on|for) (?:posting |leaving |writing )?(?:your )?comment\w*"
    r"|^(?:url|quelle|source|fuente|fonte|źródło|bron|lähde|kilde|källa)\s*:\s*\S+(?:\s+\S+){0,3}$"
    r"|syndication|nutzungsanfrage|nutzungsrechte|reprints? (?:and|&) permissions"
    r"|(?:license|licence|republish) this (?:article|story)|riproduzione riservata"
    r"|reproduction interdite|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|wszelkie prawa zastrzeżone|alle rechten voorbehouden"
    r"|(?:kostenlos|gratis|gratuit|free)\b.{0,30}\b(?:trial|probe|testen|essai|prueba)"
    # a paywall's notice: "Cet article est réservé aux abonnés", "reserved for subscribers"
    r"|r[ée]serv[ée]e? (?:aux|for|to) (?:abonn[ée]s|subscribers)|nur für abonnenten"
    r"|riservat[oa] agli abbonati|exclusiv[oa] para (?:suscriptores|assinantes)"
    # the comment section's rules above it: "use our commenting platform", "If you see
    # comments that you find offensive, please use the “Flag as Inappropriate” feature"
    r"|\bcommenting (?:platform|policy|guidelines)\b|\byou find offensive\b"
    r"|\bflag as inappropriate\b"
    # ... and the house rules: "The ability to comment on our stories is a privilege, not a right"
    r"|\bcomment on our (?:stories|articles|site|website)\b"
    # where it ran, under it: "Published in The Express Tribune, March 12th, 2025."
    r"|^(?:first |originally )?published in\b.{0,60}\d{4}\.?$"
    # a call to comment over the comments: "Have an opinion? Comment below.", "Ai o opinie?
    # Comentează mai jos." (Adevărul), "Let us know what you think in the comments"
    r"|^(?:[^.?!\n]{1,40}\?\s+)?(?:(?:leave|post|add|write|share) (?:a|your) comments?|comment"
    r"|have your say|tell us|let us know)\b[^.?!\n]{0,30}\b(?:below|in the comments)\W*$"
    r"|^(?:[^.?!\n]{1,40}\?\s+)?(?:comentează|comentați|comenta|comente|commentez|commenta"
    r"|kommentieren sie|skomentuj|komentujte|komentirajte)\b[^.?!\n]{0,20}"
    r"\b(?:mai jos|abajo|abaixo|ci-dessous|qui sotto|unten|poniżej|níže|ispod)\W*$"
    # ... and what breaking them costs: "Comments that violate guidelines risk being deleted"
    r"|\bcomments? (?:that|which) (?:violate|break|breach)\b"
    # "Comments will be moderated. Keep comments relevant to the article." (Taipei Times)
    r"|^comments (?:will|may) be (?:moderated|reviewed|removed)\b"
    # how often it was read: "This story has been viewed 2148 times."
    r"|^this (?:story|article|page) has been (?:viewed|read) [\d,]+ times\.?$"
    # a link back up the page: "Back to top", "TOP top" (an icon's word and the link's)
    r"|^(?:back to )?top(?: top)?\s*[↑▲^]?$"
    # an affiliate disclosure: "... through one of the links on our site, we may receive
    # compensation", "We may earn a commission"
    r"|\bmay (?:receive|earn) (?:a )?(?:compensation|commission)\b|\baffiliate links?\b"
    # an app's promotion: "... all local stories you want right in the palm of your hand"
    r"|\bin the palm of your hand\b|\b(?:download|get) (?:our|the) (?:\w+ )?app\b"
    r"|\bin our (?:mobile )?app(?:lication)?\W*$"  # "... giveaways in our mobile application."
    # who else reported it, and a note on a change: "Contributing: Reporter Jonah Reyes.",
    # "Editor's note: This story was updated at 9:20 a.m. to correct ..."
    r"|^(?:contributing|contributors?)\s*:\s*\S"
    r"|^editor[’']?s[’']? note\s*:\s*this (?:story|article) (?:was|has been) (?:updated|corrected)",
    _I,
)

# Site footer lines: trimmed from the end of an article and of the last comment.
SITE_FOOTER = re.compile(
    r"^(?:share this|like this|related(?: posts| articles)?\s*:?$"
    r"|tags?\s*(?::|$)|filed under\b|categories\s*:|blog at\b|powered by\b|theme by\b"
    # tags in other languages: "Etichete:", "Schlagwörter:", "Étiquettes :", "Теги:"
    r"|(?:etichete|etichette|etiquetas|étiquettes|schlagw(?:örter|orte)|stichwörter|tagi|oznake"
    r"|címkék|štítky|značky|теги|метки|emneord|nyckelord|avainsanat|trefwoorden"
    r"|temas|tópicos|themen|argomenti|tematy|aiheet)\s*:"  # "Temas: Intendencia ..."
    r"|get started\s*$|create your (?:website|blog|free)\b|back to top(?:\s*[↑⬆^])?\s*$|up\s*↑\s*$"
    r"|connecting to %s$|copyright\b|©)"
    r"|\bbloggers? like this\b|all rights reserved",
    _I,
)

# A heading over a block of teaser links after an article ("Sponsored Stories", "You may also
# like"): cut with what follows when no sentence follows it.
RECOMMENDATIONS_HEADING = re.compile(
    r"^(?:sponsored|promoted|recommended|suggested|related|trending|popular|more)"
    r"(?: (?:stories|content|links|articles|posts|news|reads|reports|coverage|videos|for you"
    r"|now|from [\w .'’-]+))?"
    r"\s*:?$"
    r"|^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|around the web"
    r"|recommended by \w+|most (?:read|popular|viewed|shared)(?: \w+)?|don'?t miss|read next"
    r"|discover more|more (?:from|on|like this)(?: [\w'’&-]+){0,5}"  # "More from BBC News"
    r"|what to read next|in other news|(?:see|read) also|also read"
    # "Zobacz także", "Lesen Sie mehr zum Thema", "À lire aussi", "Leggi anche", "Lees ook"
    r"|zobacz (?:także|też)|czytaj (?:także|też)|siehe auch|lesen sie (?:auch|mehr)(?: zum thema)?"
    r"|mehr zum thema|(?:à )?lire aussi|voir aussi|lee también|véase también|leia também"
    r"|leggi anche|vedi anche|lees ook|zie ook|läs också|les også|læs også|lue myös)"
    r"\s*(?::|\.\.\.|…)?$",  # "You may also be interested in..."
    _I,
)

# --- voice: cues that tell a reader's comment from the article ----------------------------

# Credit lines that close an agency article; a split right after one is preferred.
ARTICLE_END = re.compile(
    r"\bcontributed (?:reporting )?to this (?:article|report|story)\b"
    r"|^\(?(?:reporting|additional reporting|editing|writing) by\b"
    r"|^this (?:article|story) (?:was )?(?:originally |first )?(?:appeared|published)\b",
    _I,
)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself)\b")
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you've|ya|u)\b", _I)
CONTRACTION = re.compile(r"\b\w+'(?:t|s|re|ve|ll|d|m)\b", _I)
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|reported|announced|stated|spokesman|spokeswoman"
    r"|spokesperson|officials?|minister|ministry|agency|department)\b",
    _I,
)
INFORMAL = re.compile(
    r"\b(?:lol|lmao|rofl|wtf|omg|bs|imo|imho|smh|fu|ffs|yeah|yep|nope|gonna|wanna|heck|damn"
    r"|crap|idiots?|morons?|stupid|fools?|dude|bro|brother|period|amen|sheeple)\b"
    r"|\w\*{2,}\w*|[!?]{2,}|:\)|:\(|;\)",
    _I,
)
QUOTED_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"")
# Marks of social media that articles do not print: a handle or hashtag, a link, an emoji.
SOCIAL_MARK = re.compile(rf"(?:^|\s)[@#]\w|https?://|\bwww\.|{EMOJI}")
NUMBERS_AND_DATES = re.compile(rf"\b(?:\d{{4}}|\d+(?:[.,]\d+)?%?|{_MONTH}|{_WEEKDAY})\b")

# --- HTML ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HtmlCommentLayout:
    """A comment list in HTML: CSS selectors for the items and the fields inside one item."""

    name: str
    item: str
    author: str
    body: str
    posted: str = "time"
    posted_attrs: tuple[str, ...] = ("datetime", "title")
    posted_formats: tuple[str, ...] = ()
    # Lists of replies nested inside an item; removed before an item's own fields are read.
    children: str = "ul.children, ol.children"


_MARKED_COMMENT = "[itemtype$='schema.org/Comment']"
_MARKED_ANSWER = "[itemtype$='schema.org/Answer']"

HTML_COMMENT_LAYOUTS: tuple[HtmlCommentLayout, ...] = (
    HtmlCommentLayout(
        name="wordpress",
        item="ol.commentlist li.comment, ol.comment-list li.comment, ul.comment-list li.comment",
        # a theme's own header: "<footer><img class=avatar> <cite>Rawle</cite> <time>" (tagDiv)
        author=".comment-author .fn, .comment-author cite, .comment-author, .fn, footer > cite",
        body=".comment-content, .comment-text, .comment-body > p",
        posted=".comment-metadata time, .comment-meta time, time, .comment-meta a, .comment-date",
        posted_formats=("%B %d, %Y at %I:%M %p", "%B %d, %Y at %I:%M%p", "%B %d, %Y"),
    ),
    HtmlCommentLayout(
        name="disqus",
        item="#disqus_thread li.post, ul.post-list li.post, #post-list li.post",
        author=".post-byline .author, .author",
        body=".post-message",
        posted=".post-meta time, a.time-ago, time",
        posted_formats=("%A, %B %d, %Y %I:%M %p", "%B %d, %Y %I:%M %p"),
    ),
    HtmlCommentLayout(
        name="schema.org",
        # and a Q&A page's answers where its comments are marked up too (Question2Answer's
        # "suggestedAnswer"s; Stack Exchange marks its answers alone, read by their names)
        item=f"{_MARKED_COMMENT}, html:has({_MARKED_COMMENT}) {_MARKED_ANSWER}",
        author="[itemprop=author] [itemprop=name], [itemprop=author]",
        body="[itemprop=text]",
        # or a time the microdata leaves out: Textpattern's <span class="comment-time">
        posted=(
            "[itemprop=dateCreated], [itemprop=datePublished], time, [class*=date], [class*=time]"
        ),
        posted_attrs=("datetime", "content", "title"),
        children=f"{_MARKED_COMMENT}, {_MARKED_ANSWER}",
    ),
    # IndieWeb's microformats2: comments and webmentions as "p-comment h-cite" (or a bare
    # "h-cite" in a site's list of replies), with "p-author h-card", "dt-published", "e-content"
    HtmlCommentLayout(
        name="microformats",
        item=".p-comment, .u-comment, article.h-cite, li.h-cite, div.h-cite",
        author=".p-author .p-name, .p-author",
        body=".e-content, .p-content",
        posted=".dt-published, time",
        children=".p-comment, .u-comment, .h-cite",
    ),
)

# Comment lists of layouts not listed above (`html_discovery.py`). Class and id values are cut
# into lower-case words ("d-comment__body" -> d, comment, body; "commentText" -> comment, text).
# Words naming one comment, and those naming comments in general (a list, a section).
COMMENT_ITEM_WORDS = frozenset(
    {"comment", "comtr", "commtext", "reply", "response"}
    | {"cmt"}  # the short form: uCoz's "cmt_txt_40", "cmt-body"
    | {"answer"}  # a Q&A site's answers (Stack Exchange) are replies to its question
    | {"talkback"}  # Israeli news sites' word for a reader's comment (ynet, Haaretz)
    # ... and the word in the sites' own languages: Dutch "reactie" (Tweakers), German
    # "kommentar", French "commentaire", Spanish and Portuguese "comentario" (not Italian
    # "commento": Commento, the widget, names its login and its logo so)
    | {"reactie", "kommentar", "commentaire", "comentario", "comentário"}
)
COMMENT_WORDS = COMMENT_ITEM_WORDS | {
    "comments", "replies", "responses", "answers", "discussion", "talkbacks",
    "reacties", "kommentare", "commentaires", "comentarios", "comentários", "commenti",
}  # fmt: skip
# Words that name a comment's text when they stand beside a comment-item word in one class name
# ("comment-text", "reply__body"), or alone inside a comment ("content" in a "comment" div).
COMMENT_BODY_WORDS = frozenset(
    {"body", "text", "content", "message", "msg", "commtext", "copy"}  # "copy": editors' word
    | {"txt"}  # uCoz's "cmt_txt_40"
    | {"prose"}  # "s-prose" (Stack Exchange), a theme's "hx-prose"
)
# Names with one of these words are not a comment's text ("comment-form-text", "comment-count",
# "comment-actions secondary-text").
# A comment's byline opening with its label: "Posted by Ann", "Kommentar von Uwe", "Antwort von
# Sabine", "Réponse par Luc", "Reply from Jo".
LABELLED_BY = re.compile(
    r"^(?:(?:posted|written|submitted|comment|reply|answer|kommentar|antwort|beitrag"
    r"|commentaire|réponse|commento|risposta|comentario|respuesta|comentário|resposta|reactie"
    r"|antwoord|kommentaari|kommentti|vastaus|svar|kommentar)\s+)?(?:by|von|from|par|door|av)"
    r"\s*:?\s+(?=\S)",
    re.I,
)
COMMENT_NOT_BODY_WORDS = frozenset(
    {"form", "input", "editor", "composer", "respond", "count", "preview", "placeholder"}
    | {"captcha"}  # a reply form's question ("Bitte addieren Sie 5 und 3.")
    | {"actions", "action", "toolbar", "controls", "buttons", "links", "footer", "header"}
    | {"link", "permalink", "url"}  # "comment-copy-link"
    | {"meta", "metadata", "vote", "votes", "score", "share", "avatar"}
    | {"article", "story", "headline", "standfirst"}  # an opinion ("Comment") section's article
    | {"file", "attachment", "caption", "thumb", "thumbnail"}  # 4chan's "fileText": a file's
)
# Names of elements holding many comments ("comment-list", "comments"), never one comment.
COMMENT_CONTAINER_WORDS = frozenset(
    {"list", "section", "thread", "threads", "area", "container", "tree", "listing", "count"}
    | {"form", "respond", "comments", "replies", "responses", "answers", "discussion", "children"}
    | {"talkbacks"}
    | {"field", "type"}  # the content type's field, not one comment ("field--type-comment")
)
# Names of the element that holds a comment's replies, drawn right after that comment.
REPLY_BLOCK_WORDS = frozenset({"indented", "replies", "children", "child"})
# An element in a comment naming who it answers: "reply-to-tab" (Discourse), "in-reply-to",
# "MessageInResponseTo" (Khoros).
REPLY_TO_NAMES = (
    frozenset({"reply", "to"}),
    frozenset({"replyto"}),
    frozenset({"inreplyto"}),
    frozenset({"response", "to"}),
)
# What such an element says before the name: "↳ In reply to @Ann" names "Ann".
REPLY_TO_PREFIX = re.compile(rf"^(?:[↳↪→▸►]\s*)?{_REPLY_TO_PHRASE}?\s*@?", _I)
# Words that give an item's place in a list ("thread-even", "odd", "alt"): a name with one of
# them names an item, even beside a container word.
# ... and so do "list_li" (Weibo) and "list-item": an item of a list, not the list.
LIST_POSITION_WORDS = frozenset({"even", "odd", "alt", "li", "item"})
COMMENT_AUTHOR_WORDS = frozenset(
    {"author", "username", "user", "name", "nick", "nickname", "commenter", "hnuser", "fn"}
    | {"by", "poster", "person"}  # Slashdot's "by", Simple Machines' "poster", Lemmy's "person"
    | {"fullname", "screenname", "realname"}  # Kinja's "fullname"
    | {"who"}  # Question2Answer: "qa-c-item-who-data" (a guest's "anonymous" has no link)
    | {"printuser"}  # Wikidot (the SCP wiki's discussions): "printuser avatarhover"
)
# Beside an author word, a word for something else about the writer ("user-location",
# "author-avatar"): the element is not their name.
COMMENT_NOT_AUTHOR_WORDS = frozenset(
    {"location", "avatar", "rank", "badge", "badges", "karma", "flair", "bio", "pic", "picture"}
    | {"photo", "icon", "city", "country", "joined", "stats", "reputation"}
    | {"stat", "status", "img", "image"}  # XOOPS: "comUserStat" (joined, posts), "comUserImg"
    | {"points", "pad"}  # Question2Answer: "qa-c-item-who-points", "by " in "...-who-pad"
)
COMMENT_TIME_WORDS = frozenset(
    {
        "date",
        "time",
        "timestamp",
        "datetime",
        "age",
        "posted",
        "ago",
        "published",
        "timeago",
        "timesince",
        "createdat",
        "posttime",
        "postdate",
        "commenttime",
        "commentdate",
        "createdtime",  # LiveJournal's "b-leaf-createdtime"
        "created",
        "odate",  # Wikidot: <span class="odate time_1709589000 ...">4 Mar 2024, 21:50</span>
    }
)
COMMENT_TIME_ATTRS = (
    "datetime", "data-utime", "data-utc", "title", "content", "data-time", "data-timestamp",
    "data-date",
    "data-tippy-content", "data-tooltip", "aria-label",  # a tooltip's exact time
)  # fmt: skip
# new Reddit's <shreddit-comment author="...">
COMMENT_AUTHOR_ATTRS = (
    "data-comment-author", "data-author", "data-username", "data-user", "author",
)  # fmt: skip
COMMENT_ID_ATTRS = ("data-comment-id", "data-commentid", "data-id", "id")
# Nesting depth of a comment in threads drawn flat (indentation by attribute or class).
COMMENT_DEPTH_ATTRS = ("aria-level", "data-depth", "data-level", "indent")
# "depth-2", "level3", Remark42's "comment_level_1".
COMMENT_DEPTH_CLASS = re.compile(r"(?:^|[_-])(?:depth|level|indent)[_-]?(\d{1,2})$")
# Elements whose text no reader sees as text.
UNSEEN_TAGS = frozenset({"script", "style", "template", "noscript", "button", "svg"})
# Markup that holds no reader comment, whatever its class says (form fields, scripts).
COMMENT_EXCLUDED = "textarea, script, style, template, noscript, nav, button, [contenteditable]"
# The longest author name believed; longer text in an author slot is not a name.
MAX_AUTHOR_CHARS = 80

# Comment sections by their usual names: read as text when nothing above finds the comments
# in them, and never article text.
HTML_COMMENT_SECTIONS = (
    "#comments, .comments, #disqus_thread, .comment-list, .commentlist, #comment-section, "
    ".comment-section, .comments-area, #discussion, .discussion, [itemprop=comment]"
)
# Removed before the article is read: never article text.
HTML_BOILERPLATE = (
    "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, "
    "figure, figcaption, button, [role=navigation], [role=contentinfo], [role=complementary], "
    f"{HTML_COMMENT_SECTIONS}, #respond, .comment-respond, "
    ".byline, .author-bio, .author-box, .share, .sharedaddy, .social, "
    ".related, .related-posts, .advert, .ad, .ads, .newsletter, .sidebar, .wp-caption-text, "
    ".caption, .credit, [class*=standfirst], "  # the line under the headline, not the story
    # Cookie and consent banners (a loose paragraph of text in a <div>, read as a story's),
    # also as the consent platforms name theirs (OneTrust, Didomi, Quantcast, Usercentrics,
    # Sourcepoint).
    "[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], .cc-window, "
    "[id*=onetrust], [class*=onetrust], [id^=didomi], [class*=qc-cmp], #usercentrics-root, "
    "[id^=sp_message]"
)
# Tried in order; the first that holds text is the article.
HTML_ARTICLE_ROOTS = (
    "[itemprop=articleBody]",
    "article .entry-content",
    ".entry-content",
    ".post-content",
    ".article-body",
    ".article-content",
    ".story-body",
    ".article__body",  # BEM's names: the story's text apart from its lead and meta
    ".article__text",
    "article",
    "main",
    "[role=main]",
    "body",
)
# A <div> named as a paragraph is one (ynet: "text_editor_paragraph", its text in a <span>).
HTML_TEXT_BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, pre, li, dd, div[class*=paragraph]"
HTML_TITLES = ("article h1", "h1", "meta[property='og:title']", "title")

# --- comment exports ----------------------------------------------------------------------

# Column names accepted for each field, compared case-insensitively; the first present wins.
EXPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "body", "comment", "comment_text", "message", "content", "comment_body",
        "comment_content", "body_text", "message_text", "content_text", "text_content",
        "textoriginal", "textdisplay", "raw_message", "post_message",
        "full_text",  # Brandwatch's "Full Text", Twitter's extended tweets
        "hit_sentence",  # Meltwater's export: the post's words
        "cooked", "raw",  # Discourse: the post as HTML, as Markdown
        "rendered",  # WordPress REST: {"content": {"rendered": "<p>..."}}
        "encoded",  # an RSS feed's <content:encoded>
        "notes",  # an issue tracker's journal (Redmine): what was said with the change
        "value",  # Canny's comments: {"value": "Quick update: ...", "parentID": ...}; last, so
        # that a record with any other text field is read by that
    ),
    "id": (
        "post_number",  # Discourse: what "reply_to_post_number" refers to, not its "id"
        "id", "comment_id", "commentid", "cid", "@id", "identifier", "message_id", "objectid",
        "_id",  # MongoDB's (mongoexport), before a "postId" naming the story
        "short_id", "ts",  # Slack's message time is its id
        "item_id",  # a social inbox: the comment is the item, the post the story under it
        "post_id", "event_id",
        "uuid",  # a JCR export's node (Magnolia, AEM: "jcr:uuid")
    ),
    "author": (
        "author", "author_name", "authorname", "user_profile", "user", "username", "user_name",
        "sys_created_by",  # ServiceNow's journal entries, whose "name" is their table's
        "name",
        "author_username",
        "display_name", "screen_name", "commenter", "nickname", "from", "authordisplayname",
        "actor_display_name", "actordisplayname",  # Nextcloud's and ownCloud's, over WebDAV
        "commenting_user", "submitter_user", "membercreator", "userfullname",
        "sender_full_name", "sender_name",  # Zulip
        "sender",  # Matrix: the writer's id (display names come from membership events)
        "account",  # Mastodon: {"account": {"username": ..., "display_name": ...}}
        "creator",  # an RSS feed's <dc:creator>
        "commented_by", "created_by", "posted_by",  # a help desk's ("Commented By": Zoho)
        "influencer",  # a listening tool's writer (Meltwater)
        "poster",
        "by",  # the Hacker News API's items
        "from_email",  # a help desk's conversation: the sender's address, where no name is given
    ),
    "parent": (
        "parent", "parent_id", "parentid", "in_reply_to", "in_reply_to_id", "parent_comment_id",
        "reply_to_id", "reply_to_message_id", "parent_comment", "reference", "thread_ts",
        "replytoid", "replied_to_post_id", "root_id", "reply_to_post_number",
        "parentcomment",  # Wix: {"parentComment": {"id": ...}}
        "message_parent",  # Hubzilla
        "replyid",  # Misskey
        "replied_on",  # Orchard's CommentPart
        "threadof",  # Strapi's comments plugin
    ),
    "reply_to": (
        "reply_to", "reply_to_name", "in_reply_to_name", "replying_to",
        "parent_author", "parent_author_name",  # a social inbox's "Parent author" (Agorapulse)
    ),
    # A record with a title is the story the comments are under (Reddit's post, HN's story).
    "title": ("title", "post_title_text"),
    "article": (
        "selftext", "story_text", "article", "article_text", "post_body", "description_plain",
        "description", "desc",
    ),
    "posted": (
        "posted", "created_at", "created", "date_unixtime", "date", "timestamp", "time",
        "published",
        "datecreated", "datepublished", "created_utc", "created_time", "date_created",
        "posted_at", "published_at", "createdat", "creation_date", "publishedat", "ts",
        "createddatetime", "post_creation_time", "create_at", "origin_server_ts", "time_parsed",
        "pubdate",  # RSS
        "datecreate",  # Flickr's API
        "comment_date_utc",  # Orchard's CommentPart
        "datum", "fecha",  # German, Dutch, Nordic; Spanish
    ),
}  # fmt: skip
# Keys of a nested author object that hold the name ({"user": {"username": "kim"}}).
EXPORT_NAME_KEYS = (
    # the name a person shows before the account's handle ("displayName": "Margot D." beside
    # "name": "margot", PeerTube's account)
    "real_name", "display_name", "displayname", "name", "fullname", "full_name",
    "given_and_family",  # a first and a last name, joined (`moderation.parse.exports`)
    "username",
    "screen_name",
    "login", "handle",
    "user",  # one object further in: {"from": {"user": {"displayName": ...}}} (Teams)
)  # fmt: skip
# Keys of a reference object that hold the id referred to (Discord: {"messageId": "12"}).
EXPORT_REFERENCE_KEYS = ("messageid", "message_id", "commentid", "comment_id", "id")
# A record carrying one of these keys came into the thread from the channel it discusses: the
# story (Telegram Desktop's export of a discussion group: "forwarded_from").
EXPORT_STORY_KEYS = ("forwarded_from",)
# Keys under which a JSON export nests replies or holds its comment list.
EXPORT_REPLY_KEYS = ("replies", "children", "comment", "comments")
EXPORT_LIST_KEYS = (
    "comments", "data", "items", "results", "response", "posts", "hits", "messages",
    "tickets",  # a help desk's export: tickets holding their messages
    "actions",  # Trello's card export: comments among its other actions
    "value",  # an OData API's list (Microsoft Graph: a Teams channel's messages)
    "post_stream",  # Discourse's topic: {"post_stream": {"posts": [...]}, "title": ...}
    "descendants",  # Mastodon's status context: {"ancestors": [...], "descendants": [...]}
    "story", "edges",  # Coral's GraphQL: {"data": {"story": {"comments": {"edges": [...]}}}}
)  # fmt: skip
# Record types that are events, not messages (Telegram's "joined the group", Discord's "pinned a
# message"): hidden, and so is a record replying to one (a bot's welcome).
EXPORT_EVENT_TYPES = (
    "service", "channelpinnedmessage", "guildmemberjoin", "threadcreated", "recipientadd",
    "recipientremove", "channelnamechange", "channeliconchange", "call",
)  # fmt: skip
# Records an export marks as nothing a reader sees: a flag set true, or one of these values.
EXPORT_HIDDEN_FLAGS = (
    "isdeleted", "is_deleted", "deleted", "isspam", "is_spam", "spam",
    "user_deleted",  # Discourse: "(post withdrawn by author, ...)"
)  # fmt: skip
EXPORT_HIDDEN_VALUES = {
    "approved": ("spam", "trash"),
    "status": ("spam", "trash", "deleted"),
    "type": ("pingback", "trackback", *EXPORT_EVENT_TYPES),
    # Slack: joins and channel changes, and a bot's posts (no reader wrote them)
    "subtype": ("channel_join", "channel_leave", "channel_topic", "channel_purpose", "bot_message"),
    "messagetype": ("systemeventmessage",),  # Microsoft Graph: a member added, a tab set up
}
# Fields of an XML export's thread (WXR item, Disqus thread) that hold the article, in order.
XML_ARTICLE_FIELDS = (
    "encoded", "articlebody", "content", "body", "description", "message",
    "text",  # Orchard's <BodyPart Text="...">
)  # fmt: skip

# Date formats tried after ISO 8601 for any layout.
COMMON_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d-%b-%Y %I:%M%p", "%d-%b-%Y %I:%M %p", "%d-%b-%Y %H:%M", "%d-%b-%Y",  # "06-Dec-2026 06:12AM"
    "%Y-%b-%d %H:%M:%S", "%Y-%b-%d %H:%M", "%Y-%b-%d",  # Gallery's "2025-Feb-10 08:14:22"
    "%B %d, %Y %I:%M %p",
    "%A, %B %d, %Y %I:%M %p",
    "%b %d, %Y %I:%M %p",
    "%a, %d %b %Y %H:%M:%S %z",
    "%Y/%m/%d %H:%M:%S %z",  # SoundCloud's API: "2025/03/12 14:35:02 +0000"
    "%B %d, %Y at %I:%M %p",
    "%b %d, %Y at %I:%M %p",
    "%d %B %Y %H:%M",
    "%d %b %Y %H:%M",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
)
# The same dates once weekday, ordinals, commas and "at" are taken out ("Mar 5 2024 10:15").
# Numeric dates, tried day-first and month-first: read only when one reading is left, the other
# impossible ("25/03/2024") or not on the weekday the text names ("Mon, 03/06/2024").
NUMERIC_DATE_FORMATS = tuple(
    f"{day} {clock}".strip()
    for day in (
        "%d/%m/%Y",
        "%m/%d/%Y",
        "%d.%m.%Y",
        "%d.%m.%y",
        "%m.%d.%y",  # ynetnews: 06.18.24
        "%d-%m-%Y",
        "%m-%d-%Y",  # vBulletin: 03-14-2024
        "%d/%m/%y",
        "%m/%d/%y",  # Remark42: 2/11/24
        "%Y.%m.%d.",
        "%Y.%m.%d",
        "%Y/%m/%d",  # Japanese: 2025/11/18
    )  # Korean: 2024.04.18. 09:47  # fmt: skip
    for clock in ("%H:%M", "%I:%M %p", "%I:%M%p", "%H:%M:%S", "%I:%M:%S %p", "")
)
PLAIN_DATE_FORMATS = tuple(
    f"{day} {clock}".strip()
    for day in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%d %B %y", "%d %b %y")
    for clock in ("%H:%M", "%I:%M %p", "%I:%M%p", "%H:%M:%S", "%I:%M:%S %p", "")
) + ("%b %d %Y %H:%M:%S GMT%z",)  # JavaScript's Date.toString(), zone name dropped
