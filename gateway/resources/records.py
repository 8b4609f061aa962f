"""How resources are stored as records of the compacted topic ``_sluice_<cluster>_configs``.

Key: the JSON array of the resource key, ``["AliasTopic","passthrough","orders_v1"]``
(kind, vCluster, name; interceptors add their group and username scope), so that
compaction keeps exactly the last record of each resource. Value: a JSON envelope
``{"format": 1, "writer": <node id>, "writtenAtMs": ..., "resource": {...}}``; a tombstone
(null value) deletes. A record that does not decode, names an unknown kind, fails its
kind's schema or whose key does not match its resource is malformed: `decode_record`
raises `MalformedRecord` and the caller logs and skips it.
"""

from __future__ import annotations

import json
from typing import Any, Final

import msgspec

from gateway.resources.kinds import (
    KINDS,
    ResourceError,
    ResourceKey,
    parse_resource,
    resource_document,
)

__all__ = [
    "FORMAT",
    "MalformedRecord",
    "StoredResource",
    "config_topic",
    "decode_key",
    "decode_record",
    "encode_key",
    "encode_value",
]

FORMAT: Final = 1
_MAX_KEY_PARTS: Final = 8


def config_topic(cluster_id: str) -> str:
    """The compacted topic holding a gateway cluster's resources."""
    return f"_sluice_{cluster_id}_configs"


class MalformedRecord(ValueError):
    """A record of the configs topic that is not a valid resource record."""


class _Envelope(msgspec.Struct, frozen=True, kw_only=True):
    format: int
    writer: str
    writtenAtMs: int  # noqa: N815
    resource: dict[str, Any]


class StoredResource(msgspec.Struct, frozen=True, kw_only=True):
    """A resource as the snapshot holds it: typed, as a document, and where it came from."""

    key: ResourceKey
    resource: Any
    document: dict[str, Any]
    offset: int
    writer: str
    written_at_ms: int


def encode_key(key: ResourceKey) -> bytes:
    """The record key of a resource key."""
    return json.dumps(list(key), separators=(",", ":")).encode()


def decode_key(raw: bytes | None) -> ResourceKey:
    """A resource key from a record key; raises MalformedRecord."""
    try:
        parts = json.loads(raw or b"")
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedRecord(f"key is not JSON: {exc}") from exc
    if (not isinstance(parts, list) or not 2 <= len(parts) <= _MAX_KEY_PARTS
            or not all(isinstance(p, str) for p in parts) or parts[0] not in KINDS):
        raise MalformedRecord(f"key is not [kind, ...names]: {raw!r:.200}")
    return tuple(parts)


def encode_value(document: dict[str, Any], writer: str, now_ms: int) -> bytes:
    """The record value storing a resource document."""
    return msgspec.json.encode(
        _Envelope(format=FORMAT, writer=writer, writtenAtMs=now_ms, resource=document))


def decode_record(key: bytes | None, value: bytes | None, offset: int
                  ) -> tuple[ResourceKey, StoredResource | None]:
    """(key, resource) of a record, resource None for a tombstone; raises MalformedRecord."""
    resource_key = decode_key(key)
    if value is None:
        return resource_key, None
    try:
        envelope = msgspec.json.decode(value, type=_Envelope)
    except msgspec.DecodeError as exc:
        raise MalformedRecord(f"value: {exc}") from exc
    if envelope.format != FORMAT:
        raise MalformedRecord(f"value format {envelope.format} (this Sluice reads {FORMAT})")
    try:
        resource = parse_resource(envelope.resource)
    except ResourceError as exc:
        raise MalformedRecord(f"resource: {exc}") from exc
    actual = KINDS[type(resource).__name__].key(resource)
    if actual != resource_key:
        raise MalformedRecord(f"key {list(resource_key)} does not match its resource "
                              f"{list(actual)}")
    return resource_key, StoredResource(
        key=resource_key, resource=resource, document=resource_document(resource),
        offset=offset, writer=envelope.writer, written_at_ms=envelope.writtenAtMs,
    )
