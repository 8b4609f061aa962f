"""The audit log: one JSON object per line, to a file and/or a Kafka topic.

The data plane only calls `AuditLog.emit`, which never blocks: events go into a bounded
queue drained by a background thread. When the queue is full, or a sink fails (the
topic's broker is down and delivery times out), the event is dropped and counted; the
count is logged, so a loss is never silent.
"""

from __future__ import annotations

import datetime
import logging
import queue
import sys
import threading
import time
import uuid
from collections.abc import Iterable
from typing import IO, Any

import msgspec

from gateway import metrics
from gateway.protocol import api_keys
from gateway.protocol.errors import ProtocolError
from gateway.protocol.generated.create_topics_request import CreateTopicsRequest
from gateway.protocol.generated.delete_topics_request import DeleteTopicsRequest
from gateway.protocol.generated.metadata_request import MetadataRequest
from gateway.protocol.headers import RequestHeader
from gateway.protocol.topic_walk import produce_topic_names

log = logging.getLogger("sluice.audit")

# Enough for bursts of a busy node; beyond it events are dropped (and counted), never
# queued without bound at the expense of the data plane's memory.
QUEUE_SIZE = 10_000


class ConnectionAddresses(msgspec.Struct, frozen=True):
    """The socket's own view of a connection."""

    localAddress: str  # noqa: N815 - the audit format's field names
    remoteAddress: str  # noqa: N815


class _Event(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True, tag_field="type"):
    id: str
    time: str
    clusterId: str  # noqa: N815
    nodeId: str  # noqa: N815
    connection: ConnectionAddresses
    proxySourceAddress: str | None = None  # noqa: N815
    proxyDestinationAddress: str | None = None  # noqa: N815
    principal: str | None = None  # who the client is (mTLS certificate), once known


class ConnectionEvent(_Event, frozen=True, tag="CONNECTION"):
    """A client connection opened or closed."""

    action: str  # "opened" or "closed"
    durationMs: int | None = None  # noqa: N815
    bytesIn: int | None = None  # noqa: N815
    bytesOut: int | None = None  # noqa: N815
    reason: str | None = None


class ApiRequestEvent(_Event, frozen=True, tag="API_REQUEST"):
    """A request of an audited API key."""

    clientId: str | None  # noqa: N815
    apiKey: str  # noqa: N815
    apiVersion: int  # noqa: N815
    topics: list[str] | None = None


class AccessDeniedEvent(_Event, frozen=True, tag="ACCESS_DENIED"):
    """A request refused because it named the gateway's internal topics."""

    clientId: str | None  # noqa: N815
    apiKey: str  # noqa: N815
    apiVersion: int  # noqa: N815
    topics: list[str]
    outcome: str  # "answer", "drop", "forward" (without those topics) or "close"


class ProtocolErrorEvent(_Event, frozen=True, tag="PROTOCOL_ERROR"):
    """A connection closed because its bytes broke the protocol."""

    message: str


class RestApiEvent(_Event, frozen=True, kw_only=True, tag="REST_API"):
    """A write to the admin API (never carries a password)."""

    user: str | None
    method: str
    path: str
    resourceKind: str | None = None  # noqa: N815
    resourceName: str | None = None  # noqa: N815
    outcome: str  # e.g. "CREATED", "DELETED", "403 Forbidden"
    status: int


class AuthenticationEvent(_Event, frozen=True, kw_only=True, tag="AUTHENTICATION"):
    """A client's (re-)authentication: who it claimed to be and how it ended; no secret."""

    principal: str | None
    mechanism: str | None
    outcome: str  # "SUCCESS" or "FAILURE"
    reason: str | None = None
    errorCode: int | None = None  # noqa: N815
    reauthentication: bool = False


AuditEvent = (
    ConnectionEvent | ApiRequestEvent | AccessDeniedEvent | ProtocolErrorEvent | RestApiEvent
    | AuthenticationEvent
)
_encoder = msgspec.json.Encoder()


def audit_name(api_key: int) -> str:
    """The audit name of an API key: CamelCase name in UPPER_SNAKE (CREATE_TOPICS)."""
    name = api_keys.api_name(api_key)
    return "".join(f"_{c}" if c.isupper() and i else c for i, c in enumerate(name)).upper()


AUDIT_NAMES = {audit_name(key): key for key in api_keys.API_KEYS}


