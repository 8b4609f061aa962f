"""The heartbeat record every gateway worker publishes, and its JSON wire form.

Unknown fields are ignored when decoding, so a newer gateway version may add fields without
breaking older nodes during a rolling upgrade.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

import msgspec

__all__ = [
    "Heartbeat",
    "HeartbeatDecodeError",
    "decode_heartbeat",
    "encode_heartbeat",
    "group_id",
    "heartbeat_topic",
]

State = Literal["running", "shutting_down"]
RoutingMechanism = Literal["port", "sni"]


class Heartbeat(msgspec.Struct, frozen=True, kw_only=True):
    """One worker's announcement that its node is alive (or about to stop)."""

    cluster_id: str
    node_id: str
    worker_id: Annotated[int, msgspec.Meta(ge=0)]
    advertised_host: str
    port_start: Annotated[int, msgspec.Meta(ge=1, le=65535)]
    routing_mechanism: RoutingMechanism = "port"
    rack: str | None = None
    version: str
    state: State = "running"
    timestamp_ms: int


class HeartbeatDecodeError(ValueError):
    """The bytes are not a valid heartbeat record."""


_ENCODER: Final = msgspec.json.Encoder()
_DECODER: Final = msgspec.json.Decoder(Heartbeat)


def encode_heartbeat(heartbeat: Heartbeat) -> bytes:
    """Serialize a heartbeat to JSON bytes."""
    return _ENCODER.encode(heartbeat)


def decode_heartbeat(data: bytes) -> Heartbeat:
    """Parse JSON bytes into a heartbeat, raising HeartbeatDecodeError on anything else."""
    try:
        return _DECODER.decode(data)
    except msgspec.DecodeError as exc:
        raise HeartbeatDecodeError(f"invalid heartbeat: {exc}") from exc


def heartbeat_topic(cluster_id: str) -> str:
    """The internal topic the gateway cluster's heartbeats go to."""
    return f"_sluice_{cluster_id}_heartbeats"


def group_id(cluster_id: str) -> str:
    """The consumer group id used by the gateway cluster's membership consumers."""
    return f"sluice_{cluster_id}"
