"""`sluice cluster status` against a mock Kafka with two gateway nodes heartbeating into it."""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable

import pytest
from confluent_kafka import Producer

from gateway.demo.mock_cluster import MockCluster
from membership import Heartbeat, encode_heartbeat, heartbeat_topic
from membership.kafka_membership import KafkaMembership
from tests.conftest import REPO

INTERVAL_MS = 200
TIMEOUT_MS = 3000
SECRET = "status-test-secret"


def wait_for(condition: Callable[[], bool], within: float) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met within {within} s")
        time.sleep(0.05)


def sees(member: KafkaMembership, node_ids: set[str]) -> bool:
    return {n.node_id for n in member.current_nodes()} == node_ids


def status(bootstrap: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "gateway", "cluster", "status"],
        capture_output=True, text=True, timeout=15, cwd=REPO,
        env={
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "GATEWAY_HEARTBEAT_TIMEOUT_MS": str(TIMEOUT_MS),
            "GATEWAY_PORT_START": "7000",
            "GATEWAY_CLUSTER_SECRET": SECRET,
        },
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def node_row(output: str, node_id: str) -> str:
    rows = [line for line in output.splitlines() if re.match(rf"\s+{node_id}\s", line)]
    assert len(rows) == 1, output
    return rows[0]


def mapping(output: str) -> dict[int, tuple[str, str, str]]:
    """broker id -> (broker rack, node id, address) from the mapping table."""
    table = output.split("Broker -> node mapping", 1)[1]
    found = {}
    for line in table.splitlines():
        cells = line.split()
        if len(cells) == 5 and cells[0].isdigit():
            found[int(cells[0])] = (cells[1], cells[2], cells[4])
    return found


def test_status_shows_nodes_and_broker_mapping() -> None:
    with MockCluster(3) as cluster:
        members: dict[str, KafkaMembership] = {}
        try:
            for node_id, rack, host in (("n1", "rack-a", "127.0.0.2"),
                                        ("n2", "rack-b", "127.0.0.3")):
                members[node_id] = KafkaMembership(
                    cluster.bootstrap_servers, cluster_id="gateway", node_id=node_id,
                    worker_id=0, advertised_host=host, port_start=7000, rack=rack,
                    interval_ms=INTERVAL_MS, timeout_ms=TIMEOUT_MS, secret=SECRET,
                )
                members[node_id].start()
            for member in members.values():
                wait_for(functools.partial(sees, member, {"n1", "n2"}), within=8)

            forged = encode_heartbeat(Heartbeat(
                cluster_id="gateway", node_id="evil", worker_id=0, advertised_host="6.6.6.6",
                port_start=7000, version="0", timestamp_ms=int(time.time() * 1000),
            ))
            producer = Producer({"bootstrap.servers": cluster.bootstrap_servers})
            producer.produce(heartbeat_topic("gateway"), forged, b"evil/0")
            assert producer.flush(5) == 0

            output = status(cluster.bootstrap_servers)
            assert "evil" not in output.split("Heartbeats ignored")[0], output
            assert "Heartbeats ignored: 1 (1 unsigned)" in output, output
            n1, n2 = node_row(output, "n1"), node_row(output, "n2")
            assert "127.0.0.2" in n1 and "rack-a" in n1 and "live" in n1, output
            assert "127.0.0.3" in n2 and "rack-b" in n2 and "live" in n2, output
            routes = mapping(output)
            assert routes[1] == ("rack-a", "n1", "127.0.0.2:7000"), output
            assert routes[2] == ("rack-b", "n2", "127.0.0.3:7001"), output
            assert routes[3][0] == "rack-c", output
            assert routes[3][1:] in (("n1", "127.0.0.2:7002"), ("n2", "127.0.0.3:7002")), output

            assert members["n2"].stop(announce=True)
            output = status(cluster.bootstrap_servers)
            assert "left (shutdown)" in node_row(output, "n2"), output
            assert "live" in node_row(output, "n1"), output
            assert "1 live node" in output, output
            routes = mapping(output)
            assert routes[1][1:] == ("n1", "127.0.0.2:7000"), output
            assert routes[2] == ("rack-b", "n1", "127.0.0.2:7001"), output
            assert routes[3][1:] == ("n1", "127.0.0.2:7002"), output
        finally:
            for member in members.values():
                member.stop(announce=False, timeout_s=2)


def test_status_without_heartbeat_topic_says_no_node_is_live() -> None:
    with MockCluster(3) as cluster:
        output = status(cluster.bootstrap_servers)
    assert "No gateway node is live" in output, output


def test_status_with_unreachable_backend_fails_clearly() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gateway", "cluster", "status"],
        capture_output=True, text=True, timeout=15, cwd=REPO,
        env={**os.environ, "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"},
    )
    assert result.returncode == 1
    assert "backend cluster unreachable" in result.stderr
