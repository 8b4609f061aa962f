"""Client authentication from the settings, through a real ProxyConnection (no sockets)."""

from __future__ import annotations

import json
import time
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.audit import AuthenticationEvent, ConnectionAuditor
from gateway.config import ConfigError, load_config
from gateway.protocol import codec
from gateway.protocol.connection import (
    Action,
    Close,
    ConnectionSettings,
    OpenBroker,
    Phase,
    ProxyConnection,
    ReplyToClient,
)
from gateway.protocol.generated.produce_request import PartitionProduceData, TopicProduceData
from gateway.security.authenticators import (
    GATEWAY_MANAGED,
    KAFKA_MANAGED,
    ClientAuthentication,
    check_startup,
    security_mode,
    terminates_sasl,
)
from gateway.security.jwks import JwksCache
from gateway.security.sasl import BAD_CREDENTIALS, SASL_AUTHENTICATION_FAILED
from gateway.security.tokens import ServiceAccountTokens
from tests.kafka_frames import RANGES, metadata, request

KEY = "k" * 40
TOKENS = ServiceAccountTokens(KEY)
WALL = 1_900_000_000.0  # the wall clock in these tests; the connection's clock starts at 0


class FakeAuditLog:
    enabled = True

    def __init__(self) -> None:
        self.events: list[Any] = []

    def emit(self, event: Any) -> None:
        self.events.append(event)


class Clock:
    def __init__(self, now: float = WALL) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def auditor(log: FakeAuditLog) -> ConnectionAuditor:
    return ConnectionAuditor(log, frozenset(), "gw", "n1", "127.0.0.1:6969",  # type: ignore[arg-type]
                             "10.0.0.1:5000", proxy_source="192.0.2.7:4444")


def connection(auth: ClientAuthentication, log: FakeAuditLog) -> ProxyConnection:
    settings = ConnectionSettings(authenticator=auth.for_connection(auditor(log), "10.0.0.1:5000"))
    return ProxyConnection(settings, lambda: RANGES)


def replies(actions: list[Action]) -> list[bytes]:
    return [bytes(a.data) for a in actions if isinstance(a, ReplyToClient)]


def closes(actions: list[Action]) -> list[Close]:
    return [a for a in actions if isinstance(a, Close)]


def login(conn: ProxyConnection, username: str, password: str, now: float = 0.0,
          mechanism: str = "PLAIN", token: bytes | None = None) -> tuple[Any, list[Action]]:
    data = token if token is not None else f"\0{username}\0{password}".encode()
    actions = conn.receive_client_data(request(17, 1, 1, Mechanism=mechanism)
                                       + request(36, 2, 2, AuthBytes=data), now=now)
    return codec.decode_response(replies(actions)[1], 36, 2).body, actions


def env(**values: str) -> dict[str, str]:
    return {"KAFKA_BOOTSTRAP_SERVERS": "b:9092", **values}


def test_the_mode_follows_the_backend_protocol() -> None:
    config = load_config(env())
    assert security_mode(config) == GATEWAY_MANAGED and not terminates_sasl(config)
    explicit = load_config(env(GATEWAY_SECURITY_MODE="kafka_managed"))
    assert security_mode(explicit) == KAFKA_MANAGED


def test_a_short_secret_key_is_a_config_error_with_the_remedy() -> None:
    with pytest.raises(ConfigError) as exc:
        load_config(env(GATEWAY_USER_POOL_SECRET_KEY="short"))
    assert str(exc.value).startswith("environment variable GATEWAY_USER_POOL_SECRET_KEY: ")
    assert "openssl rand -base64 32" in str(exc.value) and "short" not in str(exc.value)


def test_a_bad_jwks_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="GATEWAY_OAUTH_JWKS_URL: 'ftp://x' must start"):
        load_config(env(GATEWAY_OAUTH_JWKS_URL="ftp://x"))


class SaslListener:
    """A config as the tls helper's GATEWAY_SECURITY_PROTOCOL will make it."""

    def __init__(self, protocol: str, **fields: Any) -> None:
        self.gateway_security_protocol = protocol
        self.kafka_security_protocol = "PLAINTEXT"
        self.gateway_security_mode = None
        self.gateway_user_pool_secret_key = None
        self.gateway_oauth_jwks_url = None
        self.__dict__.update(fields)


