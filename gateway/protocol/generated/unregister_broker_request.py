"""UnregisterBrokerRequest: generated from specs/UnregisterBrokerRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>i')


class UnregisterBrokerRequest(Message, kw_only=True, gc=False):
    """UnregisterBrokerRequest (API key 64), v0-v0; from specs/UnregisterBrokerRequest.json."""

    API_KEY = 64
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    BrokerId: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_UnregisterBrokerRequest_v0(buf: Buffer, pos: int) -> tuple[UnregisterBrokerRequest, int]:
    (v_BrokerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UnregisterBrokerRequest(
        BrokerId=v_BrokerId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UnregisterBrokerRequest_v0(out: bytearray, m: UnregisterBrokerRequest) -> None:
    out += _P0.pack(m.BrokerId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UnregisterBrokerRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UnregisterBrokerRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    return pos


UnregisterBrokerRequest.INFO = StructInfo('UnregisterBrokerRequest', (
    FieldInfo('BrokerId', 'int32', (0, 0)),
), (0, 0))

UnregisterBrokerRequest.DECODERS = {
    0: _d_UnregisterBrokerRequest_v0,
}

UnregisterBrokerRequest.ENCODERS = {
    0: _e_UnregisterBrokerRequest_v0,
}

UnregisterBrokerRequest.SKIPPERS = {
    0: _s_UnregisterBrokerRequest_v0,
}

UnregisterBrokerRequest.SEEKERS = {
    0: _o_UnregisterBrokerRequest_v0,
}
