"""The moving average of the weights: its update rule, the swap for evaluation, resuming, and a
training run that validates and keeps the averaged weights."""

import json

import pytest
import torch
from safetensors.torch import load_file
from test_training_smoke import write_labelled_file
from typer.testing import CliRunner

from moderation.cli import app
from moderation.errors import ConfigError
from moderation.training.averaging import WeightAverage


def small_model():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Linear(3, 2))
    model[0].bias.requires_grad_(False)  # frozen: not averaged
    return model


def test_the_average_follows_the_weights_with_a_ramped_decay():
    model = small_model()
    average = WeightAverage(model, decay=0.9)
    assert set(average.shadow) == {"0.weight", "1.weight", "1.bias"}
    start = model[1].weight.detach().clone()
    with torch.no_grad():
        model[1].weight.add_(1.0)
    average.update(step=1)  # ramp: min(0.9, 2 / 11) = 0.1818...
    decay = 2 / 11
    assert torch.allclose(average.shadow["1.weight"], decay * start + (1 - decay) * (start + 1))
    before = average.shadow["1.weight"].clone()
    with torch.no_grad():
        model[1].weight.add_(1.0)
    average.update(step=1000)  # ramp over: the configured decay
    expected = 0.9 * before + 0.1 * model[1].weight.detach()
    assert torch.allclose(average.shadow["1.weight"], expected)


def test_swapped_in_runs_the_average_and_restores_the_weights():
    model = small_model()
    average = WeightAverage(model, decay=0.5)
    own = {name: p.detach().clone() for name, p in model.named_parameters()}
    for name in average.shadow:
        average.shadow[name] = torch.full_like(average.shadow[name], 7.0)
    with average.swapped_in():
        assert torch.all(model[1].weight == 7.0)
        assert torch.equal(model[0].bias, own["0.bias"])  # frozen ones untouched
    for name, parameter in model.named_parameters():
        assert torch.equal(parameter, own[name])
    assert torch.all(average.shadow["1.weight"] == 7.0)


def test_a_saved_average_loads_back_and_a_mismatched_one_is_refused(tmp_path):
    model = small_model()
    average = WeightAverage(model, decay=0.5)
    average.shadow["1.bias"] = torch.tensor([3.0, 4.0])
    average.save(tmp_path / "average.safetensors")
    again = WeightAverage(model, decay=0.5)
    assert again.load(tmp_path / "average.safetensors")
    assert torch.equal(again.shadow["1.bias"], torch.tensor([3.0, 4.0]))
    assert not again.load(tmp_path / "missing.safetensors")
    other = WeightAverage(torch.nn.Linear(4, 3), decay=0.5)
    with pytest.raises(ConfigError):
        other.load(tmp_path / "average.safetensors")
    with pytest.raises(ConfigError):
        WeightAverage(model, decay=1.0)


def test_training_keeps_the_averaged_weights_and_resumes_with_them(tiny_model_dir, tmp_path):
    data = tmp_path / "labelled.jsonl"
    write_labelled_file(data)
    common = (
        f'output_dir = "{tmp_path / "model"}"\nrun_dir = "{tmp_path / "run"}"\n'
        f'backbone = "{tiny_model_dir}"\ndata = ["{data}"]\n'
        "eval_every_steps = 2\nbatch_size = 16\nthreads = 1\nlearning_rate = 1e-3\n"
        "weight_average_decay = 0.9\n"
    )
    config = tmp_path / "train.toml"
    config.write_text(common + "max_steps = 4\n")
    assert CliRunner().invoke(app, ["train", "--config", str(config)]).exit_code == 0
    run = tmp_path / "run"
    state = json.loads((run / "last" / "state.json").read_text())
    averaged = load_file(run / "last" / "average.safetensors")
    last = load_file(run / "last" / "model.safetensors")
    best = load_file(run / "best" / "model.safetensors")
    name = "classifier.weight"
    # The last checkpoint holds the raw weights, the average differs from them, and the kept
    # (best) weights are an average: at the final evaluation, equal to the saved one.
    assert not torch.allclose(averaged[name], last[name])
    if state["best_step"] == state["step"]:
        assert torch.equal(best[name], averaged[name])
    assert not torch.allclose(best[name], last[name])
    card = (tmp_path / "model" / "README.md").read_text()
    assert "moving average of the weights (decay 0.9)" in card

    config.write_text(common + "max_steps = 6\n")
    assert CliRunner().invoke(app, ["train", "--config", str(config)]).exit_code == 0
    log = (run / "train.log").read_text()
    assert "resumed at step 4" in log and "no averaged weights" not in log
