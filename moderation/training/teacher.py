"""`teach(config)`: fine-tune a larger backbone on the student's exact splits, measure it on the
same test rows, and keep only its probabilities for the train rows.

Why: all-mpnet-base-v2 (110M parameters, 12 layers of 768) is several times MiniLM's cost to
serve and to train on a CPU. Distilled, the shipped model keeps MiniLM's speed and learns
the teacher's scores for every label of every row, also the labels a row's own set never
annotated. The teacher's weights (438 MB) are not kept: the scores file is all a student
recipe needs, so `make model` runs on a CPU with no GPU in reach.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import numpy as np
import torch

from moderation.model.spec import LABELS
from moderation.training.batches import encode_frame, predict_logits
from moderation.training.config import TrainConfig
from moderation.training.loop import resolve_device
from moderation.training.metrics import label_metrics
from moderation.training.recipe import (
    fit,
    gold_rows,
    held_out_texts,
    per_source_metrics,
    start_run,
)
from moderation.training.teacher_scores import held_out_fingerprint, save_teacher_scores

log = logging.getLogger("moderation.train")

SCORES_FILE = "scores.safetensors"
REPORT_FILE = "teacher_report.json"


def teach(config: TrainConfig) -> Path:
    """Train the teacher, write `<output_dir>/scores.safetensors` and its test report."""
    started = time.monotonic()
    splits, tokenizer, model = start_run(config)
    encode = lambda frame: encode_frame(  # noqa: E731
        frame, tokenizer, config.max_length, config.normalization
    )
    train_rows = encode(splits["train"])
    history = fit(model, tokenizer, train_rows, splits, config)
    probabilities = {
        name: _sigmoid(predict_logits(model, rows, tokenizer.pad_token_id))
        for name, rows in (("train", train_rows), ("test", encode(splits["test"])))
    }
    output = Path(config.output_dir)
    save_teacher_scores(
        output / SCORES_FILE,
        splits["train"]["text"],
        probabilities["train"],
        metadata={
            "teacher": config.name,
            "version": config.version,
            "held_out": held_out_fingerprint(held_out_texts(splits)),
        },
    )
    report = {
        "labels": {
            label: _test_metrics(splits["test"], probabilities["test"][:, j], label)
            for j, label in enumerate(LABELS)
        },
        "training": {
            **{k: history[k] for k in ("step", "total_steps", "best", "best_step", "stop_reason")},
            "history": history["history"],
            "minutes": round((time.monotonic() - started) / 60, 1),
            "device": str(resolve_device(config.device)),
            "gpu": torch.cuda.get_device_name() if torch.cuda.is_available() else None,
        },
        "train_rows_scored": len(splits["train"]),
        "config": dict(vars(config)),
    }
    (output / REPORT_FILE).write_text(json.dumps(report, indent=2, default=str) + "\n")
    write_teacher_card(output, report)
    log.info("teacher scores written to %s in %.1f min", output, report["training"]["minutes"])
    return output


def write_teacher_card(output: Path, report: dict) -> None:
    """README.md beside the scores: what made them and how well the teacher ranks."""
    config, training = report["config"], report["training"]
    lines = [
        f"# {config['name']} {config['version']}: distillation scores",
        "",
        f"`{SCORES_FILE}`: a fine-tuned all-mpnet-base-v2's probabilities for each label of the",
        f"{report['train_rows_scored']:,} train rows of the student's splits, keyed by a hash of",
        "the normalised text (no comment text is stored). A student recipe reads them through",
        "`teacher_scores` (moderation/training/config.py); the teacher's weights are not kept.",
        "",
        f"Made by `moderation teach` (configs/teacher.toml) on {training.get('gpu') or 'a CPU'}:",
        f"{training['minutes']} min in all (fine-tuning budget {config['time_budget_minutes']:g} "
        f"min); stopped ({training['stop_reason']}) at step "
        f"{training['step']} of {training['total_steps']}, best validation mAP "
        f"{training['best']:.4f} at step {training['best_step']}.",
        "",
        "## Test ROC-AUC (the student's test rows, raw probabilities)",
        "",
        "| label | all sets | per set |",
        "|---|---|---|",
    ]
    for label, metrics in report["labels"].items():
        per_set = ", ".join(
            f"{source} {m['roc_auc']:.3f}"
            for source, m in metrics["test_per_source"].items()
            if m.get("roc_auc") is not None
        )
        lines.append(
            f"| {label} | {metrics['test'].get('roc_auc', float('nan')):.4f} | {per_set} |"
        )
    (output / "README.md").write_text("\n".join(lines) + "\n")


def _test_metrics(test, probabilities: np.ndarray, label: str) -> dict:
    """Ranking on the student's test rows, pooled and per set (raw probabilities: the teacher
    is never served, so it is not calibrated)."""
    rows = gold_rows(test, label)
    targets, probs = test[label].to_numpy()[rows], probabilities[rows]
    return {
        "test": label_metrics(probs, targets),
        "test_per_source": per_source_metrics(test[rows], probs, targets),
    }


def _sigmoid(logits: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-logits))
