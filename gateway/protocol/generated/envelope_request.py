"""EnvelopeRequest: generated from specs/EnvelopeRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    bytes_c,
    nbytes_c,
    read_tags,
    skip_c,
    skip_tags,
    view_c,
    w_bytes_c,
    w_nbytes_c,
    w_tags,
)


class EnvelopeRequest(Message, kw_only=True, gc=False):
    """EnvelopeRequest (API key 58), v0-v0; from specs/EnvelopeRequest.json."""

    API_KEY = 58
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    RequestData: Buffer = MISSING
    RequestPrincipal: bytes | None = MISSING
    ClientHostAddress: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_EnvelopeRequest_v0(buf: Buffer, pos: int) -> tuple[EnvelopeRequest, int]:
    v_RequestData, pos = view_c(buf, pos)
    v_RequestPrincipal, pos = nbytes_c(buf, pos)
    v_ClientHostAddress, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EnvelopeRequest(
        RequestData=v_RequestData,
        RequestPrincipal=v_RequestPrincipal,
        ClientHostAddress=v_ClientHostAddress,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EnvelopeRequest_v0(out: bytearray, m: EnvelopeRequest) -> None:
    w_bytes_c(out, m.RequestData)
    w_nbytes_c(out, m.RequestPrincipal)
    w_bytes_c(out, m.ClientHostAddress)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EnvelopeRequest_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EnvelopeRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'RequestData':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'RequestPrincipal':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ClientHostAddress':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


EnvelopeRequest.INFO = StructInfo('EnvelopeRequest', (
    FieldInfo('RequestData', 'bytes', (0, 0)),
    FieldInfo('RequestPrincipal', 'bytes', (0, 0), nullable=(0, 0)),
    FieldInfo('ClientHostAddress', 'bytes', (0, 0)),
), (0, 0))

EnvelopeRequest.DECODERS = {
    0: _d_EnvelopeRequest_v0,
}

EnvelopeRequest.ENCODERS = {
    0: _e_EnvelopeRequest_v0,
}

EnvelopeRequest.SKIPPERS = {
    0: _s_EnvelopeRequest_v0,
}

EnvelopeRequest.SEEKERS = {
    0: _o_EnvelopeRequest_v0,
}
