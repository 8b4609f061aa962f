"""DescribeConfigsRequest: generated from specs/DescribeConfigsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    arr_k,
    count_c,
    count_k,
    narr_c,
    narr_k,
    non_default,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_each,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>b')
_P1 = Struct('>?')
_P2 = Struct('>??')


class DescribeConfigsResource(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeConfigsRequest.Resources."""

    ResourceType: int = MISSING
    ResourceName: str = MISSING
    ConfigurationKeys: list[str] | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeConfigsRequest(Message, kw_only=True, gc=False):
    """DescribeConfigsRequest (API key 32), v0-v4; from specs/DescribeConfigsRequest.json."""

    API_KEY = 32
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    Resources: list[DescribeConfigsResource] = MISSING
    IncludeSynonyms: bool = False
    IncludeDocumentation: bool = False
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeConfigsResource_v0(buf: Buffer, pos: int) -> tuple[DescribeConfigsResource, int]:
    (v_ResourceType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    v_ConfigurationKeys, pos = narr_k(str_k, buf, pos)
    return DescribeConfigsResource(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        ConfigurationKeys=v_ConfigurationKeys,
    ), pos


def _e_DescribeConfigsResource_v0(out: bytearray, m: DescribeConfigsResource) -> None:
    out += _P0.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    a_ConfigurationKeys = m.ConfigurationKeys
    if a_ConfigurationKeys is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_ConfigurationKeys))
        w_each(w_str_k, out, a_ConfigurationKeys)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResource_v0(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    return pos


def _o_DescribeConfigsResource_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ConfigurationKeys':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    return pos


def _d_DescribeConfigsRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeConfigsRequest, int]:
    v_Resources, pos = arr_k(_d_DescribeConfigsResource_v0, buf, pos)
    return DescribeConfigsRequest(
        Resources=v_Resources,
    ), pos


