"""SNI routing in a worker's state: every broker a name on one port (no sockets)."""

from __future__ import annotations

from gateway.config import GatewayConfig
from gateway.proxy.backend import BrokerInfo, ClusterInfo
from gateway.proxy.state import GatewayState
from gateway.routing.assignment import GatewayNode
from gateway.routing.ports import PortMap

VERSIONS = [{"ApiKey": 3, "MinVersion": 0, "MaxVersion": 13}]


def _state(**settings: object) -> GatewayState:
    config = GatewayConfig(
        kafka_bootstrap_servers="b:9092", gateway_advertised_host="gw.example.com",
        gateway_node_id="n1", gateway_security_protocol="SSL", gateway_routing_mechanism="host",
        gateway_port_start=9092, **settings)
    brokers = {i: BrokerInfo(i, f"b{i}", 9092, None) for i in (1, 2, 3)}
    return GatewayState(config, PortMap(9092, 1, 1), ClusterInfo(brokers, VERSIONS))


def test_brokers_are_names_on_the_one_port() -> None:
    state = _state(gateway_feature_flags_internal_load_balancing=False)
    address_of = state.address_map("c|h")
    assert [address_of(i) for i in (1, 2, 3)] == [
        ("broker1.gw.example.com", 9092), ("broker2.gw.example.com", 9092),
        ("broker3.gw.example.com", 9092)]
    # No port range limits the broker ids: a broker with a large id is a name too.
    assert address_of(1017) == ("broker1017.gw.example.com", 9092)


def test_a_broker_learned_from_metadata_needs_no_port() -> None:
    state = _state(gateway_feature_flags_internal_load_balancing=False)
    assert state.learn_brokers([{"NodeId": 1017, "Host": "b9", "Port": 9092}], "NodeId")
    assert 1017 in state.brokers


def test_prefix_separator_and_advertised_port() -> None:
    state = _state(gateway_feature_flags_internal_load_balancing=False,
                   gateway_advertised_host_prefix="kafka-", gateway_sni_host_separator="-",
                   gateway_advertised_sni_port=443)
    assert state.address_of(2) == ("kafka-2-gw.example.com", 443)


def test_with_internal_load_balancing_names_are_on_the_chosen_node() -> None:
    state = _state()
    state.set_live_nodes([GatewayNode("n1", "gw1.example.com", 9092, None),
                          GatewayNode("n2", "gw2.example.com", 9092, None)])
    address_of = state.address_map("c1|h")
    hosts = {address_of(i) for i in (1, 2, 3)}
    assert {h for h, _ in hosts} <= {f"broker{i}.gw{n}.example.com" for i in (1, 2, 3)
                                     for n in (1, 2)}
    assert {h.split(".", 1)[1] for h, _ in hosts} == {"gw1.example.com", "gw2.example.com"}
    assert {p for _, p in hosts} == {9092}


def test_bootstrap_connection_may_use_any_broker() -> None:
    state = _state()
    assert [b.node_id for b in state.upstream_candidates(None)] == [1, 2, 3]
    assert [b.node_id for b in state.upstream_candidates(2)][0] == 2


def test_cluster_status_shows_the_sni_names() -> None:
    from gateway.commands.cluster_status import _mapping
    config = GatewayConfig(
        kafka_bootstrap_servers="b:9092", gateway_advertised_host="gw.example.com",
        gateway_security_protocol="SSL", gateway_routing_mechanism="host",
        gateway_advertised_sni_port=443)
    brokers = {i: BrokerInfo(i, f"b{i}", 9092, None) for i in (1, 2)}
    lines = _mapping(config, [GatewayNode("n1", "gw1.example.com", 9092, None)],
                     ClusterInfo(brokers, VERSIONS))
    text = "\n".join(lines)
    assert "broker1.gw1.example.com:443" in text and "broker2.gw1.example.com:443" in text
    assert "SNI routing" in text
