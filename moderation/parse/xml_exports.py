"""Comment exports in XML: Disqus's forum export, WordPress's WXR, and others of their shape.

Read by shape, not by vendor. The records are the repeated element that holds most comment
texts (a field named in `EXPORT_COLUMNS`); a record's fields are its child elements and
attributes by local name, so namespaces do not matter, and a prefix naming the record itself is
dropped (WXR's `<wp:comment>` holds `comment_author`, `comment_content`, `comment_parent`). An
element that holds only an id attribute stands for that id (Disqus's `<parent dsq:id="7"/>`).
Markup inside a text field (Disqus messages are HTML) is read as a page shows it.

When every comment belongs to one container (WXR's `<item>`, holding them; Disqus's `<thread>`,
named by id), its title and body are the page's article; an export of many threads has none.
A document type declaration is refused: exports never have one, and its entities could expand
without bound.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from xml.etree import ElementTree

from moderation.errors import PageError
from moderation.parse.boilerplate import bare_title
from moderation.parse.exports import export_field, export_page
from moderation.parse.layouts import EXPORT_COLUMNS, XML_ARTICLE_FIELDS
from moderation.parse.markup import markup_text
from moderation.types import Page

_DECLARATION = re.compile(r"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(!doctype\s+)?html[\s>]", re.IGNORECASE)


def looks_like_xml_export(text: str) -> bool:
    """An XML document that is not XHTML: it declares itself and has no <html> root."""
    head = text.lstrip()[:4096]
    return head.startswith("<?xml") and _HTML_ROOT.search(head) is None


def parse_xml_export(text: str, source: str) -> Page:
    """The comments of an XML export, in document order, with the article when there is one."""
    if _DECLARATION.search(text):
        raise PageError(f"{source}: XML with a document type declaration is not read")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        line, column = error.position
        raise PageError(f"{source}: not well-formed XML (line {line}, column {column})") from error
    try:
        found = _records(root)
        if not found:
            names = ", ".join(EXPORT_COLUMNS["text"])
            raise PageError(f"{source}: no comment records (elements with one of: {names})")
        elements, records = [element for element, _ in found], [record for _, record in found]
        title, article = _article(root, elements, records)
    except RecursionError as error:  # records are read recursively; exports nest a few levels
        raise PageError(f"{source}: XML nested too deeply to be a comment export") from error
    page = export_page([_readable(record) for record in records], source)
    return Page(source=source, title=title, article=article, comments=page.comments)


def _local(name: str) -> str:
    """A tag or attribute name without namespace, lower case: '{http://…}Comment' → 'comment'."""
    return name.rsplit("}", 1)[-1].lower()


def _records(root: ElementTree.Element) -> list[tuple[ElementTree.Element, dict[str, Any]]]:
    """The elements, each with its record, of the tag that holds the most non-empty comment
    texts."""
    found: dict[str, list[tuple[ElementTree.Element, dict[str, Any]]]] = {}
    texts: Counter[str] = Counter()
    for element in root.iter():
        if len(element) == 0 and not _signed_leaf(element):
            continue
        record = _record(element)
        if _text_of(export_field(record, "text")):
            tag = _local(element.tag)
            texts[tag] += 1
            found.setdefault(tag, []).append((element, record))
    if not texts:
        return []
    return found[texts.most_common(1)[0][0]]


def _record(element: ElementTree.Element) -> dict[str, Any]:
    """An element as a record: its attributes and child elements, the first non-empty value of
    each name kept (Disqus gives `dsq:id` and an empty `<id/>`; WXR `content:encoded` before
    `excerpt:encoded`)."""
    record: dict[str, Any] = {_local(name): value for name, value in element.attrib.items()}
    if _signed_leaf(element):  # Jira: <comment author="bk" created="...">text</comment>
        record["text"] = (element.text or "").strip()
    prefix = _local(element.tag) + "_"
    for child in element:
        name = _field_name(child) or _local(child.tag).removeprefix(prefix) or _local(child.tag)
        value = _value(child)
        if record.get(name) in (None, ""):  # the first non-empty value of a name is kept
            record[name] = value
    return record


def _field_name(child: ElementTree.Element) -> str | None:
    """The name a generic field element carries in an attribute: Zoho's `<fl val="Comment">`,
    `<field name="body">`, `<column key="author">`."""
    if len(child) or _local(child.tag) not in _FIELD_TAGS:
        return None
    return next((v for k, v in child.attrib.items() if _local(k) in _FIELD_NAME_ATTRIBUTES), None)


_FIELD_TAGS = frozenset({"fl", "field", "column", "col", "attribute", "property", "value"})
_FIELD_NAME_ATTRIBUTES = ("val", "name", "key", "id", "column")


def _signed_leaf(element: ElementTree.Element) -> bool:
    """A leaf whose text is a comment and whose attributes say who wrote it, or when."""
    named = {_local(name) for name in element.attrib}
    signed = named & {*EXPORT_COLUMNS["author"], *EXPORT_COLUMNS["posted"]}
    return len(element) == 0 and bool(signed) and bool((element.text or "").strip())


def _value(element: ElementTree.Element) -> Any:
    """Text for a leaf, the id for an element holding only an id, a record for the rest (an
    empty element naming someone in its attributes: Redmine's `<user id="5" name="Luis"/>`)."""
    if len(element):
        return _record(element)
    text = (element.text or "").strip()
    if not text:
        ids = [value for name, value in element.attrib.items() if _local(name) == "id"]
        if ids and len(element.attrib) > 1:
            return _record(element)
        if ids:
            return ids[0]
    return text


def _readable(record: dict[str, Any]) -> dict[str, Any]:
    """The record under the project's field names, its text stripped; `export_page` reads the
    text's markup, once (read here too, "&lt;b&gt;" became a tag and was dropped)."""
    fields = {name: export_field(record, name) for name in EXPORT_COLUMNS}
    return {**record, **fields, "text": _text_of(fields["text"])}


def _text_of(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _article(
    root: ElementTree.Element,
    elements: list[ElementTree.Element],
    records: list[dict[str, Any]],
) -> tuple[str | None, str]:
    """Title and body of the one container all comments belong to; none when they differ."""
    parents = {child: parent for parent in root.iter() for child in parent}
    holders = {id(parents.get(element)) for element in elements}
    container = parents.get(elements[0]) if len(holders) == 1 else None
    if container is None or container is root:
        threads = {record.get("thread") for record in records}
        thread = threads.pop() if len(threads) == 1 else None
        container = _by_id(root, thread) if isinstance(thread, str) and thread else None
    if container is not None and container is not root and not _record(container).get("title"):
        container = parents.get(container, container)  # Jira: <item> around <comments>
    if container is None:
        return None, ""
    fields = _record(container)
    title = bare_title(_text_of(fields.get("title") or fields.get("subject"))) or None
    if container is root and title is None:  # a wrapper (<rss>, <disqus>), not a story; an
        return None, ""  # issue tracker's <issue> around its journals is one
    feed = title and _COMMENTS_ON.match(title)
    if feed:  # a feed of one story's comments: its channel's description is the site's
        return title[feed.end() :].strip() or None, ""
    body = next((_text_of(value) for name in XML_ARTICLE_FIELDS if (value := fields.get(name))), "")
    return title, markup_text(body)


# The title WordPress gives a story's comment feed: "Comments on: <the story's headline>".
_COMMENTS_ON = re.compile(r"^\s*comments\s+(?:on|for|to)\s*:?\s*", re.IGNORECASE)


def _by_id(root: ElementTree.Element, wanted: str) -> ElementTree.Element | None:
    """The element whose id attribute (any namespace) is `wanted`."""
    for element in root.iter():
        if any(_local(name) == "id" and value == wanted for name, value in element.attrib.items()):
            return element
    return None
