"""ControlledShutdownResponse: generated from specs/ControlledShutdownResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>h')


class RemainingPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of ControlledShutdownResponse.RemainingPartitions."""

    TopicName: str = MISSING
    PartitionIndex: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ControlledShutdownResponse(Message, kw_only=True, gc=False):
    """ControlledShutdownResponse (API key 7), v0-v3; from specs/ControlledShutdownResponse.json."""

    API_KEY = 7
    KIND = 'response'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    RemainingPartitions: list[RemainingPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_RemainingPartition_v0(buf: Buffer, pos: int) -> tuple[RemainingPartition, int]:
    v_TopicName, pos = str_k(buf, pos)
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    return RemainingPartition(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
    ), pos


def _e_RemainingPartition_v0(out: bytearray, m: RemainingPartition) -> None:
    w_str_k(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_RemainingPartition_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_RemainingPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    return pos


def _d_ControlledShutdownResponse_v0(buf: Buffer, pos: int) -> tuple[ControlledShutdownResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_RemainingPartitions, pos = arr_k(_d_RemainingPartition_v0, buf, pos)
    return ControlledShutdownResponse(
        ErrorCode=v_ErrorCode,
        RemainingPartitions=v_RemainingPartitions,
    ), pos


def _e_ControlledShutdownResponse_v0(out: bytearray, m: ControlledShutdownResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_RemainingPartitions = m.RemainingPartitions
    w_alen_k(out, len(a_RemainingPartitions))
    for e_RemainingPartitions in a_RemainingPartitions:
        _e_RemainingPartition_v0(out, e_RemainingPartitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ControlledShutdownResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_RemainingPartition_v0(buf, pos)
    return pos


def _o_ControlledShutdownResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'RemainingPartitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_RemainingPartition_v0(buf, pos)
    return pos


def _d_RemainingPartition_v3(buf: Buffer, pos: int) -> tuple[RemainingPartition, int]:
    v_TopicName, pos = str_c(buf, pos)
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = RemainingPartition(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_RemainingPartition_v3(out: bytearray, m: RemainingPartition) -> None:
    w_str_c(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_RemainingPartition_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_RemainingPartition_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_ControlledShutdownResponse_v3(buf: Buffer, pos: int) -> tuple[ControlledShutdownResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_RemainingPartitions, pos = arr_c(_d_RemainingPartition_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ControlledShutdownResponse(
        ErrorCode=v_ErrorCode,
        RemainingPartitions=v_RemainingPartitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ControlledShutdownResponse_v3(out: bytearray, m: ControlledShutdownResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_RemainingPartitions = m.RemainingPartitions
    w_alen_c(out, len(a_RemainingPartitions))
    for e_RemainingPartitions in a_RemainingPartitions:
        _e_RemainingPartition_v3(out, e_RemainingPartitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ControlledShutdownResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_RemainingPartition_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ControlledShutdownResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'RemainingPartitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_RemainingPartition_v3(buf, pos)
    return pos


RemainingPartition.INFO = StructInfo('RemainingPartition', (
    FieldInfo('TopicName', 'string', (0, 3)),
    FieldInfo('PartitionIndex', 'int32', (0, 3)),
), (3, 3))

ControlledShutdownResponse.INFO = StructInfo('ControlledShutdownResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('RemainingPartitions', '[]struct', (0, 3), struct=RemainingPartition),
), (3, 3))

RemainingPartition.DECODERS = {
    0: _d_RemainingPartition_v0,
    1: _d_RemainingPartition_v0,
    2: _d_RemainingPartition_v0,
    3: _d_RemainingPartition_v3,
}

RemainingPartition.ENCODERS = {
    0: _e_RemainingPartition_v0,
    1: _e_RemainingPartition_v0,
    2: _e_RemainingPartition_v0,
    3: _e_RemainingPartition_v3,
}

RemainingPartition.SKIPPERS = {
    0: _s_RemainingPartition_v0,
    1: _s_RemainingPartition_v0,
    2: _s_RemainingPartition_v0,
    3: _s_RemainingPartition_v3,
}

RemainingPartition.SEEKERS = {
    0: _o_RemainingPartition_v0,
    1: _o_RemainingPartition_v0,
    2: _o_RemainingPartition_v0,
    3: _o_RemainingPartition_v3,
}

ControlledShutdownResponse.DECODERS = {
    0: _d_ControlledShutdownResponse_v0,
    1: _d_ControlledShutdownResponse_v0,
    2: _d_ControlledShutdownResponse_v0,
    3: _d_ControlledShutdownResponse_v3,
}

ControlledShutdownResponse.ENCODERS = {
    0: _e_ControlledShutdownResponse_v0,
    1: _e_ControlledShutdownResponse_v0,
    2: _e_ControlledShutdownResponse_v0,
    3: _e_ControlledShutdownResponse_v3,
}

ControlledShutdownResponse.SKIPPERS = {
    0: _s_ControlledShutdownResponse_v0,
    1: _s_ControlledShutdownResponse_v0,
    2: _s_ControlledShutdownResponse_v0,
    3: _s_ControlledShutdownResponse_v3,
}

ControlledShutdownResponse.SEEKERS = {
    0: _o_ControlledShutdownResponse_v0,
    1: _o_ControlledShutdownResponse_v0,
    2: _o_ControlledShutdownResponse_v0,
    3: _o_ControlledShutdownResponse_v3,
}
