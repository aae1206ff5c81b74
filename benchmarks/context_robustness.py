"""Does a comment's score hold when it talks about the story around what matters? Quality, not
speed: held-out test rows scored alone and set among sentences of news articles.

    python benchmarks/context_robustness.py [--model DIR] [--baseline DIR] [--rows N]

Per label, up to N positive and 2N negative rows of the test split (`configs/train.toml`'s
split) are scored alone, then with two article sentences before them and one after: ROC-AUC and
the share over the review and remove thresholds, for each model. The sentences come from the
articles the parser reads from the held-out pages (`tests/fixtures/heldout/`: news stories
the team's helpers wrote, never in training), so context is what a reader's comment sits in.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from moderation.engine import Moderator
from moderation.engine.sentences import sentence_spans
from moderation.errors import PageError
from moderation.model.spec import LABELS
from moderation.parse import parse_file
from moderation.training import TrainConfig
from moderation.training.recipe import load_corpus

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "heldout" / "pages"
_PROSE = re.compile(r"\b(?:the|and|of)\b")


def article_sentences() -> list[str]:
    """English sentences of the held-out pages' articles, 40-220 characters."""
    found = set()
    for path in sorted(PAGES.iterdir()):
        try:
            article = parse_file(path).article
        except PageError:
            continue
        for start, end in sentence_spans(article):
            sentence = article[start:end]
            if 40 < len(sentence) < 220 and sentence.isascii() and _PROSE.search(sentence):
                found.add(sentence)
    return sorted(found)


def sample(test, label: str, rows: int, seed: int) -> tuple[list[str], np.ndarray]:
    known = test[f"gold_{label}"].astype(bool).to_numpy()
    values = test[label].to_numpy()
    rng = np.random.RandomState(seed)
    positive = np.flatnonzero(known & (values == 1))
    negative = np.flatnonzero(known & (values == 0))
    positive = rng.choice(positive, min(rows, len(positive)), replace=False)
    negative = rng.choice(negative, min(2 * rows, len(negative)), replace=False)
    texts = test["text"].to_numpy()[np.concatenate([positive, negative])].tolist()
    return texts, np.r_[np.ones(len(positive)), np.zeros(len(negative))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--model", default=None, help="model directory (default: the shipped)")
    parser.add_argument("--baseline", default=None, help="a second model directory to compare")
    parser.add_argument("--rows", type=int, default=400, help="positives per label (at most)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    corpus = load_corpus(TrainConfig.from_file(ROOT / "configs" / "train.toml"))
    test = corpus[corpus["split"] == "test"].reset_index(drop=True)
    context = article_sentences()
    print(f"{len(context)} article sentences from {PAGES.relative_to(ROOT)}")
    models = [("model", args.model)] + ([("baseline", args.baseline)] if args.baseline else [])
    moderators = {name: Moderator(path, precision="fp32", threads=2) for name, path in models}
    for j, label in enumerate(LABELS):
        texts, truth = sample(test, label, args.rows, args.seed + j)
        rng = random.Random(args.seed + j)
        embedded = [" ".join([*rng.sample(context, 2), t, *rng.sample(context, 1)]) for t in texts]
        print(f"{label}: {int(truth.sum())} positive, {int((truth == 0).sum())} negative rows")
        for name, moderator in moderators.items():
            thresholds = moderator.spec.thresholds_for(label)
            for how, batch in (("alone", texts), ("in context", embedded)):
                scores = moderator.score(batch)[:, moderator.spec.labels.index(label)]
                review = scores >= thresholds.review
                remove = scores >= thresholds.remove
                print(
                    f"  {name:8s} {how:10s} ROC-AUC {roc_auc_score(truth, scores):.3f}  "
                    f"review: recall {review[truth == 1].mean():.3f} "
                    f"false positives {review[truth == 0].mean():.3f}  "
                    f"remove: recall {remove[truth == 1].mean():.3f} "
                    f"false positives {remove[truth == 0].mean():.3f}"
                )


if __name__ == "__main__":
    main()
