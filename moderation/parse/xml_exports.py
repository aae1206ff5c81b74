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
from moderation.parse.exports import export_field, export_page, lowered_fields
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
    parents = {child: parent for parent in root.iter() for child in parent}
    try:
        found, others = _records(root, parents)
        if not found:
            names = ", ".join(EXPORT_COLUMNS["text"])
            raise PageError(f"{source}: no comment records (elements with one of: {names})")
        elements, records = [element for element, _ in found], [record for _, record in found]
        title, article = _article(root, parents, elements, records, others)
    except RecursionError as error:  # records are read recursively; exports nest a few levels
        raise PageError(f"{source}: XML nested too deeply to be a comment export") from error
    page = export_page([_readable(record) for record in records], source)
    return Page(source=source, title=title, article=article, comments=page.comments)


def _local(name: str) -> str:
    """A tag or attribute name without namespace, lower case: '{http://…}Comment' → 'comment'."""
    return name.rsplit("}", 1)[-1].lower()


def _records(
    root: ElementTree.Element, parents: dict[ElementTree.Element, ElementTree.Element]
) -> tuple[list[tuple[ElementTree.Element, dict[str, Any]]], list[ElementTree.Element]]:
    """The elements, each with its record, of the kind that holds the most non-empty comment
    texts; and the elements of other kinds that hold a text (a JCR story's text components)."""
    found: dict[str, list[tuple[ElementTree.Element, dict[str, Any]]]] = {}
    texts: Counter[str] = Counter()
    for element in root.iter():
        if len(element) == 0 and not _signed_leaf(element) or _field_name(element):
            continue
        record = _record(element)
        if _text_of(export_field(record, "text")):
            kind = _kind(element)
            texts[kind] += 1
            found.setdefault(kind, []).append((element, record))
    if not texts:
        return [], []
    kind = texts.most_common(1)[0][0]
    others = [element for other, held in found.items() if other != kind for element, _ in held]
    return _nested_under_parents(found[kind], parents), others


def _kind(element: ElementTree.Element) -> str:
    """What kind of element a record is: its tag, and where a generic node is named in an
    attribute, that name without its number (JCR's `<sv:node sv:name="commento3">`: comments,
    apart from the story's text components `<sv:node sv:name="0">`)."""
    named = next((v for k, v in element.attrib.items() if _local(k) == "name"), "")
    return f"{_local(element.tag)}:{_NUMBER.sub('', named)}"


_NUMBER = re.compile(r"\d+")


def _nested_under_parents(
    found: list[tuple[ElementTree.Element, dict[str, Any]]],
    parents: dict[ElementTree.Element, ElementTree.Element],
) -> list[tuple[ElementTree.Element, dict[str, Any]]]:
    """Records nested inside another record (a JCR export's `replies` node inside a comment)
    answer it, where they name no parent of their own."""
    ids = {id(element): export_field(record, "id") for element, record in found}
    records = set(ids)
    out = []
    for element, record in found:
        up = _enclosing_record(element, records, parents)
        parent = ids[id(up)] if up is not None else None
        if parent and export_field(record, "parent") in (None, ""):
            record = {**record, "parent": parent}
        out.append((element, record))
    return out


def _record(element: ElementTree.Element) -> dict[str, Any]:
    """An element as a record: its attributes and child elements, the first non-empty value of
    each name kept (Disqus gives `dsq:id` and an empty `<id/>`; WXR `content:encoded` before
    `excerpt:encoded`). A child that is only attributes and names no id is one of the
    record's parts (Orchard's `<CommentPart Author=... CommentText=.../>`): its attributes are
    the record's own."""
    record = _attributes(element)
    if "name" in record and any(_field_name(child) for child in element):
        record["node_name"] = record.pop("name")  # JCR's node name ("commento3"), no writer's
    if _signed_leaf(element):  # Jira: <comment author="bk" created="...">text</comment>
        record["text"] = (element.text or "").strip()
    prefix = _local(element.tag) + "_"
    for child in element:
        if _is_part(child):
            for name, value in _attributes(child).items():
                record.setdefault(name, value)
            continue
        name = _field_name(child) or _local(child.tag).removeprefix(prefix) or _local(child.tag)
        value = _value(child)
        if record.get(name) in (None, ""):  # the first non-empty value of a name is kept
            record[name] = value
    return record


def _attributes(element: ElementTree.Element) -> dict[str, Any]:
    """An element's attributes by local name, as the exports' fields are read (in lower case,
    a camel-case name also in snake case: "CommentText" as commenttext and comment_text)."""
    return lowered_fields(
        {name.rsplit("}", 1)[-1]: value for name, value in element.attrib.items()}
    )


