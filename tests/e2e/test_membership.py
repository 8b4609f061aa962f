"""Gateway membership over a real (mock) Kafka cluster: join, announced leave, crash, restart."""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator

import pytest
from confluent_kafka import Producer

from gateway.demo.mock_cluster import MockCluster
from gateway.routing.assignment import GatewayNode
from membership import Heartbeat, encode_heartbeat, heartbeat_topic
from membership.kafka_membership import KafkaMembership
from membership.signing import HeartbeatKey
from tests.kafka_helpers import holds_for

INTERVAL_MS = 200
TIMEOUT_MS = 2000
SECRET = "membership-test-secret"
NODES = {
    "n1": GatewayNode("n1", "gw1.test", 7000, "rack-a"),
    "n2": GatewayNode("n2", "gw2.test", 7100, "rack-b"),
    "n3": GatewayNode("n3", "gw3.test", 7200, None),
}


class Recorder:
    """An on_change callback that remembers every node list it was given."""

    def __init__(self) -> None:
        self.calls: list[list[GatewayNode]] = []
        self.lock = threading.Lock()

    def __call__(self, nodes: list[GatewayNode]) -> None:
        with self.lock:
            self.calls.append(nodes)


def wait_for(condition: Callable[[], bool], within: float) -> float:
    """Seconds until ``condition()`` holds; fails the test after ``within`` seconds."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > within:
            pytest.fail(f"condition not met within {within} s")
        time.sleep(0.02)
    return time.monotonic() - start


def ids(member: KafkaMembership) -> set[str]:
    return {n.node_id for n in member.current_nodes()}


@pytest.fixture
def cluster() -> Iterator[MockCluster]:
    with MockCluster(3) as mock:
        mock.set_group_initial_rebalance_delay(100)
        yield mock


def test_nodes_join_leave_crash_and_rejoin(
    cluster: MockCluster, caplog: pytest.LogCaptureFixture
) -> None:
    cluster_id = f"members-{uuid.uuid4().hex[:8]}"
    members: list[KafkaMembership] = []
    recorders: dict[str, Recorder] = {}

    def start(node_id: str) -> KafkaMembership:
        node = NODES[node_id]
        recorders[node_id] = Recorder()
        member = KafkaMembership(
            cluster.bootstrap_servers, cluster_id=cluster_id, node_id=node_id, worker_id=0,
            advertised_host=node.host, port_start=node.port_start, rack=node.rack,
            interval_ms=INTERVAL_MS, timeout_ms=TIMEOUT_MS, on_change=recorders[node_id],
            secret=SECRET,
        )
        member.start()
        members.append(member)
        return member

    try:
        n1, n2, n3 = start("n1"), start("n2"), start("n3")
        everyone = sorted(NODES.values(), key=lambda n: n.node_id)
        wait_for(lambda: all(m.current_nodes() == everyone for m in (n1, n2, n3)), within=5)
        wait_for(lambda: all(recorders[n].calls[-1] == everyone for n in NODES), within=0.5)

        # Garbage (signed or not) and other clusters' heartbeats change nothing.
        stranger = encode_heartbeat(Heartbeat(
            cluster_id="other", node_id="x", worker_id=0, advertised_host="x", port_start=1,
            version="0", timestamp_ms=int(time.time() * 1000),
        ))
        key = HeartbeatKey(SECRET, cluster_id)
        producer = Producer({"bootstrap.servers": cluster.bootstrap_servers})
        producer.produce(heartbeat_topic(cluster_id), b"\x00garbage")
        producer.produce(heartbeat_topic(cluster_id), b"\x00garbage",
                         headers=key.headers(b"\x00garbage"))
        producer.produce(heartbeat_topic(cluster_id), stranger, headers=key.headers(stranger))
        producer.flush(5)

        assert n1.stop(announce=True)
        dropped = wait_for(lambda: ids(n2) == ids(n3) == {"n2", "n3"}, within=1.0)
        print(f"announced leave seen after {dropped:.2f} s")

        assert n2.stop(announce=False)  # a crash: no shutdown heartbeat
        holds_for(lambda: ids(n3) == {"n2", "n3"}, 1.0,
                  "a crashed node must stay until its timeout")
        timed_out = 1.0 + wait_for(lambda: ids(n3) == {"n3"}, within=TIMEOUT_MS / 1000 + 1)
        print(f"crash seen after {timed_out:.2f} s")

        n2_again = start("n2")
        rejoined = wait_for(lambda: ids(n3) == ids(n2_again) == {"n2", "n3"}, within=3.0)
        print(f"restart seen after {rejoined:.2f} s")
        wait_for(lambda: recorders["n3"].calls[-1] == [NODES["n2"], NODES["n3"]], within=0.5)
        assert any("invalid heartbeat" in r.getMessage() for r in caplog.records)
        assert any(re.match(r"dropped heartbeat from '': unsigned \(\d+ dropped in total\)$",
                            r.getMessage()) for r in caplog.records)
        assert n3.dropped_heartbeats == {"unsigned": 1}
    finally:
        for member in members:
            member.stop(announce=True, timeout_s=3.0)


def test_without_kafka_a_worker_routes_to_itself_and_stops_in_time() -> None:
    recorder = Recorder()
    member = KafkaMembership(
        "127.0.0.1:1", cluster_id="c", node_id="solo", worker_id=0, advertised_host="h",
        port_start=9000, interval_ms=INTERVAL_MS, timeout_ms=TIMEOUT_MS, on_change=recorder,
    )
    member.start()
    try:
        wait_for(lambda: bool(recorder.calls), within=2.0)
        assert member.current_nodes() == [GatewayNode("solo", "h", 9000, None)]
    finally:
        started = time.monotonic()
        assert member.stop(timeout_s=2.0)
        assert time.monotonic() - started < 2.0
    assert recorder.calls[-1] == []


def test_stop_without_start_and_bad_intervals() -> None:
    member = KafkaMembership(
        "127.0.0.1:1", cluster_id="c", node_id="n", worker_id=0, advertised_host="h",
        port_start=1,
    )
    assert member.stop()
    assert member.current_nodes() == []
    with pytest.raises(ValueError):
        KafkaMembership(
            "127.0.0.1:1", cluster_id="c", node_id="n", worker_id=0, advertised_host="h",
            port_start=1, interval_ms=1000, timeout_ms=1000,
        )
