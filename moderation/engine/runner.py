"""Run the classifier over token sequences fast on CPU: sorted by length, padded per batch.

Precision (`Runner(precision=...)`), measured against fp32 with `benchmarks/bench_engine.py`
(minilm-moderation 1.5.0, 2,000 real comments, 2 threads):
- bf16: the encoder's matmuls in bf16 with fp32 accumulation; LayerNorm, the residual stream and
  the head stay fp32. ~2x fp32 where the CPU has AVX512-BF16 or AMX (emulated elsewhere, and
  slower than fp32, so `auto` picks it only there); decisions agree with fp32 on 99.95% of
  comments, scores within 0.011. 3.5x-3.9x the `transformers.pipeline` baseline (two runs,
  session 9; the baseline itself ran at 57.9-67.4 comments/s).
- int8: the encoder's Linear layers as int8 matmuls with activations rounded per token,
  smoothed, the FFN down-projections rounded asymmetrically (`moderation.engine.int8`): 4.3x
  the baseline; decisions agree on 99.6% (max score gap 0.058; with the largest 8 input
  channels per Linear in fp32 since session 13, 99.55% and 0.033 on 1.6.0, emulated; with the
  first half of the encoder's layers in fp32 since session 21, 99.95% and 0.011 on 1.7.0 with
  the real `_int_mm`, 1.9x the baseline on an AMX CPU, where bf16 is faster; PyTorch's dynamic
  int8 Linear,
  per-batch activations, agreed on 98.7%, gap 0.12, on 1.4.0). The calibrated review thresholds
  are low probabilities, so small logit errors flip decisions. ONNX Runtime int8 (per-channel
  weights) was ~8% faster than PyTorch's dynamic int8 and agreed on ~98% (1.1.0). Opt-in.

BERT classifiers run through `cls_forward` (the last layer for [CLS] alone, same logits):
1.17x fp32 and 1.18x bf16 on one thread.

Both fast paths need the CPU's help. On an AMD EPYC (Zen 3: AVX2, no AVX-512, no VNNI, session
10) bf16 is emulated and `torch._int_mm` falls back to a plain loop: one 1,024 x 384 x 1,536
matmul took 609 ms in int8 against 22 ms in fp32, and the engine scored 13.6 comments/s in bf16
and 4.0 in int8 against 113.5 in fp32 (200 Toxic Spans comments). So `auto` is fp32 there, and
`fast_precision` (what the CLI asks for) turns a request for a precision the CPU lacks into
fp32, with a note saying why. There `make bench` measured the engine (fp32) at 2.3x the
pipeline baseline (96.9 against 42.3 comments/s), at 94% of the fp32 matmul ceiling.
fbgemm's int8 (AVX2 `vpmaddubsw`) is fast there, 1.3-1.4x fp32 with its per-batch scale but
agreeing with fp32 on 93.7% of decisions; with per-token scales (rows normalised before it) it
agreed on 98.8% at fp32's speed (1,000 Toxic Spans comments), so it is not offered.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import numpy as np
import torch

from moderation.engine.cls_forward import cls_forward, supports_cls_forward
from moderation.engine.int8 import quantize_int8
from moderation.errors import ConfigError

PRECISIONS = ("auto", "fp32", "bf16", "int8")
# Layers whose [CLS] attention rows are averaged for evidence (`logits_and_attention`).
CLS_ATTENTION_LAYERS = 2


def bf16_is_native() -> bool:
    """Whether this CPU multiplies bf16 in hardware; emulated bf16 is slower than fp32."""
    probes = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, probe, lambda: False)() for probe in probes)


def int8_is_native() -> bool:
    """Whether this CPU has int8 dot-product instructions (AVX512-VNNI or AMX), without which
    `torch._int_mm` runs a plain loop, ~28x slower than an fp32 matmul."""
    probes = ("_is_vnni_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, probe, lambda: False)() for probe in probes)


NATIVE = {"fp32": lambda: True, "bf16": bf16_is_native, "int8": int8_is_native}


def fast_precision(precision: str) -> tuple[str, str | None]:
    """The precision to run for a request, and a note when the CPU cannot run it fast.

    A precision asked for by name that this CPU only emulates becomes fp32: the request was
    for speed, and emulated bf16 or int8 is many times slower than fp32 (see the module note).
    """
    resolved = resolve_precision(precision)
    if NATIVE[resolved]():
        return resolved, None
    instructions = "AVX512-BF16 or AMX" if resolved == "bf16" else "AVX512-VNNI or AMX"
    return "fp32", (
        f"{resolved}: this CPU has no {instructions}, so {resolved} would run on a slow "
        f"fallback, many times slower than fp32; running fp32"
    )


def resolve_precision(precision: str) -> str:
    """`auto` -> bf16 where the CPU has it natively, else fp32; other names pass through."""
    if precision not in PRECISIONS:
        raise ConfigError(f"precision {precision!r}: expected one of {', '.join(PRECISIONS)}")
    if precision == "auto":
        return "bf16" if bf16_is_native() else "fp32"
    return precision


class Bf16Encoder(torch.nn.Module):
    """Runs a wrapped encoder under bf16 autocast; its Linear weights are stored in bf16.

    Autocast runs matmuls (Linear, attention) in bf16 and keeps LayerNorm and the residual
    additions in fp32, so the encoder's output is fp32 and the head after it runs in fp32.
    """

    def __init__(self, encoder: torch.nn.Module):
        super().__init__()
        for module in encoder.modules():
            if isinstance(module, torch.nn.Linear):
                module.to(torch.bfloat16)  # cast once, not on every call
        self.encoder = encoder

    @property
    def layer(self) -> torch.nn.ModuleList:
        """The wrapped encoder's layers, for `cls_forward`, which runs them one by one."""
        return self.encoder.layer

    def forward(self, *args, **kwargs):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            return self.encoder(*args, **kwargs)


