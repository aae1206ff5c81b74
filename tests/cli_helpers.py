"""The `moderation` command run in-process through its console entry point, as a shell runs it:
errors come out as the one line `main` prints, not as exceptions."""

from __future__ import annotations

import io
import sys

from moderation.cli import main


def run_cli(monkeypatch, capsys, *argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    """`moderation ARGV...` with `stdin`; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["moderation", *argv])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = 0
    try:
        main()
    except SystemExit as exit_:
        code = exit_.code or 0
    out, err = capsys.readouterr()
    return code, out, err
