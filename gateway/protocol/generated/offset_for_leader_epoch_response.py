"""OffsetForLeaderEpochResponse: generated from specs/OffsetForLeaderEpochResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>hiq')
_P1 = Struct('>hiiq')
_P2 = Struct('>i')


class EpochEndOffset(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetForLeaderTopicResult.Partitions."""

    ErrorCode: int = MISSING
    Partition: int = MISSING
    LeaderEpoch: int = -1
    EndOffset: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class OffsetForLeaderTopicResult(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetForLeaderEpochResponse.Topics."""

    Topic: str = MISSING
    Partitions: list[EpochEndOffset] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetForLeaderEpochResponse(Message, kw_only=True, gc=False):
    """OffsetForLeaderEpochResponse (API key 23), v0-v4; from specs/OffsetForLeaderEpochResponse.json."""

    API_KEY = 23
    KIND = 'response'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[OffsetForLeaderTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_EpochEndOffset_v0(buf: Buffer, pos: int) -> tuple[EpochEndOffset, int]:
    v_ErrorCode, v_Partition, v_EndOffset = _P0.unpack_from(buf, pos)
    pos += 14
    return EpochEndOffset(
        ErrorCode=v_ErrorCode,
        Partition=v_Partition,
        EndOffset=v_EndOffset,
    ), pos


def _e_EpochEndOffset_v0(out: bytearray, m: EpochEndOffset) -> None:
    out += _P0.pack(m.ErrorCode, m.Partition, m.EndOffset)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_EpochEndOffset_v0(buf: Buffer, pos: int) -> int:
    pos += 14
    return pos


def _o_EpochEndOffset_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'EndOffset':
        return pos
    pos += 8
    return pos


def _d_OffsetForLeaderTopicResult_v0(buf: Buffer, pos: int) -> tuple[OffsetForLeaderTopicResult, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_EpochEndOffset_v0, buf, pos)
    return OffsetForLeaderTopicResult(
        Topic=v_Topic,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetForLeaderTopicResult_v0(out: bytearray, m: OffsetForLeaderTopicResult) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_EpochEndOffset_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderTopicResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EpochEndOffset_v0(buf, pos)
    return pos


def _o_OffsetForLeaderTopicResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EpochEndOffset_v0(buf, pos)
    return pos


def _d_OffsetForLeaderEpochResponse_v0(buf: Buffer, pos: int) -> tuple[OffsetForLeaderEpochResponse, int]:
    v_Topics, pos = arr_k(_d_OffsetForLeaderTopicResult_v0, buf, pos)
    return OffsetForLeaderEpochResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
    ), pos


def _e_OffsetForLeaderEpochResponse_v0(out: bytearray, m: OffsetForLeaderEpochResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetForLeaderTopicResult_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderEpochResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopicResult_v0(buf, pos)
    return pos


def _o_OffsetForLeaderEpochResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopicResult_v0(buf, pos)
    return pos


def _d_EpochEndOffset_v1(buf: Buffer, pos: int) -> tuple[EpochEndOffset, int]:
    v_ErrorCode, v_Partition, v_LeaderEpoch, v_EndOffset = _P1.unpack_from(buf, pos)
    pos += 18
    return EpochEndOffset(
        ErrorCode=v_ErrorCode,
        Partition=v_Partition,
        LeaderEpoch=v_LeaderEpoch,
        EndOffset=v_EndOffset,
    ), pos


def _e_EpochEndOffset_v1(out: bytearray, m: EpochEndOffset) -> None:
    out += _P1.pack(m.ErrorCode, m.Partition, m.LeaderEpoch, m.EndOffset)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_EpochEndOffset_v1(buf: Buffer, pos: int) -> int:
    pos += 18
    return pos


def _o_EpochEndOffset_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'EndOffset':
        return pos
    pos += 8
    return pos


def _d_OffsetForLeaderTopicResult_v1(buf: Buffer, pos: int) -> tuple[OffsetForLeaderTopicResult, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_EpochEndOffset_v1, buf, pos)
    return OffsetForLeaderTopicResult(
        Topic=v_Topic,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetForLeaderTopicResult_v1(out: bytearray, m: OffsetForLeaderTopicResult) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_EpochEndOffset_v1(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderTopicResult_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EpochEndOffset_v1(buf, pos)
    return pos


def _o_OffsetForLeaderTopicResult_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EpochEndOffset_v1(buf, pos)
    return pos


def _d_OffsetForLeaderEpochResponse_v1(buf: Buffer, pos: int) -> tuple[OffsetForLeaderEpochResponse, int]:
    v_Topics, pos = arr_k(_d_OffsetForLeaderTopicResult_v1, buf, pos)
    return OffsetForLeaderEpochResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
    ), pos


def _e_OffsetForLeaderEpochResponse_v1(out: bytearray, m: OffsetForLeaderEpochResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetForLeaderTopicResult_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderEpochResponse_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopicResult_v1(buf, pos)
    return pos


def _o_OffsetForLeaderEpochResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopicResult_v1(buf, pos)
    return pos


def _d_OffsetForLeaderEpochResponse_v2(buf: Buffer, pos: int) -> tuple[OffsetForLeaderEpochResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_OffsetForLeaderTopicResult_v1, buf, pos)
    return OffsetForLeaderEpochResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    ), pos


def _e_OffsetForLeaderEpochResponse_v2(out: bytearray, m: OffsetForLeaderEpochResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetForLeaderTopicResult_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderEpochResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopicResult_v1(buf, pos)
    return pos


def _o_OffsetForLeaderEpochResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopicResult_v1(buf, pos)
    return pos


def _d_EpochEndOffset_v4(buf: Buffer, pos: int) -> tuple[EpochEndOffset, int]:
    v_ErrorCode, v_Partition, v_LeaderEpoch, v_EndOffset = _P1.unpack_from(buf, pos)
    pos += 18
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EpochEndOffset(
        ErrorCode=v_ErrorCode,
        Partition=v_Partition,
        LeaderEpoch=v_LeaderEpoch,
        EndOffset=v_EndOffset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EpochEndOffset_v4(out: bytearray, m: EpochEndOffset) -> None:
    out += _P1.pack(m.ErrorCode, m.Partition, m.LeaderEpoch, m.EndOffset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EpochEndOffset_v4(buf: Buffer, pos: int) -> int:
    pos += 18
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EpochEndOffset_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'EndOffset':
        return pos
    pos += 8
    return pos


def _d_OffsetForLeaderTopicResult_v4(buf: Buffer, pos: int) -> tuple[OffsetForLeaderTopicResult, int]:
    v_Topic, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_EpochEndOffset_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetForLeaderTopicResult(
        Topic=v_Topic,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetForLeaderTopicResult_v4(out: bytearray, m: OffsetForLeaderTopicResult) -> None:
    w_str_c(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_EpochEndOffset_v4(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetForLeaderTopicResult_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_EpochEndOffset_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetForLeaderTopicResult_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_EpochEndOffset_v4(buf, pos)
    return pos


def _d_OffsetForLeaderEpochResponse_v4(buf: Buffer, pos: int) -> tuple[OffsetForLeaderEpochResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_OffsetForLeaderTopicResult_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetForLeaderEpochResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetForLeaderEpochResponse_v4(out: bytearray, m: OffsetForLeaderEpochResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetForLeaderTopicResult_v4(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetForLeaderEpochResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopicResult_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetForLeaderEpochResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopicResult_v4(buf, pos)
    return pos


EpochEndOffset.INFO = StructInfo('EpochEndOffset', (
    FieldInfo('ErrorCode', 'int16', (0, 4)),
    FieldInfo('Partition', 'int32', (0, 4)),
    FieldInfo('LeaderEpoch', 'int32', (1, 4), default=-1, ignorable=True),
    FieldInfo('EndOffset', 'int64', (0, 4), default=-1),
), (4, 4))

OffsetForLeaderTopicResult.INFO = StructInfo('OffsetForLeaderTopicResult', (
    FieldInfo('Topic', 'string', (0, 4)),
    FieldInfo('Partitions', '[]struct', (0, 4), struct=EpochEndOffset),
), (4, 4))

OffsetForLeaderEpochResponse.INFO = StructInfo('OffsetForLeaderEpochResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (2, 4), ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 4), struct=OffsetForLeaderTopicResult),
), (4, 4))

EpochEndOffset.DECODERS = {
    0: _d_EpochEndOffset_v0,
    1: _d_EpochEndOffset_v1,
    2: _d_EpochEndOffset_v1,
    3: _d_EpochEndOffset_v1,
    4: _d_EpochEndOffset_v4,
}

EpochEndOffset.ENCODERS = {
    0: _e_EpochEndOffset_v0,
    1: _e_EpochEndOffset_v1,
    2: _e_EpochEndOffset_v1,
    3: _e_EpochEndOffset_v1,
    4: _e_EpochEndOffset_v4,
}

EpochEndOffset.SKIPPERS = {
    0: _s_EpochEndOffset_v0,
    1: _s_EpochEndOffset_v1,
    2: _s_EpochEndOffset_v1,
    3: _s_EpochEndOffset_v1,
    4: _s_EpochEndOffset_v4,
}

EpochEndOffset.SEEKERS = {
    0: _o_EpochEndOffset_v0,
    1: _o_EpochEndOffset_v1,
    2: _o_EpochEndOffset_v1,
    3: _o_EpochEndOffset_v1,
    4: _o_EpochEndOffset_v4,
}

OffsetForLeaderTopicResult.DECODERS = {
    0: _d_OffsetForLeaderTopicResult_v0,
    1: _d_OffsetForLeaderTopicResult_v1,
    2: _d_OffsetForLeaderTopicResult_v1,
    3: _d_OffsetForLeaderTopicResult_v1,
    4: _d_OffsetForLeaderTopicResult_v4,
}

OffsetForLeaderTopicResult.ENCODERS = {
    0: _e_OffsetForLeaderTopicResult_v0,
    1: _e_OffsetForLeaderTopicResult_v1,
    2: _e_OffsetForLeaderTopicResult_v1,
    3: _e_OffsetForLeaderTopicResult_v1,
    4: _e_OffsetForLeaderTopicResult_v4,
}

OffsetForLeaderTopicResult.SKIPPERS = {
    0: _s_OffsetForLeaderTopicResult_v0,
    1: _s_OffsetForLeaderTopicResult_v1,
    2: _s_OffsetForLeaderTopicResult_v1,
    3: _s_OffsetForLeaderTopicResult_v1,
    4: _s_OffsetForLeaderTopicResult_v4,
}

OffsetForLeaderTopicResult.SEEKERS = {
    0: _o_OffsetForLeaderTopicResult_v0,
    1: _o_OffsetForLeaderTopicResult_v1,
    2: _o_OffsetForLeaderTopicResult_v1,
    3: _o_OffsetForLeaderTopicResult_v1,
    4: _o_OffsetForLeaderTopicResult_v4,
}

OffsetForLeaderEpochResponse.DECODERS = {
    0: _d_OffsetForLeaderEpochResponse_v0,
    1: _d_OffsetForLeaderEpochResponse_v1,
    2: _d_OffsetForLeaderEpochResponse_v2,
    3: _d_OffsetForLeaderEpochResponse_v2,
    4: _d_OffsetForLeaderEpochResponse_v4,
}

OffsetForLeaderEpochResponse.ENCODERS = {
    0: _e_OffsetForLeaderEpochResponse_v0,
    1: _e_OffsetForLeaderEpochResponse_v1,
    2: _e_OffsetForLeaderEpochResponse_v2,
    3: _e_OffsetForLeaderEpochResponse_v2,
    4: _e_OffsetForLeaderEpochResponse_v4,
}

OffsetForLeaderEpochResponse.SKIPPERS = {
    0: _s_OffsetForLeaderEpochResponse_v0,
    1: _s_OffsetForLeaderEpochResponse_v1,
    2: _s_OffsetForLeaderEpochResponse_v2,
    3: _s_OffsetForLeaderEpochResponse_v2,
    4: _s_OffsetForLeaderEpochResponse_v4,
}

OffsetForLeaderEpochResponse.SEEKERS = {
    0: _o_OffsetForLeaderEpochResponse_v0,
    1: _o_OffsetForLeaderEpochResponse_v1,
    2: _o_OffsetForLeaderEpochResponse_v2,
    3: _o_OffsetForLeaderEpochResponse_v2,
    4: _o_OffsetForLeaderEpochResponse_v4,
}
