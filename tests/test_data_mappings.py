"""Mapping files checked row by row: an independent reading of the raw files (csv module, plain
Python rules written from labels/mappings and MANIFEST.md) must agree with the loader."""

from __future__ import annotations

import csv
import io
import random
import re

import pandas as pd
import pytest

from moderation.data.loaders import map_frame, read_mapped_frame
from moderation.data.mapping import SHARED_DATA_DIR, DatasetMapping, LabelRule, known_mappings

KEYWORD = re.compile(
    r"\b(jew|jews|jewish|jewry|kike|kikes|zionist|zionists|zog|shekel|shekels|goy|goyim|holocaust|heeb|yid|rothschild|israel)",
    re.IGNORECASE,
)
U = -1  # unknown

pytestmark = pytest.mark.skipif(
    not SHARED_DATA_DIR.exists(), reason="../shared/data not beside the project"
)


def raw_rows(relative: str, delimiter: str = ",") -> list[dict]:
    text = (SHARED_DATA_DIR / relative).read_bytes().decode("utf-8", errors="replace")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def sample(rows: list[dict], k: int = 150) -> list[tuple[int, dict]]:
    indexed = list(enumerate(rows))
    return random.Random(7).sample(indexed, min(k, len(indexed)))


def check(name: str, rows: list[dict], text_column: str, rule) -> None:
    frame = read_mapped_frame(known_mappings()[name])
    assert len(frame) == len(rows)
    for index, row in sample(rows):
        mapped = frame.iloc[index]
        assert mapped["text"] == row[text_column]
        expected = rule(row)
        got = (int(mapped["antisemitic"]), int(mapped["violent"]), int(mapped["abusive"]))
        assert got == expected, f"{name} row {index}: {got} != {expected}"


def test_every_set_in_the_manifest_has_a_mapping_file():
    folders = {p.name for p in SHARED_DATA_DIR.iterdir() if p.is_dir()}
    assert folders <= set(known_mappings())


def test_isca():
    rows = raw_rows("isca_antisemitism/isca_antisemitism_2019_2020.csv")
    check("isca_antisemitism", rows, "Text", lambda r: (int(r["Biased"]), U, U))


def test_ghc_keeps_the_authors_test_file_and_weak_antisemitic_rule():
    rows = raw_rows("ghc/ghc_train.tsv", "\t") + raw_rows("ghc/ghc_test.tsv", "\t")

    def rule(r):
        hd, cv, vo = (int(r[k]) for k in ("hd", "cv", "vo"))
        # Weak positive only: "not hateful" is no antisemitic negative (labels/weak_label_audit.md).
        anti = 1 if (hd or cv) and KEYWORD.search(r["text"]) else U
        return anti, cv, int(bool(hd or cv or vo))

    check("ghc", rows, "text", rule)
    frame = read_mapped_frame(known_mappings()["ghc"])
    assert (frame["split_hint"] == "test").sum() == 5510
    assert not frame["gold_antisemitic"].any()  # weak labels are never gold


def test_davidson():
    rows = raw_rows("davidson/labeled_data.csv")

    def rule(r):
        cls = int(r["class"])
        return (U, U, int(cls in (0, 1)))  # weak antisemitic rule dropped: audited precision 0.60

    check("davidson", rows, "tweet", rule)
    frame = read_mapped_frame(known_mappings()["davidson"])
    assert set(frame.loc[frame["abusive"] >= 0, "weight_abusive"]) == {0.5}


def test_implicit_hate_joins_stages():
    stage1 = raw_rows("implicit_hate/implicit_hate_v1_stg1_posts.tsv", "\t")
    stage2 = {}
    for r in raw_rows("implicit_hate/implicit_hate_v1_stg2_posts.tsv", "\t"):
        stage2.setdefault(r["post"], r)
    stage3 = {}
    for r in raw_rows("implicit_hate/implicit_hate_v1_stg3_posts.tsv", "\t"):
        stage3.setdefault(r["post"], r)

    def rule(r):
        cls = r["class"]
        target = stage3.get(r["post"], {}).get("target") or ""
        s2 = stage2.get(r["post"], {})
        threat = "threatening" in (s2.get("implicit_class"), s2.get("extra_implicit_class"))
        anti = (
            1 if re.search("jew|zion|semit|israel", target, re.I) else 0 if cls == "not_hate" else U
        )
        violent = 1 if threat else 0 if cls == "not_hate" else U
        return anti, violent, int(cls != "not_hate")

    check("implicit_hate", stage1, "post", rule)


def test_hatemoji_pairs_and_target():
    """Its "not hateful" rows are unknown for abusive: its annotators judged hate against
    protected groups only, and 16 of 40 audited such rows still abuse someone (audit 5)."""
    rows = (
        raw_rows("hatemoji_build/train.csv")
        + raw_rows("hatemoji_build/validation.csv")
        + raw_rows("hatemoji_build/test.csv")
    )

    def rule(r):
        hateful, jew = r["label_gold"] == "1", "'jew'" in r["target"]
        abusive = 1 if hateful else U
        return int(hateful and jew), int(r["type"] == "threateninglanguage"), abusive

    check("hatemoji_build", rows, "text", rule)


