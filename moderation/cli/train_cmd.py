"""`moderation train`: fine-tune, calibrate and save a model from a config file."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Annotated

import typer

from moderation.errors import ConfigError
from moderation.training import TrainConfig

# Options `train` and `teach` share.
MaxSteps = Annotated[int | None, typer.Option(help="Stop after this many steps (smoke runs).")]
TimeBudget = Annotated[float | None, typer.Option(help="Minutes of fine-tuning before stopping.")]


def train(
    config: Annotated[Path, typer.Option(help="Training recipe (TOML).")] = Path(
        "configs/train.toml"
    ),
    data: Annotated[
        list[str] | None,
        typer.Option(
            help="Known set names or local label files, instead of the recipe's data (and its "
            "teacher's scores, made on the recipe's splits); default: the recipe's."
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(help="Model directory to write (default: the config's output_dir)."),
    ] = None,
    run_dir: Annotated[
        str | None, typer.Option(help="Checkpoints and log; a rerun resumes from here.")
    ] = None,
    max_steps: MaxSteps = None,
    time_budget: TimeBudget = None,
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
    _writable(settings.output_dir)  # before an hour of training, not after it
    _log_to(settings.run_dir)
    from moderation.training import train as run_training  # torch: seconds to import

    output_dir = run_training(settings)
    typer.echo(f"model written to {output_dir}")


def teach(
    config: Annotated[Path, typer.Option(help="Teacher recipe (TOML).")] = Path(
        "configs/teacher.toml"
    ),
    backbone: Annotated[
        str | None, typer.Option(help="The teacher's model folder (default: the config's).")
    ] = None,
    output: Annotated[
        str | None, typer.Option(help="Folder for the scores (default: the config's output_dir).")
    ] = None,
    max_steps: MaxSteps = None,
    time_budget: TimeBudget = None,
) -> None:
    """Fine-tune a larger teacher on the student's splits; write the scores a student distils.

    On a GPU when there is one; a recipe's `teacher_scores` reads the probabilities written
    for the train rows."""
    from moderation.training.teacher import teach as run_teacher

    settings = TrainConfig.from_file(
        config,
        backbone=backbone,
        output_dir=output,
        max_steps=max_steps,
        time_budget_minutes=time_budget,
    )
    _log_to(settings.run_dir)
    output_dir = run_teacher(settings)
    typer.echo(f"teacher scores written to {output_dir}")


def _log_to(run_dir: str) -> None:
    Path(run_dir).mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(message)s",
        force=True,
        handlers=[logging.StreamHandler(), logging.FileHandler(Path(run_dir) / "train.log")],
    )


def _writable(directory: str) -> None:
    """The model's folder can be made and written, or a one-line error before any training;
    nothing is made here (a run that then stops on its data leaves no empty folder)."""
    path = Path(directory).absolute()
    existing = next(p for p in (path, *path.parents) if p.exists())
    if not existing.is_dir():
        raise ConfigError(f"{directory}: cannot write the model there ({existing} is a file)")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ConfigError(f"{directory}: cannot write the model there ({existing} is read-only)")
