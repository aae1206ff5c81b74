"""Reading a training config: files it names are found beside it as well as where the command
runs, as a team keeps a config with its own labelled data (blind functional test, round 4)."""

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
