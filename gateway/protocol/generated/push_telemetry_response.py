"""PushTelemetryResponse: generated from specs/PushTelemetryResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>ih')


class PushTelemetryResponse(Message, kw_only=True, gc=False):
    """PushTelemetryResponse (API key 72), v0-v0; from specs/PushTelemetryResponse.json."""

    API_KEY = 72
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PushTelemetryResponse_v0(buf: Buffer, pos: int) -> tuple[PushTelemetryResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PushTelemetryResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PushTelemetryResponse_v0(out: bytearray, m: PushTelemetryResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PushTelemetryResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PushTelemetryResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


PushTelemetryResponse.INFO = StructInfo('PushTelemetryResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
), (0, 0))

PushTelemetryResponse.DECODERS = {
    0: _d_PushTelemetryResponse_v0,
}

PushTelemetryResponse.ENCODERS = {
    0: _e_PushTelemetryResponse_v0,
}

PushTelemetryResponse.SKIPPERS = {
    0: _s_PushTelemetryResponse_v0,
}

PushTelemetryResponse.SEEKERS = {
    0: _o_PushTelemetryResponse_v0,
}
