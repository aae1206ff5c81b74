"""Moderators' accounts: a name and an argon2id hash, so a copied store gives away no password."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from moderation.errors import ReviewError
from moderation.store.schema import users, utcnow

MIN_PASSWORD_LENGTH = 12
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def add_user(engine: Engine, name: str, password: str) -> None:
    """Create a moderator; refuses an empty name, a short password or a name already taken."""
    name = name.strip()
    if not name:
        raise ReviewError("a moderator needs a name")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ReviewError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    row = {"name": name, "password_hash": _hasher.hash(password), "created_at": utcnow()}
    try:
        with engine.begin() as conn:
            conn.execute(users.insert().values(**row))
    except IntegrityError as error:
        raise ReviewError(f"{name}: a moderator of that name exists already") from error


def check_password(engine: Engine, name: str, password: str) -> bool:
    """Whether `password` is this moderator's; an unknown name costs a hash too (no timing tell)."""
    with engine.connect() as conn:
        stored = conn.execute(
            select(users.c.password_hash).where(users.c.name == name)
        ).scalar_one_or_none()
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


_DUMMY_HASH = _hasher.hash("not a moderator's password")
