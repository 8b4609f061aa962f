"""Backend SASL: credentials from settings or JAAS, and the sans-I/O client exchange."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import urllib.parse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gateway.protocol.codec import ResponseHeader, decode_request, encode_response
from gateway.protocol.generated.sasl_authenticate_response import SaslAuthenticateResponse
from gateway.protocol.generated.sasl_handshake_response import SaslHandshakeResponse
from gateway.security.backend_auth import (
    BackendAuthError,
    BackendSasl,
    Done,
    OAuthBearerClient,
    PlainClient,
    SaslClientExchange,
    ScramMechanism,
    parse_token_response,
    resolve_backend_sasl,
    token_request,
)
from gateway.security.sasl import SASL_AUTHENTICATE, SASL_HANDSHAKE, ScramClient, parse_plain

PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule"
SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule"
OAUTH = "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule"


def test_confluent_cloud_jaas() -> None:
    sasl = resolve_backend_sasl("PLAIN", jaas_config=f"{PLAIN} required username='KEY' "
                                                     f"password='SECRET';")
    assert (sasl.mechanism, sasl.username, sasl.password) == ("PLAIN", "KEY", "SECRET")
    assert "SECRET" not in repr(sasl)
    exchange = sasl.client_exchange()
    assert isinstance(exchange, PlainClient) and "SECRET" not in repr(exchange)
    assert parse_plain(exchange.first()) == ("", "KEY", "SECRET")
    assert sasl.librdkafka_properties() == {"sasl.mechanism": "PLAIN", "sasl.username": "KEY",
                                            "sasl.password": "SECRET"}


def test_username_password_settings_and_scram() -> None:
    sasl = resolve_backend_sasl("scram-sha-512", "alice", "pw")
    exchange = sasl.client_exchange()
    assert isinstance(exchange, ScramMechanism) and exchange.mechanism == "SCRAM-SHA-512"
    assert exchange.first().startswith(b"n,,n=alice,r=")
    assert "pw" not in repr(exchange).replace("password", "")
    same = resolve_backend_sasl("SCRAM-SHA-256", "alice", "pw",
                                f'{SCRAM} required username="alice" password="pw";')
    assert same == BackendSasl("SCRAM-SHA-256", "alice", "pw")


def test_oauthbearer_client_credentials_from_jaas_or_settings() -> None:
    from_jaas = resolve_backend_sasl("OAUTHBEARER", jaas_config=(
        f"{OAUTH} required clientId='sluice' clientSecret='CS' scope='kafka';"),
        token_endpoint_url="https://idp.example/token")
    from_settings = resolve_backend_sasl("OAUTHBEARER", client_id="sluice", client_secret="CS",
                                         scope="kafka",
                                         token_endpoint_url="https://idp.example/token")
    assert from_jaas == from_settings
    assert from_jaas.librdkafka_properties() == {
        "sasl.mechanism": "OAUTHBEARER", "sasl.oauthbearer.method": "oidc",
        "sasl.oauthbearer.token.endpoint.url": "https://idp.example/token",
        "sasl.oauthbearer.client.id": "sluice", "sasl.oauthbearer.client.secret": "CS",
        "sasl.oauthbearer.scope": "kafka"}
    assert "CS" not in repr(from_jaas)


@pytest.mark.parametrize(("args", "message"), [
    (("GSSAPI", "u", "hunter2"), "KAFKA_SASL_MECHANISM=GSSAPI is not one of"),
    (("PLAIN", None, None), "needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"),
    (("PLAIN", None, None, f"{SCRAM} required username='u' password='hunter2';"),
     "does not fit KAFKA_SASL_MECHANISM=PLAIN"),
    (("PLAIN", "u", "other", f"{PLAIN} required username='u' password='hunter2';"),
     "KAFKA_SASL_PASSWORD and the password of KAFKA_SASL_JAAS_CONFIG differ"),
    (("PLAIN", None, None, f"{PLAIN} required username='u' password='hunter2'"),
     "KAFKA_SASL_JAAS_CONFIG: login module .* is not terminated"),
    (("OAUTHBEARER", None, None, f"{OAUTH} required clientId='x';"), "needs clientId and"),
])
def test_errors_name_the_setting_and_hide_the_secret(args: tuple[str | None, ...],
                                                     message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        resolve_backend_sasl(*args)
    assert "hunter2" not in str(info.value)


def _handshake_ok(request: bytes, mechanisms: list[str], code: int = 0) -> bytes:
    header, body, _ = decode_request(request)
    assert (header.RequestApiKey, header.RequestApiVersion) == (SASL_HANDSHAKE, 1)
    return encode_response(ResponseHeader(CorrelationId=header.CorrelationId),
                           SaslHandshakeResponse(ErrorCode=code, Mechanisms=mechanisms), 1)


def _token_of(request: bytes) -> tuple[int, bytes]:
    header, body, _ = decode_request(request)
    assert (header.RequestApiKey, header.RequestApiVersion) == (SASL_AUTHENTICATE, 1)
    return header.CorrelationId, bytes(body.AuthBytes)


def _auth_answer(correlation_id: int, data: bytes = b"", code: int = 0,
                 message: str | None = None, lifetime: int = 0) -> bytes:
    return encode_response(ResponseHeader(CorrelationId=correlation_id),
                           SaslAuthenticateResponse(ErrorCode=code, ErrorMessage=message,
                                                    AuthBytes=data,
                                                    SessionLifetimeMs=lifetime), 1)


def test_plain_exchange_frames() -> None:
    exchange = SaslClientExchange(PlainClient("KEY", "SECRET"), first_correlation_id=7)
    request = exchange.start()
    assert decode_request(request).body.Mechanism == "PLAIN"
    auth = exchange.receive(_handshake_ok(request, ["PLAIN", "SCRAM-SHA-512"]))
    assert isinstance(auth, bytes)
    correlation_id, token = _token_of(auth)
    assert correlation_id == 8 and parse_plain(token) == ("", "KEY", "SECRET")
    assert exchange.receive(_auth_answer(8, lifetime=3_600_000)) == Done(3_600_000)
    with pytest.raises(BackendAuthError, match="after the exchange ended"):
        exchange.receive(_auth_answer(8))


def test_refused_login_gives_the_brokers_message_without_the_secret() -> None:
    exchange = SaslClientExchange(PlainClient("KEY", "SECRET"))
    auth = exchange.receive(_handshake_ok(exchange.start(), ["PLAIN"]))
    assert isinstance(auth, bytes)
    with pytest.raises(BackendAuthError) as info:
        exchange.receive(_auth_answer(_token_of(auth)[0], code=58,
                                      message="Authentication failed: Invalid username or "
                                              "password"))
    assert str(info.value) == ("authentication failed (SASL_AUTHENTICATION_FAILED (58)): "
                               "Authentication failed: Invalid username or password")
    assert "SECRET" not in str(info.value)


def test_mechanism_the_broker_does_not_offer() -> None:
    exchange = SaslClientExchange(PlainClient("u", "p"))
    with pytest.raises(BackendAuthError, match=r"does not offer SASL mechanism PLAIN \(it "
                       r"offers: SCRAM-SHA-512, OAUTHBEARER\); set KAFKA_SASL_MECHANISM"):
        exchange.receive(_handshake_ok(exchange.start(), ["SCRAM-SHA-512", "OAUTHBEARER"],
                                       code=33))


def test_a_response_to_another_request_fails_the_exchange() -> None:
    exchange = SaslClientExchange(PlainClient("u", "p"), first_correlation_id=1)
    request = exchange.start()
    wrong = encode_response(ResponseHeader(CorrelationId=99),
                            SaslHandshakeResponse(ErrorCode=0, Mechanisms=["PLAIN"]), 1)
    with pytest.raises(BackendAuthError, match="correlation id 99, expected 1"):
        exchange.receive(wrong)
    with pytest.raises(BackendAuthError):
        exchange.receive(_handshake_ok(request, ["PLAIN"]))  # the exchange stays failed


@given(st.binary(max_size=64))
def test_garbage_responses_fail_cleanly(data: bytes) -> None:
    exchange = SaslClientExchange(PlainClient("u", "p"))
    exchange.start()
    frame = len(data).to_bytes(4, "big") + data
    try:
        result = exchange.receive(frame)
    except BackendAuthError:
        return
    assert isinstance(result, bytes)  # bytes that happen to decode as a handshake answer


class ScramServer:
    """A server side of SCRAM (RFC 5802) written from the RFC, for the client to face."""

    def __init__(self, mechanism: str, username: str, password: str,
                 iterations: int = 4096) -> None:
        self.hash = {"SCRAM-SHA-256": "sha256", "SCRAM-SHA-512": "sha512"}[mechanism]
        self.username = username
        self.salt = os.urandom(16)
        self.iterations = iterations
        salted = hashlib.pbkdf2_hmac(self.hash, password.encode(), self.salt, iterations)
        self.stored_key = hashlib.new(self.hash, hmac.digest(salted, b"Client Key",
                                                             self.hash)).digest()
        self.server_key = hmac.digest(salted, b"Server Key", self.hash)

    def first(self, client_first: bytes) -> bytes:
        text = client_first.decode()
        assert text.startswith("n,,")
        self.client_first_bare = text[3:]
        attrs = dict(item.split("=", 1) for item in self.client_first_bare.split(","))
        assert attrs["n"] == self.username
        self.nonce = attrs["r"] + base64.b64encode(os.urandom(12)).decode()
        self.server_first = (f"r={self.nonce},s={base64.b64encode(self.salt).decode()},"
                             f"i={self.iterations}")
        return self.server_first.encode()

    def final(self, client_final: bytes) -> tuple[bool, bytes]:
        text = client_final.decode()
        without_proof, _, proof_text = text.rpartition(",p=")
        assert without_proof == f"c=biws,r={self.nonce}"
        auth_message = f"{self.client_first_bare},{self.server_first},{without_proof}".encode()
        signature = hmac.digest(self.stored_key, auth_message, self.hash)
        client_key = bytes(a ^ b for a, b in zip(base64.b64decode(proof_text), signature,
                                                 strict=True))
        if hashlib.new(self.hash, client_key).digest() != self.stored_key:
            return False, b"e=invalid-proof"
        server_signature = hmac.digest(self.server_key, auth_message, self.hash)
        return True, b"v=" + base64.b64encode(server_signature)


def _run_scram(mechanism: str, client_password: str, server_password: str,
               tamper: bool = False) -> Done:
    server = ScramServer(mechanism, "alice", server_password)
    sasl = resolve_backend_sasl(mechanism, "alice", client_password)
    exchange = SaslClientExchange(sasl.client_exchange())
    request = exchange.receive(_handshake_ok(exchange.start(), [mechanism]))
    assert isinstance(request, bytes)
    correlation_id, client_first = _token_of(request)
    request = exchange.receive(_auth_answer(correlation_id, server.first(client_first)))
    assert isinstance(request, bytes)
    correlation_id, client_final = _token_of(request)
    ok, answer = server.final(client_final)
    if not ok:  # Kafka answers a bad proof with an error code, not e=
        result = exchange.receive(_auth_answer(correlation_id, code=58, message=(
            f"Authentication failed during authentication due to invalid credentials with "
            f"SASL mechanism {mechanism}")))
    else:
        if tamper:
            answer = b"v=" + base64.b64encode(b"\0" * 32)
        result = exchange.receive(_auth_answer(correlation_id, answer))
    assert isinstance(result, Done)
    return result


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "SCRAM-SHA-512"])
def test_scram_exchange_against_a_server(mechanism: str) -> None:
    assert _run_scram(mechanism, "pencil", "pencil") == Done(0)
    with pytest.raises(BackendAuthError, match="invalid credentials with SASL mechanism"):
        _run_scram(mechanism, "wrong", "pencil")
    with pytest.raises(BackendAuthError, match="server signature does not match"):
        _run_scram(mechanism, "pencil", "pencil", tamper=True)


def test_scram_exchange_on_the_rfc7677_vector() -> None:
    mechanism = ScramMechanism(ScramClient("SCRAM-SHA-256", "user", "pencil",
                                           nonce="rOprNGfwEbeRWgbNEkqO"))
    exchange = SaslClientExchange(mechanism)
    request = exchange.receive(_handshake_ok(exchange.start(), ["SCRAM-SHA-256"]))
    assert isinstance(request, bytes)
    correlation_id, token = _token_of(request)
    assert token == b"n,,n=user,r=rOprNGfwEbeRWgbNEkqO"
    request = exchange.receive(_auth_answer(
        correlation_id, b"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                        b"s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"))
    assert isinstance(request, bytes)
    correlation_id, token = _token_of(request)
    assert token == (b"c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                     b"p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
    assert exchange.receive(_auth_answer(
        correlation_id, b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")) == Done(0)


def test_oauthbearer_framing_and_refusal() -> None:
    client = OAuthBearerClient("eyJ.tok.en")
    assert client.first() == b"n,,\x01auth=Bearer eyJ.tok.en\x01\x01"
    assert "eyJ" not in repr(client)
    exchange = SaslClientExchange(client)
    request = exchange.receive(_handshake_ok(exchange.start(), ["OAUTHBEARER"]))
    assert isinstance(request, bytes)
    correlation_id, _ = _token_of(request)
    refusal = json.dumps({"status": "invalid_token"}).encode()
    request = exchange.receive(_auth_answer(correlation_id, refusal))
    assert isinstance(request, bytes)
    correlation_id, token = _token_of(request)
    assert token == b"\x01"  # RFC 7628 3.2.3: the client acknowledges the error
    with pytest.raises(BackendAuthError, match='invalid_token'):
        exchange.receive(_auth_answer(correlation_id, code=58, message="Authentication failed"))


def test_oauthbearer_success_is_one_round() -> None:
    exchange = SaslClientExchange(OAuthBearerClient("t"))
    request = exchange.receive(_handshake_ok(exchange.start(), ["OAUTHBEARER"]))
    assert isinstance(request, bytes)
    assert exchange.receive(_auth_answer(_token_of(request)[0])) == Done(0)


def test_token_request_is_a_client_credentials_grant() -> None:
    sasl = resolve_backend_sasl("OAUTHBEARER", client_id="sluice:1", client_secret="s&cret",
                                scope="kafka", token_endpoint_url="https://idp/token")
    url, headers, body = token_request(sasl)
    assert url == "https://idp/token"
    basic = base64.b64decode(headers["Authorization"].removeprefix("Basic ")).decode()
    assert basic == "sluice%3A1:s%26cret"  # RFC 6749 2.3.1: form-encoded, then Basic
    assert urllib.parse.parse_qs(body.decode()) == {"grant_type": ["client_credentials"],
                                                    "scope": ["kafka"]}


def test_token_response_parsing() -> None:
    token = parse_token_response(200, b'{"access_token": "abc", "expires_in": 100}', now=10.0)
    assert token.value == "abc" and token.refresh_at == pytest.approx(90.0)
    assert "abc" not in repr(token)
    with pytest.raises(BackendAuthError, match=r"HTTP 401: invalid_client \(bad secret\)"):
        parse_token_response(401, b'{"error": "invalid_client", "error_description": '
                                  b'"bad secret"}', now=0)
    with pytest.raises(BackendAuthError, match="no access_token"):
        parse_token_response(200, b'{"token_type": "bearer"}', now=0)
    with pytest.raises(BackendAuthError, match="more than"):
        parse_token_response(200, b" " * 70_000, now=0)
