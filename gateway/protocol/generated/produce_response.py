"""ProduceResponse: generated from specs/ProduceResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    read_uvarint,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    stray_tag_bytes,
    tag_header,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>ihq')
_P1 = Struct('>i')
_P2 = Struct('>ihqq')
_P3 = Struct('>ihqqq')
_P4 = Struct('>ii')


class BatchIndexAndErrorMessage(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionProduceResponse.RecordErrors."""

    BatchIndex: int = MISSING
    BatchIndexErrorMessage: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class LeaderIdAndEpoch(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionProduceResponse.CurrentLeader."""

    LeaderId: int = -1
    LeaderEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class PartitionProduceResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicProduceResponse.PartitionResponses."""

    Index: int = MISSING
    ErrorCode: int = MISSING
    BaseOffset: int = MISSING
    LogAppendTimeMs: int = -1
    LogStartOffset: int = -1
    RecordErrors: list[BatchIndexAndErrorMessage] = MISSING
    ErrorMessage: str | None = None
    CurrentLeader: LeaderIdAndEpoch | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


class TopicProduceResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of ProduceResponse.Responses."""

    Name: str = MISSING
    PartitionResponses: list[PartitionProduceResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class NodeEndpoint(KafkaStruct, kw_only=True, gc=False):
    """An element of ProduceResponse.NodeEndpoints."""

    NodeId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    Rack: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class ProduceResponse(Message, kw_only=True, gc=False):
    """ProduceResponse (API key 0), v0-v12; from specs/ProduceResponse.json."""

    API_KEY = 0
    KIND = 'response'
    VALID_VERSIONS = (0, 12)
    FLEXIBLE_FROM = 9
    LATEST_VERSION_UNSTABLE = False

    Responses: list[TopicProduceResponse] = MISSING
    ThrottleTimeMs: int = 0
    NodeEndpoints: list[NodeEndpoint] | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionProduceResponse_v0(buf: Buffer, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_Index, v_ErrorCode, v_BaseOffset = _P0.unpack_from(buf, pos)
    pos += 14
    return PartitionProduceResponse(
        Index=v_Index,
        ErrorCode=v_ErrorCode,
        BaseOffset=v_BaseOffset,
        RecordErrors=[],
    ), pos


def _e_PartitionProduceResponse_v0(out: bytearray, m: PartitionProduceResponse) -> None:
    out += _P0.pack(m.Index, m.ErrorCode, m.BaseOffset)
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionProduceResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 14
    return pos


def _o_PartitionProduceResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'BaseOffset':
        return pos
    pos += 8
    return pos


def _d_TopicProduceResponse_v0(buf: Buffer, pos: int) -> tuple[TopicProduceResponse, int]:
    v_Name, pos = str_k(buf, pos)
    v_PartitionResponses, pos = arr_k(_d_PartitionProduceResponse_v0, buf, pos)
    return TopicProduceResponse(
        Name=v_Name,
        PartitionResponses=v_PartitionResponses,
    ), pos


def _e_TopicProduceResponse_v0(out: bytearray, m: TopicProduceResponse) -> None:
    w_str_k(out, m.Name)
    a_PartitionResponses = m.PartitionResponses
    w_alen_k(out, len(a_PartitionResponses))
    for e_PartitionResponses in a_PartitionResponses:
        _e_PartitionProduceResponse_v0(out, e_PartitionResponses)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TopicProduceResponse_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v0(buf, pos)
    return pos


def _o_TopicProduceResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionResponses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v0(buf, pos)
    return pos


def _d_ProduceResponse_v0(buf: Buffer, pos: int) -> tuple[ProduceResponse, int]:
    v_Responses, pos = arr_k(_d_TopicProduceResponse_v0, buf, pos)
    return ProduceResponse(
        Responses=v_Responses,
    ), pos


def _e_ProduceResponse_v0(out: bytearray, m: ProduceResponse) -> None:
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_TopicProduceResponse_v0(out, e_Responses)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ProduceResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v0(buf, pos)
    return pos


def _o_ProduceResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v0(buf, pos)
    return pos


def _d_ProduceResponse_v1(buf: Buffer, pos: int) -> tuple[ProduceResponse, int]:
    v_Responses, pos = arr_k(_d_TopicProduceResponse_v0, buf, pos)
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    return ProduceResponse(
        Responses=v_Responses,
        ThrottleTimeMs=v_ThrottleTimeMs,
    ), pos


def _e_ProduceResponse_v1(out: bytearray, m: ProduceResponse) -> None:
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_TopicProduceResponse_v0(out, e_Responses)
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ProduceResponse_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v0(buf, pos)
    pos += 4
    return pos


def _o_ProduceResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v0(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_PartitionProduceResponse_v2(buf: Buffer, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_Index, v_ErrorCode, v_BaseOffset, v_LogAppendTimeMs = _P2.unpack_from(buf, pos)
    pos += 22
    return PartitionProduceResponse(
        Index=v_Index,
        ErrorCode=v_ErrorCode,
        BaseOffset=v_BaseOffset,
        LogAppendTimeMs=v_LogAppendTimeMs,
        RecordErrors=[],
    ), pos


def _e_PartitionProduceResponse_v2(out: bytearray, m: PartitionProduceResponse) -> None:
    out += _P2.pack(m.Index, m.ErrorCode, m.BaseOffset, m.LogAppendTimeMs)
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionProduceResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 22
    return pos


def _o_PartitionProduceResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'BaseOffset':
        return pos
    pos += 8
    if stop == 'LogAppendTimeMs':
        return pos
    pos += 8
    return pos


def _d_TopicProduceResponse_v2(buf: Buffer, pos: int) -> tuple[TopicProduceResponse, int]:
    v_Name, pos = str_k(buf, pos)
    v_PartitionResponses, pos = arr_k(_d_PartitionProduceResponse_v2, buf, pos)
    return TopicProduceResponse(
        Name=v_Name,
        PartitionResponses=v_PartitionResponses,
    ), pos


def _e_TopicProduceResponse_v2(out: bytearray, m: TopicProduceResponse) -> None:
    w_str_k(out, m.Name)
    a_PartitionResponses = m.PartitionResponses
    w_alen_k(out, len(a_PartitionResponses))
    for e_PartitionResponses in a_PartitionResponses:
        _e_PartitionProduceResponse_v2(out, e_PartitionResponses)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TopicProduceResponse_v2(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v2(buf, pos)
    return pos


def _o_TopicProduceResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionResponses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v2(buf, pos)
    return pos


def _d_ProduceResponse_v2(buf: Buffer, pos: int) -> tuple[ProduceResponse, int]:
    v_Responses, pos = arr_k(_d_TopicProduceResponse_v2, buf, pos)
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    return ProduceResponse(
        Responses=v_Responses,
        ThrottleTimeMs=v_ThrottleTimeMs,
    ), pos


def _e_ProduceResponse_v2(out: bytearray, m: ProduceResponse) -> None:
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_TopicProduceResponse_v2(out, e_Responses)
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ProduceResponse_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v2(buf, pos)
    pos += 4
    return pos


def _o_ProduceResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v2(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_PartitionProduceResponse_v5(buf: Buffer, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_Index, v_ErrorCode, v_BaseOffset, v_LogAppendTimeMs, v_LogStartOffset = _P3.unpack_from(buf, pos)
    pos += 30
    return PartitionProduceResponse(
        Index=v_Index,
        ErrorCode=v_ErrorCode,
        BaseOffset=v_BaseOffset,
        LogAppendTimeMs=v_LogAppendTimeMs,
        LogStartOffset=v_LogStartOffset,
        RecordErrors=[],
    ), pos


def _e_PartitionProduceResponse_v5(out: bytearray, m: PartitionProduceResponse) -> None:
    out += _P3.pack(m.Index, m.ErrorCode, m.BaseOffset, m.LogAppendTimeMs, m.LogStartOffset)
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionProduceResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 30
    return pos


def _o_PartitionProduceResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'BaseOffset':
        return pos
    pos += 8
    if stop == 'LogAppendTimeMs':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    return pos


def _d_TopicProduceResponse_v5(buf: Buffer, pos: int) -> tuple[TopicProduceResponse, int]:
    v_Name, pos = str_k(buf, pos)
    v_PartitionResponses, pos = arr_k(_d_PartitionProduceResponse_v5, buf, pos)
    return TopicProduceResponse(
        Name=v_Name,
        PartitionResponses=v_PartitionResponses,
    ), pos


def _e_TopicProduceResponse_v5(out: bytearray, m: TopicProduceResponse) -> None:
    w_str_k(out, m.Name)
    a_PartitionResponses = m.PartitionResponses
    w_alen_k(out, len(a_PartitionResponses))
    for e_PartitionResponses in a_PartitionResponses:
        _e_PartitionProduceResponse_v5(out, e_PartitionResponses)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TopicProduceResponse_v5(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v5(buf, pos)
    return pos


def _o_TopicProduceResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionResponses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v5(buf, pos)
    return pos


def _d_ProduceResponse_v5(buf: Buffer, pos: int) -> tuple[ProduceResponse, int]:
    v_Responses, pos = arr_k(_d_TopicProduceResponse_v5, buf, pos)
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    return ProduceResponse(
        Responses=v_Responses,
        ThrottleTimeMs=v_ThrottleTimeMs,
    ), pos


def _e_ProduceResponse_v5(out: bytearray, m: ProduceResponse) -> None:
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_TopicProduceResponse_v5(out, e_Responses)
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ProduceResponse_v5(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v5(buf, pos)
    pos += 4
    return pos


def _o_ProduceResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v5(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_BatchIndexAndErrorMessage_v8(buf: Buffer, pos: int) -> tuple[BatchIndexAndErrorMessage, int]:
    (v_BatchIndex,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_BatchIndexErrorMessage, pos = nstr_k(buf, pos)
    return BatchIndexAndErrorMessage(
        BatchIndex=v_BatchIndex,
        BatchIndexErrorMessage=v_BatchIndexErrorMessage,
    ), pos


def _e_BatchIndexAndErrorMessage_v8(out: bytearray, m: BatchIndexAndErrorMessage) -> None:
    out += _P1.pack(m.BatchIndex)
    w_nstr_k(out, m.BatchIndexErrorMessage)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_BatchIndexAndErrorMessage_v8(buf: Buffer, pos: int) -> int:
    pos += 4
    pos = skip_k16(buf, pos)
    return pos


def _o_BatchIndexAndErrorMessage_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BatchIndex':
        return pos
    pos += 4
    if stop == 'BatchIndexErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_PartitionProduceResponse_v8(buf: Buffer, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_Index, v_ErrorCode, v_BaseOffset, v_LogAppendTimeMs, v_LogStartOffset = _P3.unpack_from(buf, pos)
    pos += 30
    v_RecordErrors, pos = arr_k(_d_BatchIndexAndErrorMessage_v8, buf, pos)
    v_ErrorMessage, pos = nstr_k(buf, pos)
    return PartitionProduceResponse(
        Index=v_Index,
        ErrorCode=v_ErrorCode,
        BaseOffset=v_BaseOffset,
        LogAppendTimeMs=v_LogAppendTimeMs,
        LogStartOffset=v_LogStartOffset,
        RecordErrors=v_RecordErrors,
        ErrorMessage=v_ErrorMessage,
    ), pos


def _e_PartitionProduceResponse_v8(out: bytearray, m: PartitionProduceResponse) -> None:
    out += _P3.pack(m.Index, m.ErrorCode, m.BaseOffset, m.LogAppendTimeMs, m.LogStartOffset)
    a_RecordErrors = m.RecordErrors
    w_alen_k(out, len(a_RecordErrors))
    for e_RecordErrors in a_RecordErrors:
        _e_BatchIndexAndErrorMessage_v8(out, e_RecordErrors)
    w_nstr_k(out, m.ErrorMessage)
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionProduceResponse_v8(buf: Buffer, pos: int) -> int:
    pos += 30
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_BatchIndexAndErrorMessage_v8(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_PartitionProduceResponse_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'BaseOffset':
        return pos
    pos += 8
    if stop == 'LogAppendTimeMs':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'RecordErrors':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_BatchIndexAndErrorMessage_v8(buf, pos)
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_TopicProduceResponse_v8(buf: Buffer, pos: int) -> tuple[TopicProduceResponse, int]:
    v_Name, pos = str_k(buf, pos)
    v_PartitionResponses, pos = arr_k(_d_PartitionProduceResponse_v8, buf, pos)
    return TopicProduceResponse(
        Name=v_Name,
        PartitionResponses=v_PartitionResponses,
    ), pos


def _e_TopicProduceResponse_v8(out: bytearray, m: TopicProduceResponse) -> None:
    w_str_k(out, m.Name)
    a_PartitionResponses = m.PartitionResponses
    w_alen_k(out, len(a_PartitionResponses))
    for e_PartitionResponses in a_PartitionResponses:
        _e_PartitionProduceResponse_v8(out, e_PartitionResponses)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TopicProduceResponse_v8(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v8(buf, pos)
    return pos


def _o_TopicProduceResponse_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionResponses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v8(buf, pos)
    return pos


def _d_ProduceResponse_v8(buf: Buffer, pos: int) -> tuple[ProduceResponse, int]:
    v_Responses, pos = arr_k(_d_TopicProduceResponse_v8, buf, pos)
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    return ProduceResponse(
        Responses=v_Responses,
        ThrottleTimeMs=v_ThrottleTimeMs,
    ), pos


def _e_ProduceResponse_v8(out: bytearray, m: ProduceResponse) -> None:
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_TopicProduceResponse_v8(out, e_Responses)
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ProduceResponse_v8(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v8(buf, pos)
    pos += 4
    return pos


def _o_ProduceResponse_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v8(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_BatchIndexAndErrorMessage_v9(buf: Buffer, pos: int) -> tuple[BatchIndexAndErrorMessage, int]:
    (v_BatchIndex,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_BatchIndexErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BatchIndexAndErrorMessage(
        BatchIndex=v_BatchIndex,
        BatchIndexErrorMessage=v_BatchIndexErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BatchIndexAndErrorMessage_v9(out: bytearray, m: BatchIndexAndErrorMessage) -> None:
    out += _P1.pack(m.BatchIndex)
    w_nstr_c(out, m.BatchIndexErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BatchIndexAndErrorMessage_v9(buf: Buffer, pos: int) -> int:
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BatchIndexAndErrorMessage_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BatchIndex':
        return pos
    pos += 4
    if stop == 'BatchIndexErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_PartitionProduceResponse_v9(buf: Buffer, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_Index, v_ErrorCode, v_BaseOffset, v_LogAppendTimeMs, v_LogStartOffset = _P3.unpack_from(buf, pos)
    pos += 30
    v_RecordErrors, pos = arr_c(_d_BatchIndexAndErrorMessage_v9, buf, pos)
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionProduceResponse(
        Index=v_Index,
        ErrorCode=v_ErrorCode,
        BaseOffset=v_BaseOffset,
        LogAppendTimeMs=v_LogAppendTimeMs,
        LogStartOffset=v_LogStartOffset,
        RecordErrors=v_RecordErrors,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionProduceResponse_v9(out: bytearray, m: PartitionProduceResponse) -> None:
    out += _P3.pack(m.Index, m.ErrorCode, m.BaseOffset, m.LogAppendTimeMs, m.LogStartOffset)
    a_RecordErrors = m.RecordErrors
    w_alen_c(out, len(a_RecordErrors))
    for e_RecordErrors in a_RecordErrors:
        _e_BatchIndexAndErrorMessage_v9(out, e_RecordErrors)
    w_nstr_c(out, m.ErrorMessage)
    if non_default(m.CurrentLeader, kafka_default(LeaderIdAndEpoch)):
        raise EncodeError('CurrentLeader')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionProduceResponse_v9(buf: Buffer, pos: int) -> int:
    pos += 30
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_BatchIndexAndErrorMessage_v9(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionProduceResponse_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'BaseOffset':
        return pos
    pos += 8
    if stop == 'LogAppendTimeMs':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'RecordErrors':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_BatchIndexAndErrorMessage_v9(buf, pos)
    if stop == 'ErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_TopicProduceResponse_v9(buf: Buffer, pos: int) -> tuple[TopicProduceResponse, int]:
    v_Name, pos = str_c(buf, pos)
    v_PartitionResponses, pos = arr_c(_d_PartitionProduceResponse_v9, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicProduceResponse(
        Name=v_Name,
        PartitionResponses=v_PartitionResponses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicProduceResponse_v9(out: bytearray, m: TopicProduceResponse) -> None:
    w_str_c(out, m.Name)
    a_PartitionResponses = m.PartitionResponses
    w_alen_c(out, len(a_PartitionResponses))
    for e_PartitionResponses in a_PartitionResponses:
        _e_PartitionProduceResponse_v9(out, e_PartitionResponses)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicProduceResponse_v9(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v9(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicProduceResponse_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionResponses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v9(buf, pos)
    return pos


def _d_ProduceResponse_v9(buf: Buffer, pos: int) -> tuple[ProduceResponse, int]:
    v_Responses, pos = arr_c(_d_TopicProduceResponse_v9, buf, pos)
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ProduceResponse(
        Responses=v_Responses,
        ThrottleTimeMs=v_ThrottleTimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ProduceResponse_v9(out: bytearray, m: ProduceResponse) -> None:
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_TopicProduceResponse_v9(out, e_Responses)
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ProduceResponse_v9(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v9(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ProduceResponse_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v9(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_LeaderIdAndEpoch_v10(buf: Buffer, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_LeaderId, v_LeaderEpoch = _P4.unpack_from(buf, pos)
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


def _e_LeaderIdAndEpoch_v10(out: bytearray, m: LeaderIdAndEpoch) -> None:
    out += _P4.pack(m.LeaderId, m.LeaderEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderIdAndEpoch_v10(buf: Buffer, pos: int) -> int:
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderIdAndEpoch_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_PartitionProduceResponse_v10(buf: Buffer, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_Index, v_ErrorCode, v_BaseOffset, v_LogAppendTimeMs, v_LogStartOffset = _P3.unpack_from(buf, pos)
    pos += 30
    v_RecordErrors, pos = arr_c(_d_BatchIndexAndErrorMessage_v9, buf, pos)
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_CurrentLeader: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_CurrentLeader, pos = _d_LeaderIdAndEpoch_v10(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = PartitionProduceResponse(
        Index=v_Index,
        ErrorCode=v_ErrorCode,
        BaseOffset=v_BaseOffset,
        LogAppendTimeMs=v_LogAppendTimeMs,
        LogStartOffset=v_LogStartOffset,
        RecordErrors=v_RecordErrors,
        ErrorMessage=v_ErrorMessage,
        CurrentLeader=v_CurrentLeader,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionProduceResponse_v10(out: bytearray, m: PartitionProduceResponse) -> None:
    out += _P3.pack(m.Index, m.ErrorCode, m.BaseOffset, m.LogAppendTimeMs, m.LogStartOffset)
    a_RecordErrors = m.RecordErrors
    w_alen_c(out, len(a_RecordErrors))
    for e_RecordErrors in a_RecordErrors:
        _e_BatchIndexAndErrorMessage_v9(out, e_RecordErrors)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if m.CurrentLeader is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.CurrentLeader is not UNSET:
        p = bytearray()
        _e_LeaderIdAndEpoch_v10(p, m.CurrentLeader)
        tags[0] = p
    w_tags(out, tags)


def _s_PartitionProduceResponse_v10(buf: Buffer, pos: int) -> int:
    pos += 30
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_BatchIndexAndErrorMessage_v9(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionProduceResponse_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'BaseOffset':
        return pos
    pos += 8
    if stop == 'LogAppendTimeMs':
        return pos
    pos += 8
    if stop == 'LogStartOffset':
        return pos
    pos += 8
    if stop == 'RecordErrors':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_BatchIndexAndErrorMessage_v9(buf, pos)
    if stop == 'ErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_TopicProduceResponse_v10(buf: Buffer, pos: int) -> tuple[TopicProduceResponse, int]:
    v_Name, pos = str_c(buf, pos)
    v_PartitionResponses, pos = arr_c(_d_PartitionProduceResponse_v10, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicProduceResponse(
        Name=v_Name,
        PartitionResponses=v_PartitionResponses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicProduceResponse_v10(out: bytearray, m: TopicProduceResponse) -> None:
    w_str_c(out, m.Name)
    a_PartitionResponses = m.PartitionResponses
    w_alen_c(out, len(a_PartitionResponses))
    for e_PartitionResponses in a_PartitionResponses:
        _e_PartitionProduceResponse_v10(out, e_PartitionResponses)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicProduceResponse_v10(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v10(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicProduceResponse_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionResponses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceResponse_v10(buf, pos)
    return pos


def _d_NodeEndpoint_v10(buf: Buffer, pos: int) -> tuple[NodeEndpoint, int]:
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


def _e_NodeEndpoint_v10(out: bytearray, m: NodeEndpoint) -> None:
    out += _P1.pack(m.NodeId)
    w_str_c(out, m.Host)
    out += _P1.pack(m.Port)
    w_nstr_c(out, m.Rack)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_NodeEndpoint_v10(buf: Buffer, pos: int) -> int:
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


def _o_NodeEndpoint_v10(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_ProduceResponse_v10(buf: Buffer, pos: int) -> tuple[ProduceResponse, int]:
    v_Responses, pos = arr_c(_d_TopicProduceResponse_v10, buf, pos)
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
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
                v_NodeEndpoints, pos = arr_c(_d_NodeEndpoint_v10, buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = ProduceResponse(
        Responses=v_Responses,
        ThrottleTimeMs=v_ThrottleTimeMs,
        NodeEndpoints=v_NodeEndpoints,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ProduceResponse_v10(out: bytearray, m: ProduceResponse) -> None:
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_TopicProduceResponse_v10(out, e_Responses)
    out += _P1.pack(m.ThrottleTimeMs)
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
            _e_NodeEndpoint_v10(p, e_NodeEndpoints)
        tags[0] = p
    w_tags(out, tags)


def _s_ProduceResponse_v10(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v10(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ProduceResponse_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceResponse_v10(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


BatchIndexAndErrorMessage.INFO = StructInfo('BatchIndexAndErrorMessage', (
    FieldInfo('BatchIndex', 'int32', (8, 12)),
    FieldInfo('BatchIndexErrorMessage', 'string', (8, 12), nullable=(8, 12), default=None),
), (9, 12))

LeaderIdAndEpoch.INFO = StructInfo('LeaderIdAndEpoch', (
    FieldInfo('LeaderId', 'int32', (10, 12), default=-1),
    FieldInfo('LeaderEpoch', 'int32', (10, 12), default=-1),
), (9, 12))

PartitionProduceResponse.INFO = StructInfo('PartitionProduceResponse', (
    FieldInfo('Index', 'int32', (0, 12)),
    FieldInfo('ErrorCode', 'int16', (0, 12)),
    FieldInfo('BaseOffset', 'int64', (0, 12)),
    FieldInfo('LogAppendTimeMs', 'int64', (2, 12), default=-1, ignorable=True),
    FieldInfo('LogStartOffset', 'int64', (5, 12), default=-1, ignorable=True),
    FieldInfo('RecordErrors', '[]struct', (8, 12), ignorable=True, struct=BatchIndexAndErrorMessage),
    FieldInfo('ErrorMessage', 'string', (8, 12), nullable=(8, 12), default=None, ignorable=True),
    FieldInfo('CurrentLeader', 'struct', (10, 12), tag=0, struct=LeaderIdAndEpoch),
), (9, 12))

TopicProduceResponse.INFO = StructInfo('TopicProduceResponse', (
    FieldInfo('Name', 'string', (0, 12)),
    FieldInfo('PartitionResponses', '[]struct', (0, 12), struct=PartitionProduceResponse),
), (9, 12))

NodeEndpoint.INFO = StructInfo('NodeEndpoint', (
    FieldInfo('NodeId', 'int32', (10, 12)),
    FieldInfo('Host', 'string', (10, 12)),
    FieldInfo('Port', 'int32', (10, 12)),
    FieldInfo('Rack', 'string', (10, 12), nullable=(10, 12), default=None),
), (9, 12))

ProduceResponse.INFO = StructInfo('ProduceResponse', (
    FieldInfo('Responses', '[]struct', (0, 12), struct=TopicProduceResponse),
    FieldInfo('ThrottleTimeMs', 'int32', (1, 12), default=0, ignorable=True),
    FieldInfo('NodeEndpoints', '[]struct', (10, 12), tag=0, struct=NodeEndpoint),
), (9, 12))

BatchIndexAndErrorMessage.DECODERS = {
    8: _d_BatchIndexAndErrorMessage_v8,
    9: _d_BatchIndexAndErrorMessage_v9,
    10: _d_BatchIndexAndErrorMessage_v9,
    11: _d_BatchIndexAndErrorMessage_v9,
    12: _d_BatchIndexAndErrorMessage_v9,
}

BatchIndexAndErrorMessage.ENCODERS = {
    8: _e_BatchIndexAndErrorMessage_v8,
    9: _e_BatchIndexAndErrorMessage_v9,
    10: _e_BatchIndexAndErrorMessage_v9,
    11: _e_BatchIndexAndErrorMessage_v9,
    12: _e_BatchIndexAndErrorMessage_v9,
}

BatchIndexAndErrorMessage.SKIPPERS = {
    8: _s_BatchIndexAndErrorMessage_v8,
    9: _s_BatchIndexAndErrorMessage_v9,
    10: _s_BatchIndexAndErrorMessage_v9,
    11: _s_BatchIndexAndErrorMessage_v9,
    12: _s_BatchIndexAndErrorMessage_v9,
}

BatchIndexAndErrorMessage.SEEKERS = {
    8: _o_BatchIndexAndErrorMessage_v8,
    9: _o_BatchIndexAndErrorMessage_v9,
    10: _o_BatchIndexAndErrorMessage_v9,
    11: _o_BatchIndexAndErrorMessage_v9,
    12: _o_BatchIndexAndErrorMessage_v9,
}

LeaderIdAndEpoch.DECODERS = {
    10: _d_LeaderIdAndEpoch_v10,
    11: _d_LeaderIdAndEpoch_v10,
    12: _d_LeaderIdAndEpoch_v10,
}

LeaderIdAndEpoch.ENCODERS = {
    10: _e_LeaderIdAndEpoch_v10,
    11: _e_LeaderIdAndEpoch_v10,
    12: _e_LeaderIdAndEpoch_v10,
}

LeaderIdAndEpoch.SKIPPERS = {
    10: _s_LeaderIdAndEpoch_v10,
    11: _s_LeaderIdAndEpoch_v10,
    12: _s_LeaderIdAndEpoch_v10,
}

LeaderIdAndEpoch.SEEKERS = {
    10: _o_LeaderIdAndEpoch_v10,
    11: _o_LeaderIdAndEpoch_v10,
    12: _o_LeaderIdAndEpoch_v10,
}

PartitionProduceResponse.DECODERS = {
    0: _d_PartitionProduceResponse_v0,
    1: _d_PartitionProduceResponse_v0,
    2: _d_PartitionProduceResponse_v2,
    3: _d_PartitionProduceResponse_v2,
    4: _d_PartitionProduceResponse_v2,
    5: _d_PartitionProduceResponse_v5,
    6: _d_PartitionProduceResponse_v5,
    7: _d_PartitionProduceResponse_v5,
    8: _d_PartitionProduceResponse_v8,
    9: _d_PartitionProduceResponse_v9,
    10: _d_PartitionProduceResponse_v10,
    11: _d_PartitionProduceResponse_v10,
    12: _d_PartitionProduceResponse_v10,
}

PartitionProduceResponse.ENCODERS = {
    0: _e_PartitionProduceResponse_v0,
    1: _e_PartitionProduceResponse_v0,
    2: _e_PartitionProduceResponse_v2,
    3: _e_PartitionProduceResponse_v2,
    4: _e_PartitionProduceResponse_v2,
    5: _e_PartitionProduceResponse_v5,
    6: _e_PartitionProduceResponse_v5,
    7: _e_PartitionProduceResponse_v5,
    8: _e_PartitionProduceResponse_v8,
    9: _e_PartitionProduceResponse_v9,
    10: _e_PartitionProduceResponse_v10,
    11: _e_PartitionProduceResponse_v10,
    12: _e_PartitionProduceResponse_v10,
}

PartitionProduceResponse.SKIPPERS = {
    0: _s_PartitionProduceResponse_v0,
    1: _s_PartitionProduceResponse_v0,
    2: _s_PartitionProduceResponse_v2,
    3: _s_PartitionProduceResponse_v2,
    4: _s_PartitionProduceResponse_v2,
    5: _s_PartitionProduceResponse_v5,
    6: _s_PartitionProduceResponse_v5,
    7: _s_PartitionProduceResponse_v5,
    8: _s_PartitionProduceResponse_v8,
    9: _s_PartitionProduceResponse_v9,
    10: _s_PartitionProduceResponse_v10,
    11: _s_PartitionProduceResponse_v10,
    12: _s_PartitionProduceResponse_v10,
}

PartitionProduceResponse.SEEKERS = {
    0: _o_PartitionProduceResponse_v0,
    1: _o_PartitionProduceResponse_v0,
    2: _o_PartitionProduceResponse_v2,
    3: _o_PartitionProduceResponse_v2,
    4: _o_PartitionProduceResponse_v2,
    5: _o_PartitionProduceResponse_v5,
    6: _o_PartitionProduceResponse_v5,
    7: _o_PartitionProduceResponse_v5,
    8: _o_PartitionProduceResponse_v8,
    9: _o_PartitionProduceResponse_v9,
    10: _o_PartitionProduceResponse_v10,
    11: _o_PartitionProduceResponse_v10,
    12: _o_PartitionProduceResponse_v10,
}

TopicProduceResponse.DECODERS = {
    0: _d_TopicProduceResponse_v0,
    1: _d_TopicProduceResponse_v0,
    2: _d_TopicProduceResponse_v2,
    3: _d_TopicProduceResponse_v2,
    4: _d_TopicProduceResponse_v2,
    5: _d_TopicProduceResponse_v5,
    6: _d_TopicProduceResponse_v5,
    7: _d_TopicProduceResponse_v5,
    8: _d_TopicProduceResponse_v8,
    9: _d_TopicProduceResponse_v9,
    10: _d_TopicProduceResponse_v10,
    11: _d_TopicProduceResponse_v10,
    12: _d_TopicProduceResponse_v10,
}

TopicProduceResponse.ENCODERS = {
    0: _e_TopicProduceResponse_v0,
    1: _e_TopicProduceResponse_v0,
    2: _e_TopicProduceResponse_v2,
    3: _e_TopicProduceResponse_v2,
    4: _e_TopicProduceResponse_v2,
    5: _e_TopicProduceResponse_v5,
    6: _e_TopicProduceResponse_v5,
    7: _e_TopicProduceResponse_v5,
    8: _e_TopicProduceResponse_v8,
    9: _e_TopicProduceResponse_v9,
    10: _e_TopicProduceResponse_v10,
    11: _e_TopicProduceResponse_v10,
    12: _e_TopicProduceResponse_v10,
}

TopicProduceResponse.SKIPPERS = {
    0: _s_TopicProduceResponse_v0,
    1: _s_TopicProduceResponse_v0,
    2: _s_TopicProduceResponse_v2,
    3: _s_TopicProduceResponse_v2,
    4: _s_TopicProduceResponse_v2,
    5: _s_TopicProduceResponse_v5,
    6: _s_TopicProduceResponse_v5,
    7: _s_TopicProduceResponse_v5,
    8: _s_TopicProduceResponse_v8,
    9: _s_TopicProduceResponse_v9,
    10: _s_TopicProduceResponse_v10,
    11: _s_TopicProduceResponse_v10,
    12: _s_TopicProduceResponse_v10,
}

TopicProduceResponse.SEEKERS = {
    0: _o_TopicProduceResponse_v0,
    1: _o_TopicProduceResponse_v0,
    2: _o_TopicProduceResponse_v2,
    3: _o_TopicProduceResponse_v2,
    4: _o_TopicProduceResponse_v2,
    5: _o_TopicProduceResponse_v5,
    6: _o_TopicProduceResponse_v5,
    7: _o_TopicProduceResponse_v5,
    8: _o_TopicProduceResponse_v8,
    9: _o_TopicProduceResponse_v9,
    10: _o_TopicProduceResponse_v10,
    11: _o_TopicProduceResponse_v10,
    12: _o_TopicProduceResponse_v10,
}

NodeEndpoint.DECODERS = {
    10: _d_NodeEndpoint_v10,
    11: _d_NodeEndpoint_v10,
    12: _d_NodeEndpoint_v10,
}

NodeEndpoint.ENCODERS = {
    10: _e_NodeEndpoint_v10,
    11: _e_NodeEndpoint_v10,
    12: _e_NodeEndpoint_v10,
}

NodeEndpoint.SKIPPERS = {
    10: _s_NodeEndpoint_v10,
    11: _s_NodeEndpoint_v10,
    12: _s_NodeEndpoint_v10,
}

NodeEndpoint.SEEKERS = {
    10: _o_NodeEndpoint_v10,
    11: _o_NodeEndpoint_v10,
    12: _o_NodeEndpoint_v10,
}

ProduceResponse.DECODERS = {
    0: _d_ProduceResponse_v0,
    1: _d_ProduceResponse_v1,
    2: _d_ProduceResponse_v2,
    3: _d_ProduceResponse_v2,
    4: _d_ProduceResponse_v2,
    5: _d_ProduceResponse_v5,
    6: _d_ProduceResponse_v5,
    7: _d_ProduceResponse_v5,
    8: _d_ProduceResponse_v8,
    9: _d_ProduceResponse_v9,
    10: _d_ProduceResponse_v10,
    11: _d_ProduceResponse_v10,
    12: _d_ProduceResponse_v10,
}

ProduceResponse.ENCODERS = {
    0: _e_ProduceResponse_v0,
    1: _e_ProduceResponse_v1,
    2: _e_ProduceResponse_v2,
    3: _e_ProduceResponse_v2,
    4: _e_ProduceResponse_v2,
    5: _e_ProduceResponse_v5,
    6: _e_ProduceResponse_v5,
    7: _e_ProduceResponse_v5,
    8: _e_ProduceResponse_v8,
    9: _e_ProduceResponse_v9,
    10: _e_ProduceResponse_v10,
    11: _e_ProduceResponse_v10,
    12: _e_ProduceResponse_v10,
}

ProduceResponse.SKIPPERS = {
    0: _s_ProduceResponse_v0,
    1: _s_ProduceResponse_v1,
    2: _s_ProduceResponse_v2,
    3: _s_ProduceResponse_v2,
    4: _s_ProduceResponse_v2,
    5: _s_ProduceResponse_v5,
    6: _s_ProduceResponse_v5,
    7: _s_ProduceResponse_v5,
    8: _s_ProduceResponse_v8,
    9: _s_ProduceResponse_v9,
    10: _s_ProduceResponse_v10,
    11: _s_ProduceResponse_v10,
    12: _s_ProduceResponse_v10,
}

ProduceResponse.SEEKERS = {
    0: _o_ProduceResponse_v0,
    1: _o_ProduceResponse_v1,
    2: _o_ProduceResponse_v2,
    3: _o_ProduceResponse_v2,
    4: _o_ProduceResponse_v2,
    5: _o_ProduceResponse_v5,
    6: _o_ProduceResponse_v5,
    7: _o_ProduceResponse_v5,
    8: _o_ProduceResponse_v8,
    9: _o_ProduceResponse_v9,
    10: _o_ProduceResponse_v10,
    11: _o_ProduceResponse_v10,
    12: _o_ProduceResponse_v10,
}
