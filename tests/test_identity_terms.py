"""The identity term list finds group mentions (plurals, any case) and skips look-alike words."""

from pathlib import Path

import pytest

from moderation.errors import ConfigError
from moderation.labels_terms import DEFAULT_TERMS_PATH, load_identity_terms, mentioned_groups
from moderation.training.checks import read_lines

GROUPS = {
    "jews", "israel", "muslims", "black_people", "women", "lgbtq",
    "asian_people", "hispanic_people", "immigrants", "christians", "arabs",
}  # fmt: skip

MENTIONS = [
    ("My Jewish neighbours invited us for Passover.", {"jews"}),
    ("JEWS have lived in this town for centuries.", {"jews"}),
    ("The synagogues on Elm Street open their doors on Sunday.", {"jews"}),
    ("The rabbi spoke at the Holocaust memorial.", {"jews"}),
    ("We ate at a kosher restaurant after the menorah lighting.", {"jews"}),
    ("Israel's election is next month.", {"israel"}),
    ("Two Israelis won the chess open.", {"israel"}),
    ("The Knesset passed the budget.", {"israel"}),
    ("The mosque hosts an iftar during Ramadan.", {"muslims"}),
    ("Moslems and Christians marched together.", {"muslims", "christians"}),
    ("Black voters turned out in record numbers.", {"black_people"}),
    ("An African-American family bought the bakery.", {"black_people"}),
    ("Women's football deserves more airtime.", {"women"}),
    ("Same-sex couples can adopt here.", {"lgbtq"}),
    ("LGBTQ+ teachers formed a union branch.", {"lgbtq"}),
    ("Trans women should be heard in this debate.", {"lgbtq", "women"}),
    ("Korean and Vietnamese restaurants line the street.", {"asian_people"}),
    ("Latinas are the fastest-growing group of founders.", {"hispanic_people"}),
    ("Refugees and asylum seekers wait months for a hearing.", {"immigrants"}),
    ("Catholics and Protestants share the chapel.", {"christians"}),
    ("Palestinians and Israelis both lost family.", {"arabs", "israel"}),
]

LOOK_ALIKES = [
    "She sold her grandmother's jewelry and a jewel box.",
    "The Israelites crossed the desert in the story.",
    "That deal is not kosher.",
    "Something about the contract did not look kosher to me.",
    "Black coffee, black shoes, Black Friday sales.",
    "Cut the trans fats and take public transport.",
    "We sailed the Arabian Sea and the Indian Ocean.",
    "Church Street is closed for works.",
    "Immigration policy needs a rethink.",
]


def test_every_documented_group_is_loaded():
    assert set(load_identity_terms()) == GROUPS


@pytest.mark.parametrize(("text", "groups"), MENTIONS)
def test_mentions_are_found(text, groups):
    assert mentioned_groups(text) == groups


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_words_are_not_mentions(text):
    assert mentioned_groups(text) == set()


def test_gay_counts_in_any_sense():
    # A documented precision choice: the older sense of "gay" is rare enough to accept.
    assert mentioned_groups("The hall was gay with lanterns, as old novels say.") == {"lgbtq"}


@pytest.mark.parametrize("name", ["neutral_identity.txt", "neutral_identity_blind.txt"])
def test_every_neutral_identity_check_sentence_mentions_jews_or_israel(name):
    path = Path(__file__).resolve().parents[1] / "labels" / "checks" / name
    lines = read_lines(path)
    missing = [line for line in lines if not mentioned_groups(line) & {"jews", "israel"}]
    assert missing == []


def test_custom_term_file(tmp_path):
    path = tmp_path / "terms.toml"
    path.write_text("[groups.cats]\npatterns = ['\\bcats?\\b']\n", encoding="utf-8")
    terms = load_identity_terms(path)
    assert mentioned_groups("Two CATS and a dog", terms) == {"cats"}
    assert mentioned_groups("concatenate", terms) == set()


@pytest.mark.parametrize(
    "content",
    ["", "[groups.cats]\npatterns = []\n", "[groups.cats]\npatterns = ['(unclosed']\n", "x = ["],
)
def test_bad_term_files_raise_config_error_naming_the_file(tmp_path, content):
    path = tmp_path / "terms.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="terms.toml"):
        load_identity_terms(path)


def test_missing_term_file_raises_config_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_identity_terms(tmp_path / "absent.toml")


def test_default_path_is_the_shipped_list():
    assert DEFAULT_TERMS_PATH.name == "identity_terms.toml" and DEFAULT_TERMS_PATH.is_file()
