"""Issue-tracker threads (GitHub's markup, written here): the opening post is the article, a
timeline event is no comment, a code block is part of its comment, and a quote of an earlier
comment is left out of the reply that quotes it."""

from moderation.parse import parse_page
from moderation.parse.quoted import take_quoted_openings
from moderation.types import Comment


def _comment(gid: str, author: str, when: str, body: str) -> str:
    return f"""
<div class="TimelineItem js-comment-container">
  <div id="{gid}" class="timeline-comment-group TimelineItem-body">
    <div class="timeline-comment comment">
      <h3><a class="author" href="/{author}">{author}</a> commented <a class="js-timestamp">
        <relative-time datetime="{when}">{when[:10]}</relative-time></a></h3>
      <div class="d-block comment-body markdown-body js-comment-body">{body}</div>
    </div>
  </div>
</div>"""


def _event(text: str) -> str:
    return f'<div class="TimelineItem"><div class="TimelineItem-body">{text}</div></div>'


PAGE = f"""<html><head><title>Crash on empty config · Issue #41 · acme/tool</title></head><body>
<header role="banner"><a href="/">acme / tool</a></header>
<main><h1 class="gh-header-title"><span class="js-issue-title">Crash on empty config</span>
<span class="gh-header-number">#41</span></h1>
<div class="js-discussion">
{_comment("issue-900", "ann", "2024-02-19T08:03:41Z",
  "<p>The tool crashes at start when the config file is empty, with this message:</p>"
  "<div class='snippet-clipboard-content'><pre><code>panic: unexpected end of input at line 1"
  "</code></pre></div><p>I expected it to start with the defaults instead of crashing.</p>")}
{_comment("issuecomment-901", "bo", "2024-02-19T10:27:15Z",
  "<p>Reproduced on main: the loader never checks for an empty file before parsing it.</p>")}
{_event('<a class="author">bo</a> added the <a>bug</a> label '
        '<relative-time datetime="2024-02-19T10:28:00Z">Feb 19</relative-time>')}
{_comment("issuecomment-902", "cy", "2024-02-19T11:02:50Z",
  "<p>The same thing happens with the ignore file, which goes through that loader.</p>")}
{_comment("issuecomment-903", "ann", "2024-02-19T13:40:08Z",
  "<blockquote><p>The same thing happens with the ignore file, which goes through that "
  "loader.</p></blockquote><p>Good catch, then the check belongs in the loader itself.</p>")}
</div></main>
<footer>© 2024 GitHub, Inc. Terms Privacy</footer></body></html>"""  # fmt: skip


def test_an_issue_page_has_its_opening_post_as_article_and_its_comments_alone():
    page = parse_page(PAGE, "issue.html")
    assert page.title == "Crash on empty config"
    assert page.article.startswith("The tool crashes at start when the config file is empty")
    assert "panic: unexpected end of input" in page.article  # the code block is part of it
    assert page.article.endswith("instead of crashing.")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("bo", None, "Reproduced on main: the loader never checks for an empty file before "
         "parsing it."),
        ("cy", None, "The same thing happens with the ignore file, which goes through that "
         "loader."),
        ("ann", "cy", "Good catch, then the check belongs in the loader itself."),
    ]  # fmt: skip
    assert page.comments[2].parent == page.comments[1].id


def test_a_quote_is_taken_only_when_an_earlier_comment_holds_it_and_words_follow():
    earlier = Comment(id="1", author="cy", text="The loader never checks the file first.")
    quoting = Comment(id="2", author="ann", text="The loader never checks the file first.\nTrue.")
    assert [(c.text, c.reply_to, c.parent) for c in take_quoted_openings((earlier, quoting))][
        1
    ] == ("True.", "cy", "1")
    alone = Comment(id="2", author="ann", text="The loader never checks the file first.")
    unknown = Comment(id="2", author="ann", text="A passage nobody here ever wrote at all.\nNo.")
    short = Comment(id="2", author="ann", text="The loader\nIt does.")
    for comment in (alone, unknown, short):
        assert take_quoted_openings((earlier, comment))[1] == comment


