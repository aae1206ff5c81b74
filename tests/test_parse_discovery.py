"""HTML comment lists of layouts no entry in layouts.py describes, found by their naming.

Each page here is written in the manner of a family of real sites, not copied from one, and no
selector in layouts.py names it: the parser must find comments by how the markup names them.
"""

from pathlib import Path

import pytest

from moderation.parse import parse_file, parse_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def fields(page, *names):
    return [tuple(getattr(comment, name) for name in names) for comment in page.comments]


def test_nested_threads_named_with_bem_classes():
    page = parse_file(PAGES / "nested_named.html")
    assert page.article.startswith("The city council voted 7-2")
    assert page.article.endswith("officials said.")
    assert fields(page, "id", "author", "parent", "reply_to") == [
        ("101", "cyclist42", None, None),
        ("102", "motorist_mo", "101", "cyclist42"),
        ("103", "old_timer", None, None),
        ("104", "janedoe", None, None),
    ]
    assert page.comments[0].text == "Finally! This has been needed for years."
    assert page.comments[0].posted == "2024-03-05T10:15+00:00"


def test_flat_table_thread_takes_parents_from_indentation():
    page = parse_file(PAGES / "flat_indented.html")
    assert fields(page, "id", "author", "parent", "posted") == [
        ("9001", "bob", None, "2024-05-01T12:00"),
        ("9002", "carol", "9001", "2024-05-01T12:30"),
        ("9003", "dave", None, "2024-05-01T13:00"),
    ]
    assert page.comments[2].text == "You are an idiot if you think this will replace gcc."
    assert all("reply" not in c.text.lower() for c in page.comments)


def test_bodies_inside_forms_and_author_attributes():
    page = parse_file(PAGES / "form_wrapped.html")
    assert fields(page, "id", "author", "parent") == [
        ("thing_t1_aaa", "voter1", None),
        ("thing_t1_bbb", "skeptic", "thing_t1_aaa"),
        ("thing_t1_ccc", "troll99", None),
    ]
    assert page.comments[1].text == "Source? I doubt it."
    assert "voter1" not in page.article and "Turnout" not in page.article


def test_comment_widened_to_the_element_named_as_the_comment():
    """The author line sits in a "comment-block"; the id and the replies on the "li.comment"."""
    page = parse_file(PAGES / "blog_replies.html")
    assert fields(page, "id", "author", "parent", "posted") == [
        ("c111", "Rosa G.", None, "2024-12-02T16:05"),
        ("c112", "Author", "c111", "2024-12-02T17:00"),
    ]
    assert page.comments[0].text == "Lovely! What variety are they?"
    assert page.article.startswith("My greenhouse tomatoes")
    assert "comments" not in page.article


def test_plain_class_names_and_written_dates():
    page = parse_file(PAGES / "plain_named.html")
    assert fields(page, "id", "author", "parent", "posted") == [
        ("comment-1", "RayK", None, "2024-03-03T09:14"),
        ("comment-2", "Lee_M", "comment-1", "2024-03-03T09:30"),
        ("comment-3", "sam", None, "2024-03-03T10:01"),
    ]
    assert "Savers" not in page.article and "3 Comments" not in page.article


def test_flat_list_gives_each_text_the_header_before_it():
    page = parse_file(PAGES / "flat_list.html")
    assert fields(page, "author", "posted", "text") == [
        ("Ann", "2024-06-01T10:00", "About time."),
        ("Ben", "2024-06-01T11:30", "The toll is a disgrace."),
    ]


def test_opinion_section_article_is_not_a_comment():
    """Sites file opinion under "Comment": the article's markup is named for it too."""
    page = parse_file(PAGES / "opinion_section.html")
    assert page.article.startswith("The chancellor promised")
    assert page.article.endswith("changes that.")
    assert fields(page, "id", "author") == [("cm-1", "Reader One"), ("cm-2", "Reader Two")]


def test_comments_declared_in_json_ld():
    page = parse_file(PAGES / "json_ld.html")
    assert fields(page, "author", "posted", "text") == [
        ("Pat", "2024-01-08T08:00+00:00", "Stay safe everyone."),
        ("Quinn", "2024-01-08T09:00+00:00", "The roads were not even salted, useless council."),
    ]


def test_json_ld_replies_and_article_body_when_the_markup_has_none():
    html = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
      "articleBody": "Declared article text only.",
      "comment": [{"@type": "Comment", "@id": "#a", "text": "Top.", "author": "Kim",
                   "comment": [{"@type": "Comment", "@id": "#b", "text": "Reply."}]}]}]}
    </script><script type="application/ld+json">{ not json</script></head><body></body></html>"""
    page = parse_page(html.encode(), "declared.html")
    assert page.article == "Declared article text only."
    assert fields(page, "id", "parent", "reply_to") == [("#a", None, None), ("#b", "#a", "Kim")]


@pytest.mark.parametrize(
    "markup",
    [
        # A comment count and a date in the article header are not comments.
        '<div class="meta"><a class="comment-count">3 comments</a><span class="date">May 1</span>'
        "</div>",
        # The comment form's fields and labels are not comments.
        '<form class="comment-form"><p class="comment-form-comment"><label>Comment text</label>'
        '<textarea class="comment-text"></textarea></p></form>',
        # Tailwind-style utility classes inside a comment section name no text.
        '<div class="comments"><span class="text-sm text-gray-500">Be the first to comment'
        "</span></div>",
    ],
)
def test_comment_named_markup_that_holds_no_comment(markup):
    html = (
        "<html><body><h1>Title</h1><p>The article says one thing in a sentence.</p>"
        f"{markup}</body></html>"
    )
    page = parse_page(html.encode(), "page.html")
    assert page.comments == ()
    assert page.article.startswith("The article says one thing")


def test_discovered_comments_never_leak_into_the_article():
    for name in ("nested_named", "flat_indented", "form_wrapped", "blog_replies", "plain_named"):
        page = parse_file(PAGES / f"{name}.html")
        assert page.comments, name
        for comment in page.comments:
            assert comment.text not in page.article, name


def test_unnamed_markup_in_a_comment_section_is_read_as_a_text_thread():
    """No class names a comment: the section's lines go through the text-thread readers."""
    page = parse_file(PAGES / "unnamed_section.html")
    assert page.article == (
        "The harbour ferry resumed its crossings on Monday after three months of repairs."
    )
    assert [(c.id, c.author, c.parent, c.text) for c in page.comments] == [
        ("c1", "bookworm_77", None, "Finally, I missed the morning crossing.\nTwo lines even."),
        ("c2", "Quiet Reader", "c1", "Same here."),
        ("c3", "Old Salt", None, "Took them long enough."),
        ("c4", "Sam", None, "Nice piece."),
        ("c5", "Kim", None, "Agreed."),
    ]


def test_a_comment_section_with_no_comments_gives_none():
    html = (
        "<html><body><h1>T</h1><p>The article says one thing in a sentence.</p>"
        '<div id="comments"><h3>0 Comments</h3><p>Be the first to comment.</p>'
        "<p>Leave a Reply</p><p>Your email address will not be published.</p></div></body></html>"
    )
    page = parse_page(html.encode(), "page.html")
    assert page.comments == ()


def test_repeated_ids_in_markup_become_distinct_and_parents_point_back():
    item = (
        '<li class="comment" data-comment-id="{id}"><span class="author">{who}</span>'
        '<div class="comment-text">{text}</div>{replies}</li>'
    )
    reply = item.format(id="7", who="Bo", text="Second.", replies="")
    html = (
        "<html><body><h1>T</h1><p>The article says one thing in a sentence.</p><ul>"
        + item.format(id="7", who="Ann", text="First.", replies=f"<ul>{reply}</ul>")
        + item.format(id="7", who="Cy", text="Third.", replies="")
        + "</ul></body></html>"
    )
    page = parse_page(html.encode(), "page.html")
    assert [(c.id, c.author, c.parent) for c in page.comments] == [
        ("7", "Ann", None),
        ("7-2", "Bo", "7"),
        ("7-3", "Cy", None),
    ]


def test_html5_comment_section_marked_only_by_authors_and_times():
    """<article> per comment, rel=author and <time>: no class names anything."""
    page = parse_file(PAGES / "semantic_section.html")
    assert page.article.endswith("the council said.")
    assert fields(page, "id", "author", "parent", "posted") == [
        ("r-1", "Ann", None, "2024-06-01T10:00"),
        ("r-2", "Cy", "r-1", "2024-06-01T10:30"),
        ("r-3", "Bo", None, "2024-06-01T11:00"),
    ]
    assert page.comments[0].text == "Lovely news for the kids.\n\nWe missed it all winter."
    assert page.comments[2].text == "About time, it cost enough."


def test_a_username_drawn_as_a_button_is_the_author():
    page = parse_file(PAGES / "coral_comments.html")  # Coral Talk's manner
    assert fields(page, "author", "reply_to", "parent") == [
        ("river_rat", None, None),
        ("taxpayer9", "river_rat", page.comments[0].id),
        ("Mo", None, None),
    ]
    assert not any("Reply" in c.text or "Respect" in c.text for c in page.comments)


def test_an_author_element_that_also_holds_the_time_gives_the_name_alone():
    page = parse_file(PAGES / "giscus_comments.html")  # giscus / GitHub discussions
    assert fields(page, "author", "posted") == [
        ("octo", "2024-05-07T09:12+00:00"),
        ("maint", "2024-05-07T10:00+00:00"),
    ]


def test_a_comment_marked_by_its_place_in_the_list_holds_its_nested_replies():
    page = parse_file(PAGES / "wpdiscuz_comments.html")  # "comment even thread-even depth-1"
    assert fields(page, "id", "parent", "reply_to") == [
        ("wpd-comm-41_0", None, None),
        ("wpd-comm-42_41", "wpd-comm-41_0", "Hazel"),
    ]


def test_replies_drawn_after_their_parent_in_an_indented_block():
    page = parse_file(PAGES / "drupal_comments.html")  # Drupal: <article> then div.indented
    assert fields(page, "id", "author", "parent", "reply_to") == [
        ("comment-17", "Bill (not verified)", None, None),
        ("comment-18", "Clerk", "comment-17", "Bill (not verified)"),
    ]
    assert "Add new comment" not in page.article and "Playground" not in page.comments[0].text
    # No element names the time: "Submitted by Bill on <span>Mon, 03/06/2024 - 10:00</span>"
    assert [c.posted for c in page.comments] == ["2024-06-03T10:00", "2024-06-03T11:30"]


def test_an_element_both_classed_and_named_by_id_as_text_is_read_once():
    page = parse_file(PAGES / "commento_comments.html")
    assert [c.text for c in page.comments] == [
        "Six weeks of one lane will be chaos at school time.",
        "Better than the bridge falling down.",
    ]
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Ann Lee", "2024-03-05T10:15+00:00"),  # a "timeago" element's title
        ("bridgefan", "2024-03-05T11:02+00:00"),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_a_level_in_a_compound_class_gives_the_depth():
    page = parse_file(PAGES / "remark42_comments.html")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Ann Lee", None),
        ("bridgefan", "Ann Lee"),  # "comment_level_1" after "comment_level_0"
    ]


def test_a_reply_to_tab_names_whom_a_flat_comment_answers():
    page = parse_file(PAGES / "discourse_comments.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("annlee", None, "Six weeks of one lane will be chaos at school time."),
        ("bridgefan", "annlee", "Better than the bridge falling down."),  # not in the text
    ]
    assert page.comments[1].parent == page.comments[0].id
    flat = parse_page(
        "<html><body><h1>T</h1><p>The article says enough to be an article here.</p>"
        '<div class="comments"><div class="comment"><span class="author">bo</span>'
        '<span class="in-reply-to">In reply to @stranger</span>'
        '<div class="comment-text">Who?</div></div></div></body></html>',
        "x.html",
    )
    assert [(c.author, c.reply_to, c.parent) for c in flat.comments] == [("bo", "stranger", None)]


