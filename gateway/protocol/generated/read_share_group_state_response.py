"""ReadShareGroupStateResponse: generated from specs/ReadShareGroupStateResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    count_c,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    w_alen_c,
    w_nstr_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>qqbh')
_P1 = Struct('>ih')
_P2 = Struct('>iq')
_P3 = Struct('>16s')


class StateBatch(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionResult.StateBatches."""

    FirstOffset: int = MISSING
    LastOffset: int = MISSING
    DeliveryState: int = MISSING
    DeliveryCount: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class PartitionResult(KafkaStruct, kw_only=True, gc=False):
    """An element of ReadStateResult.Partitions."""

    Partition: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    StateEpoch: int = MISSING
    StartOffset: int = MISSING
    StateBatches: list[StateBatch] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ReadStateResult(KafkaStruct, kw_only=True, gc=False):
    """An element of ReadShareGroupStateResponse.Results."""

    TopicId: bytes = MISSING
    Partitions: list[PartitionResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ReadShareGroupStateResponse(Message, kw_only=True, gc=False):
    """ReadShareGroupStateResponse (API key 84), v0-v0; from specs/ReadShareGroupStateResponse.json."""

    API_KEY = 84
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    Results: list[ReadStateResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_StateBatch_v0(buf: Buffer, pos: int) -> tuple[StateBatch, int]:
    v_FirstOffset, v_LastOffset, v_DeliveryState, v_DeliveryCount = _P0.unpack_from(buf, pos)
    pos += 19
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StateBatch(
        FirstOffset=v_FirstOffset,
        LastOffset=v_LastOffset,
        DeliveryState=v_DeliveryState,
        DeliveryCount=v_DeliveryCount,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StateBatch_v0(out: bytearray, m: StateBatch) -> None:
    out += _P0.pack(m.FirstOffset, m.LastOffset, m.DeliveryState, m.DeliveryCount)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StateBatch_v0(buf: Buffer, pos: int) -> int:
    pos += 19
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StateBatch_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'FirstOffset':
        return pos
    pos += 8
    if stop == 'LastOffset':
        return pos
    pos += 8
    if stop == 'DeliveryState':
        return pos
    pos += 1
    if stop == 'DeliveryCount':
        return pos
    pos += 2
    return pos


def _d_PartitionResult_v0(buf: Buffer, pos: int) -> tuple[PartitionResult, int]:
    v_Partition, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_StateEpoch, v_StartOffset = _P2.unpack_from(buf, pos)
    pos += 12
    v_StateBatches, pos = arr_c(_d_StateBatch_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionResult(
        Partition=v_Partition,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        StateEpoch=v_StateEpoch,
        StartOffset=v_StartOffset,
        StateBatches=v_StateBatches,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionResult_v0(out: bytearray, m: PartitionResult) -> None:
    out += _P1.pack(m.Partition, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P2.pack(m.StateEpoch, m.StartOffset)
    a_StateBatches = m.StateBatches
    w_alen_c(out, len(a_StateBatches))
    for e_StateBatches in a_StateBatches:
        _e_StateBatch_v0(out, e_StateBatches)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionResult_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 12
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StateBatch_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
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
    if stop == 'StateEpoch':
        return pos
    pos += 4
    if stop == 'StartOffset':
        return pos
    pos += 8
    if stop == 'StateBatches':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StateBatch_v0(buf, pos)
    return pos


def _d_ReadStateResult_v0(buf: Buffer, pos: int) -> tuple[ReadStateResult, int]:
    (v_TopicId,) = _P3.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionResult_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReadStateResult(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReadStateResult_v0(out: bytearray, m: ReadStateResult) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionResult_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReadStateResult_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResult_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReadStateResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResult_v0(buf, pos)
    return pos


def _d_ReadShareGroupStateResponse_v0(buf: Buffer, pos: int) -> tuple[ReadShareGroupStateResponse, int]:
    v_Results, pos = arr_c(_d_ReadStateResult_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReadShareGroupStateResponse(
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReadShareGroupStateResponse_v0(out: bytearray, m: ReadShareGroupStateResponse) -> None:
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_ReadStateResult_v0(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReadShareGroupStateResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReadStateResult_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReadShareGroupStateResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReadStateResult_v0(buf, pos)
    return pos


StateBatch.INFO = StructInfo('StateBatch', (
    FieldInfo('FirstOffset', 'int64', (0, 0)),
    FieldInfo('LastOffset', 'int64', (0, 0)),
    FieldInfo('DeliveryState', 'int8', (0, 0)),
    FieldInfo('DeliveryCount', 'int16', (0, 0)),
), (0, 0))

PartitionResult.INFO = StructInfo('PartitionResult', (
    FieldInfo('Partition', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('StateEpoch', 'int32', (0, 0)),
    FieldInfo('StartOffset', 'int64', (0, 0)),
    FieldInfo('StateBatches', '[]struct', (0, 0), struct=StateBatch),
), (0, 0))

ReadStateResult.INFO = StructInfo('ReadStateResult', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=PartitionResult),
), (0, 0))

ReadShareGroupStateResponse.INFO = StructInfo('ReadShareGroupStateResponse', (
    FieldInfo('Results', '[]struct', (0, 0), struct=ReadStateResult),
), (0, 0))

StateBatch.DECODERS = {
    0: _d_StateBatch_v0,
}

StateBatch.ENCODERS = {
    0: _e_StateBatch_v0,
}

StateBatch.SKIPPERS = {
    0: _s_StateBatch_v0,
}

StateBatch.SEEKERS = {
    0: _o_StateBatch_v0,
}

PartitionResult.DECODERS = {
    0: _d_PartitionResult_v0,
}

PartitionResult.ENCODERS = {
    0: _e_PartitionResult_v0,
}

PartitionResult.SKIPPERS = {
    0: _s_PartitionResult_v0,
}

PartitionResult.SEEKERS = {
    0: _o_PartitionResult_v0,
}

ReadStateResult.DECODERS = {
    0: _d_ReadStateResult_v0,
}

ReadStateResult.ENCODERS = {
    0: _e_ReadStateResult_v0,
}

ReadStateResult.SKIPPERS = {
    0: _s_ReadStateResult_v0,
}

ReadStateResult.SEEKERS = {
    0: _o_ReadStateResult_v0,
}

ReadShareGroupStateResponse.DECODERS = {
    0: _d_ReadShareGroupStateResponse_v0,
}

ReadShareGroupStateResponse.ENCODERS = {
    0: _e_ReadShareGroupStateResponse_v0,
}

ReadShareGroupStateResponse.SKIPPERS = {
    0: _s_ReadShareGroupStateResponse_v0,
}

ReadShareGroupStateResponse.SEEKERS = {
    0: _o_ReadShareGroupStateResponse_v0,
}
