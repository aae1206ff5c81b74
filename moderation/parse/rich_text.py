"""Comment text that an export stores as a rich-text document, not a string.

Editors keep text as a tree of blocks holding runs: Wix's Ricos (`{"nodes": [{"type":
"PARAGRAPH", "nodes": [{"type": "TEXT", "textData": {"text": ...}}]}]}`), ProseMirror and
Tiptap (`{"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text",
"text": ...}]}]}`), Draft.js (`{"blocks": [{"type": "unstyled", "text": ...}]}`), Slate and
Sanity's Portable Text (`[{"children": [{"text": ...}]}]`). Every one is a paragraph per block
whose runs are joined, which is how the comment read on the page.
"""

from __future__ import annotations

from typing import Any

_MAX_DEPTH = 40
# The types a run of text carries where it says one; a block with its own text (Draft.js's
# "unstyled", "header-one") is a paragraph by itself.
_RUN_TYPES = frozenset({"text", "span"})


def rich_text(document: Any) -> str | None:
    """The document's paragraphs, a blank line apart; None when it holds no text."""
    paragraphs: list[str] = []
    _walk(document, paragraphs, 0)
    text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    return text or None


def _walk(node: Any, paragraphs: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        runs = [_run(part) for part in node]
        if node and all(run is not None for run in runs):
            paragraphs.append("".join(run for run in runs if run is not None))
            return
        for part in node:
            _walk(part, paragraphs, depth + 1)
    elif isinstance(node, dict):
        own = _own_text(node)
        if own is not None:  # a block holding its text itself
            paragraphs.append(own)
            return
        for value in node.values():
            if isinstance(value, list | dict):
                _walk(value, paragraphs, depth + 1)


def _run(part: Any) -> str | None:
    """The text of an inline run, or None for anything else (a block, a mention object)."""
    if not isinstance(part, dict) or str(_type(part)).lower() not in _RUN_TYPES | {""}:
        return None
    return _own_text(part)


def _own_text(node: dict[str, Any]) -> str | None:
    text = node.get("text")
    if isinstance(text, str):
        return text
    data = node.get("textData")  # Ricos
    if isinstance(data, dict) and isinstance(data.get("text"), str):
        return data["text"]
    return None


def _type(node: dict[str, Any]) -> str:
    return node.get("type") or node.get("_type") or ""
