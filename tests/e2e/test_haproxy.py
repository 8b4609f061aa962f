"""Behind HAProxy: external load balancing, PROXY protocol v1/v2, audit with client IPs."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from confluent_kafka.admin import AdminClient

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header
from tests.conftest import REPO, GatewayProcess, free_port_range, launch_gateway, stop_gateways
from tests.kafka_helpers import consume_group, produce_all, unique, wait_until

pytestmark = pytest.mark.skipif(shutil.which("haproxy") is None,
                                reason="haproxy not installed (apt-get install haproxy)")

LB_HOST = "127.0.0.1"      # where clients reach HAProxy, and the advertised host
LB_SOURCE = "127.0.0.5"    # where HAProxy connects to the nodes from (the trusted network)
CLIENT_SOURCE = "127.0.0.9"
NODES = ("127.0.0.2", "127.0.0.3", "127.0.0.4")
HEADER_TIMEOUT_MS = 1000


@dataclass
class LoadBalancedCluster:
    mock: MockCluster
    nodes: list[GatewayProcess]
    audit_files: list[Path]
    port_start: int

    @property
    def bootstrap(self) -> str:
        return f"{LB_HOST}:{self.port_start}"

    def audit_events(self) -> list[dict[str, Any]]:
        events = []
        for path in self.audit_files:
            if path.exists():
                events += [json.loads(line) for line in path.read_text().splitlines() if line]
        return events


def _wait_port(host: str, port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, port), 0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"{host}:{port} not accepting")


@pytest.fixture(params=["send-proxy-v2", "send-proxy"])
def lb_cluster(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LoadBalancedCluster]:
    send_proxy: str = request.param
    with MockCluster(3) as mock:
        mock.set_group_initial_rebalance_delay(100)
        port_start = free_port_range(5, LB_HOST)
        nodes: list[GatewayProcess] = []
        audit_files = [tmp_path / f"audit-node{i}.jsonl" for i in (1, 2, 3)]
        haproxy = None
        try:
            for i, (host, audit) in enumerate(zip(NODES, audit_files, strict=True), start=1):
                nodes.append(launch_gateway(mock, tmp_path, host=host, port_start=port_start,
                                            advertised_host=LB_HOST, extra_env={
                    "GATEWAY_NODE_ID": f"node{i}",
                    "GATEWAY_CLUSTER_ID": "lbtest",
                    "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
                    "GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL": "true",
                    "GATEWAY_HAPROXY_TRUSTED_CIDRS": f"{LB_SOURCE}/32",
                    "GATEWAY_HAPROXY_HEADER_TIMEOUT_MS": str(HEADER_TIMEOUT_MS),
                    "GATEWAY_AUDIT_LOG_FILE": str(audit),
                    "GATEWAY_AUDIT_API_KEYS": "PRODUCE,CREATE_TOPICS,DELETE_TOPICS",
                }))
            for node in nodes:  # started side by side
                node.wait_started()
            env = {
                **os.environ, "SLUICE_SEND_PROXY": send_proxy, "SLUICE_LB_HOST": LB_HOST,
                "SLUICE_LB_SOURCE": LB_SOURCE,
                **{f"SLUICE_PORT_{i}": str(port_start + i - 1) for i in (1, 2, 3)},
                **{f"SLUICE_NODE_{i}": host for i, host in enumerate(NODES, start=1)},
            }
            haproxy = subprocess.Popen(
                ["haproxy", "-db", "-f", str(REPO / "deploy" / "haproxy.cfg")], env=env,
                stdout=subprocess.DEVNULL, stderr=(tmp_path / "haproxy.log").open("wb"),
            )
            for port in range(port_start, port_start + 3):
                _wait_port(LB_HOST, port)
            yield LoadBalancedCluster(mock, nodes, audit_files, port_start)
        finally:
            if haproxy is not None:
                haproxy.terminate()
                haproxy.wait(10)
            stop_gateways(nodes)


class ClientSourceLoop(asyncio.SelectorEventLoop):
    """An event loop whose outgoing TCP connections come from CLIENT_SOURCE."""

    async def create_connection(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs.setdefault("local_addr", (CLIENT_SOURCE, 0))
        return await super().create_connection(*args, **kwargs)


def run_from_client_source(coro: Any) -> Any:
    loop = ClientSourceLoop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()


async def _produce_and_consume(bootstrap: str, topic: str, values: list[bytes]
                               ) -> tuple[list[bytes], set[tuple[str, int]]]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        futures = [await producer.send(topic, v) for v in values]
        await asyncio.gather(*futures)
        addresses = {(b.host, b.port) for b in producer.client.cluster.brokers()}
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=unique("lb"),
                                auto_offset_reset="earliest", session_timeout_ms=6000,
                                heartbeat_interval_ms=500)
    await consumer.start()
    got: list[bytes] = []
    try:
        async with asyncio.timeout(60):
            while len(got) < len(values):
                batches = await consumer.getmany(timeout_ms=500)
                got += [m.value for msgs in batches.values() for m in msgs]
        addresses |= {(b.host, b.port) for b in consumer._client.cluster.brokers()}
    finally:
        await consumer.stop()
    return got, addresses


RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def test_clients_behind_haproxy_are_traced_by_their_own_address(
    lb_cluster: LoadBalancedCluster,
) -> None:
    topic = unique("lb")
    lb_cluster.mock.create_topic(topic, 3)
    values = [f"lb-{i}".encode() for i in range(300)]

    consumed, addresses = run_from_client_source(
        _produce_and_consume(lb_cluster.bootstrap, topic, values))
    assert Counter(consumed) == Counter(values)
    lb_ports = {lb_cluster.port_start + i for i in range(3)}
    assert addresses and addresses <= {(LB_HOST, p) for p in lb_ports}

    # A second client library, from the default source address, sees the same addresses.
    metadata = AdminClient({"bootstrap.servers": lb_cluster.bootstrap}).list_topics(timeout=10)
    assert {(b.host, b.port) for b in metadata.brokers.values()} == {
        (LB_HOST, p) for p in lb_ports}

    def flushed() -> list[dict[str, Any]]:
        events = lb_cluster.audit_events()
        mine = [e for e in events
                if e.get("proxySourceAddress", "").startswith(f"{CLIENT_SOURCE}:")]
        kinds = {(e["type"], e.get("action")) for e in mine}
        return events if {("CONNECTION", "opened"), ("CONNECTION", "closed")} <= kinds and any(
            e["type"] == "API_REQUEST" for e in mine) else []

    wait_until(flushed, 10, "audit events of the client's connections written")
    events = lb_cluster.audit_events()
    for event in events:
        assert {"id", "time", "type", "clusterId", "nodeId", "connection"} <= event.keys()
        assert RFC3339.match(event["time"]), event["time"]
        assert event["clusterId"] == "lbtest"
        assert event["nodeId"] in {"node1", "node2", "node3"}
    from_client = [e for e in events if e.get("proxySourceAddress", "").startswith(
        f"{CLIENT_SOURCE}:")]
    connections = [e for e in from_client if e["type"] == "CONNECTION"]
    assert {e["action"] for e in connections} >= {"opened", "closed"}
    for event in from_client:
        assert event["connection"]["remoteAddress"].startswith(f"{LB_SOURCE}:")
        assert event["connection"]["localAddress"].split(":")[0] in NODES
        assert event["proxyDestinationAddress"].split(":")[0] == LB_HOST
    produces = [e for e in from_client if e["type"] == "API_REQUEST"]
    assert produces and all(e["apiKey"] == "PRODUCE" and e["topics"] == [topic]
                            for e in produces)
    # Load balancing is external: HAProxy spread the client's connections over nodes.
    assert len({e["nodeId"] for e in connections}) >= 2


@pytest.mark.parametrize("lb_cluster", ["send-proxy-v2"], indirect=True)
def test_untrusted_missing_and_slow_headers_are_refused(
    lb_cluster: LoadBalancedCluster,
) -> None:
    node = lb_cluster.nodes[0]
    target = (NODES[0], lb_cluster.port_start)
    topic = unique("healthy")
    lb_cluster.mock.create_topic(topic, 2)

    def closed_without_reply(sock: socket.socket) -> bool:
        sock.settimeout(HEADER_TIMEOUT_MS / 1000 + 5)
        try:
            return sock.recv(100) == b""
        except ConnectionResetError:  # closed with our bytes unread: a reset, not a reply
            return True

    api_versions = frame(encode_request_header(18, 0, 1, "direct"))
    # 1. A client connecting straight to a node, from outside the trusted network.
    with socket.create_connection(target, 5, source_address=("127.0.0.1", 0)) as sock:
        peer = f"127.0.0.1:{sock.getsockname()[1]}"
        sock.sendall(api_versions)
        assert closed_without_reply(sock)
    assert peer in node.wait_for_log(f"refusing connection from {peer}: not in GATEWAY_HAPROXY")

    # 2. A forged PROXY header from outside the trusted network: refused all the same.
    with socket.create_connection(target, 5, source_address=("127.0.0.1", 0)) as sock:
        peer = f"127.0.0.1:{sock.getsockname()[1]}"
        sock.sendall(b"PROXY TCP4 10.1.2.3 127.0.0.1 5555 6969\r\n" + api_versions)
        assert closed_without_reply(sock)
    node.wait_for_log(f"refusing connection from {peer}: not in GATEWAY_HAPROXY")

    # 3. From the trusted network but without a header.
    with socket.create_connection(target, 5, source_address=(LB_SOURCE, 0)) as sock:
        peer = f"{LB_SOURCE}:{sock.getsockname()[1]}"
        sock.sendall(api_versions)
        assert closed_without_reply(sock)
    node.wait_for_log(f"refusing connection from {peer}: invalid PROXY header")

    # 4. Slowloris: a header that never completes is cut off after the timeout.
    with socket.create_connection(target, 5, source_address=(LB_SOURCE, 0)) as sock:
        peer = f"{LB_SOURCE}:{sock.getsockname()[1]}"
        started = time.monotonic()
        sock.sendall(b"PROXY TCP4 ")
        assert closed_without_reply(sock)
        elapsed = time.monotonic() - started
    assert HEADER_TIMEOUT_MS / 1000 * 0.8 <= elapsed < HEADER_TIMEOUT_MS / 1000 + 4
    node.wait_for_log(f"refusing connection from {peer}: no PROXY header within")

    # Healthy clients through HAProxy were never affected.
    acked = produce_all(lb_cluster.bootstrap, topic, [b"ok-%d" % i for i in range(200)])
    got = consume_group(lb_cluster.bootstrap, topic, unique("g"), expect=200)
    assert Counter(got) == Counter(acked) and len(acked) == 200
