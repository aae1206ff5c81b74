"""Which identity groups a comment mentions, from the documented term list.

Subgroup analysis compares the false-positive rate on comments that mention a group with the
overall rate; the term list (and why each word is in or out) lives in
labels/identity_terms.toml, not here.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from moderation.errors import ConfigError

DEFAULT_TERMS_PATH = Path(__file__).resolve().parents[1] / "labels" / "identity_terms.toml"


def load_identity_terms(path: str | Path | None = None) -> dict[str, re.Pattern[str]]:
    """Read the term list and compile one case-insensitive pattern per group, in file order."""
    path = Path(path) if path is not None else DEFAULT_TERMS_PATH
    try:
        with path.open("rb") as f:
            document = tomllib.load(f)
    except FileNotFoundError as error:
        raise ConfigError(f"identity term list not found: {path}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"identity term list {path} is not valid TOML: {error}") from error

    groups = document.get("groups")
    if not isinstance(groups, dict) or not groups:
        raise ConfigError(f"identity term list {path} has no [groups.<name>] tables")

    compiled = {}
    for name, group in groups.items():
        patterns = group.get("patterns") if isinstance(group, dict) else None
        if not patterns or not all(isinstance(p, str) for p in patterns):
            raise ConfigError(f"group {name!r} in {path} needs a non-empty list of patterns")
        try:
            compiled[name] = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        except re.error as error:
            raise ConfigError(f"group {name!r} in {path} has a bad pattern: {error}") from error
    return compiled


@lru_cache(maxsize=1)
def _default_terms() -> dict[str, re.Pattern[str]]:
    return load_identity_terms()


def mentioned_groups(text: str, terms: dict[str, re.Pattern[str]] | None = None) -> set[str]:
    """Names of the groups whose terms occur in `text` (default: the shipped term list)."""
    terms = _default_terms() if terms is None else terms
    return {name for name, pattern in terms.items() if pattern.search(text)}
