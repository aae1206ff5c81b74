"""int8 for the encoder's Linear layers: int8 weights, activations rounded per token, and an
int32 matmul (`torch._int_mm`, oneDNN with VNNI on x86).

Measured against fp32 on the 2,000 comments of `benchmarks/bench_engine.py` (minilm-moderation
1.4.0, 1 thread, `/work/exp/pertoken.py` in session 9):

| int8 variant                                          | decisions agree | max / mean score gap |
|-------------------------------------------------------|-----------------|----------------------|
| PyTorch dynamic Linear, 8-bit, smoothed alpha = 1     | 98.70%          | 0.120 / 0.0030       |
| per-token activations, no smoothing                   | 99.25%          | 0.062 / 0.0021       |
| per-token activations, smoothed alpha = 0.5           | 99.60%          | 0.079 / 0.0017       |

and on the shipped 1.5.0 (the same 2,000 comments):

| int8 variant                                          | decisions agree | max / mean score gap |
|-------------------------------------------------------|-----------------|----------------------|
| per-token, smoothed alpha = 0.5, all symmetric        | 98.85%          | 0.107 / 0.0023       |
| same, FFN down-projections asymmetric (this)          | 99.45%          | 0.058 / 0.0015       |
| same, every Linear asymmetric                         | 99.30%          | 0.040 / 0.0015       |

(`make bench` on 1.5.0 with this one: 99.60%, 0.058; the target of a 0.02 gap is not met.)

and on 1.6.0 (the same 2,000 comments; `_int_mm` emulated by a float matmul of the int8 codes,
exact up to fp32 summation, on an AVX2 CPU without VNNI: `benchmarks/int8_agreement.py`):

| int8 variant                                          | decisions agree | max / mean score gap |
|-------------------------------------------------------|-----------------|----------------------|
| as 1.5.0's (no outlier channels)                      | 99.25%          | 0.046 / 0.0014       |
| same, 8 outlier channels per Linear in fp32 (this)    | 99.55%          | 0.033 / 0.0009       |
| same, 16 outlier channels                             | 99.50%          | 0.028 / 0.0008       |

and on 1.7.0 (the same; `python benchmarks/int8_agreement.py`, and a throwaway variant,
`/work/exp/int8_group.py` in session 19, that rounds each token's activations in groups of G
input channels, each group its own scale, one `_int_mm` per group):

| int8 variant                          | decisions agree       | max / mean score gap        |
|---------------------------------------|-----------------------|-----------------------------|
| 8 outlier channels (this)             | 99.55%                | 0.037 / 0.0008              |
| same, groups of 32 / 64 / 128         | 99.65 / 99.60 / 99.65% | 0.025 / 0.020 / 0.029 / 0.0006 |
| 16 outlier channels, groups of 32 / 64 | 99.85 / 99.50%       | 0.022 / 0.027 / 0.0006      |

Groups cut the mean gap by a quarter to a third, but the max, set by a comment or two on the
steep part of the calibration, stays at 0.02-0.03 and does not fall with finer groups: not
adopted (G calls per Linear, for no reliable gain).

Session 21 kept whole layers fp32 instead (`/work/exp/int8_layers.py`, a throwaway; the same
2,000 comments, 1.7.0, `_int_mm` emulated):

| layers kept fp32 (of 6)  | decisions agree | max / mean score gap |
|--------------------------|-----------------|----------------------|
| none (as before)         | 99.55%          | 0.037 / 0.0008       |
| the last (5); 4 and 5    | 99.55%; 99.60%  | 0.036; 0.038         |
| the first (0); 1; 0 and 2 | 99.70%; 99.80%; 99.75% | 0.030; 0.027; 0.031 |
| 0 and 1; 1 and 2         | 99.75%; 99.85%  | 0.023; 0.027         |
| 0, 1 and 2 (this)        | 99.90%          | 0.011 / 0.0003       |

Rounding early is what costs: it is carried through every layer after it, while the last
layers' rounding barely shows. With the first half fp32 both targets hold (>= 99.5%, <= 0.02);
on this AMX Xeon (2 threads, 1,500 comments, `/work/exp/int8_speed.py`) that half-int8 model ran
160 comments/s against 158 for all-int8 and 142 for fp32 (bf16: 439), so nothing was given up
here; on a VNNI CPU without AMX the int8 half saves half of what all-int8 saved.

With one kind of Linear int8 and the rest fp32 (no outlier channels), the max gap was 0.033
(Q/K/V), 0.009 (attention output), 0.036 (FFN up), 0.045 (FFN down): the error is spread over
the layers, none can be spared. The max gap stays above 0.02: reaching it would take finer
activations than 8 bits per token. Rescoring in fp32 only the comments int8 leaves near a
threshold or on the steep part of the calibration would have to rescore 64% of these comments
(Toxic Spans texts are mostly borderline) to bring the gap to 0.015, so it is not done.

PyTorch's dynamic Linear scales a whole batch's activations by its largest value; per token,
each row gets its own scale, so a comment's scores no longer depend on what it is batched with.
It was also faster (`_int_mm` does the matmul in about half the time of the dynamic Linear).
In a profile (1 thread) `_int_mm` is 37% of int8's time and the rounding, casts and rescaling
around it about as much, so int8 runs only 4-10% faster than bf16.

Smoothing (SmoothQuant, Xiao et al. 2023) divides each Linear input channel by
s = sqrt(max |x| / max |w|) and multiplies the weight column by it: the float product is
unchanged, and the rounding error is shared between activations and weights. With alpha = 1 (all
of it moved into the weights, the best choice for the per-batch kernel) per-token int8 got
worse: mean gap 0.0029 against 0.0019 unsmoothed (300 comments). The activation maxima come from
real validation text (`CHANNEL_MAX_FILE`, written by `moderation train`): from 40 written
sentences they made int8 worse, a channel the calibration under-measures blowing up.

Outlier channels (as LLM.int8(), Dettmers et al. 2022, but chosen once from the stored maxima,
not per batch): the few input channels still largest after smoothing are multiplied in fp32 and
left out of the int8 matmul, so they set neither a token's scale nor a weight row's. Their cost
is a k-column fp32 matmul per Linear (8 of 384 or 1,536 columns); its speed on a VNNI CPU was
not measured (session 13 had none).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file

from moderation.errors import ModelNotFound

CHANNEL_MAX_FILE = "int8_channel_max.safetensors"
# Share of the rounding difficulty moved from activations to weights (SmoothQuant's alpha).
SMOOTHING_ALPHA = 0.5
# Input channels per Linear computed in fp32 (the largest after smoothing): 8 of 384 or 1,536.
OUTLIER_CHANNELS = 8
# The share of the transformer layers, first ones first, whose Linears stay fp32: rounding
# there is carried through every layer after it. MiniLM keeps 3 of 6: the max score gap to fp32
# falls from 0.037 to 0.011 (`benchmarks/int8_agreement.py`; the module's table).
FP32_LAYER_SHARE = 0.5


class Int8Linear(torch.nn.Module):
    """A Linear as an int8 x int8 -> int32 matmul (`torch._int_mm`), for inference.

    Weights are rounded once, per output channel. Activations are rounded per token, each row
    with its own scale: PyTorch's dynamic int8 Linear shares one scale across the whole batch,
    so one token with a large value coarsens the rounding of every other token in it, and a
    comment's scores moved with the comments it was batched with.

    `asymmetric` rounds each row between its own minimum and maximum instead of +-max|x|: for an
    input that is nearly all on one side of zero (after GELU, >= -0.17) that doubles the codes
    in use. The offset is added back with the weight rows' sums.
    """

    def __init__(self, linear: torch.nn.Linear, asymmetric: bool = False):
        super().__init__()
        weight = linear.weight.detach().float()
        scale = weight.abs().amax(dim=1).clamp(min=1e-8) / 127
        self.register_buffer("weight", (weight / scale[:, None]).round().to(torch.int8))
        self.register_buffer("weight_scale", scale)
        self.register_buffer("weight_sum", self.weight.float().sum(dim=1))
        bias = linear.bias.detach().float() if linear.bias is not None else None
        self.register_buffer("bias", bias if bias is not None else torch.zeros_like(scale))
        self.in_features, self.out_features = linear.in_features, linear.out_features
        self.asymmetric = asymmetric

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows = x.reshape(-1, self.in_features).float()
        if self.asymmetric:
            low, high = rows.amin(dim=1, keepdim=True), rows.amax(dim=1, keepdim=True)
            scale = (high - low).clamp_(min=1e-8).div_(255)
            quantized = ((rows - low) / scale).round_().sub_(128).to(torch.int8)
            out = torch._int_mm(quantized, self.weight.t()).float().mul_(scale)
            out.add_((128 * scale + low) * self.weight_sum)  # x = scale * (q + 128) + low
        else:
            scale = rows.abs().amax(dim=1, keepdim=True).clamp_(min=1e-8).div_(127)
            quantized = (rows / scale).round_().to(torch.int8)
            out = torch._int_mm(quantized, self.weight.t()).float().mul_(scale)
        out = torch.addcmul(self.bias, out, self.weight_scale)
        return out.reshape(*x.shape[:-1], self.out_features)


class SmoothedInput(torch.nn.Module):
    """Divides the input per channel before the wrapped Linear, whose weight was multiplied.

    The `outliers` input channels (those with the largest activations left after smoothing)
    bypass the wrapped Linear: their weight columns are zeroed there and their share is one small
    fp32 matmul here, so neither the token's int8 scale nor the weight rows' scale is set by
    them. Zeroing them in `inverse` costs no pass over the activations.
    """

    def __init__(
        self, linear: torch.nn.Linear, scale: torch.Tensor, outliers: torch.Tensor | None = None
    ):
        super().__init__()
        inverse = 1.0 / scale
        index = outliers if outliers is not None else torch.empty(0, dtype=torch.long)
        self.register_buffer("outlier_index", index)
        # (k, out): laid out once for the per-call matmul
        self.register_buffer("outlier_weight", linear.weight.detach()[:, index].t().contiguous())
        with torch.no_grad():
            linear.weight.mul_(scale)
            linear.weight[:, index] = 0
        inverse[index] = 0
        self.linear = linear
        self.register_buffer("inverse", inverse)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.linear(x * self.inverse)
        if len(self.outlier_index):
            out = out + x[..., self.outlier_index] @ self.outlier_weight
        return out


def smoothing_scale(
    channel_max: torch.Tensor, weight: torch.Tensor, alpha: float = SMOOTHING_ALPHA
) -> torch.Tensor:
    """Per input channel: max|x|^alpha / max|w|^(1 - alpha), as in SmoothQuant."""
    activation = channel_max.float().clamp(min=1e-5)
    weight_max = weight.detach().float().abs().amax(dim=0).clamp(min=1e-5)
    return (activation**alpha / weight_max ** (1 - alpha)).clamp(min=1e-3)


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


def smooth(
    encoder: torch.nn.Module, maxima: dict[str, torch.Tensor], outliers: int | None = None
) -> None:
    """Wrap each Linear of `encoder` that has measured maxima in `SmoothedInput`, in place, its
    `outliers` (default `OUTLIER_CHANNELS`) largest channels after smoothing kept in fp32."""
    outliers = OUTLIER_CHANNELS if outliers is None else outliers
    for name, module in list(encoder.named_modules()):
        if isinstance(module, torch.nn.Linear) and name in maxima:
            scale = smoothing_scale(maxima[name], module.weight)
            largest = (maxima[name].float() / scale).argsort(descending=True)[:outliers]
            parent, _, attribute = name.rpartition(".")
            wrapped = SmoothedInput(module, scale, largest)
            setattr(encoder.get_submodule(parent), attribute, wrapped)


def quantize_int8(
    model: torch.nn.Module, channel_max: dict[str, torch.Tensor] | None = None
) -> torch.nn.Module:
    """int8 for the Linear layers of the encoder's later half, in place (the first half stays
    fp32); inputs smoothed first with `channel_max` (names as in the encoder) when given. The
    feed-forward down-projections (input width = the config's intermediate size, their input
    is GELU output) round asymmetrically.

    The pooler and classification head stay fp32: they are a sliver of the work, and rounding
    there would land on the scores directly.
    """
    target = encoder_of(model)
    layers = getattr(model.config, "num_hidden_layers", 0)
    kept = int(layers * FP32_LAYER_SHARE)
    if channel_max:
        smooth(target, {k: v for k, v in channel_max.items() if not _kept_in_fp32(k, kept)})
    after_gelu = getattr(model.config, "intermediate_size", None) or getattr(
        model.config, "hidden_dim", None
    )
    for name, module in list(target.named_modules()):
        if isinstance(module, torch.nn.Linear) and not _kept_in_fp32(name, kept):
            parent, _, attribute = name.rpartition(".")
            int8 = Int8Linear(module, asymmetric=module.in_features == after_gelu)
            setattr(target.get_submodule(parent), attribute, int8)
    return model


def _kept_in_fp32(name: str, kept: int) -> bool:
    """Whether a Linear ("layer.1.attention.self.query") is in the first `kept` layers."""
    parts = name.split(".")
    return len(parts) > 1 and parts[0] == "layer" and parts[1].isdigit() and int(parts[1]) < kept


def encoder_of(model: torch.nn.Module) -> torch.nn.Module:
    """The part int8 quantises: the transformer layers, without embeddings, pooler and head."""
    return getattr(model.base_model, "encoder", model)
