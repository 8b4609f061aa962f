"""The OAUTHBEARER key set: when to fetch it, what to do with what was fetched; sans-I/O.

Settings (wired next session): `GATEWAY_OAUTH_JWKS_URL` (`http(s)://` or `file://`; the I/O
layer fetches it whenever `due(now)` says so and hands the bytes to `update`),
`GATEWAY_OAUTH_EXPECTED_ISSUER`, `GATEWAY_OAUTH_EXPECTED_AUDIENCES` (comma-separated, see
`parse_audiences`), `GATEWAY_OAUTH_SUB_CLAIM_NAME` (default `sub`).

A token signed by a key id the cache does not know asks for an early refresh (an identity
provider rotating its keys), at most once per `min_refresh_s`, so forged key ids cannot make
the gateway hammer the provider.
"""

from __future__ import annotations

import json
from typing import Any

from .sasl import Credential, JwtValidator, SaslError

__all__ = ["MAX_JWKS_BYTES", "JwksCache", "parse_audiences"]

MAX_JWKS_BYTES = 1024 * 1024


def parse_audiences(text: str | None) -> tuple[str, ...]:
    """`aud1,aud2` or `[aud1, aud2]` as a tuple; empty or None means no audience check."""
    if not text:
        return ()
    inner = text.strip()
    if inner.startswith("[") and inner.endswith("]"):
        inner = inner[1:-1]
    return tuple(part.strip().strip("'\"") for part in inner.split(",") if part.strip())


class JwksCache:
    """The current key set and the refresh schedule for one JWKS URL."""

    def __init__(self, url: str, *, issuer: str | None = None, audiences: tuple[str, ...] = (),
                 sub_claim: str = "sub", refresh_s: float = 3600.0,
                 min_refresh_s: float = 10.0, retry_s: float = 5.0) -> None:
        if not url.startswith(("http://", "https://", "file://")):
            raise ValueError(f"GATEWAY_OAUTH_JWKS_URL={url} must start with http://, "
                             f"https:// or file://")
        self.url = url
        self._options: dict[str, Any] = {"issuer": issuer, "audiences": audiences,
                                         "sub_claim": sub_claim}
        self._refresh_s = refresh_s
        self._min_refresh_s = min_refresh_s
        self._retry_s = retry_s
        self._validator: JwtValidator | None = None
        self._next_fetch = float("-inf")
        self._last_fetch = float("-inf")
        self.last_error: str | None = None

    def due(self, now: float) -> bool:
        """Whether the I/O layer should fetch the URL now."""
        return now >= self._next_fetch

    def started(self, now: float) -> None:
        """A fetch has begun (so `due` stays false while it runs)."""
        self._last_fetch = now
        self._next_fetch = now + self._retry_s

    def update(self, document: bytes, now: float) -> None:
        """Install a fetched JWKS document; ValueError naming the URL if it is unusable."""
        self._last_fetch = now
        try:
            if len(document) > MAX_JWKS_BYTES:
                raise ValueError(f"document of {len(document)} bytes is larger than "
                                 f"{MAX_JWKS_BYTES}")
            try:
                parsed = json.loads(document)
            except (ValueError, UnicodeDecodeError):
                raise ValueError("not JSON") from None
            if not isinstance(parsed, dict):
                raise ValueError("not a JSON object with a `keys` list")
            validator = JwtValidator(parsed, **self._options)
        except ValueError as exc:
            self.failed(f"JWKS from {self.url} is unusable: {exc}", now)
            raise ValueError(self.last_error) from None
        self._validator = validator
        self.last_error = None
        self._next_fetch = now + self._refresh_s

    def failed(self, error: str, now: float) -> None:
        """A fetch failed: keep the previous keys, try again after `retry_s`."""
        self.last_error = error
        self._next_fetch = now + self._retry_s

    def validate(self, token: str, now: float) -> Credential:
        """Validate with the current keys; an unknown key id schedules an early refresh."""
        if self._validator is None:
            raise SaslError(f"no JWKS loaded yet from {self.url}"
                            + (f" ({self.last_error})" if self.last_error else ""),
                            "invalid_token")
        try:
            return self._validator.validate(token, now)
        except SaslError as exc:
            if "is not in the JWKS" in exc.reason and \
                    now - self._last_fetch >= self._min_refresh_s:
                self._next_fetch = min(self._next_fetch, now)
            raise
