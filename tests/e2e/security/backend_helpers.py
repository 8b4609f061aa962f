"""Fixtures for backend TLS tests: a Sluice node that reaches its backend over TLS.

The TLS-speaking backend is itself a Sluice node with an SSL listener (tests/e2e/security/
conftest.py) in front of the mock cluster, since the mock brokers speak no TLS.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from gateway.mock_cluster import MockCluster
from tests.conftest import REPO, GatewayProcess, free_port_range


def outer_env(inner: GatewayProcess, ca_file: str | None, **extra: str) -> dict[str, str]:
    """Settings of a node in front of the TLS node `inner`, reaching it with SSL."""
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": inner.bootstrap,
        "KAFKA_SECURITY_PROTOCOL": "SSL",
        # Its internal topics (_sluice_*) would be refused by the inner node.
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
        "GATEWAY_CLUSTER_ID": "outer",
    }
    if ca_file is not None:
        env["KAFKA_SSL_CA_LOCATION"] = ca_file
    return {**env, **extra}


def spawn_gateway(cluster: MockCluster, tmp: Path, extra_env: dict[str, str],
                  port_count: int = 5) -> GatewayProcess:
    """Start `sluice run` without waiting for it to be ready (for nodes that must fail)."""
    host = "127.0.0.1"
    port_start = free_port_range(port_count, host)
    env = {
        **os.environ, "GATEWAY_BIND_HOST": host, "GATEWAY_ADVERTISED_HOST": host,
        "GATEWAY_PORT_START": str(port_start), "GATEWAY_PORT_COUNT": str(port_count),
        "PYTHONUNBUFFERED": "1", "GATEWAY_WORKERS": "1",
        "GATEWAY_HTTP_PORT": str(free_port_range(1, host)), **extra_env,
    }
    log_path = tmp / f"gateway-{port_start}.log"
    log_file = open(log_path, "wb")  # noqa: SIM115 - the process owns it
    process = subprocess.Popen([sys.executable, "-m", "gateway", "run"], env=env,
                               stdout=log_file, stderr=subprocess.STDOUT, cwd=REPO,
                               start_new_session=True)
    return GatewayProcess(cluster, port_start, port_count, host, log_path, process, env)


def wait_for_exit(gw: GatewayProcess, timeout: float = 30.0) -> int:
    """The exit code of a node that should stop by itself."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = gw.process.poll()
        if code is not None:
            return code
        time.sleep(0.05)
    raise AssertionError(f"node still running after {timeout}s:\n{gw.log_text()[-3000:]}")
