"""What a worker learns from responses, and the mapping it hands out (no sockets)."""

from __future__ import annotations

from gateway.config import GatewayConfig
from gateway.proxy.backend import BrokerInfo, ClusterInfo
from gateway.proxy.state import GatewayState
from gateway.routing.assignment import GatewayNode
from gateway.routing.ports import PortMap

VERSIONS = [{"ApiKey": 3, "MinVersion": 0, "MaxVersion": 13},
            {"ApiKey": 18, "MinVersion": 0, "MaxVersion": 2}]


def _state(**settings: object) -> GatewayState:
    config = GatewayConfig(kafka_bootstrap_servers="b:9092", gateway_advertised_host="gw1",
                           gateway_node_id="n1", gateway_rack_id="rack-a", **settings)
    brokers = {i: BrokerInfo(i, f"b{i}", 9092, f"rack-{'abc'[i - 1]}") for i in (1, 2, 3)}
    return GatewayState(config, PortMap(6969, 5, 1), ClusterInfo(brokers, VERSIONS))


def test_metadata_v0_does_not_erase_known_racks() -> None:
    state = _state()
    state.learn_brokers([{"NodeId": 1, "Host": "b1", "Port": 9092}], "NodeId")
    assert state.brokers[1].rack == "rack-a"
    state.learn_brokers([{"NodeId": 1, "Host": "b1", "Port": 9092, "Rack": None}], "NodeId")
    assert state.brokers[1].rack is None  # a v1+ answer that says "no rack" is believed


def test_an_error_answer_does_not_shrink_the_advertised_versions() -> None:
    state = _state()
    state.learn_api_versions(None)
    assert state.api_ranges[3] == (0, 13)


def test_mapping_is_stable_per_client_and_rack_aware() -> None:
    state = _state()
    nodes = [GatewayNode("n1", "gw1", 6969, "rack-a"), GatewayNode("n2", "gw2", 6969, "rack-b"),
             GatewayNode("n3", "gw3", 6969, "rack-c")]
    state.set_live_nodes(nodes)
    address_of = state.address_map("rdkafka|10.0.0.1")
    assert [address_of(i) for i in (1, 2, 3)] == [("gw1", 6969), ("gw2", 6970), ("gw3", 6971)]
    assert address_of(9) is None  # outside the port range: left out
    # Without racks, one client keeps its mapping while different clients spread.
    state.set_live_nodes([GatewayNode(n.node_id, n.host, 6969, None) for n in nodes])
    one = [state.address_map("c1|h")(i) for i in (1, 2, 3)]
    assert one == [state.address_map("c1|h")(i) for i in (1, 2, 3)]
    seen = {state.address_map(f"client-{k}|h")(1) for k in range(30)}
    assert seen == {("gw1", 6969), ("gw2", 6969), ("gw3", 6969)}


def test_without_internal_load_balancing_every_broker_is_on_this_node() -> None:
    state = _state(gateway_feature_flags_internal_load_balancing=False)
    state.set_live_nodes([GatewayNode("n2", "gw2", 6969, None)])
    address_of = state.address_map("anyone|h")
    assert [address_of(i) for i in (1, 2, 3)] == [("gw1", 6969), ("gw1", 6970), ("gw1", 6971)]


def test_a_broker_id_outside_the_port_range_never_enters_the_routing_state() -> None:
    state = _state()
    state.learn_brokers([{"NodeId": 1966082, "Host": "attacker", "Port": 1},
                         {"NodeId": 2, "Host": "b2", "Port": 9092}], "NodeId")
    assert 1966082 not in state.brokers
    assert state.brokers[2].host == "b2"
