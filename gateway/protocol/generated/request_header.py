"""RequestHeader: generated from specs/RequestHeader.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    nstr_k,
    read_tags,
    skip_k16,
    skip_tags,
    w_nstr_k,
    w_tags,
)

_P0 = Struct('>hhi')


class RequestHeader(Message, kw_only=True, gc=False):
    """RequestHeader (header), v0-v2; from specs/RequestHeader.json."""

    API_KEY = -1
    KIND = 'header'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    RequestApiKey: int = MISSING
    RequestApiVersion: int = MISSING
    CorrelationId: int = MISSING
    ClientId: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_RequestHeader_v0(buf: Buffer, pos: int) -> tuple[RequestHeader, int]:
    v_RequestApiKey, v_RequestApiVersion, v_CorrelationId = _P0.unpack_from(buf, pos)
    pos += 8
    return RequestHeader(
        RequestApiKey=v_RequestApiKey,
        RequestApiVersion=v_RequestApiVersion,
        CorrelationId=v_CorrelationId,
        ClientId="",
    ), pos


def _e_RequestHeader_v0(out: bytearray, m: RequestHeader) -> None:
    out += _P0.pack(m.RequestApiKey, m.RequestApiVersion, m.CorrelationId)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_RequestHeader_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    return pos


def _o_RequestHeader_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'RequestApiKey':
        return pos
    pos += 2
    if stop == 'RequestApiVersion':
        return pos
    pos += 2
    if stop == 'CorrelationId':
        return pos
    pos += 4
    return pos


def _d_RequestHeader_v1(buf: Buffer, pos: int) -> tuple[RequestHeader, int]:
    v_RequestApiKey, v_RequestApiVersion, v_CorrelationId = _P0.unpack_from(buf, pos)
    pos += 8
    v_ClientId, pos = nstr_k(buf, pos)
    return RequestHeader(
        RequestApiKey=v_RequestApiKey,
        RequestApiVersion=v_RequestApiVersion,
        CorrelationId=v_CorrelationId,
        ClientId=v_ClientId,
    ), pos


def _e_RequestHeader_v1(out: bytearray, m: RequestHeader) -> None:
    out += _P0.pack(m.RequestApiKey, m.RequestApiVersion, m.CorrelationId)
    w_nstr_k(out, m.ClientId)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_RequestHeader_v1(buf: Buffer, pos: int) -> int:
    pos += 8
    pos = skip_k16(buf, pos)
    return pos


def _o_RequestHeader_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'RequestApiKey':
        return pos
    pos += 2
    if stop == 'RequestApiVersion':
        return pos
    pos += 2
    if stop == 'CorrelationId':
        return pos
    pos += 4
    if stop == 'ClientId':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_RequestHeader_v2(buf: Buffer, pos: int) -> tuple[RequestHeader, int]:
    v_RequestApiKey, v_RequestApiVersion, v_CorrelationId = _P0.unpack_from(buf, pos)
    pos += 8
    v_ClientId, pos = nstr_k(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = RequestHeader(
        RequestApiKey=v_RequestApiKey,
        RequestApiVersion=v_RequestApiVersion,
        CorrelationId=v_CorrelationId,
        ClientId=v_ClientId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_RequestHeader_v2(out: bytearray, m: RequestHeader) -> None:
    out += _P0.pack(m.RequestApiKey, m.RequestApiVersion, m.CorrelationId)
    w_nstr_k(out, m.ClientId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_RequestHeader_v2(buf: Buffer, pos: int) -> int:
    pos += 8
    pos = skip_k16(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_RequestHeader_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'RequestApiKey':
        return pos
    pos += 2
    if stop == 'RequestApiVersion':
        return pos
    pos += 2
    if stop == 'CorrelationId':
        return pos
    pos += 4
    if stop == 'ClientId':
        return pos
    pos = skip_k16(buf, pos)
    return pos


RequestHeader.INFO = StructInfo('RequestHeader', (
    FieldInfo('RequestApiKey', 'int16', (0, 2)),
    FieldInfo('RequestApiVersion', 'int16', (0, 2)),
    FieldInfo('CorrelationId', 'int32', (0, 2)),
    FieldInfo('ClientId', 'string', (1, 2), nullable=(1, 2), ignorable=True, never_flexible=True),
), (2, 2))

RequestHeader.DECODERS = {
    0: _d_RequestHeader_v0,
    1: _d_RequestHeader_v1,
    2: _d_RequestHeader_v2,
}

RequestHeader.ENCODERS = {
    0: _e_RequestHeader_v0,
    1: _e_RequestHeader_v1,
    2: _e_RequestHeader_v2,
}

RequestHeader.SKIPPERS = {
    0: _s_RequestHeader_v0,
    1: _s_RequestHeader_v1,
    2: _s_RequestHeader_v2,
}

RequestHeader.SEEKERS = {
    0: _o_RequestHeader_v0,
    1: _o_RequestHeader_v1,
    2: _o_RequestHeader_v2,
}
