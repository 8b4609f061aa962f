"""ListClientMetricsResourcesResponse: generated from specs/ListClientMetricsResourcesResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    count_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>ih')


class ClientMetricsResource(KafkaStruct, kw_only=True, gc=False):
    """An element of ListClientMetricsResourcesResponse.ClientMetricsResources."""

    Name: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ListClientMetricsResourcesResponse(Message, kw_only=True, gc=False):
    """ListClientMetricsResourcesResponse (API key 74), v0-v0; from specs/ListClientMetricsResourcesResponse.json."""

    API_KEY = 74
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ClientMetricsResources: list[ClientMetricsResource] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ClientMetricsResource_v0(buf: Buffer, pos: int) -> tuple[ClientMetricsResource, int]:
    v_Name, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ClientMetricsResource(
        Name=v_Name,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ClientMetricsResource_v0(out: bytearray, m: ClientMetricsResource) -> None:
    w_str_c(out, m.Name)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ClientMetricsResource_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ClientMetricsResource_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_ListClientMetricsResourcesResponse_v0(buf: Buffer, pos: int) -> tuple[ListClientMetricsResourcesResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ClientMetricsResources, pos = arr_c(_d_ClientMetricsResource_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListClientMetricsResourcesResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ClientMetricsResources=v_ClientMetricsResources,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListClientMetricsResourcesResponse_v0(out: bytearray, m: ListClientMetricsResourcesResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_ClientMetricsResources = m.ClientMetricsResources
    w_alen_c(out, len(a_ClientMetricsResources))
    for e_ClientMetricsResources in a_ClientMetricsResources:
        _e_ClientMetricsResource_v0(out, e_ClientMetricsResources)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListClientMetricsResourcesResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ClientMetricsResource_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListClientMetricsResourcesResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ClientMetricsResources':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ClientMetricsResource_v0(buf, pos)
    return pos


ClientMetricsResource.INFO = StructInfo('ClientMetricsResource', (
    FieldInfo('Name', 'string', (0, 0)),
), (0, 0))

ListClientMetricsResourcesResponse.INFO = StructInfo('ListClientMetricsResourcesResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ClientMetricsResources', '[]struct', (0, 0), struct=ClientMetricsResource),
), (0, 0))

ClientMetricsResource.DECODERS = {
    0: _d_ClientMetricsResource_v0,
}

ClientMetricsResource.ENCODERS = {
    0: _e_ClientMetricsResource_v0,
}

ClientMetricsResource.SKIPPERS = {
    0: _s_ClientMetricsResource_v0,
}

ClientMetricsResource.SEEKERS = {
    0: _o_ClientMetricsResource_v0,
}

ListClientMetricsResourcesResponse.DECODERS = {
    0: _d_ListClientMetricsResourcesResponse_v0,
}

ListClientMetricsResourcesResponse.ENCODERS = {
    0: _e_ListClientMetricsResourcesResponse_v0,
}

ListClientMetricsResourcesResponse.SKIPPERS = {
    0: _s_ListClientMetricsResourcesResponse_v0,
}

ListClientMetricsResourcesResponse.SEEKERS = {
    0: _o_ListClientMetricsResourcesResponse_v0,
}
