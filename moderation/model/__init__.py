"""The model directory: Hugging Face files plus our label, calibration and threshold spec."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderation.model.spec import LABELS, Calibration, ModelSpec, Thresholds

if TYPE_CHECKING:
    from moderation.model.store import load_model, save_model

__all__ = ["LABELS", "Calibration", "ModelSpec", "Thresholds", "load_model", "save_model"]


def __getattr__(name: str):
    """Loading and saving need torch and transformers (seconds to import): they load on first
    use, so reading a spec or the label order stays light."""
    if name in ("load_model", "save_model"):
        from moderation.model import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
