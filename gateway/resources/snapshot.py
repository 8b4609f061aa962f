"""The resources snapshot: an immutable, versioned view of the configs topic (pure).

A snapshot is replaced, never changed: `apply_records` returns a new one, and the holder
swaps a single reference, so a reader (the admin API today, the workers' data plane later)
always sees one consistent version. The version is the next offset to read on the topic's
single partition: two nodes at the same version hold the same resources, and because
records are applied in offset order the last write of a key wins on every node alike.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from gateway.resources.kinds import ResourceKey
from gateway.resources.records import MalformedRecord, StoredResource, decode_record
from membership.signing import Headers

__all__ = ["RawRecord", "ResourceSnapshot", "apply_records"]

log = logging.getLogger("sluice.resources")


@dataclass(frozen=True, slots=True)
class RawRecord:
    """A record as read from the configs topic."""

    offset: int
    key: bytes | None
    value: bytes | None
    headers: Headers = None


@dataclass(frozen=True, slots=True)
class ResourceSnapshot:
    """The resources at one offset of the configs topic."""

    version: int = 0
    resources: Mapping[ResourceKey, StoredResource] = field(
        default_factory=lambda: MappingProxyType({}))

    def get(self, key: ResourceKey) -> StoredResource | None:
        """The resource with this key, if any."""
        return self.resources.get(key)

    def of_kind(self, kind: str) -> list[StoredResource]:
        """The resources of one kind, in key order."""
        return [r for k, r in sorted(self.resources.items()) if k[0] == kind]

    def counts(self) -> dict[str, int]:
        """How many resources of each kind."""
        counts: dict[str, int] = {}
        for key in self.resources:
            counts[key[0]] = counts.get(key[0], 0) + 1
        return counts


def apply_records(snapshot: ResourceSnapshot, records: Iterable[RawRecord], topic: str = "",
                  accept: Callable[[RawRecord], bool] | None = None) -> ResourceSnapshot:
    """The snapshot after these records (in offset order); malformed ones are logged, skipped.

    A record that `accept` refuses (a bad signature) is skipped too; either way the version
    moves past it, so a rejected last record cannot keep a node from catching up.
    """
    resources = dict(snapshot.resources)
    version = snapshot.version
    for record in records:
        if record.offset < version:
            continue  # already applied (a re-delivery after a reconnect)
        version = record.offset + 1
        if accept is not None and not accept(record):
            continue
        try:
            key, stored = decode_record(record.key, record.value, record.offset)
        except MalformedRecord as exc:
            log.warning("skipping malformed record %s@%d: %s", topic, record.offset, exc)
            continue
        if stored is None:
            resources.pop(key, None)
        else:
            resources[key] = stored
    if version == snapshot.version:
        return snapshot
    return ResourceSnapshot(version, MappingProxyType(resources))
