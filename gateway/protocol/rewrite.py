"""Byte surgery on responses that carry broker addresses.

Each function takes a whole response frame and `address_of(node_id)`, which returns
the (host, port) a client must use for that broker, or None when the broker cannot be
advertised (it is then left out, as a broker that is down would be). Node ids, racks,
leaders and every other byte stay as the broker sent them. A Metadata response is
decoded only up to its broker list; the topics and partitions behind it are spliced
back as bytes, so the cost does not grow with the number of partitions. The codec is the
generated one (`codec.py`); its seekers find the broker list and the top-level tagged
fields without decoding what comes before them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import msgspec

from . import api_keys
from .codec_runtime import (
    UNSET,
    KafkaStruct,
    Message,
    decode_array,
    encode_array,
    from_dict,
    tagged_section_tags,
    to_dict,
)
from .errors import COORDINATOR_NOT_AVAILABLE, UNSUPPORTED_VERSION
from .frames import SIZE
from .generated.api_versions_response import ApiVersion, ApiVersionsResponse
from .generated.describe_cluster_response import DescribeClusterResponse
from .generated.fetch_response import FetchResponse
from .generated.find_coordinator_response import FindCoordinatorResponse
from .generated.metadata_response import MetadataResponse, MetadataResponseBroker
from .generated.produce_response import ProduceResponse
from .headers import response_body_offset
from .versions import negotiate

AddressOf = Callable[[int], "tuple[str, int] | None"]
Broker = dict[str, Any]
M = TypeVar("M", bound=Message)
B = TypeVar("B", bound=KafkaStruct)

# KIP-951 NodeEndpoints: top-level tag 0 of Produce and Fetch responses, from these versions.
NODE_ENDPOINTS_TAG = 0
PRODUCE_NODE_ENDPOINTS = 10
FETCH_NODE_ENDPOINTS = 16


def _framed(out: bytearray) -> bytes:
    """`out`, whose first four bytes are reserved, with its size prefix written in."""
    out[0:SIZE.size] = SIZE.pack(len(out) - SIZE.size)
    return bytes(out)


def _rewrite_brokers(brokers: list[B], id_field: str, address_of: AddressOf) -> list[B]:
    rewritten = []
    for broker in brokers:
        address = address_of(getattr(broker, id_field))
        if address is not None:
            rewritten.append(msgspec.structs.replace(broker, Host=address[0], Port=address[1]))
    return rewritten


def rewrite_metadata(
    frame_bytes: bytes, version: int, address_of: AddressOf
) -> tuple[bytes, list[Broker]]:
    """Rewrite a Metadata response; also return the brokers as the broker sent them."""
    body_at = response_body_offset(frame_bytes, api_keys.METADATA, version)
    brokers_at = MetadataResponse.offset_of(frame_bytes, version, body_at, "Brokers")
    brokers, rest_at = decode_array(MetadataResponseBroker, frame_bytes, version, brokers_at)
    out = bytearray(frame_bytes[:brokers_at])
    encode_array(out, MetadataResponseBroker, _rewrite_brokers(brokers, "NodeId", address_of),
                 version)
    out += memoryview(frame_bytes)[rest_at:]
    return _framed(out), [to_dict(b, version) for b in brokers]


def rewrite_describe_cluster(
    frame_bytes: bytes, version: int, address_of: AddressOf
) -> tuple[bytes, list[Broker]]:
    """Rewrite a DescribeCluster response; also return the original brokers."""
    body, rebuild = _decode(frame_bytes, DescribeClusterResponse, api_keys.DESCRIBE_CLUSTER,
                            version)
    brokers = body.Brokers
    body.Brokers = _rewrite_brokers(brokers, "BrokerId", address_of)
    return rebuild(body), [to_dict(b, version) for b in brokers]


def rewrite_find_coordinator(frame_bytes: bytes, version: int, address_of: AddressOf) -> bytes:
    """Rewrite a FindCoordinator response (single coordinator before v4, a list after)."""
    body, rebuild = _decode(frame_bytes, FindCoordinatorResponse, api_keys.FIND_COORDINATOR,
                            version)
    entries: list[Any] = body.Coordinators if version >= 4 else [body]
    for entry in entries:
        if entry.ErrorCode != 0:
            continue
        address = address_of(entry.NodeId)
        if address is None:
            # The coordinator cannot be reached through this gateway: say so in a way
            # clients retry on, rather than hand out the broker's own address.
            entry.ErrorCode = COORDINATOR_NOT_AVAILABLE
            entry.NodeId, entry.Host, entry.Port = -1, "", -1
        else:
            entry.Host, entry.Port = address
    return rebuild(body)


def rewrite_node_endpoints(
    frame_bytes: bytes, api_key: int, version: int, address_of: AddressOf
) -> bytes:
    """Rewrite the KIP-951 NodeEndpoints of a Produce v10+ or Fetch v16+ response."""
    message: type[ProduceResponse | FetchResponse] = (
        ProduceResponse if api_key == api_keys.PRODUCE else FetchResponse)
    first = PRODUCE_NODE_ENDPOINTS if api_key == api_keys.PRODUCE else FETCH_NODE_ENDPOINTS
    if version < first:
        return frame_bytes
    # The hot path: the seeker walks over the body without building it (records are
    # stepped over by their lengths) to the top-level tags; only a response that names
    # brokers is decoded.
    body_at = response_body_offset(frame_bytes, api_key, version)
    tags_at = message.offset_of(frame_bytes, version, body_at)
    if NODE_ENDPOINTS_TAG not in tagged_section_tags(frame_bytes, tags_at):
        return frame_bytes
    body, rebuild = _decode(frame_bytes, message, api_key, version)
    if body.NodeEndpoints is UNSET:
        return frame_bytes
    endpoints: list[Any] = body.NodeEndpoints
    body.NodeEndpoints = _rewrite_brokers(endpoints, "NodeId", address_of)
    return rebuild(body)


def rewrite_api_versions(
    frame_bytes: bytes, version: int
) -> tuple[bytes, list[dict[str, Any]] | None]:
    """Advertise the gateway's intersection of a broker's ApiVersions response.

    Returns the new frame and the advertised ApiKeys entries (None when the broker
    answered with an error: its list is then only a hint for a retry). A broker that
    rejected the request's version answers with a v0 body (KIP-511), read as such.
    """
    body_at = response_body_offset(frame_bytes, api_keys.API_VERSIONS, version)
    if (
        len(frame_bytes) >= body_at + 2
        and int.from_bytes(frame_bytes[body_at:body_at + 2], "big", signed=True)
        == UNSUPPORTED_VERSION
    ):
        version = 0
    body, end = ApiVersionsResponse.decode(frame_bytes, version, body_at)
    advertised = negotiate([to_dict(e, version) for e in body.ApiKeys])
    body.ApiKeys = [from_dict(ApiVersion, e, version) for e in advertised]
    out = bytearray(frame_bytes[:body_at])
    body.encode_into(out, version)
    out += memoryview(frame_bytes)[end:]
    return _framed(out), advertised if body.ErrorCode == 0 else None


def _decode(
    frame_bytes: bytes, message: type[M], api_key: int, version: int
) -> tuple[M, Callable[[M], bytes]]:
    """Decode a response body; return it with a function that re-frames a new body."""
    body_at = response_body_offset(frame_bytes, api_key, version)
    view = memoryview(frame_bytes)
    # A memoryview keeps records (Produce, Fetch) zero-copy views of the frame.
    body, end = message.decode(view, version, body_at)

    def rebuild(new_body: M) -> bytes:
        out = bytearray(view[:body_at])
        new_body.encode_into(out, version)
        out += view[end:]
        return _framed(out)

    return body, rebuild
