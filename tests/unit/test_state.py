"""What a worker learns from responses, and the mapping it hands out (no sockets)."""

from __future__ import annotations

from functools import partial

from gateway.config import GatewayConfig
from gateway.protocol.frames import frame
from gateway.protocol.rewrite import rewrite_metadata
from gateway.proxy.backend import BrokerInfo, ClusterInfo
from gateway.proxy.state import GatewayState
from gateway.routing.assignment import GatewayNode
from gateway.routing.ports import PortMap
from tests.wire import METADATA_RESPONSE

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


def _metadata_response(broker_ids: list[int]) -> bytes:
    body = METADATA_RESPONSE.encode({"Brokers": [
        {"NodeId": i, "Host": f"b{i}", "Port": 9092, "Rack": None} for i in broker_ids],
        "ClusterId": "c", "ControllerId": 1, "Topics": []}, 1)
    return frame((7).to_bytes(4, "big") + body)  # response header v0: correlation id 7


def _advertised(response: bytes) -> dict[int, tuple[str, int]]:
    body, _ = METADATA_RESPONSE.decode(response, 1, 8)
    return {b["NodeId"]: (b["Host"], b["Port"]) for b in body["Brokers"]}


def test_a_broker_seen_for_the_first_time_gets_its_routed_address_at_once() -> None:
    nodes = [GatewayNode("n1", "gw1", 6969, None), GatewayNode("n2", "gw2", 6969, None)]
    response = _metadata_response([1, 2, 4])  # broker 4 is new to the worker
    # A client whose routing puts broker 4 on the other node (so the fallback would differ).
    for k in range(100):
        client = f"client-{k}|h"
        knows_all = _state()
        knows_all.set_live_nodes(nodes)
        knows_all.learn_brokers([{"NodeId": 4, "Host": "b4", "Port": 9092}], "NodeId")
        if knows_all.address_map(client)(4) == ("gw2", 6972):
            break
    state = _state()
    state.set_live_nodes(nodes)
    first = _advertised(state.rewrite_learning_brokers(
        partial(rewrite_metadata, response, 1), "NodeId", client))
    again = _advertised(state.rewrite_learning_brokers(
        partial(rewrite_metadata, response, 1), "NodeId", client))
    assert first[4] == ("gw2", 6972)  # not this node's gw1: it would move on the next refresh
    assert first == again and 4 in state.brokers
