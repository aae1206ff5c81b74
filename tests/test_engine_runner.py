"""Sorted, dynamically padded batches give the same logits as one sequence at a time."""

import numpy as np
import pytest
import torch

from moderation.engine.runner import Runner
from moderation.model import load_model


@pytest.fixture(scope="module")
def loaded(tiny_model_dir):
    return load_model(tiny_model_dir)


def sequences(tokenizer):
    texts = ["short", "a somewhat longer comment about the bus timetable", "", "mid length one"]
    return [tokenizer(text)["input_ids"] for text in texts] * 5


def test_batched_logits_match_one_by_one_in_input_order(loaded):
    model, tokenizer, _ = loaded
    runner = Runner(model, tokenizer.pad_token_id, quantize=False, batch_tokens=64)
    rows = sequences(tokenizer)
    with torch.inference_mode():
        alone = np.stack([model(input_ids=torch.tensor([row])).logits[0].numpy() for row in rows])
    np.testing.assert_allclose(runner.logits(rows), alone, atol=1e-5)


def test_batches_are_sorted_by_length_and_within_token_budget(loaded):
    model, tokenizer, _ = loaded
    runner = Runner(model, tokenizer.pad_token_id, quantize=False, batch_tokens=64, max_batch=8)
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
    fp32 = Runner(model, tokenizer.pad_token_id, quantize=False).logits(rows)
    int8 = Runner(load_model(tiny_model_dir)[0], tokenizer.pad_token_id, quantize=True).logits(rows)
    assert np.abs(int8 - fp32).max() < 0.1


def test_no_sequences_no_logits(loaded):
    model, tokenizer, _ = loaded
    assert Runner(model, tokenizer.pad_token_id).logits([]).shape[0] == 0
