"""Kafka record batches (magic v2) and the `records` field of Produce and Fetch, sans-I/O.

A `records` field is zero or more concatenated entries. Every entry, whatever its magic,
starts with an int64 offset and an int32 length of what follows, and has its magic byte at
position 16, so entries can be split without decoding them. A Fetch response may end with a
partial entry when the batch did not fit the fetch size; that is legal and returned as a
`PartialBatch`. Magic 0/1 message sets are recognised and kept as opaque `LegacyMessage`s.

Layout of a magic v2 batch (Kafka's DefaultRecordBatch, KIP-98):

    baseOffset int64 | batchLength int32 | partitionLeaderEpoch int32 | magic int8 |
    crc uint32 | attributes int16 | lastOffsetDelta int32 | baseTimestamp int64 |
    maxTimestamp int64 | producerId int64 | producerEpoch int16 | baseSequence int32 |
    recordsCount int32 | records (compressed as a whole when attributes say so)

The CRC32C covers everything from attributes to the end. Attributes: bits 0-2 codec,
bit 3 timestamp type, bit 4 transactional, bit 5 control batch, bit 6 delete horizon
(KIP-534: baseTimestamp then holds the delete horizon). Each record:

    length varint | attributes int8 | timestampDelta varlong | offsetDelta varint |
    keyLength varint | key | valueLength varint | value | headerCount varint |
    (headerKeyLength varint | headerKey utf8 | headerValueLength varint | value)*

Varints are zigzag-encoded; a length of -1 means null. Decoding happens in layers so that
nothing is paid for before it is asked for: `iter_records_field` reads only the 61-byte
headers, `BatchView.records()` checks the CRC, decompresses and parses.
"""

from __future__ import annotations

import enum
import struct
from collections.abc import Iterator

import msgspec

from .checksums import crc32c
from .compression import DEFAULT_MAX_DECOMPRESSED_BYTES, Compression, compress, decompress
from .errors import CORRUPT_MESSAGE, ProtocolError

MAGIC_V2 = 2
# baseOffset and batchLength: Kafka's LOG_OVERHEAD, the prefix common to every magic.
LOG_OVERHEAD = 12
_LOG_PREFIX = struct.Struct(">qi")
MAGIC_OFFSET = 16
_HEADER = struct.Struct(">qiibIhiqqqhii")
HEADER_SIZE = _HEADER.size  # 61, Kafka's RECORD_BATCH_OVERHEAD
CRC_OFFSET = 17
ATTRIBUTES_OFFSET = 21
_CRC = struct.Struct(">I")
# Kafka's LegacyRecord.RECORD_OVERHEAD_V0: crc, magic, attributes, key and value lengths.
_LEGACY_MIN_SIZE = 14

_COMPRESSION_MASK = 0x07
_TIMESTAMP_TYPE_BIT = 0x08
_TRANSACTIONAL_BIT = 0x10
_CONTROL_BIT = 0x20
_DELETE_HORIZON_BIT = 0x40

_INT32_MIN, _INT32_MAX = -(2**31), 2**31 - 1
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_CONTROL_KEY = struct.Struct(">hh")
_END_TXN_MARKER = struct.Struct(">hi")


class RecordsError(ProtocolError):
    """Bytes that are not a valid record batch (Kafka answers CORRUPT_MESSAGE)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, CORRUPT_MESSAGE)


class TimestampType(enum.IntEnum):
    """Whether timestamps were set by the producer or by the broker (attributes bit 3)."""

    CREATE_TIME = 0
    LOG_APPEND_TIME = 1


class ControlType(enum.IntEnum):
    """The type of a control record (its key); Kafka's ControlRecordType."""

    ABORT = 0
    COMMIT = 1
    LEADER_CHANGE = 2
    SNAPSHOT_HEADER = 3
    SNAPSHOT_FOOTER = 4
    KRAFT_VERSION = 5
    KRAFT_VOTERS = 6


