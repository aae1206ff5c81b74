"""int8 uses 8-bit activations where the CPU's int8 instructions cannot saturate."""

import warnings

import pytest
import torch
from torch.ao.nn.quantized import dynamic as quantized_dynamic

from moderation.engine.int8 import FullRangeDynamicLinear, full_range_supported, quantize_int8
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
