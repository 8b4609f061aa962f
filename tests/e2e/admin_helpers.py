"""Helpers for admin API tests: users, a node with the API on, and waiting for readiness."""

from __future__ import annotations

import json
import time
from pathlib import Path

import requests

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess, launch_gateway
from tests.kafka_helpers import unique

ADMIN = ("admin", "adm1n-pw")
READER = ("reader", "r3ader-pw")
USERS = json.dumps([
    {"username": ADMIN[0], "password": ADMIN[1], "admin": True},
    {"username": READER[0], "password": READER[1]},
])


def start_admin_node(mock: MockCluster, tmp: Path, cluster_id: str | None = None,
                     extra_env: dict[str, str] | None = None, **kwargs: object
                     ) -> GatewayProcess:
    """`sluice run` with admin API users, in its own gateway cluster unless told otherwise."""
    node = launch_admin_node(mock, tmp, cluster_id, extra_env, **kwargs)
    node.wait_started()
    return node


def launch_admin_node(mock: MockCluster, tmp: Path, cluster_id: str | None = None,
                      extra_env: dict[str, str] | None = None, **kwargs: object
                      ) -> GatewayProcess:
    """`start_admin_node` without waiting for the node to be ready."""
    env = {"GATEWAY_ADMIN_API_USERS": USERS, "GATEWAY_CLUSTER_ID": cluster_id or unique("adm"),
           **(extra_env or {})}
    return launch_gateway(mock, tmp, extra_env=env, **kwargs)  # type: ignore[arg-type]


def wait_ready(url: str, timeout: float = 20) -> dict[str, object]:
    """Poll /health/ready until 200; return its body."""
    deadline = time.monotonic() + timeout
    body: dict[str, object] = {}
    while time.monotonic() < deadline:
        try:
            response = requests.get(url + "/health/ready", timeout=2)
            body = response.json()
            if response.status_code == 200:
                return body
        except requests.RequestException as exc:
            body = {"error": str(exc)}
        time.sleep(0.05)
    raise AssertionError(f"{url} not ready within {timeout} s: {body}")
