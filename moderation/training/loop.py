"""The fine-tuning loop: masked, weighted BCE; early stopping; checkpoints that resume."""

from __future__ import annotations

import contextlib
import json
import logging
import math
import time
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from sklearn.metrics import average_precision_score

from moderation.model.spec import LABELS
from moderation.training.averaging import WeightAverage
from moderation.training.batches import (
    Encoded,
    autocast,
    collate,
    epoch_batches,
    predict_logits,
)
from moderation.training.config import TrainConfig

log = logging.getLogger("moderation.train")


def masked_bce(
    logits: torch.Tensor, targets: torch.Tensor, weights: torch.Tensor, pos_weight: torch.Tensor
) -> torch.Tensor:
    """BCE over known labels only: a weight of 0 (unknown label) contributes nothing."""
    losses = torch.nn.functional.binary_cross_entropy_with_logits(
        logits, targets, reduction="none", pos_weight=pos_weight
    )
    return (losses * weights).sum() / weights.sum().clamp(min=1.0)


def distillation_bce(logits: torch.Tensor, soft: torch.Tensor) -> torch.Tensor:
    """BCE against a teacher's probabilities on every label it scored (NaN = not scored): the
    teacher speaks for the labels a row's own set is silent on, too."""
    scored = ~torch.isnan(soft)
    if not scored.any():
        return logits.sum() * 0.0
    return torch.nn.functional.binary_cross_entropy_with_logits(logits[scored], soft[scored])


def training_loss(
    logits: torch.Tensor, batch: dict, pos_weight: torch.Tensor, distill_weight: float
) -> torch.Tensor:
    """Masked BCE on the human labels; where a teacher scored a label, the human label keeps
    1 - distill_weight of its say and the teacher's probability gets the rest. A label the
    teacher does not speak for (`distill_labels`) trains exactly as without a teacher."""
    targets, weights = batch["targets"], batch["weights"]
    if "soft" not in batch or distill_weight == 0:
        return masked_bce(logits, targets, weights, pos_weight)
    scored = ~torch.isnan(batch["soft"])
    mixed = weights * torch.where(scored, 1 - distill_weight, 1.0)
    # Normalised by the unmixed weights, so mixing shrinks the human share instead of rescaling.
    hard = masked_bce(logits, targets, mixed, pos_weight) * (
        mixed.sum().clamp(min=1.0) / weights.sum().clamp(min=1.0)
    )
    return hard + distill_weight * distillation_bce(logits, batch["soft"])


def resolve_device(name: str) -> torch.device:
    """With "auto", the GPU when there is one: the shipped recipe's figures are CPU figures."""
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    return torch.device(name)


def positive_weights(encoded: Encoded, cap: float) -> torch.Tensor:
    """neg/pos ratio per label over known rows, square-rooted and capped: offsets imbalance
    without letting a thin label's noise dominate."""
    known = encoded.weights > 0
    positives = (encoded.targets * known).sum(axis=0)
    negatives = ((1 - encoded.targets) * known).sum(axis=0)
    ratio = np.sqrt(negatives / np.maximum(positives, 1.0))
    return torch.tensor(np.clip(ratio, 1.0, cap), dtype=torch.float32)


def mean_average_precision(logits: np.ndarray, encoded: Encoded) -> float:
    scores = []
    for j in range(len(LABELS)):
        known = encoded.weights[:, j] > 0
        if known.sum() and 0 < encoded.targets[known, j].sum() < known.sum():
            scores.append(average_precision_score(encoded.targets[known, j], logits[known, j]))
    return float(np.mean(scores)) if scores else 0.0


class Checkpoints:
    """`last/` to resume after a kill, `best/` for the weights early stopping keeps."""

    def __init__(self, run_dir: str | Path):
        self.run_dir = Path(run_dir)
        self.run_dir.mkdir(parents=True, exist_ok=True)

    def save(
        self, kind: str, model, optimizer=None, scheduler=None, state: dict | None = None
    ) -> None:
        folder = self.run_dir / kind
        folder.mkdir(exist_ok=True)
        weights = {k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}
        save_file(weights, folder / "model.tmp")
        (folder / "model.tmp").replace(folder / "model.safetensors")
        if optimizer is not None:
            torch.save(
                {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()},
                folder / "optim.tmp",
            )
            (folder / "optim.tmp").replace(folder / "optim.pt")
        if state is not None:
            (folder / "state.json").write_text(json.dumps(state))

    def load_weights(self, kind: str, model) -> bool:
        path = self.run_dir / kind / "model.safetensors"
        if not path.exists():
            return False
        model.load_state_dict(load_file(path))
        return True

    def resume(self, model, optimizer, scheduler) -> dict | None:
        folder = self.run_dir / "last"
        if not (folder / "state.json").exists() or not self.load_weights("last", model):
            return None
        optim_state = torch.load(
            folder / "optim.pt", weights_only=True
        )  # tensors only, no pickle code
        optimizer.load_state_dict(optim_state["optimizer"])
        scheduler.load_state_dict(optim_state["scheduler"])
        return json.loads((folder / "state.json").read_text())


