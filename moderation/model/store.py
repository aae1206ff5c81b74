"""Load and save a model directory: safetensors only, never the network, never pickle."""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors import SafetensorError
from transformers import AutoModelForSequenceClassification, AutoTokenizer
from transformers.utils import logging as hf_logging

from moderation.errors import ModelNotFound
from moderation.model.spec import ModelSpec

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "minilm-moderation"
_TOKENIZER_FILES = ("tokenizer.json", "vocab.txt")


def model_directory(directory: str | Path | None = None) -> Path:
    """The model directory to use: the one given, else the bundled model."""
    return Path(directory) if directory else DEFAULT_MODEL_DIR


def load_model(directory: str | Path | None = None, dtype: torch.dtype = torch.float32):
    """Return (model, tokenizer, spec) from a model directory, on CPU, in eval mode."""
    directory = model_directory(directory)
    if not (directory / "model.safetensors").is_file():
        raise ModelNotFound(f"{directory}: no model.safetensors; run `make model` or pass --model")
    spec = ModelSpec.load(directory)
    if not any((directory / name).is_file() for name in _TOKENIZER_FILES):
        # without it transformers builds some other tokenizer, and every score is wrong
        raise ModelNotFound(f"{directory}: no tokenizer (tokenizer.json or vocab.txt)")
    missing = [label for label in spec.labels if label not in spec.thresholds]
    if missing:  # decisions come from the thresholds chosen with the model, never defaults
        raise ModelNotFound(f"{directory}: no thresholds for {', '.join(missing)} in its spec")
    _check_thresholds(directory, spec)
    hf_logging.disable_progress_bar()  # no "Loading weights" bar in results or a night's log
    try:
        tokenizer = AutoTokenizer.from_pretrained(directory, local_files_only=True)
        model = AutoModelForSequenceClassification.from_pretrained(
            directory, local_files_only=True, use_safetensors=True, dtype=dtype
        )
    except (OSError, ValueError, SafetensorError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ModelNotFound(f"{directory}: cannot load model ({reason})") from error
    _check_label_order(directory, spec, model.config)
    model.eval()
    return model, tokenizer, spec


def _check_thresholds(directory: Path, spec: ModelSpec) -> None:
    """Thresholds a decision can use: probabilities, review at or under remove. A review of 1.5
    never flags, and an inverted pair removes what it would not review (blind round 11: both
    were used as they stood)."""
    for label in spec.labels:
        chosen = spec.thresholds[label]
        for name, value in (("review", chosen.review), ("remove", chosen.remove)):
            if not 0.0 <= value <= 1.0:
                raise ModelNotFound(
                    f"{directory}: the {label} {name} threshold {value} is not a probability"
                )
        if chosen.review > chosen.remove:
            raise ModelNotFound(
                f"{directory}: the {label} review threshold {chosen.review} is above its remove "
                f"threshold {chosen.remove}"
            )


def _check_label_order(directory: Path, spec: ModelSpec, config) -> None:
    """The spec's labels in the order the weights' outputs have them (config.json's id2label,
    which training writes beside the spec): a label order edited in one file only would put
    each score under another label's name."""
    named = getattr(config, "id2label", None) or {}
    outputs = [str(named.get(index, "")) for index in range(len(named))]
    if len(outputs) != len(spec.labels):
        raise ModelNotFound(
            f"{directory}: the spec names {len(spec.labels)} labels, the weights give "
            f"{len(outputs)} scores"
        )
    if all(name.startswith("LABEL_") for name in outputs):
        return  # a head that names no label (transformers' default): nothing to check
    if outputs != list(spec.labels):
        raise ModelNotFound(
            f"{directory}: labels in moderation.json ({', '.join(spec.labels)}) differ from the "
            f"order of the model's outputs in config.json ({', '.join(outputs)})"
        )


def save_model(directory: str | Path, model, tokenizer, spec: ModelSpec, half: bool = True) -> Path:
    """Write weights (fp16 by default, to stay small), tokenizer and spec into `directory`."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    to_save = model.half() if half else model
    to_save.save_pretrained(directory, safe_serialization=True)
    if half:
        model.float()
    tokenizer.save_pretrained(directory)
    spec.save(directory)
    return directory
