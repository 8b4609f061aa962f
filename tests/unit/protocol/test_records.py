"""Record batches (magic v2): golden bytes, round trips, CRC, lazy decoding, fuzzing."""

from __future__ import annotations

import contextlib
import os
import struct
from pathlib import Path

import cramjam
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.protocol import compression, records
from gateway.protocol.compression import XERIAL_MAGIC, Compression, CompressionError
from gateway.protocol.errors import CORRUPT_MESSAGE
from gateway.protocol.records import (
    Batch,
    BatchView,
    ControlRecord,
    ControlType,
    Header,
    LegacyMessage,
    PartialBatch,
    Record,
    RecordsError,
    TimestampType,
    control_record,
    decode_batch,
    decode_batch_header,
    decode_control_record,
    encode_batch,
    iter_records_field,
)

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Batches produced by librdkafka 2.16 (confluent-kafka Producer, idempotent, linger 100 ms)
# for each compression.type, fetched raw from the mock broker (golden/records/*.bin): three
# records with timestamps 1700000000000, +5, -1 ms; keys b"k1", None, b""; values
# b"hello" * 40, None, b"world" * 4; the second record has headers trace=b"abc" and empty=None.
GOLDEN = Path(__file__).parent / "golden" / "records"
LIBRDKAFKA = {
    codec: (GOLDEN / f"librdkafka-{codec}.bin").read_bytes()
    for codec in ("none", "gzip", "snappy", "lz4", "zstd")
}


def bitwise_crc32c(data: bytes) -> int:
    """Reference CRC32C, bit by bit (independent of the C library)."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 * (crc & 1))
    return crc ^ 0xFFFFFFFF


def with_fixed_crc(batch: bytes | bytearray) -> bytes:
    """The batch with its CRC recomputed, so that mutations reach the record parser."""
    out = bytearray(batch)
    out[17:21] = struct.pack(">I", bitwise_crc32c(bytes(out[21:])))
    return bytes(out)


def with_payload(batch: bytes, payload: bytes) -> bytes:
    """The batch's header with another records payload, its length and CRC fixed."""
    out = bytearray(batch[:61] + payload)
    out[8:12] = struct.pack(">i", len(out) - 12)
    return with_fixed_crc(out)


