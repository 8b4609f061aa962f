"""`sluice cluster status`: the gateway cluster as the data plane sees it right now.

The command reads the heartbeat topic the way a worker does (every partition assigned, no
group membership, no commits), rebuilds the membership view with the same MembershipView,
asks the backend for its brokers, and prints the live nodes, the nodes that left recently,
and the broker -> node mapping a client would be given by a Metadata response now, computed
with the routing functions of the data plane (``assign_brokers``, ``advertised_address``).

Heartbeats are read from ``2 * GATEWAY_HEARTBEAT_TIMEOUT_MS`` ago: the last timeout decides
who is live, the one before it shows the nodes that timed out within the last timeout.
Where the broker cannot look offsets up by time (the librdkafka mock answers -1), partitions
are read from the beginning; the view judges heartbeats by their timestamps either way.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import trio
from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, KafkaException
from confluent_kafka import TopicPartition as TP

from gateway.config import GatewayConfig, librdkafka_config
from gateway.proxy.backend import BackendUnavailable, ClusterInfo, describe_cluster
from gateway.proxy.server import port_map_for
from gateway.proxy.upstream_security import UpstreamSecurity
from gateway.routing.assignment import Broker, GatewayNode, advertised_address, assign_brokers
from gateway.routing.sni import SniNames
from membership.heartbeat import (
    Heartbeat,
    HeartbeatDecodeError,
    decode_heartbeat,
    group_id,
    heartbeat_topic,
)
from membership.signing import HeartbeatFilter, HeartbeatKey
from membership.view import MembershipView

__all__ = [
    "DEFAULT_WAIT_MS",
    "HeartbeatReadError",
    "main_status",
    "read_heartbeats",
    "render_status",
]

log = logging.getLogger("sluice.status")

DEFAULT_WAIT_MS: Final = 3000
_MIN_CALL_S: Final = 0.1  # shortest timeout given to a single Kafka call
_POLL_S: Final = 0.1


class HeartbeatReadError(Exception):
    """The heartbeat topic could not be read (Kafka unreachable)."""


def _wall_ms() -> int:
    """Milliseconds since the epoch, the clock of heartbeat timestamps."""
    return time.time_ns() // 1_000_000


# --- reading the heartbeat topic ---


class _Deadline:
    """What is left of the time budget, for each blocking Kafka call."""

    def __init__(self, budget_ms: int) -> None:
        self._end = time.monotonic() + budget_ms / 1000

    def left(self) -> float:
        """Seconds left (possibly negative)."""
        return self._end - time.monotonic()

    def call_s(self) -> float:
        """A timeout for one call: the time left, but at least _MIN_CALL_S."""
        return max(_MIN_CALL_S, self.left())


def heartbeat_filter(config: GatewayConfig) -> HeartbeatFilter | None:
    """The signature check a node applies (None without a secret: nothing to check with)."""
    secret = config.gateway_cluster_secret
    if not secret:
        return None
    key = HeartbeatKey(secret, config.gateway_cluster_id)
    return HeartbeatFilter(key, config.gateway_heartbeat_max_skew_ms)


def heartbeat_consumer(config: GatewayConfig) -> Consumer:
    """A consumer for `read_heartbeats` (no group membership, no commits); close it after."""
    return Consumer({
        **librdkafka_config(config),
        "client.id": "sluice-status",
        "group.id": f"{group_id(config.gateway_cluster_id)}-status",
        "enable.auto.commit": False,
        "enable.auto.offset.store": False,
        "enable.partition.eof": True,
        "allow.auto.create.topics": False,
        "fetch.wait.max.ms": 100,
        "error_cb": _on_error,
        "logger": logging.getLogger("sluice.status.kafka"),
    })


def read_heartbeats(
    config: GatewayConfig, wait_ms: int = DEFAULT_WAIT_MS, checks: HeartbeatFilter | None = None,
    consumer: Consumer | None = None,
) -> list[Heartbeat]:
    """The recent heartbeats of the gateway cluster, read within about ``wait_ms``.

    A missing heartbeat topic gives an empty list; a Kafka that cannot be reached at all
    raises HeartbeatReadError.  Reading stops at the end each partition had when reading
    started, or when ``wait_ms`` is spent (then with a warning: the view may be partial).
    A ``consumer`` from `heartbeat_consumer` is reused (a repeated read need not start a
    new librdkafka client); without one, a consumer is made and closed for this read.
    """
    topic = heartbeat_topic(config.gateway_cluster_id)
    deadline = _Deadline(wait_ms)
    owned = consumer is None
    if consumer is None:
        consumer = heartbeat_consumer(config)
    try:
        try:
            metadata = consumer.list_topics(topic, timeout=deadline.call_s())
        except KafkaException as exc:
            raise HeartbeatReadError(f"cannot list {topic}: {exc}") from exc
        found = metadata.topics.get(topic)
        if found is None or found.error is not None or not found.partitions:
            log.debug("heartbeat topic %s not found: %s", topic, found and found.error)
            return []
        partitions = sorted(found.partitions)
        since = _wall_ms() - 2 * config.gateway_heartbeat_timeout_ms
        starts = _start_offsets(consumer, topic, partitions, since, deadline)
        marks = _watermarks(consumer, topic, partitions, deadline)
        checks = checks or heartbeat_filter(config)
        return _consume(consumer, topic, starts, marks, deadline, wait_ms, checks)
    finally:
        if owned:
            consumer.close()
        else:
            consumer.unassign()  # no fetching between reads


def _on_error(err: KafkaError) -> None:
    """Client-level errors: only a fatal one or all brokers down matter here."""
    loud = err.fatal() or err.code() == KafkaError._ALL_BROKERS_DOWN
    log.log(logging.WARNING if loud else logging.DEBUG, "Kafka client: %s", err.str())


def _start_offsets(
    consumer: Consumer, topic: str, partitions: list[int], since_ms: int, deadline: _Deadline
) -> dict[int, int]:
    """The offset of the first heartbeat at or after ``since_ms``, or the beginning."""
    wanted = [TP(topic, p, since_ms) for p in partitions]
    try:
        found = consumer.offsets_for_times(wanted, timeout=deadline.call_s())
    except KafkaException as exc:
        log.debug("offsets_for_times on %s failed (%s); reading from the beginning", topic, exc)
        return dict.fromkeys(partitions, OFFSET_BEGINNING)
    starts = dict.fromkeys(partitions, OFFSET_BEGINNING)
    for tp in found:
        # -1 means "nothing that recent" from a real broker, but the mock answers -1 for
        # everything: reading from the beginning is correct in both cases.
        if tp.error is None and tp.offset >= 0:
            starts[tp.partition] = tp.offset
    return starts


def _watermarks(
    consumer: Consumer, topic: str, partitions: list[int], deadline: _Deadline
) -> dict[int, tuple[int, int] | None]:
    """Each partition's (low, high) watermarks now; None if unknown (read until EOF)."""
    marks: dict[int, tuple[int, int] | None] = {}
    for p in partitions:
        try:
            marks[p] = consumer.get_watermark_offsets(
                TP(topic, p), timeout=deadline.call_s(), cached=False
            )
        except KafkaException as exc:
            log.debug("watermarks of %s[%d] unknown: %s", topic, p, exc)
            marks[p] = None
    return marks


