"""A node's Prometheus metrics, summed over its workers, after a workload counted exactly.

`scrape(node)` reads the node's `/metrics` from its admin API, as Prometheus does
(GATEWAY_SECURED_METRICS=false here; the admin API's own tests cover the credentials).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import shutil
import signal
import socket
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from gateway import metrics
from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header
from gateway.protocol.records import Batch, Record, encode_batch
from tests.conftest import REPO, GatewayProcess, start_gateway
from tests.kafka_helpers import consume_partitions, raw_request, unique
from tests.wire import (
    API_VERSIONS_REQUEST,
    API_VERSIONS_RESPONSE,
    PRODUCE_REQUEST,
    PRODUCE_RESPONSE,
)

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]
PRODUCE_VERSION = 7
REQUESTS = 60
PARTITIONS = 3


def parse(text: str) -> Samples:
    """Every sample of an exposition, by (name, labels)."""
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text) for s in family.samples
    }


def scrape_text(node: GatewayProcess) -> str:
    """The node's exposition, from its admin API's /metrics."""
    with urllib.request.urlopen(f"{node.admin_url}/metrics", timeout=10) as response:
        assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        return str(response.read().decode())


def scrape(node: GatewayProcess) -> Samples:
    """One scrape of the node's metrics."""
    return parse(scrape_text(node))


def sample(samples: Samples, name: str, **labels: str) -> float:
    key = (name, frozenset(labels.items()))
    assert key in samples, f"{name}{labels} not exposed; have e.g. {sorted(samples)[:8]}"
    return samples[key]


def wait_for(what: str, condition: object, timeout: float = 10.0) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout}s: {what}")
        time.sleep(0.05)


def record_batch(value: bytes) -> bytes:
    """A magic v2 record batch holding one record."""
    now = int(time.time() * 1000)
    return encode_batch(Batch((Record(0, 0, None, value),), base_timestamp=now,
                              max_timestamp=now))


@pytest.fixture(scope="module")
def node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    """A node with two workers, its metrics directory known to the test."""
    tmp = tmp_path_factory.mktemp("metrics-node")
    with MockCluster(3) as cluster:
        gw = start_gateway(cluster, tmp, extra_env={
            "GATEWAY_WORKERS": "2", "GATEWAY_METRICS_DIR": str(tmp / "metrics"),
            "GATEWAY_SECURED_METRICS": "false",
            "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
        })
        try:
            wait_for("both workers ready", lambda: gw.log_text().count("Sluice ready") == 2, 20)
            yield gw
        finally:
            gw.stop()


@pytest.fixture(scope="module")
def workload(node: GatewayProcess) -> list[bytes]:
    """REQUESTS raw Produce requests (acks=all), one connection each; the values acked."""
    topic = unique("metrics")
    node.mock_cluster.create_topic(topic, PARTITIONS)
    for partition in range(PARTITIONS):
        node.mock_cluster.set_leader(topic, partition, partition + 1)
    acked = []
    for i in range(REQUESTS):
        partition = i % PARTITIONS
        value = f"record-{i}".encode()
        body = {"TransactionalId": None, "Acks": -1, "TimeoutMs": 5000, "TopicData": [
            {"Name": topic, "PartitionData": [{"Index": partition,
                                               "Records": record_batch(value)}]}]}
        # Broker b is served on port start + (b - 1): each request goes to its leader.
        reply = raw_request(node.advertised_host, node.port_start + partition,
                            PRODUCE_REQUEST, PRODUCE_RESPONSE, PRODUCE_VERSION, body,
                            correlation_id=i + 1, client_id="metrics-test")
        [answer] = reply["Responses"][0]["PartitionResponses"]
        assert answer["ErrorCode"] == 0, answer
        acked.append(value)
    assert sorted(consume_partitions(node.bootstrap, topic, PARTITIONS, REQUESTS)) == sorted(
        acked)
    # A client breaking the protocol (an API key that does not exist) is closed.
    with socket.create_connection((node.advertised_host, node.port_start), timeout=10) as sock:
        sock.sendall(frame(encode_request_header(999, 0, 1, "bad")))
        assert sock.recv(100) == b""
    # Broker 3 down: a client on its port is served by another broker, after a failure.
    # (Once the connections above are closed, so that none ends by the broker's doing.)
    wait_for("earlier connections closed", lambda: sample(
        scrape(node), "sluice_client_connections") == 0)
    node.mock_cluster.broker_down(3)
    try:
        reply = raw_request(node.advertised_host, node.port_start + 2, API_VERSIONS_REQUEST,
                            API_VERSIONS_RESPONSE, 0, {})
        assert reply["ErrorCode"] == 0
    finally:
        node.mock_cluster.broker_up(3)
    return acked


