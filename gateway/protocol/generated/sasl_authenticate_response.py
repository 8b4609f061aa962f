"""SaslAuthenticateResponse: generated from specs/SaslAuthenticateResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_k32,
    skip_tags,
    w_bytes_c,
    w_bytes_k,
    w_nstr_c,
    w_nstr_k,
    w_tags,
)

_P0 = Struct('>h')
_P1 = Struct('>q')


class SaslAuthenticateResponse(Message, kw_only=True, gc=False):
    """SaslAuthenticateResponse (API key 36), v0-v2; from specs/SaslAuthenticateResponse.json."""

    API_KEY = 36
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    AuthBytes: bytes = MISSING
    SessionLifetimeMs: int = 0
    unknown_tags: dict[int, Buffer] | None = None


def _d_SaslAuthenticateResponse_v0(buf: Buffer, pos: int) -> tuple[SaslAuthenticateResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    v_AuthBytes, pos = bytes_k(buf, pos)
    return SaslAuthenticateResponse(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        AuthBytes=v_AuthBytes,
    ), pos


def _e_SaslAuthenticateResponse_v0(out: bytearray, m: SaslAuthenticateResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    w_bytes_k(out, m.AuthBytes)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_SaslAuthenticateResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_SaslAuthenticateResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'AuthBytes':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_SaslAuthenticateResponse_v1(buf: Buffer, pos: int) -> tuple[SaslAuthenticateResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    v_AuthBytes, pos = bytes_k(buf, pos)
    (v_SessionLifetimeMs,) = _P1.unpack_from(buf, pos)
    pos += 8
    return SaslAuthenticateResponse(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        AuthBytes=v_AuthBytes,
        SessionLifetimeMs=v_SessionLifetimeMs,
    ), pos


def _e_SaslAuthenticateResponse_v1(out: bytearray, m: SaslAuthenticateResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    w_bytes_k(out, m.AuthBytes)
    out += _P1.pack(m.SessionLifetimeMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_SaslAuthenticateResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    pos += 8
    return pos


def _o_SaslAuthenticateResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'AuthBytes':
        return pos
    pos = skip_k32(buf, pos)
    if stop == 'SessionLifetimeMs':
        return pos
    pos += 8
    return pos


def _d_SaslAuthenticateResponse_v2(buf: Buffer, pos: int) -> tuple[SaslAuthenticateResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_AuthBytes, pos = bytes_c(buf, pos)
    (v_SessionLifetimeMs,) = _P1.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SaslAuthenticateResponse(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        AuthBytes=v_AuthBytes,
        SessionLifetimeMs=v_SessionLifetimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SaslAuthenticateResponse_v2(out: bytearray, m: SaslAuthenticateResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    w_bytes_c(out, m.AuthBytes)
    out += _P1.pack(m.SessionLifetimeMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SaslAuthenticateResponse_v2(buf: Buffer, pos: int) -> int:
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
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SaslAuthenticateResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'AuthBytes':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'SessionLifetimeMs':
        return pos
    pos += 8
    return pos


SaslAuthenticateResponse.INFO = StructInfo('SaslAuthenticateResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ErrorMessage', 'string', (0, 2), nullable=(0, 2)),
    FieldInfo('AuthBytes', 'bytes', (0, 2)),
    FieldInfo('SessionLifetimeMs', 'int64', (1, 2), default=0, ignorable=True),
), (2, 2))

SaslAuthenticateResponse.DECODERS = {
    0: _d_SaslAuthenticateResponse_v0,
    1: _d_SaslAuthenticateResponse_v1,
    2: _d_SaslAuthenticateResponse_v2,
}

SaslAuthenticateResponse.ENCODERS = {
    0: _e_SaslAuthenticateResponse_v0,
    1: _e_SaslAuthenticateResponse_v1,
    2: _e_SaslAuthenticateResponse_v2,
}

SaslAuthenticateResponse.SKIPPERS = {
    0: _s_SaslAuthenticateResponse_v0,
    1: _s_SaslAuthenticateResponse_v1,
    2: _s_SaslAuthenticateResponse_v2,
}

SaslAuthenticateResponse.SEEKERS = {
    0: _o_SaslAuthenticateResponse_v0,
    1: _o_SaslAuthenticateResponse_v1,
    2: _o_SaslAuthenticateResponse_v2,
}
