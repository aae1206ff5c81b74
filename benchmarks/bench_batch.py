"""The nightly batch over 1,000 generated pages: pages/s, comments/s, and the share of the run
spent outside the model (parsing, hashing, the store; target under 15%). Then a re-run over the
same pages, which should be all skips.

Run: `.venv/bin/python benchmarks/bench_batch.py [--pages N] [--per-page N] [--model DIR]`.
Pages are JSONL exports holding real reader comments (Toxic Spans test split), so comment lengths
and the share flagged (which costs evidence search) look like news comments. The model is the
trained one when present, else the stand-in of `engine_setup` (real MiniLM-L6 backbone + a head
fitted in this run).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from engine_setup import bench_model_dir, real_comments

from moderation.batch import run_batch
from moderation.engine import Moderator


def write_pages(folder: Path, pages: int, per_page: int) -> int:
    """`pages` exports of `per_page` real comments each (cycled); returns the comment count."""
    texts = [comment.text for comment in real_comments("test")]
    folder.mkdir(parents=True)
    n = 0
    for page in range(pages):
        rows = []
        for i in range(per_page):
            rows.append(
                {"id": f"{page}-{i}", "author": f"reader{i}", "text": texts[n % len(texts)]}
            )
            n += 1
        (folder / f"page{page:05d}.jsonl").write_text(
            "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
        )
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--per-page", type=int, default=8)
    parser.add_argument("--model", default=None, help="model directory (default: see above)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        model_dir, model_note = bench_model_dir(work, args.model)
        comments = write_pages(work / "pages", args.pages, args.per_page)
        moderator = Moderator(model_dir)
        url = f"sqlite:///{work / 'store.db'}"
        first = run_batch([work / "pages"], url, moderator=moderator)
        start = time.perf_counter()
        again = run_batch([work / "pages"], url, moderator=moderator)
        rerun = time.perf_counter() - start
    outside = first.seconds - first.model_seconds
    print(f"model: {model_note}")
    print(f"pages: {args.pages} x {args.per_page} comments = {comments} comments (SQLite store)")
    print(
        f"first run: {first.seconds:.1f} s, {args.pages / first.seconds:.1f} pages/s, "
        f"{first.comments_scored / first.seconds:.1f} comments/s; decisions {first.decisions}"
    )
    print(
        f"outside the model: {outside:.2f} s = {outside / first.seconds:.1%} of the run "
        f"(target < 15%)"
    )
    print(
        f"re-run over the same pages: {rerun:.2f} s, {again.pages['skipped']} skipped, "
        f"{args.pages / rerun:.0f} pages/s"
    )


if __name__ == "__main__":
    main()
