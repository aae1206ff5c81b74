"""Chat logs exported or copied as text: WhatsApp (iOS and Android), IRC."""

from moderation.parse import parse_page

_IOS = """\
[18/03/2024, 19:02:15] Elm Close Party: \u200eMessages and calls are end-to-end encrypted.
[18/03/2024, 19:02:16] Elm Close Party: \u200ePriya Shah added Tom and Marguerite
[18/03/2024, 19:05:41] Priya Shah: Hi all! The road closure is approved.
Tables, gazebos, music: who brings what?
[18/03/2024, 19:11:37] Marguerite: I can do bunting again.
[18/03/2024, 19:12:50] Tom: @\u2068Marguerite\u2069 I've got the ladder.
[18/03/2024, 19:20:44] Tom: \u200eimage omitted
[18/03/2024, 19:44:09] Marguerite: \u200eThis message was deleted.
"""


def test_a_whatsapp_export_reads_messages_and_leaves_the_chats_notices_out():
    page = parse_page(_IOS.encode(), "WhatsApp Chat.txt")
    assert page.title == "Elm Close Party"  # the sender of the chat's own notices
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Priya Shah", None, "2024-03-18T19:05:41",
         "Hi all! The road closure is approved.\nTables, gazebos, music: who brings what?"),
        ("Marguerite", None, "2024-03-18T19:11:37", "I can do bunting again."),
        ("Tom", "Marguerite", "2024-03-18T19:12:50",
         "@\u2068Marguerite\u2069 I've got the ladder."),
    ]  # fmt: skip
    assert page.comments[2].parent == page.comments[1].id


def test_android_and_irc_logs():
    android = (
        "18/03/2024, 19:05 - Priya Shah: Hi all!\n"
        "18/03/2024, 19:09 - Tom: Brilliant news.\n"
        "18/03/2024, 19:11 - Marguerite: Bunting from me.\n"
    )
    page = parse_page(android.encode(), "chat.txt")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Priya Shah", "2024-03-18T19:05"), ("Tom", "2024-03-18T19:09"),
        ("Marguerite", "2024-03-18T19:11"),
    ]  # fmt: skip
    irc = "[19:05] <priya> hi all\n[19:06] <tom> hello\n[19:07] <kev> the bbq works\n"
    assert [c.author for c in parse_page(irc.encode(), "irc.log.txt").comments] == [
        "priya", "tom", "kev",
    ]  # fmt: skip


def test_a_story_quoting_a_few_timed_lines_is_no_chat_log():
    story = (
        "Council approves street party\n\n"
        "The council approved the closure of Elm Close for the street party on Saturday. "
        "Organisers said the day would run from noon until eight in the evening.\n\n"
        "[18/03/2024, 19:05] Priya Shah: Hi all!\n\n"
        "Residents who object can write to the council before the end of the month, and a "
        "decision on the music licence is expected in May.\n"
    )
    page = parse_page(story.encode(), "story.txt")
    assert page.article.startswith("The council approved the closure")
