"""Fast walks over the topic lists of Produce requests and Metadata responses.

The internal-topic guard must look at the topic names of every Produce request and cut
topics out of Metadata responses. Walking those with the generic schema skippers costs
about 5 µs per partition; these walks know the two layouts (ProduceRequest.json v0-v12,
MetadataResponse.json v0-v13) and read only lengths, so a Produce request's records and
a Metadata response's partitions are stepped over, never decoded. Any layout error is a
ProtocolError, as from the codec; the tests check both walks against the codec.
"""

from __future__ import annotations

import struct

from .errors import ProtocolError
from .schema import read_uvarint

_I16 = struct.Struct(">h").unpack_from
_I32 = struct.Struct(">i").unpack_from


def _uvarint(buf: bytes, pos: int) -> tuple[int, int]:
    byte = buf[pos]
    if byte < 0x80:
        return byte, pos + 1
    second = buf[pos + 1]
    if second < 0x80:  # two bytes: lengths up to 16 KiB, the common record batch
        return (byte & 0x7F) | (second << 7), pos + 2
    return read_uvarint(buf, pos)


def _length(buf: bytes, pos: int, flexible: bool, wide: bool) -> tuple[int, int]:
    """A length prefix: compact uvarint(n + 1), else int32 (`wide`) or int16."""
    if flexible:
        n, pos = _uvarint(buf, pos)
        return n - 1, pos
    if wide:
        return _I32(buf, pos)[0], pos + 4
    return _I16(buf, pos)[0], pos + 2


def _count(buf: bytes, pos: int, flexible: bool) -> tuple[int, int]:
    """An array length (null counts as empty), bounded by the bytes that remain."""
    n, pos = _length(buf, pos, flexible, True)
    if n > len(buf) - pos:
        raise ProtocolError(f"array of {n} runs past the end of the message")
    return max(n, 0), pos


def _skip_tags(buf: bytes, pos: int) -> int:
    count, pos = _uvarint(buf, pos)
    for _ in range(count):
        _, pos = _uvarint(buf, pos)
        size, pos = _uvarint(buf, pos)
        pos += size
    return pos


def _string(buf: bytes, pos: int, flexible: bool) -> tuple[str | None, int]:
    n, pos = _length(buf, pos, flexible, False)
    if n < 0:
        return None, pos
    end = pos + n
    if end > len(buf):
        raise ProtocolError("string runs past the end of the message")
    try:
        return buf[pos:end].decode("utf-8"), end
    except UnicodeDecodeError as exc:
        raise ProtocolError("invalid UTF-8 in a topic name") from exc


def produce_topic_names(buf: bytes, pos: int, version: int) -> list[str | None]:
    """The topic names of a Produce request body at `pos`."""
    flexible = version >= 9
    names: list[str | None] = []
    try:
        if version >= 3:  # TransactionalId
            n, pos = _length(buf, pos, flexible, False)
            pos += max(n, 0)
        pos += 6  # Acks, TimeoutMs
        topics, pos = _count(buf, pos, flexible)
        for _ in range(topics):
            name, pos = _string(buf, pos, flexible)
            names.append(name)
            partitions, pos = _count(buf, pos, flexible)
            pos = (_skip_flexible_produce_partitions if flexible
                   else _skip_classic_produce_partitions)(buf, pos, partitions)
            if flexible:
                pos = _skip_tags(buf, pos)
    except (IndexError, struct.error) as exc:
        raise ProtocolError("Produce request truncated") from exc
    if pos > len(buf):
        raise ProtocolError("Produce request truncated")
    return names


def produce_first_topic(buf: bytes, pos: int, version: int) -> tuple[int, str | None]:
    """(topic count, first topic name) of a Produce request body at `pos`, reading nothing
    after that name: for the usual one-topic request, its names without a walk."""
    flexible = version >= 9
    try:
        if version >= 3:  # TransactionalId
            n, pos = _length(buf, pos, flexible, False)
            pos += max(n, 0)
        topics, pos = _count(buf, pos + 6, flexible)  # after Acks, TimeoutMs
        if topics == 0:
            return 0, None
        name, _ = _string(buf, pos, flexible)
    except (IndexError, struct.error) as exc:
        raise ProtocolError("Produce request truncated") from exc
    return topics, name


def _skip_flexible_produce_partitions(buf: bytes, pos: int, count: int) -> int:
    """Step over PartitionData entries (Index, compact Records, tags), varints inline."""
    for _ in range(count):
        pos += 4
        byte = buf[pos]
        if byte < 0x80:
            pos += 1 + max(byte - 1, 0)
        else:
            n, pos = _uvarint(buf, pos)
            pos += max(n - 1, 0)
        pos = pos + 1 if buf[pos] == 0 else _skip_tags(buf, pos)
    return pos


def _skip_classic_produce_partitions(buf: bytes, pos: int, count: int) -> int:
    """Step over PartitionData entries (Index, int32-sized Records)."""
    for _ in range(count):
        n = _I32(buf, pos + 4)[0]
        pos += 8 + max(n, 0)
    return pos


def metadata_topics(
    buf: bytes, pos: int, version: int
) -> tuple[list[tuple[int, int, str | None, bytes | None]], int]:
    """(start, end, name, topic id) of each topic of a Metadata response's topic array.

    `pos` is the array's length prefix; also returns the offset after the array.
    """
    flexible = version >= 9
    topics: list[tuple[int, int, str | None, bytes | None]] = []
    try:
        count, pos = _count(buf, pos, flexible)
        for _ in range(count):
            start = pos
            name, pos = _string(buf, pos + 2, flexible)  # ErrorCode, Name
            topic_id = None
            if version >= 10:
                topic_id = buf[pos:pos + 16]
                pos += 16
            if version >= 1:
                pos += 1  # IsInternal
            partitions, pos = _count(buf, pos, flexible)
            fixed = 14 if version >= 7 else 10  # ErrorCode, index, leader (, epoch)
            lists = 3 if version >= 5 else 2  # replicas, ISR (, offline replicas)
            pos = (_skip_flexible_partitions if flexible else _skip_classic_partitions)(
                buf, pos, partitions, fixed, lists)
            if version >= 8:
                pos += 4  # TopicAuthorizedOperations
            if flexible:
                pos = _skip_tags(buf, pos)
            if pos > len(buf):
                raise ProtocolError("Metadata response truncated")
            topics.append((start, pos, name, topic_id))
    except (IndexError, struct.error) as exc:
        raise ProtocolError("Metadata response truncated") from exc
    return topics, pos


def _skip_flexible_partitions(buf: bytes, pos: int, count: int, fixed: int, lists: int) -> int:
    """Step over Metadata partitions in compact encoding (one-byte lengths inline)."""
    for _ in range(count):
        pos += fixed
        for _ in range(lists):
            byte = buf[pos]
            if byte < 0x80:
                pos += 1 + 4 * max(byte - 1, 0)
            else:
                n, pos = _uvarint(buf, pos)
                pos += 4 * max(n - 1, 0)
        pos = pos + 1 if buf[pos] == 0 else _skip_tags(buf, pos)
    return pos


def _skip_classic_partitions(buf: bytes, pos: int, count: int, fixed: int, lists: int) -> int:
    """Step over Metadata partitions in classic encoding (int32 array lengths)."""
    for _ in range(count):
        pos += fixed
        for _ in range(lists):
            n = _I32(buf, pos)[0]
            pos += 4 + 4 * max(n, 0)
    return pos
