"""BrokerRegistrationResponse: generated from specs/BrokerRegistrationResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    read_tags,
    skip_tags,
    w_tags,
)

_P0 = Struct('>ihq')


class BrokerRegistrationResponse(Message, kw_only=True, gc=False):
    """BrokerRegistrationResponse (API key 62), v0-v4; from specs/BrokerRegistrationResponse.json."""

    API_KEY = 62
    KIND = 'response'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    BrokerEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


def _d_BrokerRegistrationResponse_v0(buf: Buffer, pos: int) -> tuple[BrokerRegistrationResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_BrokerEpoch = _P0.unpack_from(buf, pos)
    pos += 14
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BrokerRegistrationResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        BrokerEpoch=v_BrokerEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerRegistrationResponse_v0(out: bytearray, m: BrokerRegistrationResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode, m.BrokerEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BrokerRegistrationResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 14
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerRegistrationResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    return pos


BrokerRegistrationResponse.INFO = StructInfo('BrokerRegistrationResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 4)),
    FieldInfo('ErrorCode', 'int16', (0, 4)),
    FieldInfo('BrokerEpoch', 'int64', (0, 4), default=-1),
), (0, 4))

BrokerRegistrationResponse.DECODERS = {
    0: _d_BrokerRegistrationResponse_v0,
    1: _d_BrokerRegistrationResponse_v0,
    2: _d_BrokerRegistrationResponse_v0,
    3: _d_BrokerRegistrationResponse_v0,
    4: _d_BrokerRegistrationResponse_v0,
}

BrokerRegistrationResponse.ENCODERS = {
    0: _e_BrokerRegistrationResponse_v0,
    1: _e_BrokerRegistrationResponse_v0,
    2: _e_BrokerRegistrationResponse_v0,
    3: _e_BrokerRegistrationResponse_v0,
    4: _e_BrokerRegistrationResponse_v0,
}

BrokerRegistrationResponse.SKIPPERS = {
    0: _s_BrokerRegistrationResponse_v0,
    1: _s_BrokerRegistrationResponse_v0,
    2: _s_BrokerRegistrationResponse_v0,
    3: _s_BrokerRegistrationResponse_v0,
    4: _s_BrokerRegistrationResponse_v0,
}

BrokerRegistrationResponse.SEEKERS = {
    0: _o_BrokerRegistrationResponse_v0,
    1: _o_BrokerRegistrationResponse_v0,
    2: _o_BrokerRegistrationResponse_v0,
    3: _o_BrokerRegistrationResponse_v0,
    4: _o_BrokerRegistrationResponse_v0,
}
