"""DescribeQuorumRequest: generated from specs/DescribeQuorumRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>i')


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicData.Partitions."""

    PartitionIndex: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeQuorumRequest.Topics."""

    TopicName: str = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeQuorumRequest(Message, kw_only=True, gc=False):
    """DescribeQuorumRequest (API key 55), v0-v2; from specs/DescribeQuorumRequest.json."""

    API_KEY = 55
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    Topics: list[TopicData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    return pos


def _d_TopicData_v0(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v0(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
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
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_DescribeQuorumRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeQuorumRequest, int]:
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeQuorumRequest(
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeQuorumRequest_v0(out: bytearray, m: DescribeQuorumRequest) -> None:
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeQuorumRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeQuorumRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 2)),
), (0, 2))

TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('TopicName', 'string', (0, 2)),
    FieldInfo('Partitions', '[]struct', (0, 2), struct=PartitionData),
), (0, 2))

DescribeQuorumRequest.INFO = StructInfo('DescribeQuorumRequest', (
    FieldInfo('Topics', '[]struct', (0, 2), struct=TopicData),
), (0, 2))

PartitionData.DECODERS = {
    0: _d_PartitionData_v0,
    1: _d_PartitionData_v0,
    2: _d_PartitionData_v0,
}

PartitionData.ENCODERS = {
    0: _e_PartitionData_v0,
    1: _e_PartitionData_v0,
    2: _e_PartitionData_v0,
}

PartitionData.SKIPPERS = {
    0: _s_PartitionData_v0,
    1: _s_PartitionData_v0,
    2: _s_PartitionData_v0,
}

PartitionData.SEEKERS = {
    0: _o_PartitionData_v0,
    1: _o_PartitionData_v0,
    2: _o_PartitionData_v0,
}

TopicData.DECODERS = {
    0: _d_TopicData_v0,
    1: _d_TopicData_v0,
    2: _d_TopicData_v0,
}

TopicData.ENCODERS = {
    0: _e_TopicData_v0,
    1: _e_TopicData_v0,
    2: _e_TopicData_v0,
}

TopicData.SKIPPERS = {
    0: _s_TopicData_v0,
    1: _s_TopicData_v0,
    2: _s_TopicData_v0,
}

TopicData.SEEKERS = {
    0: _o_TopicData_v0,
    1: _o_TopicData_v0,
    2: _o_TopicData_v0,
}

DescribeQuorumRequest.DECODERS = {
    0: _d_DescribeQuorumRequest_v0,
    1: _d_DescribeQuorumRequest_v0,
    2: _d_DescribeQuorumRequest_v0,
}

DescribeQuorumRequest.ENCODERS = {
    0: _e_DescribeQuorumRequest_v0,
    1: _e_DescribeQuorumRequest_v0,
    2: _e_DescribeQuorumRequest_v0,
}

DescribeQuorumRequest.SKIPPERS = {
    0: _s_DescribeQuorumRequest_v0,
    1: _s_DescribeQuorumRequest_v0,
    2: _s_DescribeQuorumRequest_v0,
}

DescribeQuorumRequest.SEEKERS = {
    0: _o_DescribeQuorumRequest_v0,
    1: _o_DescribeQuorumRequest_v0,
    2: _o_DescribeQuorumRequest_v0,
}
