"""Prometheus metrics of one node, summed over its worker processes.

Why not prometheus-client's multiprocess mode: every `inc()` and `observe()` there takes a
lock and packs the value into an mmap through `struct`. Doing a request's counting that
way (three counter increments, two histogram observations) measured about 6x the cost of
what this module does (bench/metrics_overhead.py, same run: 20.5 us against 3.4 us per
request on this loaded 2-core sandbox, where a clock read alone costs 0.1-0.4 us). So each
process writes plain float64 slots of its own shared-memory file instead (`values[i] += 1`
on a memoryview of an mmap; no lock: every slot has one writer, the process's trio
thread, except the audit-drop slot, written under the audit log's lock), and the scrape --
`render()`, usually in the supervisor -- reads every file of the node and builds the
exposition with prometheus-client's metric families and text format. Counts are exact at
every scrape: nothing is buffered in a worker.

The files: the supervisor makes a directory per node (`GATEWAY_METRICS_DIR`, or a fresh
temporary one, in /dev/shm where it exists, removed at stop) and its own file; each
worker adds `<pid>.metrics`. The layout is fixed (a slot for every series, API keys
indexed by number), with a header (magic, layout fingerprint, pid, role) so a reader
skips files it does not understand.
When a worker dies the supervisor folds its counters into its own file and deletes the
worker's (its connections count as closed with reason `worker_exit`): node totals never
go backwards and files do not pile up. Gauges are per process and are read from the live
files only. A process without a node (the demo, in-process tests) counts into anonymous
memory, and `render()` there shows that process alone.

The data plane calls a `ConnectionMeter` per client connection: `received` when a
request frame is read, `queued` (or `queued_local`) when its response is expected from
the broker (or from the gateway), `upstream_answered` when the broker's response frame is
read, `responded` when the response is written back. The
total latency runs from request read to response written; the gateway-added time is the
total minus the time from `queued` to `upstream_answered` (the broker's share, including
the write upstream). Responses are never decoded: Kafka error codes inside them are not
counted; a request's error is a response the gateway never delivered (the connection
ended first).
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import logging
import math
import mmap
import os
import shutil
import tempfile
import threading
import time
import zlib
from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4, generate_latest
from prometheus_client.registry import Collector, CollectorRegistry

from gateway.protocol import api_keys

if TYPE_CHECKING:
    from gateway.config import GatewayConfig

# Latency buckets, in seconds: the gateway's own share is tens of microseconds to a few
# milliseconds; a total includes the broker (Fetch long polls wait up to their MaxWaitMs).
BUCKETS = (
    0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
    0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
)
CLOSE_REASONS = (
    "client_closed", "connection_lost", "broker_closed", "malformed_response", "no_broker",
    "timeout", "limit", "protocol_error", "shutdown", "proxy_refused", "worker_exit", "other",
)
PROTOCOL_ERROR_KINDS = (
    "frame_too_large", "truncated", "unknown_api_key", "unsupported_version", "malformed",
)
PROXY_REFUSAL_REASONS = ("untrusted_source", "invalid_header", "timeout")
RESOURCE_KINDS = (
    "Interceptor", "AliasTopic", "VirtualCluster", "GatewayServiceAccount", "GatewayGroup",
)
CONFIG_REJECT_REASONS = (
    "unsigned", "bad_signature", "more_than_one_signature", "signed_without_secret",
)
# Brokers with upstream connect failures tracked by id; more share the label "other".
UPSTREAM_BROKER_SLOTS = 64
API_KEY_LIMIT = max(api_keys.API_KEYS) + 1

log = logging.getLogger("sluice.metrics")

_MAGIC = 5.1e15  # any float64 that an empty or foreign file is unlikely to start with
_ROLE_WORKER, _ROLE_SUPERVISOR = 0.0, 1.0


class _Layout:
    """Hands out slot offsets in order; remembers which slots are gauges."""

    def __init__(self) -> None:
        self.size = 0
        self.not_summed: list[int] = []
        self.names: list[str] = []

    def take(self, name: str, count: int = 1, summed: bool = True) -> int:
        start = self.size
        self.size += count
        self.names.append(f"{name}:{count}")
        if not summed:
            self.not_summed.extend(range(start, start + count))
        return start


_layout = _Layout()
_HEADER = _layout.take("header", 4, summed=False)  # magic, fingerprint, pid, role
# Closed before opened: a reader copying the block in address order never sees more
# closes than opens, so the active-connection count cannot dip below zero.
CLOSED = _layout.take("closed", len(CLOSE_REASONS))
OPENED = _layout.take("opened")
BYTES_IN = _layout.take("bytes_in")
BYTES_OUT = _layout.take("bytes_out")
PROTOCOL_ERRORS = _layout.take("protocol_errors", len(PROTOCOL_ERROR_KINDS))
PROXY_REFUSALS = _layout.take("proxy_refusals", len(PROXY_REFUSAL_REASONS))
AUDIT_DROPPED = _layout.take("audit_dropped")
WORKER_RESTARTS = _layout.take("worker_restarts")
INTERNAL_ERRORS = _layout.take("internal_errors")
TLS_FAILURES = _layout.take("tls_failures")
SASL_FAILURES = _layout.take("sasl_failures")
UPSTREAM_REAUTHS = _layout.take("upstream_reauths")
# Pairs (broker id + 2, failures); 0 marks a free pair, 1 the "other" bucket.
UPSTREAM = _layout.take("upstream", 2 * UPSTREAM_BROKER_SLOTS, summed=False)
LIVE_NODES = _layout.take("live_nodes", summed=False)
SNAPSHOT_AT = _layout.take("snapshot_at", summed=False)
RESOURCES = _layout.take("resources", len(RESOURCE_KINDS), summed=False)
CONFIG_REJECTS = _layout.take("config_rejects", len(CONFIG_REJECT_REASONS))
# Per API key: requests, errors, then two histograms (bucket counts incl. +Inf, sum).
_HIST = len(BUCKETS) + 2
API_REQUESTS, API_ERRORS, API_TOTAL, API_ADDED = 0, 1, 2, 2 + _HIST
API_STRIDE = 2 + 2 * _HIST
API_BLOCK = _layout.take("api", API_KEY_LIMIT * API_STRIDE)
SLOTS = _layout.size
_FINGERPRINT = float(zlib.crc32(repr((_layout.names, BUCKETS)).encode()))
_SUMMED = sorted(set(range(SLOTS)) - set(_layout.not_summed))
_TOTAL_BUCKETS = API_TOTAL
_TOTAL_SUM = API_TOTAL + len(BUCKETS) + 1
_ADDED_BUCKETS = API_ADDED
_ADDED_SUM = API_ADDED + len(BUCKETS) + 1


class _Block:
    """One process's slots: a shared file, or anonymous memory."""

    def __init__(self, path: Path | None, role: float) -> None:
        self.path = path
        if path is None:
            self._map = mmap.mmap(-1, SLOTS * 8)
        else:
            with open(path, "w+b") as f:
                f.truncate(SLOTS * 8)
                self._map = mmap.mmap(f.fileno(), SLOTS * 8)
        self.values = memoryview(self._map).cast("d")
        self.values[_HEADER + 1] = _FINGERPRINT
        self.values[_HEADER + 2] = float(os.getpid())
        self.values[_HEADER + 3] = role
        self.values[_HEADER] = _MAGIC  # last: a reader skips a file still being made


