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


def test_the_accounts_module_hashes_nothing_when_imported():
    """`users list` and `users remove` paid for an argon2 hash (slow by design) made when the
    accounts module was imported, for a check only a login needs (blind functional round 12:
    `users list` took about a second)."""
    probe = (
        "import argon2\n"
        "def refuse(self, password, **kw): raise SystemExit('hashed at import')\n"
        "argon2.PasswordHasher.hash = refuse\n"
        "import moderation.review.users\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_building_the_cli_imports_neither_the_parser_nor_the_store():
    """`--help` took 1.2 s, over the README's second, importing the parser's patterns and the
    database layer it never uses (blind functional test, round 10): each command imports them
    when it runs."""
    loaded = _modules_loaded_by(
        "import typer.main, moderation.cli as cli; typer.main.get_command(cli.app)"
    )
    assert not loaded & {"moderation.parse", "moderation.batch", "sqlalchemy", "argon2"}


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


def test_a_failed_page_in_the_nightly_log_is_one_line_and_a_bad_since_is_one_line(
    tiny_model_dir, tmp_path
):
    """Session 23's blind functional test: batch wrapped a long path's failure line at 80
    columns in a cron log, and a bad --since drew click's five-line usage box."""
    deep = tmp_path / ("a-long-folder-name-for-one-site-" * 4) / "2024-05-14"
    deep.mkdir(parents=True)
    (deep / "tram-stop-opens-after-two-years-of-works.txt").write_bytes(b"")
    # and a name that would forge a summary line in the log (blind functional round 12)
    (deep / "x.txt\nrun 99 completed in 0.1 s: 0 pages.txt").write_bytes(b"")
    (deep / "one.jsonl").write_text('{"id": "1", "text": "a comment"}\n')
    command = [sys.executable, "-m", "moderation.cli", "batch", str(deep), "--model",
               str(tiny_model_dir), "--db", f"sqlite:///{tmp_path / 'store.db'}"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True)
    failed = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 0 and len(failed) == 2, result.stderr
    assert failed[0].startswith("failed: ") and failed[0].endswith("works.txt: page is empty")
    assert failed[1].endswith("x.txt\\x0arun 99 completed in 0.1 s: 0 pages.txt: page is empty")
    result = subprocess.run([*command, "--since", "yesterday"], capture_output=True, text=True)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and lines == [
        "error: --since: 'yesterday' is not an ISO date (e.g. 2024-05-14)"
    ]


def test_batch_reads_a_scrape_tree_by_day_and_says_which_folder_holds_no_page(
    tiny_model_dir, tmp_path
):
    """Blind functional round 8: docs/batch.md's systemd unit gives the scrape root with
    --since, but SOURCE folders were read one level deep (nothing was moderated); a folder with
    no page file at all passed in silence."""
    day = tmp_path / "scrape" / "2024-05-14" / "site-a"
    day.mkdir(parents=True)
    (day / "one.jsonl").write_text('{"id": "1", "text": "a comment"}\n')
    (tmp_path / "scrape" / ".cache").mkdir()
    (tmp_path / "scrape" / ".cache" / "two.jsonl").write_text('{"id": "2", "text": "hidden"}\n')
    (tmp_path / "empty").mkdir()
    command = [sys.executable, "-m", "moderation.cli", "batch", str(tmp_path / "scrape"),
               str(tmp_path / "empty"), "--model", str(tiny_model_dir),
               "--db", f"sqlite:///{tmp_path / 'store.db'}"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True)
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == [f"error: {tmp_path / 'empty'}: no page files in this folder or below it"]
    assert result.returncode == 1
    assert "pages 1 new" in result.stdout
