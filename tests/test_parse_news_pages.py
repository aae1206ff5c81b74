"""News pages copied whole as text: where the story starts under its head (standfirst, byline,
date, lead picture) and where it ends over the comments (credits, promotions, the heading)."""

import pytest

from moderation.parse import parse_page
from moderation.parse.layouts import CAPTION, COMMENT_SECTION_HEADING

BODY = (
    "The city council voted on Tuesday to close the bridge to lorries from April, after "
    "engineers found corrosion in two of its supports.\n"
    "Deliveries to the shops on the square will have to use the ring road, the council said.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        # standfirst, then the byline and the date
        "Lorries barred from the old bridge\nThe corroded supports will be replaced by 2026.\n"
        "Anna Berg\n12 Mar 2024\n",
        # byline and date, then the standfirst and the lead picture's credit
        "Lorries barred from the old bridge\nAnna Berg\n14. 3. 2024 6:00\n"
        "The corroded supports will be replaced by 2026.\nFoto: Novinky\n",
        # standfirst, caption with its credit, a promotion, byline and date
        "Lorries barred from the old bridge\nThe corroded supports will be replaced by 2026.\n"
        "Anna Berg\nMarch 14, 2024 - 4:30AM\nShare\n"
        "Don't miss out on the headlines from Local News. Followed categories go to My News.\n"
        "The bridge at dusk. Picture: Tom Hale\n",
    ],
)
def test_the_story_starts_under_its_standfirst_byline_and_lead_picture(head):
    page = parse_page("Menu\nNews\n" + head + BODY + "\nComments (2)\n", "news.txt")
    assert page.title == "Lorries barred from the old bridge"
    assert page.article.startswith("The city council voted on Tuesday")


def test_a_first_paragraph_over_an_advertisement_stays_the_story():
    page = parse_page(
        "Menu\nNews\nLorries barred from the old bridge\nAnna Berg\n12 Mar 2024\n"
        "The bridge will close to lorries from April, the council said.\nAdvertisement\n" + BODY,
        "news.txt",
    )
    assert page.article.startswith("The bridge will close to lorries from April")


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Shutterstock",
        "Beeld: Belga",
        "Dym z kominów w Zielonkach pod Krakowem (Fot. Jakub Porzycki / Agencja Wyborcza.pl)",
        "MONIQUE FORD/STUFF",
        "REUTERS/AMIR COHEN",
        "(Image: Manchester Evening News)",  # Reach's sites
        "Residents queue for water at a bowser in Tlokweng (PIC: THALEFANG CHARLES)",
        "Comporta 14 foi uma das que não resistiram em maio de 2024. Lauro Alves / Agencia RBS",
        "Hành khách đi metro tại ga Bến Thành sáng thứ bảy - Ảnh: CHÂU TUẤN",
        "Ciclistas e pedestres ocupam o Eixão em um domingo de sol - (crédito: Ed Alves/CB)",
        "A longtail in flight over the South Shore (Photograph by Blaire Simmons)",
    ],
)
def test_credits_of_a_picture_standing_alone_or_in_brackets(line):
    assert CAPTION.search(line)


@pytest.mark.parametrize(
    "line", ["AND/OR", "TCP/IP", "Fotos from the trip were lovely.", "see w/me later"]
)
def test_words_with_a_slash_are_no_credit(line):
    assert not CAPTION.search(line)


@pytest.mark.parametrize(
    "heading",
    ["Kommentit (7)", "Diskuze (312)", "Kommentarer (3)", "Yorumlar", "Σχόλια (4)", "댓글 8",
     "7 kommenttia", "312 komentářů", "コメント"],
)  # fmt: skip
def test_comments_headings_in_more_languages(heading):
    assert COMMENT_SECTION_HEADING.match(heading)


def test_commentary_is_no_comments_heading():
    assert not COMMENT_SECTION_HEADING.match("Commentary")


def test_the_comments_heading_with_only_the_site_rules_under_it_ends_the_story():
    page = parse_page(
        "Menu\nNews\nLorries barred from the old bridge\nAnna Berg\n12 Mar 2024\n" + BODY
        + "Related Topics\nBridges / Roads\nCOMMENTS\nSHARE\nEmail\n"
        "Comments have to be in English, and in full sentences. They cannot be abusive.\n"
        "2 Comments\nSort by: Newest | Oldest\n"
        "Ravi K\nMar 14, 2024 08:12 PM IST\nAbout time, the bridge shakes when a lorry passes.\n"
        "Reply\n"
        "Meena S\nMar 14, 2024 08:25 PM IST\nWhere will the lorries go now?\nReply\n",
        "news.txt",
    )  # fmt: skip
    assert page.article.rstrip().endswith("use the ring road, the council said.")
    assert [c.author for c in page.comments] == ["Ravi K", "Meena S"]


def test_a_headline_under_a_breadcrumb_and_a_consent_notice_over_name_section_and_date():
    page = parse_page(
        "Menu\nSearch\nWir und unsere Partner verarbeiten personenbezogene Daten. Mit Klick auf "
        "„Alle akzeptieren“ willigen Sie in die Verarbeitung ein, die Sie jederzeit widerrufen.\n"
        "Alle akzeptieren\nLocal News | Bridges | Roads\nLorries barred from the old bridge\n"
        "The corroded supports will be replaced by 2026.\nAnna Berg\nTransport\n12 Mar 2024\n"
        + BODY,
        "news.txt",
    )
    assert page.title == "Lorries barred from the old bridge"
    assert page.article.startswith("The city council voted on Tuesday")


@pytest.mark.parametrize(
    "tail",
    [
        "Published in The Courier, March 14th, 2024\n"
        "Follow Courier Business on X, LinkedIn and Facebook for the latest on business.\n",
        "Anna Berg is transport reporter for The Courier.\n"
        "Get fast transport news in our free Breaking News newsletter. Sign up here.\n",
        "Subscribe to our Newsletters\nEnter your details to receive our weekly newsletter.\n"
        "Email\nSubscribe\nBy signing up you are agreeing to our Terms of Service and Privacy "
        "Policy.\n",
        "Een versie van dit artikel verscheen ook in de krant van 15 maart 2024.\n",
        "Reklama\nDziękujemy za przeczytanie artykułu. Obserwuj nas w Wiadomościach Google.\n",
        "פורסם לראשונה: 07:32, 12.03.24\n",
        "Get Breaking News Alerts From The Courier\nWe'll send you news updates through the "
        "day. You can manage them any time by clicking on the notification icon.\n",
        "Tags\nOld Bridge\nCity Council\nAnna Berg\nReporter\nBe the first to know\n"
        "Get local news delivered to your inbox!\n",
        "Newsletter\nGet local stories you won't find anywhere else right to your inbox.\n",
        "You may also be interested in...\nHow the ring road was built\n",
    ],
)
def test_the_story_ends_before_its_dateline_bio_and_the_sites_appeals(tail):
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + tail + "\nComments (1)\n"
        "Ravi K\nMar 14, 2024 08:12 PM IST\nAbout time, the bridge shakes when a lorry passes.\n",
        "news.txt",
    )
    assert page.article.rstrip().endswith("use the ring road, the council said.")


def test_a_story_about_a_newsletter_or_signing_up_keeps_its_last_sentence():
    for last in (
        "After five years we have moved the newsletter to a new home, and here is why.",
        "Residents who want a permit can sign up at the town hall from Monday.",
    ):
        page = parse_page("Lorries barred from the old bridge\n\n" + BODY + last + "\n", "n.txt")
        assert page.article.rstrip().endswith(last)


def test_a_story_ending_in_a_question_keeps_it_over_a_support_box_apart():
    last = "Will the bridge reopen by summer?"
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + last + "\n\nSupport Local Journalism"
        "\nYour financial contribution supports our reporting.\nDonate\n",
        "n.txt",
    )
    assert page.article.rstrip().endswith(last)


@pytest.mark.parametrize(
    "head",
    [
        "Lorries barred from the old bridge\nThe corroded supports will be replaced by 2026.\n"
        "Anna Berg, Lausanne\nPublié le 12 mars 2024 à 18:45. / Modifié le 13 mars 2024 à 07:12.\n"
        "5 min. de lecture\nPartager\nLe pont, un soir de semaine. © Jean Bott / KEYSTONE\n",
        "Lorries barred from the old bridge\nThe corroded supports will be replaced by 2026.\n"
        "Von Anna Berg\n14.03.2024 um 16:20\nLesezeit: 3 Min.\nDrucken\nTeilen\n",
        "Lorries barred from the old bridge\nBy Anna Berg\n24th March 2024\n"
        "The bridge over the Elm, seen from the east bank\nKindly share this story:\n",
        "Lorries barred from the old bridge\nThe corroded supports will be replaced by 2026.\n"
        "Anna Berg\nPublished 5:48 PM, March 19, 2024\nThis is a summary written by a machine, "
        "which may have errors. For context, always refer to the full article.\n"
        "Summary reviewed by the newsroom\nFLOOD WATCH. Residents wade through the flooded road "
        "by the bridge on July 24, 2023. Jire Carreon/Rappler\n",
        "Lorries barred from the old bridge\nA lorry on the bridge. | Haruka Iwasaki\n"
        "By Anna Berg\nMar 16, 2024\n",
        "Lorries barred from the old bridge\nBy Anna Berg\nWhat you need to know:\n"
        "The bridge closes to lorries on April 2.\nShops fear their deliveries will be late.\n",
    ],
)
def test_the_story_starts_under_reading_times_credits_share_labels_and_key_points(head):
    page = parse_page("Menu\nNews\n" + head + BODY + "\nComments (2)\n", "news.txt")
    assert page.title == "Lorries barred from the old bridge"
    assert page.article.startswith("The city council voted on Tuesday")


def test_a_summary_box_closed_by_the_share_buttons_keeps_the_first_paragraph():
    """"Summary" over one point, then the share buttons and the story's first paragraph with
    no blank line between (The Citizen): the box ends at the buttons, not at the next blank."""
    page = parse_page(
        "Menu\nNews\nLorries barred from the old bridge\nSaturday, June 14, 2025\nBy Anna Berg\n"
        "Summary\nShops fear their deliveries will be late\nShare\nFacebook\nX\nWhatsApp\n"
        "Ridgeway. The council closed the old bridge to lorries on Tuesday after engineers found "
        "corrosion in two of its supports.\n\nDeliveries to the square will use the ring road, "
        "the council said.\n\nComments (2)\n",
        "news.txt",
    )
    assert page.article.startswith("Ridgeway. The council closed the old bridge")


def test_the_mastheads_date_over_the_menus_is_no_byline_of_the_story():
    page = parse_page(
        "The Elm Sentinel\nServing Elm County and its towns since 1887\n"
        "Wednesday, March 13, 2024\nSubscribe | Log in\nHome\nLocal News\nSports\nOpinion\n"
        "LOCAL NEWS\nLorries barred from the old bridge\nBy ANNA BERG, Staff Writer\n"
        "Posted Mar 12, 2024 at 9:30 p.m.\n" + BODY,
        "news.txt",
    )
    assert page.title == "Lorries barred from the old bridge"
    assert page.article.startswith("The city council voted on Tuesday")


@pytest.mark.parametrize(
    "tail",
    [
        "Tags / Keywords:\nBridges\nRoads\nReport it to us.\nDid you find this article useful?\n",
        "Reach Anna Berg at 555-0148 or aberg@example.com.\n",
        "Contact: editor@example.com\nStay informed! Follow The Courier on WhatsApp for news.\n",
        "In a time of misinformation, quality journalism is more crucial than ever.\n"
        "By subscribing, you can help us get the story right.\nSUBSCRIBE NOW\n",
        "Do you have a tip on a story we should be covering? Let us know via tips@example.com.\n"
        "The Courier Is Committed To Challenging Conventional Wisdom And Finding Common Ground.\n",
        "Vous avez trouvé une erreur? Signalez-la\nPartager\n",
    ],
)
def test_the_story_ends_before_the_sites_feedback_contact_and_slogan_lines(tail):
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + tail + "\nComments (1)\n"
        "Ravi K\nMar 14, 2024 08:12 PM IST\nAbout time, the bridge shakes when a lorry passes.\n",
        "news.txt",
    )
    assert page.article.rstrip().endswith("use the ring road, the council said.")


def test_names_over_ages_in_german_with_replies_and_votes():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Kommentare\n"
        "Die Diskussion wird moderiert. Bitte beachten Sie unsere Forenregeln.\n"
        "Sortieren nach: Neueste | Älteste\n28 Kommentare\nSeite 1 von 3\n"
        "Grantler1972\nvor 3 Stunden\nÜberraschung. Wer hätte das gedacht?\n"
        "Antworten\nMelden\n41\n3\n"
        "Ottakringer\nvor 47 Minuten\nAntwort an Grantler1972\nMan muss fair sein: das dauert.\n"
        "Antworten\nMelden\n17\n9\n"
        "Nächste Seite\n",
        "presse.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Grantler1972", None, None, "Überraschung. Wer hätte das gedacht?"),
        ("Ottakringer", "Grantler1972", None, "Man muss fair sein: das dauert."),
    ]


def test_posted_by_name_on_date_in_reply_to_with_controls_and_pages_after():
    page = parse_page(
        "Lorries barred from the old bridge\nBy ANNA BERG, Staff Writer\n"
        "Posted Mar 12, 2024 at 9:30 p.m.\nPrint  |  Email  |  Comments (9)\n" + BODY
        + "Reader Comments\nShowing comments 1-2 of 9\n"
        "Posted by gwhitcomb on Mar 12, 2024 at 10:04 p.m. | Report abuse | Reply\n"
        "Finally, something for the shops.\n"
        "Posted by Steve Dorsey on Mar 12, 2024 at 11:15 p.m. in reply to gwhitcomb | Report "
        "abuse | Reply\nThe shops have a car park already.\n"
        "Page 1 of 2  |  Next »\nAdd your comment\nYou must be logged in to post a comment.\n",
        "sentinel.txt",
    )  # fmt: skip
    assert page.article.startswith("The city council voted on Tuesday")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("gwhitcomb", None, "2024-03-12T22:04", "Finally, something for the shops."),
        ("Steve Dorsey", "gwhitcomb", "2024-03-12T23:15", "The shops have a car park already."),
    ]


