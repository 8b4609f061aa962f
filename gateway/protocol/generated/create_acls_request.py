"""CreateAclsRequest: generated from specs/CreateAclsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>b')
_P1 = Struct('>bb')


class AclCreation(KafkaStruct, kw_only=True, gc=False):
    """An element of CreateAclsRequest.Creations."""

    ResourceType: int = MISSING
    ResourceName: str = MISSING
    ResourcePatternType: int = 3
    Principal: str = MISSING
    Host: str = MISSING
    Operation: int = MISSING
    PermissionType: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreateAclsRequest(Message, kw_only=True, gc=False):
    """CreateAclsRequest (API key 30), v0-v3; from specs/CreateAclsRequest.json."""

    API_KEY = 30
    KIND = 'request'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    Creations: list[AclCreation] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AclCreation_v0(buf: Buffer, pos: int) -> tuple[AclCreation, int]:
    (v_ResourceType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    v_Principal, pos = str_k(buf, pos)
    v_Host, pos = str_k(buf, pos)
    v_Operation, v_PermissionType = _P1.unpack_from(buf, pos)
    pos += 2
    return AclCreation(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Principal=v_Principal,
        Host=v_Host,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_AclCreation_v0(out: bytearray, m: AclCreation) -> None:
    out += _P0.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    if non_default(m.ResourcePatternType, 3):
        raise EncodeError('ResourcePatternType')
    w_str_k(out, m.Principal)
    w_str_k(out, m.Host)
    out += _P1.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AclCreation_v0(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_AclCreation_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    pos = skip_k16(buf, pos)
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


def _d_CreateAclsRequest_v0(buf: Buffer, pos: int) -> tuple[CreateAclsRequest, int]:
    v_Creations, pos = arr_k(_d_AclCreation_v0, buf, pos)
    return CreateAclsRequest(
        Creations=v_Creations,
    ), pos


def _e_CreateAclsRequest_v0(out: bytearray, m: CreateAclsRequest) -> None:
    a_Creations = m.Creations
    w_alen_k(out, len(a_Creations))
    for e_Creations in a_Creations:
        _e_AclCreation_v0(out, e_Creations)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateAclsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclCreation_v0(buf, pos)
    return pos


def _o_CreateAclsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Creations':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclCreation_v0(buf, pos)
    return pos


def _d_AclCreation_v1(buf: Buffer, pos: int) -> tuple[AclCreation, int]:
    (v_ResourceType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    (v_ResourcePatternType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_Principal, pos = str_k(buf, pos)
    v_Host, pos = str_k(buf, pos)
    v_Operation, v_PermissionType = _P1.unpack_from(buf, pos)
    pos += 2
    return AclCreation(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        ResourcePatternType=v_ResourcePatternType,
        Principal=v_Principal,
        Host=v_Host,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_AclCreation_v1(out: bytearray, m: AclCreation) -> None:
    out += _P0.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    out += _P0.pack(m.ResourcePatternType)
    w_str_k(out, m.Principal)
    w_str_k(out, m.Host)
    out += _P1.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AclCreation_v1(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_AclCreation_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ResourcePatternType':
        return pos
    pos += 1
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


def _d_CreateAclsRequest_v1(buf: Buffer, pos: int) -> tuple[CreateAclsRequest, int]:
    v_Creations, pos = arr_k(_d_AclCreation_v1, buf, pos)
    return CreateAclsRequest(
        Creations=v_Creations,
    ), pos


def _e_CreateAclsRequest_v1(out: bytearray, m: CreateAclsRequest) -> None:
    a_Creations = m.Creations
    w_alen_k(out, len(a_Creations))
    for e_Creations in a_Creations:
        _e_AclCreation_v1(out, e_Creations)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateAclsRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclCreation_v1(buf, pos)
    return pos


def _o_CreateAclsRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Creations':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AclCreation_v1(buf, pos)
    return pos


def _d_AclCreation_v2(buf: Buffer, pos: int) -> tuple[AclCreation, int]:
    (v_ResourceType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_c(buf, pos)
    (v_ResourcePatternType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_Principal, pos = str_c(buf, pos)
    v_Host, pos = str_c(buf, pos)
    v_Operation, v_PermissionType = _P1.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AclCreation(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        ResourcePatternType=v_ResourcePatternType,
        Principal=v_Principal,
        Host=v_Host,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AclCreation_v2(out: bytearray, m: AclCreation) -> None:
    out += _P0.pack(m.ResourceType)
    w_str_c(out, m.ResourceName)
    out += _P0.pack(m.ResourcePatternType)
    w_str_c(out, m.Principal)
    w_str_c(out, m.Host)
    out += _P1.pack(m.Operation, m.PermissionType)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AclCreation_v2(buf: Buffer, pos: int) -> int:
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
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


def _o_AclCreation_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ResourcePatternType':
        return pos
    pos += 1
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


def _d_CreateAclsRequest_v2(buf: Buffer, pos: int) -> tuple[CreateAclsRequest, int]:
    v_Creations, pos = arr_c(_d_AclCreation_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateAclsRequest(
        Creations=v_Creations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateAclsRequest_v2(out: bytearray, m: CreateAclsRequest) -> None:
    a_Creations = m.Creations
    w_alen_c(out, len(a_Creations))
    for e_Creations in a_Creations:
        _e_AclCreation_v2(out, e_Creations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateAclsRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AclCreation_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateAclsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Creations':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AclCreation_v2(buf, pos)
    return pos


AclCreation.INFO = StructInfo('AclCreation', (
    FieldInfo('ResourceType', 'int8', (0, 3)),
    FieldInfo('ResourceName', 'string', (0, 3)),
    FieldInfo('ResourcePatternType', 'int8', (1, 3), default=3),
    FieldInfo('Principal', 'string', (0, 3)),
    FieldInfo('Host', 'string', (0, 3)),
    FieldInfo('Operation', 'int8', (0, 3)),
    FieldInfo('PermissionType', 'int8', (0, 3)),
), (2, 3))

CreateAclsRequest.INFO = StructInfo('CreateAclsRequest', (
    FieldInfo('Creations', '[]struct', (0, 3), struct=AclCreation),
), (2, 3))

AclCreation.DECODERS = {
    0: _d_AclCreation_v0,
    1: _d_AclCreation_v1,
    2: _d_AclCreation_v2,
    3: _d_AclCreation_v2,
}

AclCreation.ENCODERS = {
    0: _e_AclCreation_v0,
    1: _e_AclCreation_v1,
    2: _e_AclCreation_v2,
    3: _e_AclCreation_v2,
}

AclCreation.SKIPPERS = {
    0: _s_AclCreation_v0,
    1: _s_AclCreation_v1,
    2: _s_AclCreation_v2,
    3: _s_AclCreation_v2,
}

AclCreation.SEEKERS = {
    0: _o_AclCreation_v0,
    1: _o_AclCreation_v1,
    2: _o_AclCreation_v2,
    3: _o_AclCreation_v2,
}

CreateAclsRequest.DECODERS = {
    0: _d_CreateAclsRequest_v0,
    1: _d_CreateAclsRequest_v1,
    2: _d_CreateAclsRequest_v2,
    3: _d_CreateAclsRequest_v2,
}

CreateAclsRequest.ENCODERS = {
    0: _e_CreateAclsRequest_v0,
    1: _e_CreateAclsRequest_v1,
    2: _e_CreateAclsRequest_v2,
    3: _e_CreateAclsRequest_v2,
}

CreateAclsRequest.SKIPPERS = {
    0: _s_CreateAclsRequest_v0,
    1: _s_CreateAclsRequest_v1,
    2: _s_CreateAclsRequest_v2,
    3: _s_CreateAclsRequest_v2,
}

CreateAclsRequest.SEEKERS = {
    0: _o_CreateAclsRequest_v0,
    1: _o_CreateAclsRequest_v1,
    2: _o_CreateAclsRequest_v2,
    3: _o_CreateAclsRequest_v2,
}
