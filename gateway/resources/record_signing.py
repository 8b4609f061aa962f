"""Signed config records: only nodes that know GATEWAY_CLUSTER_SECRET can change resources.

Anyone who can write to ``_sluice_<cluster>_configs`` directly (bypassing the gateway)
could otherwise add, change or delete resources. The store signs every record it writes
with the mechanism heartbeats use (membership/signing.py: HMAC-SHA256 in the header
``sluice-signature``, key from HKDF-SHA256 over the secret and the cluster id) under its own
HKDF purpose, so a heartbeat's signature never validates a config record. The signature
covers the record key and the value, with a marker for a tombstone: a key is what
compaction and deletion act on, so neither a resource nor a deletion can be moved to
another key or made up. A record that fails is dropped, counted by reason and logged at
most once a minute per reason; the snapshot's version still moves past it.

Without a secret (a single node) the key is derived from the cluster id alone: records are
still signed and checked, which keeps stray writers out, but anyone who knows the cluster id
can forge them, and the node warns at startup. Records signed under one key do not verify
under another: setting or changing the secret hides the resources stored before, which must
be applied again.
"""

from __future__ import annotations

import logging
import struct
import time
from collections.abc import Callable
from typing import Final

from gateway import metrics
from gateway.log_limits import LogLimiter
from gateway.resources.snapshot import RawRecord
from membership.signing import HeaderValue, Purpose, SigningKey

__all__ = [
    "NO_SECRET_WARNING",
    "ConfigRecordCheck",
    "config_signing_key",
    "record_headers",
    "signed_bytes",
    "verify_record",
]

log = logging.getLogger("sluice.resources")

SIGNED_WITHOUT_SECRET: Final = "signed without GATEWAY_CLUSTER_SECRET"
_TOMBSTONE: Final = b"\xff\xff\xff\xff"  # length -1, as Kafka writes a null
_METRIC_LABELS: Final = {
    "unsigned": "unsigned", "bad signature": "bad_signature",
    "more than one signature": "more_than_one_signature",
    SIGNED_WITHOUT_SECRET: "signed_without_secret",
}
NO_SECRET_WARNING: Final = (
    "config records of %s are signed with a key derived from the cluster id alone (no "
    "GATEWAY_CLUSTER_SECRET), so anyone who can write to that topic can forge resources. "
    "Set the same secret on every node, e.g. GATEWAY_CLUSTER_SECRET=$(openssl rand -hex 32), "
    "and apply the resources again"
)


def config_signing_key(secret: str | None, cluster_id: str) -> SigningKey:
    """The key of a cluster's config records: from the secret, or the cluster id alone."""
    if secret:
        return SigningKey(secret, cluster_id, Purpose.CONFIG_RECORDS)
    return SigningKey.without_secret(cluster_id, Purpose.CONFIG_RECORDS)


def signed_bytes(key: bytes | None, value: bytes | None) -> bytes:
    """What a config record's signature covers: its key and value, each length-prefixed."""
    parts = []
    for part in (key, value):
        parts.append(_TOMBSTONE if part is None else struct.pack(">i", len(part)) + part)
    return b"".join(parts)


def record_headers(signing_key: SigningKey, key: bytes | None, value: bytes | None
                   ) -> list[tuple[str, HeaderValue]]:
    """The headers that sign a config record (a tombstone too)."""
    return signing_key.headers(signed_bytes(key, value))


def verify_record(signing_key: SigningKey, record: RawRecord) -> str | None:
    """None if the record is signed with this key, else why not."""
    return signing_key.verify(signed_bytes(record.key, record.value), record.headers)


class ConfigRecordCheck:
    """Decides which records of the configs topic are applied; counts and logs the rest."""

    def __init__(self, signing_key: SigningKey, cluster_id: str, topic: str, *,
                 interval_s: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.signing_key = signing_key
        self.topic = topic
        self.by_reason: dict[str, int] = {}
        self.limiter = LogLimiter(log, burst=1, interval_s=interval_s, clock=clock)
        self._unprotected = config_signing_key(None, cluster_id)

    @property
    def total(self) -> int:
        """Records rejected so far."""
        return sum(self.by_reason.values())

    def accept(self, record: RawRecord) -> bool:
        """True if the record may be applied; else it is counted, maybe logged."""
        reason = verify_record(self.signing_key, record)
        if reason is None:
            return True
        if reason == "bad signature" and verify_record(self._unprotected, record) is None:
            reason = SIGNED_WITHOUT_SECRET
        self.by_reason[reason] = self.by_reason.get(reason, 0) + 1
        metrics.config_record_rejected(_METRIC_LABELS[reason])
        what = "tombstone" if record.value is None else "record"
        self.limiter.log(
            logging.WARNING, f"config record {reason}", self.topic,
            "rejected config %s %s@%d (key %.200r): %s; not applied (%d rejected in total). "
            "Only a node with this GATEWAY_CLUSTER_SECRET may write to %s; if the secret "
            "was changed, apply the resources again", what, self.topic, record.offset,
            record.key, reason, self.total, self.topic)
        return False
