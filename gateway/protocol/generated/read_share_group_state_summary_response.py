"""ReadShareGroupStateSummaryResponse: generated from specs/ReadShareGroupStateSummaryResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>ih')
_P1 = Struct('>iq')
_P2 = Struct('>16s')


class PartitionResult(KafkaStruct, kw_only=True, gc=False):
    """An element of ReadStateSummaryResult.Partitions."""

    Partition: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    StateEpoch: int = MISSING
    StartOffset: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ReadStateSummaryResult(KafkaStruct, kw_only=True, gc=False):
    """An element of ReadShareGroupStateSummaryResponse.Results."""

    TopicId: bytes = MISSING
    Partitions: list[PartitionResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ReadShareGroupStateSummaryResponse(Message, kw_only=True, gc=False):
    """ReadShareGroupStateSummaryResponse (API key 87), v0-v0; from specs/ReadShareGroupStateSummaryResponse.json."""

    API_KEY = 87
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    Results: list[ReadStateSummaryResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionResult_v0(buf: Buffer, pos: int) -> tuple[PartitionResult, int]:
    v_Partition, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_StateEpoch, v_StartOffset = _P1.unpack_from(buf, pos)
    pos += 12
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
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionResult_v0(out: bytearray, m: PartitionResult) -> None:
    out += _P0.pack(m.Partition, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P1.pack(m.StateEpoch, m.StartOffset)
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
    return pos


def _d_ReadStateSummaryResult_v0(buf: Buffer, pos: int) -> tuple[ReadStateSummaryResult, int]:
    (v_TopicId,) = _P2.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionResult_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReadStateSummaryResult(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReadStateSummaryResult_v0(out: bytearray, m: ReadStateSummaryResult) -> None:
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


def _s_ReadStateSummaryResult_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResult_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReadStateSummaryResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResult_v0(buf, pos)
    return pos


def _d_ReadShareGroupStateSummaryResponse_v0(buf: Buffer, pos: int) -> tuple[ReadShareGroupStateSummaryResponse, int]:
    v_Results, pos = arr_c(_d_ReadStateSummaryResult_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReadShareGroupStateSummaryResponse(
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReadShareGroupStateSummaryResponse_v0(out: bytearray, m: ReadShareGroupStateSummaryResponse) -> None:
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_ReadStateSummaryResult_v0(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReadShareGroupStateSummaryResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReadStateSummaryResult_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReadShareGroupStateSummaryResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReadStateSummaryResult_v0(buf, pos)
    return pos


PartitionResult.INFO = StructInfo('PartitionResult', (
    FieldInfo('Partition', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('StateEpoch', 'int32', (0, 0)),
    FieldInfo('StartOffset', 'int64', (0, 0)),
), (0, 0))

ReadStateSummaryResult.INFO = StructInfo('ReadStateSummaryResult', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=PartitionResult),
), (0, 0))

ReadShareGroupStateSummaryResponse.INFO = StructInfo('ReadShareGroupStateSummaryResponse', (
    FieldInfo('Results', '[]struct', (0, 0), struct=ReadStateSummaryResult),
), (0, 0))

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

ReadStateSummaryResult.DECODERS = {
    0: _d_ReadStateSummaryResult_v0,
}

ReadStateSummaryResult.ENCODERS = {
    0: _e_ReadStateSummaryResult_v0,
}

ReadStateSummaryResult.SKIPPERS = {
    0: _s_ReadStateSummaryResult_v0,
}

ReadStateSummaryResult.SEEKERS = {
    0: _o_ReadStateSummaryResult_v0,
}

ReadShareGroupStateSummaryResponse.DECODERS = {
    0: _d_ReadShareGroupStateSummaryResponse_v0,
}

ReadShareGroupStateSummaryResponse.ENCODERS = {
    0: _e_ReadShareGroupStateSummaryResponse_v0,
}

ReadShareGroupStateSummaryResponse.SKIPPERS = {
    0: _s_ReadShareGroupStateSummaryResponse_v0,
}

ReadShareGroupStateSummaryResponse.SEEKERS = {
    0: _o_ReadShareGroupStateSummaryResponse_v0,
}