def freeze(model, config: TrainConfig) -> None:
    """Keep the word embeddings and the lowest layers as pre-trained: fewer weights to update
    and a shorter backward pass, which is what a 2-core CPU budget needs."""
    if config.freeze_word_embeddings:
        model.base_model.embeddings.word_embeddings.weight.requires_grad_(False)
    if config.freeze_layers:
        model.base_model.embeddings.requires_grad_(False)
        for layer in model.base_model.encoder.layer[: config.freeze_layers]:
            layer.requires_grad_(False)


def fine_tune(
    model,
    train: Encoded,
    validation: Encoded,
    config: TrainConfig,
    pad_id: int,
    row_repeats: np.ndarray | None = None,
) -> dict:
    """Train until the epochs, the time budget or early stopping end it; leaves the best weights
    in the model and returns the training history. `row_repeats` multiplies how often each train
    row is shown per epoch, on top of the oversampling of rare positives. With
    `weight_average_decay`, validation (and so early stopping and the weights kept) sees the
    moving average of the weights instead of the last step's."""
    torch.manual_seed(config.seed)
    device = resolve_device(config.device)
    model.to(device)
    freeze(model, config)
    parameters = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(
        parameters, lr=config.learning_rate, weight_decay=config.weight_decay
    )
    repeats = 1 + (config.oversample_rare - 1) * (
        train.targets[:, :2] * (train.weights[:, :2] > 0)
    ).max(axis=1).astype(int)
    if row_repeats is not None:
        repeats = repeats * row_repeats
    steps_per_epoch = -(-int(repeats.sum()) // config.batch_size)
    total_steps = config.max_steps or math.ceil(steps_per_epoch * config.epochs)
    warmup = max(1, int(total_steps * config.warmup_ratio))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer,
        lambda s: min((s + 1) / warmup, max(0.0, (total_steps - s) / max(1, total_steps - warmup))),
    )
    pos_weight = positive_weights(train, config.max_pos_weight).to(device)
    checkpoints = Checkpoints(config.run_dir)
    state = checkpoints.resume(model, optimizer, scheduler) or {
        "step": 0,
        "elapsed": 0.0,
        "best": -1.0,
        "best_step": 0,
        "bad_evals": 0,
        "history": [],
    }
    decay = config.weight_average_decay
    average = WeightAverage(model, decay) if decay else None
    average_file = checkpoints.run_dir / "last" / "average.safetensors"
    if average is not None and state["step"] and not average.load(average_file):
        log.info("no averaged weights to resume: the average restarts from the current weights")
    if state["step"]:
        log.info("resumed at step %d (%.1f min trained)", state["step"], state["elapsed"] / 60)
    log.info(
        "train rows %d, steps/epoch %d, total %d, pos_weight %s, device %s",
        len(train),
        steps_per_epoch,
        total_steps,
        pos_weight.tolist(),
        device,
    )
    started, budget = time.monotonic() - state["elapsed"], config.time_budget_minutes * 60
    stop_reason = "steps"
    while state["step"] < total_steps:
        epoch, offset = divmod(state["step"], steps_per_epoch)
        batches = epoch_batches(train, config.batch_size, config.seed + epoch, repeats)
        model.train()
        for rows in batches[offset:]:
            batch = {k: v.to(device) for k, v in collate(train, rows, pad_id).items()}
            with autocast(device):
                out = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])
            loss = training_loss(out.logits.float(), batch, pos_weight, config.distill_weight)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(parameters, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            state["step"] += 1
            if average is not None:
                average.update(state["step"])
            state["elapsed"] = time.monotonic() - started
            if state["step"] % 50 == 0:
                log.info(
                    "step %d/%d loss %.4f (%.1f rows/s)",
                    state["step"],
                    total_steps,
                    loss.item(),
                    state["step"] * config.batch_size / max(state["elapsed"], 1e-9),
                )
            at_end = state["step"] >= total_steps or state["elapsed"] >= budget
            if state["step"] % config.eval_every_steps == 0 or at_end:
                with average.swapped_in() if average else contextlib.nullcontext():
                    _evaluate(model, validation, pad_id, state, checkpoints)
                if average is not None:
                    (checkpoints.run_dir / "last").mkdir(exist_ok=True)
                    average.save(average_file)
                checkpoints.save("last", model, optimizer, scheduler, state)
                model.train()
                if state["bad_evals"] >= config.early_stopping_patience:
                    stop_reason = "early stopping"
                    break
            if state["elapsed"] >= budget:
                stop_reason = "time budget"
                break
            if state["step"] >= total_steps:
                break
        if stop_reason != "steps":
            break
    log.info(
        "stopped (%s) at step %d; best mAP %.4f at step %d",
        stop_reason,
        state["step"],
        state["best"],
        state["best_step"],
    )
    checkpoints.load_weights("best", model)
    return {**state, "stop_reason": stop_reason, "total_steps": total_steps}


def _evaluate(
    model, validation: Encoded, pad_id: int, state: dict, checkpoints: Checkpoints
) -> None:
    score = mean_average_precision(predict_logits(model, validation, pad_id), validation)
    state["history"].append({"step": state["step"], "val_map": round(score, 4)})
    log.info("step %d validation mAP %.4f", state["step"], score)
    if score > state["best"]:
        state.update(best=score, best_step=state["step"], bad_evals=0)
        checkpoints.save("best", model)
    else:
        state["bad_evals"] += 1
