"""DescribeAclsRequest: generated from specs/DescribeAclsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    w_nstr_c,
    w_nstr_k,
    w_tags,
)

_P0 = Struct('>b')
_P1 = Struct('>bb')


class DescribeAclsRequest(Message, kw_only=True, gc=False):
    """DescribeAclsRequest (API key 29), v0-v3; from specs/DescribeAclsRequest.json."""

    API_KEY = 29
    KIND = 'request'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ResourceTypeFilter: int = MISSING
    ResourceNameFilter: str | None = MISSING
    PatternTypeFilter: int = 3
    PrincipalFilter: str | None = MISSING
    HostFilter: str | None = MISSING
    Operation: int = MISSING
    PermissionType: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeAclsRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeAclsRequest, int]:
    (v_ResourceTypeFilter,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceNameFilter, pos = nstr_k(buf, pos)
    v_PrincipalFilter, pos = nstr_k(buf, pos)
    v_HostFilter, pos = nstr_k(buf, pos)
    v_Operation, v_PermissionType = _P1.unpack_from(buf, pos)
    pos += 2
    return DescribeAclsRequest(
        ResourceTypeFilter=v_ResourceTypeFilter,
        ResourceNameFilter=v_ResourceNameFilter,
        PrincipalFilter=v_PrincipalFilter,
        HostFilter=v_HostFilter,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_DescribeAclsRequest_v0(out: bytearray, m: DescribeAclsRequest) -> None:
    out += _P0.pack(m.ResourceTypeFilter)
    w_nstr_k(out, m.ResourceNameFilter)
    if non_default(m.PatternTypeFilter, 3):
        raise EncodeError('PatternTypeFilter')
    w_nstr_k(out, m.PrincipalFilter)
    w_nstr_k(out, m.HostFilter)
    out += _P1.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeAclsRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_DescribeAclsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceTypeFilter':
        return pos
    pos += 1
    if stop == 'ResourceNameFilter':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PrincipalFilter':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'HostFilter':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Operation':
        return pos
    pos += 1
    if stop == 'PermissionType':
        return pos
    pos += 1
    return pos


def _d_DescribeAclsRequest_v1(buf: Buffer, pos: int) -> tuple[DescribeAclsRequest, int]:
    (v_ResourceTypeFilter,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceNameFilter, pos = nstr_k(buf, pos)
    (v_PatternTypeFilter,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_PrincipalFilter, pos = nstr_k(buf, pos)
    v_HostFilter, pos = nstr_k(buf, pos)
    v_Operation, v_PermissionType = _P1.unpack_from(buf, pos)
    pos += 2
    return DescribeAclsRequest(
        ResourceTypeFilter=v_ResourceTypeFilter,
        ResourceNameFilter=v_ResourceNameFilter,
        PatternTypeFilter=v_PatternTypeFilter,
        PrincipalFilter=v_PrincipalFilter,
        HostFilter=v_HostFilter,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_DescribeAclsRequest_v1(out: bytearray, m: DescribeAclsRequest) -> None:
    out += _P0.pack(m.ResourceTypeFilter)
    w_nstr_k(out, m.ResourceNameFilter)
    out += _P0.pack(m.PatternTypeFilter)
    w_nstr_k(out, m.PrincipalFilter)
    w_nstr_k(out, m.HostFilter)
    out += _P1.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeAclsRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_DescribeAclsRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceTypeFilter':
        return pos
    pos += 1
    if stop == 'ResourceNameFilter':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PatternTypeFilter':
        return pos
    pos += 1
    if stop == 'PrincipalFilter':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'HostFilter':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Operation':
        return pos
    pos += 1
    if stop == 'PermissionType':
        return pos
    pos += 1
    return pos


def _d_DescribeAclsRequest_v2(buf: Buffer, pos: int) -> tuple[DescribeAclsRequest, int]:
    (v_ResourceTypeFilter,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceNameFilter, pos = nstr_c(buf, pos)
    (v_PatternTypeFilter,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_PrincipalFilter, pos = nstr_c(buf, pos)
    v_HostFilter, pos = nstr_c(buf, pos)
    v_Operation, v_PermissionType = _P1.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeAclsRequest(
        ResourceTypeFilter=v_ResourceTypeFilter,
        ResourceNameFilter=v_ResourceNameFilter,
        PatternTypeFilter=v_PatternTypeFilter,
        PrincipalFilter=v_PrincipalFilter,
        HostFilter=v_HostFilter,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeAclsRequest_v2(out: bytearray, m: DescribeAclsRequest) -> None:
    out += _P0.pack(m.ResourceTypeFilter)
    w_nstr_c(out, m.ResourceNameFilter)
    out += _P0.pack(m.PatternTypeFilter)
    w_nstr_c(out, m.PrincipalFilter)
    w_nstr_c(out, m.HostFilter)
    out += _P1.pack(m.Operation, m.PermissionType)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeAclsRequest_v2(buf: Buffer, pos: int) -> int:
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


def _o_DescribeAclsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceTypeFilter':
        return pos
    pos += 1
    if stop == 'ResourceNameFilter':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PatternTypeFilter':
        return pos
    pos += 1
    if stop == 'PrincipalFilter':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'HostFilter':
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


DescribeAclsRequest.INFO = StructInfo('DescribeAclsRequest', (
    FieldInfo('ResourceTypeFilter', 'int8', (0, 3)),
    FieldInfo('ResourceNameFilter', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('PatternTypeFilter', 'int8', (1, 3), default=3),
    FieldInfo('PrincipalFilter', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('HostFilter', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('Operation', 'int8', (0, 3)),
    FieldInfo('PermissionType', 'int8', (0, 3)),
), (2, 3))

DescribeAclsRequest.DECODERS = {
    0: _d_DescribeAclsRequest_v0,
    1: _d_DescribeAclsRequest_v1,
    2: _d_DescribeAclsRequest_v2,
    3: _d_DescribeAclsRequest_v2,
}

DescribeAclsRequest.ENCODERS = {
    0: _e_DescribeAclsRequest_v0,
    1: _e_DescribeAclsRequest_v1,
    2: _e_DescribeAclsRequest_v2,
    3: _e_DescribeAclsRequest_v2,
}

DescribeAclsRequest.SKIPPERS = {
    0: _s_DescribeAclsRequest_v0,
    1: _s_DescribeAclsRequest_v1,
    2: _s_DescribeAclsRequest_v2,
    3: _s_DescribeAclsRequest_v2,
}

DescribeAclsRequest.SEEKERS = {
    0: _o_DescribeAclsRequest_v0,
    1: _o_DescribeAclsRequest_v1,
    2: _o_DescribeAclsRequest_v2,
    3: _o_DescribeAclsRequest_v2,
}
