"""AddOffsetsToTxnResponse: generated from specs/AddOffsetsToTxnResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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


class AddOffsetsToTxnResponse(Message, kw_only=True, gc=False):
    """AddOffsetsToTxnResponse (API key 25), v0-v4; from specs/AddOffsetsToTxnResponse.json."""

    API_KEY = 25
    KIND = 'response'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AddOffsetsToTxnResponse_v0(buf: Buffer, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return AddOffsetsToTxnResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_AddOffsetsToTxnResponse_v0(out: bytearray, m: AddOffsetsToTxnResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AddOffsetsToTxnResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_AddOffsetsToTxnResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_AddOffsetsToTxnResponse_v3(buf: Buffer, pos: int) -> tuple[AddOffsetsToTxnResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddOffsetsToTxnResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddOffsetsToTxnResponse_v3(out: bytearray, m: AddOffsetsToTxnResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddOffsetsToTxnResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddOffsetsToTxnResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


AddOffsetsToTxnResponse.INFO = StructInfo('AddOffsetsToTxnResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 4)),
    FieldInfo('ErrorCode', 'int16', (0, 4)),
), (3, 4))

AddOffsetsToTxnResponse.DECODERS = {
    0: _d_AddOffsetsToTxnResponse_v0,
    1: _d_AddOffsetsToTxnResponse_v0,
    2: _d_AddOffsetsToTxnResponse_v0,
    3: _d_AddOffsetsToTxnResponse_v3,
    4: _d_AddOffsetsToTxnResponse_v3,
}

AddOffsetsToTxnResponse.ENCODERS = {
    0: _e_AddOffsetsToTxnResponse_v0,
    1: _e_AddOffsetsToTxnResponse_v0,
    2: _e_AddOffsetsToTxnResponse_v0,
    3: _e_AddOffsetsToTxnResponse_v3,
    4: _e_AddOffsetsToTxnResponse_v3,
}

AddOffsetsToTxnResponse.SKIPPERS = {
    0: _s_AddOffsetsToTxnResponse_v0,
    1: _s_AddOffsetsToTxnResponse_v0,
    2: _s_AddOffsetsToTxnResponse_v0,
    3: _s_AddOffsetsToTxnResponse_v3,
    4: _s_AddOffsetsToTxnResponse_v3,
}

AddOffsetsToTxnResponse.SEEKERS = {
    0: _o_AddOffsetsToTxnResponse_v0,
    1: _o_AddOffsetsToTxnResponse_v0,
    2: _o_AddOffsetsToTxnResponse_v0,
    3: _o_AddOffsetsToTxnResponse_v3,
    4: _o_AddOffsetsToTxnResponse_v3,
}