@pytest.mark.parametrize("listener, backend, mode", [
    ("SASL_SSL", "SASL_SSL", KAFKA_MANAGED), ("SASL_PLAINTEXT", "SASL_SSL", KAFKA_MANAGED),
    ("SASL_SSL", "SSL", GATEWAY_MANAGED), ("PLAINTEXT", "SASL_SSL", GATEWAY_MANAGED),
])
def test_the_inferred_mode(listener: str, backend: str, mode: str) -> None:
    config = SaslListener(listener, kafka_security_protocol=backend)
    assert security_mode(config) == mode  # type: ignore[arg-type]
    assert terminates_sasl(config) == (mode == GATEWAY_MANAGED  # type: ignore[arg-type]
                                       and listener.startswith("SASL"))


def test_a_sasl_listener_without_a_secret_key_is_a_startup_error() -> None:
    with pytest.raises(ValueError) as exc:
        check_startup(SaslListener("SASL_SSL"))  # type: ignore[arg-type]
    message = str(exc.value)
    assert message.startswith("GATEWAY_USER_POOL_SECRET_KEY: GATEWAY_SECURITY_PROTOCOL=SASL_SSL "
                              "in GATEWAY_MANAGED mode")
    assert "openssl rand -base64 32" in message and "GATEWAY_OAUTH_JWKS_URL" in message
    check_startup(SaslListener("SASL_SSL", gateway_user_pool_secret_key=KEY))  # type: ignore[arg-type]
    check_startup(SaslListener("SASL_SSL", gateway_oauth_jwks_url="file:///k"))  # type: ignore[arg-type]
    check_startup(SaslListener("SASL_SSL", kafka_security_protocol="SASL_SSL"))  # type: ignore[arg-type]
    check_startup(SaslListener("SSL"))  # type: ignore[arg-type]


def test_mechanisms_follow_the_settings() -> None:
    tokens_only = ClientAuthentication.from_config(load_config(env(
        GATEWAY_USER_POOL_SECRET_KEY=KEY, GATEWAY_SASL_SESSION_LIFETIME_MS="60000")))
    assert tokens_only.mechanisms == ("PLAIN",) and tokens_only.session_lifetime_ms == 60000
    both = ClientAuthentication.from_config(load_config(env(
        GATEWAY_USER_POOL_SECRET_KEY=KEY, GATEWAY_OAUTH_JWKS_URL="file:///jwks.json")))
    assert both.mechanisms == ("PLAIN", "OAUTHBEARER") and both.session_lifetime_ms is None
    assert KEY not in repr(both)
    with pytest.raises(ValueError, match="GATEWAY_USER_POOL_SECRET_KEY"):
        ClientAuthentication.from_config(load_config(env()))


def test_a_token_admits_its_user_and_the_audit_names_them() -> None:
    log = FakeAuditLog()
    conn = connection(ClientAuthentication(TOKENS, wall_clock=Clock()), log)
    body, actions = login(conn, "alice", TOKENS.create("alice", 3600, now=WALL))
    assert body.ErrorCode == 0 and body.SessionLifetimeMs == 3600 * 1000
    assert conn.phase is Phase.ACTIVE and conn.info.principal == "alice"
    assert conn.info.mechanism == "PLAIN"
    assert OpenBroker() in conn.receive_client_data(metadata(3), now=1.0)
    [event] = log.events
    assert isinstance(event, AuthenticationEvent)
    assert (event.principal, event.mechanism, event.outcome, event.reauthentication) == (
        "alice", "PLAIN", "SUCCESS", False)
    assert event.connection.remoteAddress == "10.0.0.1:5000"
    assert event.proxySourceAddress == "192.0.2.7:4444"