_clock = time.perf_counter
_lock = threading.Lock()  # render() against a worker's file being folded in
_enabled = True
_directory: Path | None = None
_owns_directory = False
_block = _Block(None, _ROLE_WORKER)
_block.values[LIVE_NODES] = 1.0
_upstream_index: dict[int, int] = {}


class ConnectionMeter:
    """Counts one client connection's requests and times their responses."""

    __slots__ = ("_values", "_pending", "_unanswered", "_base", "_received_at", "_closed")

    def __init__(self, values: memoryview[float]) -> None:
        self._values = values
        # [slot base of the API key, read at, queued at, broker answered at (0: not, or
        # answered by the gateway itself)] of each request awaiting its response, in order.
        self._pending: deque[list[float]] = deque()
        # The forwarded ones among them whose broker response has not been read yet.
        self._unanswered: deque[list[float]] = deque()
        self._base = -1
        self._received_at = 0.0
        self._closed = False
        values[OPENED] += 1

    def received(self, api_key: int, size: int) -> None:
        """A request frame of `size` bytes was read from the client."""
        if 0 <= api_key < API_KEY_LIMIT:
            values = self._values
            self._base = base = API_BLOCK + api_key * API_STRIDE
            values[base] += 1
            values[BYTES_IN] += size
            self._received_at = _clock()
        else:
            self._base = -1

    def queued(self) -> None:
        """The request just received is forwarded and expects the broker's response."""
        if self._base >= 0:
            entry = [self._base, self._received_at, _clock(), 0.0]
            self._pending.append(entry)
            self._unanswered.append(entry)

    def queued_local(self) -> None:
        """The request just received is answered by the gateway itself."""
        if self._base >= 0:
            self._pending.append([self._base, self._received_at, 0.0, 0.0])

    def upstream_answered(self) -> None:
        """The broker's response to the oldest forwarded request was read."""
        if self._unanswered:
            self._unanswered.popleft()[3] = _clock()

    def responded(self, size: int) -> None:
        """The response to the oldest pending request (`size` bytes) was written."""
        now = _clock()
        values = self._values
        values[BYTES_OUT] += size
        if not self._pending:
            return
        base, received_at, queued_at, answered_at = self._pending.popleft()
        at = int(base)
        total = now - received_at
        added = total - (answered_at - queued_at) if answered_at else total
        values[at + _TOTAL_BUCKETS + bisect_left(BUCKETS, total)] += 1
        values[at + _TOTAL_SUM] += total
        values[at + _ADDED_BUCKETS + bisect_left(BUCKETS, added)] += 1
        values[at + _ADDED_SUM] += added

    def closed(self, who: str, reason: str) -> None:
        """The connection ended (`who` ended it, and why); unanswered requests are errors."""
        if self._closed:
            return
        self._closed = True
        values = self._values
        values[CLOSED + CLOSE_REASONS.index(close_reason_kind(who, reason))] += 1
        for entry in self._pending:
            values[int(entry[0]) + API_ERRORS] += 1
        self._pending.clear()
        self._unanswered.clear()