def test_a_reply_to_element_names_the_writer_in_any_of_the_reply_line_languages():
    def page_with(reply_line):
        return parse_page(
            "<html><body><h1>T</h1><p>The article says enough to be an article here.</p>"
            '<div class="comments"><div class="comment"><span class="author">Ann Lee</span>'
            '<div class="comment-text">First, and long enough.</div></div>'
            '<div class="comment"><span class="author">bo</span>'
            f'<div class="reply-in-response-to"><a href="#c1">{reply_line}</a></div>'
            '<div class="comment-text">Who?</div></div></div></body></html>',
            "x.html",
        )

    for line in ("In response to Ann Lee", "Antwort an Ann Lee", "En réponse à Ann Lee"):
        page = page_with(line)
        assert [(c.author, c.reply_to) for c in page.comments][1] == ("bo", "Ann Lee"), line
        assert page.comments[1].parent == page.comments[0].id


def test_a_quote_of_an_earlier_post_is_not_taken_for_the_post():
    """Forums draw a quoted post in markup named like a post ("bbCodeBlock-content"): the
    reply is the text around it, not the quote, which names whom the reply answers."""
    post = (
        '<article class="message" data-author="{who}"><time datetime="2024-03-05T1{n}:00">x</time>'
        '<div class="message-content"><div class="bbWrapper">{text}</div></div></article>'
    )
    quote = (
        '<blockquote class="bbCodeBlock--quote"><div class="bbCodeBlock-title">Ann said:</div>'
        '<div class="bbCodeBlock-content">Fares rise in April.</div></blockquote>'
    )
    html = (
        "<html><body><h1>Fares</h1>"
        '<div class="js-replyNewMessageContainer">'
        + post.format(who="Ann", n=0, text="Fares rise in April.")
        + post.format(who="Bo", n=1, text=quote + "Absurd, again.")
        + "</div></body></html>"
    )
    page = parse_page(html.encode(), "forum.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Ann", None, "Fares rise in April."),
        ("Bo", "Ann", "Absurd, again."),  # the quote names whom it quotes: not Bo's words
    ]


def test_in_reply_to_names_the_parent_in_a_thread_drawn_one_level_deep():
    # The Guardian draws every reply one level under the thread's first comment and names
    # whom it answers ("in reply to Cornishchough").
    def comment(cid, name, text, to=""):
        reply_to = f'<span class="dcr-reply-to"><a href="#c">{to}</a></span>' if to else ""
        return (
            f'<div class="comment" id="comment-{cid}"><span class="comment-author">{name}</span>'
            f'{reply_to}<div class="comment-body"><p>{text}</p></div>'
        )

    html = (
        "<html><body><h1>Leave verges uncut</h1><p>Councils are urged to leave verges uncut "
        'until August.</p><div class="comments">'
        + comment(1, "Ruth", "About time.")
        + '<ul class="replies"><li>'
        + comment(2, "Chough", "Our council already does.", to="Ruth")
        + "</div></li><li>"
        + comment(3, "Moss", "Which council is that?", to="Chough")
        + "</div></li></ul></div></div></body></html>"
    )
    page = parse_page(html, "verges.html")
    assert fields(page, "author", "reply_to", "parent") == [
        ("Ruth", None, None),
        ("Chough", "Ruth", "comment-1"),
        ("Moss", "Chough", "comment-2"),
    ]


def test_replies_drawn_after_a_comment_whose_item_names_no_comment_answer_it():
    # OpenWeb: <li><article class="root-message">...</article><ul class="children-list">.
    def message(kind, name, text):
        return (
            f'<article class="spcv_{kind}-message"><span class="spcv_username">{name}</span>'
            f'<div class="spcv_message-text"><p>{text}</p></div></article>'
        )

    html = (
        "<html><body><h1>Hendry out for six weeks</h1><p>The defender injured his knee in "
        'training.</p><section id="comments"><ul class="spcv_messages-list"><li>'
        + message("root", "Terrace_Tom", "Huge blow for the run-in.")
        + '<ul class="spcv_children-list"><li>'
        + message("reply", "RoversFan", "We have cover at the back.")
        + "</li></ul></li></ul></section></body></html>"
    )
    page = parse_page(html, "openweb.html")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Terrace_Tom", None),
        ("RoversFan", "Terrace_Tom"),
    ]


def test_slashdot_style_comments_nest_and_name_author_and_time_in_their_header_text():
    def comment(cid, name, when, text, replies=""):
        return (
            f'<li id="tree_{cid}" class="comment"><div id="comment_{cid}" class="cw">'
            f'<div class="commentTop"><h4><a href="#">Subject {cid}</a></h4> by '
            f'<span class="by"><a href="/~{name}">{name} ( {cid} )</a></span> '
            f'<span class="otherdetails">on Tuesday March 05, 2024 @{when}</span></div>'
            f'<div class="commentBody"><div id="comment_body_{cid}">{text}</div></div></div>'
            f'<ul id="commtree_{cid}" class="commtree">{replies}</ul></li>'
        )

    html = (
        "<html><body><h1>Printer maker blocks toner</h1><p>Owners woke up to find their toner "
        'blocked.</p><div id="comments" class="comments"><ul id="commentlisting">'
        + comment(
            11,
            "BadlyWiredDog",
            "10:41AM",
            "Vote with your wallet.",
            comment(12, "ewhac", "11:20AM", "Brother did it too."),
        )  # fmt: skip
        + comment(13, "jd_jungle", "10:45AM", "Buy a laser from 2005.")
        + "</ul></div></body></html>"
    )
    page = parse_page(html, "slashdot.html")
    assert fields(page, "author", "posted", "reply_to") == [
        ("BadlyWiredDog", "2024-03-05T10:41", None),
        ("ewhac", "2024-03-05T11:20", "BadlyWiredDog"),
        ("jd_jungle", "2024-03-05T10:45", None),
    ]


def test_comments_named_only_by_test_hooks_under_utility_classes():
    # Sites styled with utility classes (Tailwind) name their parts only in data-testid.
    def comment(name, when, text):
        return (
            f'<div class="flex w-full mb-10" data-testid="comment-component">'
            f'<div class="font-bold" data-testid="author-name">{name}</div>'
            f'<span class="text-sm" data-testid="comment-date" data-tippy-content="{when}">'
            "2d</span>"
            f'<div class="mt-2 text-neutral-900" data-testid="comment-content"><p>{text}</p></div>'
            f"</div>"
        )

    html = (
        "<html><body><h1>Tide tables for March</h1><p>Spring tides arrive on the 10th this "
        'year, a day earlier than the almanac says.</p><div class="px-4" data-testid="comments">'
        + comment("Fiona Glass", "5 Mar 2024, 16:14", "Useful as ever, thank you.")
        + comment("Alan Pryce", "5 Mar 2024, 17:02", "The almanac has been wrong twice now.")
        + "</div></body></html>"
    )
    page = parse_page(html, "ghost.html")
    assert fields(page, "author", "posted", "text") == [
        ("Fiona Glass", "2024-03-05T16:14", "Useful as ever, thank you."),
        ("Alan Pryce", "2024-03-05T17:02", "The almanac has been wrong twice now."),
    ]


def test_a_comment_text_named_prose_is_its_body():
    def comment(cid, name, text):
        return (
            f'<article id="comment-{cid}" class="js-comment hx-remark"><div class="hx-remark__who">'
            f'<a class="username" href="/user/{cid}">{name}</a></div><div class="hx-remark__when">'
            f'Submitted by <a class="username" href="/user/{cid}">{name}</a> on <time '
            f'datetime="2024-03-05T10:1{cid}:00Z">5 March</time></div>'
            f'<div class="hx-remark__flesh">'
            f'<h3 class="hx-remark__subject"><a href="#c">{text[:12]}…</a></h3>'
            f'<div class="hx-prose"><p>{text}</p></div></div></article>'
        )

    html = (
        "<html><body><h1>Cycle lane plan</h1><p>The council will consult on a cycle lane.</p>"
        '<section id="comments">'
        + comment(1, "Maureen Tully", "My mother needs to park near the pharmacy.")
        + comment(2, "Colm Ryan", "There are two disabled bays in the drawings.")
        + "</section></body></html>"
    )
    page = parse_page(html, "drupal.html")
    assert fields(page, "author", "posted", "text") == [
        ("Maureen Tully", "2024-03-05T10:11+00:00", "My mother needs to park near the pharmacy."),
        ("Colm Ryan", "2024-03-05T10:12+00:00", "There are two disabled bays in the drawings."),
    ]


def test_a_custom_element_with_a_machine_time_is_the_comments_time():
    """<relative-time>, <local-time>: custom elements carrying `datetime` (GitHub, Microsoft)."""
    item = (
        '<li class="comment" id="c{n}"><span class="comment-author">{who}</span>'
        '<local-time datetime="2024-03-0{n}T15:05:41Z">{n} days ago</local-time>'
        '<div class="comment-body"><p>{text}</p></div></li>'
    )
    html = (
        "<html><body><h1>Rota</h1><p>The rota skips bank holidays from next month on.</p>"
        '<ul class="thread">'
        + item.format(n=5, who="Pete", text="Do closures always fall on a Saturday?")
        + item.format(n=6, who="Linh", text="Yes, always a Saturday.")
        + "</ul></body></html>"
    )
    page = parse_page(html.encode(), "qa.html")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Pete", "2024-03-05T15:05:41+00:00"),
        ("Linh", "2024-03-06T15:05:41+00:00"),
    ]


_QA_POST = """<div id="{kind}-{n}" class="{kind} js-{kind}">
  <div class="votecell"><div class="js-vote-count">{n}</div></div>
  <div class="postcell"><div class="s-prose js-post-body" itemprop="text"><p>{text}</p></div>
    <time itemprop="dateCreated" datetime="2024-04-2{n}T21:17:30"></time>
    <div class="user-info"><div class="user-action-time">{verb}
      <span title="2024-04-2{n} 21:17:30Z" class="relativetime">Apr 2{n}, 2024 at 21:17</span></div>
      <div class="user-details" itemprop="author"><a href="/users/{n}">{who}</a></div></div></div>
  <div class="comments"><ul class="comments-list">{comments}</ul></div>
</div>"""
_QA_COMMENT = """<li id="comment-{n}" class="comment js-comment"><div class="comment-body">
  <span class="comment-copy">{text}</span> &ndash; <a href="/users/9" class="comment-user">{who}</a>
  <span class="comment-date"><span title="2024-04-23 0{n}:12:44Z, License: CC BY-SA 4.0"
    class="relativetime-clean">Apr 23 at 0{n}:12</span></span></div></li>"""


def test_a_question_and_answers_page_reads_answers_and_their_comments():
    """Stack Exchange: the question is the article, each answer a comment ("answer" names it,
    "s-prose" its text, "user-action-time" its time, not its writer) and the comments under
    an answer its replies; the zone comes from the tooltip when the <time> gives none."""
    question = _QA_POST.format(
        kind="question",
        n=1,
        verb="asked",
        who="Dana",
        text="Why does my GFCI trip only after it rains?",
        comments="",
    )
    answer = _QA_POST.format(
        kind="answer", n=2, verb="answered", who="Kettleworth",
        text="Check the box behind the receptacle for water first.",
        comments=_QA_COMMENT.format(n=3, who="Dana", text="That was it, thanks."),
    )  # fmt: skip
    html = f"<html><body><h1>GFCI trips after rain</h1>{question}{answer}</body></html>"
    page = parse_page(html.encode(), "question.html")
    assert page.article == "Why does my GFCI trip only after it rains?"
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Kettleworth", None, "2024-04-22T21:17:30+00:00",
         "Check the box behind the receptacle for water first."),
        ("Dana", "Kettleworth", "2024-04-23T03:12:44+00:00", "That was it, thanks."),
    ]  # fmt: skip


def test_classes_that_style_text_name_no_comment_text():
    """Goodreads: "smallText greyText" spans in the comments heading are styling; read as
    comment text they made the whole comment list one comment holding the rest."""
    item = (
        '<div class="comment" id="comment_{n}"><span class="commentAuthor"><a>{who}</a></span>'
        '<span class="commentDate">Feb 2{n}, 2024 09:14PM</span>'
        '<div class="mediumText reviewText"><span class="commentBody">{text}</span></div></div>'
    )
    html = (
        "<html><body><h1>The Salt Road</h1><p>Four and a half stars, rounded down.</p>"
        '<div id="comments" class="commentsContainer"><h2>Comments '
        '<span class="smallText greyText">Showing 1-2 of 2</span></h2>'
        + item.format(n=6, who="Dev", text="Completely agree about the ending.")
        + item.format(n=7, who="Beatrix", text="Is it standalone?")
        + '<div><span class="greyText">back to top</span></div></div></body></html>'
    )
    page = parse_page(html.encode(), "review.html")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Dev", None, "Completely agree about the ending."),
        ("Beatrix", None, "Is it standalone?"),
    ]


