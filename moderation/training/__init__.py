"""Fine-tuning, calibration and threshold choice for the moderation model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderation.training.config import TrainConfig

if TYPE_CHECKING:
    from moderation.training.recipe import train

__all__ = ["TrainConfig", "train"]


def __getattr__(name: str):
    """`train` needs torch, transformers and datasets (seconds to import): loaded on first use,
    so reading a config stays light."""
    if name == "train":
        from moderation.training.recipe import train

        return train
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
