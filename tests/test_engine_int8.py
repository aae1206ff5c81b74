"""int8 uses 8-bit activations where the CPU's int8 instructions cannot saturate."""

import shutil
import warnings

import pytest
import torch
from torch.ao.nn.quantized import dynamic as quantized_dynamic

from moderation.engine import Moderator
from moderation.engine.int8 import (
    CHANNEL_MAX_FILE,
    FullRangeDynamicLinear,
    SmoothedInput,
    encoder_of,
    full_range_supported,
    load_channel_max,
    measure_channel_max,
    quantize_int8,
    save_channel_max,
)
from moderation.engine.runner import Runner
from moderation.errors import ModelNotFound
from moderation.model import load_model


def quantized_error(linear_class, layer, x) -> float:
    layer.qconfig = torch.ao.quantization.per_channel_dynamic_qconfig
    return (linear_class.from_float(layer)(x) - layer(x)).abs().mean().item()


@pytest.mark.skipif(not full_range_supported(), reason="needs VNNI for 8-bit activations")
def test_eight_bit_activations_round_less_than_seven():
    torch.manual_seed(0)
    layer = torch.nn.Linear(384, 96).eval()
    x = torch.randn(64, 384)
    with torch.inference_mode(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's deprecation of quantized tensors, as in int8.py
        full = quantized_error(FullRangeDynamicLinear, layer, x)
        reduced = quantized_error(quantized_dynamic.Linear, layer, x)
    assert full < 0.7 * reduced  # one more bit: about half the rounding step


def test_encoder_linears_are_quantized_and_the_head_is_not(tiny_model_dir):
    model = quantize_int8(load_model(tiny_model_dir)[0])
    expected = FullRangeDynamicLinear if full_range_supported() else quantized_dynamic.Linear
    kinds = {
        type(m) for m in model.bert.encoder.modules() if isinstance(m, quantized_dynamic.Linear)
    }
    assert kinds == {expected}
    assert type(model.classifier) is torch.nn.Linear
    assert type(model.bert.pooler.dense) is torch.nn.Linear


def test_smoothing_leaves_the_float_product_unchanged():
    torch.manual_seed(1)
    layer = torch.nn.Linear(16, 8)
    x = torch.randn(5, 16) * torch.logspace(-2, 2, 16)  # channels of very different sizes
    expected = layer(x).detach()
    smoothed = SmoothedInput(layer, x.abs().amax(dim=0))
    torch.testing.assert_close(smoothed(x).detach(), expected, atol=1e-5, rtol=1e-5)


def test_stored_channel_maxima_smooth_every_encoder_linear(tiny_model_dir, tmp_path):
    model_dir = shutil.copytree(tiny_model_dir, tmp_path / "model")
    model, tokenizer, _ = load_model(model_dir)
    runner = Runner(model, tokenizer.pad_token_id)
    rows = [tokenizer(text)["input_ids"] for text in ("a first comment", "and a second one")]
    maxima = measure_channel_max(encoder_of(model), lambda: runner.logits(rows))
    linears = [n for n, m in encoder_of(model).named_modules() if isinstance(m, torch.nn.Linear)]
    assert set(maxima) == set(linears) and all((m > 0).all() for m in maxima.values())
    save_channel_max(model_dir, maxima)
    assert (model_dir / CHANNEL_MAX_FILE).is_file()
    assert set(load_channel_max(model_dir)) == set(linears)

    moderator = Moderator(model_dir, precision="int8")
    smoothed = [m for m in moderator.runner.model.modules() if isinstance(m, SmoothedInput)]
    assert len(smoothed) == len(linears)
    assert all(isinstance(m.linear, quantized_dynamic.Linear) for m in smoothed)
    assert moderator.score(["a first comment"]).shape == (1, 3)
    assert load_channel_max(tmp_path) is None  # no file: plain int8
    (tmp_path / CHANNEL_MAX_FILE).write_bytes(b"not a safetensors file")
    with pytest.raises(ModelNotFound, match="cannot read the int8 channel maxima"):
        load_channel_max(tmp_path)