def _e_DescribeConfigsRequest_v0(out: bytearray, m: DescribeConfigsRequest) -> None:
    a_Resources = m.Resources
    w_alen_k(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_DescribeConfigsResource_v0(out, e_Resources)
    if non_default(m.IncludeSynonyms, False):
        raise EncodeError('IncludeSynonyms')
    if non_default(m.IncludeDocumentation, False):
        raise EncodeError('IncludeDocumentation')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResource_v0(buf, pos)
    return pos


def _o_DescribeConfigsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Resources':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResource_v0(buf, pos)
    return pos


def _d_DescribeConfigsRequest_v1(buf: Buffer, pos: int) -> tuple[DescribeConfigsRequest, int]:
    v_Resources, pos = arr_k(_d_DescribeConfigsResource_v0, buf, pos)
    (v_IncludeSynonyms,) = _P1.unpack_from(buf, pos)
    pos += 1
    return DescribeConfigsRequest(
        Resources=v_Resources,
        IncludeSynonyms=v_IncludeSynonyms,
    ), pos


def _e_DescribeConfigsRequest_v1(out: bytearray, m: DescribeConfigsRequest) -> None:
    a_Resources = m.Resources
    w_alen_k(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_DescribeConfigsResource_v0(out, e_Resources)
    out += _P1.pack(m.IncludeSynonyms)
    if non_default(m.IncludeDocumentation, False):
        raise EncodeError('IncludeDocumentation')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResource_v0(buf, pos)
    pos += 1
    return pos


def _o_DescribeConfigsRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Resources':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResource_v0(buf, pos)
    if stop == 'IncludeSynonyms':
        return pos
    pos += 1
    return pos


def _d_DescribeConfigsRequest_v3(buf: Buffer, pos: int) -> tuple[DescribeConfigsRequest, int]:
    v_Resources, pos = arr_k(_d_DescribeConfigsResource_v0, buf, pos)
    v_IncludeSynonyms, v_IncludeDocumentation = _P2.unpack_from(buf, pos)
    pos += 2
    return DescribeConfigsRequest(
        Resources=v_Resources,
        IncludeSynonyms=v_IncludeSynonyms,
        IncludeDocumentation=v_IncludeDocumentation,
    ), pos


def _e_DescribeConfigsRequest_v3(out: bytearray, m: DescribeConfigsRequest) -> None:
    a_Resources = m.Resources
    w_alen_k(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_DescribeConfigsResource_v0(out, e_Resources)
    out += _P2.pack(m.IncludeSynonyms, m.IncludeDocumentation)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsRequest_v3(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResource_v0(buf, pos)
    pos += 2
    return pos


def _o_DescribeConfigsRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Resources':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResource_v0(buf, pos)
    if stop == 'IncludeSynonyms':
        return pos
    pos += 1
    if stop == 'IncludeDocumentation':
        return pos
    pos += 1
    return pos


def _d_DescribeConfigsResource_v4(buf: Buffer, pos: int) -> tuple[DescribeConfigsResource, int]:
    (v_ResourceType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_c(buf, pos)
    v_ConfigurationKeys, pos = narr_c(str_c, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeConfigsResource(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        ConfigurationKeys=v_ConfigurationKeys,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeConfigsResource_v4(out: bytearray, m: DescribeConfigsResource) -> None:
    out += _P0.pack(m.ResourceType)
    w_str_c(out, m.ResourceName)
    a_ConfigurationKeys = m.ConfigurationKeys
    if a_ConfigurationKeys is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_ConfigurationKeys))
        w_each(w_str_c, out, a_ConfigurationKeys)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeConfigsResource_v4(buf: Buffer, pos: int) -> int:
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeConfigsResource_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ConfigurationKeys':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos


def _d_DescribeConfigsRequest_v4(buf: Buffer, pos: int) -> tuple[DescribeConfigsRequest, int]:
    v_Resources, pos = arr_c(_d_DescribeConfigsResource_v4, buf, pos)
    v_IncludeSynonyms, v_IncludeDocumentation = _P2.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeConfigsRequest(
        Resources=v_Resources,
        IncludeSynonyms=v_IncludeSynonyms,
        IncludeDocumentation=v_IncludeDocumentation,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeConfigsRequest_v4(out: bytearray, m: DescribeConfigsRequest) -> None:
    a_Resources = m.Resources
    w_alen_c(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_DescribeConfigsResource_v4(out, e_Resources)
    out += _P2.pack(m.IncludeSynonyms, m.IncludeDocumentation)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeConfigsRequest_v4(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResource_v4(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeConfigsRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Resources':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResource_v4(buf, pos)
    if stop == 'IncludeSynonyms':
        return pos
    pos += 1
    if stop == 'IncludeDocumentation':
        return pos
    pos += 1
    return pos


DescribeConfigsResource.INFO = StructInfo('DescribeConfigsResource', (
    FieldInfo('ResourceType', 'int8', (0, 4)),
    FieldInfo('ResourceName', 'string', (0, 4)),
    FieldInfo('ConfigurationKeys', '[]string', (0, 4), nullable=(0, 4)),
), (4, 4))

DescribeConfigsRequest.INFO = StructInfo('DescribeConfigsRequest', (
    FieldInfo('Resources', '[]struct', (0, 4), struct=DescribeConfigsResource),
    FieldInfo('IncludeSynonyms', 'bool', (1, 4), default=False),
    FieldInfo('IncludeDocumentation', 'bool', (3, 4), default=False),
), (4, 4))

DescribeConfigsResource.DECODERS = {
    0: _d_DescribeConfigsResource_v0,
    1: _d_DescribeConfigsResource_v0,
    2: _d_DescribeConfigsResource_v0,
    3: _d_DescribeConfigsResource_v0,
    4: _d_DescribeConfigsResource_v4,
}

DescribeConfigsResource.ENCODERS = {
    0: _e_DescribeConfigsResource_v0,
    1: _e_DescribeConfigsResource_v0,
    2: _e_DescribeConfigsResource_v0,
    3: _e_DescribeConfigsResource_v0,
    4: _e_DescribeConfigsResource_v4,
}

DescribeConfigsResource.SKIPPERS = {
    0: _s_DescribeConfigsResource_v0,
    1: _s_DescribeConfigsResource_v0,
    2: _s_DescribeConfigsResource_v0,
    3: _s_DescribeConfigsResource_v0,
    4: _s_DescribeConfigsResource_v4,
}

DescribeConfigsResource.SEEKERS = {
    0: _o_DescribeConfigsResource_v0,
    1: _o_DescribeConfigsResource_v0,
    2: _o_DescribeConfigsResource_v0,
    3: _o_DescribeConfigsResource_v0,
    4: _o_DescribeConfigsResource_v4,
}

DescribeConfigsRequest.DECODERS = {
    0: _d_DescribeConfigsRequest_v0,
    1: _d_DescribeConfigsRequest_v1,
    2: _d_DescribeConfigsRequest_v1,
    3: _d_DescribeConfigsRequest_v3,
    4: _d_DescribeConfigsRequest_v4,
}

DescribeConfigsRequest.ENCODERS = {
    0: _e_DescribeConfigsRequest_v0,
    1: _e_DescribeConfigsRequest_v1,
    2: _e_DescribeConfigsRequest_v1,
    3: _e_DescribeConfigsRequest_v3,
    4: _e_DescribeConfigsRequest_v4,
}

DescribeConfigsRequest.SKIPPERS = {
    0: _s_DescribeConfigsRequest_v0,
    1: _s_DescribeConfigsRequest_v1,
    2: _s_DescribeConfigsRequest_v1,
    3: _s_DescribeConfigsRequest_v3,
    4: _s_DescribeConfigsRequest_v4,
}

DescribeConfigsRequest.SEEKERS = {
    0: _o_DescribeConfigsRequest_v0,
    1: _o_DescribeConfigsRequest_v1,
    2: _o_DescribeConfigsRequest_v1,
    3: _o_DescribeConfigsRequest_v3,
    4: _o_DescribeConfigsRequest_v4,
}
