"""The [CLS]-only last layer gives the full forward's logits and [CLS] attention rows."""

import numpy as np
import pytest
import torch
from transformers import DistilBertConfig, DistilBertForSequenceClassification

from moderation.engine.cls_forward import cls_forward, supports_cls_forward
from moderation.engine.int8 import quantize_int8
from moderation.engine.runner import Runner
from moderation.model import load_model


@pytest.fixture(scope="module")
def loaded(tiny_model_dir):
    model, tokenizer, _ = load_model(tiny_model_dir)
    model.set_attn_implementation("eager")
    return model, tokenizer


def padded_batch(tokenizer):
    texts = ["short", "a longer comment about the timetable of the number 12 bus", "mid one"]
    encoded = tokenizer(texts, padding=True, return_tensors="pt")
    return encoded["input_ids"], encoded["attention_mask"]


def test_logits_and_cls_attention_equal_the_full_forward(loaded):
    model, tokenizer = loaded
    input_ids, attention_mask = padded_batch(tokenizer)
    assert attention_mask.min() == 0  # padding is in play
    with torch.inference_mode():
        full = model(input_ids=input_ids, attention_mask=attention_mask, output_attentions=True)
        logits, rows = cls_forward(model, input_ids, attention_mask, cls_attention_layers=2)
    np.testing.assert_allclose(logits.numpy(), full.logits.numpy(), atol=1e-5)
    assert len(rows) == 2
    for got, layer in zip(rows, full.attentions[-2:], strict=True):
        np.testing.assert_allclose(got.numpy(), layer[:, :, 0, :].numpy(), atol=1e-6)


def test_int8_layers_run_through_it_too(tiny_model_dir, loaded):
    _, tokenizer = loaded
    model = quantize_int8(load_model(tiny_model_dir)[0]).eval()
    input_ids, attention_mask = padded_batch(tokenizer)
    with torch.inference_mode():
        full = model(input_ids=input_ids, attention_mask=attention_mask).logits
        logits, _ = cls_forward(model, input_ids, attention_mask)
    np.testing.assert_allclose(logits.numpy(), full.numpy(), atol=1e-4)


def test_other_architectures_keep_their_own_forward(loaded):
    _, tokenizer = loaded
    config = DistilBertConfig(
        vocab_size=tokenizer.vocab_size, dim=32, n_layers=1, n_heads=2, hidden_dim=64, num_labels=3
    )
    other = DistilBertForSequenceClassification(config).eval()
    assert not supports_cls_forward(other)
    runner = Runner(other, tokenizer.pad_token_id)
    assert not runner.cls_forward
    rows = [tokenizer(text)["input_ids"] for text in ("one comment", "and another one here")]
    assert runner.logits(rows).shape == (2, 3)


def test_the_runner_takes_it_for_bert_classifiers(tiny_model_dir):
    assert Runner(load_model(tiny_model_dir)[0], 0).cls_forward
