"""DescribeTopicPartitionsResponse: generated from specs/DescribeTopicPartitionsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    array_formats,
    count_c,
    farr_c,
    nfarr_c,
    nstr_c,
    read_marker,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_farr_c,
    w_nfarr_c,
    w_nstr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>hiii')
_P1 = Struct('>h')
_P2 = Struct('>16s?')
_P3 = Struct('>i')
_P4 = Struct('>?')
_A_int32 = array_formats('i')


class DescribeTopicPartitionsResponsePartition(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeTopicPartitionsResponseTopic.Partitions."""

    ErrorCode: int = MISSING
    PartitionIndex: int = MISSING
    LeaderId: int = MISSING
    LeaderEpoch: int = -1
    ReplicaNodes: list[int] = MISSING
    IsrNodes: list[int] = MISSING
    EligibleLeaderReplicas: list[int] | None = None
    LastKnownElr: list[int] | None = None
    OfflineReplicas: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeTopicPartitionsResponseTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeTopicPartitionsResponse.Topics."""

    ErrorCode: int = MISSING
    Name: str | None = MISSING
    TopicId: bytes = MISSING
    IsInternal: bool = False
    Partitions: list[DescribeTopicPartitionsResponsePartition] = MISSING
    TopicAuthorizedOperations: int = -2147483648
    unknown_tags: dict[int, Buffer] | None = None


class Cursor(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeTopicPartitionsResponse.NextCursor."""

    TopicName: str = MISSING
    PartitionIndex: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeTopicPartitionsResponse(Message, kw_only=True, gc=False):
    """DescribeTopicPartitionsResponse (API key 75), v0-v0; from specs/DescribeTopicPartitionsResponse.json."""

    API_KEY = 75
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[DescribeTopicPartitionsResponseTopic] = MISSING
    NextCursor: Cursor | None = None
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeTopicPartitionsResponsePartition_v0(buf: Buffer, pos: int) -> tuple[DescribeTopicPartitionsResponsePartition, int]:
    v_ErrorCode, v_PartitionIndex, v_LeaderId, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 14
    n = buf[pos]
    if 1 < n <= 65:
        v_ReplicaNodes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_ReplicaNodes = []
        pos += 1
    else:
        v_ReplicaNodes, pos = farr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_IsrNodes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_IsrNodes = []
        pos += 1
    else:
        v_IsrNodes, pos = farr_c(buf, pos, 'i', 4)
    v_EligibleLeaderReplicas, pos = nfarr_c(buf, pos, 'i', 4)
    v_LastKnownElr, pos = nfarr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_OfflineReplicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_OfflineReplicas = []
        pos += 1
    else:
        v_OfflineReplicas, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeTopicPartitionsResponsePartition(
        ErrorCode=v_ErrorCode,
        PartitionIndex=v_PartitionIndex,
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        ReplicaNodes=v_ReplicaNodes,
        IsrNodes=v_IsrNodes,
        EligibleLeaderReplicas=v_EligibleLeaderReplicas,
        LastKnownElr=v_LastKnownElr,
        OfflineReplicas=v_OfflineReplicas,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeTopicPartitionsResponsePartition_v0(out: bytearray, m: DescribeTopicPartitionsResponsePartition) -> None:
    out += _P0.pack(m.ErrorCode, m.PartitionIndex, m.LeaderId, m.LeaderEpoch)
    a_ReplicaNodes = m.ReplicaNodes
    n = len(a_ReplicaNodes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_ReplicaNodes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_ReplicaNodes, 'i')
    a_IsrNodes = m.IsrNodes
    n = len(a_IsrNodes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_IsrNodes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_IsrNodes, 'i')
    w_nfarr_c(out, m.EligibleLeaderReplicas, 'i')
    w_nfarr_c(out, m.LastKnownElr, 'i')
    a_OfflineReplicas = m.OfflineReplicas
    n = len(a_OfflineReplicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_OfflineReplicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_OfflineReplicas, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeTopicPartitionsResponsePartition_v0(buf: Buffer, pos: int) -> int:
    pos += 14
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeTopicPartitionsResponsePartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'ReplicaNodes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'IsrNodes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'EligibleLeaderReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'LastKnownElr':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'OfflineReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_DescribeTopicPartitionsResponseTopic_v0(buf: Buffer, pos: int) -> tuple[DescribeTopicPartitionsResponseTopic, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = nstr_c(buf, pos)
    v_TopicId, v_IsInternal = _P2.unpack_from(buf, pos)
    pos += 17
    v_Partitions, pos = arr_c(_d_DescribeTopicPartitionsResponsePartition_v0, buf, pos)
    (v_TopicAuthorizedOperations,) = _P3.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeTopicPartitionsResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=v_TopicId,
        IsInternal=v_IsInternal,
        Partitions=v_Partitions,
        TopicAuthorizedOperations=v_TopicAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeTopicPartitionsResponseTopic_v0(out: bytearray, m: DescribeTopicPartitionsResponseTopic) -> None:
    out += _P1.pack(m.ErrorCode)
    w_nstr_c(out, m.Name)
    w_uuid(out, m.TopicId)
    out += _P4.pack(m.IsInternal)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_DescribeTopicPartitionsResponsePartition_v0(out, e_Partitions)
    out += _P3.pack(m.TopicAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeTopicPartitionsResponseTopic_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 17
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeTopicPartitionsResponsePartition_v0(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeTopicPartitionsResponseTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'IsInternal':
        return pos
    pos += 1
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeTopicPartitionsResponsePartition_v0(buf, pos)
    if stop == 'TopicAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_Cursor_v0(buf: Buffer, pos: int) -> tuple[Cursor, int]:
    v_TopicName, pos = str_c(buf, pos)
    (v_PartitionIndex,) = _P3.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Cursor(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Cursor_v0(out: bytearray, m: Cursor) -> None:
    w_str_c(out, m.TopicName)
    out += _P3.pack(m.PartitionIndex)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Cursor_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Cursor_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    return pos


def _d_DescribeTopicPartitionsResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeTopicPartitionsResponse, int]:
    (v_ThrottleTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_DescribeTopicPartitionsResponseTopic_v0, buf, pos)
    v_NextCursor: Any = None
    present, pos = read_marker(buf, pos)
    if present:
        v_NextCursor, pos = _d_Cursor_v0(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeTopicPartitionsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
        NextCursor=v_NextCursor,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeTopicPartitionsResponse_v0(out: bytearray, m: DescribeTopicPartitionsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DescribeTopicPartitionsResponseTopic_v0(out, e_Topics)
    s_NextCursor = m.NextCursor
    if s_NextCursor is None:
        out += b"\xff"
    else:
        out += b"\x01"
        _e_Cursor_v0(out, s_NextCursor)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeTopicPartitionsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeTopicPartitionsResponseTopic_v0(buf, pos)
    if buf[pos] < 0x80:
        pos = _s_Cursor_v0(buf, pos + 1)
    else:
        pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeTopicPartitionsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeTopicPartitionsResponseTopic_v0(buf, pos)
    if stop == 'NextCursor':
        return pos
    if buf[pos] < 0x80:
        pos = _s_Cursor_v0(buf, pos + 1)
    else:
        pos += 1
    return pos


DescribeTopicPartitionsResponsePartition.INFO = StructInfo('DescribeTopicPartitionsResponsePartition', (
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('LeaderId', 'int32', (0, 0)),
    FieldInfo('LeaderEpoch', 'int32', (0, 0), default=-1, ignorable=True),
    FieldInfo('ReplicaNodes', '[]int32', (0, 0)),
    FieldInfo('IsrNodes', '[]int32', (0, 0)),
    FieldInfo('EligibleLeaderReplicas', '[]int32', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('LastKnownElr', '[]int32', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('OfflineReplicas', '[]int32', (0, 0), ignorable=True),
), (0, 0))

DescribeTopicPartitionsResponseTopic.INFO = StructInfo('DescribeTopicPartitionsResponseTopic', (
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('Name', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('TopicId', 'uuid', (0, 0), ignorable=True),
    FieldInfo('IsInternal', 'bool', (0, 0), default=False, ignorable=True),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=DescribeTopicPartitionsResponsePartition),
    FieldInfo('TopicAuthorizedOperations', 'int32', (0, 0), default=-2147483648),
), (0, 0))

Cursor.INFO = StructInfo('Cursor', (
    FieldInfo('TopicName', 'string', (0, 0)),
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
), (0, 0))

DescribeTopicPartitionsResponse.INFO = StructInfo('DescribeTopicPartitionsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0), ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 0), struct=DescribeTopicPartitionsResponseTopic),
    FieldInfo('NextCursor', 'struct', (0, 0), nullable=(0, 0), default=None, struct=Cursor),
), (0, 0))

DescribeTopicPartitionsResponsePartition.DECODERS = {
    0: _d_DescribeTopicPartitionsResponsePartition_v0,
}

DescribeTopicPartitionsResponsePartition.ENCODERS = {
    0: _e_DescribeTopicPartitionsResponsePartition_v0,
}

DescribeTopicPartitionsResponsePartition.SKIPPERS = {
    0: _s_DescribeTopicPartitionsResponsePartition_v0,
}

DescribeTopicPartitionsResponsePartition.SEEKERS = {
    0: _o_DescribeTopicPartitionsResponsePartition_v0,
}

DescribeTopicPartitionsResponseTopic.DECODERS = {
    0: _d_DescribeTopicPartitionsResponseTopic_v0,
}

DescribeTopicPartitionsResponseTopic.ENCODERS = {
    0: _e_DescribeTopicPartitionsResponseTopic_v0,
}

DescribeTopicPartitionsResponseTopic.SKIPPERS = {
    0: _s_DescribeTopicPartitionsResponseTopic_v0,
}

DescribeTopicPartitionsResponseTopic.SEEKERS = {
    0: _o_DescribeTopicPartitionsResponseTopic_v0,
}

Cursor.DECODERS = {
    0: _d_Cursor_v0,
}

Cursor.ENCODERS = {
    0: _e_Cursor_v0,
}

Cursor.SKIPPERS = {
    0: _s_Cursor_v0,
}

Cursor.SEEKERS = {
    0: _o_Cursor_v0,
}

DescribeTopicPartitionsResponse.DECODERS = {
    0: _d_DescribeTopicPartitionsResponse_v0,
}

DescribeTopicPartitionsResponse.ENCODERS = {
    0: _e_DescribeTopicPartitionsResponse_v0,
}

DescribeTopicPartitionsResponse.SKIPPERS = {
    0: _s_DescribeTopicPartitionsResponse_v0,
}

DescribeTopicPartitionsResponse.SEEKERS = {
    0: _o_DescribeTopicPartitionsResponse_v0,
}
