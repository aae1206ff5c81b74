"""HTML layouts: WordPress and Disqus comment lists, and a generic article-only page."""

from pathlib import Path

import pytest

from moderation.errors import PageError
from moderation.parse import parse_file, parse_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_wordpress_comment_list():
    page = parse_file(PAGES / "wordpress.html")
    assert page.title == "Harbour ferry returns after winter repairs"
    assert page.article.startswith("The harbour ferry resumed its crossings on Monday")
    assert page.article.endswith("summer schedule from the first of May.")
    assert [c.id for c in page.comments] == ["comment-101", "comment-102", "comment-103"]
    first, reply, third = page.comments
    assert first.author == "Old Salt" and first.posted == "2024-03-04T09:15+00:00"
    assert first.text == "Finally! I missed my morning crossing.\n\nTwo paragraphs, just to check."
    assert (reply.author, reply.parent, reply.reply_to) == (
        "Deckhand Dee",
        "comment-101",
        "Old Salt",
    )
    assert reply.text == "Same here, the bus was no fun."
    assert (third.author, third.parent, third.posted) == ("Pier Watcher", None, "2024-03-05T19:40")


def test_wordpress_boilerplate_is_dropped():
    page = parse_file(PAGES / "wordpress.html")
    everything = page.article + "".join(c.text for c in page.comments)
    for phrase in (
        "By Mara Quinlan",
        "Photo:",
        "Leave a Reply",
        "Reply",
        "All rights reserved",
        "Home",
        "thoughts on",
        "says:",
    ):
        assert phrase not in everything, phrase


def test_disqus_thread():
    page = parse_file(PAGES / "disqus.html")
    assert page.title == "Library extends weekend hours"
    assert page.article.endswith("two thousand residents, officials said.")
    assert "Image credit" not in page.article
    texts = [c.text for c in page.comments]
    assert texts == [
        "About time, honestly.",
        "Agreed,\nSundays are the only day I can go.",
        "Who pays for the extra staff?",
    ]
    first, reply, third = page.comments
    assert first.author == "bookworm_77" and first.posted == "2024-04-09T18:30"
    assert (reply.author, reply.parent, reply.reply_to) == (
        "Quiet Reader",
        "post-5001",
        "bookworm_77",
    )
    assert third.posted is None and third.parent is None


def test_generic_page_has_main_text_and_no_comments():
    page = parse_file(PAGES / "generic.html")
    assert page.title == "Orchard growers report early bloom"
    assert page.comments == ()
    assert page.article.startswith("Apple and pear growers")
    assert page.article.endswith("largest in a decade.")
    for phrase in ("Most read", "Blossom on a pear", "Mill Street", "Farming"):
        assert phrase not in page.article


def test_html_is_recognised_without_a_suffix():
    page = parse_page((PAGES / "disqus.html").read_bytes(), "-")
    assert len(page.comments) == 3


def test_malformed_html_still_yields_its_text():
    page = parse_page(
        "<html><body><p>Unclosed paragraph with enough words here.<div><p>Second", "x.html"
    )
    assert page.article.startswith("Unclosed paragraph")


def test_html_without_text_is_a_page_error():
    with pytest.raises(PageError, match=r"x\.html: no article text or comments"):
        parse_page("<html><body><div><script>var a = 1;</script>", "x.html")


@pytest.mark.parametrize(
    ("head", "heading", "title"),
    [
        # A blog's name over the post, the <title> "Blog: Post".
        ("Along the Towpath: Stuck above Hatton", '<div id="header"><h1>Along the Towpath</h1>',
         "Stuck above Hatton"),
        # A site's logo heading, the <title> "Story - Site".
        ("Printer maker blocks toner - Slashdot",
         '<div role="banner"><h1 class="logo"><a href="/">Slashdot</a></h1>',
         "Printer maker blocks toner"),
        # The story's own header: the h1 is the headline whatever the <title> adds.
        ("Basil indoors? - Gardening", '<div class="question-header"><h1>Basil indoors?</h1>',
         "Basil indoors?"),
        # A forum's label before the thread's title.
        ("P0420 again - Civic Forum",
         '<div id="pagetitle"><h1>Thread: <span class="threadtitle">P0420 again</span></h1>',
         "P0420 again"),
        # An h1 holding only a link to the site's home page, written as a whole address.
        ("Ein Jahr Balkonkraftwerk - Aus dem Kraichgau",
         '<div><h1><a class="homelink1" href="https://www.example.de/">Aus dem Kraichgau</a></h1>',
         "Ein Jahr Balkonkraftwerk"),
        # A banner h1 that the <title> does not name beside a headline stays the title.
        ("Bridge repairs", '<div id="header"><h1>Daily Post</h1>', "Daily Post"),
        # A wiki's logo h1 and the page's own h1 below it, the <title> "Page [Site]".
        ("Vereinsausflug nach Bamberg [Wanderfreunde e.V.]",
         '<div id="header"><h1 class="logo"><a href="/doku.php?id=start">Wanderfreunde e.V.</a>'
         "</h1></div><div class='page'><h1>Vereinsausflug nach Bamberg</h1>",
         "Vereinsausflug nach Bamberg"),
    ],
)  # fmt: skip
def test_an_h1_naming_the_site_gives_way_to_the_headline_in_the_title(head, heading, title):
    html = f"<html><head><title>{head}</title></head><body>{heading}</div>"
    html += "<p>The canal was closed for repairs all week, the trust said.</p></body></html>"
    assert parse_page(html, "page.html").title == title


def test_a_story_written_as_loose_text_in_a_div_is_the_article_and_a_cookie_banner_is_not():
    story = (
        "An anonymous reader quotes a report: owners of office laser printers woke up to find "
        "an overnight firmware update had turned their third-party toner into paperweights."
    )
    html = f"""<html><body>
    <div class="cc-window cc-banner"><span class="cc-message">We use cookies on this site to
    improve your experience and to show relevant ads. By continuing to browse, you agree to our
    use of cookies.</span></div>
    <article class="fhitem"><header><h2>Printer maker blocks toner again</h2></header>
    <div class="body"><div class="p">{story}<br><br>The move follows a similar update in 2023
    that prompted a class action.</div></div></article></body></html>"""
    page = parse_page(html, "story.html")
    assert page.article.startswith("An anonymous reader quotes a report")
    assert page.article.endswith("prompted a class action.")
    assert "cookies" not in page.article


