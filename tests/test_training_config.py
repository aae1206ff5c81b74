"""Reading a training config: files it names are found beside it as well as where the command
runs, as a team keeps a config with its own labelled data (blind functional test, round 4)."""

import re

import pytest

from moderation.errors import ConfigError
from moderation.training import TrainConfig

ROWS = "text,antisemitic,violent,abusive\nhello,0,0,0\n"


def test_files_named_by_a_config_are_read_beside_it(tmp_path, monkeypatch):
    kept = tmp_path / "team"
    kept.mkdir()
    (kept / "reviews.csv").write_text(ROWS)
    (kept / "written.csv").write_text(ROWS)
    (kept / "train.toml").write_text(
        'data = ["reviews.csv", "isca_antisemitism"]\ntrain_only_data = ["written.csv"]\n'
    )
    monkeypatch.chdir(tmp_path)  # the command runs elsewhere
    config = TrainConfig.from_file(kept / "train.toml")
    assert config.data == (str(kept / "reviews.csv"), "isca_antisemitism")  # a set name stays
    assert config.train_only_data == (str(kept / "written.csv"),)


def test_a_file_where_the_command_runs_wins_and_the_command_lines_data_is_left(
    tmp_path, monkeypatch
):
    (tmp_path / "reviews.csv").write_text(ROWS)
    kept = tmp_path / "team"
    kept.mkdir()
    (kept / "reviews.csv").write_text(ROWS)
    (kept / "train.toml").write_text('data = ["reviews.csv"]\n')
    monkeypatch.chdir(tmp_path)
    assert TrainConfig.from_file(kept / "train.toml").data == ("reviews.csv",)
    given = TrainConfig.from_file(kept / "train.toml", data=("other.csv",))
    assert given.data == ("other.csv",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('batch_size = "eight"', "batch_size must be a whole number, not 'eight'"),
        ("freeze_layers = true", "freeze_layers must be a whole number, not True"),
        ('cue_labels = "abusive"', "cue_labels must be a list"),
        ("learning_rate = 0.0001", None),
    ],
)
def test_a_setting_of_the_wrong_kind_is_one_line_naming_it(tmp_path, line, message):
    """`batch_size = "eight"` loaded the backbone and stopped on a traceback (blind functional
    round 7)."""
    (tmp_path / "c.toml").write_text(line + "\n")
    if message is None:
        TrainConfig.from_file(tmp_path / "c.toml")
        return
    with pytest.raises(ConfigError, match=re.escape(message)):
        TrainConfig.from_file(tmp_path / "c.toml")


def test_train_refuses_an_output_dir_it_cannot_write_before_training(tmp_path, monkeypatch, capsys):
    from cli_helpers import run_cli

    (tmp_path / "a-file").write_text("")
    (tmp_path / "c.toml").write_text(f'output_dir = "{tmp_path / "a-file" / "model"}"\n')
    code, _, err = run_cli(monkeypatch, capsys, "train", "--config", str(tmp_path / "c.toml"))
    assert code == 1 and err.count("\n") == 1 and "cannot write the model there" in err


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"max_steps": -3}, r"max_steps \(--max-steps\) must be a whole number >= 1"),
        ({"max_steps": 0}, r"max_steps \(--max-steps\) must be a whole number >= 1"),
        ({"time_budget_minutes": -1.0}, r"time_budget_minutes \(--time-budget\) must be more"),
    ],
)
def test_a_step_count_or_time_budget_below_one_is_refused_before_a_run(tmp_path, override, message):
    """`train --max-steps -3` started a whole run, writing to the recipe's output_dir."""
    config = tmp_path / "train.toml"
    config.write_text('data = ["rows.csv"]\n')
    (tmp_path / "rows.csv").write_text(ROWS)
    with pytest.raises(ConfigError, match=message):
        TrainConfig.from_file(config, **override)