def test_a_mood_meter_under_the_story_is_no_comment():
    page = parse_page(
        "Menu\nNews\nLorries barred from the old bridge\nAnna Berg\n"
        "Published 5:48 PM, March 19, 2024\n" + BODY
        + "The works will cost 1.2 million and take a year, the council's engineer said.\n"
        "Shopkeepers said they had not been consulted and asked for a loading bay.\n"
        "The council will decide on the loading bay in May.\n"
        "How does this make you feel?\nHappy\nSad\nAngry\nDon't Care\nInspired\nAmused\n"
        "Afraid\nLoading\nAdd a comment\nHow does this make you feel?\n"
        "Sign in to join the conversation\nThere are no comments yet.\nRelated Topics\nFlooding\n",
        "rappler.txt",
    )  # fmt: skip
    assert page.comments == ()


def test_a_label_in_capitals_under_the_story_is_no_part_of_it():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "PHOTO GALLERY (CLICK TO ENLARGE)\n"
        "2 Comments\nKen Takamura\nMar 16, 2024, 10:42 a.m.\nGood piece.\nReply\n"
        "Sarah Mitchell\nMar 16, 2024, 2:05 p.m.\nAgreed, a good piece.\nReply\n",
        "jt.txt",
    )
    assert page.article.rstrip().endswith("use the ring road, the council said.")


def test_replies_named_in_the_header_in_spanish_with_titles_and_likes():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comentarios\n12 comentarios\n"
        "Lupita R.\n20/03/2024 | 13:40\nY mientras tanto, ¿ahí no hay recorte? Nunca.\n"
        "Me gusta (35)\nResponder\n"
        "Ing. Roberto Salas\n20/03/2024 | 14:05\nEl problema de fondo son las fugas.\n"
        "Me gusta (52)\nResponder\n"
        "Marisol Torres respondió a Ing. Roberto Salas\n20/03/2024 | 14:30\n"
        "Totalmente de acuerdo, ingeniero.\nMe gusta (4)\nResponder\n",
        "universal.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Lupita R.", None, "Y mientras tanto, ¿ahí no hay recorte? Nunca."),
        ("Ing. Roberto Salas", None, "El problema de fondo son las fugas."),
        ("Marisol Torres", "Ing. Roberto Salas", "Totalmente de acuerdo, ingeniero."),
    ]
    assert page.comments[2].parent == page.comments[1].id


def test_name_date_controls_and_votes_on_one_line_and_a_load_more_button_closing_the_list():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "4 comments\nWrite a comment\n"
        "Emre_Kadikoy · 21.03.2024 08:12 · Reply · Report · ▲ 15 ▼ 2\n"
        "Second increase since December.\n"
        "Ayşe T. · 21.03.2024 09:30 · Reply · Report · ▲ 3 ▼ 7\n"
        "Still cheaper than any European city.\n"
        "Load more comments\nAbout Us\nContact\nPrivacy Policy\nTerms of Use\n",
        "hurriyet.txt",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Emre_Kadikoy", "2024-03-21T08:12", "Second increase since December."),
        ("Ayşe T.", "2024-03-21T09:30", "Still cheaper than any European city."),
    ]


def test_a_reply_opening_with_a_commenters_name_over_a_copy_of_their_words_answers_them():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comments\n"
        "Morag_B\n14/03/2024 17:41\nNobody will stop visiting over £2 a night.\nReply\n"
        "Hamish1970\n14/03/2024 18:02\nMorag_B\nNobody will stop visiting over £2 a night.\n"
        "Have you seen what a hotel room costs in August?\nReply\n"
        "JD\n14/03/2024 19:50\nMorag_B is right.\nNobody will stop visiting over £2 a night.\n"
        "Reply\n",
        "scotsman.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Morag_B", None, "Nobody will stop visiting over £2 a night."),
        ("Hamish1970", "Morag_B", "Have you seen what a hotel room costs in August?"),
        ("JD", None, "Morag_B is right.\nNobody will stop visiting over £2 a night."),
    ]


def test_a_load_more_button_ends_comments_closed_by_their_ages():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comments\n"
        "Good move, the bridge shakes.\n3 hours ago\nReply\n"
        "So where will the lorries go now?\n2 hours ago\nReply\n"
        "Load more comments\nTrending\nNew minimum wage committee named\n",
        "punch.txt",
    )
    assert [c.text for c in page.comments] == [
        "Good move, the bridge shakes.", "So where will the lorries go now?",
    ]  # fmt: skip
    story = "Lorries barred from the old bridge\n\n" + BODY
    page = parse_page(story + "Get the Courier newsletter: the stories others won't tell.\n", "t")
    assert page.article.rstrip().endswith("use the ring road, the council said.")


def test_a_comment_form_related_links_and_footer_under_a_heading_are_no_comments():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comments\nComments Policy\nName*\n"
        "Email*\nComment*\nPost Comment\nRelated News\nBus fares on 40 routes to be revised\n"
        "About Us\nContact Us\nPrivacy Policy\nArchives\n",
        "star.txt",
    )
    assert page.comments == ()


def test_spanish_comments_closed_by_ages_and_buttons_under_the_sections_prompts():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comentarios\nComentá esta nota\n"
        "Para comentar tenés que ser suscriptor.\nSuscribite\nOrdenar por: Más recientes\n"
        "Gustavo Ibarra\nY dale que va. Pago más de subte que de luz.\n"
        "hace 3 h · Me gusta (42) · Responder · Denunciar\nOcultar respuestas\n"
        "Carla M.\nRespondiendo a Gustavo Ibarra\nY bueno, la luz también va a aumentar 😅\n"
        "hace 2 h · Me gusta (17) · Responder · Denunciar\n"
        "Fede_77\nVendan el subte a los chinos y listo\n"
        "hace 58 min · Me gusta (3) · Responder · Denunciar\nVer 3 respuestas\n"
        "Cargar más comentarios\nMás notas de Ciudades\nCortes de luz: qué barrios\n",
        "clarin.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Gustavo Ibarra", None, "Y dale que va. Pago más de subte que de luz."),
        ("Carla M.", "Gustavo Ibarra", "Y bueno, la luz también va a aumentar 😅"),
        ("Fede_77", None, "Vendan el subte a los chinos y listo"),
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_comments_closed_by_their_date_and_buttons_in_indonesian():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Komentar\nTulis komentar...\nKirim\n"
        "Urutkan: Terbaru\n"
        "Budi Santoso\nNaik 2.000 tapi keretanya tetap penuh.\n"
        "12 Maret 2024, 15.02 WIB · Balas · Suka (24)\n"
        "Dewi Lestari\n@Budi Santoso setuju banget.\n12 Maret 2024, 15.20 WIB · Balas · Suka (11)\n"
        "Agus R.\nMasih murah kok dibanding ojol.\n12 Agustus 2024, 15.41 WIB · Balas · Suka (5)\n"
        "Muat lebih banyak komentar\nBerita Terkait\n",
        "kompas.txt",
    )  # fmt: skip
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Budi Santoso", "2024-03-12T15:02+07:00"),
        ("Dewi Lestari", "2024-03-12T15:20+07:00"),
        ("Agus R.", "2024-08-12T15:41+07:00"),
    ]
    assert page.comments[1].reply_to == "Budi Santoso"


@pytest.mark.parametrize(
    ("written", "iso"),
    [("12 marca 2024 06:00", "2024-03-12T06:00"), ("3 grudnia 2023", "2023-12-03"),
     ("14 Desember 2023, 09.15 WIB", "2023-12-14T09:15+07:00")],
)  # fmt: skip
def test_polish_and_indonesian_months(written, iso):
    from moderation.parse.timestamps import to_iso

    assert to_iso(written) == iso


def test_danish_dates_with_kl_and_a_headline_over_a_dotted_abbreviated_date():
    page = parse_page(
        "Menu\nIndland\nLorries barred from the old bridge\n"
        "The corroded supports will be replaced by 2026.\nFoto: Bo Amstrup/Ritzau Scanpix\n"
        "Mette Skov Hansen\nJournalist\n12. mar. 2024 kl. 06.00\nDel\nGem\n" + BODY
        + "Kommentarer\nHenrik Lund\n12. marts 2024 kl. 07.12\nEndelig, det var på tide.\n"
        "Anbefal\nSvar\n"
        "Birgitte Vinther\n12. marts 2024 kl. 07.40\nSvar til Henrik Lund\nMen hvorfor det?\n"
        "Anbefal\nSvar\nVis flere kommentarer\nMest læste\n",
        "politiken.txt",
    )  # fmt: skip
    assert page.title == "Lorries barred from the old bridge"
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Henrik Lund", None, "2024-03-12T07:12"),
        ("Birgitte Vinther", "Henrik Lund", "2024-03-12T07:40"),
    ]


def test_unnamed_comments_signed_by_their_date_over_their_buttons():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comments\n"
        "First make the lorries slow down on the ring road.\n12 March 2024, 19:02 IST\n"
        "Reply\nReport\n"
        "Who will check? The same people as always.\nThis is just another fine.\n"
        "12 March 2024, 21:33 IST\nReply\nReport\n",
        "deccan.txt",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        (None, "2024-03-12T19:02", "First make the lorries slow down on the ring road."),
        (None, "2024-03-12T21:33",
         "Who will check? The same people as always.\nThis is just another fine."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line", ["Απάντηση σε Νίκος Κ.", "Vastaus käyttäjälle Insinööri83", "Membalas Budi Santoso"]
)
def test_reply_lines_in_greek_finnish_and_indonesian(line):
    from moderation.parse.layouts import REPLY_TO_LINE

    assert REPLY_TO_LINE.match(line)


@pytest.mark.parametrize(
    "tail",
    [
        "The views expressed in this article are the author’s own.\nAnna Berg\n"
        "Transport policy researcher based in Leeds.\n",
        "Mark Tolsi is an M&G senior reporter covering local government.\n",
        "He covers the energy, aviation and real estate sectors.\n",
        "For feedback, complaints, or inquiries, contact us.\n",
    ],
)
def test_the_story_ends_before_its_disclaimer_and_the_writers_bio(tail):
    page = parse_page("Lorries barred from the old bridge\n\n" + BODY + tail, "opinion.txt")
    assert page.article.rstrip().endswith("use the ring road, the council said.")


def test_a_closing_sentence_naming_a_job_or_whom_to_contact_stays():
    for last in ("Analysts had expected the decision.", "The mayor said he would contact us."):
        page = parse_page("Lorries barred from the old bridge\n\n" + BODY + last + "\n", "n.txt")
        assert page.article.rstrip().endswith(last)


@pytest.mark.parametrize(
    "line",
    ["Headshot of Saleemul Rahman", "Motorists on the bridge at rush hour. Courier file photo",
     "Kai Sotto (FIBA photo)", "A dolphin surfaces near Kampi village. KT photo"],
)  # fmt: skip
def test_alt_texts_and_file_photo_credits_are_captions(line):
    assert CAPTION.search(line)


def test_a_headline_over_a_standfirst_the_writer_and_an_age_published():
    page = parse_page(
        "Skip to main content\nCycling Weekly\nSubscribe\nNews\nRacing\nReviews\n"
        "Solo attack hands Callum Rees his first Grand Prix win\nThe 23-year-old went clear "
        "on the final cobbled climb to win by 14 seconds\nJack Ellison\npublished 2 hours ago\n"
        + BODY,
        "cw.txt",
    )
    assert page.title == "Solo attack hands Callum Rees his first Grand Prix win"


def test_a_headline_over_its_writer_labelled_in_lithuanian():
    page = parse_page(
        "Naujienos\nPrenumerata\nPrisijungti\nKaunas\n2024-03-15 11:40\n"
        "Kaune nuo balandžio brangs viešasis transportas\n"
        "Autorius: Lrytas.lt | Nuotr. Vytauto Petrausko\n" + BODY,
        "lrytas.txt",
    )
    assert page.title == "Kaune nuo balandžio brangs viešasis transportas"


def test_a_headline_over_a_writers_name_job_and_the_date_said_twice():
    page = parse_page(
        "Menu\nOpinion\nClimate Crisis\n"
        "The loss and damage fund is a promise. It is not yet money\n"
        "Rich countries applauded themselves in Dubai. Pakistan and Malawi are still waiting.\n"
        "Headshot of Saleemul Rahman\nSaleemul Rahman\nClimate policy researcher based in Dhaka.\n"
        "Published On 2 Apr 2024\n2 Apr 2024\nSave\n" + BODY,
        "aljazeera.txt",
    )
    assert page.title == "The loss and damage fund is a promise. It is not yet money"


def test_names_with_a_colon_over_dates_with_seconds_and_a_glued_am():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comments (9)\nShow all comments\n"
        "Fed Up Of The Fade :\n04 Aug 2014 7:41:02am\nThe fading argument is the best one.\n"
        "Reply\nAlert moderator\n"
        "Outback Bill :\n04 Aug 2014 7:58:19pm\nEasy to laugh from a Brisbane balcony.\n"
        "Reply\nAlert moderator\n",
        "abc.txt",
    )  # fmt: skip
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Fed Up Of The Fade", "2014-08-04T07:41:02", "The fading argument is the best one."),
        ("Outback Bill", "2014-08-04T19:58:19", "Easy to laugh from a Brisbane balcony."),
    ]


def test_comments_under_a_form_drawn_right_under_the_heading_and_no_related_links():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comments (3)\nLeave a comment\n"
        "Your comment will be visible after moderation.\n"
        "Salaries the same since 2015 but the detour gets longer every month.\n14 hours ago\n"
        "Like (41) | Report\n"
        "Still quicker than the ferry. Stop complaining guys 😂\n12 hours ago\n"
        "Like (17) | Report\n"
        "Time to buy a bicycle I think.\nOr an electric scooter.\n5 hours ago\n"
        "Like (30) | Report\n"
        "Related Articles\nBusiness\nFuel prices to rise again in April\n",
        "khaleej.txt",
    )  # fmt: skip
    assert [c.text for c in page.comments] == [
        "Salaries the same since 2015 but the detour gets longer every month.",
        "Still quicker than the ferry. Stop complaining guys 😂",
        "Time to buy a bicycle I think.\nOr an electric scooter.",
    ]


def test_a_lower_case_reply_line_naming_the_comments_number_and_arrows_between_pages():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comments\nPage 2 of 3\n"
        "Somchai P.\n19 Mar 2024 09:15\nEvery year the same story.\nReply\n▲ 4\n▼ 1\n"
        "Peter H\n19 Mar 2024 10:20\nin reply to #13 Somchai P.\nAgree 100% with Somchai.\n"
        "Reply\n▲ 9\n▼ 0\n« Previous\n",
        "nation.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Somchai P.", None, "Every year the same story."),
        ("Peter H", "Somchai P.", "Agree 100% with Somchai."),
    ]


