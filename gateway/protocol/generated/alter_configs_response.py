"""AlterConfigsResponse: generated from specs/AlterConfigsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>b')
_P2 = Struct('>i')


class AlterConfigsResourceResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterConfigsResponse.Responses."""

    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    ResourceType: int = MISSING
    ResourceName: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterConfigsResponse(Message, kw_only=True, gc=False):
    """AlterConfigsResponse (API key 33), v0-v2; from specs/AlterConfigsResponse.json."""

    API_KEY = 33
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Responses: list[AlterConfigsResourceResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AlterConfigsResourceResponse_v0(buf: Buffer, pos: int) -> tuple[AlterConfigsResourceResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    (v_ResourceType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    return AlterConfigsResourceResponse(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
    ), pos


def _e_AlterConfigsResourceResponse_v0(out: bytearray, m: AlterConfigsResourceResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    out += _P1.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterConfigsResourceResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    return pos


def _o_AlterConfigsResourceResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_AlterConfigsResponse_v0(buf: Buffer, pos: int) -> tuple[AlterConfigsResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_k(_d_AlterConfigsResourceResponse_v0, buf, pos)
    return AlterConfigsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Responses=v_Responses,
    ), pos


def _e_AlterConfigsResponse_v0(out: bytearray, m: AlterConfigsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_AlterConfigsResourceResponse_v0(out, e_Responses)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterConfigsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResourceResponse_v0(buf, pos)
    return pos


def _o_AlterConfigsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResourceResponse_v0(buf, pos)
    return pos


def _d_AlterConfigsResourceResponse_v2(buf: Buffer, pos: int) -> tuple[AlterConfigsResourceResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    (v_ResourceType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterConfigsResourceResponse(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterConfigsResourceResponse_v2(out: bytearray, m: AlterConfigsResourceResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P1.pack(m.ResourceType)
    w_str_c(out, m.ResourceName)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterConfigsResourceResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterConfigsResourceResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_AlterConfigsResponse_v2(buf: Buffer, pos: int) -> tuple[AlterConfigsResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_c(_d_AlterConfigsResourceResponse_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterConfigsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Responses=v_Responses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterConfigsResponse_v2(out: bytearray, m: AlterConfigsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_AlterConfigsResourceResponse_v2(out, e_Responses)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterConfigsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResourceResponse_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterConfigsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResourceResponse_v2(buf, pos)
    return pos


AlterConfigsResourceResponse.INFO = StructInfo('AlterConfigsResourceResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ErrorMessage', 'string', (0, 2), nullable=(0, 2)),
    FieldInfo('ResourceType', 'int8', (0, 2)),
    FieldInfo('ResourceName', 'string', (0, 2)),
), (2, 2))

AlterConfigsResponse.INFO = StructInfo('AlterConfigsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 2)),
    FieldInfo('Responses', '[]struct', (0, 2), struct=AlterConfigsResourceResponse),
), (2, 2))

AlterConfigsResourceResponse.DECODERS = {
    0: _d_AlterConfigsResourceResponse_v0,
    1: _d_AlterConfigsResourceResponse_v0,
    2: _d_AlterConfigsResourceResponse_v2,
}

AlterConfigsResourceResponse.ENCODERS = {
    0: _e_AlterConfigsResourceResponse_v0,
    1: _e_AlterConfigsResourceResponse_v0,
    2: _e_AlterConfigsResourceResponse_v2,
}

AlterConfigsResourceResponse.SKIPPERS = {
    0: _s_AlterConfigsResourceResponse_v0,
    1: _s_AlterConfigsResourceResponse_v0,
    2: _s_AlterConfigsResourceResponse_v2,
}

AlterConfigsResourceResponse.SEEKERS = {
    0: _o_AlterConfigsResourceResponse_v0,
    1: _o_AlterConfigsResourceResponse_v0,
    2: _o_AlterConfigsResourceResponse_v2,
}

AlterConfigsResponse.DECODERS = {
    0: _d_AlterConfigsResponse_v0,
    1: _d_AlterConfigsResponse_v0,
    2: _d_AlterConfigsResponse_v2,
}

AlterConfigsResponse.ENCODERS = {
    0: _e_AlterConfigsResponse_v0,
    1: _e_AlterConfigsResponse_v0,
    2: _e_AlterConfigsResponse_v2,
}

AlterConfigsResponse.SKIPPERS = {
    0: _s_AlterConfigsResponse_v0,
    1: _s_AlterConfigsResponse_v0,
    2: _s_AlterConfigsResponse_v2,
}

AlterConfigsResponse.SEEKERS = {
    0: _o_AlterConfigsResponse_v0,
    1: _o_AlterConfigsResponse_v0,
    2: _o_AlterConfigsResponse_v2,
}
