"""XML comment exports (Disqus, WordPress WXR and others of their shape): records found by
shape, fields by local name, hidden records left out, unsafe or broken XML refused."""

from pathlib import Path

import pytest

from moderation.errors import PageError
from moderation.parse import page_kind, parse_file, parse_page

PAGES = Path(__file__).parent / "fixtures" / "pages"

TWO_THREADS = """<?xml version="1.0"?>
<disqus xmlns:dsq="http://disqus.com/disqus-internals">
  <thread dsq:id="1"><title>First story</title><message/></thread>
  <thread dsq:id="2"><title>Second story</title><message/></thread>
  <post dsq:id="11"><message>On the first</message><author><name>Ann</name></author>
    <thread dsq:id="1"/></post>
  <post dsq:id="12"><message>On the second</message><author><name>Bo</name></author>
    <thread dsq:id="2"/><parent dsq:id="11"/></post>
</disqus>"""


def test_disqus_export_reads_html_messages_parents_and_the_thread_title():
    page = parse_file(PAGES / "disqus_export.xml")
    assert page.title == "Library to open on Sundays from April"
    assert [c.id for c in page.comments] == ["90001", "90002", "90004", "90006"]  # no spam
    first, reply, answer, anonymous = page.comments
    assert "<p>" not in first.text and first.text.endswith("volunteers who pushed for it.")
    assert reply.text == "Who pays for the extra staff?\nGenuine question."
    assert (reply.parent, reply.reply_to, answer.parent) == ("90001", "Marta Quill", "90002")
    assert first.posted == "2024-03-04T09:12:44+00:00"
    assert anonymous.author is None


def test_wordpress_export_drops_pingbacks_and_spam_and_keeps_the_post_as_article():
    page = parse_file(PAGES / "wordpress_export.xml")
    assert page.title == "New bus route links the two valleys"
    assert page.article.startswith("A new bus route") and "teaser" not in page.article
    assert [(c.id, c.author, c.parent) for c in page.comments] == [
        ("301", "Valley Walker", None),
        ("303", "Driver Dan", "301"),
        ("305", "Commuter Kay", None),
    ]
    assert page.comments[1].text.startswith("Forty minutes is")  # <em> read, not shown


def test_an_export_of_many_threads_has_no_single_article():
    page = parse_page(TWO_THREADS, "forum.xml")
    assert (page.title, page.article) == (None, "")
    assert [(c.text, c.author, c.parent) for c in page.comments] == [
        ("On the first", "Ann", None),
        ("On the second", "Bo", "11"),
    ]


def test_xml_is_recognised_without_a_suffix_but_xhtml_stays_html():
    assert page_kind(TWO_THREADS, "-") == "xml"
    xhtml = '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body><p>x</p></body></html>'
    assert page_kind(xhtml, "-") == "html"
    assert [c.text for c in parse_page(TWO_THREADS.encode(), "stdin").comments][0] == (
        "On the first"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x><message>&a;</message></x>',
            "document type declaration",
        ),
        ('<?xml version="1.0"?><disqus><post><message>open', r"not well-formed XML \(line 1"),
        ('<?xml version="1.0"?><feed><entry><title>t</title></entry></feed>', "no comment records"),
        ('<?xml version="1.0"?>' + "<a>" * 5000 + "<message>x</message>" + "</a>" * 5000, "deep"),
    ],
)
def test_unsafe_broken_or_empty_xml_is_a_one_line_error(text, message):
    with pytest.raises(PageError, match=message) as error:
        parse_page(text, "export.xml")
    assert "\n" not in str(error.value) and "export.xml" in str(error.value)


def test_json_and_csv_exports_also_leave_out_what_readers_never_saw():
    text = (
        '[{"id": 1, "text": "kept"}, {"id": 2, "text": "gone", "is_deleted": true},'
        ' {"id": 3, "text": "junk", "status": "spam"}, {"id": 4, "text": "also kept",'
        ' "deleted": false}]'
    )
    assert [c.id for c in parse_page(text, "export.json").comments] == ["1", "4"]
    csv = "id,text,approved\n1,fine,1\n2,spam here,spam\n"
    assert [c.id for c in parse_page(csv, "export.csv").comments] == ["1"]