def test_a_consent_platform_banner_is_not_the_article_and_a_greeting_opens_it():
    """OneTrust names its banner "onetrust-banner-sdk", no word of cookies; a post opening
    "Hi all," keeps the greeting above its first sentence."""
    html = """<html><body>
    <div id="onetrust-banner-sdk" class="otFlat"><div id="onetrust-policy-text">We use these
    to make our community work and to improve your experience. You can choose which you
    accept.</div></div>
    <div class="topic"><h1>Hub drops every evening</h1>
    <div class="post-text"><p>Hi all,</p><p>For two weeks my hub has lost the line every
    evening at eight. Anyone else in the area?</p></div>
    <div class="comment"><span class="author">Tony</span>
    <div class="comment-text">Post your line stats, please.</div></div></div></body></html>"""
    page = parse_page(html, "post.html")
    assert page.article.startswith("Hi all,\n\nFor two weeks my hub")
    assert page.article.endswith("Anyone else in the area?")
    assert [c.text for c in page.comments] == ["Post your line stats, please."]


def test_a_listed_comment_without_an_author_element_takes_the_name_its_item_carries():
    html = """<html><body><h1>MIDI clock drifts after firmware 2.4</h1>
    <p>Since the update the clock drifts against Ableton by a few milliseconds a bar.</p>
    <ul component="topic"><li component="post" data-username="loopfolk"
    itemscope itemtype="http://schema.org/Comment"><div component="post/content"
    itemprop="text"><p>Same here on macOS 14.3.</p></div></li></ul></body></html>"""
    page = parse_page(html, "nodebb.html")
    assert [(c.author, c.text) for c in page.comments] == [("loopfolk", "Same here on macOS 14.3.")]


def test_comments_in_a_declarative_shadow_root_are_read():
    # A browser saves a web component's shadow DOM inline (Hyvor Talk); an HTML parser keeps
    # <template> content apart, where no selector would find it.
    comments = "".join(
        f'<div class="comment"><span class="comment-author">{name}</span>'
        f'<div class="comment-body"><p>{text}</p></div></div>'
        for name, text in [("Ann", "Lovely walk, thanks."), ("Bo", "The lock was closed.")]
    )
    html = (
        "<html><body><h1>Along the towpath</h1><p>We walked the canal from Hatton to Warwick "
        'on Sunday.</p><hyvor-talk-comments><template shadowrootmode="open"><section '
        f'class="comments">{comments}</section></template></hyvor-talk-comments></body></html>'
    )
    page = parse_page(html, "hyvor.html")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ann", "Lovely walk, thanks."),
        ("Bo", "The lock was closed."),
    ]
    assert page.article == "We walked the canal from Hatton to Warwick on Sunday."


_ISSUE_PAGE = """<html><head><title>Crossing lights stay red too long</title></head><body>
<main>
  <h1>Crossing lights stay red too long</h1>
  <div class="description"><p>The lights at the school crossing stay red for ninety
    seconds after the button is pressed.</p>
    <p>Could someone check the timing before term starts?</p></div>
  <ul class="labels"><li>signals</li><li>safety</li></ul>
  <div class="actions"><a>Share</a> <a>Report</a></div>
  <ol class="comment-list">
    <li class="comment" id="comment-1"><span class="comment-author">Ann Reyes</span>
      <div class="comment-body"><p>I timed it this morning: eighty seconds.</p></div></li>
    <li class="comment" id="comment-2"><span class="comment-author">Bo Lind</span>
      <div class="comment-body"><p>The controller was swapped in February.</p></div></li>
  </ol>
  <p>You must be logged in to reply to this topic.</p>
  <h3>Related</h3>
  <ul><li>Bus stop moved by the library by cyclist_kim, 01-09-2024</li>
      <li>Why are the lights on Elm Street never in sync? Everyone asks this every year.</li></ul>
</main></body></html>"""


def test_the_article_ends_before_the_comments_and_at_its_last_sentence():
    """What follows the comments (a sign-in notice, related threads, some of them whole
    sentences) and the labels and controls between the story and its comments are no story."""
    page = parse_page(_ISSUE_PAGE.encode(), "issue.html")
    assert [c.author for c in page.comments] == ["Ann Reyes", "Bo Lind"]
    assert page.article.startswith("The lights at the school crossing stay red")
    assert page.article.endswith("Could someone check the timing before term starts?")


def test_a_page_whose_comments_come_first_keeps_the_article_after_them():
    """Comments in a column before the story: nothing before them is a sentence, so the
    story after them is still the article."""
    html = _ISSUE_PAGE.replace("<main>", "<main><nav>Home</nav>").replace(
        '<div class="description">', '<div class="moved">'
    )
    comments_first = html.split("<ol")[0].split("<h1>")[0] + "<ol" + html.split("<ol", 1)[1]
    story = "<h1>" + html.split("<h1>", 1)[1].split("<ol")[0]
    page = parse_page(comments_first.replace("</main>", story + "</main>").encode(), "side.html")
    assert len(page.comments) == 2
    assert "ninety seconds" in page.article


@pytest.mark.parametrize(
    ("marked", "title"),
    [
        ("[PARKS-214] Replace faded trail signs", "Replace faded trail signs"),  # Jira
        ("18342 – Tide widget one hour late", "Tide widget one hour late"),  # Bugzilla
        ("Council maps its fruit trees (maps.example.gov.uk)", "Council maps its fruit trees"),
        ("2024 – the year in review", "2024 – the year in review"),  # a year, not a bug
        ("Why we left (and came back)", "Why we left (and came back)"),
    ],
)
def test_a_trackers_key_and_a_link_posts_domain_are_no_part_of_the_title(marked, title):
    page = parse_page(f"<html><h1>{marked}</h1><p>{_STORY_SENTENCE}</p></html>".encode(), "p.html")
    assert page.title == title


_STORY_SENTENCE = "The signs along the loop have faded so far that walkers miss the turn."


def test_a_paragraph_that_is_one_link_closing_the_article_is_not_its_text():
    html = (
        "<html><body><h1>Armory sold</h1><div class='entry-content'>"
        "<p>The council voted 5-4 to sell the armory for half its appraised value.</p>"
        "<p>Voters can draw their own conclusions. The second reading is May 10.</p>"
        "<p><a href='/files/appraisal.pdf'>Download the appraisal, January 2011 (PDF)</a></p>"
        "</div></body></html>"
    )
    page = parse_page(html, "post.html")
    assert page.article.endswith("The second reading is May 10.")
    inline = html.replace("<p><a href", "<p>See <a href")  # a sentence around a link stays
    assert parse_page(inline, "post.html").article.endswith("(PDF)")


