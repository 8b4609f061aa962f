"""End-to-end: record batches written by real clients decode, re-encode and flow back.

A private one-broker librdkafka mock cluster (no gateway: the codec is what is tested).
Batches produced by confluent-kafka (librdkafka, every compression.type) and by KafkaJS (the
codecs it ships: none and gzip) are fetched raw with a Fetch v4 request over a socket; each
must pass its CRC, decode, and re-encode to the very same bytes. Then the records are
changed, re-encoded (and re-compressed), produced back with a raw Produce v3 request, and
consumed by confluent-kafka (with CRC checks on) and KafkaJS, which must deliver exactly the
changed records.
"""

from __future__ import annotations

import json
import shutil
import socket
import struct
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest
from confluent_kafka import Consumer, Producer, TopicPartition

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.compression import Compression
from gateway.protocol.frames import FrameReader
from gateway.protocol.headers import encode_request_header
from gateway.protocol.records import (
    Batch,
    BatchView,
    ControlType,
    Header,
    PartialBatch,
    Record,
    decode_batch,
    decode_control_record,
    encode_batch,
    iter_records_field,
)
from tests.kafka_helpers import unique

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
KAFKAJS_CODECS = ["none", "gzip"]
JS_DIR = Path(__file__).resolve().parent / "js"
SCRIPT = JS_DIR / "records.js"
NODE_TIMEOUT_S = 120
DEADLINE_S = 30.0
# Fetch at most this much per partition and request, less than what the tests produce, so
# that the fetch loop must continue (the mock sends whole batches: no partial batch at the
# end, unlike a real broker; PartialBatch is covered by the unit tests).
FETCH_PARTITION_MAX_BYTES = 256 * 1024

Expected = tuple[bytes | None, bytes | None, tuple[Header, ...]]


@pytest.fixture(scope="module")
def cluster() -> Iterator[MockCluster]:
    """One mock broker: every partition's leader is broker 1."""
    with MockCluster(1, racks=None) as mock:
        mock.set_group_initial_rebalance_delay(100)
        yield mock


@pytest.fixture(scope="module")
def node() -> str:
    """The node executable, once KafkaJS is installed in tests/e2e/js."""
    executable = shutil.which("node")
    if executable is None:
        pytest.skip("node is not installed: KafkaJS tests need Node.js")
    if not (JS_DIR / "node_modules" / "kafkajs").is_dir():
        pytest.skip(f"KafkaJS is not installed: run `npm ci` in {JS_DIR}")
    return executable


def kafka_call(address: tuple[str, int], api_key: int, version: int, body: bytes) -> bytes:
    """Send one request; return the response body (after the v0 response header)."""
    request = encode_request_header(api_key, version, 1, "sluice-records-test") + body
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(struct.pack(">i", len(request)) + request)
        reader = FrameReader()
        while (frame := reader.next_frame()) is None:
            data = sock.recv(1 << 20)
            if not data:
                raise AssertionError("broker closed the connection before answering")
            reader.receive_data(data)
    assert struct.unpack_from(">i", frame, 4)[0] == 1
    return bytes(frame[8:])


def _string(value: str) -> bytes:
    data = value.encode()
    return struct.pack(">h", len(data)) + data


def fetch(address: tuple[str, int], topic: str, offset: int,
          isolation: int = 0) -> tuple[int, bytes]:
    """Fetch v4 of partition 0 from `offset`: (high watermark, records field)."""
    body = struct.pack(">iiiib", -1, 100, 1, 8 << 20, isolation)
    body += struct.pack(">i", 1) + _string(topic)
    body += struct.pack(">iiqi", 1, 0, offset, FETCH_PARTITION_MAX_BYTES)
    reply = kafka_call(address, 1, 4, body)
    pos = 4 + 4  # throttle time, topics count
    (name_length,) = struct.unpack_from(">h", reply, pos)
    pos += 2 + name_length + 4  # name, partitions count
    _partition, error, high_watermark, _lso = struct.unpack_from(">ihqq", reply, pos)
    pos += 22
    (aborted,) = struct.unpack_from(">i", reply, pos)
    pos += 4 + max(aborted, 0) * 16
    (length,) = struct.unpack_from(">i", reply, pos)
    assert error == 0, f"Fetch {topic} at {offset}: error code {error}"
    return high_watermark, reply[pos + 4:pos + 4 + max(length, 0)]