def test_a_name_opening_with_ma_over_an_age():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Comments\n7 comments\n"
        "JR\nJuan Reyes\nTop commenter\n3h\nSolution: more coding, then ban all the cars.\n"
        "Like\nReply\n88\n"
        "MC\nMa. Cristina Dela Cruz\n3h\nSana ayusin muna ang MRT bago magdagdag ng coding.\n"
        "Like\nReply\n64\n",
        "inquirer.txt",
    )  # fmt: skip
    assert [c.author for c in page.comments] == ["Juan Reyes", "Ma. Cristina Dela Cruz"]


def test_ukrainian_reply_lines_buttons_and_months():
    from moderation.parse.timestamps import to_iso

    assert to_iso("14 березня 2024") == "2024-03-14"
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "Коментарі\n"
        "Марія Гнатюк\n14.03.2024 11:20\nА моя мама смартфона не має.\nВідповісти\n+3\n"
        "vasyl_trolleybus\n14.03.2024 11:34\nу відповідь Марія Гнатюк\nЧитайте уважно.\n"
        "Відповісти\n+9\n",
        "pravda.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Марія Гнатюк", None, "А моя мама смартфона не має."),
        ("vasyl_trolleybus", "Марія Гнатюк", "Читайте уважно."),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # where the story came from, who may reprint it, a trial offer
        "Bestens informiert mit Courier Plus – 14 Tage kostenlos zur Probe lesen.\n"
        "URL: www.courier.de/1.6451234\nCopyright: Courier Digitale Medien GmbH\n"
        "Quelle: Courier.de\nJegliche Veröffentlichung und nicht-private Nutzung exklusiv über "
        "Courier Content. Bitte senden Sie Ihre Nutzungsanfrage an syndication@courier.de.\n",
        # a paywall's ask, the licence link, tags and a bio with a possessive
        "Save\nLog in, register or subscribe to save articles for later.\n"
        "License this article\nBridges\nRoads\n"
        "Anna Berg is the Courier’s urban affairs reporter.Connect via Twitter or email.\n",
        # a contributor's bio over tags and the share buttons
        "Anna Berg is an Al-Courier contributor who covers roads and bridges.\nRead More\n"
        "Bridges\nShare\nEmail\n",
        # "Read more" over teasers, then the critic's bio and "More from"
        "Read more\nabout this topic\nFive bridges that will close this year\n"
        "The best new roads of 2024 (so far)\n"
        "Anna Berg is the Courier's award-winning senior transport critic.\n"
        "MORE FROM Anna Berg\n",
        # a support appeal in Italian, and who may comment
        "Sostieni il Courier: se credi nel nostro progetto, diventa Sostenitore. Scegli tu con "
        "quanto contribuire.\nGrazie,\nAnna Berg\nSostieni adesso\n"
        "Gentile lettore, la pubblicazione dei commenti è riservata agli utenti registrati e "
        "abbonati.\n",
        # who may comment and by which rules (Yle)
        "Readers with a Courier account can leave comments on our stories. Our rules for "
        "commenting are explained here.\n",
        # the reporter's contact and a sponsored desk's disclosure (The Seattle Times)
        "Anna Berg: 206-464-2210 or aberg@courier.example; Anna Berg covers roads.\n"
        "Road Lab is a Courier project funded with the help of sponsors. The Courier maintains "
        "editorial control over the coverage.\n",
        # the writer and her role in Slovak, an audio version, a call for corrections (Denník N)
        "Lucia Gašparová\nRedaktorka Courieru\nTento článok je dostupný aj v audioverzii.\n"
        "Máte pripomienku alebo ste našli chybu? Napíšte nám.\n",
        # a nonprofit newsroom's partnership note and appeal (Mother Jones)
        "This story was produced in partnership with the Road Desk. Anna Berg is a reporter at "
        "the Courier.\nFACT:\nThe Courier was founded as a nonprofit in 1976 because we knew "
        "nobody else would fund this work.\nToday, reader support makes up two-thirds of our "
        "budget. Please join us with a tax-deductible donation today.\nDonate\n",
        # a newsletter box, the next story, tags and the comments' toggles (Reason)
        "Anna Berg is an assistant editor at the Courier.\nStart your day with the Courier. Get "
        "a daily brief of the most important stories when you subscribe.\nEmail\nSubscribe\n"
        "This field is for validation purposes and should be left unchanged.\nNEXT: Brickbat: "
        "Permit Required\nRoads\nMedia Contact & Reprint Requests\nShow Comments (47)\n"
        "Hide Comments (47)\n",
        # a call for tips and a newsletter's blurb (The Daily Beast)
        "Got a tip? Send it to the Courier here.\nGet the Courier in your inbox!\nDaily Digest\n"
        "Start and finish your day with the top stories from the Courier.\n",
        # a call for tips (The Sun's papers)
        "Do you have a story for the Courier team?\nEmail us at news@courier.example\n",
        # teasers under "see also" in Polish and German, one a question
        "Zobacz także\nCzy Kraków zdąży z nowymi liniami tramwajowymi przed 2030 rokiem?\n",
        "Lesen Sie mehr zum Thema\nWarum wird die alte Brücke in der Stadt erst jetzt saniert?\n",
    ],
)
def test_the_story_ends_before_its_source_rights_paywall_and_teasers(tail):
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + tail + "\nComments (1)\n"
        "Ravi K\nMar 14, 2024 08:12 PM IST\nAbout time, the bridge shakes when a lorry passes.\n",
        "news.txt",
    )
    assert page.article.rstrip().endswith("use the ring road, the council said.")


def test_an_italian_headline_closing_on_a_quote_over_its_standfirst_and_byline():
    page = parse_page(
        "Menu\nCerca\nAbbonati\nCronaca\n"
        "Ponte chiuso ai camion. Il sindaco: “Non c’era altra scelta”\n"
        "I tecnici hanno trovato corrosione in due piloni: lavori fino al 2026.\n"
        "di Anna Berg | 12 Marzo 2024\n" + BODY + "\nCommenti\n",
        "notizie.txt",
    )
    assert page.title == "Ponte chiuso ai camion. Il sindaco: “Non c’era altra scelta”"
    assert page.article.startswith("The city council voted on Tuesday")


@pytest.mark.parametrize(
    "head",
    [
        # a headline of two sentences over "Published:" and the writers
        "The old bridge is closing again. Here’s what makes 2024 different\n"
        "Published: March 12, 2024 6.02am AEDT\nAnna Berg, Courier University\n",
        # a paywall's and an audio player's asks, and an advert's label, over the picture
        "Lorries barred from the old bridge\nBy Anna Berg\n12 Mar, 2024 06:00 AM\n"
        "Subscribe to listen\nAccess to Courier Premium articles require a Premium subscription. "
        "Subscribe now to listen.\nAlready a subscriber?  Sign in here\n"
        "Listening to articles is free for open-access content—explore other articles or learn "
        "more about text-to-speech.\nSave\nShare\nAdvertise with Courier.\n",
        # a caption with its credit on the next line
        "Lorries barred from the old bridge\nAnna Berg\nPublished 5:02 a.m. ET March 12, 2024\n"
        "Lorries queued at the bridge on Sunday.\nGetty Images\n",
        # a standfirst over a byline that closes with its date (the Boston Globe)
        "Lorries barred from the old bridge\nThe vote came after a four-hour hearing. Hauliers "
        "say the detour adds an hour.\nBy Anna Berg Courier Staff, Updated March 12, 2024, "
        "6:12 p.m.\nShare on Facebook\nShare via email\n",
    ],
)
def test_the_story_starts_under_its_paywall_asks_and_a_credit_on_its_own_line(head):
    page = parse_page("Menu\nNews\nRoads\n" + head + BODY + "\nComments (2)\n", "news.txt")
    assert page.title.startswith(("Lorries barred", "The old bridge is closing again."))
    assert page.article.startswith("The city council voted on Tuesday")


@pytest.mark.parametrize(
    "caption",
    [
        "Part of the old bridge with the new cycling track. Supplied picture",
        "Lorries queue at the old bridge on Sunday. Photo by Ana Lima /Courier",  # Postmedia
        "Illustration by Ana Lima / The Courier\nMarch 13, 2024, 7 AM ET",  # The Atlantic
        "Ilustračné foto – Courier – Ana Lima",  # Denník N
    ],
)
def test_a_caption_ending_in_its_credit_is_not_the_headline(caption):
    page = parse_page(
        "Menu\nNews\nLorries barred from the old bridge\nCourier/Doha\n"
        "Published: 13 Mar 2024 - 09:21 pm | Last Updated: 13 Mar 2024 - 09:23 pm\n"
        + caption
        + "\n"
        + BODY,
        "news.txt",
    )
    assert page.title == "Lorries barred from the old bridge"


def test_whom_a_comment_answers_between_its_name_and_date_on_one_line():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "\nComments (2)\n"
        "Log in to join the conversation. Comments are reviewed before publication.\n"
        "Karim Haddad · March 12, 2024 at 3:14 pm · Reply · Flag\n"
        "The bridge has been 'almost finished' since 2010.\n"
        "Leila S. · in response to Karim Haddad · March 12, 2024 at 4:02 pm · Reply · Flag\n"
        "Fair, but the supports are done now. It's slow, not fake.\n",
        "news.txt",
    )
    first = page.comments[0].id
    assert [(c.author, c.reply_to, c.parent, c.posted) for c in page.comments] == [
        ("Karim Haddad", None, None, "2024-03-12T15:14"),
        ("Leila S.", "Karim Haddad", first, "2024-03-12T16:02"),
    ]
    assert page.comments[1].text == "Fair, but the supports are done now. It's slow, not fake."


def test_a_forums_originally_posted_by_over_a_copy_and_arrowed_page_links():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "\nComments\n"
        "Otto Reinholt\n03/12/2024 • 3:40 PM\n"
        "The old bridge was fine for sixty years. Not everything old is unsafe.\nReply\nQuote\n"
        "Yuki T.\n03/12/2024 • 4:05 PM\nQuote\nOriginally posted by Otto Reinholt:\n"
        "The old bridge was fine for sixty years. Not everything old is unsafe.\n"
        "Nobody said it was unsafe, the engineers found corrosion.\nReply\nQuote\n"
        "Ben\n03/12/2024 • 6:45 PM\nmeh. slow.\nReply\nQuote\n"
        "« Prev\n1\n2\n3\nNext »\nPost a comment\nYou must be logged in to comment.\n",
        "news.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Otto Reinholt", None, page.comments[0].text),
        ("Yuki T.", "Otto Reinholt", "Nobody said it was unsafe, the engineers found corrosion."),
        ("Ben", None, "meh. slow."),
    ]


def test_a_polish_napisal_over_a_copy_cut_short_with_dots():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "\nKomentarze (2)\n"
        "zbyszek_55\n12.03.2024, 14:32\n"
        "Kominek mam od 2008, palę w nim może 10 razy w roku. I teraz mam wydać 12 tysięcy?\n"
        "Odpowiedz\nZgłoś\n"
        "kasia_wawa\n12.03.2024, 14:45\nzbyszek_55 napisał(a):\n"
        "Kominek mam od 2008, palę w nim może 10 razy w roku. I teraz mam...\n"
        "Dopłata 70%, więc nie 12 tylko ok. 4 tys.\nOdpowiedz\nZgłoś\n",
        "news.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments][1] == (
        "kasia_wawa",
        "zbyszek_55",
        "Dopłata 70%, więc nie 12 tylko ok. 4 tys.",
    )


def test_a_croatian_page_year_dots_at_in_its_times_and_a_quoted_opening_over_the_reply():
    page = parse_page(
        "Vijesti\nZagreb\nMost se zatvara za kamione od 2028.\nAutor: Ana Berg\n"
        "Objavljeno: 05. prosinca 2026. 07:30\n" + BODY + "\nKomentari (2)\n"
        "Za komentiranje se morate prijaviti.\nMJ\nMarko Jurić · 5.12.2026. u 09:14\n"
        "Konačno. Tko je ikad pokušao proći mostom u pet popodne zna zašto.\n"
        "Odgovori · Sviđa mi se 34\nSK\nSnježana K. · 5.12.2026. u 09:40\n"
        "„Konačno. Tko je ikad pokušao proći mostom…“ - Marko Jurić napisao/la:\n"
        "Lako je tebi ako živiš u centru.\nOdgovori · Sviđa mi se 27\n"
        "Učitaj još komentara\nImpressum\nKontakt\n",
        "vijesti.txt",
    )
    assert page.title == "Most se zatvara za kamione od 2028."
    assert page.article.startswith("The city council voted on Tuesday")
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        (
            "Marko Jurić",
            None,
            "2026-12-05T09:14",
            "Konačno. Tko je ikad pokušao proći mostom u pet popodne zna zašto.",
        ),
        ("Snježana K.", "Marko Jurić", "2026-12-05T09:40", "Lako je tebi ako živiš u centru."),
    ]


def test_a_serbian_quote_header_with_je_names_whom_the_reply_answers():
    """"Gost je napisao/la:" (Serbian and Croatian write "wrote" with "je") over the quoted
    line: the quote is left out and Gost is answered."""
    page = parse_page(
        "Vesti\nMost se zatvara za kamione\n" + BODY + "\nKomentari (2)\n"
        "Gost\n15.06.2025. 09:32\nSvako jutro čekam autobus po dvadeset minuta.\nOdgovori\n+5\n"
        "Dragan iz Zemuna\n15.06.2025. 10:21\nGost je napisao/la:\n"
        "Svako jutro čekam autobus po dvadeset minuta.\nNe kažem da je loše, samo sporo.\n"
        "Odgovori\n+8\n",
        "vesti.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments][1] == (
        "Dragan iz Zemuna",
        "Gost",
        "Ne kažem da je loše, samo sporo.",
    )


def test_a_latvian_quote_header_names_whom_the_reply_answers():
    """"Viesis rakstīja:" (Latvian "wrote") over the quoted line, as TVNET's comments draw it."""
    page = parse_page(
        "Ziņas\nTilts slēgts kravas auto\n" + BODY + "\nKomentāri (2)\n"
        "Viesis\n15.06.2025. 09:32\nKravas auto grauj tiltu jau gadiem.\nAtbildēt\n"
        "Jānis_R\n15.06.2025. 10:21\nViesis rakstīja:\nKravas auto grauj tiltu jau gadiem.\n"
        "Tāpēc jau to slēdz.\nAtbildēt\n",
        "zinas.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments][1] == (
        "Jānis_R",
        "Viesis",
        "Tāpēc jau to slēdz.",
    )


