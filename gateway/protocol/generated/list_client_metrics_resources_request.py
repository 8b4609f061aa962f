"""ListClientMetricsResourcesRequest: generated from specs/ListClientMetricsResourcesRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    Buffer,
    Message,
    StructInfo,
    read_tags,
    skip_tags,
    w_tags,
)


class ListClientMetricsResourcesRequest(Message, kw_only=True, gc=False):
    """ListClientMetricsResourcesRequest (API key 74), v0-v0; from specs/ListClientMetricsResourcesRequest.json."""

    API_KEY = 74
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    unknown_tags: dict[int, Buffer] | None = None


def _d_ListClientMetricsResourcesRequest_v0(buf: Buffer, pos: int) -> tuple[ListClientMetricsResourcesRequest, int]:
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListClientMetricsResourcesRequest(
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListClientMetricsResourcesRequest_v0(out: bytearray, m: ListClientMetricsResourcesRequest) -> None:
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListClientMetricsResourcesRequest_v0(buf: Buffer, pos: int) -> int:
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListClientMetricsResourcesRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    return pos


ListClientMetricsResourcesRequest.INFO = StructInfo('ListClientMetricsResourcesRequest', (
), (0, 0))

ListClientMetricsResourcesRequest.DECODERS = {
    0: _d_ListClientMetricsResourcesRequest_v0,
}

ListClientMetricsResourcesRequest.ENCODERS = {
    0: _e_ListClientMetricsResourcesRequest_v0,
}

ListClientMetricsResourcesRequest.SKIPPERS = {
    0: _s_ListClientMetricsResourcesRequest_v0,
}

ListClientMetricsResourcesRequest.SEEKERS = {
    0: _o_ListClientMetricsResourcesRequest_v0,
}
