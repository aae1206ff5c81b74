"""Engine speed against a plain `transformers.pipeline`, and fast paths against fp32, in one run.

    python benchmarks/bench_engine.py [--model DIR] [--threads N] [--count N] [--onnx]
                                      [--emulated]

Prints comments/s for the pipeline baseline (fp32, defaults), the engine in fp32, bf16 and int8
(and ONNX Runtime int8 with --onnx), the engine in its default precision with evidence by
rescoring sentences instead of from attention, and its scores alone (no evidence); the ratio
engine/baseline, a compute ceiling from matmul probes measured in this run, and how often each
fast path's decisions agree with fp32. All on the same real comments (Toxic Spans test split,
2,000 by default), timed in interleaved rounds so load changes hit all alike.

Precisions this CPU only emulates (bf16 without AVX512-BF16 or AMX, int8 without AVX512-VNNI or
AMX) are left out, and said so: they run many times slower than fp32 there
(`moderation.engine.runner`); --emulated times them too.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import torch
from engine_setup import bench_model_dir, non_embedding_params, real_comments
from transformers import pipeline
from transformers.utils import logging as hf_logging

from moderation.engine import Moderator
from moderation.engine.runner import NATIVE, resolve_precision
from moderation.engine.windows import score_texts
from moderation.model import load_model


def matmul_gflops(
    rows: int, hidden: int, inner: int, precision: str, seconds: float = 1.5
) -> float:
    """Measured GFLOP/s of the model's largest matmul shape (FFN) in fp32, bf16 or int8 (the
    bare int8 x int8 -> int32 matmul that `Int8Linear` runs, without its rounding)."""
    x = torch.randn(rows, hidden)
    if precision == "int8":
        x_int8 = torch.randint(-127, 128, (rows, hidden), dtype=torch.int8)
        weight_int8 = torch.randint(-127, 128, (inner, hidden), dtype=torch.int8)
        step = lambda: torch._int_mm(x_int8, weight_int8.t())  # noqa: E731
    else:
        dtype = torch.bfloat16 if precision == "bf16" else torch.float32
        x, weight = x.to(dtype), torch.randn(hidden, inner, dtype=dtype)
        step = lambda: x @ weight  # noqa: E731
    step()
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        step()
        calls += 1
    return 2 * rows * hidden * inner * calls / (time.perf_counter() - start) / 1e9


class TokenCount:
    """Wraps a Runner's model passes to count the tokens it runs: windows and evidence alike."""

    def __init__(self, runner):
        self.tokens, self._run = 0, runner._run
        runner._run = self

    def __call__(self, sequences, **options):
        self.tokens += sum(len(sequence) for sequence in sequences)
        return self._run(sequences, **options)


def window_tokens(moderator: Moderator, texts: list[str]) -> int:
    """Tokens the engine runs to score `texts` (windows with special tokens), evidence aside."""
    lengths: list[int] = []

    def record(sequences):
        lengths.extend(len(sequence) for sequence in sequences)
        return np.zeros((len(sequences), len(moderator.spec.labels)), dtype=np.float32)

    score_texts(
        texts,
        moderator.tokenizer,
        moderator.max_length,
        record,
        normalization=moderator.spec.normalization,
    )
    return sum(lengths)


class OnnxModel:
    """Just enough of a model for the engine's Runner, backed by an ONNX Runtime session."""

    def __init__(self, model, work_dir: Path, threads: int | None):
        import onnxruntime
        from onnxruntime.quantization import QuantType, quantize_dynamic

        fp32_path, int8_path = work_dir / "model.onnx", work_dir / "model.int8.onnx"
        example = (torch.ones(1, 8, dtype=torch.long), torch.ones(1, 8, dtype=torch.long))
        axes = {0: "batch", 1: "tokens"}
        torch.onnx.export(
            model, example, fp32_path, input_names=["input_ids", "attention_mask"],
            output_names=["logits"], opset_version=17, dynamo=False,
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "logits": {0: "batch"}},
        )  # fmt: skip
        quantize_dynamic(fp32_path, int8_path, weight_type=QuantType.QInt8, per_channel=True)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or torch.get_num_threads()
        self.session = onnxruntime.InferenceSession(str(int8_path), options)

    def __call__(self, input_ids, attention_mask):
        feed = {"input_ids": input_ids.numpy(), "attention_mask": attention_mask.numpy()}
        return SimpleNamespace(logits=torch.from_numpy(self.session.run(None, feed)[0]))

    def eval(self):
        return self


BASELINE = "pipeline fp32 (baseline)"
PRECISIONS = ("fp32", "bf16", "int8")
ROUND = 250


