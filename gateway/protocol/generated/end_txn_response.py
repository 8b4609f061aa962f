"""EndTxnResponse: generated from specs/EndTxnResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>ih')
_P1 = Struct('>ihqh')


class EndTxnResponse(Message, kw_only=True, gc=False):
    """EndTxnResponse (API key 26), v0-v5; from specs/EndTxnResponse.json."""

    API_KEY = 26
    KIND = 'response'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ProducerId: int = -1
    ProducerEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


def _d_EndTxnResponse_v0(buf: Buffer, pos: int) -> tuple[EndTxnResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return EndTxnResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_EndTxnResponse_v0(out: bytearray, m: EndTxnResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_EndTxnResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_EndTxnResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_EndTxnResponse_v3(buf: Buffer, pos: int) -> tuple[EndTxnResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EndTxnResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EndTxnResponse_v3(out: bytearray, m: EndTxnResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EndTxnResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EndTxnResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_EndTxnResponse_v5(buf: Buffer, pos: int) -> tuple[EndTxnResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_ProducerId, v_ProducerEpoch = _P1.unpack_from(buf, pos)
    pos += 16
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EndTxnResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EndTxnResponse_v5(out: bytearray, m: EndTxnResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode, m.ProducerId, m.ProducerEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EndTxnResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EndTxnResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    return pos


EndTxnResponse.INFO = StructInfo('EndTxnResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 5)),
    FieldInfo('ErrorCode', 'int16', (0, 5)),
    FieldInfo('ProducerId', 'int64', (5, 5), default=-1, ignorable=True),
    FieldInfo('ProducerEpoch', 'int16', (5, 5), default=-1, ignorable=True),
), (3, 5))

EndTxnResponse.DECODERS = {
    0: _d_EndTxnResponse_v0,
    1: _d_EndTxnResponse_v0,
    2: _d_EndTxnResponse_v0,
    3: _d_EndTxnResponse_v3,
    4: _d_EndTxnResponse_v3,
    5: _d_EndTxnResponse_v5,
}

EndTxnResponse.ENCODERS = {
    0: _e_EndTxnResponse_v0,
    1: _e_EndTxnResponse_v0,
    2: _e_EndTxnResponse_v0,
    3: _e_EndTxnResponse_v3,
    4: _e_EndTxnResponse_v3,
    5: _e_EndTxnResponse_v5,
}

EndTxnResponse.SKIPPERS = {
    0: _s_EndTxnResponse_v0,
    1: _s_EndTxnResponse_v0,
    2: _s_EndTxnResponse_v0,
    3: _s_EndTxnResponse_v3,
    4: _s_EndTxnResponse_v3,
    5: _s_EndTxnResponse_v5,
}

EndTxnResponse.SEEKERS = {
    0: _o_EndTxnResponse_v0,
    1: _o_EndTxnResponse_v0,
    2: _o_EndTxnResponse_v0,
    3: _o_EndTxnResponse_v3,
    4: _o_EndTxnResponse_v3,
    5: _o_EndTxnResponse_v5,
}
