"""Sorted, dynamically padded batches give the same logits as one sequence at a time, and the
fast precisions stay close to fp32."""

import csv
from pathlib import Path

import numpy as np
import pytest
import torch

from moderation.engine import Moderator
from moderation.engine import runner as runner_module
from moderation.engine.runner import Runner, bf16_is_native, fast_precision, resolve_precision
from moderation.errors import ConfigError
from moderation.model import load_model
from moderation.model.store import DEFAULT_MODEL_DIR
from moderation.types import Comment

TOXIC_SPANS_TRIAL = Path(__file__).resolve().parents[2] / "shared/data/toxic_spans/tsd_trial.csv"


@pytest.fixture(scope="module")
def loaded(tiny_model_dir):
    return load_model(tiny_model_dir)


def sequences(tokenizer):
    texts = ["short", "a somewhat longer comment about the bus timetable", "", "mid length one"]
    return [tokenizer(text)["input_ids"] for text in texts] * 5


@pytest.mark.parametrize(("precision", "tolerance"), [("fp32", 1e-5), ("bf16", 0.05)])
def test_batched_logits_match_one_by_one_in_input_order(
    loaded, tiny_model_dir, precision, tolerance
):
    model, tokenizer, _ = loaded
    rows = sequences(tokenizer)
    with torch.inference_mode():
        alone = np.stack([model(input_ids=torch.tensor([row])).logits[0].numpy() for row in rows])
    fresh = load_model(tiny_model_dir)[0]
    runner = Runner(fresh, tokenizer.pad_token_id, precision=precision, batch_tokens=64)
    np.testing.assert_allclose(runner.logits(rows), alone, atol=tolerance)


def test_streams_give_the_same_logits_and_attention_in_input_order(loaded, tiny_model_dir):
    _, tokenizer, _ = loaded
    rows = sequences(tokenizer)
    one = Runner(load_model(tiny_model_dir)[0], tokenizer.pad_token_id, batch_tokens=32)
    many = Runner(load_model(tiny_model_dir)[0], tokenizer.pad_token_id, batch_tokens=32, streams=3)
    assert len(list(many.batches(rows))) > 3  # more batches than streams: order is at stake
    logits, attention = one.logits_and_attention(rows)
    streamed, streamed_attention = many.logits_and_attention(rows)
    np.testing.assert_allclose(streamed, logits, atol=1e-6)
    for expected, got, row in zip(attention, streamed_attention, rows, strict=True):
        assert len(got) == len(row)
        np.testing.assert_allclose(got, expected, atol=1e-6)
    np.testing.assert_allclose(many.logits(rows), logits, atol=1e-6)


def test_streams_must_be_positive(loaded):
    model, tokenizer, _ = loaded
    with pytest.raises(ConfigError, match="streams"):
        Runner(model, tokenizer.pad_token_id, streams=0)


def test_batches_are_sorted_by_length_and_within_token_budget(loaded):
    model, tokenizer, _ = loaded
    runner = Runner(model, tokenizer.pad_token_id, batch_tokens=64, max_batch=8)
    rows = sequences(tokenizer)
    batches = list(runner.batches(rows))
    assert sorted(i for batch in batches for i in batch) == list(range(len(rows)))
    lengths = [len(rows[i]) for batch in batches for i in batch]
    assert lengths == sorted(lengths)
    for batch in batches:
        assert len(batch) <= 8
        assert len(batch) == 1 or len(batch) * max(len(rows[i]) for i in batch) <= 64


def test_int8_stays_close_to_fp32(loaded, tiny_model_dir):
    model, tokenizer, _ = loaded
    rows = sequences(tokenizer)
    fp32 = Runner(model, tokenizer.pad_token_id).logits(rows)
    int8 = Runner(load_model(tiny_model_dir)[0], tokenizer.pad_token_id, precision="int8")
    assert np.abs(int8.logits(rows) - fp32).max() < 0.1


def test_bf16_keeps_layer_norms_and_head_in_fp32(tiny_model_dir):
    model = Runner(load_model(tiny_model_dir)[0], 0, precision="bf16").model
    encoder_linears = [m for m in model.base_model.encoder.modules() if type(m) is torch.nn.Linear]
    assert encoder_linears and all(m.weight.dtype == torch.bfloat16 for m in encoder_linears)
    norms = [m for m in model.modules() if isinstance(m, torch.nn.LayerNorm)]
    assert norms and all(m.weight.dtype == torch.float32 for m in norms)
    assert model.classifier.weight.dtype == torch.float32


def test_auto_precision_is_bf16_only_where_the_cpu_has_it():
    assert resolve_precision("auto") == ("bf16" if bf16_is_native() else "fp32")
    assert resolve_precision("int8") == "int8"
    with pytest.raises(ConfigError, match="fp16"):
        resolve_precision("fp16")


@pytest.mark.parametrize("precision", ["bf16", "int8"])
def test_a_precision_the_cpu_only_emulates_runs_fp32_with_a_note(monkeypatch, precision):
    monkeypatch.setitem(runner_module.NATIVE, precision, lambda: False)
    chosen, note = fast_precision(precision)
    assert chosen == "fp32" and note.startswith(f"{precision}: this CPU has no ")
    monkeypatch.setitem(runner_module.NATIVE, precision, lambda: True)
    assert fast_precision(precision) == (precision, None)
    assert fast_precision("fp32") == ("fp32", None)
    assert fast_precision("auto") == (resolve_precision("auto"), None)


def test_quantize_flag_still_means_int8(tiny_model_dir):
    assert Moderator(tiny_model_dir, quantize=True).precision == "int8"
    assert Moderator(tiny_model_dir, precision="fp32").precision == "fp32"


@pytest.mark.skipif(
    not (DEFAULT_MODEL_DIR / "model.safetensors").is_file(), reason="no bundled model"
)
def test_bf16_decisions_match_fp32_on_real_comments_with_the_bundled_model():
    with open(TOXIC_SPANS_TRIAL, newline="", encoding="utf-8") as handle:
        rows = [row["text"] for row, _ in zip(csv.DictReader(handle), range(40), strict=False)]
    comments = [Comment(id=str(i), text=text) for i, text in enumerate(rows)]
    fp32 = list(Moderator(precision="fp32").moderate(comments))
    bf16 = list(Moderator(precision="bf16").moderate(comments))
    assert [d.decision for d in bf16] == [d.decision for d in fp32]
    gaps = [np.subtract(a.scores.values, b.scores.values) for a, b in zip(fp32, bf16, strict=True)]
    assert np.abs(gaps).max() <= 0.02
