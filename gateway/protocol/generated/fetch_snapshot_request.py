"""FetchSnapshotRequest: generated from specs/FetchSnapshotRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    UNSET,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    UnsetType,
    arr_c,
    count_c,
    nstr_c,
    read_tags,
    read_uvarint,
    skip_c,
    skip_tags,
    str_c,
    stray_tag_bytes,
    tag_header,
    uuid_,
    w_alen_c,
    w_nstr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>qi')
_P1 = Struct('>ii')
_P2 = Struct('>q')


class SnapshotId(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionSnapshot.SnapshotId."""

    EndOffset: int = MISSING
    Epoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_SnapshotId = SnapshotId


class PartitionSnapshot(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicSnapshot.Partitions."""

    Partition: int = MISSING
    CurrentLeaderEpoch: int = MISSING
    SnapshotId: _SnapshotId = MISSING
    Position: int = MISSING
    ReplicaDirectoryId: bytes | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


class TopicSnapshot(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchSnapshotRequest.Topics."""

    Name: str = MISSING
    Partitions: list[PartitionSnapshot] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class FetchSnapshotRequest(Message, kw_only=True, gc=False):
    """FetchSnapshotRequest (API key 59), v0-v1; from specs/FetchSnapshotRequest.json."""

    API_KEY = 59
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ClusterId: str | None | UnsetType = UNSET
    ReplicaId: int = -1
    MaxBytes: int = 2147483647
    Topics: list[TopicSnapshot] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_SnapshotId_v0(buf: Buffer, pos: int) -> tuple[SnapshotId, int]:
    v_EndOffset, v_Epoch = _P0.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SnapshotId(
        EndOffset=v_EndOffset,
        Epoch=v_Epoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SnapshotId_v0(out: bytearray, m: SnapshotId) -> None:
    out += _P0.pack(m.EndOffset, m.Epoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SnapshotId_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SnapshotId_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'EndOffset':
        return pos
    pos += 8
    if stop == 'Epoch':
        return pos
    pos += 4
    return pos


def _d_PartitionSnapshot_v0(buf: Buffer, pos: int) -> tuple[PartitionSnapshot, int]:
    v_Partition, v_CurrentLeaderEpoch = _P1.unpack_from(buf, pos)
    pos += 8
    v_SnapshotId, pos = _d_SnapshotId_v0(buf, pos)
    (v_Position,) = _P2.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionSnapshot(
        Partition=v_Partition,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        SnapshotId=v_SnapshotId,
        Position=v_Position,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionSnapshot_v0(out: bytearray, m: PartitionSnapshot) -> None:
    out += _P1.pack(m.Partition, m.CurrentLeaderEpoch)
    _e_SnapshotId_v0(out, m.SnapshotId)
    out += _P2.pack(m.Position)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionSnapshot_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    pos = _s_SnapshotId_v0(buf, pos)
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionSnapshot_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'SnapshotId':
        return pos
    pos = _s_SnapshotId_v0(buf, pos)
    if stop == 'Position':
        return pos
    pos += 8
    return pos


def _d_TopicSnapshot_v0(buf: Buffer, pos: int) -> tuple[TopicSnapshot, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionSnapshot_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicSnapshot(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicSnapshot_v0(out: bytearray, m: TopicSnapshot) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionSnapshot_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicSnapshot_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionSnapshot_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicSnapshot_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionSnapshot_v0(buf, pos)
    return pos


def _d_FetchSnapshotRequest_v0(buf: Buffer, pos: int) -> tuple[FetchSnapshotRequest, int]:
    v_ReplicaId, v_MaxBytes = _P1.unpack_from(buf, pos)
    pos += 8
    v_Topics, pos = arr_c(_d_TopicSnapshot_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_ClusterId: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_ClusterId, pos = nstr_c(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = FetchSnapshotRequest(
        ClusterId=v_ClusterId,
        ReplicaId=v_ReplicaId,
        MaxBytes=v_MaxBytes,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchSnapshotRequest_v0(out: bytearray, m: FetchSnapshotRequest) -> None:
    out += _P1.pack(m.ReplicaId, m.MaxBytes)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicSnapshot_v0(out, e_Topics)
    t = m.unknown_tags
    if m.ClusterId is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.ClusterId is not UNSET:
        p = bytearray()
        w_nstr_c(p, m.ClusterId)
        tags[0] = p
    w_tags(out, tags)


def _s_FetchSnapshotRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicSnapshot_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchSnapshotRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicSnapshot_v0(buf, pos)
    return pos


def _d_PartitionSnapshot_v1(buf: Buffer, pos: int) -> tuple[PartitionSnapshot, int]:
    v_Partition, v_CurrentLeaderEpoch = _P1.unpack_from(buf, pos)
    pos += 8
    v_SnapshotId, pos = _d_SnapshotId_v0(buf, pos)
    (v_Position,) = _P2.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    v_ReplicaDirectoryId: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_ReplicaDirectoryId, pos = uuid_(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = PartitionSnapshot(
        Partition=v_Partition,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        SnapshotId=v_SnapshotId,
        Position=v_Position,
        ReplicaDirectoryId=v_ReplicaDirectoryId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionSnapshot_v1(out: bytearray, m: PartitionSnapshot) -> None:
    out += _P1.pack(m.Partition, m.CurrentLeaderEpoch)
    _e_SnapshotId_v0(out, m.SnapshotId)
    out += _P2.pack(m.Position)
    t = m.unknown_tags
    if m.ReplicaDirectoryId is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.ReplicaDirectoryId is not UNSET:
        p = bytearray()
        w_uuid(p, m.ReplicaDirectoryId)
        tags[0] = p
    w_tags(out, tags)


def _s_PartitionSnapshot_v1(buf: Buffer, pos: int) -> int:
    pos += 8
    pos = _s_SnapshotId_v0(buf, pos)
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionSnapshot_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'SnapshotId':
        return pos
    pos = _s_SnapshotId_v0(buf, pos)
    if stop == 'Position':
        return pos
    pos += 8
    return pos


def _d_TopicSnapshot_v1(buf: Buffer, pos: int) -> tuple[TopicSnapshot, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionSnapshot_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicSnapshot(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicSnapshot_v1(out: bytearray, m: TopicSnapshot) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionSnapshot_v1(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicSnapshot_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionSnapshot_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicSnapshot_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionSnapshot_v1(buf, pos)
    return pos


def _d_FetchSnapshotRequest_v1(buf: Buffer, pos: int) -> tuple[FetchSnapshotRequest, int]:
    v_ReplicaId, v_MaxBytes = _P1.unpack_from(buf, pos)
    pos += 8
    v_Topics, pos = arr_c(_d_TopicSnapshot_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_ClusterId: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_ClusterId, pos = nstr_c(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = FetchSnapshotRequest(
        ClusterId=v_ClusterId,
        ReplicaId=v_ReplicaId,
        MaxBytes=v_MaxBytes,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchSnapshotRequest_v1(out: bytearray, m: FetchSnapshotRequest) -> None:
    out += _P1.pack(m.ReplicaId, m.MaxBytes)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicSnapshot_v1(out, e_Topics)
    t = m.unknown_tags
    if m.ClusterId is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.ClusterId is not UNSET:
        p = bytearray()
        w_nstr_c(p, m.ClusterId)
        tags[0] = p
    w_tags(out, tags)


def _s_FetchSnapshotRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicSnapshot_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchSnapshotRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicSnapshot_v1(buf, pos)
    return pos


SnapshotId.INFO = StructInfo('SnapshotId', (
    FieldInfo('EndOffset', 'int64', (0, 1)),
    FieldInfo('Epoch', 'int32', (0, 1)),
), (0, 1))

PartitionSnapshot.INFO = StructInfo('PartitionSnapshot', (
    FieldInfo('Partition', 'int32', (0, 1)),
    FieldInfo('CurrentLeaderEpoch', 'int32', (0, 1)),
    FieldInfo('SnapshotId', 'struct', (0, 1), struct=SnapshotId),
    FieldInfo('Position', 'int64', (0, 1)),
    FieldInfo('ReplicaDirectoryId', 'uuid', (1, 1), tag=0, ignorable=True),
), (0, 1))

TopicSnapshot.INFO = StructInfo('TopicSnapshot', (
    FieldInfo('Name', 'string', (0, 1)),
    FieldInfo('Partitions', '[]struct', (0, 1), struct=PartitionSnapshot),
), (0, 1))

FetchSnapshotRequest.INFO = StructInfo('FetchSnapshotRequest', (
    FieldInfo('ClusterId', 'string', (0, 1), nullable=(0, 1), tag=0, default=None),
    FieldInfo('ReplicaId', 'int32', (0, 1), default=-1),
    FieldInfo('MaxBytes', 'int32', (0, 1), default=2147483647),
    FieldInfo('Topics', '[]struct', (0, 1), struct=TopicSnapshot),
), (0, 1))

SnapshotId.DECODERS = {
    0: _d_SnapshotId_v0,
    1: _d_SnapshotId_v0,
}

SnapshotId.ENCODERS = {
    0: _e_SnapshotId_v0,
    1: _e_SnapshotId_v0,
}

SnapshotId.SKIPPERS = {
    0: _s_SnapshotId_v0,
    1: _s_SnapshotId_v0,
}

SnapshotId.SEEKERS = {
    0: _o_SnapshotId_v0,
    1: _o_SnapshotId_v0,
}

PartitionSnapshot.DECODERS = {
    0: _d_PartitionSnapshot_v0,
    1: _d_PartitionSnapshot_v1,
}

PartitionSnapshot.ENCODERS = {
    0: _e_PartitionSnapshot_v0,
    1: _e_PartitionSnapshot_v1,
}

PartitionSnapshot.SKIPPERS = {
    0: _s_PartitionSnapshot_v0,
    1: _s_PartitionSnapshot_v1,
}

PartitionSnapshot.SEEKERS = {
    0: _o_PartitionSnapshot_v0,
    1: _o_PartitionSnapshot_v1,
}

TopicSnapshot.DECODERS = {
    0: _d_TopicSnapshot_v0,
    1: _d_TopicSnapshot_v1,
}

TopicSnapshot.ENCODERS = {
    0: _e_TopicSnapshot_v0,
    1: _e_TopicSnapshot_v1,
}

TopicSnapshot.SKIPPERS = {
    0: _s_TopicSnapshot_v0,
    1: _s_TopicSnapshot_v1,
}

TopicSnapshot.SEEKERS = {
    0: _o_TopicSnapshot_v0,
    1: _o_TopicSnapshot_v1,
}

FetchSnapshotRequest.DECODERS = {
    0: _d_FetchSnapshotRequest_v0,
    1: _d_FetchSnapshotRequest_v1,
}

FetchSnapshotRequest.ENCODERS = {
    0: _e_FetchSnapshotRequest_v0,
    1: _e_FetchSnapshotRequest_v1,
}

FetchSnapshotRequest.SKIPPERS = {
    0: _s_FetchSnapshotRequest_v0,
    1: _s_FetchSnapshotRequest_v1,
}

FetchSnapshotRequest.SEEKERS = {
    0: _o_FetchSnapshotRequest_v0,
    1: _o_FetchSnapshotRequest_v1,
}