def parse_api_key_names(names: Iterable[str]) -> frozenset[int]:
    """API keys from names like PRODUCE, CREATE_TOPICS; raises ValueError on a typo."""
    keys = set()
    for name in names:
        name = name.strip().upper()
        if not name:
            continue
        if name not in AUDIT_NAMES:
            raise ValueError(f"unknown API name {name!r} (e.g. PRODUCE, CREATE_TOPICS)")
        keys.add(AUDIT_NAMES[name])
    return frozenset(keys)


def request_topics(frame: bytes, header: RequestHeader) -> list[str] | None:
    """The topic names a request names, for the APIs whose topics the audit reports."""
    version, at = header.api_version, header.body_offset
    try:
        if header.api_key == api_keys.PRODUCE:
            return produce_topics(frame, version, at)
        if header.api_key == CreateTopicsRequest.API_KEY:
            create, _ = CreateTopicsRequest.decode(frame, version, at)
            return [t.Name for t in create.Topics]
        if header.api_key == DeleteTopicsRequest.API_KEY:
            delete, _ = DeleteTopicsRequest.decode(frame, version, at)
            if version >= 6:
                return [t.Name for t in delete.Topics if t.Name is not None]
            return list(delete.TopicNames)
        if header.api_key == api_keys.METADATA:
            metadata, _ = MetadataRequest.decode(frame, version, at)
            topics = metadata.Topics
            return None if topics is None else [t.Name for t in topics if t.Name]
    except ProtocolError:
        return None
    return None


def produce_topics(frame: bytes, version: int, at: int) -> list[str]:
    """The topic names of a Produce request, walking over its records without copying."""
    return [name for name in produce_topic_names(frame, at, version) if name is not None]