def test_the_storys_date_over_its_headline_and_ages_with_buttons_and_thumbs():
    page = parse_page(
        "Menu\nNews\nPublished December 5, 2026 5:00am EST\nLorries barred from the old bridge\n"
        "Corroded supports will be replaced by 2028\nBy Anna Berg Courier News\nclose\nVideo\n"
        "NEWYou can now listen to Courier News articles!\n" + BODY + "\nComments\n"
        "Join the conversation\nLog in\n128 Comments\nSort by Best\n"
        "HighCountryDave · 5h · Reply · 👍 41 · 👎 3\nThe bridge has shaken for years. Relax.\n"
        "Show 2 replies\nsnowbird_77 · 4h · Reply · 👍 12\n@HighCountryDave you're not wrong.\n"
        "Hide replies\nShow more comments\n",
        "news.txt",
    )
    assert page.title == "Lorries barred from the old bridge"
    assert page.article.startswith("The city council voted on Tuesday")
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("HighCountryDave", None, "The bridge has shaken for years. Relax."),
        ("snowbird_77", "HighCountryDave", "@HighCountryDave you're not wrong."),
    ]


def test_a_name_with_a_title_and_an_initial_over_its_date():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "\nComments\nSort by Newest\n"
        "Geoffrey Pell\nSubscriber\n5 December 2026, 10:42 am\n"
        "The bridge is the national anthem of modern Britain.\nReply\nLike 64\n"
        "Mrs B. Armitage\n5 December 2026, 11:05 am\nIn reply to Geoffrey Pell\n"
        "Ha! Should be played at the Cenotaph.\nReply\nLike 22\n",
        "news.txt",
    )
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Geoffrey Pell", None),
        ("Mrs B. Armitage", "Geoffrey Pell"),
    ]


@pytest.mark.parametrize(
    "notice",
    [
        "Cet article est réservé aux abonnés. Pour commenter, abonnez-vous.",
        "If you purchase a product through one of the links on our site, we may receive "
        "compensation.",
        "Real-time updates and all local stories you want right in the palm of your hand.",
        "Contributing: Reporter Jonah Reyes.",
        "Editor's note: This story was updated at 9:20 a.m. to correct the date.",
        "If you see comments that you find offensive, please use the “Flag as Inappropriate” "
        "feature. Or, contact our editors by emailing moderate@example.com.",
    ],
)
def test_notices_between_a_story_and_its_comments_are_not_the_story(notice):
    """A paywall's, an affiliate's, an app's, a credit, a correction note and the comment
    rules, as news sites print them under a story (set 20)."""
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + notice + "\nComments\nSort by Newest\n"
        "Geoffrey Pell\n5 December 2026, 10:42 am\nAbout time too.\nReply\nLike 64\n"
        "Mrs B. Armitage\n5 December 2026, 11:05 am\nThe ring road is full.\nReply\nLike 22\n",
        "news.txt",
    )
    assert page.article.endswith("the council said.")
    assert [c.text for c in page.comments] == ["About time too.", "The ring road is full."]


def test_a_date_line_opening_with_le_under_the_name_and_a_reply_line():
    """Libération's comments as text: the name, a badge or "En réponse à <name>", then "le 14
    mars 2024 à 08h12"; "le" before a date is no one's name."""
    page = parse_page(
        "Bus de nuit : la fin du service passe mal\n\nIl est un peu plus de 2 heures du matin, "
        "samedi dernier, et une quinzaine de jeunes attendent un bus qui ne viendra plus.\n"
        "Commentaires\nFlo69\nAbonné\nle 14 mars 2024 à 08h12\nC'est le prix d'un rond-point.\n"
        "Répondre\nSignaler\nHélène B.\nEn réponse à Flo69\nle 14 mars 2024 à 08h40\n"
        "Entièrement d'accord.\nRépondre\nSignaler\nKader\nle 14 mars 2024 à 10h02\n"
        "Pathétique.\nRépondre\nSignaler\n",
        "liberation.txt",
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments] == [
        ("Flo69", None, "2024-03-14T08:12", "C'est le prix d'un rond-point."),
        ("Hélène B.", "Flo69", "2024-03-14T08:40", "Entièrement d'accord."),
        ("Kader", None, "2024-03-14T10:02", "Pathétique."),
    ]


def test_the_comments_under_hide_n_replies_answer_the_one_above():
    """A widget copied as text with a thread open: "Hide 2 replies" under a comment, its two
    replies next (one naming someone else by "@"), a closed thread's "View 4 replies"."""
    page = parse_page(
        "Pool to stay shut all summer\n\nThe county pool will not open this summer after its "
        "filter failed, the parks department said.\nComments\n"
        "yinzerdad412\n5 hours ago\nClassic county move.\nReply\n23\nHide 2 replies\n"
        "MaggieFromShaler\n4 hours ago\nSame. It's the Y or nothing now.\nReply\n4\n"
        "Rich P\n3 hours ago\n@MaggieFromShaler the Y has a waiting list.\nReply\n2\n"
        "Patti\n3 hours ago\n$1.1 million for a filter??\nReply\n17\nView 4 replies\n"
        "Glenn K.\n1 hour ago\nOne less thing to fund.\nReply\n1\n",
        "pool.txt",
    )
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("yinzerdad412", None),
        ("MaggieFromShaler", "yinzerdad412"),
        ("Rich P", "MaggieFromShaler"),
        ("Patti", None),
        ("Glenn K.", None),
    ]


def test_a_moderation_notice_asking_for_civility_is_no_comment():
    """Unnamed comments under "Readers' comments (2)" and "Comments are moderated. Please keep
    it civil." (IOL): the notice is the section's, not the first comment's."""
    page = parse_page(
        "Bus routes cut in the northern suburbs\n\nThe city will cut four bus routes from "
        "April, the transport department said on Monday.\nReaders' comments (2)\n"
        "Comments are moderated. Please keep it civil.\n"
        "The people who need the bus most get the worst service.\n14/03/2024 07:48\n"
        "Reply | Report abuse\nI leave at 5:10 to be at work by seven.\n14/03/2024 08:15\n"
        "Reply | Report abuse\n",
        "iol.txt",
    )
    assert [c.text for c in page.comments] == [
        "The people who need the bus most get the worst service.",
        "I leave at 5:10 to be at work by seven.",
    ]


def test_a_caption_closed_by_its_outlet_and_photographer_opens_no_story():
    """The ABC's lead picture: "... from the Midland Highway. (ABC Ballarat: Lucy Pagliaro)"
    under the byline, over the story."""
    page = parse_page(
        "Residents push back on freight hub plan\nBy Lucy Pagliaro\nPosted Thu 14 Mar 2024 at "
        "5:32am\nTrucks would enter the proposed site from the Midland Highway. (ABC Ballarat: "
        "Lucy Pagliaro)\nShare article\n" + BODY,
        "abc.txt",
    )
    assert page.article.startswith("The city council voted")


@pytest.mark.parametrize(
    "notice", ["Er zijn nog geen reacties.", "Noch keine Kommentare", "Aucun commentaire"]
)
def test_a_no_comments_yet_notice_in_other_languages_opens_the_form_not_comments(notice):
    """A Dutch, German or French story with no comments: the notice, a sign-in prompt and the
    form's labels under it are no comments."""
    page = parse_page(
        "Kustlijn wordt duurder\n\n" + BODY + "Reacties\n" + notice + "\nReageer\n"
        "Je bent niet ingelogd. Log in om te reageren.\nNaam\nJe reactie\nPlaats reactie\n",
        "hln.txt",
    )
    assert page.comments == ()
    assert page.article.endswith("the council said.")


def test_a_swedish_like_button_under_each_comment_is_no_name():
    """Aftonbladet's comments copied as text: "Svara" and "Gilla" under each comment."""
    page = parse_page(
        "Risk för elbrist i vinter\n\n" + BODY + "Kommentarer\n2 kommentarer\n"
        "Leif Andersson\n6 dec 2026 kl. 06:41\nOtroligt.\nSvara\nGilla\n"
        "Maja_S\n6 dec 2026 kl. 07:02\nBra artikel.\nSvara\nGilla\nMest läst\n",
        "aftonbladet.txt",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Leif Andersson", "Otroligt."),
        ("Maja_S", "Bra artikel."),
    ]


@pytest.mark.parametrize(
    "gate",
    [
        "Log in or create an account to post a comment.",
        "Sign in or register to leave a comment",
        "Please log in to comment.",
        "You must be logged in to join the discussion or read more comments.",
    ],
)
def test_a_sign_in_gate_over_a_membership_pitch_holds_no_comments(gate):
    """A magazine's story with no comments: the gate under "Comments", its buttons, a
    membership pitch and the newsletter box are the site's lines, not readers'."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments\n" + gate + "\nSign up\nLog in\n\n"
        "Become a member\nGet complete site access to expert advice, how-to videos, and more, "
        "plus the print magazine.\nStart Your Free Trial\n\nNewsletter Sign-up\nEmail address\n"
        "Sign Up\n\nAbout\nContact Us\nPrivacy Policy\n",
        "magazine.txt",
    )
    assert page.comments == ()
    assert page.article.endswith("the council said.")


def test_comments_under_a_sign_in_gate_stay_comments():
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments\nPlease log in to comment.\nNewest\n"
        "About time, that bridge has been crumbling for years.\n"
        "Where are the lorries meant to go now? The ring road is full already.\n",
        "gate.txt",
    )
    assert [c.text[:9] for c in page.comments] == ["About tim", "Where are"]


def test_a_sign_in_gate_over_comments_closed_by_their_controls_keeps_them():
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments\nLog in to comment\n\n"
        "Dave Friesen\nGood, the lorries were shaking the whole street.\nReply\nFlag\n\n"
        "Marlene Chartrand\nThey will only shake the ring road instead.\nReply\nFlag\n",
        "gate.txt",
    )
    assert [c.author for c in page.comments] == ["Dave Friesen", "Marlene Chartrand"]


def test_a_date_line_over_each_name_dates_its_comment_closed_by_its_controls():
    """A sports page's comments copied as text: the date over the name ("Sun, 07 Apr, 2024 -
    19:45" / "RebelCounty1990"), "Reply" under each; an age over a name is left out too."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments\nAdd a comment\n3 Comments\n\n"
        "Sun, 07 Apr, 2024 - 19:45\nRebelCounty1990\nBring Hayes on from the start.\nReply\n\n"
        "Sun, 07 Apr, 2024 - 20:02\nTreaty Tom\n@RebelCounty1990 Ye were lucky.\nReply\n\n"
        "2 hours ago\nShannonside\nGillane is in the form of his life.\nReply\n",
        "dated.txt",
    )
    assert [(c.author, c.posted, c.reply_to, c.text) for c in page.comments] == [
        ("RebelCounty1990", "2024-04-07T19:45", None, "Bring Hayes on from the start."),
        ("Treaty Tom", "2024-04-07T20:02", "RebelCounty1990", "@RebelCounty1990 Ye were lucky."),
        ("Shannonside", None, None, "Gillane is in the form of his life."),
    ]
    nameless = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments\nAdd a comment\n3 Comments\n\n"
        "Sun, 07 Apr, 2024 - 19:45\nRebelCounty1990\nBring Hayes on from the start.\nReply\n\n"
        "Sun, 07 Apr, 2024 - 20:02\nYe were lucky it was only seven at one stage.\nReply\n\n"
        "Mon, 08 Apr, 2024 - 08:10\nShannonside\nGillane is in the form of his life.\nReply\n",
        "nameless.txt",
    )  # a reader who gave no name: the date over the text alone
    assert (nameless.comments[1].author, nameless.comments[1].posted) == (None, "2024-04-07T20:02")
    assert nameless.comments[1].text == "Ye were lucky it was only seven at one stage."


def test_a_date_under_each_comments_buttons_dates_that_comment_not_the_next():
    """Name, text, "Reply" and "Like", then the date or age: the first comment has none over
    its name and the last buttons have one under them, so each dates the comment above."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments (3)\nNewest\n"
        "Dave Friesen\nGood, the lorries were shaking the street.\nReply\nLike (4)\n"
        "15/06/2025 07:42\nHide 1 reply\nMarlene Chartrand\nThey will shake the ring road.\n"
        "Reply\nLike\n15/06/2025 08:10\nAnonymous\nAbout time too.\nReply\nLike\n"
        "35 minutes ago\nLoad more comments\n",
        "under.txt",
    )
    assert [(c.author, c.posted, c.reply_to, c.text) for c in page.comments] == [
        ("Dave Friesen", "2025-06-15T07:42", None, "Good, the lorries were shaking the street."),
        ("Marlene Chartrand", "2025-06-15T08:10", "Dave Friesen", "They will shake the ring road."),
        ("Anonymous", None, None, "About time too."),
    ]


def test_a_quote_under_the_date_line_names_whom_the_reply_answers():
    """A British regional paper's comments ("X says..." over "9:50pm Sat 14 Jun 25"): a reply
    opens with "Ann said:" and the quoted line under the date; a Brazilian one with "Citando
    X:"."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments\n"
        "Old Town Resident says...\n9:14pm Sat 14 Jun 25\nThe square is the only quiet place "
        "left in town.\nReport this comment\nswindonlad84 says...\n9:50pm Sat 14 Jun 25\n"
        'Old Town Resident said:\n"The square is the only quiet place left in town."\n'
        "It is not on the square though, is it?\nReport this comment\n",
        "says.txt",
    )
    assert [(c.author, c.reply_to, c.posted, c.text) for c in page.comments][1] == (
        "swindonlad84",
        "Old Town Resident",
        "2025-06-14T21:50",
        "It is not on the square though, is it?",
    )
    page = parse_page(
        "Ponte fechada para caminhões\n\n" + BODY + "Comentários (2)\n"
        "Sérgio Tavares\n14/06/2025 às 20:41\nE quem precisa atravessar a cidade de carro?\n"
        "Responder\nCurtir (3)\nLuana M.\n14/06/2025 às 21:03\nCitando Sérgio Tavares:\n"
        "E quem precisa atravessar a cidade de carro?\nO anel viário continua aberto, Sérgio.\n"
        "Responder\nCurtir (17)\n",
        "ponte.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments][1] == (
        "Luana M.",
        "Sérgio Tavares",
        "O anel viário continua aberto, Sérgio.",
    )


