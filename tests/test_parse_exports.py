"""Comment exports: JSONL, CSV and JSON keep input order, ids, authors and parents."""

import json
from pathlib import Path

import pytest

from moderation.errors import PageError
from moderation.parse import parse_file, parse_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_jsonl_export():
    page = parse_file(PAGES / "comments.jsonl")
    assert (page.title, page.article) == (None, "")
    assert [c.id for c in page.comments] == ["j1", "j2", "j3", "j4"]
    first, reply, orphan, anonymous = page.comments
    assert first.author == "Rowan" and first.posted == "2024-02-01T08:00+00:00"
    assert (reply.parent, reply.reply_to) == ("j1", "Rowan")
    assert orphan.parent is None  # its parent is not in the export
    assert anonymous.author is None and anonymous.posted == "2024-02-01T08:00+00:00"


def test_csv_export_with_aliased_columns_and_quoted_newlines():
    page = parse_file(PAGES / "comments.csv")
    assert [c.id for c in page.comments] == ["101", "102", "103"]
    first, reply, bare = page.comments
    assert first.text == 'Good news for the school, but "finally" is the word.'
    assert (first.author, first.posted) == ("Nia", "2024-01-05T14:30")
    assert reply.text == "Agreed, with a comma, and\na line break inside."
    assert (reply.parent, reply.reply_to) == ("101", "Nia")
    assert (bare.author, bare.posted, bare.parent) == (None, None, None)


def test_json_export_with_nested_replies():
    text = '{"comments": [{"id": 7, "author": "A", "text": "top", "replies": [{"text": "under"}]}]}'
    page = parse_page(text, "thread.json")
    assert [(c.id, c.text, c.parent, c.reply_to) for c in page.comments] == [
        ("7", "top", None, None),
        ("c2", "under", "7", "A"),
    ]


def test_semicolon_csv_and_rows_without_ids():
    page = parse_page("Author;Message\nAnn;first\nBo;second\n", "x.csv")
    assert [(c.id, c.author, c.text) for c in page.comments] == [
        ("c1", "Ann", "first"),
        ("c2", "Bo", "second"),
    ]


def test_export_without_text_column_is_a_page_error():
    with pytest.raises(PageError, match=r"x\.csv: no text column"):
        parse_page("id,author\n1,Ann\n", "x.csv")


def test_malformed_jsonl_names_the_line():
    with pytest.raises(PageError, match=r"x\.jsonl: line 2: not valid JSON"):
        parse_page('{"text": "ok"}\n{"text": broken\n', "x.jsonl")


def test_other_column_names_and_nested_author_objects():
    """Platform exports name their fields differently and nest the author as an object."""
    page = parse_page(
        '[{"message_id": 5, "comment_body": "Hi there", "user": {"username": "kim"},'
        ' "created_utc": 1709633700},'
        ' {"message_id": 6, "comment_body": "Reply", "author": {"display_name": "Bo"},'
        ' "parent_comment_id": 5}]',
        "x.json",
    )
    assert [(c.id, c.author, c.posted, c.parent, c.reply_to) for c in page.comments] == [
        ("5", "kim", "2024-03-05T10:15+00:00", None, None),
        ("6", "Bo", None, "5", "kim"),
    ]


def _comments(page):
    index = {c.id: n for n, c in enumerate(page.comments)}
    return [(c.author, c.text, index.get(c.parent)) for c in page.comments]


def test_api_responses_wrap_their_records_and_replies_in_objects():
    reddit = {
        "kind": "Listing",
        "data": {
            "children": [
                {
                    "kind": "t1",
                    "data": {
                        "id": "a",
                        "author": "ann",
                        "body": "First.",
                        "parent_id": "t3_x",
                        "replies": {
                            "kind": "Listing",
                            "data": {
                                "children": [
                                    {
                                        "kind": "t1",
                                        "data": {
                                            "id": "b",
                                            "author": "bo",
                                            "body": "Second.",
                                            "parent_id": "t1_a",
                                            "replies": "",
                                        },
                                    }
                                ]
                            },
                        },
                    },
                },
                {"kind": "more", "data": {"count": 3, "children": ["c"]}},
            ]
        },
    }
    page = parse_page(json.dumps(reddit), "x.json")
    # "t1_a" names no comment's id: the nesting gives the parent.
    assert _comments(page) == [("ann", "First.", None), ("bo", "Second.", 0)]
    graph = {
        "data": [
            {
                "id": "1",
                "message": "First.",
                "from": {"name": "Ann"},
                "comments": {"data": [{"id": "2", "message": "Second.", "from": {"name": "Bo"}}]},
            }
        ],
        "paging": {},
    }
    assert _comments(parse_page(json.dumps(graph), "x.json")) == [
        ("Ann", "First.", None),
        ("Bo", "Second.", 0),
    ]
    threads = {
        "items": [
            {
                "id": "T",
                "snippet": {
                    "topLevelComment": {
                        "id": "T",
                        "snippet": {"authorDisplayName": "@ann", "textOriginal": "First."},
                    }
                },
                "replies": {
                    "comments": [
                        {
                            "id": "T.1",
                            "snippet": {"authorDisplayName": "@bo", "textOriginal": "Second."},
                        }
                    ]
                },
            }
        ]
    }
    page = parse_page(json.dumps(threads), "x.json")
    assert [c.id for c in page.comments] == ["T", "T.1"]  # ids from the wrapper
    assert _comments(page) == [("@ann", "First.", None), ("@bo", "Second.", 0)]


def test_markup_in_an_exports_text_is_read_as_a_page_shows_it():
    record = {"response": [{"id": 1, "message": "<p>One.</p><p>Two &amp; <b>three</b>.</p>"}]}
    assert parse_page(json.dumps(record), "x.json").comments[0].text == "One.\n\nTwo & three."
    hacker_news = {
        "hits": [{"objectID": "2", "comment_text": "First, loose.<p>Second.<p>Third <i>too</i>."}]
    }
    (comment,) = parse_page(json.dumps(hacker_news), "x.json").comments  # Algolia's HN search
    assert (comment.id, comment.text) == ("2", "First, loose.\n\nSecond.\n\nThird too.")
    # HN opens a comment with no <p>: its first paragraph was lost
    quoted = {"data": [{"id": 3, "body": "<div>Ann said:</div><div>Fares rise.</div>Absurd."}]}
    assert parse_page(json.dumps(quoted), "x.json").comments[0].text == (
        "Ann said:\n\nFares rise.\n\nAbsurd."
    )  # blocks without a <p> were run together ("Ann said:Fares rise.Absurd.")
    own = "id,text\n1,<sarcasm>great plan</sarcasm> I <3 it\n"
    assert parse_page(own, "x.csv").comments[0].text == "<sarcasm>great plan</sarcasm> I <3 it"


def test_a_story_above_its_comments_is_the_article_in_json_but_a_csv_title_is_a_column():
    story = {
        "id": 1,
        "title": "Bridge repairs",
        "story_text": "<p>They start Monday.</p>",
        "children": [{"id": 2, "author": "ann", "text": "Finally."}],
    }
    page = parse_page(json.dumps(story), "x.json")
    assert (page.title, page.article) == ("Bridge repairs", "They start Monday.")
    assert _comments(page) == [("ann", "Finally.", None)]
    page = parse_page("id,title,text\n1,Great,Fine piece.\n2,,Agreed.\n", "x.csv")
    assert page.title is None and [c.text for c in page.comments] == ["Fine piece.", "Agreed."]


def test_an_empty_thread_has_no_comments_and_a_list_without_text_is_an_error():
    assert parse_page('{"data": {"children": []}}', "x.json").comments == ()
    with pytest.raises(PageError, match="no text column"):
        parse_page('[{"id": 1, "author": "ann"}]', "x.json")


def test_a_telegram_discussion_export_has_the_forwarded_post_as_article_and_replies_linked():
    """Service messages (joins) are no comments, nor is the bot's welcome that answers one."""
    export = {
        "name": "Lisbon Property Brief — Chat",
        "type": "public_supergroup",
        "messages": [
            {"id": 1, "type": "service", "date": "2024-03-05T07:55:31", "actor": "Pedro",
             "action": "join_group_by_link", "text": ""},
            {"id": 7, "type": "message", "date": "2024-03-05T07:55:33", "from": "Combot",
             "reply_to_message_id": 1, "text": "Welcome, Pedro! Please read the rules."},
            {"id": 2, "type": "message", "date": "2024-03-05T08:30:05",
             "date_unixtime": "1709627405", "from": "Lisbon Property Brief",
             "forwarded_from": "Lisbon Property Brief",
             "text": ["The council approved the rules in the ", {"type": "italic",
                      "text": "Diário"}, " last night."]},
            {"id": 3, "type": "message", "date": "2024-03-05T09:21:47",
             "date_unixtime": "1709630507", "from": "Marta Sousa", "reply_to_message_id": 2,
             "text": "Finally. Half of my street is key boxes now."},
            {"id": 4, "type": "message", "date": "2024-03-05T10:12:38",
             "date_unixtime": "1709633558", "from": "Rui Almeida", "reply_to_message_id": 3,
             "text": "Waiting it out costs money though."},
        ],
    }  # fmt: skip
    page = parse_page(json.dumps(export), "result.json")
    assert page.article == "The council approved the rules in the Diário last night."
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Marta Sousa", None, "2024-03-05T09:21:47+00:00",
         "Finally. Half of my street is key boxes now."),
        ("Rui Almeida", "Marta Sousa", "2024-03-05T10:12:38+00:00",
         "Waiting it out costs money though."),
    ]  # fmt: skip


