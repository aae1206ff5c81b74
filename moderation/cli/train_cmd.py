"""`moderation train`: fine-tune, calibrate and save a model from a config file."""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from moderation.training import TrainConfig, train as run_training


def train(
    config: Path = typer.Option(Path("configs/train.toml"), help="Training recipe (TOML)."),
    data: list[str] = typer.Option(None, help="Known set names or local label files; default: every trainable set."),
    output: str = typer.Option(None, help="Model directory to write (default: the config's output_dir)."),
    run_dir: str = typer.Option(None, help="Checkpoints and log; a rerun resumes from here."),
    max_steps: int = typer.Option(None, help="Stop after this many steps (smoke runs)."),
    time_budget: float = typer.Option(None, help="Minutes of fine-tuning before stopping."),
    version: str = typer.Option(None, help="Version recorded in the model spec."),
) -> None:
    """Fine-tune the MiniLM backbone on labelled sets; writes weights, calibration, thresholds, card."""
    settings = TrainConfig.from_file(
        config, data=tuple(data) if data else None, output_dir=output, run_dir=run_dir,
        max_steps=max_steps, time_budget_minutes=time_budget, version=version,
    )
    Path(settings.run_dir).mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(message)s", force=True,
        handlers=[logging.StreamHandler(), logging.FileHandler(Path(settings.run_dir) / "train.log")],
    )
    output_dir = run_training(settings)
    typer.echo(f"model written to {output_dir}")
