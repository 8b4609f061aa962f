"""CreatePartitionsResponse: generated from specs/CreatePartitionsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>h')
_P1 = Struct('>i')


class CreatePartitionsTopicResult(KafkaStruct, kw_only=True, gc=False):
    """An element of CreatePartitionsResponse.Results."""

    Name: str = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class CreatePartitionsResponse(Message, kw_only=True, gc=False):
    """CreatePartitionsResponse (API key 37), v0-v3; from specs/CreatePartitionsResponse.json."""

    API_KEY = 37
    KIND = 'response'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Results: list[CreatePartitionsTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_CreatePartitionsTopicResult_v0(buf: Buffer, pos: int) -> tuple[CreatePartitionsTopicResult, int]:
    v_Name, pos = str_k(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    return CreatePartitionsTopicResult(
        Name=v_Name,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    ), pos


def _e_CreatePartitionsTopicResult_v0(out: bytearray, m: CreatePartitionsTopicResult) -> None:
    w_str_k(out, m.Name)
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatePartitionsTopicResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 2
    pos = skip_k16(buf, pos)
    return pos


def _o_CreatePartitionsTopicResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_CreatePartitionsResponse_v0(buf: Buffer, pos: int) -> tuple[CreatePartitionsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_k(_d_CreatePartitionsTopicResult_v0, buf, pos)
    return CreatePartitionsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    ), pos


def _e_CreatePartitionsResponse_v0(out: bytearray, m: CreatePartitionsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_k(out, len(a_Results))
    for e_Results in a_Results:
        _e_CreatePartitionsTopicResult_v0(out, e_Results)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatePartitionsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsTopicResult_v0(buf, pos)
    return pos


def _o_CreatePartitionsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsTopicResult_v0(buf, pos)
    return pos


def _d_CreatePartitionsTopicResult_v2(buf: Buffer, pos: int) -> tuple[CreatePartitionsTopicResult, int]:
    v_Name, pos = str_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatePartitionsTopicResult(
        Name=v_Name,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatePartitionsTopicResult_v2(out: bytearray, m: CreatePartitionsTopicResult) -> None:
    w_str_c(out, m.Name)
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatePartitionsTopicResult_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatePartitionsTopicResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
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
    return pos


def _d_CreatePartitionsResponse_v2(buf: Buffer, pos: int) -> tuple[CreatePartitionsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_c(_d_CreatePartitionsTopicResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatePartitionsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatePartitionsResponse_v2(out: bytearray, m: CreatePartitionsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_CreatePartitionsTopicResult_v2(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatePartitionsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsTopicResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatePartitionsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsTopicResult_v2(buf, pos)
    return pos


CreatePartitionsTopicResult.INFO = StructInfo('CreatePartitionsTopicResult', (
    FieldInfo('Name', 'string', (0, 3)),
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('ErrorMessage', 'string', (0, 3), nullable=(0, 3), default=None),
), (2, 3))

CreatePartitionsResponse.INFO = StructInfo('CreatePartitionsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 3)),
    FieldInfo('Results', '[]struct', (0, 3), struct=CreatePartitionsTopicResult),
), (2, 3))

CreatePartitionsTopicResult.DECODERS = {
    0: _d_CreatePartitionsTopicResult_v0,
    1: _d_CreatePartitionsTopicResult_v0,
    2: _d_CreatePartitionsTopicResult_v2,
    3: _d_CreatePartitionsTopicResult_v2,
}

CreatePartitionsTopicResult.ENCODERS = {
    0: _e_CreatePartitionsTopicResult_v0,
    1: _e_CreatePartitionsTopicResult_v0,
    2: _e_CreatePartitionsTopicResult_v2,
    3: _e_CreatePartitionsTopicResult_v2,
}

CreatePartitionsTopicResult.SKIPPERS = {
    0: _s_CreatePartitionsTopicResult_v0,
    1: _s_CreatePartitionsTopicResult_v0,
    2: _s_CreatePartitionsTopicResult_v2,
    3: _s_CreatePartitionsTopicResult_v2,
}

CreatePartitionsTopicResult.SEEKERS = {
    0: _o_CreatePartitionsTopicResult_v0,
    1: _o_CreatePartitionsTopicResult_v0,
    2: _o_CreatePartitionsTopicResult_v2,
    3: _o_CreatePartitionsTopicResult_v2,
}

CreatePartitionsResponse.DECODERS = {
    0: _d_CreatePartitionsResponse_v0,
    1: _d_CreatePartitionsResponse_v0,
    2: _d_CreatePartitionsResponse_v2,
    3: _d_CreatePartitionsResponse_v2,
}

CreatePartitionsResponse.ENCODERS = {
    0: _e_CreatePartitionsResponse_v0,
    1: _e_CreatePartitionsResponse_v0,
    2: _e_CreatePartitionsResponse_v2,
    3: _e_CreatePartitionsResponse_v2,
}

CreatePartitionsResponse.SKIPPERS = {
    0: _s_CreatePartitionsResponse_v0,
    1: _s_CreatePartitionsResponse_v0,
    2: _s_CreatePartitionsResponse_v2,
    3: _s_CreatePartitionsResponse_v2,
}

CreatePartitionsResponse.SEEKERS = {
    0: _o_CreatePartitionsResponse_v0,
    1: _o_CreatePartitionsResponse_v0,
    2: _o_CreatePartitionsResponse_v2,
    3: _o_CreatePartitionsResponse_v2,
}
