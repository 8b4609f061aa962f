"""EnvelopeResponse: generated from specs/EnvelopeResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    nview_c,
    read_tags,
    skip_c,
    skip_tags,
    w_nbytes_c,
    w_tags,
)

_P0 = Struct('>h')


class EnvelopeResponse(Message, kw_only=True, gc=False):
    """EnvelopeResponse (API key 58), v0-v0; from specs/EnvelopeResponse.json."""

    API_KEY = 58
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ResponseData: Buffer | None = None
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_EnvelopeResponse_v0(buf: Buffer, pos: int) -> tuple[EnvelopeResponse, int]:
    v_ResponseData, pos = nview_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EnvelopeResponse(
        ResponseData=v_ResponseData,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EnvelopeResponse_v0(out: bytearray, m: EnvelopeResponse) -> None:
    w_nbytes_c(out, m.ResponseData)
    out += _P0.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EnvelopeResponse_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EnvelopeResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResponseData':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


EnvelopeResponse.INFO = StructInfo('EnvelopeResponse', (
    FieldInfo('ResponseData', 'bytes', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
), (0, 0))

EnvelopeResponse.DECODERS = {
    0: _d_EnvelopeResponse_v0,
}

EnvelopeResponse.ENCODERS = {
    0: _e_EnvelopeResponse_v0,
}

EnvelopeResponse.SKIPPERS = {
    0: _s_EnvelopeResponse_v0,
}

EnvelopeResponse.SEEKERS = {
    0: _o_EnvelopeResponse_v0,
}