class _NullMeter(ConnectionMeter):
    """What connections get with GATEWAY_METRICS_ENABLED=false: does nothing."""

    __slots__ = ()

    def __init__(self) -> None:
        pass

    def received(self, api_key: int, size: int) -> None:
        """Nothing."""

    def queued(self) -> None:
        """Nothing."""

    def queued_local(self) -> None:
        """Nothing."""

    def upstream_answered(self) -> None:
        """Nothing."""

    def responded(self, size: int) -> None:
        """Nothing."""

    def closed(self, who: str, reason: str) -> None:
        """Nothing."""


NULL_METER = _NullMeter()


def connection_opened() -> ConnectionMeter:
    """Count a client connection (active until its meter is closed) and return its meter."""
    return ConnectionMeter(_block.values) if _enabled else NULL_METER


def close_reason_kind(who: str, reason: str) -> str:
    """The `reason` label of a session's close: who ended it (session.py's names), and why."""
    if who == "client":
        return "connection_lost" if reason.startswith("connection lost") else "client_closed"
    if who == "broker":
        if reason.startswith("malformed response"):
            return "malformed_response"
        return "no_broker" if reason.startswith("no broker reachable") else "broker_closed"
    return _CLOSED_BY.get(who, "other")


_CLOSED_BY = {
    "timeout": "timeout", "limit": "limit", "protocol error": "protocol_error",
    "gateway": "shutdown",
}