def test_a_story_export_with_its_description_and_comments_by_short_id():
    """Lobsters' story JSON: the story's description is the article, comments name their
    writer as "commenting_user" and their parent by short id."""
    story = {
        "short_id": "k7", "title": "Restoring a BBC Micro", "submitter_user": "fenwick",
        "description_plain": "The museum was given a BBC Model B.",
        "comments": [
            {"short_id": "a1", "comment": "<p>Good call on the capacitors.</p>",
             "commenting_user": "nrp", "created_at": "2024-03-05T09:41:27.000-06:00"},
            {"short_id": "b2", "comment": "<p>That was my fear.</p>", "parent_comment": "a1",
             "commenting_user": "fenwick", "created_at": "2024-03-05T10:02:55.000-06:00"},
        ],
    }  # fmt: skip
    page = parse_page(json.dumps(story), "story.json")
    assert (page.title, page.article) == (
        "Restoring a BBC Micro",
        "The museum was given a BBC Model B.",
    )
    assert [(c.id, c.author, c.reply_to, c.parent, c.text) for c in page.comments] == [
        ("a1", "nrp", None, None, "Good call on the capacitors."),
        ("b2", "fenwick", "nrp", "a1", "That was my fear."),
    ]


def test_a_chat_thread_export_opens_with_the_message_that_shares_the_threads_id():
    """DiscordChatExporter: the thread's first message has the thread's id (the article);
    replies name their parent in a reference object; "pinned a message" is an event."""
    export = {
        "channel": {"id": "100", "type": "GuildPublicThread", "name": "Scorch marks"},
        "messages": [
            {"id": "100", "type": "Default", "timestamp": "2024-03-05T14:22:10+00:00",
             "content": "Getting scorch marks on birch ply.", "author": {"name": "ash"}},
            {"id": "101", "type": "Default", "timestamp": "2024-03-05T14:31:52+00:00",
             "content": "What power are you running?", "author": {"name": "mo"}},
            {"id": "102", "type": "Reply", "timestamp": "2024-03-05T14:36:07+00:00",
             "content": "15mA at 6mm/s.", "author": {"name": "ash"},
             "reference": {"messageId": "101", "channelId": "100"}},
            {"id": "103", "type": "Reply", "timestamp": "2024-03-05T15:02:26+00:00",
             "content": "Try masking tape.", "author": {"name": "fi"},
             "reference": {"messageId": "100", "channelId": "100"}},
            {"id": "104", "type": "ChannelPinnedMessage", "content": "Pinned a message.",
             "author": {"name": "ash"}, "reference": {"messageId": "100"}},
        ],
    }  # fmt: skip
    page = parse_page(json.dumps(export), "thread.json")
    assert (page.title, page.article) == ("Scorch marks", "Getting scorch marks on birch ply.")
    assert [(c.author, c.reply_to, c.parent, c.text) for c in page.comments] == [
        ("mo", None, None, "What power are you running?"),
        ("ash", "mo", "101", "15mA at 6mm/s."),
        ("fi", "ash", None, "Try masking tape."),  # a reply to the opening post: its writer
    ]


def test_a_post_with_its_replies_nested_in_it_is_the_article_and_they_reply_to_it():
    """Bluesky's getPostThread: text in the post's "record", the writer beside it."""

    def post(cid, name, text, replies=()):
        return {
            "post": {"cid": cid, "author": {"handle": f"{cid}.bsky.social", "displayName": name},
                     "record": {"text": text, "createdAt": "2024-03-05T19:42:10.118Z"}},
            "replies": list(replies),
        }  # fmt: skip

    thread = {"thread": post("p0", "Marta", "The tower was refused.", [
        post("p1", "Ben", "On land the council sold.", [post("p2", "", "It was not.")]),
    ])}  # fmt: skip
    page = parse_page(json.dumps(thread), "thread.json")
    assert (page.title, page.article) == (None, "The tower was refused.")
    assert [(c.author, c.reply_to, c.parent, c.text) for c in page.comments] == [
        ("Ben", "Marta", None, "On land the council sold."),
        ("p2.bsky.social", "Ben", "p1", "It was not."),  # no display name: the handle
    ]


def test_a_card_export_lists_its_comments_among_actions_and_names_handles_by_their_writer():
    """Trello's card JSON: comments are "commentCard" actions, newest first; "@megdoyle" is the
    username of the writer shown as "Megan Doyle"."""
    card = {
        "name": "Stage power", "desc": "We need power for the main stage.",
        "actions": [
            {"type": "commentCard", "date": "2024-03-05T11:06:13.664Z",
             "data": {"text": "@megdoyle let's book it."},
             "memberCreator": {"fullName": "Priya Shah", "username": "priyashah7"}},
            {"type": "updateCard", "date": "2024-03-05T10:00:00.000Z",
             "data": {"listAfter": {"name": "Doing"}},
             "memberCreator": {"fullName": "Priya Shah", "username": "priyashah7"}},
            {"type": "commentCard", "date": "2024-03-05T09:31:55.000Z",
             "data": {"text": "Hartwell have a silent 20kVA now."},
             "memberCreator": {"fullName": "Megan Doyle", "username": "megdoyle"}},
        ],
    }  # fmt: skip
    page = parse_page(json.dumps(card), "card.json")
    assert (page.title, page.article) == ("Stage power", "We need power for the main stage.")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Priya Shah", "Megan Doyle", "@megdoyle let's book it."),
        ("Megan Doyle", None, "Hartwell have a silent 20kVA now."),
    ]
    assert page.comments[0].parent == page.comments[1].id  # written after it, listed before


def test_a_slack_day_file_reads_profiles_threads_mentions_and_leaves_joins_and_bots_out():
    def message(ts, user, name, text, thread=None, **extra):
        return {"type": "message", "ts": ts, "user": user, "text": text,
                "user_profile": {"real_name": name, "name": name.split()[0].lower()},
                **({"thread_ts": thread} if thread else {}), **extra}  # fmt: skip

    day = [
        {"type": "message", "subtype": "channel_join", "ts": "1709628000.000100",
         "user": "U9", "text": "<@U9> has joined the channel"},
        message("1709629964.118000", "U1", "Marguerite Dube", "The washer came back cracked.",
                thread="1709629964.118000", reply_count=2),
        message("1709630431.000200", "U2", "Dev Patel", "Photos are in the shared folder.",
                thread="1709629964.118000"),
        message("1709630478.000300", "U1", "Marguerite Dube", "<@U2> thanks, that settles it.",
                thread="1709629964.118000"),
        {"type": "message", "subtype": "bot_message", "ts": "1709631000.000400",
         "username": "Google Calendar", "text": "Reminder: Repair Café on Saturday."},
    ]  # fmt: skip
    page = parse_page(json.dumps(day), "2024-03-05.json")
    assert page.article == "The washer came back cracked."
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Dev Patel", "Marguerite Dube", "2024-03-05T09:20:31+00:00",
         "Photos are in the shared folder."),
        ("Marguerite Dube", "Dev Patel", "2024-03-05T09:21:18+00:00",
         "<@U2> thanks, that settles it."),
    ]  # fmt: skip
    assert page.comments[1].parent == page.comments[0].id


_FORUM_CSV = """id,parent,userfullname,created,subject,message
3311,0,Margaret Ives,"5 March 2024, 2:22 PM",Who to interview?,"<p>Hello all,</p><p>Names?</p>"
3318,3311,Derek Holt,"5 March 2024, 6:47 PM",Re: Who to interview?,<p>My uncle Stan.</p>
3320,3318,Margaret Ives,"6 March 2024, 9:15 AM",Re: Who to interview?,<p>Wonderful.</p>
"""


def test_a_forum_export_with_subjects_opens_with_the_post_the_others_answer_with_re():
    """Moodle's discussion CSV: every later post's subject is "Re: " and the first's, so the
    first is the opening post (the article, its subject the title); elsewhere a subject column
    is only a column."""
    page = parse_page(_FORUM_CSV.encode(), "discussion.csv")
    assert (page.title, page.article) == ("Who to interview?", "Hello all,\n\nNames?")
    assert [(c.author, c.reply_to, c.parent, c.text) for c in page.comments] == [
        ("Derek Holt", "Margaret Ives", None, "My uncle Stan."),
        ("Margaret Ives", "Derek Holt", "3318", "Wonderful."),
    ]
    other_subject = _FORUM_CSV.replace("Re: Who to interview?,<p>My", "Stan,<p>My")
    assert len(parse_page(other_subject.encode(), "discussion.csv").comments) == 3


def test_column_names_with_spaces_and_millisecond_epochs():
    """Mattermost's compliance CSV: "Post Message", "Replied to Post Id", epoch milliseconds."""
    rows = (
        "Post Creation Time,Username,Post Id,Replied to Post Id,Post Message,Post Type\n"
        "1713777243000,jonas,p1,,Release 2.4.0 is tagged.,\n"
        "1713778307000,marta,p2,p1,The MSVC update broke it.,\n"
        "1713744000586,marta,p3,,,system_join_channel\n"
    )
    page = parse_page(rows.encode(), "export.csv")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("jonas", None, "2024-04-22T09:14:03+00:00", "Release 2.4.0 is tagged."),
        ("marta", "jonas", "2024-04-22T09:31:47+00:00", "The MSVC update broke it."),
    ]


def test_text_and_names_one_object_in_and_an_odata_value_list():
    """Microsoft Graph (Teams): {"value": [...]}, text in body.content, the writer in
    from.user.displayName; Matrix: text in content.body, the time in epoch milliseconds."""
    graph = {"value": [
        {"id": "1", "createdDateTime": "2024-04-18T12:30:05.550Z",
         "from": {"application": None, "user": {"id": "u1", "displayName": "Dev Sharma"}},
         "body": {"contentType": "html", "content": "<p>The shed code changes in May.</p>"}},
    ]}  # fmt: skip
    (teams,) = parse_page(json.dumps(graph), "messages.json").comments
    assert (teams.author, teams.posted, teams.text) == (
        "Dev Sharma",
        "2024-04-18T12:30:05+00:00",
        "The shed code changes in May.",
    )
    matrix = {"messages": [
        {"type": "m.room.member", "sender": "@teo:example.org",
         "content": {"displayname": "Teo", "membership": "join"}},
        {"type": "m.room.message", "sender": "@teo:example.org",
         "origin_server_ts": 1713290531000,
         "content": {"msgtype": "m.text", "body": "The Prusa is under-extruding again."}},
    ]}  # fmt: skip
    (message,) = parse_page(json.dumps(matrix), "room.json").comments
    assert (message.posted, message.text) == (
        "2024-04-16T18:02:11+00:00",
        "The Prusa is under-extruding again.",
    )


