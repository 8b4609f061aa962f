"""CreateAclsResponse: generated from specs/CreateAclsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_tags,
)

_P0 = Struct('>h')
_P1 = Struct('>i')


class AclCreationResult(KafkaStruct, kw_only=True, gc=False):
    """An element of CreateAclsResponse.Results."""

    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreateAclsResponse(Message, kw_only=True, gc=False):
    """CreateAclsResponse (API key 30), v0-v3; from specs/CreateAclsResponse.json."""

    API_KEY = 30
    KIND = 'response'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Results: list[AclCreationResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AclCreationResult_v0(buf: Buffer, pos: int) -> tuple[AclCreationResult, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    return AclCreationResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    ), pos


def _e_AclCreationResult_v0(out: bytearray, m: AclCreationResult) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AclCreationResult_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    return pos


def _o_AclCreationResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_CreateAclsResponse_v0(buf: Buffer, pos: int) -> tuple[CreateAclsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_k(_d_AclCreationResult_v0, buf, pos)
    return CreateAclsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    ), pos


def _e_CreateAclsResponse_v0(out: bytearray, m: CreateAclsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_k(out, len(a_Results))
    for e_Results in a_Results:
        _e_AclCreationResult_v0(out, e_Results)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateAclsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclCreationResult_v0(buf, pos)
    return pos


def _o_CreateAclsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclCreationResult_v0(buf, pos)
    return pos


def _d_AclCreationResult_v2(buf: Buffer, pos: int) -> tuple[AclCreationResult, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AclCreationResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AclCreationResult_v2(out: bytearray, m: AclCreationResult) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AclCreationResult_v2(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AclCreationResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_CreateAclsResponse_v2(buf: Buffer, pos: int) -> tuple[CreateAclsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_c(_d_AclCreationResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateAclsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateAclsResponse_v2(out: bytearray, m: CreateAclsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_AclCreationResult_v2(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateAclsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AclCreationResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateAclsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AclCreationResult_v2(buf, pos)
    return pos


AclCreationResult.INFO = StructInfo('AclCreationResult', (
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('ErrorMessage', 'string', (0, 3), nullable=(0, 3)),
), (2, 3))

CreateAclsResponse.INFO = StructInfo('CreateAclsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 3)),
    FieldInfo('Results', '[]struct', (0, 3), struct=AclCreationResult),
), (2, 3))

AclCreationResult.DECODERS = {
    0: _d_AclCreationResult_v0,
    1: _d_AclCreationResult_v0,
    2: _d_AclCreationResult_v2,
    3: _d_AclCreationResult_v2,
}

AclCreationResult.ENCODERS = {
    0: _e_AclCreationResult_v0,
    1: _e_AclCreationResult_v0,
    2: _e_AclCreationResult_v2,
    3: _e_AclCreationResult_v2,
}

AclCreationResult.SKIPPERS = {
    0: _s_AclCreationResult_v0,
    1: _s_AclCreationResult_v0,
    2: _s_AclCreationResult_v2,
    3: _s_AclCreationResult_v2,
}

AclCreationResult.SEEKERS = {
    0: _o_AclCreationResult_v0,
    1: _o_AclCreationResult_v0,
    2: _o_AclCreationResult_v2,
    3: _o_AclCreationResult_v2,
}

CreateAclsResponse.DECODERS = {
    0: _d_CreateAclsResponse_v0,
    1: _d_CreateAclsResponse_v0,
    2: _d_CreateAclsResponse_v2,
    3: _d_CreateAclsResponse_v2,
}

CreateAclsResponse.ENCODERS = {
    0: _e_CreateAclsResponse_v0,
    1: _e_CreateAclsResponse_v0,
    2: _e_CreateAclsResponse_v2,
    3: _e_CreateAclsResponse_v2,
}

CreateAclsResponse.SKIPPERS = {
    0: _s_CreateAclsResponse_v0,
    1: _s_CreateAclsResponse_v0,
    2: _s_CreateAclsResponse_v2,
    3: _s_CreateAclsResponse_v2,
}

CreateAclsResponse.SEEKERS = {
    0: _o_CreateAclsResponse_v0,
    1: _o_CreateAclsResponse_v0,
    2: _o_CreateAclsResponse_v2,
    3: _o_CreateAclsResponse_v2,
}
