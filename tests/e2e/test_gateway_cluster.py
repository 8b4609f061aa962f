"""Three gateway nodes, found through Kafka, spreading clients over themselves."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from confluent_kafka import KafkaError, Producer

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import (
    GatewayProcess,
    free_port_range,
    launch_gateway,
    start_gateway,
    stop_gateways,
)
from tests.kafka_helpers import consume_group, raw_request, unique, wait_until
from tests.wire import (
    FIND_COORDINATOR_REQUEST,
    FIND_COORDINATOR_RESPONSE,
    METADATA_REQUEST,
    METADATA_RESPONSE,
)

NODE_HOSTS = ("127.0.0.2", "127.0.0.3", "127.0.0.4")
RACKS = ("rack-a", "rack-b", "rack-c")
HEARTBEAT_TIMEOUT_MS = 4000
VIEW_LINE = re.compile(r"\[(worker-\d+)\] sluice\.routing: gateway cluster view: (.*) \(joined")


class Cluster:
    def __init__(self, mock: MockCluster, tmp: Path, racks: bool, workers: int = 2) -> None:
        self.mock, self.tmp, self.racks, self.workers = mock, tmp, racks, workers
        self.cluster_id = unique("gw")
        self.port_start = free_port_range(5, NODE_HOSTS[0])
        self.nodes: list[GatewayProcess | None] = [None, None, None]

    def start(self, index: int) -> GatewayProcess:
        node = self.launch(index)
        node.wait_started()
        return node

    def launch(self, index: int) -> GatewayProcess:
        """Start node `index` without waiting for it (see `GatewayProcess.wait_started`)."""
        env = {
            "GATEWAY_NODE_ID": f"node{index + 1}",
            "GATEWAY_CLUSTER_ID": self.cluster_id,
            "GATEWAY_WORKERS": str(self.workers),
            "GATEWAY_HEARTBEAT_INTERVAL_MS": "250",
            "GATEWAY_HEARTBEAT_TIMEOUT_MS": str(HEARTBEAT_TIMEOUT_MS),
            "GATEWAY_CLUSTER_SECRET": f"secret-of-{self.cluster_id}",
        }
        if self.racks:
            env["GATEWAY_RACK_ID"] = RACKS[index]
        node = launch_gateway(self.mock, self.tmp, host=NODE_HOSTS[index],
                              port_start=self.port_start, extra_env=env)
        self.nodes[index] = node
        return node

    @property
    def bootstrap(self) -> str:
        return ",".join(f"{h}:{self.port_start}" for h in NODE_HOSTS)

    def metadata(self, index: int = 0, client_id: str | None = None
                 ) -> dict[int, tuple[str, int]]:
        """Broker id -> advertised address, from one fresh client's Metadata request."""
        reply = raw_request(NODE_HOSTS[index], self.port_start, METADATA_REQUEST,
                            METADATA_RESPONSE, 12, {"Topics": None},
                            client_id=client_id or unique("client"))
        return {b["NodeId"]: (b["Host"], b["Port"]) for b in reply["Brokers"]}

    def wait_for_nodes(self, hosts: set[str], timeout: float = 15) -> None:
        """Wait until every worker of every node in `hosts` names exactly these hosts."""
        deadline = time.monotonic() + timeout
        wait_until(lambda: self._views_logged(hosts), timeout,
                   f"every worker's last logged cluster view to be {sorted(hosts)}")
        for host in sorted(hosts):
            self._wait_for_view(hosts, deadline, NODE_HOSTS.index(host))

    def _views_logged(self, hosts: set[str]) -> bool:
        """Whether each worker of the nodes in `hosts` last logged the view of `hosts`.

        (Responses alone cannot show it: ten in a row may all reach the same worker.)
        """
        wanted = ", ".join(sorted(f"node{NODE_HOSTS.index(h) + 1}" for h in hosts))
        for host in hosts:
            node = self.nodes[NODE_HOSTS.index(host)]
            assert node is not None
            last = dict(VIEW_LINE.findall(node.log_text()))  # worker -> its latest view
            if len(last) < self.workers or set(last.values()) != {wanted}:
                return False
        return True

    def _wait_for_view(self, hosts: set[str], deadline: float, via: int) -> None:
        """Wait until every worker of node `via` names exactly these node hosts.

        Three brokers spread over the live nodes use every node in each response, so ten
        responses in a row (reaching both workers) naming exactly `hosts` mean the view of
        every worker has converged.
        """
        seen: set[str] = set()
        streak = 0
        while time.monotonic() < deadline and streak < 10:
            seen = {host for host, _ in self.metadata(via).values()}
            streak = streak + 1 if seen == hosts else 0
            if not streak:
                time.sleep(0.05)
        if streak < 10:
            raise AssertionError(f"nodes seen {seen}, wanted {hosts}")

    def stop(self) -> None:
        stop_gateways([node for node in self.nodes if node is not None])