def fetch_all(address: tuple[str, int], topic: str, isolation: int = 0
              ) -> tuple[list[BatchView], int]:
    """Every batch of partition 0, and how many responses ended with a partial batch."""
    views: list[BatchView] = []
    partials = 0
    offset = 0
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        high_watermark, records = fetch(address, topic, offset, isolation)
        if offset >= high_watermark:
            return views, partials
        for entry in iter_records_field(records):
            if isinstance(entry, BatchView):
                views.append(entry)
                offset = entry.header.last_offset + 1
            else:
                assert isinstance(entry, PartialBatch), entry
                partials += 1
    raise AssertionError(f"fetching {topic} did not reach its end within {DEADLINE_S} s")


def produce_raw(address: tuple[str, int], topic: str, records: bytes) -> int:
    """Produce v3 (acks=all) of one batch to partition 0; return its base offset.

    Kafka requires exactly one batch per partition in a Produce request from v3 on.
    """
    body = struct.pack(">hhi", -1, -1, 10_000) + struct.pack(">i", 1) + _string(topic)
    body += struct.pack(">iii", 1, 0, len(records)) + records
    reply = kafka_call(address, 0, 3, body)
    pos = 4
    (name_length,) = struct.unpack_from(">h", reply, pos)
    pos += 2 + name_length + 4
    _partition, error, base_offset = struct.unpack_from(">ihq", reply, pos)
    assert error == 0, f"Produce to {topic}: error code {error}"
    return int(base_offset)


def librdkafka_records(count: int) -> list[Expected]:
    """Keys, values (1 KiB, compressible, all different) and headers, some null or empty."""
    out: list[Expected] = []
    for i in range(count):
        key = None if i % 11 == 0 else b"" if i % 13 == 0 else b"key-%d" % i
        value = (b"record %06d " % i + b"lorem ipsum dolor sit amet " * 40)[:1024]
        if i % 17 == 0:
            value = b""
        headers: tuple[Header, ...] = ()
        if i % 5 == 0:
            headers = (Header("trace", b"t-%d" % i), Header("null", None), Header("", b""))
        out.append((key, value, headers))
    return out


def produce_librdkafka(cluster: MockCluster, topic: str, codec: str,
                       records: list[Expected], **config: Any) -> None:
    """Produce `records` to partition 0 with one confluent-kafka Producer and flush.

    Batches are cut by size, not by the clock (flush() sends at once, linger or not): on a
    busy machine a 20 ms linger could cut a batch holding only record 0 (no value), which
    librdkafka sends uncompressed, as compressing it would not make it smaller.
    """
    producer = Producer({"bootstrap.servers": cluster.bootstrap_servers,
                         "compression.type": codec, "linger.ms": 5000, **config})
    errors: list[Any] = []
    for key, value, headers in records:
        producer.produce(
            topic, value=value, key=key, partition=0,
            headers=[(h.key, h.value) for h in headers] or None,
            on_delivery=lambda err, _msg: errors.append(err) if err else None,
        )
    assert producer.flush(DEADLINE_S) == 0, "producer did not deliver within the deadline"
    assert errors == []


def consume_librdkafka(cluster: MockCluster, topic: str, count: int) -> list[Expected]:
    """Read `count` records of partition 0 from offset 0 with CRC checks on."""
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap_servers,
                         "group.id": unique("unused"), "enable.auto.commit": False,
                         "check.crcs": True})
    consumer.assign([TopicPartition(topic, 0, 0)])
    out: list[Expected] = []
    deadline = time.monotonic() + DEADLINE_S
    try:
        while len(out) < count and time.monotonic() < deadline:
            for message in consumer.consume(1000, 0.5):
                assert message.error() is None, message.error()
                headers = tuple(Header(k, v) for k, v in message.headers() or ())
                out.append((message.key(), message.value(), headers))
    finally:
        consumer.close()
    return out


def run_node(node: str, *args: str | int) -> dict[str, Any]:
    """Run records.js and return its JSON result."""
    cmd = [node, str(SCRIPT), *(str(a) for a in args)]
    proc = subprocess.run(cmd, cwd=JS_DIR, capture_output=True, text=True,
                          timeout=NODE_TIMEOUT_S)
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}:\n{proc.stderr[-2000:]}"
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def consume_kafkajs(node: str, cluster: MockCluster, topic: str, count: int
                    ) -> list[Expected]:
    """Consume `count` records with KafkaJS, as (key, value, headers) in offset order."""
    result = run_node(node, "consume", "--bootstrap", cluster.bootstrap_servers,
                      "--topic", topic, "--group", unique("records-js"), "--expect", count)
    rows = sorted(result["records"], key=lambda r: r["offset"])
    assert [r["offset"] for r in rows] == list(range(count))
    return [
        (None if r["key"] is None else r["key"].encode(),
         None if r["value"] is None else r["value"].encode(),
         tuple(Header(k, v.encode()) for k, v in r["headers"].items()))
        for r in rows
    ]


