"""Kafka-managed authentication: the principal read from a SASL exchange the broker runs."""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import jwt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.audit import AuthenticationEvent, ConnectionAuditor
from gateway.interceptors.chain import InterceptorChain
from gateway.interceptors.delegated_auth import DelegatedAuthentication
from gateway.protocol import codec
from gateway.protocol.connection import (
    Action,
    Close,
    ConnectionInfo,
    ConnectionSettings,
    ForwardToBroker,
    ProxyConnection,
    ReplyToClient,
)
from gateway.security.sasl import ScramClient
from tests.kafka_frames import RANGES, correlation_of_request, request, response

SASL_RANGES = {**RANGES, 17: (0, 1), 36: (0, 2)}
SECRET = "hunter2-very-secret"


class FakeAuditLog:
    enabled = True

    def __init__(self) -> None:
        self.events: list[Any] = []

    def emit(self, event: Any) -> None:
        self.events.append(event)


class Exchange:
    """A client connection in KAFKA_MANAGED mode, and a broker answering by hand."""

    def __init__(self, sub_claim: str = "sub") -> None:
        self.log = FakeAuditLog()
        auditor = ConnectionAuditor(self.log, frozenset(), "gw", "n1",  # type: ignore[arg-type]
                                    "127.0.0.1:6969", "10.0.0.1:5000")
        self.info = ConnectionInfo(client_host="10.0.0.1")
        chain = InterceptorChain.for_connection(
            [lambda info: DelegatedAuthentication(info, auditor, "10.0.0.1:5000", sub_claim)],
            self.info)
        self.conn = ProxyConnection(ConnectionSettings(), lambda: SASL_RANGES, chain, self.info)
        self.cid = 0

    def send(self, api_key: int, version: int, **fields: Any) -> list[Action]:
        self.cid += 1
        return self.conn.receive_client_data(request(api_key, version, self.cid, **fields))

    def round(self, api_key: int, version: int, answer: dict[str, Any], **fields: Any
              ) -> tuple[Any, list[Action]]:
        """Send a request, check it reached the broker unchanged, feed the broker's answer."""
        sent = [a for a in self.send(api_key, version, **fields)
                if isinstance(a, ForwardToBroker)]
        assert len(sent) == 1
        upstream = correlation_of_request(sent[0].data)
        frame = bytearray(sent[0].data)
        frame[8:12] = self.cid.to_bytes(4, "big")
        assert bytes(frame) == request(api_key, version, self.cid, **fields)  # unchanged
        actions = self.conn.receive_broker_data(response(api_key, version, upstream, **answer))
        [reply] = [a for a in actions if isinstance(a, ReplyToClient)]
        return codec.decode_response(bytes(reply.data), api_key, version).body, actions

    def handshake(self, mechanism: str, error: int = 0) -> Any:
        return self.round(17, 1, {"ErrorCode": error, "Mechanisms": ["PLAIN"]},
                          Mechanism=mechanism)[0]

    def authenticate(self, token: bytes, **answer: Any) -> Any:
        return self.round(36, 2, {"ErrorCode": 0, "AuthBytes": b"", **answer},
                          AuthBytes=token)[0]


def audited(exchange: Exchange) -> list[tuple[Any, ...]]:
    assert all(isinstance(e, AuthenticationEvent) for e in exchange.log.events)
    return [(e.principal, e.mechanism, e.outcome, e.errorCode, e.reauthentication)
            for e in exchange.log.events]


def no_secret_anywhere(exchange: Exchange, caplog: pytest.LogCaptureFixture) -> None:
    text = json.dumps([repr(e) for e in exchange.log.events]) + caplog.text
    assert SECRET not in text


def test_plain_principal_recorded_after_the_broker_accepts(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "sluice.auth")
    ex = Exchange()
    ex.handshake("PLAIN")
    assert ex.info.principal is None
    ex.authenticate(f"\0alice\0{SECRET}".encode())
    assert (ex.info.principal, ex.info.mechanism) == ("alice", "PLAIN")
    assert audited(ex) == [("alice", "PLAIN", "SUCCESS", None, False)]
    no_secret_anywhere(ex, caplog)


def test_a_refusal_by_the_broker_is_audited_with_its_message(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "sluice.auth")
    ex = Exchange()
    ex.handshake("PLAIN")
    body = ex.authenticate(f"\0alice\0{SECRET}".encode(), ErrorCode=58,
                           ErrorMessage="Authentication failed: Invalid username or password")
    assert body.ErrorCode == 58  # the client gets the broker's answer as it was
    assert ex.info.principal is None
    assert audited(ex) == [("alice", "PLAIN", "FAILURE", 58, False)]
    assert ex.log.events[0].reason == "Authentication failed: Invalid username or password"
    assert "the broker refused the PLAIN authentication of 'alice': error 58" in caplog.text
    no_secret_anywhere(ex, caplog)


