"""Port routing: one gateway port per broker.

Broker `b` is served on `port_start + (b - min_broker_id)`; a port with no broker
behind it still answers bootstrap requests (ApiVersions, Metadata) through any broker.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PortMap:
    """The mapping between broker ids and gateway ports."""

    port_start: int
    port_count: int
    min_broker_id: int

    @property
    def ports(self) -> range:
        """Every port the gateway listens on."""
        return range(self.port_start, self.port_start + self.port_count)

    def port_for(self, broker_id: int) -> int | None:
        """The gateway port of a broker, or None when it falls outside the range."""
        offset = broker_id - self.min_broker_id
        if 0 <= offset < self.port_count:
            return self.port_start + offset
        return None

    def broker_for(self, port: int) -> int:
        """The broker id a gateway port stands for (which may not exist)."""
        return self.min_broker_id + (port - self.port_start)

    def ports_needed_for(self, broker_id: int) -> int:
        """The GATEWAY_PORT_COUNT that would cover `broker_id`."""
        return max(self.port_count, broker_id - self.min_broker_id + 1)