def _to_read(start: int, marks: tuple[int, int] | None) -> bool:
    """Whether a partition may hold records between ``start`` and its high watermark."""
    if marks is None:
        return True
    low, high = marks
    return high > (low if start < 0 else start)


def _consume(
    consumer: Consumer,
    topic: str,
    starts: dict[int, int],
    marks: dict[int, tuple[int, int] | None],
    deadline: _Deadline,
    wait_ms: int,
    checks: HeartbeatFilter | None,
) -> list[Heartbeat]:
    """Read every partition from its start to its high watermark (or EOF), in the budget."""
    ends = {p: m[1] for p, m in marks.items() if m is not None}
    pending = {p for p, start in starts.items() if _to_read(start, marks[p])}
    if not pending:
        return []
    consumer.assign([TP(topic, p, starts[p]) for p in sorted(pending)])
    heartbeats: list[Heartbeat] = []
    while pending and deadline.left() > 0:
        for message in consumer.consume(500, min(_POLL_S, max(0.0, deadline.left()))):
            partition = message.partition()
            offset = message.offset()
            err = message.error()
            if err is not None and err.code() != KafkaError._PARTITION_EOF:
                log.debug("reading %s: %s", topic, err.str())
                continue
            if err is None:
                try:
                    value = message.value() or b""
                    heartbeat = decode_heartbeat(value) if checks is None else checks.accept(
                        message.key(), value, message.headers(), _wall_ms()
                    )
                    if heartbeat is not None:
                        heartbeats.append(heartbeat)
                except HeartbeatDecodeError as exc:
                    log.debug("%s[%s]@%s: %s", topic, partition, offset, exc)
            end = ends.get(partition) if partition is not None else None
            at_end = err is not None or (
                end is not None and offset is not None and offset + 1 >= end
            )
            if at_end and partition is not None:
                pending.discard(partition)
    if pending:
        log.warning(
            "stopped reading %s after %d ms (partitions %s not read to the end); the view "
            "may be incomplete, try a larger --wait-ms", topic, wait_ms,
            ", ".join(map(str, sorted(pending))),
        )
    return heartbeats


