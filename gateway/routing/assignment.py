"""Which gateway node a client is sent to for each broker (internal load balancing).

Pure functions: given the live gateway nodes, the brokers and a round-robin cursor, pick one
node per broker.  A broker whose rack has live gateway nodes is served by those nodes only
(rotating among them with the cursor); any other broker goes to the least-loaded node overall,
ties broken by the cursor's rotation.  Without rack constraints this is plain round-robin:
broker ``i`` (in id order) goes to node ``(i + cursor) mod k``, so loads differ by at most one
and consecutive cursors move every broker to another node.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Broker", "GatewayNode", "advertised_address", "assign_brokers"]


@dataclass(frozen=True, slots=True)
class GatewayNode:
    """A live gateway node: where clients reach it and which rack it is in."""

    node_id: str
    host: str
    port_start: int
    rack: str | None


@dataclass(frozen=True, slots=True)
class Broker:
    """A backend broker, as far as routing cares."""

    broker_id: int
    rack: str | None


def _node_key(node: GatewayNode) -> tuple[str, str, int, bool, str]:
    """A total order on nodes, so the input order never matters."""
    return (node.node_id, node.host, node.port_start, node.rack is not None, node.rack or "")


def _broker_key(broker: Broker) -> tuple[int, bool, str]:
    """A total order on brokers, so the input order never matters."""
    return (broker.broker_id, broker.rack is not None, broker.rack or "")


def assign_brokers(
    nodes: Sequence[GatewayNode], brokers: Sequence[Broker], cursor: int
) -> dict[int, GatewayNode]:
    """Map every broker id to the gateway node a client should use for it."""
    if not nodes:
        raise ValueError("assign_brokers needs at least one gateway node")
    ordered = sorted(nodes, key=_node_key)
    by_rack: dict[str, list[int]] = defaultdict(list)
    for index, node in enumerate(ordered):
        if node.rack is not None:
            by_rack[node.rack].append(index)
    load = [0] * len(ordered)
    chosen: dict[int, int] = {}
    seen_in_rack: dict[str, int] = defaultdict(int)
    free: list[Broker] = []
    for broker in sorted(brokers, key=_broker_key):
        rack = broker.rack
        local = by_rack.get(rack, []) if rack is not None else []
        if rack is None or not local:
            free.append(broker)
            continue
        index = local[(seen_in_rack[rack] + cursor) % len(local)]
        seen_in_rack[rack] += 1
        chosen[broker.broker_id] = index
        load[index] += 1
    count = len(ordered)
    for broker in free:
        index = min(range(count), key=lambda i: (load[i], (i - cursor) % count))
        chosen[broker.broker_id] = index
        load[index] += 1
    return {broker_id: ordered[chosen[broker_id]] for broker_id in sorted(chosen)}


def advertised_address(node: GatewayNode, broker_id: int, min_broker_id: int) -> tuple[str, int]:
    """The (host, port) at which ``node`` serves ``broker_id`` in port routing."""
    return (node.host, node.port_start + broker_id - min_broker_id)
