"""DescribeLogDirsRequest: generated from specs/DescribeLogDirsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_A_int32 = array_formats('i')


class DescribableLogDirTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeLogDirsRequest.Topics."""

    Topic: str = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeLogDirsRequest(Message, kw_only=True, gc=False):
    """DescribeLogDirsRequest (API key 35), v0-v4; from specs/DescribeLogDirsRequest.json."""

    API_KEY = 35
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    Topics: list[DescribableLogDirTopic] | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribableLogDirTopic_v0(buf: Buffer, pos: int) -> tuple[DescribableLogDirTopic, int]:
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
    return DescribableLogDirTopic(
        Topic=v_Topic,
        Partitions=v_Partitions,
    ), pos


def _e_DescribableLogDirTopic_v0(out: bytearray, m: DescribableLogDirTopic) -> None:
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


def _s_DescribableLogDirTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_DescribableLogDirTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_DescribeLogDirsRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeLogDirsRequest, int]:
    v_Topics, pos = narr_k(_d_DescribableLogDirTopic_v0, buf, pos)
    return DescribeLogDirsRequest(
        Topics=v_Topics,
    ), pos


def _e_DescribeLogDirsRequest_v0(out: bytearray, m: DescribeLogDirsRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_DescribableLogDirTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeLogDirsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribableLogDirTopic_v0(buf, pos)
    return pos


def _o_DescribeLogDirsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribableLogDirTopic_v0(buf, pos)
    return pos


def _d_DescribableLogDirTopic_v2(buf: Buffer, pos: int) -> tuple[DescribableLogDirTopic, int]:
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
    result = DescribableLogDirTopic(
        Topic=v_Topic,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribableLogDirTopic_v2(out: bytearray, m: DescribableLogDirTopic) -> None:
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


def _s_DescribableLogDirTopic_v2(buf: Buffer, pos: int) -> int:
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


def _o_DescribableLogDirTopic_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_DescribeLogDirsRequest_v2(buf: Buffer, pos: int) -> tuple[DescribeLogDirsRequest, int]:
    v_Topics, pos = narr_c(_d_DescribableLogDirTopic_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeLogDirsRequest(
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeLogDirsRequest_v2(out: bytearray, m: DescribeLogDirsRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_DescribableLogDirTopic_v2(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeLogDirsRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribableLogDirTopic_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeLogDirsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribableLogDirTopic_v2(buf, pos)
    return pos


DescribableLogDirTopic.INFO = StructInfo('DescribableLogDirTopic', (
    FieldInfo('Topic', 'string', (0, 4)),
    FieldInfo('Partitions', '[]int32', (0, 4)),
), (2, 4))

DescribeLogDirsRequest.INFO = StructInfo('DescribeLogDirsRequest', (
    FieldInfo('Topics', '[]struct', (0, 4), nullable=(0, 4), struct=DescribableLogDirTopic),
), (2, 4))

DescribableLogDirTopic.DECODERS = {
    0: _d_DescribableLogDirTopic_v0,
    1: _d_DescribableLogDirTopic_v0,
    2: _d_DescribableLogDirTopic_v2,
    3: _d_DescribableLogDirTopic_v2,
    4: _d_DescribableLogDirTopic_v2,
}

DescribableLogDirTopic.ENCODERS = {
    0: _e_DescribableLogDirTopic_v0,
    1: _e_DescribableLogDirTopic_v0,
    2: _e_DescribableLogDirTopic_v2,
    3: _e_DescribableLogDirTopic_v2,
    4: _e_DescribableLogDirTopic_v2,
}

DescribableLogDirTopic.SKIPPERS = {
    0: _s_DescribableLogDirTopic_v0,
    1: _s_DescribableLogDirTopic_v0,
    2: _s_DescribableLogDirTopic_v2,
    3: _s_DescribableLogDirTopic_v2,
    4: _s_DescribableLogDirTopic_v2,
}

DescribableLogDirTopic.SEEKERS = {
    0: _o_DescribableLogDirTopic_v0,
    1: _o_DescribableLogDirTopic_v0,
    2: _o_DescribableLogDirTopic_v2,
    3: _o_DescribableLogDirTopic_v2,
    4: _o_DescribableLogDirTopic_v2,
}

DescribeLogDirsRequest.DECODERS = {
    0: _d_DescribeLogDirsRequest_v0,
    1: _d_DescribeLogDirsRequest_v0,
    2: _d_DescribeLogDirsRequest_v2,
    3: _d_DescribeLogDirsRequest_v2,
    4: _d_DescribeLogDirsRequest_v2,
}

DescribeLogDirsRequest.ENCODERS = {
    0: _e_DescribeLogDirsRequest_v0,
    1: _e_DescribeLogDirsRequest_v0,
    2: _e_DescribeLogDirsRequest_v2,
    3: _e_DescribeLogDirsRequest_v2,
    4: _e_DescribeLogDirsRequest_v2,
}

DescribeLogDirsRequest.SKIPPERS = {
    0: _s_DescribeLogDirsRequest_v0,
    1: _s_DescribeLogDirsRequest_v0,
    2: _s_DescribeLogDirsRequest_v2,
    3: _s_DescribeLogDirsRequest_v2,
    4: _s_DescribeLogDirsRequest_v2,
}

DescribeLogDirsRequest.SEEKERS = {
    0: _o_DescribeLogDirsRequest_v0,
    1: _o_DescribeLogDirsRequest_v0,
    2: _o_DescribeLogDirsRequest_v2,
    3: _o_DescribeLogDirsRequest_v2,
    4: _o_DescribeLogDirsRequest_v2,
}
