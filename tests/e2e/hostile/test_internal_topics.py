"""Hostile clients against the gateway's internal topics, with real clients and real brokers.

An attacker with nothing but a Kafka client forges a heartbeat claiming a gateway node on
its own ports. Through the gateway the write is refused (error 29), audited, and never
reaches the broker; written straight to the backend it is ignored and counted. Meanwhile a
well-behaved producer and consumer through the same gateway lose nothing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.internal_topics import RULES
from membership import Heartbeat, encode_heartbeat, heartbeat_topic
from membership.signing import HeartbeatKey
from tests.conftest import REPO, GatewayProcess, start_gateway
from tests.kafka_helpers import consume_partitions, raw_request, unique
from tests.wire import (
    METADATA_REQUEST,
    METADATA_RESPONSE,
    PRODUCE_REQUEST,
    PRODUCE_RESPONSE,
)

CLUSTER_ID = "victim"
SECRET = "the-victims-shared-secret"
NODE_ID = "victim-node"
TOPIC = heartbeat_topic(CLUSTER_ID)
ATTACKER_PORT = 18990


def wait_for(condition: Callable[[], bool], within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {within} s")
        time.sleep(0.05)


def logged_within(gw: GatewayProcess, needle: str, seconds: float) -> bool:
    """Whether `needle` is in the gateway's log within `seconds`."""
    deadline = time.monotonic() + seconds
    while needle not in gw.log_text():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def forged_heartbeat(node_id: str, ahead_ms: int = 3_600_000) -> bytes:
    """A heartbeat claiming `node_id` lives on the attacker's ports, dated an hour ahead."""
    return encode_heartbeat(Heartbeat(
        cluster_id=CLUSTER_ID, node_id=node_id, worker_id=0, advertised_host="127.0.0.66",
        port_start=ATTACKER_PORT, version="0.1.0",
        timestamp_ms=time.time_ns() // 1_000_000 + ahead_ms,
    ))


class Traffic:
    """A well-behaved producer through the gateway, running while the attack goes on."""

    def __init__(self, bootstrap: str, mock: MockCluster) -> None:
        self.bootstrap = bootstrap
        self.topic = unique("orders")
        mock.create_topic(self.topic, 3)
        self.acked: list[bytes] = []
        self.errors: list[KafkaError] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._produce, daemon=True)

    def __enter__(self) -> Traffic:
        self._thread.start()
        wait_for(lambda: len(self.acked) >= 20, 30, "well-behaved producer started")
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(60)

    def _produce(self) -> None:
        producer = Producer({"bootstrap.servers": self.bootstrap, "enable.idempotence": True,
                             "acks": "all", "linger.ms": 5})

        def delivered(err: KafkaError | None, msg: Any) -> None:
            (self.errors.append(err) if err else self.acked.append(msg.value()))

        i = 0
        while not self._stop.is_set():
            producer.produce(self.topic, f"order-{i}".encode(), on_delivery=delivered)
            i += 1
            producer.poll(0.01)
        assert producer.flush(30) == 0

    def assert_unaffected(self) -> None:
        """Every record produced was acknowledged, and a consumer reads each one back."""
        assert not self.errors, self.errors[:5]
        assert len(self.acked) >= 40
        got = consume_partitions(self.bootstrap, self.topic, 3, expect=len(self.acked))
        assert sorted(got) == sorted(self.acked)


@pytest.fixture
def victim(tmp_path: Path) -> Iterator[tuple[MockCluster, GatewayProcess, Path]]:
    """A private mock cluster and one signed gateway node with an audit log file."""
    with MockCluster(3, racks=("rack-a", "rack-b", "rack-c")) as mock:
        mock.set_group_initial_rebalance_delay(100)
        audit = tmp_path / "audit.jsonl"
        gw = start_gateway(mock, tmp_path, extra_env={
            "GATEWAY_CLUSTER_ID": CLUSTER_ID, "GATEWAY_NODE_ID": NODE_ID,
            "GATEWAY_CLUSTER_SECRET": SECRET, "GATEWAY_HEARTBEAT_INTERVAL_MS": "250",
            "GATEWAY_AUDIT_LOG_FILE": str(audit),
        })
        try:
            wait_for(lambda: TOPIC in mock_topics(mock), 20, "heartbeat topic created")
            yield mock, gw, audit
        finally:
            gw.stop()
            assert SECRET not in gw.log_text()  # redacted everywhere


def mock_topics(mock: MockCluster) -> set[str]:
    admin = AdminClient({"bootstrap.servers": mock.bootstrap_servers})
    return set(admin.list_topics(timeout=10).topics)


def advertised(gw: GatewayProcess, client_id: str) -> dict[int, tuple[str, int]]:
    reply = raw_request(gw.advertised_host, gw.port_start, METADATA_REQUEST, METADATA_RESPONSE,
                        12, {"Topics": None}, client_id=client_id)
    return {b["NodeId"]: (b["Host"], b["Port"]) for b in reply["Brokers"]}