def test_system_events_are_hidden_and_a_reply_under_ones_own_message_answers_no_one():
    """Microsoft Graph: a systemEventMessage is no one's words; a writer going on in the thread
    of their own message replies to no one (unless they name someone: then to them)."""
    graph = {"value": [
        {"id": "1", "messageType": "message", "from": {"user": {"displayName": "Colm"}},
         "body": {"content": "Floodlights stayed on all night."},
         "replies": [
             {"id": "2", "replyToId": "1", "messageType": "message",
              "from": {"user": {"displayName": "Colm"}}, "body": {"content": "Still on now."}},
         ]},
        {"id": "3", "messageType": "systemEventMessage", "from": None,
         "body": {"content": "<systemEventMessage/>"}},
    ]}  # fmt: skip
    page = parse_page(json.dumps(graph), "messages.json")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Colm", None, "Floodlights stayed on all night."),
        ("Colm", None, "Still on now."),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_a_relative_time_gives_way_to_an_exact_one_beside_it():
    """youtube-comment-downloader: "time": "2 weeks ago", "time_parsed": an epoch."""
    line = {"cid": "a", "text": "Made it last night.", "time": "2 weeks ago",
            "author": "@marieke", "time_parsed": 1715004191.0}  # fmt: skip
    (comment,) = parse_page(json.dumps(line) + "\n", "comments.jsonl").comments
    assert comment.posted == "2024-05-06T14:03:11+00:00"


def test_a_scrapes_submission_row_is_the_article_and_utc_named_times_keep_their_zone():
    """A Reddit scraper's CSV: the row typed "submission" is the post (its "post_title" the
    title), the others its comments; "created_utc" times are UTC."""
    rows = (
        "type,id,parent_id,post_title,author_name,comment_body,created_utc\n"
        "submission,t3_a,,My NEIPA turned brown,jen,Brewed it two weeks ago.,2024-02-17 22:41:09\n"
        "comment,t1_b,t3_a,My NEIPA turned brown,hopfen,Classic oxidation.,2024-02-17 23:02:44\n"
        "comment,t1_c,t1_b,My NEIPA turned brown,sow,This. Purge the keg.,2024-02-17 23:41:17\n"
    )
    page = parse_page(rows.encode(), "scrape.csv")
    assert (page.title, page.article) == ("My NEIPA turned brown", "Brewed it two weeks ago.")
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("hopfen", "jen", "2024-02-17T23:02:44+00:00"),
        ("sow", "hopfen", "2024-02-17T23:41:17+00:00"),
    ]


def test_a_chat_topics_messages_share_its_subject_as_the_title():
    """Zulip's API: every message of a topic carries the topic as "subject"; the writer in
    "sender_full_name"."""
    messages = {"messages": [
        {"id": 1, "subject": "river cleanup: date for May", "sender_full_name": "Ines Duarte",
         "content": "<p>Saturday 18 May at the footbridge?</p>", "timestamp": 1713808961},
        {"id": 2, "subject": "river cleanup: date for May", "sender_full_name": "Bram Koster",
         "content": "<p>The 18th clashes with the half marathon.</p>", "timestamp": 1713809405},
    ]}  # fmt: skip
    page = parse_page(json.dumps(messages), "topic.json")
    assert page.title == "river cleanup: date for May"
    assert [c.author for c in page.comments] == ["Ines Duarte", "Bram Koster"]


def test_an_exports_quote_of_another_writer_names_whom_it_answers_and_is_no_text():
    """Zulip: "<p>Bram said:</p><blockquote>...</blockquote><p>own words</p>"."""
    messages = [
        {"id": 1, "sender_full_name": "Bram", "content": "<p>The 18th clashes.</p>"},
        {"id": 2, "sender_full_name": "Ines", "content": "<p>Bram said:</p><blockquote>"
         "<p>The 18th clashes.</p></blockquote><p>Good catch, the 25th then.</p>"},
    ]  # fmt: skip
    page = parse_page(json.dumps(messages), "topic.json")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Bram", None, "The 18th clashes."),
        ("Ines", "Bram", "Good catch, the 25th then."),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_a_discourse_topic_gives_its_title_its_opening_post_and_replies_by_post_number():
    """Discourse's /t/{id}.json: posts under "post_stream", their HTML in "cooked", replies
    naming the "post_number" they answer (not the post's "id"), a withdrawn post flagged."""

    def post(number, pid, user, cooked, to=None, **extra):
        return {"id": pid, "username": user, "cooked": cooked, "post_number": number,
                "reply_to_post_number": to, "created_at": f"2025-10-07T1{number}:02:11.482Z",
                **extra}  # fmt: skip

    topic = {
        "title": "Extend the parking meters to 9 PM?",
        "id": 4187,
        "post_stream": {
            "posts": [
                post(1, 52213, "maria_k", "<p>The council votes on the 21st.</p><p>Views?</p>"),
                post(2, 52215, "dan", "<p>Please no, evenings are slow already.</p>"),
                post(3, 52220, "tfranklin", "<p>They are slow because nobody can park.</p>", 2),
                post(4, 52231, "anon", "<p>(post withdrawn by author)</p>", user_deleted=True),
            ],
            "stream": [52213, 52215, 52220, 52231],
        },
    }
    page = parse_page(json.dumps(topic), "topic.json")
    assert page.title == "Extend the parking meters to 9 PM?"
    assert page.article == "The council votes on the 21st.\n\nViews?"
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("dan", None, "Please no, evenings are slow already."),
        ("tfranklin", "dan", "They are slow because nobody can park."),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_escaped_characters_are_read_and_a_reply_to_a_deleted_comment_answers_no_one():
    """Hacker News' API escapes apostrophes in text with no tags ("I&#x27;ve"), and keeps a
    deleted comment as a record with no author and no text: the reply under it answers a
    comment no one can see, not the one above that."""
    story = {
        "id": 1, "type": "story", "title": "Court rules on reader comments", "author": "ed",
        "children": [
            {"id": 2, "type": "comment", "author": "quietfox", "parent_id": 1,
             "text": "Delfi all over again, isn&#x27;t it?", "children": [
                 {"id": 3, "type": "comment", "author": None, "text": None, "parent_id": 2,
                  "children": [
                      {"id": 4, "type": "comment", "author": "eu42", "parent_id": 3,
                       "text": "We&#x27;ve pre-moderated since 2016 &amp; it&#x27;s fine.",
                       "children": []}]}]},
        ],
    }  # fmt: skip
    page = parse_page(json.dumps(story), "hn.json")
    assert [(c.author, c.reply_to, c.parent, c.text) for c in page.comments] == [
        ("quietfox", None, None, "Delfi all over again, isn't it?"),
        ("eu42", None, None, "We've pre-moderated since 2016 & it's fine."),
    ]


def test_a_csv_without_a_header_row_is_read_by_what_its_columns_hold():
    """A chat exporter's CSV: no header row, epoch seconds, the channel, the writer, the text
    (quotes escaped with a backslash); a row whose text is its writer's handle notes a join."""
    text = (
        '"1680619863","town-hall","Walter Briggs","walter.briggs"\n'
        '"1680620804","town-hall","Kevin Marsh","4 guests a month?? This is \\"ridiculous\\"."\n'
        '"1680620942","town-hall","Priya Natarajan","@kevin.marsh you can ask the office for '
        'more, the limit is for weekly guests."\n'
    )
    page = parse_page(text, "export.csv")
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Kevin Marsh", "2023-04-04T15:06:44+00:00", '4 guests a month?? This is "ridiculous".'),
        ("Priya Natarajan", "2023-04-04T15:09:02+00:00", "@kevin.marsh you can ask the office "
         "for more, the limit is for weekly guests."),
    ]  # fmt: skip


