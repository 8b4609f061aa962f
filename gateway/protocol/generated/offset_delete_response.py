"""OffsetDeleteResponse: generated from specs/OffsetDeleteResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_k,
    count_k,
    skip_k16,
    str_k,
    w_alen_k,
    w_str_k,
)

_P0 = Struct('>ih')
_P1 = Struct('>hi')


class OffsetDeleteResponsePartition(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetDeleteResponseTopic.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING


class OffsetDeleteResponseTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetDeleteResponse.Topics."""

    Name: str = MISSING
    Partitions: list[OffsetDeleteResponsePartition] = MISSING


class OffsetDeleteResponse(Message, kw_only=True, gc=False):
    """OffsetDeleteResponse (API key 47), v0-v0; from specs/OffsetDeleteResponse.json."""

    API_KEY = 47
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = None
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    ThrottleTimeMs: int = MISSING
    Topics: list[OffsetDeleteResponseTopic] = MISSING


def _d_OffsetDeleteResponsePartition_v0(buf: Buffer, pos: int) -> tuple[OffsetDeleteResponsePartition, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return OffsetDeleteResponsePartition(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_OffsetDeleteResponsePartition_v0(out: bytearray, m: OffsetDeleteResponsePartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)


def _s_OffsetDeleteResponsePartition_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_OffsetDeleteResponsePartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetDeleteResponseTopic_v0(buf: Buffer, pos: int) -> tuple[OffsetDeleteResponseTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetDeleteResponsePartition_v0, buf, pos)
    return OffsetDeleteResponseTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetDeleteResponseTopic_v0(out: bytearray, m: OffsetDeleteResponseTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetDeleteResponsePartition_v0(out, e_Partitions)


def _s_OffsetDeleteResponseTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetDeleteResponsePartition_v0(buf, pos)
    return pos


def _o_OffsetDeleteResponseTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetDeleteResponsePartition_v0(buf, pos)
    return pos


def _d_OffsetDeleteResponse_v0(buf: Buffer, pos: int) -> tuple[OffsetDeleteResponse, int]:
    v_ErrorCode, v_ThrottleTimeMs = _P1.unpack_from(buf, pos)
    pos += 6
    v_Topics, pos = arr_k(_d_OffsetDeleteResponseTopic_v0, buf, pos)
    return OffsetDeleteResponse(
        ErrorCode=v_ErrorCode,
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    ), pos


def _e_OffsetDeleteResponse_v0(out: bytearray, m: OffsetDeleteResponse) -> None:
    out += _P1.pack(m.ErrorCode, m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetDeleteResponseTopic_v0(out, e_Topics)


def _s_OffsetDeleteResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetDeleteResponseTopic_v0(buf, pos)
    return pos


def _o_OffsetDeleteResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetDeleteResponseTopic_v0(buf, pos)
    return pos


OffsetDeleteResponsePartition.INFO = StructInfo('OffsetDeleteResponsePartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
), None)

OffsetDeleteResponseTopic.INFO = StructInfo('OffsetDeleteResponseTopic', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=OffsetDeleteResponsePartition),
), None)

OffsetDeleteResponse.INFO = StructInfo('OffsetDeleteResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0), ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 0), struct=OffsetDeleteResponseTopic),
), None)

OffsetDeleteResponsePartition.DECODERS = {
    0: _d_OffsetDeleteResponsePartition_v0,
}

OffsetDeleteResponsePartition.ENCODERS = {
    0: _e_OffsetDeleteResponsePartition_v0,
}

OffsetDeleteResponsePartition.SKIPPERS = {
    0: _s_OffsetDeleteResponsePartition_v0,
}

OffsetDeleteResponsePartition.SEEKERS = {
    0: _o_OffsetDeleteResponsePartition_v0,
}

OffsetDeleteResponseTopic.DECODERS = {
    0: _d_OffsetDeleteResponseTopic_v0,
}

OffsetDeleteResponseTopic.ENCODERS = {
    0: _e_OffsetDeleteResponseTopic_v0,
}

OffsetDeleteResponseTopic.SKIPPERS = {
    0: _s_OffsetDeleteResponseTopic_v0,
}

OffsetDeleteResponseTopic.SEEKERS = {
    0: _o_OffsetDeleteResponseTopic_v0,
}

OffsetDeleteResponse.DECODERS = {
    0: _d_OffsetDeleteResponse_v0,
}

OffsetDeleteResponse.ENCODERS = {
    0: _e_OffsetDeleteResponse_v0,
}

OffsetDeleteResponse.SKIPPERS = {
    0: _s_OffsetDeleteResponse_v0,
}

OffsetDeleteResponse.SEEKERS = {
    0: _o_OffsetDeleteResponse_v0,
}
