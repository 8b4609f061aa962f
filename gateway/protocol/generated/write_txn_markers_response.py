"""WriteTxnMarkersResponse: generated from specs/WriteTxnMarkersResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>q')


class WritableTxnMarkerPartitionResult(KafkaStruct, kw_only=True, gc=False):
    """An element of WritableTxnMarkerTopicResult.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class WritableTxnMarkerTopicResult(KafkaStruct, kw_only=True, gc=False):
    """An element of WritableTxnMarkerResult.Topics."""

    Name: str = MISSING
    Partitions: list[WritableTxnMarkerPartitionResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class WritableTxnMarkerResult(KafkaStruct, kw_only=True, gc=False):
    """An element of WriteTxnMarkersResponse.Markers."""

    ProducerId: int = MISSING
    Topics: list[WritableTxnMarkerTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class WriteTxnMarkersResponse(Message, kw_only=True, gc=False):
    """WriteTxnMarkersResponse (API key 27), v0-v1; from specs/WriteTxnMarkersResponse.json."""

    API_KEY = 27
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
    LATEST_VERSION_UNSTABLE = False

    Markers: list[WritableTxnMarkerResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_WritableTxnMarkerPartitionResult_v0(buf: Buffer, pos: int) -> tuple[WritableTxnMarkerPartitionResult, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return WritableTxnMarkerPartitionResult(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_WritableTxnMarkerPartitionResult_v0(out: bytearray, m: WritableTxnMarkerPartitionResult) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_WritableTxnMarkerPartitionResult_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_WritableTxnMarkerPartitionResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_WritableTxnMarkerTopicResult_v0(buf: Buffer, pos: int) -> tuple[WritableTxnMarkerTopicResult, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_WritableTxnMarkerPartitionResult_v0, buf, pos)
    return WritableTxnMarkerTopicResult(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_WritableTxnMarkerTopicResult_v0(out: bytearray, m: WritableTxnMarkerTopicResult) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_WritableTxnMarkerPartitionResult_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_WritableTxnMarkerTopicResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerPartitionResult_v0(buf, pos)
    return pos


def _o_WritableTxnMarkerTopicResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerPartitionResult_v0(buf, pos)
    return pos


def _d_WritableTxnMarkerResult_v0(buf: Buffer, pos: int) -> tuple[WritableTxnMarkerResult, int]:
    (v_ProducerId,) = _P1.unpack_from(buf, pos)
    pos += 8
    v_Topics, pos = arr_k(_d_WritableTxnMarkerTopicResult_v0, buf, pos)
    return WritableTxnMarkerResult(
        ProducerId=v_ProducerId,
        Topics=v_Topics,
    ), pos


def _e_WritableTxnMarkerResult_v0(out: bytearray, m: WritableTxnMarkerResult) -> None:
    out += _P1.pack(m.ProducerId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_WritableTxnMarkerTopicResult_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_WritableTxnMarkerResult_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerTopicResult_v0(buf, pos)
    return pos


def _o_WritableTxnMarkerResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerTopicResult_v0(buf, pos)
    return pos


def _d_WriteTxnMarkersResponse_v0(buf: Buffer, pos: int) -> tuple[WriteTxnMarkersResponse, int]:
    v_Markers, pos = arr_k(_d_WritableTxnMarkerResult_v0, buf, pos)
    return WriteTxnMarkersResponse(
        Markers=v_Markers,
    ), pos


def _e_WriteTxnMarkersResponse_v0(out: bytearray, m: WriteTxnMarkersResponse) -> None:
    a_Markers = m.Markers
    w_alen_k(out, len(a_Markers))
    for e_Markers in a_Markers:
        _e_WritableTxnMarkerResult_v0(out, e_Markers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_WriteTxnMarkersResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerResult_v0(buf, pos)
    return pos


def _o_WriteTxnMarkersResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Markers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerResult_v0(buf, pos)
    return pos


def _d_WritableTxnMarkerPartitionResult_v1(buf: Buffer, pos: int) -> tuple[WritableTxnMarkerPartitionResult, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WritableTxnMarkerPartitionResult(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WritableTxnMarkerPartitionResult_v1(out: bytearray, m: WritableTxnMarkerPartitionResult) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_WritableTxnMarkerPartitionResult_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WritableTxnMarkerPartitionResult_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_WritableTxnMarkerTopicResult_v1(buf: Buffer, pos: int) -> tuple[WritableTxnMarkerTopicResult, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_WritableTxnMarkerPartitionResult_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WritableTxnMarkerTopicResult(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WritableTxnMarkerTopicResult_v1(out: bytearray, m: WritableTxnMarkerTopicResult) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_WritableTxnMarkerPartitionResult_v1(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_WritableTxnMarkerTopicResult_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerPartitionResult_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WritableTxnMarkerTopicResult_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_WritableTxnMarkerPartitionResult_v1(buf, pos)
    return pos


def _d_WritableTxnMarkerResult_v1(buf: Buffer, pos: int) -> tuple[WritableTxnMarkerResult, int]:
    (v_ProducerId,) = _P1.unpack_from(buf, pos)
    pos += 8
    v_Topics, pos = arr_c(_d_WritableTxnMarkerTopicResult_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WritableTxnMarkerResult(
        ProducerId=v_ProducerId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WritableTxnMarkerResult_v1(out: bytearray, m: WritableTxnMarkerResult) -> None:
    out += _P1.pack(m.ProducerId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_WritableTxnMarkerTopicResult_v1(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_WritableTxnMarkerResult_v1(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerTopicResult_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WritableTxnMarkerResult_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerTopicResult_v1(buf, pos)
    return pos


def _d_WriteTxnMarkersResponse_v1(buf: Buffer, pos: int) -> tuple[WriteTxnMarkersResponse, int]:
    v_Markers, pos = arr_c(_d_WritableTxnMarkerResult_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WriteTxnMarkersResponse(
        Markers=v_Markers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WriteTxnMarkersResponse_v1(out: bytearray, m: WriteTxnMarkersResponse) -> None:
    a_Markers = m.Markers
    w_alen_c(out, len(a_Markers))
    for e_Markers in a_Markers:
        _e_WritableTxnMarkerResult_v1(out, e_Markers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_WriteTxnMarkersResponse_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerResult_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WriteTxnMarkersResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Markers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerResult_v1(buf, pos)
    return pos


WritableTxnMarkerPartitionResult.INFO = StructInfo('WritableTxnMarkerPartitionResult', (
    FieldInfo('PartitionIndex', 'int32', (0, 1)),
    FieldInfo('ErrorCode', 'int16', (0, 1)),
), (1, 1))

WritableTxnMarkerTopicResult.INFO = StructInfo('WritableTxnMarkerTopicResult', (
    FieldInfo('Name', 'string', (0, 1)),
    FieldInfo('Partitions', '[]struct', (0, 1), struct=WritableTxnMarkerPartitionResult),
), (1, 1))

WritableTxnMarkerResult.INFO = StructInfo('WritableTxnMarkerResult', (
    FieldInfo('ProducerId', 'int64', (0, 1)),
    FieldInfo('Topics', '[]struct', (0, 1), struct=WritableTxnMarkerTopicResult),
), (1, 1))

WriteTxnMarkersResponse.INFO = StructInfo('WriteTxnMarkersResponse', (
    FieldInfo('Markers', '[]struct', (0, 1), struct=WritableTxnMarkerResult),
), (1, 1))

WritableTxnMarkerPartitionResult.DECODERS = {
    0: _d_WritableTxnMarkerPartitionResult_v0,
    1: _d_WritableTxnMarkerPartitionResult_v1,
}

WritableTxnMarkerPartitionResult.ENCODERS = {
    0: _e_WritableTxnMarkerPartitionResult_v0,
    1: _e_WritableTxnMarkerPartitionResult_v1,
}

WritableTxnMarkerPartitionResult.SKIPPERS = {
    0: _s_WritableTxnMarkerPartitionResult_v0,
    1: _s_WritableTxnMarkerPartitionResult_v1,
}

WritableTxnMarkerPartitionResult.SEEKERS = {
    0: _o_WritableTxnMarkerPartitionResult_v0,
    1: _o_WritableTxnMarkerPartitionResult_v1,
}

WritableTxnMarkerTopicResult.DECODERS = {
    0: _d_WritableTxnMarkerTopicResult_v0,
    1: _d_WritableTxnMarkerTopicResult_v1,
}

WritableTxnMarkerTopicResult.ENCODERS = {
    0: _e_WritableTxnMarkerTopicResult_v0,
    1: _e_WritableTxnMarkerTopicResult_v1,
}

WritableTxnMarkerTopicResult.SKIPPERS = {
    0: _s_WritableTxnMarkerTopicResult_v0,
    1: _s_WritableTxnMarkerTopicResult_v1,
}

WritableTxnMarkerTopicResult.SEEKERS = {
    0: _o_WritableTxnMarkerTopicResult_v0,
    1: _o_WritableTxnMarkerTopicResult_v1,
}

WritableTxnMarkerResult.DECODERS = {
    0: _d_WritableTxnMarkerResult_v0,
    1: _d_WritableTxnMarkerResult_v1,
}

WritableTxnMarkerResult.ENCODERS = {
    0: _e_WritableTxnMarkerResult_v0,
    1: _e_WritableTxnMarkerResult_v1,
}

WritableTxnMarkerResult.SKIPPERS = {
    0: _s_WritableTxnMarkerResult_v0,
    1: _s_WritableTxnMarkerResult_v1,
}

WritableTxnMarkerResult.SEEKERS = {
    0: _o_WritableTxnMarkerResult_v0,
    1: _o_WritableTxnMarkerResult_v1,
}

WriteTxnMarkersResponse.DECODERS = {
    0: _d_WriteTxnMarkersResponse_v0,
    1: _d_WriteTxnMarkersResponse_v1,
}

WriteTxnMarkersResponse.ENCODERS = {
    0: _e_WriteTxnMarkersResponse_v0,
    1: _e_WriteTxnMarkersResponse_v1,
}

WriteTxnMarkersResponse.SKIPPERS = {
    0: _s_WriteTxnMarkersResponse_v0,
    1: _s_WriteTxnMarkersResponse_v1,
}

WriteTxnMarkersResponse.SEEKERS = {
    0: _o_WriteTxnMarkersResponse_v0,
    1: _o_WriteTxnMarkersResponse_v1,
}
