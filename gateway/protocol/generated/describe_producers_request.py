"""DescribeProducersRequest: generated from specs/DescribeProducersRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    array_formats,
    count_c,
    farr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_farr_c,
    w_str_c,
    w_tags,
)

_A_int32 = array_formats('i')


class TopicRequest(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeProducersRequest.Topics."""

    Name: str = MISSING
    PartitionIndexes: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeProducersRequest(Message, kw_only=True, gc=False):
    """DescribeProducersRequest (API key 61), v0-v0; from specs/DescribeProducersRequest.json."""

    API_KEY = 61
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    Topics: list[TopicRequest] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_TopicRequest_v0(buf: Buffer, pos: int) -> tuple[TopicRequest, int]:
    v_Name, pos = str_c(buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_PartitionIndexes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_PartitionIndexes = []
        pos += 1
    else:
        v_PartitionIndexes, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicRequest(
        Name=v_Name,
        PartitionIndexes=v_PartitionIndexes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicRequest_v0(out: bytearray, m: TopicRequest) -> None:
    w_str_c(out, m.Name)
    a_PartitionIndexes = m.PartitionIndexes
    n = len(a_PartitionIndexes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_PartitionIndexes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_PartitionIndexes, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicRequest_v0(buf: Buffer, pos: int) -> int:
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


def _o_TopicRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionIndexes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_DescribeProducersRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeProducersRequest, int]:
    v_Topics, pos = arr_c(_d_TopicRequest_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeProducersRequest(
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeProducersRequest_v0(out: bytearray, m: DescribeProducersRequest) -> None:
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicRequest_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeProducersRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicRequest_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeProducersRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicRequest_v0(buf, pos)
    return pos


TopicRequest.INFO = StructInfo('TopicRequest', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('PartitionIndexes', '[]int32', (0, 0)),
), (0, 0))

DescribeProducersRequest.INFO = StructInfo('DescribeProducersRequest', (
    FieldInfo('Topics', '[]struct', (0, 0), struct=TopicRequest),
), (0, 0))

TopicRequest.DECODERS = {
    0: _d_TopicRequest_v0,
}

TopicRequest.ENCODERS = {
    0: _e_TopicRequest_v0,
}

TopicRequest.SKIPPERS = {
    0: _s_TopicRequest_v0,
}

TopicRequest.SEEKERS = {
    0: _o_TopicRequest_v0,
}

DescribeProducersRequest.DECODERS = {
    0: _d_DescribeProducersRequest_v0,
}

DescribeProducersRequest.ENCODERS = {
    0: _e_DescribeProducersRequest_v0,
}

DescribeProducersRequest.SKIPPERS = {
    0: _s_DescribeProducersRequest_v0,
}

DescribeProducersRequest.SEEKERS = {
    0: _o_DescribeProducersRequest_v0,
}
