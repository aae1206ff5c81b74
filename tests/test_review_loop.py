"""The loop the review queue closes: `moderation batch` fills the queue, moderators review it in
the web app, `moderation export-reviews` writes their verdicts, and the training recipe reads that
file as training data (the corpus `moderation train` would fit; no training is run here)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient
from store_helpers import make_pages
from typer.testing import CliRunner

from moderation.cli import app
from moderation.model.spec import LABELS, SPEC_FILE
from moderation.review import counts, queue
from moderation.review.users import add_user
from moderation.review.verdicts import labels_behind
from moderation.review.web import create_app
from moderation.store import open_store
from moderation.store.schema import comments, decisions
from moderation.training.config import TrainConfig
from moderation.training.recipe import load_corpus

runner = CliRunner()
PASSWORD = "a long enough secret"


@pytest.fixture
def flag_everything_model(tiny_model_dir, tmp_path):
    """The tiny model with thresholds that send every comment to review (its scores are random)."""
    directory = tmp_path / "model"
    shutil.copytree(tiny_model_dir, directory)
    spec = json.loads((directory / SPEC_FILE).read_text())
    spec["thresholds"] = {label: {"review": 0.001, "remove": 0.999} for label in spec["labels"]}
    (directory / SPEC_FILE).write_text(json.dumps(spec))
    return directory


def test_batch_then_review_then_export_gives_training_data(flag_everything_model, tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    make_pages(tmp_path / "pages", pages=2, per_page=2)
    result = runner.invoke(
        app, ["batch", str(tmp_path / "pages"), "--db", url, "--model", str(flag_everything_model)]
    )
    assert result.exit_code == 0, result.output

    engine = open_store(url)
    assert counts(engine) == {"review": 4, "remove": 0}
    first, second, third = (item.comment_id for item in queue(engine)[:3])
    add_user(engine, "alice", PASSWORD)
    client = TestClient(create_app(engine))
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf": token})
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)
    for comment_id, action, labels in [
        (first, "approve", []),
        (second, "relabel", ["violent", "abusive"]),
        (third, "remove", []),  # keeps the labels behind the removal (`labels_behind`)
    ]:
        form = {"csrf": token, "comment_id": comment_id, "action": action, "label": labels}
        assert client.post("/verdict", data=form).status_code == 200
    assert counts(engine)["review"] == 1
    with engine.connect() as conn:
        texts = dict(conn.execute(select(comments.c.id, comments.c.text)).all())
        flagged, scores = conn.execute(
            select(decisions.c.labels, decisions.c.scores).where(decisions.c.comment_id == third)
        ).one()
    removed_for = labels_behind(flagged, scores)
    assert removed_for and len(flagged) == 3
    engine.dispose()

    exported = tmp_path / "reviews.jsonl"
    result = runner.invoke(app, ["export-reviews", "--db", url, str(exported)])
    assert result.exit_code == 0, result.output
    config = tmp_path / "train.toml"
    config.write_text(f'data = ["{exported}"]\nvalidation_share = 0.0\ntest_share = 0.0\n')
    corpus = load_corpus(TrainConfig.from_file(config))
    rows = {row.text: (row.antisemitic, row.violent, row.abusive) for row in corpus.itertuples()}
    assert rows == {
        texts[first]: (0, 0, 0),
        texts[second]: (0, 1, 1),
        texts[third]: tuple(int(label in removed_for) for label in LABELS),
    }
