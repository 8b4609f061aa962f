"""Behind HAProxy, SNI routing on one port: TLS passed through, or terminated by HAProxy.

`passthrough` runs deploy/haproxy/tls-sni-passthrough.cfg: PROXY v2 first, then the
client's TLS, whose server name Sluice reads. `terminating` runs
deploy/haproxy/tls-terminating-authority.cfg: HAProxy holds the certificate and sends the
server name in the PROXY v2 AUTHORITY TLV to plaintext nodes. Either way a client
bootstraps at gw.localhost on HAProxy's port, sees broker<N>.gw.localhost on that port,
produces, consumes with a group, and the nodes log the client's original source.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import ssl
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from confluent_kafka import Consumer

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header
from tests.conftest import REPO, GatewayProcess, free_port_range, launch_gateway, stop_gateways
from tests.e2e.security.clients import librdkafka_config
from tests.e2e.security.conftest import ADVERTISED_HOST, Pki, make_pki, tls_env
from tests.kafka_helpers import consume_group, produce_all, unique

pytestmark = pytest.mark.skipif(shutil.which("haproxy") is None,
                                reason="haproxy not installed (apt-get install haproxy)")

LB_HOST = "127.0.0.1"
LB_SOURCE = "127.0.0.5"
NODES = ("127.0.0.2", "127.0.0.3")
CONFIGS = {"passthrough": REPO / "deploy" / "haproxy" / "tls-sni-passthrough.cfg",
           "terminating": REPO / "deploy" / "haproxy" / "tls-terminating-authority.cfg"}


def _wait_port(host: str, port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection((host, port), 0.5).close()
            return
        except OSError:
            assert time.monotonic() < deadline, f"{host}:{port} not accepting"
            time.sleep(0.05)


@pytest.fixture(params=list(CONFIGS))
def behind_haproxy(request: pytest.FixtureRequest, mock_cluster: MockCluster, tmp_path: Path
                   ) -> Iterator[tuple[int, list[GatewayProcess], Pki]]:
    mode: str = request.param
    pki = make_pki(tmp_path / "pki")
    lb_cert = tmp_path / "lb.pem"
    lb_cert.write_bytes(pki.server.cert_pem() + pki.ca.cert_pem() + pki.server.key_pem())
    security = tls_env(pki) if mode == "passthrough" else {
        "GATEWAY_SECURITY_PROTOCOL": "PLAINTEXT", "GATEWAY_ROUTING_MECHANISM": "host",
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false"}
    lb_port = free_port_range(1, LB_HOST)
    node_port = free_port_range(1, NODES[0])
    nodes: list[GatewayProcess] = []
    haproxy = None
    try:
        for i, host in enumerate(NODES, start=1):
            nodes.append(launch_gateway(mock_cluster, tmp_path, host=host, port_start=node_port,
                                        port_count=1, advertised_host=ADVERTISED_HOST,
                                        extra_env={
                **security,
                "GATEWAY_NODE_ID": f"node{i}",
                "GATEWAY_ADVERTISED_SNI_PORT": str(lb_port),
                "GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL": "true",
                "GATEWAY_HAPROXY_TRUSTED_CIDRS": f"{LB_SOURCE}/32",
            }))
        for node in nodes:  # started side by side
            node.wait_started()
        env = {**os.environ, "SLUICE_LB_HOST": LB_HOST, "SLUICE_LB_PORT": str(lb_port),
               "SLUICE_LB_SOURCE": LB_SOURCE, "SLUICE_NODE_1": NODES[0],
               "SLUICE_NODE_2": NODES[1], "SLUICE_NODE_PORT": str(node_port),
               "SLUICE_LB_CERT": str(lb_cert)}
        haproxy = subprocess.Popen(["haproxy", "-db", "-f", str(CONFIGS[mode])], env=env,
                                   stdout=subprocess.DEVNULL,
                                   stderr=(tmp_path / "haproxy.log").open("wb"))
        _wait_port(LB_HOST, lb_port)
        yield lb_port, nodes, pki
    finally:
        if haproxy is not None:
            haproxy.terminate()
            haproxy.wait(10)
        stop_gateways(nodes)


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


def test_unknown_name_through_haproxy_is_refused(
        behind_haproxy: tuple[int, list[GatewayProcess], Pki]) -> None:
    lb_port, nodes, pki = behind_haproxy
    context = ssl.create_default_context(cafile=pki.ca_file)
    context.check_hostname = False  # HAProxy's certificate is not for this name, on purpose
    with contextlib.suppress(ssl.SSLError, ConnectionError, OSError):  # noqa: SIM117
        with context.wrap_socket(socket.create_connection((LB_HOST, lb_port), timeout=5),
                                 server_hostname="kafka.example.com") as sock:
            sock.sendall(frame(encode_request_header(18, 0, 1, "probe")))
            assert sock.recv(100) == b""  # refused: no answer
    expected = ("unknown TLS server name 'kafka.example.com'", "unknown PROXY v2 AUTHORITY "
                "'kafka.example.com' (expected gw.localhost or broker<broker id>.gw.localhost)")
    deadline = time.monotonic() + 10
    while not any(e in node.log_text() for node in nodes for e in expected):
        assert time.monotonic() < deadline, "no node logged the unknown name"
        time.sleep(0.05)