def test_a_comment_whose_writer_gave_no_name_has_its_date_alone():
    """Names over dates, "Like" and "Reply" under each text; a reader who gave no name has the
    date line alone under the buttons above: a comment with no author, not more of the last."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments\n3 Comments\nSort by: Oldest\n"
        "Juma Mwakyusa\n14 June 2025 20:05\nGood news for the residents of the square.\nLike\n"
        "Reply\n14 June 2025 21:40\nThey said the same thing in 2022, I will believe it later."
        "\nLike\nReply\nNeema Said\n15 June 2025 07:12\nThe ring road is already full at eight."
        "\nLike\nReply\n",
        "nameless.txt",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("Juma Mwakyusa", "2025-06-14T20:05", "Good news for the residents of the square."),
        (None, "2025-06-14T21:40", "They said the same thing in 2022, I will believe it later."),
        ("Neema Said", "2025-06-15T07:12", "The ring road is already full at eight."),
    ]


def test_a_comment_whose_writer_gave_no_name_has_its_age_alone():
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments (3)\nAdd a comment\nTanvir Ahmed\n"
        "6 hours ago\nGood news for the residents of the square, at long last.\nLike · Reply\n"
        "5 hours ago\nThey said the same thing in 2022, I will believe it later.\nLike · Reply\n"
        "Nusrat Jahan\n4 hours ago\nThe ring road is already full at eight.\nLike · Reply\n",
        "aged.txt",
    )
    assert [(c.author, c.text) for c in page.comments] == [
        ("Tanvir Ahmed", "Good news for the residents of the square, at long last."),
        (None, "They said the same thing in 2022, I will believe it later."),
        ("Nusrat Jahan", "The ring road is already full at eight."),
    ]


def test_the_sites_links_between_back_to_top_and_its_copyright_end_the_last_comment():
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments (2)\nLog in to leave a comment\n\n"
        "llanidloes_len\nFull Member\nPosted 5 hours ago\n\nRode the old red there loads "
        "before the closure.\n\nsoggybottombracket\nFull Member\nPosted 38 minutes ago\n\n"
        "Spring in Wales. So, July then? 😂\n\nBack to top ↑\n\nSingletrack World\nAbout\n"
        "Advertise\nContact\nPrivacy\nTerms\n© 2025 Singletrack World. All rights reserved.\n",
        "singletrack.txt",
    )
    assert page.comments[-1].text == "Spring in Wales. So, July then? 😂"


@pytest.mark.parametrize(
    "section",
    [
        # the Brandon Sun: a heading no list knows, the moderation notice, "Showing N comments"
        "Conversation\nWe want to hear your thoughts. Comments are moderated and may take a "
        "few minutes to appear.\nLog in to comment\nShowing 2 comments\n",
        # Hospodářské noviny: the debate's Czech heading and who may join it
        "Diskuse (2)\nDo diskuse mohou přispívat pouze předplatitelé.\n",
    ],
)
def test_the_story_ends_at_its_comment_sections_heading_and_notice(section):
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + section + "Grant Fehr\n"
        "Posted: 03/21/2024 6:58 AM CDT\nNice to have a spring with no sandbags.\nReply | Report\n"
        "Shelly Kozak\nPosted: 03/21/2024 7:34 AM CDT\n@Grant Fehr the farmers need the water."
        "\nReply | Report\n",
        "sun.txt",
    )
    assert page.article.rstrip().endswith("use the ring road, the council said.")
    assert [c.author for c in page.comments] == ["Grant Fehr", "Shelly Kozak"]


def test_a_swedish_page_with_no_comments_yet_and_an_invitation_has_none():
    page = parse_page(
        "Bron stängs för lastbilar\n\n" + BODY + "Kommentarer\nInga kommentarer ännu. Bli den "
        "första att kommentera!\nLogga in för att kommentera\nMest läst\nNy restaurang öppnar"
        "\nKundservice\nTipsa oss\n",
        "bron.txt",
    )
    assert page.comments == ()


def test_an_italian_page_with_no_comments_yet_has_none():
    page = parse_page(
        "Ponte chiuso ai camion\n\n" + BODY + "Commenti\nNon ci sono ancora commenti.\n"
        "Accedi o registrati per commentare\nPotrebbe interessarti anche\nNuovi parcheggi alla "
        "Malpensata\nNewsletter\nIscriviti\nChi siamo\nPrivacy\n",
        "ponte.txt",
    )
    assert page.comments == ()


def test_a_vietnamese_papers_comments_with_their_sign_in_sort_and_hidden_replies():
    """Vietnamese words over and among the comments: "Đăng nhập để bình luận" (log in to
    comment), "Mới nhất" (newest), "Ẩn 1 phản hồi" (hide 1 reply), "Bạn đọc" (a reader who gave
    no name), and a caption credited after a dash ("- Ảnh: ...")."""
    page = parse_page(
        "Cầu cũ đóng cửa với xe tải\n15/06/2025 06:30\nLưu\nChia sẻ\n"
        "Cây cầu cũ trên sông - Ảnh: NGUYỄN AN\n"
        "Từ tháng 7, xe tải không được đi qua cầu cũ vì các trụ cầu đã bị ăn mòn nặng.\n"
        "Bình luận (2)\nĐăng nhập để bình luận\nMới nhất\nĐược thích nhất\n"
        "Minh Tuấn\nNên sửa cầu sớm, xe tải chạy làm rung cả nhà.\nTrả lời\nThích (3)\n"
        "15/06/2025 07:42\nẨn 1 phản hồi\nBạn đọc\nĐồng ý, nhà tôi cũng rung.\nTrả lời\n"
        "Thích\n2 giờ trước\nXem thêm bình luận\n",
        "cau.txt",
    )
    assert page.article.startswith("Từ tháng 7, xe tải")
    assert [(c.author, c.posted, c.reply_to) for c in page.comments] == [
        ("Minh Tuấn", "2025-06-15T07:42", None),
        ("Bạn đọc", None, "Minh Tuấn"),
    ]
    assert page.comments[1].text == "Đồng ý, nhà tôi cũng rung."


def test_names_over_posted_lines_with_the_clock_and_zone_first():
    """"Posted: 8:02 AM EST Tuesday, Mar. 5, 2024" under each name, a reply's "Reply to" line
    between (a Canadian paper's comments copied as text)."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "Comments\n5 comments\nSort: Oldest First\n\n"
        "Dave Friesen\nPosted: 8:02 AM EST Tuesday, Mar. 5, 2024\nGood, they shook the street.\n"
        "Reply\nFlag\nLike (6)\n\nMarlene Chartrand\nReply to Dave Friesen\n"
        "Posted: 8:40 AM EST Tuesday, Mar. 5, 2024\nThey will shake the ring road instead.\n"
        "Reply\nFlag\nLike (11)\n",
        "posted.txt",
    )
    assert [(c.author, c.posted, c.reply_to, c.text) for c in page.comments] == [
        ("Dave Friesen", "2024-03-05T08:02-05:00", None, "Good, they shook the street."),
        (
            "Marlene Chartrand",
            "2024-03-05T08:40-05:00",
            "Dave Friesen",
            "They will shake the ring road instead.",
        ),
    ]


def test_a_lithuanian_comment_list_and_photo_credit():
    """15min-style: "prieš 5 val." (5 hours ago) under each name, "Atsakyti" (Reply) and the
    votes under each comment; "... / BNS nuotr." a photo's credit, not the story."""
    page = parse_page(
        "Nauji dviračių takai\n\nDviratininkai prospekte / Luko Balandžio / BNS nuotr.\n\n"
        + BODY
        + "Komentarai (2)\n\nAlgis\nprieš 5 val.\nPagaliau, kasdien važiuoju.\nAtsakyti\n"
        "👍 41 👎 6\n\nRūta V.\nprieš 48 min.\n@Algis perskaitykit straipsnį.\nAtsakyti\n",
        "lt.txt",
    )
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Algis", "Pagaliau, kasdien važiuoju.", None),
        ("Rūta V.", "@Algis perskaitykit straipsnį.", "Algis"),
    ]
    assert page.article.startswith("The city council")


@pytest.mark.parametrize(
    "age",
    ["prieš 5 val.", "pirms 2 stundām", "3 tundi tagasi", "před 3 hodinami", "acum 5 ore",
     "πριν από 2 ώρες", "5 часов назад", "3 saat önce", "5 órája"],
)  # fmt: skip
def test_ages_in_more_languages_are_ages(age):
    from moderation.parse.layouts import AGE_LINE

    assert AGE_LINE.match(age)


def test_a_caption_over_share_buttons_one_to_a_line_opens_no_story():
    """El Tiempo copied as text: the picture's credit, its caption, then "Google News" /
    "WhatsApp" / "Copiar enlace" before the story's first paragraph."""
    page = parse_page(
        "Lorries barred from the old bridge\n\nPor: Redacción Bogotá\n12 de marzo de 2025\n\n"
        "Foto: Mauricio Moreno. EL TIEMPO\nTrabajos de izaje de vigas en la avenida.\n\n"
        "Google News\nWhatsApp\nCopiar enlace\n\n" + BODY,
        "share.txt",
    )
    assert page.article.startswith("The city council voted")


def test_a_quote_headed_by_said_in_portuguese_is_whom_the_reply_answers():
    page = parse_page(
        "Obra na Avenida Paraná\n\n" + BODY + "Comentários (2)\n\nMarta Lins\n"
        "12/06/2024 às 07h58\nNinguém pensa no pedestre.\nResponder\nCurtir (11)\n\n"
        "Ricardo Mendes\n12/06/2024 às 09h14\nMarta Lins disse:\nNinguém pensa no pedestre.\n"
        "Pensam sim, Marta.\nResponder\nCurtir (7)\n",
        "gazeta.txt",
    )
    assert [(c.author, c.reply_to, c.text, c.posted) for c in page.comments] == [
        ("Marta Lins", None, "Ninguém pensa no pedestre.", "2024-06-12T07:58"),
        ("Ricardo Mendes", "Marta Lins", "Pensam sim, Marta.", "2024-06-12T09:14"),
    ]


def test_in_reply_to_over_the_next_name_under_the_controls_is_that_comments():
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "3 Comments\nLogin to comment\n\n"
        "Grumpy_in_Gabriola\nMar 12 2025, 9:41am\nEvery time there is a problem, more asphalt.\n"
        "Reply\nRecommend (18)\nReport\n\nin reply to Grumpy_in_Gabriola\nRenataW\n"
        "Mar 12 2025, 10:05am\nTo be fair the second building is in the plan.\nReply\n"
        "Recommend (6)\nReport\n\nTom_Esquimalt\nMar 12 2025, 2:17pm\nBuild the boats first.\n"
        "Reply\nRecommend (15)\nReport\n\nAbout\nContact\nPrivacy\n",
        "tyee.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Grumpy_in_Gabriola", None, "Every time there is a problem, more asphalt."),
        ("RenataW", "Grumpy_in_Gabriola", "To be fair the second building is in the plan."),
        ("Tom_Esquimalt", None, "Build the boats first."),
    ]


def test_a_writers_bio_and_a_picture_credited_by_a_sentence_open_no_story():
    """The Tyee: the standfirst, the byline, the writer's bio, the lead picture's caption
    ending "Photo by <name>.", the share buttons; under the story a reader appeal and the
    comment rules."""
    page = parse_page(
        "Lorries barred from the old bridge\n\nThe corroded supports will be replaced by 2026.\n\n"
        "Hana Reid 12 Mar 2025 | TheTyee.ca\n\n"
        "Hana Reid is a reporter for The Tyee based on Vancouver Island.\n\n"
        "Lorries queue at the bridge on a Friday afternoon in February. Photo by Hana Reid.\n\n"
        "Share this article\nCopy link\n\n" + BODY + "\nSupport The Tyee\n"
        "The Tyee is supported by readers like you. Join us and grow independent media.\n\n"
        "Tyee Commenting Guidelines\nComments that violate guidelines risk being deleted, and "
        "violations may result in a temporary or permanent user ban.\n\n2 Comments\n\n"
        "Ann Lee\nMar 12 2025, 9:41am\nGood.\nReply\n\nBo Chan\nMar 12 2025, 9:50am\nBad.\nReply\n",
        "tyee.txt",
    )
    assert page.article.startswith("The city council voted")
    assert page.article.endswith("the council said.")


def test_related_reports_and_a_subscribe_now_appeal_close_no_story():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "\nRELATED REPORTS\n"
        "Water disruption: 400 areas affected this weekend\nOperator says pipe bursts down\n\n"
        "The Gazette has been covering the news without fear or favour since 1999. "
        "Subscribe now.\n\nComments (2)\n\nAnn Lee\n12 Mar 2025 09:41\nGood.\nReply\n\n"
        "Bo Chan\n12 Mar 2025 09:50\nBad.\nReply\n",
        "related.txt",
    )
    assert page.article.endswith("the council said.")


def test_related_reports_close_a_story_without_comments():
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "\nRELATED REPORTS\n"
        "Water disruption: 400 areas affected this weekend\nOperator says pipe bursts down\n",
        "related.txt",
    )
    assert page.article.endswith("the council said.")


def test_a_caption_credited_after_a_dash_and_a_date_with_its_reading_time():
    """Postmedia copied as text: the headline, the lead picture's caption ending "- Dave
    MacIsaac", the writer, then "Published Mar 05, 2024 • 3 minute read"."""
    page = parse_page(
        "News\nLocal\nCouncil approves Bedford ferry after years of delay\n\n"
        "The ferry crosses the harbour. A new route could launch in late 2026. - Dave MacIsaac\n"
        "Megan Doucette\nPublished Mar 05, 2024 • 3 minute read\nShare this Story\n" + BODY,
        "postmedia.txt",
    )
    assert page.title == "Council approves Bedford ferry after years of delay"
    assert page.article.startswith("The city council voted")


def test_ratings_and_emoji_votes_are_controls_and_a_bulgarian_reply_line_names_whom():
    page = parse_page(
        "Нови електробуси\n\n" + BODY + "Коментари (3)\n\nИван П.\nпреди 2 часа\n"
        "Най-после и на 280!\nРейтинг: +12 | -3\nОтговори\n\nСтефан Д.\nпреди 1 час\n"
        "Хубаво е, но да видим зимата.\nРейтинг: +8 | -1\nОтговори\n\nМария\nпреди 30 минути\n"
        'до коментар [#2] от "Стефан Д.":\nВъв Варшава карат от години.\n👍 5   👎 2   Reply\n',
        "dnevnik.txt",
    )
    assert [(c.author, c.text, c.reply_to) for c in page.comments] == [
        ("Иван П.", "Най-после и на 280!", None),
        ("Стефан Д.", "Хубаво е, но да видим зимата.", None),
        ("Мария", "Във Варшава карат от години.", "Стефан Д."),
    ]


def test_a_photographer_and_paper_in_capitals_after_a_dash_are_a_credit_not_the_headline():
    page = parse_page(
        "Local News\nCouncil backs $2.4 million fix for the lake spillway\n\n"
        "The spillway at the south end of the lake, where engineers found cracked concrete.\n"
        "ROB HADLEY — THE BERKSHIRE EAGLE\nBy Claire Donnelly, The Berkshire Eagle\nMar 5, 2024\n"
        "Facebook\nTwitter\n" + BODY,
        "eagle.txt",
    )
    assert page.title == "Council backs $2.4 million fix for the lake spillway"


