"""ApiVersionsRequest: generated from specs/ApiVersionsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_str_c,
    w_tags,
)


class ApiVersionsRequest(Message, kw_only=True, gc=False):
    """ApiVersionsRequest (API key 18), v0-v4; from specs/ApiVersionsRequest.json."""

    API_KEY = 18
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ClientSoftwareName: str = MISSING
    ClientSoftwareVersion: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ApiVersionsRequest_v0(buf: Buffer, pos: int) -> tuple[ApiVersionsRequest, int]:
    return ApiVersionsRequest(
        ClientSoftwareName="",
        ClientSoftwareVersion="",
    ), pos


def _e_ApiVersionsRequest_v0(out: bytearray, m: ApiVersionsRequest) -> None:
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ApiVersionsRequest_v0(buf: Buffer, pos: int) -> int:
    return pos


def _o_ApiVersionsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    return pos


def _d_ApiVersionsRequest_v3(buf: Buffer, pos: int) -> tuple[ApiVersionsRequest, int]:
    v_ClientSoftwareName, pos = str_c(buf, pos)
    v_ClientSoftwareVersion, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ApiVersionsRequest(
        ClientSoftwareName=v_ClientSoftwareName,
        ClientSoftwareVersion=v_ClientSoftwareVersion,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ApiVersionsRequest_v3(out: bytearray, m: ApiVersionsRequest) -> None:
    w_str_c(out, m.ClientSoftwareName)
    w_str_c(out, m.ClientSoftwareVersion)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ApiVersionsRequest_v3(buf: Buffer, pos: int) -> int:
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


def _o_ApiVersionsRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClientSoftwareName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ClientSoftwareVersion':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


ApiVersionsRequest.INFO = StructInfo('ApiVersionsRequest', (
    FieldInfo('ClientSoftwareName', 'string', (3, 4), ignorable=True),
    FieldInfo('ClientSoftwareVersion', 'string', (3, 4), ignorable=True),
), (3, 4))

ApiVersionsRequest.DECODERS = {
    0: _d_ApiVersionsRequest_v0,
    1: _d_ApiVersionsRequest_v0,
    2: _d_ApiVersionsRequest_v0,
    3: _d_ApiVersionsRequest_v3,
    4: _d_ApiVersionsRequest_v3,
}

ApiVersionsRequest.ENCODERS = {
    0: _e_ApiVersionsRequest_v0,
    1: _e_ApiVersionsRequest_v0,
    2: _e_ApiVersionsRequest_v0,
    3: _e_ApiVersionsRequest_v3,
    4: _e_ApiVersionsRequest_v3,
}

ApiVersionsRequest.SKIPPERS = {
    0: _s_ApiVersionsRequest_v0,
    1: _s_ApiVersionsRequest_v0,
    2: _s_ApiVersionsRequest_v0,
    3: _s_ApiVersionsRequest_v3,
    4: _s_ApiVersionsRequest_v3,
}

ApiVersionsRequest.SEEKERS = {
    0: _o_ApiVersionsRequest_v0,
    1: _o_ApiVersionsRequest_v0,
    2: _o_ApiVersionsRequest_v0,
    3: _o_ApiVersionsRequest_v3,
    4: _o_ApiVersionsRequest_v3,
}
