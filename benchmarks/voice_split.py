"""How well the voice split finds unmarked comments under an article, on real text.

Pages are built from the articles of the fixture pages (the shared five, read by the parser,
and the project's own) followed by 2 to 8 real reader comments drawn from ETHOS and the Gab
Hate Corpus test split in ../shared/data; each article alone, and each of its first 4, 5, ...
lines alone, is a page with no comments. Prints, for the shipped settings and for the same
splitter without the handle/link/emoji and long-paragraph cues (the baseline, same run): the
share of pages split exactly where the comments start, not split, split elsewhere, and the
article-only pages wrongly split.

Run: `make parse-eval` (or `.venv/bin/python benchmarks/voice_split.py [--pages-per-article N]`).
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import replace
from pathlib import Path

from moderation.parse import parse_page
from moderation.parse.voice import VoiceSettings, find_comment_start

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
PAGES = [ROOT.parent / "shared" / "fixtures" / "pages", ROOT / "tests" / "fixtures" / "pages"]


def real_comments() -> list[str]:
    """One-paragraph reader comments: ETHOS (YouTube, Reddit) and GHC's test split (Gab)."""
    with open(DATA / "ethos" / "Ethos_Dataset_Binary.csv", encoding="utf-8") as file:
        texts = [row["comment"] for row in csv.DictReader(file, delimiter=";")]
    with open(DATA / "ghc" / "ghc_test.tsv", encoding="utf-8") as file:
        texts += [row["text"] for row in csv.DictReader(file, delimiter="\t")]
    return [" ".join(text.split()) for text in texts if 15 <= len(text.strip()) <= 600]


def articles() -> list[list[str]]:
    """The article lines of every fixture page with three lines or more."""
    found = []
    for folder in PAGES:
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".html"):
                lines = [
                    line.strip()
                    for line in parse_page(path.read_bytes(), str(path)).article.split("\n")
                ]
                if len([line for line in lines if line]) >= 3:
                    found.append([line for line in lines if line])
    return found


def score(settings: VoiceSettings, pages: list[tuple[list[str], int | None]]) -> dict[str, int]:
    """Counts of exact, missed and misplaced splits, and of splits on pages without comments."""
    counts = dict.fromkeys(("exact", "missed", "elsewhere", "pages", "false", "plain"), 0)
    for lines, start in pages:
        found = find_comment_start(lines, settings)
        if start is None:
            counts["plain"] += 1
            counts["false"] += found is not None
            continue
        counts["pages"] += 1
        key = "exact" if found == start else "missed" if found is None else "elsewhere"
        counts[key] += 1
    return counts


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--pages-per-article", type=int, default=40)
    arguments.add_argument("--seed", type=int, default=0)
    options = arguments.parse_args()
    rng = random.Random(options.seed)
    pool, texts = real_comments(), articles()
    pages: list[tuple[list[str], int | None]] = []
    for lines in texts:
        pages += [(lines[:end], None) for end in range(4, len(lines) + 1)]
        for _ in range(options.pages_per_article):
            pages.append((lines + rng.sample(pool, rng.randint(2, 8)), len(lines)))
    shipped = VoiceSettings()
    baseline = replace(shipped, weights={**shipped.weights, "social": 0.0, "long": 0.0})
    print(f"{len(texts)} articles, {len(pool):,} real comments; {len(pages)} pages")
    for name, settings in (("baseline (no social/long cues)", baseline), ("shipped", shipped)):
        c = score(settings, pages)
        n = c["pages"]
        print(
            f"{name:31s} exact {c['exact'] / n:.1%}  missed {c['missed'] / n:.1%}  "
            f"elsewhere {c['elsewhere'] / n:.1%}  (of {n});  article-only pages split "
            f"{c['false']}/{c['plain']}"
        )


if __name__ == "__main__":
    main()
