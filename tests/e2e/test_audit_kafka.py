"""The audit log written to Kafka, and what happens when that sink is down."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from confluent_kafka import Consumer, TopicPartition

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import start_gateway
from tests.kafka_helpers import consume_partitions, produce_all, unique

AUDIT_TOPIC = "_sluice_audited_audit"


def _read_topic(bootstrap: str, topic: str, partitions: int, want_type: str,
                timeout: float = 20) -> list[dict[str, Any]]:
    """Read audit events until one of `want_type` arrived (or the timeout)."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("audit-reader"),
                         "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    events: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not any(e["type"] == want_type for e in events):
            for msg in consumer.consume(500, 0.5):
                if not msg.error():
                    events.append(json.loads(msg.value()))
    finally:
        consumer.close()
    return events


def test_audit_events_land_on_kafka_and_a_dead_sink_never_stops_traffic(
    tmp_path: Path,
) -> None:
    with MockCluster(3) as cluster:
        cluster.set_group_initial_rebalance_delay(100)
        # The audit topic lives on broker 3 alone, so taking broker 3 down kills the sink
        # while topics led by brokers 1 and 2 keep serving.
        cluster.create_topic(AUDIT_TOPIC, 1)
        cluster.set_leader(AUDIT_TOPIC, 0, 3)
        gw = start_gateway(cluster, tmp_path, extra_env={
            "GATEWAY_CLUSTER_ID": "audited", "GATEWAY_NODE_ID": "audit-node",
            "GATEWAY_AUDIT_LOG_KAFKA": "true", "GATEWAY_AUDIT_API_KEYS": "PRODUCE",
        })
        try:
            topic = unique("audited")
            cluster.create_topic(topic, 2)
            cluster.set_leader(topic, 0, 1)
            cluster.set_leader(topic, 1, 2)
            produce_all(gw.bootstrap, topic, [b"a"] * 20)

            events = _read_topic(cluster.bootstrap_servers, AUDIT_TOPIC, 1, "API_REQUEST")
            produces = [e for e in events if e["type"] == "API_REQUEST"]
            assert produces, events
            for event in produces:
                assert event["apiKey"] == "PRODUCE" and event["topics"] == [topic]
                assert event["clusterId"] == "audited" and event["nodeId"] == "audit-node"
                assert re.match(r"^127\.0\.0\.1:\d+$", event["connection"]["remoteAddress"])
                assert event["connection"]["localAddress"].startswith("127.0.0.1:")
                assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", event["time"])
                assert "proxySourceAddress" not in event  # no PROXY header, no such field
            assert {e["type"] for e in events} >= {"CONNECTION", "API_REQUEST"}

            cluster.broker_down(3)
            acked = []
            started = time.monotonic()
            while time.monotonic() - started < 8:  # past the audit delivery timeout (5 s)
                acked += produce_all(gw.bootstrap, topic, [b"still-serving"] * 20, timeout=20)
            assert len(acked) >= 40
            # (no consumer group: its coordinator might be the broker that is down)
            got = consume_partitions(gw.bootstrap, topic, 2, expect=20 + len(acked))
            assert got.count(b"still-serving") == len(acked)
            log = gw.wait_for_log("audit: ", timeout=15)
            dropped = [int(n) for n in re.findall(r"audit: (\d+) events dropped", log)]
            assert dropped and sum(dropped) > 0
            assert gw.process.poll() is None
        finally:
            gw.stop()
            cluster.broker_up(3)
