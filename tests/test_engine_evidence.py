"""Evidence offsets point into the comment as the reader wrote it, not the normalised text."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from moderation.engine import Moderator
from moderation.engine.evidence import find_evidence
from moderation.engine.sentences import MAX_SPAN_CHARS, sentence_spans
from moderation.engine.windows import cut_windows
from moderation.model import load_model
from moderation.model.store import DEFAULT_MODEL_DIR
from moderation.types import Comment

# NFKC-folded ligature and full-width letters, a URL, a mention and runs of spaces: all of them
# change length under normalize(), so offsets computed on normalised text would be off.
MESSY = (
    "Great   ﬁne article, ＷＥＬＬ done!!!  See https://example.com/a?b=c for more.\n"
    "@someone    you people should be shot.    Anyway,   sooooooo   long.  "
)


def violent_if(word):
    """A stand-in scorer over raw texts: column 1 is high for texts containing `word`."""

    def score(texts):
        return np.array([[0.0, 0.9 if word in text else 0.1, 0.0] for text in texts])

    return score


def test_evidence_is_the_driving_sentence_at_original_offsets():
    (evidence,) = find_evidence([MESSY], [1], violent_if("shot"))
    assert evidence.text == "@someone    you people should be shot."
    assert MESSY[evidence.start : evidence.end] == evidence.text


def test_single_sentence_comment_is_its_own_evidence_without_scoring():
    def never(texts):
        raise AssertionError("a one-sentence comment needs no extra scoring")

    (evidence,) = find_evidence(["  just one sentence here "], [0], never)
    assert (evidence.start, evidence.end, evidence.text) == (2, 24, "just one sentence here")


def test_blank_comment_has_no_evidence():
    assert find_evidence([" \n\t "], [0], violent_if("x")) == [None]


def test_evidence_for_many_comments_is_one_scoring_pass():
    calls = []

    def score(texts):
        calls.append(texts)
        return violent_if("kill")(texts)

    texts = ["Fine. I will kill you. Bye.", "One sentence only.", "", "We kill time. Then rest."]
    found = find_evidence(texts, [1, 1, 1, 1], score)
    assert len(calls) == 1
    assert [e.text if e else None for e in found] == [
        "I will kill you.", "One sentence only.", None, "We kill time."
    ]  # fmt: skip


def test_abbreviations_do_not_end_a_sentence():
    text = "The U.S. officials met today. They left."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The U.S. officials met today.",
        "They left.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a title before a name ends no sentence (a blind functional test's evidence was cut
        # to "Jones is a pathetic lying moron.")
        ("Dr. Smith wrote. Mr. Jones is a liar.", ["Dr. Smith wrote.", "Mr. Jones is a liar."]),
        ("I met Mr. Right. He left.", ["I met Mr. Right.", "He left."]),
        # a mark no one sees after the full stop still ends it
        ("Nice day.\u200d I will find you.", ["Nice day.", "I will find you."]),
        ("Nice day.\u200b\u2060 I will find you.", ["Nice day.", "I will find you."]),
    ],
)
def test_titles_before_names_and_invisible_marks_after_a_stop(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


def test_run_on_sentence_is_cut_into_spans():
    text = "word " * 400
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(0 < end - start <= MAX_SPAN_CHARS for start, end in spans)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=800))
def test_spans_are_ordered_nonblank_slices_of_the_original(text):
    spans = sentence_spans(text)
    for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False):
        assert end <= next_start
    for start, end in spans:
        piece = text[start:end]
        assert 0 <= start < end <= len(text)
        assert piece == piece.strip() and piece


def test_moderator_evidence_offsets_on_messy_text(tiny_model_dir):
    moderator = Moderator(tiny_model_dir)
    comments = [Comment(id="1", text=MESSY), Comment(id="2", text="Ｓｈｏｒｔ.  Two  parts!")]
    for decision in moderator.moderate(comments, explain=True):
        evidence = decision.evidence
        assert decision.text[evidence.start : evidence.end] == evidence.text


def test_attention_evidence_needs_no_attention_for_one_sentence_or_none(tokenizer):
    windows = cut_windows(["  just one sentence here ", " \n "], tokenizer, 128)
    probs = np.zeros((len(windows.sequences), 3), dtype=np.float32)
    unused = [np.array([]) for _ in windows.sequences]
    one = windows.evidence(0, 0, probs, unused)
    assert (one.start, one.end, one.text) == (2, 24, "just one sentence here")
    assert windows.evidence(1, 0, probs, unused) is None


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    return load_model(tiny_model_dir)[1]


@pytest.mark.skipif(
    not (DEFAULT_MODEL_DIR / "model.safetensors").is_file(), reason="no bundled model"
)
@pytest.mark.parametrize("method", ["attention", "rescore"])
def test_bundled_model_points_at_the_offending_sentence(method):
    comments = {
        "I will find you and kill you, you rat.": "Lovely weather in town today. The match "
        "starts at eight, so come early. I will find you and kill you, you rat.",
        "The Jews control the banks and the media.": "The council approved the budget. "
        "The Jews control the banks and the media. Roads will be repaired next spring.",
    }
    moderator = Moderator(precision="fp32", evidence=method)
    found = moderator.moderate(
        [Comment(id=str(i), text=t) for i, t in enumerate(comments.values())]
    )
    assert [decision.evidence.text for decision in found] == list(comments)
