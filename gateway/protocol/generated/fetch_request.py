"""FetchRequest: generated from specs/FetchRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    count_k,
    farr_c,
    farr_k,
    kafka_default,
    non_default,
    nstr_c,
    read_tags,
    read_uvarint,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    stray_tag_bytes,
    tag_header,
    uuid_,
    w_alen_c,
    w_alen_k,
    w_farr_c,
    w_farr_k,
    w_nstr_c,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>iqi')
_P1 = Struct('>iq')
_P2 = Struct('>i')
_P3 = Struct('>iii')
_P4 = Struct('>ii')
_P5 = Struct('>iiii')
_P6 = Struct('>iiiib')
_P7 = Struct('>iiib')
_P8 = Struct('>iqqi')
_P9 = Struct('>qi')
_P10 = Struct('>iiiibii')
_P11 = Struct('>iiibii')
_P12 = Struct('>iiqqi')
_P13 = Struct('>iiq')
_P14 = Struct('>iiqiqi')
_P15 = Struct('>16s')
_A_int32 = array_formats('i')


class ReplicaState(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchRequest.ReplicaState."""

    ReplicaId: int = -1
    ReplicaEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class FetchPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchTopic.Partitions."""

    Partition: int = MISSING
    CurrentLeaderEpoch: int = -1
    FetchOffset: int = MISSING
    LastFetchedEpoch: int = -1
    LogStartOffset: int = -1
    PartitionMaxBytes: int = MISSING
    ReplicaDirectoryId: bytes | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


class FetchTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchRequest.Topics."""

    Topic: str = MISSING
    TopicId: bytes = MISSING
    Partitions: list[FetchPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ForgottenTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchRequest.ForgottenTopicsData."""

    Topic: str = MISSING
    TopicId: bytes = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_ReplicaState = ReplicaState


class FetchRequest(Message, kw_only=True, gc=False):
    """FetchRequest (API key 1), v0-v17; from specs/FetchRequest.json."""

    API_KEY = 1
    KIND = 'request'
    VALID_VERSIONS = (0, 17)
    FLEXIBLE_FROM = 12
    LATEST_VERSION_UNSTABLE = False

    ClusterId: str | None | UnsetType = UNSET
    ReplicaId: int = -1
    ReplicaState: _ReplicaState | UnsetType = UNSET
    MaxWaitMs: int = MISSING
    MinBytes: int = MISSING
    MaxBytes: int = 2147483647
    IsolationLevel: int = 0
    SessionId: int = 0
    SessionEpoch: int = -1
    Topics: list[FetchTopic] = MISSING
    ForgottenTopicsData: list[ForgottenTopic] = MISSING
    RackId: str = ''
    unknown_tags: dict[int, Buffer] | None = None


def _d_FetchPartition_v0(buf: Buffer, pos: int) -> tuple[FetchPartition, int]:
    v_Partition, v_FetchOffset, v_PartitionMaxBytes = _P0.unpack_from(buf, pos)
    pos += 16
    return FetchPartition(
        Partition=v_Partition,
        FetchOffset=v_FetchOffset,
        PartitionMaxBytes=v_PartitionMaxBytes,
    ), pos


def _e_FetchPartition_v0(out: bytearray, m: FetchPartition) -> None:
    out += _P1.pack(m.Partition, m.FetchOffset)
    if non_default(m.LastFetchedEpoch, -1):
        raise EncodeError('LastFetchedEpoch')
    out += _P2.pack(m.PartitionMaxBytes)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos


def _o_FetchPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'FetchOffset':
        return pos
    pos += 8
    if stop == 'PartitionMaxBytes':
        return pos
    pos += 4
    return pos


def _d_FetchTopic_v0(buf: Buffer, pos: int) -> tuple[FetchTopic, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_FetchPartition_v0, buf, pos)
    return FetchTopic(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_FetchTopic_v0(out: bytearray, m: FetchTopic) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_FetchPartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v0(buf, pos)
    return pos


def _o_FetchTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v0(buf, pos)
    return pos


def _d_FetchRequest_v0(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes = _P3.unpack_from(buf, pos)
    pos += 12
    v_Topics, pos = arr_k(_d_FetchTopic_v0, buf, pos)
    return FetchRequest(
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        Topics=v_Topics,
        ForgottenTopicsData=[],
    ), pos


def _e_FetchRequest_v0(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P4.pack(m.MaxWaitMs, m.MinBytes)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v0(out, e_Topics)
    if non_default(m.ForgottenTopicsData, []):
        raise EncodeError('ForgottenTopicsData')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v0(buf, pos)
    return pos


def _o_FetchRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v0(buf, pos)
    return pos


def _d_FetchRequest_v3(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes, v_MaxBytes = _P5.unpack_from(buf, pos)
    pos += 16
    v_Topics, pos = arr_k(_d_FetchTopic_v0, buf, pos)
    return FetchRequest(
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        Topics=v_Topics,
        ForgottenTopicsData=[],
    ), pos


def _e_FetchRequest_v3(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P3.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v0(out, e_Topics)
    if non_default(m.ForgottenTopicsData, []):
        raise EncodeError('ForgottenTopicsData')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchRequest_v3(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v0(buf, pos)
    return pos


def _o_FetchRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v0(buf, pos)
    return pos


def _d_FetchRequest_v4(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel = _P6.unpack_from(buf, pos)
    pos += 17
    v_Topics, pos = arr_k(_d_FetchTopic_v0, buf, pos)
    return FetchRequest(
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        Topics=v_Topics,
        ForgottenTopicsData=[],
    ), pos


def _e_FetchRequest_v4(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P7.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v0(out, e_Topics)
    if non_default(m.ForgottenTopicsData, []):
        raise EncodeError('ForgottenTopicsData')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchRequest_v4(buf: Buffer, pos: int) -> int:
    pos += 17
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v0(buf, pos)
    return pos


def _o_FetchRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v0(buf, pos)
    return pos


def _d_FetchPartition_v5(buf: Buffer, pos: int) -> tuple[FetchPartition, int]:
    v_Partition, v_FetchOffset, v_LogStartOffset, v_PartitionMaxBytes = _P8.unpack_from(buf, pos)
    pos += 24
    return FetchPartition(
        Partition=v_Partition,
        FetchOffset=v_FetchOffset,
        LogStartOffset=v_LogStartOffset,
        PartitionMaxBytes=v_PartitionMaxBytes,
    ), pos


def _e_FetchPartition_v5(out: bytearray, m: FetchPartition) -> None:
    out += _P1.pack(m.Partition, m.FetchOffset)
    if non_default(m.LastFetchedEpoch, -1):
        raise EncodeError('LastFetchedEpoch')
    out += _P9.pack(m.LogStartOffset, m.PartitionMaxBytes)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchPartition_v5(buf: Buffer, pos: int) -> int:
    pos += 24
    return pos


def _o_FetchPartition_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'FetchOffset':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'PartitionMaxBytes':
        return pos
    pos += 4
    return pos


def _d_FetchTopic_v5(buf: Buffer, pos: int) -> tuple[FetchTopic, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_FetchPartition_v5, buf, pos)
    return FetchTopic(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_FetchTopic_v5(out: bytearray, m: FetchTopic) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_FetchPartition_v5(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchTopic_v5(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v5(buf, pos)
    return pos


def _o_FetchTopic_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v5(buf, pos)
    return pos


def _d_FetchRequest_v5(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel = _P6.unpack_from(buf, pos)
    pos += 17
    v_Topics, pos = arr_k(_d_FetchTopic_v5, buf, pos)
    return FetchRequest(
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        Topics=v_Topics,
        ForgottenTopicsData=[],
    ), pos


def _e_FetchRequest_v5(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P7.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v5(out, e_Topics)
    if non_default(m.ForgottenTopicsData, []):
        raise EncodeError('ForgottenTopicsData')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchRequest_v5(buf: Buffer, pos: int) -> int:
    pos += 17
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v5(buf, pos)
    return pos


def _o_FetchRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v5(buf, pos)
    return pos


def _d_ForgottenTopic_v7(buf: Buffer, pos: int) -> tuple[ForgottenTopic, int]:
    v_Topic, pos = str_k(buf, pos)
    (n,) = _P2.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Partitions = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Partitions = []
        pos += 4
    else:
        v_Partitions, pos = farr_k(buf, pos, 'i', 4)
    return ForgottenTopic(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_ForgottenTopic_v7(out: bytearray, m: ForgottenTopic) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    n = len(a_Partitions)
    if 0 < n <= 64:
        out += _P2.pack(n)
        out += _A_int32[n].pack(*a_Partitions)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Partitions, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ForgottenTopic_v7(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_ForgottenTopic_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_FetchRequest_v7(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel, v_SessionId, v_SessionEpoch = _P10.unpack_from(buf, pos)
    pos += 25
    v_Topics, pos = arr_k(_d_FetchTopic_v5, buf, pos)
    v_ForgottenTopicsData, pos = arr_k(_d_ForgottenTopic_v7, buf, pos)
    return FetchRequest(
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        SessionId=v_SessionId,
        SessionEpoch=v_SessionEpoch,
        Topics=v_Topics,
        ForgottenTopicsData=v_ForgottenTopicsData,
    ), pos


def _e_FetchRequest_v7(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P11.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel, m.SessionId, m.SessionEpoch)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v5(out, e_Topics)
    a_ForgottenTopicsData = m.ForgottenTopicsData
    w_alen_k(out, len(a_ForgottenTopicsData))
    for e_ForgottenTopicsData in a_ForgottenTopicsData:
        _e_ForgottenTopic_v7(out, e_ForgottenTopicsData)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchRequest_v7(buf: Buffer, pos: int) -> int:
    pos += 25
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v5(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v7(buf, pos)
    return pos


def _o_FetchRequest_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'SessionEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v5(buf, pos)
    if stop == 'ForgottenTopicsData':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v7(buf, pos)
    return pos


def _d_FetchPartition_v9(buf: Buffer, pos: int) -> tuple[FetchPartition, int]:
    v_Partition, v_CurrentLeaderEpoch, v_FetchOffset, v_LogStartOffset, v_PartitionMaxBytes = _P12.unpack_from(buf, pos)
    pos += 28
    return FetchPartition(
        Partition=v_Partition,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        FetchOffset=v_FetchOffset,
        LogStartOffset=v_LogStartOffset,
        PartitionMaxBytes=v_PartitionMaxBytes,
    ), pos


def _e_FetchPartition_v9(out: bytearray, m: FetchPartition) -> None:
    out += _P13.pack(m.Partition, m.CurrentLeaderEpoch, m.FetchOffset)
    if non_default(m.LastFetchedEpoch, -1):
        raise EncodeError('LastFetchedEpoch')
    out += _P9.pack(m.LogStartOffset, m.PartitionMaxBytes)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchPartition_v9(buf: Buffer, pos: int) -> int:
    pos += 28
    return pos


def _o_FetchPartition_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'FetchOffset':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'PartitionMaxBytes':
        return pos
    pos += 4
    return pos


def _d_FetchTopic_v9(buf: Buffer, pos: int) -> tuple[FetchTopic, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_FetchPartition_v9, buf, pos)
    return FetchTopic(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_FetchTopic_v9(out: bytearray, m: FetchTopic) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_FetchPartition_v9(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchTopic_v9(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v9(buf, pos)
    return pos


def _o_FetchTopic_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v9(buf, pos)
    return pos


def _d_FetchRequest_v9(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel, v_SessionId, v_SessionEpoch = _P10.unpack_from(buf, pos)
    pos += 25
    v_Topics, pos = arr_k(_d_FetchTopic_v9, buf, pos)
    v_ForgottenTopicsData, pos = arr_k(_d_ForgottenTopic_v7, buf, pos)
    return FetchRequest(
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        SessionId=v_SessionId,
        SessionEpoch=v_SessionEpoch,
        Topics=v_Topics,
        ForgottenTopicsData=v_ForgottenTopicsData,
    ), pos


def _e_FetchRequest_v9(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P11.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel, m.SessionId, m.SessionEpoch)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v9(out, e_Topics)
    a_ForgottenTopicsData = m.ForgottenTopicsData
    w_alen_k(out, len(a_ForgottenTopicsData))
    for e_ForgottenTopicsData in a_ForgottenTopicsData:
        _e_ForgottenTopic_v7(out, e_ForgottenTopicsData)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchRequest_v9(buf: Buffer, pos: int) -> int:
    pos += 25
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v9(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v7(buf, pos)
    return pos


def _o_FetchRequest_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'SessionEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v9(buf, pos)
    if stop == 'ForgottenTopicsData':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v7(buf, pos)
    return pos


def _d_FetchRequest_v11(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel, v_SessionId, v_SessionEpoch = _P10.unpack_from(buf, pos)
    pos += 25
    v_Topics, pos = arr_k(_d_FetchTopic_v9, buf, pos)
    v_ForgottenTopicsData, pos = arr_k(_d_ForgottenTopic_v7, buf, pos)
    v_RackId, pos = str_k(buf, pos)
    return FetchRequest(
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        SessionId=v_SessionId,
        SessionEpoch=v_SessionEpoch,
        Topics=v_Topics,
        ForgottenTopicsData=v_ForgottenTopicsData,
        RackId=v_RackId,
    ), pos


def _e_FetchRequest_v11(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P11.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel, m.SessionId, m.SessionEpoch)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v9(out, e_Topics)
    a_ForgottenTopicsData = m.ForgottenTopicsData
    w_alen_k(out, len(a_ForgottenTopicsData))
    for e_ForgottenTopicsData in a_ForgottenTopicsData:
        _e_ForgottenTopic_v7(out, e_ForgottenTopicsData)
    w_str_k(out, m.RackId)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FetchRequest_v11(buf: Buffer, pos: int) -> int:
    pos += 25
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v9(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v7(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_FetchRequest_v11(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'SessionEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v9(buf, pos)
    if stop == 'ForgottenTopicsData':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v7(buf, pos)
    if stop == 'RackId':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_FetchPartition_v12(buf: Buffer, pos: int) -> tuple[FetchPartition, int]:
    v_Partition, v_CurrentLeaderEpoch, v_FetchOffset, v_LastFetchedEpoch, v_LogStartOffset, v_PartitionMaxBytes = _P14.unpack_from(buf, pos)
    pos += 32
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchPartition(
        Partition=v_Partition,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        FetchOffset=v_FetchOffset,
        LastFetchedEpoch=v_LastFetchedEpoch,
        LogStartOffset=v_LogStartOffset,
        PartitionMaxBytes=v_PartitionMaxBytes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchPartition_v12(out: bytearray, m: FetchPartition) -> None:
    out += _P14.pack(m.Partition, m.CurrentLeaderEpoch, m.FetchOffset, m.LastFetchedEpoch, m.LogStartOffset, m.PartitionMaxBytes)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchPartition_v12(buf: Buffer, pos: int) -> int:
    pos += 32
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchPartition_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'FetchOffset':
        return pos
    pos += 8
    if stop == 'LastFetchedEpoch':
        return pos
    pos += 4
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'PartitionMaxBytes':
        return pos
    pos += 4
    return pos


def _d_FetchTopic_v12(buf: Buffer, pos: int) -> tuple[FetchTopic, int]:
    v_Topic, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_FetchPartition_v12, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchTopic(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchTopic_v12(out: bytearray, m: FetchTopic) -> None:
    w_str_c(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_FetchPartition_v12(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchTopic_v12(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v12(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchTopic_v12(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_FetchPartition_v12(buf, pos)
    return pos


def _d_ForgottenTopic_v12(buf: Buffer, pos: int) -> tuple[ForgottenTopic, int]:
    v_Topic, pos = str_c(buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_Partitions = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Partitions = []
        pos += 1
    else:
        v_Partitions, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ForgottenTopic(
        Topic=v_Topic,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ForgottenTopic_v12(out: bytearray, m: ForgottenTopic) -> None:
    w_str_c(out, m.Topic)
    a_Partitions = m.Partitions
    n = len(a_Partitions)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Partitions)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Partitions, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ForgottenTopic_v12(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ForgottenTopic_v12(buf: Buffer, pos: int, stop: str | None) -> int:
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
    pos += 4 * n
    return pos


def _d_FetchRequest_v12(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel, v_SessionId, v_SessionEpoch = _P10.unpack_from(buf, pos)
    pos += 25
    v_Topics, pos = arr_c(_d_FetchTopic_v12, buf, pos)
    v_ForgottenTopicsData, pos = arr_c(_d_ForgottenTopic_v12, buf, pos)
    v_RackId, pos = str_c(buf, pos)
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
    result = FetchRequest(
        ClusterId=v_ClusterId,
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        SessionId=v_SessionId,
        SessionEpoch=v_SessionEpoch,
        Topics=v_Topics,
        ForgottenTopicsData=v_ForgottenTopicsData,
        RackId=v_RackId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchRequest_v12(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P11.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel, m.SessionId, m.SessionEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v12(out, e_Topics)
    a_ForgottenTopicsData = m.ForgottenTopicsData
    w_alen_c(out, len(a_ForgottenTopicsData))
    for e_ForgottenTopicsData in a_ForgottenTopicsData:
        _e_ForgottenTopic_v12(out, e_ForgottenTopicsData)
    w_str_c(out, m.RackId)
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


def _s_FetchRequest_v12(buf: Buffer, pos: int) -> int:
    pos += 25
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v12(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v12(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchRequest_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'SessionEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v12(buf, pos)
    if stop == 'ForgottenTopicsData':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v12(buf, pos)
    if stop == 'RackId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_FetchTopic_v13(buf: Buffer, pos: int) -> tuple[FetchTopic, int]:
    (v_TopicId,) = _P15.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_FetchPartition_v12, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchTopic(
        Topic="",
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchTopic_v13(out: bytearray, m: FetchTopic) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_FetchPartition_v12(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchTopic_v13(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v12(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchTopic_v13(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v12(buf, pos)
    return pos


def _d_ForgottenTopic_v13(buf: Buffer, pos: int) -> tuple[ForgottenTopic, int]:
    (v_TopicId,) = _P15.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if 1 < n <= 65:
        v_Partitions = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Partitions = []
        pos += 1
    else:
        v_Partitions, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ForgottenTopic(
        Topic="",
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ForgottenTopic_v13(out: bytearray, m: ForgottenTopic) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    n = len(a_Partitions)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Partitions)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Partitions, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ForgottenTopic_v13(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ForgottenTopic_v13(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_FetchRequest_v13(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_ReplicaId, v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel, v_SessionId, v_SessionEpoch = _P10.unpack_from(buf, pos)
    pos += 25
    v_Topics, pos = arr_c(_d_FetchTopic_v13, buf, pos)
    v_ForgottenTopicsData, pos = arr_c(_d_ForgottenTopic_v13, buf, pos)
    v_RackId, pos = str_c(buf, pos)
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
    result = FetchRequest(
        ClusterId=v_ClusterId,
        ReplicaId=v_ReplicaId,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        SessionId=v_SessionId,
        SessionEpoch=v_SessionEpoch,
        Topics=v_Topics,
        ForgottenTopicsData=v_ForgottenTopicsData,
        RackId=v_RackId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchRequest_v13(out: bytearray, m: FetchRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    if non_default(m.ReplicaState, kafka_default(ReplicaState)):
        raise EncodeError('ReplicaState')
    out += _P11.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel, m.SessionId, m.SessionEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v13(out, e_Topics)
    a_ForgottenTopicsData = m.ForgottenTopicsData
    w_alen_c(out, len(a_ForgottenTopicsData))
    for e_ForgottenTopicsData in a_ForgottenTopicsData:
        _e_ForgottenTopic_v13(out, e_ForgottenTopicsData)
    w_str_c(out, m.RackId)
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


def _s_FetchRequest_v13(buf: Buffer, pos: int) -> int:
    pos += 25
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v13(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v13(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchRequest_v13(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'SessionEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v13(buf, pos)
    if stop == 'ForgottenTopicsData':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v13(buf, pos)
    if stop == 'RackId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_ReplicaState_v15(buf: Buffer, pos: int) -> tuple[ReplicaState, int]:
    v_ReplicaId, v_ReplicaEpoch = _P1.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReplicaState(
        ReplicaId=v_ReplicaId,
        ReplicaEpoch=v_ReplicaEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReplicaState_v15(out: bytearray, m: ReplicaState) -> None:
    out += _P1.pack(m.ReplicaId, m.ReplicaEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReplicaState_v15(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReplicaState_v15(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'ReplicaEpoch':
        return pos
    pos += 8
    return pos


def _d_FetchRequest_v15(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel, v_SessionId, v_SessionEpoch = _P11.unpack_from(buf, pos)
    pos += 21
    v_Topics, pos = arr_c(_d_FetchTopic_v13, buf, pos)
    v_ForgottenTopicsData, pos = arr_c(_d_ForgottenTopic_v13, buf, pos)
    v_RackId, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_ClusterId: Any = UNSET
    v_ReplicaState: Any = UNSET
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
            elif tag == 1:
                v_ReplicaState, pos = _d_ReplicaState_v15(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = FetchRequest(
        ClusterId=v_ClusterId,
        ReplicaState=v_ReplicaState,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        SessionId=v_SessionId,
        SessionEpoch=v_SessionEpoch,
        Topics=v_Topics,
        ForgottenTopicsData=v_ForgottenTopicsData,
        RackId=v_RackId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchRequest_v15(out: bytearray, m: FetchRequest) -> None:
    if non_default(m.ReplicaId, -1):
        raise EncodeError('ReplicaId')
    out += _P11.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel, m.SessionId, m.SessionEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v13(out, e_Topics)
    a_ForgottenTopicsData = m.ForgottenTopicsData
    w_alen_c(out, len(a_ForgottenTopicsData))
    for e_ForgottenTopicsData in a_ForgottenTopicsData:
        _e_ForgottenTopic_v13(out, e_ForgottenTopicsData)
    w_str_c(out, m.RackId)
    t = m.unknown_tags
    if m.ClusterId is UNSET and m.ReplicaState is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.ClusterId is not UNSET:
        p = bytearray()
        w_nstr_c(p, m.ClusterId)
        tags[0] = p
    if m.ReplicaState is not UNSET:
        p = bytearray()
        _e_ReplicaState_v15(p, m.ReplicaState)
        tags[1] = p
    w_tags(out, tags)


def _s_FetchRequest_v15(buf: Buffer, pos: int) -> int:
    pos += 21
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v13(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v13(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchRequest_v15(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'SessionEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v13(buf, pos)
    if stop == 'ForgottenTopicsData':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v13(buf, pos)
    if stop == 'RackId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_FetchPartition_v17(buf: Buffer, pos: int) -> tuple[FetchPartition, int]:
    v_Partition, v_CurrentLeaderEpoch, v_FetchOffset, v_LastFetchedEpoch, v_LogStartOffset, v_PartitionMaxBytes = _P14.unpack_from(buf, pos)
    pos += 32
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
    result = FetchPartition(
        Partition=v_Partition,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        FetchOffset=v_FetchOffset,
        LastFetchedEpoch=v_LastFetchedEpoch,
        LogStartOffset=v_LogStartOffset,
        PartitionMaxBytes=v_PartitionMaxBytes,
        ReplicaDirectoryId=v_ReplicaDirectoryId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchPartition_v17(out: bytearray, m: FetchPartition) -> None:
    out += _P14.pack(m.Partition, m.CurrentLeaderEpoch, m.FetchOffset, m.LastFetchedEpoch, m.LogStartOffset, m.PartitionMaxBytes)
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


def _s_FetchPartition_v17(buf: Buffer, pos: int) -> int:
    pos += 32
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchPartition_v17(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'FetchOffset':
        return pos
    pos += 8
    if stop == 'LastFetchedEpoch':
        return pos
    pos += 4
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'PartitionMaxBytes':
        return pos
    pos += 4
    return pos


def _d_FetchTopic_v17(buf: Buffer, pos: int) -> tuple[FetchTopic, int]:
    (v_TopicId,) = _P15.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_FetchPartition_v17, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchTopic(
        Topic="",
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchTopic_v17(out: bytearray, m: FetchTopic) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_FetchPartition_v17(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchTopic_v17(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v17(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchTopic_v17(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v17(buf, pos)
    return pos


def _d_FetchRequest_v17(buf: Buffer, pos: int) -> tuple[FetchRequest, int]:
    v_MaxWaitMs, v_MinBytes, v_MaxBytes, v_IsolationLevel, v_SessionId, v_SessionEpoch = _P11.unpack_from(buf, pos)
    pos += 21
    v_Topics, pos = arr_c(_d_FetchTopic_v17, buf, pos)
    v_ForgottenTopicsData, pos = arr_c(_d_ForgottenTopic_v13, buf, pos)
    v_RackId, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_ClusterId: Any = UNSET
    v_ReplicaState: Any = UNSET
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
            elif tag == 1:
                v_ReplicaState, pos = _d_ReplicaState_v15(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = FetchRequest(
        ClusterId=v_ClusterId,
        ReplicaState=v_ReplicaState,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        IsolationLevel=v_IsolationLevel,
        SessionId=v_SessionId,
        SessionEpoch=v_SessionEpoch,
        Topics=v_Topics,
        ForgottenTopicsData=v_ForgottenTopicsData,
        RackId=v_RackId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchRequest_v17(out: bytearray, m: FetchRequest) -> None:
    if non_default(m.ReplicaId, -1):
        raise EncodeError('ReplicaId')
    out += _P11.pack(m.MaxWaitMs, m.MinBytes, m.MaxBytes, m.IsolationLevel, m.SessionId, m.SessionEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v17(out, e_Topics)
    a_ForgottenTopicsData = m.ForgottenTopicsData
    w_alen_c(out, len(a_ForgottenTopicsData))
    for e_ForgottenTopicsData in a_ForgottenTopicsData:
        _e_ForgottenTopic_v13(out, e_ForgottenTopicsData)
    w_str_c(out, m.RackId)
    t = m.unknown_tags
    if m.ClusterId is UNSET and m.ReplicaState is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.ClusterId is not UNSET:
        p = bytearray()
        w_nstr_c(p, m.ClusterId)
        tags[0] = p
    if m.ReplicaState is not UNSET:
        p = bytearray()
        _e_ReplicaState_v15(p, m.ReplicaState)
        tags[1] = p
    w_tags(out, tags)


def _s_FetchRequest_v17(buf: Buffer, pos: int) -> int:
    pos += 21
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v17(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v13(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchRequest_v17(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'IsolationLevel':
        return pos
    pos += 1
    if stop == 'SessionId':
        return pos
    pos += 4
    if stop == 'SessionEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v17(buf, pos)
    if stop == 'ForgottenTopicsData':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v13(buf, pos)
    if stop == 'RackId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


ReplicaState.INFO = StructInfo('ReplicaState', (
    FieldInfo('ReplicaId', 'int32', (15, 17), default=-1),
    FieldInfo('ReplicaEpoch', 'int64', (15, 17), default=-1),
), (12, 17))

FetchPartition.INFO = StructInfo('FetchPartition', (
    FieldInfo('Partition', 'int32', (0, 17)),
    FieldInfo('CurrentLeaderEpoch', 'int32', (9, 17), default=-1, ignorable=True),
    FieldInfo('FetchOffset', 'int64', (0, 17)),
    FieldInfo('LastFetchedEpoch', 'int32', (12, 17), default=-1),
    FieldInfo('LogStartOffset', 'int64', (5, 17), default=-1, ignorable=True),
    FieldInfo('PartitionMaxBytes', 'int32', (0, 17)),
    FieldInfo('ReplicaDirectoryId', 'uuid', (17, 17), tag=0, ignorable=True),
), (12, 17))

FetchTopic.INFO = StructInfo('FetchTopic', (
    FieldInfo('Topic', 'string', (0, 12), ignorable=True),
    FieldInfo('TopicId', 'uuid', (13, 17), ignorable=True),
    FieldInfo('Partitions', '[]struct', (0, 17), struct=FetchPartition),
), (12, 17))

ForgottenTopic.INFO = StructInfo('ForgottenTopic', (
    FieldInfo('Topic', 'string', (7, 12), ignorable=True),
    FieldInfo('TopicId', 'uuid', (13, 17), ignorable=True),
    FieldInfo('Partitions', '[]int32', (7, 17)),
), (12, 17))

FetchRequest.INFO = StructInfo('FetchRequest', (
    FieldInfo('ClusterId', 'string', (12, 17), nullable=(12, 17), tag=0, default=None, ignorable=True),
    FieldInfo('ReplicaId', 'int32', (0, 14), default=-1),
    FieldInfo('ReplicaState', 'struct', (15, 17), tag=1, struct=ReplicaState),
    FieldInfo('MaxWaitMs', 'int32', (0, 17)),
    FieldInfo('MinBytes', 'int32', (0, 17)),
    FieldInfo('MaxBytes', 'int32', (3, 17), default=2147483647, ignorable=True),
    FieldInfo('IsolationLevel', 'int8', (4, 17), default=0, ignorable=True),
    FieldInfo('SessionId', 'int32', (7, 17), default=0, ignorable=True),
    FieldInfo('SessionEpoch', 'int32', (7, 17), default=-1, ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 17), struct=FetchTopic),
    FieldInfo('ForgottenTopicsData', '[]struct', (7, 17), struct=ForgottenTopic),
    FieldInfo('RackId', 'string', (11, 17), default='', ignorable=True),
), (12, 17))

ReplicaState.DECODERS = {
    15: _d_ReplicaState_v15,
    16: _d_ReplicaState_v15,
    17: _d_ReplicaState_v15,
}

ReplicaState.ENCODERS = {
    15: _e_ReplicaState_v15,
    16: _e_ReplicaState_v15,
    17: _e_ReplicaState_v15,
}

ReplicaState.SKIPPERS = {
    15: _s_ReplicaState_v15,
    16: _s_ReplicaState_v15,
    17: _s_ReplicaState_v15,
}

ReplicaState.SEEKERS = {
    15: _o_ReplicaState_v15,
    16: _o_ReplicaState_v15,
    17: _o_ReplicaState_v15,
}

FetchPartition.DECODERS = {
    0: _d_FetchPartition_v0,
    1: _d_FetchPartition_v0,
    2: _d_FetchPartition_v0,
    3: _d_FetchPartition_v0,
    4: _d_FetchPartition_v0,
    5: _d_FetchPartition_v5,
    6: _d_FetchPartition_v5,
    7: _d_FetchPartition_v5,
    8: _d_FetchPartition_v5,
    9: _d_FetchPartition_v9,
    10: _d_FetchPartition_v9,
    11: _d_FetchPartition_v9,
    12: _d_FetchPartition_v12,
    13: _d_FetchPartition_v12,
    14: _d_FetchPartition_v12,
    15: _d_FetchPartition_v12,
    16: _d_FetchPartition_v12,
    17: _d_FetchPartition_v17,
}

FetchPartition.ENCODERS = {
    0: _e_FetchPartition_v0,
    1: _e_FetchPartition_v0,
    2: _e_FetchPartition_v0,
    3: _e_FetchPartition_v0,
    4: _e_FetchPartition_v0,
    5: _e_FetchPartition_v5,
    6: _e_FetchPartition_v5,
    7: _e_FetchPartition_v5,
    8: _e_FetchPartition_v5,
    9: _e_FetchPartition_v9,
    10: _e_FetchPartition_v9,
    11: _e_FetchPartition_v9,
    12: _e_FetchPartition_v12,
    13: _e_FetchPartition_v12,
    14: _e_FetchPartition_v12,
    15: _e_FetchPartition_v12,
    16: _e_FetchPartition_v12,
    17: _e_FetchPartition_v17,
}

FetchPartition.SKIPPERS = {
    0: _s_FetchPartition_v0,
    1: _s_FetchPartition_v0,
    2: _s_FetchPartition_v0,
    3: _s_FetchPartition_v0,
    4: _s_FetchPartition_v0,
    5: _s_FetchPartition_v5,
    6: _s_FetchPartition_v5,
    7: _s_FetchPartition_v5,
    8: _s_FetchPartition_v5,
    9: _s_FetchPartition_v9,
    10: _s_FetchPartition_v9,
    11: _s_FetchPartition_v9,
    12: _s_FetchPartition_v12,
    13: _s_FetchPartition_v12,
    14: _s_FetchPartition_v12,
    15: _s_FetchPartition_v12,
    16: _s_FetchPartition_v12,
    17: _s_FetchPartition_v17,
}

FetchPartition.SEEKERS = {
    0: _o_FetchPartition_v0,
    1: _o_FetchPartition_v0,
    2: _o_FetchPartition_v0,
    3: _o_FetchPartition_v0,
    4: _o_FetchPartition_v0,
    5: _o_FetchPartition_v5,
    6: _o_FetchPartition_v5,
    7: _o_FetchPartition_v5,
    8: _o_FetchPartition_v5,
    9: _o_FetchPartition_v9,
    10: _o_FetchPartition_v9,
    11: _o_FetchPartition_v9,
    12: _o_FetchPartition_v12,
    13: _o_FetchPartition_v12,
    14: _o_FetchPartition_v12,
    15: _o_FetchPartition_v12,
    16: _o_FetchPartition_v12,
    17: _o_FetchPartition_v17,
}

FetchTopic.DECODERS = {
    0: _d_FetchTopic_v0,
    1: _d_FetchTopic_v0,
    2: _d_FetchTopic_v0,
    3: _d_FetchTopic_v0,
    4: _d_FetchTopic_v0,
    5: _d_FetchTopic_v5,
    6: _d_FetchTopic_v5,
    7: _d_FetchTopic_v5,
    8: _d_FetchTopic_v5,
    9: _d_FetchTopic_v9,
    10: _d_FetchTopic_v9,
    11: _d_FetchTopic_v9,
    12: _d_FetchTopic_v12,
    13: _d_FetchTopic_v13,
    14: _d_FetchTopic_v13,
    15: _d_FetchTopic_v13,
    16: _d_FetchTopic_v13,
    17: _d_FetchTopic_v17,
}

FetchTopic.ENCODERS = {
    0: _e_FetchTopic_v0,
    1: _e_FetchTopic_v0,
    2: _e_FetchTopic_v0,
    3: _e_FetchTopic_v0,
    4: _e_FetchTopic_v0,
    5: _e_FetchTopic_v5,
    6: _e_FetchTopic_v5,
    7: _e_FetchTopic_v5,
    8: _e_FetchTopic_v5,
    9: _e_FetchTopic_v9,
    10: _e_FetchTopic_v9,
    11: _e_FetchTopic_v9,
    12: _e_FetchTopic_v12,
    13: _e_FetchTopic_v13,
    14: _e_FetchTopic_v13,
    15: _e_FetchTopic_v13,
    16: _e_FetchTopic_v13,
    17: _e_FetchTopic_v17,
}

FetchTopic.SKIPPERS = {
    0: _s_FetchTopic_v0,
    1: _s_FetchTopic_v0,
    2: _s_FetchTopic_v0,
    3: _s_FetchTopic_v0,
    4: _s_FetchTopic_v0,
    5: _s_FetchTopic_v5,
    6: _s_FetchTopic_v5,
    7: _s_FetchTopic_v5,
    8: _s_FetchTopic_v5,
    9: _s_FetchTopic_v9,
    10: _s_FetchTopic_v9,
    11: _s_FetchTopic_v9,
    12: _s_FetchTopic_v12,
    13: _s_FetchTopic_v13,
    14: _s_FetchTopic_v13,
    15: _s_FetchTopic_v13,
    16: _s_FetchTopic_v13,
    17: _s_FetchTopic_v17,
}

FetchTopic.SEEKERS = {
    0: _o_FetchTopic_v0,
    1: _o_FetchTopic_v0,
    2: _o_FetchTopic_v0,
    3: _o_FetchTopic_v0,
    4: _o_FetchTopic_v0,
    5: _o_FetchTopic_v5,
    6: _o_FetchTopic_v5,
    7: _o_FetchTopic_v5,
    8: _o_FetchTopic_v5,
    9: _o_FetchTopic_v9,
    10: _o_FetchTopic_v9,
    11: _o_FetchTopic_v9,
    12: _o_FetchTopic_v12,
    13: _o_FetchTopic_v13,
    14: _o_FetchTopic_v13,
    15: _o_FetchTopic_v13,
    16: _o_FetchTopic_v13,
    17: _o_FetchTopic_v17,
}

ForgottenTopic.DECODERS = {
    7: _d_ForgottenTopic_v7,
    8: _d_ForgottenTopic_v7,
    9: _d_ForgottenTopic_v7,
    10: _d_ForgottenTopic_v7,
    11: _d_ForgottenTopic_v7,
    12: _d_ForgottenTopic_v12,
    13: _d_ForgottenTopic_v13,
    14: _d_ForgottenTopic_v13,
    15: _d_ForgottenTopic_v13,
    16: _d_ForgottenTopic_v13,
    17: _d_ForgottenTopic_v13,
}

ForgottenTopic.ENCODERS = {
    7: _e_ForgottenTopic_v7,
    8: _e_ForgottenTopic_v7,
    9: _e_ForgottenTopic_v7,
    10: _e_ForgottenTopic_v7,
    11: _e_ForgottenTopic_v7,
    12: _e_ForgottenTopic_v12,
    13: _e_ForgottenTopic_v13,
    14: _e_ForgottenTopic_v13,
    15: _e_ForgottenTopic_v13,
    16: _e_ForgottenTopic_v13,
    17: _e_ForgottenTopic_v13,
}

ForgottenTopic.SKIPPERS = {
    7: _s_ForgottenTopic_v7,
    8: _s_ForgottenTopic_v7,
    9: _s_ForgottenTopic_v7,
    10: _s_ForgottenTopic_v7,
    11: _s_ForgottenTopic_v7,
    12: _s_ForgottenTopic_v12,
    13: _s_ForgottenTopic_v13,
    14: _s_ForgottenTopic_v13,
    15: _s_ForgottenTopic_v13,
    16: _s_ForgottenTopic_v13,
    17: _s_ForgottenTopic_v13,
}

ForgottenTopic.SEEKERS = {
    7: _o_ForgottenTopic_v7,
    8: _o_ForgottenTopic_v7,
    9: _o_ForgottenTopic_v7,
    10: _o_ForgottenTopic_v7,
    11: _o_ForgottenTopic_v7,
    12: _o_ForgottenTopic_v12,
    13: _o_ForgottenTopic_v13,
    14: _o_ForgottenTopic_v13,
    15: _o_ForgottenTopic_v13,
    16: _o_ForgottenTopic_v13,
    17: _o_ForgottenTopic_v13,
}

FetchRequest.DECODERS = {
    0: _d_FetchRequest_v0,
    1: _d_FetchRequest_v0,
    2: _d_FetchRequest_v0,
    3: _d_FetchRequest_v3,
    4: _d_FetchRequest_v4,
    5: _d_FetchRequest_v5,
    6: _d_FetchRequest_v5,
    7: _d_FetchRequest_v7,
    8: _d_FetchRequest_v7,
    9: _d_FetchRequest_v9,
    10: _d_FetchRequest_v9,
    11: _d_FetchRequest_v11,
    12: _d_FetchRequest_v12,
    13: _d_FetchRequest_v13,
    14: _d_FetchRequest_v13,
    15: _d_FetchRequest_v15,
    16: _d_FetchRequest_v15,
    17: _d_FetchRequest_v17,
}

FetchRequest.ENCODERS = {
    0: _e_FetchRequest_v0,
    1: _e_FetchRequest_v0,
    2: _e_FetchRequest_v0,
    3: _e_FetchRequest_v3,
    4: _e_FetchRequest_v4,
    5: _e_FetchRequest_v5,
    6: _e_FetchRequest_v5,
    7: _e_FetchRequest_v7,
    8: _e_FetchRequest_v7,
    9: _e_FetchRequest_v9,
    10: _e_FetchRequest_v9,
    11: _e_FetchRequest_v11,
    12: _e_FetchRequest_v12,
    13: _e_FetchRequest_v13,
    14: _e_FetchRequest_v13,
    15: _e_FetchRequest_v15,
    16: _e_FetchRequest_v15,
    17: _e_FetchRequest_v17,
}

FetchRequest.SKIPPERS = {
    0: _s_FetchRequest_v0,
    1: _s_FetchRequest_v0,
    2: _s_FetchRequest_v0,
    3: _s_FetchRequest_v3,
    4: _s_FetchRequest_v4,
    5: _s_FetchRequest_v5,
    6: _s_FetchRequest_v5,
    7: _s_FetchRequest_v7,
    8: _s_FetchRequest_v7,
    9: _s_FetchRequest_v9,
    10: _s_FetchRequest_v9,
    11: _s_FetchRequest_v11,
    12: _s_FetchRequest_v12,
    13: _s_FetchRequest_v13,
    14: _s_FetchRequest_v13,
    15: _s_FetchRequest_v15,
    16: _s_FetchRequest_v15,
    17: _s_FetchRequest_v17,
}

FetchRequest.SEEKERS = {
    0: _o_FetchRequest_v0,
    1: _o_FetchRequest_v0,
    2: _o_FetchRequest_v0,
    3: _o_FetchRequest_v3,
    4: _o_FetchRequest_v4,
    5: _o_FetchRequest_v5,
    6: _o_FetchRequest_v5,
    7: _o_FetchRequest_v7,
    8: _o_FetchRequest_v7,
    9: _o_FetchRequest_v9,
    10: _o_FetchRequest_v9,
    11: _o_FetchRequest_v11,
    12: _o_FetchRequest_v12,
    13: _o_FetchRequest_v13,
    14: _o_FetchRequest_v13,
    15: _o_FetchRequest_v15,
    16: _o_FetchRequest_v15,
    17: _o_FetchRequest_v17,
}
