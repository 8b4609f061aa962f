"""Byte surgery on responses that carry broker addresses.

Each function takes a whole response frame and `address_of(node_id)`, which returns
the (host, port) a client must use for that broker, or None when the broker cannot be
advertised (it is then left out, as a broker that is down would be). Node ids, racks,
leaders and every other byte stay as the broker sent them. A Metadata response is
decoded only up to its broker list; the topics and partitions behind it are spliced
back as bytes, so the cost does not grow with the number of partitions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import api_keys
from .errors import COORDINATOR_NOT_AVAILABLE, UNSUPPORTED_VERSION
from .frames import SIZE, frame
from .headers import response_body_offset
from .messages import (
    API_VERSIONS_RESPONSE,
    DESCRIBE_CLUSTER_RESPONSE,
    FETCH_RESPONSE,
    FIND_COORDINATOR_RESPONSE,
    METADATA_RESPONSE,
    PRODUCE_RESPONSE,
)
from .schema import Message, tagged_section_tags
from .versions import negotiate

AddressOf = Callable[[int], "tuple[str, int] | None"]
Broker = dict[str, Any]

# KIP-951 NodeEndpoints: top-level tag 0 of Produce and Fetch responses, from these versions.
NODE_ENDPOINTS_TAG = 0
PRODUCE_NODE_ENDPOINTS = 10
FETCH_NODE_ENDPOINTS = 16


def _split(frame_bytes: bytes, api_key: int, version: int) -> tuple[bytes, int]:
    """The header bytes (without size prefix) and the offset of the body."""
    body_at = response_body_offset(frame_bytes, api_key, version)
    return frame_bytes[SIZE.size:body_at], body_at


def _rewrite_brokers(
    brokers: list[Broker], id_field: str, address_of: AddressOf
) -> list[Broker]:
    rewritten = []
    for broker in brokers:
        address = address_of(broker[id_field])
        if address is not None:
            rewritten.append({**broker, "Host": address[0], "Port": address[1]})
    return rewritten


def rewrite_metadata(
    frame_bytes: bytes, version: int, address_of: AddressOf
) -> tuple[bytes, list[Broker]]:
    """Rewrite a Metadata response; also return the brokers as the broker sent them."""
    header, body_at = _split(frame_bytes, api_keys.METADATA, version)
    codec = METADATA_RESPONSE.codec(version)
    upto = codec.field_index("Brokers") + 1
    start, rest_at = codec.decode_prefix(frame_bytes, body_at, upto)
    brokers = start["Brokers"]
    start["Brokers"] = _rewrite_brokers(brokers, "NodeId", address_of)
    out = bytearray(header)
    codec.encode_prefix(out, start, upto)
    out += memoryview(frame_bytes)[rest_at:]
    return frame(bytes(out)), brokers


def rewrite_describe_cluster(
    frame_bytes: bytes, version: int, address_of: AddressOf
) -> tuple[bytes, list[Broker]]:
    """Rewrite a DescribeCluster response; also return the original brokers."""
    body, rebuild = _decode(frame_bytes, DESCRIBE_CLUSTER_RESPONSE, version)
    brokers = body["Brokers"]
    body["Brokers"] = _rewrite_brokers(brokers, "BrokerId", address_of)
    return rebuild(body), brokers


def rewrite_find_coordinator(frame_bytes: bytes, version: int, address_of: AddressOf) -> bytes:
    """Rewrite a FindCoordinator response (single coordinator before v4, a list after)."""
    body, rebuild = _decode(frame_bytes, FIND_COORDINATOR_RESPONSE, version)
    entries = body["Coordinators"] if version >= 4 else [body]
    for entry in entries:
        if entry["ErrorCode"] != 0:
            continue
        address = address_of(entry["NodeId"])
        if address is None:
            # The coordinator cannot be reached through this gateway: say so in a way
            # clients retry on, rather than hand out the broker's own address.
            entry["ErrorCode"] = COORDINATOR_NOT_AVAILABLE
            entry["NodeId"], entry["Host"], entry["Port"] = -1, "", -1
        else:
            entry["Host"], entry["Port"] = address
    return rebuild(body)


def rewrite_node_endpoints(
    frame_bytes: bytes, api_key: int, version: int, address_of: AddressOf
) -> bytes:
    """Rewrite the KIP-951 NodeEndpoints of a Produce v10+ or Fetch v16+ response."""
    message = PRODUCE_RESPONSE if api_key == api_keys.PRODUCE else FETCH_RESPONSE
    first = PRODUCE_NODE_ENDPOINTS if api_key == api_keys.PRODUCE else FETCH_NODE_ENDPOINTS
    if version < first:
        return frame_bytes
    # The hot path: walk over the body without building it (records stay untouched) and
    # look at the top-level tags; only a response that names brokers is decoded.
    body_at = response_body_offset(frame_bytes, api_key, version)
    tags_at = message.codec(version).skip_plain(frame_bytes, body_at)
    if NODE_ENDPOINTS_TAG not in tagged_section_tags(frame_bytes, tags_at):
        return frame_bytes
    body, rebuild = _decode(frame_bytes, message, version)
    if "NodeEndpoints" not in body:
        return frame_bytes
    body["NodeEndpoints"] = _rewrite_brokers(body["NodeEndpoints"], "NodeId", address_of)
    return rebuild(body)


def rewrite_api_versions(
    frame_bytes: bytes, version: int
) -> tuple[bytes, list[dict[str, Any]] | None]:
    """Advertise the gateway's intersection of a broker's ApiVersions response.

    Returns the new frame and the advertised ApiKeys entries (None when the broker
    answered with an error: its list is then only a hint for a retry). A broker that
    rejected the request's version answers with a v0 body (KIP-511), read as such.
    """
    header, body_at = _split(frame_bytes, api_keys.API_VERSIONS, version)
    if (
        len(frame_bytes) >= body_at + 2
        and int.from_bytes(frame_bytes[body_at:body_at + 2], "big", signed=True)
        == UNSUPPORTED_VERSION
    ):
        version = 0
    body, end = API_VERSIONS_RESPONSE.decode(frame_bytes, version, body_at)
    body["ApiKeys"] = negotiate(body["ApiKeys"])
    out = header + API_VERSIONS_RESPONSE.encode(body, version) + frame_bytes[end:]
    return frame(out), body["ApiKeys"] if body["ErrorCode"] == 0 else None


def _decode(
    frame_bytes: bytes, message: Message, version: int
) -> tuple[dict[str, Any], Callable[[dict[str, Any]], bytes]]:
    """Decode a response body; return it with a function that re-frames a new body."""
    header, body_at = _split(frame_bytes, message.api_key, version)
    body, end = message.decode(frame_bytes, version, body_at)
    trailer = frame_bytes[end:]

    def rebuild(new_body: dict[str, Any]) -> bytes:
        return frame(header + message.encode(new_body, version) + trailer)

    return body, rebuild
