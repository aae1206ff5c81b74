"""Forum threads and comment lists named nothing like comments: posts found by their
repetition, the opening post as the article, quotes.

The pages are written here in the manner of forum software (phpBB, vBulletin), not copied: no
selector names them, and no word in their markup says "comment".
"""

from pathlib import Path

import pytest

from moderation.parse import parse_file, parse_page

_POST = """
<div id="p{id}" class="post bg{bg}"><div class="inner">
  <dl class="postprofile"><dt><a href="/member/{author}" class="username">{author}</a></dt>
    <dd class="profile-rank">Regular</dd><dd><strong>Posts:</strong> 412</dd>
    <dd><strong>Joined:</strong> Sat Feb 12, 2011 8:40 pm</dd></dl>
  <div class="postbody">
    <h3><a href="#p{id}">{subject}</a></h3>
    <ul class="post-buttons"><li><a href="/quote/{id}">Quote</a></li></ul>
    <p class="author">by <a href="/member/{author}" class="username">{author}</a> &raquo;
      <time datetime="{posted}">{posted}</time></p>
    <div class="content">{body}</div>
    <div class="signature">My other machine is an Amiga.</div>
  </div>
</div></div><hr class="divider">
"""


def _thread(*posts, extra=""):
    rendered = "".join(
        _POST.format(id=100 + n, bg=n % 2 + 1, subject=("Re: " if n else "") + "Recap or not?",
                     author=author, posted=f"2024-03-0{n + 1}T10:00:00+00:00", body=body)
        for n, (author, body) in enumerate(posts)
    )  # fmt: skip
    return f"""<html><head><title>Recap or not? - RetroBench Forums</title></head><body>
<div class="headerbar"><h1>RetroBench Forums</h1><p>Restoring classic computers</p></div>
<div id="page-body"><h2 class="topic-title">Recap or not?</h2>
<div class="pagination">3 posts &bull; Page 1 of 1</div>
{rendered}{extra}</div>
<div class="footer">Who is online: 4 guests. Powered by phpBB.</div></body></html>"""


OPENING = (
    "Picked up an old board on Sunday. It boots, but the picture rolls.<br><br>"
    "Is a full recap worth it?"
)
REPLY = "Try another power supply first. Those bricks are thirty years old."
QUOTING = (
    '<blockquote><div><cite><a href="/member/Zed">Zed</a> wrote: Tue Mar 05, 2024</cite>'
    "Try another power supply first.</div></blockquote>Good shout, I have a spare one."
)


def test_the_opening_post_is_the_article_and_the_replies_are_comments():
    page = parse_page(_thread(("kick13", OPENING), ("Zed", REPLY), ("kick13", QUOTING)), "t.html")
    assert page.title == "Recap or not?"  # the h1 is the forum's name; <title> has both
    assert page.article.startswith("Picked up an old board on Sunday.")
    assert page.article.endswith("Is a full recap worth it?")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Zed", "2024-03-02T10:00+00:00"),
        ("kick13", "2024-03-03T10:00+00:00"),
    ]
    assert page.comments[0].text == REPLY  # no subject line, buttons or signature
    quoting = page.comments[1]
    assert quoting.text == "Good shout, I have a spare one."  # the quote is Zed's, not this post's
    assert (quoting.reply_to, quoting.parent) == ("Zed", page.comments[0].id)


def test_a_reply_quoting_the_opening_post_answers_it_but_has_no_parent_comment():
    quoting_op = (
        '<blockquote data-quote="kick13">Is a full recap worth it?</blockquote>Not on that board.'
    )
    page = parse_page(_thread(("kick13", OPENING), ("Zed", quoting_op)), "t.html")
    assert [(c.text, c.reply_to, c.parent) for c in page.comments] == [
        ("Not on that board.", "kick13", None)
    ]


def test_an_article_with_bylined_teasers_keeps_its_article_and_has_no_comments():
    teasers = "".join(
        f'<li class="teaser"><a href="/s/{n}">Story {n}</a><span class="author">Reporter {n}'
        f'</span><time datetime="2024-03-0{n}">March {n}</time><p class="teaser-text">A short '
        f"summary of story {n}, with the reasons given and what happens next.</p></li>"
        for n in range(1, 5)
    )
    article = " ".join(["The council voted on the new budget after a long debate."] * 12)
    html = f"""<html><body><h1>Budget passes</h1><article><p>{article}</p></article>
    <ul class="more">{teasers}</ul></body></html>"""
    page = parse_page(html, "a.html")
    assert page.article.startswith("The council voted")
    assert page.comments == ()