def test_comments_drawn_indented_by_style_with_the_journal_owners_marked_poster():
    """LiveJournal: nesting only by a wrapper's margin; the journal owner's comments carry
    "b-leaf-poster" beside "comment" (the comment, not its writer); "Thread", "Parent" and
    "Link" are controls; the time "March 5 2024, 11:02:44 UTC" in a "createdtime"."""
    leaf = (
        '<div class="b-tree-twig" style="margin-left:{indent}px">'
        '<div class="b-leaf {poster} comment" id="t{n}"><p class="b-leaf-username">'
        '<span class="b-leaf-username-name">{who}</span></p><p class="b-leaf-meta">'
        '<span class="b-leaf-createdtime">March 5 2024, 1{n}:02:44 UTC</span></p>'
        '<div class="b-leaf-body">{text}</div><ul class="b-leaf-actions"><li>Reply</li>'
        "<li>Thread</li><li>Parent</li><li>Link</li></ul></div></div>"
    )
    html = (
        "<html><body><h1>Penhallow Yarns is closing</h1><p>The shop closes in June.</p>"
        '<div id="comments">'
        + leaf.format(indent=0, poster="", n=1, who="woolgatherer", text="Oh no, not them.")
        + leaf.format(
            indent=30,
            poster="b-leaf-poster",
            n=2,
            who="knitwitch",
            text="She talks everyone out of the acrylic.",
        )  # fmt: skip
        + leaf.format(indent=0, poster="", n=3, who="purlwise", text="Could we use the hall?")
        + "</div></body></html>"
    )
    page = parse_page(html.encode(), "journal.html")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("woolgatherer", None, "2024-03-05T11:02:44+00:00", "Oh no, not them."),
        ("knitwitch", "woolgatherer", "2024-03-05T12:02:44+00:00",
         "She talks everyone out of the acrylic."),
        ("purlwise", None, "2024-03-05T13:02:44+00:00", "Could we use the hall?"),
    ]  # fmt: skip


def test_an_element_with_a_machine_timestamp_is_the_comments_time():
    """PieFed: <span class="flask-moment" data-timestamp="..."> says "9 hours ago"."""
    item = (
        '<div class="comment" id="c{n}"><a class="author_link">{who}</a>'
        '<span class="flask-moment" data-timestamp="2024-05-04T1{n}:02:17Z">9 hours ago</span>'
        '<div class="comment_body"><p>{text}</p></div></div>'
    )
    html = (
        "<html><body><h1>Typewriter ribbons</h1><p>Where do you buy ribbons these days?</p>"
        + item.format(n=1, who="inkwell", text="Standard spool ribbon fits.")
        + item.format(n=2, who="platen", text="Thanks, ordered two.")
        + "</body></html>"
    )
    page = parse_page(html.encode(), "post.html")
    assert [c.posted for c in page.comments] == [
        "2024-05-04T11:02:17+00:00", "2024-05-04T12:02:17+00:00",
    ]  # fmt: skip


def test_a_reply_shown_twice_above_the_thread_and_in_its_place_is_one_comment():
    """Support forums copy the chosen reply into a "Best reply" box above the replies; the
    copy is no comment of its own, and the reply in its place keeps its whole text."""
    best = "Leave it plugged in overnight on Wi-Fi and the album downloads again from the start."

    def reply(cid, name, text):
        return (
            f'<div class="reply" id="r{cid}"><span class="author-name">{name}</span>'
            f'<div class="reply-body"><p>{text}</p></div></div>'
        )

    html = (
        "<html><body><h1>Album empty</h1><p>My shared album shows grey squares only, since "
        "the update last week.</p>"
        f'<section class="best-answer-summary"><h2>Best reply</h2>{reply(0, "Keith", best)}'
        '<a href="#r2">View in context</a></section><div class="replies">'
        + reply(1, "Sue", "Did you check that Shared Albums is still switched on in Settings?")
        + reply(2, "Keith", best)
        + reply(3, "Sue", "Thanks!")
        + reply(4, "Sue", "Thanks!")
        + "</div></body></html>"
    )
    page = parse_page(html, "support.html")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sue", "Did you check that Shared Albums is still switched on in Settings?"),
        ("Keith", best),
        ("Sue", "Thanks!"),  # a few words said twice are both kept
        ("Sue", "Thanks!"),
    ]


def test_an_element_named_for_whom_a_message_answers_is_neither_a_comment_nor_its_text():
    """Khoros draws "In response to Tony_W" in "lia-message-reply-info" holding a
    "MessageInResponseTo": named like a message, it is a line of the reply."""

    def message(name, text, to=""):
        info = (
            '<div class="lia-message-reply-info lia-component-in-reply-to">'
            f'<div class="MessageInResponseTo"><a href="#m">In response to {to}</a></div></div>'
            if to
            else ""
        )
        return (
            '<div class="MessageView lia-message-view-forum-message lia-thread-reply">'
            f'<span class="lia-user-name">{name}</span>{info}'
            f'<div class="lia-message-body-content"><p>{text}</p></div></div>'
        )

    html = (
        "<html><body><h1>Hub drops</h1><p>My hub drops the line every evening around eight, "
        "for two weeks now.</p><div class='lia-thread'>"
        + message("Tony_W", "Post your line stats, please.")
        + message("RoseKidd", "Noise margin 2.1 dB.", to="Tony_W")
        + "</div></body></html>"
    )
    page = parse_page(html, "khoros.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Tony_W", None, "Post your line stats, please."),
        ("RoseKidd", "Tony_W", "Noise margin 2.1 dB."),
    ]


def test_talkbacks_with_their_own_headlines_are_comments_headline_first():
    """ynet's and Haaretz's talkbacks: a reader's headline over the text (the headline alone
    where there is no text), the writer in a "talkbackAuthorDetails" beside their city, dates
    printed month first with a two-digit year (06.18.24), replies nested in the talkback."""

    def talkback(tid, title, body, name, date, replies=""):
        text = f'<div class="talkbackBody"><p>{body}</p></div>' if body else ""
        return (
            f'<li class="talkbackItem" id="tb-{tid}"><div class="talkbackHeader">'
            f'<span class="talkbackTitle">{title}</span></div>{text}'
            f'<div class="talkbackAuthorDetails"><span class="talkbackAuthor">{name}</span>'
            f'<span class="talkbackLocation">, Tel Aviv</span>'
            f'<span class="talkbackDate">{date}</span></div>'
            + (f'<ul class="talkbackReplies">{replies}</ul>' if replies else "")
            + "</li>"
        )

    html = (
        "<html><body><h1>Light rail to run on Saturdays</h1><div class='ArticleBodyComponent'>"
        '<div class="text_editor_paragraph"><span>The minister signed an order allowing the '
        "Red Line to run on Saturdays for a six-month trial.</span></div></div>"
        '<div class="ArticleTalkbacks"><ul class="talkbacksList">'
        + talkback(1, "Finally, some common sense", "Half the country has no car.", "Daniel",
                   "06.18.24 | 09:31",
                   talkback(2, "Re: no", "Nobody forces you to ride it.", "Liron",
                            "06.18.24 | 10:02"))
        + talkback(3, "Shame on the minister!!!", "", "Yaakov", "06.13.24 | 09:58")
        + "</ul></div></body></html>"
    )  # fmt: skip
    page = parse_page(html, "talkbacks.html")
    assert page.article == (
        "The minister signed an order allowing the Red Line to run on Saturdays for a six-month "
        "trial."
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Daniel", None, "2024-06-18T09:31", "Finally, some common sense\n\nHalf the country has "
         "no car."),
        ("Liron", "Daniel", "2024-06-18T10:02", "Nobody forces you to ride it."),  # "Re:" out
        ("Yaakov", None, "2024-06-13T09:58", "Shame on the minister!!!"),
    ]  # fmt: skip


def test_a_writer_named_only_in_a_posted_by_line_is_the_comments_author():
    """Typepad: a writer without a profile has no element of their own, only "Posted by:
    Water St. business owner | April 27, 2011 at 03:22 PM" under the comment."""

    def comment(cid, by, when, text):
        return (
            f'<div class="comment" id="comment-{cid}"><div class="comment-content"><p>{text}</p>'
            f'</div><p class="comment-footer">Posted by: {by} | <a href="#comment-{cid}">'
            f"{when}</a></p></div>"
        )

    html = (
        "<html><body><h1>Armory sold</h1><p>The council voted 5-4 to sell the armory last "
        'night.</p><div class="comments">'
        + comment(1, '<a href="http://profile.typepad.com/treilly">Tom Reilly</a>',
                  "April 27, 2011 at 03:01 PM", "Thank you for posting the appraisal.")
        + comment(2, "Water St. business owner", "April 27, 2011 at 03:22 PM",
                  "Thirty months of a closed street will put us out.")
        + "</div></body></html>"
    )  # fmt: skip
    page = parse_page(html, "typepad.html")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Tom Reilly", "2011-04-27T15:01"),
        ("Water St. business owner", "2011-04-27T15:22"),
    ]


def test_a_writer_named_fullname_and_a_day_attribute_with_its_clock_in_the_text():
    """Kinja: the writer in an "a.fullname"; <time datetime="2019-10-22">10/22/19 3:05PM</time>
    gives the day in its attribute and the clock only in its text."""

    def reply(rid, name, clock, text, children=""):
        return (
            f'<article class="js_reply reply" data-id="{rid}"><div class="reply__header">'
            f'<a class="fullname" href="https://kinja.com/{name}">{name}</a> '
            f'<time datetime="2019-10-22">10/22/19 {clock}</time></div>'
            f'<div class="reply__content"><p>{text}</p></div>'
            + (f'<div class="reply-children">{children}</div>' if children else "")
            + "</article>"
        )

    html = (
        "<html><body><h1>Ring gave a sheriff a map</h1><p>Internal emails show the company "
        "offered the map unprompted.</p><section class='js_comments'>"
        + reply(1, "vehemence", "3:05PM", "Which is worse?",
                reply(2, "FlyingDutchman73", "3:12PM", "It's normal to them."))
        + "</section></body></html>"
    )  # fmt: skip
    page = parse_page(html, "kinja.html")
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("vehemence", None, "2019-10-22T15:05"),
        ("FlyingDutchman73", "vehemence", "2019-10-22T15:12"),
    ]


def test_comments_named_by_node_type_with_the_writer_at_the_head_of_the_text():
    """Weibo: comments named only in `node-type="root_comment"`, the writer's link opening the
    text ("吃瓜群众小王：这种..."), the time a year-first date with one-digit day ("2019-12-3
    10:22") in an element named for nothing."""

    def comment(cid, name, text, when):
        return (
            f'<div comment_id="{cid}" class="list_li S_line1" node-type="root_comment">'
            f'<div class="list_con"><div class="WB_text"><a href="//weibo.com/u/{cid}">{name}</a>'
            f'：{text}</div><div class="WB_func"><div class="WB_from S_txt2">{when}</div></div>'
            "</div></div>"
        )

    html = (
        "<html><body><div class='WB_text'>幼儿园被曝使用过期食材。家长实名举报，涉事园长已停职。"
        "区教育局表示将开展专项检查。</div><div class='list_box'>"
        + comment(1, "吃瓜群众小王", "这种幼儿园就应该直接关停", "2019-12-3 10:22")
        + comment(2, "理性看待一切", "先别急着骂，等调查结果出来再说。", "2019-12-3 10:38")
        + "</div></body></html>"
    )
    page = parse_page(html, "weibo.html")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("吃瓜群众小王", "2019-12-03T10:22", "这种幼儿园就应该直接关停"),
        ("理性看待一切", "2019-12-03T10:38", "先别急着骂，等调查结果出来再说。"),
    ]


