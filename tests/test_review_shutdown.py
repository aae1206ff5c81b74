"""The review server stopped as a service manager stops it (SIGTERM): every verdict given is in
the store's own file, so that a copy of that file alone (an archive) holds them."""

from __future__ import annotations

import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
from review_helpers import seed

from moderation.review.users import add_user
from moderation.store import open_store

PASSWORD = "a long enough secret"
_START_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + _START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(server.stderr.read())
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("the review server did not start")


def test_a_verdict_is_in_the_store_file_once_the_server_is_stopped(tmp_path):
    store = tmp_path / "store.db"
    engine = open_store(f"sqlite:///{store}")
    seed(engine, [{"text": "you idiot", "decision": "review", "score": 0.8}])
    add_user(engine, "alice", PASSWORD)
    engine.dispose()
    port = _free_port()
    command = Path(sys.executable).parent / "moderation"
    server = subprocess.Popen(
        [str(command), "review", "--db", f"sqlite:///{store}", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(f"{base}/login", server)
        with httpx.Client(base_url=base) as client:
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)[1]
            client.post("/login", data={"name": "alice", "password": PASSWORD, "csrf": token})
            token = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)[1]
            answer = client.post(
                "/verdict", data={"csrf": token, "comment_id": "c0", "action": "remove"}
            )
            assert answer.status_code < 400
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
    archived = tmp_path / "archive" / "store.db"
    archived.parent.mkdir()
    shutil.copy(store, archived)  # the file alone, as a backup of it copies it
    with sqlite3.connect(archived) as copy:
        assert copy.execute("SELECT count(*) FROM verdicts").fetchone()[0] == 1
