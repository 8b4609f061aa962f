"""TxnOffsetCommitResponse: generated from specs/TxnOffsetCommitResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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


class TxnOffsetCommitResponsePartition(KafkaStruct, kw_only=True, gc=False):
    """An element of TxnOffsetCommitResponseTopic.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TxnOffsetCommitResponseTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of TxnOffsetCommitResponse.Topics."""

    Name: str = MISSING
    Partitions: list[TxnOffsetCommitResponsePartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TxnOffsetCommitResponse(Message, kw_only=True, gc=False):
    """TxnOffsetCommitResponse (API key 28), v0-v4; from specs/TxnOffsetCommitResponse.json."""

    API_KEY = 28
    KIND = 'response'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[TxnOffsetCommitResponseTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_TxnOffsetCommitResponsePartition_v0(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitResponsePartition, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return TxnOffsetCommitResponsePartition(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_TxnOffsetCommitResponsePartition_v0(out: bytearray, m: TxnOffsetCommitResponsePartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitResponsePartition_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_TxnOffsetCommitResponsePartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_TxnOffsetCommitResponseTopic_v0(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitResponseTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_TxnOffsetCommitResponsePartition_v0, buf, pos)
    return TxnOffsetCommitResponseTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_TxnOffsetCommitResponseTopic_v0(out: bytearray, m: TxnOffsetCommitResponseTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_TxnOffsetCommitResponsePartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitResponseTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitResponsePartition_v0(buf, pos)
    return pos


def _o_TxnOffsetCommitResponseTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitResponsePartition_v0(buf, pos)
    return pos


def _d_TxnOffsetCommitResponse_v0(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_TxnOffsetCommitResponseTopic_v0, buf, pos)
    return TxnOffsetCommitResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    ), pos


def _e_TxnOffsetCommitResponse_v0(out: bytearray, m: TxnOffsetCommitResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TxnOffsetCommitResponseTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitResponseTopic_v0(buf, pos)
    return pos


def _o_TxnOffsetCommitResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitResponseTopic_v0(buf, pos)
    return pos


def _d_TxnOffsetCommitResponsePartition_v3(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitResponsePartition, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TxnOffsetCommitResponsePartition(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TxnOffsetCommitResponsePartition_v3(out: bytearray, m: TxnOffsetCommitResponsePartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TxnOffsetCommitResponsePartition_v3(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TxnOffsetCommitResponsePartition_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_TxnOffsetCommitResponseTopic_v3(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitResponseTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_TxnOffsetCommitResponsePartition_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TxnOffsetCommitResponseTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TxnOffsetCommitResponseTopic_v3(out: bytearray, m: TxnOffsetCommitResponseTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_TxnOffsetCommitResponsePartition_v3(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TxnOffsetCommitResponseTopic_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitResponsePartition_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TxnOffsetCommitResponseTopic_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_TxnOffsetCommitResponsePartition_v3(buf, pos)
    return pos


def _d_TxnOffsetCommitResponse_v3(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_TxnOffsetCommitResponseTopic_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TxnOffsetCommitResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TxnOffsetCommitResponse_v3(out: bytearray, m: TxnOffsetCommitResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TxnOffsetCommitResponseTopic_v3(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TxnOffsetCommitResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitResponseTopic_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TxnOffsetCommitResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitResponseTopic_v3(buf, pos)
    return pos


TxnOffsetCommitResponsePartition.INFO = StructInfo('TxnOffsetCommitResponsePartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 4)),
    FieldInfo('ErrorCode', 'int16', (0, 4)),
), (3, 4))

TxnOffsetCommitResponseTopic.INFO = StructInfo('TxnOffsetCommitResponseTopic', (
    FieldInfo('Name', 'string', (0, 4)),
    FieldInfo('Partitions', '[]struct', (0, 4), struct=TxnOffsetCommitResponsePartition),
), (3, 4))

TxnOffsetCommitResponse.INFO = StructInfo('TxnOffsetCommitResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 4)),
    FieldInfo('Topics', '[]struct', (0, 4), struct=TxnOffsetCommitResponseTopic),
), (3, 4))

TxnOffsetCommitResponsePartition.DECODERS = {
    0: _d_TxnOffsetCommitResponsePartition_v0,
    1: _d_TxnOffsetCommitResponsePartition_v0,
    2: _d_TxnOffsetCommitResponsePartition_v0,
    3: _d_TxnOffsetCommitResponsePartition_v3,
    4: _d_TxnOffsetCommitResponsePartition_v3,
}

TxnOffsetCommitResponsePartition.ENCODERS = {
    0: _e_TxnOffsetCommitResponsePartition_v0,
    1: _e_TxnOffsetCommitResponsePartition_v0,
    2: _e_TxnOffsetCommitResponsePartition_v0,
    3: _e_TxnOffsetCommitResponsePartition_v3,
    4: _e_TxnOffsetCommitResponsePartition_v3,
}

TxnOffsetCommitResponsePartition.SKIPPERS = {
    0: _s_TxnOffsetCommitResponsePartition_v0,
    1: _s_TxnOffsetCommitResponsePartition_v0,
    2: _s_TxnOffsetCommitResponsePartition_v0,
    3: _s_TxnOffsetCommitResponsePartition_v3,
    4: _s_TxnOffsetCommitResponsePartition_v3,
}

TxnOffsetCommitResponsePartition.SEEKERS = {
    0: _o_TxnOffsetCommitResponsePartition_v0,
    1: _o_TxnOffsetCommitResponsePartition_v0,
    2: _o_TxnOffsetCommitResponsePartition_v0,
    3: _o_TxnOffsetCommitResponsePartition_v3,
    4: _o_TxnOffsetCommitResponsePartition_v3,
}

TxnOffsetCommitResponseTopic.DECODERS = {
    0: _d_TxnOffsetCommitResponseTopic_v0,
    1: _d_TxnOffsetCommitResponseTopic_v0,
    2: _d_TxnOffsetCommitResponseTopic_v0,
    3: _d_TxnOffsetCommitResponseTopic_v3,
    4: _d_TxnOffsetCommitResponseTopic_v3,
}

TxnOffsetCommitResponseTopic.ENCODERS = {
    0: _e_TxnOffsetCommitResponseTopic_v0,
    1: _e_TxnOffsetCommitResponseTopic_v0,
    2: _e_TxnOffsetCommitResponseTopic_v0,
    3: _e_TxnOffsetCommitResponseTopic_v3,
    4: _e_TxnOffsetCommitResponseTopic_v3,
}

TxnOffsetCommitResponseTopic.SKIPPERS = {
    0: _s_TxnOffsetCommitResponseTopic_v0,
    1: _s_TxnOffsetCommitResponseTopic_v0,
    2: _s_TxnOffsetCommitResponseTopic_v0,
    3: _s_TxnOffsetCommitResponseTopic_v3,
    4: _s_TxnOffsetCommitResponseTopic_v3,
}

TxnOffsetCommitResponseTopic.SEEKERS = {
    0: _o_TxnOffsetCommitResponseTopic_v0,
    1: _o_TxnOffsetCommitResponseTopic_v0,
    2: _o_TxnOffsetCommitResponseTopic_v0,
    3: _o_TxnOffsetCommitResponseTopic_v3,
    4: _o_TxnOffsetCommitResponseTopic_v3,
}

TxnOffsetCommitResponse.DECODERS = {
    0: _d_TxnOffsetCommitResponse_v0,
    1: _d_TxnOffsetCommitResponse_v0,
    2: _d_TxnOffsetCommitResponse_v0,
    3: _d_TxnOffsetCommitResponse_v3,
    4: _d_TxnOffsetCommitResponse_v3,
}

TxnOffsetCommitResponse.ENCODERS = {
    0: _e_TxnOffsetCommitResponse_v0,
    1: _e_TxnOffsetCommitResponse_v0,
    2: _e_TxnOffsetCommitResponse_v0,
    3: _e_TxnOffsetCommitResponse_v3,
    4: _e_TxnOffsetCommitResponse_v3,
}

TxnOffsetCommitResponse.SKIPPERS = {
    0: _s_TxnOffsetCommitResponse_v0,
    1: _s_TxnOffsetCommitResponse_v0,
    2: _s_TxnOffsetCommitResponse_v0,
    3: _s_TxnOffsetCommitResponse_v3,
    4: _s_TxnOffsetCommitResponse_v3,
}

TxnOffsetCommitResponse.SEEKERS = {
    0: _o_TxnOffsetCommitResponse_v0,
    1: _o_TxnOffsetCommitResponse_v0,
    2: _o_TxnOffsetCommitResponse_v0,
    3: _o_TxnOffsetCommitResponse_v3,
    4: _o_TxnOffsetCommitResponse_v3,
}