def test_one_scrape_counts_exactly_the_produce_requests_of_both_workers(
    node: GatewayProcess, workload: list[bytes], tmp_path: Path,
) -> None:
    s = scrape(node)
    assert sample(s, "sluice_requests_total", api_key="PRODUCE") == REQUESTS
    assert sample(s, "sluice_request_errors_total", api_key="PRODUCE") == 0
    for histogram in ("sluice_request_duration_seconds",
                      "sluice_request_gateway_duration_seconds"):
        assert sample(s, f"{histogram}_count", api_key="PRODUCE") == REQUESTS
        assert sample(s, f"{histogram}_bucket", api_key="PRODUCE", le="+Inf") == REQUESTS
        assert sample(s, f"{histogram}_sum", api_key="PRODUCE") > 0
    total = sample(s, "sluice_request_duration_seconds_sum", api_key="PRODUCE")
    assert sample(s, "sluice_request_gateway_duration_seconds_sum", api_key="PRODUCE") < total
    assert sample(s, "sluice_worker_processes") == 2
    assert sample(s, "sluice_upstream_connect_failures_total", broker="3") == 1
    assert sample(s, "sluice_requests_total", api_key="API_VERSIONS") >= 1  # + the consumer's
    assert sample(s, "sluice_client_connections_opened_total") >= REQUESTS
    assert sample(s, "sluice_client_received_bytes_total") > REQUESTS * 80
    # Both workers served part of the workload: their own files add up to the total.
    per_worker = []
    for path in Path(node.env["GATEWAY_METRICS_DIR"]).glob("*.metrics"):
        alone = tmp_path / path.stem
        alone.mkdir()
        shutil.copy(path, alone)
        one = parse(metrics.render(str(alone))[0].decode())
        per_worker.append(one.get(("sluice_requests_total",
                                   frozenset({("api_key", "PRODUCE")})), 0.0))
    assert sum(per_worker) == REQUESTS
    assert sorted(per_worker)[-2] > 0, f"one worker served everything: {per_worker}"


def test_connections_are_closed_by_reason_and_none_stay_active(
    node: GatewayProcess, workload: list[bytes],
) -> None:
    wait_for("every client connection closed", lambda: sample(
        scrape(node), "sluice_client_connections") == 0)
    s = scrape(node)
    opened = sample(s, "sluice_client_connections_opened_total")
    closed = sum(v for (name, _), v in s.items()
                 if name == "sluice_client_connections_closed_total")
    assert opened == closed
    by_reason = {dict(labels)["reason"]: v for (name, labels), v in s.items()
                 if name == "sluice_client_connections_closed_total" and v}
    # Every client (raw requests, the consumer) ended its own connection (a close, or a
    # reset: librdkafka sometimes resets), but the one closed for its protocol error.
    assert by_reason.pop("protocol_error") == 1, by_reason
    assert set(by_reason) <= {"client_closed", "connection_lost"}, by_reason
    assert sum(by_reason.values()) == opened - 1
    assert by_reason["client_closed"] >= REQUESTS
    assert sample(s, "sluice_protocol_errors_total", kind="unknown_api_key") == 1


def test_the_config_snapshot_is_fresh_once_loaded(node: GatewayProcess) -> None:
    wait_for("the config snapshot loaded", lambda: not math.isnan(
        sample(scrape(node), "sluice_config_snapshot_age_seconds")), 30)
    s = scrape(node)
    assert 0 <= sample(s, "sluice_config_snapshot_age_seconds") < 10
    assert sample(s, "sluice_config_resources", kind="AliasTopic") == 0


def test_every_grafana_panel_queries_a_metric_the_node_exposes(
    node: GatewayProcess, workload: list[bytes],
) -> None:
    dashboard = json.loads((REPO / "deploy" / "grafana" / "sluice.json").read_text())
    exposed = {name for name, _ in scrape(node)}
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel.get("targets", [])]
    assert len(exprs) >= 8, "the dashboard should show the main metrics"
    for expr in exprs:
        names = set(re.findall(r"\bsluice_[a-z0-9_]+", expr))
        assert names, f"panel query names no Sluice metric: {expr}"
        missing = names - exposed
        assert not missing, f"{expr}: {sorted(missing)} not in the node's /metrics"