def test_api_exports_of_wordpress_mastodon_coral_and_x():
    """WordPress REST ("content": {"rendered": HTML}, "author": a user number beside
    "author_name"), Mastodon's status context ("descendants", "account", "in_reply_to_id"),
    Coral's GraphQL (edges of nodes, replies as edges) and X's API v2 (writers and replies by
    id, the conversation's first post the article)."""
    wordpress = [
        {"id": 1, "parent": 0, "author": 0, "author_name": "Gwen", "date": "2023-03-02T07:14:09",
         "content": {"rendered": "<p>Thank you for writing this.</p>\n"}},
        {"id": 2, "parent": 1, "author": 7, "author_name": "Bob", "date": "2023-03-02T09:41:55",
         "content": {"rendered": "<p>Same here.</p>"}},
    ]  # fmt: skip
    page = parse_page(json.dumps(wordpress), "wp.json")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Gwen", None, "Thank you for writing this."),
        ("Bob", "Gwen", "Same here."),
    ]
    mastodon = {"ancestors": [], "descendants": [
        {"id": "11", "in_reply_to_id": "10", "created_at": "2024-12-09T10:41:03.000Z",
         "content": "<p>Congrats on the release!</p>",
         "account": {"username": "ilse", "display_name": "Ilse Brandt"}},
        {"id": "12", "in_reply_to_id": "11", "created_at": "2024-12-09T10:48:27.000Z",
         "content": "<p>Thanks!</p>", "account": {"username": "kai", "display_name": "Kai"}},
    ]}  # fmt: skip
    page = parse_page(json.dumps(mastodon), "context.json")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Ilse Brandt", None, "Congrats on the release!"),
        ("Kai", "Ilse Brandt", "Thanks!"),
    ]
    coral = {"data": {"story": {"id": "s", "comments": {"edges": [
        {"node": {"id": "a", "body": "I worked nights there.", "author": {"username": "doc"},
                  "createdAt": "2025-01-08T14:02:31.000Z", "replies": {"edges": [
                      {"node": {"id": "b", "body": "Thank you for saying so.",
                                "author": {"username": "Lorna"}, "parent": {"id": "a"},
                                "createdAt": "2025-01-08T14:19:08.000Z"}}]}}},
    ]}}}}  # fmt: skip
    page = parse_page(json.dumps(coral), "coral.json")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("doc", None, "I worked nights there."),
        ("Lorna", "doc", "Thank you for saying so."),
    ]
    tweets = {"data": [
        {"id": "1", "text": "Council scraps the bus fare cap.", "author_id": "9",
         "conversation_id": "1", "created_at": "2024-02-27T16:05:11.000Z"},
        {"id": "2", "text": "@hk Shameful.", "author_id": "4", "conversation_id": "1",
         "referenced_tweets": [{"type": "replied_to", "id": "1"}],
         "created_at": "2024-02-27T16:07:43.000Z"},
        {"id": "3", "text": "@ravi Not really.", "author_id": "9", "conversation_id": "1",
         "referenced_tweets": [{"type": "replied_to", "id": "2"}],
         "created_at": "2024-02-27T16:09:00.000Z"},
    ], "includes": {"users": [{"id": "9", "name": "Hannah K", "username": "hk"},
                              {"id": "4", "name": "Ravi", "username": "ravi"}]}}  # fmt: skip
    page = parse_page(json.dumps(tweets), "conversation.json")
    assert page.article == "Council scraps the bus fare cap."
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Ravi", "Hannah K", "@hk Shameful."),
        ("Hannah K", "Ravi", "@ravi Not really."),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_a_reply_to_a_post_the_export_leaves_out_answers_its_writer_not_whom_it_mentions():
    """Mastodon's context of a status holds its replies but not the status: a reply to it
    ("in_reply_to_id" outside the export) answers its writer, named by the account id other
    statuses give, and takes no parent from the @mention it opens with."""
    kai = {"id": "154", "username": "kai", "display_name": "Kai"}
    ilse = {"id": "200", "username": "ilse", "display_name": "Ilse"}
    context = {"ancestors": [], "descendants": [
        {"id": "11", "in_reply_to_id": "10", "in_reply_to_account_id": "154", "account": ilse,
         "content": "<p>@kai Congrats on the release!</p>", "created_at": "2024-12-09T10:41:03Z"},
        {"id": "12", "in_reply_to_id": "11", "in_reply_to_account_id": "200", "account": kai,
         "content": "<p>@ilse Thanks!</p>", "created_at": "2024-12-09T10:48:27Z"},
        {"id": "13", "in_reply_to_id": "10", "in_reply_to_account_id": "154", "account": ilse,
         "content": "<p>@kai Still no Windows support?</p>", "created_at": "2024-12-09T11:30Z"},
    ]}  # fmt: skip
    page = parse_page(json.dumps(context), "context.json")
    assert [(c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("Ilse", "Kai", None),
        ("Kai", "Ilse", page.comments[0].id),
        ("Ilse", "Kai", None),  # not Kai's reply above: the status it answers is not here
    ]


def test_a_csv_whose_columns_are_named_by_long_questions_keeps_its_header():
    text = (
        "respondent,What did you think of the council's decision to close the library on Sundays?\n"
        "1,It is a shame and the children will lose out.\n"
        "2,Fine by me, nobody goes on Sundays anyway.\n"
    )
    # No column named as exports name text: the answers' column by its long cells (session
    # 20; refused before), and the question stays the header, never a comment.
    page = parse_page(text, "survey.csv")
    assert [c.text for c in page.comments][0] == "It is a shame and the children will lose out."
    assert len(page.comments) == 2


FORM_SHEET = """\
Comment ID,Timestamp,Name (optional),Your comment,Replying to comment ID,Status
101,3/14/2024 8:02:17,Carla M,Love the new layout of the weekend edition.,,Published
102,3/14/2024 8:45:51,,"Your article on the water rates got the numbers wrong.",,Published
103,3/14/2024 9:10:04,Editor (Joan),"Thank you, it was a typo in the print edition.",102,Published
"""


def test_a_sheet_whose_columns_a_person_named_is_read_by_the_words_in_them():
    page = parse_page(FORM_SHEET, "form.csv")
    assert [(c.id, c.author, c.parent, c.posted) for c in page.comments] == [
        ("101", "Carla M", None, "2024-03-14T08:02:17"),
        ("102", None, None, "2024-03-14T08:45:51"),
        ("103", "Editor (Joan)", "102", "2024-03-14T09:10:04"),
    ]
    assert page.comments[2].text == "Thank you, it was a typo in the print edition."


def test_a_csv_of_links_and_counts_is_still_refused():
    text = "page,visits\nhttps://example.org/news/2024/03/ferry-timetable,12\nhttps://example.org/a,3\n"
    with pytest.raises(PageError):
        parse_page(text, "links.csv")


def test_time_columns_named_in_the_usual_words_no_list_has_met():
    csv_page = (
        '"Id","ThreadParentId","CreatedDate","CreatedBy.Name","CommentBody"\n'
        '"a1","","2024-03-22T14:05:11.000Z","Harold Benning","Will autopay carry over?"\n'
        '"a2","a1","2024-03-22T14:31:47.000Z","Lucia Ferrante","Yes, it transfers."\n'
    )
    page = parse_page(csv_page.encode(), "feed.csv")
    assert [c.posted for c in page.comments] == [
        "2024-03-22T14:05:11+00:00",
        "2024-03-22T14:31:47+00:00",
    ]
    drive = {
        "comments": [
            {
                "id": "c1",
                "createdTime": "2024-03-25T09:14:22.311Z",
                "author": {"displayName": "Mara"},
                "content": "Source for 38%?",
            }
        ]
    }
    page = parse_page(json.dumps(drive).encode(), "comments.json")
    assert page.comments[0].posted.startswith("2024-03-25T09:14:22")


def test_time_columns_named_day_first_or_by_a_forms_submit():
    """Django's "date_added" and a survey tool's "Submit Date (UTC)"; an edit's time is not the
    comment's, and a form's start is not its sending."""
    django = (
        "id,name,comment,date_modified,date_added\n"
        "1,Gareth,Will lane swimming stay?,2024-03-13 10:00:00,2024-03-12 08:14:52\n"
    )
    assert parse_page(django.encode(), "comments.csv").comments[0].posted == "2024-03-12T08:14:52"
    survey = (
        "#,What could we do better?,First name,Start Date (UTC),Submit Date (UTC)\n"
        "8x1o,More on the parish council races.,Rosemary,2024-03-12 07:58:40,2024-03-12 08:03:12\n"
    )
    page = parse_page(survey.encode(), "responses.csv")
    assert page.comments[0].posted == "2024-03-12T08:03:12+00:00"


def test_a_user_field_of_an_object_id_or_null_gives_way_to_the_typed_name():
    """Payload CMS: "user" holds the account's ObjectId, or null for a guest, beside the
    "name" the commenter typed."""
    payload = {"docs": [
        {"id": "66699a1f", "parent": None, "name": "Rosa Delgado",
         "user": "664a1e0b7c9d2f0011a3b5c7", "comment": "Blue grama does well here."},
        {"id": "6669b284", "parent": "66699a1f", "name": "Mike Tanaka", "user": None,
         "comment": "How did you get rid of the turf?"},
    ]}  # fmt: skip
    page = parse_page(json.dumps(payload).encode(), "comments.json")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Rosa Delgado", None),
        ("Mike Tanaka", "Rosa Delgado"),
    ]


def test_strapis_comments_plugin_nests_a_reply_by_thread_of():
    strapi = {"data": [
        {"id": 101, "content": "Quedó espectacular.", "threadOf": None,
         "author": {"id": 14, "name": "María José Ruiz"}, "createdAt": "2025-06-14T15:22:08Z"},
        {"id": 102, "content": "¡Qué gusto!", "threadOf": 101,
         "author": {"id": 1, "name": "Chela Martínez"}, "createdAt": "2025-06-14T16:03:51Z"},
    ]}  # fmt: skip
    page = parse_page(json.dumps(strapi).encode(), "comments.json")
    assert [(c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("María José Ruiz", None, None),
        ("Chela Martínez", "María José Ruiz", "101"),
    ]


def test_a_reply_to_column_of_ids_names_no_one_and_zero_answers_no_one():
    commentics = (
        '"id","name","reply_to","comment","date_added"\n'
        '"211","Gareth Pryce","0","Will the lane times stay?","2024-03-12 08:14:52"\n'
        '"212","Parks Team","211","Yes, 6.30am to 9am.","2024-03-12 09:02:10"\n'
    )
    page = parse_page(commentics.encode(), "comments.csv")
    replies = [(c.reply_to, c.parent) for c in page.comments]
    assert replies == [(None, None), ("Gareth Pryce", "211")]


def test_a_list_of_comments_under_a_key_no_export_met_before():
    hubspot = {"limit": 20, "offset": 0, "total": 2, "objects": [
        {"id": 1, "createdAt": 1705413807000, "userName": "Priya Raman", "comment": "Great list!",
         "parentId": 0, "parent": {}},
        {"id": 2, "createdAt": 1705432418000, "userName": "Tom Becker", "comment": "Numbers?",
         "parentId": 1, "parent": {"id": 1, "comment": "Great list!"}},
    ]}  # fmt: skip
    page = parse_page(json.dumps(hubspot).encode(), "comments.json")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Priya Raman", "Great list!"), ("Tom Becker", "Numbers?"),
    ]  # fmt: skip
    assert page.comments[1].parent == page.comments[0].id


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_a_delimiter_left_unquoted_in_the_comment_keeps_the_whole_comment(delimiter):
    """A hand-made CSV: the threat after the comma was cut off and never moderated."""
    rows = [
        ["id", "text", "author"],
        ["1", "hello there", "Ann"],
        ["2", "You are great", " I will kill you tomorrow", "Bob"],
        ["3", "short row"],
    ]
    page = parse_page("\n".join(delimiter.join(row) for row in rows).encode(), "r.csv")
    assert [(c.id, c.text, c.author) for c in page.comments] == [
        ("1", "hello there", "Ann"),
        ("2", f"You are great{delimiter} I will kill you tomorrow", "Bob"),
        ("3", "short row", None),
    ]  # fmt: skip


