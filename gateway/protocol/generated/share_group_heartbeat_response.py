"""ShareGroupHeartbeatResponse: generated from specs/ShareGroupHeartbeatResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    farr_c,
    nstr_c,
    read_marker,
    read_tags,
    skip_c,
    skip_tags,
    w_alen_c,
    w_farr_c,
    w_nstr_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>16s')
_P1 = Struct('>ih')
_P2 = Struct('>ii')
_A_int32 = array_formats('i')


class TopicPartitions(KafkaStruct, kw_only=True, gc=False):
    """An element of Assignment.TopicPartitions."""

    TopicId: bytes = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_TopicPartitions = TopicPartitions


class Assignment(KafkaStruct, kw_only=True, gc=False):
    """An element of ShareGroupHeartbeatResponse.Assignment."""

    TopicPartitions: list[_TopicPartitions] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_Assignment = Assignment


class ShareGroupHeartbeatResponse(Message, kw_only=True, gc=False):
    """ShareGroupHeartbeatResponse (API key 76), v0-v0; from specs/ShareGroupHeartbeatResponse.json."""

    API_KEY = 76
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    MemberId: str | None = None
    MemberEpoch: int = MISSING
    HeartbeatIntervalMs: int = MISSING
    Assignment: _Assignment | None = None
    unknown_tags: dict[int, Buffer] | None = None


def _d_TopicPartitions_v0(buf: Buffer, pos: int) -> tuple[TopicPartitions, int]:
    (v_TopicId,) = _P0.unpack_from(buf, pos)
    pos += 16
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
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicPartitions_v0(out: bytearray, m: TopicPartitions) -> None:
    w_uuid(out, m.TopicId)
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


def _s_TopicPartitions_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicPartitions_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_Assignment_v0(buf: Buffer, pos: int) -> tuple[Assignment, int]:
    v_TopicPartitions, pos = arr_c(_d_TopicPartitions_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Assignment(
        TopicPartitions=v_TopicPartitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Assignment_v0(out: bytearray, m: Assignment) -> None:
    a_TopicPartitions = m.TopicPartitions
    w_alen_c(out, len(a_TopicPartitions))
    for e_TopicPartitions in a_TopicPartitions:
        _e_TopicPartitions_v0(out, e_TopicPartitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Assignment_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Assignment_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicPartitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    return pos


def _d_ShareGroupHeartbeatResponse_v0(buf: Buffer, pos: int) -> tuple[ShareGroupHeartbeatResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_MemberId, pos = nstr_c(buf, pos)
    v_MemberEpoch, v_HeartbeatIntervalMs = _P2.unpack_from(buf, pos)
    pos += 8
    v_Assignment: Any = None
    present, pos = read_marker(buf, pos)
    if present:
        v_Assignment, pos = _d_Assignment_v0(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ShareGroupHeartbeatResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        MemberId=v_MemberId,
        MemberEpoch=v_MemberEpoch,
        HeartbeatIntervalMs=v_HeartbeatIntervalMs,
        Assignment=v_Assignment,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ShareGroupHeartbeatResponse_v0(out: bytearray, m: ShareGroupHeartbeatResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    w_nstr_c(out, m.MemberId)
    out += _P2.pack(m.MemberEpoch, m.HeartbeatIntervalMs)
    s_Assignment = m.Assignment
    if s_Assignment is None:
        out += b"\xff"
    else:
        out += b"\x01"
        _e_Assignment_v0(out, s_Assignment)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ShareGroupHeartbeatResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 8
    if buf[pos] < 0x80:
        pos = _s_Assignment_v0(buf, pos + 1)
    else:
        pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ShareGroupHeartbeatResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberEpoch':
        return pos
    pos += 4
    if stop == 'HeartbeatIntervalMs':
        return pos
    pos += 4
    if stop == 'Assignment':
        return pos
    if buf[pos] < 0x80:
        pos = _s_Assignment_v0(buf, pos + 1)
    else:
        pos += 1
    return pos


TopicPartitions.INFO = StructInfo('TopicPartitions', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]int32', (0, 0)),
), (0, 0))

Assignment.INFO = StructInfo('Assignment', (
    FieldInfo('TopicPartitions', '[]struct', (0, 0), struct=TopicPartitions),
), (0, 0))

ShareGroupHeartbeatResponse.INFO = StructInfo('ShareGroupHeartbeatResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('MemberId', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('MemberEpoch', 'int32', (0, 0)),
    FieldInfo('HeartbeatIntervalMs', 'int32', (0, 0)),
    FieldInfo('Assignment', 'struct', (0, 0), nullable=(0, 0), default=None, struct=Assignment),
), (0, 0))

TopicPartitions.DECODERS = {
    0: _d_TopicPartitions_v0,
}

TopicPartitions.ENCODERS = {
    0: _e_TopicPartitions_v0,
}

TopicPartitions.SKIPPERS = {
    0: _s_TopicPartitions_v0,
}

TopicPartitions.SEEKERS = {
    0: _o_TopicPartitions_v0,
}

Assignment.DECODERS = {
    0: _d_Assignment_v0,
}

Assignment.ENCODERS = {
    0: _e_Assignment_v0,
}

Assignment.SKIPPERS = {
    0: _s_Assignment_v0,
}

Assignment.SEEKERS = {
    0: _o_Assignment_v0,
}

ShareGroupHeartbeatResponse.DECODERS = {
    0: _d_ShareGroupHeartbeatResponse_v0,
}

ShareGroupHeartbeatResponse.ENCODERS = {
    0: _e_ShareGroupHeartbeatResponse_v0,
}

ShareGroupHeartbeatResponse.SKIPPERS = {
    0: _s_ShareGroupHeartbeatResponse_v0,
}

ShareGroupHeartbeatResponse.SEEKERS = {
    0: _o_ShareGroupHeartbeatResponse_v0,
}
