"""OffsetCommitResponse: generated from specs/OffsetCommitResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>ih')
_P1 = Struct('>i')


class OffsetCommitResponsePartition(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetCommitResponseTopic.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetCommitResponseTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetCommitResponse.Topics."""

    Name: str = MISSING
    Partitions: list[OffsetCommitResponsePartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetCommitResponse(Message, kw_only=True, gc=False):
    """OffsetCommitResponse (API key 8), v0-v9; from specs/OffsetCommitResponse.json."""

    API_KEY = 8
    KIND = 'response'
    VALID_VERSIONS = (0, 9)
    FLEXIBLE_FROM = 8
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[OffsetCommitResponseTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_OffsetCommitResponsePartition_v0(buf: Buffer, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return OffsetCommitResponsePartition(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_OffsetCommitResponsePartition_v0(out: bytearray, m: OffsetCommitResponsePartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitResponsePartition_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_OffsetCommitResponsePartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetCommitResponseTopic_v0(buf: Buffer, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetCommitResponsePartition_v0, buf, pos)
    return OffsetCommitResponseTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetCommitResponseTopic_v0(out: bytearray, m: OffsetCommitResponseTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetCommitResponsePartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitResponseTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponsePartition_v0(buf, pos)
    return pos


def _o_OffsetCommitResponseTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponsePartition_v0(buf, pos)
    return pos


def _d_OffsetCommitResponse_v0(buf: Buffer, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_Topics, pos = arr_k(_d_OffsetCommitResponseTopic_v0, buf, pos)
    return OffsetCommitResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
    ), pos


def _e_OffsetCommitResponse_v0(out: bytearray, m: OffsetCommitResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitResponseTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponseTopic_v0(buf, pos)
    return pos


def _o_OffsetCommitResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponseTopic_v0(buf, pos)
    return pos


def _d_OffsetCommitResponse_v3(buf: Buffer, pos: int) -> tuple[OffsetCommitResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_OffsetCommitResponseTopic_v0, buf, pos)
    return OffsetCommitResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    ), pos


def _e_OffsetCommitResponse_v3(out: bytearray, m: OffsetCommitResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitResponseTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetCommitResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponseTopic_v0(buf, pos)
    return pos


def _o_OffsetCommitResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponseTopic_v0(buf, pos)
    return pos


def _d_OffsetCommitResponsePartition_v8(buf: Buffer, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetCommitResponsePartition(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetCommitResponsePartition_v8(out: bytearray, m: OffsetCommitResponsePartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetCommitResponsePartition_v8(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetCommitResponsePartition_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_OffsetCommitResponseTopic_v8(buf: Buffer, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_OffsetCommitResponsePartition_v8, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetCommitResponseTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetCommitResponseTopic_v8(out: bytearray, m: OffsetCommitResponseTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetCommitResponsePartition_v8(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetCommitResponseTopic_v8(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponsePartition_v8(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetCommitResponseTopic_v8(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_OffsetCommitResponsePartition_v8(buf, pos)
    return pos


def _d_OffsetCommitResponse_v8(buf: Buffer, pos: int) -> tuple[OffsetCommitResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_OffsetCommitResponseTopic_v8, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetCommitResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetCommitResponse_v8(out: bytearray, m: OffsetCommitResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetCommitResponseTopic_v8(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetCommitResponse_v8(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponseTopic_v8(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetCommitResponse_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetCommitResponseTopic_v8(buf, pos)
    return pos


OffsetCommitResponsePartition.INFO = StructInfo('OffsetCommitResponsePartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 9)),
    FieldInfo('ErrorCode', 'int16', (0, 9)),
), (8, 9))

OffsetCommitResponseTopic.INFO = StructInfo('OffsetCommitResponseTopic', (
    FieldInfo('Name', 'string', (0, 9)),
    FieldInfo('Partitions', '[]struct', (0, 9), struct=OffsetCommitResponsePartition),
), (8, 9))

OffsetCommitResponse.INFO = StructInfo('OffsetCommitResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (3, 9), ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 9), struct=OffsetCommitResponseTopic),
), (8, 9))

OffsetCommitResponsePartition.DECODERS = {
    0: _d_OffsetCommitResponsePartition_v0,
    1: _d_OffsetCommitResponsePartition_v0,
    2: _d_OffsetCommitResponsePartition_v0,
    3: _d_OffsetCommitResponsePartition_v0,
    4: _d_OffsetCommitResponsePartition_v0,
    5: _d_OffsetCommitResponsePartition_v0,
    6: _d_OffsetCommitResponsePartition_v0,
    7: _d_OffsetCommitResponsePartition_v0,
    8: _d_OffsetCommitResponsePartition_v8,
    9: _d_OffsetCommitResponsePartition_v8,
}

OffsetCommitResponsePartition.ENCODERS = {
    0: _e_OffsetCommitResponsePartition_v0,
    1: _e_OffsetCommitResponsePartition_v0,
    2: _e_OffsetCommitResponsePartition_v0,
    3: _e_OffsetCommitResponsePartition_v0,
    4: _e_OffsetCommitResponsePartition_v0,
    5: _e_OffsetCommitResponsePartition_v0,
    6: _e_OffsetCommitResponsePartition_v0,
    7: _e_OffsetCommitResponsePartition_v0,
    8: _e_OffsetCommitResponsePartition_v8,
    9: _e_OffsetCommitResponsePartition_v8,
}

OffsetCommitResponsePartition.SKIPPERS = {
    0: _s_OffsetCommitResponsePartition_v0,
    1: _s_OffsetCommitResponsePartition_v0,
    2: _s_OffsetCommitResponsePartition_v0,
    3: _s_OffsetCommitResponsePartition_v0,
    4: _s_OffsetCommitResponsePartition_v0,
    5: _s_OffsetCommitResponsePartition_v0,
    6: _s_OffsetCommitResponsePartition_v0,
    7: _s_OffsetCommitResponsePartition_v0,
    8: _s_OffsetCommitResponsePartition_v8,
    9: _s_OffsetCommitResponsePartition_v8,
}

OffsetCommitResponsePartition.SEEKERS = {
    0: _o_OffsetCommitResponsePartition_v0,
    1: _o_OffsetCommitResponsePartition_v0,
    2: _o_OffsetCommitResponsePartition_v0,
    3: _o_OffsetCommitResponsePartition_v0,
    4: _o_OffsetCommitResponsePartition_v0,
    5: _o_OffsetCommitResponsePartition_v0,
    6: _o_OffsetCommitResponsePartition_v0,
    7: _o_OffsetCommitResponsePartition_v0,
    8: _o_OffsetCommitResponsePartition_v8,
    9: _o_OffsetCommitResponsePartition_v8,
}

OffsetCommitResponseTopic.DECODERS = {
    0: _d_OffsetCommitResponseTopic_v0,
    1: _d_OffsetCommitResponseTopic_v0,
    2: _d_OffsetCommitResponseTopic_v0,
    3: _d_OffsetCommitResponseTopic_v0,
    4: _d_OffsetCommitResponseTopic_v0,
    5: _d_OffsetCommitResponseTopic_v0,
    6: _d_OffsetCommitResponseTopic_v0,
    7: _d_OffsetCommitResponseTopic_v0,
    8: _d_OffsetCommitResponseTopic_v8,
    9: _d_OffsetCommitResponseTopic_v8,
}

OffsetCommitResponseTopic.ENCODERS = {
    0: _e_OffsetCommitResponseTopic_v0,
    1: _e_OffsetCommitResponseTopic_v0,
    2: _e_OffsetCommitResponseTopic_v0,
    3: _e_OffsetCommitResponseTopic_v0,
    4: _e_OffsetCommitResponseTopic_v0,
    5: _e_OffsetCommitResponseTopic_v0,
    6: _e_OffsetCommitResponseTopic_v0,
    7: _e_OffsetCommitResponseTopic_v0,
    8: _e_OffsetCommitResponseTopic_v8,
    9: _e_OffsetCommitResponseTopic_v8,
}

OffsetCommitResponseTopic.SKIPPERS = {
    0: _s_OffsetCommitResponseTopic_v0,
    1: _s_OffsetCommitResponseTopic_v0,
    2: _s_OffsetCommitResponseTopic_v0,
    3: _s_OffsetCommitResponseTopic_v0,
    4: _s_OffsetCommitResponseTopic_v0,
    5: _s_OffsetCommitResponseTopic_v0,
    6: _s_OffsetCommitResponseTopic_v0,
    7: _s_OffsetCommitResponseTopic_v0,
    8: _s_OffsetCommitResponseTopic_v8,
    9: _s_OffsetCommitResponseTopic_v8,
}

OffsetCommitResponseTopic.SEEKERS = {
    0: _o_OffsetCommitResponseTopic_v0,
    1: _o_OffsetCommitResponseTopic_v0,
    2: _o_OffsetCommitResponseTopic_v0,
    3: _o_OffsetCommitResponseTopic_v0,
    4: _o_OffsetCommitResponseTopic_v0,
    5: _o_OffsetCommitResponseTopic_v0,
    6: _o_OffsetCommitResponseTopic_v0,
    7: _o_OffsetCommitResponseTopic_v0,
    8: _o_OffsetCommitResponseTopic_v8,
    9: _o_OffsetCommitResponseTopic_v8,
}

OffsetCommitResponse.DECODERS = {
    0: _d_OffsetCommitResponse_v0,
    1: _d_OffsetCommitResponse_v0,
    2: _d_OffsetCommitResponse_v0,
    3: _d_OffsetCommitResponse_v3,
    4: _d_OffsetCommitResponse_v3,
    5: _d_OffsetCommitResponse_v3,
    6: _d_OffsetCommitResponse_v3,
    7: _d_OffsetCommitResponse_v3,
    8: _d_OffsetCommitResponse_v8,
    9: _d_OffsetCommitResponse_v8,
}

OffsetCommitResponse.ENCODERS = {
    0: _e_OffsetCommitResponse_v0,
    1: _e_OffsetCommitResponse_v0,
    2: _e_OffsetCommitResponse_v0,
    3: _e_OffsetCommitResponse_v3,
    4: _e_OffsetCommitResponse_v3,
    5: _e_OffsetCommitResponse_v3,
    6: _e_OffsetCommitResponse_v3,
    7: _e_OffsetCommitResponse_v3,
    8: _e_OffsetCommitResponse_v8,
    9: _e_OffsetCommitResponse_v8,
}

OffsetCommitResponse.SKIPPERS = {
    0: _s_OffsetCommitResponse_v0,
    1: _s_OffsetCommitResponse_v0,
    2: _s_OffsetCommitResponse_v0,
    3: _s_OffsetCommitResponse_v3,
    4: _s_OffsetCommitResponse_v3,
    5: _s_OffsetCommitResponse_v3,
    6: _s_OffsetCommitResponse_v3,
    7: _s_OffsetCommitResponse_v3,
    8: _s_OffsetCommitResponse_v8,
    9: _s_OffsetCommitResponse_v8,
}

OffsetCommitResponse.SEEKERS = {
    0: _o_OffsetCommitResponse_v0,
    1: _o_OffsetCommitResponse_v0,
    2: _o_OffsetCommitResponse_v0,
    3: _o_OffsetCommitResponse_v3,
    4: _o_OffsetCommitResponse_v3,
    5: _o_OffsetCommitResponse_v3,
    6: _o_OffsetCommitResponse_v3,
    7: _o_OffsetCommitResponse_v3,
    8: _o_OffsetCommitResponse_v8,
    9: _o_OffsetCommitResponse_v8,
}
