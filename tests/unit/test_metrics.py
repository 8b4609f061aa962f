"""The node's metrics: meters, shared files, folding dead workers, the exposition (no sockets)."""

from __future__ import annotations

import math
import multiprocessing
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client.parser import text_string_to_metric_families

from gateway import metrics
from gateway.config import GatewayConfig
from gateway.protocol.errors import FrameTooLarge, ProtocolError

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def parse(text: bytes) -> Samples:
    """Every sample of an exposition, by (name, labels)."""
    out: Samples = {}
    for family in text_string_to_metric_families(text.decode()):
        for s in family.samples:
            out[(s.name, frozenset(s.labels.items()))] = s.value
    return out


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples[(name, frozenset(labels.items()))]


def config(directory: Path | None = None, enabled: bool = True) -> GatewayConfig:
    return GatewayConfig(kafka_bootstrap_servers="x:1", gateway_metrics_enabled=enabled,
                         gateway_metrics_dir=str(directory) if directory else None)


@pytest.fixture
def node(tmp_path: Path) -> Iterator[Path]:
    """This process as a node's supervisor, counting into a fresh directory."""
    directory = tmp_path / "metrics"
    metrics.start_node(config(directory))
    try:
        yield directory
    finally:
        metrics.stop_node()


def test_a_request_is_counted_and_timed_by_api_key(node: Path) -> None:
    meter = metrics.connection_opened()
    meter.received(0, 1500)       # Produce
    meter.queued()
    time.sleep(0.002)             # the broker's share (excluded from the gateway's time)
    meter.upstream_answered()
    meter.responded(80)
    s = parse(metrics.render()[0])
    assert value(s, "sluice_requests_total", api_key="PRODUCE") == 1
    assert value(s, "sluice_client_received_bytes_total") == 1500
    assert value(s, "sluice_client_sent_bytes_total") == 80
    assert value(s, "sluice_client_connections") == 1
    assert value(s, "sluice_request_duration_seconds_count", api_key="PRODUCE") == 1
    total = value(s, "sluice_request_duration_seconds_sum", api_key="PRODUCE")
    added = value(s, "sluice_request_gateway_duration_seconds_sum", api_key="PRODUCE")
    assert total >= 0.002 and 0 <= added < 0.002
    # Observations land in the right buckets: nothing under 2 ms in the total.
    assert value(s, "sluice_request_duration_seconds_bucket", api_key="PRODUCE",
                 le="0.001") == 0
    assert value(s, "sluice_request_duration_seconds_bucket", api_key="PRODUCE",
                 le="+Inf") == 1
    meter.closed("client", "client closed the connection")
    s = parse(metrics.render()[0])
    assert value(s, "sluice_client_connections") == 0
    assert value(s, "sluice_client_connections_closed_total", reason="client_closed") == 1
    assert value(s, "sluice_request_errors_total", api_key="PRODUCE") == 0


def test_unanswered_requests_are_errors_and_a_local_answer_is_all_gateway_time(
    node: Path,
) -> None:
    meter = metrics.connection_opened()
    meter.received(18, 40)        # ApiVersions answered by the gateway itself
    meter.queued_local()
    meter.responded(100)
    meter.received(1, 60)         # Fetch, never answered
    meter.queued()
    meter.received(0, 60)         # Produce acks=0: no response expected, never queued
    meter.closed("broker", "broker 2 (127.0.0.1:9092) closed the connection")
    s = parse(metrics.render()[0])
    assert value(s, "sluice_request_errors_total", api_key="FETCH") == 1
    assert value(s, "sluice_request_errors_total", api_key="PRODUCE") == 0
    assert value(s, "sluice_requests_total", api_key="PRODUCE") == 1
    assert value(s, "sluice_request_duration_seconds_sum", api_key="API_VERSIONS") == (
        value(s, "sluice_request_gateway_duration_seconds_sum", api_key="API_VERSIONS"))
    assert value(s, "sluice_client_connections_closed_total", reason="broker_closed") == 1
    # API keys nobody used are not exported at all.
    assert ("sluice_requests_total", frozenset({("api_key", "METADATA")})) not in s


def test_rare_events_are_counted_by_label(node: Path) -> None:
    metrics.protocol_error(FrameTooLarge("frame of 200 MiB"))
    metrics.protocol_error(ProtocolError("Produce v99 is not supported (supported: v0-v9)"))
    metrics.protocol_error(ProtocolError("connection closed mid-frame (3 of 10 bytes)"))
    metrics.protocol_error(ProtocolError("varint longer than 5 bytes"))
    metrics.proxy_header_refused("timeout")
    for broker in (1, 1, 2):
        metrics.upstream_connect_failed(broker)
    metrics.audit_events_dropped(3)
    metrics.worker_restarted()
    metrics.internal_error()
    metrics.set_live_nodes(3)
    s = parse(metrics.render()[0])
    assert value(s, "sluice_protocol_errors_total", kind="frame_too_large") == 1
    assert value(s, "sluice_protocol_errors_total", kind="unsupported_version") == 1
    assert value(s, "sluice_protocol_errors_total", kind="truncated") == 1
    assert value(s, "sluice_protocol_errors_total", kind="malformed") == 1
    assert value(s, "sluice_proxy_header_refusals_total", reason="timeout") == 1
    assert value(s, "sluice_client_connections_opened_total") == 1
    assert value(s, "sluice_client_connections_closed_total", reason="proxy_refused") == 1
    assert value(s, "sluice_client_connections") == 0
    assert value(s, "sluice_upstream_connect_failures_total", broker="1") == 2
    assert value(s, "sluice_upstream_connect_failures_total", broker="2") == 1
    assert value(s, "sluice_audit_events_dropped_total") == 3
    assert value(s, "sluice_worker_restarts_total") == 1
    assert value(s, "sluice_internal_errors_total") == 1
    assert value(s, "sluice_gateway_nodes") == 3