def test_escaped_markup_in_an_html_message_is_text_read_once():
    text = (
        '<?xml version="1.0"?><disqus><post><message><![CDATA[<p>Write &lt;b&gt; for bold</p>]]>'
        "</message><author><name>Ann</name></author></post>"
        "<post><message>Thanks</message><author><name>Bo</name></author></post></disqus>"
    )
    assert [c.text for c in parse_page(text, "x.xml").comments] == ["Write <b> for bold", "Thanks"]


def test_an_issue_export_with_comments_as_signed_leaves_keeps_its_item_as_the_article():
    """Jira's XML: <comment author="..." created="...">text</comment> inside the <item>."""
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="0.92"><channel><title>Jira</title>
<item><title>[PARKS-214] Replace faded trail signs</title>
<description>&lt;p&gt;The fingerposts on the Ridgeway loop are unreadable.&lt;/p&gt;</description>
<comments>
<comment id="1" author="bkowalski" created="Mon, 4 Mar 2024 16:40:05 +0100"
 >Walked the loop on Saturday.</comment>
<comment id="2" author="hlindqvist" created="Tue, 5 Mar 2024 08:55:12 +0100"
 >&lt;p&gt;Do we have budget for oak?&lt;/p&gt;</comment>
</comments></item></channel></rss>"""
    page = parse_page(xml, "issue.xml")
    assert page.article == "The fingerposts on the Ridgeway loop are unreadable."
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("bkowalski", "2024-03-04T16:40:05+01:00", "Walked the loop on Saturday."),
        ("hlindqvist", "2024-03-05T08:55:12+01:00", "Do we have budget for oak?"),
    ]


COMMENT_FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
 <title>Comments on: Harbour ferry timetable: what changes on April 2</title>
 <description>Local news for the North Shore since 2011</description>
 <item>
  <title>By: Harbourmaster Hank</title>
  <dc:creator><![CDATA[Harbourmaster Hank]]></dc:creator>
  <pubDate>Thu, 14 Mar 2024 18:22:11 +0000</pubDate>
  <description><![CDATA[In reply to Nora B.. Ha, that's a new one.]]></description>
  <content:encoded><![CDATA[<p>In reply to <a href="#comment-4439">Nora B.</a>.</p>
<p>Ha, that's a new one. The 7:10 still stops at Quarry Bay.</p>]]></content:encoded>
 </item>
 <item>
  <title>By: Sam</title>
  <dc:creator><![CDATA[Sam]]></dc:creator>
  <pubDate>Thu, 14 Mar 2024 11:31:02 +0000</pubDate>
  <content:encoded><![CDATA[<p>Another cut dressed up as a gain.</p>]]></content:encoded>
 </item>
</channel></rss>"""


def test_a_storys_comment_feed_in_rss():
    page = parse_page(COMMENT_FEED, "feed.xml")
    assert page.title == "Harbour ferry timetable: what changes on April 2"
    assert page.article == ""
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        (
            "Harbourmaster Hank",
            "Nora B.",
            "2024-03-14T18:22:11+00:00",
            "Ha, that's a new one. The 7:10 still stops at Quarry Bay.",
        ),
        (
            "Sam",
            None,
            "2024-03-14T11:31:02+00:00",
            "Another cut dressed up as a gain.",
        ),
    ]


