"""Signed heartbeats: only nodes that know GATEWAY_CLUSTER_SECRET can join the view.

Anyone who can write to the heartbeat topic directly (bypassing the gateway) could
otherwise claim a node and have clients sent to any address. Each heartbeat record
carries, in the Kafka record header `sluice-signature`, the HMAC-SHA256 of its value
under a key derived with HKDF-SHA256 from the secret and the cluster id (so one secret
shared by several gateway clusters still gives each its own key). A reader drops, and
counts, a record that is unsigned, wrongly signed, or dated more than the allowed skew
into the future (which would otherwise keep a node alive after it stopped).

The mechanism (`SigningKey`) is shared with the configs topic (gateway/resources/
record_signing.py): each record family derives its own key with its own HKDF `info`, so a
signature made for one family never validates in another.

Pure functions and a counter: no Kafka, no clock of its own.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from membership.heartbeat import Heartbeat, decode_heartbeat

__all__ = [
    "FUTURE",
    "NO_SECRET",
    "SIGNATURE_HEADER",
    "DropCounter",
    "HeaderValue",
    "Headers",
    "HeartbeatFilter",
    "HeartbeatKey",
    "Purpose",
    "SigningKey",
    "check_record",
    "check_timestamp",
]

SIGNATURE_HEADER: Final = "sluice-signature"


class Purpose(bytes, enum.Enum):
    """A record family, as the HKDF `info` of its key: one key per family."""

    HEARTBEATS = b"sluice heartbeat signing key v1"
    CONFIG_RECORDS = b"sluice config record signing key v1"


HeaderValue = str | bytes | None
Headers = Sequence[tuple[str, HeaderValue]] | Mapping[str, HeaderValue] | None


class SigningKey:
    """The HMAC key of one record family of one gateway cluster (never in repr or logs)."""

    __slots__ = ("_key",)

    def __init__(self, secret: str, cluster_id: str, purpose: Purpose) -> None:
        if not secret:
            raise ValueError("GATEWAY_CLUSTER_SECRET must not be empty")
        self._key = _derive(secret.encode(), cluster_id, purpose)

    @classmethod
    def without_secret(cls, cluster_id: str, purpose: Purpose) -> SigningKey:
        """A key anyone who knows the cluster id can derive: integrity, not protection."""
        key = cls.__new__(cls)
        key._key = _derive(b"", cluster_id, purpose)
        return key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<redacted>)"

    def sign(self, value: bytes) -> bytes:
        """The signature of what a record family signs (hex, as the header's bytes).

        Heartbeats sign their value (it names its node); config records sign their key too.
        """
        return hmac.new(self._key, value, hashlib.sha256).hexdigest().encode()

    def headers(self, value: bytes) -> list[tuple[str, HeaderValue]]:
        """The record headers that sign `value`."""
        return [(SIGNATURE_HEADER, self.sign(value))]

    def verify(self, value: bytes, headers: Headers) -> str | None:
        """None if `value` is signed with this key, else why not ("unsigned", ...)."""
        items = headers.items() if isinstance(headers, Mapping) else headers or ()
        signatures = [v for k, v in items if k == SIGNATURE_HEADER]
        if not signatures or signatures[0] is None:
            return "unsigned"
        if len(signatures) > 1:
            return "more than one signature"
        given = signatures[0].encode() if isinstance(signatures[0], str) else signatures[0]
        if not hmac.compare_digest(given, self.sign(value)):
            return "bad signature"
        return None


class HeartbeatKey(SigningKey):
    """The key of one gateway cluster's heartbeats."""

    __slots__ = ()

    def __init__(self, secret: str, cluster_id: str) -> None:
        super().__init__(secret, cluster_id, Purpose.HEARTBEATS)


def _derive(secret: bytes, cluster_id: str, purpose: Purpose) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=cluster_id.encode(),
                info=purpose.value)
    return hkdf.derive(secret)


NO_SECRET: Final = "no GATEWAY_CLUSTER_SECRET on this node"
FUTURE: Final = "future timestamp"