def test_a_listed_layouts_comment_loses_the_like_button_drawn_inside_its_text():
    """WordPress.com: Jetpack draws "Like" and "Liked by 2 people" inside "comment-content"."""
    html = (
        "<html><body><h1>The allotment in October</h1><p>The leeks are in and the last of the "
        "beans are drying.</p><ol class='commentlist'><li class='comment' id='li-comment-1'>"
        "<article class='comment-body'><footer class='comment-meta'><div class='comment-author "
        "vcard'><b class='fn'>Margaret</b></div></footer><div class='comment-content'><p>Your "
        "leeks look wonderful!</p><p class='comment-likes'><a href='#'>Like</a><span>Liked by "
        "2 people</span></p></div></article></li></ol></body></html>"
    )
    page = parse_page(html, "wpcom.html")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Margaret", "Your leeks look wonderful!")
    ]


def test_the_verb_a_theme_prints_after_the_writers_name_is_not_the_name():
    def comment(number: int, name: str, says: str, text: str) -> str:
        return (
            f'<li class="comment depth-1" id="comment-{number}"><article itemprop="comment">'
            f'<header class="comment-header"><p class="comment-author" itemprop="author">'
            f'<span class="comment-author-name" itemprop="name">{name}</span> '
            f'<span class="says">{says}</span></p></header>'
            f'<div class="comment-content" itemprop="text"><p>{text}</p></div></article></li>'
        )

    page = parse_page(
        "<html><body><article><h1>How we paid off our loans</h1><p>When we got married we had "
        "$38,000 of student loans between us.</p><p>Here is what worked.</p></article>"
        '<ol class="comment-list">'
        + comment(1, "Jen Miller", "says", "Congrats you two!")
        + comment(2, "Mari Carmen", "dice:", "¡Enhorabuena!")
        + "</ol></body></html>",
        "genesis.html",
    )
    assert [c.author for c in page.comments] == ["Jen Miller", "Mari Carmen"]


def test_parts_named_only_in_microsofts_automation_ids():
    """SharePoint's comments name the writer and the text only in `data-automation-id`: the
    name was read as the text's first line and no comment had a writer."""
    item = (
        '<div class="comment_{kind}" data-automation-id="{kind}-item" data-comment-id="{id}">'
        '<div class="ms-Persona-primaryText" data-automation-id="comment-author">{name}</div>'
        '<div class="commentDate_c3" data-automation-id="comment-timestamp">{date}</div>'
        '<div class="commentText_a9" data-automation-id="comment-text"><p>{text}</p></div>'
        '<button data-automation-id="like-button">Like</button>{replies}</div>'
    )
    reply = item.format(
        kind="reply",
        id=58,
        name="Luis Ortega",
        date="March 12, 2024 at 3:10 PM",
        text="Yes, permits will be valid in Garage B from 6pm.",
        replies="",
    )
    root = item.format(
        kind="comment",
        id=57,
        name="Megan O'Connor",
        date="March 12, 2024 at 2:32 PM",
        text="Will night shift staff be able to use Garage B?",
        replies=reply,
    )
    html = (
        "<html><head><title>Parking</title></head><body><article><h1>Parking permits</h1>"
        "<p>From April, parking at the campus moves to a digital permit system for all staff."
        '</p></article><div data-automation-id="comments-list">' + root + "</div></body></html>"
    )
    page = parse_page(html.encode(), "news.html")
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Megan O'Connor", "Will night shift staff be able to use Garage B?", None),
        ("Luis Ortega", "Yes, permits will be valid in Garage B from 6pm.", "Megan O'Connor"),
    ]


def test_a_schema_org_comment_whose_time_only_a_class_names():
    """Textpattern marks text and writer in microdata but the time only by its class."""
    item = (
        '<li class="comments" itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<div itemprop="text"><p>{text}</p></div><p class="footnote">'
        '<span itemprop="author">{name}</span> &#183; <span class="comment-time">{when}</span>'
        "</p></li>"
    )
    html = (
        "<html><body><article><h1>Market moves</h1><p>The Saturday market moves to Station "
        "Lane in April while the square is repaved.</p></article><ol>"
        + item.format(text="Sorry to see it go.", name="Margaret", when="12 March 2024, 14:32")
        + item.format(text="Too far to walk.", name="Dev", when="12 March 2024, 16:10")
        + "</ol></body></html>"
    )
    page = parse_page(html.encode(), "market.html")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Margaret", "2024-03-12T14:32"),
        ("Dev", "2024-03-12T16:10"),
    ]


def test_comments_in_a_sections_content_box_with_the_date_and_name_in_one_line():
    """Gallery 3: "g-comments" holds "g-block-content", which holds the list of
    "g-comment-N"s; each shows "on 2025-Feb-10 08:14:22 <a>Name</a> said" over a plain div."""
    item = (
        '<li id="g-comment-{n}"><p class="g-author"><a href="#"><img class="g-avatar" '
        'alt="{who}" src="a.jpg"></a> on {when} <a href="#">{who}</a> said</p>'
        "<div>{text}</div></li>"
    )
    html = (
        "<html><body><h1>Snowy owl at Boundary Bay</h1><div id=\"g-item\"><div>Taken from the "
        "dyke trail just after sunrise on 9 February, with the long lens.</div></div>"
        '<div id="g-comments" class="g-block"><h2>Comments</h2><div class="g-block-content">'
        '<a href="#comment-form" id="g-add-comment">Add a comment</a><div id="g-comment-detail">'
        "<ul>"
        + item.format(n=1203, who="Margaret Liu", when="2025-Feb-10 08:14:22",
                      text="Stunning detail in the feathers.")
        + item.format(n=1204, who="Dev Sandhu", when="2025-Feb-10 09:02:51",
                      text="Were there many people out there?")
        + "</ul></div></div></div></body></html>"
    )  # fmt: skip
    page = parse_page(html.encode(), "gallery.html")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Margaret Liu", "2025-02-10T08:14:22", "Stunning detail in the feathers."),
        ("Dev Sandhu", "2025-02-10T09:02:51", "Were there many people out there?"),
    ]