def test_fields_named_in_an_attribute_of_a_generic_field_element():
    """Zoho's legacy XML API: `<fl val="Comment">` under each `<row>`, the field's name in
    `val`; the records had no element named as a comment field, so the file was refused."""
    xml = """<?xml version="1.0" encoding="UTF-8" ?>
<response uri="/api/xml/requests/getrecords"><result><Comments>
<row no="1"><fl val="COMMENTID"><![CDATA[48771]]></fl>
<fl val="Comment"><![CDATA[The invoice shows the old VAT number.]]></fl>
<fl val="Commented By"><![CDATA[Ravi Menon]]></fl>
<fl val="Commented Time"><![CDATA[2024-03-12 14:32:10]]></fl></row>
<row no="2"><fl val="COMMENTID"><![CDATA[48772]]></fl>
<fl val="Comment"><![CDATA[Confirmed: the template was cached.]]></fl>
<fl val="Commented By"><![CDATA[Hannah Cole]]></fl>
<fl val="Commented Time"><![CDATA[2024-03-12 15:48:03]]></fl></row>
</Comments></result></response>"""
    page = parse_page(xml.encode(), "zoho.xml")
    assert [(c.id, c.author, c.posted, c.text) for c in page.comments] == [
        ("48771", "Ravi Menon", "2024-03-12T14:32:10", "The invoice shows the old VAT number."),
        ("48772", "Hannah Cole", "2024-03-12T15:48:03", "Confirmed: the template was cached."),
    ]


def test_flickr_api_comments_take_the_shown_name_not_the_account_number():
    """flickr.photos.comments.getList: author="98765432@N05" is the account, authorname the
    name shown; datecreate an epoch."""
    page = parse_page(
        '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n'
        '<comments photo_id="53545678901">\n'
        '<comment id="c-1" author="98765432@N05" authorname="harbourlights" '
        'datecreate="1740247510" realname="Marta K">Beautiful light on the harbour!</comment>\n'
        '<comment id="c-2" author="41234567@N02" authorname="p.ashdown" datecreate="1740253653" '
        'realname="">@harbourlights How long was the exposure?</comment>\n'
        "</comments>\n</rsp>\n",
        "flickr.xml",
    )  # fmt: skip
    assert [(c.author, c.posted) for c in page.comments] == [
        ("harbourlights", "2025-02-22T18:05:10+00:00"),
        ("p.ashdown", "2025-02-22T19:47:33+00:00"),
    ]


def test_a_redmine_issue_its_journals_notes_and_a_quote_of_an_earlier_note():
    """Redmine's REST XML: the issue's subject and description are the story, each journal's
    <notes> a comment by its <user name="..."/> (a status change with empty notes is none), and
    "Anna Weber wrote in #note-2:" over a "> " quote names whom a note answers."""
    page = parse_page(
        '<?xml version="1.0" encoding="UTF-8"?>\n<issue><id>482</id>'
        '<author id="7" name="Anna Weber"/><subject>Search fails on accented titles</subject>'
        "<description>Searching for a title with accents returns nothing.</description>"
        '<journals type="array">'
        '<journal id="1"><user id="5" name="Luis Carvalho"/><notes></notes>'
        "<created_on>2024-05-02T08:40:17Z</created_on></journal>"
        '<journal id="2"><user id="7" name="Anna Weber"/><notes>How long does a rebuild take?'
        "</notes><created_on>2024-05-02T11:31:09Z</created_on></journal>"
        '<journal id="3"><user id="5" name="Luis Carvalho"/><notes>Anna Weber wrote in #note-2:'
        "\n&gt; How long does a rebuild take?\n\nAbout 40 minutes.</notes>"
        "<created_on>2024-05-03T07:52:30Z</created_on></journal></journals></issue>\n",
        "redmine.xml",
    )  # fmt: skip
    assert (page.title, page.article) == (
        "Search fails on accented titles", "Searching for a title with accents returns nothing."
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Anna Weber", None, "How long does a rebuild take?"),
        ("Luis Carvalho", "Anna Weber", "About 40 minutes."),
    ]


def _jcr_property(name: str, value: str) -> str:
    return f'<sv:property sv:name="{name}"><sv:value>{value}</sv:value></sv:property>'


