"""Engine speed against a plain `transformers.pipeline`, and int8 against fp32, in one run.

    python benchmarks/bench_engine.py [--model DIR] [--threads N] [--onnx]

Prints comments/s for the pipeline baseline (fp32, defaults), the engine in fp32 and int8, the
ratio engine/baseline, a compute ceiling from a matmul probe measured in this run, and how often
int8 decisions agree with fp32. All on the same 2,000 real comments (Toxic Spans test split).
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
from moderation.engine.windows import score_texts
from moderation.model import load_model


def matmul_gflops(rows: int, hidden: int, inner: int, int8: bool, seconds: float = 1.5) -> float:
    """Measured GFLOP/s of the model's largest matmul shape (FFN), fp32 or dynamic int8."""
    x = torch.randn(rows, hidden)
    if int8:
        layer = torch.ao.nn.quantized.dynamic.Linear(hidden, inner)
        layer.set_weight_bias(
            torch.quantize_per_tensor(torch.randn(inner, hidden), 0.05, 0, torch.qint8), None
        )
        step = lambda: layer(x)  # noqa: E731
    else:
        weight = torch.randn(hidden, inner)
        step = lambda: x @ weight  # noqa: E731
    step()
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        step()
        calls += 1
    return 2 * rows * hidden * inner * calls / (time.perf_counter() - start) / 1e9


def tokens_per_comment(moderator: Moderator, texts: list[str]) -> float:
    """Tokens the engine runs per comment, special tokens and window overlaps included."""
    lengths: list[int] = []

    def record(sequences):
        lengths.extend(len(sequence) for sequence in sequences)
        return np.zeros((len(sequences), len(moderator.spec.labels)), dtype=np.float32)

    score_texts(texts, moderator.tokenizer, moderator.max_length, record)
    return sum(lengths) / len(texts)


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
        quantize_dynamic(fp32_path, int8_path, weight_type=QuantType.QInt8)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or torch.get_num_threads()
        self.session = onnxruntime.InferenceSession(str(int8_path), options)

    def __call__(self, input_ids, attention_mask):
        feed = {"input_ids": input_ids.numpy(), "attention_mask": attention_mask.numpy()}
        return SimpleNamespace(logits=torch.from_numpy(self.session.run(None, feed)[0]))

    def eval(self):
        return self


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
    print(f"model: {model_note}")
    print(f"{len(comments)} comments; torch threads {torch.get_num_threads()}; "
          f"load average at start {os.getloadavg()[0]:.1f}")  # fmt: skip

    runs = contenders(model_dir, args, work_dir)
    seconds, outputs = {name: 0.0 for name in runs}, {name: [] for name in runs}
    for start in range(0, len(comments), ROUND):  # rounds spread load changes over all runs
        part = comments[start : start + ROUND]
        for name, run in runs.items():
            began = time.perf_counter()
            outputs[name].extend(run(part))
            seconds[name] += time.perf_counter() - began
    rates = {name: len(comments) / seconds[name] for name in runs}
    baseline = rates[BASELINE]
    for name, rate in rates.items():
        print(f"{name:<26}{rate:7.1f} comments/s   {rate / baseline:4.1f}x baseline")

    moderator = Moderator(model_dir, quantize=False)
    print_ceiling(moderator, [comment.text for comment in comments], rates)
    print_agreement(outputs["engine fp32"], outputs["engine int8"])
    print(f"load average at end {os.getloadavg()[0]:.1f} (2 cores; other jobs share them)")


BASELINE = "pipeline fp32 (baseline)"
ROUND = 250


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model directory (default: the trained model if present)")
    parser.add_argument("--threads", type=int, help="torch threads (default: torch's own)")
    parser.add_argument("--count", type=int, default=2000, help="comments to run")
    parser.add_argument("--onnx", action="store_true", help="also time ONNX Runtime int8")
    return parser.parse_args()


def contenders(model_dir: Path, args, work_dir: Path) -> dict:
    """name -> function(comments) -> outputs, each warmed up once."""
    model, tokenizer, _ = load_model(model_dir)
    classify = pipeline("text-classification", model=model, tokenizer=tokenizer, device="cpu")
    options = {"top_k": None, "function_to_apply": "sigmoid", "truncation": True}
    runs = {BASELINE: lambda part: classify([comment.text for comment in part], **options)}
    for name, quantize in (("engine fp32", False), ("engine int8", True)):
        moderator = Moderator(model_dir, quantize=quantize, threads=args.threads)
        runs[name] = lambda part, m=moderator: list(m.moderate(part))
    if args.onnx and importlib.util.find_spec("onnx") is None:
        print("--onnx: skipped, the onnx package (needed to export) is not installed")
    elif args.onnx:
        onnx = Moderator(model_dir, quantize=False, threads=args.threads)
        onnx.runner.model = OnnxModel(load_model(model_dir)[0], work_dir, args.threads)
        runs["engine int8 onnxruntime"] = lambda part: list(onnx.moderate(part))
    warm_up = real_comments("train")[:32]
    for run in runs.values():
        run(warm_up)
    return runs


def print_ceiling(moderator: Moderator, texts: list[str], rates: dict[str, float]) -> None:
    """Comments/s the measured matmul throughput allows for the engine's token count."""
    tokens = tokens_per_comment(moderator, texts)
    model = moderator.runner.model
    params = non_embedding_params(model)
    flops = 2 * params * tokens
    print(f"tokens/comment run by the engine {tokens:.1f}; {flops / 1e9:.2f} GFLOP/comment "
          f"(2 x {params / 1e6:.1f}M non-embedding params x tokens)")  # fmt: skip
    config = model.config
    for name, int8 in (("fp32", False), ("int8", True)):
        gflops = matmul_gflops(2048, config.hidden_size, config.intermediate_size, int8)
        ceiling = gflops * 1e9 / flops
        share = rates[f"engine {name}"] / ceiling
        print(f"ceiling {name}: matmul probe {gflops:6.1f} GFLOP/s -> {ceiling:7.1f} comments/s "
              f"(engine {name} at {share:.0%} of it)")  # fmt: skip


def print_agreement(fp32: list, int8: list) -> None:
    pairs = list(zip(fp32, int8, strict=True))
    agree = np.mean([a.decision == b.decision for a, b in pairs])
    same_labels = np.mean([a.labels == b.labels for a, b in pairs])
    diff = np.abs([np.subtract(a.scores.values, b.scores.values) for a, b in pairs])
    flagged = Counter(a.decision for a, _ in pairs)
    print(f"int8 vs fp32: decisions agree {agree:.2%} (target >= 99.5%), labels agree "
          f"{same_labels:.2%}, max |score diff| {diff.max():.4f} (target <= 0.02), "
          f"mean {diff.mean():.4f}")  # fmt: skip
    print(f"fp32 decisions: {dict(flagged)}")


if __name__ == "__main__":
    main()