class Header(msgspec.Struct, frozen=True, gc=False):
    """A record header: a UTF-8 key and a nullable value."""

    key: str
    value: bytes | None


class Record(msgspec.Struct, frozen=True, gc=False):
    """One record of a batch; offset and timestamp are relative to the batch's bases."""

    offset_delta: int
    timestamp_delta: int
    key: bytes | None
    value: bytes | None
    headers: tuple[Header, ...] = ()
    # Unused by Kafka (always 0); kept so that re-encoding gives the same bytes.
    attributes: int = 0


class Batch(msgspec.Struct, frozen=True):
    """A decoded magic v2 record batch (the CRC and lengths are computed on encode).

    `last_offset_delta` and `max_timestamp` are kept as given, not derived from the records:
    a batch whose records were filtered keeps its offset range, as log compaction does.
    """

    records: tuple[Record, ...]
    base_offset: int = 0
    partition_leader_epoch: int = -1
    compression: Compression = Compression.NONE
    timestamp_type: TimestampType = TimestampType.CREATE_TIME
    is_transactional: bool = False
    is_control: bool = False
    has_delete_horizon: bool = False
    last_offset_delta: int = 0
    base_timestamp: int = 0
    max_timestamp: int = 0
    producer_id: int = -1
    producer_epoch: int = -1
    base_sequence: int = -1


class BatchHeader(msgspec.Struct, frozen=True, gc=False):
    """The fixed 61-byte header of a magic v2 batch, as on the wire."""

    base_offset: int
    batch_length: int
    partition_leader_epoch: int
    magic: int
    crc: int
    attributes: int
    last_offset_delta: int
    base_timestamp: int
    max_timestamp: int
    producer_id: int
    producer_epoch: int
    base_sequence: int
    records_count: int

    @property
    def compression(self) -> Compression:
        """The codec of the records section."""
        return Compression(self.attributes & _COMPRESSION_MASK)

    @property
    def timestamp_type(self) -> TimestampType:
        """CREATE_TIME or LOG_APPEND_TIME."""
        return TimestampType(1 if self.attributes & _TIMESTAMP_TYPE_BIT else 0)

    @property
    def is_transactional(self) -> bool:
        """Whether the batch belongs to a transaction."""
        return bool(self.attributes & _TRANSACTIONAL_BIT)

    @property
    def is_control(self) -> bool:
        """Whether the batch holds control records (transaction markers)."""
        return bool(self.attributes & _CONTROL_BIT)

    @property
    def has_delete_horizon(self) -> bool:
        """Whether baseTimestamp is the delete horizon (KIP-534)."""
        return bool(self.attributes & _DELETE_HORIZON_BIT)

    @property
    def size(self) -> int:
        """Bytes the whole batch takes in a records field."""
        return LOG_OVERHEAD + self.batch_length

    @property
    def last_offset(self) -> int:
        """Offset of the batch's last record."""
        return self.base_offset + self.last_offset_delta


