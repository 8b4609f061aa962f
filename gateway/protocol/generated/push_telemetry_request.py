"""PushTelemetryRequest: generated from specs/PushTelemetryRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    bytes_c,
    read_tags,
    skip_c,
    skip_tags,
    w_bytes_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>16si?b')
_P1 = Struct('>i?b')


class PushTelemetryRequest(Message, kw_only=True, gc=False):
    """PushTelemetryRequest (API key 72), v0-v0; from specs/PushTelemetryRequest.json."""

    API_KEY = 72
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ClientInstanceId: bytes = MISSING
    SubscriptionId: int = MISSING
    Terminating: bool = MISSING
    CompressionType: int = MISSING
    Metrics: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PushTelemetryRequest_v0(buf: Buffer, pos: int) -> tuple[PushTelemetryRequest, int]:
    v_ClientInstanceId, v_SubscriptionId, v_Terminating, v_CompressionType = _P0.unpack_from(buf, pos)
    pos += 22
    v_Metrics, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PushTelemetryRequest(
        ClientInstanceId=v_ClientInstanceId,
        SubscriptionId=v_SubscriptionId,
        Terminating=v_Terminating,
        CompressionType=v_CompressionType,
        Metrics=v_Metrics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PushTelemetryRequest_v0(out: bytearray, m: PushTelemetryRequest) -> None:
    w_uuid(out, m.ClientInstanceId)
    out += _P1.pack(m.SubscriptionId, m.Terminating, m.CompressionType)
    w_bytes_c(out, m.Metrics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PushTelemetryRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 22
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PushTelemetryRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClientInstanceId':
        return pos
    pos += 16
    if stop == 'SubscriptionId':
        return pos
    pos += 4
    if stop == 'Terminating':
        return pos
    pos += 1
    if stop == 'CompressionType':
        return pos
    pos += 1
    if stop == 'Metrics':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


PushTelemetryRequest.INFO = StructInfo('PushTelemetryRequest', (
    FieldInfo('ClientInstanceId', 'uuid', (0, 0)),
    FieldInfo('SubscriptionId', 'int32', (0, 0)),
    FieldInfo('Terminating', 'bool', (0, 0)),
    FieldInfo('CompressionType', 'int8', (0, 0)),
    FieldInfo('Metrics', 'bytes', (0, 0)),
), (0, 0))

PushTelemetryRequest.DECODERS = {
    0: _d_PushTelemetryRequest_v0,
}

PushTelemetryRequest.ENCODERS = {
    0: _e_PushTelemetryRequest_v0,
}

PushTelemetryRequest.SKIPPERS = {
    0: _s_PushTelemetryRequest_v0,
}

PushTelemetryRequest.SEEKERS = {
    0: _o_PushTelemetryRequest_v0,
}
