"""ListOffsetsResponse: generated from specs/ListOffsetsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    count_k,
    farr_k,
    non_default,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_farr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>ih')
_P1 = Struct('>i')
_P2 = Struct('>ihqq')
_P3 = Struct('>qq')
_P4 = Struct('>ihqqi')
_P5 = Struct('>qqi')
_A_int64 = array_formats('q')


class ListOffsetsPartitionResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of ListOffsetsTopicResponse.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    OldStyleOffsets: list[int] = MISSING
    Timestamp: int = -1
    Offset: int = -1
    LeaderEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class ListOffsetsTopicResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of ListOffsetsResponse.Topics."""

    Name: str = MISSING
    Partitions: list[ListOffsetsPartitionResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ListOffsetsResponse(Message, kw_only=True, gc=False):
    """ListOffsetsResponse (API key 2), v0-v10; from specs/ListOffsetsResponse.json."""

    API_KEY = 2
    KIND = 'response'
    VALID_VERSIONS = (0, 10)
    FLEXIBLE_FROM = 6
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[ListOffsetsTopicResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ListOffsetsPartitionResponse_v0(buf: Buffer, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_OldStyleOffsets = list(_A_int64[n].unpack_from(buf, pos + 4))
        pos += 4 + 8 * n
    elif n == 0:
        v_OldStyleOffsets = []
        pos += 4
    else:
        v_OldStyleOffsets, pos = farr_k(buf, pos, 'q', 8)
    return ListOffsetsPartitionResponse(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        OldStyleOffsets=v_OldStyleOffsets,
    ), pos


def _e_ListOffsetsPartitionResponse_v0(out: bytearray, m: ListOffsetsPartitionResponse) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    a_OldStyleOffsets = m.OldStyleOffsets
    n = len(a_OldStyleOffsets)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int64[n].pack(*a_OldStyleOffsets)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_OldStyleOffsets, 'q')
    if non_default(m.Timestamp, -1):
        raise EncodeError('Timestamp')
    if non_default(m.Offset, -1):
        raise EncodeError('Offset')
    if non_default(m.LeaderEpoch, -1):
        raise EncodeError('LeaderEpoch')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsPartitionResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_k(buf, pos)
    pos += 8 * n
    return pos


def _o_ListOffsetsPartitionResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'OldStyleOffsets':
        return pos
    n, pos = count_k(buf, pos)
    pos += 8 * n
    return pos


def _d_ListOffsetsTopicResponse_v0(buf: Buffer, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_ListOffsetsPartitionResponse_v0, buf, pos)
    return ListOffsetsTopicResponse(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_ListOffsetsTopicResponse_v0(out: bytearray, m: ListOffsetsTopicResponse) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ListOffsetsPartitionResponse_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsTopicResponse_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartitionResponse_v0(buf, pos)
    return pos


def _o_ListOffsetsTopicResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartitionResponse_v0(buf, pos)
    return pos


def _d_ListOffsetsResponse_v0(buf: Buffer, pos: int) -> tuple[ListOffsetsResponse, int]:
    v_Topics, pos = arr_k(_d_ListOffsetsTopicResponse_v0, buf, pos)
    return ListOffsetsResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
    ), pos


def _e_ListOffsetsResponse_v0(out: bytearray, m: ListOffsetsResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopicResponse_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v0(buf, pos)
    return pos


def _o_ListOffsetsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v0(buf, pos)
    return pos


def _d_ListOffsetsPartitionResponse_v1(buf: Buffer, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_PartitionIndex, v_ErrorCode, v_Timestamp, v_Offset = _P2.unpack_from(buf, pos)
    pos += 22
    return ListOffsetsPartitionResponse(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        OldStyleOffsets=[],
        Timestamp=v_Timestamp,
        Offset=v_Offset,
    ), pos


def _e_ListOffsetsPartitionResponse_v1(out: bytearray, m: ListOffsetsPartitionResponse) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if non_default(m.OldStyleOffsets, []):
        raise EncodeError('OldStyleOffsets')
    out += _P3.pack(m.Timestamp, m.Offset)
    if non_default(m.LeaderEpoch, -1):
        raise EncodeError('LeaderEpoch')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsPartitionResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 22
    return pos


def _o_ListOffsetsPartitionResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Timestamp':
        return pos
    pos += 8
    if stop == 'Offset':
        return pos
    pos += 8
    return pos


def _d_ListOffsetsTopicResponse_v1(buf: Buffer, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_ListOffsetsPartitionResponse_v1, buf, pos)
    return ListOffsetsTopicResponse(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_ListOffsetsTopicResponse_v1(out: bytearray, m: ListOffsetsTopicResponse) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ListOffsetsPartitionResponse_v1(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsTopicResponse_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartitionResponse_v1(buf, pos)
    return pos


def _o_ListOffsetsTopicResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartitionResponse_v1(buf, pos)
    return pos


def _d_ListOffsetsResponse_v1(buf: Buffer, pos: int) -> tuple[ListOffsetsResponse, int]:
    v_Topics, pos = arr_k(_d_ListOffsetsTopicResponse_v1, buf, pos)
    return ListOffsetsResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
    ), pos


def _e_ListOffsetsResponse_v1(out: bytearray, m: ListOffsetsResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopicResponse_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsResponse_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v1(buf, pos)
    return pos


def _o_ListOffsetsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v1(buf, pos)
    return pos


def _d_ListOffsetsResponse_v2(buf: Buffer, pos: int) -> tuple[ListOffsetsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_ListOffsetsTopicResponse_v1, buf, pos)
    return ListOffsetsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    ), pos


def _e_ListOffsetsResponse_v2(out: bytearray, m: ListOffsetsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopicResponse_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v1(buf, pos)
    return pos


def _o_ListOffsetsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v1(buf, pos)
    return pos


def _d_ListOffsetsPartitionResponse_v4(buf: Buffer, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_PartitionIndex, v_ErrorCode, v_Timestamp, v_Offset, v_LeaderEpoch = _P4.unpack_from(buf, pos)
    pos += 26
    return ListOffsetsPartitionResponse(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        OldStyleOffsets=[],
        Timestamp=v_Timestamp,
        Offset=v_Offset,
        LeaderEpoch=v_LeaderEpoch,
    ), pos


def _e_ListOffsetsPartitionResponse_v4(out: bytearray, m: ListOffsetsPartitionResponse) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if non_default(m.OldStyleOffsets, []):
        raise EncodeError('OldStyleOffsets')
    out += _P5.pack(m.Timestamp, m.Offset, m.LeaderEpoch)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsPartitionResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 26
    return pos


def _o_ListOffsetsPartitionResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Timestamp':
        return pos
    pos += 8
    if stop == 'Offset':
        return pos
    pos += 8
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_ListOffsetsTopicResponse_v4(buf: Buffer, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_ListOffsetsPartitionResponse_v4, buf, pos)
    return ListOffsetsTopicResponse(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_ListOffsetsTopicResponse_v4(out: bytearray, m: ListOffsetsTopicResponse) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ListOffsetsPartitionResponse_v4(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsTopicResponse_v4(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartitionResponse_v4(buf, pos)
    return pos


def _o_ListOffsetsTopicResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartitionResponse_v4(buf, pos)
    return pos


def _d_ListOffsetsResponse_v4(buf: Buffer, pos: int) -> tuple[ListOffsetsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_ListOffsetsTopicResponse_v4, buf, pos)
    return ListOffsetsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    ), pos


def _e_ListOffsetsResponse_v4(out: bytearray, m: ListOffsetsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopicResponse_v4(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListOffsetsResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v4(buf, pos)
    return pos


def _o_ListOffsetsResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v4(buf, pos)
    return pos


def _d_ListOffsetsPartitionResponse_v6(buf: Buffer, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_PartitionIndex, v_ErrorCode, v_Timestamp, v_Offset, v_LeaderEpoch = _P4.unpack_from(buf, pos)
    pos += 26
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListOffsetsPartitionResponse(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        OldStyleOffsets=[],
        Timestamp=v_Timestamp,
        Offset=v_Offset,
        LeaderEpoch=v_LeaderEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListOffsetsPartitionResponse_v6(out: bytearray, m: ListOffsetsPartitionResponse) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if non_default(m.OldStyleOffsets, []):
        raise EncodeError('OldStyleOffsets')
    out += _P5.pack(m.Timestamp, m.Offset, m.LeaderEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListOffsetsPartitionResponse_v6(buf: Buffer, pos: int) -> int:
    pos += 26
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListOffsetsPartitionResponse_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Timestamp':
        return pos
    pos += 8
    if stop == 'Offset':
        return pos
    pos += 8
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_ListOffsetsTopicResponse_v6(buf: Buffer, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_ListOffsetsPartitionResponse_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListOffsetsTopicResponse(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListOffsetsTopicResponse_v6(out: bytearray, m: ListOffsetsTopicResponse) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ListOffsetsPartitionResponse_v6(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListOffsetsTopicResponse_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsPartitionResponse_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListOffsetsTopicResponse_v6(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_ListOffsetsPartitionResponse_v6(buf, pos)
    return pos


def _d_ListOffsetsResponse_v6(buf: Buffer, pos: int) -> tuple[ListOffsetsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_ListOffsetsTopicResponse_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListOffsetsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListOffsetsResponse_v6(out: bytearray, m: ListOffsetsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ListOffsetsTopicResponse_v6(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListOffsetsResponse_v6(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListOffsetsResponse_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListOffsetsTopicResponse_v6(buf, pos)
    return pos


ListOffsetsPartitionResponse.INFO = StructInfo('ListOffsetsPartitionResponse', (
    FieldInfo('PartitionIndex', 'int32', (0, 10)),
    FieldInfo('ErrorCode', 'int16', (0, 10)),
    FieldInfo('OldStyleOffsets', '[]int64', (0, 0)),
    FieldInfo('Timestamp', 'int64', (1, 10), default=-1),
    FieldInfo('Offset', 'int64', (1, 10), default=-1),
    FieldInfo('LeaderEpoch', 'int32', (4, 10), default=-1),
), (6, 10))

ListOffsetsTopicResponse.INFO = StructInfo('ListOffsetsTopicResponse', (
    FieldInfo('Name', 'string', (0, 10)),
    FieldInfo('Partitions', '[]struct', (0, 10), struct=ListOffsetsPartitionResponse),
), (6, 10))

ListOffsetsResponse.INFO = StructInfo('ListOffsetsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (2, 10), ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 10), struct=ListOffsetsTopicResponse),
), (6, 10))

ListOffsetsPartitionResponse.DECODERS = {
    0: _d_ListOffsetsPartitionResponse_v0,
    1: _d_ListOffsetsPartitionResponse_v1,
    2: _d_ListOffsetsPartitionResponse_v1,
    3: _d_ListOffsetsPartitionResponse_v1,
    4: _d_ListOffsetsPartitionResponse_v4,
    5: _d_ListOffsetsPartitionResponse_v4,
    6: _d_ListOffsetsPartitionResponse_v6,
    7: _d_ListOffsetsPartitionResponse_v6,
    8: _d_ListOffsetsPartitionResponse_v6,
    9: _d_ListOffsetsPartitionResponse_v6,
    10: _d_ListOffsetsPartitionResponse_v6,
}

ListOffsetsPartitionResponse.ENCODERS = {
    0: _e_ListOffsetsPartitionResponse_v0,
    1: _e_ListOffsetsPartitionResponse_v1,
    2: _e_ListOffsetsPartitionResponse_v1,
    3: _e_ListOffsetsPartitionResponse_v1,
    4: _e_ListOffsetsPartitionResponse_v4,
    5: _e_ListOffsetsPartitionResponse_v4,
    6: _e_ListOffsetsPartitionResponse_v6,
    7: _e_ListOffsetsPartitionResponse_v6,
    8: _e_ListOffsetsPartitionResponse_v6,
    9: _e_ListOffsetsPartitionResponse_v6,
    10: _e_ListOffsetsPartitionResponse_v6,
}

ListOffsetsPartitionResponse.SKIPPERS = {
    0: _s_ListOffsetsPartitionResponse_v0,
    1: _s_ListOffsetsPartitionResponse_v1,
    2: _s_ListOffsetsPartitionResponse_v1,
    3: _s_ListOffsetsPartitionResponse_v1,
    4: _s_ListOffsetsPartitionResponse_v4,
    5: _s_ListOffsetsPartitionResponse_v4,
    6: _s_ListOffsetsPartitionResponse_v6,
    7: _s_ListOffsetsPartitionResponse_v6,
    8: _s_ListOffsetsPartitionResponse_v6,
    9: _s_ListOffsetsPartitionResponse_v6,
    10: _s_ListOffsetsPartitionResponse_v6,
}

ListOffsetsPartitionResponse.SEEKERS = {
    0: _o_ListOffsetsPartitionResponse_v0,
    1: _o_ListOffsetsPartitionResponse_v1,
    2: _o_ListOffsetsPartitionResponse_v1,
    3: _o_ListOffsetsPartitionResponse_v1,
    4: _o_ListOffsetsPartitionResponse_v4,
    5: _o_ListOffsetsPartitionResponse_v4,
    6: _o_ListOffsetsPartitionResponse_v6,
    7: _o_ListOffsetsPartitionResponse_v6,
    8: _o_ListOffsetsPartitionResponse_v6,
    9: _o_ListOffsetsPartitionResponse_v6,
    10: _o_ListOffsetsPartitionResponse_v6,
}

ListOffsetsTopicResponse.DECODERS = {
    0: _d_ListOffsetsTopicResponse_v0,
    1: _d_ListOffsetsTopicResponse_v1,
    2: _d_ListOffsetsTopicResponse_v1,
    3: _d_ListOffsetsTopicResponse_v1,
    4: _d_ListOffsetsTopicResponse_v4,
    5: _d_ListOffsetsTopicResponse_v4,
    6: _d_ListOffsetsTopicResponse_v6,
    7: _d_ListOffsetsTopicResponse_v6,
    8: _d_ListOffsetsTopicResponse_v6,
    9: _d_ListOffsetsTopicResponse_v6,
    10: _d_ListOffsetsTopicResponse_v6,
}

ListOffsetsTopicResponse.ENCODERS = {
    0: _e_ListOffsetsTopicResponse_v0,
    1: _e_ListOffsetsTopicResponse_v1,
    2: _e_ListOffsetsTopicResponse_v1,
    3: _e_ListOffsetsTopicResponse_v1,
    4: _e_ListOffsetsTopicResponse_v4,
    5: _e_ListOffsetsTopicResponse_v4,
    6: _e_ListOffsetsTopicResponse_v6,
    7: _e_ListOffsetsTopicResponse_v6,
    8: _e_ListOffsetsTopicResponse_v6,
    9: _e_ListOffsetsTopicResponse_v6,
    10: _e_ListOffsetsTopicResponse_v6,
}

ListOffsetsTopicResponse.SKIPPERS = {
    0: _s_ListOffsetsTopicResponse_v0,
    1: _s_ListOffsetsTopicResponse_v1,
    2: _s_ListOffsetsTopicResponse_v1,
    3: _s_ListOffsetsTopicResponse_v1,
    4: _s_ListOffsetsTopicResponse_v4,
    5: _s_ListOffsetsTopicResponse_v4,
    6: _s_ListOffsetsTopicResponse_v6,
    7: _s_ListOffsetsTopicResponse_v6,
    8: _s_ListOffsetsTopicResponse_v6,
    9: _s_ListOffsetsTopicResponse_v6,
    10: _s_ListOffsetsTopicResponse_v6,
}

ListOffsetsTopicResponse.SEEKERS = {
    0: _o_ListOffsetsTopicResponse_v0,
    1: _o_ListOffsetsTopicResponse_v1,
    2: _o_ListOffsetsTopicResponse_v1,
    3: _o_ListOffsetsTopicResponse_v1,
    4: _o_ListOffsetsTopicResponse_v4,
    5: _o_ListOffsetsTopicResponse_v4,
    6: _o_ListOffsetsTopicResponse_v6,
    7: _o_ListOffsetsTopicResponse_v6,
    8: _o_ListOffsetsTopicResponse_v6,
    9: _o_ListOffsetsTopicResponse_v6,
    10: _o_ListOffsetsTopicResponse_v6,
}

ListOffsetsResponse.DECODERS = {
    0: _d_ListOffsetsResponse_v0,
    1: _d_ListOffsetsResponse_v1,
    2: _d_ListOffsetsResponse_v2,
    3: _d_ListOffsetsResponse_v2,
    4: _d_ListOffsetsResponse_v4,
    5: _d_ListOffsetsResponse_v4,
    6: _d_ListOffsetsResponse_v6,
    7: _d_ListOffsetsResponse_v6,
    8: _d_ListOffsetsResponse_v6,
    9: _d_ListOffsetsResponse_v6,
    10: _d_ListOffsetsResponse_v6,
}

ListOffsetsResponse.ENCODERS = {
    0: _e_ListOffsetsResponse_v0,
    1: _e_ListOffsetsResponse_v1,
    2: _e_ListOffsetsResponse_v2,
    3: _e_ListOffsetsResponse_v2,
    4: _e_ListOffsetsResponse_v4,
    5: _e_ListOffsetsResponse_v4,
    6: _e_ListOffsetsResponse_v6,
    7: _e_ListOffsetsResponse_v6,
    8: _e_ListOffsetsResponse_v6,
    9: _e_ListOffsetsResponse_v6,
    10: _e_ListOffsetsResponse_v6,
}

ListOffsetsResponse.SKIPPERS = {
    0: _s_ListOffsetsResponse_v0,
    1: _s_ListOffsetsResponse_v1,
    2: _s_ListOffsetsResponse_v2,
    3: _s_ListOffsetsResponse_v2,
    4: _s_ListOffsetsResponse_v4,
    5: _s_ListOffsetsResponse_v4,
    6: _s_ListOffsetsResponse_v6,
    7: _s_ListOffsetsResponse_v6,
    8: _s_ListOffsetsResponse_v6,
    9: _s_ListOffsetsResponse_v6,
    10: _s_ListOffsetsResponse_v6,
}

ListOffsetsResponse.SEEKERS = {
    0: _o_ListOffsetsResponse_v0,
    1: _o_ListOffsetsResponse_v1,
    2: _o_ListOffsetsResponse_v2,
    3: _o_ListOffsetsResponse_v2,
    4: _o_ListOffsetsResponse_v4,
    5: _o_ListOffsetsResponse_v4,
    6: _o_ListOffsetsResponse_v6,
    7: _o_ListOffsetsResponse_v6,
    8: _o_ListOffsetsResponse_v6,
    9: _o_ListOffsetsResponse_v6,
    10: _o_ListOffsetsResponse_v6,
}
