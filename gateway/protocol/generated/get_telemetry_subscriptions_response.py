"""GetTelemetrySubscriptionsResponse: generated from specs/GetTelemetrySubscriptionsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    arr_c,
    array_formats,
    count_c,
    farr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_each,
    w_farr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>ih16si')
_P1 = Struct('>ii?')
_P2 = Struct('>ih')
_P3 = Struct('>i')
_A_int8 = array_formats('b')


class GetTelemetrySubscriptionsResponse(Message, kw_only=True, gc=False):
    """GetTelemetrySubscriptionsResponse (API key 71), v0-v0; from specs/GetTelemetrySubscriptionsResponse.json."""

    API_KEY = 71
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ClientInstanceId: bytes = MISSING
    SubscriptionId: int = MISSING
    AcceptedCompressionTypes: list[int] = MISSING
    PushIntervalMs: int = MISSING
    TelemetryMaxBytes: int = MISSING
    DeltaTemporality: bool = MISSING
    RequestedMetrics: list[str] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_GetTelemetrySubscriptionsResponse_v0(buf: Buffer, pos: int) -> tuple[GetTelemetrySubscriptionsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_ClientInstanceId, v_SubscriptionId = _P0.unpack_from(buf, pos)
    pos += 26
    n = buf[pos]
    if 1 < n <= 65:
        v_AcceptedCompressionTypes = list(_A_int8[n - 1].unpack_from(buf, pos + 1))
        pos += 1 * n - 0
    elif n == 1:
        v_AcceptedCompressionTypes = []
        pos += 1
    else:
        v_AcceptedCompressionTypes, pos = farr_c(buf, pos, 'b', 1)
    v_PushIntervalMs, v_TelemetryMaxBytes, v_DeltaTemporality = _P1.unpack_from(buf, pos)
    pos += 9
    v_RequestedMetrics, pos = arr_c(str_c, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = GetTelemetrySubscriptionsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ClientInstanceId=v_ClientInstanceId,
        SubscriptionId=v_SubscriptionId,
        AcceptedCompressionTypes=v_AcceptedCompressionTypes,
        PushIntervalMs=v_PushIntervalMs,
        TelemetryMaxBytes=v_TelemetryMaxBytes,
        DeltaTemporality=v_DeltaTemporality,
        RequestedMetrics=v_RequestedMetrics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_GetTelemetrySubscriptionsResponse_v0(out: bytearray, m: GetTelemetrySubscriptionsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_uuid(out, m.ClientInstanceId)
    out += _P3.pack(m.SubscriptionId)
    a_AcceptedCompressionTypes = m.AcceptedCompressionTypes
    n = len(a_AcceptedCompressionTypes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int8[n].pack(*a_AcceptedCompressionTypes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_AcceptedCompressionTypes, 'b')
    out += _P1.pack(m.PushIntervalMs, m.TelemetryMaxBytes, m.DeltaTemporality)
    a_RequestedMetrics = m.RequestedMetrics
    w_alen_c(out, len(a_RequestedMetrics))
    w_each(w_str_c, out, a_RequestedMetrics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_GetTelemetrySubscriptionsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 26
    n, pos = count_c(buf, pos)
    pos += 1 * n
    pos += 9
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_GetTelemetrySubscriptionsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ClientInstanceId':
        return pos
    pos += 16
    if stop == 'SubscriptionId':
        return pos
    pos += 4
    if stop == 'AcceptedCompressionTypes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 1 * n
    if stop == 'PushIntervalMs':
        return pos
    pos += 4
    if stop == 'TelemetryMaxBytes':
        return pos
    pos += 4
    if stop == 'DeltaTemporality':
        return pos
    pos += 1
    if stop == 'RequestedMetrics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos


GetTelemetrySubscriptionsResponse.INFO = StructInfo('GetTelemetrySubscriptionsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ClientInstanceId', 'uuid', (0, 0)),
    FieldInfo('SubscriptionId', 'int32', (0, 0)),
    FieldInfo('AcceptedCompressionTypes', '[]int8', (0, 0)),
    FieldInfo('PushIntervalMs', 'int32', (0, 0)),
    FieldInfo('TelemetryMaxBytes', 'int32', (0, 0)),
    FieldInfo('DeltaTemporality', 'bool', (0, 0)),
    FieldInfo('RequestedMetrics', '[]string', (0, 0)),
), (0, 0))

GetTelemetrySubscriptionsResponse.DECODERS = {
    0: _d_GetTelemetrySubscriptionsResponse_v0,
}

GetTelemetrySubscriptionsResponse.ENCODERS = {
    0: _e_GetTelemetrySubscriptionsResponse_v0,
}

GetTelemetrySubscriptionsResponse.SKIPPERS = {
    0: _s_GetTelemetrySubscriptionsResponse_v0,
}

GetTelemetrySubscriptionsResponse.SEEKERS = {
    0: _o_GetTelemetrySubscriptionsResponse_v0,
}
