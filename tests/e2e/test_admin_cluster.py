"""Resources across a gateway cluster: convergence, full restart, late joiners, readiness."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import REPO, GatewayProcess, free_port_range, stop_gateways
from tests.e2e.admin_helpers import ADMIN, USERS, launch_admin_node, wait_ready
from tests.kafka_helpers import holds_for, unique
from tests.resource_examples import alias_topic, sql_interceptor

NODE_HOSTS = ("127.0.0.2", "127.0.0.3", "127.0.0.4")
LATE_HOST = "127.0.0.5"
CONVERGENCE_S = 2.0


class Nodes:
    def __init__(self, mock: MockCluster, tmp: Path) -> None:
        self.mock, self.tmp = mock, tmp
        self.cluster_id = unique("admcl")
        self.port_start = free_port_range(5, NODE_HOSTS[0])
        self.nodes: list[GatewayProcess] = []

    def start(self, *hosts: str) -> list[GatewayProcess]:
        """Start a node on each of `hosts`, side by side; return them once all are up."""
        started = [launch_admin_node(self.mock, self.tmp, cluster_id=self.cluster_id,
                                     host=host, port_start=self.port_start, extra_env={
                                         "GATEWAY_NODE_ID": f"node-{host}",
                                         "GATEWAY_HEARTBEAT_INTERVAL_MS": "250",
                                         "GATEWAY_HEARTBEAT_TIMEOUT_MS": "4000"})
                   for host in hosts]
        self.nodes += started
        for node in started:
            node.wait_started()
        return started

    def stop(self) -> None:
        stop_gateways(self.nodes)


@pytest.fixture
def nodes(tmp_path: Path) -> Iterator[Nodes]:
    with MockCluster(3) as mock:
        mock.set_group_initial_rebalance_delay(100)
        made = Nodes(mock, tmp_path)
        try:
            yield made
        finally:
            made.stop()


def _names(node: GatewayProcess, path: str) -> set[str]:
    answer = requests.get(f"{node.admin_url}/gateway/v2/{path}", auth=ADMIN, timeout=5)
    answer.raise_for_status()
    return {r["metadata"]["name"] for r in answer.json()}


def _wait_visible(node: GatewayProcess, path: str, name: str, since: float) -> float:
    """Seconds from ``since`` until ``name`` is listed by ``node``."""
    while time.monotonic() - since < 10:
        if name in _names(node, path):
            return time.monotonic() - since
        time.sleep(0.01)
    raise AssertionError(f"{name} not visible on {node.admin_url} within 10 s")


def test_writes_converge_survive_a_full_restart_and_reach_late_nodes(nodes: Nodes) -> None:
    cluster = nodes.start(*NODE_HOSTS)
    for node in cluster:
        wait_ready(node.admin_url)
    latencies: list[float] = []
    written: list[tuple[str, dict[str, Any]]] = []
    for i in range(5):
        resource = alias_topic(f"alias{i}", physical=f"orders{i}")
        started = time.monotonic()
        answer = requests.put(f"{cluster[0].admin_url}/gateway/v2/alias-topic", json=resource,
                              auth=ADMIN, timeout=15)
        assert answer.json()["upsertResult"] == "CREATED"
        assert f"alias{i}" in _names(cluster[0], "alias-topic")  # read-your-writes
        latencies += [_wait_visible(n, "alias-topic", f"alias{i}", started) for n in cluster[1:]]
        written.append(("alias-topic", resource))
    interceptor = sql_interceptor("red-cars", color="red")
    requests.put(f"{cluster[1].admin_url}/gateway/v2/interceptor", json=interceptor,
                 auth=ADMIN, timeout=15).raise_for_status()
    written.append(("interceptor", interceptor))
    latencies.sort()
    print(f"\nPUT on node 1 -> visible on nodes 2 and 3: p50 {latencies[len(latencies) // 2]:.3f}"
          f" s, max {latencies[-1]:.3f} s over {len(latencies)} observations")
    assert latencies[-1] < CONVERGENCE_S
    for node in cluster:
        _wait_visible(node, "interceptor", "red-cars", time.monotonic())

    for node in cluster:
        node.kill_node()
    nodes.nodes.clear()
    restarted = nodes.start(*NODE_HOSTS)
    expected = {f"alias{i}" for i in range(5)}
    for node in restarted:
        wait_ready(node.admin_url)
        assert _names(node, "alias-topic") == expected
        assert _names(node, "interceptor") == {"red-cars"}

    (late,) = nodes.start(LATE_HOST)
    body = wait_ready(late.admin_url)
    # The first moment it says ready it already holds every resource written before.
    assert _names(late, "alias-topic") == expected
    assert {c["id"] for c in body["checks"]} == {"backend", "resources", "membership"}  # type: ignore[union-attr]


def test_ready_follows_the_backend_and_a_lost_topic_keeps_its_snapshot(tmp_path: Path) -> None:
    with MockCluster(3) as mock:
        for broker in (1, 2, 3):
            mock.broker_down(broker)
        host, http_port = "127.0.0.1", free_port_range(1)
        env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": mock.bootstrap_servers,
               "GATEWAY_BIND_HOST": host, "GATEWAY_ADVERTISED_HOST": host,
               "GATEWAY_PORT_START": str(free_port_range(5)), "GATEWAY_PORT_COUNT": "5",
               "GATEWAY_WORKERS": "1", "GATEWAY_HTTP_PORT": str(http_port),
               "GATEWAY_ADMIN_API_USERS": USERS, "GATEWAY_CLUSTER_ID": unique("health"),
               "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
               "GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS": "1000"}
        log = (tmp_path / "node.log").open("wb")
        process = subprocess.Popen([sys.executable, "-m", "gateway", "run"], env=env, cwd=REPO,
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        url = f"http://{host}:{http_port}"
        try:
            deadline = time.monotonic() + 20
            while True:
                try:
                    live = requests.get(url + "/health/live", timeout=2)
                    break
                except requests.ConnectionError:
                    assert time.monotonic() < deadline, "admin API never came up"
                    time.sleep(0.05)
            assert live.status_code == 200

            def not_ready() -> bool:
                ready = requests.get(url + "/health/ready", timeout=5)
                assert ready.status_code == 503
                checks = {c["id"]: c for c in ready.json()["checks"]}
                assert checks["backend"]["status"] == "DOWN"
                assert checks["backend"]["detail"].startswith("backend unreachable")
                return requests.get(url + "/health", timeout=5).status_code == 503

            holds_for(not_ready, 1.0, "not ready while the backend is down")
            for broker in (1, 2, 3):
                mock.broker_up(broker)
            body = wait_ready(url, timeout=30)
            assert {c["id"]: c["status"] for c in body["checks"]} == {  # type: ignore[union-attr]
                "backend": "UP", "resources": "UP"}
            assert requests.get(url + "/health/live", timeout=5).status_code == 200
            requests.put(url + "/gateway/v2/alias-topic", json=alias_topic("kept"), auth=ADMIN,
                         timeout=15).raise_for_status()
            # Losing Kafka again: the node keeps serving its last snapshot, but is not ready.
            for broker in (1, 2, 3):
                mock.broker_down(broker)
            deadline = time.monotonic() + 15
            while requests.get(url + "/health/ready", timeout=5).status_code != 503:
                assert time.monotonic() < deadline, "still ready without Kafka"
                time.sleep(0.1)
            lost = time.monotonic()
            while True:
                checks = {c["id"]: c for c in requests.get(
                    url + "/health/ready", timeout=5).json()["checks"]}
                if checks["resources"]["status"] == "DOWN" or time.monotonic() - lost > 10:
                    break
                time.sleep(0.1)
            assert checks["resources"]["detail"].startswith("configs topic "), checks
            assert checks["resources"]["status"] == "DOWN"
            listed = requests.get(url + "/gateway/v2/alias-topic", auth=ADMIN, timeout=5)
            assert [r["metadata"]["name"] for r in listed.json()] == ["kept"]
            assert requests.get(url + "/health/live", timeout=5).status_code == 200
        finally:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log.close()
