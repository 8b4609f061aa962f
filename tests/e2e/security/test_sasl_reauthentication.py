"""KIP-368: a short SASL session lifetime; librdkafka re-authenticates and keeps producing,
a client that does not is closed on its next request."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from confluent_kafka import KafkaError, Producer

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess
from tests.e2e.security.sasl_helpers import (
    audit_events,
    cli_token,
    plain_config,
    raw_client,
    start_sasl_gateway,
)
from tests.kafka_helpers import unique

LIFETIME_MS = 2000


@pytest.fixture(scope="module")
def gateway(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[GatewayProcess]:
    gw = start_sasl_gateway(mock_cluster, tmp_path_factory.mktemp("sasl-reauth"),
                            GATEWAY_SASL_SESSION_LIFETIME_MS=str(LIFETIME_MS))
    try:
        yield gw
    finally:
        gw.stop()


def reauthentications(gateway: GatewayProcess, principal: str) -> int:
    return sum(1 for e in audit_events(gateway) if e["principal"] == principal
               and e["outcome"] == "SUCCESS" and e.get("reauthentication"))


def test_librdkafka_reauthenticates_and_keeps_producing(gateway: GatewayProcess) -> None:
    topic = unique("reauth")
    gateway.mock_cluster.create_topic(topic, 4)
    acked: list[bytes] = []
    errors: list[Any] = []

    def on_delivery(err: KafkaError | None, msg: Any) -> None:
        (errors.append(err) if err is not None else acked.append(msg.value()))

    producer = Producer({**plain_config(gateway, "grace", cli_token("grace")),
                         "enable.idempotence": True, "acks": "all", "linger.ms": 5,
                         "error_cb": errors.append})
    sent: list[bytes] = []
    deadline = time.monotonic() + 30
    # Produce until every connection has re-authenticated a few times (the session is
    # 2 s; librdkafka re-authenticates before it ends).
    while reauthentications(gateway, "grace") < 3:
        assert time.monotonic() < deadline, (errors, audit_events(gateway))
        value = f"r-{len(sent)}".encode()
        producer.produce(topic, value, on_delivery=on_delivery)
        sent.append(value)
        producer.poll(0.02)
    assert producer.flush(30) == 0
    assert not errors, errors[:5]
    assert Counter(acked) == Counter(sent) and len(sent) > 50
    log = gateway.log_text()
    assert "SASL session expired" not in log, "a librdkafka connection was closed instead"


def test_a_client_that_does_not_reauthenticate_is_closed(gateway: GatewayProcess) -> None:
    with raw_client(gateway) as client:
        answer = client.login("heidi", cli_token("heidi"))
        assert answer.ErrorCode == 0 and answer.SessionLifetimeMs == LIFETIME_MS
        logged_in = time.monotonic()
        assert client.call(3, 12, Topics=[]) is not None  # Metadata, within the session
        while time.monotonic() < logged_in + LIFETIME_MS / 1000 + 0.2:
            time.sleep(0.05)  # the session running out is the condition
        client.send(3, 12, Topics=[])
        assert client.receive(3, 12) is None  # closed, no answer
    gateway.wait_for_log("SASL session expired: the client did not re-authenticate within "
                         "SessionLifetimeMs (KIP-368)")