def test_an_opening_quote_of_the_article_is_no_part_of_the_comment():
    """Habr: a reader quotes the post's sentence, then asks about it; no one is answered."""
    article = "The pack draws about 100 mA, so the battery lasts about a day. Then it sleeps."
    quoting = Comment(id="1", author="nemo", text="The pack draws about 100 mA, so the battery "
                      "lasts about a day.\nDid you measure that under load?")  # fmt: skip
    (taken,) = take_quoted_openings((quoting,), article)
    assert (taken.text, taken.reply_to, taken.parent) == (
        "Did you measure that under load?",
        None,
        None,
    )
    assert take_quoted_openings((quoting,), "Another story entirely, about trains.")[0] == quoting


def test_lists_and_code_beside_paragraphs_are_the_comments_text_and_metadata_is_not():
    page = parse_page(
        "<html><body><article><h1>Budget vote</h1><p>The council votes on the budget tonight "
        "after months of talks.</p></article><section id='comments'><div class='comment'>"
        "<div class='comment-meta'>ann · 2 hours ago</div><div class='comment-body'>"
        "<p>What they left out:</p><ul><li>the pool</li><li>the library hours</li></ul>"
        "<pre>total: 2.4m</pre><p>Shameful.</p></div></div></section></body></html>",
        "page.html",
    )
    assert [c.text for c in page.comments] == [
        "What they left out:\n\nthe pool\n\nthe library hours\n\ntotal: 2.4m\n\nShameful."
    ]


def _post(name: str, when: str, text: str) -> str:
    return f"""<li itemprop="itemListElement" itemscope itemtype="http://schema.org/Comment">
<meta itemprop="datePublished" content="{when}"><div itemprop="author" itemscope
itemtype="https://schema.org/Person"><a href="/user/{name}">{name}</a></div>
<div class="content" itemprop="text"><p>{text}</p></div></li>"""


def test_a_forum_topic_opens_with_its_first_post_though_notices_follow_the_posts():
    """The site's name drawn as an h1 in a link home is no headline; a notice after the posts
    ("connection lost", a sign-up prompt) is no story beside the opening post."""
    page = parse_page(
        '<html><head><title>Clock drift after 2.4 | Synth Forum</title></head><body>'
        '<nav><a href="/"><h1>Synth Forum</h1></a></nav><main><h1>Clock drift after 2.4</h1>'
        "<ul>"
        + _post("kestrel", "2024-03-04T19:22:00Z", "Since firmware 2.4 my sequencer drifts "
                "ahead of the host clock within a few bars. Anyone else seeing this?")
        + _post("vic", "2024-03-05T08:10:00Z", "Turn off clock smoothing, it is new in 2.4.")
        + _post("kestrel", "2024-03-05T09:00:00Z", "That was it, thanks a lot.")
        + "</ul><div class='alert alert-info'>Looks like your connection to Synth Forum was "
        "lost, please wait while we try to reconnect.</div><p>Hello! It looks like you're "
        "interested in this conversation, but you don't have an account yet. Register to "
        "follow topics and get notified of replies.</p></main></body></html>",
        "topic.html",
    )  # fmt: skip
    assert page.title == "Clock drift after 2.4"
    assert page.article.startswith("Since firmware 2.4 my sequencer drifts")
    assert [c.author for c in page.comments] == ["vic", "kestrel"]


