"""Commands that score nothing start without torch, transformers, datasets or scikit-learn:
importing them takes seconds, which every `--help`, `parse` and `users` call paid before."""

import subprocess
import sys

HEAVY = ("torch", "transformers", "datasets", "sklearn", "matplotlib")


def _modules_loaded_by(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_building_the_cli_imports_no_model_library():
    loaded = _modules_loaded_by(
        "import typer.main, moderation.cli as cli; typer.main.get_command(cli.app)"
    )
    assert not loaded & set(HEAVY)


def test_the_decision_types_and_the_model_spec_import_without_torch():
    loaded = _modules_loaded_by(
        "from moderation.engine import DECISIONS, Decision\n"
        "from moderation.model import LABELS, ModelSpec\n"
        "from moderation.training import TrainConfig"
    )
    assert not loaded & set(HEAVY)


def test_the_moderator_still_loads_on_first_use():
    from moderation.engine import Moderator
    from moderation.engine.moderator import Moderator as defined
    from moderation.model import load_model
    from moderation.model.store import load_model as stored

    assert Moderator is defined and load_model is stored


def test_the_nightly_batch_writes_no_weight_loading_bar_into_its_log(tiny_model_dir, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "one.jsonl").write_text('{"id": "1", "text": "a comment"}\n')
    result = subprocess.run(
        [sys.executable, "-m", "moderation.cli", "batch", str(pages), "--model",
         str(tiny_model_dir), "--db", f"sqlite:///{tmp_path / 'store.db'}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "Loading weights" not in result.stderr
