"""How often the evidence span holds the toxic words a person marked, per evidence method.

    python benchmarks/bench_evidence.py [--model DIR] [--split test] [--threads N]

Toxic Spans marks, character by character, the words that make each comment toxic. For every
comment the engine flags that has marked words and more than one sentence (a one-sentence comment
is its own evidence), a method scores a hit when its evidence sentence overlaps the marked words.
Printed next to each other: attention (the default: read off the scoring pass), rescore (every
sentence of a flagged comment scored again), and two baselines that use no model (the first
sentence; a random sentence, as the expected hit rate), with each method's comments/s.
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
from engine_setup import TOXIC_SPANS, bench_model_dir
from transformers.utils import logging as hf_logging

from moderation.engine import EVIDENCE_METHODS, Moderator
from moderation.engine.sentences import sentence_spans
from moderation.types import Comment


def marked_comments(split: str) -> list[tuple[Comment, set[int]]]:
    """Toxic Spans comments with their marked character offsets, in file order."""
    with open(TOXIC_SPANS / f"tsd_{split}.csv", newline="", encoding="utf-8") as handle:
        return [
            (Comment(id=str(i), text=row["text"]), set(json.loads(row["spans"])))
            for i, row in enumerate(csv.DictReader(handle))
        ]


def overlaps(marked: set[int], start: int, end: int) -> bool:
    return any(offset in marked for offset in range(start, end))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model directory (default: the trained model if present)")
    parser.add_argument("--split", default="test", choices=["trial", "test", "train"])
    parser.add_argument("--threads", type=int, help="torch threads (default: torch's own)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()

    rows = [(c, m) for c, m in marked_comments(args.split) if m and len(sentence_spans(c.text)) > 1]
    comments = [comment for comment, _ in rows]
    model_dir, note = bench_model_dir(Path(tempfile.mkdtemp(prefix="bench-evidence-")), args.model)
    print(f"model: {note}\n{len(rows)} Toxic Spans {args.split} comments with marked words and "
          f"more than one sentence")  # fmt: skip
    decided, rates = {}, {}
    for method in EVIDENCE_METHODS:
        moderator = Moderator(model_dir, threads=args.threads, evidence=method)
        began = time.perf_counter()
        decided[method] = list(moderator.moderate(comments))
        rates[method] = len(comments) / (time.perf_counter() - began)
    flagged = [i for i, decision in enumerate(decided["attention"]) if decision.flagged]
    print(f"{len(flagged)} of them flagged ({moderator.precision}); evidence hit rate on those:")
    for method in EVIDENCE_METHODS:
        hits = [
            overlaps(rows[i][1], decided[method][i].evidence.start, decided[method][i].evidence.end)
            for i in flagged
        ]
        print(f"  {method:<16}{np.mean(hits):6.1%}   ({rates[method]:.1f} comments/s)")
    first, chance = [], []
    for i in flagged:
        comment, marked = rows[i]
        hit = [overlaps(marked, start, end) for start, end in sentence_spans(comment.text)]
        first.append(hit[0])
        chance.append(np.mean(hit))
    print(f"  {'first sentence':<16}{np.mean(first):6.1%}")
    print(f"  {'random sentence':<16}{np.mean(chance):6.1%}   (expected)")


if __name__ == "__main__":
    main()