def assert_view_unchanged(gw: GatewayProcess) -> None:
    """Every client (each id lands on its own rotation) is sent to this node's ports only."""
    own = {1: ("127.0.0.1", gw.port_start), 2: ("127.0.0.1", gw.port_start + 1),
           3: ("127.0.0.1", gw.port_start + 2)}
    for i in range(20):
        assert advertised(gw, f"victim-client-{i}") == own


def heartbeat_values(mock: MockCluster) -> list[bytes]:
    """Every record on the heartbeat topic, read directly from the backend."""
    consumer = Consumer({"bootstrap.servers": mock.bootstrap_servers, "group.id": unique("r"),
                         "enable.partition.eof": True})
    metadata = consumer.list_topics(TOPIC, timeout=10)
    partitions = sorted(metadata.topics[TOPIC].partitions)
    consumer.assign([TopicPartition(TOPIC, p, 0) for p in partitions])
    values, at_end = [], set()
    deadline = time.monotonic() + 20
    try:
        while len(at_end) < len(partitions) and time.monotonic() < deadline:
            for msg in consumer.consume(500, 0.5):
                if msg.error() and msg.error().code() == KafkaError._PARTITION_EOF:
                    at_end.add(msg.partition())
                elif not msg.error():
                    values.append(msg.value())
    finally:
        consumer.close()
    return values


def audit_events(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_forged_heartbeat_through_the_gateway_is_refused_audited_and_never_stored(
    victim: tuple[MockCluster, GatewayProcess, Path],
) -> None:
    mock, gw, audit = victim
    with Traffic(gw.bootstrap, mock) as traffic:
        # A real client: its write fails with the error a broker gives without the ACL.
        outcome: list[KafkaError | None] = []
        attacker = Producer({"bootstrap.servers": gw.bootstrap, "message.timeout.ms": 10_000,
                             "client.id": "attacker"})
        attacker.produce(TOPIC, forged_heartbeat("gwA"), b"gwA/0",
                         on_delivery=lambda err, _msg: outcome.append(err))
        assert attacker.flush(20) == 0
        assert outcome and outcome[0] is not None
        assert outcome[0].code() == KafkaError.TOPIC_AUTHORIZATION_FAILED

        # A hand-made Produce (no Metadata first) is answered by the gateway itself.
        for version in (3, 9):
            reply = raw_request(gw.advertised_host, gw.port_start, PRODUCE_REQUEST,
                                PRODUCE_RESPONSE, version, {
                                    "Acks": -1, "TimeoutMs": 5000, "TopicData": [{
                                        "Name": TOPIC, "PartitionData": [
                                            {"Index": 0, "Records": b"forged batch"}]}]},
                                client_id="raw-attacker")
            assert [(t["Name"], [p["ErrorCode"] for p in t["PartitionResponses"]])
                    for t in reply["Responses"]] == [(TOPIC, [29])]

        # Clients cannot see internal topics.
        admin = AdminClient({"bootstrap.servers": gw.bootstrap})
        assert not [t for t in admin.list_topics(timeout=10).topics if t.startswith("_sluice_")]
        named = admin.list_topics(TOPIC, timeout=10).topics[TOPIC]
        assert named.error is not None and named.error.code() == 29 and not named.partitions

        assert_view_unchanged(gw)
    traffic.assert_unaffected()

    # Nothing forged reached the broker: the topic holds only the node's own heartbeats.
    stored = heartbeat_values(mock)
    assert stored and all(json.loads(v)["node_id"] == NODE_ID for v in stored)
    assert not any(b"forged" in v or b"gwA" in v for v in stored)

    log = gw.wait_for_log("refused Produce v3 from")
    assert re.search(r"refused Produce v3 from 127\.0\.0\.1:\d+ \(client id 'raw-attacker'\) "
                     rf"naming internal topic {TOPIC} \(answer\); 1 refusal on this connection",
                     log), log
    wait_for(lambda: sum(e["type"] == "ACCESS_DENIED" and e["apiKey"] == "PRODUCE"
                         for e in audit_events(audit)) >= 2, 10, "audit events written")
    denied = [e for e in audit_events(audit) if e["type"] == "ACCESS_DENIED"]
    produce = [e for e in denied if e["apiKey"] == "PRODUCE"]
    assert {(e["clientId"], e["apiVersion"], tuple(e["topics"]), e["outcome"])
            for e in produce} == {("raw-attacker", 3, (TOPIC,), "answer"),
                                  ("raw-attacker", 9, (TOPIC,), "answer")}
    assert any(e["apiKey"] == "METADATA" and e["clientId"] == "attacker"
               and e["outcome"] == "forward" for e in denied)
    for event in denied:
        assert event["nodeId"] == NODE_ID and event["clusterId"] == CLUSTER_ID
        assert re.match(r"^127\.0\.0\.1:\d+$", event["connection"]["remoteAddress"])


def status(mock: MockCluster) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "gateway", "cluster", "status"], capture_output=True, text=True,
        timeout=30, cwd=REPO, env={
            **os.environ, "KAFKA_BOOTSTRAP_SERVERS": mock.bootstrap_servers,
            "GATEWAY_CLUSTER_ID": CLUSTER_ID, "GATEWAY_CLUSTER_SECRET": SECRET,
        },
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_forged_heartbeats_written_to_the_backend_are_ignored_and_counted(
    victim: tuple[MockCluster, GatewayProcess, Path],
) -> None:
    mock, gw, _ = victim
    key = HeartbeatKey(SECRET, CLUSTER_ID)
    with Traffic(gw.bootstrap, mock) as traffic:
        direct = Producer({"bootstrap.servers": mock.bootstrap_servers})
        evil = forged_heartbeat("evil-node")
        takeover = forged_heartbeat(NODE_ID)  # the victim's own id, at another host
        wrong_key = HeartbeatKey("guessed", CLUSTER_ID)
        skewed = forged_heartbeat("skewed-node")
        # Sent until seen: the node reads the topic from its end once it found the partition.
        rounds = 0
        while rounds < 20:
            rounds += 1
            for _ in range(5):
                direct.produce(TOPIC, evil, b"evil-node/0")
                direct.produce(TOPIC, takeover, f"{NODE_ID}/7".encode(),
                               headers=wrong_key.headers(takeover))
            # Signed with the real key but an hour ahead (a node with a broken clock).
            direct.produce(TOPIC, skewed, b"skewed-node/0", headers=key.headers(skewed))
            assert direct.flush(10) == 0
            if logged_within(gw, "dropped heartbeat from 'skewed-node/0'", 1.0):
                break
        log = gw.log_text()
        assert "dropped heartbeat from 'skewed-node/0'" in log, log
        assert re.search(r"dropped heartbeat from 'evil-node/0': unsigned \(\d+ dropped in "
                         r"total\)", log), log
        assert re.search(rf"dropped heartbeat from '{NODE_ID}/7': bad signature", log), log
        assert re.search(r"dropped heartbeat from 'skewed-node/0': future timestamp \(\d+ ms "
                         r"ahead, more than GATEWAY_HEARTBEAT_MAX_SKEW_MS=5000\)", log), log
        # Logged once per sender (then at most once a minute), not per record.
        assert len(re.findall(r"dropped heartbeat from 'evil-node/0'", log)) == 1

        assert_view_unchanged(gw)
        output = status(mock)
        assert "1 live node" in output and NODE_ID in output, output
        assert "evil-node" not in output and "skewed-node" not in output, output
        assert (f"Heartbeats ignored: {11 * rounds} ({5 * rounds} bad signature, {rounds} "
                f"future timestamp, {5 * rounds} unsigned)") in output, output
    traffic.assert_unaffected()
    joined = re.findall(r"gateway node (\S+) joined cluster", gw.log_text())
    assert set(joined) == {NODE_ID}, joined