def _jcr_comment(name: str, uuid: str, author: str, text: str, created: str, replies="") -> str:
    return (
        f'<sv:node sv:name="{name}">{_jcr_property("jcr:uuid", uuid)}'
        f"{_jcr_property('mgnl:created', created)}{_jcr_property('author', author)}"
        f"{_jcr_property('text', text)}"
        + (f'<sv:node sv:name="replies">{replies}</sv:node>' if replies else "")
        + "</sv:node>"
    )


def test_a_jcr_system_view_page_with_comments_and_replies_nested_in_them():
    """Magnolia's (and AEM's) JCR export: every node an `sv:node`, every field an `sv:property`
    named in an attribute over its `sv:value`; the story's title a property of the page node,
    its text in components of another name than the comments; replies nested in a comment."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sv:node xmlns:sv="http://www.jcp.org/jcr/sv/1.0" sv:name="bridge-works">'
        + _jcr_property("title", "Bridge works begin: riverside path closed")
        + '<sv:node sv:name="main"><sv:node sv:name="0">'
        + _jcr_property("text", "&lt;p&gt;Works on the new footbridge began on Monday.&lt;/p&gt;")
        + '</sv:node></sv:node><sv:node sv:name="comments">'
        + _jcr_comment(
            "commento0", "a3bf", "Marco", "Finally! I cross with the kids every day.",
            "2024-05-14T08:12:47.118+02:00",
            replies=_jcr_comment(
                "commento0", "d3bb", "Elena", "Same here, hope they keep to time.",
                "2024-05-14T09:03:21.502+02:00",
            ),
        )
        + _jcr_comment(
            "commento1", "d7ab", "Paolo", "The detour is well signed.", "2024-05-14T12:18:05+02:00"
        )
        + "</sv:node></sv:node>"
    )  # fmt: skip
    page = parse_page(xml, "page.xml")
    assert page.title == "Bridge works begin: riverside path closed"
    assert page.article == "Works on the new footbridge began on Monday."
    assert [(c.id, c.author, c.text, c.parent) for c in page.comments] == [
        ("a3bf", "Marco", "Finally! I cross with the kids every day.", None),
        ("d3bb", "Elena", "Same here, hope they keep to time.", "a3bf"),
        ("d7ab", "Paolo", "The detour is well signed.", None),
    ]
    assert page.comments[0].posted.startswith("2024-05-14T08:12")


def test_a_list_of_comments_under_the_story_is_no_part_of_its_text():
    """IntenseDebate's export: <blogpost> with a title and <comments>, no body of its own."""
    xml = (
        '<?xml version="1.0"?><output><blogpost><title>Ten years of the repair café</title>'
        '<comments><comment id="1" parentid="0"><name>Margaret</name><text>What a milestone!'
        '</text></comment><comment id="2" parentid="1"><name>Derek</name><text>Thanks!</text>'
        "</comment></comments></blogpost></output>"
    )
    page = parse_page(xml, "intensedebate.xml")
    assert (page.title, page.article) == ("Ten years of the repair café", "")
    assert [c.text for c in page.comments] == ["What a milestone!", "Thanks!"]


