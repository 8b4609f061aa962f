"""ExpireDelegationTokenRequest: generated from specs/ExpireDelegationTokenRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_k32,
    skip_tags,
    w_bytes_c,
    w_bytes_k,
    w_tags,
)

_P0 = Struct('>q')


class ExpireDelegationTokenRequest(Message, kw_only=True, gc=False):
    """ExpireDelegationTokenRequest (API key 40), v0-v2; from specs/ExpireDelegationTokenRequest.json."""

    API_KEY = 40
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    Hmac: bytes = MISSING
    ExpiryTimePeriodMs: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ExpireDelegationTokenRequest_v0(buf: Buffer, pos: int) -> tuple[ExpireDelegationTokenRequest, int]:
    v_Hmac, pos = bytes_k(buf, pos)
    (v_ExpiryTimePeriodMs,) = _P0.unpack_from(buf, pos)
    pos += 8
    return ExpireDelegationTokenRequest(
        Hmac=v_Hmac,
        ExpiryTimePeriodMs=v_ExpiryTimePeriodMs,
    ), pos


def _e_ExpireDelegationTokenRequest_v0(out: bytearray, m: ExpireDelegationTokenRequest) -> None:
    w_bytes_k(out, m.Hmac)
    out += _P0.pack(m.ExpiryTimePeriodMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ExpireDelegationTokenRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k32(buf, pos)
    pos += 8
    return pos


def _o_ExpireDelegationTokenRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Hmac':
        return pos
    pos = skip_k32(buf, pos)
    if stop == 'ExpiryTimePeriodMs':
        return pos
    pos += 8
    return pos


def _d_ExpireDelegationTokenRequest_v2(buf: Buffer, pos: int) -> tuple[ExpireDelegationTokenRequest, int]:
    v_Hmac, pos = bytes_c(buf, pos)
    (v_ExpiryTimePeriodMs,) = _P0.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ExpireDelegationTokenRequest(
        Hmac=v_Hmac,
        ExpiryTimePeriodMs=v_ExpiryTimePeriodMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ExpireDelegationTokenRequest_v2(out: bytearray, m: ExpireDelegationTokenRequest) -> None:
    w_bytes_c(out, m.Hmac)
    out += _P0.pack(m.ExpiryTimePeriodMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ExpireDelegationTokenRequest_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ExpireDelegationTokenRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Hmac':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ExpiryTimePeriodMs':
        return pos
    pos += 8
    return pos


ExpireDelegationTokenRequest.INFO = StructInfo('ExpireDelegationTokenRequest', (
    FieldInfo('Hmac', 'bytes', (0, 2)),
    FieldInfo('ExpiryTimePeriodMs', 'int64', (0, 2)),
), (2, 2))

ExpireDelegationTokenRequest.DECODERS = {
    0: _d_ExpireDelegationTokenRequest_v0,
    1: _d_ExpireDelegationTokenRequest_v0,
    2: _d_ExpireDelegationTokenRequest_v2,
}

ExpireDelegationTokenRequest.ENCODERS = {
    0: _e_ExpireDelegationTokenRequest_v0,
    1: _e_ExpireDelegationTokenRequest_v0,
    2: _e_ExpireDelegationTokenRequest_v2,
}

ExpireDelegationTokenRequest.SKIPPERS = {
    0: _s_ExpireDelegationTokenRequest_v0,
    1: _s_ExpireDelegationTokenRequest_v0,
    2: _s_ExpireDelegationTokenRequest_v2,
}

ExpireDelegationTokenRequest.SEEKERS = {
    0: _o_ExpireDelegationTokenRequest_v0,
    1: _o_ExpireDelegationTokenRequest_v0,
    2: _o_ExpireDelegationTokenRequest_v2,
}