@pytest.mark.parametrize(
    "dates",
    ["5 мар 2024, 13:55 | Обновена 5 мар 2024, 15:20",
     "Published 5 March 2024 | Updated 6 March 2024, 09:10"],
)  # fmt: skip
def test_a_headline_over_its_date_and_the_date_it_was_updated_under_a_caption(dates):
    """Dnevnik: the date line carries when the story was updated; the lead picture's caption
    sits over the share buttons, and is no headline."""
    page = parse_page(
        "Вход\nНовини\nСвят\nЕлектробуси по линии 94 и 280\n"
        f"{dates}\n4 812 прочитания | 8 коментара\nМария Иванова\nСнимка: Столична община\n"
        "Новите електробуси в депо Земляне\nСподели\nFacebook\nTwitter\n" + BODY,
        "dnevnik.txt",
    )  # fmt: skip
    assert page.title == "Електробуси по линии 94 и 280"


def test_a_dateline_place_the_audio_players_lines_and_the_end_mark_are_no_part_of_the_story():
    """The Economist copied whole: "Mar 5th 2024 | STOCKHOLM" under the standfirst, the audio
    player's ask, its app and its fallback over the text, a ■ after the last sentence."""
    page = parse_page(
        "Skip to content\nMenu\nWeekly edition\nEurope | Warm feelings\n"
        "The great Nordic heat-pump boom\n"
        "Why Scandinavians took to heat pumps and the rest of Europe has not\n\n"
        "Mar 5th 2024 | STOCKHOLM\nShare\nSave\nListen to this story.\n"
        "Enjoy more audio and podcasts on iOS or Android.\n"
        "Your browser does not support the <audio> element.\n"
        + BODY.replace("said.\n", "said. ■\n")
        + "This article appeared in the Europe section of the print edition\n",
        "economist.txt",
    )
    assert page.title == "The great Nordic heat-pump boom"
    assert page.article.startswith("The city council voted")
    assert page.article.endswith("the council said.")


@pytest.mark.parametrize(
    "tail",
    [
        # the house rules between the story and its comments
        "Advertisement\nComments: Our rules\nWe want our comments to be a lively and valuable "
        "part of our community. The ability to comment on our stories is a privilege, not a "
        "right, and that privilege may be withdrawn if it is abused.\n"
        "Please report any comments that break our rules.\nRead the rules here\n",
        # further reading, then the writer's name over a bio by the first name
        "Further reading\nBest macro lenses for every budget\nJon Hartley\n"
        "Jon is a regular contributor to Amateur Photographer and runs macro workshops.\n",
        # a newsletter box in Hungarian: its call, its appeal, its button
        "Ne maradjon le semmiről!\nIratkozzon fel az Index hírlevelére!\nFeliratkozom\n",
        # the writer's name over a bio naming a site by its address
        "Jack Sexton\nJack is road.cc's news writer and a keen commuter and gravel rider.\n",
    ],
)
def test_the_house_rules_and_a_bio_by_the_first_name_end_the_story(tail):
    page = parse_page(
        "Lorries barred from the old bridge\n\n" + BODY + "\n" + tail + "Comments (2)\n\n"
        "NorfolkNick\n05 March 2024 at 9:41am\nAnother road gone to lorries.\nReply\nReport\n\n"
        "Jan_Row\n05 March 2024 at 10:15am\nThe ring road is full already.\nReply\nReport\n",
        "news.txt",
    )
    assert page.article.endswith("the council said.")
    assert [c.author for c in page.comments] == ["NorfolkNick", "Jan_Row"]


def test_a_comments_button_under_the_byline_opens_no_comment_section_and_a_gate_is_no_comment():
    """The Shropshire Star copied whole with no comment yet: "Comments" / "Share" under the
    byline link down to the section; the headline opens with "£"; the appeal under the story
    and the sign-in gate after a question are the site's words."""
    page = parse_page(
        "Skip to content\nNews\nLocal News\n"
        "£3.2m towpath upgrade to close stretch of canal path for six months\n"
        "Walkers and cyclists will face diversions from June while the towpath is widened.\n"
        "By Harriet Cloughton\nLocal Democracy Reporter\nPublished: 6:00am Wed 15 May 2024\n"
        "Comments\nShare\n" + BODY + "Support the Shropshire Star and become a subscriber today.\n"
        "Your subscription helps us to keep bringing you the local news that matters.\n"
        "Subscribe\nComments\n"
        "Want to join the conversation? Sign in or register to comment on this article.\n"
        "There are no comments yet. Be the first to comment.\nMost Read\n",
        "star.txt",
    )  # fmt: skip
    assert page.title == "£3.2m towpath upgrade to close stretch of canal path for six months"
    assert page.article.startswith("The city council voted")
    assert page.article.endswith("the council said.")
    assert page.comments == ()


def test_an_indonesian_page_its_date_over_the_headline_a_name_dash_paper_byline_and_ages():
    """detikNews copied whole: "Kamis, 14 Mar 2024 10:31 WIB" over the headline, "Arief
    Nugroho - detikNews" under it, comments aged "3 jam yang lalu" under "Balas" / "Suka"."""
    page = parse_page(
        "detikNews\nBerita\nKamis, 14 Mar 2024 10:31 WIB\n"
        "MRT Fase 2A Molor, Stasiun Harmoni Baru Beroperasi 2029\n"
        "Arief Nugroho - detikNews\nBagikan\nKomentar\n" + BODY + "Komentar (2)\n"
        "Rina_Kusuma\n3 jam yang lalu\nYang penting aman dan benar pembangunannya.\n"
        "Balas\nSuka (21)\nhendra.wib\n58 menit yang lalu\n@Rina_Kusuma setuju, tapi macetnya "
        "sudah parah sekali.\nBalas\nSuka (8)\n",
        "detik.txt",
    )  # fmt: skip
    assert page.title == "MRT Fase 2A Molor, Stasiun Harmoni Baru Beroperasi 2029"
    assert page.article.startswith("The city council voted")
    assert [(c.author, c.text[:12]) for c in page.comments] == [
        ("Rina_Kusuma", "Yang penting"), ("hendra.wib", "@Rina_Kusuma"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "between",
    [
        # a local paper's donation appeal (the Spokesman-Review)
        "Local journalism is essential.\nGive directly to the Northwest Passages series, which "
        "helps to offset the costs of reporters, by using the easy options below.\nGive now\n",
        # tags in Romanian and a call to comment (Adevărul)
        "Etichete:\nmetrou\nMetrorex\nAi o opinie? Comentează mai jos.\n",
        "Schlagwörter:\nVerkehr\nStadtrat\nHave your say in the comments below.\n",
        # a support box: its heading, its blurb and its button
        "\nSubscribe to the Courier from £5\nSupport independent mountain bike journalism.\n"
        "Subscribe now\n",
        "\nSupport Local Journalism\nReaders make our work possible. Your financial "
        "contribution supports our efforts to deliver quality, locally relevant journalism.\n"
        "Donate\n",
        # ... in other languages, with a question or a call over the appeal (la diaria, Le
        # Télégramme, Dziennik Zachodni), and tags in Spanish
        "\nTemas: Intendencia transporte ómnibus\n\n¿Te interesó esta nota?\nSumate a la "
        "comunidad y apoyá el periodismo independiente.\nSuscribite\n",
        "\nCet article vous a intéressé ? Abonnez-vous pour soutenir l’information locale.\n"
        "Je m’abonne\n",
        "\nDołącz do nas na Facebooku!\nPublikujemy najciekawsze artykuły, wydarzenia i "
        "konkursy. Jesteśmy tam, gdzie nasi czytelnicy!\nPolub nas\n",
    ],
)
def test_a_donation_appeal_tags_in_other_languages_and_a_call_to_comment_end_the_story(between):
    page = parse_page(
        "Bridge to close to lorries\nBy Ann Smith\nMarch 5, 2024\n" + BODY + between
        + "Comments (2)\nJoe Bloggs\nMarch 5, 2024 at 10:15 am\nAbout time too, the road "
        "is falling apart.\nReply\nMary Jones\nMarch 5, 2024 at 11:02 am\nThe ring road "
        "is already full at eight.\nReply\n",
        "bridge.txt",
    )  # fmt: skip
    assert page.article.endswith("the council said.")
    assert [c.author for c in page.comments] == ["Joe Bloggs", "Mary Jones"]


def test_a_croatian_reply_line_between_the_name_and_the_date_names_whom_it_answers():
    """Večernji list copied whole: "odgovor korisniku Ana_77" under the replier's name."""
    page = parse_page(
        "Nova zonska karta od lipnja\n" + BODY + "Komentari (2)\nAna_77\n14.5.2024. u 12:40\n"
        "Konačno! Samo neka vlakovi voze na vrijeme.\nOdgovori\nSviđa mi se 18\nGost\n"
        "odgovor korisniku Ana_77\n14.5.2024. u 12:55\nVlak je jutros kasnio 25 minuta.\n"
        "Odgovori\nSviđa mi se 9\n",
        "vecernji.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.parent, c.posted) for c in page.comments] == [
        ("Ana_77", None, None, "2024-05-14T12:40"),
        ("Gost", "Ana_77", "c1", "2024-05-14T12:55"),
    ]


def test_a_danish_debate_with_its_count_opens_the_comments_and_an_age_says_for_n_timer_siden():
    """Ekstra Bladet copied whole: "Debat (5)" over the comments, the last one aged "for 2
    timer siden"; "Debat" alone is a section of the paper, in its menu."""
    page = parse_page(
        "Nyheder\nDebat\nSport\nBroen er lukket igen\n" + BODY + "Emner\nKøbenhavn\nDebat (2)\n"
        "Skriv en kommentar\nHenrik Sørensen\n11. feb. 2025 kl. 08.03\nTredje gang! Hvem har "
        "godkendt den konstruktion?\nSvar\nSynes godt om 41\nAnne-Sofie Holm\n"
        "for 2 timer siden\nGodt at det er på garantien.\nSvar\nSynes godt om 9\n",
        "ekstra.txt",
    )  # fmt: skip
    assert page.article.endswith("the council said.")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Henrik Sørensen", "2025-02-11T08:03"), ("Anne-Sofie Holm", None),
    ]  # fmt: skip


def test_where_the_story_ran_ends_it_and_an_age_after_a_mark_dates_a_one_line_header():
    """The Express Tribune copied whole: "Published in The Express Tribune, March 12th, 2025."
    under the story; "Hiba | 6 hours ago" among "Name | Mar 11, 2025 10:42pm" headers."""
    page = parse_page(
        "Food street to open in Saddar\n" + BODY
        + "Published in The Express Tribune, March 12th, 2025.\n\nCOMMENTS (3)\n\n"
        "Asad Rehman | Mar 11, 2025 10:42pm\nFinally some good news for Saddar.\n"
        "Reply Recommend 34\n\nSana K | Mar 12, 2025 08:15am\n@Asad Rehman Agreed, let us "
        "see who gets the stalls.\nReply Recommend 19\n\nHiba | 6 hours ago\nA city also "
        "needs places where families can go out.\nReply Recommend 25\n",
        "tribune.txt",
    )  # fmt: skip
    assert page.article.endswith("the council said.")
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Asad Rehman", "2025-03-11T22:42"), ("Sana K", "2025-03-12T08:15"), ("Hiba", None),
    ]  # fmt: skip


def test_a_sentence_ending_in_an_age_is_no_header():
    page = parse_page(
        "Food street to open in Saddar\n" + BODY + "Comments (2)\n"
        "Asad Rehman | Mar 11, 2025 10:42pm\nI only got home 2 hours ago\nReply\n"
        "Sana K | Mar 12, 2025 08:15am\nAgreed.\nReply\n",
        "tribune.txt",
    )  # fmt: skip
    assert [c.text for c in page.comments] == ["I only got home 2 hours ago", "Agreed."]


def test_an_english_reply_line_between_the_name_and_the_date_names_whom_it_answers():
    """Tempo English copied whole: "In reply to Rizky Pratama" under the replier's name."""
    page = parse_page(
        "Car-free street trial in Bandung\n" + BODY + "Comments (2)\nPlease sign in to comment.\n"
        "Rizky Pratama\n12 March 2025 | 11:05 WIB\nGood idea, but fix the sidewalks first.\n"
        "Reply · Like (6)\nDewi Anggraini\nIn reply to Rizky Pratama\n12 March 2025 | 11:48 WIB"
        "\nAgree, the sidewalk near the post office is broken.\nReply · Like (3)\n",
        "tempo.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Rizky Pratama", None, "2025-03-12T11:05+07:00"),
        ("Dewi Anggraini", "Rizky Pratama", "2025-03-12T11:48+07:00"),
    ]
    assert page.comments[1].text == "Agree, the sidewalk near the post office is broken."


def test_a_name_opening_like_a_day_heads_a_comment_and_a_shop_teaser_ends_the_story():
    """ChessBase copied whole: "fritzfan" (not "Fri...") and "Sunny_D" over their dates; a
    product's teaser ending "Order now!" and its price under the story."""
    page = parse_page(
        "Reykjavik Rapid: Lindqvist wins on tiebreak\n" + BODY
        + "Master Class Vol.1: Bobby Fischer\nNo other World Champion was more infamous than "
        "Bobby Fischer. Order now!\n€29.90\n\nComments 3\n\n"
        "Keshav99 3/9/2025 10:14\nWhat a story, seeded eleventh and wins.\nLike 12 | Reply\n\n"
        "fritzfan 3/9/2025 10:51\nNice, but he won on Buchholz.\nLike 4 | Reply\n\n"
        "Sunny_D 3/9/2025 11:20\n@fritzfan The tiebreak was announced before.\nLike 9 | Reply\n",
        "chessbase.txt",
    )  # fmt: skip
    assert page.article.endswith("the council said.")
    assert [c.author for c in page.comments] == ["Keshav99", "fritzfan", "Sunny_D"]


def test_a_vietnamese_comment_heading_and_ages():
    from moderation.parse.layouts import AGE_LINE, COMMENT_SECTION_HEADING

    assert COMMENT_SECTION_HEADING.match("Bình luận (5)")
    assert AGE_LINE.match("3 giờ trước") and AGE_LINE.match("45 phút trước")


def test_a_serbian_reply_line_names_the_commenter_not_the_comment():
    from moderation.parse.layouts import REPLY_TO_LINE

    line = REPLY_TO_LINE.match("Odgovor na komentar korisnika Jelena S.")
    assert line and line.group("reply_to") == "Jelena S."