def to_bf16(model: torch.nn.Module) -> torch.nn.Module:
    """Wrap the model's encoder in `Bf16Encoder`, in place.

    Attention runs eager (matmul, softmax): at our window length (64 tokens) CPU SDPA's bf16
    kernel was ~8% slower over the whole model, while in fp32 SDPA is the faster one.
    """
    base = model.base_model
    base.encoder = Bf16Encoder(base.encoder)
    model.set_attn_implementation("eager")
    return model


class Runner:
    """Turns token sequences into logits: batches of similar length, no padding to a fixed size.

    Batches hold about `batch_tokens` tokens: on one core 1,024 ran ~1.5x faster than 4,096 (the
    activations stay in cache). Scores do not depend on the batch in any precision (int8 rounds
    each token's activations with its own scale).

    `streams` > 1 runs that many batches at once, each on its own thread with one torch thread
    (the model is shared, read-only). On 2 cores, 2 streams x 1 thread ran 1.19x faster than one
    stream x 2 threads (bf16, 2,000 Toxic Spans comments, identical logits): small batches'
    ops are too short for torch to split across threads without waiting on each other.
    """

    def __init__(
        self,
        model: torch.nn.Module,
        pad_token_id: int,
        precision: str = "fp32",
        batch_tokens: int = 1024,
        max_batch: int = 64,
        streams: int = 1,
        int8_channel_max: dict[str, torch.Tensor] | None = None,
    ):
        if streams < 1:
            raise ConfigError(f"streams {streams}: expected at least 1")
        self.precision = resolve_precision(precision)
        converters = {"int8": partial(quantize_int8, channel_max=int8_channel_max), "bf16": to_bf16}
        self.model = converters.get(self.precision, lambda same: same)(model)
        self.model.eval()
        self.cls_forward = supports_cls_forward(self.model)
        self.pad_token_id = pad_token_id
        self.batch_tokens = batch_tokens
        self.max_batch = max_batch
        self.streams = streams
        self._executor: ThreadPoolExecutor | None = None

    def batches(self, sequences: Sequence[Sequence[int]]) -> Iterator[list[int]]:
        """Indices of sequences, shortest first, grouped so batch x longest <= batch_tokens."""
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
        batch: list[int] = []
        for index in order:
            longest = len(sequences[index])  # sorted, so the newest is the longest
            if batch and (
                len(batch) >= self.max_batch or (len(batch) + 1) * longest > self.batch_tokens
            ):
                yield batch
                batch = []
            batch.append(index)
        if batch:
            yield batch

    def logits(self, sequences: Sequence[Sequence[int]]) -> np.ndarray:
        """Logits for each sequence, in input order, shape (sequences, labels)."""
        return self._run(sequences, cls_attention=False)[0]

    def logits_and_attention(
        self, sequences: Sequence[Sequence[int]]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Logits, and per sequence how much [CLS] attends to each position in the last layers.

        The attention is averaged over the heads of the last two layers (on Toxic Spans that
        pointed at the toxic sentence a little more often than the last layer alone) and costs
        no extra pass. Needs eager attention (SDPA does not return weights); the Runner switches
        to it on first use.
        """
        return self._run(sequences, cls_attention=True)

    def _run(
        self, sequences: Sequence[Sequence[int]], cls_attention: bool
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        eager = self.model.config._attn_implementation == "eager"
        if cls_attention and not self.cls_forward and not eager:  # cls_forward has its own
            self.model.set_attn_implementation("eager")
        out = np.zeros((len(sequences), self.model.config.num_labels), dtype=np.float32)
        attention: list[np.ndarray] = [np.empty(0, dtype=np.float32)] * len(sequences)
        run = partial(self._run_batch, sequences, cls_attention=cls_attention)
        pool = self._pool()
        results = (pool.map if pool else map)(run, self.batches(sequences))
        for batch, logits, from_cls in results:  # map keeps batch order
            out[batch] = logits
            if from_cls is not None:
                for row, index in enumerate(batch):
                    attention[index] = from_cls[row, : len(sequences[index])]
        return out, attention

    def _run_batch(
        self, sequences: Sequence[Sequence[int]], batch: list[int], cls_attention: bool
    ) -> tuple[list[int], np.ndarray, np.ndarray | None]:
        """One padded batch through the model; inference mode is per thread, so entered here."""
        with torch.inference_mode():
            input_ids, attention_mask = self._pad([sequences[i] for i in batch])
            if self.cls_forward:
                logits, rows = cls_forward(
                    self.model,
                    input_ids,
                    attention_mask,
                    cls_attention_layers=CLS_ATTENTION_LAYERS if cls_attention else 0,
                    bf16=self.precision == "bf16",
                )
            else:
                result = self.model(
                    input_ids=input_ids,
                    attention_mask=attention_mask,
                    output_attentions=cls_attention,
                )
                logits = result.logits
                rows = (
                    [layer[:, :, 0, :] for layer in result.attentions[-CLS_ATTENTION_LAYERS:]]
                    if cls_attention
                    else []
                )
            from_cls = None
            if cls_attention:
                from_cls = torch.stack(rows).float().mean(dim=(0, 2)).numpy()  # (batch, positions)
            return batch, logits.float().numpy(), from_cls

    def _pool(self) -> ThreadPoolExecutor | None:
        """The worker threads, one torch thread each, made on first use; None for one stream."""
        if self.streams > 1 and self._executor is None:
            self._executor = ThreadPoolExecutor(
                self.streams,
                thread_name_prefix="runner",
                initializer=torch.set_num_threads,
                initargs=(1,),
            )
        return self._executor

    def _pad(self, rows: list[Sequence[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        width = max(len(row) for row in rows)
        input_ids = np.full((len(rows), width), self.pad_token_id, dtype=np.int64)
        attention_mask = np.zeros((len(rows), width), dtype=np.int64)
        for i, row in enumerate(rows):
            input_ids[i, : len(row)] = row
            attention_mask[i, : len(row)] = 1
        return torch.from_numpy(input_ids), torch.from_numpy(attention_mask)
