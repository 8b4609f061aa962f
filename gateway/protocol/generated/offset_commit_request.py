"""OffsetCommitRequest: generated from specs/OffsetCommitRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>iqq')
_P2 = Struct('>i')
_P3 = Struct('>q')
_P4 = Struct('>iqi')


class OffsetCommitRequestPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetCommitRequestTopic.Partitions."""

    PartitionIndex: int = MISSING
    CommittedOffset: int = MISSING
    CommittedLeaderEpoch: int = -1
    CommitTimestamp: int = -1
    CommittedMetadata: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetCommitRequestTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetCommitRequest.Topics."""

    Name: str = MISSING
    Partitions: list[OffsetCommitRequestPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetCommitRequest(Message, kw_only=True, gc=False):
    """OffsetCommitRequest (API key 8), v0-v9; from specs/OffsetCommitRequest.json."""

    API_KEY = 8
    KIND = 'request'
    VALID_VERSIONS = (0, 9)
    FLEXIBLE_FROM = 8
    LATEST_VERSION_UNSTABLE = False

    GroupId: str = MISSING
    GenerationIdOrMemberEpoch: int = -1
    MemberId: str = MISSING
    GroupInstanceId: str | None = None
    RetentionTimeMs: int = -1
    Topics: list[OffsetCommitRequestTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_OffsetCommitRequestPartition_v0(buf: Buffer, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_PartitionIndex, v_CommittedOffset = _P0.unpack_from(buf, pos)
    pos += 12
    v_CommittedMetadata, pos = nstr_k(buf, pos)
    return OffsetCommitRequestPartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedMetadata=v_CommittedMetadata,
    ), pos


def _e_OffsetCommitRequestPartition_v0(out: bytearray, m: OffsetCommitRequestPartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.CommittedOffset)
    if non_default(m.CommitTimestamp, -1):
        raise EncodeError('CommitTimestamp')
    w_nstr_k(out, m.CommittedMetadata)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequestPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    pos = skip_k16(buf, pos)
    return pos


def _o_OffsetCommitRequestPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedMetadata':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_OffsetCommitRequestTopic_v0(buf: Buffer, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetCommitRequestPartition_v0, buf, pos)
    return OffsetCommitRequestTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetCommitRequestTopic_v0(out: bytearray, m: OffsetCommitRequestTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetCommitRequestPartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequestTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestPartition_v0(buf, pos)
    return pos


def _o_OffsetCommitRequestTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestPartition_v0(buf, pos)
    return pos


def _d_OffsetCommitRequest_v0(buf: Buffer, pos: int) -> tuple[OffsetCommitRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_Topics, pos = arr_k(_d_OffsetCommitRequestTopic_v0, buf, pos)
    return OffsetCommitRequest(
        GroupId=v_GroupId,
        MemberId="",
        Topics=v_Topics,
    ), pos


def _e_OffsetCommitRequest_v0(out: bytearray, m: OffsetCommitRequest) -> None:
    w_str_k(out, m.GroupId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitRequestTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v0(buf, pos)
    return pos


def _o_OffsetCommitRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v0(buf, pos)
    return pos


def _d_OffsetCommitRequestPartition_v1(buf: Buffer, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_PartitionIndex, v_CommittedOffset, v_CommitTimestamp = _P1.unpack_from(buf, pos)
    pos += 20
    v_CommittedMetadata, pos = nstr_k(buf, pos)
    return OffsetCommitRequestPartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommitTimestamp=v_CommitTimestamp,
        CommittedMetadata=v_CommittedMetadata,
    ), pos


def _e_OffsetCommitRequestPartition_v1(out: bytearray, m: OffsetCommitRequestPartition) -> None:
    out += _P1.pack(m.PartitionIndex, m.CommittedOffset, m.CommitTimestamp)
    w_nstr_k(out, m.CommittedMetadata)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequestPartition_v1(buf: Buffer, pos: int) -> int:
    pos += 20
    pos = skip_k16(buf, pos)
    return pos


def _o_OffsetCommitRequestPartition_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommitTimestamp':
        return pos
    pos += 8
    if stop == 'CommittedMetadata':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_OffsetCommitRequestTopic_v1(buf: Buffer, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetCommitRequestPartition_v1, buf, pos)
    return OffsetCommitRequestTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetCommitRequestTopic_v1(out: bytearray, m: OffsetCommitRequestTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetCommitRequestPartition_v1(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequestTopic_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestPartition_v1(buf, pos)
    return pos


def _o_OffsetCommitRequestTopic_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestPartition_v1(buf, pos)
    return pos


def _d_OffsetCommitRequest_v1(buf: Buffer, pos: int) -> tuple[OffsetCommitRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationIdOrMemberEpoch,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    v_Topics, pos = arr_k(_d_OffsetCommitRequestTopic_v1, buf, pos)
    return OffsetCommitRequest(
        GroupId=v_GroupId,
        GenerationIdOrMemberEpoch=v_GenerationIdOrMemberEpoch,
        MemberId=v_MemberId,
        Topics=v_Topics,
    ), pos


def _e_OffsetCommitRequest_v1(out: bytearray, m: OffsetCommitRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P2.pack(m.GenerationIdOrMemberEpoch)
    w_str_k(out, m.MemberId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitRequestTopic_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequest_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v1(buf, pos)
    return pos


def _o_OffsetCommitRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationIdOrMemberEpoch':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v1(buf, pos)
    return pos


def _d_OffsetCommitRequest_v2(buf: Buffer, pos: int) -> tuple[OffsetCommitRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationIdOrMemberEpoch,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    (v_RetentionTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 8
    v_Topics, pos = arr_k(_d_OffsetCommitRequestTopic_v0, buf, pos)
    return OffsetCommitRequest(
        GroupId=v_GroupId,
        GenerationIdOrMemberEpoch=v_GenerationIdOrMemberEpoch,
        MemberId=v_MemberId,
        RetentionTimeMs=v_RetentionTimeMs,
        Topics=v_Topics,
    ), pos


def _e_OffsetCommitRequest_v2(out: bytearray, m: OffsetCommitRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P2.pack(m.GenerationIdOrMemberEpoch)
    w_str_k(out, m.MemberId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    out += _P3.pack(m.RetentionTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitRequestTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequest_v2(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v0(buf, pos)
    return pos


def _o_OffsetCommitRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationIdOrMemberEpoch':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'RetentionTimeMs':
        return pos
    pos += 8
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v0(buf, pos)
    return pos


def _d_OffsetCommitRequest_v5(buf: Buffer, pos: int) -> tuple[OffsetCommitRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationIdOrMemberEpoch,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    v_Topics, pos = arr_k(_d_OffsetCommitRequestTopic_v0, buf, pos)
    return OffsetCommitRequest(
        GroupId=v_GroupId,
        GenerationIdOrMemberEpoch=v_GenerationIdOrMemberEpoch,
        MemberId=v_MemberId,
        Topics=v_Topics,
    ), pos


def _e_OffsetCommitRequest_v5(out: bytearray, m: OffsetCommitRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P2.pack(m.GenerationIdOrMemberEpoch)
    w_str_k(out, m.MemberId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitRequestTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequest_v5(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v0(buf, pos)
    return pos


def _o_OffsetCommitRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationIdOrMemberEpoch':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v0(buf, pos)
    return pos


def _d_OffsetCommitRequestPartition_v6(buf: Buffer, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_PartitionIndex, v_CommittedOffset, v_CommittedLeaderEpoch = _P4.unpack_from(buf, pos)
    pos += 16
    v_CommittedMetadata, pos = nstr_k(buf, pos)
    return OffsetCommitRequestPartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedLeaderEpoch=v_CommittedLeaderEpoch,
        CommittedMetadata=v_CommittedMetadata,
    ), pos


def _e_OffsetCommitRequestPartition_v6(out: bytearray, m: OffsetCommitRequestPartition) -> None:
    out += _P4.pack(m.PartitionIndex, m.CommittedOffset, m.CommittedLeaderEpoch)
    if non_default(m.CommitTimestamp, -1):
        raise EncodeError('CommitTimestamp')
    w_nstr_k(out, m.CommittedMetadata)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequestPartition_v6(buf: Buffer, pos: int) -> int:
    pos += 16
    pos = skip_k16(buf, pos)
    return pos


def _o_OffsetCommitRequestPartition_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedLeaderEpoch':
        return pos
    pos += 4
    if stop == 'CommittedMetadata':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_OffsetCommitRequestTopic_v6(buf: Buffer, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetCommitRequestPartition_v6, buf, pos)
    return OffsetCommitRequestTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetCommitRequestTopic_v6(out: bytearray, m: OffsetCommitRequestTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetCommitRequestPartition_v6(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequestTopic_v6(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestPartition_v6(buf, pos)
    return pos


def _o_OffsetCommitRequestTopic_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestPartition_v6(buf, pos)
    return pos


def _d_OffsetCommitRequest_v6(buf: Buffer, pos: int) -> tuple[OffsetCommitRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationIdOrMemberEpoch,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    v_Topics, pos = arr_k(_d_OffsetCommitRequestTopic_v6, buf, pos)
    return OffsetCommitRequest(
        GroupId=v_GroupId,
        GenerationIdOrMemberEpoch=v_GenerationIdOrMemberEpoch,
        MemberId=v_MemberId,
        Topics=v_Topics,
    ), pos


def _e_OffsetCommitRequest_v6(out: bytearray, m: OffsetCommitRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P2.pack(m.GenerationIdOrMemberEpoch)
    w_str_k(out, m.MemberId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitRequestTopic_v6(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequest_v6(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v6(buf, pos)
    return pos


def _o_OffsetCommitRequest_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationIdOrMemberEpoch':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v6(buf, pos)
    return pos


def _d_OffsetCommitRequest_v7(buf: Buffer, pos: int) -> tuple[OffsetCommitRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationIdOrMemberEpoch,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    v_GroupInstanceId, pos = nstr_k(buf, pos)
    v_Topics, pos = arr_k(_d_OffsetCommitRequestTopic_v6, buf, pos)
    return OffsetCommitRequest(
        GroupId=v_GroupId,
        GenerationIdOrMemberEpoch=v_GenerationIdOrMemberEpoch,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        Topics=v_Topics,
    ), pos


def _e_OffsetCommitRequest_v7(out: bytearray, m: OffsetCommitRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P2.pack(m.GenerationIdOrMemberEpoch)
    w_str_k(out, m.MemberId)
    w_nstr_k(out, m.GroupInstanceId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitRequestTopic_v6(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitRequest_v7(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v6(buf, pos)
    return pos


def _o_OffsetCommitRequest_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationIdOrMemberEpoch':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v6(buf, pos)
    return pos


def _d_OffsetCommitRequestPartition_v8(buf: Buffer, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_PartitionIndex, v_CommittedOffset, v_CommittedLeaderEpoch = _P4.unpack_from(buf, pos)
    pos += 16
    v_CommittedMetadata, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetCommitRequestPartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedLeaderEpoch=v_CommittedLeaderEpoch,
        CommittedMetadata=v_CommittedMetadata,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetCommitRequestPartition_v8(out: bytearray, m: OffsetCommitRequestPartition) -> None:
    out += _P4.pack(m.PartitionIndex, m.CommittedOffset, m.CommittedLeaderEpoch)
    if non_default(m.CommitTimestamp, -1):
        raise EncodeError('CommitTimestamp')
    w_nstr_c(out, m.CommittedMetadata)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetCommitRequestPartition_v8(buf: Buffer, pos: int) -> int:
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetCommitRequestPartition_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedLeaderEpoch':
        return pos
    pos += 4
    if stop == 'CommittedMetadata':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_OffsetCommitRequestTopic_v8(buf: Buffer, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_OffsetCommitRequestPartition_v8, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetCommitRequestTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetCommitRequestTopic_v8(out: bytearray, m: OffsetCommitRequestTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetCommitRequestPartition_v8(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetCommitRequestTopic_v8(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestPartition_v8(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetCommitRequestTopic_v8(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_OffsetCommitRequestPartition_v8(buf, pos)
    return pos


def _d_OffsetCommitRequest_v8(buf: Buffer, pos: int) -> tuple[OffsetCommitRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    (v_GenerationIdOrMemberEpoch,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_Topics, pos = arr_c(_d_OffsetCommitRequestTopic_v8, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetCommitRequest(
        GroupId=v_GroupId,
        GenerationIdOrMemberEpoch=v_GenerationIdOrMemberEpoch,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetCommitRequest_v8(out: bytearray, m: OffsetCommitRequest) -> None:
    w_str_c(out, m.GroupId)
    out += _P2.pack(m.GenerationIdOrMemberEpoch)
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitRequestTopic_v8(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetCommitRequest_v8(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitRequestTopic_v8(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetCommitRequest_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GenerationIdOrMemberEpoch':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupInstanceId':
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
        pos = _s_OffsetCommitRequestTopic_v8(buf, pos)
    return pos


OffsetCommitRequestPartition.INFO = StructInfo('OffsetCommitRequestPartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 9)),
    FieldInfo('CommittedOffset', 'int64', (0, 9)),
    FieldInfo('CommittedLeaderEpoch', 'int32', (6, 9), default=-1, ignorable=True),
    FieldInfo('CommitTimestamp', 'int64', (1, 1), default=-1),
    FieldInfo('CommittedMetadata', 'string', (0, 9), nullable=(0, 9)),
), (8, 9))

OffsetCommitRequestTopic.INFO = StructInfo('OffsetCommitRequestTopic', (
    FieldInfo('Name', 'string', (0, 9)),
    FieldInfo('Partitions', '[]struct', (0, 9), struct=OffsetCommitRequestPartition),
), (8, 9))

OffsetCommitRequest.INFO = StructInfo('OffsetCommitRequest', (
    FieldInfo('GroupId', 'string', (0, 9)),
    FieldInfo('GenerationIdOrMemberEpoch', 'int32', (1, 9), default=-1, ignorable=True),
    FieldInfo('MemberId', 'string', (1, 9), ignorable=True),
    FieldInfo('GroupInstanceId', 'string', (7, 9), nullable=(7, 9), default=None),
    FieldInfo('RetentionTimeMs', 'int64', (2, 4), default=-1, ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 9), struct=OffsetCommitRequestTopic),
), (8, 9))

OffsetCommitRequestPartition.DECODERS = {
    0: _d_OffsetCommitRequestPartition_v0,
    1: _d_OffsetCommitRequestPartition_v1,
    2: _d_OffsetCommitRequestPartition_v0,
    3: _d_OffsetCommitRequestPartition_v0,
    4: _d_OffsetCommitRequestPartition_v0,
    5: _d_OffsetCommitRequestPartition_v0,
    6: _d_OffsetCommitRequestPartition_v6,
    7: _d_OffsetCommitRequestPartition_v6,
    8: _d_OffsetCommitRequestPartition_v8,
    9: _d_OffsetCommitRequestPartition_v8,
}

OffsetCommitRequestPartition.ENCODERS = {
    0: _e_OffsetCommitRequestPartition_v0,
    1: _e_OffsetCommitRequestPartition_v1,
    2: _e_OffsetCommitRequestPartition_v0,
    3: _e_OffsetCommitRequestPartition_v0,
    4: _e_OffsetCommitRequestPartition_v0,
    5: _e_OffsetCommitRequestPartition_v0,
    6: _e_OffsetCommitRequestPartition_v6,
    7: _e_OffsetCommitRequestPartition_v6,
    8: _e_OffsetCommitRequestPartition_v8,
    9: _e_OffsetCommitRequestPartition_v8,
}

OffsetCommitRequestPartition.SKIPPERS = {
    0: _s_OffsetCommitRequestPartition_v0,
    1: _s_OffsetCommitRequestPartition_v1,
    2: _s_OffsetCommitRequestPartition_v0,
    3: _s_OffsetCommitRequestPartition_v0,
    4: _s_OffsetCommitRequestPartition_v0,
    5: _s_OffsetCommitRequestPartition_v0,
    6: _s_OffsetCommitRequestPartition_v6,
    7: _s_OffsetCommitRequestPartition_v6,
    8: _s_OffsetCommitRequestPartition_v8,
    9: _s_OffsetCommitRequestPartition_v8,
}

OffsetCommitRequestPartition.SEEKERS = {
    0: _o_OffsetCommitRequestPartition_v0,
    1: _o_OffsetCommitRequestPartition_v1,
    2: _o_OffsetCommitRequestPartition_v0,
    3: _o_OffsetCommitRequestPartition_v0,
    4: _o_OffsetCommitRequestPartition_v0,
    5: _o_OffsetCommitRequestPartition_v0,
    6: _o_OffsetCommitRequestPartition_v6,
    7: _o_OffsetCommitRequestPartition_v6,
    8: _o_OffsetCommitRequestPartition_v8,
    9: _o_OffsetCommitRequestPartition_v8,
}

OffsetCommitRequestTopic.DECODERS = {
    0: _d_OffsetCommitRequestTopic_v0,
    1: _d_OffsetCommitRequestTopic_v1,
    2: _d_OffsetCommitRequestTopic_v0,
    3: _d_OffsetCommitRequestTopic_v0,
    4: _d_OffsetCommitRequestTopic_v0,
    5: _d_OffsetCommitRequestTopic_v0,
    6: _d_OffsetCommitRequestTopic_v6,
    7: _d_OffsetCommitRequestTopic_v6,
    8: _d_OffsetCommitRequestTopic_v8,
    9: _d_OffsetCommitRequestTopic_v8,
}

OffsetCommitRequestTopic.ENCODERS = {
    0: _e_OffsetCommitRequestTopic_v0,
    1: _e_OffsetCommitRequestTopic_v1,
    2: _e_OffsetCommitRequestTopic_v0,
    3: _e_OffsetCommitRequestTopic_v0,
    4: _e_OffsetCommitRequestTopic_v0,
    5: _e_OffsetCommitRequestTopic_v0,
    6: _e_OffsetCommitRequestTopic_v6,
    7: _e_OffsetCommitRequestTopic_v6,
    8: _e_OffsetCommitRequestTopic_v8,
    9: _e_OffsetCommitRequestTopic_v8,
}

OffsetCommitRequestTopic.SKIPPERS = {
    0: _s_OffsetCommitRequestTopic_v0,
    1: _s_OffsetCommitRequestTopic_v1,
    2: _s_OffsetCommitRequestTopic_v0,
    3: _s_OffsetCommitRequestTopic_v0,
    4: _s_OffsetCommitRequestTopic_v0,
    5: _s_OffsetCommitRequestTopic_v0,
    6: _s_OffsetCommitRequestTopic_v6,
    7: _s_OffsetCommitRequestTopic_v6,
    8: _s_OffsetCommitRequestTopic_v8,
    9: _s_OffsetCommitRequestTopic_v8,
}

OffsetCommitRequestTopic.SEEKERS = {
    0: _o_OffsetCommitRequestTopic_v0,
    1: _o_OffsetCommitRequestTopic_v1,
    2: _o_OffsetCommitRequestTopic_v0,
    3: _o_OffsetCommitRequestTopic_v0,
    4: _o_OffsetCommitRequestTopic_v0,
    5: _o_OffsetCommitRequestTopic_v0,
    6: _o_OffsetCommitRequestTopic_v6,
    7: _o_OffsetCommitRequestTopic_v6,
    8: _o_OffsetCommitRequestTopic_v8,
    9: _o_OffsetCommitRequestTopic_v8,
}

OffsetCommitRequest.DECODERS = {
    0: _d_OffsetCommitRequest_v0,
    1: _d_OffsetCommitRequest_v1,
    2: _d_OffsetCommitRequest_v2,
    3: _d_OffsetCommitRequest_v2,
    4: _d_OffsetCommitRequest_v2,
    5: _d_OffsetCommitRequest_v5,
    6: _d_OffsetCommitRequest_v6,
    7: _d_OffsetCommitRequest_v7,
    8: _d_OffsetCommitRequest_v8,
    9: _d_OffsetCommitRequest_v8,
}

OffsetCommitRequest.ENCODERS = {
    0: _e_OffsetCommitRequest_v0,
    1: _e_OffsetCommitRequest_v1,
    2: _e_OffsetCommitRequest_v2,
    3: _e_OffsetCommitRequest_v2,
    4: _e_OffsetCommitRequest_v2,
    5: _e_OffsetCommitRequest_v5,
    6: _e_OffsetCommitRequest_v6,
    7: _e_OffsetCommitRequest_v7,
    8: _e_OffsetCommitRequest_v8,
    9: _e_OffsetCommitRequest_v8,
}

OffsetCommitRequest.SKIPPERS = {
    0: _s_OffsetCommitRequest_v0,
    1: _s_OffsetCommitRequest_v1,
    2: _s_OffsetCommitRequest_v2,
    3: _s_OffsetCommitRequest_v2,
    4: _s_OffsetCommitRequest_v2,
    5: _s_OffsetCommitRequest_v5,
    6: _s_OffsetCommitRequest_v6,
    7: _s_OffsetCommitRequest_v7,
    8: _s_OffsetCommitRequest_v8,
    9: _s_OffsetCommitRequest_v8,
}

OffsetCommitRequest.SEEKERS = {
    0: _o_OffsetCommitRequest_v0,
    1: _o_OffsetCommitRequest_v1,
    2: _o_OffsetCommitRequest_v2,
    3: _o_OffsetCommitRequest_v2,
    4: _o_OffsetCommitRequest_v2,
    5: _o_OffsetCommitRequest_v5,
    6: _o_OffsetCommitRequest_v6,
    7: _o_OffsetCommitRequest_v7,
    8: _o_OffsetCommitRequest_v8,
    9: _o_OffsetCommitRequest_v8,
}
