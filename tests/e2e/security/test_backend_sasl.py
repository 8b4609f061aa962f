"""Sluice authenticating to a SASL backend (gateway-managed): PLAIN, SCRAM, OAUTHBEARER.

The backend: a plaintext Sluice node in front of the mock cluster, advertising 127.0.0.2,
behind `SaslListener` on 127.0.0.2 (a SASL_PLAINTEXT listener whose server side is
sasl.py's Authenticator; the mock brokers speak no SASL). The node under test reaches it
with KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT and serves plaintext clients.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka import Producer

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess, start_gateway
from tests.e2e.security.backend_helpers import (
    SaslListener,
    TokenEndpoint,
    spawn_gateway,
    wait_for_exit,
)
from tests.kafka_helpers import assert_same_values, consume_group, produce_all, unique

COUNT = 300
KEY, SECRET = "CCLOUDKEY", "ccloud-s3cret/+="
JAAS = ("org.apache.kafka.common.security.plain.PlainLoginModule required "
        f"username='{KEY}' password='{SECRET}';")


@pytest.fixture(scope="module")
def sasl_backend(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[SaslListener]:
    inner = start_gateway(mock_cluster, tmp_path_factory.mktemp("plain-inner"),
                          {"GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false"},
                          advertised_host="127.0.0.2")
    try:
        with SaslListener("127.0.0.2", "127.0.0.1", inner.ports, KEY, SECRET) as listener:
            yield listener
    finally:
        inner.stop()


def _env(listener: SaslListener, **extra: str) -> dict[str, str]:
    return {"KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.2:{listener.ports[0]}",
            "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "GATEWAY_CLUSTER_ID": "outer",
            "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false", **extra}


def _roundtrip(node: GatewayProcess) -> None:
    topic = unique("backend-sasl")
    values = [f"sasl-{i}" for i in range(COUNT)]
    produce_all(node.bootstrap, topic, [v.encode() for v in values])
    got = consume_group(node.bootstrap, topic, unique("g"), COUNT)
    assert_same_values([v.decode() for v in got], values)


def test_plain_with_a_confluent_cloud_jaas_string(
        mock_cluster: MockCluster, sasl_backend: SaslListener, tmp_path: Path) -> None:
    before = len(sasl_backend.logins)
    node = start_gateway(mock_cluster, tmp_path, _env(sasl_backend,
                                                      KAFKA_SASL_JAAS_CONFIG=JAAS))
    try:
        _roundtrip(node)
        logins = sasl_backend.logins[before:]
        # The startup description and every data-plane connection logged in as the key.
        assert len(logins) >= 3 and set(logins) == {("PLAIN", KEY)}
        assert not sasl_backend.failures
        # Now the backend refuses the key: a new upstream connection fails, naming the
        # broker and the broker's message; the secret is never logged.
        sasl_backend.refuse_all = True
        try:
            with pytest.raises(AssertionError):
                produce_all(node.bootstrap, unique("refused"), [b"x"], timeout=4,
                            **{"message.timeout.ms": 3000})
            log = node.wait_for_log("SASL PLAIN: authentication failed")
        finally:
            sasl_backend.refuse_all = False
        assert re.search(r"broker \d+ \(127\.0\.0\.2:\d+\): SASL PLAIN: authentication failed "
                         r"\(SASL_AUTHENTICATION_FAILED \(58\)\): Authentication failed: "
                         r"Invalid username or password; check KAFKA_SASL_USERNAME", log), \
            log[-3000:]
        assert SECRET not in log
    finally:
        node.stop()


def test_scram_sha_512_with_username_and_password(
        mock_cluster: MockCluster, sasl_backend: SaslListener, tmp_path: Path) -> None:
    before = len(sasl_backend.logins)
    node = start_gateway(mock_cluster, tmp_path, _env(
        sasl_backend, KAFKA_SASL_MECHANISM="SCRAM-SHA-512", KAFKA_SASL_USERNAME=KEY,
        KAFKA_SASL_PASSWORD=SECRET))
    try:
        _roundtrip(node)
        assert set(sasl_backend.logins[before:]) == {("SCRAM-SHA-512", KEY)}
    finally:
        node.stop()


def test_oauthbearer_client_credentials_token_is_cached(
        mock_cluster: MockCluster, sasl_backend: SaslListener, tmp_path: Path) -> None:
    endpoint = TokenEndpoint(sasl_backend.tokens, "sluice-app", "app-s3cret")
    before = len(sasl_backend.logins)
    node = start_gateway(mock_cluster, tmp_path, _env(
        sasl_backend, KAFKA_SASL_MECHANISM="OAUTHBEARER",
        KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL=endpoint.url,
        KAFKA_SASL_OAUTHBEARER_CLIENT_ID="sluice-app",
        KAFKA_SASL_OAUTHBEARER_CLIENT_SECRET="app-s3cret",
        KAFKA_SASL_OAUTHBEARER_SCOPE="kafka"))
    try:
        _roundtrip(node)
        logins = sasl_backend.logins[before:]
        assert len(logins) >= 3 and set(logins) == {("OAUTHBEARER", "oauth-client")}
        # Sluice's own fetches (not librdkafka's, for the admin API's resource store): one
        # per process that describes the backend or serves clients, not one per connection.
        ours = [r for r in endpoint.requests if r["agent"] == "sluice-gateway"]
        assert 1 <= len(ours) <= 3, ours  # supervisor, its readiness probe, the worker
        _roundtrip(node)
        assert len(sasl_backend.logins) > before + len(logins)
        assert [r for r in endpoint.requests if r["agent"] == "sluice-gateway"] == ours
        assert ours[0] == {"basic": "sluice-app:app-s3cret", "agent": "sluice-gateway",
                           "grant_type": "client_credentials", "scope": "kafka"}
        assert "app-s3cret" not in node.log_text()
    finally:
        node.stop()
        endpoint.close()


@pytest.mark.parametrize(("case", "needle"), [
    ("wrong password", r"SASL PLAIN: authentication failed \(SASL_AUTHENTICATION_FAILED "
                       r"\(58\)\): Authentication failed: Invalid username or password; check "
                       r"KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD or KAFKA_SASL_JAAS_CONFIG"),
    ("mechanism not offered", r"SASL SCRAM-SHA-256: the broker does not offer SASL mechanism "
                              r"SCRAM-SHA-256 \(it offers: PLAIN, SCRAM-SHA-512, OAUTHBEARER\); "
                              r"set KAFKA_SASL_MECHANISM to one of them"),
    ("no SASL configured", r"broke off the conversation \(.*\): a Kafka broker\? .*\(a listener "
                           r"that requires SASL closes the connection like this: then set "
                           r"KAFKA_SECURITY_PROTOCOL=SASL_SSL or SASL_PLAINTEXT"),
])
def test_startup_diagnosis_of_a_refused_login(
        mock_cluster: MockCluster, sasl_backend: SaslListener, tmp_path: Path, case: str,
        needle: str) -> None:
    extra = {"GATEWAY_BACKEND_STARTUP_TIMEOUT_MS": "1500",
             "KAFKA_SASL_USERNAME": KEY, "KAFKA_SASL_PASSWORD": "wrong-hunter2"}
    if case == "mechanism not offered":
        extra.update(KAFKA_SASL_MECHANISM="SCRAM-SHA-256", KAFKA_SASL_PASSWORD=SECRET)
    elif case == "no SASL configured":
        extra = {"GATEWAY_BACKEND_STARTUP_TIMEOUT_MS": "1500",
                 "KAFKA_SECURITY_PROTOCOL": "PLAINTEXT"}
    node = spawn_gateway(mock_cluster, tmp_path, _env(sasl_backend, **extra))
    try:
        assert wait_for_exit(node) == 1
        log = node.log_text()
        server = re.escape(f"127.0.0.2:{sasl_backend.ports[0]}")
        assert re.search(rf"backend cluster unavailable: {server}: {needle}", log), log[-3000:]
        assert "wrong-hunter2" not in log and SECRET not in log
    finally:
        node.stop()


@pytest.mark.parametrize("mechanism", ["PLAIN", "SCRAM-SHA-512", "OAUTHBEARER"])
def test_upstream_sessions_are_renewed_before_the_broker_ends_them(
        mock_cluster: MockCluster, sasl_backend: SaslListener, tmp_path: Path,
        mechanism: str) -> None:
    # The backend ends SASL sessions after 2 s (connections.max.reauth.ms): an upstream
    # connection that does not re-authenticate is closed at its next request.
    sasl_backend.max_session_ms = 2000
    reauths, expired = sasl_backend.reauthentications, len(sasl_backend.expired)
    if mechanism == "OAUTHBEARER":
        # Tokens for 3 s: renewals outlive them, so they must log in with fresh ones.
        endpoint = TokenEndpoint(sasl_backend.tokens, "sluice-app", "app-s3cret",
                                 expires_in=3)
        credentials = {"KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL": endpoint.url,
                       "KAFKA_SASL_OAUTHBEARER_CLIENT_ID": "sluice-app",
                       "KAFKA_SASL_OAUTHBEARER_CLIENT_SECRET": "app-s3cret"}
    else:
        credentials = {"KAFKA_SASL_USERNAME": KEY, "KAFKA_SASL_PASSWORD": SECRET}
    node = start_gateway(mock_cluster, tmp_path, _env(
        sasl_backend, KAFKA_SASL_MECHANISM=mechanism, **credentials))
    try:
        topic = unique("reauth")
        producer = Producer({"bootstrap.servers": node.bootstrap, "acks": "all",
                             "enable.idempotence": True, "linger.ms": 5})
        errors: list[str] = []
        sent: list[str] = []

        def delivered(err: object, _msg: object) -> None:
            if err is not None:
                errors.append(str(err))

        # Records flow while the sessions come due (so some renewals wait for answers
        # owed), until the connections renewed at least three times each on average.
        deadline = time.monotonic() + 60
        while sasl_backend.reauthentications - reauths < 6:
            for _ in range(50):
                value = f"r-{len(sent)}"
                producer.produce(topic, value.encode(), on_delivery=delivered)
                sent.append(value)
            assert producer.flush(30) == 0
            assert time.monotonic() < deadline, (
                f"{sasl_backend.reauthentications - reauths} renewals in 60 s; closed for "
                f"expiry: {sasl_backend.expired[expired:][:5]}")
        assert not errors, errors[:3]
        got = consume_group(node.bootstrap, topic, unique("g"), len(sent))
        assert_same_values([v.decode() for v in got], sent)
        # No connection outlived its session: the backend closed none for expiry, and
        # the clients were never cut off.
        assert sasl_backend.expired[expired:] == []
        log = node.log_text()
        assert "re-authentication with" not in log and "closed (broker)" not in log, log[-3000:]
        if mechanism == "OAUTHBEARER":
            ours = [r for r in endpoint.requests if r["agent"] == "sluice-gateway"]
            assert len(ours) >= 3, ours  # the worker fetched fresh tokens to renew with
    finally:
        sasl_backend.max_session_ms = None
        node.stop()
