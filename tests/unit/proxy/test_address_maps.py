"""The broker assignment is built once per view and client, and rebuilt when either changes."""

from __future__ import annotations

import pytest

from gateway.config import GatewayConfig
from gateway.proxy import state as state_module
from gateway.proxy.backend import BrokerInfo, ClusterInfo
from gateway.proxy.state import GatewayState
from gateway.routing.assignment import GatewayNode
from gateway.routing.ports import PortMap

VERSIONS = [{"ApiKey": 3, "MinVersion": 0, "MaxVersion": 13}]


def _state() -> GatewayState:
    config = GatewayConfig(kafka_bootstrap_servers="b:9092", gateway_advertised_host="gw1",
                           gateway_node_id="n1")
    brokers = {i: BrokerInfo(i, f"b{i}", 9092, None) for i in (1, 2)}
    return GatewayState(config, PortMap(6969, 5, 1), ClusterInfo(brokers, VERSIONS))


@pytest.fixture
def assignments(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = state_module.assign_brokers

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(state_module, "assign_brokers", counting)
    return calls


def test_the_assignment_is_memoized_per_client_until_the_view_changes(
        assignments: list[int]) -> None:
    state = _state()
    first = state.address_map("c|h")
    assert state.address_map("c|h") is first and len(assignments) == 1
    state.address_map("other|h")
    assert len(assignments) == 2
    state.set_live_nodes([GatewayNode("n1", "gw1", 6969, None),
                          GatewayNode("n2", "gw2", 6969, None)])
    moved = state.address_map("c|h")
    assert moved is not first and len(assignments) == 3
    assert {moved(1), moved(2)} <= {("gw1", 6969), ("gw1", 6970), ("gw2", 6969), ("gw2", 6970)}


def test_a_new_broker_rebuilds_the_assignment(assignments: list[int]) -> None:
    state = _state()
    first = state.address_map("c|h")
    assert first(3) == ("gw1", 6971)  # not yet known: this node's own address
    assert state.learn_brokers([{"NodeId": 3, "Host": "b3", "Port": 9092}], "NodeId")
    assert state.address_map("c|h") is not first and len(assignments) == 2
    state.learn_brokers([{"NodeId": 3, "Host": "b3", "Port": 9092}], "NodeId")  # nothing new
    assert len(assignments) == 2
