"""Admin API users, password hashes and basic authentication (sans-I/O: no sockets, no clock).

GATEWAY_ADMIN_API_USERS has Conduktor Gateway's format, a YAML (or JSON) list:
``[{username: admin, password: conduktor, admin: true}]`` (Conduktor's documented default,
which Sluice does NOT apply: with no users the resource endpoints stay closed). Sluice adds
``password_hash`` instead of ``password``, in one of two self-describing formats that
`sluice admin hash-password` prints:

    pbkdf2_sha256$<iterations>$<salt, base64>$<key, base64>
    scrypt$<n>$<r>$<p>$<salt, base64>$<key, base64>

Only ``admin: true`` users may write (Conduktor: "admin is required to do any write").
Passwords are compared in constant time (``hmac.compare_digest`` on derived keys). Deriving
a key is deliberately slow, so a successful check is remembered as a SHA-256 of the
credentials for the life of the process; failed checks are not remembered. Repeated
failures from one address are slowed down by `FailureThrottle`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import threading
from collections import OrderedDict
from typing import Annotated, Final

import msgspec
import yaml

__all__ = [
    "ApiUser",
    "Authenticator",
    "FailureThrottle",
    "UsersError",
    "hash_password",
    "parse_basic_auth",
    "parse_users",
    "verify_password",
]

PBKDF2_ITERATIONS: Final = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
SCRYPT_N: Final = 2**15
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
_MAX_ITERATIONS: Final = 10_000_000  # a hash asking for more is refused, not computed
_VERIFIED_CACHE: Final = 1024  # remembered good credentials (SHA-256 digests)

NonEmpty = Annotated[str, msgspec.Meta(min_length=1, max_length=256)]


class UsersError(ValueError):
    """GATEWAY_ADMIN_API_USERS cannot be read; the message says which entry and why."""


class ApiUser(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One admin API user as configured."""

    username: NonEmpty
    password: str | None = None
    password_hash: str | None = None
    admin: bool = False

    def __post_init__(self) -> None:
        if (self.password is None) == (self.password_hash is None):
            raise ValueError("give exactly one of password or password_hash")
        if self.password is not None and not self.password:
            raise ValueError("password must not be empty")
        if self.password_hash is not None:
            _parse_hash(self.password_hash)  # raises on a malformed hash

    def __repr__(self) -> str:
        return f"ApiUser(username={self.username!r}, admin={self.admin}, password=<redacted>)"


def parse_users(text: str) -> list[ApiUser]:
    """GATEWAY_ADMIN_API_USERS (YAML or JSON list) as users; "" means none."""
    if not text.strip():
        return []
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsersError(f"GATEWAY_ADMIN_API_USERS: not YAML or JSON: {exc}") from exc
    if not isinstance(raw, list):
        raise UsersError("GATEWAY_ADMIN_API_USERS: expected a list like "
                         "[{username: admin, password_hash: ..., admin: true}]")
    try:
        users = msgspec.convert(raw, list[ApiUser])
    except msgspec.ValidationError as exc:
        raise UsersError(f"GATEWAY_ADMIN_API_USERS: {exc}") from exc
    names = [u.username for u in users]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise UsersError(f"GATEWAY_ADMIN_API_USERS: duplicate username {duplicates[0]!r}")
    return users


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


def hash_password(password: str, scheme: str = "pbkdf2_sha256",
                  iterations: int = PBKDF2_ITERATIONS) -> str:
    """A password_hash value for GATEWAY_ADMIN_API_USERS."""
    salt = secrets.token_bytes(16)
    if scheme == "pbkdf2_sha256":
        key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
        return f"pbkdf2_sha256${iterations}${_b64(salt)}${_b64(key)}"
    if scheme == "scrypt":
        key = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                             maxmem=128 * SCRYPT_N * SCRYPT_R * 2)
        return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"
    raise ValueError(f"unknown scheme {scheme!r} (pbkdf2_sha256 or scrypt)")


