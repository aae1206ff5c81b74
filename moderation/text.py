"""Text normalisation shared by training and inference: the model sees the same text both times."""

import re
import unicodedata

NORMALIZATION_VERSION = "v1"

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@\w{1,30}")
_MASKED_USER = re.compile(r"<user>", re.IGNORECASE)  # HateXplain's masked user names
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_REPEATED = re.compile(r"(.)\1{3,}")  # "soooooo" -> "sooo"


def normalize(text: str) -> str:
    """NFKC-fold, replace URLs and @mentions by placeholders, squeeze whitespace and long repeats.

    Lengths change, so evidence offsets are always computed on the original text, not this one.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _URL.sub("[url]", text)
    text = _MENTION.sub("@user", text)
    text = _MASKED_USER.sub("@user", text)
    text = _REPEATED.sub(r"\1\1\1", text)
    text = _SPACES.sub(" ", text)
    text = _NEWLINES.sub("\n", text)
    return text.strip()