def test_a_subject_the_software_numbers_is_not_the_comments_text():
    """ikiwiki: each comment's subject is a link reading "comment 1", over its text."""
    item = (
        '<div class="comment" id="comment-{n}"><div class="comment-subject"><a href="./c{n}/">'
        'comment {n}</a></div><div class="inlinecontent"><p>{text}</p></div>'
        '<div class="comment-header">Comment by <span class="author">{who}</span> &mdash; '
        '<span class="date">Tue 11 Mar 2025 06:22:11 PM CET</span></div></div>'
    )
    html = (
        "<html><body><h1>A quieter home server</h1><p>I replaced the old tower with a small "
        'board last month, and here is how it went.</p><div id="comments">'
        + item.format(n=1, who="jonas", text="Nice write-up. Did you measure the idle power?")
        + item.format(n=2, who="mira", text="@jonas the old tower idled at 60 W.")
        + "</div></body></html>"
    )
    page = parse_page(html.encode(), "ikiwiki.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("jonas", None, "Nice write-up. Did you measure the idle power?"),
        ("mira", "jonas", "@jonas the old tower idled at 60 W."),
    ]


def test_a_task_page_whose_h1_is_the_projects_logo_and_name_over_titled_headers():
    """Kanboard: the h1 holds the logo and the project's name, <title> gives "Project > #128
    Task"; each comment's "comment-title" holds the writer's name and the date, not words."""
    item = (
        '<div class="comment" id="comment-{n}"><div class="comment-title"><div class="avatar">'
        '<div class="avatar-letter" title="{who}">{letter}</div></div><strong '
        'class="comment-username">{who}</strong><small class="comment-date">Créé le : {when}'
        '</small></div><div class="comment-content"><div class="markdown"><p>{text}</p></div>'
        "</div></div>"
    )
    html = (
        "<html><head><title>Les Jardins du Canal &gt; #128 Préparer la fête de printemps"
        '</title></head><body><header><h1><span class="logo"><a href="/?controller=Dashboard">'
        'K<span>B</span></a></span><span class="title"><a href="/?controller=Board">Les Jardins '
        'du Canal</a></span></h1></header><section id="task-summary"><h2>Préparer la fête de '
        'printemps</h2><div class="markdown"><p>Il faut réserver la salle et prévoir les '
        'plants pour la vente du samedi.</p></div></section><section id="comments">'
        '<div class="comments">'
        + item.format(n=41, who="sophie", letter="S", when="14/03/2025 18:22",
                      text="J’ai appelé la mairie ce matin, la salle est libre.")
        + item.format(n=42, who="karim", letter="K", when="14/03/2025 20:47",
                      text="@sophie OK pour le 5 avril alors.")
        + "</div></section></body></html>"
    )  # fmt: skip
    page = parse_page(html.encode(), "kanboard.html")
    assert page.title == "Préparer la fête de printemps"
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("sophie", None, "J’ai appelé la mairie ce matin, la salle est libre."),
        ("karim", "sophie", "@sophie OK pour le 5 avril alors."),
    ]


def test_a_headlines_own_permalink_mark_is_not_its_text():
    """VuePress: <h1><a class="header-anchor" href="#...">#</a> Headline</h1>."""
    page = parse_page(
        '<html><body><main><h1 id="moving"><a href="#moving" class="header-anchor">#</a> '
        "Moving the weather station to InfluxDB 2</h1><p>The little weather station on my "
        "balcony has been running on the same Raspberry Pi since 2019.</p></main></body></html>",
        "vuepress.html",
    )
    assert page.title == "Moving the weather station to InfluxDB 2"


def test_a_qa_pages_marked_answers_are_replies_when_its_comments_are_marked_too():
    """Question2Answer: the question's comments and each answer's comments are schema.org
    Comments, the answers schema.org Answers; a guest's name is plain text in its "who"."""

    def comment(text: str, who: str) -> str:
        return (
            '<div class="qa-c-list-item comment" itemscope itemtype="https://schema.org/Comment">'
            f'<div itemprop="text">{text}</div><span class="qa-c-item-who">'
            f'<span class="qa-c-item-who-pad">by </span><span class="qa-c-item-who-data">{who}'
            "</span></span></div>"
        )

    answer = (
        '<div class="qa-a-list-item answer" itemprop="suggestedAnswer" itemscope '
        'itemtype="https://schema.org/Answer"><div itemprop="text">{text}</div>'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<a href="../user/{who}" class="qa-user-link"><span itemprop="name">{who}</span></a>'
        '</span><div class="qa-a-item-c-list">{comments}</div></div>'
    )
    html = (
        '<html><body><div class="qa-q-view" itemscope itemtype="https://schema.org/Question">'
        "<h1>Why does my starter smell like nail polish?</h1><div itemprop=\"text\">It smells "
        "of acetone after two days on the counter. What am I doing wrong here?</div>"
        + comment("What flour are you feeding it now?", "anonymous")
        + '</div><div class="qa-a-list">'
        + answer.format(
            text="That smell is the starter telling you it is hungry.",
            who="crumbcoat",
            comments=comment("Thanks, I was feeding it once a day.", "Hanna_R"),
        )
        + "</div></body></html>"
    )
    page = parse_page(html.encode(), "q2a.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("anonymous", None, "What flour are you feeding it now?"),
        ("crumbcoat", None, "That smell is the starter telling you it is hungry."),
        ("Hanna_R", "crumbcoat", "Thanks, I was feeding it once a day."),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        '<span class="heading__kicker">Bridges</span><span class="visually-hidden">: </span>'
        '<span class="heading__title">Lorries barred from the old bridge</span>',
        'Lorries barred from the old bridge<br><span class="smallcopy">March 8, 2024 11:04 AM '
        '<a href="/rss">RSS feed for this thread</a></span>',
        '<span class="header-text">Lorries barred from the old bridge</span><div class="sub">'
        '<span class="tag-view">Closed, Resolved</span></div>',
        "[Council-discuss] Lorries barred from the old bridge",
    ],
)
def test_the_headline_without_its_kicker_status_date_or_list_label(heading):
    page = parse_page(
        f"<html><body><h1>{heading}</h1><p>The council closed the old bridge to lorries on "
        "Tuesday after engineers found corrosion in two supports.</p></body></html>",
        "bridge.html",
    )
    assert page.title == "Lorries barred from the old bridge"


def test_a_title_opening_with_the_sites_name_its_logo_gives():
    """No h1: <title> is "Site | Headline", and the logo's alt text says which part is the
    site's (Slashcode's SoylentNews)."""
    page = parse_page(
        "<html><head><title>Ridgeway News | Lorries barred from the old bridge</title></head>"
        '<body><div id="logo"><a href="/"><img src="logo.png" alt="Ridgeway News"></a></div>'
        "<h3>Lorries barred from the old bridge</h3><p>The council closed the old bridge to "
        "lorries on Tuesday after engineers found corrosion in two supports.</p></body></html>",
        "bridge.html",
    )
    assert page.title == "Lorries barred from the old bridge"


