"""Behind HAProxy in TCP pass-through: PROXY v2 first, then TLS, SNI routing on one port.

Runs deploy/haproxy/tls-sni-passthrough.cfg in front of two Sluice nodes; a client
bootstraps at gw.localhost on HAProxy's port, sees broker<N>.gw.localhost on that port,
produces, consumes with a group, and the nodes log the client's original source.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka import Consumer

from gateway.mock_cluster import MockCluster
from tests.conftest import REPO, GatewayProcess, free_port_range, start_gateway
from tests.e2e.security.clients import librdkafka_config
from tests.e2e.security.conftest import ADVERTISED_HOST, Pki, make_pki, tls_env
from tests.kafka_helpers import consume_group, produce_all, unique

pytestmark = pytest.mark.skipif(shutil.which("haproxy") is None,
                                reason="haproxy not installed (apt-get install haproxy)")

LB_HOST = "127.0.0.1"
LB_SOURCE = "127.0.0.5"
NODES = ("127.0.0.2", "127.0.0.3")
CONFIG = REPO / "deploy" / "haproxy" / "tls-sni-passthrough.cfg"


def _wait_port(host: str, port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection((host, port), 0.5).close()
            return
        except OSError:
            assert time.monotonic() < deadline, f"{host}:{port} not accepting"
            time.sleep(0.05)


@pytest.fixture
def behind_haproxy(mock_cluster: MockCluster, tmp_path: Path
                   ) -> Iterator[tuple[int, list[GatewayProcess], Pki]]:
    pki = make_pki(tmp_path / "pki")
    lb_port = free_port_range(1, LB_HOST)
    node_port = free_port_range(1, NODES[0])
    nodes: list[GatewayProcess] = []
    haproxy = None
    try:
        for i, host in enumerate(NODES, start=1):
            nodes.append(start_gateway(mock_cluster, tmp_path, host=host, port_start=node_port,
                                       port_count=1, advertised_host=ADVERTISED_HOST,
                                       extra_env={
                **tls_env(pki),
                "GATEWAY_NODE_ID": f"node{i}",
                "GATEWAY_ADVERTISED_SNI_PORT": str(lb_port),
                "GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL": "true",
                "GATEWAY_HAPROXY_TRUSTED_CIDRS": f"{LB_SOURCE}/32",
            }))
        env = {**os.environ, "SLUICE_LB_HOST": LB_HOST, "SLUICE_LB_PORT": str(lb_port),
               "SLUICE_LB_SOURCE": LB_SOURCE, "SLUICE_NODE_1": NODES[0],
               "SLUICE_NODE_2": NODES[1], "SLUICE_NODE_PORT": str(node_port)}
        haproxy = subprocess.Popen(["haproxy", "-db", "-f", str(CONFIG)], env=env,
                                   stdout=subprocess.DEVNULL,
                                   stderr=(tmp_path / "haproxy.log").open("wb"))
        _wait_port(LB_HOST, lb_port)
        yield lb_port, nodes, pki
    finally:
        if haproxy is not None:
            haproxy.terminate()
            haproxy.wait(10)
        for node in nodes:
            node.stop()


def test_tls_sni_through_haproxy_passthrough(
        behind_haproxy: tuple[int, list[GatewayProcess], Pki]) -> None:
    lb_port, nodes, pki = behind_haproxy
    bootstrap = f"{ADVERTISED_HOST}:{lb_port}"
    conf = {**librdkafka_config("SSL", pki.ca_file), "broker.address.family": "v4"}
    topic, group = unique("lb-tls"), unique("lb-tls-group")
    nodes[0].mock_cluster.create_topic(topic, 4)
    sent = [f"lb-{i}".encode() for i in range(2000)]
    assert sorted(produce_all(bootstrap, topic, sent, **conf)) == sorted(sent)
    assert Counter(consume_group(bootstrap, topic, group, len(sent), **conf)) == Counter(sent)
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, **conf})
    try:
        brokers = consumer.list_topics(timeout=10).brokers
    finally:
        consumer.close()
    assert {(b.host, b.port) for b in brokers.values()} == {
        (f"broker{n}.{ADVERTISED_HOST}", lb_port) for n in (1, 2, 3)}
    # Both nodes served clients, and saw them through PROXY v2 before TLS.
    for node in nodes:
        text = node.wait_for_log("(original source: 127.0.0.1:")
        assert re.search(r"connection from 127\.0\.0\.5:\d+ \(original source: 127\.0\.0\.1:\d+, "
                         rf"original destination: 127\.0\.0\.1:{lb_port}\) to broker \d", text)
        assert "TLS handshake with" not in text