def test_a_post_drawn_inside_a_blockquote_keeps_its_text_and_loses_only_the_quote():
    # vBulletin draws every post in <blockquote class="postcontent">, a quote of an earlier
    # post inside it under "Originally Posted by".
    def post(n, author, body):
        return f"""<li class="postbitlegacy postcontainer" id="post_{n}">
        <div class="posthead"><span class="postdate">
        <span class="date">03-2{n}-2024, 09:02 AM</span></span></div>
        <div class="userinfo"><div class="username_container"><a class="username" href="/m/{n}">
        <strong>{author}</strong></a><ul class="popupbody"><li>View Profile</li></ul></div></div>
        <div class="postbody"><div class="content"><div id="post_message_{n}">
        <blockquote class="postcontent restore">{body}</blockquote></div></div></div></li>"""

    quoted = (
        '<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container">'
        '<div class="bbcode_postedby">Originally Posted by <strong>Ray</strong></div>'
        '<div class="message">Check the downstream sensor.</div></div></div></div>'
        "Did that, it mirrors the upstream one."
    )
    html = f"""<html><head><title>Thread: P0420 again</title></head><body><ol id="posts">
    {post(1, "rusty", "The code came back after the new cat. What should I check first?")}
    {post(2, "Ray", "Check the downstream sensor. If it switches fast, the cat is bad.")}
    {post(3, "rusty", quoted)}</ol></body></html>"""
    page = parse_page(html, "v.html")
    assert page.article == "The code came back after the new cat. What should I check first?"
    assert [(c.author, c.text, c.reply_to, c.posted) for c in page.comments] == [
        ("Ray", "Check the downstream sensor. If it switches fast, the cat is bad.", None,
         "2024-03-22T09:02"),
        ("rusty", "Did that, it mirrors the upstream one.", "Ray", "2024-03-23T09:02"),
    ]  # fmt: skip


def test_a_comment_plugin_with_obfuscated_classes_gives_comments_and_no_opening_post():
    # Facebook's plugin names its classes "_3-8y" and "_5mdd": only the author and the time
    # are named ("UFICommentActorName", "UFISutroCommentTimestamp"); replies nest.
    def comment(name, text, utime, replies=""):
        return (
            f'<div class="_3-8y clearfix"><a class="UFICommentActorName" href="/{name}">{name}'
            f'</a><span class="_3-8z"> · Works at Example Ltd</span><span class="_5mdd">{text}'
            f'</span><div class="_2vq9"><a role="button">Like</a> · <a role="button">Reply</a>'
            f' · <abbr class="UFISutroCommentTimestamp" data-utime="{utime}" title="2w">2w</abbr>'
            f'</div><div class="_44ri">{replies}</div></div>'
        )

    reply = comment(
        "Tom Brandt", "Same here, the kolaches were the best in the county.", 1709650904
    )
    html = (
        '<html><head><title>Comments Plugin</title></head><body><div class="_4k-6">'
        + comment("Deb Hollis", "So sad. We bought every birthday cake there.", 1709648530, reply)
        + comment("Gary Pruitt", "Rent on Main Street has doubled in five years.", 1709650109)
        + "</div></body></html>"
    )
    page = parse_page(html, "plugin.html")
    assert page.article == ""  # a comment system's first comment opens no thread
    assert [(c.author, c.text, c.posted, c.reply_to) for c in page.comments] == [
        ("Deb Hollis", "So sad. We bought every birthday cake there.", "2024-03-05T14:22:10+00:00",
         None),
        ("Tom Brandt", "Same here, the kolaches were the best in the county.",
         "2024-03-05T15:01:44+00:00", "Deb Hollis"),
        ("Gary Pruitt", "Rent on Main Street has doubled in five years.",
         "2024-03-05T14:48:29+00:00", None),
    ]  # fmt: skip