def test_a_self_post_drawn_in_an_edit_form_is_the_article_and_its_flair_is_not():
    """Old Reddit draws a post's own text in a <form> with hidden fields only (a sign-in or
    comment form, with fields to fill, stays boilerplate); the headline line carries a flair."""
    page = parse_page(
        "<html><head><title>Is my starter dead?</title></head><body><div class='entry'>"
        "<p class='title'><a>Is my starter dead?</a> <span>Starter help (self.Sourdough)</span>"
        "</p><p class='tagline'>submitted 5 hours ago by crumb</p>"
        "<form class='usertext'><input type='hidden' name='thing_id' value='t3_1'>"
        "<div class='md'><p>I keep my starter in the fridge and feed it once a week. This week "
        "it went nine days and smells of acetone.</p></div></form></div>"
        "<form class='login'><input type='text' name='user'><p>Log in to comment on this post "
        "and join the discussion with thousands of bakers.</p></form></body></html>",
        "post.html",
    )
    assert page.title == "Is my starter dead?"
    assert page.article == (
        "I keep my starter in the fridge and feed it once a week. This week it went nine days "
        "and smells of acetone."
    )


def test_a_question_after_a_dash_is_the_titles_own_not_a_site_name():
    page = parse_page(
        "<html><head><title>Timing belt on the 1.6 - DIY or garage?</title></head><body><p>The "
        "belt is at 98k miles and six years, so it is due whatever the mileage says.</p>"
        "</body></html>",
        "t.html",
    )
    assert page.title == "Timing belt on the 1.6 - DIY or garage?"
    named = parse_page(
        "<html><head><title>Timing belt on the 1.6 - Berlingo Owners Club</title></head><body>"
        "<p>The belt is at 98k miles and six years, so it is due.</p></body></html>",
        "t.html",
    )
    assert named.title == "Timing belt on the 1.6"


def test_a_forums_closing_notice_after_the_opening_post_is_not_its_text():
    page = parse_page(
        "<html><body><h1>Backups slow since last week</h1><p>My nightly backup went from twenty "
        "minutes to six hours and nothing changed on my side.</p><p>This topic was automatically"
        " closed 4 days after the last reply. New replies are no longer allowed.</p>"
        "</body></html>",
        "topic.html",
    )
    assert page.article == (
        "My nightly backup went from twenty minutes to six hours and nothing changed on my side."
    )


def test_a_writers_location_is_not_their_name_and_an_author_attribute_is():
    page = parse_page(
        "<html><body><h1>Homes approved on church fields</h1><p>Councillors approved 350 homes "
        "next to the church despite 1,200 objections from villagers.</p>"
        "<div id='comments'><div class='comment'><p class='user-info'><a class='js-usr'>"
        "Sensible Sue</a>, <span class='user-location'>Harrogate, United Kingdom</span>, "
        "<span class='js-time'>3 hours ago</span></p><p class='comment-body'>Twelve hundred "
        "objections and still approved.</p></div></div>"
        "<shreddit-comment author='harwick_mike' class='comment'><div slot='comment' "
        "class='comment-body'><p>Good, I have been doored twice there.</p></div>"
        "</shreddit-comment></body></html>",
        "page.html",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sensible Sue", "Twelve hundred objections and still approved."),
        ("harwick_mike", "Good, I have been doored twice there."),
    ]


def test_what_the_page_hides_a_timeline_event_and_a_sign_in_notice_are_no_comments():
    item = (
        "<div class='timeline-item comment'><a class='author'>{0}</a>"
        "<relative-time datetime='2024-04-09T1{1}:00:00Z'></relative-time>"
        "<div class='render-content'><p>{2}</p></div>"
        "<div class='raw-content gt-hidden'>{2} (raw)</div>"
        "<div class='profile' style='display: none'><div class='content'>Posts: 604</div></div>"
        "</div>"
    )
    page = parse_page(
        "<html><body><h1>Collection dates wrong</h1><p>Every address in Eastfield shows the "
        "wrong collection day since the route change on 2 April.</p><div class='timeline'>"
        + item.format("mattp", 1, "Confirmed, the council changed the CSV format.")
        + "<div class='timeline-item event'><a class='author'>mattp</a> <span class='text'>"
        "referenced this issue from a commit: parse by header name</span></div>"
        + item.format("rosa", 2, "That explains why Westfield still works.")
        + "<div class='timeline-item comment form'><div class='content'><div class='message'>"
        "Sign in to join this conversation.</div></div></div>"
        "<div class='d-none d-md-block'><p>Shown on wide screens.</p></div>"
        "</div></body></html>",
        "issue.html",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("mattp", "Confirmed, the council changed the CSV format."),
        ("rosa", "That explains why Westfield still works."),
    ]