def test_microformats_comments_and_webmentions():
    """A static blog's replies in IndieWeb's microformats2 (webmention.io rendered at build
    time): each an `h-cite` with its `p-author h-card`, `dt-published` and `p-content`, and
    the likes' faces (`h-card` alone) over them no comment."""
    item = (
        '<li><article class="mention h-cite"><a class="p-author h-card u-url" href="{url}"><img '
        'class="u-photo" src="a.jpg" alt=""><strong class="p-name">{name}</strong></a> <time '
        'class="dt-published" datetime="{when}">15. Juni</time><div class="p-content"><p>{text}'
        '</p></div><a class="u-url" href="{url}/1">Original ansehen</a></article></li>'
    )
    html = (
        "<html><body><article class='h-entry'><h1 class='p-name'>Ein Jahr Balkonkraftwerk</h1>"
        "<div class='e-content'><p>Nach einem Jahr hat die Anlage 612 kWh erzeugt, mehr als "
        "erwartet.</p></div></article><section><h2>Webmentions</h2><a class='h-card' "
        "href='https://x.social/@kai' title='Kai Horn'><img src='k.jpg' alt='Kai Horn'></a><ol>"
        + item.format(url="https://chaos.social/@lena_s", name="Lena Schubert",
                      when="2025-06-14T21:12:00+02:00", text="Spannende Zahlen!")
        + item.format(url="https://tobiasrehm.de", name="Tobias Rehm",
                      when="2025-06-15T08:03:00+02:00", text="Danke für die Rechnung.")
        + "</ol></section></body></html>"
    )  # fmt: skip
    page = parse_page(html.encode(), "balkon.html")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Lena Schubert", "2025-06-14T21:12+02:00", "Spannende Zahlen!"),
        ("Tobias Rehm", "2025-06-15T08:03+02:00", "Danke für die Rechnung."),
    ]
    assert page.article == "Nach einem Jahr hat die Anlage 612 kWh erzeugt, mehr als erwartet."


def test_a_standfirst_under_the_headline_is_not_the_story():
    """A server-rendered widget's page with CSS-module classes: "Article_standfirst__Lk0Pz"
    over the story's first paragraph."""
    page = parse_page(
        "<html><body><article><h1>Ferry fares to rise 12%</h1><p class='Article_standfirst__Lk0"
        "Pz'>Peak single fares will go from $8.20 to $9.20 in May.</p><div><p>Commuters on the "
        "ferry will pay about 12 per cent more from May 1.</p><p>The council will discuss the "
        "fares on March 28.</p></div></article></body></html>",
        "ferry.html",
    )
    assert page.article.startswith("Commuters on the ferry")


def test_a_comment_list_drawn_like_wordpress_with_its_own_names_for_the_writer_and_replies():
    """An Astro theme's `ol.comment-list li.comment`: the writer in `<b class="name">`, a text
    of two paragraphs, replies in `ol.replies` (not WordPress's `ol.children`)."""

    def comment(number: int, name: str, paragraphs: list[str], replies: str = "") -> str:
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (
            f'<li class="comment" id="c-{number}"><div class="comment-head"><b class="name">'
            f'{name}</b> <time datetime="2026-12-04T09:1{number}:00Z">Dec 4</time></div>'
            f'<div class="comment-body">{text}</div>{replies}</li>'
        )

    reply = '<ol class="replies">' + comment(2, "Sam Ortega", ["Just the search box."]) + "</ol>"
    page = parse_page(
        "<html><body><h1>Moving the blog to Astro</h1><p>The new site ships 12 KB of script."
        "</p><section id='comments'><ol class='comment-list'>"
        + comment(1, "Priya N.", ["12 KB is wild.", "Did you keep any islands?"], reply)
        + "</ol></section></body></html>",
        "astro.html",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Priya N.", None, "12 KB is wild.\n\nDid you keep any islands?"),
        ("Sam Ortega", "Priya N.", "Just the search box."),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Сямозеро в начале марта - 5 Марта 2024 - Рыбалка в Карелии",
        "Сямозеро в начале марта | 05.03.2024 | Рыбалка в Карелии",
    ],
)
def test_a_date_set_after_the_headline_in_the_title_is_no_part_of_it(head):
    """uCoz writes <title> as headline, date, site; the page has no h1 to read instead."""
    html = (
        f"<html><head><title>{head}</title></head><body><div class='eTitle'>Сямозеро</div>"
        "<p>В минувшие выходные наша небольшая команда съездила на Сямозеро за окунем.</p>"
        "</body></html>"
    )
    assert parse_page(html, "ucoz.html").title == "Сямозеро в начале марта"


def test_without_an_h1_the_heading_that_opens_the_title_is_the_headline():
    """1C-Bitrix's blog: the post's title in an h2, <title> its words then the site's name with
    guillemets, which the site-name cut does not take."""
    html = (
        "<html><head><title>Маршрут на Говерлу: що змінилося — Блог клубу «Карпатські стежки»"
        "</title></head><body><div class='sidebar'><h3>Нові записи</h3></div>"
        "<h2 class='blog-post-title'><span>Маршрут на Говерлу: що змінилося</span></h2>"
        "<div class='blog-post-content'><p>Сезон на Говерлі офіційно відкрився, і цього року "
        "на найпопулярнішому маршруті з Заросляка є кілька змін, про які варто знати.</p></div>"
        "</body></html>"
    )
    assert parse_page(html, "bitrix.html").title == "Маршрут на Говерлу: що змінилося"


def test_class_names_and_ids_without_latin_letters_name_nothing_and_break_nothing():
    """Hatena Blog gives a post's headings ids in Japanese ("こね方"): read as no name (they
    were an empty list of words, and the parse crashed on its last word)."""
    html = (
        "<html><head><title>パンの焼き方</title></head><body><article><h1>パンの焼き方</h1>"
        "<div class='entry-content'><h3 id='こね方'>こね方</h3><p>生地は十分にこねてください。"
        "十分に休ませることが大切です。</p></div></article><div class='comment-box'>"
        "<ul class='comments'><li class='comment'><div class='comment-user-name'>id:taro</div>"
        "<p class='comment-content'>美味しそうですね。明日やってみます。</p></li></ul></div>"
        "</body></html>"
    )
    page = parse_page(html, "hatena.html")
    assert [c.text for c in page.comments] == ["美味しそうですね。明日やってみます。"]


