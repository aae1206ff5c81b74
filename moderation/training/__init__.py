"""Fine-tuning, calibration and threshold choice for the moderation model."""

from moderation.training.config import TrainConfig
from moderation.training.recipe import train

__all__ = ["TrainConfig", "train"]
