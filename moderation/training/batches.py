"""Tokenised training rows and length-bucketed batches with dynamic padding."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np
import pandas as pd
import torch

from moderation.model.spec import LABELS
from moderation.text import model_text


@dataclass
class Encoded:
    """Token ids per row plus label targets and loss weights (0 where a label is unknown)."""

    input_ids: list[list[int]]
    targets: np.ndarray  # (rows, labels) in {0, 1}
    weights: np.ndarray  # (rows, labels) >= 0
    # A teacher's probabilities (rows, labels) for distillation; NaN where it has none.
    soft: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.input_ids)


def encode_frame(frame: pd.DataFrame, tokenizer, max_length: int, normalization: str) -> Encoded:
    """Rows as a model of text `normalization` reads them (moderation/text.py)."""
    texts = [model_text(t, normalization) for t in frame["text"]]
    ids = tokenizer(texts, truncation=True, max_length=max_length)["input_ids"]
    values = frame[list(LABELS)].to_numpy()
    weights = frame[[f"weight_{label}" for label in LABELS]].to_numpy(dtype=np.float32)
    weights = np.where(values < 0, 0.0, weights).astype(np.float32)
    return Encoded(ids, (values == 1).astype(np.float32), weights)


def collate(encoded: Encoded, rows: np.ndarray, pad_id: int) -> dict[str, torch.Tensor]:
    longest = max(len(encoded.input_ids[i]) for i in rows)
    input_ids = torch.full((len(rows), longest), pad_id, dtype=torch.long)
    attention = torch.zeros((len(rows), longest), dtype=torch.long)
    for row, index in enumerate(rows):
        ids = encoded.input_ids[index]
        input_ids[row, : len(ids)] = torch.tensor(ids)
        attention[row, : len(ids)] = 1
    return {
        "input_ids": input_ids,
        "attention_mask": attention,
        "targets": torch.from_numpy(encoded.targets[rows]),
        "weights": torch.from_numpy(encoded.weights[rows]),
        **({"soft": torch.from_numpy(encoded.soft[rows])} if encoded.soft is not None else {}),
    }


def autocast(device: torch.device):
    """bf16 matrix work on a GPU (fp32 weights and loss); plain fp32 on a CPU, where the
    shipped recipe runs and bf16 would change its numbers."""
    if device.type == "cuda":
        return torch.autocast("cuda", dtype=torch.bfloat16)
    return contextlib.nullcontext()


def epoch_batches(
    encoded: Encoded, batch_size: int, seed: int, repeats: np.ndarray | None = None
) -> list[np.ndarray]:
    """A shuffled epoch cut into batches of similar length (sorted inside chunks of 50 batches),
    so padding stays small while batch order stays random."""
    rng = np.random.default_rng(seed)
    order = (
        np.arange(len(encoded)) if repeats is None else np.repeat(np.arange(len(encoded)), repeats)
    )
    rng.shuffle(order)
    lengths = np.array([len(encoded.input_ids[i]) for i in order])
    chunk = batch_size * 50
    batches = []
    for start in range(0, len(order), chunk):
        part = order[start : start + chunk]
        part = part[np.argsort(lengths[start : start + chunk], kind="stable")]
        batches.extend(part[i : i + batch_size] for i in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


@torch.inference_mode()
def predict_logits(model, encoded: Encoded, pad_id: int, batch_size: int = 128) -> np.ndarray:
    """Raw logits for every row, in row order (sorted by length inside, for speed)."""
    model.eval()
    device = next(model.parameters()).device
    order = np.argsort([len(ids) for ids in encoded.input_ids], kind="stable")
    logits = np.zeros((len(encoded), len(LABELS)), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        batch = collate(encoded, rows, pad_id)
        with autocast(device):
            out = model(
                input_ids=batch["input_ids"].to(device),
                attention_mask=batch["attention_mask"].to(device),
            )
        logits[rows] = out.logits.float().cpu().numpy()
    return logits
