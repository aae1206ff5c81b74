"""Helpers for the store and batch tests: generated pages, a store URL per backend, a tiny
moderator. Store tests run on SQLite always, and on PostgreSQL when MODERATION_TEST_PG_URL names
a database they may wipe (`.ci/run` starts one)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, func, select

from moderation.engine import Moderator
from moderation.model.spec import SPEC_FILE

PG_URL = os.environ.get("MODERATION_TEST_PG_URL")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql", marks=pytest.mark.skipif(not PG_URL, reason="MODERATION_TEST_PG_URL unset")
    ),
]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """An empty store URL: a fresh SQLite file, or the test PostgreSQL database wiped."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    wipe(PG_URL)
    return PG_URL


def wipe(url: str) -> None:
    engine = create_engine(url)
    metadata = MetaData()
    metadata.reflect(engine)
    metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def tiny_moderator(tiny_model_dir):
    return Moderator(tiny_model_dir)


@pytest.fixture(scope="session")
def other_model_dir(tiny_model_dir, tmp_path_factory):
    """The tiny model under another version: what a retrained model looks like to the store."""
    directory = tmp_path_factory.mktemp("tiny-model-v2") / "model"
    shutil.copytree(tiny_model_dir, directory)
    spec = json.loads((directory / SPEC_FILE).read_text())
    spec["version"] = "0.0.2"
    (directory / SPEC_FILE).write_text(json.dumps(spec))
    return directory


def comment_text(page: int, number: int) -> str:
    return (
        f"Reader {number} on story {page}: the council should publish the figures, number {number}."
    )


def write_export(path: Path, comments: list[dict]) -> Path:
    """A JSONL comment export (the parser's `reader_comments.jsonl` format)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(c) + "\n" for c in comments), encoding="utf-8")
    return path


def make_pages(folder: Path, pages: int, per_page: int, site_ids: bool = True) -> list[Path]:
    """`pages` JSONL exports of `per_page` comments; without site ids the parser numbers them."""
    paths = []
    for page in range(pages):
        comments = [
            {"author": f"reader{n}", "text": comment_text(page, n)}
            | ({"id": f"p{page}-{n}"} if site_ids else {})
            for n in range(per_page)
        ]
        paths.append(write_export(folder / f"page{page:04d}.jsonl", comments))
    return paths


def count(url: str, table: str, where=None) -> int:
    """Rows in a store table (a fresh connection, as another process would see them)."""
    engine = create_engine(url)
    metadata = MetaData()
    metadata.reflect(engine, only=[table])
    query = select(func.count()).select_from(metadata.tables[table])
    if where is not None:
        query = query.where(where(metadata.tables[table]))
    with engine.connect() as conn:
        n = conn.execute(query).scalar_one()
    engine.dispose()
    return n