def test_on_a_page_listed_newest_first_a_quote_answers_the_comment_posted_before_it():
    """The Isle of Wight County Press, "Sort by: Newest first": Sue quotes IslandLad, whose
    comment stands below hers; IslandLad quotes Sue's first comment (the lowest), not her later
    one above him."""
    page = parse_page(
        "Ferry fares to rise six per cent\n" + BODY + "Comments\n3 comments\n"
        "Sort by: Newest first\n\nShanklin Sue\n12th March 2025, 1:37pm\nIslandLad said:\n"
        "\"Register for the Islander scheme, it takes ten minutes online.\"\nI am registered, "
        "thank you! It is still four per cent on top of last year.\nReport this comment\n\n"
        "IslandLad\n12th March 2025, 9:03am\nShanklin Sue said:\n\"Another six per cent, and "
        "no way round it for hospital trips.\"\nSorry to hear that Sue. Register for the "
        "Islander scheme.\nReport this comment\n\nShanklin Sue\n12th March 2025, 8:41am\n"
        "Another six per cent, and no way round it for hospital trips. When does it stop?\n"
        "Report this comment\n",
        "countypress.txt",
    )  # fmt: skip
    ids = [c.id for c in page.comments]
    assert [(c.author, c.reply_to, c.parent) for c in page.comments] == [
        ("Shanklin Sue", "IslandLad", ids[1]),
        ("IslandLad", "Shanklin Sue", ids[2]),
        ("Shanklin Sue", None, None),
    ]


def test_a_staff_badge_between_the_name_and_the_reply_line_is_no_name():
    """The Bangor Daily News: "Erin Maddox" / "Staff" / "Replying to Peter Haskell" / date."""
    page = parse_page(
        "Fish pier rebuild approved\n" + BODY + "2 Comments\nPeter Haskell\n"
        "March 6, 2025 at 7:31 am\nGood coverage, thanks for staying on it.\nReply\n"
        "Erin Maddox\nStaff\nReplying to Peter Haskell\nMarch 6, 2025 at 9:02 am\nThanks, "
        "Peter. The harbor committee expects a plan by June.\nReply\n",
        "bdn.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Peter Haskell", None), ("Erin Maddox", "Peter Haskell"),
    ]  # fmt: skip


def test_a_finnish_replies_heading_counts_the_replies_under_a_comment():
    """Ilta-Sanomat: "Vastaukset (2)" under a comment, over its two replies."""
    page = parse_page(
        "Avantosaunan jonot venyivät\n" + BODY + "Kommentit (4)\nLöylynheittäjä\n"
        "12.3.2025 14:32\nVihdoin! Olin jonossa kaksi tuntia.\nVastaa\nTykkää 34\n\n"
        "Vastaukset (2)\n\nNäsijärven Nokia\n12.3.2025 14:50\nSama juttu, ajanvaraus auttaisi."
        "\nVastaa\nTykkää 12\n\nHervannan Hiihtäjä\n12.3.2025 15:07\nKolme tuntia pakkasessa."
        "\nVastaa\nTykkää 19\n\nMummo-83\n12.3.2025 15:15\nKannattaa tulla arkiaamuna.\n"
        "Vastaa\nTykkää 57\n",
        "is.txt",
    )  # fmt: skip
    assert [c.reply_to for c in page.comments] == [
        None, "Löylynheittäjä", "Löylynheittäjä", None,
    ]  # fmt: skip


def test_a_papers_sign_off_a_membership_appeal_and_an_inline_quote_of_a_comment():
    """Daily Maverick copied whole: the story's last line ends '... from the tap." DM', then
    "Support Daily Maverick's journalism. Become an Insider."; a comment opens "Quote from
    Pieter Visser: “...”" copying his words."""
    page = parse_page(
        "Four days without water\n" + BODY + '"I will believe it when I can make tea from the '
        'tap." DM\n\nSupport Daily Maverick\'s journalism. Become an Insider.\n\nComments\n\n'
        "Pieter Visser\n12 March 2025 at 09:12\nThe tankers come, eventually, but if you work "
        "during the day you miss them completely.\nReply\n\nNomvula Dube\n12 March 2025 at "
        "09:40\nQuote from Pieter Visser: “The tankers come, eventually, but if you work during "
        "the day you miss them completely.”\nThis is exactly our problem in Turffontein.\nReply\n",
        "maverick.txt",
    )  # fmt: skip
    assert page.article.endswith('from the tap." DM')
    assert [(c.author, c.reply_to, c.text) for c in page.comments][1] == (
        "Nomvula Dube", "Pieter Visser", "This is exactly our problem in Turffontein."
    )


def test_no_comments_yet_with_an_invitation_is_no_comment():
    page = parse_page(
        "Library to stay open until midnight\n" + BODY + "Comments\n\nThere are no comments "
        "yet. Start the conversation.\n\nLog in to comment\n",
        "err.txt",
    )
    assert page.comments == ()


def test_a_breadcrumb_is_no_headline_and_a_count_of_shown_replies_between_closed_comments():
    """Thanh Niên copied whole: "Thời sự › Dân sinh" over the headline; comments closed by
    "Thích 23" / "Trả lời", the date under the text, "Ẩn 1 trả lời" (hide 1 reply) over the
    reply to the comment above it."""
    page = parse_page(
        "Thanh Niên\nThời sự\nĐăng nhập\n\nThời sự › Dân sinh\n\nHuế chạy thử tuyến xe buýt điện "
        "nối trung tâm với các lăng tẩm\n\nHoàng Sơn\n12/03/2025 14:35 GMT+7\n\n" + BODY
        + "\nBình luận (3)\n\nGửi bình luận\nBạn cần đăng nhập để bình luận\n\nNguyễn Minh Tâm\n"
        "Quá hay! Có xe buýt thì người lớn tuổi đi cũng tiện hơn nhiều.\n12/03/2025 15:10\n"
        "Thích 23\nTrả lời\n\nẨn 1 trả lời\n\nLê Thu Hà\nĐồng ý với bạn, ba mẹ mình phải thuê "
        "taxi cả ngày.\n12/03/2025 15:42\nThích 8\nTrả lời\n\nPhạm Quốc Bảo\nNên cho chạy thêm "
        "buổi tối.\n3 giờ trước\nThích 14\nTrả lời\n",
        "thanhnien.txt",
    )  # fmt: skip
    assert page.title == "Huế chạy thử tuyến xe buýt điện nối trung tâm với các lăng tẩm"
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Nguyễn Minh Tâm", None), ("Lê Thu Hà", "Nguyễn Minh Tâm"), ("Phạm Quốc Bảo", None),
    ]  # fmt: skip


def test_norwegian_published_and_updated_lines_head_no_comment():
    """Dagbladet copied whole: "Publisert 14.03.2024 kl. 21.03" / "Oppdatert ..." under the
    byline and again under the story; comments closed by "Svar  Lik  Rapporter"."""
    page = parse_page(
        "NYHETER\nSnøskuter-løypa stenges etter klager\n\nIngrid Haugen\nJournalist\n"
        "Publisert 14.03.2024 kl. 21.03\nOppdatert 15.03.2024 kl. 08.40\n\n" + BODY
        + "\nPublisert 14.03.2024 kl. 21.03\nOppdatert 15.03.2024 kl. 08.40\n\nKommentarer (2)\n\n"
        "Trond Eggen\n14.03.2024 kl. 21.46\nFolk kjøper hytte og så vil de at bygda skal "
        "tilpasse seg.\nSvar  Lik  Rapporter\n\nHilde M. Sæther\n14.03.2024 kl. 22.10\nSvar til "
        "Trond Eggen\nJeg bor fast her og er glad for vedtaket.\nSvar  Lik  Rapporter\n",
        "dagbladet.txt",
    )  # fmt: skip
    assert page.article.endswith("the council said.")
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Trond Eggen", None, "2024-03-14T21:46"),
        ("Hilde M. Sæther", "Trond Eggen", "2024-03-14T22:10"),
    ]


def test_french_comments_dated_publie_le_and_closed_by_signaler_un_abus():
    """Ouest-France copied whole: "Publié le 14/05/2024 à 12h18" under each name, "Répondre
    Signaler un abus" under each comment, an indented "Réponse à X" over a reply's name."""
    page = parse_page(
        "Nouvelle liaison vers Jersey\n" + BODY + "Commentaires (3)\nRédiger un commentaire\n\n"
        "Yannick35\nPublié le 14/05/2024 à 12h18\nEnfin ! On attendait ça depuis des mois.\n"
        "Répondre   Signaler un abus\n\nCorsaire_malouin\nPublié le 14/05/2024 à 12h51\n39 € "
        "l'aller sans voiture, ça reste cher.\nRépondre   Signaler un abus\n\n  Réponse à "
        "Corsaire_malouin\n  MarieLouise\n  Publié le 14/05/2024 à 13h30\n  Pour une journée à "
        "Jersey ça reste raisonnable.\n  Répondre   Signaler un abus\n",
        "ouest.txt",
    )  # fmt: skip
    assert [(c.author, c.reply_to, c.posted) for c in page.comments] == [
        ("Yannick35", None, "2024-05-14T12:18"),
        ("Corsaire_malouin", None, "2024-05-14T12:51"),
        ("MarieLouise", "Corsaire_malouin", "2024-05-14T13:30"),
    ]


def test_a_view_count_the_house_rules_and_a_link_to_the_top_under_a_story_are_no_comments():
    """The Taipei Times copied as text, a story with no comments: its read count, the rules of
    a comment section that shows none, and "TOP top" are neither story nor comments."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "\nThis story has been viewed 2148 times.\n\n"
        "Comments will be moderated. Keep comments relevant to the article. Remarks containing "
        "abusive and obscene language, personal attacks of any kind or promotion will be "
        "removed and the user banned.\n\nTOP top\n\nMost Popular\n1. Cabinet approves draft "
        "amendments\n",
        "taipei.txt",
    )
    assert page.comments == ()
    assert page.article.endswith("the council said.")


def test_a_writers_role_in_spanish_ends_the_story_and_hide_n_replies_nests_them():
    """A Caribbean paper copied as text: "Mariela Guzmán" / "Periodista de la sección ..."
    under the story, and "Ocultar 2 respuestas" under a comment whose replies follow it."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "\nMariela Guzmán\n"
        "Periodista de la sección Gran Santo Domingo.\n\nComentarios (3)\n\n"
        "Rafael Almonte\n13 de mayo de 2024, 9:15 a. m.\nYa era hora, la avenida es un parqueo.\n"
        "Me gusta (14)\nResponder\nOcultar 2 respuestas\n\n"
        "Yokasta P.\n13 de mayo de 2024, 9:40 a. m.\nEl problema es la doble fila.\n"
        "Me gusta (6)\nResponder\n\n"
        "Pedro Sánchez M.\n13 de mayo de 2024, 10:02 a. m.\nPor algo se empieza.\n"
        "Me gusta (3)\nResponder\n",
        "listin.txt",
    )
    assert page.article.endswith("the council said.")
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Rafael Almonte", None),
        ("Yokasta P.", "Rafael Almonte"),
        ("Pedro Sánchez M.", "Rafael Almonte"),
    ]


@pytest.mark.parametrize(
    ("reply_line", "name"),
    [
        ("Vastaus nimimerkille Kalle Oulunsuu", "Kalle Oulunsuu"),  # Finnish: to the nickname
        ("em resposta a Kalle Oulunsuu", "Kalle Oulunsuu"),  # under a name with an initial
    ],
)
def test_a_reply_line_under_a_name_ending_in_an_initial_names_whom(reply_line, name):
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "\nComments (2)\n\n"
        "Kalle Oulunsuu\n14.05.2024 7:52\nThe buses never run late enough.\nReply\n\n"
        f"Rita de Cássia M.\n{reply_line}\nhá 1 hora\nThey will add evening runs.\nReply\n",
        "reply.txt",
    )
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Kalle Oulunsuu", None),
        ("Rita de Cássia M.", name),
    ]


def test_a_romanian_quote_of_an_earlier_comment_is_taken_out():
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "\nComentarii (2)\n\n"
        "Mihai Sabău\n14.05.2024, 11:20\nCentrul e sufocat de mașini.\nRăspunde | Raportează\n\n"
        "Ioana_CJ\n14.05.2024, 12:03\nCitat din Mihai Sabău:\nCentrul e sufocat de mașini\n"
        "Da, dar autobuzele sunt pline.\nRăspunde | Raportează\n",
        "ro.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Mihai Sabău", None, "Centrul e sufocat de mașini."),
        ("Ioana_CJ", "Mihai Sabău", "Da, dar autobuzele sunt pline."),
    ]


def test_reply_with_its_votes_after_a_colon_is_a_control_and_replied_to_names_whom():
    """A Sri Lankan paper copied as text: "Reply : 14 8" under each comment, "Replied to X"
    between a name and its date, and the form's "Add comment" after the last."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "\nComments - 2\n\n"
        "Dilani Fernando\nThursday, 12 June 2025 10:05 PM\nThe walk from the station is long.\n"
        "Reply : 22 2\n\nM. Rizwan\nReplied to Dilani Fernando\nFriday, 13 June 2025 08:02 AM\n"
        "A shuttle will run from the station.\nReply : 4 0\nAdd comment\n"
        "Comments will be edited and authorized at the discretion of the editors.\nSubmit\n",
        "mirror.txt",
    )
    assert [(c.author, c.reply_to, c.text) for c in page.comments] == [
        ("Dilani Fernando", None, "The walk from the station is long."),
        ("M. Rizwan", "Dilani Fernando", "A shuttle will run from the station."),
    ]


@pytest.mark.parametrize(
    "hide", ["Hide replies (2)", "Skrij odgovore (2)"], ids=["english", "slovene"]
)
def test_hide_replies_with_their_count_after_it_nests_the_replies_under_the_comment(hide):
    """Zimbabwe's NewsDay and Slovenia's 24ur copied as text: "Hide replies (2)" (its count
    after it) under a comment's controls, its two replies next."""
    page = parse_page(
        "Bridge closed to lorries\n\n" + BODY + "\nComments\n\n"
        "Tendai M.\nJune 14, 2025 09:12 CAT\nNo water since Tuesday.\nReply\n" + hide + "\n"
        "Chipo Nyathi\nJune 14, 2025 10:15 CAT\nAt least they published a schedule.\nReply\n"
        "Blessing K.\nJune 14, 2025 11:30 CAT\nThe chemicals were delivered.\nReply\n"
        "Farai\nJune 14, 2025 11:47 CAT\nDelivered, yes. Paid for?\nReply\n",
        "newsday.txt",
    )
    assert [c.reply_to for c in page.comments] == [None, "Tendai M.", "Tendai M.", None]