def rfc3339_now() -> str:
    """The current time in RFC 3339, UTC, millisecond precision."""
    now = datetime.datetime.now(datetime.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def new_event_id() -> str:
    """A unique event id."""
    return str(uuid.uuid4())


class AuditLog:
    """Writes audit events without ever blocking the caller."""

    def __init__(
        self,
        *,
        file_path: str | None = None,
        kafka_bootstrap: str | None = None,
        kafka_topic: str | None = None,
        kafka_config: dict[str, str] | None = None,
        delivery_timeout_ms: int = 5000,
        queue_size: int = QUEUE_SIZE,
    ) -> None:
        self._queue: queue.Queue[bytes | None] = queue.Queue(queue_size)
        self._file: IO[bytes] | None = None
        self._owns_file = False
        if file_path == "-":
            self._file = sys.stdout.buffer
        elif file_path:
            self._file = open(file_path, "ab")  # noqa: SIM115 - closed in close()
            self._owns_file = True
        self._producer: Any = None
        self._topic = kafka_topic
        if kafka_bootstrap and kafka_topic:
            from confluent_kafka import Producer

            self._producer = Producer({
                **(kafka_config or {}),
                "bootstrap.servers": kafka_bootstrap,
                "message.timeout.ms": delivery_timeout_ms,
                "queue.buffering.max.messages": queue_size,
                "linger.ms": 50,
                "client.id": "sluice-audit",
            })
        self._lock = threading.Lock()
        self.dropped = 0
        self.written = 0
        self._reported_dropped = 0
        self._thread = threading.Thread(target=self._drain, name="sluice-audit", daemon=True)
        self._thread.start()

    @property
    def enabled(self) -> bool:
        """Whether any sink is configured."""
        return self._file is not None or self._producer is not None

    def emit(self, event: AuditEvent) -> None:
        """Queue an event; drop and count it if the queue is full."""
        try:
            self._queue.put_nowait(_encoder.encode(event))
        except queue.Full:
            self._count_dropped(1)

    def _count_dropped(self, n: int) -> None:
        with self._lock:
            self.dropped += n
            metrics.audit_events_dropped(n)

    def _on_delivery(self, err: Any, _msg: Any) -> None:
        if err is not None:
            self._count_dropped(1)

    def _drain(self) -> None:
        last_report = time.monotonic()
        while True:
            try:
                line = self._queue.get(timeout=0.5)
            except queue.Empty:
                line = b""
            if line is None:
                break
            if line:
                self._write(line)
            if self._producer is not None:
                self._producer.poll(0)
            if time.monotonic() - last_report >= 5:
                last_report = time.monotonic()
                self._report_drops()
        self._report_drops()

    def _write(self, line: bytes) -> None:
        if self._file is not None:
            try:
                self._file.write(line + b"\n")
                self._file.flush()
            except OSError as exc:
                log.error("audit log file write failed: %s", exc)
                self._count_dropped(1)
        if self._producer is not None:
            try:
                self._producer.produce(self._topic, line, on_delivery=self._on_delivery)
            except BufferError:
                self._count_dropped(1)
        with self._lock:
            self.written += 1

    def _report_drops(self) -> None:
        with self._lock:
            new = self.dropped - self._reported_dropped
            self._reported_dropped = self.dropped
            total = self.dropped
        if new:
            log.warning("audit: %d events dropped (%d in total)", new, total)

    def close(self, timeout: float = 5.0) -> None:
        """Flush what is queued and stop the writer thread."""
        self._queue.put(None)
        self._thread.join(timeout)
        if self._producer is not None:
            remaining = self._producer.flush(timeout)
            if remaining:
                self._count_dropped(remaining)
                self._report_drops()
        if self._owns_file and self._file is not None:
            self._file.close()


class ConnectionAuditor:
    """Builds the audit events of one client connection."""

    def __init__(
        self,
        audit: AuditLog | None,
        audited_keys: frozenset[int],
        cluster_id: str,
        node_id: str,
        local_address: str,
        remote_address: str,
        proxy_source: str | None = None,
        proxy_destination: str | None = None,
        principal: str | None = None,
    ) -> None:
        self._audit = audit if audit is not None and audit.enabled else None
        self._keys = audited_keys
        self._base: dict[str, Any] = {
            "clusterId": cluster_id,
            "nodeId": node_id,
            "connection": ConnectionAddresses(local_address, remote_address),
            "proxySourceAddress": proxy_source,
            "proxyDestinationAddress": proxy_destination,
            "principal": principal,
        }

    def _common(self) -> dict[str, Any]:
        return {"id": new_event_id(), "time": rfc3339_now(), **self._base}

    def wants(self, api_key: int) -> bool:
        """Whether requests of `api_key` are audited."""
        return self._audit is not None and api_key in self._keys

    def opened(self) -> None:
        """Record that the connection opened."""
        if self._audit is not None:
            self._audit.emit(ConnectionEvent(**self._common(), action="opened"))

    def closed(self, duration_s: float, bytes_in: int, bytes_out: int, reason: str) -> None:
        """Record that the connection closed, how long it lived and what it carried."""
        if self._audit is not None:
            self._audit.emit(ConnectionEvent(
                **self._common(), action="closed", durationMs=int(duration_s * 1000),
                bytesIn=bytes_in, bytesOut=bytes_out, reason=reason,
            ))

    def request(self, frame: bytes, header: RequestHeader) -> None:
        """Record an audited request."""
        if self._audit is not None:
            self._audit.emit(ApiRequestEvent(
                **self._common(), clientId=header.client_id,
                apiKey=audit_name(header.api_key), apiVersion=header.api_version,
                topics=request_topics(frame, header),
            ))

    def access_denied(self, header: RequestHeader, topics: list[str], outcome: str) -> None:
        """Record a request refused for naming internal topics (whatever is audited)."""
        if self._audit is not None:
            self._audit.emit(AccessDeniedEvent(
                **self._common(), clientId=header.client_id,
                apiKey=audit_name(header.api_key), apiVersion=header.api_version,
                topics=topics, outcome=outcome,
            ))

    def protocol_error(self, message: str) -> None:
        """Record a protocol violation that closed the connection."""
        if self._audit is not None:
            self._audit.emit(ProtocolErrorEvent(**self._common(), message=message))

    def authentication(self, *, principal: str | None, mechanism: str | None, outcome: str,
                       reason: str | None = None, error_code: int | None = None,
                       reauthentication: bool = False) -> None:
        """Record a (re-)authentication: the principal tried, the mechanism, the outcome.

        A success also names the principal in this connection's later events."""
        if outcome == "SUCCESS":
            self._base["principal"] = principal
        else:
            metrics.sasl_authentication_failed()
        if self._audit is not None:
            self._audit.emit(AuthenticationEvent(
                **{**self._common(), "principal": principal}, mechanism=mechanism,
                outcome=outcome, reason=reason, errorCode=error_code,
                reauthentication=reauthentication,
            ))