def protocol_error_kind(exc: Exception) -> str:
    """The `kind` label of a protocol error that closed a connection."""
    from gateway.protocol.errors import FrameTooLarge

    if isinstance(exc, FrameTooLarge):
        return "frame_too_large"
    text = str(exc)
    for needle, kind in _PROTOCOL_NEEDLES:
        if needle in text:
            return kind
    return "malformed"


_PROTOCOL_NEEDLES = (
    ("unknown API key", "unknown_api_key"), ("is not supported", "unsupported_version"),
    ("mid-frame", "truncated"), ("truncated", "truncated"),
)


def _count(slot: int, amount: float = 1.0) -> None:
    if _enabled:
        _block.values[slot] += amount


def protocol_error(exc: Exception) -> None:
    """A connection was closed for breaking the protocol."""
    _count(PROTOCOL_ERRORS + PROTOCOL_ERROR_KINDS.index(protocol_error_kind(exc)))


def proxy_header_refused(reason: str) -> None:
    """A connection was refused for its PROXY header (a PROXY_REFUSAL_REASONS entry)."""
    if _enabled:
        values = _block.values
        values[PROXY_REFUSALS + PROXY_REFUSAL_REASONS.index(reason)] += 1
        values[OPENED] += 1  # a client connection too, closed before it was proxied
        values[CLOSED + CLOSE_REASONS.index("proxy_refused")] += 1


def upstream_connect_failed(broker_id: int) -> None:
    """Connecting to broker `broker_id` failed (refused, unreachable or timed out)."""
    if not _enabled:
        return
    values = _block.values
    pair = _upstream_index.get(broker_id)
    if pair is None:
        pair = _claim_upstream_pair(values, broker_id + 2.0 if broker_id >= 0 else 1.0)
        _upstream_index[broker_id] = pair
    values[pair + 1] += 1


def _claim_upstream_pair(values: memoryview[float], marker: float) -> int:
    """The pair holding `marker` (broker id + 2, or 1 for "other"), claiming a free one."""
    last = UPSTREAM + 2 * UPSTREAM_BROKER_SLOTS - 2
    if marker != 1.0:
        for pair in range(UPSTREAM, last, 2):
            if values[pair] in (0.0, marker):
                values[pair] = marker
                return pair
    values[last] = 1.0
    return last


def audit_events_dropped(count: int) -> None:
    """Audit events were dropped (queue full or sink failed); call under the audit lock."""
    _count(AUDIT_DROPPED, count)


def internal_error() -> None:
    """A connection failed on an unexpected exception (a bug, logged with its traceback)."""
    _count(INTERNAL_ERRORS)


def tls_handshake_failed() -> None:
    """A client's TLS handshake failed."""
    _count(TLS_FAILURES)


def sasl_authentication_failed() -> None:
    """A client's SASL authentication failed."""
    _count(SASL_FAILURES)


def upstream_reauthenticated() -> None:
    """A data-plane connection renewed its SASL session with the broker (KIP-368)."""
    _count(UPSTREAM_REAUTHS)


def worker_restarted() -> None:
    """The supervisor restarted a worker that had died."""
    _count(WORKER_RESTARTS)


def set_live_nodes(count: int) -> None:
    """The number of gateway nodes in this process's membership view."""
    if _enabled:
        _block.values[LIVE_NODES] = float(count)


def set_config_snapshot(caught_up_at: float, resources: Mapping[str, int]) -> None:
    """This process's config snapshot: when it last caught up (time.time()) and its size.

    `resources` counts resources by kind (RESOURCE_KINDS); kinds left out count 0.
    """
    unknown = set(resources) - set(RESOURCE_KINDS)
    if unknown:
        raise ValueError(f"unknown resource kind(s) {sorted(unknown)}; known: "
                         f"{', '.join(RESOURCE_KINDS)}")
    if not _enabled:
        return
    values = _block.values
    for i, kind in enumerate(RESOURCE_KINDS):
        values[RESOURCES + i] = float(resources.get(kind, 0))
    values[SNAPSHOT_AT] = caught_up_at


