"""What the gateway itself asks the backend cluster: brokers and API versions."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import trio

from gateway.protocol import api_keys
from gateway.protocol.errors import ProtocolError
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header, response_body_offset
from gateway.protocol.messages import (
    API_VERSIONS_REQUEST,
    API_VERSIONS_RESPONSE,
    METADATA_REQUEST,
    METADATA_RESPONSE,
)

from .framed import FramedStream, PeerGone

log = logging.getLogger("sluice.backend")

CLIENT_ID = "sluice-gateway"
METADATA_VERSION = 1  # brokers with racks, and an empty topic list means "no topics"


@dataclass(frozen=True, slots=True)
class BrokerInfo:
    """A backend broker as the cluster describes it."""

    node_id: int
    host: str
    port: int
    rack: str | None


@dataclass(frozen=True, slots=True)
class ClusterInfo:
    """The brokers and the ApiVersions entries of the backend."""

    brokers: dict[int, BrokerInfo]
    api_versions: list[dict[str, Any]]


class BackendUnavailable(Exception):
    """No bootstrap server answered."""


async def _call(
    conn: FramedStream, api_key: int, version: int, body: bytes, correlation_id: int
) -> tuple[bytes, int]:
    request = encode_request_header(api_key, version, correlation_id, CLIENT_ID) + body
    await conn.send(frame(request))
    response = await conn.read_frame()
    if response is None:
        raise PeerGone("broker closed the connection")
    return response, response_body_offset(response, api_key, version)


async def describe_cluster(
    servers: list[tuple[str, int]], timeout_s: float, max_frame_bytes: int
) -> ClusterInfo:
    """Ask the first reachable bootstrap server for its ApiVersions and brokers."""
    failures = []
    for host, port in servers:
        try:
            with trio.fail_after(timeout_s):
                stream = await trio.open_tcp_stream(host, port)
                conn = FramedStream(stream, max_frame_bytes)
                try:
                    response, at = await _call(
                        conn, api_keys.API_VERSIONS, 0, API_VERSIONS_REQUEST.encode({}, 0), 1
                    )
                    versions, _ = API_VERSIONS_RESPONSE.decode(response, 0, at)
                    body = METADATA_REQUEST.encode({"Topics": []}, METADATA_VERSION)
                    response, at = await _call(
                        conn, api_keys.METADATA, METADATA_VERSION, body, 2
                    )
                    metadata, _ = METADATA_RESPONSE.decode(response, METADATA_VERSION, at)
                finally:
                    conn.reset_on_close_if_drained()  # no TIME-WAIT toward the broker
                    await conn.aclose()
        except (OSError, trio.TooSlowError, PeerGone, ProtocolError) as exc:
            failures.append(f"{host}:{port}: {exc or type(exc).__name__}")
            continue
        brokers = {
            b["NodeId"]: BrokerInfo(b["NodeId"], b["Host"], b["Port"], b.get("Rack"))
            for b in metadata["Brokers"]
        }
        return ClusterInfo(brokers, versions["ApiKeys"])
    raise BackendUnavailable("; ".join(failures))