def test_a_mybb_quote_dated_in_brackets_and_an_author_block_holding_a_rank():
    def post(n, author, body):
        return (
            f'<div class="post" id="post_{n}"><div class="author_information"><strong>'
            f'<a href="/member.php?uid={n}">{author}</a></strong><span class="smalltext">'
            f'Junior Member<br>Posts: 12</span></div><div class="post_head">'
            f'<span class="post_date">02-2{n}-2024, 09:48 PM</span></div>'
            f'<div class="post_body" id="pid_{n}">{body}</div></div>'
        )

    quoting = (
        '<blockquote class="mycode_quote"><cite><span> (02-21-2024, 09:48 PM)</span>gpio Wrote:'
        "</cite>Update the bootloader first.</blockquote>Updated it, the drive shows up now."
    )
    html = (
        '<html><head><title>NVMe HAT not detected</title></head><body><div id="posts">'
        + post(1, "gpio", "Update the bootloader first, there were detection fixes in January.")
        + post(2, "tomasz_k", quoting)
        + "</div></body></html>"
    )
    page = parse_page(html, "mybb.html")
    assert page.article == "Update the bootloader first, there were detection fixes in January."
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("tomasz_k", "Updated it, the drive shows up now.", "gpio")
    ]


def test_simple_machines_posts_in_a_form_with_dates_in_text_and_headers_over_quotes():
    def post(n, author, when, body):
        return (
            f'<div class="windowbg"><div class="post_wrapper"><div class="poster"><h4>'
            f'<a href="/index.php?action=profile;u={n}">{author}</a></h4><ul><li>Full Member</li>'
            f'<li>Posts: 312</li></ul></div><div class="postarea"><div class="keyinfo"><h5>'
            f'<a href="#msg{n}">Re: Timing belt</a></h5><div class="smalltext">&#171; on: '
            f'{when} &#187;</div></div><div class="post"><div class="inner" id="msg_{n}">'
            f"{body}</div></div></div></div></div>"
        )

    quoting = (
        '<div class="quoteheader"><a href="#msg1">Quote from: gazza_b on March 02, 2024, '
        '07:41:18 PM</a></div><blockquote class="bbc_standard_quote">Is it a DIY job?'
        "</blockquote>Realistic if you have the locking pins and a second pair of hands."
    )
    html = (
        '<html><body><div id="cookie_notice">This forum uses cookies to keep you logged in. By '
        "continuing to use the site you agree to this.</div><h1>Timing belt - DIY or garage?"
        '</h1><form id="quickModForm">'
        + post(1, "gazza_b", "March 02, 2024, 07:41:18 PM",
               "The belt is due at 98k miles. Is it a DIY job or should I pay a garage £450?")
        + post(2, "Dieselnut", "March 02, 2024, 08:05:52 PM", quoting)
        + "</form></body></html>"
    )  # fmt: skip
    page = parse_page(html, "smf.html")
    assert page.article.startswith("The belt is due at 98k miles.")
    assert [(c.author, c.text, c.reply_to, c.posted) for c in page.comments] == [
        ("Dieselnut", "Realistic if you have the locking pins and a second pair of hands.",
         "gazza_b", "2024-03-02T20:05:52"),
    ]  # fmt: skip


_BB_POST = """<li><div id="post-{id}" class="bbp-reply-header"><div class="bbp-meta">
  <span class="bbp-reply-post-date">October {day}, 2023 at 7:41 pm</span>
  <a href="#post-{id}" class="bbp-reply-permalink">#{id}</a>
  <span class="bbp-admin-links">
    <a href="?bbp_reply_to={id}" class="bbp-reply-to-link">Reply</a></span>
</div></div>
<div class="bbp-parent-topic-4412 post-{id} {kind} type-{kind} hentry">
  <div class="bbp-reply-author">
    <a class="bbp-author-link"><span class="bbp-author-name">{author}</span></a>
    <div class="bbp-author-role">Participant</div></div>
  <div class="bbp-reply-content"><p>{text}</p>{note}</div>
</div>{replies}</li>"""


def _bb(id, day, author, text, kind="reply", replies="", note=""):
    nested = f'<ul class="bbp-threaded-replies">{replies}</ul>' if replies else ""
    return _BB_POST.format(id=id, day=day, author=author, text=text, kind=kind,
                           replies=nested, note=note)  # fmt: skip