@pytest.fixture
def cluster_factory(tmp_path: Path) -> Iterator[Any]:
    made: list[tuple[MockCluster, Cluster]] = []

    def make(racks: bool, workers: int = 2) -> Cluster:
        mock = MockCluster(3, racks=RACKS)
        mock.set_group_initial_rebalance_delay(100)
        cluster = Cluster(mock, tmp_path, racks, workers)
        made.append((mock, cluster))
        for node in [cluster.launch(i) for i in range(3)]:  # side by side
            node.wait_started()
        cluster.wait_for_nodes(set(NODE_HOSTS))
        return cluster

    yield make
    for mock, cluster in made:
        cluster.stop()
        mock.close()


def test_racks_pin_each_broker_to_the_node_of_its_rack(cluster_factory: Any) -> None:
    cluster = cluster_factory(racks=True)
    used: set[str] = set()
    for i in range(30):
        mapping = cluster.metadata(i % 3)
        assert mapping == cluster.metadata(i % 3, client_id="same-client")  # stable
        assert mapping == {
            1: ("127.0.0.2", cluster.port_start),
            2: ("127.0.0.3", cluster.port_start + 1),
            3: ("127.0.0.4", cluster.port_start + 2),
        }
        used |= {host for host, _ in mapping.values()}
    assert used == set(NODE_HOSTS)


def test_without_racks_assignments_rotate_between_clients(cluster_factory: Any) -> None:
    cluster = cluster_factory(racks=False)
    per_broker: dict[int, set[str]] = {1: set(), 2: set(), 3: set()}
    for i in range(30):
        mapping = cluster.metadata(0, client_id=f"client-{i}")
        # One client keeps its mapping (no reconnect churn on metadata refreshes).
        assert cluster.metadata(1, client_id=f"client-{i}") == mapping
        # Balanced: three brokers over three nodes, one each.
        assert sorted(host for host, _ in mapping.values()) == sorted(NODE_HOSTS)
        for broker_id, (host, port) in mapping.items():
            assert port == cluster.port_start + broker_id - 1
            per_broker[broker_id].add(host)
    assert all(hosts == set(NODE_HOSTS) for hosts in per_broker.values()), per_broker


class LoadProducer(threading.Thread):
    """confluent-kafka, idempotent, acks=all, producing at a steady pace."""

    def __init__(self, bootstrap: str, topic: str, count: int) -> None:
        super().__init__(daemon=True)
        self.bootstrap, self.topic, self.count = bootstrap, topic, count
        self.acked: list[bytes] = []
        self.errors: list[KafkaError] = []
        self.unflushed = -1

    def run(self) -> None:
        producer = Producer({
            "bootstrap.servers": self.bootstrap, "enable.idempotence": True, "acks": "all",
            "linger.ms": 5, "topic.metadata.refresh.interval.ms": 1000,
            "message.timeout.ms": 60_000,
        })

        def done(err: KafkaError | None, msg: Any) -> None:
            (self.errors.append(err) if err else self.acked.append(msg.value()))

        for i in range(self.count):
            producer.produce(self.topic, f"ck-{i}".encode(), on_delivery=done)
            producer.poll(0)
            time.sleep(0.004)
        self.unflushed = producer.flush(60)


class GroupConsumer(threading.Thread):
    """An aiokafka consumer-group member reading through the cluster while a node dies.

    (aiokafka, because librdkafka's consumer keeps its group coordinator connection on the
    address it first got for that broker id: when the node behind that address dies, the
    consumer retries the dead address instead of re-reading it from Metadata. Seen with
    librdkafka 2.16; noted in the README as a client limitation.)
    """

    def __init__(self, bootstrap: str, topic: str) -> None:
        super().__init__(daemon=True)
        self.bootstrap, self.topic = bootstrap, topic
        self.values: list[bytes] = []
        self.stop = threading.Event()

    def run(self) -> None:
        asyncio.run(self._consume())

    async def _consume(self) -> None:
        consumer = AIOKafkaConsumer(
            self.topic, bootstrap_servers=self.bootstrap, group_id=unique("live-group"),
            auto_offset_reset="earliest", session_timeout_ms=6000, heartbeat_interval_ms=500,
            metadata_max_age_ms=1000, request_timeout_ms=5000,
        )
        await consumer.start()
        try:
            while not self.stop.is_set():
                batches = await consumer.getmany(timeout_ms=200)
                self.values += [m.value for msgs in batches.values() for m in msgs]
        finally:
            await consumer.stop()


async def _aiokafka_produce(bootstrap: str, topic: str, count: int) -> list[bytes]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True,
                                acks="all", metadata_max_age_ms=1000, request_timeout_ms=10000)
    await producer.start()
    acked = []
    try:
        for i in range(count):
            value = f"aio-{i}".encode()
            await (await producer.send(topic, value))
            acked.append(value)
            await asyncio.sleep(0.004)
    finally:
        await producer.stop()
    return acked


