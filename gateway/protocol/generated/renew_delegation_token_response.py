"""RenewDelegationTokenResponse: generated from specs/RenewDelegationTokenResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    read_tags,
    skip_tags,
    w_tags,
)

_P0 = Struct('>hqi')


class RenewDelegationTokenResponse(Message, kw_only=True, gc=False):
    """RenewDelegationTokenResponse (API key 39), v0-v2; from specs/RenewDelegationTokenResponse.json."""

    API_KEY = 39
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    ExpiryTimestampMs: int = MISSING
    ThrottleTimeMs: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_RenewDelegationTokenResponse_v0(buf: Buffer, pos: int) -> tuple[RenewDelegationTokenResponse, int]:
    v_ErrorCode, v_ExpiryTimestampMs, v_ThrottleTimeMs = _P0.unpack_from(buf, pos)
    pos += 14
    return RenewDelegationTokenResponse(
        ErrorCode=v_ErrorCode,
        ExpiryTimestampMs=v_ExpiryTimestampMs,
        ThrottleTimeMs=v_ThrottleTimeMs,
    ), pos


def _e_RenewDelegationTokenResponse_v0(out: bytearray, m: RenewDelegationTokenResponse) -> None:
    out += _P0.pack(m.ErrorCode, m.ExpiryTimestampMs, m.ThrottleTimeMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_RenewDelegationTokenResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 14
    return pos


def _o_RenewDelegationTokenResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ExpiryTimestampMs':
        return pos
    pos += 8
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_RenewDelegationTokenResponse_v2(buf: Buffer, pos: int) -> tuple[RenewDelegationTokenResponse, int]:
    v_ErrorCode, v_ExpiryTimestampMs, v_ThrottleTimeMs = _P0.unpack_from(buf, pos)
    pos += 14
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = RenewDelegationTokenResponse(
        ErrorCode=v_ErrorCode,
        ExpiryTimestampMs=v_ExpiryTimestampMs,
        ThrottleTimeMs=v_ThrottleTimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_RenewDelegationTokenResponse_v2(out: bytearray, m: RenewDelegationTokenResponse) -> None:
    out += _P0.pack(m.ErrorCode, m.ExpiryTimestampMs, m.ThrottleTimeMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_RenewDelegationTokenResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 14
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_RenewDelegationTokenResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ExpiryTimestampMs':
        return pos
    pos += 8
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


RenewDelegationTokenResponse.INFO = StructInfo('RenewDelegationTokenResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ExpiryTimestampMs', 'int64', (0, 2)),
    FieldInfo('ThrottleTimeMs', 'int32', (0, 2)),
), (2, 2))

RenewDelegationTokenResponse.DECODERS = {
    0: _d_RenewDelegationTokenResponse_v0,
    1: _d_RenewDelegationTokenResponse_v0,
    2: _d_RenewDelegationTokenResponse_v2,
}

RenewDelegationTokenResponse.ENCODERS = {
    0: _e_RenewDelegationTokenResponse_v0,
    1: _e_RenewDelegationTokenResponse_v0,
    2: _e_RenewDelegationTokenResponse_v2,
}

RenewDelegationTokenResponse.SKIPPERS = {
    0: _s_RenewDelegationTokenResponse_v0,
    1: _s_RenewDelegationTokenResponse_v0,
    2: _s_RenewDelegationTokenResponse_v2,
}

RenewDelegationTokenResponse.SEEKERS = {
    0: _o_RenewDelegationTokenResponse_v0,
    1: _o_RenewDelegationTokenResponse_v0,
    2: _o_RenewDelegationTokenResponse_v2,
}