def test_a_threaded_forum_with_dated_headers_beside_its_posts_and_label_rows():
    """bbPress: each post's date in a header drawn before it inside an unnamed list item that
    also holds its replies; "Author | Posts" rows above and below the list; the first post
    named the topic; an edit note under a post."""
    edited = '<ul class="bbp-reply-revision-log"><li>This reply was modified by Col.</li></ul>'
    labels = ('<li class="bbp-{0}"><div class="bbp-reply-author">Author</div>'
              '<div class="bbp-reply-content">Posts</div></li>')  # fmt: skip
    posts = (
        _bb(1, 2, "Tony", "The trough by the top gate was dry on Sunday evening.", kind="topic")
        + _bb(2, 3, "Maureen", "Same on the bottom field by plot 41.",
              replies=_bb(3, 4, "Col", "The committee agreed it in August.", note=edited))
        + _bb(4, 5, "Gurpreet", "Could we get the water butt filled?")
    )  # fmt: skip
    html = (
        "<html><head><title>Troughs off early</title></head><body><h1>Troughs off early</h1>"
        f'<ul class="forums bbp-replies">{labels.format("header")}<li class="bbp-body">'
        f'<ul class="bbp-threaded-replies-root">{posts}</ul></li>{labels.format("footer")}</ul>'
        "<p>You must be logged in to reply to this topic.</p></body></html>"
    )
    page = parse_page(html.encode(), "topic.html")
    assert page.article == "The trough by the top gate was dry on Sunday evening."
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Maureen", None, "2023-10-03T19:41", "Same on the bottom field by plot 41."),
        ("Col", "Maureen", "2023-10-04T19:41", "The committee agreed it in August."),
        ("Gurpreet", None, "2023-10-05T19:41", "Could we get the water butt filled?"),
    ]
    assert page.comments[1].parent == page.comments[0].id


HELD_OUT = Path(__file__).parent / "fixtures" / "heldout" / "pages"


def test_a_forum_post_whose_writer_is_only_a_link_to_their_profile():
    """FluxBB (held-out set 6): no class names the writer, only the link to
    "profile.php?id=602", nor the time, a plain link in the post's heading; on Stack Exchange
    a link reading "@Orla Brannigan" in a comment's text is a mention, not its writer."""
    page = parse_file(HELD_OUT / "set6_b6_05.html")
    assert page.article.startswith("Since the 6.7 kernel landed in testing")
    assert [c.author for c in page.comments] == ["ferrous", "kestrel", "mvorn", "kestrel", "panko"]
    # the date in a plain link of the post's heading, not the writer's "Registered: 2019-03-02"
    assert page.comments[0].posted == "2024-02-11T20:15:33"
    answers = parse_file(HELD_OUT / "set5_b5_01.html")
    assert not any(c.author.startswith("@") for c in answers.comments)


_TOOLTIP_POST = """
<div class="row message">
  <div class="span2"><a class="kwho-user" href="/forum/user/{n}-{slug}">{author}</a></div>
  <div class="span10 message-published">
    <small class="text-muted"><span class="kdate hasTooltip" title="{posted}">{ago}</span>
      <a href="#{n}">#{n}</a></small>
    <div class="kmessage"><div class="horizontal-message">{body}</div></div>
    {note}
  </div>
</div>
"""


def test_a_post_dated_only_in_the_tooltip_of_a_relative_time_inside_a_time_named_wrapper():
    """Kunena: the post's whole column is named "message-published", which holds its text
    (no date line); the date is the tooltip of "2 weeks ago"; an edit note's date is not the
    post's."""
    posts = [
        ("Brian Talbot", "05 Mar 2024 21:14", "2 weeks ago", OPENING, ""),
        ("Sue Penrose", "05 Mar 2024 21:40", "2 weeks ago", REPLY, ""),
        (
            "tomh",
            "06 Mar 2024 13:48",
            "1 week ago",
            "Not on that board, it has tantalum caps.",
            '<div class="alert"><span>Last edit: 06 Mar 2024 13:50 by tomh.</span></div>',
        ),
    ]
    rendered = "".join(
        _TOOLTIP_POST.format(n=8812 + i, slug=a.lower().replace(" ", "-"), author=a, posted=p,
                             ago=ago, body=b, note=note)
        for i, (a, p, ago, b, note) in enumerate(posts)
    )  # fmt: skip
    page = parse_page(
        f"<html><body><h1>Recap or not?</h1><div class='topic'>{rendered}</div></body></html>",
        "k.html",
    )
    assert page.article.startswith("Picked up an old board on Sunday.")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Sue Penrose", "2024-03-05T21:40", REPLY),
        ("tomh", "2024-03-06T13:48", "Not on that board, it has tantalum caps."),
    ]


