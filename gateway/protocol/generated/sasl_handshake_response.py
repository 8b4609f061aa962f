"""SaslHandshakeResponse: generated from specs/SaslHandshakeResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    arr_k,
    count_k,
    skip_k16,
    str_k,
    w_alen_k,
    w_each,
    w_str_k,
)

_P0 = Struct('>h')


class SaslHandshakeResponse(Message, kw_only=True, gc=False):
    """SaslHandshakeResponse (API key 17), v0-v1; from specs/SaslHandshakeResponse.json."""

    API_KEY = 17
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = None
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    Mechanisms: list[str] = MISSING


def _d_SaslHandshakeResponse_v0(buf: Buffer, pos: int) -> tuple[SaslHandshakeResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_Mechanisms, pos = arr_k(str_k, buf, pos)
    return SaslHandshakeResponse(
        ErrorCode=v_ErrorCode,
        Mechanisms=v_Mechanisms,
    ), pos


def _e_SaslHandshakeResponse_v0(out: bytearray, m: SaslHandshakeResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    a_Mechanisms = m.Mechanisms
    w_alen_k(out, len(a_Mechanisms))
    w_each(w_str_k, out, a_Mechanisms)


def _s_SaslHandshakeResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    return pos


def _o_SaslHandshakeResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Mechanisms':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    return pos


SaslHandshakeResponse.INFO = StructInfo('SaslHandshakeResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('Mechanisms', '[]string', (0, 1)),
), None)

SaslHandshakeResponse.DECODERS = {
    0: _d_SaslHandshakeResponse_v0,
    1: _d_SaslHandshakeResponse_v0,
}

SaslHandshakeResponse.ENCODERS = {
    0: _e_SaslHandshakeResponse_v0,
    1: _e_SaslHandshakeResponse_v0,
}

SaslHandshakeResponse.SKIPPERS = {
    0: _s_SaslHandshakeResponse_v0,
    1: _s_SaslHandshakeResponse_v0,
}

SaslHandshakeResponse.SEEKERS = {
    0: _o_SaslHandshakeResponse_v0,
    1: _o_SaslHandshakeResponse_v0,
}
