"""Ctrl-C (SIGINT) and SIGTERM (systemd stopping a unit) ask a batch to stop after the current
page, so the run ends `interrupted` with every finished page committed. A second signal stops at
once (the page in flight is rolled back, as if killed)."""

from __future__ import annotations

import signal
import threading

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopAfterPage:
    """A context in which the signals above set `requested` instead of stopping the process."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, object] = {}

    def __enter__(self) -> StopAfterPage:
        if threading.current_thread() is threading.main_thread():  # signals only reach it
            for sig in SIGNALS:
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum, frame) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc_info) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