def test_the_extra_fields_join_the_column_read_as_the_text_not_the_first_text_like_one():
    """With "comment" (a short label here) before "body", "body" is the text read: a comma
    left unquoted in it must not be joined into "comment" instead."""
    csv_page = "id,comment,body\n1,ok,Great ferry, but the fares are a scandal\n"
    (comment,) = parse_page(csv_page.encode(), "r.csv").comments
    assert comment.text == "Great ferry, but the fares are a scandal"


def test_a_social_inboxs_csv_names_its_ids_parent_and_utc_time_in_its_own_words():
    """A Hootsuite-like export: "Date (UTC)" is the time, "Parent Message ID" the row answered;
    a Facebook Page export: "Item ID" is the comment's id, "Post ID" the story it is under."""
    hootsuite = (
        "Date (UTC),Network,Author Name,Message,Message ID,Parent Message ID\n"
        "2024-03-12 14:32:05,Instagram,Dana,Is the shop open on Monday?,179011,\n"
        "2024-03-12 15:01:47,Instagram,Shop,Hi Dana! Closed on Monday.,179012,179011\n"
    )
    page = parse_page(hootsuite.encode(), "inbox.csv")
    assert [(c.id, c.posted, c.parent, c.reply_to) for c in page.comments] == [
        ("179011", "2024-03-12T14:32:05+00:00", None, None),
        ("179012", "2024-03-12T15:01:47+00:00", "179011", "Dana"),
    ]
    facebook = (
        "Date (UTC),Post ID,Item ID,Parent ID,Author,Content\n"
        "2024-03-09 10:14:52,1588_1015,1015_246,,Lorraine,Please keep the folk show!\n"
        "2024-03-09 11:02:40,1588_1015,1015_247,1015_246,Radio,It stays on Saturdays.\n"
    )
    page = parse_page(facebook.encode(), "page.csv")
    assert [(c.id, c.parent) for c in page.comments] == [
        ("1015_246", None),
        ("1015_247", "1015_246"),
    ]


def test_a_column_of_the_id_a_row_replied_to_is_its_parent():
    """An enterprise network's messages export: "replied_to_id" names the message answered,
    "thread_id" the thread's first message (not the parent)."""
    export = (
        "id,replied_to_id,thread_id,sender_name,body,created_at\n"
        "501,,501,Gemma,Do we book parking per day or per week?,2024-04-11 08:03:51 UTC\n"
        "502,501,501,Rob,Per day; each day is its own booking.,2024-04-11 08:21:07 UTC\n"
        "503,502,501,Gemma,Thanks Rob!,2024-04-11 08:24:40 UTC\n"
        "504,501,501,Priya,And if you then work from home?,2024-04-11 09:02:13 UTC\n"
    )
    page = parse_page(export.encode(), "Messages.csv")
    assert [(c.author, c.parent, c.reply_to) for c in page.comments] == [
        ("Gemma", None, None),
        ("Rob", "501", "Gemma"),
        ("Gemma", "502", "Rob"),
        ("Priya", "501", "Gemma"),
    ]


def test_a_time_column_naming_a_places_zone_gives_each_time_that_zones_offset_on_its_day():
    """Falcon.io: "Created Time (Europe/London)" holds local times, British Summer Time in May
    and Greenwich time in January (they were read with no zone at all)."""
    body = (
        "Message ID,Author Name,Message,Created Time (Europe/London)\n"
        "1_1,Sarah Cole,Cameras on the bus lane are fine by me.,14/05/2024 09:12\n"
        "1_2,Mark Dunn,Fine until you get a £70 fine for it.,15/01/2024 18:40\n"
    )
    page = parse_page(body.encode(), "falcon.csv")
    assert [c.posted for c in page.comments] == ["2024-05-14T09:12+01:00", "2024-01-15T18:40+00:00"]


def test_a_day_and_its_clock_in_two_columns_and_a_parent_author_column():
    """An Agorapulse inbox export: "Date (UTC)" holds the day, "Time (UTC)" the clock, and a
    reply names whom it answers in "Parent author"."""
    body = (
        '"Date (UTC)","Time (UTC)","Item type","Author","Message","Parent author"\n'
        '"2024-05-14","08:02:17","Comment","Gary","The lane is empty most of the time.",""\n'
        '"2024-05-14","08:15:40","Reply","Jo","Come down on a Saturday in July.","Gary"\n'
    )
    page = parse_page(body.encode(), "inbox.csv")
    assert [(c.author, c.posted, c.reply_to) for c in page.comments] == [
        ("Gary", "2024-05-14T08:02:17+00:00", None),
        ("Jo", "2024-05-14T08:15:40+00:00", "Gary"),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_a_reply_column_that_names_a_writer_answers_their_latest_comment():
    """A social inbox's "In Reply To" holds the name of whom a reply answers, not an id."""
    body = (
        "From,Message,In Reply To\n"
        "Dana Fox,Where is my parcel?,\n"
        "Lee,Same here,\n"
        "Dana Fox,Still nothing today.,\n"
        "Shop Team,Sorry Dana - it left this morning.,Dana Fox\n"
        "Shop Team,Lee: yours too.,Lee\n"
    )
    page = parse_page(body.encode(), "inbox.csv")
    assert [(c.author, c.reply_to, c.parent) for c in page.comments][3:] == [
        ("Shop Team", "Dana Fox", page.comments[2].id),
        ("Shop Team", "Lee", page.comments[1].id),
    ]


def test_a_listening_reports_preamble_and_its_post_row():
    """A social-listening export (Brandwatch) opens with lines about the report before its
    header row, names the text "Full Text", and types the story's own row as the "post" the
    replies answer. It was refused: no text column."""
    body = (
        '"Listening Co Research"\n"Report:","Mentions"\n"Query:","ferry timetable"\n'
        '"Exported:","2025-03-08 09:26:14.0"\n\n'
        '"Date","Title","Author","Full Text","Thread Entry Type"\n'
        '"2025-03-04 18:02:11.0","Ferry cuts confirmed","islandnews","The winter ferry will '
        'run twice a day.","post"\n'
        '"2025-03-04 19:14:03.0","Ferry cuts confirmed","mara_k","Twice a day is useless.",'
        '"reply"\n'
    )
    page = parse_page(body.encode(), "mentions.csv")
    assert (page.title, page.article) == (
        "Ferry cuts confirmed",
        "The winter ferry will run twice a day.",
    )
    assert [(c.author, c.text) for c in page.comments] == [("mara_k", "Twice a day is useless.")]


def test_a_writer_object_under_an_unlisted_key_and_parents_named_by_address():
    """A listening tool's JSONL (Talkwalker): the writer in "extra_author_attributes", and what
    a record answers by its address: the story's, or another record's "url"."""
    story = "https://news.example/ferry-cuts/"

    def record(number: int, name: str, text: str, answers: str) -> str:
        fields = {
            "url": f"{story}#comment-{number}",
            "parent_url": answers,
            "content": text,
            "published": 1709564564000 + number,
            "extra_author_attributes": {"id": f"u{number}", "name": name},
        }
        return json.dumps({"chunk_result": {"data": {"data": fields}}}) + "\n"

    body = (
        record(1, "Ann Lee", "Twice a day is useless.", story)
        + record(2, "Bo Ng", "It was three last year.", f"{story}#comment-1")
        + record(3, "Cy Park", "Bring back the late boat.", story)
    )
    page = parse_page(body.encode(), "results.jsonl")
    assert [(c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("Ann Lee", None, None),
        ("Bo Ng", "Ann Lee", page.comments[0].id),
        ("Cy Park", None, None),
    ]


def test_a_reply_carrying_the_record_it_answers_names_that_records_writer():
    """Misskey's notes: each reply holds the note it answers whole ("reply": {"id", "user"}
    beside "replyId"); the answered note, a story's post, is not in the export."""
    post = {"id": "p1", "user": {"name": "The Ledger", "username": "ledger"}, "text": "Fares up"}

    def note(number: int, name: str | None, username: str, text: str) -> dict:
        user = {"id": f"u{number}", "name": name, "username": username}
        return {"id": f"n{number}", "user": user, "text": text, "replyId": "p1", "reply": post}

    notes = [note(1, None, "tidal", "public takeover when"), note(2, "Mari", "mari", "Nuanced.")]
    page = parse_page(json.dumps(notes).encode(), "notes.json")
    assert [(c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("tidal", "The Ledger", None),
        ("Mari", "The Ledger", None),
    ]


def test_bbcode_reads_as_text_and_its_quote_names_whom_a_reply_answers():
    """Hubzilla's items ("mimetype": "text/bbcode"): the story's body under "body", replies by
    "message_parent", a reply's "[quote=Name]...[/quote]" out of its own words."""
    top = "https://hub.example/item/top"

    def item(number: int, name: str, body: str, parent: str = top, **extra: str) -> dict:
        return {
            "message_id": f"https://hub.example/item/c{number}" if number else top,
            "message_parent": parent,
            "message_top": top,
            "created": f"2024-04-02 1{number}:00:00",
            "mimetype": "text/bbcode",
            "title": extra.get("title", ""),
            "body": body,
            "author": {"name": name, "address": f"u{number}@hub.example"},
        }

    export = {
        "channel": {"channel_name": "Walkers"},
        "item": [
            item(0, "Walkers", "The path is shut.\n\n[b]Diversion:[/b] by the wood.", title="Shut"),
            item(1, "Bea", "Is the [i]top[/i] path OK for dogs?"),
            item(2, "Owen", "[quote=Bea]Is the top path OK for dogs?[/quote]\nYes, fine.", _c(1)),
        ],
    }
    page = parse_page(json.dumps(export).encode(), "export.json")
    assert (page.title, page.article) == ("Shut", "The path is shut.\nDiversion: by the wood.")
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Bea", "Is the top path OK for dogs?", None),
        ("Owen", "Yes, fine.", "Bea"),
    ]
    assert page.comments[1].parent == page.comments[0].id


def _c(number: int) -> str:
    return f"https://hub.example/item/c{number}"


def test_an_api_response_with_its_status_holds_the_records_in_its_data():
    """Pinterest's web API: {"resource_response": {"status": "success", "message": "ok",
    "data": [...]}, "client_context": {...}}: the server's "ok" is no comment; the writer's
    "full_name" is the name shown."""
    response = {
        "resource_response": {
            "status": "success",
            "code": 0,
            "message": "ok",
            "data": [
                {
                    "id": "1",
                    "text": "Made this with oat milk 😍",
                    "user": {"username": "lenas_kitchen", "full_name": "Lena Hartmann"},
                    "replies": [
                        {
                            "id": "2",
                            "text": "Full fat or barista?",
                            "user": {"username": "cozy_kat", "full_name": "Kat O'Rourke"},
                        }
                    ],
                }
            ],
        },
        "client_context": {"locale": "en-GB"},
    }
    page = parse_page(json.dumps(response).encode(), "comments.json")
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Lena Hartmann", "Made this with oat milk 😍", None),
        ("Kat O'Rourke", "Full fat or barista?", "Lena Hartmann"),
    ]


def test_tickets_without_text_hold_their_messages():
    """A help desk's export (Gorgias): tickets with a customer and a subject but no text of
    their own, each holding its conversation under "messages"."""

    def message(name: str, text: str) -> dict:
        return {"sender": {"name": name}, "body_text": text, "created_datetime": "2024-03-14"}

    tickets = {
        "data": [
            {"id": 1, "subject": "Comment on post", "messages": [message("Orla", "Vegan?"),
                                                                 message("Sam", "Yes.")]},
            {"id": 2, "subject": "Comment on post", "messages": [message("Yvonne", "Hours?")]},
        ]
    }  # fmt: skip
    page = parse_page(json.dumps(tickets).encode(), "tickets.json")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Orla", "Vegan?", None),
        ("Sam", "Yes.", None),
        ("Yvonne", "Hours?", None),
    ]