def test_comment_parts_named_in_run_on_lower_case_and_a_heading_saying_who_wrote():
    """Nucleus CMS: "itemcomment", "commentbody", "commentinfo" (no separator between the
    words), the writer in a heading "<a>Pete H</a> wrote:", and a reply quoting an earlier
    comment inline ('Lorna M wrote: "..."') over its own words."""
    item = (
        "<div class='itemcomment id0'><h3><a href='mailto:x@example.net'>{name}</a> wrote:</h3>"
        "<div class='commentbody'>{text}</div><div class='commentinfo'>{date}</div></div>"
    )
    lorna = "Did you lengthen the approach? We found a sector plate a much better use of space."
    html = (
        "<html><head><title>Rebuilding the fiddle yard</title></head><body>"
        "<h2>Rebuilding the fiddle yard</h2><div class='contentitembody'><p>After three winters "
        "of derailments at the back of the shed, I finally pulled the whole fiddle yard out."
        "</p></div><div class='contentitemcomments'><h3>Comments</h3>"
        + item.format(name="Pete H", text="Birch ply is the way to go, it never moves.",
                      date="14/05/2024 10:12")
        + item.format(name="Lorna M", text=lorna, date="14/05/2024 12:47")
        + item.format(
            name="Dave K",
            text='Lorna M wrote: "We found a sector plate a much better use of space."<br><br>'
            "Sector plates are great until someone leans on one.",
            date="15/05/2024 21:06",
        )
        + "</div></body></html>"
    )  # fmt: skip
    page = parse_page(html, "nucleus.html")
    assert [c.author for c in page.comments] == ["Pete H", "Lorna M", "Dave K"]
    assert page.comments[2].text == "Sector plates are great until someone leans on one."
    assert page.comments[2].reply_to == "Lorna M"
    assert [c.posted for c in page.comments][0] == "2024-05-14T10:12"


def test_an_inline_quote_of_a_comment_in_french_is_taken_out():
    """Piwigo: 'Marc a écrit : « ... »' over the reply's own words, in the comment's text."""
    item = (
        "<li class='commentElement'><div class='description'><span class='commentAuthor'>{name}"
        "</span> - <span class='commentDate'>{date}</span><blockquote><div id='comment-{n}'>"
        "{text}</div></blockquote></div></li>"
    )
    html = (
        "<html><head><title>Le phare au coucher du soleil</title></head><body><h2>Le phare au "
        "coucher du soleil</h2><p class='imageComment'>Pris depuis la pointe, un soir de calme "
        "après deux jours de tempête sur la côte.</p><div id='comments'><h3>2 commentaires</h3>"
        "<ul class='commentsList'>"
        + item.format(n=1, name="Marc", date="Lundi 22 Avril 2024 19:04:51",
                      text="Superbe lumière. On sent le calme après la tempête de la veille.")
        + item.format(n=2, name="Solène", date="Jeudi 25 Avril 2024 18:26:09",
                      text="Marc a écrit : « On sent le calme après la tempête de la veille. »"
                      "<br><br>C'est exactement ça, j'y étais aussi.")
        + "</ul></div></body></html>"
    )  # fmt: skip
    page = parse_page(html, "piwigo.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments][1] == (
        "Solène", "Marc", "C'est exactement ça, j'y étais aussi."
    )


def test_a_media_heading_beside_the_comment_text_names_its_writer_and_time():
    """e107's Bootstrap theme: `<h4 class="media-heading"><a>name</a> <small>date</small></h4>`
    over a "comment-text" div in each "media-body"; a reply nested in a "media-list" below."""
    item = (
        "<li id='comment-{n}' class='media'><div class='media-body'><h4 class='media-heading'>"
        "<a href='/user.php?id.{n}'>{name}</a> <small class='text-muted'>{date}</small></h4>"
        "<div class='comment-text'>{text}</div></div>{replies}</li>"
    )
    reply = item.format(n=2, name="Marek_W", date="12 May 2024 - 20:47",
                        text="Agreed, but the first half was a disaster.", replies="")
    html = (
        "<html><head><title>Derby report</title></head><body><h1>Derby report</h1><p>The "
        "juniors brought a lot of energy to the second half, and the side came back to win.</p>"
        "<ul class='media-list' id='comments-container'>"
        + item.format(n=1, name="kibic_zrywu", date="12 May 2024 - 20:12",
                      text="Finally! The second half was a different game.",
                      replies=f"<ul class='media-list media-nested'>{reply}</ul>")
        + "</ul></body></html>"
    )  # fmt: skip
    page = parse_page(html, "e107.html")
    assert [(c.author, c.posted, c.reply_to) for c in page.comments] == [
        ("kibic_zrywu", "2024-05-12T20:12", None),
        ("Marek_W", "2024-05-12T20:47", "kibic_zrywu"),
    ]


def test_a_title_of_site_section_and_headline_gives_the_part_a_title_element_ends_with():
    """XOOPS writes <title> as site, module, story; the story's title span opens with its topic."""
    html = (
        "<html><head><title>Midori Net - News - Community bus adds weekday runs</title></head>"
        "<body><div class='item'><span class='itemTitle'><a href='#'>Transport</a> : Community "
        "bus adds weekday runs</span><p class='itemText'>The city will add six weekday runs "
        "to the community bus from October, the transport office said on Thursday.</p></div>"
        "</body></html>"
    )
    assert parse_page(html, "xoops.html").title == "Community bus adds weekday runs"


def _xoops_comment(anchor: int, name: str, time: str, text: str, rank: str = "") -> str:
    about = (
        f"<div class='comUserRank'><div class='comUserRankText'>{rank}</div></div>"
        "<div class='comUserStat'><span class='comUserStatCaption'>Joined:</span> 2016/3/5</div>"
        "<div class='comUserStat'><span class='comUserStatCaption'>Posts:</span> 231</div>"
        if rank
        else ""
    )
    return (
        "<table class='outer'><tr><th>Poster</th><th>Thread</th></tr>"
        f"<tr><td class='head'><a id='comment{anchor}'></a> {name}</td><td class='head'>"
        f"<div class='comDate'><span class='comDateCaption'>Posted:</span> {time}</div></td></tr>"
        f"<tr><td class='odd'>{about}</td><td class='odd'><div class='comTitle'>Re: Bus runs"
        f"</div><div class='comText'>{text}</div></td></tr></table>"
    )


