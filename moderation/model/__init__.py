"""The model directory: Hugging Face files plus our label, calibration and threshold spec."""

from moderation.model.spec import LABELS, Calibration, ModelSpec, Thresholds
from moderation.model.store import load_model, save_model

__all__ = ["LABELS", "Calibration", "ModelSpec", "Thresholds", "load_model", "save_model"]
