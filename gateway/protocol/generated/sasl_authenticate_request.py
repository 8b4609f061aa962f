"""SaslAuthenticateRequest: generated from specs/SaslAuthenticateRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    bytes_c,
    bytes_k,
    read_tags,
    skip_c,
    skip_k32,
    skip_tags,
    w_bytes_c,
    w_bytes_k,
    w_tags,
)


class SaslAuthenticateRequest(Message, kw_only=True, gc=False):
    """SaslAuthenticateRequest (API key 36), v0-v2; from specs/SaslAuthenticateRequest.json."""

    API_KEY = 36
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    AuthBytes: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_SaslAuthenticateRequest_v0(buf: Buffer, pos: int) -> tuple[SaslAuthenticateRequest, int]:
    v_AuthBytes, pos = bytes_k(buf, pos)
    return SaslAuthenticateRequest(
        AuthBytes=v_AuthBytes,
    ), pos


def _e_SaslAuthenticateRequest_v0(out: bytearray, m: SaslAuthenticateRequest) -> None:
    w_bytes_k(out, m.AuthBytes)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_SaslAuthenticateRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k32(buf, pos)
    return pos


def _o_SaslAuthenticateRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'AuthBytes':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_SaslAuthenticateRequest_v2(buf: Buffer, pos: int) -> tuple[SaslAuthenticateRequest, int]:
    v_AuthBytes, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SaslAuthenticateRequest(
        AuthBytes=v_AuthBytes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SaslAuthenticateRequest_v2(out: bytearray, m: SaslAuthenticateRequest) -> None:
    w_bytes_c(out, m.AuthBytes)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SaslAuthenticateRequest_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SaslAuthenticateRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'AuthBytes':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


SaslAuthenticateRequest.INFO = StructInfo('SaslAuthenticateRequest', (
    FieldInfo('AuthBytes', 'bytes', (0, 2)),
), (2, 2))

SaslAuthenticateRequest.DECODERS = {
    0: _d_SaslAuthenticateRequest_v0,
    1: _d_SaslAuthenticateRequest_v0,
    2: _d_SaslAuthenticateRequest_v2,
}

SaslAuthenticateRequest.ENCODERS = {
    0: _e_SaslAuthenticateRequest_v0,
    1: _e_SaslAuthenticateRequest_v0,
    2: _e_SaslAuthenticateRequest_v2,
}

SaslAuthenticateRequest.SKIPPERS = {
    0: _s_SaslAuthenticateRequest_v0,
    1: _s_SaslAuthenticateRequest_v0,
    2: _s_SaslAuthenticateRequest_v2,
}

SaslAuthenticateRequest.SEEKERS = {
    0: _o_SaslAuthenticateRequest_v0,
    1: _o_SaslAuthenticateRequest_v0,
    2: _o_SaslAuthenticateRequest_v2,
}