def test_config_snapshot_age_and_resources(node: Path) -> None:
    s = parse(metrics.render()[0])
    assert math.isnan(value(s, "sluice_config_snapshot_age_seconds"))
    metrics.set_config_snapshot(time.time() - 5, {"AliasTopic": 2, "Interceptor": 1})
    s = parse(metrics.render()[0])
    assert 5 <= value(s, "sluice_config_snapshot_age_seconds") < 60
    assert value(s, "sluice_config_resources", kind="AliasTopic") == 2
    assert value(s, "sluice_config_resources", kind="VirtualCluster") == 0
    with pytest.raises(ValueError, match="AliasTopics.*known: Interceptor"):
        metrics.set_config_snapshot(time.time(), {"AliasTopics": 1})


def test_names_follow_prometheus_conventions(node: Path) -> None:
    meter = metrics.connection_opened()
    meter.received(3, 10)
    meter.queued()
    meter.responded(10)
    text, content_type = metrics.render()
    assert content_type.startswith("text/plain; version=0.0.4")
    for family in text_string_to_metric_families(text.decode()):
        assert family.name.startswith("sluice_"), family.name
        if family.type == "counter":
            assert all(s.name.endswith("_total") for s in family.samples), family.name
        if family.type == "histogram":
            assert family.name.endswith("_seconds"), family.name
        if "bytes" in family.name:
            assert family.name.endswith("_bytes"), family.name


def _worker(directory: str, produce_requests: int, leave_open: bool) -> None:
    metrics.start_worker(config(Path(directory)))
    for _ in range(produce_requests):
        meter = metrics.connection_opened()
        meter.received(0, 100)
        meter.queued()
        meter.upstream_answered()
        meter.responded(50)
        if not leave_open:
            meter.closed("client", "client closed the connection")
    metrics.upstream_connect_failed(7)


def _run_worker(directory: Path, produce_requests: int, leave_open: bool = False) -> int:
    process = multiprocessing.get_context("spawn").Process(
        target=_worker, args=(str(directory), produce_requests, leave_open))
    process.start()
    process.join(30)
    assert process.exitcode == 0 and process.pid is not None
    return process.pid


def test_workers_are_summed_and_a_dead_worker_is_folded_in(node: Path) -> None:
    first = _run_worker(node, 3)
    second = _run_worker(node, 4, leave_open=True)
    assert len(list(node.glob("*.metrics"))) == 3  # supervisor + two workers
    s = parse(metrics.render(str(node))[0])
    assert value(s, "sluice_requests_total", api_key="PRODUCE") == 7
    assert value(s, "sluice_request_duration_seconds_count", api_key="PRODUCE") == 7
    assert value(s, "sluice_upstream_connect_failures_total", broker="7") == 2
    assert value(s, "sluice_client_connections") == 4
    assert value(s, "sluice_worker_processes") == 2
    # Both exited: the supervisor folds them in; totals stay, their connections are gone.
    metrics.worker_exited(first)
    metrics.worker_exited(second)
    assert [p.name for p in node.glob("*.metrics")] == [f"{os.getpid()}.metrics"]
    s = parse(metrics.render()[0])
    assert value(s, "sluice_requests_total", api_key="PRODUCE") == 7
    assert value(s, "sluice_request_duration_seconds_count", api_key="PRODUCE") == 7
    assert value(s, "sluice_upstream_connect_failures_total", broker="7") == 2
    assert value(s, "sluice_client_connections") == 0
    assert value(s, "sluice_client_connections_closed_total", reason="worker_exit") == 4
    assert value(s, "sluice_worker_processes") == 0


def test_stop_removes_the_files_and_a_live_owner_is_refused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    directory = tmp_path / "m"
    directory.mkdir()
    (directory / "999999999.metrics").write_bytes(b"stale")  # no such pid: removed
    metrics.start_node(config(directory))
    assert [p.name for p in directory.glob("*.metrics")] == [f"{os.getpid()}.metrics"]
    metrics.stop_node()
    assert list(directory.glob("*.metrics")) == []
    (directory / f"{os.getppid()}.metrics").write_bytes(b"")
    with pytest.raises(SystemExit):
        metrics.start_node(config(directory))
    assert f"{directory} is in use by process {os.getppid()}" in caplog.text


