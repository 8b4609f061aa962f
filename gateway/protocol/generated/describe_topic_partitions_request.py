"""DescribeTopicPartitionsRequest: generated from specs/DescribeTopicPartitionsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    count_c,
    read_marker,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>i')


class TopicRequest(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeTopicPartitionsRequest.Topics."""

    Name: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class Cursor(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeTopicPartitionsRequest.Cursor."""

    TopicName: str = MISSING
    PartitionIndex: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_Cursor = Cursor


class DescribeTopicPartitionsRequest(Message, kw_only=True, gc=False):
    """DescribeTopicPartitionsRequest (API key 75), v0-v0; from specs/DescribeTopicPartitionsRequest.json."""

    API_KEY = 75
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    Topics: list[TopicRequest] = MISSING
    ResponsePartitionLimit: int = 2000
    Cursor: _Cursor | None = None
    unknown_tags: dict[int, Buffer] | None = None


def _d_TopicRequest_v0(buf: Buffer, pos: int) -> tuple[TopicRequest, int]:
    v_Name, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicRequest(
        Name=v_Name,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicRequest_v0(out: bytearray, m: TopicRequest) -> None:
    w_str_c(out, m.Name)
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
    return pos


def _d_Cursor_v0(buf: Buffer, pos: int) -> tuple[Cursor, int]:
    v_TopicName, pos = str_c(buf, pos)
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Cursor(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Cursor_v0(out: bytearray, m: Cursor) -> None:
    w_str_c(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Cursor_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Cursor_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_DescribeTopicPartitionsRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeTopicPartitionsRequest, int]:
    v_Topics, pos = arr_c(_d_TopicRequest_v0, buf, pos)
    (v_ResponsePartitionLimit,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Cursor: Any = None
    present, pos = read_marker(buf, pos)
    if present:
        v_Cursor, pos = _d_Cursor_v0(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeTopicPartitionsRequest(
        Topics=v_Topics,
        ResponsePartitionLimit=v_ResponsePartitionLimit,
        Cursor=v_Cursor,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeTopicPartitionsRequest_v0(out: bytearray, m: DescribeTopicPartitionsRequest) -> None:
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicRequest_v0(out, e_Topics)
    out += _P0.pack(m.ResponsePartitionLimit)
    s_Cursor = m.Cursor
    if s_Cursor is None:
        out += b"\xff"
    else:
        out += b"\x01"
        _e_Cursor_v0(out, s_Cursor)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeTopicPartitionsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicRequest_v0(buf, pos)
    pos += 4
    if buf[pos] < 0x80:
        pos = _s_Cursor_v0(buf, pos + 1)
    else:
        pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeTopicPartitionsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicRequest_v0(buf, pos)
    if stop == 'ResponsePartitionLimit':
        return pos
    pos += 4
    if stop == 'Cursor':
        return pos
    if buf[pos] < 0x80:
        pos = _s_Cursor_v0(buf, pos + 1)
    else:
        pos += 1
    return pos


TopicRequest.INFO = StructInfo('TopicRequest', (
    FieldInfo('Name', 'string', (0, 0)),
), (0, 0))

Cursor.INFO = StructInfo('Cursor', (
    FieldInfo('TopicName', 'string', (0, 0)),
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
), (0, 0))

DescribeTopicPartitionsRequest.INFO = StructInfo('DescribeTopicPartitionsRequest', (
    FieldInfo('Topics', '[]struct', (0, 0), struct=TopicRequest),
    FieldInfo('ResponsePartitionLimit', 'int32', (0, 0), default=2000),
    FieldInfo('Cursor', 'struct', (0, 0), nullable=(0, 0), default=None, struct=Cursor),
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

Cursor.DECODERS = {
    0: _d_Cursor_v0,
}

Cursor.ENCODERS = {
    0: _e_Cursor_v0,
}

Cursor.SKIPPERS = {
    0: _s_Cursor_v0,
}

Cursor.SEEKERS = {
    0: _o_Cursor_v0,
}

DescribeTopicPartitionsRequest.DECODERS = {
    0: _d_DescribeTopicPartitionsRequest_v0,
}

DescribeTopicPartitionsRequest.ENCODERS = {
    0: _e_DescribeTopicPartitionsRequest_v0,
}

DescribeTopicPartitionsRequest.SKIPPERS = {
    0: _s_DescribeTopicPartitionsRequest_v0,
}

DescribeTopicPartitionsRequest.SEEKERS = {
    0: _o_DescribeTopicPartitionsRequest_v0,
}