class BatchView(msgspec.Struct, frozen=True, eq=False):
    """A magic v2 batch whose header is decoded and whose records are not (yet)."""

    header: BatchHeader
    data: memoryview

    def crc_matches(self) -> bool:
        """Whether the stored CRC32C matches the batch's bytes."""
        return crc32c(self.data[ATTRIBUTES_OFFSET:]) == self.header.crc

    def check_crc(self) -> None:
        """Raise RecordsError unless the stored CRC32C matches the batch's bytes."""
        computed = crc32c(self.data[ATTRIBUTES_OFFSET:])
        if computed != self.header.crc:
            raise RecordsError(
                f"record batch at base offset {self.header.base_offset} is corrupt: CRC32C is "
                f"{self.header.crc:#010x}, computed {computed:#010x}"
            )

    def records(
        self, max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES, *,
        verify_crc: bool = True,
    ) -> tuple[Record, ...]:
        """Check the CRC (unless told not to), decompress and parse the records."""
        if verify_crc:
            self.check_crc()
        header = self.header
        payload = self.data[HEADER_SIZE:]
        try:
            raw = decompress(header.compression, payload, max_decompressed_bytes)
        except ProtocolError as exc:
            raise RecordsError(
                f"record batch at base offset {header.base_offset}: {exc}"
            ) from None
        return _parse_records(bytes(raw), header.records_count, header.base_offset)

    def decode(
        self, max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES, *,
        verify_crc: bool = True,
    ) -> Batch:
        """The whole batch, records included."""
        h = self.header
        records = self.records(max_decompressed_bytes, verify_crc=verify_crc)
        return Batch(
            records=records,
            base_offset=h.base_offset,
            partition_leader_epoch=h.partition_leader_epoch,
            compression=h.compression,
            timestamp_type=h.timestamp_type,
            is_transactional=h.is_transactional,
            is_control=h.is_control,
            has_delete_horizon=h.has_delete_horizon,
            last_offset_delta=h.last_offset_delta,
            base_timestamp=h.base_timestamp,
            max_timestamp=h.max_timestamp,
            producer_id=h.producer_id,
            producer_epoch=h.producer_epoch,
            base_sequence=h.base_sequence,
        )


class LegacyMessage(msgspec.Struct, frozen=True, eq=False):
    """A magic 0 or 1 message (possibly a compressed wrapper), passed through untouched."""

    offset: int
    magic: int
    data: memoryview


class PartialBatch(msgspec.Struct, frozen=True, eq=False):
    """Trailing bytes of a records field that do not make a whole entry (Fetch may end so)."""

    data: memoryview


RecordsEntry = BatchView | LegacyMessage | PartialBatch


class ControlRecord(msgspec.Struct, frozen=True):
    """The meaning of a control record: an abort/commit marker or another KRaft type."""

    type: ControlType | int
    version: int = 0
    # Abort and commit markers only (EndTxnMarker); None for other types.
    coordinator_epoch: int | None = None


def decode_batch_header(data: bytes | bytearray | memoryview, offset: int = 0) -> BatchHeader:
    """Decode the 61-byte header of the magic v2 batch at `offset` (no CRC check)."""
    available = len(data) - offset
    if available <= MAGIC_OFFSET:
        raise RecordsError(
            f"record batch header needs {HEADER_SIZE} bytes, {max(available, 0)} given"
        )
    base_offset, batch_length = _LOG_PREFIX.unpack_from(data, offset)
    magic = data[offset + MAGIC_OFFSET]
    if magic != MAGIC_V2:
        raise RecordsError(
            f"record batch at base offset {base_offset} has magic {magic}, expected {MAGIC_V2}"
        )
    if batch_length < HEADER_SIZE - LOG_OVERHEAD:
        raise RecordsError(
            f"record batch at base offset {base_offset} claims {batch_length} bytes, less "
            f"than its own header ({HEADER_SIZE - LOG_OVERHEAD})"
        )
    if available < HEADER_SIZE:
        raise RecordsError(
            f"record batch header at base offset {base_offset} needs {HEADER_SIZE} bytes, "
            f"{available} given"
        )
    header = BatchHeader(*_HEADER.unpack_from(data, offset))
    if header.attributes & _COMPRESSION_MASK > max(Compression):
        raise RecordsError(
            f"record batch at base offset {header.base_offset} uses unknown compression "
            f"codec {header.attributes & _COMPRESSION_MASK} (Kafka knows 0-4)"
        )
    if header.records_count < 0:
        raise RecordsError(
            f"record batch at base offset {header.base_offset} claims "
            f"{header.records_count} records"
        )
    return header


