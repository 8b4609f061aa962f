#!/usr/bin/env python3
"""Admin API: PUT on one node -> visible on another node, latency p50/p99.

Starts a librdkafka mock cluster (3 brokers) and two `sluice run` nodes of one gateway
cluster (127.0.0.2 and 127.0.0.3, GATEWAY_WORKERS=1), then, for each of N alias topics,
PUTs it on node 1 and polls GET /gateway/v2/alias-topic?name=... on node 2 every 2 ms until
it is listed. Reports the PUT latency itself (acks=all + read back on node 1) and the
PUT-start -> visible-on-node-2 latency. Then the produce throughput through node 1 (1 KiB
records, acks=all), quiet and while 4 clients flood its admin API. Bounded: at most N
resources and --max-seconds, 20,000 records per produce phase.

    .venv/bin/python bench/admin_api.py [--count 100] [--max-seconds 50] \
        [--out bench/results/admin_api.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from gateway.demo.mock_cluster import MockCluster  # noqa: E402
from tests.conftest import GatewayProcess, free_port_range, start_gateway  # noqa: E402

ADMIN = ("admin", "bench-" + uuid.uuid4().hex[:8])
HOSTS = ("127.0.0.2", "127.0.0.3")


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _wait_ready(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url + "/health/ready", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} not ready within {timeout} s")


def _produce_rate(bootstrap: str, topic: str, records: int) -> float:
    """Records/s producing 1 KiB records (acks=all) over 64 explicit partitions."""
    from confluent_kafka import Producer

    producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5,
                         "enable.idempotence": True})
    value = b"x" * 1024
    started = time.monotonic()
    for i in range(records):
        while True:
            try:
                producer.produce(topic, value, partition=i % 64)
                break
            except BufferError:
                producer.poll(0.01)
        if i % 1000 == 0:
            producer.poll(0)
    if producer.flush(60):
        raise SystemExit("records not delivered within 60 s")
    return records / (time.monotonic() - started)


def _kafka_beside_http_flood(mock: MockCluster, node: GatewayProcess, budget_s: float
                             ) -> dict[str, Any]:
    """Produce throughput through a node, quiet and while 4 clients flood its admin API."""
    import threading

    records = 20_000
    quiet_topic, busy_topic = (f"bench-admin-{uuid.uuid4().hex[:6]}" for _ in range(2))
    for topic in (quiet_topic, busy_topic):
        mock.create_topic(topic, 64)
    quiet = _produce_rate(node.bootstrap, quiet_topic, records)
    stop = threading.Event()
    served = [0]

    def hammer() -> None:
        session = requests.Session()
        session.auth = ADMIN
        while not stop.is_set():
            session.get(node.admin_url + "/gateway/v2/alias-topic", timeout=5)
            session.get(node.admin_url + "/health/live", timeout=5)
            served[0] += 2

    threads = [threading.Thread(target=hammer, daemon=True) for _ in range(4)]
    for thread in threads:
        thread.start()
    flood_started = time.monotonic()
    busy = _produce_rate(node.bootstrap, busy_topic, records)
    flood_s = time.monotonic() - flood_started
    stop.set()
    for thread in threads:
        thread.join(10)
    return {"records": records, "quiet_records_per_s": quiet, "flood_records_per_s": busy,
            "ratio": busy / quiet, "http_requests_per_s": served[0] / flood_s,
            "budget_s": budget_s}


def run(count: int, max_seconds: float) -> dict[str, Any]:
    """Measure; return the results."""
    users = json.dumps([{"username": ADMIN[0], "password": ADMIN[1], "admin": True}])
    cluster_id = "bench-" + uuid.uuid4().hex[:6]
    tmp = Path(tempfile.mkdtemp(prefix="sluice-admin-bench-"))
    with MockCluster(3) as mock:
        port_start = free_port_range(5, HOSTS[0])
        nodes: list[GatewayProcess] = []
        try:
            for host in HOSTS:
                nodes.append(start_gateway(mock, tmp, host=host, port_start=port_start,
                                           extra_env={"GATEWAY_ADMIN_API_USERS": users,
                                                      "GATEWAY_CLUSTER_ID": cluster_id,
                                                      "GATEWAY_NODE_ID": f"bench-{host}"}))
            for node in nodes:
                _wait_ready(node.admin_url)
            writer, reader = requests.Session(), requests.Session()
            writer.auth = reader.auth = ADMIN
            put_s: list[float] = []
            visible_s: list[float] = []
            deadline = time.monotonic() + max_seconds
            for i in range(count):
                if time.monotonic() > deadline:
                    break
                name = f"bench{i}"
                body = {"kind": "AliasTopic", "apiVersion": "gateway/v2",
                        "metadata": {"name": name}, "spec": {"physicalName": "orders"}}
                started = time.monotonic()
                answer = writer.put(nodes[0].admin_url + "/gateway/v2/alias-topic", json=body,
                                    timeout=15)
                answer.raise_for_status()
                put_s.append(time.monotonic() - started)
                while time.monotonic() < started + 10:
                    listed = reader.get(nodes[1].admin_url + "/gateway/v2/alias-topic",
                                        params={"name": name}, timeout=5).json()
                    if listed:
                        visible_s.append(time.monotonic() - started)
                        break
                    time.sleep(0.002)
                else:
                    raise SystemExit(f"{name} never became visible on node 2")
            flood = _kafka_beside_http_flood(mock, nodes[0], min(20.0, max(5.0, deadline
                                                                          - time.monotonic())))
        finally:
            for node in nodes:
                node.stop()
    return {
        "kafka_beside_http_flood": flood,
        "count": len(visible_s),
        "put_ms": {"p50": 1000 * statistics.median(put_s), "p99": 1000 * _percentile(put_s, .99)},
        "visible_on_other_node_ms": {"p50": 1000 * statistics.median(visible_s),
                                     "p99": 1000 * _percentile(visible_s, .99),
                                     "max": 1000 * max(visible_s)},
        "target_ms": 2000,
    }


def main() -> None:
    """Run the benchmark and print/write its results."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100, help="resources written [100]")
    ap.add_argument("--max-seconds", type=float, default=50, help="time budget [50]")
    ap.add_argument("--out", default="bench/results/admin_api.json", help="JSON output path")
    args = ap.parse_args()
    results = run(min(args.count, 1000), min(args.max_seconds, 60))
    print(f"PUT (acks=all, read back on node 1): p50 {results['put_ms']['p50']:.1f} ms, "
          f"p99 {results['put_ms']['p99']:.1f} ms")
    seen = results["visible_on_other_node_ms"]
    print(f"PUT on node 1 -> visible on node 2: p50 {seen['p50']:.1f} ms, p99 {seen['p99']:.1f}"
          f" ms, max {seen['max']:.1f} ms over {results['count']} resources (target < 2000 ms)")
    flood = results["kafka_beside_http_flood"]
    print(f"produce through node 1: {flood['quiet_records_per_s']:.0f} records/s quiet, "
          f"{flood['flood_records_per_s']:.0f} records/s while 4 clients send "
          f"{flood['http_requests_per_s']:.0f} admin API requests/s (ratio "
          f"{flood['ratio']:.2f}; same 2 cores for everything)")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