@pytest.mark.parametrize("username, password, reason", [
    ("alice", TOKENS.create("alice", 3600, now=WALL - 7200), "user 'alice': expired token"),
    ("alice", ServiceAccountTokens("x" * 40).create("alice", 3600, now=WALL),
     "user 'alice': bad signature"),
    ("mallory", TOKENS.create("alice", 3600, now=WALL), "user 'mallory': token is for "
     "another user"),
    ("nobody", "guess", "user 'nobody': malformed token"),
])
def test_a_refused_login_is_58_then_closed_and_audited(username: str, password: str,
                                                       reason: str) -> None:
    log = FakeAuditLog()
    conn = connection(ClientAuthentication(TOKENS, wall_clock=Clock()), log)
    body, actions = login(conn, username, password)
    # The same answer whatever was wrong: no telling unknown users from wrong passwords.
    assert (body.ErrorCode, body.ErrorMessage) == (SASL_AUTHENTICATION_FAILED, BAD_CREDENTIALS)
    assert closes(actions) == [Close(f"authentication failed: {reason}", "authentication",
                                     SASL_AUTHENTICATION_FAILED)]
    assert conn.phase is Phase.CLOSED and conn.info.principal is None
    [event] = log.events
    assert (event.principal, event.outcome, event.errorCode, event.reason) == (
        username, "FAILURE", SASL_AUTHENTICATION_FAILED, reason)
    assert password not in json.dumps([str(e) for e in log.events])


def test_the_session_deadline_is_on_the_connection_clock() -> None:
    """Credentials are checked on the wall clock, the session on the pump's clock."""
    clock, log = Clock(), FakeAuditLog()
    auth = ClientAuthentication(TOKENS, session_lifetime_ms=2000, wall_clock=clock)
    conn = connection(auth, log)
    body, _ = login(conn, "alice", TOKENS.create("alice", 3600, now=WALL), now=500.0)
    assert body.SessionLifetimeMs == 2000
    clock.now += 1.9
    assert OpenBroker() in conn.receive_client_data(metadata(3), now=501.9)
    clock.now += 0.1
    [close] = conn.receive_client_data(metadata(4), now=502.0)
    assert close.who == "authentication" and "KIP-368" in close.reason


def test_reauthentication_is_audited_as_such() -> None:
    clock, log = Clock(), FakeAuditLog()
    auth = ClientAuthentication(TOKENS, session_lifetime_ms=2000, wall_clock=clock)
    conn = connection(auth, log)
    token = TOKENS.create("alice", 3600, now=WALL)
    login(conn, "alice", token, now=0.0)
    clock.now += 1.5
    actions = conn.receive_client_data(request(17, 1, 3, Mechanism="PLAIN")
                                       + request(36, 2, 4, AuthBytes=b"\0alice\0" + token.encode()),
                                       now=1.5)
    assert codec.decode_response(replies(actions)[1], 36, 2).body.SessionLifetimeMs == 2000
    clock.now += 1.5
    assert OpenBroker() in conn.receive_client_data(metadata(5), now=3.0)  # past the first
    assert [(e.outcome, e.reauthentication) for e in log.events] == [
        ("SUCCESS", False), ("SUCCESS", True)]


def test_a_token_over_64_kib_is_refused_without_checking_it() -> None:
    log = FakeAuditLog()
    checked: list[str] = []

    class Spy(ServiceAccountTokens):
        def verify(self, token: str | bytes, *, now: float | None = None) -> Any:
            checked.append("x")
            return super().verify(token, now=now)

    conn = connection(ClientAuthentication(Spy(KEY), wall_clock=Clock()), log)
    body, actions = login(conn, "alice", "p" * (100 * 1024))
    assert body.ErrorCode == SASL_AUTHENTICATION_FAILED and checked == []
    assert "larger than" in closes(actions)[0].reason


def rsa_jwks() -> tuple[Any, dict[str, Any]]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return key, {"keys": [{**jwk, "kid": "k1", "alg": "RS256", "use": "sig"}]}


def bearer(key: Any, **claims: Any) -> bytes:
    token = jwt.encode(claims, key, algorithm="RS256", headers={"kid": "k1"})
    return f"n,,\x01auth=Bearer {token}\x01\x01".encode()


def test_oauthbearer_through_the_jwks_cache() -> None:
    key, jwks = rsa_jwks()
    cache = JwksCache("file:///jwks.json", issuer="https://idp", audiences=("kafka",))
    cache.update(json.dumps(jwks).encode(), now=0.0)
    log = FakeAuditLog()
    conn = connection(ClientAuthentication(jwks=cache, wall_clock=Clock()), log)
    token = bearer(key, sub="svc-orders", iss="https://idp", aud="kafka", exp=int(WALL) + 60)
    body, _ = login(conn, "", "", mechanism="OAUTHBEARER", token=token)
    assert body.ErrorCode == 0 and body.SessionLifetimeMs == 60_000
    assert conn.info.principal == "svc-orders" and conn.info.mechanism == "OAUTHBEARER"
    assert log.events[0].principal == "svc-orders"