def test_every_topic_naming_api_is_guarded() -> None:
    # The e2e tests above use Produce and Metadata; the unit tests cover each of these.
    assert {0, 1, 2, 3, 8, 9, 19, 20, 21, 23, 24, 28, 32, 33, 37, 43, 44, 45, 46, 47, 61, 68,
            75} == set(RULES)


def test_without_a_secret_a_node_warns_and_runs_alone(tmp_path: Path) -> None:
    with MockCluster(3) as mock:
        gw = start_gateway(mock, tmp_path, extra_env={
            "GATEWAY_CLUSTER_ID": CLUSTER_ID, "GATEWAY_NODE_ID": NODE_ID,
            "GATEWAY_HEARTBEAT_INTERVAL_MS": "250",
        })
        try:
            log = gw.wait_for_log("GATEWAY_CLUSTER_SECRET is not set")
            assert re.search(r"WARNING \[worker-0\] sluice\.membership: GATEWAY_CLUSTER_SECRET is "
                             r"not set: this node runs alone and ignores the heartbeats of other "
                             r"nodes \(unsigned ones could be forged\)\. To run several nodes, "
                             r"set the same secret on each", log), log
            wait_for(lambda: TOPIC in mock_topics(mock), 20, "heartbeat topic created")
            # Another node, even one that signs its heartbeats, is not believed. (Sent until
            # seen: the node reads the topic from the end once it has found the partition.)
            other = forged_heartbeat("other-node", ahead_ms=0)
            direct = Producer({"bootstrap.servers": mock.bootstrap_servers})
            for _ in range(30):
                direct.produce(TOPIC, other, b"other-node/0",
                               headers=HeartbeatKey("theirs", CLUSTER_ID).headers(other))
                assert direct.flush(10) == 0
                if logged_within(gw, "dropped heartbeat from 'other-node/0'", 1.0):
                    break
            log = gw.log_text()
            assert "dropped heartbeat from 'other-node/0'" in log, log
            assert "no GATEWAY_CLUSTER_SECRET on this node; this node runs alone. To form a " \
                   "cluster, set the same GATEWAY_CLUSTER_SECRET on every node" in log, log
            assert_view_unchanged(gw)
        finally:
            gw.stop()
