"""Properties of the parser on open-ended input.

"No comment text is duplicated or lost" means, for this parser:
- nothing duplicated or invented: every non-blank line of the title, article and comments is a
  line of the decoded input (newlines unified, control characters dropped; up to spacing),
  and each input line is used at most once across them;
- nothing lost: on a page whose comments are marked (thread headers or a 'Comments' heading),
  every comment body comes back exactly once, in order, as a comment, and never in the article.
Lines the parser drops are boilerplate or metadata (headers, reply lines, forms, footers).
"""

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation.errors import PageError
from moderation.parse import parse_page
from moderation.parse.decode import normalise_text

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = (
    "river council budget night train harbour people think maybe again summer school market "
    "bridge library water green quiet road morning letter window garden price ticket city"
).split()
NAMES = ["Ann", "Bo Lind", "kestrel_9", "Old Salt", "Ray O"]


def _key(line: str) -> str:
    """A line compared up to spacing, the way the parser may normalise it."""
    return " ".join(line.split())


def _lines(text: str) -> list[str]:
    return [_key(line) for line in text.split("\n") if line.strip()]


def _output_lines(page) -> Counter:
    lines = _lines(page.article) + [line for c in page.comments for line in _lines(c.text)]
    if page.title:
        lines.append(_key(page.title))
    return Counter(lines)


sentences = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(
    lambda words: " ".join(words).capitalize() + "."
)
bodies = st.lists(sentences, min_size=1, max_size=3).map("\n".join)


@FAST
@given(st.text(max_size=2000))
def test_arbitrary_text_never_raises_anything_but_page_error(text):
    try:
        parse_page(text, "random.txt")
    except PageError:
        pass


@FAST
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise_anything_but_page_error(raw):
    try:
        parse_page(raw, "random")
    except PageError:
        pass


@FAST
@given(st.lists(st.one_of(sentences, st.text(max_size=80), st.just("")), max_size=40))
def test_output_lines_are_input_lines_used_at_most_once(lines):
    text = "\n".join(lines)
    try:
        page = parse_page(text, "lines.txt")
    except PageError:
        return
    available = Counter(_lines(normalise_text(text)))
    produced = _output_lines(page)
    assert not produced - available, "a line was duplicated or invented"


@FAST
@given(
    article=st.lists(sentences, min_size=1, max_size=8),
    comments=st.lists(
        st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES), bodies), max_size=8
    ),
)
def test_marked_thread_comments_are_neither_lost_nor_duplicated(article, comments):
    parts = ["Headline of the day", "", "\n\n".join(article), ""]
    for day, (author, replied, body) in enumerate(comments, start=1):
        parts += [
            f"{author} {replied} Mon, 01/{day:02d}/2024 - 10:30 Permalink",
            "",
            body,
            "",
            f"In reply to by {replied}",
            "",
        ]
    page = parse_page("\n".join(parts), "thread.txt")
    assert [c.text for c in page.comments] == [body for _, _, body in comments]
    assert [(c.author, c.reply_to) for c in page.comments] == [(a, r) for a, r, _ in comments]
    assert page.article == "\n\n".join(article)


@FAST
@given(
    article=st.lists(sentences, min_size=1, max_size=8), comments=st.lists(sentences, max_size=10)
)
def test_comments_after_a_heading_are_neither_lost_nor_duplicated(article, comments):
    text = "\n".join(["\n".join(article), "", f"{len(comments)} comments", *comments])
    page = parse_page(text, "heading.txt")
    assert [c.text for c in page.comments] == comments
    assert page.article == "\n".join(article)


def test_no_layout_pattern_backtracks_without_end_on_repeated_separators():
    """A header pattern with a repeat inside a repeat can take exponential time on a line of
    spaces or separators that fails at its end ("name and date" once hung on 'Maud' + 30
    spaces). Each pattern must give up on such lines at once; the alarm turns a hang into a
    failure instead of a stuck run."""
    import re
    import signal

    from moderation.parse import layouts

    patterns = [v for v in vars(layouts).values() if isinstance(v, re.Pattern)]
    patterns += [layout.header for layout in layouts.THREAD_LAYOUTS]
    patterns += [layout.date_line for layout in layouts.THREAD_LAYOUTS if layout.date_line]
    pieces = (" ", "on ", " ,", "· ", "| ", "12 points ", "—", "March 5, 2024 ", "10:15 ", "ago ")

    def hang(*_):
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, hang)
    try:
        for pattern in patterns:
            for piece in pieces:
                signal.alarm(5)
                try:
                    pattern.search("Maud" + piece * 40 + "!")
                except TimeoutError:
                    raise AssertionError(
                        f"{pattern.pattern[:60]!r} hangs on {piece!r} x 40"
                    ) from None
                finally:
                    signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_a_layout_hint_never_hides_a_header_its_pattern_finds():
    """A layout's hint only skips lines its header pattern would refuse: on every text page we
    hold, and on header lines written around the hint, the layout finds the same headers with
    the hint as without."""
    from dataclasses import replace
    from pathlib import Path

    from moderation.parse.layouts import THREAD_LAYOUTS
    from moderation.parse.threads import find_headers

    root = Path(__file__).parent
    pages = [p.read_text() for p in sorted((root / "fixtures/pages").glob("*.txt"))]
    pages += [p.read_text() for p in sorted((root / "../../shared/fixtures/pages").glob("*"))]
    pages.append(
        "A sentence of the article that ends here.\n\n"
        "Bo Lind Sat, 08/04/2018 - 17:25 Permalink\nHi.\n"
        "Ann · 3 years ago\nHi.\nkestrel_9 | 2024-03-05 10:15\nHi.\n"
        "Maud Ferris on March 5, 2024 at 10:15 am\nHi.\nOld Salt wrote:\nHi.\n"
        "Ray O WRITES:\nHi.\nMaud — 5 March 2024\nHi.\n"
    )
    hinted = [layout for layout in THREAD_LAYOUTS if layout.hint is not None]
    assert hinted
    found = 0
    for text in pages:
        lines = text.split("\n")
        for layout in hinted:
            headers = find_headers(lines, layout)
            assert headers == find_headers(lines, replace(layout, hint=None)), layout.name
            found += len(headers)
    assert found > 20


def test_a_headline_found_under_a_first_line_is_not_also_the_articles():
    """Found by the property above (hypothesis, session 20): the headline was kept in the text."""
    long = "River river river river river river river river river river river river."
    lines = ["River river river.", "A 0 0 0", long]
    page = parse_page("\n".join(lines), "lines.txt")
    assert not _output_lines(page) - Counter(lines)