def test_records_whose_fields_are_attributes_of_their_parts():
    """Orchard's export: each `<Comment Id=...>` holds parts with attributes alone
    (`<CommentPart Author=... CommentText=... RepliedOn=.../>`, `<IdentityPart Identifier=.../>`);
    the story is the `<BlogPost>` its comments name in "CommentedOn"."""
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><Orchard><Data>'
        '<BlogPost Id="/alias=blog/summer-hours"><BodyPart Text="&lt;p&gt;The library opens '
        'on Tuesdays and Thursdays this summer.&lt;/p&gt;" />'
        '<TitlePart Title="Summer hours at the library" /></BlogPost>'
        '<Comment Id="/Identifier=3f0c"><CommentPart Author="Sylvie Marchand" '
        'CommentDateUtc="2025-06-14T07:12:41.0000000Z" CommentText="Is the return box emptied?" '
        'CommentedOn="/alias=blog/summer-hours" /><IdentityPart Identifier="3f0c" /></Comment>'
        '<Comment Id="/Identifier=8b21"><CommentPart Author="The library" '
        'CommentDateUtc="2025-06-14T08:30:05.0000000Z" CommentText="Yes, every morning." '
        'CommentedOn="/alias=blog/summer-hours" RepliedOn="/Identifier=3f0c" />'
        '<IdentityPart Identifier="8b21" /></Comment></Data></Orchard>'
    )
    page = parse_page(xml, "orchard.xml")
    assert page.title == "Summer hours at the library"
    assert page.article == "The library opens on Tuesdays and Thursdays this summer."
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Sylvie Marchand", "Is the return box emptied?", None),
        ("The library", "Yes, every morning.", "Sylvie Marchand"),
    ]
    assert page.comments[0].posted.startswith("2025-06-14T07:12")


def test_nextclouds_file_comments_over_webdav_name_their_writers():
    """A WebDAV REPORT of a file's comments (Nextcloud, ownCloud): each `d:response` holds
    `oc:message`, `oc:actorDisplayName` beside the account's id, and `oc:parentId` 0."""
    response = (
        "<d:response><d:href>/remote.php/dav/comments/files/48213/{id}</d:href><d:propstat>"
        "<d:prop><oc:id>{id}</oc:id><oc:parentId>0</oc:parentId><oc:verb>comment</oc:verb>"
        "<oc:actorType>users</oc:actorType><oc:actorId>{account}</oc:actorId>"
        "<oc:creationDateTime>{when}</oc:creationDateTime><oc:objectId>48213</oc:objectId>"
        "<oc:message>{text}</oc:message><oc:actorDisplayName>{name}</oc:actorDisplayName>"
        "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
    )
    xml = (
        '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">'
        + response.format(id=64, account="jkoch", name="Jonas Koch", text="Bis Sonntag?",
                          when="Sat, 14 Jun 2025 08:12:55 +0000")
        + response.format(id=61, account="mheller", name="Maren Heller", text="Erste Fassung.",
                          when="Fri, 13 Jun 2025 14:05:31 +0000")
        + "</d:multistatus>"
    )  # fmt: skip
    page = parse_page(xml.encode(), "comments.xml")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Jonas Koch", None, "Bis Sonntag?"),
        ("Maren Heller", None, "Erste Fassung."),
    ]
    # newest first, and "@mheller" (her account's id) answers Maren's comment further down
    answer = response.format(id=65, account="jkoch", name="Jonas Koch", text="@mheller Danke!",
                             when="Sat, 14 Jun 2025 09:00:00 +0000")  # fmt: skip
    page = parse_page(xml.replace("<d:response>", answer + "<d:response>", 1).encode(), "c.xml")
    assert (page.comments[0].reply_to, page.comments[0].parent) == ("Maren Heller", "61")


def test_servicenow_journal_entries_are_by_their_creator_not_their_table():
    """A ServiceNow XML unload: each journal entry's "name" is the table it belongs to
    ("incident"); its writer is "sys_created_by"."""
    entry = (
        "<sys_journal_field action='INSERT_OR_UPDATE'><element>comments</element>"
        "<name>incident</name><sys_created_by>{by}</sys_created_by><sys_created_on>2025-03-11 "
        "0{n}:14:37</sys_created_on><sys_id>{n}a2b</sys_id><value>{text}</value>"
        "</sys_journal_field>"
    )
    page = parse_page(
        "<?xml version='1.0' encoding='UTF-8'?><unload unload_date='2025-03-12 10:00:00'>"
        + entry.format(n=8, by="anna.koch", text="Also happening on my phone now.")
        + entry.format(n=9, by="david.loo", text="Checked the sign-in logs.")
        + "</unload>",
        "incident.xml",
    )
    assert [c.author for c in page.comments] == ["anna.koch", "david.loo"]
