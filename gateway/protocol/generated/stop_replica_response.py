"""StopReplicaResponse: generated from specs/StopReplicaResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>h')


class StopReplicaPartitionError(KafkaStruct, kw_only=True, gc=False):
    """An element of StopReplicaResponse.PartitionErrors."""

    TopicName: str = MISSING
    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class StopReplicaResponse(Message, kw_only=True, gc=False):
    """StopReplicaResponse (API key 5), v0-v4; from specs/StopReplicaResponse.json."""

    API_KEY = 5
    KIND = 'response'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    PartitionErrors: list[StopReplicaPartitionError] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_StopReplicaPartitionError_v0(buf: Buffer, pos: int) -> tuple[StopReplicaPartitionError, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return StopReplicaPartitionError(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_StopReplicaPartitionError_v0(out: bytearray, m: StopReplicaPartitionError) -> None:
    w_str_k(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_StopReplicaPartitionError_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 6
    return pos


def _o_StopReplicaPartitionError_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_StopReplicaResponse_v0(buf: Buffer, pos: int) -> tuple[StopReplicaResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_PartitionErrors, pos = arr_k(_d_StopReplicaPartitionError_v0, buf, pos)
    return StopReplicaResponse(
        ErrorCode=v_ErrorCode,
        PartitionErrors=v_PartitionErrors,
    ), pos


def _e_StopReplicaResponse_v0(out: bytearray, m: StopReplicaResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_PartitionErrors = m.PartitionErrors
    w_alen_k(out, len(a_PartitionErrors))
    for e_PartitionErrors in a_PartitionErrors:
        _e_StopReplicaPartitionError_v0(out, e_PartitionErrors)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_StopReplicaResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaPartitionError_v0(buf, pos)
    return pos


def _o_StopReplicaResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionErrors':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaPartitionError_v0(buf, pos)
    return pos


def _d_StopReplicaPartitionError_v2(buf: Buffer, pos: int) -> tuple[StopReplicaPartitionError, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StopReplicaPartitionError(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StopReplicaPartitionError_v2(out: bytearray, m: StopReplicaPartitionError) -> None:
    w_str_c(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StopReplicaPartitionError_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StopReplicaPartitionError_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_StopReplicaResponse_v2(buf: Buffer, pos: int) -> tuple[StopReplicaResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_PartitionErrors, pos = arr_c(_d_StopReplicaPartitionError_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StopReplicaResponse(
        ErrorCode=v_ErrorCode,
        PartitionErrors=v_PartitionErrors,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StopReplicaResponse_v2(out: bytearray, m: StopReplicaResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_PartitionErrors = m.PartitionErrors
    w_alen_c(out, len(a_PartitionErrors))
    for e_PartitionErrors in a_PartitionErrors:
        _e_StopReplicaPartitionError_v2(out, e_PartitionErrors)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StopReplicaResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaPartitionError_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StopReplicaResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionErrors':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaPartitionError_v2(buf, pos)
    return pos


StopReplicaPartitionError.INFO = StructInfo('StopReplicaPartitionError', (
    FieldInfo('TopicName', 'string', (0, 4)),
    FieldInfo('PartitionIndex', 'int32', (0, 4)),
    FieldInfo('ErrorCode', 'int16', (0, 4)),
), (2, 4))

StopReplicaResponse.INFO = StructInfo('StopReplicaResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 4)),
    FieldInfo('PartitionErrors', '[]struct', (0, 4), struct=StopReplicaPartitionError),
), (2, 4))

StopReplicaPartitionError.DECODERS = {
    0: _d_StopReplicaPartitionError_v0,
    1: _d_StopReplicaPartitionError_v0,
    2: _d_StopReplicaPartitionError_v2,
    3: _d_StopReplicaPartitionError_v2,
    4: _d_StopReplicaPartitionError_v2,
}

StopReplicaPartitionError.ENCODERS = {
    0: _e_StopReplicaPartitionError_v0,
    1: _e_StopReplicaPartitionError_v0,
    2: _e_StopReplicaPartitionError_v2,
    3: _e_StopReplicaPartitionError_v2,
    4: _e_StopReplicaPartitionError_v2,
}

StopReplicaPartitionError.SKIPPERS = {
    0: _s_StopReplicaPartitionError_v0,
    1: _s_StopReplicaPartitionError_v0,
    2: _s_StopReplicaPartitionError_v2,
    3: _s_StopReplicaPartitionError_v2,
    4: _s_StopReplicaPartitionError_v2,
}

StopReplicaPartitionError.SEEKERS = {
    0: _o_StopReplicaPartitionError_v0,
    1: _o_StopReplicaPartitionError_v0,
    2: _o_StopReplicaPartitionError_v2,
    3: _o_StopReplicaPartitionError_v2,
    4: _o_StopReplicaPartitionError_v2,
}

StopReplicaResponse.DECODERS = {
    0: _d_StopReplicaResponse_v0,
    1: _d_StopReplicaResponse_v0,
    2: _d_StopReplicaResponse_v2,
    3: _d_StopReplicaResponse_v2,
    4: _d_StopReplicaResponse_v2,
}

StopReplicaResponse.ENCODERS = {
    0: _e_StopReplicaResponse_v0,
    1: _e_StopReplicaResponse_v0,
    2: _e_StopReplicaResponse_v2,
    3: _e_StopReplicaResponse_v2,
    4: _e_StopReplicaResponse_v2,
}

StopReplicaResponse.SKIPPERS = {
    0: _s_StopReplicaResponse_v0,
    1: _s_StopReplicaResponse_v0,
    2: _s_StopReplicaResponse_v2,
    3: _s_StopReplicaResponse_v2,
    4: _s_StopReplicaResponse_v2,
}

StopReplicaResponse.SEEKERS = {
    0: _o_StopReplicaResponse_v0,
    1: _o_StopReplicaResponse_v0,
    2: _o_StopReplicaResponse_v2,
    3: _o_StopReplicaResponse_v2,
    4: _o_StopReplicaResponse_v2,
}