def config_store_polled(caught_up: bool, last_contact: float | None,
                        resources: Mapping[str, int]) -> None:
    """The resources store read its topic: caught up? last heard (time.monotonic())? size."""
    if caught_up and last_contact is not None:
        set_config_snapshot(time.time() - (time.monotonic() - last_contact), resources)


def config_record_rejected(reason: str) -> None:
    """A record of the configs topic was not applied (a CONFIG_REJECT_REASONS entry)."""
    _count(CONFIG_REJECTS + CONFIG_REJECT_REASONS.index(reason))


def start_node(config: GatewayConfig) -> GatewayConfig:
    """In the supervisor: make the node's metrics directory; return the config for workers."""
    global _directory, _owns_directory, _block, _enabled
    _enabled = config.gateway_metrics_enabled
    if not _enabled:
        return config
    if config.gateway_metrics_dir:
        directory = Path(config.gateway_metrics_dir)
        directory.mkdir(parents=True, exist_ok=True)
        _remove_stale_files(directory)
        _owns_directory = False
    else:
        # Memory-backed where the system has it: no disk writeback of the slots.
        shm = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
        directory = Path(tempfile.mkdtemp(prefix="sluice-metrics-", dir=shm))
        _owns_directory = True
    with _lock:
        _block = _Block(directory / f"{os.getpid()}.metrics", _ROLE_SUPERVISOR)
        _directory = directory
    _upstream_index.clear()
    return msgspec.structs.replace(config, gateway_metrics_dir=str(directory))


def _remove_stale_files(directory: Path) -> None:
    for path in directory.glob("*.metrics"):
        with contextlib.suppress(ValueError):
            pid = int(path.stem)
            if pid != os.getpid() and _alive(pid):
                log.critical("GATEWAY_METRICS_DIR %s is in use by process %d (another "
                             "node?); give every node its own directory", directory, pid)
                raise SystemExit(2)
        path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def start_worker(config: GatewayConfig) -> None:
    """In a worker process: count into the node's directory (or memory without a node)."""
    global _block, _enabled
    _enabled = config.gateway_metrics_enabled
    if _enabled and config.gateway_metrics_dir:
        _block = _Block(Path(config.gateway_metrics_dir) / f"{os.getpid()}.metrics",
                        _ROLE_WORKER)
        _block.values[LIVE_NODES] = 1.0
        _upstream_index.clear()


def worker_exited(pid: int | None) -> None:
    """In the supervisor: fold a dead worker's counters into its own file, delete the file."""
    if _directory is None or pid is None:
        return
    path = _directory / f"{pid}.metrics"
    with _lock:
        dead = _read(path)
        if dead is not None:
            _fold(_block.values, dead)
        path.unlink(missing_ok=True)


def _fold(values: memoryview[float], dead: list[float]) -> None:
    for i in _SUMMED:
        values[i] += dead[i]
    still_open = dead[OPENED] - sum(dead[CLOSED:CLOSED + len(CLOSE_REASONS)])
    values[CLOSED + CLOSE_REASONS.index("worker_exit")] += max(0.0, still_open)
    for pair in range(UPSTREAM, UPSTREAM + 2 * UPSTREAM_BROKER_SLOTS, 2):
        if dead[pair]:
            own = _claim_upstream_pair(values, dead[pair])
            values[own + 1] += dead[pair + 1]


def stop_node() -> None:
    """In the supervisor, at node stop: remove the node's metrics files."""
    global _directory, _block
    if _directory is None:
        return
    with _lock:
        directory, _directory = _directory, None
        # Not closed: another thread (the resources store's) may still hold the old slots;
        # the mapping goes when the last reference does, the file with the directory.
        _block = _Block(None, _ROLE_WORKER)
        _block.values[LIVE_NODES] = 1.0
        if _owns_directory:
            shutil.rmtree(directory, ignore_errors=True)
        else:
            for path in directory.glob("*.metrics"):
                path.unlink(missing_ok=True)