def test_replies_drawn_in_lists_inside_their_parents_list_items_answer_them():
    """Talkyard: abbreviated names ("dw-p" a post, "dw-p-by" its writer), the time only in
    the tooltip of "3 weeks ago" ("2024-04-02 19:12Z": a clock run into its zone), and each
    reply in a list inside its parent's list item, the posts themselves never nested."""

    def post(n, name, text, replies=""):
        return (
            f'<li class="dw-t" id="dw-t-{n}"><div class="dw-p" id="post-{n}">'
            f'<div class="dw-p-hd"><a class="dw-p-by" href="/-/users/{name}">{name}</a> '
            f'<span class="dw-p-at" title="2024-04-0{n} 19:1{n}Z">3 weeks ago</span></div>'
            f'<div class="dw-p-bd"><p>{text}</p></div></div>'
            + (f'<ol class="dw-res">{replies}</ol>' if replies else "")
            + "</li>"
        )

    opening = (
        '<div class="dw-p" id="post-1"><div class="dw-p-hd"><a class="dw-p-by" '
        'href="/-/users/jo">jo</a> <span class="dw-p-at" title="2024-04-01 09:00Z">a month '
        'ago</span></div><div class="dw-p-bd"><p>Should the club switch from paper logbooks '
        "to a shared online log this season? Tell us what you think.</p></div></div>"
    )
    thread = post(2, "bern", "Used one for two seasons, keep the paper too.",
                  post(3, "hat", "Did the tablet survive the cold?",
                       post(4, "bern", "In an insulated case, yes.")))  # fmt: skip
    thread += post(5, "tom", "Big yes from me, the handwriting is unreadable.")
    html = (
        f"<html><body><h1>Logbooks</h1><div class='dw-page'>{opening}"
        f"<ol class='dw-res'>{thread}</ol></div></body></html>"
    )
    page = parse_page(html, "talkyard.html")
    assert page.article.startswith("Should the club switch")
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("bern", None, "2024-04-02T19:12+00:00"),
        ("hat", "bern", "2024-04-03T19:13+00:00"),
        ("bern", "hat", "2024-04-04T19:14+00:00"),
        ("tom", None, "2024-04-05T19:15+00:00"),
    ]
    assert [c.parent for c in page.comments] == [None, "post-2", "post-3", None]


def test_posts_with_hashed_class_names_are_grouped_by_their_test_hook():
    """Class names hashed per element ("ut zf do", "ev tg qf") share nothing; the test hook
    (`data-testid="reply"`) and the link to the writer's "/@handle" page name the posts."""
    hashes = iter(["ut zf", "ev tg", "kq ei", "mn cs", "va gg", "yv ik"])

    def reply(name, day, text):
        return (
            f'<div class="{next(hashes)}" data-testid="postItem"><div class="{next(hashes)}">'
            f'<a href="/@{name.lower()}?source=post_page"><p class="be b">{name}'
            f'</p></a><a href="/@{name.lower()}/7e3a"><p class="be dt">Mar {day}, 2024</p></a>'
            f"</div><p>{text}</p></div>"
        )

    html = (
        "<html><body><h1>Recap or not?</h1><div class='qm'>"
        + reply("Kenji", 5, "Picked up an old board on Sunday and the picture rolls. Recap it?")
        + reply("Ella", 6, "Try another power supply first, those bricks are thirty years old.")
        + reply("Marcus", 8, "Seconded, the supply is the usual suspect on these boards.")
        + "</div></body></html>"
    )
    page = parse_page(html, "hashed.html")
    assert page.article.startswith("Picked up an old board")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Ella", "2024-03-06"),
        ("Marcus", "2024-03-08"),
    ]


def test_an_imageboard_thread_with_its_opening_post_and_replies_by_post_number():
    """4chan: every post's text is a <blockquote class="postMessage"> (its text, not a quote),
    the opening one in a "post op", the replies in "post reply"s; a reply's ">>number" line
    names the post it answers; a ">" line quotes it; a file's caption ("fileText") is no
    post; the time is the epoch in data-utc (the printed "12/03/26(Thu)" reads both ways)."""

    def post(number, kind, utc, text, file=""):
        return (
            f'<div class="postContainer {kind}Container" id="pc{number}">'
            f'<div id="p{number}" class="post {kind}">{file}'
            f'<div class="postInfo"><span class="nameBlock"><span class="name">Anonymous</span>'
            f'</span> <span class="dateTime" data-utc="{utc}">12/03/26(Thu)14:22:05</span> '
            f'<span class="postNum"><a href="#p{number}">No.</a>{number}</span></div>'
            f'<blockquote class="postMessage" id="m{number}">{text}</blockquote></div></div>'
        )

    file = '<div class="file"><div class="fileText">File: map.jpg (211 KB, 1024x768)</div></div>'
    html = (
        "<html><body><div class='boardTitle'>/news/ - Current News</div><div class='thread'>"
        + post(100, "op", 1796325725, "Regulator says the utility sat on warnings for months."
               "<br><br>The hearing is on the 17th.")
        + post(101, "reply", 1796325821, '<a href="#p100" class="quotelink">&gt;&gt;100 (OP)'
               "</a><br>A squirrel. They are going with the squirrel.", file)
        + post(102, "reply", 1796326196, '<a href="#p101" class="quotelink">&gt;&gt;101</a>'
               '<br><span class="quote">&gt;going with the squirrel</span><br>Four readings '
               "in a row is a different story.")
        + "</div></body></html>"
    )  # fmt: skip
    page = parse_page(html, "thread.html")
    assert " ".join(page.article.split()) == (
        "Regulator says the utility sat on warnings for months. The hearing is on the 17th."
    )
    assert [(c.reply_to, c.parent, c.posted, c.text) for c in page.comments] == [
        ("Anonymous", None, "2026-12-03T19:23:41+00:00",
         "A squirrel. They are going with the squirrel."),
        ("Anonymous", "p101", "2026-12-03T19:29:56+00:00",
         "Four readings in a row is a different story."),
    ]  # fmt: skip


