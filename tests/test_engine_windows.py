"""Long comments are scored over overlapping windows: nothing past the model's length is lost."""

import numpy as np
import pytest

from moderation.engine import Moderator
from moderation.engine.windows import cut_windows, score_texts, special_tokens, split_windows
from moderation.model import load_model
from moderation.text import model_text
from moderation.types import Comment

HARMLESS = "The council met on Tuesday to discuss the new bus timetable for the town centre. "
THREAT = "I know where you live and I will kill you."


def long_comment_with_threat_at_end(words: int = 3000) -> str:
    sentence_words = len(HARMLESS.split())
    return HARMLESS * (words // sentence_words) + THREAT


@pytest.mark.parametrize("length", [0, 1, 10, 126, 127, 500, 1234])
def test_windows_cover_every_token_within_size(length):
    ids = list(range(length))
    windows = split_windows(ids, size=126, overlap=31)
    assert all(len(window) <= 126 for window in windows)
    assert sorted(set().union(*map(set, windows))) == ids
    for first, second in zip(windows, windows[1:], strict=False):
        assert len(set(first) & set(second)) >= 31  # a boundary-cut sentence is seen whole


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    return load_model(tiny_model_dir)[1]


def test_real_tokenizer_windows_cover_all_tokens_of_a_long_comment(tokenizer):
    text = long_comment_with_threat_at_end()
    ids = tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"]
    assert len(ids) > 10 * 128  # far beyond one window
    seen = []

    def record(sequences):
        seen.extend(sequences)
        return np.zeros((len(sequences), 3), dtype=np.float32)

    score_texts([text], tokenizer, 128, record)
    assert all(len(sequence) <= 128 for sequence in seen)
    assert all(s[0] == tokenizer.cls_token_id and s[-1] == tokenizer.sep_token_id for s in seen)
    # Re-assemble the comment from the windows, dropping each window's overlap with the last.
    content = [sequence[1:-1] for sequence in seen]
    assert content[0] == ids[: len(content[0])]
    assert content[-1] == ids[-len(content[-1]) :]
    covered = np.zeros(len(ids), dtype=bool)
    position = 0
    for window in content:
        start = next(s for s in range(position, -1, -1) if ids[s : s + len(window)] == window)
        covered[start : start + len(window)] = True
        position = start + len(window)
    assert covered.all()


def kill_detector(tokenizer):
    """A stand-in model: 'violent' is near certain in any window holding the token 'kill'."""
    kill = tokenizer.convert_tokens_to_ids("kill")

    def score(sequences):
        probs = np.full((len(sequences), 3), 0.01, dtype=np.float32)
        for row, sequence in enumerate(sequences):
            if kill in sequence:
                probs[row, 1] = 0.99
        return probs

    return score


def test_threat_in_last_sentence_of_3000_word_comment_is_scored(tokenizer):
    texts = [long_comment_with_threat_at_end(), long_comment_with_threat_at_end()[: -len(THREAT)]]
    probs = score_texts(texts, tokenizer, 128, kill_detector(tokenizer))
    assert probs[0, 1] == pytest.approx(0.99)
    assert probs[1, 1] == pytest.approx(0.01)


def kill_attention(tokenizer):
    """The detector's scores, plus [CLS] attention that lands on the token 'kill' only."""
    kill = tokenizer.convert_tokens_to_ids("kill")
    detector = kill_detector(tokenizer)

    def score(sequences):
        attention = [np.where(np.array(s) == kill, 1.0, 0.001) for s in sequences]
        return detector(sequences), attention

    return score


@pytest.mark.parametrize("evidence", ["attention", "rescore"])
def test_moderator_removes_and_points_at_the_threat(tiny_model_dir, monkeypatch, evidence):
    moderator = Moderator(tiny_model_dir, precision="fp32", evidence=evidence)
    # Replace the network (calibrated scores per window, and its attention) with the detector.
    monkeypatch.setattr(moderator, "_probabilities", kill_detector(moderator.tokenizer))
    monkeypatch.setattr(
        moderator, "_probabilities_and_attention", kill_attention(moderator.tokenizer)
    )
    text = long_comment_with_threat_at_end()
    (decision,) = moderator.moderate([Comment(id="long", text=text)], source="test")
    assert decision.decision == "remove"
    assert decision.labels == ("violent",)
    assert decision.evidence.text == THREAT
    assert text[decision.evidence.start : decision.evidence.end] == THREAT


def test_sentence_tokens_equal_whole_comment_tokens(tokenizer):
    """Tokenising sentence by sentence must not change what the model sees."""
    texts = [
        long_comment_with_threat_at_end(200),
        'He said "Go home." Then he left!  (Really.) ＷＥＬＬ done... see https://x.io/a. @bob ok',
        "",
        "one line\n\n  another line\tand more",
        "gas the 🐀🐀. Love it 😂 🇮🇱! 👍🏽",
    ]
    windows = cut_windows(texts, tokenizer, 128)
    prefix, suffix = special_tokens(tokenizer)
    for index, text in enumerate(texts):
        whole = tokenizer(model_text(text), add_special_tokens=False)["input_ids"]
        expected = [prefix + w + suffix for w in split_windows(whole, 126, 31)]
        mine = windows.sequences[windows.first[index] : windows.first[index + 1]]
        assert mine == expected


def test_a_comment_the_model_cannot_read_a_word_of_is_allowed(tiny_model_dir, monkeypatch):
    """Emoji-only comments were all sent to review: every token [UNK], so "👍" and "🐀🐀" got the
    same scores (1.7.0: abusive 0.633), the training sets' emoji rows and not the text. One
    readable token, even a mark, and the scores decide as ever."""
    moderator = Moderator(tiny_model_dir, precision="fp32", evidence="attention")
    flag_all = lambda sequences: (  # noqa: E731
        np.full((len(sequences), 3), 0.99, dtype=np.float32),
        [np.ones(len(s)) for s in sequences],
    )
    monkeypatch.setattr(moderator, "_probabilities_and_attention", flag_all)
    texts = ["👍", "🐀🐀🐀 👨\u200d👩\u200d👧", "🐀🐀 you", "🐀!", "🐀rat🐀"]
    decisions = list(moderator.moderate([Comment(id=str(i), text=t) for i, t in enumerate(texts)]))
    # a word with emoji glued on is one [UNK] too, but it has letters: scored as ever
    assert [d.decision for d in decisions] == ["allow", "allow", "remove", "remove", "remove"]
    assert decisions[0].labels == () and decisions[0].scores["abusive"] == pytest.approx(0.99)
    assert cut_windows(texts, moderator.tokenizer, 64, normalization="v2").readable == [True] * 5


def test_every_comment_of_emoji_alone_is_read_as_one_unknown_token(tokenizer):
    """ "👍" and "👍🏽 👨‍👩‍👧 🇮🇱" scored abusive 0.634 and 0.704 though the README says such
    comments all score alike (a blind functional test): one [UNK] or three."""
    texts = ["👍", "👍🏽 👨\u200d👩\u200d👧 🇮🇱", "🐀 you"]
    windows = cut_windows(texts, tokenizer, 64, normalization="v1")
    prefix, suffix = special_tokens(tokenizer)
    one_unknown = prefix + [tokenizer.unk_token_id] + suffix
    assert windows.sequences[0] == windows.sequences[1] == one_unknown
    assert windows.sequences[2] != one_unknown