def _read(path: Path) -> list[float] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) != SLOTS * 8:
        return None
    values = list(memoryview(data).cast("d"))
    if values[_HEADER] != _MAGIC or values[_HEADER + 1] != _FINGERPRINT:
        return None
    return values


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """Every process's slots, read at one scrape."""

    blocks: list[list[float]]

    def total(self, slot: int) -> float:
        return sum(b[slot] for b in self.blocks)

    def each(self, slot: int) -> Iterator[float]:
        """The slot in every live process (a dead worker's file is gone)."""
        return (b[slot] for b in self.blocks)


def _snapshot(directory: Path | None) -> _Snapshot:
    if directory is None:
        return _Snapshot([list(_block.values)])
    blocks = [b for p in sorted(directory.glob("*.metrics")) if (b := _read(p)) is not None]
    return _Snapshot(blocks)


class _NodeCollector(Collector):
    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def collect(self) -> Iterable[Metric]:
        return _families(_snapshot(self.directory))


def _families(s: _Snapshot) -> Iterator[Metric]:
    from gateway.audit import audit_name

    info = GaugeMetricFamily("sluice_build_info", "Sluice version of this node",
                             labels=["version"])
    info.add_metric([_version()], 1)
    yield info
    workers = GaugeMetricFamily("sluice_worker_processes", "Live worker processes")
    workers.add_metric([], sum(1 for b in s.blocks if b[_HEADER + 3] == _ROLE_WORKER))
    yield workers
    closed = [s.total(CLOSED + i) for i in range(len(CLOSE_REASONS))]
    opened = s.total(OPENED)
    active = GaugeMetricFamily("sluice_client_connections",
                               "Client connections being proxied now")
    active.add_metric([], max(0.0, opened - sum(closed)))
    yield active
    yield _counter("sluice_client_connections_opened", "Client connections accepted", opened)
    by_reason = CounterMetricFamily("sluice_client_connections_closed",
                                    "Client connections closed, by reason", labels=["reason"])
    for reason, value in zip(CLOSE_REASONS, closed, strict=True):
        by_reason.add_metric([reason], value)
    yield by_reason
    yield _counter("sluice_client_received_bytes", "Request bytes read from clients",
                   s.total(BYTES_IN))
    yield _counter("sluice_client_sent_bytes", "Response bytes written to clients",
                   s.total(BYTES_OUT))
    yield from _api_families(s, audit_name)
    yield _labelled("sluice_protocol_errors", "Connections closed for a protocol error, by "
                    "kind", "kind", PROTOCOL_ERROR_KINDS, s, PROTOCOL_ERRORS)
    yield _labelled("sluice_proxy_header_refusals", "Connections refused for their PROXY "
                    "header, by reason", "reason", PROXY_REFUSAL_REASONS, s, PROXY_REFUSALS)
    upstream = CounterMetricFamily("sluice_upstream_connect_failures",
                                   "Failed connections to a broker, by broker id",
                                   labels=["broker"])
    failures: dict[str, float] = {}
    for b in s.blocks:
        for pair in range(UPSTREAM, UPSTREAM + 2 * UPSTREAM_BROKER_SLOTS, 2):
            if b[pair]:
                label = str(int(b[pair]) - 2) if b[pair] >= 2 else "other"
                failures[label] = failures.get(label, 0.0) + b[pair + 1]
    for label, value in sorted(failures.items()):
        upstream.add_metric([label], value)
    yield upstream
    yield _counter("sluice_audit_events_dropped", "Audit events dropped (queue full or sink "
                   "failed)", s.total(AUDIT_DROPPED))
    yield _counter("sluice_worker_restarts", "Worker processes restarted after dying",
                   s.total(WORKER_RESTARTS))
    yield _counter("sluice_internal_errors", "Connections ended by an unexpected exception",
                   s.total(INTERNAL_ERRORS))
    yield _counter("sluice_tls_handshake_failures", "Failed client TLS handshakes",
                   s.total(TLS_FAILURES))
    yield _counter("sluice_sasl_authentication_failures", "Failed client SASL "
                   "authentications", s.total(SASL_FAILURES))
    yield _counter("sluice_upstream_reauthentications", "SASL sessions with the brokers "
                   "renewed on open connections (KIP-368)", s.total(UPSTREAM_REAUTHS))
    nodes = GaugeMetricFamily("sluice_gateway_nodes", "Live gateway nodes in this node's "
                              "membership view (largest over its workers)")
    nodes.add_metric([], max(s.each(LIVE_NODES), default=1.0))
    yield nodes
    now = time.time()
    ages = [now - b[SNAPSHOT_AT] for b in s.blocks if b[SNAPSHOT_AT]]
    age = GaugeMetricFamily("sluice_config_snapshot_age_seconds", "Seconds since the oldest "
                            "config snapshot of this node's processes last caught up "
                            "(NaN: none loaded yet)")
    age.add_metric([], max(ages) if ages else math.nan)
    yield age
    resources = GaugeMetricFamily("sluice_config_resources", "Resources in the config "
                                  "snapshot, by kind", labels=["kind"])
    for i, kind in enumerate(RESOURCE_KINDS):
        resources.add_metric([kind], max(s.each(RESOURCES + i), default=0.0))
    yield resources
    yield _labelled("sluice_config_records_rejected", "Records of the configs topic not "
                    "applied for their signature, by reason", "reason", CONFIG_REJECT_REASONS,
                    s, CONFIG_REJECTS)


