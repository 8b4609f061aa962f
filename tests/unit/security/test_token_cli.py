"""The token command prints a token the gateway accepts as a PLAIN password."""

from __future__ import annotations

import time

import pytest

from gateway.security.sasl import PlainServer, token_check
from gateway.security.token_cli import main
from gateway.security.tokens import ServiceAccountTokens

KEY = "q" * 40


def test_create_prints_a_token_the_gateway_accepts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["create", "--username", "alice", "--lifetime", "12h"],
                {"GATEWAY_USER_POOL_SECRET_KEY": KEY}) == 0
    token = capsys.readouterr().out.strip()
    claims = ServiceAccountTokens(KEY).verify(token)
    assert claims.username == "alice"
    now = time.time()
    assert 12 * 3600 - 5 <= claims.expires_at - now <= 12 * 3600
    result = PlainServer(token_check(ServiceAccountTokens(KEY))).step(
        b"\0alice\0" + token.encode(), now)
    assert result.credential.principal == "alice"  # type: ignore[union-attr]


def test_missing_key_and_bad_lifetime(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["create", "--username", "alice"], {}) == 2
    assert "set GATEWAY_USER_POOL_SECRET_KEY" in capsys.readouterr().err
    assert main(["create", "--username", "a", "--lifetime", "1y"],
                {"GATEWAY_USER_POOL_SECRET_KEY": KEY}) == 2
    assert "lifetime '1y'" in capsys.readouterr().err


def test_sluice_token_create_is_a_subcommand(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from gateway.cli import main as sluice

    monkeypatch.setenv("GATEWAY_USER_POOL_SECRET_KEY", KEY)
    assert sluice(["token", "create", "--username", "alice", "--lifetime", "1d"]) == 0
    claims = ServiceAccountTokens(KEY).verify(capsys.readouterr().out.strip())
    assert claims.username == "alice"
    assert 86400 - 5 <= claims.expires_at - time.time() <= 86400
