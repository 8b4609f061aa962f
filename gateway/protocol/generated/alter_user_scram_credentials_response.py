"""AlterUserScramCredentialsResponse: generated from specs/AlterUserScramCredentialsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>h')
_P1 = Struct('>i')


class AlterUserScramCredentialsResult(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterUserScramCredentialsResponse.Results."""

    User: str = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterUserScramCredentialsResponse(Message, kw_only=True, gc=False):
    """AlterUserScramCredentialsResponse (API key 51), v0-v0; from specs/AlterUserScramCredentialsResponse.json."""

    API_KEY = 51
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Results: list[AlterUserScramCredentialsResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AlterUserScramCredentialsResult_v0(buf: Buffer, pos: int) -> tuple[AlterUserScramCredentialsResult, int]:
    v_User, pos = str_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterUserScramCredentialsResult(
        User=v_User,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterUserScramCredentialsResult_v0(out: bytearray, m: AlterUserScramCredentialsResult) -> None:
    w_str_c(out, m.User)
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterUserScramCredentialsResult_v0(buf: Buffer, pos: int) -> int:
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


def _o_AlterUserScramCredentialsResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    return pos


def _d_AlterUserScramCredentialsResponse_v0(buf: Buffer, pos: int) -> tuple[AlterUserScramCredentialsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_c(_d_AlterUserScramCredentialsResult_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterUserScramCredentialsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterUserScramCredentialsResponse_v0(out: bytearray, m: AlterUserScramCredentialsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_AlterUserScramCredentialsResult_v0(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterUserScramCredentialsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterUserScramCredentialsResult_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterUserScramCredentialsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterUserScramCredentialsResult_v0(buf, pos)
    return pos


AlterUserScramCredentialsResult.INFO = StructInfo('AlterUserScramCredentialsResult', (
    FieldInfo('User', 'string', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0)),
), (0, 0))

AlterUserScramCredentialsResponse.INFO = StructInfo('AlterUserScramCredentialsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('Results', '[]struct', (0, 0), struct=AlterUserScramCredentialsResult),
), (0, 0))

AlterUserScramCredentialsResult.DECODERS = {
    0: _d_AlterUserScramCredentialsResult_v0,
}

AlterUserScramCredentialsResult.ENCODERS = {
    0: _e_AlterUserScramCredentialsResult_v0,
}

AlterUserScramCredentialsResult.SKIPPERS = {
    0: _s_AlterUserScramCredentialsResult_v0,
}

AlterUserScramCredentialsResult.SEEKERS = {
    0: _o_AlterUserScramCredentialsResult_v0,
}

AlterUserScramCredentialsResponse.DECODERS = {
    0: _d_AlterUserScramCredentialsResponse_v0,
}

AlterUserScramCredentialsResponse.ENCODERS = {
    0: _e_AlterUserScramCredentialsResponse_v0,
}

AlterUserScramCredentialsResponse.SKIPPERS = {
    0: _s_AlterUserScramCredentialsResponse_v0,
}

AlterUserScramCredentialsResponse.SEEKERS = {
    0: _o_AlterUserScramCredentialsResponse_v0,
}
