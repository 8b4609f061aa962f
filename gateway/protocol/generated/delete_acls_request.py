"""DeleteAclsRequest: generated from specs/DeleteAclsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_tags,
)

_P0 = Struct('>b')
_P1 = Struct('>bb')


class DeleteAclsFilter(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteAclsRequest.Filters."""

    ResourceTypeFilter: int = MISSING
    ResourceNameFilter: str | None = MISSING
    PatternTypeFilter: int = 3
    PrincipalFilter: str | None = MISSING
    HostFilter: str | None = MISSING
    Operation: int = MISSING
    PermissionType: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteAclsRequest(Message, kw_only=True, gc=False):
    """DeleteAclsRequest (API key 31), v0-v3; from specs/DeleteAclsRequest.json."""

    API_KEY = 31
    KIND = 'request'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    Filters: list[DeleteAclsFilter] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DeleteAclsFilter_v0(buf: Buffer, pos: int) -> tuple[DeleteAclsFilter, int]:
    (v_ResourceTypeFilter,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceNameFilter, pos = nstr_k(buf, pos)
    v_PrincipalFilter, pos = nstr_k(buf, pos)
    v_HostFilter, pos = nstr_k(buf, pos)
    v_Operation, v_PermissionType = _P1.unpack_from(buf, pos)
    pos += 2
    return DeleteAclsFilter(
        ResourceTypeFilter=v_ResourceTypeFilter,
        ResourceNameFilter=v_ResourceNameFilter,
        PrincipalFilter=v_PrincipalFilter,
        HostFilter=v_HostFilter,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_DeleteAclsFilter_v0(out: bytearray, m: DeleteAclsFilter) -> None:
    out += _P0.pack(m.ResourceTypeFilter)
    w_nstr_k(out, m.ResourceNameFilter)
    if non_default(m.PatternTypeFilter, 3):
        raise EncodeError('PatternTypeFilter')
    w_nstr_k(out, m.PrincipalFilter)
    w_nstr_k(out, m.HostFilter)
    out += _P1.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsFilter_v0(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_DeleteAclsFilter_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_DeleteAclsRequest_v0(buf: Buffer, pos: int) -> tuple[DeleteAclsRequest, int]:
    v_Filters, pos = arr_k(_d_DeleteAclsFilter_v0, buf, pos)
    return DeleteAclsRequest(
        Filters=v_Filters,
    ), pos


def _e_DeleteAclsRequest_v0(out: bytearray, m: DeleteAclsRequest) -> None:
    a_Filters = m.Filters
    w_alen_k(out, len(a_Filters))
    for e_Filters in a_Filters:
        _e_DeleteAclsFilter_v0(out, e_Filters)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilter_v0(buf, pos)
    return pos


def _o_DeleteAclsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Filters':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilter_v0(buf, pos)
    return pos


def _d_DeleteAclsFilter_v1(buf: Buffer, pos: int) -> tuple[DeleteAclsFilter, int]:
    (v_ResourceTypeFilter,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceNameFilter, pos = nstr_k(buf, pos)
    (v_PatternTypeFilter,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_PrincipalFilter, pos = nstr_k(buf, pos)
    v_HostFilter, pos = nstr_k(buf, pos)
    v_Operation, v_PermissionType = _P1.unpack_from(buf, pos)
    pos += 2
    return DeleteAclsFilter(
        ResourceTypeFilter=v_ResourceTypeFilter,
        ResourceNameFilter=v_ResourceNameFilter,
        PatternTypeFilter=v_PatternTypeFilter,
        PrincipalFilter=v_PrincipalFilter,
        HostFilter=v_HostFilter,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_DeleteAclsFilter_v1(out: bytearray, m: DeleteAclsFilter) -> None:
    out += _P0.pack(m.ResourceTypeFilter)
    w_nstr_k(out, m.ResourceNameFilter)
    out += _P0.pack(m.PatternTypeFilter)
    w_nstr_k(out, m.PrincipalFilter)
    w_nstr_k(out, m.HostFilter)
    out += _P1.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsFilter_v1(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_DeleteAclsFilter_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_DeleteAclsRequest_v1(buf: Buffer, pos: int) -> tuple[DeleteAclsRequest, int]:
    v_Filters, pos = arr_k(_d_DeleteAclsFilter_v1, buf, pos)
    return DeleteAclsRequest(
        Filters=v_Filters,
    ), pos


def _e_DeleteAclsRequest_v1(out: bytearray, m: DeleteAclsRequest) -> None:
    a_Filters = m.Filters
    w_alen_k(out, len(a_Filters))
    for e_Filters in a_Filters:
        _e_DeleteAclsFilter_v1(out, e_Filters)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilter_v1(buf, pos)
    return pos


def _o_DeleteAclsRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Filters':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilter_v1(buf, pos)
    return pos


def _d_DeleteAclsFilter_v2(buf: Buffer, pos: int) -> tuple[DeleteAclsFilter, int]:
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
    result = DeleteAclsFilter(
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


def _e_DeleteAclsFilter_v2(out: bytearray, m: DeleteAclsFilter) -> None:
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


def _s_DeleteAclsFilter_v2(buf: Buffer, pos: int) -> int:
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


def _o_DeleteAclsFilter_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_DeleteAclsRequest_v2(buf: Buffer, pos: int) -> tuple[DeleteAclsRequest, int]:
    v_Filters, pos = arr_c(_d_DeleteAclsFilter_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteAclsRequest(
        Filters=v_Filters,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteAclsRequest_v2(out: bytearray, m: DeleteAclsRequest) -> None:
    a_Filters = m.Filters
    w_alen_c(out, len(a_Filters))
    for e_Filters in a_Filters:
        _e_DeleteAclsFilter_v2(out, e_Filters)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteAclsRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilter_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteAclsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Filters':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilter_v2(buf, pos)
    return pos


DeleteAclsFilter.INFO = StructInfo('DeleteAclsFilter', (
    FieldInfo('ResourceTypeFilter', 'int8', (0, 3)),
    FieldInfo('ResourceNameFilter', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('PatternTypeFilter', 'int8', (1, 3), default=3),
    FieldInfo('PrincipalFilter', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('HostFilter', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('Operation', 'int8', (0, 3)),
    FieldInfo('PermissionType', 'int8', (0, 3)),
), (2, 3))

DeleteAclsRequest.INFO = StructInfo('DeleteAclsRequest', (
    FieldInfo('Filters', '[]struct', (0, 3), struct=DeleteAclsFilter),
), (2, 3))

DeleteAclsFilter.DECODERS = {
    0: _d_DeleteAclsFilter_v0,
    1: _d_DeleteAclsFilter_v1,
    2: _d_DeleteAclsFilter_v2,
    3: _d_DeleteAclsFilter_v2,
}

DeleteAclsFilter.ENCODERS = {
    0: _e_DeleteAclsFilter_v0,
    1: _e_DeleteAclsFilter_v1,
    2: _e_DeleteAclsFilter_v2,
    3: _e_DeleteAclsFilter_v2,
}

DeleteAclsFilter.SKIPPERS = {
    0: _s_DeleteAclsFilter_v0,
    1: _s_DeleteAclsFilter_v1,
    2: _s_DeleteAclsFilter_v2,
    3: _s_DeleteAclsFilter_v2,
}

DeleteAclsFilter.SEEKERS = {
    0: _o_DeleteAclsFilter_v0,
    1: _o_DeleteAclsFilter_v1,
    2: _o_DeleteAclsFilter_v2,
    3: _o_DeleteAclsFilter_v2,
}

DeleteAclsRequest.DECODERS = {
    0: _d_DeleteAclsRequest_v0,
    1: _d_DeleteAclsRequest_v1,
    2: _d_DeleteAclsRequest_v2,
    3: _d_DeleteAclsRequest_v2,
}

DeleteAclsRequest.ENCODERS = {
    0: _e_DeleteAclsRequest_v0,
    1: _e_DeleteAclsRequest_v1,
    2: _e_DeleteAclsRequest_v2,
    3: _e_DeleteAclsRequest_v2,
}

DeleteAclsRequest.SKIPPERS = {
    0: _s_DeleteAclsRequest_v0,
    1: _s_DeleteAclsRequest_v1,
    2: _s_DeleteAclsRequest_v2,
    3: _s_DeleteAclsRequest_v2,
}

DeleteAclsRequest.SEEKERS = {
    0: _o_DeleteAclsRequest_v0,
    1: _o_DeleteAclsRequest_v1,
    2: _o_DeleteAclsRequest_v2,
    3: _o_DeleteAclsRequest_v2,
}
