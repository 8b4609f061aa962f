"""DescribeAclsResponse: generated from specs/DescribeAclsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>bb')
_P1 = Struct('>b')
_P2 = Struct('>ih')


class AclDescription(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeAclsResource.Acls."""

    Principal: str = MISSING
    Host: str = MISSING
    Operation: int = MISSING
    PermissionType: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeAclsResource(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeAclsResponse.Resources."""

    ResourceType: int = MISSING
    ResourceName: str = MISSING
    PatternType: int = 3
    Acls: list[AclDescription] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeAclsResponse(Message, kw_only=True, gc=False):
    """DescribeAclsResponse (API key 29), v0-v3; from specs/DescribeAclsResponse.json."""

    API_KEY = 29
    KIND = 'response'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    Resources: list[DescribeAclsResource] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AclDescription_v0(buf: Buffer, pos: int) -> tuple[AclDescription, int]:
    v_Principal, pos = str_k(buf, pos)
    v_Host, pos = str_k(buf, pos)
    v_Operation, v_PermissionType = _P0.unpack_from(buf, pos)
    pos += 2
    return AclDescription(
        Principal=v_Principal,
        Host=v_Host,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_AclDescription_v0(out: bytearray, m: AclDescription) -> None:
    w_str_k(out, m.Principal)
    w_str_k(out, m.Host)
    out += _P0.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AclDescription_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_AclDescription_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Principal':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Host':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Operation':
        return pos
    pos += 1
    if stop == 'PermissionType':
        return pos
    pos += 1
    return pos


def _d_DescribeAclsResource_v0(buf: Buffer, pos: int) -> tuple[DescribeAclsResource, int]:
    (v_ResourceType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    v_Acls, pos = arr_k(_d_AclDescription_v0, buf, pos)
    return DescribeAclsResource(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Acls=v_Acls,
    ), pos


def _e_DescribeAclsResource_v0(out: bytearray, m: DescribeAclsResource) -> None:
    out += _P1.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    if non_default(m.PatternType, 3):
        raise EncodeError('PatternType')
    a_Acls = m.Acls
    w_alen_k(out, len(a_Acls))
    for e_Acls in a_Acls:
        _e_AclDescription_v0(out, e_Acls)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeAclsResource_v0(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclDescription_v0(buf, pos)
    return pos


def _o_DescribeAclsResource_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Acls':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclDescription_v0(buf, pos)
    return pos


def _d_DescribeAclsResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeAclsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_k(buf, pos)
    v_Resources, pos = arr_k(_d_DescribeAclsResource_v0, buf, pos)
    return DescribeAclsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Resources=v_Resources,
    ), pos


def _e_DescribeAclsResponse_v0(out: bytearray, m: DescribeAclsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    a_Resources = m.Resources
    w_alen_k(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_DescribeAclsResource_v0(out, e_Resources)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeAclsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeAclsResource_v0(buf, pos)
    return pos


def _o_DescribeAclsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Resources':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeAclsResource_v0(buf, pos)
    return pos


def _d_DescribeAclsResource_v1(buf: Buffer, pos: int) -> tuple[DescribeAclsResource, int]:
    (v_ResourceType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    (v_PatternType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_Acls, pos = arr_k(_d_AclDescription_v0, buf, pos)
    return DescribeAclsResource(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        PatternType=v_PatternType,
        Acls=v_Acls,
    ), pos


def _e_DescribeAclsResource_v1(out: bytearray, m: DescribeAclsResource) -> None:
    out += _P1.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    out += _P1.pack(m.PatternType)
    a_Acls = m.Acls
    w_alen_k(out, len(a_Acls))
    for e_Acls in a_Acls:
        _e_AclDescription_v0(out, e_Acls)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeAclsResource_v1(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    pos += 1
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclDescription_v0(buf, pos)
    return pos


def _o_DescribeAclsResource_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PatternType':
        return pos
    pos += 1
    if stop == 'Acls':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclDescription_v0(buf, pos)
    return pos


def _d_DescribeAclsResponse_v1(buf: Buffer, pos: int) -> tuple[DescribeAclsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_k(buf, pos)
    v_Resources, pos = arr_k(_d_DescribeAclsResource_v1, buf, pos)
    return DescribeAclsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Resources=v_Resources,
    ), pos


def _e_DescribeAclsResponse_v1(out: bytearray, m: DescribeAclsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    a_Resources = m.Resources
    w_alen_k(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_DescribeAclsResource_v1(out, e_Resources)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeAclsResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeAclsResource_v1(buf, pos)
    return pos


def _o_DescribeAclsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Resources':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeAclsResource_v1(buf, pos)
    return pos


def _d_AclDescription_v2(buf: Buffer, pos: int) -> tuple[AclDescription, int]:
    v_Principal, pos = str_c(buf, pos)
    v_Host, pos = str_c(buf, pos)
    v_Operation, v_PermissionType = _P0.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AclDescription(
        Principal=v_Principal,
        Host=v_Host,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AclDescription_v2(out: bytearray, m: AclDescription) -> None:
    w_str_c(out, m.Principal)
    w_str_c(out, m.Host)
    out += _P0.pack(m.Operation, m.PermissionType)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AclDescription_v2(buf: Buffer, pos: int) -> int:
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
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AclDescription_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Principal':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Host':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Operation':
        return pos
    pos += 1
    if stop == 'PermissionType':
        return pos
    pos += 1
    return pos


def _d_DescribeAclsResource_v2(buf: Buffer, pos: int) -> tuple[DescribeAclsResource, int]:
    (v_ResourceType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_c(buf, pos)
    (v_PatternType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_Acls, pos = arr_c(_d_AclDescription_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeAclsResource(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        PatternType=v_PatternType,
        Acls=v_Acls,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeAclsResource_v2(out: bytearray, m: DescribeAclsResource) -> None:
    out += _P1.pack(m.ResourceType)
    w_str_c(out, m.ResourceName)
    out += _P1.pack(m.PatternType)
    a_Acls = m.Acls
    w_alen_c(out, len(a_Acls))
    for e_Acls in a_Acls:
        _e_AclDescription_v2(out, e_Acls)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeAclsResource_v2(buf: Buffer, pos: int) -> int:
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AclDescription_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeAclsResource_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'PatternType':
        return pos
    pos += 1
    if stop == 'Acls':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AclDescription_v2(buf, pos)
    return pos


def _d_DescribeAclsResponse_v2(buf: Buffer, pos: int) -> tuple[DescribeAclsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_Resources, pos = arr_c(_d_DescribeAclsResource_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeAclsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Resources=v_Resources,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeAclsResponse_v2(out: bytearray, m: DescribeAclsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_Resources = m.Resources
    w_alen_c(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_DescribeAclsResource_v2(out, e_Resources)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeAclsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeAclsResource_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeAclsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Resources':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeAclsResource_v2(buf, pos)
    return pos


AclDescription.INFO = StructInfo('AclDescription', (
    FieldInfo('Principal', 'string', (0, 3)),
    FieldInfo('Host', 'string', (0, 3)),
    FieldInfo('Operation', 'int8', (0, 3)),
    FieldInfo('PermissionType', 'int8', (0, 3)),
), (2, 3))

DescribeAclsResource.INFO = StructInfo('DescribeAclsResource', (
    FieldInfo('ResourceType', 'int8', (0, 3)),
    FieldInfo('ResourceName', 'string', (0, 3)),
    FieldInfo('PatternType', 'int8', (1, 3), default=3),
    FieldInfo('Acls', '[]struct', (0, 3), struct=AclDescription),
), (2, 3))

DescribeAclsResponse.INFO = StructInfo('DescribeAclsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 3)),
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('ErrorMessage', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('Resources', '[]struct', (0, 3), struct=DescribeAclsResource),
), (2, 3))

AclDescription.DECODERS = {
    0: _d_AclDescription_v0,
    1: _d_AclDescription_v0,
    2: _d_AclDescription_v2,
    3: _d_AclDescription_v2,
}

AclDescription.ENCODERS = {
    0: _e_AclDescription_v0,
    1: _e_AclDescription_v0,
    2: _e_AclDescription_v2,
    3: _e_AclDescription_v2,
}

AclDescription.SKIPPERS = {
    0: _s_AclDescription_v0,
    1: _s_AclDescription_v0,
    2: _s_AclDescription_v2,
    3: _s_AclDescription_v2,
}

AclDescription.SEEKERS = {
    0: _o_AclDescription_v0,
    1: _o_AclDescription_v0,
    2: _o_AclDescription_v2,
    3: _o_AclDescription_v2,
}

DescribeAclsResource.DECODERS = {
    0: _d_DescribeAclsResource_v0,
    1: _d_DescribeAclsResource_v1,
    2: _d_DescribeAclsResource_v2,
    3: _d_DescribeAclsResource_v2,
}

DescribeAclsResource.ENCODERS = {
    0: _e_DescribeAclsResource_v0,
    1: _e_DescribeAclsResource_v1,
    2: _e_DescribeAclsResource_v2,
    3: _e_DescribeAclsResource_v2,
}

DescribeAclsResource.SKIPPERS = {
    0: _s_DescribeAclsResource_v0,
    1: _s_DescribeAclsResource_v1,
    2: _s_DescribeAclsResource_v2,
    3: _s_DescribeAclsResource_v2,
}

DescribeAclsResource.SEEKERS = {
    0: _o_DescribeAclsResource_v0,
    1: _o_DescribeAclsResource_v1,
    2: _o_DescribeAclsResource_v2,
    3: _o_DescribeAclsResource_v2,
}

DescribeAclsResponse.DECODERS = {
    0: _d_DescribeAclsResponse_v0,
    1: _d_DescribeAclsResponse_v1,
    2: _d_DescribeAclsResponse_v2,
    3: _d_DescribeAclsResponse_v2,
}

DescribeAclsResponse.ENCODERS = {
    0: _e_DescribeAclsResponse_v0,
    1: _e_DescribeAclsResponse_v1,
    2: _e_DescribeAclsResponse_v2,
    3: _e_DescribeAclsResponse_v2,
}

DescribeAclsResponse.SKIPPERS = {
    0: _s_DescribeAclsResponse_v0,
    1: _s_DescribeAclsResponse_v1,
    2: _s_DescribeAclsResponse_v2,
    3: _s_DescribeAclsResponse_v2,
}

DescribeAclsResponse.SEEKERS = {
    0: _o_DescribeAclsResponse_v0,
    1: _o_DescribeAclsResponse_v1,
    2: _o_DescribeAclsResponse_v2,
    3: _o_DescribeAclsResponse_v2,
}