def test_an_unsupported_mechanism_is_audited() -> None:
    ex = Exchange()
    ex.handshake("GSSAPI", error=33)
    assert audited(ex) == [(None, "GSSAPI", "FAILURE", 33, False)]


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_scram_principal_recorded_on_server_final(mechanism: str,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    ex = Exchange()
    ex.handshake(mechanism)
    client = ScramClient(mechanism, "bob,the=builder", SECRET, nonce="fyko+d2lbbFgONRv9qkxdawL")
    salt = base64.b64encode(b"salt").decode()
    server_first = f"r=fyko+d2lbbFgONRv9qkxdawLserver,s={salt},i=4096".encode()
    ex.authenticate(client.first(), AuthBytes=server_first)
    assert ex.info.principal is None and ex.log.events == []  # only the first round
    ex.authenticate(client.respond(server_first), AuthBytes=b"v=c2lnbmF0dXJl")
    assert ex.info.principal == "bob,the=builder"
    assert audited(ex) == [("bob,the=builder", mechanism, "SUCCESS", None, False)]
    no_secret_anywhere(ex, caplog)


def oauth_token(**claims: Any) -> bytes:
    token = jwt.encode(claims, "some-idp-key-that-sluice-never-sees-123", algorithm="HS256")
    return f"n,,\x01auth=Bearer {token}\x01\x01".encode()


def test_oauthbearer_subject_read_unverified() -> None:
    ex = Exchange(sub_claim="client_id")
    ex.handshake("OAUTHBEARER")
    ex.authenticate(oauth_token(sub="ignored", client_id="svc-orders", exp=2_000_000_000))
    assert ex.info.principal == "svc-orders"
    assert audited(ex) == [("svc-orders", "OAUTHBEARER", "SUCCESS", None, False)]


def test_oauthbearer_error_challenge_is_not_a_success() -> None:
    ex = Exchange()
    ex.handshake("OAUTHBEARER")
    ex.authenticate(oauth_token(sub="svc", exp=1), AuthBytes=b'{"status":"invalid_token"}')
    assert ex.info.principal is None and ex.log.events == []
    ex.authenticate(b"\x01", ErrorCode=58, ErrorMessage="invalid_token")
    assert audited(ex) == [("svc", "OAUTHBEARER", "FAILURE", 58, False)]


def test_reauthentication_is_audited_as_such() -> None:
    ex = Exchange()
    for _ in range(2):
        ex.handshake("PLAIN")
        ex.authenticate(f"\0alice\0{SECRET}".encode(), SessionLifetimeMs=1000)
    assert [e[-1] for e in audited(ex)] == [False, True]


def test_a_malformed_plain_token_names_no_principal() -> None:
    ex = Exchange()
    ex.handshake("PLAIN")
    ex.authenticate(b"no-nul-here", ErrorCode=58, ErrorMessage="bad")
    assert audited(ex) == [(None, "PLAIN", "FAILURE", 58, False)]


def test_sasl_handshake_v0_is_closed_with_a_reason() -> None:
    ex = Exchange()
    actions = ex.send(17, 0, Mechanism="PLAIN")
    [close] = [a for a in actions if isinstance(a, Close)]
    assert "SaslHandshake v0 is not supported in KAFKA_MANAGED mode" in close.reason
    assert not any(isinstance(a, ForwardToBroker) for a in actions)


class Directory:
    """Enough of GatewayState for the built-ins: addresses, versions and the settings."""

    def __init__(self, mode: str) -> None:
        from gateway.config import load_config

        self.config = load_config({"KAFKA_BOOTSTRAP_SERVERS": "b:9092",
                                   "GATEWAY_SECURITY_MODE": mode,
                                   "GATEWAY_OAUTH_SUB_CLAIM_NAME": "azp"})

    def address_map(self, client_key: str) -> Any:
        return lambda node: None

    def learn_brokers(self, brokers: Any, id_field: str) -> None:
        pass

    def learn_api_versions(self, advertised: Any) -> None:
        pass


@pytest.mark.parametrize("mode, registered", [("KAFKA_MANAGED", True),
                                              ("GATEWAY_MANAGED", False)])
def test_registered_as_a_builtin_in_kafka_managed_mode(mode: str, registered: bool) -> None:
    from gateway.interceptors.builtins import builtin_factories
    from gateway.protocol.internal_topics import InternalTopics

    info = ConnectionInfo(client_host="10.0.0.1")
    made = [f(info) for f in builtin_factories(Directory(mode), InternalTopics())]
    found = [i for i in made if isinstance(i, DelegatedAuthentication)]
    assert len(found) == registered
    if found:
        assert found[0].sub_claim == "azp" and found[0].info is info


@given(mechanism=st.sampled_from(["PLAIN", "SCRAM-SHA-256", "OAUTHBEARER", "GSSAPI"]),
       tokens=st.lists(st.binary(max_size=300), min_size=1, max_size=4),
       codes=st.lists(st.sampled_from([0, 0, 58, 34]), min_size=4, max_size=4),
       answers=st.lists(st.binary(max_size=40), min_size=4, max_size=4))
@settings(max_examples=200, deadline=None)
def test_fuzzed_exchanges_never_break_the_connection(mechanism: str, tokens: list[bytes],
                                                     codes: list[int], answers: list[bytes]
                                                     ) -> None:
    ex = Exchange()
    ex.handshake(mechanism)
    for token, code, answer in zip(tokens, codes, answers, strict=False):
        body = ex.authenticate(token, ErrorCode=code, AuthBytes=answer)
        assert body.ErrorCode == code  # forwarded unchanged
    assert all(e.outcome in ("SUCCESS", "FAILURE") for e in ex.log.events)
    assert ex.conn.phase.name == "ACTIVE"
