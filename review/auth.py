"""Who may do what: password hashing, signed session cookies, CSRF tokens, roles.

* Passwords: ``hashlib.scrypt`` (memory-hard KDF) with a random 16-byte salt per
  user, stored as ``scrypt$n$r$p$salt$hash``; compared in constant time.
* Sessions: a cookie signed with ``itsdangerous`` (key in ``review_secret``,
  created once with mode 0600). It holds the user name, the user's
  ``session_epoch`` (bumped by ``callqa users passwd|disable``: old cookies stop
  working) and the CSRF token; every request re-reads the user from the database.
* CSRF: every POST form carries the session's token (``csrf_token``), compared in
  constant time; anonymous visitors get a token too (the login form needs one).
* Roles: ``PERMISSIONS`` maps each action to the roles allowed; team leads are
  further limited to their teams (``team_scope``).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
MIN_PASSWORD_LENGTH = 8
COOKIE_NAME = "callqa_session"

ROLE_LABELS = {"inspector": "质检员", "trainer": "培训师", "team_lead": "班组长",
               "admin": "管理员"}

#: action -> roles allowed. Every route names its action (see views/base.py).
PERMISSIONS: dict[str, frozenset[str]] = {
    "queue": frozenset({"inspector", "team_lead", "admin"}),
    "call.view": frozenset({"inspector", "trainer", "team_lead", "admin"}),
    "audio": frozenset({"inspector", "trainer", "team_lead", "admin"}),
    "verdict": frozenset({"inspector", "admin"}),
    "manual_score": frozenset({"inspector", "admin"}),
    "appeal.file": frozenset({"team_lead", "admin"}),
    "appeal.rule": frozenset({"inspector", "admin"}),
    "appeals.view": frozenset({"inspector", "team_lead", "admin"}),
    "calibration": frozenset({"inspector", "trainer", "admin"}),
    "search": frozenset({"inspector", "trainer", "team_lead", "admin"}),
    "examples.view": frozenset({"inspector", "trainer", "admin"}),
    "examples.edit": frozenset({"trainer", "admin"}),
    "pack.export": frozenset({"trainer", "admin"}),
    "audit": frozenset({"inspector", "admin"}),
}


# --------------------------------------------------------------------- passwords

def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password must have at least {MIN_PASSWORD_LENGTH} characters")
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, maxmem=SCRYPT_MAXMEM, dklen=32)
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                             r=int(r), p=int(p), maxmem=SCRYPT_MAXMEM, dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


#: Verified against when the user does not exist, so timing does not tell who exists.
_DUMMY_HASH: str | None = None


def dummy_verify(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("not-a-real-password")
    verify_password(password, _DUMMY_HASH)


# --------------------------------------------------------------------- the secret

def load_or_create_secret(path: str | Path) -> str:
    """The signing key: read from ``path``, or generated once (mode 0600)."""
    path = Path(path)
    if path.exists():
        text = path.read_text(encoding="ascii").strip()
        if len(text) < 32:
            raise ValueError(f"{path}: secret too short (need 32+ characters)")
        return text
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secret + "\n")
    return secret


# --------------------------------------------------------------------- sessions

@dataclass
class Session:
    """What the cookie carries (signed, not encrypted: nothing secret in it)."""

    username: str | None = None
    epoch: int = 0
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    def to_dict(self) -> dict[str, Any]:
        return {"u": self.username, "e": self.epoch, "c": self.csrf}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Session":
        return cls(d.get("u"), int(d.get("e", 0)), str(d.get("c") or secrets.token_urlsafe(32)))


class SessionCodec:
    def __init__(self, secret: str, max_age_s: float):
        self._ser = URLSafeTimedSerializer(secret, salt="callqa-review-session")
        self.max_age_s = max_age_s

    def dumps(self, session: Session) -> str:
        return self._ser.dumps(session.to_dict())

    def loads(self, value: str | None) -> Session | None:
        if not value:
            return None
        try:
            data = self._ser.loads(value, max_age=self.max_age_s)
        except (BadSignature, ValueError, TypeError):
            return None
        return Session.from_dict(data) if isinstance(data, dict) else None


def csrf_ok(session: Session | None, token: str | None) -> bool:
    return bool(session and token and hmac.compare_digest(session.csrf, token))


# --------------------------------------------------------------------- users

@dataclass
class User:
    username: str
    display_name: str
    role: str
    teams: list[str]

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def can(self, action: str) -> bool:
        return self.role in PERMISSIONS[action]

    @property
    def team_scope(self) -> list[str] | None:
        """Teams this user may see: None = all; team leads only their own."""
        return list(self.teams) if self.role == "team_lead" else None

    def sees_team(self, team: str | None) -> bool:
        scope = self.team_scope
        return scope is None or (team is not None and team in scope)

    def to_json(self) -> dict[str, Any]:
        return {"username": self.username, "display_name": self.display_name,
                "role": self.role, "teams": self.teams}
