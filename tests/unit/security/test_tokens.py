"""Service-account tokens: HS256 JWT with username and expiry."""

from __future__ import annotations

import base64
import json

import jwt
import pytest

from gateway.security.tokens import (
    ServiceAccountTokens,
    TokenClaims,
    TokenExpired,
    TokenInvalidSignature,
    TokenMalformed,
    parse_lifetime,
)

KEY = "k" * 32
NOW = 1_800_000_000


def test_create_then_verify() -> None:
    tokens = ServiceAccountTokens(KEY)
    token = tokens.create("alice", 86400, now=NOW)
    assert tokens.verify(token, now=NOW + 10) == TokenClaims("alice", NOW + 86400)
    payload = jwt.decode(token, KEY, algorithms=["HS256"],
                         options={"verify_exp": False, "verify_iat": False})
    assert payload == {"username": "alice", "iat": NOW, "exp": NOW + 86400}
    header = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    assert header["alg"] == "HS256"


def test_vcluster_claim() -> None:
    tokens = ServiceAccountTokens(KEY)
    token = tokens.create("bob", 60, vcluster="tenant-a", now=NOW)
    assert tokens.verify(token, now=NOW).vcluster == "tenant-a"


def test_expired() -> None:
    tokens = ServiceAccountTokens(KEY)
    token = tokens.create("alice", 60, now=NOW)
    with pytest.raises(TokenExpired, match=f"expired at {NOW + 60}"):
        tokens.verify(token, now=NOW + 60)


def test_bad_signature() -> None:
    token = ServiceAccountTokens("x" * 32).create("alice", 60, now=NOW)
    with pytest.raises(TokenInvalidSignature) as info:
        ServiceAccountTokens(KEY).verify(token, now=NOW)
    assert info.value.reason == "bad signature"


@pytest.mark.parametrize("token", [
    "", "abc", "a.b.c", "x" * 9000,
    jwt.encode({"username": "a", "exp": NOW + 5}, KEY * 2, algorithm="HS512"),
    jwt.encode({"username": "a"}, KEY, algorithm="HS256"),
    jwt.encode({"exp": NOW + 5}, KEY, algorithm="HS256"),
    jwt.encode({"username": 7, "exp": NOW + 5}, KEY, algorithm="HS256"),
    jwt.encode({"username": "a", "exp": NOW + 5}, "", algorithm="none"),
])
def test_malformed(token: str) -> None:
    with pytest.raises(TokenMalformed):
        ServiceAccountTokens(KEY).verify(token, now=NOW)


def test_short_secret_key_refused_with_remedy() -> None:
    with pytest.raises(ValueError, match="GATEWAY_USER_POOL_SECRET_KEY must be at least 32"
                                         ".*openssl rand"):
        ServiceAccountTokens("short")
    assert "k" not in repr(ServiceAccountTokens(KEY)).split("=")[1]


@pytest.mark.parametrize(("text", "seconds"), [
    ("1d", 86400), ("12h", 43200), ("3600s", 3600), ("3600", 3600), ("30m", 1800),
    ("2w", 1209600), (" 5s ", 5),
])
def test_parse_lifetime(text: str, seconds: int) -> None:
    assert parse_lifetime(text) == seconds


@pytest.mark.parametrize("text", ["", "0s", "1y", "-1d", "1.5h", "d", "99999999999d"])
def test_parse_lifetime_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="lifetime"):
        parse_lifetime(text)
