"""IncrementalAlterConfigsResponse: generated from specs/IncrementalAlterConfigsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    """An element of IncrementalAlterConfigsResponse.Responses."""

    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    ResourceType: int = MISSING
    ResourceName: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class IncrementalAlterConfigsResponse(Message, kw_only=True, gc=False):
    """IncrementalAlterConfigsResponse (API key 44), v0-v1; from specs/IncrementalAlterConfigsResponse.json."""

    API_KEY = 44
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
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


def _d_IncrementalAlterConfigsResponse_v0(buf: Buffer, pos: int) -> tuple[IncrementalAlterConfigsResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_k(_d_AlterConfigsResourceResponse_v0, buf, pos)
    return IncrementalAlterConfigsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Responses=v_Responses,
    ), pos


def _e_IncrementalAlterConfigsResponse_v0(out: bytearray, m: IncrementalAlterConfigsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_AlterConfigsResourceResponse_v0(out, e_Responses)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_IncrementalAlterConfigsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResourceResponse_v0(buf, pos)
    return pos


def _o_IncrementalAlterConfigsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResourceResponse_v0(buf, pos)
    return pos


def _d_AlterConfigsResourceResponse_v1(buf: Buffer, pos: int) -> tuple[AlterConfigsResourceResponse, int]:
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


def _e_AlterConfigsResourceResponse_v1(out: bytearray, m: AlterConfigsResourceResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P1.pack(m.ResourceType)
    w_str_c(out, m.ResourceName)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterConfigsResourceResponse_v1(buf: Buffer, pos: int) -> int:
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


def _o_AlterConfigsResourceResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_IncrementalAlterConfigsResponse_v1(buf: Buffer, pos: int) -> tuple[IncrementalAlterConfigsResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_c(_d_AlterConfigsResourceResponse_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = IncrementalAlterConfigsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Responses=v_Responses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_IncrementalAlterConfigsResponse_v1(out: bytearray, m: IncrementalAlterConfigsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_AlterConfigsResourceResponse_v1(out, e_Responses)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_IncrementalAlterConfigsResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResourceResponse_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_IncrementalAlterConfigsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResourceResponse_v1(buf, pos)
    return pos


AlterConfigsResourceResponse.INFO = StructInfo('AlterConfigsResourceResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('ErrorMessage', 'string', (0, 1), nullable=(0, 1)),
    FieldInfo('ResourceType', 'int8', (0, 1)),
    FieldInfo('ResourceName', 'string', (0, 1)),
), (1, 1))

IncrementalAlterConfigsResponse.INFO = StructInfo('IncrementalAlterConfigsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 1)),
    FieldInfo('Responses', '[]struct', (0, 1), struct=AlterConfigsResourceResponse),
), (1, 1))

AlterConfigsResourceResponse.DECODERS = {
    0: _d_AlterConfigsResourceResponse_v0,
    1: _d_AlterConfigsResourceResponse_v1,
}

AlterConfigsResourceResponse.ENCODERS = {
    0: _e_AlterConfigsResourceResponse_v0,
    1: _e_AlterConfigsResourceResponse_v1,
}

AlterConfigsResourceResponse.SKIPPERS = {
    0: _s_AlterConfigsResourceResponse_v0,
    1: _s_AlterConfigsResourceResponse_v1,
}

AlterConfigsResourceResponse.SEEKERS = {
    0: _o_AlterConfigsResourceResponse_v0,
    1: _o_AlterConfigsResourceResponse_v1,
}

IncrementalAlterConfigsResponse.DECODERS = {
    0: _d_IncrementalAlterConfigsResponse_v0,
    1: _d_IncrementalAlterConfigsResponse_v1,
}

IncrementalAlterConfigsResponse.ENCODERS = {
    0: _e_IncrementalAlterConfigsResponse_v0,
    1: _e_IncrementalAlterConfigsResponse_v1,
}

IncrementalAlterConfigsResponse.SKIPPERS = {
    0: _s_IncrementalAlterConfigsResponse_v0,
    1: _s_IncrementalAlterConfigsResponse_v1,
}

IncrementalAlterConfigsResponse.SEEKERS = {
    0: _o_IncrementalAlterConfigsResponse_v0,
    1: _o_IncrementalAlterConfigsResponse_v1,
}