def test_a_fresh_directory_is_made_and_removed_without_a_setting() -> None:
    used = metrics.start_node(config())
    assert used.gateway_metrics_dir is not None
    directory = Path(used.gateway_metrics_dir)
    assert directory.is_dir()
    metrics.stop_node()
    assert not directory.exists()


def test_disabled_metrics_count_nothing(node: Path) -> None:
    metrics.start_worker(config(enabled=False))
    try:
        meter = metrics.connection_opened()
        assert meter is metrics.NULL_METER
        meter.received(0, 10)
        meter.queued()
        meter.responded(10)
        meter.closed("gateway", "gateway shutting down")
        metrics.internal_error()
        s = parse(metrics.render()[0])
        assert ("sluice_requests_total", frozenset({("api_key", "PRODUCE")})) not in s
        assert value(s, "sluice_internal_errors_total") == 0
    finally:
        metrics.start_worker(config())


@pytest.mark.parametrize(("who", "reason", "kind"), [
    ("gateway", "gateway shutting down", "shutdown"),
    ("client", "client closed the connection", "client_closed"),
    ("client", "client closed its side; the 2 responses due were delivered first",
     "client_closed"),
    ("client", "connection lost: [Errno 104] Connection reset by peer", "connection_lost"),
    ("broker", "broker 1 (h:1) closed the connection", "broker_closed"),
    ("broker", "malformed response from broker", "malformed_response"),
    ("broker", "no broker reachable from port 6969", "no_broker"),
    ("protocol error", "unknown API key 999 (correlation id 1)", "protocol_error"),
    ("timeout", "no complete request within 30000 ms", "timeout"),
    ("limit", "frame of 200 MiB", "limit"),
    ("someone new", "something new", "other"),
])
def test_close_reasons_map_to_a_bounded_label_set(who: str, reason: str, kind: str) -> None:
    assert metrics.close_reason_kind(who, reason) == kind
    assert kind in metrics.CLOSE_REASONS


_calls = st.lists(st.sampled_from(["received", "queued", "queued_local", "answered",
                                   "responded"]), max_size=40)


@settings(max_examples=100, deadline=None)
@given(calls=_calls, api_key=st.integers(-5, 200))
def test_any_hook_order_never_raises_and_keeps_the_books(calls: list[str], api_key: int,
                                                         tmp_path_factory: pytest.TempPathFactory
                                                         ) -> None:
    directory = tmp_path_factory.mktemp("prop")
    metrics.start_node(config(directory))
    try:
        meter = metrics.connection_opened()
        expected_pending = responses = 0
        valid = 0 <= api_key < metrics.API_KEY_LIMIT
        received = False
        for call in calls:
            if call == "received":
                meter.received(api_key, 1)
                received = received or valid
            elif call in ("queued", "queued_local"):
                getattr(meter, call)()
                expected_pending += received
            elif call == "answered":
                meter.upstream_answered()
            else:
                meter.responded(1)
                if expected_pending:
                    expected_pending -= 1
                    responses += 1
        meter.closed("client", "client closed the connection")
        s = parse(metrics.render()[0])
        assert value(s, "sluice_client_connections") == 0
        assert value(s, "sluice_client_sent_bytes_total") == calls.count("responded")
        if valid and received:
            from gateway.audit import audit_name

            name = audit_name(api_key)
            assert value(s, "sluice_requests_total", api_key=name) == calls.count("received")
            assert value(s, "sluice_request_duration_seconds_count", api_key=name) == responses
            assert value(s, "sluice_request_errors_total", api_key=name) == expected_pending
        else:
            assert not any(name == "sluice_requests_total" for name, _ in s)
    finally:
        metrics.stop_node()


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=64) | st.binary(min_size=metrics.SLOTS * 8,
                                                max_size=metrics.SLOTS * 8))
def test_reading_a_foreign_or_torn_file_never_raises(data: bytes,
                                                     tmp_path_factory: pytest.TempPathFactory
                                                     ) -> None:
    directory = tmp_path_factory.mktemp("fuzz")
    (directory / "1.metrics").write_bytes(data)
    text, _ = metrics.render(str(directory))
    assert b"sluice_worker_processes 0.0" in text


def test_the_resources_store_reports_its_snapshot(node: Path) -> None:
    from gateway.resources.kinds import KINDS

    assert set(metrics.RESOURCE_KINDS) == set(KINDS)  # every kind has a label value
    metrics.config_store_polled(False, time.monotonic(), {"AliasTopic": 1})  # still loading
    assert math.isnan(value(parse(metrics.render()[0]), "sluice_config_snapshot_age_seconds"))
    metrics.config_store_polled(True, time.monotonic() - 3, {"AliasTopic": 4})
    s = parse(metrics.render()[0])
    assert 3 <= value(s, "sluice_config_snapshot_age_seconds") < 30
    assert value(s, "sluice_config_resources", kind="AliasTopic") == 4
