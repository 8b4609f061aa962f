"""GATEWAY_LOG_FORMAT=json: every line a node writes is one JSON object with its fields."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import REPO, free_port_range, start_gateway
from tests.kafka_helpers import produce_all, unique


def test_every_line_of_a_node_is_a_json_object(mock_cluster: MockCluster, tmp_path: Path
                                               ) -> None:
    gw = start_gateway(mock_cluster, tmp_path, extra_env={
        "GATEWAY_LOG_FORMAT": "json", "GATEWAY_WORKERS": "2", "GATEWAY_NODE_ID": "json-node",
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
    })
    try:
        gw.wait_for_log("worker 1 started")
        assert len(produce_all(gw.bootstrap, unique("json"), [b"x"] * 3, timeout=20)) == 3
    finally:
        gw.stop()
    lines = gw.log_text().splitlines()
    records = [json.loads(line) for line in lines]  # fails on any line that is not JSON
    for record in records:
        assert {"timestamp", "level", "logger", "message", "process", "node"} <= set(record)
        assert record["node"] == "json-node"
        assert record["process"] in ("supervisor", "worker-0", "worker-1")
    messages = [r["message"] for r in records]
    assert sum(m.startswith("Sluice ready") for m in messages) == 2
    assert any(m.startswith("received SIGTERM: draining") for m in messages)
    assert messages[-1] == "node stopped"
    assert {r["process"] for r in records} == {"supervisor", "worker-0", "worker-1"}


def test_a_backend_failure_line_names_the_broker(tmp_path: Path) -> None:
    bootstrap = f"127.0.0.1:{free_port_range(1)}"
    result = subprocess.run(
        [sys.executable, "-m", "gateway", "run"], cwd=REPO, capture_output=True, text=True,
        timeout=30, env={**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
                         "GATEWAY_LOG_FORMAT": "json", "GATEWAY_NODE_ID": "n1",
                         "GATEWAY_HTTP_PORT": str(free_port_range(1)),
                         "GATEWAY_BACKEND_STARTUP_TIMEOUT_MS": "300"})
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stderr.splitlines()]
    failure = next(r for r in records if r["level"] == "ERROR")
    assert failure["broker"] == bootstrap and failure["logger"] == "sluice.backend"
    assert failure["message"].startswith(f"backend cluster unavailable: {bootstrap}: connection "
                                         "refused")
    assert any(r["level"] == "CRITICAL" and r["logger"] == "sluice.supervisor" for r in records)
    # librdkafka's per-retry connection failures of the node's own clients stay out.
    assert not [r for r in records if r["logger"].endswith(".kafka")], records
