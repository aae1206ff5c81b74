"""`moderation train` end to end on a tiny model and a tiny labelled file: it trains, writes a
complete model directory, and the reloaded model predicts the scores training measured."""

import json
import random

import numpy as np
from typer.testing import CliRunner

from moderation.cli import app
from moderation.engine.int8 import CHANNEL_MAX_FILE
from moderation.model import load_model
from moderation.training.checks import calibrated_scores

FRIENDLY = [
    "thanks for the thoughtful article",
    "great reporting as always",
    "I disagree with the mayor on taxes",
    "the match last night was brilliant",
    "where can I read the full report",
]
NASTY = [
    "you are a pathetic moron",
    "shut up you stupid clown",
    "what a disgusting worthless idiot",
]
THREATS = ["I will hunt you down and kill you", "someone should shoot them all"]


def write_labelled_file(path):
    rng = random.Random(0)
    rows = []
    for i in range(240):
        kind = rng.choice(["friendly", "nasty", "threat"])
        text = (
            rng.choice({"friendly": FRIENDLY, "nasty": NASTY, "threat": THREATS}[kind]) + f" #{i}"
        )
        rows.append(
            {
                "text": text,
                "antisemitic": 0 if kind == "friendly" else None,
                "violent": int(kind == "threat"),
                "abusive": int(kind != "friendly"),
            }
        )
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")


def test_train_writes_a_model_that_reloads_with_the_same_scores(tiny_model_dir, tmp_path):
    data = tmp_path / "labelled.jsonl"
    write_labelled_file(data)
    config = tmp_path / "train.toml"
    config.write_text(
        'name = "smoke"\nversion = "0.0.1"\n'
        f'output_dir = "{tmp_path / "model"}"\nrun_dir = "{tmp_path / "run"}"\n'
        f'backbone = "{tiny_model_dir}"\ndata = ["{data}"]\n'
        "max_steps = 6\neval_every_steps = 3\nbatch_size = 16\n"
        "validation_share = 0.25\ntest_share = 0.25\nthreads = 1\n"
    )
    result = CliRunner().invoke(app, ["train", "--config", str(config)])
    assert result.exit_code == 0, result.output

    out = tmp_path / "model"
    for name in (
        "model.safetensors",
        "config.json",
        "tokenizer.json",
        "moderation.json",
        "README.md",
        "training_report.json",
        CHANNEL_MAX_FILE,
    ):
        assert (out / name).is_file(), name
    assert not list(out.glob("*.bin")) and not list(out.glob("*.pt"))  # nothing to unpickle

    report = json.loads((out / "training_report.json").read_text())
    assert report["training"]["step"] == 6
    assert set(report["labels"]) == {"antisemitic", "violent", "abusive"}
    model, tokenizer, spec = load_model(out)
    assert spec.name == "smoke" and set(spec.thresholds) == set(spec.labels)
    assert spec.normalization == "v2"  # the config's default: the newest text version
    reloaded = calibrated_scores(model, tokenizer, spec, report["reload_probe"]["texts"])
    assert np.allclose(reloaded, report["reload_probe"]["scores"], atol=1e-5)


def test_training_resumes_from_its_last_checkpoint(tiny_model_dir, tmp_path):
    data = tmp_path / "labelled.jsonl"
    write_labelled_file(data)
    common = (
        f'output_dir = "{tmp_path / "model"}"\nrun_dir = "{tmp_path / "run"}"\n'
        f'backbone = "{tiny_model_dir}"\n'
        f'data = ["{data}"]\neval_every_steps = 2\nbatch_size = 16\nthreads = 1\n'
    )
    config = tmp_path / "train.toml"
    config.write_text(common + "max_steps = 4\n")
    assert CliRunner().invoke(app, ["train", "--config", str(config)]).exit_code == 0
    state = json.loads((tmp_path / "run" / "last" / "state.json").read_text())
    assert state["step"] == 4
    config.write_text(common + "max_steps = 6\n")
    assert CliRunner().invoke(app, ["train", "--config", str(config)]).exit_code == 0
    log = (tmp_path / "run" / "train.log").read_text()
    assert "resumed at step 4" in log


def test_a_fractional_epoch_count_sets_the_schedule_length(tiny_model_dir, tmp_path):
    import math
    import re

    data = tmp_path / "labelled.jsonl"
    write_labelled_file(data)
    config = tmp_path / "train.toml"
    config.write_text(
        f'output_dir = "{tmp_path / "model"}"\nrun_dir = "{tmp_path / "run"}"\n'
        f'backbone = "{tiny_model_dir}"\ndata = ["{data}"]\n'
        "epochs = 0.5\neval_every_steps = 100\nbatch_size = 16\nthreads = 1\n"
    )
    assert CliRunner().invoke(app, ["train", "--config", str(config)]).exit_code == 0
    log = (tmp_path / "run" / "train.log").read_text()
    per_epoch, total = map(int, re.search(r"steps/epoch (\d+), total (\d+)", log).groups())
    assert total == math.ceil(per_epoch * 0.5) < per_epoch
    report = json.loads((tmp_path / "model" / "training_report.json").read_text())
    assert report["training"]["step"] == total


def test_a_share_of_rows_in_context_is_added_to_the_train_rows(tiny_model_dir, tmp_path):
    import re

    data = tmp_path / "labelled.jsonl"
    write_labelled_file(data)
    config = tmp_path / "train.toml"
    config.write_text(
        f'output_dir = "{tmp_path / "model"}"\nrun_dir = "{tmp_path / "run"}"\n'
        f'backbone = "{tiny_model_dir}"\ndata = ["{data}"]\ncontext_share = 0.5\n'
        "max_steps = 2\neval_every_steps = 100\nbatch_size = 16\nthreads = 1\n"
    )
    assert CliRunner().invoke(app, ["train", "--config", str(config)]).exit_code == 0
    log = (tmp_path / "run" / "train.log").read_text()
    copied = int(re.search(r"(\d+) train rows copied beside", log).group(1))
    rows = int(re.search(r"train rows (\d+), steps/epoch", log).group(1))
    assert copied > 0 and rows > copied