def test_sign_in_notices_drawn_like_comments_are_none():
    from moderation.parse.layouts import SIGN_IN_PROMPT

    for notice in (
        "Sign in to join this conversation.",
        "You must be signed in to comment. Log in or sign up.",  # diaspora*
        "Please log in to reply",
    ):
        assert SIGN_IN_PROMPT.match(notice), notice
    assert not SIGN_IN_PROMPT.match("Signed in to comment on the first day, never again.x y z")
    assert not SIGN_IN_PROMPT.match(
        "Logged in this morning and the post was gone, still no reply from support."
    )


def test_a_site_name_after_a_bar_or_double_colon_leaves_og_title_and_a_dash_stays():
    def title(og):
        return parse_page(
            f"<html><head><meta property='og:title' content=\"{og}\"></head><body><p>The "
            "lock gates stay shut after a saved game is loaded, every time.</p></body></html>",
            "t.html",
        ).title

    assert title("Lock gates stuck after loading :: Narrowboat Life Discussions") == (
        "Lock gates stuck after loading"
    )
    assert title("Homes approved by council - despite 1,200 objections") == (
        "Homes approved by council - despite 1,200 objections"
    )


def test_an_email_reply_loses_its_quote_attribution_and_signature_and_names_whom_it_answers():
    from moderation.parse.quoted import take_email_quotes

    reply = Comment(
        id="2",
        author="Helen",
        text="Thanks, I will take it slowly. On 05/03/2024 15:05, Graham Oduya wrote:\n\n"
        "> Is the lower gate OK for low cars?\n\n...\n\nMr Darby filled the ruts. "
        "-- Helen Marsh Outreach Secretary, WDAS",
    )
    assert take_email_quotes((reply,))[0] == Comment(
        id="2",
        author="Helen",
        reply_to="Graham Oduya",
        text="Thanks, I will take it slowly.\n\nMr Darby filled the ruts.",
    )
    dashes = Comment(id="3", text="I think -- honestly -- that it works.")
    assert take_email_quotes((dashes,))[0] == dashes  # a dash in a sentence is no signature
    wide = Comment(id="4", text="＞車を手放した高齢者は\n病院の近くに引っ越せよ")
    assert take_email_quotes((wide,))[0].text == "病院の近くに引っ越せよ"  # 5ch's full-width ">"


def test_an_invision_topic_opens_with_its_first_post_and_leaves_signatures_and_citations_out():
    def post(number, name, when, text, first=""):
        return (
            f"<article id='elComment_{number}' class='cPost ipsComment {first}'>"
            f"<aside><h3 class='cAuthorPane_author'><a>{name}</a></h3></aside>"
            f"<time datetime='{when}'>{when[:10]}</time>"
            f"<div data-role='commentContent' class='ipsType_richText'>{text}</div>"
            "<div data-role='memberSignature'><div class='ipsType_richText'>"
            "<p>If it isn't weathered, it isn't finished.</p></div></div></article>"
        )

    citation = (
        "<blockquote class='ipsQuote' data-ipsquote=''><div class='ipsQuote_citation'>On "
        "3/5/2024 at 2:22 PM, Pete said:</div><div class='ipsQuote_contents'><p>Has anyone "
        "found a sealer that keeps the weathering?</p></div></blockquote>"
    )
    page = parse_page(
        "<html><body><h1>Weathering coal hoppers</h1><div class='cTopic'>"
        + post(1, "Pete", "2024-03-05T14:22:10Z", "<p>I finally weathered the rake of twelve "
               "hoppers with pan pastels. Has anyone found a sealer that keeps the "
               "weathering?</p>", first="cPost_first")
        + post(2, "Coalman", "2024-03-05T15:20:44Z", "<p>Welcome to the club.</p>")
        + post(3, "gwr_lass", "2024-03-05T16:05:12Z", citation + "<p>I stopped sealing.</p>")
        + "</div><p>Sign up for a new account in our community. It's easy!</p></body></html>",
        "topic.html",
    )  # fmt: skip
    assert page.article.startswith("I finally weathered the rake")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Coalman", None, "Welcome to the club."),
        ("gwr_lass", "Pete", "I stopped sealing."),
    ]


