"""Wiki talk pages as MediaWiki draws them with DiscussionTools (Wikipedia, Fandom): each signed
comment is marked from a `data-mw-comment-start` span, whose id names its writer and time
("c-Kestrel73-20240304110200"), to the `data-mw-comment-end` span after its signature.

The text between the two marks is the comment, less the signature ("Kestrel73 (talk) 11:02, 4
March 2024 (UTC)"); the nesting is the wiki's indentation (`<dl><dd>`), one level per reply. A
section's first comment opened its discussion: it is the page's article (`Thread.opens`), and
nothing above the first section (the talk header, project banners) is a story beside it.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from moderation.parse.html_discovery import ancestors
from moderation.parse.html_posts import Thread
from moderation.parse.markup import BLOCK_TAGS, NOT_TEXT_TAGS
from moderation.parse.threads import shallower
from moderation.parse.timestamps import to_iso
from moderation.types import Comment

_COMMENT_ID = re.compile(r"^c-(?P<user>.+?)-(?P<time>\d{14})(?:-|$)")
# The signature closing a comment: the writer's link, "(talk)", the UTC time; or, with a name
# that is not the account's, whatever stands after the last sentence before "(talk)".
_SIGNATURE_TAIL = r"\s*\((?:talk|contribs)[^)]*\).*$"
_ANY_SIGNATURE = re.compile(r"(?<=[.!?:])\s+[^.!?\n]{1,60}?" + _SIGNATURE_TAIL, re.S)


def _without_signature(text: str, user: str) -> str:
    """The comment without its signature ("Kestrel73 (talk) 11:02, 4 March 2024 (UTC)", or
    "Preceding unsigned comment added by 81.2.69.160 (talk)")."""
    own = re.compile(
        r"\s*(?:[—–-]{1,2}\s*)?(?:[—–]?\s*Preceding unsigned comment added by\s+)?"
        + re.escape(user)
        + _SIGNATURE_TAIL,
        re.S,
    )
    signed = list(own.finditer(text))
    if signed:
        return text[: signed[-1].start()].strip()
    return _ANY_SIGNATURE.sub("", text).strip()


def talk_page_comments(tree: LexborHTMLParser) -> Thread | None:
    """The signed comments of a talk page drawn by DiscussionTools, or None without its marks."""
    starts = [
        node
        for node in tree.css("[data-mw-comment-start]")
        if _COMMENT_ID.match(node.attributes.get("id") or "")
    ]
    if not starts or tree.body is None:
        return None
    texts = _marked_texts(tree.body, {node.attributes.get("id") or "" for node in starts})
    comments: list[Comment] = []
    depths: list[int | None] = []
    for start in starts:
        mark = start.attributes.get("id") or ""
        found = _COMMENT_ID.match(mark)
        assert found is not None  # filtered above
        user, stamp = found.group("user").replace("_", " "), found.group("time")
        text = _without_signature(texts.get(mark, ""), user)
        if not text:
            continue
        depth = sum(1 for node in ancestors(start) if node.tag == "dd")
        parent = shallower(comments, depths, depth)
        comments.append(
            Comment(
                id=mark,
                text=text,
                author=user,
                reply_to=parent.author if parent else None,
                posted=to_iso(f"{stamp[:8]}T{stamp[8:]}Z"),  # "20240304110200": UTC
                parent=parent.id if parent else None,
            )
        )
        depths.append(depth)
    for start in starts:  # read: not the article's text
        start.decompose()
    return Thread(tuple(comments), opens=bool(comments), prose_before=0) if comments else None


def _marked_texts(body: LexborNode, marks: set[str]) -> dict[str, str]:
    """The text between each start mark and its end mark, a line per block, in one walk."""
    texts: dict[str, list[str]] = {}
    open_marks: list[str] = []

    def walk(node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                for mark in open_marks:
                    texts[mark].append(child.text_content or "")
                continue
            attributes = child.attributes
            if "data-mw-comment-start" in attributes and attributes.get("id") in marks:
                open_marks.append(attributes["id"])
                texts[attributes["id"]] = []
            elif (end := attributes.get("data-mw-comment-end")) in open_marks:
                open_marks.remove(end)
            elif child.tag in NOT_TEXT_TAGS:
                continue
            else:
                block = child.tag in BLOCK_TAGS
                for mark in open_marks if block else ():
                    texts[mark].append("\n")
                walk(child)
                for mark in open_marks if block else ():
                    texts[mark].append("\n")

    walk(body)
    return {
        mark: "\n".join(
            " ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()
        )
        for mark, parts in texts.items()
    }
