"""`moderation train`: fine-tune, calibrate and save a model from a config file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from moderation.training import TrainConfig
from moderation.training import train as run_training


def train(
    config: Annotated[Path, typer.Option(help="Training recipe (TOML).")] = Path(
        "configs/train.toml"
    ),
    data: Annotated[
        list[str] | None,
        typer.Option(help="Known set names or local label files; default: every trainable set."),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(help="Model directory to write (default: the config's output_dir)."),
    ] = None,
    run_dir: Annotated[
        str | None, typer.Option(help="Checkpoints and log; a rerun resumes from here.")
    ] = None,
    max_steps: Annotated[
        int | None, typer.Option(help="Stop after this many steps (smoke runs).")
    ] = None,
    time_budget: Annotated[
        float | None, typer.Option(help="Minutes of fine-tuning before stopping.")
    ] = None,
    version: Annotated[str | None, typer.Option(help="Version recorded in the model spec.")] = None,
) -> None:
    """Fine-tune MiniLM on labelled sets; writes weights, calibration, thresholds and model card."""
    settings = TrainConfig.from_file(
        config,
        data=tuple(data) if data else None,
        output_dir=output,
        run_dir=run_dir,
        max_steps=max_steps,
        time_budget_minutes=time_budget,
        version=version,
    )
    Path(settings.run_dir).mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(message)s",
        force=True,
        handlers=[
            logging.StreamHandler(),
            logging.FileHandler(Path(settings.run_dir) / "train.log"),
        ],
    )
    output_dir = run_training(settings)
    typer.echo(f"model written to {output_dir}")