def test_replies_named_only_by_their_comment_id_answer_the_comment_they_are_drawn_in():
    """Weibo's replies: <div comment_id="..." class="list_li">, no other name, in a list named
    "child_comment" under the comment they answer; the list's "19 replies in all" link, with an
    icon font's glyph (<i class="W_ficon">g</i>), is neither text nor a comment."""

    def comment(cid, name, text, kind="", children=""):
        more = (
            '<div class="list_li_v2"><div class="WB_text"><a href="#">共19条回复 '
            '<i class="W_ficon ficon_arrow_down">g</i></a></div></div>'
        )
        replies = (
            f'<div class="list_box_in"><div class="list_ul" node-type="child_comment">'
            f"{children}{more}</div></div>"
            if children
            else ""
        )
        return (
            f'<div comment_id="{cid}" class="list_li S_line1" {kind}>'
            f'<div class="list_con" node-type="replywrap"><div class="WB_text">'
            f'<a href="//weibo.com/u/{cid}">{name}</a>：{text}</div>'
            f'<div class="WB_func"><div class="WB_from">2019-12-3 10:2{cid}</div></div>'
            f"{replies}</div></div>"
        )

    html = (
        "<html><body><div class='WB_text'>幼儿园被曝使用过期食材。家长实名举报，涉事园长已停职。"
        "区教育局表示将开展专项检查。</div><div class='list_box'>"
        + comment(1, "吃瓜群众小王", "这种幼儿园就应该直接关停", 'node-type="root_comment"',
                  comment(2, "蓝色海洋2019", "说得对，还要追究刑事责任"))
        + comment(3, "理性看待一切", "先别急着骂。", 'node-type="root_comment"')
        + "</div></body></html>"
    )  # fmt: skip
    page = parse_page(html, "weibo.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("吃瓜群众小王", None, "这种幼儿园就应该直接关停"),
        ("蓝色海洋2019", "吃瓜群众小王", "说得对，还要追究刑事责任"),
        ("理性看待一切", None, "先别急着骂。"),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_a_sidebar_of_recent_comments_and_the_comment_sections_own_content_are_no_comments():
    """TypePad: the comments' section holds a "comments-content" around its form notice, and a
    sidebar module "module-recent-comments" lists teasers ("Marge P. on <post>")."""
    comment = (
        '<div class="comment" id="comment-{0}"><div class="comment-content"><p>{1}</p></div>'
        '<p class="comment-footer">Posted by: {2} | <a href="#c{0}">April 27, 2011 at 0{0}:01 '
        "PM</a></p></div>"
    )
    html = (
        "<html><body><div id='alpha'><h3 class='entry-header'>Armory sold</h3>"
        "<div class='entry-content'><p>The council voted 5-4 to sell the armory last night.</p>"
        "</div><div class='comments' id='comments'><h3 class='comments-header'>Comments</h3>"
        + comment.format(1, "Thank you for posting the appraisal.", "Tom Reilly")
        + comment.format(2, "Thirty months of a closed street will put us out.", "Ann Lee")
        + "<div class='comments-content'><p class='comments-open-moderated'>Comments are "
        "moderated, and will not appear until the author has approved them.</p></div></div></div>"
        "<div id='beta'><div class='module-recent-comments module'><h2>Recent Comments</h2>"
        "<div class='module-content'><ul><li>Marge P. on <a href='#'>Armory sold</a></li>"
        "<li>Tom Reilly on <a href='#'>School budget: the numbers</a></li></ul></div></div></div>"
        "</body></html>"
    )
    page = parse_page(html, "typepad.html")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Tom Reilly", "Thank you for posting the appraisal."),
        ("Ann Lee", "Thirty months of a closed street will put us out."),
    ]


def test_a_slashcode_byline_names_the_writer_and_its_time_follows_a_comma_and_an_at():
    """SoylentNews: "by Anonymous Coward on Thursday May 09 2024, @11:12AM (#1355201)", a
    member's name with their number after it ("RamiK (3345)") in a link to their page."""

    def comment(cid, by, clock, text):
        return (
            f'<li id="tree_{cid}" class="comment"><div id="comment_{cid}" class="commentTop">'
            f'<div class="title"><h4>Re: Routers</h4></div><div class="details">by {by} on '
            f'Thursday May 09 2024, @{clock} (<a href="#c{cid}">#{cid}</a>)</div></div>'
            f'<div class="commentBody"><div id="comment_body_{cid}">{text}</div></div></li>'
        )

    html = (
        "<html><body><h1>Unpatched routers</h1><p>Researchers found 40,000 industrial routers "
        "still exposed online.</p><ul id='commentlisting'>"
        + comment(1, "Anonymous Coward", "11:12AM", "Nobody knew the password.")
        + comment(2, '<a href="//soylentnews.org/~RamiK/">RamiK (3345)</a>', "11:40AM",
                  "I did a site survey once.")
        + "</ul></body></html>"
    )  # fmt: skip
    page = parse_page(html, "soylent.html")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Anonymous Coward", "2024-05-09T11:12"),
        ("RamiK", "2024-05-09T11:40"),
    ]


def test_a_reply_quote_is_a_quote_and_a_people_link_names_the_writer():
    """Douban: each reply's writer a link to "/people/<id>/", an earlier reply quoted in a
    "reply-quote-content" (a quote, though "reply" stands in its name) above the reply's own
    text."""

    def reply(cid, uid, name, text, quote=""):
        return (
            f'<li class="clearfix comment-item reply-item" id="{cid}"><div class="reply-doc '
            f'content"><div class="bg-img-green"><h4><a href="https://www.douban.com/people/'
            f'{uid}/">{name}</a> <span class="pubtime">2024-09-18 10:4{cid}:17</span></h4></div>'
            f'{quote}<p class="reply-content">{text}</p></div></li>'
        )

    quote = (
        '<div class="reply-quote-content"><span class="all ref-content">小额诉讼很靠谱，'
        "全程线上立案。</span></div>"
    )
    html = (
        "<html><body><h1>押金不退怎么办</h1><div class='topic-content'><p>房东拖了两个月不退押金，"
        "大家有什么办法吗？我有退房视频和聊天记录。</p></div><ul id='comments'>"
        + reply(1, 200000, "小鱼干不吃鱼", "小额诉讼很靠谱，全程线上立案。")
        + reply(2, 200001, "momo", "楼上说的对，关键是证据。", quote)
        + "</ul></body></html>"
    )
    page = parse_page(html, "douban.html")
    assert [(c.author, c.text) for c in page.comments] == [
        ("小鱼干不吃鱼", "小额诉讼很靠谱，全程线上立案。"),
        ("momo", "楼上说的对，关键是证据。"),
    ]


# IntenseDebate: short class names ("idc-c", "idc-c-t"); only the ids say what each part is,
# an acronym and a number run into the word ("IDCommentText918273640").
ACRONYM_IDS_PAGE = """<html><body><article><h1>Council votes to close the pool</h1>
<p>The Elm Street pool will close after 61 years, the council decided on Monday night.</p>
</article>
<div id="idc-container">
<div class="idc-c idc-depth-0" id="IDComment918273640">
  <div class="idc-c-h"><a class="idc-anon" id="IDCommentAuthor918273640">
<span>Carla Reyes</span></a>
<a class="idc-time" href="#IDComment918273640">2 days ago</a></div>
  <div class="idc-c-t" id="IDCommentText918273640">
<p>Thank you to everyone who came out.</p></div>
  <div class="idc-c-b"><a class="idc-btn_s">
<span>Reply</span></a></div>
  <div class="idc-c idc-depth-1" id="IDComment918273647">
    <div class="idc-c-h"><a class="idc-anon" id="IDCommentAuthor918273647">
<span>millbrookmom</span></a>
    <a class="idc-time" href="#IDComment918273647">2 days ago</a></div>
    <div class="idc-c-t" id="IDCommentText918273647">
<p>Signed! Where do we send donations?</p></div>
    <div class="idc-c-b"><a class="idc-btn_s">
<span>Reply</span></a></div>
  </div>
</div>
<div class="idc-c idc-depth-0" id="IDComment918273661">
  <div class="idc-c-h"><a class="idc-anon" id="IDCommentAuthor918273661">
<span>Dave K</span></a>
<a class="idc-time" href="#IDComment918273661">1 day ago</a></div>
  <div class="idc-c-t" id="IDCommentText918273661">
<p>Fix the roads first.</p></div>
</div>
</div></body></html>"""


def test_ids_with_an_acronym_and_a_number_run_into_the_words():
    page = parse_page(ACRONYM_IDS_PAGE, "idc.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Carla Reyes", None, "Thank you to everyone who came out."),
        ("millbrookmom", "Carla Reyes", "Signed! Where do we send donations?"),
        ("Dave K", None, "Fix the roads first."),
    ]


def card(nick: str, when: str, text: str, replies: str = "") -> str:
    """A Waline comment card; its replies in a box named "wl-quote"."""
    quote = f'<div class="wl-quote">{replies}</div>' if replies else ""
    return (
        f'<div class="wl-card-item"><div class="wl-card"><div class="wl-head">'
        f'<span class="wl-nick">{nick}</span><span class="wl-time">{when}</span></div>'
        f'<div class="wl-content"><p>{text}</p></div>{quote}</div></div>'
    )


def test_a_box_named_quote_that_holds_whole_comments_holds_replies():
    replies = card("小林同学", "2 天前", "同感，不过我更担心小程序崩。")
    page = parse_page(
        "<html><body><article><h1>西湖景区五一限流</h1><p>管委会发布通知，今年五一假期试行预约。"
        "</p><p>断桥、白堤等热门点位将按时段分流，游客需提前在小程序上登记。</p><p>商户担心客流下降，"
        "管委会表示将根据试行情况调整。</p></article><div class='wl-comment'><div class='wl-cards'>"
        + card("阿涛", "2 天前", "支持！早该限流了。", replies)
        + card("Kevin", "1 天前", "限流最后受影响的都是普通游客。")
        + "</div></div></body></html>",
        "waline.html",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("阿涛", None, "支持！早该限流了。"),
        ("小林同学", "阿涛", "同感，不过我更担心小程序崩。"),
        ("Kevin", None, "限流最后受影响的都是普通游客。"),
    ]


def test_the_lists_count_named_as_text_is_no_comment():
    """Artalk: "7 Comments" in an "atk-text" inside "atk-comment-count"."""

    def comment(number: int, nick: str, text: str) -> str:
        return (
            f'<div class="atk-comment-wrap" data-comment-id="{number}"><div class="atk-comment">'
            f'<span class="atk-nick">{nick}</span><span class="atk-date">2 days ago</span>'
            f'<div class="atk-content"><p>{text}</p></div></div></div>'
        )

    page = parse_page(
        "<html><body><article><h1>Charging network grows</h1><p>Ionity will add 3,000 charge "
        "points by 2025.</p><p>Prices fall for subscribers from April.</p></article>"
        '<div class="atk-list"><div class="atk-comment-count"><div class="atk-text">'
        "<span>2</span> Comments</div></div>"
        + comment(301, "Henrik", "Finally competitive with Superchargers.")
        + comment(302, "Sophie L.", "Half the chargers were broken in August.")
        + "</div></body></html>",
        "artalk.html",
    )
    assert [(c.author, c.parent) for c in page.comments] == [("Henrik", None), ("Sophie L.", None)]


def test_a_reply_holding_the_comment_it_answers_in_full_answers_it():
    """Changyan's "盖楼": the comment answered is drawn, with no time, inside the reply."""

    def block(name: str, when: str, text: str, floor: str = "") -> str:
        return (
            f'<div class="list-block-gw"><div class="cont-head-gw"><span class="user-name">'
            f'{name}</span><span class="time-gw">{when}</span></div>'
            f'<div class="cont-comment-gw">{floor}<div class="cont-msg-gw">'
            f'<span class="cmt-text">{text}</span></div></div></div>'
        )

    floor = (
        '<div class="build-floor-gw"><span class="floor-name">南山码农</span>'
        '<div class="cont-msg-gw"><span class="cmt-text">6分钟间隔高峰肯定不够。</span></div></div>'
    )
    page = parse_page(
        "<html><body><article><h1>深圳地铁13号线北延段今日开通</h1><p>3月12日上午10时，深圳地铁13号线"
        "北延段正式开通初期运营。</p><p>该段线路全长约5公里。</p></article>"
        "<div class='comment-list'>"
        + block("宝安打工人", "2024-03-12 10:26", "终于等到了！")
        + block("南山码农", "2024-03-12 11:05", "6分钟间隔高峰肯定不够。")
        + block("宝安打工人", "2024-03-12 11:20", "同意，先开起来再说吧。", floor)
        + "</div></body></html>",
        "changyan.html",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("宝安打工人", None, "终于等到了！"),
        ("南山码农", None, "6分钟间隔高峰肯定不够。"),
        ("宝安打工人", "南山码农", "同意，先开起来再说吧。"),
    ]


