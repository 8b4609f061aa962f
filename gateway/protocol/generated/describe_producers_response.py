"""DescribeProducersResponse: generated from specs/DescribeProducersResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    str_c,
    w_alen_c,
    w_nstr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>qiiqiq')
_P1 = Struct('>ih')
_P2 = Struct('>i')


class ProducerState(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionResponse.ActiveProducers."""

    ProducerId: int = MISSING
    ProducerEpoch: int = MISSING
    LastSequence: int = -1
    LastTimestamp: int = -1
    CoordinatorEpoch: int = MISSING
    CurrentTxnStartOffset: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class PartitionResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicResponse.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    ActiveProducers: list[ProducerState] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeProducersResponse.Topics."""

    Name: str = MISSING
    Partitions: list[PartitionResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeProducersResponse(Message, kw_only=True, gc=False):
    """DescribeProducersResponse (API key 61), v0-v0; from specs/DescribeProducersResponse.json."""

    API_KEY = 61
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[TopicResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ProducerState_v0(buf: Buffer, pos: int) -> tuple[ProducerState, int]:
    v_ProducerId, v_ProducerEpoch, v_LastSequence, v_LastTimestamp, v_CoordinatorEpoch, v_CurrentTxnStartOffset = _P0.unpack_from(buf, pos)
    pos += 36
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ProducerState(
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        LastSequence=v_LastSequence,
        LastTimestamp=v_LastTimestamp,
        CoordinatorEpoch=v_CoordinatorEpoch,
        CurrentTxnStartOffset=v_CurrentTxnStartOffset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ProducerState_v0(out: bytearray, m: ProducerState) -> None:
    out += _P0.pack(m.ProducerId, m.ProducerEpoch, m.LastSequence, m.LastTimestamp, m.CoordinatorEpoch, m.CurrentTxnStartOffset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ProducerState_v0(buf: Buffer, pos: int) -> int:
    pos += 36
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ProducerState_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 4
    if stop == 'LastSequence':
        return pos
    pos += 4
    if stop == 'LastTimestamp':
        return pos
    pos += 8
    if stop == 'CoordinatorEpoch':
        return pos
    pos += 4
    if stop == 'CurrentTxnStartOffset':
        return pos
    pos += 8
    return pos


def _d_PartitionResponse_v0(buf: Buffer, pos: int) -> tuple[PartitionResponse, int]:
    v_PartitionIndex, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_ActiveProducers, pos = arr_c(_d_ProducerState_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionResponse(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ActiveProducers=v_ActiveProducers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionResponse_v0(out: bytearray, m: PartitionResponse) -> None:
    out += _P1.pack(m.PartitionIndex, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_ActiveProducers = m.ActiveProducers
    w_alen_c(out, len(a_ActiveProducers))
    for e_ActiveProducers in a_ActiveProducers:
        _e_ProducerState_v0(out, e_ActiveProducers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ProducerState_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ActiveProducers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ProducerState_v0(buf, pos)
    return pos


def _d_TopicResponse_v0(buf: Buffer, pos: int) -> tuple[TopicResponse, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionResponse_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicResponse(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicResponse_v0(out: bytearray, m: TopicResponse) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionResponse_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicResponse_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResponse_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_PartitionResponse_v0(buf, pos)
    return pos


def _d_DescribeProducersResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeProducersResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_TopicResponse_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeProducersResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeProducersResponse_v0(out: bytearray, m: DescribeProducersResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicResponse_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeProducersResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicResponse_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeProducersResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicResponse_v0(buf, pos)
    return pos


ProducerState.INFO = StructInfo('ProducerState', (
    FieldInfo('ProducerId', 'int64', (0, 0)),
    FieldInfo('ProducerEpoch', 'int32', (0, 0)),
    FieldInfo('LastSequence', 'int32', (0, 0), default=-1),
    FieldInfo('LastTimestamp', 'int64', (0, 0), default=-1),
    FieldInfo('CoordinatorEpoch', 'int32', (0, 0)),
    FieldInfo('CurrentTxnStartOffset', 'int64', (0, 0), default=-1),
), (0, 0))

PartitionResponse.INFO = StructInfo('PartitionResponse', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('ActiveProducers', '[]struct', (0, 0), struct=ProducerState),
), (0, 0))

TopicResponse.INFO = StructInfo('TopicResponse', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=PartitionResponse),
), (0, 0))

DescribeProducersResponse.INFO = StructInfo('DescribeProducersResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=TopicResponse),
), (0, 0))

ProducerState.DECODERS = {
    0: _d_ProducerState_v0,
}

ProducerState.ENCODERS = {
    0: _e_ProducerState_v0,
}

ProducerState.SKIPPERS = {
    0: _s_ProducerState_v0,
}

ProducerState.SEEKERS = {
    0: _o_ProducerState_v0,
}

PartitionResponse.DECODERS = {
    0: _d_PartitionResponse_v0,
}

PartitionResponse.ENCODERS = {
    0: _e_PartitionResponse_v0,
}

PartitionResponse.SKIPPERS = {
    0: _s_PartitionResponse_v0,
}

PartitionResponse.SEEKERS = {
    0: _o_PartitionResponse_v0,
}

TopicResponse.DECODERS = {
    0: _d_TopicResponse_v0,
}

TopicResponse.ENCODERS = {
    0: _e_TopicResponse_v0,
}

TopicResponse.SKIPPERS = {
    0: _s_TopicResponse_v0,
}

TopicResponse.SEEKERS = {
    0: _o_TopicResponse_v0,
}

DescribeProducersResponse.DECODERS = {
    0: _d_DescribeProducersResponse_v0,
}

DescribeProducersResponse.ENCODERS = {
    0: _e_DescribeProducersResponse_v0,
}

DescribeProducersResponse.SKIPPERS = {
    0: _s_DescribeProducersResponse_v0,
}

DescribeProducersResponse.SEEKERS = {
    0: _o_DescribeProducersResponse_v0,
}