def test_a_quote_named_run_together_and_led_by_a_link_to_the_quoted_comment():
    """Fark: a reply opens with <div class="cquote"><a href="#c117">TheMightyKlaw</a>: <span
    class="cquoteText">...</span></div>, the quote's class a word run into "quote" and its
    writer a link to the comment quoted; the quote is neither the reply's text nor a comment."""

    def comment(cid, name, when, text):
        return (
            f'<div class="ctable" id="ctable_{cid}"><table class="ctable" id="c{cid}"><tbody>'
            f'<tr><td class="clogin"><a href="/users/{name}" class="comment_username">{name}</a>'
            f'</td><td class="ctimestamp"><a href="#c{cid}">{when}</a></td></tr>'
            f'<tr><td class="ctext" colspan="2">{text}</td></tr></tbody></table></div>'
        )

    quote = (
        '<div class="cquote"><a href="#c117" class="cquoteLink">Klaw</a>: '
        '<span class="cquoteText">I was promised a Florida tag. This is fraud.</span></div>'
    )
    html = (
        "<html><body><h1>Man returns stolen mower to the same store</h1>"
        '<div id="commentsArea">'
        + comment(101, "ditty", "2021-09-14 10:41:03 AM", "He asked for the extended warranty.")
        + comment(117, "Klaw", "2021-09-14 10:43:27 AM", "I was promised a Florida tag. This is "
                  "fraud.")
        + comment(139, "Bump", "2021-09-14 10:44:58 AM", quote + "Minnesota is the Florida of "
                  "the Midwest.")
        + "</div></body></html>"
    )  # fmt: skip
    page = parse_page(html, "fark.html")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("ditty", None, "He asked for the extended warranty."),
        ("Klaw", None, "I was promised a Florida tag. This is fraud."),
        ("Bump", "Klaw", "Minnesota is the Florida of the Midwest."),
    ]
    assert page.comments[2].parent == page.comments[1].id


def test_posts_named_by_abbreviations_repeat_their_time_with_the_writer_beside_it():
    """El País: nothing named as a writer or a comment ("c_c_a", "c_c_t"), but every comment
    repeats a <time> with the writer's name just before it."""

    def comment(name, minute, text):
        return (
            f'<div class="c_c_i"><div class="c_c_h"><span class="c_c_a">{name}</span> '
            f'<time class="c_c_d" datetime="2025-02-04T13:{minute}+01:00">04 feb 2025</time>'
            f'</div><p class="c_c_t">{text}</p><div class="c_c_f"><a href="#">Responder</a>'
            "</div></div>"
        )

    said = "Llevo veinte años en hostelería y nadie registra mis horas, la ley no cambiará eso."
    writers = ["Marta R.", "jlopez_77", "Ciudadano", "Ana", "Pedro G.", "lucia_m"]
    html = (
        "<html><body><h1>La jornada laboral baja a 37,5 horas</h1><div class='a_c'><p>El Consejo "
        "de Ministros ha aprobado este martes el anteproyecto de ley que reduce la jornada "
        "laboral máxima de 40 a 37,5 horas semanales sin reducción de salario.</p><p>La norma "
        "obliga además a las empresas a llevar un registro horario digital que la Inspección de "
        "Trabajo podrá consultar en remoto.</p><p>La patronal no lo apoya y el Congreso todavía "
        "no ha fijado su posición.</p></div><div class='c_c'>"
        + "".join(comment(name, 10 + n, said) for n, name in enumerate(writers))
        + "</div></body></html>"
    )
    page = parse_page(html, "elpais.html")
    assert page.article.endswith("todavía no ha fijado su posición.")
    assert [(c.author, c.posted) for c in page.comments] == [
        (name, f"2025-02-04T13:{10 + n}+01:00") for n, name in enumerate(writers)
    ]
    assert {c.text for c in page.comments} == {said}