def test_killed_node_leaves_the_view_and_no_acknowledged_record_is_lost(
    cluster_factory: Any,
) -> None:
    cluster = cluster_factory(racks=False)
    topic = unique("kill")
    cluster.mock.create_topic(topic, 6)
    ck = LoadProducer(cluster.bootstrap, topic, 1500)
    aio_result: list[bytes] = []
    aio = threading.Thread(target=lambda: aio_result.extend(
        asyncio.run(_aiokafka_produce(cluster.bootstrap, topic, 800))), daemon=True)
    group = GroupConsumer(cluster.bootstrap, topic)
    group.start()
    ck.start()
    aio.start()

    # Kill under load: both producers acknowledged records, the group member consumed some.
    wait_until(lambda: len(ck.acked) >= 100 and group.values, 30, "load before the kill")
    victim = cluster.nodes[1]
    assert victim is not None
    victim.kill_node()
    killed_at = time.monotonic()
    cluster.wait_for_nodes({NODE_HOSTS[0], NODE_HOSTS[2]}, timeout=HEARTBEAT_TIMEOUT_MS / 1000 + 5)
    assert time.monotonic() - killed_at < HEARTBEAT_TIMEOUT_MS / 1000 + 5
    # Coordinators are handed out on live nodes only, whoever asks.
    for i in range(10):
        reply = raw_request(NODE_HOSTS[0], cluster.port_start, FIND_COORDINATOR_REQUEST,
                            FIND_COORDINATOR_RESPONSE, 3, {"Key": f"group-{i}", "KeyType": 0},
                            client_id=f"client-{i}")
        assert reply["ErrorCode"] == 0 and reply["Host"] in (NODE_HOSTS[0], NODE_HOSTS[2])

    ck.join(120)
    aio.join(120)
    assert ck.unflushed == 0 and not ck.errors, ck.errors[:3]
    assert len(ck.acked) == 1500 and len(aio_result) == 800
    acked = ck.acked + aio_result
    # The group that ran through the kill received every acknowledged record. (If the kill
    # cost it its coordinator, the rejoin may redeliver what it had not committed yet:
    # Kafka consumer groups are at-least-once across a rebalance.)
    deadline = time.monotonic() + 60
    while set(group.values) != set(acked) and time.monotonic() < deadline:
        time.sleep(0.2)
    group.stop.set()
    group.join(30)
    assert set(group.values) == set(acked)
    # The log holds every acknowledged record: nothing was lost through the kill.
    consumed = consume_group(f"{NODE_HOSTS[0]}:{cluster.port_start}", topic, unique("kill-g"),
                             expect=len(acked), idle_after=1.5)
    counts = Counter(consumed)
    assert set(counts) == set(acked)
    # Not asserted: exactly once. A batch in flight through the killed node is retried with
    # the same producer id and sequence; the mock broker deduplicates only transactional
    # producers, so about one run in four it stores such a retry twice (shown without any
    # gateway by test_mock_broker_idempotence.py). Reported, so a change shows in the log.
    # (That one client keeps its addresses across refreshes, whose loss once doubled ~220
    # records here, is asserted by test_without_racks_assignments_rotate_between_clients.)
    doubled = {value: n for value, n in counts.items() if n > 1}
    print(f"records stored more than once after the kill: {len(doubled)}")

    # The killed node comes back and rejoins the view.
    cluster.start(1)
    cluster.wait_for_nodes(set(NODE_HOSTS))


def test_sigterm_drains_and_leaves_at_once(cluster_factory: Any) -> None:
    cluster = cluster_factory(racks=False, workers=1)
    node = cluster.nodes[2]
    assert node is not None
    node.process.send_signal(signal.SIGTERM)
    stopped_at = time.monotonic()
    # Announced shutdown: gone well before the heartbeat timeout would have expired.
    cluster.wait_for_nodes({NODE_HOSTS[0], NODE_HOSTS[1]}, timeout=HEARTBEAT_TIMEOUT_MS / 1000)
    assert time.monotonic() - stopped_at < HEARTBEAT_TIMEOUT_MS / 1000 * 0.75
    assert node.process.wait(15) == 0
    log = node.log_text()
    assert "draining" in log and "node stopped" in log


def test_killed_worker_is_restarted_and_a_crash_loop_stops_the_node(tmp_path: Path) -> None:
    with MockCluster(3) as mock:
        node = start_gateway(mock, tmp_path, extra_env={
            "GATEWAY_WORKERS": "2", "GATEWAY_WORKER_MAX_RESTARTS": "2",
            "GATEWAY_WORKER_RESTART_WINDOW_MS": "60000",
            "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
        })
        try:
            first = node.worker_pids()
            assert len(first) == 2
            os.kill(first[0], signal.SIGKILL)
            log = node.wait_for_log("restarting worker 0")
            assert f"worker 0 (pid {first[0]}) died: killed by signal SIGKILL" in log
            deadline = time.monotonic() + 10
            while len(node.worker_pids()) < 3 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(node.worker_pids()) == 3
            # The node keeps serving throughout.
            reply = raw_request("127.0.0.1", node.port_start, METADATA_REQUEST,
                                METADATA_RESPONSE, 1, {"Topics": []})
            assert len(reply["Brokers"]) == 3

            # Two more deaths inside the window: a crash loop, and the node stops.
            os.kill(node.worker_pids()[1], signal.SIGKILL)
            os.kill(node.worker_pids()[2], signal.SIGKILL)
            assert node.process.wait(20) == 1
            assert "crash loop: 3 worker deaths" in node.log_text()
        finally:
            node.stop()
