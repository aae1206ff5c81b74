"""A teacher's probabilities per train row, the file distillation reads (`teacher_scores`).

Rows are keyed by a hash of their normalised text, the only input the teacher saw: the file
holds no comment text, and a row whose text the teacher never scored gets no soft target.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, safe_open, save_file

from moderation.errors import ConfigError
from moderation.model.spec import LABELS
from moderation.text import normalize


def text_keys(texts: Iterable[str]) -> np.ndarray:
    """A 64-bit key per text (blake2b of its normalised form)."""
    return np.array(
        [
            int.from_bytes(
                hashlib.blake2b(normalize(t).encode("utf-8"), digest_size=8).digest(),
                "little",
                signed=True,
            )
            for t in texts
        ],
        dtype=np.int64,
    )


def held_out_fingerprint(held_out_texts: Iterable[str]) -> str:
    """One hash of the validation and test texts: a student refuses a teacher trained on other
    splits, whose train rows could be the student's held-out ones."""
    keys = np.unique(text_keys(held_out_texts))
    return hashlib.blake2b(keys.tobytes(), digest_size=16).hexdigest()


def save_teacher_scores(
    path: str | Path, texts: Iterable[str], probabilities: np.ndarray, metadata: dict[str, str]
) -> Path:
    """Write one row per distinct text (a repeated text keeps its first score)."""
    keys, first = np.unique(text_keys(texts), return_index=True)
    scores = np.asarray(probabilities, dtype=np.float32)[first]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(
        {"keys": torch.from_numpy(keys), "scores": torch.from_numpy(scores.astype(np.float16))},
        path,
        metadata={"labels": ",".join(LABELS), **metadata},
    )
    return path


def load_teacher_scores(
    path: str | Path, texts: Iterable[str], held_out_texts: Iterable[str]
) -> np.ndarray:
    """(rows, labels) probabilities in `texts` order; NaN for a text the teacher never scored.
    Refuses a file from a teacher whose held-out rows were not `held_out_texts`."""
    path = Path(path)
    try:
        with safe_open(path, framework="pt") as handle:
            metadata = handle.metadata() or {}
        stored = load_file(path)
    except (OSError, SafetensorError) as error:
        raise ConfigError(f"{path}: cannot read teacher scores ({error})") from error
    if metadata.get("labels") != ",".join(LABELS) or set(stored) != {"keys", "scores"}:
        raise ConfigError(f"{path}: not a teacher scores file for labels {', '.join(LABELS)}")
    if metadata.get("held_out") != held_out_fingerprint(held_out_texts):
        raise ConfigError(
            f"{path}: the teacher was trained on other splits (data, seed or shares differ), so "
            "it may have seen this recipe's validation or test rows"
        )
    keys, scores = stored["keys"].numpy(), stored["scores"].float().numpy()
    wanted = text_keys(texts)
    at = np.clip(np.searchsorted(keys, wanted), 0, max(len(keys) - 1, 0))
    found = (keys[at] == wanted) if len(keys) else np.zeros(len(wanted), dtype=bool)
    out = np.full((len(wanted), len(LABELS)), np.nan, dtype=np.float32)
    out[found] = scores[at[found]]
    return out
