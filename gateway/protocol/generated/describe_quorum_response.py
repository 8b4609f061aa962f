"""DescribeQuorumResponse: generated from specs/DescribeQuorumResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    count_c,
    non_default,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_nstr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>iq')
_P1 = Struct('>i')
_P2 = Struct('>q')
_P3 = Struct('>ihiiq')
_P4 = Struct('>h')
_P5 = Struct('>iqqq')
_P6 = Struct('>qqq')
_P7 = Struct('>i16sqqq')
_P8 = Struct('>ih')
_P9 = Struct('>iiq')
_P10 = Struct('>H')


class ReplicaState(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionData.CurrentVoters."""

    ReplicaId: int = MISSING
    ReplicaDirectoryId: bytes = MISSING
    LogEndOffset: int = MISSING
    LastFetchTimestamp: int = -1
    LastCaughtUpTimestamp: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicData.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    LeaderId: int = MISSING
    LeaderEpoch: int = MISSING
    HighWatermark: int = MISSING
    CurrentVoters: list[ReplicaState] = MISSING
    Observers: list[ReplicaState] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeQuorumResponse.Topics."""

    TopicName: str = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class Listener(KafkaStruct, kw_only=True, gc=False):
    """An element of Node.Listeners."""

    Name: str = MISSING
    Host: str = MISSING
    Port: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class Node(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeQuorumResponse.Nodes."""

    NodeId: int = MISSING
    Listeners: list[Listener] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeQuorumResponse(Message, kw_only=True, gc=False):
    """DescribeQuorumResponse (API key 55), v0-v2; from specs/DescribeQuorumResponse.json."""

    API_KEY = 55
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    Topics: list[TopicData] = MISSING
    Nodes: list[Node] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ReplicaState_v0(buf: Buffer, pos: int) -> tuple[ReplicaState, int]:
    v_ReplicaId, v_LogEndOffset = _P0.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReplicaState(
        ReplicaId=v_ReplicaId,
        ReplicaDirectoryId=bytes(16),
        LogEndOffset=v_LogEndOffset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReplicaState_v0(out: bytearray, m: ReplicaState) -> None:
    out += _P1.pack(m.ReplicaId)
    if non_default(m.ReplicaDirectoryId, bytes(16)):
        raise EncodeError('ReplicaDirectoryId')
    out += _P2.pack(m.LogEndOffset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReplicaState_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReplicaState_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'LogEndOffset':
        return pos
    pos += 8
    return pos


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_LeaderId, v_LeaderEpoch, v_HighWatermark = _P3.unpack_from(buf, pos)
    pos += 22
    v_CurrentVoters, pos = arr_c(_d_ReplicaState_v0, buf, pos)
    v_Observers, pos = arr_c(_d_ReplicaState_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        ErrorMessage="",
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        HighWatermark=v_HighWatermark,
        CurrentVoters=v_CurrentVoters,
        Observers=v_Observers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P3.pack(m.PartitionIndex, m.ErrorCode, m.LeaderId, m.LeaderEpoch, m.HighWatermark)
    a_CurrentVoters = m.CurrentVoters
    w_alen_c(out, len(a_CurrentVoters))
    for e_CurrentVoters in a_CurrentVoters:
        _e_ReplicaState_v0(out, e_CurrentVoters)
    a_Observers = m.Observers
    w_alen_c(out, len(a_Observers))
    for e_Observers in a_Observers:
        _e_ReplicaState_v0(out, e_Observers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 22
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'HighWatermark':
        return pos
    pos += 8
    if stop == 'CurrentVoters':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v0(buf, pos)
    if stop == 'Observers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v0(buf, pos)
    return pos


def _d_TopicData_v0(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v0(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
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
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_DescribeQuorumResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeQuorumResponse, int]:
    (v_ErrorCode,) = _P4.unpack_from(buf, pos)
    pos += 2
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeQuorumResponse(
        ErrorCode=v_ErrorCode,
        ErrorMessage="",
        Topics=v_Topics,
        Nodes=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeQuorumResponse_v0(out: bytearray, m: DescribeQuorumResponse) -> None:
    out += _P4.pack(m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    if non_default(m.Nodes, []):
        raise EncodeError('Nodes')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeQuorumResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeQuorumResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _d_ReplicaState_v1(buf: Buffer, pos: int) -> tuple[ReplicaState, int]:
    v_ReplicaId, v_LogEndOffset, v_LastFetchTimestamp, v_LastCaughtUpTimestamp = _P5.unpack_from(buf, pos)
    pos += 28
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReplicaState(
        ReplicaId=v_ReplicaId,
        ReplicaDirectoryId=bytes(16),
        LogEndOffset=v_LogEndOffset,
        LastFetchTimestamp=v_LastFetchTimestamp,
        LastCaughtUpTimestamp=v_LastCaughtUpTimestamp,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReplicaState_v1(out: bytearray, m: ReplicaState) -> None:
    out += _P1.pack(m.ReplicaId)
    if non_default(m.ReplicaDirectoryId, bytes(16)):
        raise EncodeError('ReplicaDirectoryId')
    out += _P6.pack(m.LogEndOffset, m.LastFetchTimestamp, m.LastCaughtUpTimestamp)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReplicaState_v1(buf: Buffer, pos: int) -> int:
    pos += 28
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReplicaState_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'LogEndOffset':
        return pos
    pos += 8
    if stop == 'LastFetchTimestamp':
        return pos
    pos += 8
    if stop == 'LastCaughtUpTimestamp':
        return pos
    pos += 8
    return pos


def _d_PartitionData_v1(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_LeaderId, v_LeaderEpoch, v_HighWatermark = _P3.unpack_from(buf, pos)
    pos += 22
    v_CurrentVoters, pos = arr_c(_d_ReplicaState_v1, buf, pos)
    v_Observers, pos = arr_c(_d_ReplicaState_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        ErrorMessage="",
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        HighWatermark=v_HighWatermark,
        CurrentVoters=v_CurrentVoters,
        Observers=v_Observers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v1(out: bytearray, m: PartitionData) -> None:
    out += _P3.pack(m.PartitionIndex, m.ErrorCode, m.LeaderId, m.LeaderEpoch, m.HighWatermark)
    a_CurrentVoters = m.CurrentVoters
    w_alen_c(out, len(a_CurrentVoters))
    for e_CurrentVoters in a_CurrentVoters:
        _e_ReplicaState_v1(out, e_CurrentVoters)
    a_Observers = m.Observers
    w_alen_c(out, len(a_Observers))
    for e_Observers in a_Observers:
        _e_ReplicaState_v1(out, e_Observers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v1(buf: Buffer, pos: int) -> int:
    pos += 22
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v1(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'HighWatermark':
        return pos
    pos += 8
    if stop == 'CurrentVoters':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v1(buf, pos)
    if stop == 'Observers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v1(buf, pos)
    return pos


def _d_TopicData_v1(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v1(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v1(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
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
        pos = _s_PartitionData_v1(buf, pos)
    return pos


def _d_DescribeQuorumResponse_v1(buf: Buffer, pos: int) -> tuple[DescribeQuorumResponse, int]:
    (v_ErrorCode,) = _P4.unpack_from(buf, pos)
    pos += 2
    v_Topics, pos = arr_c(_d_TopicData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeQuorumResponse(
        ErrorCode=v_ErrorCode,
        ErrorMessage="",
        Topics=v_Topics,
        Nodes=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeQuorumResponse_v1(out: bytearray, m: DescribeQuorumResponse) -> None:
    out += _P4.pack(m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v1(out, e_Topics)
    if non_default(m.Nodes, []):
        raise EncodeError('Nodes')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeQuorumResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeQuorumResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v1(buf, pos)
    return pos


def _d_ReplicaState_v2(buf: Buffer, pos: int) -> tuple[ReplicaState, int]:
    v_ReplicaId, v_ReplicaDirectoryId, v_LogEndOffset, v_LastFetchTimestamp, v_LastCaughtUpTimestamp = _P7.unpack_from(buf, pos)
    pos += 44
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReplicaState(
        ReplicaId=v_ReplicaId,
        ReplicaDirectoryId=v_ReplicaDirectoryId,
        LogEndOffset=v_LogEndOffset,
        LastFetchTimestamp=v_LastFetchTimestamp,
        LastCaughtUpTimestamp=v_LastCaughtUpTimestamp,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReplicaState_v2(out: bytearray, m: ReplicaState) -> None:
    out += _P1.pack(m.ReplicaId)
    w_uuid(out, m.ReplicaDirectoryId)
    out += _P6.pack(m.LogEndOffset, m.LastFetchTimestamp, m.LastCaughtUpTimestamp)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReplicaState_v2(buf: Buffer, pos: int) -> int:
    pos += 44
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReplicaState_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'ReplicaDirectoryId':
        return pos
    pos += 16
    if stop == 'LogEndOffset':
        return pos
    pos += 8
    if stop == 'LastFetchTimestamp':
        return pos
    pos += 8
    if stop == 'LastCaughtUpTimestamp':
        return pos
    pos += 8
    return pos


def _d_PartitionData_v2(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode = _P8.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_LeaderId, v_LeaderEpoch, v_HighWatermark = _P9.unpack_from(buf, pos)
    pos += 16
    v_CurrentVoters, pos = arr_c(_d_ReplicaState_v2, buf, pos)
    v_Observers, pos = arr_c(_d_ReplicaState_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        HighWatermark=v_HighWatermark,
        CurrentVoters=v_CurrentVoters,
        Observers=v_Observers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v2(out: bytearray, m: PartitionData) -> None:
    out += _P8.pack(m.PartitionIndex, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P9.pack(m.LeaderId, m.LeaderEpoch, m.HighWatermark)
    a_CurrentVoters = m.CurrentVoters
    w_alen_c(out, len(a_CurrentVoters))
    for e_CurrentVoters in a_CurrentVoters:
        _e_ReplicaState_v2(out, e_CurrentVoters)
    a_Observers = m.Observers
    w_alen_c(out, len(a_Observers))
    for e_Observers in a_Observers:
        _e_ReplicaState_v2(out, e_Observers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v2(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v2(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'HighWatermark':
        return pos
    pos += 8
    if stop == 'CurrentVoters':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v2(buf, pos)
    if stop == 'Observers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaState_v2(buf, pos)
    return pos


def _d_TopicData_v2(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v2(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v2(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
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
        pos = _s_PartitionData_v2(buf, pos)
    return pos


def _d_Listener_v2(buf: Buffer, pos: int) -> tuple[Listener, int]:
    v_Name, pos = str_c(buf, pos)
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P10.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Listener(
        Name=v_Name,
        Host=v_Host,
        Port=v_Port,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Listener_v2(out: bytearray, m: Listener) -> None:
    w_str_c(out, m.Name)
    w_str_c(out, m.Host)
    out += _P10.pack(m.Port)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Listener_v2(buf: Buffer, pos: int) -> int:
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
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Listener_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Host':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Port':
        return pos
    pos += 2
    return pos


def _d_Node_v2(buf: Buffer, pos: int) -> tuple[Node, int]:
    (v_NodeId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Listeners, pos = arr_c(_d_Listener_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Node(
        NodeId=v_NodeId,
        Listeners=v_Listeners,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Node_v2(out: bytearray, m: Node) -> None:
    out += _P1.pack(m.NodeId)
    a_Listeners = m.Listeners
    w_alen_c(out, len(a_Listeners))
    for e_Listeners in a_Listeners:
        _e_Listener_v2(out, e_Listeners)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Node_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Node_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'NodeId':
        return pos
    pos += 4
    if stop == 'Listeners':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v2(buf, pos)
    return pos


def _d_DescribeQuorumResponse_v2(buf: Buffer, pos: int) -> tuple[DescribeQuorumResponse, int]:
    (v_ErrorCode,) = _P4.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_Topics, pos = arr_c(_d_TopicData_v2, buf, pos)
    v_Nodes, pos = arr_c(_d_Node_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeQuorumResponse(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Topics=v_Topics,
        Nodes=v_Nodes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeQuorumResponse_v2(out: bytearray, m: DescribeQuorumResponse) -> None:
    out += _P4.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v2(out, e_Topics)
    a_Nodes = m.Nodes
    w_alen_c(out, len(a_Nodes))
    for e_Nodes in a_Nodes:
        _e_Node_v2(out, e_Nodes)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeQuorumResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v2(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Node_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeQuorumResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
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
        pos = _s_TopicData_v2(buf, pos)
    if stop == 'Nodes':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Node_v2(buf, pos)
    return pos


ReplicaState.INFO = StructInfo('ReplicaState', (
    FieldInfo('ReplicaId', 'int32', (0, 2)),
    FieldInfo('ReplicaDirectoryId', 'uuid', (2, 2)),
    FieldInfo('LogEndOffset', 'int64', (0, 2)),
    FieldInfo('LastFetchTimestamp', 'int64', (1, 2), default=-1, ignorable=True),
    FieldInfo('LastCaughtUpTimestamp', 'int64', (1, 2), default=-1, ignorable=True),
), (0, 2))

PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ErrorMessage', 'string', (2, 2), nullable=(2, 2), ignorable=True),
    FieldInfo('LeaderId', 'int32', (0, 2)),
    FieldInfo('LeaderEpoch', 'int32', (0, 2)),
    FieldInfo('HighWatermark', 'int64', (0, 2)),
    FieldInfo('CurrentVoters', '[]struct', (0, 2), struct=ReplicaState),
    FieldInfo('Observers', '[]struct', (0, 2), struct=ReplicaState),
), (0, 2))

TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('TopicName', 'string', (0, 2)),
    FieldInfo('Partitions', '[]struct', (0, 2), struct=PartitionData),
), (0, 2))

Listener.INFO = StructInfo('Listener', (
    FieldInfo('Name', 'string', (2, 2)),
    FieldInfo('Host', 'string', (2, 2)),
    FieldInfo('Port', 'uint16', (2, 2)),
), (0, 2))

Node.INFO = StructInfo('Node', (
    FieldInfo('NodeId', 'int32', (2, 2)),
    FieldInfo('Listeners', '[]struct', (2, 2), struct=Listener),
), (0, 2))

DescribeQuorumResponse.INFO = StructInfo('DescribeQuorumResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ErrorMessage', 'string', (2, 2), nullable=(2, 2), ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 2), struct=TopicData),
    FieldInfo('Nodes', '[]struct', (2, 2), struct=Node),
), (0, 2))

ReplicaState.DECODERS = {
    0: _d_ReplicaState_v0,
    1: _d_ReplicaState_v1,
    2: _d_ReplicaState_v2,
}

ReplicaState.ENCODERS = {
    0: _e_ReplicaState_v0,
    1: _e_ReplicaState_v1,
    2: _e_ReplicaState_v2,
}

ReplicaState.SKIPPERS = {
    0: _s_ReplicaState_v0,
    1: _s_ReplicaState_v1,
    2: _s_ReplicaState_v2,
}

ReplicaState.SEEKERS = {
    0: _o_ReplicaState_v0,
    1: _o_ReplicaState_v1,
    2: _o_ReplicaState_v2,
}

PartitionData.DECODERS = {
    0: _d_PartitionData_v0,
    1: _d_PartitionData_v1,
    2: _d_PartitionData_v2,
}

PartitionData.ENCODERS = {
    0: _e_PartitionData_v0,
    1: _e_PartitionData_v1,
    2: _e_PartitionData_v2,
}

PartitionData.SKIPPERS = {
    0: _s_PartitionData_v0,
    1: _s_PartitionData_v1,
    2: _s_PartitionData_v2,
}

PartitionData.SEEKERS = {
    0: _o_PartitionData_v0,
    1: _o_PartitionData_v1,
    2: _o_PartitionData_v2,
}

TopicData.DECODERS = {
    0: _d_TopicData_v0,
    1: _d_TopicData_v1,
    2: _d_TopicData_v2,
}

TopicData.ENCODERS = {
    0: _e_TopicData_v0,
    1: _e_TopicData_v1,
    2: _e_TopicData_v2,
}

TopicData.SKIPPERS = {
    0: _s_TopicData_v0,
    1: _s_TopicData_v1,
    2: _s_TopicData_v2,
}

TopicData.SEEKERS = {
    0: _o_TopicData_v0,
    1: _o_TopicData_v1,
    2: _o_TopicData_v2,
}

Listener.DECODERS = {
    2: _d_Listener_v2,
}

Listener.ENCODERS = {
    2: _e_Listener_v2,
}

Listener.SKIPPERS = {
    2: _s_Listener_v2,
}

Listener.SEEKERS = {
    2: _o_Listener_v2,
}

Node.DECODERS = {
    2: _d_Node_v2,
}

Node.ENCODERS = {
    2: _e_Node_v2,
}

Node.SKIPPERS = {
    2: _s_Node_v2,
}

Node.SEEKERS = {
    2: _o_Node_v2,
}

DescribeQuorumResponse.DECODERS = {
    0: _d_DescribeQuorumResponse_v0,
    1: _d_DescribeQuorumResponse_v1,
    2: _d_DescribeQuorumResponse_v2,
}

DescribeQuorumResponse.ENCODERS = {
    0: _e_DescribeQuorumResponse_v0,
    1: _e_DescribeQuorumResponse_v1,
    2: _e_DescribeQuorumResponse_v2,
}

DescribeQuorumResponse.SKIPPERS = {
    0: _s_DescribeQuorumResponse_v0,
    1: _s_DescribeQuorumResponse_v1,
    2: _s_DescribeQuorumResponse_v2,
}

DescribeQuorumResponse.SEEKERS = {
    0: _o_DescribeQuorumResponse_v0,
    1: _o_DescribeQuorumResponse_v1,
    2: _o_DescribeQuorumResponse_v2,
}
