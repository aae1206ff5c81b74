"""What a model directory declares besides its weights: labels, calibration and thresholds.

Stored as `moderation.json` next to `config.json`, so label names, order and thresholds travel
with the weights and are never fixed up in code.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from moderation.errors import ModelNotFound

LABELS = ("antisemitic", "violent", "abusive")
SPEC_FILE = "moderation.json"


@dataclass(frozen=True)
class Calibration:
    """Platt scaling of one label's logit: p = sigmoid(scale * logit + bias).

    scale = 1/temperature; the bias lets calibration also undo the shift that class weighting
    puts into the raw logits.
    """

    scale: float = 1.0
    bias: float = 0.0


@dataclass(frozen=True)
class Thresholds:
    """Calibrated-probability cut-offs: at `review` a person looks, at `remove` it comes down."""

    review: float = 0.5
    remove: float = 0.9


@dataclass(frozen=True)
class ModelSpec:
    name: str
    version: str
    labels: tuple[str, ...] = LABELS
    max_length: int = 128
    normalization: str = "v1"
    calibration: dict[str, Calibration] = field(default_factory=dict)
    thresholds: dict[str, Thresholds] = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"

    def calibration_for(self, label: str) -> Calibration:
        return self.calibration.get(label, Calibration())

    def thresholds_for(self, label: str) -> Thresholds:
        return self.thresholds.get(label, Thresholds())

    def save(self, directory: Path) -> None:
        data = asdict(self)
        data["labels"] = list(self.labels)
        (Path(directory) / SPEC_FILE).write_text(json.dumps(data, indent=2) + "\n")

    @classmethod
    def load(cls, directory: Path) -> ModelSpec:
        path = Path(directory) / SPEC_FILE
        if not path.is_file():
            raise ModelNotFound(f"{directory}: no {SPEC_FILE}; not a moderation model directory")
        try:
            data = json.loads(path.read_text())
            return cls(
                name=data["name"],
                version=data["version"],
                labels=tuple(data["labels"]),
                max_length=int(data.get("max_length", 128)),
                normalization=data.get("normalization", "v1"),
                calibration={k: Calibration(**v) for k, v in data.get("calibration", {}).items()},
                thresholds={k: Thresholds(**v) for k, v in data.get("thresholds", {}).items()},
                metrics=data.get("metrics", {}),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise ModelNotFound(f"{path}: malformed model spec ({error})") from error