def iter_records_field(data: bytes | bytearray | memoryview) -> Iterator[RecordsEntry]:
    """Split a Produce/Fetch `records` field into entries, decoding only batch headers."""
    view = memoryview(data).cast("B")
    end = len(view)
    pos = 0
    while pos < end:
        if end - pos < LOG_OVERHEAD:
            yield PartialBatch(view[pos:])
            return
        offset, length = _LOG_PREFIX.unpack_from(view, pos)
        if length < _LEGACY_MIN_SIZE:
            raise RecordsError(
                f"records entry at offset {offset} (byte {pos}) claims {length} bytes, "
                f"less than any message ({_LEGACY_MIN_SIZE})"
            )
        if end - pos < LOG_OVERHEAD + length:
            yield PartialBatch(view[pos:])
            return
        entry = view[pos:pos + LOG_OVERHEAD + length]
        magic = entry[MAGIC_OFFSET]
        if magic == MAGIC_V2:
            yield BatchView(decode_batch_header(entry), entry)
        elif magic in (0, 1):
            yield LegacyMessage(offset, magic, entry)
        else:
            raise RecordsError(
                f"records entry at offset {offset} (byte {pos}) has unknown magic {magic}"
            )
        pos += LOG_OVERHEAD + length


def decode_batch(
    data: bytes | bytearray | memoryview,
    max_decompressed_bytes: int = DEFAULT_MAX_DECOMPRESSED_BYTES,
    *,
    verify_crc: bool = True,
) -> Batch:
    """Decode exactly one magic v2 batch, checking its CRC unless told not to."""
    view = memoryview(data).cast("B")
    header = decode_batch_header(view)
    if header.size != len(view):
        raise RecordsError(
            f"record batch at base offset {header.base_offset} claims {header.size} bytes, "
            f"{len(view)} given"
        )
    return BatchView(header, view).decode(max_decompressed_bytes, verify_crc=verify_crc)


def encode_batch(batch: Batch, *, snappy_xerial: bool = False) -> bytes:
    """Encode a magic v2 batch, compressing its records and computing its CRC32C."""
    body = bytearray()
    for record in batch.records:
        _encode_record(body, record)
    payload = compress(batch.compression, body, xerial=snappy_xerial)
    attributes = (
        int(batch.compression)
        | (_TIMESTAMP_TYPE_BIT if batch.timestamp_type else 0)
        | (_TRANSACTIONAL_BIT if batch.is_transactional else 0)
        | (_CONTROL_BIT if batch.is_control else 0)
        | (_DELETE_HORIZON_BIT if batch.has_delete_horizon else 0)
    )
    out = bytearray(HEADER_SIZE)
    try:
        _HEADER.pack_into(
            out, 0, batch.base_offset, HEADER_SIZE - LOG_OVERHEAD + len(payload),
            batch.partition_leader_epoch, MAGIC_V2, 0, attributes, batch.last_offset_delta,
            batch.base_timestamp, batch.max_timestamp, batch.producer_id, batch.producer_epoch,
            batch.base_sequence, len(batch.records),
        )
    except struct.error as exc:
        raise ValueError(f"record batch field out of range: {exc}") from None
    out += payload
    _CRC.pack_into(out, CRC_OFFSET, crc32c(out[ATTRIBUTES_OFFSET:]))
    return bytes(out)


def decode_control_record(record: Record) -> ControlRecord:
    """Interpret a record of a control batch (key: version, type; value per type)."""
    if record.key is None or len(record.key) < _CONTROL_KEY.size:
        raise RecordsError(f"control record key {record.key!r} is shorter than 4 bytes")
    version, type_id = _CONTROL_KEY.unpack_from(record.key)
    control_type: ControlType | int = (
        ControlType(type_id) if type_id in ControlType._value2member_map_ else type_id
    )
    if control_type not in (ControlType.ABORT, ControlType.COMMIT):
        return ControlRecord(control_type, version)
    if record.value is None or len(record.value) < _END_TXN_MARKER.size:
        raise RecordsError(
            f"transaction marker value {record.value!r} is shorter than 6 bytes"
        )
    _, coordinator_epoch = _END_TXN_MARKER.unpack_from(record.value)
    return ControlRecord(control_type, version, coordinator_epoch)