@pytest.mark.parametrize(
    "head",
    [
        # the lead picture's caption over its credit ("Photographer / Paper")
        "By\nJenna Thorsen\nJune 13, 2025 at 5:45 PM\nShare\nPrint\nWaves break along the "
        "shoreline near the beach on Thursday.\nSteve Kuchera / Duluth News Tribune\n",
        "By Ann Lee\nMarch 5, 2024\nThe bridge at dawn.\nPhoto: Ann Lee\n",  # "Photo: X" under it
        # ... or the paper's name in brackets after it (Le Télégramme)
        "Publié le 12 mars 2025 à 16h20\nPartager\n\nSylvie, fromagère, a retrouvé son étal "
        "sous la halle rénovée. (Le Télégramme)\n\n",
    ],
)
def test_the_lead_pictures_caption_beside_its_credit_is_not_the_story(head):
    page = parse_page(
        "Home\nNews\nSport\nBridge closed to lorries\n" + head + BODY + "\nComments (1)\n\n"
        "NorfolkNick\n05 March 2024 at 9:41am\nAnother road gone to lorries.\nReply\nReport\n",
        "caption.txt",
    )
    assert page.title == "Bridge closed to lorries"
    assert page.article.startswith("The city council voted")


def test_a_japanese_papers_comments_under_their_writers_and_ages():
    """Yahoo! JAPAN-style news copied as text: the story's sentences end in "。" and hold no
    spaces, and each comment is a writer over its age ("2時間前") and the reactions' counts."""
    page = parse_page(
        "ニュース\nトップ\n国内\n\n北海道の新しい橋、開通が半年遅れる見通し\n3/14(木) 18:32配信\n\n"
        "北海道の新しい橋について、市は14日、工事が難航しているとして開通が半年ほど遅れる見通しを"
        "明らかにした。\n\n市によると、橋脚の基礎工事で想定より固い岩盤が見つかり、作業が止まって"
        "いるという。住民からは困惑の声が上がっている。\n\n"
        "コメント\n12件\nコメントを書く\n\n"
        "sap*****\n2時間前\n\n毎日あの橋を使う予定だったので残念です。早く開通してほしいと思います。"
        "\n\n共感した\n51\nなるほど\n7\n\n"
        "北の鉄道ファン\n1時間前\n\n岩盤が固いのは事前の調査で分からなかったのでしょうか。説明がほしい。"
        "\n\n共感した\n20\nなるほど\n3\n\n"
        "mon*****\n35分前\n\n半年なら仕方ない。安全第一でお願いします。\n\n共感した\n9\nなるほど\n1\n",
        "yahoo.txt",
    )
    assert page.article.endswith("住民からは困惑の声が上がっている。")
    assert [c.author for c in page.comments] == ["sap*****", "北の鉄道ファン", "mon*****"]
    assert page.comments[0].text.startswith("毎日あの橋を使う予定だったので残念です。")
    assert page.comments[0].text.endswith("早く開通してほしいと思います。")
    assert page.comments[1].text.endswith("説明がほしい。")


def test_a_hindi_papers_comments_signed_with_their_places():
    """Navbharat Times copied as text: a cookie notice in Hindi over the headline, the writer's
    role ("प्रमुख संवाददाता") and "<outlet> | Updated: ..." under it, sentences ending in "।",
    the writer's box ("लेखक के बारे में") under the story; each comment "Name, Place" over a
    Hindi date or age ("2 घंटे पहले"), a reply list under "2 जवाब छिपाएं" (hide 2 replies)."""
    controls = "पसंद करें\n12\nजवाब दें\nरिपोर्ट करें\n"
    page = parse_page(
        "होम\nशहर\nदेश\nहम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं। इस साइट का "
        "उपयोग जारी रखकर आप हमारी कुकी नीति से सहमत होते हैं।\nस्वीकार करें\nदिल्ली\n"
        "दिल्ली में नई बस लाइन अगले महीने से शुरू होगी, 12 नए स्टॉप जुड़ेंगे\n"
        "प्रमुख संवाददाता\nनवभारतटाइम्स.कॉम | Updated: 14 Mar 2024, 7:30 am\n"
        "दिल्ली परिवहन निगम ने बुधवार को बताया कि नई बस लाइन अगले महीने से शुरू होगी। इस पर कुल "
        "12 नए स्टॉप बनाए गए हैं।\n\nअधिकारियों के मुताबिक, रोजाना करीब 20 हजार यात्रियों को "
        "इसका फायदा होगा।\nलेखक के बारे में\nप्रमुख संवाददाता\nनवभारत टाइम्स में दिल्ली की नागरिक "
        "सुविधाओं पर लिखते हैं।\nइस आर्टिकल को शेयर करें\nFacebook\nWhatsApp\n"
        "कॉमेंट लिखें\n4 कॉमेंट\nसबसे नए\nसबसे पुराने\n"
        "अमित वर्मा, जनकपुरी\n14 मार्च 2024, 08:12 AM IST\nबहुत अच्छी खबर है। अब सीधा सफर हो "
        "जाएगा।\n" + controls + "Priya Singh, Dwarka\n14 मार्च 2024, 08:40 AM IST\nLast year bhi "
        "yahi bola tha. Dekhte hain.\n" + controls + "2 जवाब छिपाएं\n"
        "Mohd. Arif, Laxmi Nagar\n1 घंटा पहले\nसुरक्षा के साथ समझौता नहीं होना चाहिए।\n" + controls
        + "Priya Singh, Dwarka\n35 मिनट पहले\n@Mohd. Arif bilkul sahi, bas nayi date na dein.\n"
        + controls + "और कॉमेंट देखें\n",
        "nbt.txt",
    )  # fmt: skip
    assert page.title == "दिल्ली में नई बस लाइन अगले महीने से शुरू होगी, 12 नए स्टॉप जुड़ेंगे"
    assert page.article.startswith("दिल्ली परिवहन निगम ने बुधवार")
    assert page.article.endswith("इसका फायदा होगा।")
    assert [c.author for c in page.comments] == [
        "अमित वर्मा", "Priya Singh", "Mohd. Arif", "Priya Singh"
    ]
    assert [c.posted for c in page.comments] == [
        "2024-03-14T08:12", "2024-03-14T08:40", None, None
    ]
    assert page.comments[2].reply_to == "Priya Singh"
    assert page.comments[3].reply_to == "Mohd. Arif"


def test_one_name_with_a_comma_is_left_whole():
    page = parse_page(
        "Bridge to close for repairs\n\n" + BODY + "Comments\n"
        "Smith, Jo\n14 March 2024 08:12\nGood news for the town, finally.\n"
        "Ann Lee\n14 March 2024 09:02\nAbout time they fixed it, I think.\n",
        "news.txt",
    )
    assert [c.author for c in page.comments] == ["Smith, Jo", "Ann Lee"]


def test_the_writers_box_under_a_story_is_no_part_of_it():
    page = parse_page(
        "Bridge to close for repairs\nBy Anna Berg\n12 Mar 2024\n" + BODY + "About the author\n"
        "Anna Berg\nAnna Berg covers transport and the city council for the paper.\n"
        "Share this article\nFacebook\nX\n",
        "news.txt",
    )
    assert page.article.endswith("the council said.")


def test_a_bosnian_papers_head_and_the_replies_control_between_comments():
    """Klix.ba copied whole: a cookie banner in Bosnian ("kolačiće") over the story, the
    writer's initials ("D.Ć.") over a date with its weekday ("Četvrtak, 14.3.2024. 07:32"),
    and "Sakrij odgovore (2)" (hide 2 replies) under a comment's votes: no part of its text."""
    votes = "Odgovori\n21\n9\nPrijavi\n"
    page = parse_page(
        "Vijesti\nSarajevo\nPrijava\nOva web stranica koristi kolačiće\nKoristimo kolačiće kako "
        "bismo personalizirali sadržaj i oglase te analizirali naš promet.\nPrihvati sve\n"
        "Vijesti / Sarajevo\nTramvaj do Hrasnice: Radovi počinju u maju\nD.Ć.\n"
        "Četvrtak, 14.3.2024. 07:32\nKanton Sarajevo potpisao je ugovor o izgradnji pruge od "
        "Ilidže do Hrasnice, a radovi bi trebali početi u maju.\n\nPrve vožnje planirane su za "
        "kraj 2025. godine, rekao je ministar.\nPodijeli\nFacebook\nKomentari (3)\n"
        "sarajlija_1984\n14.03.2024. u 09:12\nVjerovat ću kad vidim prvi tramvaj u Hrasnici.\n"
        + votes + "Sakrij odgovore (1)\nEmir_K\n14.03.2024. u 09:30\nVogošća ide, samo sporo. "
        "Bitno da se krenulo.\n" + votes + "Dino.M\n14.03.2024. u 08:41\nČetiri stajališta na "
        "3 km je malo.\n" + votes + "Učitaj još komentara\n",
        "klix.txt",
    )
    assert page.title == "Tramvaj do Hrasnice: Radovi počinju u maju"
    assert page.article.startswith("Kanton Sarajevo")
    assert [(c.author, c.text) for c in page.comments] == [
        ("sarajlija_1984", "Vjerovat ću kad vidim prvi tramvaj u Hrasnici."),
        ("Emir_K", "Vogošća ide, samo sporo. Bitno da se krenulo."),
        ("Dino.M", "Četiri stajališta na 3 km je malo."),
    ]
    assert page.comments[1].reply_to == "sarajlija_1984"


def test_a_hungarian_forums_posts_numbered_newest_first_name_the_post_they_answer():
    """hvg.hu copied as text: each post's nick, "2025. március 12. 18:47" and its number "#3"
    over the text; "Előzmény: Ann (1)" names the post it answers, further down the page."""
    controls = "Válasz\nTetszik (3)\nJelentés\n"
    page = parse_page(
        "Áprilistól csak digitálisan lehet bérletet venni\nhvg.hu\n2025. március 12. 14:35\n"
        "Április 1-jétől a pénztárakban már nem adnak ki papíralapú bérletet, közölte a "
        "társaság.\n\nA változás a vármegyebérletekre és az országbérletre is vonatkozik.\n"
        "Hozzászólások (3)\nLegújabb elöl\n"
        "szürkevarjú\n2025. március 12. 18:47\n#3\nElőzmény: tankcsapda77 (1)\nÉn is a kártyát "
        "választottam, gyorsan megvolt.\n" + controls
        + "Kovács_Béla\n2025. március 12. 17:02\n#2\nA vonaton is lehet venni, csak pótdíjjal.\n"
        + controls + "tankcsapda77\n2025. március 12. 16:30\n#1\nHárom éve digitális bérletem "
        "van, semmi gond vele.\n" + controls,
        "hvg.txt",
    )
    assert [(c.author, c.posted, c.text) for c in page.comments] == [
        ("szürkevarjú", "2025-03-12T18:47", "Én is a kártyát választottam, gyorsan megvolt."),
        ("Kovács_Béla", "2025-03-12T17:02", "A vonaton is lehet venni, csak pótdíjjal."),
        ("tankcsapda77", "2025-03-12T16:30", "Három éve digitális bérletem van, semmi gond vele."),
    ]
    assert page.comments[0].reply_to == "tankcsapda77"
    assert page.comments[0].parent == page.comments[2].id


def test_a_turkish_papers_replies_under_their_hide_control():
    controls = "Yanıtla\n148\n6\nŞikayet Et\n"
    page = parse_page(
        "İstanbul'da kira artışlarında yeni dönem\nHaber Merkezi\n12 Mart 2025 09:00\n"
        "İstanbul'da konut kiraları son bir yılda ortalama yüzde 68 arttı, dedi yetkililer.\n\n"
        "Bakanlık yeni konut projeleriyle arzın artırılacağını ifade etti.\nYORUMLAR (3)\n"
        "Mehmet Y.\n12 Mart 2025 10:41\nMaaşım yüzde 30 arttı, kira yüzde 70.\n" + controls
        + "1 yanıtı gizle\nAyşe Kaya\n12 Mart 2025 11:03\nAynen öyle, biz de taşındık.\n"
        + controls + "Serkan\n38 dakika önce\nÜniversite çevresi felaket.\n" + controls,
        "sozcu.txt",
    )
    assert [(c.author, c.posted) for c in page.comments] == [
        ("Mehmet Y.", "2025-03-12T10:41"), ("Ayşe Kaya", "2025-03-12T11:03"), ("Serkan", None)
    ]
    assert page.comments[1].reply_to == "Mehmet Y."
    assert page.comments[0].text == "Maaşım yüzde 30 arttı, kira yüzde 70."


def test_a_reply_line_in_the_past_tense_between_name_and_date():
    """ABC Color copied as text: "respondió a Carlos Benítez" between a reply's writer and its
    date names whom it answers; it is no writer's name."""
    controls = "Me gusta (12)\nResponder\nDenunciar\n"
    page = parse_page(
        "Transportistas amenazan con paro\n\n" + BODY + "Comentarios (3)\n"
        "Carlos Benítez\n12 de marzo de 2025, 07:14\nSiempre lo mismo, los empresarios amenazan "
        "y nadie controla.\n" + controls + "Mirta Gauto\nrespondió a Carlos Benítez\n"
        "12 de marzo de 2025, 07:39\nExactamente. Y encima el pasaje sube cada año.\n" + controls
        + "Osvaldo\n12 de marzo de 2025, 08:02\nMientras tanto los taxis felices.\n" + controls,
        "abc.txt",
    )
    assert [(c.author, c.reply_to) for c in page.comments] == [
        ("Carlos Benítez", None), ("Mirta Gauto", "Carlos Benítez"), ("Osvaldo", None)
    ]
    assert page.comments[1].parent == page.comments[0].id


def test_the_sections_name_over_a_headline_as_the_menu_wrote_it_is_not_the_headline():
    """Sky & Telescope copied whole: "Celestial Objects to Watch", a menu item, stands again
    over the headline as the story's section; the headline is the line under it."""
    page = parse_page(
        "Skip to content\nNews\nObserving\nCelestial Objects to Watch\nObserving Tips\n"
        "Home » Observing » Catch Mercury at Its Best Evening Apparition\n"
        "Celestial Objects to Watch\nCatch Mercury at Its Best Evening Apparition\n"
        "By Carla Bentsen\nMarch 3, 2025\n" + BODY + "Comments\n",
        "skytel.txt",
    )
    assert page.title == "Catch Mercury at Its Best Evening Apparition"
