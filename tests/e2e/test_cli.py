"""The `sluice` command as an operator meets it: help, config errors, port range, demo."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from confluent_kafka.admin import AdminClient

from gateway.config import SETTINGS
from gateway.demo.mock_cluster import MockCluster
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


def _start_demo(port: int, log: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "gateway", "demo", "--port", str(port)], cwd=REPO,
        stdout=subprocess.PIPE, stderr=log.open("w"), text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _shell(command: str, tmp_path: Path, timeout: float = 60
           ) -> subprocess.CompletedProcess[str]:
    """Run a command as a user would paste it: a plain shell, no virtualenv activated."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"}
    return subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_demo_serves_clients_and_its_printed_examples_run_as_printed(tmp_path: Path) -> None:
    port = free_port_range(5)
    log = tmp_path / "demo.log"
    proc = _start_demo(port, log)
    assert proc.stdout is not None
    try:
        banner = ""
        for line in proc.stdout:
            banner += line
            if line.startswith("Ctrl-C stops"):
                break
        _wait_for(lambda: "Sluice ready" in log.read_text(), 30, "the demo's worker")
        bootstrap = f"127.0.0.1:{port}"
        assert f"bootstrap servers: {bootstrap}" in banner
        metadata = AdminClient({"bootstrap.servers": bootstrap}).list_topics(timeout=10)
        assert {(b.host, b.port) for b in metadata.brokers.values()} == {
            ("127.0.0.1", port), ("127.0.0.1", port + 1), ("127.0.0.1", port + 2)
        }

        python = re.search(r"^(\S+ - <<'PY'\n.*?\nPY)$", banner, re.M | re.S)
        assert python is not None, banner
        assert python.group(1).startswith(shlex.quote(sys.executable))
        result = _shell(python.group(1), tmp_path)
        assert result.returncode == 0, result.stderr
        assert sorted(result.stdout.split("\n")[:-1]) == sorted(
            f"hello {i}" for i in range(10)), result.stdout

        kcat = re.search(r"^echo hi \| kcat .*$", banner, re.M)
        assert kcat is not None, banner
        if shutil.which("kcat"):
            result = _shell(kcat.group(0), tmp_path)
            assert result.returncode == 0, result.stderr
            assert "hi" in result.stdout.split("\n") and "hello 3" in result.stdout

        status = re.search(r"^KAFKA_BOOTSTRAP_SERVERS=\S+ \S+ cluster status$", banner, re.M)
        assert status is not None, banner
        result = _shell(status.group(0), tmp_path)
        assert result.returncode == 0, result.stderr
        assert "1 live node" in result.stdout, result.stdout
        header, row = [line for line in result.stdout.splitlines() if "127.0.0.1" in line
                       or "WORKERS" in line][:2]
        workers = row[header.index("WORKERS"):].split()[0]
        assert workers == "1", result.stdout
    finally:
        proc.send_signal(signal.SIGINT)
        rest = proc.communicate(timeout=30)[0]
    assert proc.returncode == 0, rest
    text = log.read_text()
    assert "Traceback" not in text
    # The mock cannot create topics; the heartbeat topic is auto-created: nothing to say.
    assert "heartbeat topic" not in text and "KIP-4" not in text, text


def test_demo_on_a_busy_port_fails_before_the_banner_and_suggests_port(tmp_path: Path) -> None:
    port = free_port_range(5)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port + 1))
        squatter.listen()
        result = _sluice("demo", "--port", str(port), timeout=60)
    assert result.returncode == 1
    assert "bootstrap servers" not in result.stdout and result.stdout == ""
    assert (f"cannot listen on 127.0.0.1 port(s) {port + 1}: already in use (another Sluice or "
            "another program); choose another first port with `sluice demo --port N`"
            ) in result.stderr


def test_demo_with_a_bad_log_level_is_a_configuration_error() -> None:
    result = _sluice("demo", "--port", str(free_port_range(5)), env={"GATEWAY_LOG_LEVEL": "LOUD"})
    assert result.returncode == 2
    assert ("sluice: configuration error: environment variable GATEWAY_LOG_LEVEL: got 'LOUD', "
            "expected one of DEBUG, ERROR, INFO, WARNING (default: INFO)") in result.stderr
    assert "Traceback" not in result.stderr


def test_version() -> None:
    result = _sluice("--version")
    assert result.returncode == 0
    assert result.stdout == f"sluice {metadata.version('sluice')}\n"


def test_broken_yaml_is_a_configuration_error_with_line_and_column(tmp_path: Path) -> None:
    config = tmp_path / "sluice.yaml"
    config.write_text("kafka_bootstrap_servers: 127.0.0.1:9092\ngateway_port_start: [7000\n")
    result = _sluice("run", "--config", str(config))
    assert result.returncode == 2
    assert f"sluice: configuration error: {config}:3:1: invalid YAML: " in result.stderr
    assert "Traceback" not in result.stderr


def test_mistyped_variable_is_warned_about(tmp_path: Path) -> None:
    with MockCluster(3) as cluster:
        gw = start_gateway(cluster, tmp_path, extra_env={"GATEWAY_PORT_STRAT": "7000"})
        try:
            log = gw.wait_for_log("GATEWAY_PORT_STRAT")
            assert ("WARNING [supervisor] sluice: environment variable GATEWAY_PORT_STRAT is not "
                    "a setting and is ignored; did you mean GATEWAY_PORT_START?") in log
        finally:
            gw.stop()


def test_unwritable_audit_file_is_a_configuration_error_not_a_crash(tmp_path: Path) -> None:
    with MockCluster(3) as cluster:
        path = tmp_path / "no-such-dir" / "audit.jsonl"
        result = _sluice("run", env={
            "KAFKA_BOOTSTRAP_SERVERS": cluster.bootstrap_servers,
            "GATEWAY_BIND_HOST": "127.0.0.1", "GATEWAY_HTTP_PORT": str(free_port_range(1)),
            "GATEWAY_PORT_START": str(free_port_range(5)),
            "GATEWAY_AUDIT_LOG_FILE": str(path),
        })
    assert result.returncode == 2
    assert (f"sluice: configuration error: GATEWAY_AUDIT_LOG_FILE: cannot open '{path}' for "
            "appending: No such file or directory; create its directory") in result.stderr
    assert "Traceback" not in result.stderr and "worker" not in result.stderr


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
