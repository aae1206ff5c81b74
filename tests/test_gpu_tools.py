"""tools/gpu: the int8 shards a GPU call carries rebuild the model they came from, and a recipe
whose backbone folder is missing fails before it reads any data."""

import subprocess
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file
from typer.testing import CliRunner

from moderation.cli import app
from moderation.errors import ConfigError

TOOLS = Path(__file__).resolve().parents[1] / "tools" / "gpu"


def test_packed_shards_unpack_to_the_same_model(tiny_model_dir, tmp_path):
    run = lambda *args: subprocess.run([sys.executable, *map(str, args)], check=True)  # noqa: E731
    run(TOOLS / "pack.py", tiny_model_dir, tmp_path / "part", "--shards", "2")
    shards = sorted(tmp_path.glob("part*"))
    assert len(shards) == 2 and (shards[0] / "config.json").is_file()
    run(TOOLS / "unpack.py", tmp_path / "rebuilt", *shards)

    original = load_file(tiny_model_dir / "model.safetensors")
    rebuilt = load_file(tmp_path / "rebuilt" / "model.safetensors")
    assert set(rebuilt) == set(original)
    for name, tensor in original.items():
        tensor = tensor.float()
        step = tensor.abs().amax(dim=-1, keepdim=True) / 127 if tensor.dim() == 2 else 1e-3
        assert torch.all((rebuilt[name] - tensor).abs() <= step * 0.51 + 1e-3), name
    assert (tmp_path / "rebuilt" / "tokenizer.json").is_file()


def test_a_missing_backbone_fails_before_the_data_is_read(tmp_path):
    config = tmp_path / "teacher.toml"
    config.write_text(
        f'backbone = "{tmp_path / "nowhere"}"\ndata = ["{tmp_path / "no_such_file.jsonl"}"]\n'
        f'run_dir = "{tmp_path / "run"}"\n'
    )
    for command in ("teach", "train"):
        result = CliRunner().invoke(app, [command, "--config", str(config)])
        assert isinstance(result.exception, ConfigError), command
        assert "nowhere" in str(result.exception)