def test_a_csvs_own_id_named_in_words_links_its_replies():
    """A social inbox's CSV (Sprinklr): "Universal Message Id" and "Parent Message Id"."""
    page = parse_page(
        "Universal Message Id,Created Time,Sender Name,Message,Parent Message Id\n"
        "FB_1,03/14/2024 08:05:41 AM,Bernadette,Pool closed again?,\n"
        "FB_2,03/14/2024 08:31:07 AM,Leisure Centre,Sorry: the county gala.,FB_1\n"
        "FB_3,03/14/2024 09:12:55 AM,Bernadette,Thanks for the reply.,FB_2\n",
        "inbox.csv",
    )
    assert [(c.id, c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("FB_1", "Bernadette", None, None),
        ("FB_2", "Leisure Centre", "Bernadette", "FB_1"),
        ("FB_3", "Bernadette", "Leisure Centre", "FB_2"),
    ]


def test_one_comment_with_a_status_and_replies_is_no_api_response():
    """A status beside replies (not beside a list key) is a comment's own field."""
    comment = {
        "id": "1",
        "status": "approved",
        "text": "Great idea",
        "author": "Ann",
        "replies": [{"id": "2", "status": "approved", "text": "Agreed", "author": "Bo"}],
    }
    page = parse_page(json.dumps(comment).encode(), "comment.json")
    del comment["status"]
    assert page == parse_page(json.dumps(comment).encode(), "comment.json")  # read as before


def test_a_listening_tools_export_with_its_words_in_hit_sentence():
    """Meltwater's CSV: the post's words in "Hit Sentence", the writer in "Influencer", the
    time as "06-Dec-2026 06:12AM"."""
    page = parse_page(
        '"Date","Headline","URL","Opening Text","Hit Sentence","Source","Influencer"\n'
        '"06-Dec-2026 06:12AM","","https://fb.example/p#c1","","Best latte all year","Facebook",'
        '"hollie_bakes"\n'
        '"06-Dec-2026 06:31PM","","https://fb.example/p#c2","","£4.20? No thanks.","Facebook",'
        '"Dan Whitmore"\n',
        "meltwater.csv",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("hollie_bakes", "2026-12-06T06:12", "Best latte all year"),
        ("Dan Whitmore", "2026-12-06T18:31", "£4.20? No thanks."),
    ]


def test_a_time_column_named_with_its_zone_and_a_sender_known_by_address():
    """A scheduler's CSV ("Created At (UTC)": Loomly) and a help desk's conversation JSON with
    no names, only "from_email" (Freshdesk)."""
    page = parse_page(
        "Comment ID,Parent Comment ID,Author,Message,Created At (UTC)\n"
        "1,,Greta Lind,When does it drop?,2026-12-05 14:02\n",
        "loomly.csv",
    )
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Greta Lind", "2026-12-05T14:02+00:00")
    ]
    messages = [
        {"id": 1, "body_text": "Where is my refund?", "from_email": "mark@example.org",
         "created_at": "2026-12-03T09:14:22Z"},
    ]  # fmt: skip
    page = parse_page(json.dumps(messages).encode(), "conversations.json")
    assert [c.author for c in page.comments] == ["mark@example.org"]


@pytest.mark.parametrize(
    "header",
    [
        "CommentNo,ReplyToCommentNo,Poster,Message",
        "ticket_number,replying_to,posted_by,comment",
        "Comment No,Reply To,Poster,Message",
    ],
)
def test_id_and_parent_columns_under_names_of_a_teams_own(header):
    """Column names no export list holds (blind functional test, round 5): the row's own id
    and the one it answers, named in words ("CommentNo"), or a reply column holding ids."""
    page = parse_page(f"{header}\nc-10,,Ann,First one\nc-11,c-10,Bo,Second one\n", "own.csv")
    assert [(c.id, c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("c-10", "Ann", None, None),
        ("c-11", "Bo", "Ann", "c-10"),
    ]


def test_an_export_of_tickets_holding_their_messages_under_tickets():
    export = {
        "tickets": [
            {"id": 7, "subject": "Refund", "status": "open", "messages": [
                {"id": "m1", "author_name": "Pat Doe", "body": "Where is my refund?"},
                {"id": "m2", "author_name": "Agent", "body": "On its way."},
            ]}
        ]
    }  # fmt: skip
    page = parse_page(json.dumps(export).encode(), "tickets.json")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Pat Doe", "Where is my refund?"),
        ("Agent", "On its way."),
    ]


def test_camel_case_keys_are_read_by_their_words():
    """An API writing "commentText" and "parentID" (a comment platform's JSON): the keys the
    exports use as comment_text and parent_id, with the writer one object in."""
    reply = {
        "ID": "b2",
        "parentID": "a1",
        "commentText": "Staat ook in het artikel.",
        "timestamp": 1725347150137,
        "sender": {"name": "Marieke Postma"},
    }
    top = {
        "ID": "a1",
        "parentID": "",
        "commentText": "Eindelijk.",
        "timestamp": 1725345672137,
        "sender": {"name": "Henk de Vries"},
        "replies": [reply],
    }
    page = parse_page(json.dumps({"statusCode": 200, "comments": [top]}), "api.json")
    assert [(c.id, c.author, c.text, c.parent) for c in page.comments] == [
        ("a1", "Henk de Vries", "Eindelijk.", None),
        ("b2", "Marieke Postma", "Staat ook in het artikel.", "a1"),
    ]
    assert page.comments[0].posted.startswith("2024-09-03T06:41")


def test_a_listening_tools_csv_with_its_day_and_hour_apart_and_a_comments_count():
    """"Date" beside "Hour", the words under "Contents", and "Comments" the mention's count of
    replies, not its text."""
    csv_text = (
        '"Date","Hour","Title","Contents","Author","Comments","Likes"\n'
        '"2024-09-14","07:52:18","","Byłam w sobotę rano, chleb naprawdę wart czekania.",'
        '"ania_z_przymorza","0","4"\n'
        '"2024-09-14","08:15:40","","Kolejna sieciówka udająca piekarnię.","Marek G.","12","2"\n'
    )
    page = parse_page(csv_text, "mentions.csv")
    assert [(c.author, c.posted, c.text[:9]) for c in page.comments] == [
        ("ania_z_przymorza", "2024-09-14T07:52:18", "Byłam w s"),
        ("Marek G.", "2024-09-14T08:15:40", "Kolejna s"),
    ]


def test_mongoexport_times_ids_and_an_accounts_display_name():
    """mongoexport writes `"_id"` and `{"$date": ...}`; "postId" is the story's id, not the
    comment's; an API account's "displayName" is the name shown, "name" its handle."""
    rows = [
        {"_id": "a1", "postId": "P", "createdAt": {"$date": "2024-03-05T13:02:41.518Z"},
         "body": "Finally, a pilot.", "author": "maria_hob"},
        {"_id": "b2", "postId": "P", "parentCommentId": "a1",
         "createdAt": {"$date": {"$numberLong": "1709644000000"}}, "body": "Which blocks?",
         "account": {"name": "jk", "displayName": "J. Kowalczyk"}},
    ]  # fmt: skip
    page = parse_page("\n".join(json.dumps(row) for row in rows), "comments.jsonl")
    assert [(c.id, c.author, c.parent) for c in page.comments] == [
        ("a1", "maria_hob", None),
        ("b2", "J. Kowalczyk", "a1"),
    ]
    assert page.comments[0].posted.startswith("2024-03-05T13:02")
    assert page.comments[1].posted.startswith("2024-03-05T13:06")


