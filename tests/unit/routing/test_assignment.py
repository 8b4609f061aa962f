"""Properties of the broker-to-gateway-node assignment (coverage, balance, racks, rotation)."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gateway.routing.assignment import Broker, GatewayNode, advertised_address, assign_brokers

CURSORS = st.integers(min_value=0, max_value=10**12)


def gateway_nodes(racks: list[str | None]) -> st.SearchStrategy[list[GatewayNode]]:
    """Lists of nodes with unique ids, racks drawn from ``racks``."""
    node = st.builds(
        GatewayNode,
        node_id=st.text("abcdefgh", min_size=1, max_size=4),
        host=st.sampled_from(["gw1", "gw2", "10.0.0.7"]),
        port_start=st.integers(1024, 60000),
        rack=st.sampled_from(racks),
    )
    return st.lists(node, min_size=1, max_size=6, unique_by=lambda n: n.node_id)


def brokers(racks: list[str | None]) -> st.SearchStrategy[list[Broker]]:
    """Lists of brokers with unique ids, racks drawn from ``racks``."""
    broker = st.builds(Broker, broker_id=st.integers(0, 50), rack=st.sampled_from(racks))
    return st.lists(broker, max_size=12, unique_by=lambda b: b.broker_id)


# Racks that may match each other, and two disjoint sets for the unconstrained case.
ANY_NODES = gateway_nodes([None, "a", "b", "c"])
ANY_BROKERS = brokers([None, "a", "b", "c", "d"])
FREE_NODES = gateway_nodes([None, "x", "y"])
FREE_BROKERS = brokers([None, "a", "b"])


@given(ANY_NODES, ANY_BROKERS, CURSORS)
def test_every_broker_gets_a_node_from_the_input(
    nodes: list[GatewayNode], brokers: list[Broker], cursor: int
) -> None:
    result = assign_brokers(nodes, brokers, cursor)
    assert set(result) == {b.broker_id for b in brokers}
    assert all(node in nodes for node in result.values())


@given(FREE_NODES, FREE_BROKERS, CURSORS)
def test_unconstrained_assignment_is_balanced(
    nodes: list[GatewayNode], brokers: list[Broker], cursor: int
) -> None:
    load = Counter(n.node_id for n in assign_brokers(nodes, brokers, cursor).values())
    counts = [load[n.node_id] for n in nodes]
    assert max(counts) - min(counts) <= 1


@given(ANY_NODES, ANY_BROKERS, CURSORS)
def test_a_broker_stays_in_its_rack_when_the_rack_has_a_node(
    nodes: list[GatewayNode], brokers: list[Broker], cursor: int
) -> None:
    result = assign_brokers(nodes, brokers, cursor)
    node_racks = {n.rack for n in nodes if n.rack is not None}
    for broker in brokers:
        if broker.rack in node_racks:
            assert result[broker.broker_id].rack == broker.rack


@given(ANY_NODES, ANY_BROKERS, CURSORS)
def test_brokers_of_a_rack_are_spread_over_that_racks_nodes(
    nodes: list[GatewayNode], brokers: list[Broker], cursor: int
) -> None:
    result = assign_brokers(nodes, brokers, cursor)
    for rack in {n.rack for n in nodes if n.rack is not None}:
        local = [n.node_id for n in nodes if n.rack == rack]
        load = Counter(result[b.broker_id].node_id for b in brokers if b.rack == rack)
        counts = [load[node_id] for node_id in local]
        assert max(counts) - min(counts) <= 1


@given(FREE_NODES.filter(lambda ns: len(ns) >= 2), FREE_BROKERS, CURSORS)
def test_consecutive_cursors_rotate_every_broker_over_every_node(
    nodes: list[GatewayNode], brokers: list[Broker], cursor: int
) -> None:
    k = len(nodes)
    rounds = [assign_brokers(nodes, brokers, cursor + i) for i in range(k + 1)]
    for broker in brokers:
        seen = [r[broker.broker_id] for r in rounds]
        assert all(a != b for a, b in zip(seen, seen[1:], strict=False))
        assert set(seen[:k]) == set(nodes)


@given(ANY_NODES, ANY_BROKERS, CURSORS, st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_input_order(
    nodes: list[GatewayNode], brokers: list[Broker], cursor: int, rnd: random.Random
) -> None:
    shuffled_nodes, shuffled_brokers = nodes[:], brokers[:]
    rnd.shuffle(shuffled_nodes)
    rnd.shuffle(shuffled_brokers)
    assert assign_brokers(shuffled_nodes, shuffled_brokers, cursor) == assign_brokers(
        nodes, brokers, cursor
    )


def test_brokers_without_a_local_node_fill_the_least_loaded_nodes() -> None:
    a1, a2, b1 = (GatewayNode(f"n{i}", "h", 9000, r) for i, r in enumerate("aab"))
    brokers = [Broker(1, "a"), Broker(2, "a"), Broker(3, "z"), Broker(4, None)]
    result = assign_brokers([a1, a2, b1], brokers, cursor=0)
    assert {result[1], result[2]} == {a1, a2}
    assert {result[3], result[4]} <= {a1, a2, b1}
    assert b1 in (result[3], result[4])


def test_no_nodes_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one gateway node"):
        assign_brokers([], [Broker(1, None)], 0)


def test_advertised_address_offsets_the_port_by_broker_id() -> None:
    node = GatewayNode("n1", "gw.example.com", 6969, None)
    assert advertised_address(node, broker_id=1, min_broker_id=1) == ("gw.example.com", 6969)
    assert advertised_address(node, broker_id=4, min_broker_id=1) == ("gw.example.com", 6972)
