"""The JWKS refresher: first fetch before `started`, failures keep the keys and log once."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import jwt
import pytest
import trio
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.security.jwks import JwksCache
from gateway.security.jwks_fetch import fetch_document, keep_jwks_fresh
from gateway.security.sasl import SaslError

KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jwks_document() -> bytes:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(KEY.public_key()))
    return json.dumps({"keys": [{**jwk, "kid": "k1"}]}).encode()


def token() -> str:
    return jwt.encode({"sub": "alice", "exp": int(time.time()) + 60}, KEY, algorithm="RS256",
                      headers={"kid": "k1"})


async def test_a_file_url_is_loaded_before_started(tmp_path: Path) -> None:
    path = tmp_path / "jwks.json"
    path.write_bytes(jwks_document())
    cache = JwksCache(path.as_uri())
    async with trio.open_nursery() as nursery:
        await nursery.start(keep_jwks_fresh, cache)
        assert cache.validate(token(), time.time()).principal == "alice"
        nursery.cancel_scope.cancel()


async def test_failures_keep_the_keys_and_are_logged_once(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "sluice.auth")
    calls: list[str] = []

    def fetch(url: str) -> bytes:
        calls.append(url)
        if len(calls) == 1:
            return jwks_document()
        raise OSError("connection refused")  # every later fetch fails

    cache = JwksCache("https://idp.example/jwks", refresh_s=0.0, retry_s=0.0)
    async with trio.open_nursery() as nursery:
        await nursery.start(partial_keep(cache, fetch))
        with trio.fail_after(10):
            while len(calls) < 5:
                await trio.sleep(0.01)
        nursery.cancel_scope.cancel()
    assert cache.validate(token(), time.time()).principal == "alice"  # the keys are kept
    assert cache.last_error is not None
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == ["cannot fetch the JWKS from https://idp.example/jwks: connection "
                        "refused; the keys loaded before, if any, stay in use (retrying)"]
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.INFO] == [
        "JWKS loaded from https://idp.example/jwks"]


def partial_keep(cache: JwksCache, fetch: object) -> object:
    async def run(task_status: trio.TaskStatus[None] = trio.TASK_STATUS_IGNORED) -> None:
        await keep_jwks_fresh(cache, fetch=fetch, poll_s=0.01,  # type: ignore[arg-type]
                              task_status=task_status)
    return run


async def test_an_unusable_document_is_an_error_naming_the_url(tmp_path: Path) -> None:
    path = tmp_path / "jwks.json"
    path.write_bytes(b"<html>login</html>")
    cache = JwksCache(path.as_uri())
    async with trio.open_nursery() as nursery:
        await nursery.start(keep_jwks_fresh, cache)
        with pytest.raises(SaslError) as exc:
            cache.validate(token(), time.time())
        assert f"JWKS from {path.as_uri()} is unusable: not JSON" in exc.value.reason
        nursery.cancel_scope.cancel()


def test_fetch_document_reads_at_most_one_byte_past_the_bound(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * (2 * 1024 * 1024))
    assert len(fetch_document(path.as_uri())) == 1024 * 1024 + 1
