"""A comment opening with @earlier-author replies to that author; nothing else is a mention."""

from pathlib import Path

from moderation.parse import parse_file
from moderation.parse.mentions import reply_to_mentions
from moderation.types import Comment

PAGES = Path(__file__).parent / "fixtures" / "pages"


def replies(*pairs):
    comments = tuple(
        Comment(id=str(n), author=author, text=text) for n, (author, text) in enumerate(pairs)
    )
    return [comment.reply_to for comment in reply_to_mentions(comments)]


def test_an_opening_mention_of_an_earlier_author_is_a_reply():
    assert replies(("leafy", "Split the pot."), ("op", "@leafy that worked")) == [None, "leafy"]
    # a handle that is the display name run together (DEV: "@martinosei" for "Martin Osei")
    assert replies(("Martin Osei", "x"), ("Hannah", "@martinosei exactly")) == [None, "Martin Osei"]
    assert replies(("Ann Lee", "x"), ("Ann Lee", "x"), ("Bo", "@ann_lee yes"))[2] == "Ann Lee"
    assert replies(("Ann Lee", "x"), ("Ann", "y"), ("Bo", "@ann lee: agreed")) == [
        None,
        None,
        "Ann Lee",  # the longest earlier name it starts with, matched without case
    ]


def test_a_handle_made_of_a_full_name_names_its_one_earlier_writer():
    """ "@lena_s" (first name and the surname's initial), "@jkoch" (the first name's initial
    and the surname): the handles people make of their names, taken when one writer fits."""
    assert replies(("Lena Schubert", "x"), ("Jo", "@lena_s Ost statt Süd")) == [
        None,
        "Lena Schubert",
    ]
    assert replies(("Jonas Koch", "x"), ("Maren", "@jkoch danke")) == [None, "Jonas Koch"]
    assert replies(("Jonas Koch", "x"), ("Jana Koch", "y"), ("Bo", "@jkoch hi")) == [
        None,
        None,
        None,  # two writers fit: no guess
    ]


def test_a_list_drawn_newest_first_answers_a_mention_further_down():
    """eZ Publish lists comments newest first: "@Nadia" at the top answers Nadia's comment
    below it, posted earlier."""
    comments = (
        Comment(id="3", author="Gérard", text="@Nadia merci", posted="2025-06-16T08:12"),
        Comment(id="2", author="Nadia", text="Le bus est dévié.", posted="2025-06-15T11:03"),
        Comment(id="1", author="Gérard", text="Enfin !", posted="2025-06-14T18:05"),
    )
    answered = reply_to_mentions(comments)
    assert [(c.reply_to, c.parent) for c in answered] == [
        ("Nadia", "2"),
        (None, None),
        (None, None),
    ]


def test_a_mention_reply_answers_the_named_authors_nearest_earlier_comment():
    comments = tuple(
        Comment(id=str(n), author=author, text=text)
        for n, (author, text) in enumerate(
            [("Ann", "first"), ("Bo", "second"), ("Ann", "third"), ("Cy", "@Ann agreed")]
        )
    )
    assert [c.parent for c in reply_to_mentions(comments)] == [None, None, None, "2"]
    nested = (comments[0], Comment(id="9", author="Bo", text="@Ann yes", parent="0"))
    assert reply_to_mentions(nested)[1].parent == "0"  # a parent the page gives stays


def test_what_is_not_a_reply_by_mention():
    assert replies(("Ann", "x"), ("Bo", "@Annabel hi")) == [None, None]  # not the whole name
    assert replies(("Ann", "x"), ("Bo", "@stranger hi")) == [None, None]  # not on the page
    assert replies(("Bo", "@Cy first"), ("Cy", "later")) == [None, None]  # a later author
    assert replies(("Ann", "x"), ("Bo", "thanks @Ann")) == [None, None]  # not at the start
    given = (Comment(id="1", author="Ann", text="x"),
             Comment(id="2", author="Bo", text="@Ann hi", reply_to="Cy"))  # fmt: skip
    assert reply_to_mentions(given)[1].reply_to == "Cy"  # what the page says wins


def test_a_flat_list_of_question_comments_gets_its_replies():
    page = parse_file(PAGES / "stackexchange_comments.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("leafy", None, "Supermarket basil is many plants in one pot; split them."),
        ("op", "leafy", "@leafy that worked, thanks!"),
    ]


def test_a_full_name_tag_without_at_is_a_reply_only_when_whole_and_as_written():
    assert replies(("Angela Moore", "x"), ("Derek", "Angela Moore they should")) == [
        None,
        "Angela Moore",
    ]
    assert replies(("Well", "x"), ("Bo", "Well said")) == [None, None]  # one word needs "@"
    # ... or a comma after it: the reader addressed by name (Goodreads)
    assert replies(("Beatrix", "x"), ("Mara", "Beatrix, standalone!")) == [None, "Beatrix"]
    assert replies(("Angela Moore", "x"), ("Bo", "angela moore is right")) == [None, None]
    assert replies(("Ann Lee", "x"), ("Bo", "Ann Leeds won")) == [None, None]  # not whole


def test_a_social_plugin_thread_gets_its_tagged_reply():
    page = parse_file(PAGES / "social_plugin.txt")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Angela Moore", None),
        ("Derek Hall", "Angela Moore"),
        ("Priya Natarajan", None),
    ]


def test_a_first_line_naming_whom_a_comment_answers_is_taken_out():
    """ZEIT ONLINE: "Antwort auf #1 von Ann" over the text; "In reply to Bo" likewise."""
    from moderation.parse.mentions import take_reply_lines

    comments = (
        Comment(id="1", author="Ann", text="Endlich."),
        Comment(id="2", author="Bo", text="Antwort auf #1 von Ann\n\nUnd die Lieferanten?"),
        Comment(id="3", author="Cy", text="In response to Bo\nThey get loading bays."),
        Comment(id="4", author="Di", text="In reply to nobody here"),  # a line alone stays
        Comment(id="5", author="Ed", text="Reakcia na: Cy\nSkúšali ste to?"),  # Denník N
        Comment(id="6", author="Flo", text="Antwort auf den Kommentar von Ed\nNachts ja."),
    )
    taken = take_reply_lines(comments)
    assert [(c.text, c.reply_to, c.parent) for c in taken] == [
        ("Endlich.", None, None),
        ("Und die Lieferanten?", "Ann", "1"),
        ("They get loading bays.", "Bo", "2"),
        ("In reply to nobody here", None, None),
        ("Skúšali ste to?", "Cy", "3"),
        ("Nachts ja.", "Ed", "5"),  # Badische Zeitung
    ]