def test_a_killed_worker_is_restarted_and_the_totals_survive(
    mock_cluster: MockCluster, tmp_path: Path,
) -> None:
    gw = start_gateway(mock_cluster, tmp_path, extra_env={
        "GATEWAY_WORKERS": "1", "GATEWAY_METRICS_DIR": str(tmp_path / "metrics"),
        "GATEWAY_SECURED_METRICS": "false",
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
    })
    try:
        topic = unique("restart")
        mock_cluster.create_topic(topic, 1)
        mock_cluster.set_leader(topic, 0, 1)
        body = {"TransactionalId": None, "Acks": -1, "TimeoutMs": 5000, "TopicData": [
            {"Name": topic, "PartitionData": [{"Index": 0, "Records": record_batch(b"x")}]}]}
        for _ in range(3):
            raw_request(gw.advertised_host, gw.port_start, PRODUCE_REQUEST, PRODUCE_RESPONSE,
                        PRODUCE_VERSION, body)
        # The worker books a response just after writing it: wait until it has.
        wait_for("three responses booked", lambda: scrape(gw).get(
            ("sluice_request_duration_seconds_count", frozenset({("api_key", "PRODUCE")})))
            == 3)
        [worker] = gw.worker_pids()
        os.kill(worker, signal.SIGKILL)
        wait_for("the worker restarted", lambda: gw.log_text().count("Sluice ready") == 2, 20)
        s = scrape(gw)
        assert sample(s, "sluice_worker_processes") == 1
        assert sample(s, "sluice_worker_restarts_total") == 1
        assert sample(s, "sluice_requests_total", api_key="PRODUCE") == 3
        assert sample(s, "sluice_request_duration_seconds_count", api_key="PRODUCE") == 3
        assert not (tmp_path / "metrics" / f"{worker}.metrics").exists()
    finally:
        gw.stop()
    assert list((tmp_path / "metrics").glob("*.metrics")) == [], "files left after stop"


def test_proxy_header_refusals_are_counted_by_reason(
    mock_cluster: MockCluster, tmp_path: Path,
) -> None:
    trusted = "127.0.0.5"
    gw = start_gateway(mock_cluster, tmp_path, extra_env={
        "GATEWAY_METRICS_DIR": str(tmp_path / "metrics"), "GATEWAY_SECURED_METRICS": "false",
        "GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL": "true",
        "GATEWAY_HAPROXY_TRUSTED_CIDRS": f"{trusted}/32",
        "GATEWAY_HAPROXY_HEADER_TIMEOUT_MS": "300",
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
    })
    try:
        def refused(source: str, data: bytes) -> None:
            with socket.socket() as sock:
                sock.settimeout(10)
                sock.bind((source, 0))
                sock.connect((gw.advertised_host, gw.port_start))
                sock.sendall(data)
                # Closed without an answer (reset, when our bytes went unread).
                with contextlib.suppress(ConnectionResetError):
                    assert sock.recv(100) == b""

        refused("127.0.0.1", b"PROXY TCP4 192.0.2.1 10.0.0.1 1234 6969\r\n")  # untrusted
        refused(trusted, b"PROXY NONSENSE\r\n")
        refused(trusted, b"")  # says nothing: the header timeout
        s = scrape(gw)
        for reason in ("untrusted_source", "invalid_header", "timeout"):
            assert sample(s, "sluice_proxy_header_refusals_total", reason=reason) == 1
        assert sample(s, "sluice_client_connections_closed_total", reason="proxy_refused") == 3
        assert sample(s, "sluice_client_connections") == 0
    finally:
        gw.stop()


def test_requests_the_gateway_refuses_are_timed_like_the_others(
        node: GatewayProcess, workload: list[bytes]) -> None:
    """A Produce naming an internal topic is answered by the gateway, and still observed."""
    before = scrape(node)
    refused = 5
    for i in range(refused):
        body = {"TransactionalId": None, "Acks": -1, "TimeoutMs": 5000, "TopicData": [
            {"Name": "_sluice_gateway_heartbeats", "PartitionData": [
                {"Index": 0, "Records": record_batch(b"forged")}]}]}
        reply = raw_request(node.advertised_host, node.port_start, PRODUCE_REQUEST,
                            PRODUCE_RESPONSE, PRODUCE_VERSION, body, correlation_id=i + 1,
                            client_id="metrics-refused")
        [answer] = reply["Responses"][0]["PartitionResponses"]
        assert answer["ErrorCode"] == 29  # TOPIC_AUTHORIZATION_FAILED
    for name in ("sluice_requests_total", "sluice_request_duration_seconds_count"):
        def grown(name: str = name) -> float:
            return (sample(scrape(node), name, api_key="PRODUCE")
                    - sample(before, name, api_key="PRODUCE"))
        # A request's duration is observed just after its answer is sent: wait for it.
        wait_for(f"{name} to count the refused requests", lambda: grown() >= refused)
        assert grown() == refused, name
