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
    """Refuses logins for a name after `attempts` failures within `window` seconds, and for an
    address after `address_attempts`: a moderator mistyping their password locks out only
    their name, not the team behind one proxy or tunnel (the server listens on 127.0.0.1), while
    one address trying many names is still stopped."""

    def __init__(
        self,
        attempts: int = 5,
        window: float = 900.0,
        clock=time.monotonic,
        address_attempts: int = 25,
    ):
        self.attempts, self.window, self.clock = attempts, window, clock
        self.address_attempts = address_attempts
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def blocked(self, name: str, address: str) -> bool:
        return (
            len(self._recent(f"name:{name}")) >= self.attempts
            or len(self._recent(f"addr:{address}")) >= self.address_attempts
        )

    def failed(self, name: str, address: str) -> None:
        for key in (f"name:{name}", f"addr:{address}"):
            self._recent(key).append(self.clock())

    def _recent(self, key: str) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= self.clock() - self.window:
            failures.popleft()
        return failures
