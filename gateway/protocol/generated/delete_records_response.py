"""DeleteRecordsResponse: generated from specs/DeleteRecordsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>iqh')
_P1 = Struct('>i')


class DeleteRecordsPartitionResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteRecordsTopicResult.Partitions."""

    PartitionIndex: int = MISSING
    LowWatermark: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteRecordsTopicResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteRecordsResponse.Topics."""

    Name: str = MISSING
    Partitions: list[DeleteRecordsPartitionResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteRecordsResponse(Message, kw_only=True, gc=False):
    """DeleteRecordsResponse (API key 21), v0-v2; from specs/DeleteRecordsResponse.json."""

    API_KEY = 21
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[DeleteRecordsTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DeleteRecordsPartitionResult_v0(buf: Buffer, pos: int) -> tuple[DeleteRecordsPartitionResult, int]:
    v_PartitionIndex, v_LowWatermark, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 14
    return DeleteRecordsPartitionResult(
        PartitionIndex=v_PartitionIndex,
        LowWatermark=v_LowWatermark,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_DeleteRecordsPartitionResult_v0(out: bytearray, m: DeleteRecordsPartitionResult) -> None:
    out += _P0.pack(m.PartitionIndex, m.LowWatermark, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteRecordsPartitionResult_v0(buf: Buffer, pos: int) -> int:
    pos += 14
    return pos


def _o_DeleteRecordsPartitionResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LowWatermark':
        return pos
    pos += 8
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_DeleteRecordsTopicResult_v0(buf: Buffer, pos: int) -> tuple[DeleteRecordsTopicResult, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_DeleteRecordsPartitionResult_v0, buf, pos)
    return DeleteRecordsTopicResult(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_DeleteRecordsTopicResult_v0(out: bytearray, m: DeleteRecordsTopicResult) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_DeleteRecordsPartitionResult_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteRecordsTopicResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsPartitionResult_v0(buf, pos)
    return pos


def _o_DeleteRecordsTopicResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsPartitionResult_v0(buf, pos)
    return pos


def _d_DeleteRecordsResponse_v0(buf: Buffer, pos: int) -> tuple[DeleteRecordsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_DeleteRecordsTopicResult_v0, buf, pos)
    return DeleteRecordsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    ), pos


def _e_DeleteRecordsResponse_v0(out: bytearray, m: DeleteRecordsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DeleteRecordsTopicResult_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteRecordsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsTopicResult_v0(buf, pos)
    return pos


def _o_DeleteRecordsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsTopicResult_v0(buf, pos)
    return pos


def _d_DeleteRecordsPartitionResult_v2(buf: Buffer, pos: int) -> tuple[DeleteRecordsPartitionResult, int]:
    v_PartitionIndex, v_LowWatermark, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 14
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteRecordsPartitionResult(
        PartitionIndex=v_PartitionIndex,
        LowWatermark=v_LowWatermark,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteRecordsPartitionResult_v2(out: bytearray, m: DeleteRecordsPartitionResult) -> None:
    out += _P0.pack(m.PartitionIndex, m.LowWatermark, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteRecordsPartitionResult_v2(buf: Buffer, pos: int) -> int:
    pos += 14
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteRecordsPartitionResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LowWatermark':
        return pos
    pos += 8
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_DeleteRecordsTopicResult_v2(buf: Buffer, pos: int) -> tuple[DeleteRecordsTopicResult, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_DeleteRecordsPartitionResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteRecordsTopicResult(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteRecordsTopicResult_v2(out: bytearray, m: DeleteRecordsTopicResult) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_DeleteRecordsPartitionResult_v2(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteRecordsTopicResult_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsPartitionResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteRecordsTopicResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_DeleteRecordsPartitionResult_v2(buf, pos)
    return pos


def _d_DeleteRecordsResponse_v2(buf: Buffer, pos: int) -> tuple[DeleteRecordsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_DeleteRecordsTopicResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteRecordsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteRecordsResponse_v2(out: bytearray, m: DeleteRecordsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DeleteRecordsTopicResult_v2(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteRecordsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsTopicResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteRecordsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsTopicResult_v2(buf, pos)
    return pos


DeleteRecordsPartitionResult.INFO = StructInfo('DeleteRecordsPartitionResult', (
    FieldInfo('PartitionIndex', 'int32', (0, 2)),
    FieldInfo('LowWatermark', 'int64', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (0, 2)),
), (2, 2))

DeleteRecordsTopicResult.INFO = StructInfo('DeleteRecordsTopicResult', (
    FieldInfo('Name', 'string', (0, 2)),
    FieldInfo('Partitions', '[]struct', (0, 2), struct=DeleteRecordsPartitionResult),
), (2, 2))

DeleteRecordsResponse.INFO = StructInfo('DeleteRecordsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 2)),
    FieldInfo('Topics', '[]struct', (0, 2), struct=DeleteRecordsTopicResult),
), (2, 2))

DeleteRecordsPartitionResult.DECODERS = {
    0: _d_DeleteRecordsPartitionResult_v0,
    1: _d_DeleteRecordsPartitionResult_v0,
    2: _d_DeleteRecordsPartitionResult_v2,
}

DeleteRecordsPartitionResult.ENCODERS = {
    0: _e_DeleteRecordsPartitionResult_v0,
    1: _e_DeleteRecordsPartitionResult_v0,
    2: _e_DeleteRecordsPartitionResult_v2,
}

DeleteRecordsPartitionResult.SKIPPERS = {
    0: _s_DeleteRecordsPartitionResult_v0,
    1: _s_DeleteRecordsPartitionResult_v0,
    2: _s_DeleteRecordsPartitionResult_v2,
}

DeleteRecordsPartitionResult.SEEKERS = {
    0: _o_DeleteRecordsPartitionResult_v0,
    1: _o_DeleteRecordsPartitionResult_v0,
    2: _o_DeleteRecordsPartitionResult_v2,
}

DeleteRecordsTopicResult.DECODERS = {
    0: _d_DeleteRecordsTopicResult_v0,
    1: _d_DeleteRecordsTopicResult_v0,
    2: _d_DeleteRecordsTopicResult_v2,
}

DeleteRecordsTopicResult.ENCODERS = {
    0: _e_DeleteRecordsTopicResult_v0,
    1: _e_DeleteRecordsTopicResult_v0,
    2: _e_DeleteRecordsTopicResult_v2,
}

DeleteRecordsTopicResult.SKIPPERS = {
    0: _s_DeleteRecordsTopicResult_v0,
    1: _s_DeleteRecordsTopicResult_v0,
    2: _s_DeleteRecordsTopicResult_v2,
}

DeleteRecordsTopicResult.SEEKERS = {
    0: _o_DeleteRecordsTopicResult_v0,
    1: _o_DeleteRecordsTopicResult_v0,
    2: _o_DeleteRecordsTopicResult_v2,
}

DeleteRecordsResponse.DECODERS = {
    0: _d_DeleteRecordsResponse_v0,
    1: _d_DeleteRecordsResponse_v0,
    2: _d_DeleteRecordsResponse_v2,
}

DeleteRecordsResponse.ENCODERS = {
    0: _e_DeleteRecordsResponse_v0,
    1: _e_DeleteRecordsResponse_v0,
    2: _e_DeleteRecordsResponse_v2,
}

DeleteRecordsResponse.SKIPPERS = {
    0: _s_DeleteRecordsResponse_v0,
    1: _s_DeleteRecordsResponse_v0,
    2: _s_DeleteRecordsResponse_v2,
}

DeleteRecordsResponse.SEEKERS = {
    0: _o_DeleteRecordsResponse_v0,
    1: _o_DeleteRecordsResponse_v0,
    2: _o_DeleteRecordsResponse_v2,
}
