"""DescribeDelegationTokenResponse: generated from specs/DescribeDelegationTokenResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    bytes_c,
    bytes_k,
    count_c,
    count_k,
    non_default,
    read_tags,
    skip_c,
    skip_k16,
    skip_k32,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_bytes_c,
    w_bytes_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>qqq')
_P1 = Struct('>h')
_P2 = Struct('>i')


class DescribedDelegationTokenRenewer(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribedDelegationToken.Renewers."""

    PrincipalType: str = MISSING
    PrincipalName: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribedDelegationToken(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeDelegationTokenResponse.Tokens."""

    PrincipalType: str = MISSING
    PrincipalName: str = MISSING
    TokenRequesterPrincipalType: str = MISSING
    TokenRequesterPrincipalName: str = MISSING
    IssueTimestamp: int = MISSING
    ExpiryTimestamp: int = MISSING
    MaxTimestamp: int = MISSING
    TokenId: str = MISSING
    Hmac: bytes = MISSING
    Renewers: list[DescribedDelegationTokenRenewer] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeDelegationTokenResponse(Message, kw_only=True, gc=False):
    """DescribeDelegationTokenResponse (API key 41), v0-v3; from specs/DescribeDelegationTokenResponse.json."""

    API_KEY = 41
    KIND = 'response'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    Tokens: list[DescribedDelegationToken] = MISSING
    ThrottleTimeMs: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribedDelegationTokenRenewer_v0(buf: Buffer, pos: int) -> tuple[DescribedDelegationTokenRenewer, int]:
    v_PrincipalType, pos = str_k(buf, pos)
    v_PrincipalName, pos = str_k(buf, pos)
    return DescribedDelegationTokenRenewer(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
    ), pos


def _e_DescribedDelegationTokenRenewer_v0(out: bytearray, m: DescribedDelegationTokenRenewer) -> None:
    w_str_k(out, m.PrincipalType)
    w_str_k(out, m.PrincipalName)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribedDelegationTokenRenewer_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_DescribedDelegationTokenRenewer_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PrincipalType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PrincipalName':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_DescribedDelegationToken_v0(buf: Buffer, pos: int) -> tuple[DescribedDelegationToken, int]:
    v_PrincipalType, pos = str_k(buf, pos)
    v_PrincipalName, pos = str_k(buf, pos)
    v_IssueTimestamp, v_ExpiryTimestamp, v_MaxTimestamp = _P0.unpack_from(buf, pos)
    pos += 24
    v_TokenId, pos = str_k(buf, pos)
    v_Hmac, pos = bytes_k(buf, pos)
    v_Renewers, pos = arr_k(_d_DescribedDelegationTokenRenewer_v0, buf, pos)
    return DescribedDelegationToken(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
        TokenRequesterPrincipalType="",
        TokenRequesterPrincipalName="",
        IssueTimestamp=v_IssueTimestamp,
        ExpiryTimestamp=v_ExpiryTimestamp,
        MaxTimestamp=v_MaxTimestamp,
        TokenId=v_TokenId,
        Hmac=v_Hmac,
        Renewers=v_Renewers,
    ), pos


def _e_DescribedDelegationToken_v0(out: bytearray, m: DescribedDelegationToken) -> None:
    w_str_k(out, m.PrincipalType)
    w_str_k(out, m.PrincipalName)
    if non_default(m.TokenRequesterPrincipalType, ""):
        raise EncodeError('TokenRequesterPrincipalType')
    if non_default(m.TokenRequesterPrincipalName, ""):
        raise EncodeError('TokenRequesterPrincipalName')
    out += _P0.pack(m.IssueTimestamp, m.ExpiryTimestamp, m.MaxTimestamp)
    w_str_k(out, m.TokenId)
    w_bytes_k(out, m.Hmac)
    a_Renewers = m.Renewers
    w_alen_k(out, len(a_Renewers))
    for e_Renewers in a_Renewers:
        _e_DescribedDelegationTokenRenewer_v0(out, e_Renewers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribedDelegationToken_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 24
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationTokenRenewer_v0(buf, pos)
    return pos


def _o_DescribedDelegationToken_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PrincipalType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PrincipalName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'IssueTimestamp':
        return pos
    pos += 8
    if stop == 'ExpiryTimestamp':
        return pos
    pos += 8
    if stop == 'MaxTimestamp':
        return pos
    pos += 8
    if stop == 'TokenId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Hmac':
        return pos
    pos = skip_k32(buf, pos)
    if stop == 'Renewers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationTokenRenewer_v0(buf, pos)
    return pos


def _d_DescribeDelegationTokenResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeDelegationTokenResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_Tokens, pos = arr_k(_d_DescribedDelegationToken_v0, buf, pos)
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    return DescribeDelegationTokenResponse(
        ErrorCode=v_ErrorCode,
        Tokens=v_Tokens,
        ThrottleTimeMs=v_ThrottleTimeMs,
    ), pos


def _e_DescribeDelegationTokenResponse_v0(out: bytearray, m: DescribeDelegationTokenResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_Tokens = m.Tokens
    w_alen_k(out, len(a_Tokens))
    for e_Tokens in a_Tokens:
        _e_DescribedDelegationToken_v0(out, e_Tokens)
    out += _P2.pack(m.ThrottleTimeMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeDelegationTokenResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationToken_v0(buf, pos)
    pos += 4
    return pos


def _o_DescribeDelegationTokenResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Tokens':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationToken_v0(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_DescribedDelegationTokenRenewer_v2(buf: Buffer, pos: int) -> tuple[DescribedDelegationTokenRenewer, int]:
    v_PrincipalType, pos = str_c(buf, pos)
    v_PrincipalName, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribedDelegationTokenRenewer(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribedDelegationTokenRenewer_v2(out: bytearray, m: DescribedDelegationTokenRenewer) -> None:
    w_str_c(out, m.PrincipalType)
    w_str_c(out, m.PrincipalName)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribedDelegationTokenRenewer_v2(buf: Buffer, pos: int) -> int:
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribedDelegationTokenRenewer_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    return pos


def _d_DescribedDelegationToken_v2(buf: Buffer, pos: int) -> tuple[DescribedDelegationToken, int]:
    v_PrincipalType, pos = str_c(buf, pos)
    v_PrincipalName, pos = str_c(buf, pos)
    v_IssueTimestamp, v_ExpiryTimestamp, v_MaxTimestamp = _P0.unpack_from(buf, pos)
    pos += 24
    v_TokenId, pos = str_c(buf, pos)
    v_Hmac, pos = bytes_c(buf, pos)
    v_Renewers, pos = arr_c(_d_DescribedDelegationTokenRenewer_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribedDelegationToken(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
        TokenRequesterPrincipalType="",
        TokenRequesterPrincipalName="",
        IssueTimestamp=v_IssueTimestamp,
        ExpiryTimestamp=v_ExpiryTimestamp,
        MaxTimestamp=v_MaxTimestamp,
        TokenId=v_TokenId,
        Hmac=v_Hmac,
        Renewers=v_Renewers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribedDelegationToken_v2(out: bytearray, m: DescribedDelegationToken) -> None:
    w_str_c(out, m.PrincipalType)
    w_str_c(out, m.PrincipalName)
    if non_default(m.TokenRequesterPrincipalType, ""):
        raise EncodeError('TokenRequesterPrincipalType')
    if non_default(m.TokenRequesterPrincipalName, ""):
        raise EncodeError('TokenRequesterPrincipalName')
    out += _P0.pack(m.IssueTimestamp, m.ExpiryTimestamp, m.MaxTimestamp)
    w_str_c(out, m.TokenId)
    w_bytes_c(out, m.Hmac)
    a_Renewers = m.Renewers
    w_alen_c(out, len(a_Renewers))
    for e_Renewers in a_Renewers:
        _e_DescribedDelegationTokenRenewer_v2(out, e_Renewers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribedDelegationToken_v2(buf: Buffer, pos: int) -> int:
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
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationTokenRenewer_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribedDelegationToken_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'IssueTimestamp':
        return pos
    pos += 8
    if stop == 'ExpiryTimestamp':
        return pos
    pos += 8
    if stop == 'MaxTimestamp':
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
    if stop == 'Renewers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationTokenRenewer_v2(buf, pos)
    return pos


def _d_DescribeDelegationTokenResponse_v2(buf: Buffer, pos: int) -> tuple[DescribeDelegationTokenResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_Tokens, pos = arr_c(_d_DescribedDelegationToken_v2, buf, pos)
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeDelegationTokenResponse(
        ErrorCode=v_ErrorCode,
        Tokens=v_Tokens,
        ThrottleTimeMs=v_ThrottleTimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeDelegationTokenResponse_v2(out: bytearray, m: DescribeDelegationTokenResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_Tokens = m.Tokens
    w_alen_c(out, len(a_Tokens))
    for e_Tokens in a_Tokens:
        _e_DescribedDelegationToken_v2(out, e_Tokens)
    out += _P2.pack(m.ThrottleTimeMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeDelegationTokenResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationToken_v2(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeDelegationTokenResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Tokens':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationToken_v2(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_DescribedDelegationToken_v3(buf: Buffer, pos: int) -> tuple[DescribedDelegationToken, int]:
    v_PrincipalType, pos = str_c(buf, pos)
    v_PrincipalName, pos = str_c(buf, pos)
    v_TokenRequesterPrincipalType, pos = str_c(buf, pos)
    v_TokenRequesterPrincipalName, pos = str_c(buf, pos)
    v_IssueTimestamp, v_ExpiryTimestamp, v_MaxTimestamp = _P0.unpack_from(buf, pos)
    pos += 24
    v_TokenId, pos = str_c(buf, pos)
    v_Hmac, pos = bytes_c(buf, pos)
    v_Renewers, pos = arr_c(_d_DescribedDelegationTokenRenewer_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribedDelegationToken(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
        TokenRequesterPrincipalType=v_TokenRequesterPrincipalType,
        TokenRequesterPrincipalName=v_TokenRequesterPrincipalName,
        IssueTimestamp=v_IssueTimestamp,
        ExpiryTimestamp=v_ExpiryTimestamp,
        MaxTimestamp=v_MaxTimestamp,
        TokenId=v_TokenId,
        Hmac=v_Hmac,
        Renewers=v_Renewers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribedDelegationToken_v3(out: bytearray, m: DescribedDelegationToken) -> None:
    w_str_c(out, m.PrincipalType)
    w_str_c(out, m.PrincipalName)
    w_str_c(out, m.TokenRequesterPrincipalType)
    w_str_c(out, m.TokenRequesterPrincipalName)
    out += _P0.pack(m.IssueTimestamp, m.ExpiryTimestamp, m.MaxTimestamp)
    w_str_c(out, m.TokenId)
    w_bytes_c(out, m.Hmac)
    a_Renewers = m.Renewers
    w_alen_c(out, len(a_Renewers))
    for e_Renewers in a_Renewers:
        _e_DescribedDelegationTokenRenewer_v2(out, e_Renewers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribedDelegationToken_v3(buf: Buffer, pos: int) -> int:
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
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationTokenRenewer_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribedDelegationToken_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'IssueTimestamp':
        return pos
    pos += 8
    if stop == 'ExpiryTimestamp':
        return pos
    pos += 8
    if stop == 'MaxTimestamp':
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
    if stop == 'Renewers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationTokenRenewer_v2(buf, pos)
    return pos


def _d_DescribeDelegationTokenResponse_v3(buf: Buffer, pos: int) -> tuple[DescribeDelegationTokenResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_Tokens, pos = arr_c(_d_DescribedDelegationToken_v3, buf, pos)
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeDelegationTokenResponse(
        ErrorCode=v_ErrorCode,
        Tokens=v_Tokens,
        ThrottleTimeMs=v_ThrottleTimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeDelegationTokenResponse_v3(out: bytearray, m: DescribeDelegationTokenResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_Tokens = m.Tokens
    w_alen_c(out, len(a_Tokens))
    for e_Tokens in a_Tokens:
        _e_DescribedDelegationToken_v3(out, e_Tokens)
    out += _P2.pack(m.ThrottleTimeMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeDelegationTokenResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationToken_v3(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeDelegationTokenResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Tokens':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedDelegationToken_v3(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


DescribedDelegationTokenRenewer.INFO = StructInfo('DescribedDelegationTokenRenewer', (
    FieldInfo('PrincipalType', 'string', (0, 3)),
    FieldInfo('PrincipalName', 'string', (0, 3)),
), (2, 3))

DescribedDelegationToken.INFO = StructInfo('DescribedDelegationToken', (
    FieldInfo('PrincipalType', 'string', (0, 3)),
    FieldInfo('PrincipalName', 'string', (0, 3)),
    FieldInfo('TokenRequesterPrincipalType', 'string', (3, 3)),
    FieldInfo('TokenRequesterPrincipalName', 'string', (3, 3)),
    FieldInfo('IssueTimestamp', 'int64', (0, 3)),
    FieldInfo('ExpiryTimestamp', 'int64', (0, 3)),
    FieldInfo('MaxTimestamp', 'int64', (0, 3)),
    FieldInfo('TokenId', 'string', (0, 3)),
    FieldInfo('Hmac', 'bytes', (0, 3)),
    FieldInfo('Renewers', '[]struct', (0, 3), struct=DescribedDelegationTokenRenewer),
), (2, 3))

DescribeDelegationTokenResponse.INFO = StructInfo('DescribeDelegationTokenResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('Tokens', '[]struct', (0, 3), struct=DescribedDelegationToken),
    FieldInfo('ThrottleTimeMs', 'int32', (0, 3)),
), (2, 3))

DescribedDelegationTokenRenewer.DECODERS = {
    0: _d_DescribedDelegationTokenRenewer_v0,
    1: _d_DescribedDelegationTokenRenewer_v0,
    2: _d_DescribedDelegationTokenRenewer_v2,
    3: _d_DescribedDelegationTokenRenewer_v2,
}

DescribedDelegationTokenRenewer.ENCODERS = {
    0: _e_DescribedDelegationTokenRenewer_v0,
    1: _e_DescribedDelegationTokenRenewer_v0,
    2: _e_DescribedDelegationTokenRenewer_v2,
    3: _e_DescribedDelegationTokenRenewer_v2,
}

DescribedDelegationTokenRenewer.SKIPPERS = {
    0: _s_DescribedDelegationTokenRenewer_v0,
    1: _s_DescribedDelegationTokenRenewer_v0,
    2: _s_DescribedDelegationTokenRenewer_v2,
    3: _s_DescribedDelegationTokenRenewer_v2,
}

DescribedDelegationTokenRenewer.SEEKERS = {
    0: _o_DescribedDelegationTokenRenewer_v0,
    1: _o_DescribedDelegationTokenRenewer_v0,
    2: _o_DescribedDelegationTokenRenewer_v2,
    3: _o_DescribedDelegationTokenRenewer_v2,
}

DescribedDelegationToken.DECODERS = {
    0: _d_DescribedDelegationToken_v0,
    1: _d_DescribedDelegationToken_v0,
    2: _d_DescribedDelegationToken_v2,
    3: _d_DescribedDelegationToken_v3,
}

DescribedDelegationToken.ENCODERS = {
    0: _e_DescribedDelegationToken_v0,
    1: _e_DescribedDelegationToken_v0,
    2: _e_DescribedDelegationToken_v2,
    3: _e_DescribedDelegationToken_v3,
}

DescribedDelegationToken.SKIPPERS = {
    0: _s_DescribedDelegationToken_v0,
    1: _s_DescribedDelegationToken_v0,
    2: _s_DescribedDelegationToken_v2,
    3: _s_DescribedDelegationToken_v3,
}

DescribedDelegationToken.SEEKERS = {
    0: _o_DescribedDelegationToken_v0,
    1: _o_DescribedDelegationToken_v0,
    2: _o_DescribedDelegationToken_v2,
    3: _o_DescribedDelegationToken_v3,
}

DescribeDelegationTokenResponse.DECODERS = {
    0: _d_DescribeDelegationTokenResponse_v0,
    1: _d_DescribeDelegationTokenResponse_v0,
    2: _d_DescribeDelegationTokenResponse_v2,
    3: _d_DescribeDelegationTokenResponse_v3,
}

DescribeDelegationTokenResponse.ENCODERS = {
    0: _e_DescribeDelegationTokenResponse_v0,
    1: _e_DescribeDelegationTokenResponse_v0,
    2: _e_DescribeDelegationTokenResponse_v2,
    3: _e_DescribeDelegationTokenResponse_v3,
}

DescribeDelegationTokenResponse.SKIPPERS = {
    0: _s_DescribeDelegationTokenResponse_v0,
    1: _s_DescribeDelegationTokenResponse_v0,
    2: _s_DescribeDelegationTokenResponse_v2,
    3: _s_DescribeDelegationTokenResponse_v3,
}

DescribeDelegationTokenResponse.SEEKERS = {
    0: _o_DescribeDelegationTokenResponse_v0,
    1: _o_DescribeDelegationTokenResponse_v0,
    2: _o_DescribeDelegationTokenResponse_v2,
    3: _o_DescribeDelegationTokenResponse_v3,
}