def simple_batch(compression: Compression = Compression.NONE, count: int = 3,
                 base_offset: int = 0, value_size: int = 1024) -> Batch:
    recs = tuple(
        Record(offset_delta=i, timestamp_delta=i, key=b"key-%d" % i,
               value=(b"v%d-" % i) * (value_size // 4))
        for i in range(count)
    )
    return Batch(recs, base_offset=base_offset, compression=compression,
                 last_offset_delta=count - 1, base_timestamp=1_700_000_000_000,
                 max_timestamp=1_700_000_000_000 + count - 1)


# A batch built by hand from the spec (DefaultRecordBatch): one record, key "k", value "v".
HAND_RECORD = bytes.fromhex(
    "10"  # length 8 (zigzag)
    "00"  # attributes
    "00"  # timestampDelta 0
    "00"  # offsetDelta 0
    "026b"  # key length 1, "k"
    "0276"  # value length 1, "v"
    "00"  # no headers
)
HAND_BATCH_NO_CRC = (
    bytes.fromhex(
        "0000000000000005"  # baseOffset 5
        "0000003a"  # batchLength 49 + 9
        "ffffffff"  # partitionLeaderEpoch -1
        "02"  # magic
    )
    + b"CRC!"
    + bytes.fromhex(
        "0000"  # attributes: no compression, create time
        "00000000"  # lastOffsetDelta
        "0000018bcfe56800"  # baseTimestamp 1700000000000
        "0000018bcfe56800"  # maxTimestamp
        "ffffffffffffffff"  # producerId -1
        "ffff"  # producerEpoch -1
        "ffffffff"  # baseSequence -1
        "00000001"  # records count
    )
    + HAND_RECORD
)
HAND_BATCH = with_fixed_crc(HAND_BATCH_NO_CRC)

# A commit marker by hand: transactional control batch (attributes 0x30), producer 42/3.
HAND_MARKER_RECORD = bytes.fromhex(
    "20"  # length 16
    "00" "00" "00"
    "08" "00000001"  # key: version 0, type 1 (COMMIT)
    "0c" "000000000007"  # value: version 0, coordinator epoch 7
    "00"
)
HAND_MARKER = with_fixed_crc(
    bytes.fromhex("0000000000000009" "00000042" "00000003" "02")
    + b"CRC!"
    + bytes.fromhex(
        "0030" "00000000" "0000018bcfe56800" "0000018bcfe56800" "000000000000002a" "0003"
        "ffffffff" "00000001"
    )
    + HAND_MARKER_RECORD
)

def test_hand_built_batch_decodes_to_its_fields() -> None:
    batch = decode_batch(HAND_BATCH)
    assert batch == Batch(
        records=(Record(offset_delta=0, timestamp_delta=0, key=b"k", value=b"v"),),
        base_offset=5, partition_leader_epoch=-1, last_offset_delta=0,
        base_timestamp=1_700_000_000_000, max_timestamp=1_700_000_000_000,
    )
    assert encode_batch(batch) == HAND_BATCH


def test_hand_built_commit_marker() -> None:
    batch = decode_batch(HAND_MARKER)
    assert batch.is_control and batch.is_transactional
    assert (batch.producer_id, batch.producer_epoch, batch.partition_leader_epoch) == (42, 3, 3)
    assert decode_control_record(batch.records[0]) == ControlRecord(ControlType.COMMIT, 0, 7)
    assert batch.records[0] == control_record(ControlType.COMMIT, 7)
    assert encode_batch(batch) == HAND_MARKER


def test_abort_marker_and_other_control_types() -> None:
    assert decode_control_record(control_record(ControlType.ABORT, 2)) == ControlRecord(
        ControlType.ABORT, 0, 2
    )
    leader_change = Record(0, 0, struct.pack(">hh", 0, 2), b"\x00\x00")
    assert decode_control_record(leader_change) == ControlRecord(ControlType.LEADER_CHANGE)
    assert decode_control_record(Record(0, 0, struct.pack(">hh", 0, 99), None)).type == 99
    with pytest.raises(RecordsError, match="shorter than 4 bytes"):
        decode_control_record(Record(0, 0, b"\x00", None))
    with pytest.raises(RecordsError, match="shorter than 6 bytes"):
        decode_control_record(Record(0, 0, struct.pack(">hh", 0, 1), b"\x00"))


def test_header_fields_and_crc_match_the_spec() -> None:
    header = decode_batch_header(HAND_BATCH)
    assert header.crc == bitwise_crc32c(HAND_BATCH[21:])
    assert (header.base_offset, header.batch_length, header.records_count) == (5, 58, 1)
    assert header.size == len(HAND_BATCH) and header.last_offset == 5
    assert header.compression is Compression.NONE
    assert header.timestamp_type is TimestampType.CREATE_TIME
    assert not (header.is_transactional or header.is_control or header.has_delete_horizon)
    marker = decode_batch_header(HAND_MARKER)
    assert marker.is_transactional and marker.is_control


@pytest.mark.parametrize("codec", list(LIBRDKAFKA))
def test_librdkafka_batches_decode_and_reencode_byte_for_byte(codec: str) -> None:
    raw = LIBRDKAFKA[codec]
    batch = decode_batch(raw)
    assert batch.compression is Compression[codec.upper()]
    assert batch.producer_id >= 0 and batch.base_sequence == 0  # idempotent producer
    assert [(r.key, r.value) for r in batch.records] == [
        (b"k1", b"hello" * 40), (None, None), (b"", b"world" * 4)
    ]
    assert [r.timestamp_delta for r in batch.records] == [0, 5, -1]
    assert batch.records[1].headers == (Header("trace", b"abc"), Header("empty", None))
    assert (batch.base_timestamp, batch.max_timestamp) == (1_700_000_000_000,
                                                           1_700_000_000_005)
    assert encode_batch(batch) == raw


def test_attributes_bits() -> None:
    for bits, field in ((0x08, "timestamp_type"), (0x10, "is_transactional"),
                        (0x20, "is_control"), (0x40, "has_delete_horizon")):
        raw = bytearray(HAND_BATCH)
        raw[22] |= bits
        batch = decode_batch(with_fixed_crc(raw))
        assert getattr(batch, field), field
        assert encode_batch(batch) == with_fixed_crc(raw)
    raw = bytearray(HAND_BATCH)
    raw[22] |= 0x07
    with pytest.raises(RecordsError, match="unknown compression codec 7"):
        decode_batch(with_fixed_crc(raw))


_INT16 = st.integers(-(2**15), 2**15 - 1)
_INT32 = st.integers(-(2**31), 2**31 - 1)
_INT64 = st.integers(-(2**63), 2**63 - 1)
# Large values: compressible and not, and past lz4's 64 KiB block and xerial's 32 KiB block.
_LARGE = st.sampled_from([b"x" * 70_000, os.urandom(70_000), os.urandom(1000) * 100])
_PAYLOAD = st.one_of(st.none(), st.just(b""), st.binary(max_size=200), _LARGE)
_HEADERS = st.lists(
    st.builds(Header, st.text(max_size=20), st.one_of(st.none(), st.binary(max_size=50))),
    max_size=3,
).map(tuple)
_RECORD = st.builds(
    Record, offset_delta=_INT32, timestamp_delta=_INT64, key=_PAYLOAD, value=_PAYLOAD,
    headers=_HEADERS, attributes=st.integers(0, 255),
)
_MARKER = st.builds(control_record, st.sampled_from([ControlType.ABORT, ControlType.COMMIT]),
                    _INT32, _INT32, _INT64)
_RECORDS = st.one_of(st.lists(_RECORD, max_size=4), st.lists(_MARKER, min_size=1, max_size=1))
BATCHES = st.builds(
    Batch, records=_RECORDS.map(tuple), base_offset=_INT64, partition_leader_epoch=_INT32,
    compression=st.sampled_from(Compression), timestamp_type=st.sampled_from(TimestampType),
    is_transactional=st.booleans(), is_control=st.booleans(),
    has_delete_horizon=st.booleans(), last_offset_delta=_INT32, base_timestamp=_INT64,
    max_timestamp=_INT64, producer_id=_INT64, producer_epoch=_INT16, base_sequence=_INT32,
)


@PROPS
@given(BATCHES, st.booleans())
def test_round_trip_every_compression(batch: Batch, xerial: bool) -> None:
    raw = encode_batch(batch, snappy_xerial=xerial)
    assert decode_batch(raw) == batch
    assert encode_batch(decode_batch(raw), snappy_xerial=xerial) == raw
    (view,) = iter_records_field(raw)
    assert isinstance(view, BatchView)
    assert view.header.records_count == len(batch.records)
    assert view.header.compression is batch.compression
    assert view.decode() == batch


@PROPS
@given(st.lists(BATCHES, max_size=4), st.data())
def test_records_field_keeps_a_partial_last_batch(batches: list[Batch], data: st.DataObject
                                                  ) -> None:
    encoded = [encode_batch(b) for b in batches]
    last = encode_batch(simple_batch(count=2))
    cut = data.draw(st.integers(0, len(last) - 1))
    field = b"".join(encoded) + last[:cut]
    entries = list(iter_records_field(field))
    views = entries[:len(encoded)]
    assert [bytes(v.data) for v in views] == encoded
    assert [v.decode() for v in views if isinstance(v, BatchView)] == batches
    if cut:
        assert len(entries) == len(encoded) + 1
        assert isinstance(entries[-1], PartialBatch) and bytes(entries[-1].data) == last[:cut]
    else:
        assert len(entries) == len(encoded)


def test_empty_records_field() -> None:
    assert list(iter_records_field(b"")) == []


def legacy_message(offset: int, magic: int, value: bytes) -> bytes:
    """A magic 0/1 message (Kafka's LegacyRecord), built by hand."""
    body = bytes([magic, 0]) + (struct.pack(">q", 1_700_000_000_000) if magic else b"")
    body += struct.pack(">i", -1) + struct.pack(">i", len(value)) + value
    message = struct.pack(">I", bitwise_crc32c(body)) + body  # (v0/v1 use CRC32; opaque here)
    return struct.pack(">qi", offset, len(message)) + message


def test_legacy_message_sets_pass_through_untouched() -> None:
    v0, v1 = legacy_message(0, 0, b"old"), legacy_message(1, 1, b"older")
    field = v0 + v1 + HAND_BATCH + v0[:10]
    entries = list(iter_records_field(field))
    assert [type(e) for e in entries] == [LegacyMessage, LegacyMessage, BatchView, PartialBatch]
    first, second = entries[0], entries[1]
    assert isinstance(first, LegacyMessage) and isinstance(second, LegacyMessage)
    assert (first.offset, first.magic, bytes(first.data)) == (0, 0, v0)
    assert (second.offset, second.magic, bytes(second.data)) == (1, 1, v1)
    assert b"".join(bytes(e.data) for e in entries) == field


def test_unknown_magic_and_impossible_lengths_are_errors() -> None:
    raw = bytearray(HAND_BATCH)
    raw[16] = 3
    with pytest.raises(RecordsError, match="unknown magic 3") as info:
        list(iter_records_field(raw))
    assert info.value.error_code == CORRUPT_MESSAGE
    with pytest.raises(RecordsError, match="claims 5 bytes"):
        list(iter_records_field(struct.pack(">qi", 0, 5) + bytes(20)))
    short = bytearray(HAND_BATCH)
    short[8:12] = struct.pack(">i", 20)
    with pytest.raises(RecordsError, match="less than its own header"):
        list(iter_records_field(short[:32]))
    with pytest.raises(RecordsError, match="claims 70 bytes, 69 given"):
        decode_batch(HAND_BATCH[:-1])
    with pytest.raises(RecordsError, match="claims 70 bytes, 71 given"):
        decode_batch(HAND_BATCH + b"\x00")


def test_every_flipped_byte_under_the_crc_is_detected() -> None:
    raw = encode_batch(simple_batch(Compression.LZ4, base_offset=1234, value_size=64))
    for pos in range(17, len(raw)):
        flipped = bytearray(raw)
        flipped[pos] ^= 0x01
        with pytest.raises(RecordsError, match="base offset 1234 is corrupt: CRC32C"):
            decode_batch(flipped)
        (view,) = iter_records_field(flipped)  # the header alone is not checked
        assert isinstance(view, BatchView) and not view.crc_matches()


def test_crc_is_the_castagnoli_crc_of_attributes_onward() -> None:
    raw = encode_batch(simple_batch(Compression.ZSTD))
    assert struct.unpack(">I", raw[17:21])[0] == bitwise_crc32c(raw[21:])


def test_header_only_decoding_never_decompresses(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = records.decompress

    def counting(*args: object, **kwargs: object) -> memoryview:
        calls.append(args[0])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(records, "decompress", counting)
    good = encode_batch(simple_batch(Compression.LZ4, count=5))
    # A batch whose compressed payload is garbage but whose CRC is right.
    bad = with_payload(good, b"\x04\x22\x4d\x18garbage-garbage")
    field = good * 50 + bad
    headers = [e.header for e in iter_records_field(field) if isinstance(e, BatchView)]
    assert len(headers) == 51 and calls == []
    assert {h.records_count for h in headers} == {5}
    assert headers[-1].compression is Compression.LZ4
    views = [e for e in iter_records_field(field) if isinstance(e, BatchView)]
    assert len(views[0].records()) == 5 and calls == [Compression.LZ4]
    with pytest.raises(RecordsError, match="base offset 0: corrupt lz4 payload"):
        views[-1].records()


@pytest.mark.parametrize("codec", [c for c in Compression if c is not Compression.NONE])
def test_decompression_is_bounded(codec: Compression) -> None:
    payload = compression.compress(codec, bytes(4 * 1024 * 1024))
    assert len(payload) < 300_000
    with pytest.raises(CompressionError, match="more than 1048576"):
        compression.decompress(codec, payload, max_bytes=1024 * 1024)
    assert len(compression.decompress(codec, payload, max_bytes=4 * 1024 * 1024)) == 4 << 20
    batch = simple_batch(codec, count=200, value_size=8192)
    with pytest.raises(RecordsError, match="base offset 0: .*more than 100000"):
        decode_batch(encode_batch(batch), max_decompressed_bytes=100_000)


def test_xerial_snappy_as_the_java_client_writes_it() -> None:
    data = b"".join(b"record %d;" % i for i in range(10_000))
    blocks = [bytes(cramjam.snappy.compress_raw(data[i:i + 32768]))
              for i in range(0, len(data), 32768)]
    xerial = XERIAL_MAGIC + struct.pack(">ii", 1, 1) + b"".join(
        struct.pack(">i", len(b)) + b for b in blocks
    )
    assert bytes(compression.decompress(Compression.SNAPPY, xerial)) == data
    assert compression.compress(Compression.SNAPPY, data, xerial=True) == xerial
    with pytest.raises(CompressionError, match="runs past the payload"):
        compression.decompress(Compression.SNAPPY, xerial[:-1])


def test_lz4_frame_reads_with_cramjam_and_stores_incompressible_blocks() -> None:
    data = os.urandom(100_000) + bytes(100_000)
    frame = compression.compress(Compression.LZ4, data)
    assert bytes(cramjam.lz4.decompress(frame)) == data
    # First block stored as is (top bit of its length set), since random bytes do not shrink.
    assert struct.unpack_from("<I", frame, 7)[0] == 0x80000000 | 65536


def test_encoding_refuses_out_of_range_fields() -> None:
    with pytest.raises(ValueError, match="offset delta"):
        encode_batch(Batch((Record(2**31, 0, None, None),)))
    with pytest.raises(ValueError, match="field out of range"):
        encode_batch(Batch((), producer_epoch=2**15))


@FUZZ
@given(st.binary(max_size=400))
def test_fuzzed_records_fields_fail_only_with_records_error(data: bytes) -> None:
    with contextlib.suppress(RecordsError):
        for entry in iter_records_field(data):
            if isinstance(entry, BatchView):
                entry.records()


@FUZZ
@given(st.sampled_from([*LIBRDKAFKA.values(), HAND_BATCH, HAND_MARKER]),
       st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1,
                max_size=4),
       st.integers(0, 400), st.booleans())
def test_mutated_batches_with_valid_crc_fail_only_with_records_error(
    batch: bytes, flips: list[tuple[int, int]], cut: int, fix_crc: bool
) -> None:
    raw = bytearray(batch)
    for pos, value in flips:
        if pos >= 21:  # keep magic and lengths sometimes intact, mutate the covered part
            raw[21 + (pos - 21) % (len(raw) - 21)] = value
        else:
            raw[pos % 21] = value
    mutated = with_fixed_crc(raw) if fix_crc else bytes(raw)
    for candidate in (mutated, mutated[:cut], mutated[:61] + mutated[61 + cut:]):
        with contextlib.suppress(RecordsError):
            decode_batch(candidate)
        with contextlib.suppress(RecordsError):
            for entry in iter_records_field(candidate):
                if isinstance(entry, BatchView):
                    entry.decode()


@FUZZ
@given(st.sampled_from([c for c in Compression if c is not Compression.NONE]),
       st.binary(max_size=300), st.booleans())
def test_fuzzed_compressed_payloads_fail_only_with_compression_error(
    codec: Compression, data: bytes, with_magic: bool
) -> None:
    prefixes = {Compression.GZIP: b"\x1f\x8b\x08\x00", Compression.SNAPPY: XERIAL_MAGIC,
                Compression.LZ4: b"\x04\x22\x4d\x18", Compression.ZSTD: b"\x28\xb5\x2f\xfd"}
    payload = prefixes[codec] + data if with_magic else data
    with contextlib.suppress(CompressionError):
        compression.decompress(codec, payload, max_bytes=1 << 20)


def test_xerial_decompression_is_bounded_over_all_blocks() -> None:
    payload = compression.compress(Compression.SNAPPY, bytes(200_000), xerial=True)
    with pytest.raises(CompressionError, match="more than 100000 bytes"):
        compression.decompress(Compression.SNAPPY, payload, max_bytes=100_000)


def test_crc_verification_can_be_skipped() -> None:
    raw = bytearray(HAND_BATCH)
    raw[17:21] = b"\x00\x00\x00\x00"
    with pytest.raises(RecordsError, match="CRC32C is 0x00000000"):
        decode_batch(raw)
    assert decode_batch(raw, verify_crc=False) == decode_batch(HAND_BATCH)
    (view,) = iter_records_field(raw)
    assert isinstance(view, BatchView)
    assert view.records(verify_crc=False) == decode_batch(HAND_BATCH).records


@pytest.mark.parametrize("codec", list(LIBRDKAFKA))
def test_every_truncation_is_a_records_error_or_a_partial_batch(codec: str) -> None:
    raw = LIBRDKAFKA[codec]
    for cut in range(len(raw)):
        with pytest.raises(RecordsError):
            decode_batch(raw[:cut])
        entries = list(iter_records_field(raw[:cut]))
        assert [bytes(e.data) for e in entries if isinstance(e, PartialBatch)] == (
            [raw[:cut]] if cut else []
        )