def test_a_member_link_names_the_writer_and_a_permalink_is_no_text():
    """Each comment's name is only a link to the member's page (`/member/81/`), after its text
    and beside a "#" permalink (ExpressionEngine's comment templates): the link was not read as
    an author, so the section gave no comments; the "#" was read as text."""

    def comment(number: int, name: str, when: str, *paragraphs: str) -> str:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            f'<div class="comment" id="comment_{number}">{body}<p class="comment-meta">Posted by '
            f'<a href="/member/{number}/">{name}</a> on {when} <span class="comment-permalink">'
            f'<a href="#comment_{number}">#</a></span></p></div>'
        )

    page = parse_page(
        "<html><body><div class='entry'><h1>Ferry timetable changes from May</h1><p>The island "
        "ferry will run every forty minutes from the first of May, the operator said.</p></div>"
        "<div id='comments'><h3>2 Comments</h3>"
        + comment(81, "Wendy Aldous", "March 3, 2025 at 9:14 am", "Finally.", "About time too.")
        + comment(82, "pjk", "March 3, 2025 at 11:40 pm", "Still no late boat on Fridays.")
        + "</div></body></html>",
        "ferry.html",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Wendy Aldous", "2025-03-03T09:14", "Finally.\n\nAbout time too."),
        ("pjk", "2025-03-03T23:40", "Still no late boat on Fridays."),
    ]


def _blog_comment(name: str, when: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<li class="journal__comments-comment"><div class="rte">{body}</div><footer>'
        f'<span class="muted">{name}</span><span class="muted">{when}</span></footer></li>'
    )


def test_comments_named_so_with_a_plain_footer_of_name_and_date():
    """A shop theme's blog comments (Shopify's Dawn): each element is named one of the
    "comments-comment"s, its text sits in an unnamed "rte" div, and its name and date are two
    plain spans in a footer. The comment section named on the page holds only the reply form,
    whose <input id="...-author"> was read as a writer and its labels as a comment."""
    page = parse_page(
        "<html><body><main><article><h1>Our winter blend is back</h1><div class='rte'><p>The "
        "winter blend returns this week with a darker roast and a little more body.</p><p>It "
        "is in the shop until March.</p></div><div class='panel'><h2>2 comments</h2><ul>"
        + _blog_comment("Ines P.", "January 9, 2025 at 4:12 pm", "Ordered two bags already.")
        + _blog_comment(
            "Olu", "January 10, 2025 at 8:03 am", "Too dark for me.", "Still bought it."
        )
        + "</ul><div id='comments'><h2>Leave a comment</h2><form><input type='text' "
        "id='CommentForm-author' name='comment[author]'><label for='CommentForm-author'>Name "
        "*</label><textarea id='CommentForm-body'></textarea><label>Comment *</label><p>Comments"
        " are approved before they are published.</p></form></div></div></article></main>"
        "</body></html>",
        "journal.html",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Ines P.", "2025-01-09T16:12", "Ordered two bags already."),
        ("Olu", "2025-01-10T08:03", "Too dark for me.\n\nStill bought it."),
    ]
    assert "Ordered" not in page.article and "Leave a comment" not in page.article


def test_a_place_beside_the_name_is_the_header_not_the_text():
    """Commentics draws the writer's town beside the name in one header line: metadata."""
    item = (
        '<div class="cm_comment_box" id="c{n}"><div class="cmt_main"><div class="cmt_user"><span>'
        '<span>{name}</span></span><span>{town}</span></div><div class="cmt_when"><span>{when}'
        "</span></div><div class='cmt_says'>{text}</div></div></div>"
    )
    page = parse_page(
        "<html><body><h1>Mill site approved</h1><p>Sixty homes will be built on the mill "
        "site, the council decided on Tuesday.</p><section class='cmt_section'>"
        + item.format(
            n=1, name="Pete H", town="Mytholmroyd", when="14 Mar 2024 09:47", text="Flood zone."
        )
        + item.format(
            n=2, name="Sarah J", town="Hebden Bridge", when="14 Mar 2024 10:30", text="Good."
        )
        + "</section></body></html>",
        "mill.html",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Pete H", "Flood zone."),
        ("Sarah J", "Good."),
    ]


def test_a_name_written_beside_an_unnamed_headers_date_and_a_reply_form_card():
    """django-comments-xtd: "Feb. 28, 2024, noon - Dana" in an unnamed header over the named
    "content"; Django writes "noon", "midnight" and "7 p.m."; the reply form sits in a
    "card-body" inside "comments" and was read as the first comment."""

    def comment(when: str, who: str, text: str) -> str:
        return (
            f'<li class="media"><div class="media-body"><div class="comment pb-3"><h6><div>'
            f"{when}&nbsp;-&nbsp;{who}&nbsp;&nbsp;<a class='permalink' href='#c1'>&para;</a>"
            f'</div></h6><div class="content"><p>{text}</p></div><a href="/like/">3</a> '
            f'<a href="/reply/">Reply</a></div></div></li>'
        )

    page = parse_page(
        "<html><body><h1>Bookshop to close</h1><p>The last bookshop on the high street will "
        "close in April after 41 years, its owner said.</p><div id='comments'><div "
        "class='comments'><div class='card'><div class='card-body'><h4>Post your comment</h4>"
        "<form method='post'><label>Name</label><input type='text' name='name'><textarea "
        "name='comment'></textarea></form></div></div></div><ul class='media-list'>"
        + comment("March 3, 2025, noon", "Dana W.", "Sad news.")
        + comment("March 3, 2025, 7 p.m.", "<a href='https://blog.example'>Tom R</a>", "Agreed.")
        + "</ul></div></body></html>",
        "bookshop.html",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Dana W.", "2025-03-03T12:00", "Sad news."),
        ("Tom R", "2025-03-03T19:00", "Agreed."),
    ]


def test_the_short_text_just_before_a_comments_time_is_its_writer():
    """A site styled with utility classes alone: the name is a plain `<p>` beside the `<time>`
    in the comment's header row, no element named for it (a Next.js page drawing Sanity)."""

    def comment(number: int, name: str, when: str, text: str, replies: str = "") -> str:
        return (
            f'<li id="comment-{number}" class="flex gap-x-4"><div aria-hidden="true" '
            f'class="h-10 w-10 rounded-full">{name[:1]}</div><div class="flex-auto"><div '
            f'class="flex items-baseline"><p class="text-sm font-semibold">{name}</p><time '
            f'dateTime="{when}" class="text-xs">{when.replace("T", ", ")} UTC</time></div><div '
            f'class="prose"><p>{text}'
            f"</p></div>{replies}</div></li>"
        )

    reply = '<ul class="ml-12">' + comment(2, "Theo", "2024-03-04T15:02", "Same here.") + "</ul>"
    page = parse_page(
        "<html><body><article><h1>Mid-size venues are closing</h1><p>Rooms that hold 800 to "
        "2,000 people are being squeezed from both ends, promoters say.</p></article><section "
        "aria-labelledby='comments-heading'><h2 id='comments-heading'>Comments (2)</h2><ul>"
        + comment(1, "Maya Rosen", "2024-03-04T14:15", "My first real show was there.", reply)
        + "</ul></section></body></html>",
        "venues.html",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Maya Rosen", None, "My first real show was there."),
        ("Theo", "Maya Rosen", "Same here."),
    ]


def test_comments_with_bare_paragraphs_and_a_posted_by_line_under_them():
    """Apache Roller: `div.comment` holds plain paragraphs and a "comment-details" line,
    "Posted by <name> on <date> #", the name a link only where the writer gave a site and the
    "#" the comment's permalink; the section is both selected and named as one."""

    def comment(number: int, who: str, text: str) -> str:
        return (
            f'<div class="comment odd" id="comment-2025061421{number}"><p>{text}</p><p class='
            f'"comment-details">Posted by {who} on June 14, 2025 at 09:1{number} PM CEST <a href='
            f'"#comment-{number}" class="entrypermalink" title="Comment Permalink">#</a></p></div>'
        )

    page = parse_page(
        "<html><body><h1>Short nights: our June public evening</h1><p>The observatory opens "
        "on Saturday from 21:00, weather permitting, with three telescopes set up.</p>"
        '<div class="comments" id="comments"><div class="comments-head">Comments:</div>'
        + comment(1, "Martin Krüger", "Will the Dobsonian be set up again?")
        + comment(2, '<a href="https://example.org" rel="nofollow">Jonas Weber</a>', "Yes.")
        + "</div></body></html>",
        "nights.html",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Martin Krüger", "2025-06-14T21:11+02:00", "Will the Dobsonian be set up again?"),
        ("Jonas Weber", "2025-06-14T21:12+02:00", "Yes."),
    ]


def test_a_writer_named_before_commented_and_an_age_with_no_link():
    """A wiki's page comments (BookStack): "<a>Rachel Ortiz</a> commented 2 days ago", and for
    an account since deleted the name alone before "commented"."""

    def comment(number: int, who: str, text: str) -> str:
        return (
            f'<div class="comment-box" id="comment{number}"><div class="header"><div class="meta '
            f'text-muted">{who}&nbsp;commented 2 days ago</div><div class="actions"><button '
            f'type="button">Reply</button></div></div><div class="content"><p>{text}</p></div>'
            "</div>"
        )

    page = parse_page(
        "<html><body><h1>Release checklist</h1><p>Every release goes through a 48-hour review "
        "before it is tagged and announced on the mailing list.</p><section class="
        '"comments-container">'
        + comment(1, '<a href="/user/rachel-ortiz">Rachel Ortiz</a>', "Can we drop step 4?")
        + comment(2, "Deleted User", "The 48-hour review is still needed.")
        + "</section></body></html>",
        "checklist.html",
    )
    assert [c.author for c in page.comments] == ["Rachel Ortiz", "Deleted User"]


def test_a_thread_drawn_right_after_a_comment_holds_its_replies():
    """A wiki's comments (XWiki): each comment, then a "commentthread" beside it holding its
    replies, in one thread that holds every comment of the page; a thread that follows a
    thread, not a comment, is nobody's replies."""

    def comment(number: int, name: str, text: str) -> str:
        return (
            f'<div id="xwikicomment_{number}" class="reply"><div class="commentheader"><span '
            f'class="commentauthor">{name}</span> <span class="commentdate">2025/06/12 19:4{number}'
            f'</span></div><div class="commentcontent"><p>{text}</p></div></div>'
        )

    page = parse_page(
        "<html><body><h1>Traversée des Hauts-Plateaux</h1><p>Départ samedi à 7 h du parking de "
        'la Molière, retour prévu vers 18 h.</p><div id="_comments"><div class="commentthread">'
        + comment(0, "Claire Bonnet", "Je m'inscris !")
        + '<div class="commentthread">'
        + comment(1, "Marc Vial", "Covoiturage depuis Seyssinet.")
        + '<div class="commentthread">'
        + comment(2, "Claire Bonnet", "Parfait, trois places.")
        + '<div class="commentthread"></div></div></div>'
        + comment(3, "Anonyme", "Quel dénivelé ?")
        + '<div class="commentthread">'
        + comment(4, "Marc Vial", "900 m.")
        + "</div>"
        + comment(5, "Thierry Garnier", "Pas d'eau au refuge.")
        + "</div></div></body></html>",
        "sortie.html",
    )
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Claire Bonnet", None),
        ("Marc Vial", "Claire Bonnet"),
        ("Claire Bonnet", "Marc Vial"),
        ("Anonyme", None),
        ("Marc Vial", "Anonyme"),
        ("Thierry Garnier", None),
    ]


