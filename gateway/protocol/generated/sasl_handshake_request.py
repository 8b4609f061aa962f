"""SaslHandshakeRequest: generated from specs/SaslHandshakeRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    skip_k16,
    str_k,
    w_str_k,
)


class SaslHandshakeRequest(Message, kw_only=True, gc=False):
    """SaslHandshakeRequest (API key 17), v0-v1; from specs/SaslHandshakeRequest.json."""

    API_KEY = 17
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = None
    LATEST_VERSION_UNSTABLE = False

    Mechanism: str = MISSING


def _d_SaslHandshakeRequest_v0(buf: Buffer, pos: int) -> tuple[SaslHandshakeRequest, int]:
    v_Mechanism, pos = str_k(buf, pos)
    return SaslHandshakeRequest(
        Mechanism=v_Mechanism,
    ), pos


def _e_SaslHandshakeRequest_v0(out: bytearray, m: SaslHandshakeRequest) -> None:
    w_str_k(out, m.Mechanism)


def _s_SaslHandshakeRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    return pos


def _o_SaslHandshakeRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Mechanism':
        return pos
    pos = skip_k16(buf, pos)
    return pos


SaslHandshakeRequest.INFO = StructInfo('SaslHandshakeRequest', (
    FieldInfo('Mechanism', 'string', (0, 1)),
), None)

SaslHandshakeRequest.DECODERS = {
    0: _d_SaslHandshakeRequest_v0,
    1: _d_SaslHandshakeRequest_v0,
}

SaslHandshakeRequest.ENCODERS = {
    0: _e_SaslHandshakeRequest_v0,
    1: _e_SaslHandshakeRequest_v0,
}

SaslHandshakeRequest.SKIPPERS = {
    0: _s_SaslHandshakeRequest_v0,
    1: _s_SaslHandshakeRequest_v0,
}

SaslHandshakeRequest.SEEKERS = {
    0: _o_SaslHandshakeRequest_v0,
    1: _o_SaslHandshakeRequest_v0,
}
