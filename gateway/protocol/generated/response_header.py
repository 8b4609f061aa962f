"""ResponseHeader: generated from specs/ResponseHeader.json by `python -m gateway.protocol.codegen`; do not edit."""

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


class ResponseHeader(Message, kw_only=True, gc=False):
    """ResponseHeader (header), v0-v1; from specs/ResponseHeader.json."""

    API_KEY = -1
    KIND = 'header'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
    LATEST_VERSION_UNSTABLE = False

    CorrelationId: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ResponseHeader_v0(buf: Buffer, pos: int) -> tuple[ResponseHeader, int]:
    (v_CorrelationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    return ResponseHeader(
        CorrelationId=v_CorrelationId,
    ), pos


def _e_ResponseHeader_v0(out: bytearray, m: ResponseHeader) -> None:
    out += _P0.pack(m.CorrelationId)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ResponseHeader_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    return pos


def _o_ResponseHeader_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'CorrelationId':
        return pos
    pos += 4
    return pos


def _d_ResponseHeader_v1(buf: Buffer, pos: int) -> tuple[ResponseHeader, int]:
    (v_CorrelationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ResponseHeader(
        CorrelationId=v_CorrelationId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ResponseHeader_v1(out: bytearray, m: ResponseHeader) -> None:
    out += _P0.pack(m.CorrelationId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ResponseHeader_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ResponseHeader_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'CorrelationId':
        return pos
    pos += 4
    return pos


ResponseHeader.INFO = StructInfo('ResponseHeader', (
    FieldInfo('CorrelationId', 'int32', (0, 1)),
), (1, 1))

ResponseHeader.DECODERS = {
    0: _d_ResponseHeader_v0,
    1: _d_ResponseHeader_v1,
}

ResponseHeader.ENCODERS = {
    0: _e_ResponseHeader_v0,
    1: _e_ResponseHeader_v1,
}

ResponseHeader.SKIPPERS = {
    0: _s_ResponseHeader_v0,
    1: _s_ResponseHeader_v1,
}

ResponseHeader.SEEKERS = {
    0: _o_ResponseHeader_v0,
    1: _o_ResponseHeader_v1,
}