def test_a_heading_over_a_role_badge_and_an_age_whose_tooltip_gives_the_time():
    """A members' widget drawn with utility classes: the writer's name is a heading over a row
    of their role and a relative age, and only the age's tooltip (`title`) says when."""

    def comment(name: str, role: str, when: str, text: str, replies: str = "") -> str:
        badge = f"<span><span>{role}</span><span> · </span></span>" if role else ""
        return (
            f'<div class="flex w-full" data-testid="comment-component"><div class="grow"><div '
            f'class="mb-2"><h4 class="font-bold">{name}</h4><div class="flex text-sm">{badge}'
            f'<span title="{when}">3 days ago</span></div></div><div class="pr-4"><div '
            f'class="font-sans comment-content"><p>{text}</p></div></div><div>{replies}</div>'
            "</div></div>"
        )

    reply = comment("Ian Moss", "", "9 Apr 2025 11:05", "Thanks, that helps a lot.")
    page = parse_page(
        "<html><body><article><h1>Counting swifts</h1><p>Volunteers counted 412 swifts over "
        "the old mill this spring, the highest number since the survey began.</p></article>"
        '<section class="comments">'
        + comment("Ruth Ellery", "Ecologist", "9 Apr 2025 09:40", "Dusk counts run high.", reply)
        + comment("Ola Berg", "Editor", "10 Apr 2025 07:12", "We will add the method notes.")
        + "</section></body></html>",
        "swifts.html",
    )
    assert [(c.author, c.posted, c.reply_to, c.text) for c in page.comments] == [
        ("Ruth Ellery", "2025-04-09T09:40", None, "Dusk counts run high."),
        ("Ian Moss", "2025-04-09T11:05", "Ruth Ellery", "Thanks, that helps a lot."),
        ("Ola Berg", "2025-04-10T07:12", None, "We will add the method notes."),
    ]


def test_a_day_shown_whose_tooltip_gives_the_time_and_a_zone_named_in_japanese():
    """Gitment: each header shows the day ("Sat Mar 02 2024") and its tooltip JavaScript's
    whole time, with the zone's name in the page's language."""

    def comment(name: str, tooltip: str, day: str, text: str) -> str:
        return (
            f'<div class="gitment-comment"><div class="gitment-comment-main"><div '
            f'class="gitment-comment-header"><a class="gitment-comment-name">{name}</a> '
            f'commented on <span title="{tooltip}">{day}</span></div><div '
            f'class="gitment-comment-body gitment-markdown"><p>{text}</p></div></div></div>'
        )

    page = parse_page(
        "<html><body><article><h1>古いThinkPadを娘のPCに</h1><p>押し入れに眠っていたThinkPad"
        "を、娘用のPCとして復活させました。</p></article><div class=\"gitment-comments-list\">"
        + comment("hiroki-n", "Sat Mar 02 2024 21:48:06 GMT+0900 (日本標準時)",
                  "Sat Mar 02 2024", "X220懐かしいです。")
        + comment("k-ishida", "Tue Mar 05 2024 23:41:57 GMT+0900 (日本標準時)",
                  "Tue Mar 05 2024", "いいですね😊")
        + "</div></body></html>",
        "gitment.html",
    )  # fmt: skip
    assert [(c.author, c.posted) for c in page.comments] == [
        ("hiroki-n", "2024-03-02T21:48:06+09:00"),
        ("k-ishida", "2024-03-05T23:41:57+09:00"),
    ]


def test_a_reply_nested_in_its_parents_text_and_a_heading_of_name_and_age():
    """Bootstrap's media object (laravelista/comments): a reply's `div.media` sits inside its
    parent's "media-body", after the parent's own text, and each body opens with a heading of
    the writer's name and, in a `<small>`, the age or date."""

    def comment(tag: str, number: int, name: str, when: str, text: str, replies: str = "") -> str:
        return (
            f'<{tag} id="comment-{number}" class="media"><img class="mr-3" src="{number}.jpg" '
            f'alt="{name} Avatar"><div class="media-body"><h5 class="mt-0 mb-1">{name} <small '
            f'class="text-muted">- {when}</small></h5><div style="white-space: pre-wrap;">{text}'
            f"</div><div></div><br />{replies}</div></{tag}>"
        )

    reply = comment("div", 3, "Deb Sousa", "3 days ago", "Cheaper is not the bar, Mike.")
    page = parse_page(
        "<html><body><article><h1>Ferry fares rise</h1><p>Round-trip fares on the ferry will "
        "rise from $13 to $15 in June, the authority said on Tuesday.</p></article><h3>Comments"
        '</h3><ul class="list-unstyled">'
        + comment("li", 1, "Deb Sousa", "4 days ago", "Eight dollars a month is a lot.")
        + comment("li", 2, "mikeonthedock", "Mar 4, 2024", "Still cheaper by a mile.", reply)
        + comment("li", 4, "Gull Island Kid", "2 days ago", "keep the 10pm boat!!!")
        + "</ul></body></html>",
        "ferry.html",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Deb Sousa", None, "Eight dollars a month is a lot."),
        ("mikeonthedock", None, "Still cheaper by a mile."),
        ("Deb Sousa", "mikeonthedock", "Cheaper is not the bar, Mike."),
        ("Gull Island Kid", None, "keep the 10pm boat!!!"),
    ]
    assert page.comments[1].posted == "2024-03-04"
    assert page.comments[0].posted is None  # an age is no date


def test_nested_media_comments_one_marked_as_the_sites_own_with_two_unit_ages():
    """Mezzanine's Bootstrap comments: `ul.media-list` of `li.media.comment` nested in the
    parent's "media-body"; a reply by the site's own account adds "comment-author" to its
    class, and ages are Django's "2 days, 5 hours ago" in the heading after the name."""

    def comment(number: int, name: str, when: str, text: str, replies: str = "", own=False):
        kind = "media comment comment-author" if own else "media comment"
        nested = f'<ul class="media-list">{replies}</ul>' if replies else ""
        return (
            f'<li id="comment-{number}" class="{kind}"><div class="media-body"><h4 class='
            f'"media-heading">{name} <span class="timespan">{when}</span></h4><p>{text}</p>'
            f'<a href="#reply-{number}" class="reply">Reply</a>{nested}</div></li>'
        )

    thanks = comment(3, "Margaret Pryce", "2 days, 1 hour ago", "Thank you!")
    answer = comment(2, "Hollybrook Committee", "2 days, 3 hours ago", "They stay open.", thanks,
                     own=True)  # fmt: skip
    page = parse_page(
        "<html><body><h1>Water restrictions from 1 July</h1><p>From Tuesday 1 July hoses and "
        "sprinklers are suspended across the site until further notice.</p><div id='comments'>"
        '<h3>Comments</h3><ul class="media-list">'
        + comment(1, "Margaret Pryce", "2 days, 5 hours ago", "Do the troughs count?", answer)
        + comment(4, "sam", "3 hours, 12 minutes ago", "Rhubarb bolting already?")
        + "</ul></div></body></html>",
        "water.html",
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Margaret Pryce", None, None, "Do the troughs count?"),
        ("Hollybrook Committee", "Margaret Pryce", None, "They stay open."),
        ("Margaret Pryce", "Hollybrook Committee", None, "Thank you!"),
        ("sam", None, None, "Rhubarb bolting already?"),
    ]


def test_items_that_only_look_like_a_listed_layouts_are_read_by_their_naming():
    """`li.comment` in `ol.comment-list` is WordPress's item, but a site of its own with BEM
    names ("comment__body", "comment__author") holds none of WordPress's text elements: its
    comments were all dropped, not read by their naming (an Umbraco partial)."""

    def comment(number: int, name: str, text: str, reply_to: str = "") -> str:
        answer = (
            f'<span class="comment__in-reply-to">in reply to <a href="#c{number - 1}">'
            f"{reply_to}</a></span>"
            if reply_to
            else ""
        )
        return (
            f'<li class="comment" id="c{number}"><div class="comment__meta"><span '
            f'class="comment__author">{name}</span><time class="comment__date" '
            f'datetime="2024-04-16T09:1{number}">16 April 2024</time>{answer}</div><div '
            f'class="comment__body"><p>{text}</p></div><div class="comment__actions"><a '
            f'class="comment__reply" href="?replyTo={number}">Reply</a></div></li>'
        )

    page = parse_page(
        "<html><body><article><h1>Harbour wall repairs to start in May</h1><p>Repairs to the "
        "harbour wall will begin in May, more than four months after the storm.</p></article>"
        '<section class="comments"><h2>Comments (2)</h2><ol class="comment-list">'
        + comment(1, "Sandra Ellery", "Fourteen weeks right through the summer.")
        + comment(2, "Mike T", "You can't do this work in winter seas.", "Sandra Ellery")
        + "</ol></section></body></html>",
        "harbour.html",
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Sandra Ellery", None, "2024-04-16T09:11", "Fourteen weeks right through the summer."),
        ("Mike T", "Sandra Ellery", "2024-04-16T09:12", "You can't do this work in winter seas."),
    ]
    assert page.article.endswith("after the storm.")


def test_the_storys_headline_over_every_comment_is_no_text_and_a_name_after_written_on_date():
    """Grav's Comments plugin: each comment repeats the page's headline as its "comment-title"
    and says "Scritto il <date> da <name>" in an unnamed meta line; a short reply's wrapper
    must not win over its text because of the headline or that line."""

    def comment(level: int, when: str, name: str, text: str) -> str:
        return (
            f'<div class="comment comment-level-{level}"><div class="comment-body"><div '
            f'class="comment-heading"><div class="comment-title"><h4>La nuova ciclovia del '
            f'Tanaro: 42 km da Alba a Cherasco</h4></div><div class="comment-meta">Scritto il '
            f'{when} da {name}</div></div><div class="comment-text">{text}</div></div></div>'
        )

    page = parse_page(
        "<html><head><title>La nuova ciclovia del Tanaro: 42 km da Alba a Cherasco | Pedalando"
        "</title></head><body><h2>La nuova ciclovia del Tanaro: 42 km da Alba a Cherasco</h2>"
        "<p>Domenica scorsa ho finalmente percorso tutto il nuovo tratto della ciclovia, da "
        "Alba fino a Cherasco, in poco più di tre ore.</p><h3>Commenti</h3>"
        '<div class="row comments">'
        + comment(0, "Mon, 15 Apr 2024 21:04:37", "Marco B.",
                  "Grazie per il resoconto! Il tratto sulla provinciale si può evitare?")
        + comment(1, "Tue, 16 Apr 2024 08:12:09", "Chiara (autrice)",
                  "Ciao Marco, sì: da Pollenzo si sale verso Bra e poi si scende a Cherasco.")
        + comment(2, "Tue, 16 Apr 2024 12:40:51", "Marco B.", "Perfetto, grazie mille 🙏")
        + "</div></body></html>",
        "ciclovia.html",
    )  # fmt: skip
    assert [(c.author, c.posted, c.text[:20]) for c in page.comments] == [
        ("Marco B.", "2024-04-15T21:04:37", "Grazie per il resoco"),
        ("Chiara (autrice)", "2024-04-16T08:12:09", "Ciao Marco, sì: da P"),
        ("Marco B.", "2024-04-16T12:40:51", "Perfetto, grazie mil"),
    ]
    assert [c.parent for c in page.comments] == [None, page.comments[0].id, page.comments[1].id]


def test_a_section_named_with_a_prefix_and_bylines_that_say_posted_by():
    """Joomla's K2: a list in "itemComments" whose items name no text, "posted by <name>" in
    the writer's element, the story's writer answering in an "authorResponse" item, and the
    writer's box under the story (photo and a line about them), which is no story text."""

    def item(kind: str, when: str, name: str, text: str) -> str:
        return (
            f'<li class="{kind}"><span class="commentDate">{when}</span>'
            f'<span class="commentAuthorName">posted by {name}</span><p>{text}</p>'
            '<span class="commentToolbar"><a href="/report">Report</a></span></li>'
        )

    page = parse_page(
        "<html><body><h2>Bridge to close for eight weeks</h2><div class='itemFullText'><p>The "
        "bridge over the river will close to all traffic from April.</p></div><div "
        "class='itemAuthorBlock'><div class='itemAuthorDetails'><h3>Siobhan Tierney</h3><p>"
        "Siobhan covers the county council.</p></div></div><div class='itemComments'><h3>3 "
        "comments</h3><ul class='itemCommentsList'>"
        + item("even", "Thursday, 14 March 2024 09:14", "Mairead Cullen", "Why not in July?")
        + item("odd authorResponse", "Thursday, 14 March 2024 12:05", "Siobhan Tierney",
               "We have asked the council.")
        + item("even", "Thursday, 14 March 2024 19:48", "Ballykeel resident", "Fix the roads.")
        + "</ul></div></body></html>",
        "k2.html",
    )  # fmt: skip
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Mairead Cullen", "2024-03-14T09:14", "Why not in July?"),
        ("Siobhan Tierney", "2024-03-14T12:05", "We have asked the council."),
        ("Ballykeel resident", "2024-03-14T19:48", "Fix the roads."),
    ]
    assert page.article == "The bridge over the river will close to all traffic from April."