def assert_reencode_identical(views: list[BatchView], codec: str, exact: bool = True
                              ) -> list[Record]:
    """Every batch: CRC good, codec as produced, re-encoded to the same bytes.

    With `exact=False`, for compressors that choose a different (equally valid) encoding
    than the client's, the re-encoded batch must decode to the same batch, and its bytes
    outside the length, the CRC and the compressed payload must be identical.
    """
    records: list[Record] = []
    for view in views:
        view.check_crc()
        assert view.header.compression is Compression[codec.upper()], view.header
        batch = view.decode()
        encoded = encode_batch(batch)
        if exact:
            assert encoded == bytes(view.data), (
                f"{codec} batch at offset {view.header.base_offset} re-encodes differently"
            )
        else:
            raw = bytes(view.data)
            assert decode_batch(encoded) == batch
            assert encoded[:8] + encoded[12:17] + encoded[21:61] == (
                raw[:8] + raw[12:17] + raw[21:61]
            )
        records += batch.records
    return records


def produce_batches(address: tuple[str, int], topic: str, batches: list[Batch]) -> None:
    """Produce each batch in its own request; check they land one after the other."""
    offset = 0
    for batch in batches:
        assert produce_raw(address, topic, encode_batch(batch)) == offset
        offset += len(batch.records)


def changed(view: BatchView) -> Batch:
    """The batch with every value prefixed, as a fresh non-idempotent batch."""
    batch = view.decode()
    records = tuple(
        msgspec.structs.replace(r, value=None if r.value is None else b"changed:" + r.value)
        for r in batch.records
    )
    return msgspec.structs.replace(batch, records=records, base_offset=0, producer_id=-1,
                               producer_epoch=-1, base_sequence=-1)


def as_changed(expected: list[Expected]) -> list[Expected]:
    return [(k, None if v is None else b"changed:" + v, h) for k, v, h in expected]


def broker(cluster: MockCluster) -> tuple[str, int]:
    return cluster.broker_addresses()[1]


@pytest.mark.parametrize("codec", CODECS)
def test_librdkafka_batches_reencode_identically_and_modified_ones_are_consumed(
    cluster: MockCluster, codec: str
) -> None:
    topic = unique(f"records-rdk-{codec}")
    cluster.create_topic(topic, 1)
    expected = librdkafka_records(3000)
    produce_librdkafka(cluster, topic, codec, expected)

    views, _ = fetch_all(broker(cluster), topic)
    # librdkafka's snappy (a C port of an older Google snappy) and cramjam's (Rust) encode
    # some batches of hundreds of KiB differently; the other codecs match byte for byte.
    records = assert_reencode_identical(views, codec, exact=codec != "snappy")
    assert [(r.key, r.value, r.headers) for r in records] == expected
    assert [v.header.base_offset + r.offset_delta
            for v in views for r in v.records()] == list(range(len(expected)))
    # Batches of more than 64 KiB (several LZ4 blocks, several xerial-sized chunks).
    assert max(v.header.records_count for v in views) > 64, [len(views)]

    target = unique(f"records-rdk-{codec}-changed")
    cluster.create_topic(target, 1)
    produce_batches(broker(cluster), target, [changed(v) for v in views])
    assert consume_librdkafka(cluster, target, len(expected)) == as_changed(expected)


def test_xerial_snappy_batches_are_consumed_by_librdkafka(cluster: MockCluster) -> None:
    """Snappy as the Java client frames it (xerial), which librdkafka must read too."""
    topic = unique("records-xerial")
    cluster.create_topic(topic, 1)
    expected = librdkafka_records(200)
    records = tuple(Record(i, i, k, v, h) for i, (k, v, h) in enumerate(expected))
    batch = Batch(records, compression=Compression.SNAPPY, last_offset_delta=len(records) - 1,
                  base_timestamp=int(time.time() * 1000), max_timestamp=0)
    batch = msgspec.structs.replace(batch, max_timestamp=batch.base_timestamp + len(records) - 1)
    produce_raw(broker(cluster), topic, encode_batch(batch, snappy_xerial=True))
    assert consume_librdkafka(cluster, topic, len(expected)) == expected
    (view,), _ = fetch_all(broker(cluster), topic)
    assert bytes(view.data[61:69]) == b"\x82SNAPPY\x00"
    assert view.decode().records == records


