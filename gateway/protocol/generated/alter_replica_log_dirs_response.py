"""AlterReplicaLogDirsResponse: generated from specs/AlterReplicaLogDirsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>i')


class AlterReplicaLogDirPartitionResult(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterReplicaLogDirTopicResult.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterReplicaLogDirTopicResult(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterReplicaLogDirsResponse.Results."""

    TopicName: str = MISSING
    Partitions: list[AlterReplicaLogDirPartitionResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterReplicaLogDirsResponse(Message, kw_only=True, gc=False):
    """AlterReplicaLogDirsResponse (API key 34), v0-v2; from specs/AlterReplicaLogDirsResponse.json."""

    API_KEY = 34
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Results: list[AlterReplicaLogDirTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AlterReplicaLogDirPartitionResult_v0(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirPartitionResult, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return AlterReplicaLogDirPartitionResult(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_AlterReplicaLogDirPartitionResult_v0(out: bytearray, m: AlterReplicaLogDirPartitionResult) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterReplicaLogDirPartitionResult_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_AlterReplicaLogDirPartitionResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_AlterReplicaLogDirTopicResult_v0(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirTopicResult, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_AlterReplicaLogDirPartitionResult_v0, buf, pos)
    return AlterReplicaLogDirTopicResult(
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    ), pos


def _e_AlterReplicaLogDirTopicResult_v0(out: bytearray, m: AlterReplicaLogDirTopicResult) -> None:
    w_str_k(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_AlterReplicaLogDirPartitionResult_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterReplicaLogDirTopicResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirPartitionResult_v0(buf, pos)
    return pos


def _o_AlterReplicaLogDirTopicResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirPartitionResult_v0(buf, pos)
    return pos


def _d_AlterReplicaLogDirsResponse_v0(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_k(_d_AlterReplicaLogDirTopicResult_v0, buf, pos)
    return AlterReplicaLogDirsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    ), pos


def _e_AlterReplicaLogDirsResponse_v0(out: bytearray, m: AlterReplicaLogDirsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_k(out, len(a_Results))
    for e_Results in a_Results:
        _e_AlterReplicaLogDirTopicResult_v0(out, e_Results)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterReplicaLogDirsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirTopicResult_v0(buf, pos)
    return pos


def _o_AlterReplicaLogDirsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirTopicResult_v0(buf, pos)
    return pos


def _d_AlterReplicaLogDirPartitionResult_v2(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirPartitionResult, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterReplicaLogDirPartitionResult(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterReplicaLogDirPartitionResult_v2(out: bytearray, m: AlterReplicaLogDirPartitionResult) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterReplicaLogDirPartitionResult_v2(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterReplicaLogDirPartitionResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_AlterReplicaLogDirTopicResult_v2(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirTopicResult, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_AlterReplicaLogDirPartitionResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterReplicaLogDirTopicResult(
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterReplicaLogDirTopicResult_v2(out: bytearray, m: AlterReplicaLogDirTopicResult) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_AlterReplicaLogDirPartitionResult_v2(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterReplicaLogDirTopicResult_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirPartitionResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterReplicaLogDirTopicResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_AlterReplicaLogDirPartitionResult_v2(buf, pos)
    return pos


def _d_AlterReplicaLogDirsResponse_v2(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_c(_d_AlterReplicaLogDirTopicResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterReplicaLogDirsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterReplicaLogDirsResponse_v2(out: bytearray, m: AlterReplicaLogDirsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_AlterReplicaLogDirTopicResult_v2(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterReplicaLogDirsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirTopicResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterReplicaLogDirsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirTopicResult_v2(buf, pos)
    return pos


AlterReplicaLogDirPartitionResult.INFO = StructInfo('AlterReplicaLogDirPartitionResult', (
    FieldInfo('PartitionIndex', 'int32', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (0, 2)),
), (2, 2))

AlterReplicaLogDirTopicResult.INFO = StructInfo('AlterReplicaLogDirTopicResult', (
    FieldInfo('TopicName', 'string', (0, 2)),
    FieldInfo('Partitions', '[]struct', (0, 2), struct=AlterReplicaLogDirPartitionResult),
), (2, 2))

AlterReplicaLogDirsResponse.INFO = StructInfo('AlterReplicaLogDirsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 2)),
    FieldInfo('Results', '[]struct', (0, 2), struct=AlterReplicaLogDirTopicResult),
), (2, 2))

AlterReplicaLogDirPartitionResult.DECODERS = {
    0: _d_AlterReplicaLogDirPartitionResult_v0,
    1: _d_AlterReplicaLogDirPartitionResult_v0,
    2: _d_AlterReplicaLogDirPartitionResult_v2,
}

AlterReplicaLogDirPartitionResult.ENCODERS = {
    0: _e_AlterReplicaLogDirPartitionResult_v0,
    1: _e_AlterReplicaLogDirPartitionResult_v0,
    2: _e_AlterReplicaLogDirPartitionResult_v2,
}

AlterReplicaLogDirPartitionResult.SKIPPERS = {
    0: _s_AlterReplicaLogDirPartitionResult_v0,
    1: _s_AlterReplicaLogDirPartitionResult_v0,
    2: _s_AlterReplicaLogDirPartitionResult_v2,
}

AlterReplicaLogDirPartitionResult.SEEKERS = {
    0: _o_AlterReplicaLogDirPartitionResult_v0,
    1: _o_AlterReplicaLogDirPartitionResult_v0,
    2: _o_AlterReplicaLogDirPartitionResult_v2,
}

AlterReplicaLogDirTopicResult.DECODERS = {
    0: _d_AlterReplicaLogDirTopicResult_v0,
    1: _d_AlterReplicaLogDirTopicResult_v0,
    2: _d_AlterReplicaLogDirTopicResult_v2,
}

AlterReplicaLogDirTopicResult.ENCODERS = {
    0: _e_AlterReplicaLogDirTopicResult_v0,
    1: _e_AlterReplicaLogDirTopicResult_v0,
    2: _e_AlterReplicaLogDirTopicResult_v2,
}

AlterReplicaLogDirTopicResult.SKIPPERS = {
    0: _s_AlterReplicaLogDirTopicResult_v0,
    1: _s_AlterReplicaLogDirTopicResult_v0,
    2: _s_AlterReplicaLogDirTopicResult_v2,
}

AlterReplicaLogDirTopicResult.SEEKERS = {
    0: _o_AlterReplicaLogDirTopicResult_v0,
    1: _o_AlterReplicaLogDirTopicResult_v0,
    2: _o_AlterReplicaLogDirTopicResult_v2,
}

AlterReplicaLogDirsResponse.DECODERS = {
    0: _d_AlterReplicaLogDirsResponse_v0,
    1: _d_AlterReplicaLogDirsResponse_v0,
    2: _d_AlterReplicaLogDirsResponse_v2,
}

AlterReplicaLogDirsResponse.ENCODERS = {
    0: _e_AlterReplicaLogDirsResponse_v0,
    1: _e_AlterReplicaLogDirsResponse_v0,
    2: _e_AlterReplicaLogDirsResponse_v2,
}

AlterReplicaLogDirsResponse.SKIPPERS = {
    0: _s_AlterReplicaLogDirsResponse_v0,
    1: _s_AlterReplicaLogDirsResponse_v0,
    2: _s_AlterReplicaLogDirsResponse_v2,
}

AlterReplicaLogDirsResponse.SEEKERS = {
    0: _o_AlterReplicaLogDirsResponse_v0,
    1: _o_AlterReplicaLogDirsResponse_v0,
    2: _o_AlterReplicaLogDirsResponse_v2,
}