def test_a_discussion_titled_page_opens_with_its_first_post_though_posts_are_comments():
    """Flarum names its posts "CommentPost"; its headline is the "DiscussionHero-title"."""

    def post(number, name, text):
        return (
            f"<div class='PostStream-item' data-id='{number}'><article class='Post CommentPost'>"
            f"<h3 class='PostUser-name'><span class='username'>{name}</span></h3>"
            f"<time datetime='2024-03-05T1{number}:00:00+00:00'></time>"
            f"<div class='Post-body'><p>{text}</p></div></article></div>"
        )

    page = parse_page(
        "<html><body><header class='DiscussionHero'><h1 class='DiscussionHero-title'>First "
        "NEIPA: why so bitter?</h1></header><div class='PostStream'>"
        + post(1, "frank", "Brewed my first NEIPA and the bitterness is harsh, what went wrong?")
        + post(2, "hops", "Almost certainly hop burn from a long dry hop.")
        + post(3, "queen", "Agree with hops, and check your water profile.")
        + "</div></body></html>",
        "discussion.html",
    )
    assert page.article.startswith("Brewed my first NEIPA")
    assert [c.author for c in page.comments] == ["hops", "queen"]


def test_a_system_note_is_no_comment_but_a_comment_system_is_no_system_note():
    def note(number, name, text, system=False):
        kind = "note system-note" if system else "note note-comment"
        return (
            f"<li id='note_{number}' class='{kind} timeline-entry'><a class='author-name'>"
            f"{name}</a><time datetime='2024-03-0{number}T10:00:00Z'></time>"
            f"<div class='note-text'><p>{text}</p></div></li>"
        )

    page = parse_page(
        "<html><body><h1>Crossing timings missing</h1><p>The nightly export has no rows for "
        "the Elm Street junction since the controller was replaced in February.</p>"
        "<div class='comment-system'><ul class='notes'>"
        + note(1, "Renata", "added the data-gap label", system=True)
        + note(2, "Tomasz", "Thanks for flagging, the junction was rebuilt last month.")
        + note(3, "Renata", "The cabinet on the corner has the new controller number on it.")
        + note(4, "Tomasz", "mentioned in merge request 142", system=True)
        + note(5, "Hyun", "The toucan crossing by the leisure centre is missing too.")
        + "</ul></div></body></html>",
        "issue.html",
    )
    assert [c.author for c in page.comments] == ["Tomasz", "Renata", "Hyun"]