def _parse_hash(encoded: str) -> tuple[str, tuple[int, ...], bytes, bytes]:
    """(scheme, parameters, salt, key) of a password hash; ValueError if malformed."""
    parts = encoded.split("$")
    try:
        if parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            iterations = int(parts[1])
            if not 1 <= iterations <= _MAX_ITERATIONS:
                raise ValueError(f"iterations must be 1..{_MAX_ITERATIONS}")
            return parts[0], (iterations,), _unb64(parts[2]), _unb64(parts[3])
        if parts[0] == "scrypt" and len(parts) == 6:
            n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
            if n < 2 or n & (n - 1) or n > 2**20 or not 1 <= r <= 32 or not 1 <= p <= 16:
                raise ValueError("scrypt parameters out of range (n a power of 2 <= 2^20, "
                                 "r <= 32, p <= 16)")
            return parts[0], (n, r, p), _unb64(parts[4]), _unb64(parts[5])
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"malformed password_hash: {exc}") from exc
    raise ValueError("password_hash must look like pbkdf2_sha256$ITER$SALT$KEY or "
                     "scrypt$N$R$P$SALT$KEY (sluice admin hash-password prints one)")


def verify_password(password: str, user: ApiUser) -> bool:
    """Whether ``password`` is the user's, compared in constant time."""
    if user.password is not None:
        return hmac.compare_digest(password.encode(), user.password.encode())
    assert user.password_hash is not None
    scheme, params, salt, key = _parse_hash(user.password_hash)
    if scheme == "pbkdf2_sha256":
        derived = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, params[0], len(key))
    else:
        n, r, p = params
        derived = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p,
                                 maxmem=128 * n * r * 2 + 1024 * 1024, dklen=len(key))
    return hmac.compare_digest(derived, key)


def parse_basic_auth(header: str | None) -> tuple[str, str] | None:
    """(username, password) from an ``Authorization: Basic ...`` header, if well formed."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, sep, password = decoded.partition(":")
    return (username, password) if sep else None


class Authenticator:
    """Checks credentials against the configured users."""

    def __init__(self, users: list[ApiUser]) -> None:
        self._users = {u.username: u for u in users}
        self._verified: OrderedDict[bytes, None] = OrderedDict()
        self._lock = threading.Lock()
        # A missing user still costs a comparison, so timing does not reveal usernames.
        self._decoy = ApiUser(username="-", password=secrets.token_urlsafe(16))

    @property
    def configured(self) -> bool:
        """Whether any user exists (else the resource endpoints are closed)."""
        return bool(self._users)

    def _digest(self, username: str, password: str) -> bytes:
        return hashlib.sha256(f"{len(username)}:{username}:{password}".encode()).digest()

    def check(self, username: str, password: str) -> ApiUser | None:
        """The user these credentials belong to, or None (may take ~0.5 s on a cache miss)."""
        user = self._users.get(username)
        digest = self._digest(username, password)
        with self._lock:  # checks run in worker threads, several at once
            if user is not None and digest in self._verified:
                self._verified.move_to_end(digest)
                return user
        ok = verify_password(password, user or self._decoy) and user is not None
        if ok:
            with self._lock:
                self._verified[digest] = None
                while len(self._verified) > _VERIFIED_CACHE:
                    self._verified.popitem(last=False)
            return user
        return None


class FailureThrottle:
    """Slows down repeated authentication failures from one address.

    The first ``free_failures`` failures within ``window_s`` cost nothing; each one after
    that doubles the delay imposed on the address's next attempts, up to ``max_delay_s``.
    At most ``max_addresses`` addresses are tracked (the stalest is forgotten first), so an
    attacker spraying addresses costs bounded memory.
    """

    def __init__(self, free_failures: int = 5, window_s: float = 60.0, base_delay_s: float = 0.25,
                 max_delay_s: float = 5.0, max_addresses: int = 10_000) -> None:
        self.free_failures = free_failures
        self.window_s = window_s
        self.base_delay_s = base_delay_s
        self.max_delay_s = max_delay_s
        self.max_addresses = max_addresses
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()

    def delay(self, address: str, now: float) -> float:
        """Seconds to wait before checking an attempt from ``address``."""
        entry = self._failures.get(address)
        if entry is None:
            return 0.0
        count, last = entry
        if now - last > self.window_s:
            del self._failures[address]
            return 0.0
        excess = count - self.free_failures
        if excess < 0:
            return 0.0
        return float(min(self.base_delay_s * 2**min(excess, 32), self.max_delay_s))

    def failed(self, address: str, now: float) -> None:
        """Record a failed attempt."""
        count, last = self._failures.pop(address, (0, now))
        if now - last > self.window_s:
            count = 0
        self._failures[address] = (count + 1, now)
        while len(self._failures) > self.max_addresses:
            self._failures.popitem(last=False)

    def succeeded(self, address: str) -> None:
        """Forget the failures of an address that authenticated."""
        self._failures.pop(address, None)
