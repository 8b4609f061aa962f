"""Gateway service-account tokens: HS256 JWTs carrying a username and an expiry.

Setting (wired next session): `GATEWAY_USER_POOL_SECRET_KEY` signs and checks them; a
client sends one as its SASL/PLAIN password (`sluice token create --username alice
--lifetime 1d` prints one). The claims are those of Conduktor's local service-account
tokens: `username`, optionally `vcluster`, `iat` and `exp`.

    tokens = ServiceAccountTokens(secret_key)
    token = tokens.create("alice", parse_lifetime("1d"))
    tokens.verify(token).username                      # "alice", or a TokenError
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

import jwt

__all__ = [
    "MAX_TOKEN_BYTES", "MIN_SECRET_KEY_BYTES", "ServiceAccountTokens", "TokenClaims",
    "TokenError", "TokenExpired", "TokenInvalidSignature", "TokenMalformed", "parse_lifetime",
]

MIN_SECRET_KEY_BYTES = 32
MAX_TOKEN_BYTES = 8192
MAX_LIFETIME_S = 10 * 366 * 86400
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_LIFETIME = re.compile(r"(\d{1,12})([smhdw]?)")
_ALGORITHM = "HS256"


class TokenError(Exception):
    """A token that does not authenticate anyone; `reason` is short, for logs and audit."""

    reason = "invalid token"


class TokenMalformed(TokenError):
    """Not a JWT of the expected form, or without the expected claims."""

    reason = "malformed token"


class TokenInvalidSignature(TokenError):
    """A JWT not signed with this gateway's secret key."""

    reason = "bad signature"


class TokenExpired(TokenError):
    """A JWT past its `exp`."""

    reason = "expired token"


@dataclass(frozen=True)
class TokenClaims:
    """What a valid token says."""

    username: str
    expires_at: int
    vcluster: str | None = None


def parse_lifetime(text: str) -> int:
    """Seconds of a lifetime written `3600`, `3600s`, `30m`, `12h`, `1d` or `2w`."""
    match = _LIFETIME.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"lifetime {text!r} is not a number with an optional unit "
                         f"(s, m, h, d, w), e.g. 1d, 12h or 3600s")
    seconds = int(match.group(1)) * _UNITS[match.group(2) or "s"]
    if not 0 < seconds <= MAX_LIFETIME_S:
        raise ValueError(f"lifetime {text!r} must be more than 0 and at most 10 years")
    return seconds


class ServiceAccountTokens:
    """Creates and checks tokens with one secret key."""

    def __init__(self, secret_key: str | bytes) -> None:
        key = secret_key.encode() if isinstance(secret_key, str) else secret_key
        if len(key) < MIN_SECRET_KEY_BYTES:
            raise ValueError(
                f"GATEWAY_USER_POOL_SECRET_KEY must be at least {MIN_SECRET_KEY_BYTES} bytes "
                f"(it has {len(key)}); make one with `openssl rand -base64 32`")
        self._key = key

    def __repr__(self) -> str:
        return "ServiceAccountTokens(secret_key=***)"

    def create(self, username: str, lifetime_s: int, *, vcluster: str | None = None,
               now: float | None = None) -> str:
        """A signed token for `username`, valid for `lifetime_s` seconds from now."""
        if not username:
            raise ValueError("a token needs a non-empty username")
        if lifetime_s <= 0:
            raise ValueError(f"token lifetime must be positive, not {lifetime_s} s")
        issued = int(time.time() if now is None else now)
        claims: dict[str, Any] = {"username": username, "iat": issued,
                                  "exp": issued + lifetime_s}
        if vcluster is not None:
            claims["vcluster"] = vcluster
        return jwt.encode(claims, self._key, algorithm=_ALGORITHM)

    def verify(self, token: str | bytes, *, now: float | None = None) -> TokenClaims:
        """The claims of a valid token; TokenExpired, TokenInvalidSignature or TokenMalformed."""
        if len(token) > MAX_TOKEN_BYTES:
            raise TokenMalformed(f"token of {len(token)} bytes is longer than "
                                 f"{MAX_TOKEN_BYTES}")
        try:
            claims = jwt.decode(token, self._key, algorithms=[_ALGORITHM],
                                options={"require": ["exp"], "verify_exp": False,
                                         "verify_iat": False, "verify_nbf": False})
        except jwt.InvalidSignatureError:
            raise TokenInvalidSignature("token signature does not match the secret key") \
                from None
        except (jwt.InvalidTokenError, ValueError, TypeError):
            raise TokenMalformed("not a service-account token") from None
        username, expires, vcluster = (claims.get("username"), claims.get("exp"),
                                       claims.get("vcluster"))
        if not isinstance(username, str) or not username or not isinstance(expires, int) \
                or not isinstance(vcluster, str | None):
            raise TokenMalformed("token lacks a username or an integer exp claim")
        if expires <= (time.time() if now is None else now):
            raise TokenExpired(f"token expired at {expires}")
        return TokenClaims(username, expires, vcluster)
