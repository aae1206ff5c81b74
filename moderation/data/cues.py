"""Which comments carry a label's surface cue (a Jewish term, a swear word): labels/cue_terms.toml.

Training weights up the negatives that carry a cue, so the model learns the attack rather than
the keyword the data sets were collected with; the term lists and why live in the TOML.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from moderation.errors import ConfigError
from moderation.labels_terms import load_identity_terms
from moderation.model.spec import LABELS

DEFAULT_CUES_PATH = Path(__file__).resolve().parents[2] / "labels" / "cue_terms.toml"


def load_cue_patterns(
    path: str | Path | None = None, identity_terms: str | Path | None = None
) -> dict[str, re.Pattern[str]]:
    """One compiled, case-insensitive pattern per label that has cues."""
    path = Path(path) if path is not None else DEFAULT_CUES_PATH
    try:
        document = tomllib.loads(path.read_text())
    except FileNotFoundError as error:
        raise ConfigError(f"cue term list not found: {path}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"cue term list {path} is not valid TOML: {error}") from error
    unknown = set(document) - set(LABELS)
    if unknown:
        raise ConfigError(f"cue term list {path}: unknown label(s) {sorted(unknown)}")
    groups = (
        load_identity_terms(identity_terms)
        if any("identity_groups" in entry for entry in document.values())
        else {}
    )
    compiled = {}
    for label, entry in document.items():
        parts = [f"(?:{p})" for p in entry.get("patterns", [])]
        for group in entry.get("identity_groups", []):
            if group not in groups:
                raise ConfigError(f"cue term list {path}: {label} names unknown group {group!r}")
            parts.append(f"(?:{groups[group].pattern})")
        if not parts:
            raise ConfigError(f"cue term list {path}: {label} has no patterns or identity_groups")
        try:
            compiled[label] = re.compile("|".join(parts), re.IGNORECASE)
        except re.error as error:
            raise ConfigError(f"cue term list {path}: bad pattern for {label}: {error}") from error
    return compiled


def cue_mask(texts: Sequence[str], pattern: re.Pattern[str]) -> np.ndarray:
    """True where a text carries the cue."""
    return np.fromiter((bool(pattern.search(text)) for text in texts), dtype=bool, count=len(texts))
