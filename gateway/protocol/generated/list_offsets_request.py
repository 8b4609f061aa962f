"""ListOffsetsRequest: generated from specs/ListOffsetsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    arr_k,
    count_c,
    count_k,
    non_default,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>iqi')
_P1 = Struct('>i')
_P2 = Struct('>iq')
_P3 = Struct('>ib')
_P4 = Struct('>iiq')


class ListOffsetsPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of ListOffsetsTopic.Partitions."""

    PartitionIndex: int = MISSING
    CurrentLeaderEpoch: int = -1
    Timestamp: int = MISSING
    MaxNumOffsets: int = 1
    unknown_tags: dict[int, Buffer] | None = None


class ListOffsetsTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of ListOffsetsRequest.Topics."""

    Name: str = MISSING
    Partitions: list[ListOffsetsPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ListOffsetsRequest(Message, kw_only=True, gc=False):
    """ListOffsetsRequest (API key 2), v0-v10; from specs/ListOffsetsRequest.json."""

    API_KEY = 2
    KIND = 'request'
    VALID_VERSIONS = (0, 10)
    FLEXIBLE_FROM = 6
    LATEST_VERSION_UNSTABLE = False

    ReplicaId: int = MISSING
    IsolationLevel: int = MISSING
    Topics: list[ListOffsetsTopic] = MISSING
    TimeoutMs: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ListOffsetsPartition_v0(buf: Buffer, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_PartitionIndex, v_Timestamp, v_MaxNumOffsets = _P0.unpack_from(buf, pos)
    pos += 16
    return ListOffsetsPartition(
        PartitionIndex=v_PartitionIndex,
        Timestamp=v_Timestamp,
        MaxNumOffsets=v_MaxNumOffsets,
    ), pos


def _e_ListOffsetsPartition_v0(out: bytearray, m: ListOffsetsPartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.Timestamp, m.MaxNumOffsets)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos


def _o_ListOffsetsPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'Timestamp':
        return pos
    pos += 8
    if stop == 'MaxNumOffsets':
        return pos
    pos += 4
    return pos


def _d_ListOffsetsTopic_v0(buf: Buffer, pos: int) -> tuple[ListOffsetsTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_ListOffsetsPartition_v0, buf, pos)
    return ListOffsetsTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_ListOffsetsTopic_v0(out: bytearray, m: ListOffsetsTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ListOffsetsPartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartition_v0(buf, pos)
    return pos


def _o_ListOffsetsTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartition_v0(buf, pos)
    return pos


def _d_ListOffsetsRequest_v0(buf: Buffer, pos: int) -> tuple[ListOffsetsRequest, int]:
    (v_ReplicaId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_ListOffsetsTopic_v0, buf, pos)
    return ListOffsetsRequest(
        ReplicaId=v_ReplicaId,
        IsolationLevel=0,
        Topics=v_Topics,
        TimeoutMs=0,
    ), pos


def _e_ListOffsetsRequest_v0(out: bytearray, m: ListOffsetsRequest) -> None:
    out += _P1.pack(m.ReplicaId)
    if non_default(m.IsolationLevel, 0):
        raise EncodeError('IsolationLevel')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v0(buf, pos)
    return pos


def _o_ListOffsetsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v0(buf, pos)
    return pos


def _d_ListOffsetsPartition_v1(buf: Buffer, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_PartitionIndex, v_Timestamp = _P2.unpack_from(buf, pos)
    pos += 12
    return ListOffsetsPartition(
        PartitionIndex=v_PartitionIndex,
        Timestamp=v_Timestamp,
    ), pos


def _e_ListOffsetsPartition_v1(out: bytearray, m: ListOffsetsPartition) -> None:
    out += _P2.pack(m.PartitionIndex, m.Timestamp)
    if non_default(m.MaxNumOffsets, 1):
        raise EncodeError('MaxNumOffsets')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsPartition_v1(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos


def _o_ListOffsetsPartition_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'Timestamp':
        return pos
    pos += 8
    return pos


def _d_ListOffsetsTopic_v1(buf: Buffer, pos: int) -> tuple[ListOffsetsTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_ListOffsetsPartition_v1, buf, pos)
    return ListOffsetsTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_ListOffsetsTopic_v1(out: bytearray, m: ListOffsetsTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ListOffsetsPartition_v1(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsTopic_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartition_v1(buf, pos)
    return pos


def _o_ListOffsetsTopic_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartition_v1(buf, pos)
    return pos


def _d_ListOffsetsRequest_v1(buf: Buffer, pos: int) -> tuple[ListOffsetsRequest, int]:
    (v_ReplicaId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_ListOffsetsTopic_v1, buf, pos)
    return ListOffsetsRequest(
        ReplicaId=v_ReplicaId,
        IsolationLevel=0,
        Topics=v_Topics,
        TimeoutMs=0,
    ), pos


def _e_ListOffsetsRequest_v1(out: bytearray, m: ListOffsetsRequest) -> None:
    out += _P1.pack(m.ReplicaId)
    if non_default(m.IsolationLevel, 0):
        raise EncodeError('IsolationLevel')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopic_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v1(buf, pos)
    return pos


def _o_ListOffsetsRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v1(buf, pos)
    return pos


def _d_ListOffsetsRequest_v2(buf: Buffer, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_ReplicaId, v_IsolationLevel = _P3.unpack_from(buf, pos)
    pos += 5
    v_Topics, pos = arr_k(_d_ListOffsetsTopic_v1, buf, pos)
    return ListOffsetsRequest(
        ReplicaId=v_ReplicaId,
        IsolationLevel=v_IsolationLevel,
        Topics=v_Topics,
        TimeoutMs=0,
    ), pos


def _e_ListOffsetsRequest_v2(out: bytearray, m: ListOffsetsRequest) -> None:
    out += _P3.pack(m.ReplicaId, m.IsolationLevel)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopic_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 5
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v1(buf, pos)
    return pos


def _o_ListOffsetsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v1(buf, pos)
    return pos


def _d_ListOffsetsPartition_v4(buf: Buffer, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_PartitionIndex, v_CurrentLeaderEpoch, v_Timestamp = _P4.unpack_from(buf, pos)
    pos += 16
    return ListOffsetsPartition(
        PartitionIndex=v_PartitionIndex,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        Timestamp=v_Timestamp,
    ), pos


def _e_ListOffsetsPartition_v4(out: bytearray, m: ListOffsetsPartition) -> None:
    out += _P4.pack(m.PartitionIndex, m.CurrentLeaderEpoch, m.Timestamp)
    if non_default(m.MaxNumOffsets, 1):
        raise EncodeError('MaxNumOffsets')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsPartition_v4(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos


def _o_ListOffsetsPartition_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'Timestamp':
        return pos
    pos += 8
    return pos


def _d_ListOffsetsTopic_v4(buf: Buffer, pos: int) -> tuple[ListOffsetsTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_ListOffsetsPartition_v4, buf, pos)
    return ListOffsetsTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_ListOffsetsTopic_v4(out: bytearray, m: ListOffsetsTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ListOffsetsPartition_v4(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsTopic_v4(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartition_v4(buf, pos)
    return pos


def _o_ListOffsetsTopic_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartition_v4(buf, pos)
    return pos


def _d_ListOffsetsRequest_v4(buf: Buffer, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_ReplicaId, v_IsolationLevel = _P3.unpack_from(buf, pos)
    pos += 5
    v_Topics, pos = arr_k(_d_ListOffsetsTopic_v4, buf, pos)
    return ListOffsetsRequest(
        ReplicaId=v_ReplicaId,
        IsolationLevel=v_IsolationLevel,
        Topics=v_Topics,
        TimeoutMs=0,
    ), pos


def _e_ListOffsetsRequest_v4(out: bytearray, m: ListOffsetsRequest) -> None:
    out += _P3.pack(m.ReplicaId, m.IsolationLevel)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopic_v4(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsRequest_v4(buf: Buffer, pos: int) -> int:
    pos += 5
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v4(buf, pos)
    return pos


def _o_ListOffsetsRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v4(buf, pos)
    return pos


def _d_ListOffsetsPartition_v6(buf: Buffer, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_PartitionIndex, v_CurrentLeaderEpoch, v_Timestamp = _P4.unpack_from(buf, pos)
    pos += 16
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListOffsetsPartition(
        PartitionIndex=v_PartitionIndex,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        Timestamp=v_Timestamp,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListOffsetsPartition_v6(out: bytearray, m: ListOffsetsPartition) -> None:
    out += _P4.pack(m.PartitionIndex, m.CurrentLeaderEpoch, m.Timestamp)
    if non_default(m.MaxNumOffsets, 1):
        raise EncodeError('MaxNumOffsets')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListOffsetsPartition_v6(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListOffsetsPartition_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'Timestamp':
        return pos
    pos += 8
    return pos


def _d_ListOffsetsTopic_v6(buf: Buffer, pos: int) -> tuple[ListOffsetsTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_ListOffsetsPartition_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListOffsetsTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListOffsetsTopic_v6(out: bytearray, m: ListOffsetsTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ListOffsetsPartition_v6(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListOffsetsTopic_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartition_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListOffsetsTopic_v6(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_ListOffsetsPartition_v6(buf, pos)
    return pos


def _d_ListOffsetsRequest_v6(buf: Buffer, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_ReplicaId, v_IsolationLevel = _P3.unpack_from(buf, pos)
    pos += 5
    v_Topics, pos = arr_c(_d_ListOffsetsTopic_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListOffsetsRequest(
        ReplicaId=v_ReplicaId,
        IsolationLevel=v_IsolationLevel,
        Topics=v_Topics,
        TimeoutMs=0,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListOffsetsRequest_v6(out: bytearray, m: ListOffsetsRequest) -> None:
    out += _P3.pack(m.ReplicaId, m.IsolationLevel)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopic_v6(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListOffsetsRequest_v6(buf: Buffer, pos: int) -> int:
    pos += 5
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListOffsetsRequest_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v6(buf, pos)
    return pos


def _d_ListOffsetsRequest_v10(buf: Buffer, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_ReplicaId, v_IsolationLevel = _P3.unpack_from(buf, pos)
    pos += 5
    v_Topics, pos = arr_c(_d_ListOffsetsTopic_v6, buf, pos)
    (v_TimeoutMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListOffsetsRequest(
        ReplicaId=v_ReplicaId,
        IsolationLevel=v_IsolationLevel,
        Topics=v_Topics,
        TimeoutMs=v_TimeoutMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListOffsetsRequest_v10(out: bytearray, m: ListOffsetsRequest) -> None:
    out += _P3.pack(m.ReplicaId, m.IsolationLevel)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopic_v6(out, e_Topics)
    out += _P1.pack(m.TimeoutMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListOffsetsRequest_v10(buf: Buffer, pos: int) -> int:
    pos += 5
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v6(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListOffsetsRequest_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopic_v6(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


ListOffsetsPartition.INFO = StructInfo('ListOffsetsPartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 10)),
    FieldInfo('CurrentLeaderEpoch', 'int32', (4, 10), default=-1, ignorable=True),
    FieldInfo('Timestamp', 'int64', (0, 10)),
    FieldInfo('MaxNumOffsets', 'int32', (0, 0), default=1),
), (6, 10))

ListOffsetsTopic.INFO = StructInfo('ListOffsetsTopic', (
    FieldInfo('Name', 'string', (0, 10)),
    FieldInfo('Partitions', '[]struct', (0, 10), struct=ListOffsetsPartition),
), (6, 10))

ListOffsetsRequest.INFO = StructInfo('ListOffsetsRequest', (
    FieldInfo('ReplicaId', 'int32', (0, 10)),
    FieldInfo('IsolationLevel', 'int8', (2, 10)),
    FieldInfo('Topics', '[]struct', (0, 10), struct=ListOffsetsTopic),
    FieldInfo('TimeoutMs', 'int32', (10, 10), ignorable=True),
), (6, 10))

ListOffsetsPartition.DECODERS = {
    0: _d_ListOffsetsPartition_v0,
    1: _d_ListOffsetsPartition_v1,
    2: _d_ListOffsetsPartition_v1,
    3: _d_ListOffsetsPartition_v1,
    4: _d_ListOffsetsPartition_v4,
    5: _d_ListOffsetsPartition_v4,
    6: _d_ListOffsetsPartition_v6,
    7: _d_ListOffsetsPartition_v6,
    8: _d_ListOffsetsPartition_v6,
    9: _d_ListOffsetsPartition_v6,
    10: _d_ListOffsetsPartition_v6,
}

ListOffsetsPartition.ENCODERS = {
    0: _e_ListOffsetsPartition_v0,
    1: _e_ListOffsetsPartition_v1,
    2: _e_ListOffsetsPartition_v1,
    3: _e_ListOffsetsPartition_v1,
    4: _e_ListOffsetsPartition_v4,
    5: _e_ListOffsetsPartition_v4,
    6: _e_ListOffsetsPartition_v6,
    7: _e_ListOffsetsPartition_v6,
    8: _e_ListOffsetsPartition_v6,
    9: _e_ListOffsetsPartition_v6,
    10: _e_ListOffsetsPartition_v6,
}

ListOffsetsPartition.SKIPPERS = {
    0: _s_ListOffsetsPartition_v0,
    1: _s_ListOffsetsPartition_v1,
    2: _s_ListOffsetsPartition_v1,
    3: _s_ListOffsetsPartition_v1,
    4: _s_ListOffsetsPartition_v4,
    5: _s_ListOffsetsPartition_v4,
    6: _s_ListOffsetsPartition_v6,
    7: _s_ListOffsetsPartition_v6,
    8: _s_ListOffsetsPartition_v6,
    9: _s_ListOffsetsPartition_v6,
    10: _s_ListOffsetsPartition_v6,
}

ListOffsetsPartition.SEEKERS = {
    0: _o_ListOffsetsPartition_v0,
    1: _o_ListOffsetsPartition_v1,
    2: _o_ListOffsetsPartition_v1,
    3: _o_ListOffsetsPartition_v1,
    4: _o_ListOffsetsPartition_v4,
    5: _o_ListOffsetsPartition_v4,
    6: _o_ListOffsetsPartition_v6,
    7: _o_ListOffsetsPartition_v6,
    8: _o_ListOffsetsPartition_v6,
    9: _o_ListOffsetsPartition_v6,
    10: _o_ListOffsetsPartition_v6,
}

ListOffsetsTopic.DECODERS = {
    0: _d_ListOffsetsTopic_v0,
    1: _d_ListOffsetsTopic_v1,
    2: _d_ListOffsetsTopic_v1,
    3: _d_ListOffsetsTopic_v1,
    4: _d_ListOffsetsTopic_v4,
    5: _d_ListOffsetsTopic_v4,
    6: _d_ListOffsetsTopic_v6,
    7: _d_ListOffsetsTopic_v6,
    8: _d_ListOffsetsTopic_v6,
    9: _d_ListOffsetsTopic_v6,
    10: _d_ListOffsetsTopic_v6,
}

ListOffsetsTopic.ENCODERS = {
    0: _e_ListOffsetsTopic_v0,
    1: _e_ListOffsetsTopic_v1,
    2: _e_ListOffsetsTopic_v1,
    3: _e_ListOffsetsTopic_v1,
    4: _e_ListOffsetsTopic_v4,
    5: _e_ListOffsetsTopic_v4,
    6: _e_ListOffsetsTopic_v6,
    7: _e_ListOffsetsTopic_v6,
    8: _e_ListOffsetsTopic_v6,
    9: _e_ListOffsetsTopic_v6,
    10: _e_ListOffsetsTopic_v6,
}

ListOffsetsTopic.SKIPPERS = {
    0: _s_ListOffsetsTopic_v0,
    1: _s_ListOffsetsTopic_v1,
    2: _s_ListOffsetsTopic_v1,
    3: _s_ListOffsetsTopic_v1,
    4: _s_ListOffsetsTopic_v4,
    5: _s_ListOffsetsTopic_v4,
    6: _s_ListOffsetsTopic_v6,
    7: _s_ListOffsetsTopic_v6,
    8: _s_ListOffsetsTopic_v6,
    9: _s_ListOffsetsTopic_v6,
    10: _s_ListOffsetsTopic_v6,
}

ListOffsetsTopic.SEEKERS = {
    0: _o_ListOffsetsTopic_v0,
    1: _o_ListOffsetsTopic_v1,
    2: _o_ListOffsetsTopic_v1,
    3: _o_ListOffsetsTopic_v1,
    4: _o_ListOffsetsTopic_v4,
    5: _o_ListOffsetsTopic_v4,
    6: _o_ListOffsetsTopic_v6,
    7: _o_ListOffsetsTopic_v6,
    8: _o_ListOffsetsTopic_v6,
    9: _o_ListOffsetsTopic_v6,
    10: _o_ListOffsetsTopic_v6,
}

ListOffsetsRequest.DECODERS = {
    0: _d_ListOffsetsRequest_v0,
    1: _d_ListOffsetsRequest_v1,
    2: _d_ListOffsetsRequest_v2,
    3: _d_ListOffsetsRequest_v2,
    4: _d_ListOffsetsRequest_v4,
    5: _d_ListOffsetsRequest_v4,
    6: _d_ListOffsetsRequest_v6,
    7: _d_ListOffsetsRequest_v6,
    8: _d_ListOffsetsRequest_v6,
    9: _d_ListOffsetsRequest_v6,
    10: _d_ListOffsetsRequest_v10,
}

ListOffsetsRequest.ENCODERS = {
    0: _e_ListOffsetsRequest_v0,
    1: _e_ListOffsetsRequest_v1,
    2: _e_ListOffsetsRequest_v2,
    3: _e_ListOffsetsRequest_v2,
    4: _e_ListOffsetsRequest_v4,
    5: _e_ListOffsetsRequest_v4,
    6: _e_ListOffsetsRequest_v6,
    7: _e_ListOffsetsRequest_v6,
    8: _e_ListOffsetsRequest_v6,
    9: _e_ListOffsetsRequest_v6,
    10: _e_ListOffsetsRequest_v10,
}

ListOffsetsRequest.SKIPPERS = {
    0: _s_ListOffsetsRequest_v0,
    1: _s_ListOffsetsRequest_v1,
    2: _s_ListOffsetsRequest_v2,
    3: _s_ListOffsetsRequest_v2,
    4: _s_ListOffsetsRequest_v4,
    5: _s_ListOffsetsRequest_v4,
    6: _s_ListOffsetsRequest_v6,
    7: _s_ListOffsetsRequest_v6,
    8: _s_ListOffsetsRequest_v6,
    9: _s_ListOffsetsRequest_v6,
    10: _s_ListOffsetsRequest_v10,
}

ListOffsetsRequest.SEEKERS = {
    0: _o_ListOffsetsRequest_v0,
    1: _o_ListOffsetsRequest_v1,
    2: _o_ListOffsetsRequest_v2,
    3: _o_ListOffsetsRequest_v2,
    4: _o_ListOffsetsRequest_v4,
    5: _o_ListOffsetsRequest_v4,
    6: _o_ListOffsetsRequest_v6,
    7: _o_ListOffsetsRequest_v6,
    8: _o_ListOffsetsRequest_v6,
    9: _o_ListOffsetsRequest_v6,
    10: _o_ListOffsetsRequest_v10,
}