# --- rendering ---


@dataclass(frozen=True, slots=True)
class _NodeRow:
    """What the table says about one node."""

    heartbeat: Heartbeat  # the node's newest heartbeat (or newest live one)
    workers: list[int]  # live worker ids (the table shows how many)
    last_seen_ms: int
    state: str


def _newer(new: Heartbeat, old: Heartbeat) -> bool:
    """Same rule as MembershipView: newer timestamp wins, a shutdown wins a tie."""
    if new.timestamp_ms != old.timestamp_ms:
        return new.timestamp_ms > old.timestamp_ms
    return new.state == "shutting_down" and old.state == "running"


def _node_rows(
    cluster_id: str, heartbeats: Iterable[Heartbeat], timeout_ms: int, now_ms: int
) -> tuple[list[GatewayNode], dict[str, _NodeRow]]:
    """The live nodes (per MembershipView) and a row per live or recently departed node."""
    view = MembershipView(cluster_id, timeout_ms)
    newest: dict[str, dict[int, Heartbeat]] = {}
    for hb in heartbeats:
        if hb.cluster_id != cluster_id:
            continue
        view.observe(hb, now_ms)
        workers = newest.setdefault(hb.node_id, {})
        old = workers.get(hb.worker_id)
        if old is None or _newer(hb, old):
            workers[hb.worker_id] = hb
    live = view.live_nodes(now_ms)
    live_ids = {n.node_id for n in live}
    rows: dict[str, _NodeRow] = {}
    for node_id, workers in newest.items():
        seen = {w: min(hb.timestamp_ms, now_ms) for w, hb in workers.items()}
        alive = sorted(
            w for w, hb in workers.items()
            if hb.state == "running" and now_ms - seen[w] < timeout_ms
        )
        last_seen = max(seen.values())
        if node_id in live_ids:
            hb = max((workers[w] for w in alive), key=lambda h: h.timestamp_ms)
            stopped = sorted(set(workers) - set(alive))
            state = "live" if not stopped else (
                f"live (worker{'s' if len(stopped) > 1 else ''} "
                f"{','.join(map(str, stopped))} stopped)"
            )
            rows[node_id] = _NodeRow(hb, alive, last_seen, state)
            continue
        # Gone: how its last worker to stop ended (as MembershipView reports a leave).
        ends = {
            w: seen[w] + timeout_ms if hb.state == "running" else seen[w]
            for w, hb in workers.items()
        }
        last = max(ends, key=lambda w: ends[w])
        if ends[last] < now_ms - timeout_ms:
            continue  # left longer ago than a timeout: not "recently"
        reason = "timeout" if workers[last].state == "running" else "shutdown"
        hb = max(workers.values(), key=lambda h: h.timestamp_ms)
        rows[node_id] = _NodeRow(hb, [], last_seen, f"left ({reason})")
    return live, rows


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    """Left-aligned columns separated by two spaces."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [
        (indent + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))).rstrip()
        for row in [header, *rows]
    ]


def render_status(
    config: GatewayConfig, heartbeats: Sequence[Heartbeat], cluster: ClusterInfo, now_ms: int
) -> str:
    """The status report: gateway nodes, then the broker -> node mapping clients get now."""
    cluster_id = config.gateway_cluster_id
    timeout_ms = config.gateway_heartbeat_timeout_ms
    topic = heartbeat_topic(cluster_id)
    live, rows = _node_rows(cluster_id, heartbeats, timeout_ms, now_ms)
    live_ids = [n.node_id for n in live]
    gone_ids = sorted(set(rows) - set(live_ids))
    lines = [
        f"Gateway cluster {cluster_id!r}: {len(live)} live node{'s' if len(live) != 1 else ''}"
        f" (heartbeats on {topic}, timeout {timeout_ms} ms)",
        "",
    ]
    if rows:
        table = []
        for node_id in [*live_ids, *gone_ids]:
            row = rows[node_id]
            hb = row.heartbeat
            table.append([
                node_id, hb.advertised_host, str(hb.port_start), hb.rack or "-",
                str(len(row.workers)), f"{now_ms - row.last_seen_ms} ms",
                hb.version, row.state,
            ])
        lines += _table(
            ["NODE", "HOST", "PORT START", "RACK", "WORKERS", "LAST HEARTBEAT AGO", "VERSION",
             "STATE"],
            table,
        )
        lines.append("")
    if not live:
        lines += [
            f"No gateway node is live: no running heartbeat on {topic} in the last "
            f"{timeout_ms} ms. Clients would get no gateway address.",
        ]
        return "\n".join(lines) + "\n"
    lines += _mapping(config, live, cluster)
    return "\n".join(lines) + "\n"


def _mapping(config: GatewayConfig, live: list[GatewayNode], cluster: ClusterInfo) -> list[str]:
    """The broker -> node table, as a Metadata response with cursor 0 would have it."""
    lines = ["Broker -> node mapping a client would receive now (Metadata cursor 0):"]
    if not cluster.brokers:
        return [*lines, "  the backend reported no brokers"]
    if not config.gateway_feature_flags_internal_load_balancing:
        return [
            *lines,
            "  internal load balancing is off (GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING="
            "false): each node advertises itself for every broker",
        ]
    port_map = port_map_for(config, cluster)
    brokers = [Broker(b.node_id, b.rack) for b in cluster.brokers.values()]
    assignment = assign_brokers(live, brokers, 0)
    table = []
    for broker_id in sorted(cluster.brokers):
        info = cluster.brokers[broker_id]
        node = assignment[broker_id]
        if config.sni_routing:
            names = SniNames(node.host, config.gateway_advertised_host_prefix,
                             config.gateway_sni_host_separator)
            address = f"{names.name_of(broker_id)}:{config.advertised_sni_port}"
        elif port_map.port_for(broker_id) is None:
            address = (
                f"none: no gateway port (raise GATEWAY_PORT_COUNT to at least "
                f"{port_map.ports_needed_for(broker_id)})"
            )
        else:
            host, port = advertised_address(node, broker_id, port_map.min_broker_id)
            address = f"{host}:{port}"
        table.append([str(broker_id), info.rack or "-", node.node_id, node.rack or "-", address])
    lines += _table(["BROKER", "RACK", "NODE", "NODE RACK", "ADDRESS"], table)
    lines += [
        f"  (port = node port start + broker id - {port_map.min_broker_id}; successive Metadata",
        "  responses rotate brokers among equivalent nodes)",
    ] if not config.sni_routing else [
        "  (SNI routing: broker names on each node's advertised host, one port)"]
    return lines


# --- the command ---


def main_status(config: GatewayConfig, wait_ms: int = DEFAULT_WAIT_MS) -> int:
    """Print the cluster status; 1 (with the reason on stderr) if Kafka cannot be reached."""
    try:
        cluster = trio.run(
            describe_cluster,
            config.bootstrap_servers(),
            config.gateway_upstream_connect_timeout_ms / 1000,
            config.gateway_max_frame_bytes,
            UpstreamSecurity.from_config(config),
        )
    except BackendUnavailable as exc:
        print(f"sluice: backend cluster unreachable: {exc}", file=sys.stderr)
        return 1
    checks = heartbeat_filter(config)
    try:
        heartbeats = read_heartbeats(config, wait_ms, checks)
    except HeartbeatReadError as exc:
        print(f"sluice: cannot read the gateway heartbeats: {exc}", file=sys.stderr)
        return 1
    print(render_status(config, heartbeats, cluster, _wall_ms()), end="", flush=True)
    print(_dropped_line(checks), flush=True)
    return 0


def _dropped_line(checks: HeartbeatFilter | None) -> str:
    """How many heartbeats were not believed, and why."""
    if checks is None:
        return ("Signatures not checked: GATEWAY_CLUSTER_SECRET is not set (a node without it "
                "runs alone and ignores the others' heartbeats)")
    reasons = ", ".join(f"{n} {r}" for r, n in sorted(checks.drops.by_reason.items()))
    return f"Heartbeats ignored: {checks.drops.total}" + (f" ({reasons})" if reasons else "")
