"""Moderators' accounts: a name and an argon2id hash, so a copied store gives away no password."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import IntegrityError

from moderation.errors import ReviewError
from moderation.shown import one_line
from moderation.store.schema import users, utcnow

MIN_PASSWORD_LENGTH = 12
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def add_user(engine: Engine, name: str, password: str) -> None:
    """Create a moderator; refuses an empty name, one with control characters (a newline
    or a tab in it would forge a line of `users list`), a short password or a name taken."""
    name = name.strip()
    if not name:
        raise ReviewError("a moderator needs a name")
    if one_line(name) != name:
        raise ReviewError(f"{one_line(name)}: a moderator's name holds no control characters")
    row = {"name": name, "password_hash": _hashed(password), "created_at": utcnow()}
    try:
        with engine.begin() as conn:
            conn.execute(users.insert().values(**row))
    except IntegrityError as error:
        raise ReviewError(f"{name}: a moderator of that name exists already") from error


def list_users(engine: Engine) -> list[tuple[str, str]]:
    """Every moderator's name and when the account was made, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(select(users.c.name, users.c.created_at).order_by(users.c.id))
        return [(name, created.isoformat(timespec="seconds")) for name, created in rows]


def remove_user(engine: Engine, name: str) -> None:
    """End an account (a moderator who left): the verdicts keep the name, the server refuses
    the account's open sessions from their next request."""
    with engine.begin() as conn:
        if conn.execute(delete(users).where(users.c.name == name)).rowcount == 0:
            raise ReviewError(f"{name}: no moderator of that name")


def set_password(engine: Engine, name: str, password: str) -> None:
    """A new password for an account (a forgotten one); its open sessions end with the old."""
    with engine.begin() as conn:
        changed = conn.execute(
            update(users).where(users.c.name == name).values(password_hash=_hashed(password))
        )
        if changed.rowcount == 0:
            raise ReviewError(f"{name}: no moderator of that name")


def credentials(engine: Engine, name: str) -> str | None:
    """The account's current hash, which a session started under it must still match: None
    once the account is removed."""
    with engine.connect() as conn:
        return conn.execute(
            select(users.c.password_hash).where(users.c.name == name)
        ).scalar_one_or_none()


def _hashed(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ReviewError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def check_password(engine: Engine, name: str, password: str) -> bool:
    """Whether `password` is this moderator's; an unknown name costs a hash too (no timing tell)."""
    stored = credentials(engine, name)
    try:
        return _hasher.verify(stored or _dummy_hash(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    """The hash an unknown name's password is checked against, made when first needed: hashing
    is slow by design, and `users list` or `users remove` should not pay for it."""
    return _hasher.hash("not a moderator's password")