def _is_part(child: ElementTree.Element) -> bool:
    """An element of attributes alone that names no id: a part of its parent's record."""
    named = {_local(name) for name in child.attrib}
    return bool(named) and len(child) == 0 and not (child.text or "").strip() and "id" not in named


def _field_name(child: ElementTree.Element) -> str | None:
    """The name a generic field element carries in an attribute: Zoho's `<fl val="Comment">`,
    `<field name="body">`, `<column key="author">`, JCR's `<sv:property sv:name="mgnl:created">`
    over its `<sv:value>` (the name without the namespace prefix it may have: "created")."""
    if _local(child.tag) not in _FIELD_TAGS or any(_local(v.tag) != "value" for v in child):
        return None
    name = next((v for k, v in child.attrib.items() if _local(k) in _FIELD_NAME_ATTRIBUTES), None)
    return name.rpartition(":")[2] if name else None


_FIELD_TAGS = frozenset({"fl", "field", "column", "col", "attribute", "property", "value"})
_FIELD_NAME_ATTRIBUTES = ("val", "name", "key", "id", "column")


def _signed_leaf(element: ElementTree.Element) -> bool:
    """A leaf whose text is a comment and whose attributes say who wrote it, or when."""
    named = {_local(name) for name in element.attrib}
    signed = named & {*EXPORT_COLUMNS["author"], *EXPORT_COLUMNS["posted"]}
    return len(element) == 0 and bool(signed) and bool((element.text or "").strip())


def _value(element: ElementTree.Element) -> Any:
    """Text for a leaf, the id for an element holding only an id, a record for the rest (an
    empty element naming someone in its attributes: Redmine's `<user id="5" name="Luis"/>`);
    a field's value elements' text, the first (`<sv:property ...><sv:value>`)."""
    if len(element) and _field_name(element):
        return (element[0].text or "").strip()
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
    parents: dict[ElementTree.Element, ElementTree.Element],
    elements: list[ElementTree.Element],
    records: list[dict[str, Any]],
    others: list[ElementTree.Element],
) -> tuple[str | None, str]:
    """Title and body of the one container all comments belong to (replies nested in comments
    aside); none when they differ. Without a body of its own, the body is the text of the
    other records under it (a JCR page's text components), in order."""
    comments = {id(element) for element in elements}
    top = [e for e in elements if _enclosing_record(e, comments, parents) is None]
    holders = {id(parents.get(element)) for element in top}
    container = parents.get(top[0]) if len(holders) == 1 else None
    if container is None or container is root:
        container = _named_story(root, records)
    if container is not None and container is not root and not _record(container).get("title"):
        container = parents.get(container, container)  # Jira: <item> around <comments>
    if container is root and (named := _named_story(root, records)) is not None:
        container = named
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
    if not body:  # text records under it, neither comments nor holding any
        inside = {id(element) for element in container.iter()}
        parts = [
            _record(element)
            for element in others
            if id(element) in inside
            and _enclosing_record(element, comments, parents) is None
            and not any(id(held) in comments for held in element.iter())
        ]
        body = "\n".join(_text_of(export_field(part, "text")) for part in parts)
    return title, markup_text(body)


def _enclosing_record(
    element: ElementTree.Element,
    records: set[int],
    parents: dict[ElementTree.Element, ElementTree.Element],
) -> ElementTree.Element | None:
    """The nearest record (by `id`) an element stands inside (a reply nested in a comment)."""
    up = parents.get(element)
    while up is not None and id(up) not in records:
        up = parents.get(up)
    return up


# The title WordPress gives a story's comment feed: "Comments on: <the story's headline>".
_COMMENTS_ON = re.compile(r"^\s*comments\s+(?:on|for|to)\s*:?\s*", re.IGNORECASE)


def _named_story(
    root: ElementTree.Element, records: list[dict[str, Any]]
) -> ElementTree.Element | None:
    """The element every comment names as what it is on, by id, where no container holds
    them: Disqus's `<thread dsq:id=...>`, Orchard's "CommentedOn" beside its `<BlogPost Id=...>`."""
    named = {record.get("thread") or record.get("commented_on") for record in records}
    story = named.pop() if len(named) == 1 else None
    return _by_id(root, story) if isinstance(story, str) and story else None


def _by_id(root: ElementTree.Element, wanted: str) -> ElementTree.Element | None:
    """The element whose id attribute (any namespace) is `wanted`."""
    for element in root.iter():
        if any(_local(name) == "id" and value == wanted for name, value in element.attrib.items()):
            return element
    return None