def test_comments_told_by_labelled_bylines_with_a_reply_nested_and_a_captcha_beside():
    """Contao's comments: "Kommentar von <name> | <time>" over each text, a reply to it
    nested with "Antwort von <name>" and no time, and the form's captcha question after
    them, which is no comment."""

    def comment(name: str, when: str, text: str, reply: str = "") -> str:
        return (
            f'<div class="comment_default"><p class="info">Kommentar von {name} | <time '
            f'datetime="{when}" class="date">14.03.2024</time></p><div class="comment"><p>{text}'
            f"</p></div>{reply}</div>"
        )

    answer = (
        '<div class="reply"><p class="info">Antwort von Sabine Kögel</p><div class="comment">'
        "<p>Die Kurse werden verlegt.</p></div></div>"
    )
    page = parse_page(
        "<html><body><h1>Freibad öffnet erst im Juni</h1><p>Die Badesaison beginnt in diesem "
        "Jahr später als gewohnt.</p><div class='ce_comments block'><h2>Kommentare</h2>"
        + comment("Martina Schöll", "2024-03-14T09:14:37+01:00", "Schade, aber verständlich.")
        + comment('<a href="https://tsv.example">Uwe Brändle</a>', "2024-03-14T10:02:11+01:00",
                  "Und der Schwimmkurs?", answer)
        + "<form><input name='name'><span class='captcha_text'>Bitte addieren Sie 5 und 3."
        "</span><textarea name='comment'></textarea></form></div></body></html>",
        "contao.html",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Martina Schöll", None, "2024-03-14T09:14:37+01:00", "Schade, aber verständlich."),
        ("Uwe Brändle", None, "2024-03-14T10:02:11+01:00", "Und der Schwimmkurs?"),
        ("Sabine Kögel", "Uwe Brändle", None, "Die Kurse werden verlegt."),
    ]
    assert page.comments[2].parent == page.comments[1].id


def test_a_time_drawn_as_a_line_of_its_own_inside_the_text_is_no_text():
    """Odoo's portal chatter: each message (named as a message, read whole as its text) opens
    with the writer's heading and "Published on <date>" in a paragraph of its own."""

    def message(number: int, name: str, when: str, text: str) -> str:
        return (
            f'<div class="o_portal_chatter_message" id="message-{number}"><div '
            f'class="o_portal_chatter_message_title"><h5>{name}</h5><p '
            f'class="o_portal_chatter_published_date">Published on {when}</p></div><p>{text}</p>'
            "</div>"
        )

    page = parse_page(
        "<html><body><h1>Towpath closure</h1><p>The towpath between the locks will close "
        "for six weeks.</p><div id='discussion' class='o_portal_chatter'>"
        + message(1, "Gareth Lloyd", "03/13/2024 19:22:40", "Is the ride still at 9:00?")
        + message(2, "Ruth Okonjo", "03/14/2024 07:05:13", "Wharf Road is dangerous.")
        + "</div></body></html>",
        "odoo.html",
    )  # fmt: skip
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Gareth Lloyd", "2024-03-13T19:22:40", "Is the ride still at 9:00?"),
        ("Ruth Okonjo", "2024-03-14T07:05:13", "Wharf Road is dangerous."),
    ]


def test_a_reply_block_after_its_parent_behind_the_replys_own_anchor():
    """Drupal and Backdrop: `<article class="comment">`, then `<a id="comment-41"></a>` (the
    reply's anchor) and `<div class="indented">` holding the reply."""

    def comment(name: str, text: str) -> str:
        return (
            f'<article class="comment"><footer class="comment-meta"><p class="comment-author">'
            f'<span class="username">{name}</span></p><p class="comment-time">Sat, 12/05/2026 - '
            f'18:22</p></footer><div class="content"><div class="field-name-comment-body"><p>'
            f"{text}</p></div></div></article>"
        )

    page = parse_page(
        "<html><body><h1>Allotments open</h1><p>Twelve new plots open in spring.</p>"
        "<section class='comments' id='comments'><a id='comment-40'></a>"
        + comment("Linda Park", "Any raised beds?")
        + "<a id='comment-41'></a><div class='indented'>"
        + comment("millbrook_admin", "Yes, two of them.")
        + "</div><a id='comment-42'></a>"
        + comment("George", "A lottery is unfair.")
        + "</section></body></html>",
        "backdrop.html",
    )
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Linda Park", None),
        ("millbrook_admin", "Linda Park"),
        ("George", None),
    ]


def test_a_byline_labelled_in_another_language_names_the_writer_beside_its_time():
    """ "Kommentar von Uwe Brandt | 12.03.2024 08:15" in the comment's head: the label words
    that name a byline's writer are the same ones that mark a labelled byline (German, French,
    Dutch, ...), not only English "Posted by"."""
    html = """<html><head><title>Der Radweg kommt</title></head><body><article>
    <h1>Der Radweg kommt</h1><p>Der Gemeinderat hat am Dienstag den Bau des Radwegs entlang der
    Hauptstraße beschlossen. Die Arbeiten beginnen im Frühjahr.</p></article>
    <section class="discussion">
    <div class="comment"><div class="comment-head"><span>Kommentar von Uwe Brandt |
    12.03.2024 08:15</span></div><div class="comment-body"><p>Endlich! Darauf warten wir seit
    zehn Jahren.</p></div></div>
    <div class="comment"><div class="comment-head"><span>Réponse par Sabine K. | 12.03.2024
    09:40</span></div><div class="comment-body"><p>Hoffentlich wird er auch im Winter
    geräumt.</p></div></div></section></body></html>"""
    page = parse_page(html, "radweg.html")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Uwe Brandt", "2024-03-12T08:15"),
        ("Sabine K.", "2024-03-12T09:40"),
    ]
    assert page.comments[0].text.startswith("Endlich!")


def test_replies_in_a_tree_of_wrappers_of_one_kind_nest_under_their_parent():
    """DataLife Engine's comment tree: each comment in `<li class="comments-tree-item">`, its
    replies in an `<ol>` inside that `<li>`, the comment itself in a `<div>` beside the list."""

    def item(number, name, text, replies=""):
        return (
            f'<li class="comments-tree-item"><div id="comment-id-{number}"><div class="comment">'
            f'<span class="comment-author">{name}</span><div class="comment-text">{text}</div>'
            f"</div></div>{replies}</li>"
        )

    nested = '<ol class="comments-tree-list">' + item(3, "Ann", "Spinners, mostly.") + "</ol>"
    replies = '<ol class="comments-tree-list">' + item(2, "Bo", "What bait?", nested) + "</ol>"
    html = (
        "<html><head><title>Ice out on the lake</title></head><body><article><h1>Ice out on the "
        "lake</h1><p>The first open-water weekend drew hundreds of anglers to the lake.</p>"
        '</article><ol class="comments-tree-list">'
        + item(1, "Ann", "Caught four perch on Saturday.", replies)
        + item(4, "Cy", "Thanks for the report.")
        + "</ol></body></html>"
    )
    page = parse_page(html, "tree.html")
    by_id = {c.id: c for c in page.comments}
    assert [(c.author, by_id[c.parent].author if c.parent else None) for c in page.comments] == [
        ("Ann", None),
        ("Bo", "Ann"),
        ("Ann", "Bo"),
        ("Cy", None),
    ]


def test_replies_drawn_indented_in_em_nest_by_their_indent():
    """1C-Bitrix's blog: every comment a `div.blog-comment` side by side, a reply's depth only
    its `style="padding-left:2.5em"` (0em, 2.5em, 5em)."""

    def item(indent, name, text):
        return (
            f'<div class="blog-comment" style="padding-left:{indent}em;"><div '
            f'class="blog-comment-info"><span class="blog-author">{name}</span></div><div '
            f'class="blog-comment-content">{text}</div></div>'
        )

    html = (
        "<html><head><title>Hoverla trail</title></head><body><h1>Hoverla trail</h1><p>The trail "
        "from Zaroslyak was rebuilt this spring, with new steps on the steepest part.</p>"
        '<div class="blog-comments">'
        + item("0", "Olena", "Thanks for the detailed write-up!")
        + item("2.5", "Taras", "Is it fine with children?")
        + item("5", "Andriy", "Yes, if you start early.")
        + item("0", "Marta", "Mind the afternoon storms.")
        + "</div></body></html>"
    )
    page = parse_page(html, "bitrix.html")
    assert [c.reply_to for c in page.comments] == [None, "Olena", "Taras", None]


def test_a_comment_named_as_having_replies_is_one_comment_not_a_list():
    """ProcessWire: `<li class="CommentListItem CommentHasReplies">` holds its header, text and
    the list of its replies; "HasReplies" says what state it is in, not that it is a list."""

    def item(number, name, text, replies=""):
        has = " CommentHasReplies" if replies else ""
        return (
            f"<li id='Comment{number}' class='CommentListItem{has}'><p class='CommentHeader'>"
            f"Posted by {name} on Mar  9, 2024  9:1{number} AM</p><div class='CommentText'><p>"
            f"{text}</p></div>{replies}</li>"
        )

    replies = (
        "<ul class='CommentList CommentListReplies'>" + item(2, "Dennis", "Still there.") + "</ul>"
    )
    html = (
        "<html><head><title>The 1938 flood</title></head><body><h1>The 1938 flood</h1><p>The "
        "river rose nine feet overnight and took the east half of the bridge deck with it.</p>"
        "<h3>Comments</h3><ul class='CommentList'>"
        + item(1, "Margaret Ostrander", "My grandmother kept the clippings.", replies)
        + item(3, "Bill", "Great write-up.")
        + "</ul></body></html>"
    )
    page = parse_page(html, "processwire.html")
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Margaret Ostrander", None, "2024-03-09T09:11"),
        ("Dennis", "Margaret Ostrander", "2024-03-09T09:12"),
        ("Bill", None, "2024-03-09T09:13"),
    ]


def test_a_label_in_a_comments_header_is_not_its_text_and_a_handle_heads_a_quote():
    """Gitalk: "gt-comment-text" holds "发表于" (posted at) inside "gt-comment-header", the words
    are in "gt-comment-body"; a reply quotes with "> @name" over the quoted words."""

    def item(name, body):
        return (
            f'<div class="gt-comment"><div class="gt-comment-content"><div '
            f'class="gt-comment-header"><a class="gt-comment-username">{name}</a><span '
            f'class="gt-comment-text">发表于</span><span class="gt-comment-date">25 天前</span>'
            f'</div><div class="gt-comment-body markdown-body">{body}</div></div></div>'
        )

    html = (
        "<html><head><title>静态博客</title></head><body><h1>静态博客</h1><p>我把博客从 Hexo "
        "迁移到了自己写的生成器，构建时间从两分钟降到了十秒以内。</p><div class='gt-comments'>"
        + item("lin-yifan", "<p>模板引擎最后选的是哪个？</p>")
        + item(
            "wuhao1994",
            "<blockquote><p><a class='user-mention'>@lin-yifan</a><br>模板引擎最后选的是哪个？"
            "</p></blockquote><p>用的是 askama。</p>",
        )
        + "</div></body></html>"
    )
    page = parse_page(html, "gitalk.html")
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("lin-yifan", "模板引擎最后选的是哪个？", None),
        ("wuhao1994", "用的是 askama。", "lin-yifan"),
    ]


