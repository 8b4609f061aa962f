"""AllocateProducerIdsResponse: generated from specs/AllocateProducerIdsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>ihqi')


class AllocateProducerIdsResponse(Message, kw_only=True, gc=False):
    """AllocateProducerIdsResponse (API key 67), v0-v0; from specs/AllocateProducerIdsResponse.json."""

    API_KEY = 67
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ProducerIdStart: int = MISSING
    ProducerIdLen: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AllocateProducerIdsResponse_v0(buf: Buffer, pos: int) -> tuple[AllocateProducerIdsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_ProducerIdStart, v_ProducerIdLen = _P0.unpack_from(buf, pos)
    pos += 18
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AllocateProducerIdsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ProducerIdStart=v_ProducerIdStart,
        ProducerIdLen=v_ProducerIdLen,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AllocateProducerIdsResponse_v0(out: bytearray, m: AllocateProducerIdsResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode, m.ProducerIdStart, m.ProducerIdLen)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AllocateProducerIdsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 18
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AllocateProducerIdsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ProducerIdStart':
        return pos
    pos += 8
    if stop == 'ProducerIdLen':
        return pos
    pos += 4
    return pos


AllocateProducerIdsResponse.INFO = StructInfo('AllocateProducerIdsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ProducerIdStart', 'int64', (0, 0)),
    FieldInfo('ProducerIdLen', 'int32', (0, 0)),
), (0, 0))

AllocateProducerIdsResponse.DECODERS = {
    0: _d_AllocateProducerIdsResponse_v0,
}

AllocateProducerIdsResponse.ENCODERS = {
    0: _e_AllocateProducerIdsResponse_v0,
}

AllocateProducerIdsResponse.SKIPPERS = {
    0: _s_AllocateProducerIdsResponse_v0,
}

AllocateProducerIdsResponse.SEEKERS = {
    0: _o_AllocateProducerIdsResponse_v0,
}
