"""What one gateway process knows: the backend brokers, the ports, the API versions."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import trio

from gateway import metrics
from gateway.audit import AuditLog
from gateway.config import GatewayConfig
from gateway.log_limits import LogLimiter
from gateway.protocol.internal_topics import InternalTopics
from gateway.protocol.rewrite import AddressOf
from gateway.protocol.versions import VersionRanges, negotiate, ranges_of
from gateway.routing.assignment import Broker, GatewayNode, advertised_address, assign_brokers
from gateway.routing.ports import PortMap
from gateway.routing.sni import SniNames

from .backend import BrokerInfo, ClusterInfo
from .budget import RequestBudget

if TYPE_CHECKING:
    from .tls_listener import TlsListener

log = logging.getLogger("sluice.routing")


class GatewayState:
    """Broker directory, port map and advertised API versions of one worker."""

    def __init__(
        self,
        config: GatewayConfig,
        port_map: PortMap,
        cluster: ClusterInfo,
        audit: AuditLog | None = None,
    ) -> None:
        self.config = config
        self.audit = audit
        self.audited_keys = config.audit_api_keys()
        self.trusted_networks = config.trusted_networks()
        self.port_map = port_map
        self.advertised_host = config.advertised_host
        # With SNI routing every broker is a name on one port, not a port of a range.
        self.sni_names = SniNames(config.advertised_host, config.gateway_advertised_host_prefix,
                                  config.gateway_sni_host_separator) if config.sni_routing \
            else None
        self.sni_port = config.advertised_sni_port
        # Brokers are never forgotten: a broker that is down vanishes from Metadata
        # while partitions may still name it as leader, and its port must keep working.
        self.brokers: dict[int, BrokerInfo] = dict(cluster.brokers)
        self.api_ranges: VersionRanges = ranges_of(negotiate(cluster.api_versions))
        self._reported_out_of_range: set[int] = set()
        self.own_node = GatewayNode(
            config.node_id, self.advertised_host, port_map.port_start, config.gateway_rack_id
        )
        self.live_nodes: list[GatewayNode] = [self.own_node]
        # Open sessions by broker id, so a shutdown can close them broker by broker.
        self.sessions: dict[int, set[trio.CancelScope]] = {}
        # Warnings about clients, rate-limited per peer host; the worker's request budget.
        proxy_log = logging.getLogger("sluice.proxy")
        self.limiter = LogLimiter(proxy_log)
        self.budget = RequestBudget(config.gateway_max_queued_request_bytes,
                                    LogLimiter(proxy_log, burst=1, interval_s=10.0))

        self.tls: TlsListener | None = None  # client TLS, set up by the server
        self.internal_topics = InternalTopics([config.audit_topic])  # closed to clients

    def learn_cluster(self, cluster: ClusterInfo) -> None:
        """Merge a fresh description of the backend."""
        self.brokers.update(cluster.brokers)
        self.api_ranges = ranges_of(negotiate(cluster.api_versions))

    def rewrite_learning_brokers(
        self, rewrite: Callable[[AddressOf], tuple[bytes, list[dict[str, Any]]]],
        id_field: str, client_key: str,
    ) -> bytes:
        """A Metadata/DescribeCluster response rewritten for one client, its brokers learned.

        Learn first, then rewrite: a broker seen for the first time must get the address
        the routing gives it now, not this node's fallback, or it moves on the next
        refresh and librdkafka reconnects. The rewrite is redone only when the response
        told us something new.
        """
        frame, brokers = rewrite(self.address_map(client_key))
        if self.learn_brokers(brokers, id_field):
            frame, _ = rewrite(self.address_map(client_key))
        return frame

    def learn_brokers(self, brokers: list[dict[str, Any]], id_field: str) -> bool:
        """Merge brokers seen in a Metadata or DescribeCluster response; True if any changed.

        A broker id outside the port range never enters the routing state (it has no
        port, and no client could be served by it anyway).
        """
        changed = False
        for b in brokers:
            node_id = b[id_field]
            if self.sni_names is None and self.port_map.port_for(node_id) is None:
                self.address_of(node_id)  # logs the configuration error once
                continue
            known = self.brokers.get(node_id)
            # Metadata v0 has no rack field: keep the rack we know rather than erase it.
            rack = b.get("Rack", known.rack if known else None)
            if known is None or (known.host, known.port, known.rack) != (
                b["Host"], b["Port"], rack
            ):
                self.brokers[node_id] = BrokerInfo(node_id, b["Host"], b["Port"], rack)
                changed = True
        return changed

    def learn_api_versions(self, advertised: list[dict[str, Any]] | None) -> None:
        """Remember the ranges advertised to clients (None: an error answer, ignored)."""
        if advertised:
            self.api_ranges = ranges_of(advertised)

    def set_live_nodes(self, nodes: list[GatewayNode]) -> None:
        """Adopt a new membership view (called in the trio thread); log who came and went."""
        before = {n.node_id for n in self.live_nodes}
        after = {n.node_id for n in nodes}
        self.live_nodes = nodes or [self.own_node]
        metrics.set_live_nodes(len(self.live_nodes))
        if before != after:
            log.info(
                "gateway cluster view: %s (joined: %s; left: %s)",
                ", ".join(sorted(after)) or "-", ", ".join(sorted(after - before)) or "-",
                ", ".join(sorted(before - after)) or "-",
            )

    def address_map(self, client_key: str) -> AddressOf:
        """The broker -> address mapping for responses to one client.

        The round-robin cursor comes from the client's identity (client id and source
        host), not from a per-request counter: different clients land on different nodes,
        while one client keeps the same address for a broker as long as the view is
        unchanged. A per-request rotation would hand a client a new address for the same
        broker on every metadata refresh, and librdkafka reconnects each time (in-flight
        requests are retried, which we saw produce duplicates on the mock broker). All
        responses to one client (Metadata, FindCoordinator, DescribeCluster, NodeEndpoints)
        use the same mapping.
        """
        if not self.config.gateway_feature_flags_internal_load_balancing:
            return self.address_of
        brokers = [Broker(b.node_id, b.rack) for b in self.brokers.values()]
        assignment = assign_brokers(self.live_nodes, brokers, zlib.crc32(client_key.encode()))

        def routed_address_of(node_id: int) -> tuple[str, int] | None:
            own = self.address_of(node_id)  # None (and a logged error) outside the ports
            node = assignment.get(node_id)
            if own is None or node is None:
                return own
            if self.sni_names is not None:
                return self.sni_names.name_of(node_id, node.host), self.sni_port
            return advertised_address(node, node_id, self.port_map.min_broker_id)

        return routed_address_of

    def address_of(self, node_id: int) -> tuple[str, int] | None:
        """This node's address for broker `node_id`, or None if it has no port."""
        if self.sni_names is not None:
            return self.sni_names.name_of(node_id), self.sni_port
        port = self.port_map.port_for(node_id)
        if port is None:
            if node_id not in self._reported_out_of_range:
                self._reported_out_of_range.add(node_id)
                log.error(
                    "configuration error: broker %d has no gateway port (ports %d-%d serve "
                    "broker ids %d-%d); it is left out of responses. Remedy: raise "
                    "GATEWAY_PORT_COUNT to at least %d (or lower GATEWAY_MIN_BROKERID)",
                    node_id, self.port_map.ports[0], self.port_map.ports[-1],
                    self.port_map.min_broker_id,
                    self.port_map.min_broker_id + self.port_map.port_count - 1,
                    self.port_map.ports_needed_for(node_id),
                )
            return None
        return self.advertised_host, port

    def upstream_candidates(self, broker_id: int | None) -> list[BrokerInfo]:
        """Brokers to try for a client of `broker_id` (None: bootstrap): it first, then others."""
        own = self.brokers.get(broker_id) if broker_id is not None else None
        others = [b for b in self.brokers.values() if b is not own]
        return [own, *others] if own is not None else others