def test_transaction_markers_decode_and_reencode(cluster: MockCluster) -> None:
    topic = unique("records-txn")
    cluster.create_topic(topic, 1)
    producer = Producer({"bootstrap.servers": cluster.bootstrap_servers,
                         "transactional.id": unique("txn"), "linger.ms": 5})
    producer.init_transactions(DEADLINE_S)
    producer.begin_transaction()
    for i in range(3):
        producer.produce(topic, value=b"committed-%d" % i, partition=0)
    producer.commit_transaction(DEADLINE_S)
    producer.begin_transaction()
    for i in range(2):
        producer.produce(topic, value=b"aborted-%d" % i, partition=0)
    # Without a flush, librdkafka drops the unsent records of an aborted transaction.
    assert producer.flush(DEADLINE_S) == 0
    producer.abort_transaction(DEADLINE_S)

    views, _ = fetch_all(broker(cluster), topic, isolation=0)
    kinds = []
    for view in views:
        raw = bytes(view.data)
        if view.header.is_control and view.header.crc == 0:
            # The mock writes its transaction markers without a CRC (a real broker computes
            # one); the re-encoded marker is the same batch with the right CRC.
            batch = view.decode(verify_crc=False)
            encoded = encode_batch(batch)
            assert encoded[:17] + encoded[21:] == raw[:17] + raw[21:]
            (fixed,) = iter_records_field(encoded)
            assert isinstance(fixed, BatchView) and fixed.crc_matches()
        else:
            batch = view.decode()
            assert encode_batch(batch) == raw
        assert batch.is_transactional and batch.producer_id >= 0
        if batch.is_control:
            (marker,) = batch.records
            kinds.append(decode_control_record(marker).type)
        else:
            kinds.append([r.value for r in batch.records])
    assert kinds == [
        [b"committed-0", b"committed-1", b"committed-2"], ControlType.COMMIT,
        [b"aborted-0", b"aborted-1"], ControlType.ABORT,
    ]


def kafkajs_expected(count: int) -> list[Expected]:
    """What records.js produces (see its header comment)."""
    out: list[Expected] = []
    for i in range(count):
        key = None if i % 7 == 0 else b"k%d" % i
        value = b"kafkajs-%d-" % i + b"abcdefgh" * (i % 50)
        headers = (Header("trace", b"t%d" % i), Header("empty", b"")) if i % 3 == 0 else ()
        out.append((key, value, headers))
    return out


@pytest.mark.parametrize("codec", KAFKAJS_CODECS)
def test_kafkajs_batches_reencode_identically_and_modified_ones_are_consumed(
    cluster: MockCluster, node: str, codec: str
) -> None:
    topic = unique(f"records-js-{codec}")
    cluster.create_topic(topic, 1)
    count = 1000
    produced = run_node(node, "produce", "--bootstrap", cluster.bootstrap_servers,
                        "--topic", topic, "--count", count, "--compression", codec)
    assert produced["acked"] == count

    views, _ = fetch_all(broker(cluster), topic)
    # Node bundles its own zlib (Chromium's fork), whose deflate output differs from the
    # system zlib that Python and librdkafka use; uncompressed batches match byte for byte.
    records = assert_reencode_identical(views, codec, exact=codec == "none")
    assert [(r.key, r.value, r.headers) for r in records] == kafkajs_expected(count)
    assert all(v.header.producer_id >= 0 for v in views)  # idempotent producer

    target = unique(f"records-js-{codec}-changed")
    cluster.create_topic(target, 1)
    produce_batches(broker(cluster), target, [changed(v) for v in views])
    want = as_changed(kafkajs_expected(count))
    assert consume_kafkajs(node, cluster, target, count) == want
    assert consume_librdkafka(cluster, target, count) == want


@pytest.mark.parametrize("codec", KAFKAJS_CODECS)
def test_librdkafka_batches_modified_are_consumed_by_kafkajs(
    cluster: MockCluster, node: str, codec: str
) -> None:
    topic = unique(f"records-rdk-js-{codec}")
    cluster.create_topic(topic, 1)
    expected = [(k, v, tuple(h for h in hs if h.value is not None))
                for k, v, hs in librdkafka_records(500)]
    produce_librdkafka(cluster, topic, codec, expected)
    views, _ = fetch_all(broker(cluster), topic)
    target = unique(f"records-rdk-js-{codec}-changed")
    cluster.create_topic(target, 1)
    produce_batches(broker(cluster), target, [changed(v) for v in views])
    assert consume_kafkajs(node, cluster, target, len(expected)) == as_changed(expected)
