"""CreateDelegationTokenResponse: generated from specs/CreateDelegationTokenResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    bytes_c,
    bytes_k,
    non_default,
    read_tags,
    skip_c,
    skip_k16,
    skip_k32,
    skip_tags,
    str_c,
    str_k,
    w_bytes_c,
    w_bytes_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>h')
_P1 = Struct('>qqq')
_P2 = Struct('>i')


class CreateDelegationTokenResponse(Message, kw_only=True, gc=False):
    """CreateDelegationTokenResponse (API key 38), v0-v3; from specs/CreateDelegationTokenResponse.json."""

    API_KEY = 38
    KIND = 'response'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    PrincipalType: str = MISSING
    PrincipalName: str = MISSING
    TokenRequesterPrincipalType: str = MISSING
    TokenRequesterPrincipalName: str = MISSING
    IssueTimestampMs: int = MISSING
    ExpiryTimestampMs: int = MISSING
    MaxTimestampMs: int = MISSING
    TokenId: str = MISSING
    Hmac: bytes = MISSING
    ThrottleTimeMs: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_CreateDelegationTokenResponse_v0(buf: Buffer, pos: int) -> tuple[CreateDelegationTokenResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_PrincipalType, pos = str_k(buf, pos)
    v_PrincipalName, pos = str_k(buf, pos)
    v_IssueTimestampMs, v_ExpiryTimestampMs, v_MaxTimestampMs = _P1.unpack_from(buf, pos)
    pos += 24
    v_TokenId, pos = str_k(buf, pos)
    v_Hmac, pos = bytes_k(buf, pos)
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    return CreateDelegationTokenResponse(
        ErrorCode=v_ErrorCode,
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
        TokenRequesterPrincipalType="",
        TokenRequesterPrincipalName="",
        IssueTimestampMs=v_IssueTimestampMs,
        ExpiryTimestampMs=v_ExpiryTimestampMs,
        MaxTimestampMs=v_MaxTimestampMs,
        TokenId=v_TokenId,
        Hmac=v_Hmac,
        ThrottleTimeMs=v_ThrottleTimeMs,
    ), pos


def _e_CreateDelegationTokenResponse_v0(out: bytearray, m: CreateDelegationTokenResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_str_k(out, m.PrincipalType)
    w_str_k(out, m.PrincipalName)
    if non_default(m.TokenRequesterPrincipalType, ""):
        raise EncodeError('TokenRequesterPrincipalType')
    if non_default(m.TokenRequesterPrincipalName, ""):
        raise EncodeError('TokenRequesterPrincipalName')
    out += _P1.pack(m.IssueTimestampMs, m.ExpiryTimestampMs, m.MaxTimestampMs)
    w_str_k(out, m.TokenId)
    w_bytes_k(out, m.Hmac)
    out += _P2.pack(m.ThrottleTimeMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateDelegationTokenResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 24
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    pos += 4
    return pos


def _o_CreateDelegationTokenResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PrincipalType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PrincipalName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'IssueTimestampMs':
        return pos
    pos += 8
    if stop == 'ExpiryTimestampMs':
        return pos
    pos += 8
    if stop == 'MaxTimestampMs':
        return pos
    pos += 8
    if stop == 'TokenId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Hmac':
        return pos
    pos = skip_k32(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_CreateDelegationTokenResponse_v2(buf: Buffer, pos: int) -> tuple[CreateDelegationTokenResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_PrincipalType, pos = str_c(buf, pos)
    v_PrincipalName, pos = str_c(buf, pos)
    v_IssueTimestampMs, v_ExpiryTimestampMs, v_MaxTimestampMs = _P1.unpack_from(buf, pos)
    pos += 24
    v_TokenId, pos = str_c(buf, pos)
    v_Hmac, pos = bytes_c(buf, pos)
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateDelegationTokenResponse(
        ErrorCode=v_ErrorCode,
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
        TokenRequesterPrincipalType="",
        TokenRequesterPrincipalName="",
        IssueTimestampMs=v_IssueTimestampMs,
        ExpiryTimestampMs=v_ExpiryTimestampMs,
        MaxTimestampMs=v_MaxTimestampMs,
        TokenId=v_TokenId,
        Hmac=v_Hmac,
        ThrottleTimeMs=v_ThrottleTimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateDelegationTokenResponse_v2(out: bytearray, m: CreateDelegationTokenResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_str_c(out, m.PrincipalType)
    w_str_c(out, m.PrincipalName)
    if non_default(m.TokenRequesterPrincipalType, ""):
        raise EncodeError('TokenRequesterPrincipalType')
    if non_default(m.TokenRequesterPrincipalName, ""):
        raise EncodeError('TokenRequesterPrincipalName')
    out += _P1.pack(m.IssueTimestampMs, m.ExpiryTimestampMs, m.MaxTimestampMs)
    w_str_c(out, m.TokenId)
    w_bytes_c(out, m.Hmac)
    out += _P2.pack(m.ThrottleTimeMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateDelegationTokenResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 2
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
    pos += 24
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
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateDelegationTokenResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PrincipalType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PrincipalName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IssueTimestampMs':
        return pos
    pos += 8
    if stop == 'ExpiryTimestampMs':
        return pos
    pos += 8
    if stop == 'MaxTimestampMs':
        return pos
    pos += 8
    if stop == 'TokenId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Hmac':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_CreateDelegationTokenResponse_v3(buf: Buffer, pos: int) -> tuple[CreateDelegationTokenResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_PrincipalType, pos = str_c(buf, pos)
    v_PrincipalName, pos = str_c(buf, pos)
    v_TokenRequesterPrincipalType, pos = str_c(buf, pos)
    v_TokenRequesterPrincipalName, pos = str_c(buf, pos)
    v_IssueTimestampMs, v_ExpiryTimestampMs, v_MaxTimestampMs = _P1.unpack_from(buf, pos)
    pos += 24
    v_TokenId, pos = str_c(buf, pos)
    v_Hmac, pos = bytes_c(buf, pos)
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateDelegationTokenResponse(
        ErrorCode=v_ErrorCode,
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
        TokenRequesterPrincipalType=v_TokenRequesterPrincipalType,
        TokenRequesterPrincipalName=v_TokenRequesterPrincipalName,
        IssueTimestampMs=v_IssueTimestampMs,
        ExpiryTimestampMs=v_ExpiryTimestampMs,
        MaxTimestampMs=v_MaxTimestampMs,
        TokenId=v_TokenId,
        Hmac=v_Hmac,
        ThrottleTimeMs=v_ThrottleTimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateDelegationTokenResponse_v3(out: bytearray, m: CreateDelegationTokenResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_str_c(out, m.PrincipalType)
    w_str_c(out, m.PrincipalName)
    w_str_c(out, m.TokenRequesterPrincipalType)
    w_str_c(out, m.TokenRequesterPrincipalName)
    out += _P1.pack(m.IssueTimestampMs, m.ExpiryTimestampMs, m.MaxTimestampMs)
    w_str_c(out, m.TokenId)
    w_bytes_c(out, m.Hmac)
    out += _P2.pack(m.ThrottleTimeMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateDelegationTokenResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 2
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
    pos += 24
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
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateDelegationTokenResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PrincipalType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PrincipalName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TokenRequesterPrincipalType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TokenRequesterPrincipalName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IssueTimestampMs':
        return pos
    pos += 8
    if stop == 'ExpiryTimestampMs':
        return pos
    pos += 8
    if stop == 'MaxTimestampMs':
        return pos
    pos += 8
    if stop == 'TokenId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Hmac':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


CreateDelegationTokenResponse.INFO = StructInfo('CreateDelegationTokenResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('PrincipalType', 'string', (0, 3)),
    FieldInfo('PrincipalName', 'string', (0, 3)),
    FieldInfo('TokenRequesterPrincipalType', 'string', (3, 3)),
    FieldInfo('TokenRequesterPrincipalName', 'string', (3, 3)),
    FieldInfo('IssueTimestampMs', 'int64', (0, 3)),
    FieldInfo('ExpiryTimestampMs', 'int64', (0, 3)),
    FieldInfo('MaxTimestampMs', 'int64', (0, 3)),
    FieldInfo('TokenId', 'string', (0, 3)),
    FieldInfo('Hmac', 'bytes', (0, 3)),
    FieldInfo('ThrottleTimeMs', 'int32', (0, 3)),
), (2, 3))

CreateDelegationTokenResponse.DECODERS = {
    0: _d_CreateDelegationTokenResponse_v0,
    1: _d_CreateDelegationTokenResponse_v0,
    2: _d_CreateDelegationTokenResponse_v2,
    3: _d_CreateDelegationTokenResponse_v3,
}

CreateDelegationTokenResponse.ENCODERS = {
    0: _e_CreateDelegationTokenResponse_v0,
    1: _e_CreateDelegationTokenResponse_v0,
    2: _e_CreateDelegationTokenResponse_v2,
    3: _e_CreateDelegationTokenResponse_v3,
}

CreateDelegationTokenResponse.SKIPPERS = {
    0: _s_CreateDelegationTokenResponse_v0,
    1: _s_CreateDelegationTokenResponse_v0,
    2: _s_CreateDelegationTokenResponse_v2,
    3: _s_CreateDelegationTokenResponse_v3,
}

CreateDelegationTokenResponse.SEEKERS = {
    0: _o_CreateDelegationTokenResponse_v0,
    1: _o_CreateDelegationTokenResponse_v0,
    2: _o_CreateDelegationTokenResponse_v2,
    3: _o_CreateDelegationTokenResponse_v3,
}
