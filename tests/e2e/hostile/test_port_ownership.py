"""One node owns its ports: a second node on the same range fails at startup.

The supervisor binds the listening sockets (no SO_REUSEPORT) before starting workers, so
however two nodes start -- at the same moment, or one after the other -- exactly one
runs and the other exits with the port-in-use message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import REPO, free_port_range
from tests.kafka_helpers import raw_request
from tests.wire import METADATA_REQUEST, METADATA_RESPONSE

ROUNDS = 3  # each round races two fresh nodes of 2 workers (several seconds each)


def _start(cluster: MockCluster, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": cluster.bootstrap_servers,
           "GATEWAY_BIND_HOST": "127.0.0.1", "GATEWAY_HTTP_PORT": str(free_port_range(1)),
           "GATEWAY_ADVERTISED_HOST": "127.0.0.1",
           "GATEWAY_PORT_START": str(port), "GATEWAY_PORT_COUNT": "5", "GATEWAY_WORKERS": "2",
           "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
           "GATEWAY_SHUTDOWN_DELAY_BETWEEN_BROKERS_MS": "0", "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "gateway", "run"], env=env, cwd=REPO,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def _wait(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_two_nodes_started_together_on_one_range_exactly_one_runs(tmp_path: Path) -> None:
    with MockCluster(3) as cluster:
        for round_ in range(ROUNDS):
            port = free_port_range(5)
            logs = [tmp_path / f"r{round_}-a.log", tmp_path / f"r{round_}-b.log"]
            nodes = [_start(cluster, port, log) for log in logs]
            try:
                _wait(lambda: any(n.poll() is not None for n in nodes), 30,  # noqa: B023
                      "one of the two nodes to exit")
                losers = [i for i, n in enumerate(nodes) if n.poll() is not None]
                assert len(losers) == 1, [log.read_text() for log in logs]
                loser, winner = losers[0], 1 - losers[0]
                assert nodes[loser].returncode == 1
                text = logs[loser].read_text()
                # Ports are taken lowest first: the loser could not have the first one.
                assert (f"cannot listen on 127.0.0.1 port(s) {port}: already in use (another "
                        "Sluice or another program)") in text, text
                assert "choose a free range with GATEWAY_PORT_START" in text
                assert "Traceback" not in text and "worker 0 started" not in text
                # The winner serves every port of the range, with both of its workers.
                _wait(lambda: logs[winner].read_text().count("Sluice ready") == 2,  # noqa: B023
                      30, "the winner's two workers")
                assert nodes[winner].poll() is None
                for p in range(port, port + 5):
                    reply = raw_request("127.0.0.1", p, METADATA_REQUEST, METADATA_RESPONSE, 1,
                                        {"Topics": []})
                    assert len(reply["Brokers"]) == 3
                # A node started later fails the same way.
                late = tmp_path / f"r{round_}-late.log"
                assert _start(cluster, port, late).wait(30) == 1
                assert "already in use" in late.read_text()
            finally:
                for node in nodes:
                    if node.poll() is None:
                        node.terminate()
                        assert node.wait(20) == 0


def test_a_port_past_the_last_is_a_configuration_error(tmp_path: Path) -> None:
    with MockCluster(3) as cluster:
        env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": cluster.bootstrap_servers,
               "GATEWAY_BIND_HOST": "127.0.0.1", "GATEWAY_HTTP_PORT": str(free_port_range(1)),
               "GATEWAY_PORT_START": "65533"}
        result = subprocess.run([sys.executable, "-m", "gateway", "run"], env=env, cwd=REPO,
                                capture_output=True, text=True, timeout=30)
    assert result.returncode == 2, result.stderr
    assert ("sluice: configuration error: GATEWAY_PORT_START: the port range 65533-65537 "
            "(GATEWAY_PORT_START=65533, GATEWAY_PORT_COUNT=5 (brokers seen at startup + 2)) "
            "goes past port 65535; set GATEWAY_PORT_START to at most 65531") in result.stderr
    assert "Traceback" not in result.stderr
