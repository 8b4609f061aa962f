"""What one gateway process knows: the backend brokers, the ports, the API versions."""

from __future__ import annotations

import logging
from typing import Any

import trio

from gateway.audit import AuditLog
from gateway.config import GatewayConfig
from gateway.protocol.versions import VersionRanges, negotiate, ranges_of
from gateway.routing.ports import PortMap

from .backend import BrokerInfo, ClusterInfo

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
        # Brokers are never forgotten: a broker that is down vanishes from Metadata
        # while partitions may still name it as leader, and its port must keep working.
        self.brokers: dict[int, BrokerInfo] = dict(cluster.brokers)
        self.api_ranges: VersionRanges = ranges_of(negotiate(cluster.api_versions))
        self._reported_out_of_range: set[int] = set()
        # Open sessions by broker id, so a shutdown can close them broker by broker.
        self.sessions: dict[int, set[trio.CancelScope]] = {}

    def learn_cluster(self, cluster: ClusterInfo) -> None:
        """Merge a fresh description of the backend."""
        self.brokers.update(cluster.brokers)
        self.api_ranges = ranges_of(negotiate(cluster.api_versions))

    def learn_brokers(self, brokers: list[dict[str, Any]], id_field: str) -> None:
        """Merge brokers seen in a Metadata or DescribeCluster response."""
        for b in brokers:
            node_id = b[id_field]
            known = self.brokers.get(node_id)
            if known is None or (known.host, known.port, known.rack) != (
                b["Host"], b["Port"], b.get("Rack")
            ):
                self.brokers[node_id] = BrokerInfo(node_id, b["Host"], b["Port"], b.get("Rack"))

    def learn_api_versions(self, advertised: list[dict[str, Any]]) -> None:
        """Remember the ranges advertised to clients, to check their requests."""
        self.api_ranges = ranges_of(advertised)

    def address_of(self, node_id: int) -> tuple[str, int] | None:
        """The address clients must use for broker `node_id`, or None if it has no port."""
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

    def upstream_candidates(self, port: int) -> list[BrokerInfo]:
        """Brokers to try for a client on `port`: its own broker first, then the others."""
        own = self.brokers.get(self.port_map.broker_for(port))
        others = [b for b in self.brokers.values() if b is not own]
        return [own, *others] if own is not None else others