def check_record(
    key: SigningKey | None, value: bytes, headers: Headers
) -> str | None:
    """None if a record may be trusted, else the reason to drop it.

    Without a key (no GATEWAY_CLUSTER_SECRET) nothing read from the topic is trusted: the
    node runs alone, from its own heartbeats.
    """
    if key is None:
        return NO_SECRET
    return key.verify(value, headers)


def check_timestamp(heartbeat: Heartbeat, now_ms: int, max_skew_ms: int) -> str | None:
    """None if the heartbeat is not dated too far into the future, else how far it is."""
    ahead = heartbeat.timestamp_ms - now_ms
    if ahead > max_skew_ms:
        return f"{ahead} ms ahead, more than GATEWAY_HEARTBEAT_MAX_SKEW_MS={max_skew_ms}"
    return None


@dataclass(slots=True)
class _Sender:
    reported_ms: int
    unreported: int = 0


@dataclass(slots=True)
class DropCounter:
    """Dropped heartbeats, counted per reason, with log lines rate-limited per sender.

    `drop` returns the line to log: the first drop of a sender at once, then at most one
    summary per `interval_ms` for that sender ("... and N more since").
    """

    interval_ms: int = 60_000
    max_senders: int = 10_000  # a flood of made-up sender names cannot grow this forever
    by_reason: dict[str, int] = field(default_factory=dict)
    _senders: dict[str, _Sender] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Heartbeats dropped so far."""
        return sum(self.by_reason.values())

    def drop(self, sender: str, reason: str, now_ms: int, detail: str = "") -> str | None:
        """Count one dropped record; return a log line when one is due."""
        self.by_reason[reason] = self.by_reason.get(reason, 0) + 1
        why = f"{reason} ({detail})" if detail else reason
        if reason == NO_SECRET:
            why += ("; this node runs alone. To form a cluster, set the same "
                    "GATEWAY_CLUSTER_SECRET on every node")
        known = self._senders.get(sender)
        if known is None:
            if len(self._senders) >= self.max_senders:
                self._senders.clear()
            self._senders[sender] = _Sender(now_ms)
            return f"dropped heartbeat from {sender}: {why} ({self.total} dropped in total)"
        known.unreported += 1
        if now_ms - known.reported_ms < self.interval_ms:
            return None
        count, known.unreported, known.reported_ms = known.unreported, 0, now_ms
        return (f"dropped {count} more heartbeats from {sender}: {why} ({self.total} "
                f"dropped in total)")


class HeartbeatFilter:
    """Decides which heartbeat records read from the topic a node may believe."""

    def __init__(
        self,
        key: HeartbeatKey | None,
        max_skew_ms: int,
        own_record_key: bytes | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.key = key
        self.max_skew_ms = max_skew_ms
        self.drops = DropCounter()
        self._own = own_record_key
        self._log = log

    def accept(
        self, record_key: bytes | None, value: bytes, headers: Headers, now_ms: int
    ) -> Heartbeat | None:
        """The heartbeat in a record, or None if it is dropped (counted, maybe logged).

        Raises HeartbeatDecodeError for a signed record that is not a heartbeat.
        """
        if self.key is None and record_key is not None and record_key == self._own:
            return None  # our own heartbeat coming back: already in the view
        sender = repr((record_key or b"").decode("utf-8", "replace"))
        reason = check_record(self.key, value, headers)
        if reason is not None:
            self._drop(sender, reason, now_ms)
            return None
        heartbeat = decode_heartbeat(value)
        ahead = check_timestamp(heartbeat, now_ms, self.max_skew_ms)
        if ahead is not None:
            self._drop(sender, FUTURE, now_ms, ahead)
            return None
        return heartbeat

    def _drop(self, sender: str, reason: str, now_ms: int, detail: str = "") -> None:
        line = self.drops.drop(sender, reason, now_ms, detail)
        if line is not None and self._log is not None:
            self._log(line)