def test_oauthbearer_refused_with_error_challenge_then_58() -> None:
    key, jwks = rsa_jwks()
    cache = JwksCache("file:///jwks.json", issuer="https://idp")
    cache.update(json.dumps(jwks).encode(), now=0.0)
    log = FakeAuditLog()
    conn = connection(ClientAuthentication(jwks=cache, wall_clock=Clock()), log)
    token = bearer(key, sub="svc", iss="https://other", exp=int(WALL) + 60)
    body, _ = login(conn, "", "", mechanism="OAUTHBEARER", token=token)
    assert body.ErrorCode == 0 and json.loads(body.AuthBytes) == {"status": "invalid_token"}
    actions = conn.receive_client_data(request(36, 2, 3, AuthBytes=b"\x01"), now=0.1)
    final = codec.decode_response(replies(actions)[0], 36, 2).body
    assert final.ErrorCode == SASL_AUTHENTICATION_FAILED
    assert closes(actions)[0].who == "authentication"
    assert (log.events[0].outcome, log.events[0].mechanism) == ("FAILURE", "OAUTHBEARER")
    assert "issuer" in log.events[0].reason.lower()


def test_the_wall_clock_decides_expiry() -> None:
    """A token valid by the pump's monotonic clock (small numbers) but expired by the wall."""
    log = FakeAuditLog()
    conn = connection(ClientAuthentication(TOKENS, wall_clock=time.time), log)
    body, _ = login(conn, "alice", TOKENS.create("alice", 60, now=time.time() - 120), now=5.0)
    assert body.ErrorCode == SASL_AUTHENTICATION_FAILED


def test_frames_are_bounded_before_authentication_only() -> None:
    log = FakeAuditLog()
    conn = connection(ClientAuthentication(TOKENS, wall_clock=Clock()), log)
    assert conn.max_client_frame_bytes == 128 * 1024
    huge = request(36, 2, 2, AuthBytes=b"\0alice\0" + b"p" * (1024 * 1024))
    conn.receive_client_data(request(17, 1, 1, Mechanism="PLAIN"))
    [close] = conn.receive_client_data(huge[:4096])  # refused at the size prefix
    assert close.who == "limit" and close.reason == (
        f"frame of {len(huge) - 4} bytes exceeds the maximum of 131072 before authentication")
    assert log.events == []

    conn = connection(ClientAuthentication(TOKENS, wall_clock=Clock()), log)
    login(conn, "alice", TOKENS.create("alice", 3600, now=WALL))
    assert conn.max_client_frame_bytes == ConnectionSettings().max_frame_bytes
    records = [TopicProduceData(Name="t", PartitionData=[
        PartitionProduceData(Index=0, Records=b"r" * (1024 * 1024))])]
    actions = conn.receive_client_data(request(0, 9, 3, Acks=-1, TopicData=records), now=1.0)
    assert OpenBroker() in actions and len(actions) == 2  # opened, then forwarded


def test_the_pumps_reader_is_bounded_until_the_first_login() -> None:
    from gateway.protocol.frames import FrameReader
    from gateway.security.authenticators import with_client_authentication

    reader, log = FrameReader(100 * 1024 * 1024), FakeAuditLog()
    settings = with_client_authentication(
        ConnectionSettings(), ClientAuthentication(TOKENS, wall_clock=Clock()), auditor(log),
        "10.0.0.1:5000", reader)
    assert reader.max_frame_bytes == 128 * 1024
    conn = ProxyConnection(settings, lambda: RANGES)
    body, _ = login(conn, "alice", "wrong")
    assert reader.max_frame_bytes == 128 * 1024  # a failed login changes nothing
    conn = ProxyConnection(settings, lambda: RANGES)
    login(conn, "alice", TOKENS.create("alice", 3600, now=WALL))
    assert reader.max_frame_bytes == 100 * 1024 * 1024
    assert with_client_authentication(ConnectionSettings(), None) == ConnectionSettings()