def main() -> None:
    args = parse_args()
    warnings.filterwarnings("ignore")
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    if args.threads:
        torch.set_num_threads(args.threads)

    comments = real_comments("test")[: args.count]
    work_dir = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    model_dir, model_note = bench_model_dir(work_dir, args.model)
    default = resolve_precision("auto")
    precisions = [p for p in PRECISIONS if args.emulated or NATIVE[p]()]
    print(f"model: {model_note}")
    print(f"{len(comments)} comments; torch threads {torch.get_num_threads()}; engine default "
          f"precision on this CPU: {default}; load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"CPU: {cpu_name()}, {torch.backends.cpu.get_cpu_capability()}; native bf16 "
          f"{NATIVE['bf16']()}, native int8 {NATIVE['int8']()}")  # fmt: skip
    for skipped in sorted(set(PRECISIONS) - set(precisions)):
        print(f"engine {skipped}: left out, emulated on this CPU (--emulated times it)")

    runs, moderators = contenders(model_dir, args, work_dir, default, precisions)
    counter = TokenCount(moderators["fp32"].runner)
    seconds, outputs = {name: 0.0 for name in runs}, {name: [] for name in runs}
    config = moderators["fp32"].runner.model.config
    probe = {p: [] for p in precisions}  # matmul GFLOP/s, probed in every round like the runs
    for start in range(0, len(comments), ROUND):  # rounds spread load changes over all runs
        part = comments[start : start + ROUND]
        for name, run in runs.items():
            began = time.perf_counter()
            outputs[name].extend(run(part))
            seconds[name] += time.perf_counter() - began
        for precision in precisions:
            shape = (2048, config.hidden_size, config.intermediate_size)
            probe[precision].append(matmul_gflops(*shape, precision, seconds=0.3))
    rates = {name: len(comments) / seconds[name] for name in runs}
    baseline = rates[BASELINE]
    for name, rate in rates.items():
        print(f"{name:<34}{rate:7.1f} comments/s   {rate / baseline:4.1f}x baseline")

    texts = [comment.text for comment in comments]
    gflops = {precision: float(np.mean(values)) for precision, values in probe.items()}
    print_ceiling(moderators["fp32"], texts, counter.tokens / len(comments), rates, gflops)
    for precision in precisions[1:]:
        print_agreement(precision, outputs["engine fp32"], outputs[f"engine {precision}"])
    flagged = Counter(decision.decision for decision in outputs["engine fp32"])
    print(f"fp32 decisions: {dict(flagged)} (evidence is found for review and remove)")
    print(f"load average at end {os.getloadavg()[0]:.1f} (2 cores; other jobs share them)")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model directory (default: the trained model if present)")
    parser.add_argument("--threads", type=int, help="torch threads (default: torch's own)")
    parser.add_argument("--count", type=int, default=2000, help="comments to run")
    parser.add_argument("--onnx", action="store_true", help="also time ONNX Runtime int8")
    parser.add_argument(
        "--emulated", action="store_true", help="also time precisions this CPU only emulates"
    )
    return parser.parse_args()


def cpu_name() -> str:
    """The CPU's model name from /proc/cpuinfo (Linux), for telling runs on two machines apart."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def contenders(
    model_dir: Path, args, work_dir: Path, default: str, precisions: list[str]
) -> tuple[dict, dict]:
    """(name -> function(comments) -> outputs, each warmed up once; precision -> Moderator)."""
    model, tokenizer, _ = load_model(model_dir)
    # As a user would write it: defaults, plus what multi-label scores and long comments need.
    classify = pipeline("text-classification", model=model, tokenizer=tokenizer, device="cpu")
    options = {"top_k": None, "function_to_apply": "sigmoid", "truncation": True}
    runs = {BASELINE: lambda part: classify([comment.text for comment in part], **options)}
    moderators = {p: Moderator(model_dir, precision=p, threads=args.threads) for p in precisions}
    for precision, moderator in moderators.items():
        runs[f"engine {precision}"] = lambda part, m=moderator: list(m.moderate(part))
    rescoring = Moderator(model_dir, precision=default, threads=args.threads, evidence="rescore")
    runs[f"engine {default} rescore evidence"] = lambda part: list(rescoring.moderate(part))
    scorer = Moderator(model_dir, precision=default, threads=args.threads)
    runs[f"engine {default} scores only"] = lambda part: scorer.score([c.text for c in part])
    if args.onnx and importlib.util.find_spec("onnx") is None:
        print("--onnx: skipped, the onnx package (needed to export) is not installed")
    elif args.onnx:
        # ONNX Runtime returns no attention weights: evidence by rescoring.
        onnx = Moderator(model_dir, precision="fp32", threads=args.threads, evidence="rescore")
        onnx.runner.model = OnnxModel(load_model(model_dir)[0], work_dir, args.threads)
        runs["engine onnxruntime int8"] = lambda part: list(onnx.moderate(part))
    warm_up = real_comments("train")[:32]
    for run in runs.values():
        run(warm_up)
    return runs, moderators


def print_ceiling(
    moderator: Moderator,
    texts: list[str],
    tokens: float,
    rates: dict[str, float],
    gflops: dict[str, float],
) -> None:
    """Comments/s the matmul throughput (probed between rounds) allows for the engine's tokens."""
    scoring = window_tokens(moderator, texts) / len(texts)
    model = moderator.runner.model
    params = non_embedding_params(model)
    flops = 2 * params * tokens
    print(f"tokens/comment run by the engine {tokens:.1f} ({scoring:.1f} scoring windows, "
          f"{tokens - scoring:.1f} evidence sentences); {flops / 1e9:.2f} GFLOP/comment "
          f"(2 x {params / 1e6:.1f}M non-embedding params x tokens)")  # fmt: skip
    for precision in gflops:
        probed = gflops[precision]
        ceiling = probed * 1e9 / flops
        share = rates[f"engine {precision}"] / ceiling
        print(f"ceiling {precision}: matmul probe {probed:6.1f} GFLOP/s -> {ceiling:7.1f} "
              f"comments/s (engine {precision} at {share:.0%} of it)")  # fmt: skip


def print_agreement(name: str, fp32: list, fast: list) -> None:
    pairs = list(zip(fp32, fast, strict=True))
    agree = np.mean([a.decision == b.decision for a, b in pairs])
    same_labels = np.mean([a.labels == b.labels for a, b in pairs])
    diff = np.abs([np.subtract(a.scores.values, b.scores.values) for a, b in pairs])
    verdict = "meets" if agree >= 0.995 and diff.max() <= 0.02 else "misses"
    print(f"{name} vs fp32: decisions agree {agree:.2%} (target >= 99.5%), labels agree "
          f"{same_labels:.2%}, max |score diff| {diff.max():.4f} (target <= 0.02), "
          f"mean {diff.mean():.5f}: {verdict} the targets")  # fmt: skip


if __name__ == "__main__":
    main()
