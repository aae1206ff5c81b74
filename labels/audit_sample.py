"""Draw the seeded sample behind labels/weak_label_audit.md, or score the hand judgments.

The MANIFEST's "weak antisemitic" rule is a keyword regex on rows a human labelled hateful.
This script draws the rows a person then reads and judges (antisemitic under IHRA, yes/no).

    python labels/audit_sample.py show [SET]   # print the sampled rows to read (stdout only)
    python labels/audit_sample.py score        # precision per set from weak_label_audit.csv
    python labels/audit_sample.py show-abusive-negatives    # Audit 5's sample (HatemojiBuild)
    python labels/audit_sample.py score-abusive-negatives   # its share truly not abusive

Row indices are 0-based data rows (header excluded) of the file as read by pandas; for
hatexplain_labels the three files are concatenated in the order train, valid, test. The text
is printed to the terminal for reading and never written into the project.
"""

import csv
import math
import random
import re
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
AUDIT_CSV = REPO / "labels" / "weak_label_audit.csv"
SEED = 20240526  # fixed: the sample must be the same on every run
SAMPLE_SIZE = 40

WEAK_ANTISEMITIC = re.compile(
    r"\b(jew|jews|jewish|jewry|kike|kikes|zionist|zionists|zog|shekel|shekels|goy|goyim"
    r"|holocaust|heeb|yid|rothschild|israel)",
    re.IGNORECASE,
)


def _hatexplain() -> pd.DataFrame:
    parts = [
        pd.read_csv(DATA / "hatexplain_labels" / f"{split}.csv", sep="\t")
        for split in ("train", "valid", "test")
    ]
    frame = pd.concat(parts, ignore_index=True)
    return frame[frame["label"].isin(["hatespeech", "offensive"])]


def _ghc() -> pd.DataFrame:
    frame = pd.read_csv(DATA / "ghc" / "ghc_train.tsv", sep="\t")
    return frame[(frame["hd"] == 1) | (frame["cv"] == 1)]


def _stormfront() -> pd.DataFrame:
    frame = pd.read_csv(DATA / "stormfront" / "data_stormfront_nonHate_hate.tsv", sep="\t")
    return frame[frame["label"] == 1]


def _davidson() -> pd.DataFrame:
    frame = pd.read_csv(DATA / "davidson" / "labeled_data.csv", index_col=0)
    frame = frame.rename(columns={"tweet": "text"}).reset_index(drop=True)
    return frame[frame["class"] == 0]


# set name -> (loader of the human-hateful rows, sample size; None = judge every weak positive)
SETS = {
    "hatexplain_labels": (_hatexplain, SAMPLE_SIZE),
    "ghc": (_ghc, SAMPLE_SIZE),
    "stormfront": (_stormfront, SAMPLE_SIZE),
    "davidson": (_davidson, None),
}


def weak_positive_sample(name: str) -> tuple[list[int], pd.DataFrame, int]:
    """Return (sampled row indices, the weak-positive rows, their total count) for one set."""
    load, size = SETS[name]
    hateful = load()
    weak = hateful[hateful["text"].astype(str).map(lambda t: bool(WEAK_ANTISEMITIC.search(t)))]
    indices = sorted(int(i) for i in weak.index)
    if size is not None and size < len(indices):
        indices = sorted(random.Random(f"{SEED}:{name}").sample(indices, size))
    return indices, weak, len(weak)


def show(names: list[str]) -> None:
    for name in names:
        indices, weak, total = weak_positive_sample(name)
        print(f"## {name}: {len(indices)} of {total} weak positives")
        for i in indices:
            text = " ".join(str(weak.loc[i, "text"]).split())
            print(f"{name}\t{i}\t{text}")


def wilson_interval(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval: honest error bars for a proportion from 25-40 rows."""
    if n == 0:
        return float("nan"), float("nan")
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def score() -> None:
    with AUDIT_CSV.open(newline="") as f:
        rows = list(csv.DictReader(f))
    print("| set | weak positives | judged | antisemitic | precision | 95% CI (Wilson) |")
    print("|---|---|---|---|---|---|")
    for name in SETS:
        judged = [r for r in rows if r["set"] == name]
        yes = sum(r["judgment"] == "yes" for r in judged)
        total = weak_positive_sample(name)[2]
        precision = yes / len(judged) if judged else float("nan")
        low, high = wilson_interval(yes, len(judged))
        print(
            f"| {name} | {total} | {len(judged)} | {yes} | {precision:.2f} "
            f"| {low:.2f}-{high:.2f} |"
        )


# Audit 5 (labels/weak_label_audit.md): HatemojiBuild's "not hateful" rows as abusive negatives.
ABUSIVE_NEGATIVE_CSV = REPO / "labels" / "abusive_negative_audit.csv"
ABUSIVE_NEGATIVE_SEED = "20261205:hatemoji_build:abusive"


def _hatemoji_not_hateful() -> pd.DataFrame:
    parts = [
        pd.read_csv(DATA / "hatemoji_build" / f"{split}.csv")
        for split in ("train", "validation", "test")
    ]
    frame = pd.concat(parts, ignore_index=True)
    return frame[frame["label_gold"] == 0]


def abusive_negative_sample() -> tuple[list[int], pd.DataFrame]:
    """The seeded sample of HatemojiBuild rows the mapping makes abusive negatives."""
    rows = _hatemoji_not_hateful()
    indices = sorted(random.Random(ABUSIVE_NEGATIVE_SEED).sample(sorted(rows.index), SAMPLE_SIZE))
    return indices, rows


def show_abusive_negatives() -> None:
    indices, rows = abusive_negative_sample()
    print(f"## hatemoji_build: {len(indices)} of {len(rows)} 'not hateful' rows")
    for i in indices:
        print(f"hatemoji_build\t{i}\t{' '.join(str(rows.loc[i, 'text']).split())}")


def score_abusive_negatives() -> None:
    with ABUSIVE_NEGATIVE_CSV.open(newline="") as f:
        judged = list(csv.DictReader(f))
    clean = sum(r["judgment"] == "not_abusive" for r in judged)
    low, high = wilson_interval(clean, len(judged))
    print(f"hatemoji_build 'not hateful' as abusive negatives: {clean}/{len(judged)} truly not "
          f"abusive ({clean / len(judged):.2f}, 95% CI {low:.2f}-{high:.2f})")  # fmt: skip


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "show"
    if command == "score":
        score()
    elif command == "show-abusive-negatives":
        show_abusive_negatives()
    elif command == "score-abusive-negatives":
        score_abusive_negatives()
    else:
        show(sys.argv[2:] or list(SETS))
