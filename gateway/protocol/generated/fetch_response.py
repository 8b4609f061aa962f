"""FetchResponse: generated from specs/FetchResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    UNSET,
    Buffer,
    EncodeError,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    UnsetType,
    arr_c,
    arr_k,
    count_c,
    count_k,
    kafka_default,
    narr_c,
    narr_k,
    non_default,
    nstr_c,
    nview_c,
    nview_k,
    read_tags,
    read_uvarint,
    skip_c,
    skip_k16,
    skip_k32,
    skip_tags,
    str_c,
    str_k,
    stray_tag_bytes,
    tag_header,
    w_alen_c,
    w_alen_k,
    w_nbytes_c,
    w_nbytes_k,
    w_nstr_c,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>ihq')
_P1 = Struct('>i')
_P2 = Struct('>qq')
_P3 = Struct('>ihqq')
_P4 = Struct('>ihqqq')
_P5 = Struct('>ihi')
_P6 = Struct('>iq')
_P7 = Struct('>ii')
_P8 = Struct('>qi')
_P9 = Struct('>16s')


class EpochEndOffset(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionData.DivergingEpoch."""

    Epoch: int = -1
    EndOffset: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class LeaderIdAndEpoch(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionData.CurrentLeader."""

    LeaderId: int = -1
    LeaderEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class SnapshotId(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionData.SnapshotId."""

    EndOffset: int = -1
    Epoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class AbortedTransaction(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionData.AbortedTransactions."""

    ProducerId: int = MISSING
    FirstOffset: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_SnapshotId = SnapshotId


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchableTopicResponse.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    HighWatermark: int = MISSING
    LastStableOffset: int = -1
    LogStartOffset: int = -1
    DivergingEpoch: EpochEndOffset | UnsetType = UNSET
    CurrentLeader: LeaderIdAndEpoch | UnsetType = UNSET
    SnapshotId: _SnapshotId | UnsetType = UNSET
    AbortedTransactions: list[AbortedTransaction] | None = MISSING
    PreferredReadReplica: int = -1
    Records: Buffer | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class FetchableTopicResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchResponse.Responses."""

    Topic: str = MISSING
    TopicId: bytes = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class NodeEndpoint(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchResponse.NodeEndpoints."""

    NodeId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    Rack: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class FetchResponse(Message, kw_only=True, gc=False):
    """FetchResponse (API key 1), v0-v17; from specs/FetchResponse.json."""

    API_KEY = 1
    KIND = 'response'
    VALID_VERSIONS = (0, 17)
    FLEXIBLE_FROM = 12
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    SessionId: int = 0
    Responses: list[FetchableTopicResponse] = MISSING
    NodeEndpoints: list[NodeEndpoint] | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_HighWatermark = _P0.unpack_from(buf, pos)
    pos += 14
    v_Records, pos = nview_k(buf, pos)
    return PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        HighWatermark=v_HighWatermark,
        AbortedTransactions=[],
        Records=v_Records,
    ), pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode, m.HighWatermark)
    if non_default(m.DivergingEpoch, kafka_default(EpochEndOffset)):
        raise EncodeError('DivergingEpoch')
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    if non_default(m.SnapshotId, kafka_default(SnapshotId)):
        raise EncodeError('SnapshotId')
    if non_default(m.PreferredReadReplica, -1):
        raise EncodeError('PreferredReadReplica')
    w_nbytes_k(out, m.Records)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 14
    pos = skip_k32(buf, pos)
    return pos


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'HighWatermark':
        return pos
    pos += 8
    if stop == 'Records':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_FetchableTopicResponse_v0(buf: Buffer, pos: int) -> tuple[FetchableTopicResponse, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_PartitionData_v0, buf, pos)
    return FetchableTopicResponse(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_FetchableTopicResponse_v0(out: bytearray, m: FetchableTopicResponse) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchableTopicResponse_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _o_FetchableTopicResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_FetchResponse_v0(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    v_Responses, pos = arr_k(_d_FetchableTopicResponse_v0, buf, pos)
    return FetchResponse(
        ThrottleTimeMs=0,
        ErrorCode=0,
        Responses=v_Responses,
    ), pos


def _e_FetchResponse_v0(out: bytearray, m: FetchResponse) -> None:
    if non_default(m.SessionId, 0):
        raise EncodeError('SessionId')
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v0(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v0(buf, pos)
    return pos


def _o_FetchResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v0(buf, pos)
    return pos


def _d_FetchResponse_v1(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_k(_d_FetchableTopicResponse_v0, buf, pos)
    return FetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        Responses=v_Responses,
    ), pos


def _e_FetchResponse_v1(out: bytearray, m: FetchResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.SessionId, 0):
        raise EncodeError('SessionId')
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v0(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v0(buf, pos)
    return pos


def _o_FetchResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v0(buf, pos)
    return pos


def _d_AbortedTransaction_v4(buf: Buffer, pos: int) -> tuple[AbortedTransaction, int]:
    v_ProducerId, v_FirstOffset = _P2.unpack_from(buf, pos)
    pos += 16
    return AbortedTransaction(
        ProducerId=v_ProducerId,
        FirstOffset=v_FirstOffset,
    ), pos


def _e_AbortedTransaction_v4(out: bytearray, m: AbortedTransaction) -> None:
    out += _P2.pack(m.ProducerId, m.FirstOffset)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AbortedTransaction_v4(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos


def _o_AbortedTransaction_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'FirstOffset':
        return pos
    pos += 8
    return pos


def _d_PartitionData_v4(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_HighWatermark, v_LastStableOffset = _P3.unpack_from(buf, pos)
    pos += 22
    v_AbortedTransactions, pos = narr_k(_d_AbortedTransaction_v4, buf, pos)
    v_Records, pos = nview_k(buf, pos)
    return PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        HighWatermark=v_HighWatermark,
        LastStableOffset=v_LastStableOffset,
        AbortedTransactions=v_AbortedTransactions,
        Records=v_Records,
    ), pos


def _e_PartitionData_v4(out: bytearray, m: PartitionData) -> None:
    out += _P3.pack(m.PartitionIndex, m.ErrorCode, m.HighWatermark, m.LastStableOffset)
    if non_default(m.DivergingEpoch, kafka_default(EpochEndOffset)):
        raise EncodeError('DivergingEpoch')
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    if non_default(m.SnapshotId, kafka_default(SnapshotId)):
        raise EncodeError('SnapshotId')
    a_AbortedTransactions = m.AbortedTransactions
    if a_AbortedTransactions is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_AbortedTransactions))
        for e_AbortedTransactions in a_AbortedTransactions:
            _e_AbortedTransaction_v4(out, e_AbortedTransactions)
    if non_default(m.PreferredReadReplica, -1):
        raise EncodeError('PreferredReadReplica')
    w_nbytes_k(out, m.Records)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionData_v4(buf: Buffer, pos: int) -> int:
    pos += 22
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AbortedTransaction_v4(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_PartitionData_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'HighWatermark':
        return pos
    pos += 8
    if stop == 'LastStableOffset':
        return pos
    pos += 8
    if stop == 'AbortedTransactions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AbortedTransaction_v4(buf, pos)
    if stop == 'Records':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_FetchableTopicResponse_v4(buf: Buffer, pos: int) -> tuple[FetchableTopicResponse, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_PartitionData_v4, buf, pos)
    return FetchableTopicResponse(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_FetchableTopicResponse_v4(out: bytearray, m: FetchableTopicResponse) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v4(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchableTopicResponse_v4(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v4(buf, pos)
    return pos


def _o_FetchableTopicResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v4(buf, pos)
    return pos


def _d_FetchResponse_v4(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_k(_d_FetchableTopicResponse_v4, buf, pos)
    return FetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        Responses=v_Responses,
    ), pos


def _e_FetchResponse_v4(out: bytearray, m: FetchResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.SessionId, 0):
        raise EncodeError('SessionId')
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v4(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v4(buf, pos)
    return pos


def _o_FetchResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v4(buf, pos)
    return pos


def _d_PartitionData_v5(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_HighWatermark, v_LastStableOffset, v_LogStartOffset = _P4.unpack_from(buf, pos)
    pos += 30
    v_AbortedTransactions, pos = narr_k(_d_AbortedTransaction_v4, buf, pos)
    v_Records, pos = nview_k(buf, pos)
    return PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        HighWatermark=v_HighWatermark,
        LastStableOffset=v_LastStableOffset,
        LogStartOffset=v_LogStartOffset,
        AbortedTransactions=v_AbortedTransactions,
        Records=v_Records,
    ), pos


def _e_PartitionData_v5(out: bytearray, m: PartitionData) -> None:
    out += _P4.pack(m.PartitionIndex, m.ErrorCode, m.HighWatermark, m.LastStableOffset, m.LogStartOffset)
    if non_default(m.DivergingEpoch, kafka_default(EpochEndOffset)):
        raise EncodeError('DivergingEpoch')
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    if non_default(m.SnapshotId, kafka_default(SnapshotId)):
        raise EncodeError('SnapshotId')
    a_AbortedTransactions = m.AbortedTransactions
    if a_AbortedTransactions is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_AbortedTransactions))
        for e_AbortedTransactions in a_AbortedTransactions:
            _e_AbortedTransaction_v4(out, e_AbortedTransactions)
    if non_default(m.PreferredReadReplica, -1):
        raise EncodeError('PreferredReadReplica')
    w_nbytes_k(out, m.Records)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionData_v5(buf: Buffer, pos: int) -> int:
    pos += 30
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AbortedTransaction_v4(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_PartitionData_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'HighWatermark':
        return pos
    pos += 8
    if stop == 'LastStableOffset':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'AbortedTransactions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AbortedTransaction_v4(buf, pos)
    if stop == 'Records':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_FetchableTopicResponse_v5(buf: Buffer, pos: int) -> tuple[FetchableTopicResponse, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_PartitionData_v5, buf, pos)
    return FetchableTopicResponse(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_FetchableTopicResponse_v5(out: bytearray, m: FetchableTopicResponse) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v5(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchableTopicResponse_v5(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v5(buf, pos)
    return pos


def _o_FetchableTopicResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v5(buf, pos)
    return pos


def _d_FetchResponse_v5(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_k(_d_FetchableTopicResponse_v5, buf, pos)
    return FetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        Responses=v_Responses,
    ), pos


def _e_FetchResponse_v5(out: bytearray, m: FetchResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.SessionId, 0):
        raise EncodeError('SessionId')
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v5(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v5(buf, pos)
    return pos


def _o_FetchResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v5(buf, pos)
    return pos


def _d_FetchResponse_v7(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_SessionId = _P5.unpack_from(buf, pos)
    pos += 10
    v_Responses, pos = arr_k(_d_FetchableTopicResponse_v5, buf, pos)
    return FetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        SessionId=v_SessionId,
        Responses=v_Responses,
    ), pos


def _e_FetchResponse_v7(out: bytearray, m: FetchResponse) -> None:
    out += _P5.pack(m.ThrottleTimeMs, m.ErrorCode, m.SessionId)
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v5(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchResponse_v7(buf: Buffer, pos: int) -> int:
    pos += 10
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v5(buf, pos)
    return pos


def _o_FetchResponse_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v5(buf, pos)
    return pos


def _d_PartitionData_v11(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_HighWatermark, v_LastStableOffset, v_LogStartOffset = _P4.unpack_from(buf, pos)
    pos += 30
    v_AbortedTransactions, pos = narr_k(_d_AbortedTransaction_v4, buf, pos)
    (v_PreferredReadReplica,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Records, pos = nview_k(buf, pos)
    return PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        HighWatermark=v_HighWatermark,
        LastStableOffset=v_LastStableOffset,
        LogStartOffset=v_LogStartOffset,
        AbortedTransactions=v_AbortedTransactions,
        PreferredReadReplica=v_PreferredReadReplica,
        Records=v_Records,
    ), pos


def _e_PartitionData_v11(out: bytearray, m: PartitionData) -> None:
    out += _P4.pack(m.PartitionIndex, m.ErrorCode, m.HighWatermark, m.LastStableOffset, m.LogStartOffset)
    if non_default(m.DivergingEpoch, kafka_default(EpochEndOffset)):
        raise EncodeError('DivergingEpoch')
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    if non_default(m.SnapshotId, kafka_default(SnapshotId)):
        raise EncodeError('SnapshotId')
    a_AbortedTransactions = m.AbortedTransactions
    if a_AbortedTransactions is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_AbortedTransactions))
        for e_AbortedTransactions in a_AbortedTransactions:
            _e_AbortedTransaction_v4(out, e_AbortedTransactions)
    out += _P1.pack(m.PreferredReadReplica)
    w_nbytes_k(out, m.Records)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionData_v11(buf: Buffer, pos: int) -> int:
    pos += 30
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AbortedTransaction_v4(buf, pos)
    pos += 4
    pos = skip_k32(buf, pos)
    return pos


def _o_PartitionData_v11(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'HighWatermark':
        return pos
    pos += 8
    if stop == 'LastStableOffset':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'AbortedTransactions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AbortedTransaction_v4(buf, pos)
    if stop == 'PreferredReadReplica':
        return pos
    pos += 4
    if stop == 'Records':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_FetchableTopicResponse_v11(buf: Buffer, pos: int) -> tuple[FetchableTopicResponse, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_PartitionData_v11, buf, pos)
    return FetchableTopicResponse(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_FetchableTopicResponse_v11(out: bytearray, m: FetchableTopicResponse) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v11(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchableTopicResponse_v11(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v11(buf, pos)
    return pos


def _o_FetchableTopicResponse_v11(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v11(buf, pos)
    return pos


def _d_FetchResponse_v11(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_SessionId = _P5.unpack_from(buf, pos)
    pos += 10
    v_Responses, pos = arr_k(_d_FetchableTopicResponse_v11, buf, pos)
    return FetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        SessionId=v_SessionId,
        Responses=v_Responses,
    ), pos


def _e_FetchResponse_v11(out: bytearray, m: FetchResponse) -> None:
    out += _P5.pack(m.ThrottleTimeMs, m.ErrorCode, m.SessionId)
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v11(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchResponse_v11(buf: Buffer, pos: int) -> int:
    pos += 10
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v11(buf, pos)
    return pos


def _o_FetchResponse_v11(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v11(buf, pos)
    return pos


def _d_EpochEndOffset_v12(buf: Buffer, pos: int) -> tuple[EpochEndOffset, int]:
    v_Epoch, v_EndOffset = _P6.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EpochEndOffset(
        Epoch=v_Epoch,
        EndOffset=v_EndOffset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EpochEndOffset_v12(out: bytearray, m: EpochEndOffset) -> None:
    out += _P6.pack(m.Epoch, m.EndOffset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EpochEndOffset_v12(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EpochEndOffset_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Epoch':
        return pos
    pos += 4
    if stop == 'EndOffset':
        return pos
    pos += 8
    return pos


def _d_LeaderIdAndEpoch_v12(buf: Buffer, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_LeaderId, v_LeaderEpoch = _P7.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderIdAndEpoch(
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderIdAndEpoch_v12(out: bytearray, m: LeaderIdAndEpoch) -> None:
    out += _P7.pack(m.LeaderId, m.LeaderEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderIdAndEpoch_v12(buf: Buffer, pos: int) -> int:
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderIdAndEpoch_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_SnapshotId_v12(buf: Buffer, pos: int) -> tuple[SnapshotId, int]:
    v_EndOffset, v_Epoch = _P8.unpack_from(buf, pos)
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


def _e_SnapshotId_v12(out: bytearray, m: SnapshotId) -> None:
    out += _P8.pack(m.EndOffset, m.Epoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SnapshotId_v12(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SnapshotId_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'EndOffset':
        return pos
    pos += 8
    if stop == 'Epoch':
        return pos
    pos += 4
    return pos


def _d_AbortedTransaction_v12(buf: Buffer, pos: int) -> tuple[AbortedTransaction, int]:
    v_ProducerId, v_FirstOffset = _P2.unpack_from(buf, pos)
    pos += 16
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AbortedTransaction(
        ProducerId=v_ProducerId,
        FirstOffset=v_FirstOffset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AbortedTransaction_v12(out: bytearray, m: AbortedTransaction) -> None:
    out += _P2.pack(m.ProducerId, m.FirstOffset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AbortedTransaction_v12(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AbortedTransaction_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'FirstOffset':
        return pos
    pos += 8
    return pos


def _d_PartitionData_v12(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_HighWatermark, v_LastStableOffset, v_LogStartOffset = _P4.unpack_from(buf, pos)
    pos += 30
    v_AbortedTransactions, pos = narr_c(_d_AbortedTransaction_v12, buf, pos)
    (v_PreferredReadReplica,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Records, pos = nview_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_DivergingEpoch: Any = UNSET
    v_CurrentLeader: Any = UNSET
    v_SnapshotId: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_DivergingEpoch, pos = _d_EpochEndOffset_v12(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            elif tag == 1:
                v_CurrentLeader, pos = _d_LeaderIdAndEpoch_v12(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            elif tag == 2:
                v_SnapshotId, pos = _d_SnapshotId_v12(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        HighWatermark=v_HighWatermark,
        LastStableOffset=v_LastStableOffset,
        LogStartOffset=v_LogStartOffset,
        DivergingEpoch=v_DivergingEpoch,
        CurrentLeader=v_CurrentLeader,
        SnapshotId=v_SnapshotId,
        AbortedTransactions=v_AbortedTransactions,
        PreferredReadReplica=v_PreferredReadReplica,
        Records=v_Records,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v12(out: bytearray, m: PartitionData) -> None:
    out += _P4.pack(m.PartitionIndex, m.ErrorCode, m.HighWatermark, m.LastStableOffset, m.LogStartOffset)
    a_AbortedTransactions = m.AbortedTransactions
    if a_AbortedTransactions is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_AbortedTransactions))
        for e_AbortedTransactions in a_AbortedTransactions:
            _e_AbortedTransaction_v12(out, e_AbortedTransactions)
    out += _P1.pack(m.PreferredReadReplica)
    w_nbytes_c(out, m.Records)
    t = m.unknown_tags
    if m.DivergingEpoch is UNSET and m.CurrentLeader is UNSET and m.SnapshotId is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.DivergingEpoch is not UNSET:
        p = bytearray()
        _e_EpochEndOffset_v12(p, m.DivergingEpoch)
        tags[0] = p
    if m.CurrentLeader is not UNSET:
        p = bytearray()
        _e_LeaderIdAndEpoch_v12(p, m.CurrentLeader)
        tags[1] = p
    if m.SnapshotId is not UNSET:
        p = bytearray()
        _e_SnapshotId_v12(p, m.SnapshotId)
        tags[2] = p
    w_tags(out, tags)


def _s_PartitionData_v12(buf: Buffer, pos: int) -> int:
    pos += 30
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AbortedTransaction_v12(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'HighWatermark':
        return pos
    pos += 8
    if stop == 'LastStableOffset':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'AbortedTransactions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AbortedTransaction_v12(buf, pos)
    if stop == 'PreferredReadReplica':
        return pos
    pos += 4
    if stop == 'Records':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_FetchableTopicResponse_v12(buf: Buffer, pos: int) -> tuple[FetchableTopicResponse, int]:
    v_Topic, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v12, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchableTopicResponse(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchableTopicResponse_v12(out: bytearray, m: FetchableTopicResponse) -> None:
    w_str_c(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v12(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchableTopicResponse_v12(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v12(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchableTopicResponse_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
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
        pos = _s_PartitionData_v12(buf, pos)
    return pos


def _d_FetchResponse_v12(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_SessionId = _P5.unpack_from(buf, pos)
    pos += 10
    v_Responses, pos = arr_c(_d_FetchableTopicResponse_v12, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        SessionId=v_SessionId,
        Responses=v_Responses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchResponse_v12(out: bytearray, m: FetchResponse) -> None:
    out += _P5.pack(m.ThrottleTimeMs, m.ErrorCode, m.SessionId)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v12(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchResponse_v12(buf: Buffer, pos: int) -> int:
    pos += 10
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v12(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchResponse_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v12(buf, pos)
    return pos


def _d_FetchableTopicResponse_v13(buf: Buffer, pos: int) -> tuple[FetchableTopicResponse, int]:
    (v_TopicId,) = _P9.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionData_v12, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchableTopicResponse(
        Topic="",
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchableTopicResponse_v13(out: bytearray, m: FetchableTopicResponse) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v12(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchableTopicResponse_v13(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v12(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchableTopicResponse_v13(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v12(buf, pos)
    return pos


def _d_FetchResponse_v13(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_SessionId = _P5.unpack_from(buf, pos)
    pos += 10
    v_Responses, pos = arr_c(_d_FetchableTopicResponse_v13, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        SessionId=v_SessionId,
        Responses=v_Responses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchResponse_v13(out: bytearray, m: FetchResponse) -> None:
    out += _P5.pack(m.ThrottleTimeMs, m.ErrorCode, m.SessionId)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v13(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchResponse_v13(buf: Buffer, pos: int) -> int:
    pos += 10
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v13(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchResponse_v13(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v13(buf, pos)
    return pos


def _d_NodeEndpoint_v16(buf: Buffer, pos: int) -> tuple[NodeEndpoint, int]:
    (v_NodeId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Rack, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = NodeEndpoint(
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
        Rack=v_Rack,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_NodeEndpoint_v16(out: bytearray, m: NodeEndpoint) -> None:
    out += _P1.pack(m.NodeId)
    w_str_c(out, m.Host)
    out += _P1.pack(m.Port)
    w_nstr_c(out, m.Rack)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_NodeEndpoint_v16(buf: Buffer, pos: int) -> int:
    pos += 4
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_NodeEndpoint_v16(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'NodeId':
        return pos
    pos += 4
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
    pos += 4
    if stop == 'Rack':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_FetchResponse_v16(buf: Buffer, pos: int) -> tuple[FetchResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_SessionId = _P5.unpack_from(buf, pos)
    pos += 10
    v_Responses, pos = arr_c(_d_FetchableTopicResponse_v13, buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_NodeEndpoints: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_NodeEndpoints, pos = arr_c(_d_NodeEndpoint_v16, buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = FetchResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        SessionId=v_SessionId,
        Responses=v_Responses,
        NodeEndpoints=v_NodeEndpoints,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchResponse_v16(out: bytearray, m: FetchResponse) -> None:
    out += _P5.pack(m.ThrottleTimeMs, m.ErrorCode, m.SessionId)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_FetchableTopicResponse_v13(out, e_Responses)
    t = m.unknown_tags
    if m.NodeEndpoints is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.NodeEndpoints is not UNSET:
        p = bytearray()
        a_NodeEndpoints = m.NodeEndpoints
        w_alen_c(p, len(a_NodeEndpoints))
        for e_NodeEndpoints in a_NodeEndpoints:
            _e_NodeEndpoint_v16(p, e_NodeEndpoints)
        tags[0] = p
    w_tags(out, tags)


def _s_FetchResponse_v16(buf: Buffer, pos: int) -> int:
    pos += 10
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v13(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchResponse_v16(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchableTopicResponse_v13(buf, pos)
    return pos


EpochEndOffset.INFO = StructInfo('EpochEndOffset', (
    FieldInfo('Epoch', 'int32', (12, 17), default=-1),
    FieldInfo('EndOffset', 'int64', (12, 17), default=-1),
), (12, 17))

LeaderIdAndEpoch.INFO = StructInfo('LeaderIdAndEpoch', (
    FieldInfo('LeaderId', 'int32', (12, 17), default=-1),
    FieldInfo('LeaderEpoch', 'int32', (12, 17), default=-1),
), (12, 17))

SnapshotId.INFO = StructInfo('SnapshotId', (
    FieldInfo('EndOffset', 'int64', (0, 17), default=-1),
    FieldInfo('Epoch', 'int32', (0, 17), default=-1),
), (12, 17))

AbortedTransaction.INFO = StructInfo('AbortedTransaction', (
    FieldInfo('ProducerId', 'int64', (4, 17)),
    FieldInfo('FirstOffset', 'int64', (4, 17)),
), (12, 17))

PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 17)),
    FieldInfo('ErrorCode', 'int16', (0, 17)),
    FieldInfo('HighWatermark', 'int64', (0, 17)),
    FieldInfo('LastStableOffset', 'int64', (4, 17), default=-1, ignorable=True),
    FieldInfo('LogStartOffset', 'int64', (5, 17), default=-1, ignorable=True),
    FieldInfo('DivergingEpoch', 'struct', (12, 17), tag=0, struct=EpochEndOffset),
    FieldInfo('CurrentLeader', 'struct', (12, 17), tag=1, struct=LeaderIdAndEpoch),
    FieldInfo('SnapshotId', 'struct', (12, 17), tag=2, struct=SnapshotId),
    FieldInfo('AbortedTransactions', '[]struct', (4, 17), nullable=(4, 17), ignorable=True, struct=AbortedTransaction),
    FieldInfo('PreferredReadReplica', 'int32', (11, 17), default=-1),
    FieldInfo('Records', 'records', (0, 17), nullable=(0, 17)),
), (12, 17))

FetchableTopicResponse.INFO = StructInfo('FetchableTopicResponse', (
    FieldInfo('Topic', 'string', (0, 12), ignorable=True),
    FieldInfo('TopicId', 'uuid', (13, 17), ignorable=True),
    FieldInfo('Partitions', '[]struct', (0, 17), struct=PartitionData),
), (12, 17))

NodeEndpoint.INFO = StructInfo('NodeEndpoint', (
    FieldInfo('NodeId', 'int32', (16, 17)),
    FieldInfo('Host', 'string', (16, 17)),
    FieldInfo('Port', 'int32', (16, 17)),
    FieldInfo('Rack', 'string', (16, 17), nullable=(16, 17), default=None),
), (12, 17))

FetchResponse.INFO = StructInfo('FetchResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (1, 17), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (7, 17), ignorable=True),
    FieldInfo('SessionId', 'int32', (7, 17), default=0),
    FieldInfo('Responses', '[]struct', (0, 17), struct=FetchableTopicResponse),
    FieldInfo('NodeEndpoints', '[]struct', (16, 17), tag=0, struct=NodeEndpoint),
), (12, 17))

EpochEndOffset.DECODERS = {
    12: _d_EpochEndOffset_v12,
    13: _d_EpochEndOffset_v12,
    14: _d_EpochEndOffset_v12,
    15: _d_EpochEndOffset_v12,
    16: _d_EpochEndOffset_v12,
    17: _d_EpochEndOffset_v12,
}

EpochEndOffset.ENCODERS = {
    12: _e_EpochEndOffset_v12,
    13: _e_EpochEndOffset_v12,
    14: _e_EpochEndOffset_v12,
    15: _e_EpochEndOffset_v12,
    16: _e_EpochEndOffset_v12,
    17: _e_EpochEndOffset_v12,
}

EpochEndOffset.SKIPPERS = {
    12: _s_EpochEndOffset_v12,
    13: _s_EpochEndOffset_v12,
    14: _s_EpochEndOffset_v12,
    15: _s_EpochEndOffset_v12,
    16: _s_EpochEndOffset_v12,
    17: _s_EpochEndOffset_v12,
}

EpochEndOffset.SEEKERS = {
    12: _o_EpochEndOffset_v12,
    13: _o_EpochEndOffset_v12,
    14: _o_EpochEndOffset_v12,
    15: _o_EpochEndOffset_v12,
    16: _o_EpochEndOffset_v12,
    17: _o_EpochEndOffset_v12,
}

LeaderIdAndEpoch.DECODERS = {
    12: _d_LeaderIdAndEpoch_v12,
    13: _d_LeaderIdAndEpoch_v12,
    14: _d_LeaderIdAndEpoch_v12,
    15: _d_LeaderIdAndEpoch_v12,
    16: _d_LeaderIdAndEpoch_v12,
    17: _d_LeaderIdAndEpoch_v12,
}

LeaderIdAndEpoch.ENCODERS = {
    12: _e_LeaderIdAndEpoch_v12,
    13: _e_LeaderIdAndEpoch_v12,
    14: _e_LeaderIdAndEpoch_v12,
    15: _e_LeaderIdAndEpoch_v12,
    16: _e_LeaderIdAndEpoch_v12,
    17: _e_LeaderIdAndEpoch_v12,
}

LeaderIdAndEpoch.SKIPPERS = {
    12: _s_LeaderIdAndEpoch_v12,
    13: _s_LeaderIdAndEpoch_v12,
    14: _s_LeaderIdAndEpoch_v12,
    15: _s_LeaderIdAndEpoch_v12,
    16: _s_LeaderIdAndEpoch_v12,
    17: _s_LeaderIdAndEpoch_v12,
}

LeaderIdAndEpoch.SEEKERS = {
    12: _o_LeaderIdAndEpoch_v12,
    13: _o_LeaderIdAndEpoch_v12,
    14: _o_LeaderIdAndEpoch_v12,
    15: _o_LeaderIdAndEpoch_v12,
    16: _o_LeaderIdAndEpoch_v12,
    17: _o_LeaderIdAndEpoch_v12,
}

SnapshotId.DECODERS = {
    12: _d_SnapshotId_v12,
    13: _d_SnapshotId_v12,
    14: _d_SnapshotId_v12,
    15: _d_SnapshotId_v12,
    16: _d_SnapshotId_v12,
    17: _d_SnapshotId_v12,
}

SnapshotId.ENCODERS = {
    12: _e_SnapshotId_v12,
    13: _e_SnapshotId_v12,
    14: _e_SnapshotId_v12,
    15: _e_SnapshotId_v12,
    16: _e_SnapshotId_v12,
    17: _e_SnapshotId_v12,
}

SnapshotId.SKIPPERS = {
    12: _s_SnapshotId_v12,
    13: _s_SnapshotId_v12,
    14: _s_SnapshotId_v12,
    15: _s_SnapshotId_v12,
    16: _s_SnapshotId_v12,
    17: _s_SnapshotId_v12,
}

SnapshotId.SEEKERS = {
    12: _o_SnapshotId_v12,
    13: _o_SnapshotId_v12,
    14: _o_SnapshotId_v12,
    15: _o_SnapshotId_v12,
    16: _o_SnapshotId_v12,
    17: _o_SnapshotId_v12,
}

AbortedTransaction.DECODERS = {
    4: _d_AbortedTransaction_v4,
    5: _d_AbortedTransaction_v4,
    6: _d_AbortedTransaction_v4,
    7: _d_AbortedTransaction_v4,
    8: _d_AbortedTransaction_v4,
    9: _d_AbortedTransaction_v4,
    10: _d_AbortedTransaction_v4,
    11: _d_AbortedTransaction_v4,
    12: _d_AbortedTransaction_v12,
    13: _d_AbortedTransaction_v12,
    14: _d_AbortedTransaction_v12,
    15: _d_AbortedTransaction_v12,
    16: _d_AbortedTransaction_v12,
    17: _d_AbortedTransaction_v12,
}

AbortedTransaction.ENCODERS = {
    4: _e_AbortedTransaction_v4,
    5: _e_AbortedTransaction_v4,
    6: _e_AbortedTransaction_v4,
    7: _e_AbortedTransaction_v4,
    8: _e_AbortedTransaction_v4,
    9: _e_AbortedTransaction_v4,
    10: _e_AbortedTransaction_v4,
    11: _e_AbortedTransaction_v4,
    12: _e_AbortedTransaction_v12,
    13: _e_AbortedTransaction_v12,
    14: _e_AbortedTransaction_v12,
    15: _e_AbortedTransaction_v12,
    16: _e_AbortedTransaction_v12,
    17: _e_AbortedTransaction_v12,
}

AbortedTransaction.SKIPPERS = {
    4: _s_AbortedTransaction_v4,
    5: _s_AbortedTransaction_v4,
    6: _s_AbortedTransaction_v4,
    7: _s_AbortedTransaction_v4,
    8: _s_AbortedTransaction_v4,
    9: _s_AbortedTransaction_v4,
    10: _s_AbortedTransaction_v4,
    11: _s_AbortedTransaction_v4,
    12: _s_AbortedTransaction_v12,
    13: _s_AbortedTransaction_v12,
    14: _s_AbortedTransaction_v12,
    15: _s_AbortedTransaction_v12,
    16: _s_AbortedTransaction_v12,
    17: _s_AbortedTransaction_v12,
}

AbortedTransaction.SEEKERS = {
    4: _o_AbortedTransaction_v4,
    5: _o_AbortedTransaction_v4,
    6: _o_AbortedTransaction_v4,
    7: _o_AbortedTransaction_v4,
    8: _o_AbortedTransaction_v4,
    9: _o_AbortedTransaction_v4,
    10: _o_AbortedTransaction_v4,
    11: _o_AbortedTransaction_v4,
    12: _o_AbortedTransaction_v12,
    13: _o_AbortedTransaction_v12,
    14: _o_AbortedTransaction_v12,
    15: _o_AbortedTransaction_v12,
    16: _o_AbortedTransaction_v12,
    17: _o_AbortedTransaction_v12,
}

PartitionData.DECODERS = {
    0: _d_PartitionData_v0,
    1: _d_PartitionData_v0,
    2: _d_PartitionData_v0,
    3: _d_PartitionData_v0,
    4: _d_PartitionData_v4,
    5: _d_PartitionData_v5,
    6: _d_PartitionData_v5,
    7: _d_PartitionData_v5,
    8: _d_PartitionData_v5,
    9: _d_PartitionData_v5,
    10: _d_PartitionData_v5,
    11: _d_PartitionData_v11,
    12: _d_PartitionData_v12,
    13: _d_PartitionData_v12,
    14: _d_PartitionData_v12,
    15: _d_PartitionData_v12,
    16: _d_PartitionData_v12,
    17: _d_PartitionData_v12,
}

PartitionData.ENCODERS = {
    0: _e_PartitionData_v0,
    1: _e_PartitionData_v0,
    2: _e_PartitionData_v0,
    3: _e_PartitionData_v0,
    4: _e_PartitionData_v4,
    5: _e_PartitionData_v5,
    6: _e_PartitionData_v5,
    7: _e_PartitionData_v5,
    8: _e_PartitionData_v5,
    9: _e_PartitionData_v5,
    10: _e_PartitionData_v5,
    11: _e_PartitionData_v11,
    12: _e_PartitionData_v12,
    13: _e_PartitionData_v12,
    14: _e_PartitionData_v12,
    15: _e_PartitionData_v12,
    16: _e_PartitionData_v12,
    17: _e_PartitionData_v12,
}

PartitionData.SKIPPERS = {
    0: _s_PartitionData_v0,
    1: _s_PartitionData_v0,
    2: _s_PartitionData_v0,
    3: _s_PartitionData_v0,
    4: _s_PartitionData_v4,
    5: _s_PartitionData_v5,
    6: _s_PartitionData_v5,
    7: _s_PartitionData_v5,
    8: _s_PartitionData_v5,
    9: _s_PartitionData_v5,
    10: _s_PartitionData_v5,
    11: _s_PartitionData_v11,
    12: _s_PartitionData_v12,
    13: _s_PartitionData_v12,
    14: _s_PartitionData_v12,
    15: _s_PartitionData_v12,
    16: _s_PartitionData_v12,
    17: _s_PartitionData_v12,
}

PartitionData.SEEKERS = {
    0: _o_PartitionData_v0,
    1: _o_PartitionData_v0,
    2: _o_PartitionData_v0,
    3: _o_PartitionData_v0,
    4: _o_PartitionData_v4,
    5: _o_PartitionData_v5,
    6: _o_PartitionData_v5,
    7: _o_PartitionData_v5,
    8: _o_PartitionData_v5,
    9: _o_PartitionData_v5,
    10: _o_PartitionData_v5,
    11: _o_PartitionData_v11,
    12: _o_PartitionData_v12,
    13: _o_PartitionData_v12,
    14: _o_PartitionData_v12,
    15: _o_PartitionData_v12,
    16: _o_PartitionData_v12,
    17: _o_PartitionData_v12,
}

FetchableTopicResponse.DECODERS = {
    0: _d_FetchableTopicResponse_v0,
    1: _d_FetchableTopicResponse_v0,
    2: _d_FetchableTopicResponse_v0,
    3: _d_FetchableTopicResponse_v0,
    4: _d_FetchableTopicResponse_v4,
    5: _d_FetchableTopicResponse_v5,
    6: _d_FetchableTopicResponse_v5,
    7: _d_FetchableTopicResponse_v5,
    8: _d_FetchableTopicResponse_v5,
    9: _d_FetchableTopicResponse_v5,
    10: _d_FetchableTopicResponse_v5,
    11: _d_FetchableTopicResponse_v11,
    12: _d_FetchableTopicResponse_v12,
    13: _d_FetchableTopicResponse_v13,
    14: _d_FetchableTopicResponse_v13,
    15: _d_FetchableTopicResponse_v13,
    16: _d_FetchableTopicResponse_v13,
    17: _d_FetchableTopicResponse_v13,
}

FetchableTopicResponse.ENCODERS = {
    0: _e_FetchableTopicResponse_v0,
    1: _e_FetchableTopicResponse_v0,
    2: _e_FetchableTopicResponse_v0,
    3: _e_FetchableTopicResponse_v0,
    4: _e_FetchableTopicResponse_v4,
    5: _e_FetchableTopicResponse_v5,
    6: _e_FetchableTopicResponse_v5,
    7: _e_FetchableTopicResponse_v5,
    8: _e_FetchableTopicResponse_v5,
    9: _e_FetchableTopicResponse_v5,
    10: _e_FetchableTopicResponse_v5,
    11: _e_FetchableTopicResponse_v11,
    12: _e_FetchableTopicResponse_v12,
    13: _e_FetchableTopicResponse_v13,
    14: _e_FetchableTopicResponse_v13,
    15: _e_FetchableTopicResponse_v13,
    16: _e_FetchableTopicResponse_v13,
    17: _e_FetchableTopicResponse_v13,
}

FetchableTopicResponse.SKIPPERS = {
    0: _s_FetchableTopicResponse_v0,
    1: _s_FetchableTopicResponse_v0,
    2: _s_FetchableTopicResponse_v0,
    3: _s_FetchableTopicResponse_v0,
    4: _s_FetchableTopicResponse_v4,
    5: _s_FetchableTopicResponse_v5,
    6: _s_FetchableTopicResponse_v5,
    7: _s_FetchableTopicResponse_v5,
    8: _s_FetchableTopicResponse_v5,
    9: _s_FetchableTopicResponse_v5,
    10: _s_FetchableTopicResponse_v5,
    11: _s_FetchableTopicResponse_v11,
    12: _s_FetchableTopicResponse_v12,
    13: _s_FetchableTopicResponse_v13,
    14: _s_FetchableTopicResponse_v13,
    15: _s_FetchableTopicResponse_v13,
    16: _s_FetchableTopicResponse_v13,
    17: _s_FetchableTopicResponse_v13,
}

FetchableTopicResponse.SEEKERS = {
    0: _o_FetchableTopicResponse_v0,
    1: _o_FetchableTopicResponse_v0,
    2: _o_FetchableTopicResponse_v0,
    3: _o_FetchableTopicResponse_v0,
    4: _o_FetchableTopicResponse_v4,
    5: _o_FetchableTopicResponse_v5,
    6: _o_FetchableTopicResponse_v5,
    7: _o_FetchableTopicResponse_v5,
    8: _o_FetchableTopicResponse_v5,
    9: _o_FetchableTopicResponse_v5,
    10: _o_FetchableTopicResponse_v5,
    11: _o_FetchableTopicResponse_v11,
    12: _o_FetchableTopicResponse_v12,
    13: _o_FetchableTopicResponse_v13,
    14: _o_FetchableTopicResponse_v13,
    15: _o_FetchableTopicResponse_v13,
    16: _o_FetchableTopicResponse_v13,
    17: _o_FetchableTopicResponse_v13,
}

NodeEndpoint.DECODERS = {
    16: _d_NodeEndpoint_v16,
    17: _d_NodeEndpoint_v16,
}

NodeEndpoint.ENCODERS = {
    16: _e_NodeEndpoint_v16,
    17: _e_NodeEndpoint_v16,
}

NodeEndpoint.SKIPPERS = {
    16: _s_NodeEndpoint_v16,
    17: _s_NodeEndpoint_v16,
}

NodeEndpoint.SEEKERS = {
    16: _o_NodeEndpoint_v16,
    17: _o_NodeEndpoint_v16,
}

FetchResponse.DECODERS = {
    0: _d_FetchResponse_v0,
    1: _d_FetchResponse_v1,
    2: _d_FetchResponse_v1,
    3: _d_FetchResponse_v1,
    4: _d_FetchResponse_v4,
    5: _d_FetchResponse_v5,
    6: _d_FetchResponse_v5,
    7: _d_FetchResponse_v7,
    8: _d_FetchResponse_v7,
    9: _d_FetchResponse_v7,
    10: _d_FetchResponse_v7,
    11: _d_FetchResponse_v11,
    12: _d_FetchResponse_v12,
    13: _d_FetchResponse_v13,
    14: _d_FetchResponse_v13,
    15: _d_FetchResponse_v13,
    16: _d_FetchResponse_v16,
    17: _d_FetchResponse_v16,
}

FetchResponse.ENCODERS = {
    0: _e_FetchResponse_v0,
    1: _e_FetchResponse_v1,
    2: _e_FetchResponse_v1,
    3: _e_FetchResponse_v1,
    4: _e_FetchResponse_v4,
    5: _e_FetchResponse_v5,
    6: _e_FetchResponse_v5,
    7: _e_FetchResponse_v7,
    8: _e_FetchResponse_v7,
    9: _e_FetchResponse_v7,
    10: _e_FetchResponse_v7,
    11: _e_FetchResponse_v11,
    12: _e_FetchResponse_v12,
    13: _e_FetchResponse_v13,
    14: _e_FetchResponse_v13,
    15: _e_FetchResponse_v13,
    16: _e_FetchResponse_v16,
    17: _e_FetchResponse_v16,
}

FetchResponse.SKIPPERS = {
    0: _s_FetchResponse_v0,
    1: _s_FetchResponse_v1,
    2: _s_FetchResponse_v1,
    3: _s_FetchResponse_v1,
    4: _s_FetchResponse_v4,
    5: _s_FetchResponse_v5,
    6: _s_FetchResponse_v5,
    7: _s_FetchResponse_v7,
    8: _s_FetchResponse_v7,
    9: _s_FetchResponse_v7,
    10: _s_FetchResponse_v7,
    11: _s_FetchResponse_v11,
    12: _s_FetchResponse_v12,
    13: _s_FetchResponse_v13,
    14: _s_FetchResponse_v13,
    15: _s_FetchResponse_v13,
    16: _s_FetchResponse_v16,
    17: _s_FetchResponse_v16,
}

FetchResponse.SEEKERS = {
    0: _o_FetchResponse_v0,
    1: _o_FetchResponse_v1,
    2: _o_FetchResponse_v1,
    3: _o_FetchResponse_v1,
    4: _o_FetchResponse_v4,
    5: _o_FetchResponse_v5,
    6: _o_FetchResponse_v5,
    7: _o_FetchResponse_v7,
    8: _o_FetchResponse_v7,
    9: _o_FetchResponse_v7,
    10: _o_FetchResponse_v7,
    11: _o_FetchResponse_v11,
    12: _o_FetchResponse_v12,
    13: _o_FetchResponse_v13,
    14: _o_FetchResponse_v13,
    15: _o_FetchResponse_v13,
    16: _o_FetchResponse_v16,
    17: _o_FetchResponse_v16,
}
