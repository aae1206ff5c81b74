"""The engine hands freed memory back after each chunk, so a long stream does not grow it."""

import sys

import pytest

import moderation.engine.moderator as moderator_module
from moderation.engine import Moderator
from moderation.engine.memory import release_free_memory
from moderation.types import Comment


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_glibc_returns_free_memory():
    assert release_free_memory() is True


def test_memory_is_released_once_per_chunk(tiny_model_dir, monkeypatch):
    calls = []
    monkeypatch.setattr(moderator_module, "release_free_memory", lambda: calls.append(1))
    moderator = Moderator(tiny_model_dir, chunk_size=4)
    comments = (Comment(id=str(i), text=f"comment number {i}") for i in range(10))
    decisions = list(moderator.moderate(comments))
    assert [decision.comment_id for decision in decisions] == [str(i) for i in range(10)]
    assert len(calls) == 3  # chunks of 4, 4 and 2
