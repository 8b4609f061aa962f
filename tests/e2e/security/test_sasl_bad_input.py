"""Hostile SASL input at a gateway-managed SASL listener: each refused with a clear log
line, the worker lives, and a healthy client next to them delivers everything."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator

import pytest

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess
from tests.e2e.security.sasl_helpers import (
    RawClient,
    cli_token,
    plain_config,
    raw_client,
    start_sasl_gateway,
)
from tests.kafka_helpers import produce_all, unique


@pytest.fixture(scope="module")
def gateway(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[GatewayProcess]:
    gw = start_sasl_gateway(mock_cluster, tmp_path_factory.mktemp("sasl-bad"))
    try:
        yield gw
    finally:
        gw.stop()


def authenticate_first(client: RawClient) -> None:
    client.send(36, 2, AuthBytes=b"\0ivan\0pw")


def huge_token(client: RawClient) -> None:
    assert client.call(17, 1, Mechanism="PLAIN").ErrorCode == 0
    client.send(36, 2, AuthBytes=b"\0ivan\0" + b"p" * (1024 * 1024))


def produce_first(client: RawClient) -> None:
    client.send(0, 9, Acks=-1, TimeoutMs=1000)


def handshake_v0(client: RawClient) -> None:
    client.send(17, 0, Mechanism="PLAIN")


BAD = {
    "SaslAuthenticate before SaslHandshake": (
        authenticate_first, "a SaslAuthenticate request is not allowed while awaiting "
        "SaslHandshake"),
    "a 1 MiB SASL token": (huge_token, "bytes exceeds the maximum of 131072"),
    "Produce before authentication": (
        produce_first, "a request is not allowed while awaiting SaslHandshake (KIP-152: only "
        "ApiVersions and SASL requests before authentication)"),
    "SaslHandshake v0": (handshake_v0, "SaslHandshake v0"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_refused_with_a_clear_log_line_while_a_healthy_client_delivers(
        gateway: GatewayProcess, case: str) -> None:
    send_bad, logged = BAD[case]
    topic = unique("sasl-healthy")
    gateway.mock_cluster.create_topic(topic, 2)
    sent = [f"healthy-{i}".encode() for i in range(2000)]
    conf = plain_config(gateway, "judy", cli_token("judy"))
    conf.pop("bootstrap.servers")
    delivered: list[list[bytes]] = []
    healthy = threading.Thread(target=lambda: delivered.append(
        produce_all(gateway.bootstrap, topic, sent, **conf)))
    healthy.start()
    try:
        for _ in range(5):
            with raw_client(gateway) as client:
                send_bad(client)
                assert client.closed_by_gateway(), f"{case}: the connection stayed open"
    finally:
        healthy.join(60)
    assert delivered and Counter(delivered[0]) == Counter(sent)
    gateway.wait_for_log(logged)
    assert gateway.process.poll() is None
    assert "started (pid" in gateway.log_text() and "restarting" not in gateway.log_text()
    assert "Traceback" not in gateway.log_text()
    if send_bad is huge_token:  # refused at the size prefix: the token was never read
        read = [int(n) for n in re.findall(r"exceeds the maximum of 131072; [\d.]+ s, "
                                           r"(\d+) bytes in", gateway.log_text())]
        assert read and max(read) < 512 * 1024, read


def test_a_listener_still_answers_api_versions_before_authentication(
        gateway: GatewayProcess) -> None:
    with raw_client(gateway) as client:
        versions = client.call(18, 2)  # the mock broker speaks ApiVersions up to v2
        assert versions is not None and versions.ErrorCode == 0
        keys = {k.ApiKey: (k.MinVersion, k.MaxVersion) for k in versions.ApiKeys}
        assert keys[17] == (0, 1) and keys[36] == (0, 2)  # v0 listed, refused if sent