def test_a_wordpress_comments_csv_leaves_out_its_pingbacks_and_spam():
    """`wp_comments` as a CSV: "comment_type" pingback and "comment_approved" spam are no
    reader's comment (found by a blind functional test)."""
    csv_text = (
        "comment_ID,comment_author,comment_date,comment_content,comment_approved,"
        "comment_parent,comment_type\n"
        "501,Gwen Price,2024-06-10 14:02:11,The fete was lovely.,1,0,comment\n"
        "502,Raj Patel,2024-06-10 15:20:40,The cake sold out by two.,1,501,comment\n"
        "503,Tidy Blog,2024-06-10 16:00:00,[...] see our write-up [...],1,0,pingback\n"
        "504,cheap-pills,2024-06-10 17:00:00,Buy now at our shop,spam,0,comment\n"
    )
    page = parse_page(csv_text, "wp_comments.csv")
    assert [(c.author, c.parent, c.posted) for c in page.comments] == [
        ("Gwen Price", None, "2024-06-10T14:02:11"),
        ("Raj Patel", "501", "2024-06-10T15:20:40"),
    ]


def test_a_social_inbox_json_names_the_parent_by_its_words_and_a_number_is_no_name():
    """A Khoros-like JSONL: "parentMessageId" is the record answered, as "Parent Message ID" is
    in a CSV; an author object with an empty "displayName" beside a numeric "handle" (a
    Facebook account's number) has no name; "replyToUserId" names a person, not a record."""
    rows = [
        {"messageId": "m1", "parentMessageId": None, "text": "The bridge detour adds an hour.",
         "author": {"handle": "100008812330417", "displayName": "Klaus Weber"}},
        {"messageId": "m2", "parentMessageId": "m1", "text": "Thanks, we are on it.",
         "author": {"handle": "radiolahnwelle", "displayName": "Radio Lahnwelle"}},
        {"messageId": "m3", "parentMessageId": None, "text": "The signals are too short.",
         "author": {"handle": "100091120045536", "displayName": ""}},
        {"messageId": "m4", "parentMessageId": "m3", "replyToUserId": "m1",
         "text": "The one at the market is worst.",
         "author": {"handle": "jens.h", "displayName": "Jens Hoffmann"}},
    ]  # fmt: skip
    page = parse_page("\n".join(json.dumps(row) for row in rows), "inbox.jsonl")
    assert [(c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("Klaus Weber", None, None),
        ("Radio Lahnwelle", "Klaus Weber", "m1"),
        (None, None, None),
        ("Jens Hoffmann", None, "m3"),
    ]


def test_an_empty_author_column_leaves_the_writer_unnamed_not_the_rows_name():
    """A CMS collection's CSV (Webflow): "Name" is the item's slug, "Author Name" the writer's,
    empty for an anonymous comment."""
    page = parse_page(
        "Name,Slug,Author Name,Comment\nc_8f2k1q,c-8f2k1q,Jess Moreno,We did the hut to hut "
        "walk last summer.\nc_q71zd0,c-q71zd0,,Hut to hut is great until the weather turns.\n",
        "webflow.csv",
    )
    assert [c.author for c in page.comments] == ["Jess Moreno", None]


def test_an_articles_comment_list_beside_its_title_and_url_keeps_every_comment():
    """{"title", "url", "comments": [...]}: the story is at the url; the first comment is a
    reader's, not the article (a blind functional test: an abusive first comment was never
    scored). A topic's posts under a title still open with the post that opened it."""
    export = {
        "title": "Bridge closes", "url": "https://news.example/bridge",
        "comments": [{"id": 1, "author": "Ann", "text": "You are all idiots."},
                     {"id": 2, "author": "Bo", "text": "Calm down, Ann.", "parent_id": 1}],
    }  # fmt: skip
    page = parse_page(json.dumps(export), "bridge.json")
    assert (page.title, page.article) == ("Bridge closes", "")
    assert [(c.id, c.parent, c.reply_to) for c in page.comments] == [
        ("1", None, None), ("2", "1", "Ann"),
    ]  # fmt: skip


def test_a_story_object_beside_the_comments_is_the_article():
    export = {
        "article": {"title": "Bridge closes for repairs", "body": "The old bridge closes."},
        "comments": [{"id": "c1", "user": {"name": "Ann"}, "body": "Good, it was crumbling."}],
    }
    page = parse_page(json.dumps(export), "wrapped.json")
    assert (page.title, page.article) == ("Bridge closes for repairs", "The old bridge closes.")
    assert [c.author for c in page.comments] == ["Ann"]


def test_hacker_news_api_items_name_their_writer_by():
    items = [
        {"by": "dhouston", "id": 8863, "title": "My YC app: Dropbox", "type": "story"},
        {"by": "BrandonM", "id": 9224, "parent": 8863, "text": "A few qualms.", "type": "comment"},
        {"by": "dhouston", "id": 9272, "parent": 9224, "text": "Thanks!", "type": "comment"},
    ]
    page = parse_page(json.dumps(items), "hn.json")
    assert page.title == "My YC app: Dropbox"
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("BrandonM", None), ("dhouston", "BrandonM"),
    ]  # fmt: skip


def test_flat_reddit_rows_find_parents_by_fullname_and_leave_out_deleted_ones():
    """Pushshift-like rows: "parent_id": "t1_c1" names c1; "[deleted]" and "[removed]" are
    Reddit's placeholders, no reader's words."""
    rows = [
        {"id": "c1", "parent_id": "t3_abc", "author": "ann", "body": "Good and proper."},
        {"id": "c2", "parent_id": "t3_abc", "author": "[deleted]", "body": "[deleted]"},
        {"id": "c3", "parent_id": "t3_abc", "author": "bo", "body": "[removed]"},
        {"id": "c4", "parent_id": "t1_c1", "author": "cy", "body": "Disagree."},
    ]
    page = parse_page("\n".join(json.dumps(row) for row in rows), "reddit.jsonl")
    assert [(c.id, c.parent, c.reply_to) for c in page.comments] == [
        ("c1", None, None), ("c4", "c1", "ann"),
    ]  # fmt: skip


def test_parent_ids_written_as_whole_floats_name_their_rows():
    """A dataframe's id column with blanks is written as floats: "1.0" names row 1."""
    csv_page = parse_page("id,author,text,parent_id\n1,Ann,top,\n2,Bo,reply,1.0\n", "df.csv")
    json_page = parse_page(
        json.dumps([{"id": 1, "author": "Ann", "text": "top", "parent_id": None},
                    {"id": 2, "author": "Bo", "text": "reply", "parent_id": 1.0}]),
        "df.json",
    )  # fmt: skip
    for page in (csv_page, json_page):
        assert [(c.parent, c.reply_to) for c in page.comments] == [(None, None), ("1", "Ann")]


def test_a_header_of_other_columns_without_rows_is_refused_like_one_with_rows():
    with pytest.raises(PageError, match="no text column"):
        parse_page("name,age\n", "people.csv")
    assert parse_page("id,author,text\n", "empty.csv").comments == ()


def test_csv_columns_named_in_german():
    page = parse_page(
        "Kommentar-ID,Verfasser,Datum,Kommentar,Antwort auf\n"
        "7,Anna,02.05.2024 12:00,Gute Idee.,\n8,Bernd,02.05.2024 12:10,Finde ich nicht.,7\n",
        "kommentare.csv",
    )
    assert [(c.id, c.author, c.posted, c.parent) for c in page.comments] == [
        ("7", "Anna", "2024-05-02T12:00", None), ("8", "Bernd", "2024-05-02T12:10", "7"),
    ]  # fmt: skip


def test_a_reply_column_naming_the_answered_rows_key_not_its_writer():
    """Baserow: "Responde a" holds the answered row's "Ref" ("c-101"); a reply column naming
    a writer keeps the name."""
    page = parse_page(
        "id,Ref,Autor,Comentario,Responde a\n1,c-101,Rosa Tapia,Qué pena que lo muevan.,\n"
        "2,c-102,Jorge Alvarado,\"Rosa, también se puede escuchar en la web.\",c-101\n"
        "3,c-103,Ana,Y queda grabado en el podcast.,Jorge Alvarado\n",
        "comentarios.csv",
    )
    assert [(c.id, c.parent, c.reply_to) for c in page.comments] == [
        ("1", None, None), ("2", "1", "Rosa Tapia"), ("3", "2", "Jorge Alvarado"),
    ]  # fmt: skip


