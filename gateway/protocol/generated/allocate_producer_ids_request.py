"""AllocateProducerIdsRequest: generated from specs/AllocateProducerIdsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>iq')


class AllocateProducerIdsRequest(Message, kw_only=True, gc=False):
    """AllocateProducerIdsRequest (API key 67), v0-v0; from specs/AllocateProducerIdsRequest.json."""

    API_KEY = 67
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    BrokerId: int = MISSING
    BrokerEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


def _d_AllocateProducerIdsRequest_v0(buf: Buffer, pos: int) -> tuple[AllocateProducerIdsRequest, int]:
    v_BrokerId, v_BrokerEpoch = _P0.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AllocateProducerIdsRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AllocateProducerIdsRequest_v0(out: bytearray, m: AllocateProducerIdsRequest) -> None:
    out += _P0.pack(m.BrokerId, m.BrokerEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AllocateProducerIdsRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AllocateProducerIdsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    return pos


AllocateProducerIdsRequest.INFO = StructInfo('AllocateProducerIdsRequest', (
    FieldInfo('BrokerId', 'int32', (0, 0)),
    FieldInfo('BrokerEpoch', 'int64', (0, 0), default=-1),
), (0, 0))

AllocateProducerIdsRequest.DECODERS = {
    0: _d_AllocateProducerIdsRequest_v0,
}

AllocateProducerIdsRequest.ENCODERS = {
    0: _e_AllocateProducerIdsRequest_v0,
}

AllocateProducerIdsRequest.SKIPPERS = {
    0: _s_AllocateProducerIdsRequest_v0,
}

AllocateProducerIdsRequest.SEEKERS = {
    0: _o_AllocateProducerIdsRequest_v0,
}
