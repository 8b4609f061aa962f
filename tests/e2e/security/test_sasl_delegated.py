"""Kafka-managed (delegated) authentication: an outer Sluice node in KAFKA_MANAGED mode in
front of an inner node that terminates SASL itself (gateway-managed, in front of the mock
cluster; SASL_PLAINTEXT, and SASL_SSL with SNI routing). Clients authenticate end to end
through both; the outer node only reads the principal from the exchange, for its audit log.
The outer node's own data-path upstream carries the client's login (TLS only, no
credentials of its own); its discovery client logs in with a service account."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import KafkaError, Producer

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess, start_gateway
from tests.e2e.security.conftest import ADVERTISED_HOST, Pki, start_tls_gateway
from tests.e2e.security.sasl_helpers import (
    SECRET_KEY,
    audit_events,
    cli_token,
    start_sasl_gateway,
    wait_for_audit,
)
from tests.kafka_helpers import consume_group, produce_all, unique


@pytest.fixture(scope="module", params=["SASL_PLAINTEXT", "SASL_SSL"])
def nodes(request: pytest.FixtureRequest, mock_cluster: MockCluster,
          tmp_path_factory: pytest.TempPathFactory, pki: Pki
          ) -> Iterator[tuple[GatewayProcess, GatewayProcess]]:
    protocol: str = request.param
    tmp = tmp_path_factory.mktemp("sasl-delegated")
    inner_audit = tmp / "inner-audit.jsonl"
    backend_tls: dict[str, str] = {}
    if protocol == "SASL_SSL":
        # The inner node: SASL_SSL with SNI names on one port (broker<N>.gw.localhost).
        inner = start_tls_gateway(mock_cluster, tmp, pki, {
            "GATEWAY_SECURITY_PROTOCOL": "SASL_SSL", "GATEWAY_USER_POOL_SECRET_KEY": SECRET_KEY,
            "GATEWAY_AUDIT_LOG_FILE": str(inner_audit)})
        inner_bootstrap = f"{ADVERTISED_HOST}:{inner.port_start}"
        backend_tls = {"KAFKA_SSL_CA_LOCATION": pki.ca_file}
    else:
        inner = start_sasl_gateway(mock_cluster, tmp)
        inner_bootstrap = inner.bootstrap
    try:
        outer = start_gateway(mock_cluster, tmp, {
            "KAFKA_BOOTSTRAP_SERVERS": inner_bootstrap,
            "KAFKA_SECURITY_PROTOCOL": protocol, **backend_tls,
            # The outer node's own clients (broker discovery) log in as a service account.
            "KAFKA_SASL_MECHANISM": "PLAIN",
            "KAFKA_SASL_USERNAME": "sluice-outer",
            "KAFKA_SASL_PASSWORD": cli_token("sluice-outer"),
            "GATEWAY_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
            "GATEWAY_SECURITY_MODE": "KAFKA_MANAGED",
            "GATEWAY_AUDIT_LOG_FILE": str(tmp / "outer-audit.jsonl"),
            "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
        })
    except BaseException:
        inner.stop()
        raise
    try:
        yield inner, outer
    finally:
        outer.stop()
        inner.stop()


def sasl(username: str, password: str) -> dict[str, Any]:
    return {"security.protocol": "SASL_PLAINTEXT", "sasl.mechanism": "PLAIN",
            "sasl.username": username, "sasl.password": password}


def test_clients_authenticate_end_to_end_and_the_outer_audit_names_them(
        nodes: tuple[GatewayProcess, GatewayProcess]) -> None:
    inner, outer = nodes
    token = cli_token("kim")
    topic = unique("delegated")
    inner.mock_cluster.create_topic(topic, 3)
    sent = [f"d-{i}".encode() for i in range(2000)]
    assert Counter(produce_all(outer.bootstrap, topic, sent, **sasl("kim", token))) == \
        Counter(sent)
    consumed = consume_group(outer.bootstrap, topic, unique("delegated-group"),
                             expect=len(sent), **sasl("kim", token))
    assert Counter(consumed) == Counter(sent)
    # The inner node checked the token; the outer node names who it let through.
    wait_for_audit(inner, lambda e: e["principal"] == "kim" and e["outcome"] == "SUCCESS")
    event = wait_for_audit(outer, lambda e: e["principal"] == "kim")
    assert (event["mechanism"], event["outcome"]) == ("PLAIN", "SUCCESS")
    assert token not in Path(outer.env["GATEWAY_AUDIT_LOG_FILE"]).read_text()
    assert token not in outer.log_text()


def test_a_wrong_password_fails_through_both(
        nodes: tuple[GatewayProcess, GatewayProcess]) -> None:
    inner, outer = nodes
    errors: list[KafkaError] = []
    producer = Producer({"bootstrap.servers": outer.bootstrap, **sasl("leo", "wrong"),
                         "error_cb": errors.append, "message.timeout.ms": 3000})
    producer.produce(unique("never"), b"x")
    deadline = time.monotonic() + 15
    while not any(e.code() == KafkaError._AUTHENTICATION for e in errors):
        assert time.monotonic() < deadline, errors
        producer.poll(0.1)
    producer.flush(10)
    assert any("Invalid username or password" in e.str() for e in errors), errors
    event = wait_for_audit(outer, lambda e: e["principal"] == "leo")
    assert (event["outcome"], event["errorCode"]) == ("FAILURE", 58)
    assert not [e for e in audit_events(outer) if e["principal"] == "leo"
                and e["outcome"] == "SUCCESS"]
