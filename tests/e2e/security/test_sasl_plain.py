"""SASL/PLAIN with service-account tokens at the gateway: real clients, the audit log."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import KafkaError, Producer

from gateway.demo.mock_cluster import MockCluster
from gateway.security.sasl import BAD_CREDENTIALS, SASL_AUTHENTICATION_FAILED
from tests.conftest import GatewayProcess
from tests.e2e.security.sasl_helpers import (
    cli_token,
    expired_token,
    plain_config,
    raw_client,
    start_sasl_gateway,
    wait_for_audit,
)
from tests.kafka_helpers import consume_group, produce_all, unique


@pytest.fixture(scope="module")
def gateway(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[GatewayProcess]:
    gw = start_sasl_gateway(mock_cluster, tmp_path_factory.mktemp("sasl-plain"))
    try:
        yield gw
    finally:
        gw.stop()


def sasl(gateway: GatewayProcess, username: str, password: str) -> dict[str, Any]:
    conf = plain_config(gateway, username, password)
    conf.pop("bootstrap.servers")
    return conf


def test_a_token_from_sluice_token_create_admits_its_user(gateway: GatewayProcess) -> None:
    token = cli_token("alice", "1d")
    topic, group = unique("sasl-plain"), unique("sasl-plain-group")
    gateway.mock_cluster.create_topic(topic, 4)
    sent = [f"plain-{i}".encode() for i in range(2000)]
    acked = produce_all(gateway.bootstrap, topic, sent, **sasl(gateway, "alice", token))
    assert Counter(acked) == Counter(sent)
    consumed = consume_group(gateway.bootstrap, topic, group, expect=len(sent),
                             **sasl(gateway, "alice", token))
    assert Counter(consumed) == Counter(sent)
    event = wait_for_audit(gateway, lambda e: e["principal"] == "alice"
                           and e["outcome"] == "SUCCESS")
    assert event["mechanism"] == "PLAIN"
    assert event["connection"]["remoteAddress"].startswith("127.0.0.1:")
    # Later events of an authenticated connection name its principal too.
    wait_for_audit(gateway, lambda e: e["action"] == "closed" and e.get("principal") == "alice",
                   kind="CONNECTION")
    assert token not in Path(gateway.env["GATEWAY_AUDIT_LOG_FILE"]).read_text()
    assert token not in gateway.log_text()


def test_a_wrong_password_is_58_then_closed_and_audited(gateway: GatewayProcess) -> None:
    with raw_client(gateway) as client:
        answer = client.login("bob", "not-a-token")
        assert (answer.ErrorCode, answer.ErrorMessage) == (SASL_AUTHENTICATION_FAILED,
                                                           BAD_CREDENTIALS)
        assert client.closed_by_gateway()
    event = wait_for_audit(gateway, lambda e: e["principal"] == "bob")
    assert (event["outcome"], event["errorCode"], event["reason"]) == (
        "FAILURE", SASL_AUTHENTICATION_FAILED, "user 'bob': malformed token")
    gateway.wait_for_log("authentication failed: user 'bob': malformed token")
    assert "not-a-token" not in gateway.log_text()


def test_unknown_user_and_wrong_password_get_the_same_answer(gateway: GatewayProcess) -> None:
    someone_elses = cli_token("carol")
    answers = []
    for username, password in [("mallory", someone_elses), ("carol", someone_elses + "x"),
                               ("carol", cli_token("carol", "1s")[:-3] + "abc")]:
        with raw_client(gateway) as client:
            answer = client.login(username, password)
            answers.append((answer.ErrorCode, answer.ErrorMessage, bytes(answer.AuthBytes)))
    assert answers == [(SASL_AUTHENTICATION_FAILED, BAD_CREDENTIALS, b"")] * 3


def test_an_expired_token_is_refused(gateway: GatewayProcess) -> None:
    with raw_client(gateway) as client:
        answer = client.login("dave", expired_token("dave"))
        assert (answer.ErrorCode, answer.ErrorMessage) == (SASL_AUTHENTICATION_FAILED,
                                                           BAD_CREDENTIALS)
        assert client.closed_by_gateway()
    event = wait_for_audit(gateway, lambda e: e["principal"] == "dave")
    assert (event["outcome"], event["reason"]) == ("FAILURE", "user 'dave': expired token")


def test_confluent_kafka_reports_the_refusal(gateway: GatewayProcess) -> None:
    errors: list[KafkaError] = []
    producer = Producer({**plain_config(gateway, "erin", expired_token("erin")),
                         "error_cb": errors.append, "message.timeout.ms": 3000})
    producer.produce(unique("never"), b"x")
    deadline = time.monotonic() + 15
    while not any(e.code() == KafkaError._AUTHENTICATION for e in errors):
        assert time.monotonic() < deadline, errors
        producer.poll(0.1)
    auth_error = next(e for e in errors if e.code() == KafkaError._AUTHENTICATION)
    assert BAD_CREDENTIALS in auth_error.str()
    assert producer.flush(10) == 0  # the record failed, nothing hangs
    wait_for_audit(gateway, lambda e: e["principal"] == "erin" and e["outcome"] == "FAILURE")


def test_kafka_python_logs_in_with_a_token(gateway: GatewayProcess) -> None:
    kafka = pytest.importorskip("kafka")
    topic = unique("sasl-kp")
    gateway.mock_cluster.create_topic(topic, 1)
    producer = kafka.KafkaProducer(
        bootstrap_servers=gateway.bootstrap, security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN", sasl_plain_username="frank",
        sasl_plain_password=cli_token("frank"), api_version=(2, 3))
    futures = [producer.send(topic, f"kp-{i}".encode()) for i in range(100)]
    producer.flush(30)
    assert all(f.get(10).topic == topic for f in futures)
    producer.close()
    consumed = consume_group(gateway.bootstrap, topic, unique("kp-group"), expect=100,
                             **sasl(gateway, "frank", cli_token("frank")))
    assert sorted(consumed) == sorted(f"kp-{i}".encode() for i in range(100))
    wait_for_audit(gateway, lambda e: e["principal"] == "frank" and e["outcome"] == "SUCCESS")


def test_a_sasl_listener_without_a_secret_key_does_not_start(mock_cluster: MockCluster) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": mock_cluster.bootstrap_servers,
           "GATEWAY_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "GATEWAY_BIND_HOST": "127.0.0.1"}
    env.pop("GATEWAY_USER_POOL_SECRET_KEY", None)
    done = subprocess.run([sys.executable, "-m", "gateway", "run"], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert ("sluice: configuration error: GATEWAY_USER_POOL_SECRET_KEY: "
            "GATEWAY_SECURITY_PROTOCOL=SASL_PLAINTEXT in GATEWAY_MANAGED mode needs a way to "
            "check clients' credentials; set GATEWAY_USER_POOL_SECRET_KEY") in done.stderr