def control_record(
    marker: ControlType, coordinator_epoch: int, offset_delta: int = 0,
    timestamp_delta: int = 0,
) -> Record:
    """An abort or commit marker record (for a batch with `is_control=True`)."""
    if marker not in (ControlType.ABORT, ControlType.COMMIT):
        raise ValueError(f"only ABORT and COMMIT markers can be built, not {marker!r}")
    return Record(
        offset_delta=offset_delta,
        timestamp_delta=timestamp_delta,
        key=_CONTROL_KEY.pack(0, marker),
        value=_END_TXN_MARKER.pack(0, coordinator_epoch),
    )


def _read_varint(buf: bytes, pos: int, max_bytes: int) -> tuple[int, int]:
    """Read an unsigned LEB128 of at most `max_bytes` bytes; return (raw value, new pos)."""
    result = 0
    shift = 0
    for i in range(max_bytes):
        byte = buf[pos + i]
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos + i + 1
        shift += 7
    raise RecordsError(f"varint at byte {pos} is longer than {max_bytes} bytes")


def _parse_records(buf: bytes, count: int, base_offset: int) -> tuple[Record, ...]:
    # The hot loop of decoding: every varint is read inline with fast paths for one and two
    # bytes (lengths of records up to 8 KiB, deltas up to 8191), then zigzag-decoded.
    # Reading past `buf` raises IndexError, reported as truncation.
    records: list[Record] = []
    append = records.append
    pos = 0
    end = len(buf)
    try:
        for index in range(count):
            if pos >= end:
                raise RecordsError(f"it claims {count} records, has {index}")
            b = buf[pos]
            if b < 0x80:
                raw, pos = b, pos + 1
            elif buf[pos + 1] < 0x80:
                raw, pos = (b & 0x7F) | (buf[pos + 1] << 7), pos + 2
            else:
                raw, pos = _read_varint(buf, pos, 5)
            length = (raw >> 1) ^ -(raw & 1)
            record_end = pos + length
            if length <= 0 or record_end > end:
                raise RecordsError(f"record {index} claims {length} bytes, {end - pos} remain")
            attributes = buf[pos]
            b = buf[pos + 1]
            if b < 0x80:
                raw, pos = b, pos + 2
            elif buf[pos + 2] < 0x80:
                raw, pos = (b & 0x7F) | (buf[pos + 2] << 7), pos + 3
            else:
                raw, pos = _read_varint(buf, pos + 1, 10)
            timestamp_delta = (raw >> 1) ^ -(raw & 1)
            b = buf[pos]
            if b < 0x80:
                raw, pos = b, pos + 1
            elif buf[pos + 1] < 0x80:
                raw, pos = (b & 0x7F) | (buf[pos + 1] << 7), pos + 2
            else:
                raw, pos = _read_varint(buf, pos, 5)
            offset_delta = (raw >> 1) ^ -(raw & 1)
            key, pos = _read_bytes(buf, pos, record_end)
            value, pos = _read_bytes(buf, pos, record_end)
            b = buf[pos]
            if b < 0x80:
                raw, pos = b, pos + 1
            else:
                raw, pos = _read_varint(buf, pos, 5)
            header_count = (raw >> 1) ^ -(raw & 1)
            if header_count < 0 or header_count > record_end - pos:
                raise RecordsError(f"record {index} claims {header_count} headers")
            headers: tuple[Header, ...] = ()
            if header_count:
                items = []
                for _ in range(header_count):
                    hkey, pos = _read_bytes(buf, pos, record_end)
                    if hkey is None:
                        raise RecordsError(f"record {index} has a null header key")
                    hvalue, pos = _read_bytes(buf, pos, record_end)
                    items.append(Header(hkey.decode("utf-8"), hvalue))
                headers = tuple(items)
            if pos != record_end:
                raise RecordsError(
                    f"record {index} has {record_end - pos} bytes more than its fields"
                )
            if (timestamp_delta > _INT64_MAX or timestamp_delta < _INT64_MIN
                    or offset_delta > _INT32_MAX or offset_delta < _INT32_MIN):
                raise RecordsError(f"record {index} has a delta out of range")
            append(Record(offset_delta, timestamp_delta, key, value, headers, attributes))
    except RecordsError as exc:
        raise RecordsError(
            f"record batch at base offset {base_offset} is malformed: {exc}"
        ) from None
    except IndexError:
        raise RecordsError(
            f"record batch at base offset {base_offset} is truncated inside a record"
        ) from None
    except UnicodeDecodeError as exc:
        raise RecordsError(
            f"record batch at base offset {base_offset} has a header key that is not UTF-8: "
            f"{exc}"
        ) from None
    if pos != end:
        raise RecordsError(
            f"record batch at base offset {base_offset} has {end - pos} bytes after its "
            f"{count} records"
        )
    return tuple(records)


