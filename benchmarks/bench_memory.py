"""Peak memory while moderating 100,000 comments streamed from a JSONL file (target < 1.5 GB).

    python benchmarks/bench_memory.py [--count 100000] [--model DIR] [--threads N]

Writes a JSONL export of real comment texts (1 in 1,000 a ~2,000-word one), streams it through
`Moderator.moderate` line by line, and prints resident memory as it goes: flat means the engine
does not grow with its input.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from engine_setup import bench_model_dir, real_comments, rss_mb
from transformers.utils import logging as hf_logging

from moderation.engine import Moderator
from moderation.types import Comment


def write_export(path: Path, count: int) -> None:
    """`count` comments as JSONL: real texts in seeded random order, some very long ones."""
    texts = [comment.text for comment in real_comments("train")]
    rng = random.Random(0)
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(count):
            pieces = rng.sample(texts, 40) if i % 1000 == 999 else [rng.choice(texts)]
            handle.write(json.dumps({"id": f"c{i}", "text": " ".join(pieces)}) + "\n")


def stream_export(path: Path) -> Iterator[Comment]:
    """One comment per line, read lazily."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield Comment(id=record["id"], text=record["text"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--model", help="model directory (default: the trained model if present)")
    parser.add_argument("--threads", type=int)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()

    work_dir = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    export = work_dir / "comments.jsonl"
    write_export(export, args.count)
    # Build (or find) the model in a child process, so this one holds only what moderating needs.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
        model_dir, note = child.submit(bench_model_dir, work_dir, args.model, False).result()
    print(f"model: {note}\nexport: {args.count} comments, {export.stat().st_size / 1e6:.0f} MB")
    print(f"before loading the model: {rss_mb():.0f} MB resident")
    moderator = Moderator(model_dir, threads=args.threads)
    print(f"after loading the model: {rss_mb():.0f} MB resident")

    decisions: Counter[str] = Counter()
    every = max(args.count // 10, 1)
    began = time.perf_counter()
    for done, decision in enumerate(moderator.moderate(stream_export(export)), start=1):
        decisions[decision.decision] += 1
        if done % every == 0:
            rate = done / (time.perf_counter() - began)
            print(f"{done:>7} comments  {rss_mb():6.0f} MB resident  {rate:6.1f} comments/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory {peak:.0f} MB (target < 1536 MB); decisions {dict(decisions)}")


if __name__ == "__main__":
    main()
