"""The resources store: the configs topic read into a snapshot, and written with acks=all.

confluent-kafka runs in a dedicated thread (as in membership/kafka_membership.py). The
consumer reads partition 0 of ``_sluice_<cluster>_configs`` from the beginning, without a
group (every node needs every record), and swaps in a new `ResourceSnapshot` after each
batch; ``on_change`` then gets it (on the store thread: hand it to trio with
``trio.from_thread.run_sync``), before any writer waiting for that version is released.
All writes go to partition 0, so offsets order every write and the last one wins on every
node. Every record written is signed, and a record read back is applied only if its
signature holds (gateway/resources/record_signing.py).

The topic is created with one partition and ``cleanup.policy=compact`` where the broker
supports CreateTopics; otherwise (the librdkafka mock) the first metadata request
auto-creates it, and only partition 0 is used whatever the partition count.

`write` blocks its caller (run it in a worker thread) until the record is acknowledged by
all in-sync replicas AND this process's snapshot has applied it, so a PUT that returned is
visible in the next GET on this node (read-your-writes).

Status: the snapshot is *caught up* once the consumer has reached the end the partition had
when the store started; the topic is *reachable* while the broker answered within
``stale_after_s``. A store that loses the broker keeps its last snapshot.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Final

from confluent_kafka import (
    OFFSET_BEGINNING,
    Consumer,
    KafkaError,
    KafkaException,
    Message,
    Producer,
)
from confluent_kafka import TopicPartition as TP
from confluent_kafka.admin import AdminClient
from confluent_kafka.cimpl import NewTopic

from gateway import metrics
from gateway.resources.record_signing import ConfigRecordCheck, record_headers
from gateway.resources.snapshot import RawRecord, ResourceSnapshot, apply_records
from gateway.resources.store_status import StoreStatus, StoreUnavailable
from membership.signing import SigningKey

__all__ = ["ResourceStore", "StoreStatus", "StoreUnavailable"]

log = logging.getLogger("sluice.resources")

_POLL_S: Final = 0.5  # longest blocking poll: bounds stop() and the probe schedule
_PROBE_S: Final = 1.0  # how often the partition's end is asked for (reachability)
_CALL_TIMEOUT_S: Final = 1.0
PARTITION: Final = 0


class ResourceStore:
    """Keeps the resources snapshot of one gateway cluster, and writes resources."""

    def __init__(
        self,
        bootstrap_servers: str,
        topic: str,
        *,
        signing_key: SigningKey,
        cluster_id: str,
        on_change: Callable[[ResourceSnapshot], None] | None = None,
        stale_after_s: float = 5.0,
        kafka_config: Mapping[str, Any] | None = None,
    ) -> None:
        """Prepare (without starting) the store; see ``start``."""
        self.topic = topic
        self._signing_key = signing_key
        self.check = ConfigRecordCheck(signing_key, cluster_id, topic)
        self._config = {"bootstrap.servers": bootstrap_servers, **(kafka_config or {})}
        self.on_change = on_change  # may be set before start()
        self._stale_after_s = stale_after_s
        self._snapshot = ResourceSnapshot()
        self._applied = threading.Condition()
        self._stopping = threading.Event()
        self._target: int | None = None  # end of the partition at start, once known
        self._caught_up = False
        self._last_contact: float | None = None
        self._last_error = "not started"
        self._thread = threading.Thread(target=self._run, name="sluice-resources", daemon=True)

    def start(self) -> None:
        """Create the Kafka clients and start reading."""
        common = {
            **self._config, "client.id": "sluice-resources", "error_cb": self._on_error,
            "logger": logging.getLogger("sluice.resources.kafka"),
        }
        self._common = common
        self._producer = Producer({
            **common, "acks": "all", "enable.idempotence": True, "linger.ms": 0,
            "message.timeout.ms": 10_000,
        })
        self._consumer = Consumer({
            **common, "group.id": f"{self.topic}-reader", "enable.auto.commit": False,
            "enable.auto.offset.store": False, "enable.partition.eof": True,
            "fetch.wait.max.ms": 100, "allow.auto.create.topics": False,
        })
        self._thread.start()

    def snapshot(self) -> ResourceSnapshot:
        """The current snapshot (safe from any thread)."""
        return self._snapshot

    def status(self) -> StoreStatus:
        """Caught up? Reachable? (safe from any thread)."""
        contact = self._last_contact
        reachable = contact is not None and time.monotonic() - contact < self._stale_after_s
        if not reachable:
            detail = f"configs topic {self.topic} unreachable: {self._last_error}"
        elif not self._caught_up:
            detail = f"loading {self.topic}: at offset {self._snapshot.version} of {self._target}"
        else:
            detail = f"{self.topic} read up to offset {self._snapshot.version}"
        return StoreStatus(self._caught_up, reachable, self._snapshot.version, detail)

    def write(self, key: bytes, value: bytes | None, timeout_s: float = 10.0) -> ResourceSnapshot:
        """Produce a record (None: tombstone), wait until acknowledged and applied here."""
        deadline = time.monotonic() + timeout_s
        delivered: concurrent.futures.Future[int] = concurrent.futures.Future()

        def on_delivery(err: KafkaError | None, msg: Message) -> None:
            if err is not None:
                delivered.set_exception(StoreUnavailable(f"{self.topic}: {err.str()}"))
            else:
                delivered.set_result(msg.offset() or 0)

        try:
            self._producer.produce(self.topic, value, key, partition=PARTITION,
                                   on_delivery=on_delivery,
                                   headers=record_headers(self._signing_key, key, value))
        except (BufferError, KafkaException) as exc:
            raise StoreUnavailable(f"{self.topic}: {exc}") from exc
        while not delivered.done():
            if time.monotonic() > deadline:
                raise StoreUnavailable(f"{self.topic}: not acknowledged within {timeout_s:.0f} s")
            self._producer.poll(_POLL_S)
        offset = delivered.result()
        with self._applied:
            applied = self._applied.wait_for(
                lambda: self._snapshot.version > offset,
                timeout=max(0.0, deadline - time.monotonic()))
            if not applied:
                raise StoreUnavailable(f"{self.topic}: offset {offset} acknowledged but not "
                                       f"read back within {timeout_s:.0f} s")
            return self._snapshot

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop the thread and close the clients."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)

    # --- everything below runs on the store thread ---

    def _on_error(self, err: KafkaError) -> None:
        self._last_error = err.str()
        loud = err.fatal() or err.code() == KafkaError._ALL_BROKERS_DOWN
        log.log(logging.WARNING if loud else logging.DEBUG, "resources Kafka client: %s",
                err.str())

    def _run(self) -> None:
        try:
            self._ensure_topic()
            self._consumer.assign([TP(self.topic, PARTITION, OFFSET_BEGINNING)])
            next_probe = 0.0
            while not self._stopping.is_set():
                now = time.monotonic()
                if now >= next_probe:
                    self._probe()
                    self.check.limiter.flush()
                    next_probe = now + _PROBE_S
                self._producer.poll(0)
                self._consume()
                metrics.config_store_polled(self._caught_up, self._last_contact,
                                            self._snapshot.counts())
        except Exception:
            log.exception("resources thread failed; serving the last snapshot")
        finally:
            self._producer.flush(1.0)
            self._consumer.close()

    def _ensure_topic(self) -> None:
        """Create the topic compacted where CreateTopics exists; else make it auto-created."""
        while not self._stopping.is_set():
            admin = AdminClient(self._common)
            try:
                brokers = len(admin.list_topics(timeout=_CALL_TIMEOUT_S).brokers)
                topic = NewTopic(self.topic, num_partitions=1,
                                 replication_factor=max(1, min(3, brokers)),
                                 config={"cleanup.policy": "compact"})
                future = admin.create_topics([topic], request_timeout=_CALL_TIMEOUT_S)[self.topic]
                future.result(timeout=2 * _CALL_TIMEOUT_S)
                log.info("created configs topic %s (compacted)", self.topic)
                return
            except KafkaException as exc:
                err = exc.args[0] if exc.args else None
                code = err.code() if isinstance(err, KafkaError) else None
                if code == KafkaError.TOPIC_ALREADY_EXISTS:
                    return
                if code in (KafkaError._UNSUPPORTED_FEATURE, KafkaError._INVALID_ARG,
                            KafkaError.INVALID_REQUEST):
                    break
                self._last_error = str(exc)
                log.debug("creating %s failed (%s); retrying", self.topic, exc)
            except concurrent.futures.TimeoutError:
                log.debug("creating %s timed out; retrying", self.topic)
            self._stopping.wait(_PROBE_S)
        # No CreateTopics (the librdkafka mock): a producer's metadata request creates it.
        while not self._stopping.is_set():
            try:
                found = self._producer.list_topics(self.topic, timeout=_CALL_TIMEOUT_S)
                meta = found.topics.get(self.topic)
                if meta is not None and meta.error is None and meta.partitions:
                    log.info("configs topic %s auto-created (%d partitions, only partition "
                             "%d used; not compacted: create it with cleanup.policy=compact)",
                             self.topic, len(meta.partitions), PARTITION)
                    return
            except KafkaException as exc:
                self._last_error = str(exc)
            self._stopping.wait(_PROBE_S)

    def _probe(self) -> None:
        """Ask for the partition's end: reachability, and the catch-up target at first."""
        try:
            _low, high = self._consumer.get_watermark_offsets(
                TP(self.topic, PARTITION), timeout=_CALL_TIMEOUT_S, cached=False)
        except KafkaException as exc:
            self._last_error = str(exc)
            return
        self._last_contact = time.monotonic()
        if self._target is None:
            self._target = high
            self._check_caught_up()

    def _check_caught_up(self) -> None:
        if (not self._caught_up and self._target is not None
                and self._snapshot.version >= self._target):
            self._caught_up = True
            log.info("resources loaded from %s: %d resources at offset %d", self.topic,
                     len(self._snapshot.resources), self._snapshot.version)

    def _consume(self) -> None:
        # Block until the first message (or _POLL_S), then take what else is there at once:
        # idle, the thread wakes twice a second; a write is still applied as it arrives.
        first = self._consumer.poll(_POLL_S)
        records = []
        for message in [] if first is None else [first, *self._consumer.consume(499, 0)]:
            err = message.error()
            if err is not None:
                if err.code() == KafkaError._PARTITION_EOF:
                    self._last_contact = time.monotonic()
                    if self._target is None:
                        self._target = message.offset() or 0
                elif err.code() != KafkaError.UNKNOWN_TOPIC_OR_PART:
                    log.warning("reading %s: %s", self.topic, err.str())
                continue
            self._last_contact = time.monotonic()
            records.append(RawRecord(message.offset() or 0, message.key(), message.value(),
                                     message.headers()))
        if records:
            snapshot = apply_records(self._snapshot, records, self.topic, self.check.accept)
            self._snapshot = snapshot
            # Readers fed by on_change have it before a waiting writer returns, so a PUT's
            # answer is never followed by a GET that misses it.
            if self.on_change is not None:
                try:
                    self.on_change(snapshot)
                except Exception:
                    log.exception("resources on_change callback failed")
            with self._applied:
                self._applied.notify_all()
        self._check_caught_up()
