"""GetTelemetrySubscriptionsRequest: generated from specs/GetTelemetrySubscriptionsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    w_uuid,
)

_P0 = Struct('>16s')


class GetTelemetrySubscriptionsRequest(Message, kw_only=True, gc=False):
    """GetTelemetrySubscriptionsRequest (API key 71), v0-v0; from specs/GetTelemetrySubscriptionsRequest.json."""

    API_KEY = 71
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ClientInstanceId: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_GetTelemetrySubscriptionsRequest_v0(buf: Buffer, pos: int) -> tuple[GetTelemetrySubscriptionsRequest, int]:
    (v_ClientInstanceId,) = _P0.unpack_from(buf, pos)
    pos += 16
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = GetTelemetrySubscriptionsRequest(
        ClientInstanceId=v_ClientInstanceId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_GetTelemetrySubscriptionsRequest_v0(out: bytearray, m: GetTelemetrySubscriptionsRequest) -> None:
    w_uuid(out, m.ClientInstanceId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_GetTelemetrySubscriptionsRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_GetTelemetrySubscriptionsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClientInstanceId':
        return pos
    pos += 16
    return pos


GetTelemetrySubscriptionsRequest.INFO = StructInfo('GetTelemetrySubscriptionsRequest', (
    FieldInfo('ClientInstanceId', 'uuid', (0, 0)),
), (0, 0))

GetTelemetrySubscriptionsRequest.DECODERS = {
    0: _d_GetTelemetrySubscriptionsRequest_v0,
}

GetTelemetrySubscriptionsRequest.ENCODERS = {
    0: _e_GetTelemetrySubscriptionsRequest_v0,
}

GetTelemetrySubscriptionsRequest.SKIPPERS = {
    0: _s_GetTelemetrySubscriptionsRequest_v0,
}

GetTelemetrySubscriptionsRequest.SEEKERS = {
    0: _o_GetTelemetrySubscriptionsRequest_v0,
}