def test_comments_in_tables_named_com_text_with_the_writer_in_the_time_row_and_spacer_cells():
    """XOOPS's nested comments: "comText", "comDate" (no comment word but "com"), the writer's
    name in the header row's other cell, their rank and post count beside the text, and a
    reply indented by an empty cell of a given width before its table."""
    indented = "<table><tr><td width='{w}'></td><td>{comment}</td></tr></table>"
    html = (
        "<html><body><h1>Community bus adds weekday runs</h1><p>The city will add six weekday "
        "runs to the community bus from October, the transport office said.</p>"
        + _xoops_comment(57, "kenta_s", "2024/9/12 12:47", "The morning runs will help.", "Regular")
        + indented.format(
            w=25,
            comment=_xoops_comment(59, "hanako", "2024/9/12 18:05", "Ours missed the bus too."),
        )
        + indented.format(
            w=50,
            comment=_xoops_comment(61, "yoko", "2024/9/13 7:22", "The 7:42 is new.", "Newbie"),
        )
        + _xoops_comment(63, "oyaji", "2024/9/14 9:03", "Weekends next, please.", "Regular")
        + "</body></html>"
    )
    comments = parse_page(html, "xoops.html").comments
    assert [(c.author, c.posted, c.text) for c in comments] == [
        ("kenta_s", "2024-09-12T12:47", "The morning runs will help."),
        ("hanako", "2024-09-12T18:05", "Ours missed the bus too."),
        ("yoko", "2024-09-13T07:22", "The 7:42 is new."),
        ("oyaji", "2024-09-14T09:03", "Weekends next, please."),
    ]
    assert [c.reply_to for c in comments] == [None, "kenta_s", "hanako", None]


def test_comments_named_so_each_with_its_text_in_a_blockquote_and_its_writer_in_a_cite():
    """Chyrp Lite's comment list: `li.comment` > `blockquote` (the comment, no quote of anyone)
    and `cite` (name, time), in an `<ol>` whose own `data-timestamp` is the newest comment's."""
    def item(number: int, name: str, day: str, text: str) -> str:
        return (
            f"<li id='comment_{number}' class='comment'><blockquote><p>{text}</p></blockquote>"
            f"<cite><strong>{name}</strong> on <a class='permalink' href='#comment_{number}'>"
            f"<time datetime='{day}'>{day}</time></a></cite></li>"
        )

    html = (
        "<html><body><article class='post'><h2 class='title'>Three weeks with a rye starter</h2>"
        "<p>I finally gave in and spent three weeks feeding a rye starter beside my wheat one, "
        "to see whether all the fuss about rye is justified.</p></article>"
        "<div class='comments' id='comments'><h3>Comments</h3>"
        "<ol class='comments' data-post_id='58' data-timestamp='2024-05-17 21:14:07'>"
        + item(231, "Hannah", "2024-05-14", "How did you start the rye one?")
        + item(232, "Tomasz", "2024-05-14", "Rye starters are so forgiving.")
        + item(234, "Ruth", "2024-05-15", "@Hannah I used a spoon of the wheat starter.")
        + "</ol></div></body></html>"
    )
    page = parse_page(html, "chyrp.html")
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Hannah", "How did you start the rye one?", None),
        ("Tomasz", "Rye starters are so forgiving.", None),
        ("Ruth", "@Hannah I used a spoon of the wheat starter.", "Hannah"),
    ]


def test_a_gallery_page_with_the_sites_name_in_its_h1_and_comments_in_header_rows():
    """Coppermine: the h1 is the site's name, which <title> closes with, the photo's title an h2
    that <title> opens with; each comment a table whose header row holds the name (with a
    no-break space after it) and, in another cell, "[21.05.24 um 20:14]"."""
    def comment(number: int, name: str, time: str, text: str) -> str:
        return (
            "<table class='maintable'><tr><td><table><tr>"
            f"<td class='tableh2'><strong>{name}</strong><a name='comment{number}'></a>&nbsp;</td>"
            f"<td class='tableh2'><span class='comment_date'>[{time}]</span></td></tr></table>"
            f"</td></tr><tr><td class='tableb'><div id='cbody{number}'>{text}</div></td></tr>"
            "</table>"
        )

    html = (
        "<html><head><title>Misty morning at the lake - Landscapes - Lake Photo Club</title>"
        "</head><body><h1>Lake Photo Club</h1><h2>Misty morning at the lake</h2>"
        "<p>Taken at six in the morning from the jetty, with the mist still on the water.</p>"
        "<div id='comments'>"
        + comment(5811, "Reinhold", "21.05.24 um 20:14", "The print hangs in the town hall.")
        + comment(5814, "Margit H.", "21.05.24 um 21:02", "The lone tree gives it a hold.")
        + "</div></body></html>"
    )
    page = parse_page(html, "coppermine.html")
    assert page.title == "Misty morning at the lake"
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Reinhold", "2024-05-21T20:14", "The print hangs in the town hall."),
        ("Margit H.", "2024-05-21T21:02", "The lone tree gives it a hold."),
    ]


def test_a_story_in_bem_named_parts_is_its_body_without_the_lead_and_meta():
    """A regional Russian site: "article__lead" (the standfirst) and "article__meta" beside
    "article__body", which alone is the story."""
    html = (
        "<html><body><article class='article'><h1 class='article__title'>Мост закроют по ночам"
        "</h1><div class='article__meta'><time>14 мая 2024, 09:30</time></div>"
        "<div class='article__lead'>Ремонт деформационных швов продлится до конца августа, "
        "движение будет ограничено с 23:00 до 5:00.</div>"
        "<div class='article__body'><p>С 1 июня на мосту через Волгу начнётся ремонт швов, "
        "сообщили в управлении дорожного хозяйства.</p><p>Работы будут вести только ночью.</p>"
        "</div></article></body></html>"
    )
    article = parse_page(html, "bem.html").article
    assert article.startswith("С 1 июня") and article.endswith("только ночью.")


def test_a_quote_under_a_replying_to_line_leaves_the_reply_text():
    """Trac's ticket changes: "Replying to <a>ksato</a>:" over a `blockquote.citation` of the
    comment answered; both leave the reply's text."""
    from selectolax.lexbor import LexborHTMLParser

    from moderation.parse.quotes import take_quotes

    body = LexborHTMLParser(
        '<div class="comment searchable"><p>Replying to <a class="ticket" href="#comment:2">'
        'ksato</a>:</p><blockquote class="citation"><p>Is this the same issue as #388?</p>'
        "</blockquote><p>Related, but not the same.</p></div>"
    ).css_first("div")
    assert take_quotes(body) == "ksato"
    assert " ".join(body.text().split()) == "Related, but not the same."