def test_a_wiki_talk_page_reads_comments_between_discussiontools_marks():
    def comment(user, stamp, text, time, depth=0):
        body = (
            f"<span data-mw-comment-start='' id='c-{user}-{stamp}'></span>{text} "
            f"<a href='/wiki/User:{user}'>{user.replace('_', ' ')}</a> (<a>talk</a>) "
            f"<a class='ext-discussiontools-init-timestamplink'>{time}</a>"
            f"<span data-mw-comment-end='c-{user}-{stamp}'></span>"
        )
        return "<dl><dd>" * depth + body + "</dd></dl>" * depth if depth else f"<p>{body}</p>"

    page = parse_page(
        "<html><body><h1>Talk:Wexcombe bypass</h1><table class='tmbox'><tr><td>This article is "
        "within the scope of WikiProject UK Roads, a collaborative effort to improve the "
        "coverage of roads in the United Kingdom on Wikipedia.</td></tr></table>"
        "<h2>Cost figure in infobox</h2>"
        + comment("Fenland_Surveyor", "20240304091400", "The infobox gives £118 million.",
                  "09:14, 4 March 2024 (UTC)")
        + comment("Kestrel73", "20240304110200", "Support updating it, keep both figures.",
                  "11:02, 4 March 2024 (UTC)", depth=1)
        + comment("Fenland_Surveyor", "20240304114700", "Good point, I will add a sentence.",
                  "11:47, 4 March 2024 (UTC)", depth=2)
        + "</body></html>",
        "talk.html",
    )  # fmt: skip
    assert page.article == "The infobox gives £118 million."
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Kestrel73", "Fenland Surveyor", "2024-03-04T11:02+00:00",
         "Support updating it, keep both figures."),
        ("Fenland Surveyor", "Kestrel73", "2024-03-04T11:47+00:00",
         "Good point, I will add a sentence."),
    ]  # fmt: skip
    assert page.comments[1].parent == page.comments[0].id


def test_a_day_and_a_clock_drawn_apart_make_one_time():
    """HyperKitty: the date in one element, the clock in another with the full time in its
    tooltip; a day alone is kept when no clock on that day is drawn."""

    def mail(name, day, clock_title, text):
        return (
            f"<div class='email'><div class='email-author'><span class='name'><a>{name}</a>"
            f"</span></div><div class='email-date'><span class='date'>{day}</span>"
            f'<div class="time"><span title="{clock_title}">later</span></div></div>'
            f"<div class='email-body'>{text}</div></div>"
        )

    page = parse_page(
        "<html><body><h1>Star party access</h1><p>Please use the lower gate off Bridle Lane "
        "this time, the farmyard is being resurfaced.</p><section class='comments'>"
        + mail("Graham", "Tuesday, 5 March 2024", "Sender's time: March 5, 2024, 3:05 p.m.",
               "Is the lower gate fine for low cars?")
        + mail("Helen", "Tuesday, 5 March 2024", "no time given", "Take it slowly.")
        + "</section></body></html>",
        "list.html",
    )  # fmt: skip
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Graham", "2024-03-05T15:05"),
        ("Helen", "2024-03-05"),
    ]


_DISCUSSION_REPLY = """<div class="discussion-nested-comment-timeline-item js-comment-container">
<div class="d-flex"><img class="avatar" alt="@{who}"><div class="flex-1">
<h3><a class="author Link--primary" href="/{who}">{who}</a>
<a class="js-timestamp"><relative-time datetime="2024-04-11T1{n}:20:07Z">Apr 11</relative-time>
</a></h3>
<div class="edit-comment-hide js-edit-comment-hide"><table><tbody><tr>
<td class="d-block comment-body js-comment-body"><div class="markdown-body js-comment-body">
<p>{text}</p></div></td></tr></tbody></table></div></div></div></div>"""


def test_a_discussions_replies_wrapped_for_editing_keep_their_writers():
    """GitHub Discussions: each reply's text sits in "edit-comment-hide" and a "comment-body"
    cell, which name something done to the comment and its text, not the comment."""
    replies = "".join(
        _DISCUSSION_REPLY.format(n=n, who=who, text=text)
        for n, (who, text) in enumerate([
            ("priya-s", "Oh nice, that flag is not in the docs at all."),
            ("jmarlowe", "It is documented only in the changelog right now."),
        ])
    )  # fmt: skip
    html = (
        "<html><body><h1>Keep the tile cache between CI runs</h1>"
        "<p>We render static map previews for our docs in a GitHub Action every night.</p>"
        f'<div class="js-discussion-comment-replies">{replies}</div></body></html>'
    )
    page = parse_page(html.encode(), "discussion.html")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("priya-s", "2024-04-11T10:20:07+00:00"),
        ("jmarlowe", "2024-04-11T11:20:07+00:00"),
    ]
