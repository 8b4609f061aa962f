"""ControlledShutdownRequest: generated from specs/ControlledShutdownRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>i')
_P1 = Struct('>iq')


class ControlledShutdownRequest(Message, kw_only=True, gc=False):
    """ControlledShutdownRequest (API key 7), v0-v3; from specs/ControlledShutdownRequest.json."""

    API_KEY = 7
    KIND = 'request'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    BrokerId: int = MISSING
    BrokerEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


def _d_ControlledShutdownRequest_v0(buf: Buffer, pos: int) -> tuple[ControlledShutdownRequest, int]:
    (v_BrokerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    return ControlledShutdownRequest(
        BrokerId=v_BrokerId,
    ), pos


def _e_ControlledShutdownRequest_v0(out: bytearray, m: ControlledShutdownRequest) -> None:
    out += _P0.pack(m.BrokerId)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ControlledShutdownRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    return pos


def _o_ControlledShutdownRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    return pos


def _d_ControlledShutdownRequest_v2(buf: Buffer, pos: int) -> tuple[ControlledShutdownRequest, int]:
    v_BrokerId, v_BrokerEpoch = _P1.unpack_from(buf, pos)
    pos += 12
    return ControlledShutdownRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
    ), pos


def _e_ControlledShutdownRequest_v2(out: bytearray, m: ControlledShutdownRequest) -> None:
    out += _P1.pack(m.BrokerId, m.BrokerEpoch)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ControlledShutdownRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos


def _o_ControlledShutdownRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    return pos


def _d_ControlledShutdownRequest_v3(buf: Buffer, pos: int) -> tuple[ControlledShutdownRequest, int]:
    v_BrokerId, v_BrokerEpoch = _P1.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ControlledShutdownRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ControlledShutdownRequest_v3(out: bytearray, m: ControlledShutdownRequest) -> None:
    out += _P1.pack(m.BrokerId, m.BrokerEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ControlledShutdownRequest_v3(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ControlledShutdownRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    return pos


ControlledShutdownRequest.INFO = StructInfo('ControlledShutdownRequest', (
    FieldInfo('BrokerId', 'int32', (0, 3)),
    FieldInfo('BrokerEpoch', 'int64', (2, 3), default=-1, ignorable=True),
), (3, 3))

ControlledShutdownRequest.DECODERS = {
    0: _d_ControlledShutdownRequest_v0,
    1: _d_ControlledShutdownRequest_v0,
    2: _d_ControlledShutdownRequest_v2,
    3: _d_ControlledShutdownRequest_v3,
}

ControlledShutdownRequest.ENCODERS = {
    0: _e_ControlledShutdownRequest_v0,
    1: _e_ControlledShutdownRequest_v0,
    2: _e_ControlledShutdownRequest_v2,
    3: _e_ControlledShutdownRequest_v3,
}

ControlledShutdownRequest.SKIPPERS = {
    0: _s_ControlledShutdownRequest_v0,
    1: _s_ControlledShutdownRequest_v0,
    2: _s_ControlledShutdownRequest_v2,
    3: _s_ControlledShutdownRequest_v3,
}

ControlledShutdownRequest.SEEKERS = {
    0: _o_ControlledShutdownRequest_v0,
    1: _o_ControlledShutdownRequest_v0,
    2: _o_ControlledShutdownRequest_v2,
    3: _o_ControlledShutdownRequest_v3,
}