def test_a_thread_whose_date_stands_in_the_writers_line_is_read_whole():
    """phpBB's prosilver before <time>: "by <a class="username">hillwalker</a> » Mon Jan 08,
    2024 6:12 pm" is the writer's line and the date line at once. Undated, the posts were no
    thread: the opening post was lost and the replies read as the article."""

    def post(number: int, name: str, when: str, text: str) -> str:
        return (
            f'<div class="post bg{number % 2 + 1}" id="p{number}"><div class="inner"><div '
            f'class="postbody"><p class="author">by <a class="username">{name}</a> &raquo; '
            f'{when}</p><div class="content">{text}</div></div></div></div>'
        )

    page = parse_page(
        "<html><head><title>Best hiking boots for wet weather? - Outdoors Forum</title></head>"
        '<body><div id="page-body"><h2 class="topic-title">Best hiking boots for wet weather?'
        "</h2>"
        + post(1, "hillwalker", "Mon Jan 08, 2024 6:12 pm",
               "I'm planning a trip to the Lakes in March and need boots that stay dry.")
        + post(2, "Mossy Stone", "Mon Jan 08, 2024 7:30 pm",
               "Get something with a membrane and re-proof them every season.")
        + post(3, "trailmix", "Tue Jan 09, 2024 9:05 am",
               "I've had the same leather boots for six years and they never leak.")
        + "</div></body></html>",
        "boots.html",
    )  # fmt: skip
    assert page.article.startswith("I'm planning a trip to the Lakes")
    assert [(c.author, c.posted, c.text[:20]) for c in page.comments] == [
        ("Mossy Stone", "2024-01-08T19:30", "Get something with a"),
        ("trailmix", "2024-01-09T09:05", "I've had the same le"),
    ]


@pytest.mark.parametrize(
    ("label", "name"),
    [("Цитата: Андрей", "Андрей"), ("Zitat von Andrej:", "Andrej"), ("Cita de Andrej:", "Andrej")],
)
def test_a_quote_headed_by_its_label_and_name_in_another_language(label, name):
    """DataLife Engine: `<div class="title_quote">Цитата: Андрей</div><div class="quote">`."""
    html = (
        "<html><head><title>Ice out</title></head><body><h1>Ice out</h1><p>The lake is open "
        "again after a long winter, and anglers were out early.</p><div class='comments'>"
        f"<div class='comment'><span class='author'>{name}</span><div class='comment-text'>"
        "The wind picks up after noon.</div></div>"
        "<div class='comment'><span class='author'>Bo</span><div class='comment-text'>"
        f"<div class='title_quote'>{label}</div><div class='quote'>The wind picks up after "
        "noon.</div>Golden words.</div></div></div></body></html>"
    )
    page = parse_page(html, "dle.html")
    assert (page.comments[1].text, page.comments[1].reply_to) == ("Golden words.", name)


_TIEBA_POST = (
    "<div class='l_post j_l_post'><div class='d_author'><ul class='p_author'><li class='d_name'>"
    "<a class='p_author_name j_user_card' href='/home/main?id={n}'>{name}</a></li></ul></div>"
    "<div class='d_post_content_main'><div class='p_content'><div class='d_post_content'>{text}"
    "</div></div><div class='core_reply j_lzl_wrapper'><div class='core_reply_tail'>"
    "<span class='tail-info'>{n}楼</span><span class='tail-info'>2024-03-05 21:{n}5</span>"
    "</div>{replies}</div></div></div>"
)
_TIEBA_REPLY = (
    "<li class='lzl_single_post j_lzl_s_p'><div class='lzl_cnt'><a class='at j_user_card' "
    "href='/home/main?un={name}'>{name}</a>: <span class='lzl_content_main'>{text}</span>"
    "<div class='lzl_content_reply'><span class='lzl_time'>2024-3-5 {time}</span>"
    "<a href='#' class='lzl_s_r'>Reply</a></div></div></li>"
)