def _version() -> str:
    try:
        return importlib.metadata.version("sluice")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _counter(name: str, documentation: str, value: float) -> CounterMetricFamily:
    family = CounterMetricFamily(name, documentation)
    family.add_metric([], value)
    return family


def _labelled(name: str, documentation: str, label: str, values: tuple[str, ...],
              s: _Snapshot, start: int) -> CounterMetricFamily:
    family = CounterMetricFamily(name, documentation, labels=[label])
    for i, value in enumerate(values):
        family.add_metric([value], s.total(start + i))
    return family


def _api_families(s: _Snapshot, name_of: Callable[[int], str]) -> Iterator[Metric]:
    requests = CounterMetricFamily("sluice_requests", "Client requests, by API key",
                                   labels=["api_key"])
    errors = CounterMetricFamily("sluice_request_errors", "Client requests that got no "
                                 "response (the connection ended first), by API key",
                                 labels=["api_key"])
    total = HistogramMetricFamily("sluice_request_duration_seconds", "Time from a request "
                                  "read to its response written, by API key",
                                  labels=["api_key"])
    added = HistogramMetricFamily("sluice_request_gateway_duration_seconds", "Time a "
                                  "request spent in the gateway (total minus the broker's "
                                  "share), by API key", labels=["api_key"])
    bounds = [*(repr(b) for b in BUCKETS), "+Inf"]
    for key in sorted(api_keys.API_KEYS):
        base = API_BLOCK + key * API_STRIDE
        count = s.total(base + API_REQUESTS)
        if not count:
            continue
        label = [name_of(key)]
        requests.add_metric(label, count)
        errors.add_metric(label, s.total(base + API_ERRORS))
        for family, start in ((total, base + API_TOTAL), (added, base + API_ADDED)):
            cumulative, buckets = 0.0, []
            for i, bound in enumerate(bounds):
                cumulative += s.total(start + i)
                buckets.append((bound, cumulative))
            family.add_metric(label, buckets, s.total(start + len(BUCKETS) + 1))
    yield from (requests, errors, total, added)


def render(directory: str | None = None) -> tuple[bytes, str]:
    """The node's metrics in Prometheus text format, and its content type.

    Reads the node's metrics directory (this process's node, or `directory`); without a
    node, this process's own counts.
    """
    with _lock:
        where = Path(directory) if directory else _directory
        registry = CollectorRegistry(auto_describe=False)
        registry.register(_NodeCollector(where))
        return generate_latest(registry), CONTENT_TYPE_PLAIN_0_0_4
