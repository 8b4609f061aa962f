"""ElectLeadersRequest: generated from specs/ElectLeadersRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    count_k,
    farr_c,
    farr_k,
    narr_c,
    narr_k,
    non_default,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_farr_c,
    w_farr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>b')
_A_int32 = array_formats('i')


class TopicPartitions(KafkaStruct, kw_only=True, gc=False):
    """An element of ElectLeadersRequest.TopicPartitions."""

    Topic: str = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_TopicPartitions = TopicPartitions


class ElectLeadersRequest(Message, kw_only=True, gc=False):
    """ElectLeadersRequest (API key 43), v0-v2; from specs/ElectLeadersRequest.json."""

    API_KEY = 43
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ElectionType: int = MISSING
    TopicPartitions: list[_TopicPartitions] | None = MISSING
    TimeoutMs: int = 60000
    unknown_tags: dict[int, Buffer] | None = None


def _d_TopicPartitions_v0(buf: Buffer, pos: int) -> tuple[TopicPartitions, int]:
    v_Topic, pos = str_k(buf, pos)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Partitions = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Partitions = []
        pos += 4
    else:
        v_Partitions, pos = farr_k(buf, pos, 'i', 4)
    return TopicPartitions(
        Topic=v_Topic,
        Partitions=v_Partitions,
    ), pos


def _e_TopicPartitions_v0(out: bytearray, m: TopicPartitions) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    n = len(a_Partitions)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_Partitions)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Partitions, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TopicPartitions_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_TopicPartitions_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_ElectLeadersRequest_v0(buf: Buffer, pos: int) -> tuple[ElectLeadersRequest, int]:
    v_TopicPartitions, pos = narr_k(_d_TopicPartitions_v0, buf, pos)
    (v_TimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    return ElectLeadersRequest(
        ElectionType=0,
        TopicPartitions=v_TopicPartitions,
        TimeoutMs=v_TimeoutMs,
    ), pos


def _e_ElectLeadersRequest_v0(out: bytearray, m: ElectLeadersRequest) -> None:
    if non_default(m.ElectionType, 0):
        raise EncodeError('ElectionType')
    a_TopicPartitions = m.TopicPartitions
    if a_TopicPartitions is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_TopicPartitions))
        for e_TopicPartitions in a_TopicPartitions:
            _e_TopicPartitions_v0(out, e_TopicPartitions)
    out += _P0.pack(m.TimeoutMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ElectLeadersRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    pos += 4
    return pos


def _o_ElectLeadersRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicPartitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


def _d_ElectLeadersRequest_v1(buf: Buffer, pos: int) -> tuple[ElectLeadersRequest, int]:
    (v_ElectionType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_TopicPartitions, pos = narr_k(_d_TopicPartitions_v0, buf, pos)
    (v_TimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    return ElectLeadersRequest(
        ElectionType=v_ElectionType,
        TopicPartitions=v_TopicPartitions,
        TimeoutMs=v_TimeoutMs,
    ), pos


def _e_ElectLeadersRequest_v1(out: bytearray, m: ElectLeadersRequest) -> None:
    out += _P1.pack(m.ElectionType)
    a_TopicPartitions = m.TopicPartitions
    if a_TopicPartitions is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_TopicPartitions))
        for e_TopicPartitions in a_TopicPartitions:
            _e_TopicPartitions_v0(out, e_TopicPartitions)
    out += _P0.pack(m.TimeoutMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ElectLeadersRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 1
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    pos += 4
    return pos


def _o_ElectLeadersRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ElectionType':
        return pos
    pos += 1
    if stop == 'TopicPartitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


def _d_TopicPartitions_v2(buf: Buffer, pos: int) -> tuple[TopicPartitions, int]:
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
    result = TopicPartitions(
        Topic=v_Topic,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicPartitions_v2(out: bytearray, m: TopicPartitions) -> None:
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


def _s_TopicPartitions_v2(buf: Buffer, pos: int) -> int:
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


def _o_TopicPartitions_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_ElectLeadersRequest_v2(buf: Buffer, pos: int) -> tuple[ElectLeadersRequest, int]:
    (v_ElectionType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_TopicPartitions, pos = narr_c(_d_TopicPartitions_v2, buf, pos)
    (v_TimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ElectLeadersRequest(
        ElectionType=v_ElectionType,
        TopicPartitions=v_TopicPartitions,
        TimeoutMs=v_TimeoutMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ElectLeadersRequest_v2(out: bytearray, m: ElectLeadersRequest) -> None:
    out += _P1.pack(m.ElectionType)
    a_TopicPartitions = m.TopicPartitions
    if a_TopicPartitions is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_TopicPartitions))
        for e_TopicPartitions in a_TopicPartitions:
            _e_TopicPartitions_v2(out, e_TopicPartitions)
    out += _P0.pack(m.TimeoutMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ElectLeadersRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 1
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v2(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ElectLeadersRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ElectionType':
        return pos
    pos += 1
    if stop == 'TopicPartitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v2(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


TopicPartitions.INFO = StructInfo('TopicPartitions', (
    FieldInfo('Topic', 'string', (0, 2)),
    FieldInfo('Partitions', '[]int32', (0, 2)),
), (2, 2))

ElectLeadersRequest.INFO = StructInfo('ElectLeadersRequest', (
    FieldInfo('ElectionType', 'int8', (1, 2)),
    FieldInfo('TopicPartitions', '[]struct', (0, 2), nullable=(0, 2), struct=TopicPartitions),
    FieldInfo('TimeoutMs', 'int32', (0, 2), default=60000),
), (2, 2))

TopicPartitions.DECODERS = {
    0: _d_TopicPartitions_v0,
    1: _d_TopicPartitions_v0,
    2: _d_TopicPartitions_v2,
}

TopicPartitions.ENCODERS = {
    0: _e_TopicPartitions_v0,
    1: _e_TopicPartitions_v0,
    2: _e_TopicPartitions_v2,
}

TopicPartitions.SKIPPERS = {
    0: _s_TopicPartitions_v0,
    1: _s_TopicPartitions_v0,
    2: _s_TopicPartitions_v2,
}

TopicPartitions.SEEKERS = {
    0: _o_TopicPartitions_v0,
    1: _o_TopicPartitions_v0,
    2: _o_TopicPartitions_v2,
}

ElectLeadersRequest.DECODERS = {
    0: _d_ElectLeadersRequest_v0,
    1: _d_ElectLeadersRequest_v1,
    2: _d_ElectLeadersRequest_v2,
}

ElectLeadersRequest.ENCODERS = {
    0: _e_ElectLeadersRequest_v0,
    1: _e_ElectLeadersRequest_v1,
    2: _e_ElectLeadersRequest_v2,
}

ElectLeadersRequest.SKIPPERS = {
    0: _s_ElectLeadersRequest_v0,
    1: _s_ElectLeadersRequest_v1,
    2: _s_ElectLeadersRequest_v2,
}

ElectLeadersRequest.SEEKERS = {
    0: _o_ElectLeadersRequest_v0,
    1: _o_ElectLeadersRequest_v1,
    2: _o_ElectLeadersRequest_v2,
}
