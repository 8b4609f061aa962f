"""OffsetFetchResponse: generated from specs/OffsetFetchResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>iq')
_P1 = Struct('>h')
_P2 = Struct('>i')
_P3 = Struct('>iqi')


class OffsetFetchResponsePartition(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetFetchResponseTopic.Partitions."""

    PartitionIndex: int = MISSING
    CommittedOffset: int = MISSING
    CommittedLeaderEpoch: int = -1
    Metadata: str | None = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetFetchResponseTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetFetchResponse.Topics."""

    Name: str = MISSING
    Partitions: list[OffsetFetchResponsePartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetFetchResponsePartitions(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetFetchResponseTopics.Partitions."""

    PartitionIndex: int = MISSING
    CommittedOffset: int = MISSING
    CommittedLeaderEpoch: int = -1
    Metadata: str | None = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetFetchResponseTopics(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetFetchResponseGroup.Topics."""

    Name: str = MISSING
    Partitions: list[OffsetFetchResponsePartitions] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetFetchResponseGroup(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetFetchResponse.Groups."""

    GroupId: str = MISSING
    Topics: list[OffsetFetchResponseTopics] = MISSING
    ErrorCode: int = 0
    unknown_tags: dict[int, Buffer] | None = None


class OffsetFetchResponse(Message, kw_only=True, gc=False):
    """OffsetFetchResponse (API key 9), v0-v9; from specs/OffsetFetchResponse.json."""

    API_KEY = 9
    KIND = 'response'
    VALID_VERSIONS = (0, 9)
    FLEXIBLE_FROM = 6
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[OffsetFetchResponseTopic] = MISSING
    ErrorCode: int = 0
    Groups: list[OffsetFetchResponseGroup] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_OffsetFetchResponsePartition_v0(buf: Buffer, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_PartitionIndex, v_CommittedOffset = _P0.unpack_from(buf, pos)
    pos += 12
    v_Metadata, pos = nstr_k(buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    return OffsetFetchResponsePartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        Metadata=v_Metadata,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_OffsetFetchResponsePartition_v0(out: bytearray, m: OffsetFetchResponsePartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.CommittedOffset)
    w_nstr_k(out, m.Metadata)
    out += _P1.pack(m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchResponsePartition_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_OffsetFetchResponsePartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'Metadata':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponseTopic_v0(buf: Buffer, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetFetchResponsePartition_v0, buf, pos)
    return OffsetFetchResponseTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetFetchResponseTopic_v0(out: bytearray, m: OffsetFetchResponseTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetFetchResponsePartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchResponseTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponsePartition_v0(buf, pos)
    return pos


def _o_OffsetFetchResponseTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponsePartition_v0(buf, pos)
    return pos


def _d_OffsetFetchResponse_v0(buf: Buffer, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_Topics, pos = arr_k(_d_OffsetFetchResponseTopic_v0, buf, pos)
    return OffsetFetchResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
        Groups=[],
    ), pos


def _e_OffsetFetchResponse_v0(out: bytearray, m: OffsetFetchResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetFetchResponseTopic_v0(out, e_Topics)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v0(buf, pos)
    return pos


def _o_OffsetFetchResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v0(buf, pos)
    return pos


def _d_OffsetFetchResponse_v2(buf: Buffer, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_Topics, pos = arr_k(_d_OffsetFetchResponseTopic_v0, buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    return OffsetFetchResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
        ErrorCode=v_ErrorCode,
        Groups=[],
    ), pos


def _e_OffsetFetchResponse_v2(out: bytearray, m: OffsetFetchResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetFetchResponseTopic_v0(out, e_Topics)
    out += _P1.pack(m.ErrorCode)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchResponse_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v0(buf, pos)
    pos += 2
    return pos


def _o_OffsetFetchResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v0(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponse_v3(buf: Buffer, pos: int) -> tuple[OffsetFetchResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_OffsetFetchResponseTopic_v0, buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    return OffsetFetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
        ErrorCode=v_ErrorCode,
        Groups=[],
    ), pos


def _e_OffsetFetchResponse_v3(out: bytearray, m: OffsetFetchResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetFetchResponseTopic_v0(out, e_Topics)
    out += _P1.pack(m.ErrorCode)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v0(buf, pos)
    pos += 2
    return pos


def _o_OffsetFetchResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v0(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponsePartition_v5(buf: Buffer, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_PartitionIndex, v_CommittedOffset, v_CommittedLeaderEpoch = _P3.unpack_from(buf, pos)
    pos += 16
    v_Metadata, pos = nstr_k(buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    return OffsetFetchResponsePartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedLeaderEpoch=v_CommittedLeaderEpoch,
        Metadata=v_Metadata,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_OffsetFetchResponsePartition_v5(out: bytearray, m: OffsetFetchResponsePartition) -> None:
    out += _P3.pack(m.PartitionIndex, m.CommittedOffset, m.CommittedLeaderEpoch)
    w_nstr_k(out, m.Metadata)
    out += _P1.pack(m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchResponsePartition_v5(buf: Buffer, pos: int) -> int:
    pos += 16
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_OffsetFetchResponsePartition_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedLeaderEpoch':
        return pos
    pos += 4
    if stop == 'Metadata':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponseTopic_v5(buf: Buffer, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetFetchResponsePartition_v5, buf, pos)
    return OffsetFetchResponseTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetFetchResponseTopic_v5(out: bytearray, m: OffsetFetchResponseTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetFetchResponsePartition_v5(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchResponseTopic_v5(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponsePartition_v5(buf, pos)
    return pos


def _o_OffsetFetchResponseTopic_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponsePartition_v5(buf, pos)
    return pos


def _d_OffsetFetchResponse_v5(buf: Buffer, pos: int) -> tuple[OffsetFetchResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_OffsetFetchResponseTopic_v5, buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    return OffsetFetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
        ErrorCode=v_ErrorCode,
        Groups=[],
    ), pos


def _e_OffsetFetchResponse_v5(out: bytearray, m: OffsetFetchResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetFetchResponseTopic_v5(out, e_Topics)
    out += _P1.pack(m.ErrorCode)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v5(buf, pos)
    pos += 2
    return pos


def _o_OffsetFetchResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v5(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponsePartition_v6(buf: Buffer, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_PartitionIndex, v_CommittedOffset, v_CommittedLeaderEpoch = _P3.unpack_from(buf, pos)
    pos += 16
    v_Metadata, pos = nstr_c(buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchResponsePartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedLeaderEpoch=v_CommittedLeaderEpoch,
        Metadata=v_Metadata,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchResponsePartition_v6(out: bytearray, m: OffsetFetchResponsePartition) -> None:
    out += _P3.pack(m.PartitionIndex, m.CommittedOffset, m.CommittedLeaderEpoch)
    w_nstr_c(out, m.Metadata)
    out += _P1.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchResponsePartition_v6(buf: Buffer, pos: int) -> int:
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchResponsePartition_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedLeaderEpoch':
        return pos
    pos += 4
    if stop == 'Metadata':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponseTopic_v6(buf: Buffer, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_OffsetFetchResponsePartition_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchResponseTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchResponseTopic_v6(out: bytearray, m: OffsetFetchResponseTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetFetchResponsePartition_v6(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchResponseTopic_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponsePartition_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchResponseTopic_v6(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_OffsetFetchResponsePartition_v6(buf, pos)
    return pos


def _d_OffsetFetchResponse_v6(buf: Buffer, pos: int) -> tuple[OffsetFetchResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_OffsetFetchResponseTopic_v6, buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
        ErrorCode=v_ErrorCode,
        Groups=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchResponse_v6(out: bytearray, m: OffsetFetchResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetFetchResponseTopic_v6(out, e_Topics)
    out += _P1.pack(m.ErrorCode)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchResponse_v6(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v6(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchResponse_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopic_v6(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponsePartitions_v8(buf: Buffer, pos: int) -> tuple[OffsetFetchResponsePartitions, int]:
    v_PartitionIndex, v_CommittedOffset, v_CommittedLeaderEpoch = _P3.unpack_from(buf, pos)
    pos += 16
    v_Metadata, pos = nstr_c(buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchResponsePartitions(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedLeaderEpoch=v_CommittedLeaderEpoch,
        Metadata=v_Metadata,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchResponsePartitions_v8(out: bytearray, m: OffsetFetchResponsePartitions) -> None:
    out += _P3.pack(m.PartitionIndex, m.CommittedOffset, m.CommittedLeaderEpoch)
    w_nstr_c(out, m.Metadata)
    out += _P1.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchResponsePartitions_v8(buf: Buffer, pos: int) -> int:
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchResponsePartitions_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedLeaderEpoch':
        return pos
    pos += 4
    if stop == 'Metadata':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponseTopics_v8(buf: Buffer, pos: int) -> tuple[OffsetFetchResponseTopics, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_OffsetFetchResponsePartitions_v8, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchResponseTopics(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchResponseTopics_v8(out: bytearray, m: OffsetFetchResponseTopics) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetFetchResponsePartitions_v8(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchResponseTopics_v8(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponsePartitions_v8(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchResponseTopics_v8(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_OffsetFetchResponsePartitions_v8(buf, pos)
    return pos


def _d_OffsetFetchResponseGroup_v8(buf: Buffer, pos: int) -> tuple[OffsetFetchResponseGroup, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Topics, pos = arr_c(_d_OffsetFetchResponseTopics_v8, buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchResponseGroup(
        GroupId=v_GroupId,
        Topics=v_Topics,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchResponseGroup_v8(out: bytearray, m: OffsetFetchResponseGroup) -> None:
    w_str_c(out, m.GroupId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetFetchResponseTopics_v8(out, e_Topics)
    out += _P1.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchResponseGroup_v8(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopics_v8(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchResponseGroup_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseTopics_v8(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetFetchResponse_v8(buf: Buffer, pos: int) -> tuple[OffsetFetchResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Groups, pos = arr_c(_d_OffsetFetchResponseGroup_v8, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=[],
        Groups=v_Groups,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchResponse_v8(out: bytearray, m: OffsetFetchResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_OffsetFetchResponseGroup_v8(out, e_Groups)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchResponse_v8(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseGroup_v8(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchResponse_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchResponseGroup_v8(buf, pos)
    return pos


OffsetFetchResponsePartition.INFO = StructInfo('OffsetFetchResponsePartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 7)),
    FieldInfo('CommittedOffset', 'int64', (0, 7)),
    FieldInfo('CommittedLeaderEpoch', 'int32', (5, 7), default=-1, ignorable=True),
    FieldInfo('Metadata', 'string', (0, 7), nullable=(0, 7)),
    FieldInfo('ErrorCode', 'int16', (0, 7)),
), (6, 9))

OffsetFetchResponseTopic.INFO = StructInfo('OffsetFetchResponseTopic', (
    FieldInfo('Name', 'string', (0, 7)),
    FieldInfo('Partitions', '[]struct', (0, 7), struct=OffsetFetchResponsePartition),
), (6, 9))

OffsetFetchResponsePartitions.INFO = StructInfo('OffsetFetchResponsePartitions', (
    FieldInfo('PartitionIndex', 'int32', (8, 9)),
    FieldInfo('CommittedOffset', 'int64', (8, 9)),
    FieldInfo('CommittedLeaderEpoch', 'int32', (8, 9), default=-1, ignorable=True),
    FieldInfo('Metadata', 'string', (8, 9), nullable=(8, 9)),
    FieldInfo('ErrorCode', 'int16', (8, 9)),
), (6, 9))

OffsetFetchResponseTopics.INFO = StructInfo('OffsetFetchResponseTopics', (
    FieldInfo('Name', 'string', (8, 9)),
    FieldInfo('Partitions', '[]struct', (8, 9), struct=OffsetFetchResponsePartitions),
), (6, 9))

OffsetFetchResponseGroup.INFO = StructInfo('OffsetFetchResponseGroup', (
    FieldInfo('GroupId', 'string', (8, 9)),
    FieldInfo('Topics', '[]struct', (8, 9), struct=OffsetFetchResponseTopics),
    FieldInfo('ErrorCode', 'int16', (8, 9), default=0),
), (6, 9))

OffsetFetchResponse.INFO = StructInfo('OffsetFetchResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (3, 9), ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 7), struct=OffsetFetchResponseTopic),
    FieldInfo('ErrorCode', 'int16', (2, 7), default=0, ignorable=True),
    FieldInfo('Groups', '[]struct', (8, 9), struct=OffsetFetchResponseGroup),
), (6, 9))

OffsetFetchResponsePartition.DECODERS = {
    0: _d_OffsetFetchResponsePartition_v0,
    1: _d_OffsetFetchResponsePartition_v0,
    2: _d_OffsetFetchResponsePartition_v0,
    3: _d_OffsetFetchResponsePartition_v0,
    4: _d_OffsetFetchResponsePartition_v0,
    5: _d_OffsetFetchResponsePartition_v5,
    6: _d_OffsetFetchResponsePartition_v6,
    7: _d_OffsetFetchResponsePartition_v6,
}

OffsetFetchResponsePartition.ENCODERS = {
    0: _e_OffsetFetchResponsePartition_v0,
    1: _e_OffsetFetchResponsePartition_v0,
    2: _e_OffsetFetchResponsePartition_v0,
    3: _e_OffsetFetchResponsePartition_v0,
    4: _e_OffsetFetchResponsePartition_v0,
    5: _e_OffsetFetchResponsePartition_v5,
    6: _e_OffsetFetchResponsePartition_v6,
    7: _e_OffsetFetchResponsePartition_v6,
}

OffsetFetchResponsePartition.SKIPPERS = {
    0: _s_OffsetFetchResponsePartition_v0,
    1: _s_OffsetFetchResponsePartition_v0,
    2: _s_OffsetFetchResponsePartition_v0,
    3: _s_OffsetFetchResponsePartition_v0,
    4: _s_OffsetFetchResponsePartition_v0,
    5: _s_OffsetFetchResponsePartition_v5,
    6: _s_OffsetFetchResponsePartition_v6,
    7: _s_OffsetFetchResponsePartition_v6,
}

OffsetFetchResponsePartition.SEEKERS = {
    0: _o_OffsetFetchResponsePartition_v0,
    1: _o_OffsetFetchResponsePartition_v0,
    2: _o_OffsetFetchResponsePartition_v0,
    3: _o_OffsetFetchResponsePartition_v0,
    4: _o_OffsetFetchResponsePartition_v0,
    5: _o_OffsetFetchResponsePartition_v5,
    6: _o_OffsetFetchResponsePartition_v6,
    7: _o_OffsetFetchResponsePartition_v6,
}

OffsetFetchResponseTopic.DECODERS = {
    0: _d_OffsetFetchResponseTopic_v0,
    1: _d_OffsetFetchResponseTopic_v0,
    2: _d_OffsetFetchResponseTopic_v0,
    3: _d_OffsetFetchResponseTopic_v0,
    4: _d_OffsetFetchResponseTopic_v0,
    5: _d_OffsetFetchResponseTopic_v5,
    6: _d_OffsetFetchResponseTopic_v6,
    7: _d_OffsetFetchResponseTopic_v6,
}

OffsetFetchResponseTopic.ENCODERS = {
    0: _e_OffsetFetchResponseTopic_v0,
    1: _e_OffsetFetchResponseTopic_v0,
    2: _e_OffsetFetchResponseTopic_v0,
    3: _e_OffsetFetchResponseTopic_v0,
    4: _e_OffsetFetchResponseTopic_v0,
    5: _e_OffsetFetchResponseTopic_v5,
    6: _e_OffsetFetchResponseTopic_v6,
    7: _e_OffsetFetchResponseTopic_v6,
}

OffsetFetchResponseTopic.SKIPPERS = {
    0: _s_OffsetFetchResponseTopic_v0,
    1: _s_OffsetFetchResponseTopic_v0,
    2: _s_OffsetFetchResponseTopic_v0,
    3: _s_OffsetFetchResponseTopic_v0,
    4: _s_OffsetFetchResponseTopic_v0,
    5: _s_OffsetFetchResponseTopic_v5,
    6: _s_OffsetFetchResponseTopic_v6,
    7: _s_OffsetFetchResponseTopic_v6,
}

OffsetFetchResponseTopic.SEEKERS = {
    0: _o_OffsetFetchResponseTopic_v0,
    1: _o_OffsetFetchResponseTopic_v0,
    2: _o_OffsetFetchResponseTopic_v0,
    3: _o_OffsetFetchResponseTopic_v0,
    4: _o_OffsetFetchResponseTopic_v0,
    5: _o_OffsetFetchResponseTopic_v5,
    6: _o_OffsetFetchResponseTopic_v6,
    7: _o_OffsetFetchResponseTopic_v6,
}

OffsetFetchResponsePartitions.DECODERS = {
    8: _d_OffsetFetchResponsePartitions_v8,
    9: _d_OffsetFetchResponsePartitions_v8,
}

OffsetFetchResponsePartitions.ENCODERS = {
    8: _e_OffsetFetchResponsePartitions_v8,
    9: _e_OffsetFetchResponsePartitions_v8,
}

OffsetFetchResponsePartitions.SKIPPERS = {
    8: _s_OffsetFetchResponsePartitions_v8,
    9: _s_OffsetFetchResponsePartitions_v8,
}

OffsetFetchResponsePartitions.SEEKERS = {
    8: _o_OffsetFetchResponsePartitions_v8,
    9: _o_OffsetFetchResponsePartitions_v8,
}

OffsetFetchResponseTopics.DECODERS = {
    8: _d_OffsetFetchResponseTopics_v8,
    9: _d_OffsetFetchResponseTopics_v8,
}

OffsetFetchResponseTopics.ENCODERS = {
    8: _e_OffsetFetchResponseTopics_v8,
    9: _e_OffsetFetchResponseTopics_v8,
}

OffsetFetchResponseTopics.SKIPPERS = {
    8: _s_OffsetFetchResponseTopics_v8,
    9: _s_OffsetFetchResponseTopics_v8,
}

OffsetFetchResponseTopics.SEEKERS = {
    8: _o_OffsetFetchResponseTopics_v8,
    9: _o_OffsetFetchResponseTopics_v8,
}

OffsetFetchResponseGroup.DECODERS = {
    8: _d_OffsetFetchResponseGroup_v8,
    9: _d_OffsetFetchResponseGroup_v8,
}

OffsetFetchResponseGroup.ENCODERS = {
    8: _e_OffsetFetchResponseGroup_v8,
    9: _e_OffsetFetchResponseGroup_v8,
}

OffsetFetchResponseGroup.SKIPPERS = {
    8: _s_OffsetFetchResponseGroup_v8,
    9: _s_OffsetFetchResponseGroup_v8,
}

OffsetFetchResponseGroup.SEEKERS = {
    8: _o_OffsetFetchResponseGroup_v8,
    9: _o_OffsetFetchResponseGroup_v8,
}

OffsetFetchResponse.DECODERS = {
    0: _d_OffsetFetchResponse_v0,
    1: _d_OffsetFetchResponse_v0,
    2: _d_OffsetFetchResponse_v2,
    3: _d_OffsetFetchResponse_v3,
    4: _d_OffsetFetchResponse_v3,
    5: _d_OffsetFetchResponse_v5,
    6: _d_OffsetFetchResponse_v6,
    7: _d_OffsetFetchResponse_v6,
    8: _d_OffsetFetchResponse_v8,
    9: _d_OffsetFetchResponse_v8,
}

OffsetFetchResponse.ENCODERS = {
    0: _e_OffsetFetchResponse_v0,
    1: _e_OffsetFetchResponse_v0,
    2: _e_OffsetFetchResponse_v2,
    3: _e_OffsetFetchResponse_v3,
    4: _e_OffsetFetchResponse_v3,
    5: _e_OffsetFetchResponse_v5,
    6: _e_OffsetFetchResponse_v6,
    7: _e_OffsetFetchResponse_v6,
    8: _e_OffsetFetchResponse_v8,
    9: _e_OffsetFetchResponse_v8,
}

OffsetFetchResponse.SKIPPERS = {
    0: _s_OffsetFetchResponse_v0,
    1: _s_OffsetFetchResponse_v0,
    2: _s_OffsetFetchResponse_v2,
    3: _s_OffsetFetchResponse_v3,
    4: _s_OffsetFetchResponse_v3,
    5: _s_OffsetFetchResponse_v5,
    6: _s_OffsetFetchResponse_v6,
    7: _s_OffsetFetchResponse_v6,
    8: _s_OffsetFetchResponse_v8,
    9: _s_OffsetFetchResponse_v8,
}

OffsetFetchResponse.SEEKERS = {
    0: _o_OffsetFetchResponse_v0,
    1: _o_OffsetFetchResponse_v0,
    2: _o_OffsetFetchResponse_v2,
    3: _o_OffsetFetchResponse_v3,
    4: _o_OffsetFetchResponse_v3,
    5: _o_OffsetFetchResponse_v5,
    6: _o_OffsetFetchResponse_v6,
    7: _o_OffsetFetchResponse_v6,
    8: _o_OffsetFetchResponse_v8,
    9: _o_OffsetFetchResponse_v8,
}
