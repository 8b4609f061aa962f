"""End-to-end fixtures: a real mock Kafka cluster (librdkafka) and real `sluice run` processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess, start_gateway


@pytest.fixture(scope="session")
def mock_cluster() -> Iterator[MockCluster]:
    """A 3-broker mock cluster with racks rack-a, rack-b, rack-c."""
    with MockCluster(3, racks=("rack-a", "rack-b", "rack-c")) as cluster:
        cluster.set_group_initial_rebalance_delay(100)
        yield cluster


@pytest.fixture(scope="session")
def gateway(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[GatewayProcess]:
    """One gateway process shared by the end-to-end tests."""
    gw = start_gateway(mock_cluster, tmp_path_factory.mktemp("gateway"))
    try:
        yield gw
    finally:
        gw.stop()


@pytest.fixture
def fresh_cluster_gateway(tmp_path: Path) -> Iterator[GatewayProcess]:
    """A private mock cluster and gateway, for tests that break brokers."""
    with MockCluster(3, racks=("rack-a", "rack-b", "rack-c")) as cluster:
        cluster.set_group_initial_rebalance_delay(100)
        gw = start_gateway(cluster, tmp_path)
        try:
            yield gw
        finally:
            gw.stop()
