"""Dynamic int8 for the encoder's Linear layers, with 8-bit activations where the CPU allows.

PyTorch's dynamic int8 Linear quantises activations to 7 bits (`reduce_range=True`): without
VNNI, x86 multiplies u8 x s8 pairs into a saturating int16, and 7 bits keep that from
overflowing. VNNI accumulates into int32, so there the activations can use all 8 bits, which
halves their rounding step. On minilm-moderation 1.4.0 (800 Toxic Spans comments, 1 thread)
int8 decisions agreed with fp32 on 94.6% with 7 bits and 98.0% with 8 (max score gap 0.25 ->
0.12), at the same speed.

Before that, the Linear inputs are smoothed when the model directory holds their channel maxima
(`CHANNEL_MAX_FILE`, written by `moderation train` from validation text): SmoothQuant (Xiao et
al. 2023) with alpha = 1 divides each input channel by its largest magnitude and multiplies the
weight column by it, so the product is unchanged in exact arithmetic and a few outlier channels
no longer eat the per-batch activation scale. Calibrated on 300 real comments that took the
agreement above to 99.5%; calibrated on 40 written sentences it made it worse (logits off by up
to 6.8: a channel the calibration under-measures then blows up the per-batch scale), which is
why the maxima come from real validation text and are stored with the model. On the 2,000
comments of `benchmarks/bench_engine.py`, with the shipped maxima: 98.7% agreement, max score
gap 0.12 (targets: 99.5%, 0.02).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from torch.ao.nn.quantized import dynamic as quantized_dynamic

from moderation.errors import ModelNotFound

CHANNEL_MAX_FILE = "int8_channel_max.safetensors"


class FullRangeDynamicLinear(quantized_dynamic.Linear):
    """Dynamic int8 Linear whose activations use 8 bits instead of the default 7."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        packed = self._packed_params._packed_params
        return torch.ops.quantized.linear_dynamic(x, packed, reduce_range=False).to(x.dtype)


class SmoothedInput(torch.nn.Module):
    """Divides the input per channel before the wrapped Linear, whose weight was multiplied."""

    def __init__(self, linear: torch.nn.Linear, channel_max: torch.Tensor):
        super().__init__()
        scale = channel_max.float().clamp(min=1e-5)
        with torch.no_grad():
            linear.weight.mul_(scale)
        self.linear = linear
        self.register_buffer("inverse", 1.0 / scale)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear(x * self.inverse)


def measure_channel_max(
    encoder: torch.nn.Module, run: Callable[[], object]
) -> dict[str, torch.Tensor]:
    """Largest |input| per channel of every Linear in `encoder` while `run()` runs the model."""
    maxima: dict[str, torch.Tensor] = {}

    def record(name: str):
        def hook(_module, inputs, _output):
            seen = inputs[0].detach().float().abs().reshape(-1, inputs[0].shape[-1]).amax(dim=0)
            maxima[name] = torch.maximum(maxima[name], seen) if name in maxima else seen

        return hook

    hooks = [
        module.register_forward_hook(record(name))
        for name, module in encoder.named_modules()
        if isinstance(module, torch.nn.Linear)
    ]
    try:
        with torch.inference_mode():
            run()
    finally:
        for hook in hooks:
            hook.remove()
    return maxima


def save_channel_max(directory: str | Path, maxima: dict[str, torch.Tensor]) -> None:
    save_file(
        {name: value.contiguous() for name, value in maxima.items()},
        Path(directory) / CHANNEL_MAX_FILE,
    )


def load_channel_max(directory: str | Path) -> dict[str, torch.Tensor] | None:
    """The stored channel maxima of a model directory, or None when it has none."""
    path = Path(directory) / CHANNEL_MAX_FILE
    if not path.is_file():
        return None
    try:
        return load_file(path)
    except (OSError, SafetensorError) as error:
        raise ModelNotFound(f"{path}: cannot read the int8 channel maxima ({error})") from error


def smooth(encoder: torch.nn.Module, maxima: dict[str, torch.Tensor]) -> None:
    """Wrap each Linear of `encoder` that has measured maxima in `SmoothedInput`, in place."""
    for name, module in list(encoder.named_modules()):
        if isinstance(module, torch.nn.Linear) and name in maxima:
            parent, _, attribute = name.rpartition(".")
            setattr(encoder.get_submodule(parent), attribute, SmoothedInput(module, maxima[name]))


def full_range_supported() -> bool:
    """VNNI multiplies u8 x s8 into int32, without the int16 saturation 7 bits guard against."""
    return getattr(torch.cpu, "_is_vnni_supported", lambda: False)()


def quantize_int8(
    model: torch.nn.Module, channel_max: dict[str, torch.Tensor] | None = None
) -> torch.nn.Module:
    """Dynamic int8 for the encoder's Linear layers, in place, weights scaled per channel;
    inputs smoothed first with `channel_max` (names as in the encoder) when given.

    The pooler and classification head stay fp32: they are a sliver of the work, and rounding
    there would land on the scores directly. Per-channel weight scales halve the int8 error of
    per-tensor ones at the same speed.
    """
    target = encoder_of(model)
    if channel_max:
        smooth(target, channel_max)
    linear = FullRangeDynamicLinear if full_range_supported() else quantized_dynamic.Linear
    with warnings.catch_warnings():
        # torch.ao.quantization is deprecated in favour of torchao; it still works, and torchao
        # would be one more dependency for the same kernels.
        warnings.simplefilter("ignore")
        qconfig = {torch.nn.Linear: torch.ao.quantization.per_channel_dynamic_qconfig}
        torch.ao.quantization.quantize_dynamic(
            target, qconfig, dtype=torch.qint8, mapping={torch.nn.Linear: linear}, inplace=True
        )
    return model


def encoder_of(model: torch.nn.Module) -> torch.nn.Module:
    """The part int8 quantises: the transformer layers, without embeddings, pooler and head."""
    return getattr(model.base_model, "encoder", model)
