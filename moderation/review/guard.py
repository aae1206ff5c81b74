"""The web app's defences that are not the framework's: CSRF tokens and the failed-login limit."""

from __future__ import annotations

import secrets
import time
from collections import defaultdict, deque

CSRF_FIELD = "csrf"


def csrf_token(session: dict) -> str:
    """The session's CSRF token, made on first use; every form posts it back."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def csrf_ok(session: dict, sent: str | None) -> bool:
    """Whether a POST carries this session's token (compared in constant time)."""
    expected = session.get("csrf")
    return bool(expected and sent) and secrets.compare_digest(expected, sent)


class LoginLimiter:
    """Refuses logins for a name or address after `attempts` failures within `window` seconds."""

    def __init__(self, attempts: int = 5, window: float = 900.0, clock=time.monotonic):
        self.attempts, self.window, self.clock = attempts, window, clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def blocked(self, *keys: str) -> bool:
        return any(len(self._recent(key)) >= self.attempts for key in keys)

    def failed(self, *keys: str) -> None:
        for key in keys:
            self._recent(key).append(self.clock())

    def _recent(self, key: str) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= self.clock() - self.window:
            failures.popleft()
        return failures
