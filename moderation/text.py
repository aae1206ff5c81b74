"""Text normalisation shared by training and inference: the model sees the same text both times."""

import re
import unicodedata

# What the model reads: v1 is `normalize`; v2 also names emoji, which the backbone's vocabulary
# reads as [UNK] ("gas the 🐀" and "gas the 🌹" were the same input). A model records its
# version and is fed text by it, so models of both versions run.
NORMALIZATION_VERSION = "v2"
NORMALIZATION_VERSIONS = ("v1", "v2")

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@\w{1,30}")
_MASKED_USER = re.compile(r"<user>", re.IGNORECASE)  # HateXplain's masked user names
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_NEWLINES = re.compile(r"\s*\n\s*")
_REPEATED = re.compile(r"(.)\1{3,}")  # "soooooo" -> "sooo"
# Emoji as a regex character class: pictographs, symbols and dingbats, arrows and stars.
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]"
# A run of emoji with what joins them: the variation selector, the zero-width joiner.
_EMOJI_RUN = re.compile(f"{EMOJI}(?:{EMOJI}|[\ufe0f\u200d])*")
# Parts of an emoji that name nothing by themselves: joiner, selector, skin tones.
_EMOJI_PARTS = frozenset("\u200d\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")
_REGIONAL_A = 0x1F1E6  # flags are two regional indicator letters: 🇮🇱 is I + L


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


def model_text(text: str, version: str = NORMALIZATION_VERSION) -> str:
    """The text a model of `version` reads: `normalize`, and from v2 emoji named in words."""
    text = normalize(text)
    return name_emoji(text) if version != "v1" else text


def name_emoji(text: str) -> str:
    """Each run of emoji as the words Unicode names them by ("🐀🐀" -> "rat", "🇮🇱" -> "flag
    il"), so the model reads what an emoji says instead of one unknown token."""
    if not _EMOJI_RUN.search(text):
        return text
    return _SPACES.sub(" ", _EMOJI_RUN.sub(_emoji_words, text)).strip()


def _emoji_words(match: re.Match[str]) -> str:
    words: list[str] = []
    letters = ""
    for char in match.group():
        if char in _EMOJI_PARTS:
            continue
        if 0 <= ord(char) - _REGIONAL_A < 26:
            letters += chr(ord("a") + ord(char) - _REGIONAL_A)
            if len(letters) == 2:
                words.append(f"flag {letters}")
                letters = ""
            continue
        name = unicodedata.name(char, "").lower()
        if name and (not words or words[-1] != name):
            words.append(name)
    return f" {' '.join(words)} " if words else " "