def test_a_notion_database_export_in_portuguese():
    """Notion: "Name" is each row's own title, the writer is "Autor", "Data" holds the time
    (a word no list of time columns holds: its cells read as times), and a relation cell
    names the answered row by its title and address."""
    page = parse_page(
        "\ufeffName,Autor,Comentário,Data,Em resposta a\n"
        'C-5508,Helena Matsinhe,Finalmente alguém fala dos chapas.,"March 4, 2024 8:05 PM",\n'
        'C-5511,Jorge Cossa,Sou motorista de chapa há doze anos.,"March 4, 2024 9:12 PM",'
        "C-5508 (https://www.notion.so/C-5508-a07c3e51f2d84b9e9c6d1f0b3a2e7c48?pvs=21)\n",
        "notion.csv",
    )
    assert [(c.author, c.posted, c.reply_to) for c in page.comments] == [
        ("Helena Matsinhe", "2024-03-04T20:05", None),
        ("Jorge Cossa", "2024-03-04T21:12", "Helena Matsinhe"),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_csv_columns_named_in_spanish_beside_a_creator_column_of_addresses():
    """A no-code app's export: "Texto", "Nombre del autor", "Comentario padre" (the answered
    row's "unique id"), and "Creator" holding the writer's e-mail address, not their name."""
    page = parse_page(
        "Texto,Nombre del autor,Comentario padre,Creation Date,Creator,unique id\n"
        "¿Aplica también para la ruta 75?,Verónica Ledesma,,\"May 14, 2024 10:02 am\","
        "vero@example.com,171x31\n"
        "Sí aplica desde el lunes.,Jorge Arteaga,171x31,\"May 14, 2024 10:16 am\","
        "jorge@example.com,171x55\n",
        "comentarios.csv",
    )
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Verónica Ledesma", "¿Aplica también para la ruta 75?", None),
        ("Jorge Arteaga", "Sí aplica desde el lunes.", "Verónica Ledesma"),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_a_parent_named_by_another_unique_column_than_the_id():
    """Webflow's CMS CSV: "Parent Comment" holds the answered row's "Slug", not its "Item ID"."""
    page = parse_page(
        "Name,Slug,Item ID,Author Name,Comment,Parent Comment\n"
        "c_8f,c-8f,67c0,Jess Moreno,We did the hut to hut walk.,\n"
        "c_q7,c-q7,675e,Tomasz Nowak,Book the huts early.,\n"
        "c_3m,c-3m,67ce,Hannah Cole,Is that true for the Slovak side too?,c-q7\n",
        "webflow.csv",
    )
    assert [(c.author, c.reply_to) for c in page.comments][2] == ("Hannah Cole", "Tomasz Nowak")
    assert page.comments[2].parent == page.comments[1].id


def test_a_parent_of_zero_answers_no_one_though_a_score_column_holds_a_zero():
    page = parse_page(
        "id,parentid,name,text,score\n1,0,Ann,Lovely milestone.,3\n2,0,Bo,Is there parking?,0\n"
        "3,2,Cy,Yes behind the hall.,1\n",
        "intensedebate.csv",
    )
    assert [c.parent for c in page.comments] == [None, None, "2"]


def test_writers_named_by_id_in_a_participants_list_beside_nested_replies():
    """Canvas's discussion view: {"participants": [{"id", "display_name"}], "view": [...]}, each
    entry and each nested reply naming its writer by "user_id" only."""
    document = {
        "participants": [{"id": 40211, "display_name": "Beatriz Lacerda"},
                         {"id": 40187, "display_name": "Rafael Tonetto"}],
        "view": [{"id": 1, "user_id": 40211, "message": "<p>Na minha opinião, sim.</p>",
                  "replies": [{"id": 2, "user_id": 40187, "parent_id": 1,
                               "message": "<p>Concordo em parte.</p>"}]}],
    }  # fmt: skip
    page = parse_page(json.dumps(document), "canvas.json")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Beatriz Lacerda", None), ("Rafael Tonetto", "Beatriz Lacerda"),
    ]  # fmt: skip


def test_a_writer_object_with_a_first_and_a_last_name_is_named_by_both_not_the_username():
    """A help desk's comments API (Front): the author an object of "username", "first_name",
    "last_name"; an "@maya" mention answers Maya Okafor."""
    export = json.dumps(
        {
            "_results": [
                {
                    "id": "com_1",
                    "author": {"id": "tea_4", "username": "maya", "first_name": "Maya",
                               "last_name": "Okafor"},
                    "body": "Reader wants her comment back up.",
                    "posted_at": 1715691761.318,
                },
                {
                    "id": "com_2",
                    "author": {"id": "tea_7", "username": "daniel", "first_name": "Daniel",
                               "last_name": "Reyes"},
                    "body": "@maya I checked the queue, it was caught by the link filter.",
                    "posted_at": 1715692805.0,
                },
            ]
        }
    )  # fmt: skip
    page = parse_page(export, "comments.json")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Maya Okafor", None),
        ("Daniel Reyes", "Maya Okafor"),
    ]


def test_json_api_records_name_their_writer_among_the_included_people():
    """A help desk's JSON:API notes (Kustomer): the writer a "createdBy" relationship by id,
    the person in "included" with a name and a shorter display name; "@Priya" answers the one
    earlier writer named Priya."""

    def note(number: int, user: str, body: str) -> dict:
        return {
            "type": "note",
            "id": f"n{number}",
            "attributes": {"body": body, "createdAt": f"2025-06-14T09:{10 + number}:00.000Z"},
            "relationships": {"createdBy": {"data": {"type": "user", "id": user}}},
        }

    def person(user: str, name: str) -> dict:
        shown = name.split()[0]
        return {"type": "user", "id": user, "attributes": {"name": name, "displayName": shown}}

    export = json.dumps(
        {
            "data": [
                note(1, "u1", "The filter removed a public office number."),
                note(2, "u2", "Agree, put it back."),
                note(3, "u1", "@Priya thanks, restoring it now."),
            ],
            "included": [person("u1", "Jonas Berg"), person("u2", "Priya Shah")],
        }
    )
    page = parse_page(export, "notes.json")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Jonas Berg", None),
        ("Priya Shah", None),
        ("Jonas Berg", "Priya Shah"),
    ]


def test_firebase_records_stored_under_their_ids_are_the_comments():
    """Firebase's Realtime Database keeps records under push ids, per story, not in a list."""
    firebase = {"comments": {"rota-vicentina": {
        "-OSq1xW2": {"name": "Hannah Brooks", "text": "Best bit of the trail.",
                     "timestamp": 1749923537123},
        "-OSqAz8c": {"name": "Tom", "parentId": "-OSq1xW2", "text": "Agreed!",
                     "timestamp": 1749930000000},
    }}}  # fmt: skip
    page = parse_page(json.dumps(firebase).encode(), "export.json")
    assert [(c.id, c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("-OSq1xW2", "Hannah Brooks", None, None),
        ("-OSqAz8c", "Tom", "Hannah Brooks", "-OSq1xW2"),
    ]


def test_rows_with_every_cell_blank_are_no_records():
    """A spreadsheet's ",," rows under the data: a million of them took 53 s and 1 GB to
    read into empty records (blind functional round 12); they are dropped as read."""
    from moderation.parse.exports import _csv_rows

    text = "id,author,text\n1,Ann,First comment\n" + ",,\n" * 1000 + " , ,\n"
    rows = [["id", "author", "text"], ["1", "Ann", "First comment"]]
    assert _csv_rows(text, ",", "s.csv") == rows
    page = parse_page(text, "s.csv")
    assert [(c.id, c.author, c.text) for c in page.comments] == [("1", "Ann", "First comment")]


def test_records_under_their_keys_in_a_response_answering_by_a_named_key():
    """Hive's `bridge.get_discussion`: {"result": {"author/permlink": post}}, the post with a
    title, each reply naming what it answers by "parent_permlink" beside its own "permlink"."""
    def post(author, permlink, parent, text, title=""):
        return {
            "author": author, "permlink": permlink, "title": title, "body": text,
            "created": "2024-03-10T09:12:45", "parent_author": parent[0],
            "parent_permlink": parent[1],
        }  # fmt: skip

    document = {"jsonrpc": "2.0", "id": 1, "result": {
        "ann/bakery": post("ann", "bakery", ("", "hive-1"), "The bakery closed.", "Bakery"),
        "bo/re-ann": post("bo", "re-ann", ("ann", "bakery"), "This made me sad."),
        "ann/re-bo": post("ann", "re-bo", ("bo", "re-ann"), "He keeps the recipe."),
        "cy/re-ann-2": post("cy", "re-ann-2", ("ann", "bakery"), "Lovely photos."),
    }}  # fmt: skip
    page = parse_page(json.dumps(document), "hive.json")
    assert page.title == "Bakery" and page.article == "The bakery closed."
    ids = {c.id: c.author for c in page.comments}
    assert [(c.author, ids.get(c.parent)) for c in page.comments] == [
        ("bo", None), ("ann", "bo"), ("cy", None),
    ]  # fmt: skip


def test_a_post_carried_whole_by_every_comment_is_the_story_and_value_is_the_text():
    """Canny's comments/list: each comment carries its post ({"title", "details"}) whole, and
    its words under "value"; "parentID" names the comment answered, newest first."""
    post = {"id": "p1", "title": "Export timesheets with project codes", "details": "Our "
            "finance team needs the project code in the weekly export.", "commentCount": 2}
    records = [
        {"id": "c2", "author": {"name": "Kate"}, "created": "2024-03-12T09:21:07.552Z",
         "parentID": "c1", "post": post, "value": "Planned for the April release."},
        {"id": "c1", "author": {"name": "Li Wei"}, "created": "2024-03-02T21:48:11.000Z",
         "parentID": None, "post": post, "value": "+1, we need the same for invoicing."},
    ]  # fmt: skip
    page = parse_page(json.dumps({"comments": records, "hasMore": False}), "canny.json")
    assert page.title == "Export timesheets with project codes"
    assert page.article == "Our finance team needs the project code in the weekly export."
    assert [(c.author, c.text) for c in page.comments] == [
        ("Kate", "Planned for the April release."),
        ("Li Wei", "+1, we need the same for invoicing."),
    ]
    assert page.comments[0].parent == "c1"
    assert page.comments[0].reply_to == "Li Wei"


def test_a_value_beside_another_text_field_is_not_the_text():
    records = [{"id": 1, "text": "The words.", "value": 4}, {"id": 2, "text": "More.", "value": 2}]
    assert [c.text for c in parse_page(json.dumps(records), "rated.json").comments] == [
        "The words.", "More."
    ]


def test_a_comments_time_is_when_it_was_posted_not_where_in_the_track_it_stands():
    """SoundCloud's /tracks/{id}/comments: "created_at" as "2025/03/12 14:35:02 +0000" beside
    "timestamp", the place in the track (milliseconds) the comment is pinned to."""
    records = [
        {"id": 2, "body": "@dj_ortega extended mix is coming", "timestamp": 60000,
         "created_at": "2025/03/12 09:12:40 +0000", "user": {"username": "kolbe_music"}},
        {"id": 1, "body": "Sounds like early Bonobo", "timestamp": 15000,
         "created_at": "2025/03/12 08:35:02 +0000", "user": {"username": "dj_ortega"}},
    ]  # fmt: skip
    page = parse_page(json.dumps(records), "soundcloud.json")
    assert [c.posted for c in page.comments] == [
        "2025-03-12T09:12:40+00:00", "2025-03-12T08:35:02+00:00"
    ]