def test_a_chinese_group_topics_article_is_its_sentences_not_the_sites_menus():
    """A Douban-style group topic: the site's menus over it and the group's box beside it are
    words, not sentences; the topic's own paragraphs end in "。" or "？" and hold no spaces."""
    comment = (
        "<li class='clearfix comment-item'><div class='bg-img-green'><h4><a href='/people/{n}/'>"
        "{name}</a> <span class='pubtime'>2024-09-18 10:4{n}:17</span></h4></div>"
        "<div class='reply-doc content'><p class='reply-content'>{text}</p></div></li>"
    )
    page = parse_page(
        "<html><body><div class='nav'>豆瓣 读书 电影 音乐 同城 小组 阅读</div>"
        "<h1>在上海租房遇到黑中介，押金都不退，大家有什么办法吗</h1><div class='topic-content'>"
        "<h3><span class='from'>来自: <a href='/people/9/'>沪漂小陈</a></span> "
        "<span class='create-time'>2024-09-18 10:21:36</span></h3><div class='topic-richtext'>"
        "<p>去年九月通过一家中介在徐汇区租了一个单间，押一付三，押金4500。</p>"
        "<p>结果三个月过去了，打电话要么不接，要么说房东还没打款。</p>"
        "<p>请问有没有豆友遇到过类似情况，最后是怎么解决的？走小额诉讼靠谱吗？</p></div></div>"
        "<ul id='comments'>"
        + comment.format(n=1, name="小鱼干", text="小额诉讼很靠谱，我去年就是这么要回来的。")
        + comment.format(n=2, name="momo", text="楼上说的对，关键是证据，你有退房视频就稳了。")
        + "</ul><div class='group-board'><p>成员 286,104 · 小组管理员 阿杜</p></div>"
        "</body></html>",
        "douban.html",
    )
    assert page.article.startswith("去年九月通过一家中介")
    assert page.article.endswith("走小额诉讼靠谱吗？")
    assert [c.author for c in page.comments] == ["小鱼干", "momo"]


def test_a_wordpress_themes_comment_date_in_arabic():
    """Hespress's theme: a WordPress comment list whose date is a "comment-date" span, not a
    <time>, written with an Arabic weekday and month ("الإثنين 4 مارس 2024 - 19:12")."""
    item = (
        "<li class='comment' id='comment-{n}'><div class='comment-body'><div class='comment-head'>"
        "<span class='fn'>{name}</span><span class='comment-date'>{date}</span></div>"
        "<div class='comment-content'><p>{text}</p></div></div></li>"
    )
    page = parse_page(
        "<html><body><h1>أمطار الخير تنعش سد يوسف بن تاشفين</h1><p>"
        + "ارتفعت نسبة ملء السدود بعد التساقطات المطرية الأخيرة في جهة سوس ماسة. " * 3
        + "</p><ol class='comment-list'>"
        + item.format(n=1, name="ابن سوس", date="الإثنين 4 مارس 2024 - 19:12",
                      text="الحمد لله على نعمة المطر.")
        + item.format(n=2, name="Karim", date="الإثنين 4 مارس 2024 - 19:40",
                      text="Il faut arrêter de parler de sécheresse.")
        + "</ol></body></html>",
        "hespress.html",
    )  # fmt: skip
    assert [c.posted for c in page.comments] == ["2024-03-04T19:12", "2024-03-04T19:40"]


def test_a_wordpress_themes_writer_in_a_cite_in_the_comments_footer():
    """tagDiv's Newspaper theme: `<footer><img class=avatar> <cite>Rawle</cite> <time>`."""
    item = (
        "<li class='comment' id='li-comment-{n}'><article><footer><img class='avatar'>"
        "<cite>{name}</cite><a href='#c'><time datetime='2025-03-12T07:4{n}:09-04:00'>March 12, "
        "2025</time></a></footer><div class='comment-content'><p>{text}</p></div></article></li>"
    )
    page = parse_page(
        "<html><body><h1>Bridge closures extended</h1><p>" + "The bridge will close nightly. " * 5
        + "</p><ol class='comment-list'>"
        + item.format(n=1, name="Rawle", text="Every year is the same story with this bridge.")
        + item.format(n=2, name="Demerara Girl", text="The night minibuses do help.")
        + "</ol></body></html>",
        "stabroek.html",
    )
    assert [c.author for c in page.comments] == ["Rawle", "Demerara Girl"]


def test_a_name_in_bold_before_a_line_break_and_the_time():
    """emlog's comments: `<b>老猫</b><br /><span class="comment-time">`: nothing names the
    writer, whose name stands right before the time, a line break between."""
    item = (
        "<div class='comment' id='comment-{n}'><div class='comment-info'><b>{name}</b><br />"
        "<span class='comment-time'>2025-03-12 21:0{n}</span><div class='comment-content'>{text}"
        "</div><div class='comment-reply'><a href='#'>回复</a></div></div></div>"
    )
    page = parse_page(
        "<html><body><h1>NAS 折腾记</h1><p>"
        + "这台旧电脑改成了家里的 NAS，运行了一个月，很稳定。" * 3
        + "</p><div id='comments'>"
        + item.format(n=1, name="老猫", text="USB 硬盘盒做 RAID 确实容易出问题，建议再加个 UPS。")
        + item.format(n=2, name="zhang_wei", text="请问 Syncthing 在手机上耗电多吗？")
        + "</div></body></html>",
        "emlog.html",
    )
    assert [c.author for c in page.comments] == ["老猫", "zhang_wei"]


@pytest.mark.parametrize(
    "box",
    [
        # VilaWeb: a support box in Catalan, its heading naming the subscribers
        "<div class='caixa-subscripcio'><h3>VilaWeb és possible gràcies als seus subscriptors</h3>"
        "<p>Més de 25.000 persones fan possible un periodisme independent i en català. Fes-te’n "
        "subscriptor per 6 euros al mes.</p><a href='/subscripcions/'>Fes-te’n subscriptor</a>"
        "</div>",
        # La Voz de Galicia: a newsletter's blurb in Spanish
        "<div class='caja'><p><strong>Novedades de Vigo</strong> Recibe cada mañana en tu correo "
        "las noticias de Vigo y su área. <a href='#'>Apúntate</a></p></div>",
    ],
)
def test_a_support_or_newsletter_box_under_the_story_in_catalan_or_spanish(box):
    page = parse_page(
        "<html><body><h1>La Garrotxa estrena una xarxa de bicicletes</h1><article><p>El Consell "
        "Comarcal ha posat en marxa aquesta setmana una xarxa de bicicletes elèctriques.</p><p>Si "
        "l'experiència funciona, el consell vol estendre el servei a Besalú l'any vinent.</p>"
        + box + "</article></body></html>",
        "vilaweb.html",
    )
    assert page.article.endswith("a Besalú l'any vinent.")
