"""UpdateMetadataResponse: generated from specs/UpdateMetadataResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>h')


class UpdateMetadataResponse(Message, kw_only=True, gc=False):
    """UpdateMetadataResponse (API key 6), v0-v8; from specs/UpdateMetadataResponse.json."""

    API_KEY = 6
    KIND = 'response'
    VALID_VERSIONS = (0, 8)
    FLEXIBLE_FROM = 6
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_UpdateMetadataResponse_v0(buf: Buffer, pos: int) -> tuple[UpdateMetadataResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    return UpdateMetadataResponse(
        ErrorCode=v_ErrorCode,
    ), pos


def _e_UpdateMetadataResponse_v0(out: bytearray, m: UpdateMetadataResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    return pos


def _o_UpdateMetadataResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_UpdateMetadataResponse_v6(buf: Buffer, pos: int) -> tuple[UpdateMetadataResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateMetadataResponse(
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataResponse_v6(out: bytearray, m: UpdateMetadataResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateMetadataResponse_v6(buf: Buffer, pos: int) -> int:
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataResponse_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


UpdateMetadataResponse.INFO = StructInfo('UpdateMetadataResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 8)),
), (6, 8))

UpdateMetadataResponse.DECODERS = {
    0: _d_UpdateMetadataResponse_v0,
    1: _d_UpdateMetadataResponse_v0,
    2: _d_UpdateMetadataResponse_v0,
    3: _d_UpdateMetadataResponse_v0,
    4: _d_UpdateMetadataResponse_v0,
    5: _d_UpdateMetadataResponse_v0,
    6: _d_UpdateMetadataResponse_v6,
    7: _d_UpdateMetadataResponse_v6,
    8: _d_UpdateMetadataResponse_v6,
}

UpdateMetadataResponse.ENCODERS = {
    0: _e_UpdateMetadataResponse_v0,
    1: _e_UpdateMetadataResponse_v0,
    2: _e_UpdateMetadataResponse_v0,
    3: _e_UpdateMetadataResponse_v0,
    4: _e_UpdateMetadataResponse_v0,
    5: _e_UpdateMetadataResponse_v0,
    6: _e_UpdateMetadataResponse_v6,
    7: _e_UpdateMetadataResponse_v6,
    8: _e_UpdateMetadataResponse_v6,
}

UpdateMetadataResponse.SKIPPERS = {
    0: _s_UpdateMetadataResponse_v0,
    1: _s_UpdateMetadataResponse_v0,
    2: _s_UpdateMetadataResponse_v0,
    3: _s_UpdateMetadataResponse_v0,
    4: _s_UpdateMetadataResponse_v0,
    5: _s_UpdateMetadataResponse_v0,
    6: _s_UpdateMetadataResponse_v6,
    7: _s_UpdateMetadataResponse_v6,
    8: _s_UpdateMetadataResponse_v6,
}

UpdateMetadataResponse.SEEKERS = {
    0: _o_UpdateMetadataResponse_v0,
    1: _o_UpdateMetadataResponse_v0,
    2: _o_UpdateMetadataResponse_v0,
    3: _o_UpdateMetadataResponse_v0,
    4: _o_UpdateMetadataResponse_v0,
    5: _o_UpdateMetadataResponse_v0,
    6: _o_UpdateMetadataResponse_v6,
    7: _o_UpdateMetadataResponse_v6,
    8: _o_UpdateMetadataResponse_v6,
}