def test_replies_listed_under_a_post_are_not_that_posts_text():
    """Tieba draws a floor's short replies inside it, in a "core_reply_content" that reads
    like a comment's text; it holds each reply's writer and time, so it is a list of comments,
    not one: the floors are the thread's posts, the first its article. (The replies themselves,
    named as posts but with their text in a "content_main", are not read yet.)"""
    replies = (
        "<div class='core_reply_wrapper'><div class='j_lzl_c_b_a core_reply_content'><ul>"
        + _TIEBA_REPLY.format(name="GreenThumbQing", time="21:41", text="Thanks! The top leaves "
        "look plump, so I will stop watering for now and watch it.")
        + _TIEBA_REPLY.format(name="OldZhang", time="21:52", text="Yes, wait until the soil is "
        "completely dry before you water it again.")
        + "</ul></div></div>"
    )
    page = parse_page(
        "<html><body><h3 class='core_title_txt'>My succulent's leaves went soft</h3><div>"
        + _TIEBA_POST.format(n=1, name="GreenThumbQing", replies="", text="I bought three "
        "succulents last month and water them once a week. Now the lower leaves of one are soft "
        "and fall off when touched. Too much water or too little?")
        + _TIEBA_POST.format(n=2, name="OldZhang", replies=replies, text="Old leaves at the "
        "bottom going soft is normal if the new ones on top are plump. If it spreads upwards, "
        "the roots are rotting: change the plastic pot for clay.")
        + _TIEBA_POST.format(n=3, name="PeachEgg", replies="", text="Peach eggs are delicate. "
        "Keep them out of the sun in summer and swap the peat for a gritty mix.")
        + "</div></body></html>",
        "tieba.html",
    )
    assert page.article.startswith("I bought three succulents")
    assert [c.author for c in page.comments] == ["OldZhang", "PeachEgg"]
    assert page.comments[0].text.endswith("change the plastic pot for clay.")


_WIKIDOT_POST = (
    "<div class='post-container' id='fpc-{n}'><div class='post' id='post-{n}'><div class='long'>"
    "<div class='head'><div class='title'>{title}</div><div class='info'><span class='printuser "
    "avatarhover'><a href='http://www.wikidot.com/user:info/{name}'>{name}</a></span> <span "
    "class='odate time_{epoch} format_%25e%20%25b'>{shown}</span></div></div><div class='content'>"
    "<p>{text}</p></div><div class='options'><a href='javascript:;'>Reply</a></div></div>"
    "<div class='short'><a class='unfold'>unfold</a> {title} by <span class='printuser'>{name}"
    "</span>, <span class='odate time_{epoch}'>{shown}</span></div>{replies}</div>"
)


def test_a_wikidot_discussion_of_a_wiki_page_is_its_readers_comments():
    """Wikidot (the SCP wiki's discussions): writers in "printuser", times in "odate" with the
    moment as a class ("time_1709589000", UTC); the thread discusses a wiki page and asks to
    "Add a New Comment", so its first post is a reader's comment, not an opening post."""
    reply = _WIKIDOT_POST.format(
        n=2, title="Re: Too hard at 2 players", name="Orla Brennan", epoch=1709626380,
        shown="5 Mar 2024, 08:13", replies="",
        text="You are not missing anything: for two players remove one archer.",
    )
    page = parse_page(
        "<html><body><div id='page-title'>Mossgate Keep</div><div class='forum-thread-box'>"
        "<div class='description-block'>This is the discussion related to the wiki page "
        "<a href='/mossgate-keep'>Mossgate Keep</a>.</div><div class='options'><a href='#'>Add a "
        "New Comment</a></div><div id='thread-container-posts'>"
        + _WIKIDOT_POST.format(
            n=1, title="Too hard at 2 players", name="kestrel-42", epoch=1709589000,
            shown="4 Mar 2024, 21:50", replies=reply,
            text="We tried this twice with two characters and got wiped in room two both times.",
        )
        + _WIKIDOT_POST.format(
            n=3, title="Solo run", name="wandering_sage", epoch=1710168240,
            shown="11 Mar 2024, 14:44", replies="",
            text="Ran it solo with three characters, took two tries; best scenario so far.",
        )
        + "</div></div></body></html>",
        "wikidot.html",
    )  # fmt: skip
    assert [(c.author, c.posted) for c in page.comments] == [
        ("kestrel-42", "2024-03-04T21:50+00:00"),
        ("Orla Brennan", "2024-03-05T08:13+00:00"),
        ("wandering_sage", "2024-03-11T14:44+00:00"),
    ]
    assert page.comments[0].text.startswith("We tried this twice")
    assert page.comments[1].parent == page.comments[0].id