def _read_bytes(buf: bytes, pos: int, limit: int) -> tuple[bytes | None, int]:
    b = buf[pos]
    if b < 0x80:
        raw, pos = b, pos + 1
    elif buf[pos + 1] < 0x80:
        raw, pos = (b & 0x7F) | (buf[pos + 1] << 7), pos + 2
    else:
        raw, pos = _read_varint(buf, pos, 5)
    length = (raw >> 1) ^ -(raw & 1)
    if length < 0:
        if length != -1:
            raise RecordsError(f"invalid length {length} at byte {pos}")
        return None, pos
    if pos + length > limit:
        raise RecordsError(f"{length} bytes at byte {pos} run past the record")
    return buf[pos:pos + length], pos + length


def _zigzag_varint_slow(value: int) -> bytes:
    raw = (value << 1) ^ (value >> 63)
    out = bytearray()
    while raw >= 0x80:
        out.append((raw & 0x7F) | 0x80)
        raw >>= 7
    out.append(raw)
    return bytes(out)


# Encoded zigzag varints of the zigzag values below 2**14 (every one- and two-byte varint),
# looked up instead of computed: encoding is dominated by these.
_VARINT_TABLE = tuple(_zigzag_varint_slow((raw >> 1) ^ -(raw & 1)) for raw in range(1 << 14))
_NULL = _VARINT_TABLE[1]  # zigzag(-1), the length of a null key, value or header value
_BYTE = tuple(bytes((i,)) for i in range(256))


def _varint(value: int) -> bytes:
    """`value` as a zigzag LEB128 varint."""
    raw = (value << 1) ^ (value >> 63)
    if 0 <= raw < 1 << 14:
        return _VARINT_TABLE[raw]
    return _zigzag_varint_slow(value)


def _encode_record(out: bytearray, record: Record) -> None:
    if not _INT32_MIN <= record.offset_delta <= _INT32_MAX:
        raise ValueError(f"record offset delta {record.offset_delta} is not an int32")
    if not _INT64_MIN <= record.timestamp_delta <= _INT64_MAX:
        raise ValueError(f"record timestamp delta {record.timestamp_delta} is not an int64")
    if not 0 <= record.attributes <= 0xFF:
        raise ValueError(f"record attributes {record.attributes} do not fit a byte")
    key = record.key
    value = record.value
    parts = [
        _BYTE[record.attributes],
        _varint(record.timestamp_delta),
        _varint(record.offset_delta),
        _NULL if key is None else _varint(len(key)) + key,
        _NULL if value is None else _varint(len(value)) + value,
        _varint(len(record.headers)),
    ]
    for header in record.headers:
        name = header.key.encode("utf-8")
        parts.append(_varint(len(name)) + name)
        parts.append(_NULL if header.value is None else _varint(len(header.value)) + header.value)
    body = b"".join(parts)
    out += _varint(len(body))
    out += body
