"""DescribeUserScramCredentialsResponse: generated from specs/DescribeUserScramCredentialsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    count_c,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_nstr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>bi')
_P1 = Struct('>h')
_P2 = Struct('>ih')


class CredentialInfo(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeUserScramCredentialsResult.CredentialInfos."""

    Mechanism: int = MISSING
    Iterations: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeUserScramCredentialsResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeUserScramCredentialsResponse.Results."""

    User: str = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    CredentialInfos: list[CredentialInfo] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeUserScramCredentialsResponse(Message, kw_only=True, gc=False):
    """DescribeUserScramCredentialsResponse (API key 50), v0-v0; from specs/DescribeUserScramCredentialsResponse.json."""

    API_KEY = 50
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    Results: list[DescribeUserScramCredentialsResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_CredentialInfo_v0(buf: Buffer, pos: int) -> tuple[CredentialInfo, int]:
    v_Mechanism, v_Iterations = _P0.unpack_from(buf, pos)
    pos += 5
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CredentialInfo(
        Mechanism=v_Mechanism,
        Iterations=v_Iterations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CredentialInfo_v0(out: bytearray, m: CredentialInfo) -> None:
    out += _P0.pack(m.Mechanism, m.Iterations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CredentialInfo_v0(buf: Buffer, pos: int) -> int:
    pos += 5
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CredentialInfo_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Mechanism':
        return pos
    pos += 1
    if stop == 'Iterations':
        return pos
    pos += 4
    return pos


def _d_DescribeUserScramCredentialsResult_v0(buf: Buffer, pos: int) -> tuple[DescribeUserScramCredentialsResult, int]:
    v_User, pos = str_c(buf, pos)
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_CredentialInfos, pos = arr_c(_d_CredentialInfo_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeUserScramCredentialsResult(
        User=v_User,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        CredentialInfos=v_CredentialInfos,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeUserScramCredentialsResult_v0(out: bytearray, m: DescribeUserScramCredentialsResult) -> None:
    w_str_c(out, m.User)
    out += _P1.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_CredentialInfos = m.CredentialInfos
    w_alen_c(out, len(a_CredentialInfos))
    for e_CredentialInfos in a_CredentialInfos:
        _e_CredentialInfo_v0(out, e_CredentialInfos)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeUserScramCredentialsResult_v0(buf: Buffer, pos: int) -> int:
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
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CredentialInfo_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeUserScramCredentialsResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'User':
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
    if stop == 'CredentialInfos':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CredentialInfo_v0(buf, pos)
    return pos


def _d_DescribeUserScramCredentialsResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeUserScramCredentialsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_Results, pos = arr_c(_d_DescribeUserScramCredentialsResult_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeUserScramCredentialsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeUserScramCredentialsResponse_v0(out: bytearray, m: DescribeUserScramCredentialsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeUserScramCredentialsResult_v0(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeUserScramCredentialsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeUserScramCredentialsResult_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeUserScramCredentialsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
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
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeUserScramCredentialsResult_v0(buf, pos)
    return pos


CredentialInfo.INFO = StructInfo('CredentialInfo', (
    FieldInfo('Mechanism', 'int8', (0, 0)),
    FieldInfo('Iterations', 'int32', (0, 0)),
), (0, 0))

DescribeUserScramCredentialsResult.INFO = StructInfo('DescribeUserScramCredentialsResult', (
    FieldInfo('User', 'string', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('CredentialInfos', '[]struct', (0, 0), struct=CredentialInfo),
), (0, 0))

DescribeUserScramCredentialsResponse.INFO = StructInfo('DescribeUserScramCredentialsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('Results', '[]struct', (0, 0), struct=DescribeUserScramCredentialsResult),
), (0, 0))

CredentialInfo.DECODERS = {
    0: _d_CredentialInfo_v0,
}

CredentialInfo.ENCODERS = {
    0: _e_CredentialInfo_v0,
}

CredentialInfo.SKIPPERS = {
    0: _s_CredentialInfo_v0,
}

CredentialInfo.SEEKERS = {
    0: _o_CredentialInfo_v0,
}

DescribeUserScramCredentialsResult.DECODERS = {
    0: _d_DescribeUserScramCredentialsResult_v0,
}

DescribeUserScramCredentialsResult.ENCODERS = {
    0: _e_DescribeUserScramCredentialsResult_v0,
}

DescribeUserScramCredentialsResult.SKIPPERS = {
    0: _s_DescribeUserScramCredentialsResult_v0,
}

DescribeUserScramCredentialsResult.SEEKERS = {
    0: _o_DescribeUserScramCredentialsResult_v0,
}

DescribeUserScramCredentialsResponse.DECODERS = {
    0: _d_DescribeUserScramCredentialsResponse_v0,
}

DescribeUserScramCredentialsResponse.ENCODERS = {
    0: _e_DescribeUserScramCredentialsResponse_v0,
}

DescribeUserScramCredentialsResponse.SKIPPERS = {
    0: _s_DescribeUserScramCredentialsResponse_v0,
}

DescribeUserScramCredentialsResponse.SEEKERS = {
    0: _o_DescribeUserScramCredentialsResponse_v0,
}
