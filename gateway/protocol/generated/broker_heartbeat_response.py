"""BrokerHeartbeatResponse: generated from specs/BrokerHeartbeatResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>ih???')


class BrokerHeartbeatResponse(Message, kw_only=True, gc=False):
    """BrokerHeartbeatResponse (API key 63), v0-v1; from specs/BrokerHeartbeatResponse.json."""

    API_KEY = 63
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    IsCaughtUp: bool = False
    IsFenced: bool = True
    ShouldShutDown: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_BrokerHeartbeatResponse_v0(buf: Buffer, pos: int) -> tuple[BrokerHeartbeatResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_IsCaughtUp, v_IsFenced, v_ShouldShutDown = _P0.unpack_from(buf, pos)
    pos += 9
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BrokerHeartbeatResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        IsCaughtUp=v_IsCaughtUp,
        IsFenced=v_IsFenced,
        ShouldShutDown=v_ShouldShutDown,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerHeartbeatResponse_v0(out: bytearray, m: BrokerHeartbeatResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode, m.IsCaughtUp, m.IsFenced, m.ShouldShutDown)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BrokerHeartbeatResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 9
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerHeartbeatResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'IsCaughtUp':
        return pos
    pos += 1
    if stop == 'IsFenced':
        return pos
    pos += 1
    if stop == 'ShouldShutDown':
        return pos
    pos += 1
    return pos


BrokerHeartbeatResponse.INFO = StructInfo('BrokerHeartbeatResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 1)),
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('IsCaughtUp', 'bool', (0, 1), default=False),
    FieldInfo('IsFenced', 'bool', (0, 1), default=True),
    FieldInfo('ShouldShutDown', 'bool', (0, 1)),
), (0, 1))

BrokerHeartbeatResponse.DECODERS = {
    0: _d_BrokerHeartbeatResponse_v0,
    1: _d_BrokerHeartbeatResponse_v0,
}

BrokerHeartbeatResponse.ENCODERS = {
    0: _e_BrokerHeartbeatResponse_v0,
    1: _e_BrokerHeartbeatResponse_v0,
}

BrokerHeartbeatResponse.SKIPPERS = {
    0: _s_BrokerHeartbeatResponse_v0,
    1: _s_BrokerHeartbeatResponse_v0,
}

BrokerHeartbeatResponse.SEEKERS = {
    0: _o_BrokerHeartbeatResponse_v0,
    1: _o_BrokerHeartbeatResponse_v0,
}
