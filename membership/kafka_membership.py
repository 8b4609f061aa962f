"""Gateway cluster membership over Kafka, run by confluent-kafka in a dedicated thread.

Every worker produces a heartbeat each ``interval_ms`` to ``_sluice_<cluster>_heartbeats``
(key ``<node>/<worker>``, so one worker's heartbeats stay ordered) and reads that topic back
into a MembershipView.  Every worker must see every heartbeat, so the consumer does not
``subscribe()`` (a group would split the partitions between the workers): it ``assign()``s
all partitions itself, starting at the offsets of ``now - timeout_ms`` (or the end where the
broker cannot look up timestamps), and picks up partitions that appear later.  Its
``group.id`` is ``sluice_<cluster>`` (librdkafka needs one), but it never joins the group
nor commits, so the group holds neither members nor offsets: positions are not worth keeping.

The topic is created with one partition and a retention of minutes when the broker supports
CreateTopics; otherwise the first heartbeat auto-creates it, with any partition count.

Heartbeats are signed with a key derived from ``secret`` (GATEWAY_CLUSTER_SECRET) and
records that are unsigned, wrongly signed or dated too far ahead are dropped and counted
(see ``membership.signing``); without a secret nothing read back is trusted and the
node runs alone.  A worker also sees its own heartbeats directly, so its node is always in
its own view: if Kafka is unreachable the others time out and the worker routes everything
to itself, which is always correct.  ``on_change`` runs on the membership thread: it must be
quick and thread-safe (e.g. hand the list to trio with ``trio.from_thread.run_sync`` or a channel).
On an announced stop it gets a last list without this node (possibly empty).
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import time
from collections.abc import Callable, Mapping
from importlib import metadata
from types import TracebackType
from typing import Any, Final

import msgspec
from confluent_kafka import OFFSET_END, Consumer, KafkaError, KafkaException, Message, Producer
from confluent_kafka import TopicPartition as TP
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic  # confluent_kafka.admin does not re-export it

from gateway.routing.assignment import GatewayNode
from membership.heartbeat import (
    Heartbeat,
    HeartbeatDecodeError,
    RoutingMechanism,
    State,
    encode_heartbeat,
    group_id,
    heartbeat_topic,
)
from membership.signing import HeartbeatFilter, HeartbeatKey
from membership.view import MembershipView

__all__ = ["KafkaMembership", "OnChange"]

log = logging.getLogger("sluice.membership")

OnChange = Callable[[list[GatewayNode]], None]

_POLL_S: Final = 0.25  # longest blocking consume, bounds stop() and expiry latency
_METADATA_TIMEOUT_S: Final = 1.0
_REFRESH_S: Final = 5.0  # how often partitions are re-listed once some are assigned
_PURGED: Final = (KafkaError._PURGE_QUEUE, KafkaError._PURGE_INFLIGHT)


def _wall_ms() -> int:
    """Milliseconds since the epoch (heartbeat timestamps are compared across nodes)."""
    return time.time_ns() // 1_000_000


def _software_version() -> str:
    """The installed Sluice version."""
    try:
        return metadata.version("sluice")
    except metadata.PackageNotFoundError:
        return "unknown"


class KafkaMembership:
    """Publishes this worker's heartbeats and maintains the live gateway nodes."""

    _producer: Producer
    _consumer: Consumer
    _common: dict[str, Any]

    def __init__(
        self,
        bootstrap_servers: str,
        *,
        cluster_id: str,
        node_id: str,
        worker_id: int,
        advertised_host: str,
        port_start: int,
        rack: str | None = None,
        routing_mechanism: RoutingMechanism = "port",
        version: str | None = None,
        interval_ms: int = 1000,
        timeout_ms: int = 10000,
        on_change: OnChange | None = None,
        kafka_config: Mapping[str, Any] | None = None,
        secret: str | None = None,
        max_skew_ms: int = 5000,
    ) -> None:
        """Prepare (without starting) the membership of one worker; see ``start``."""
        if not 0 < interval_ms < timeout_ms:
            raise ValueError("need 0 < interval_ms < timeout_ms")
        self._template = Heartbeat(
            cluster_id=cluster_id, node_id=node_id, worker_id=worker_id,
            advertised_host=advertised_host, port_start=port_start, rack=rack,
            routing_mechanism=routing_mechanism, version=version or _software_version(),
            timestamp_ms=0,
        )
        self._topic = heartbeat_topic(cluster_id)
        self._key = f"{node_id}/{worker_id}".encode()
        self._interval_ms = interval_ms
        self._interval_s = interval_ms / 1000
        self._timeout_ms = timeout_ms
        self._on_change = on_change
        self._config = {"bootstrap.servers": bootstrap_servers, **(kafka_config or {})}
        self._view = MembershipView(cluster_id, timeout_ms)
        self._nodes: list[GatewayNode] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._announce = True
        self._stop_by = 0.0
        self._delivery_ok = True
        self._assigned: set[int] = set()
        self._signing_key = HeartbeatKey(secret, cluster_id) if secret else None
        self._filter = HeartbeatFilter(
            self._signing_key, max_skew_ms, self._key, log=log.warning
        )
        self._thread = threading.Thread(
            target=self._run, name=f"sluice-membership-{node_id}/{worker_id}", daemon=True
        )

    def start(self) -> None:
        """Create the Kafka clients (raising on bad configuration) and start the thread."""
        common = {
            **self._config, "client.id": "sluice-membership", "error_cb": self._on_error,
            "logger": logging.getLogger("sluice.membership.kafka"),
        }
        self._producer = Producer(
            {**common, "linger.ms": 0, "message.timeout.ms": self._timeout_ms}
        )
        self._consumer = Consumer({
            **common, "group.id": group_id(self._template.cluster_id),
            "enable.auto.commit": False, "enable.auto.offset.store": False,
            "fetch.wait.max.ms": max(10, min(500, self._interval_ms // 2)),
        })
        self._common = common
        if self._signing_key is None:
            log.warning(
                "GATEWAY_CLUSTER_SECRET is not set: this node runs alone and ignores the "
                "heartbeats of other nodes (unsigned ones could be forged). To run several "
                "nodes, set the same secret on each, e.g. GATEWAY_CLUSTER_SECRET=$(openssl "
                "rand -hex 32)"
            )
        self._thread.start()

    @property
    def dropped_heartbeats(self) -> dict[str, int]:
        """Heartbeat records dropped so far, by reason (unsigned, bad signature, ...)."""
        return dict(self._filter.drops.by_reason)

    def current_nodes(self) -> list[GatewayNode]:
        """A snapshot of the live gateway nodes (safe from any thread)."""
        with self._lock:
            return list(self._nodes)

    def stop(self, announce: bool = True, timeout_s: float = 5.0) -> bool:
        """Stop (announcing the shutdown unless ``announce`` is false); False if it hung."""
        self._announce = announce
        self._stop_by = time.monotonic() + timeout_s
        self._stopping.set()
        if not self._thread.is_alive() or threading.current_thread() is self._thread:
            return True
        self._thread.join(timeout_s)
        if self._thread.is_alive():
            log.warning("membership thread did not stop within %.1f s", timeout_s)
            return False
        return True

    def __enter__(self) -> KafkaMembership:
        """Start and return the membership."""
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop with a shutdown announcement."""
        self.stop()

    # --- everything below runs on the membership thread ---

    def _run(self) -> None:
        """Thread body: join our own view, make the topic, loop until stopped, shut down."""
        try:
            self._own_heartbeat("running")
            self._publish()
            self._ensure_topic()
            self._loop()
        except Exception:
            log.exception("membership thread failed; routing to this node only")
            self._announce = False  # keep serving: the others drop us after the timeout
            hb = self._template
            self._set_nodes([GatewayNode(hb.node_id, hb.advertised_host, hb.port_start, hb.rack)])
        finally:
            self._close()

    def _loop(self) -> None:
        """Heartbeat, consume and publish view changes until stop() is called."""
        next_beat = next_refresh = time.monotonic()
        delay = self._interval_s
        while not self._stopping.is_set():
            now = time.monotonic()
            if now >= next_beat:
                self._beat("running")
                next_beat = max(next_beat + self._interval_s, now)
            if now >= next_refresh:
                delay = self._refresh_assignment(delay)
                next_refresh = time.monotonic() + delay
            self._producer.poll(0)
            wait = min(max(next_beat - time.monotonic(), 0.0), _POLL_S)
            for message in self._consumer.consume(100, wait):
                self._receive(message)
            self._publish()

    def _own_heartbeat(self, state: State) -> Heartbeat:
        """A fresh heartbeat of ours, already taken into our own view."""
        now = _wall_ms()
        heartbeat = msgspec.structs.replace(self._template, state=state, timestamp_ms=now)
        self._view.observe(heartbeat, now)
        return heartbeat

    def _beat(self, state: State) -> None:
        """Produce one heartbeat."""
        value = encode_heartbeat(self._own_heartbeat(state))
        headers = self._signing_key.headers(value) if self._signing_key else None
        try:
            self._producer.produce(
                self._topic, value, self._key, headers=headers, on_delivery=self._delivered
            )
        except (BufferError, KafkaException) as exc:
            log.warning("heartbeat not queued: %s", exc)

    def _delivered(self, err: KafkaError | None, _msg: Message) -> None:
        """Log heartbeat delivery failing, and recovering, once each."""
        if err is not None and err.code() in _PURGED:
            return
        if err is not None and self._delivery_ok:
            log.warning("heartbeats are not reaching %s: %s", self._topic, err.str())
        elif err is None and not self._delivery_ok:
            log.info("heartbeats reach %s again", self._topic)
        self._delivery_ok = err is None

    def _on_error(self, err: KafkaError) -> None:
        """Log client-level errors; each failed connection attempt only at debug level."""
        loud = err.fatal() or err.code() == KafkaError._ALL_BROKERS_DOWN
        log.log(logging.WARNING if loud else logging.DEBUG, "membership Kafka client: %s",
                err.str())

    def _ensure_topic(self) -> None:
        """Create the heartbeat topic if the broker lets us; else rely on auto-creation."""
        admin = AdminClient(self._common)  # dropped afterwards: its logs are never polled
        try:
            brokers = len(admin.list_topics(timeout=_METADATA_TIMEOUT_S).brokers)
            retention = str(max(300_000, 10 * self._timeout_ms))
            topic = NewTopic(
                self._topic, num_partitions=1, replication_factor=max(1, min(3, brokers)),
                config={"retention.ms": retention, "segment.ms": retention},
            )
            future = admin.create_topics([topic], request_timeout=_METADATA_TIMEOUT_S)[self._topic]
            while not future.done() and not self._stopping.is_set():
                concurrent.futures.wait([future], timeout=_POLL_S)
            if future.done():
                future.result()
                log.info("created heartbeat topic %s", self._topic)
        except KafkaException as exc:
            err = exc.args[0] if exc.args else None
            if isinstance(err, KafkaError) and err.code() == KafkaError.TOPIC_ALREADY_EXISTS:
                return
            # A broker without CreateTopics (the demo's mock) auto-creates it: say nothing.
            unsupported = (isinstance(err, KafkaError)
                           and err.code() == KafkaError._UNSUPPORTED_FEATURE)
            log.log(logging.DEBUG if unsupported else logging.WARNING,
                    "could not create the heartbeat topic %s (%s); the first heartbeat "
                    "creates it if the brokers allow auto.create.topics.enable, otherwise "
                    "create it yourself", self._topic, exc)

    def _refresh_assignment(self, delay: float) -> float:
        """Assign any new partition of the heartbeat topic; return when to look again."""
        try:
            topics = self._consumer.list_topics(self._topic, timeout=_METADATA_TIMEOUT_S).topics
        except KafkaException as exc:
            log.debug("listing %s failed: %s", self._topic, exc)
            return min(2 * delay, _REFRESH_S)  # back off while Kafka is unreachable
        found = topics.get(self._topic)
        if found is None or found.error is not None:
            return self._interval_s  # not created yet: our next heartbeat should do it
        new = sorted(set(found.partitions) - self._assigned)
        if new:
            self._consumer.incremental_assign(self._start_offsets(new))
            self._assigned.update(new)
            log.debug("reading %s partitions %s", self._topic, new)
        return _REFRESH_S

    def _start_offsets(self, partitions: list[int]) -> list[TP]:
        """Offsets of the last ``timeout_ms`` of heartbeats, or the end if unknown."""
        since = _wall_ms() - self._timeout_ms
        wanted = [TP(self._topic, p, since) for p in partitions]
        try:
            found = self._consumer.offsets_for_times(wanted, timeout=_METADATA_TIMEOUT_S)
        except KafkaException:
            return [TP(self._topic, p, OFFSET_END) for p in partitions]
        return [
            TP(self._topic, tp.partition, OFFSET_END if tp.error or tp.offset < 0 else tp.offset)
            for tp in found
        ]

    def _receive(self, message: Message) -> None:
        """Feed one consumed record into the view."""
        err = message.error()
        if err is not None:
            if err.code() not in (KafkaError._PARTITION_EOF, KafkaError.UNKNOWN_TOPIC_OR_PART):
                log.warning("reading %s: %s", self._topic, err.str())
            return
        now = _wall_ms()
        try:
            heartbeat = self._filter.accept(
                message.key(), message.value() or b"", message.headers(), now
            )
        except HeartbeatDecodeError as exc:
            log.warning("%s[%s]@%s: %s", self._topic, message.partition(), message.offset(), exc)
            return
        if heartbeat is not None:
            self._view.observe(heartbeat, now)

    def _publish(self) -> None:
        """Log membership changes and hand a changed node list to on_change."""
        now = _wall_ms()
        nodes = self._view.live_nodes(now)
        joined, left = self._view.changes(now)
        for node_id in joined:
            log.info("gateway node %s joined cluster %s", node_id, self._template.cluster_id)
        for node_id, reason in left:
            log.info("gateway node %s left cluster %s (%s)", node_id, self._template.cluster_id,
                     reason)
        self._set_nodes(nodes)

    def _set_nodes(self, nodes: list[GatewayNode]) -> None:
        """Store the live nodes and, if they changed, call on_change."""
        with self._lock:
            if nodes == self._nodes:
                return
            self._nodes = nodes
        if self._on_change is not None:
            try:
                self._on_change(list(nodes))
            except Exception:
                log.exception("membership on_change callback failed")

    def _close(self) -> None:
        """Announce the shutdown if asked, then close the clients within the budget."""
        producer = self._producer
        try:
            if self._announce:
                self._beat("shutting_down")
                self._publish()
                budget = max(0.0, (self._stop_by - time.monotonic()) / 2)
                if producer.flush(budget):
                    log.warning("shutdown heartbeat not delivered within %.1f s", budget)
            producer.purge()
            producer.flush(0)
            producer.close()
        finally:
            self._consumer.close()
