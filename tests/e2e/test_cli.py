"""The `sluice` command as an operator meets it: help, config errors, port range, demo."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from confluent_kafka.admin import AdminClient

from gateway.config import SETTINGS
from gateway.mock_cluster import MockCluster
from tests.conftest import REPO, free_port_range, start_gateway
from tests.kafka_helpers import consume_partitions, produce_all, unique


def _sluice(*args: str, env: dict[str, str] | None = None, timeout: float = 20
            ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gateway", *args], capture_output=True, text=True,
        timeout=timeout, cwd=REPO, env={**os.environ, **(env or {})},
    )


def test_run_help_documents_every_setting() -> None:
    result = _sluice("run", "--help")
    assert result.returncode == 0
    for setting in SETTINGS:
        assert setting in result.stdout, setting


def test_invalid_environment_names_the_variable() -> None:
    result = _sluice("run", env={"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1",
                                 "GATEWAY_PORT_START": "not-a-port"})
    assert result.returncode == 2
    assert "environment variable GATEWAY_PORT_START" in result.stderr


def test_invalid_yaml_names_file_line_and_field(tmp_path: Path) -> None:
    config = tmp_path / "sluice.yaml"
    config.write_text("KAFKA_BOOTSTRAP_SERVERS: 127.0.0.1:9092\n"
                      "gateway_port_start: 6969\n"
                      "gateway_max_inflight_requests: -3\n")
    result = _sluice("run", "--config", str(config))
    assert result.returncode == 2
    assert f"{config}:3 (gateway_max_inflight_requests)" in result.stderr


def test_broker_outside_port_range_is_a_logged_config_error(tmp_path: Path) -> None:
    with MockCluster(3) as cluster:
        # Two ports for three brokers: broker 3 cannot be advertised.
        gw = start_gateway(cluster, tmp_path, port_count=2)
        try:
            log = gw.wait_for_log("broker 3 has no gateway port")
            assert "raise GATEWAY_PORT_COUNT to at least 3" in log
            metadata = AdminClient({"bootstrap.servers": gw.bootstrap}).list_topics(timeout=10)
            assert sorted(metadata.brokers) == [1, 2]
            # The rest keeps working: a topic led by brokers 1 and 2 takes traffic.
            topic = unique("narrow")
            cluster.create_topic(topic, 2)
            cluster.set_leader(topic, 0, 1)
            cluster.set_leader(topic, 1, 2)
            acked = produce_all(gw.bootstrap, topic, [b"a", b"b", b"c"], timeout=20)
            assert sorted(consume_partitions(gw.bootstrap, topic, 2, expect=3)) == sorted(acked)
        finally:
            gw.stop()


def test_demo_serves_clients() -> None:
    port = free_port_range(5)
    proc = subprocess.Popen(
        [sys.executable, "-m", "gateway", "demo", "--port", str(port)], cwd=REPO,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        bootstrap = f"127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        metadata = None
        while time.monotonic() < deadline and metadata is None:
            try:
                metadata = AdminClient({"bootstrap.servers": bootstrap}).list_topics(timeout=2)
            except Exception:
                time.sleep(0.2)
        assert metadata is not None, "demo did not come up"
        assert {(b.host, b.port) for b in metadata.brokers.values()} == {
            ("127.0.0.1", port), ("127.0.0.1", port + 1), ("127.0.0.1", port + 2)
        }
        acked = produce_all(bootstrap, "demo", [b"hello"] * 5, timeout=20)
        assert len(acked) == 5
    finally:
        proc.terminate()
        output = proc.communicate(timeout=10)[0]
    assert f"bootstrap servers: 127.0.0.1:{port}" in output


def test_proxy_protocol_without_trusted_networks_warns_loudly(tmp_path: Path) -> None:
    with MockCluster(3) as cluster:
        gw = start_gateway(cluster, tmp_path, extra_env={
            "GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL": "true",
        })
        try:
            log = gw.wait_for_log("SECURITY")
            assert "GATEWAY_HAPROXY_TRUSTED_CIDRS is empty" in log
        finally:
            gw.stop()


def test_a_port_already_in_use_stops_the_node_with_a_clear_message(tmp_path: Path) -> None:
    port = free_port_range(5)
    with MockCluster(3) as cluster, socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port + 1))
        squatter.listen()
        result = _sluice("run", env={
            "KAFKA_BOOTSTRAP_SERVERS": cluster.bootstrap_servers,
            "GATEWAY_BIND_HOST": "127.0.0.1", "GATEWAY_PORT_START": str(port),
            "GATEWAY_HTTP_PORT": str(free_port_range(1)),
        })
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1 port(s) {port + 1}: already in use" in result.stderr