def test_a_byline_drawn_as_the_comments_title_is_not_its_text():
    """b2evolution: `<h4 class="evo_comment_title">Comment from: <span>Margaret P</span>
    [Visitor]</h4>` over `div.evo_comment_text`."""

    def item(number, name, text):
        return (
            f'<article class="evo_comment" id="comment_{number}"><h4 class="evo_comment_title">'
            f'Comment from: <span class="user">{name}</span> [Visitor]</h4><div '
            f'class="evo_comment_text"><p>{text}</p></div></article>'
        )

    html = (
        "<html><head><title>Raised beds</title></head><body><h1>Why I gave up on raised beds</h1>"
        "<p>After six seasons the boards rotted and the soil dried out every July, so this "
        "spring they went.</p><div class='evo_comments_container'>"
        + item(1, "Margaret P", "Same conclusion here after four years.")
        + item(2, "tom_allotment", "Carrots are the one use I keep.")
        + "</div></body></html>"
    )
    page = parse_page(html, "b2evo.html")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Margaret P", "Same conclusion here after four years."),
        ("tom_allotment", "Carrots are the one use I keep."),
    ]


def test_short_named_comments_indented_only_when_replies():
    """uCoz: `span.cMessage#cmt_txt_40` holds the words ("cmt", "txt": comment text), the
    entry `div.comEnt` carries `padding-left:20px` only when it is a reply."""

    def item(number, indent, name, text):
        return (
            f'<div class="comEnt" id="comEnt{number}" style="{indent}"><div class="cTop"><b>{name}'
            f'</b> <span class="cDate">(05.03.2024 14:1{number})</span></div><div '
            f'class="cMessage"><span class="cMessage" id="cmt_txt_{number}">{text}</span></div>'
            f"</div>"
        )

    html = (
        "<html><head><title>Сямозеро</title></head><body><h1>Сямозеро в начале марта</h1><p>Лёд "
        "держит, окунь берёт на балансир у северного берега, но у берега уже вода.</p><div "
        "id='allEntries'>"
        + item(1, "", "Сергей", "Были там в субботу.")
        + item(2, "padding-left:20px;", "Михалыч", "На какой глубине стояли?")
        + item(3, "", "Ольга", "Спасибо за отчёт.")
        + "</div></body></html>"
    )
    page = parse_page(html, "ucoz.html")
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Сергей", "Были там в субботу.", None),
        ("Михалыч", "На какой глубине стояли?", "Сергей"),
        ("Ольга", "Спасибо за отчёт.", None),
    ]


def test_a_theme_drawing_the_comment_in_a_blockquote_named_content_com():
    """PluXml: `<div class="comment level-1">`, the time then "- Monique a dit :" as loose
    text, the words in `<blockquote><p class="content_com">` (the comment's own box, quoting no
    one; "com" closing a name is "comment")."""

    def item(number, level, clock, name, text):
        return (
            f'<div id="c1-{number}" class="comment level-{level}"><div id="com-{number}"><small>'
            f'<a class="nbcom" href="#c1-{number}">#{number}</a> <time datetime="2024-03-05 '
            f'{clock}">mardi 05 mars 2024 - {clock}</time> - {name} a dit :</small><blockquote>'
            f'<p class="content_com type-normal">{text}</p></blockquote></div></div>'
        )

    html = (
        "<html><head><title>Le marché</title></head><body><h1>Le marché déménage</h1><p>Dès "
        "samedi, le marché s'installe place de la Mairie, plus grande et mieux desservie.</p>"
        + item(1, 0, "10:21", "Monique", "Enfin ! La place était trop petite.")
        + item(2, 1, "11:02", "Gérard L.", "Oui mais il n'y a aucune ombre.")
        + "</body></html>"
    )
    page = parse_page(html, "pluxml.html")
    assert [(c.author, c.text, c.reply_to, c.posted) for c in page.comments] == [
        ("Monique", "Enfin ! La place était trop petite.", None, "2024-03-05T10:21"),
        ("Gérard L.", "Oui mais il n'y a aucune ombre.", "Monique", "2024-03-05T11:02"),
    ]


def test_a_name_after_by_before_an_unnamed_headers_date():
    """FOSCommentBundle: "by Tom Ridley - March 11, 2025 18:22" as loose text in the comment's
    "metas", after its vote buttons and score, over its "body"."""

    def comment(number: int, who: str, when: str, text: str, replies: str = "") -> str:
        return (
            f'<div id="fos_comment_{number}" class="fos_comment_comment_show">'
            '<div class="fos_comment_comment_metas"><div class="fos_comment_comment_voting">'
            '<button class="fos_comment_comment_vote">+</button><div class="fos_comment_'
            f'comment_score">12</div></div> by {who} - {when}</div><div class="fos_comment_'
            f'comment_body">{text}</div><div class="fos_comment_comment_replies">{replies}'
            "</div></div>"
        )

    page = parse_page(
        "<html><body><h1>Climb resurfaced</h1><p>The road up the valley was resurfaced in "
        "time for the spring sportive, the council said.</p><div id='fos_comment_thread'>"
        "<h3>2 comments</h3>"
        + comment(381, "Tom Ridley", "March 11, 2025 18:22", "Rode it on Saturday.",
                  comment(384, "Hannah Brook", "March 11, 2025 19:05", "Tailwind, surely?"))
        + "</div></body></html>",
        "fos.html",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Tom Ridley", None, "2025-03-11T18:22"),
        ("Hannah Brook", "Tom Ridley", "2025-03-11T19:05"),
    ]


def test_replies_in_a_list_beside_the_comment_inside_a_thread_wrapper():
    """Confluence: `<li class="comment-thread">` holds the `<div class="comment">` and the `<ol
    class="comment-threads">` of its replies, each in a `comment-thread` of its own."""

    def thread(name: str, when: str, text: str, replies: str = "") -> str:
        return (
            f'<li class="comment-thread"><div class="comment"><div class="comment-header"><h4 '
            f'class="author"><a class="url fn">{name}</a></h4></div><div class="comment-body">'
            f'<div class="comment-content"><p>{text}</p></div><ul class="comment-actions">'
            f'<li class="comment-date"><a title="{when}"><span>{when}</span></a></li></ul></div>'
            f'</div><ol class="comment-threads">{replies}</ol></li>'
        )

    page = parse_page(
        "<html><body><h1>Office move</h1><p>We move to the Harbour Building on 1 April, and "
        "every team will have new desks on the third floor.</p><div id='comments-section'>"
        '<ol class="comment-threads top-level">'
        + thread("Megan Price", "Mar 07, 2025 11:26", "Will lockers be allocated?",
                 thread("Daniel Okafor", "Mar 07, 2025 14:02", "Yes, per person."))
        + thread("Tom Kowalski", "Mar 11, 2025 16:48", "Looking forward to it.")
        + "</ol></div></body></html>",
        "confluence.html",
    )  # fmt: skip
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Megan Price", None), ("Daniel Okafor", "Megan Price"), ("Tom Kowalski", None),
    ]  # fmt: skip


def test_the_comment_forms_heading_is_no_comment():
    """Kentico's blog: the form under the comments, headed "Leave comment", inside the page's
    one ASP.NET <form>, read as a comment of no one."""
    comment = (
        '<div class="Comment"><div class="CommentUserName"><span class="CommentUserName">{name}'
        '</span></div><div class="CommentDate"><span>{date}</span></div><div class="CommentText">'
        "<span>{text}</span></div></div>"
    )
    page = parse_page(
        "<html><body><form method='post'><h1>Carriage 4127 returns</h1><p>The restored "
        "carriage returns to service this weekend after two years in the workshop.</p>"
        "<div class='BlogComments'>"
        + comment.format(name="Alan Hesketh", date="13/03/2025 19:48:02", text="A superb job.")
        + comment.format(name="Joanne P", date="15/03/2025 16:40:55", text="How do I join?")
        + "<div class='BlogCommentForm'><h3 class='BlogLeaveCommentTitle'>Leave comment</h3>"
        "<table><tr><td><label>Your name:</label></td><td><input type='text' name='n'></td>"
        "</tr><tr><td><textarea name='c'></textarea></td></tr></table></div></div></form>"
        "</body></html>",
        "kentico.html",
    )  # fmt: skip
    assert [c.author for c in page.comments] == ["Alan Hesketh", "Joanne P"]


_UE_COMMENT = (
    "<article class='ue-c-comments__comment' id='comentario-{n}'><header class='ue-c-comments__"
    "header'><span class='ue-c-comments__number'>#{n}</span> <span class='ue-c-comments__author'>"
    "<a href='/usuarios/{name}.html'>{name}</a></span>{to}<time class='ue-c-comments__date' "
    "datetime='2024-03-10T23:4{n}+01:00'>10/03/2024 23:4{n}</time></header><div class="
    "'ue-c-comments__text'><p>{text}</p></div><footer><button>Responder</button></footer>"
    "</article>"
)


def test_a_comments_number_and_whom_it_answers_in_its_header_are_not_its_text():
    """Unidad Editorial's comments (Marca, El Mundo): "#3" and "en respuesta a <strong>Ana
    </strong>" in the header, and a removed comment's placeholder in Spanish."""
    to = "<span class='ue-c-comments__reply-to'>en respuesta a <strong>{}</strong></span>"
    page = parse_page(
        "<html><body><h1>El Girona remonta</h1><p>" + "El Girona sufrió más de lo previsto. " * 4
        + "</p><section class='ue-c-comments'><h2>Comentarios (4)</h2>"
        + _UE_COMMENT.format(n=1, name="AnaG", to="", text="Qué segunda parte, de verdad.")
        + _UE_COMMENT.format(n=2, name="verdi", to=to.format("AnaG"), text="El penalti es de "
                             "risa, siempre contra los mismos.")
        + _UE_COMMENT.format(n=3, name="pepe", to="", text="<em>Este comentario ha sido "
                             "eliminado por incumplir las normas de participación.</em>")
        + _UE_COMMENT.format(n=4, name="Laia", to=to.format("pepe"), text="Lo del eliminado "
                             "sobra, pero tampoco hace falta insultar.")
        + "</section></body></html>",
        "marca.html",
    )  # fmt: skip
    assert [(c.author, c.text) for c in page.comments] == [
        ("AnaG", "Qué segunda parte, de verdad."),
        ("verdi", "El penalti es de risa, siempre contra los mismos."),
        ("Laia", "Lo del eliminado sobra, pero tampoco hace falta insultar."),
    ]
    assert [c.reply_to for c in page.comments] == [None, "AnaG", "pepe"]


def test_comments_named_in_dutch_and_a_quote_headed_with_its_date():
    """Tweakers names its comments "reactie" ("reactieContainer", "reactieBody"): the site's
    own word for a comment; a reply quotes "Kraai schreef op woensdag 12 maart 2025 @ 09:52:"."""
    item = (
        "<div class='reactieContainer' id='r_{n}'><div class='reactie'><div class='reactieHeader'>"
        "<a class='userLink' href='/gallery/{n}/'>{name}</a> <time datetime='2025-03-12T09:{n}:18"
        "+01:00'>12 maart 2025</time></div><div class='reactieBody'>{text}</div><div "
        "class='reactieFooter'><a class='replyButton'>Reageer</a></div></div>{replies}</div>"
    )
    quote = (
        "<blockquote><div class='message-quote-div'><b><a href='#r_41'>Kraai</a> schreef op "
        "woensdag 12 maart 2025 @ 09:41:</b><br>Bellen werkt meestal wel.</div></blockquote>"
    )
    reply = item.format(n=52, name="Lord_F", replies="", text=quote + "Wie belt krijgt korting.")
    page = parse_page(
        "<html><body><h1>Ziggo verhoogt prijzen</h1><p>" + "Ziggo verhoogt de prijzen. " * 5
        + "</p><section id='reacties' class='reactiesSection'>"
        + item.format(n=41, name="Kraai", text="Bellen werkt meestal wel.", replies=
                      "<div class='reactieReplies'>" + reply + "</div>")
        + item.format(n=58, name="mrmrmr", text="Niet overal ligt glasvezel.", replies="")
        + "</section></body></html>",
        "tweakers.html",
    )  # fmt: skip
    assert [(c.author, c.text) for c in page.comments] == [
        ("Kraai", "Bellen werkt meestal wel."),
        ("Lord_F", "Wie belt krijgt korting."),
        ("mrmrmr", "Niet overal ligt glasvezel."),
    ]
    assert page.comments[1].reply_to == "Kraai"
