"""How far the engine's int8 path is from fp32, on any CPU: decisions and scores, not speed.

    python benchmarks/int8_agreement.py [--model DIR] [--count N] [--outliers K]

Without AVX512-VNNI or AMX `torch._int_mm` runs a plain loop, far too slow for 2,000 comments;
here it is replaced by a float matmul of the same int8 codes, exact up to fp32 summation (sums
of at most 1,536 products of 127 x 127), so the agreement is the one a VNNI CPU gets. Same
comments as `bench_engine.py` (Toxic Spans test split). `--outliers K` overrides how many input
channels per Linear run in fp32 (`moderation.engine.int8.OUTLIER_CHANNELS`).
"""

from __future__ import annotations

import argparse

import numpy as np
import torch
from engine_setup import real_comments

import moderation.engine.int8 as int8
from moderation.engine import Moderator


def emulated_int_mm(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """`torch._int_mm` as a float matmul of the int8 codes."""
    return (a.float() @ b.float()).to(torch.int32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--model", default=None, help="model directory (default: the shipped)")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--outliers", type=int, default=None)
    args = parser.parse_args()
    torch.set_num_threads(1)
    torch._int_mm = emulated_int_mm
    if args.outliers is not None:
        int8.OUTLIER_CHANNELS = args.outliers
    comments = real_comments()[: args.count]
    fp32 = list(Moderator(args.model, precision="fp32").moderate(comments, source="bench"))
    fast = list(Moderator(args.model, precision="int8").moderate(comments, source="bench"))
    pairs = list(zip(fp32, fast, strict=True))
    agree = np.mean([a.decision == b.decision for a, b in pairs])
    gaps = np.abs([np.subtract(a.scores.values, b.scores.values) for a, b in pairs])
    outliers = int8.OUTLIER_CHANNELS
    print(f"int8 ({outliers} outlier channels, _int_mm emulated) vs fp32 on {len(pairs)} "
          f"comments: decisions agree {agree:.2%} (target >= 99.5%), max |score diff| "
          f"{gaps.max():.4f} (target <= 0.02), mean {gaps.mean():.5f}")  # fmt: skip


if __name__ == "__main__":
    main()