def test_hatexplain_and_stormfront_have_no_antisemitic_negatives():
    """Their "not hateful" rows that mention Jews were audited: only 0.30-0.60 truly
    non-antisemitic: too often wrong to train on as negatives, so they stay unknown."""
    files = ("train", "valid", "test")
    rows = [r for f in files for r in raw_rows(f"hatexplain_labels/{f}.csv", "\t")]

    def hatexplain(r):
        hateful = r["label"] in ("hatespeech", "offensive")
        return (1 if hateful and KEYWORD.search(r["text"]) else U), U, int(hateful)

    check("hatexplain_labels", rows, "text", hatexplain)
    rows = raw_rows("stormfront/data_stormfront_nonHate_hate.tsv", "\t")

    def stormfront(r):
        hate = r["label"] == "1"
        return (1 if hate and KEYWORD.search(r["text"]) else U), U, int(hate)

    check("stormfront", rows, "text", stormfront)


def test_olid_untargeted_swearing_is_not_abusive():
    rows = raw_rows("olid/olid-training-v1.0.tsv", "\t")
    rule = lambda r: (U, U, int(r["subtask_a"] == "OFF" and r["subtask_b"] == "TIN"))  # noqa: E731
    frame = read_mapped_frame(known_mappings()["olid"])
    train = frame[frame["split_hint"] != "test"].reset_index(drop=True)
    assert len(train) == len(rows)
    for index, row in sample(rows, 400):
        assert int(train.iloc[index]["abusive"]) == rule(row)[2], f"olid row {index}"
    negatives = sum(r["subtask_a"] == "NOT" or r["subtask_b"] == "UNT" for r in rows)
    assert (train["abusive"] == 0).sum() == negatives


def test_toxic_spans_all_positive_and_olid_tweeteval_test():
    frame = read_mapped_frame(known_mappings()["toxic_spans"])
    assert (frame["abusive"] == 1).all()
    olid = read_mapped_frame(known_mappings()["olid"])
    test = olid[olid["split_hint"] == "test"]
    assert len(test) == 860 and (test["abusive"] == 1).sum() == 240


def test_pol_antisemitism_is_evaluation_only():
    assert known_mappings()["pol_antisemitism"].train is False


def test_toxic_and_offensive_rows_without_a_jewish_term_are_weak_antisemitic_negatives():
    """Audit 3 (labels/weak_label_audit.md): the rule that teaches insults are not antisemitism."""
    spans = read_mapped_frame(known_mappings()["toxic_spans"])
    mentions = spans["text"].map(lambda text: KEYWORD.search(text) is not None)
    assert (spans.loc[mentions, "antisemitic"] == U).all()
    assert (spans["antisemitic"] == 0).sum() > 0.9 * len(spans)
    assert not spans["gold_antisemitic"].any()  # weak: never in the test metrics
    assert spans.loc[spans["antisemitic"] == 0, "weight_antisemitic"].eq(0.5).all()
    olid = read_mapped_frame(known_mappings()["olid"])
    rows = raw_rows("olid/olid-training-v1.0.tsv", "\t")
    train = olid[olid["split_hint"] != "test"].reset_index(drop=True)
    for index, row in sample(rows, 400):
        if row["subtask_a"] == "NOT" or KEYWORD.search(row["tweet"]):
            assert train.iloc[index]["antisemitic"] == U, f"olid row {index}"


def test_toxic_rows_without_threat_words_are_weak_violent_negatives():
    """Audit 4 (labels/weak_label_audit.md)."""
    spans = read_mapped_frame(known_mappings()["toxic_spans"])
    threat = spans["text"].str.contains(r"\b(?:kill|shoot|die|hang|burn|hurt)", case=False)
    assert (spans.loc[threat, "violent"] == U).all()
    assert (spans.loc[~threat, "violent"].isin([0, U])).all()
    assert (spans["violent"] == 0).sum() > 0.6 * len(spans)
    assert not spans["gold_violent"].any()


@pytest.mark.parametrize(
    "label, rule, text",
    [("antisemitic", "not jewish_topic", text) for text in (
        "the (((media))) again",
        "globalists run this town",
        "Zionists did this",
        "send them to the ovens",
        "Hitler had a point",
        "the bankers own them",
        "Soros paid for it",
        "j3ws everywhere",
        "Israeli soldiers",
        "the synagogue crowd",
        "6 gorillion lol",
    )]
    + [("violent", "not violent_cue", text) for text in (
        "I hope you die",
        "someone should be shot",
        "hang them all",
        "we know where you live",
    )],
)  # fmt: skip
def test_the_weak_negative_rules_skip_the_terms_they_exclude(label, rule, text):
    mapping = DatasetMapping(
        name="probe",
        text_column="text",
        files=(),
        labels={label: LabelRule(negative=rule, weak=True)},
    )
    frame = map_frame(pd.DataFrame({"text": [text, "You are a pathetic idiot."]}), mapping)
    assert frame[label].tolist() == [U, 0]
