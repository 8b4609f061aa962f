"""DeleteAclsResponse: generated from specs/DeleteAclsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>h')
_P1 = Struct('>b')
_P2 = Struct('>bb')
_P3 = Struct('>i')


class DeleteAclsMatchingAcl(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteAclsFilterResult.MatchingAcls."""

    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    ResourceType: int = MISSING
    ResourceName: str = MISSING
    PatternType: int = 3
    Principal: str = MISSING
    Host: str = MISSING
    Operation: int = MISSING
    PermissionType: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteAclsFilterResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteAclsResponse.FilterResults."""

    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    MatchingAcls: list[DeleteAclsMatchingAcl] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteAclsResponse(Message, kw_only=True, gc=False):
    """DeleteAclsResponse (API key 31), v0-v3; from specs/DeleteAclsResponse.json."""

    API_KEY = 31
    KIND = 'response'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    FilterResults: list[DeleteAclsFilterResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DeleteAclsMatchingAcl_v0(buf: Buffer, pos: int) -> tuple[DeleteAclsMatchingAcl, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    (v_ResourceType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    v_Principal, pos = str_k(buf, pos)
    v_Host, pos = str_k(buf, pos)
    v_Operation, v_PermissionType = _P2.unpack_from(buf, pos)
    pos += 2
    return DeleteAclsMatchingAcl(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Principal=v_Principal,
        Host=v_Host,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_DeleteAclsMatchingAcl_v0(out: bytearray, m: DeleteAclsMatchingAcl) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    out += _P1.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    if non_default(m.PatternType, 3):
        raise EncodeError('PatternType')
    w_str_k(out, m.Principal)
    w_str_k(out, m.Host)
    out += _P2.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsMatchingAcl_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_DeleteAclsMatchingAcl_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
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


def _d_DeleteAclsFilterResult_v0(buf: Buffer, pos: int) -> tuple[DeleteAclsFilterResult, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    v_MatchingAcls, pos = arr_k(_d_DeleteAclsMatchingAcl_v0, buf, pos)
    return DeleteAclsFilterResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        MatchingAcls=v_MatchingAcls,
    ), pos


def _e_DeleteAclsFilterResult_v0(out: bytearray, m: DeleteAclsFilterResult) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    a_MatchingAcls = m.MatchingAcls
    w_alen_k(out, len(a_MatchingAcls))
    for e_MatchingAcls in a_MatchingAcls:
        _e_DeleteAclsMatchingAcl_v0(out, e_MatchingAcls)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsFilterResult_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsMatchingAcl_v0(buf, pos)
    return pos


def _o_DeleteAclsFilterResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MatchingAcls':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsMatchingAcl_v0(buf, pos)
    return pos


def _d_DeleteAclsResponse_v0(buf: Buffer, pos: int) -> tuple[DeleteAclsResponse, int]:
    (v_ThrottleTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_FilterResults, pos = arr_k(_d_DeleteAclsFilterResult_v0, buf, pos)
    return DeleteAclsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        FilterResults=v_FilterResults,
    ), pos


def _e_DeleteAclsResponse_v0(out: bytearray, m: DeleteAclsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs)
    a_FilterResults = m.FilterResults
    w_alen_k(out, len(a_FilterResults))
    for e_FilterResults in a_FilterResults:
        _e_DeleteAclsFilterResult_v0(out, e_FilterResults)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilterResult_v0(buf, pos)
    return pos


def _o_DeleteAclsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'FilterResults':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilterResult_v0(buf, pos)
    return pos


def _d_DeleteAclsMatchingAcl_v1(buf: Buffer, pos: int) -> tuple[DeleteAclsMatchingAcl, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    (v_ResourceType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    (v_PatternType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_Principal, pos = str_k(buf, pos)
    v_Host, pos = str_k(buf, pos)
    v_Operation, v_PermissionType = _P2.unpack_from(buf, pos)
    pos += 2
    return DeleteAclsMatchingAcl(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        PatternType=v_PatternType,
        Principal=v_Principal,
        Host=v_Host,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    ), pos


def _e_DeleteAclsMatchingAcl_v1(out: bytearray, m: DeleteAclsMatchingAcl) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    out += _P1.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    out += _P1.pack(m.PatternType)
    w_str_k(out, m.Principal)
    w_str_k(out, m.Host)
    out += _P2.pack(m.Operation, m.PermissionType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsMatchingAcl_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_DeleteAclsMatchingAcl_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PatternType':
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


def _d_DeleteAclsFilterResult_v1(buf: Buffer, pos: int) -> tuple[DeleteAclsFilterResult, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    v_MatchingAcls, pos = arr_k(_d_DeleteAclsMatchingAcl_v1, buf, pos)
    return DeleteAclsFilterResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        MatchingAcls=v_MatchingAcls,
    ), pos


def _e_DeleteAclsFilterResult_v1(out: bytearray, m: DeleteAclsFilterResult) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    a_MatchingAcls = m.MatchingAcls
    w_alen_k(out, len(a_MatchingAcls))
    for e_MatchingAcls in a_MatchingAcls:
        _e_DeleteAclsMatchingAcl_v1(out, e_MatchingAcls)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsFilterResult_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsMatchingAcl_v1(buf, pos)
    return pos


def _o_DeleteAclsFilterResult_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MatchingAcls':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsMatchingAcl_v1(buf, pos)
    return pos


def _d_DeleteAclsResponse_v1(buf: Buffer, pos: int) -> tuple[DeleteAclsResponse, int]:
    (v_ThrottleTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_FilterResults, pos = arr_k(_d_DeleteAclsFilterResult_v1, buf, pos)
    return DeleteAclsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        FilterResults=v_FilterResults,
    ), pos


def _e_DeleteAclsResponse_v1(out: bytearray, m: DeleteAclsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs)
    a_FilterResults = m.FilterResults
    w_alen_k(out, len(a_FilterResults))
    for e_FilterResults in a_FilterResults:
        _e_DeleteAclsFilterResult_v1(out, e_FilterResults)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteAclsResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilterResult_v1(buf, pos)
    return pos


def _o_DeleteAclsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'FilterResults':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilterResult_v1(buf, pos)
    return pos


def _d_DeleteAclsMatchingAcl_v2(buf: Buffer, pos: int) -> tuple[DeleteAclsMatchingAcl, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    (v_ResourceType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_c(buf, pos)
    (v_PatternType,) = _P1.unpack_from(buf, pos)
    pos += 1
    v_Principal, pos = str_c(buf, pos)
    v_Host, pos = str_c(buf, pos)
    v_Operation, v_PermissionType = _P2.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteAclsMatchingAcl(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        PatternType=v_PatternType,
        Principal=v_Principal,
        Host=v_Host,
        Operation=v_Operation,
        PermissionType=v_PermissionType,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteAclsMatchingAcl_v2(out: bytearray, m: DeleteAclsMatchingAcl) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P1.pack(m.ResourceType)
    w_str_c(out, m.ResourceName)
    out += _P1.pack(m.PatternType)
    w_str_c(out, m.Principal)
    w_str_c(out, m.Host)
    out += _P2.pack(m.Operation, m.PermissionType)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteAclsMatchingAcl_v2(buf: Buffer, pos: int) -> int:
    pos += 2
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


def _o_DeleteAclsMatchingAcl_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_DeleteAclsFilterResult_v2(buf: Buffer, pos: int) -> tuple[DeleteAclsFilterResult, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_MatchingAcls, pos = arr_c(_d_DeleteAclsMatchingAcl_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteAclsFilterResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        MatchingAcls=v_MatchingAcls,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteAclsFilterResult_v2(out: bytearray, m: DeleteAclsFilterResult) -> None:
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_MatchingAcls = m.MatchingAcls
    w_alen_c(out, len(a_MatchingAcls))
    for e_MatchingAcls in a_MatchingAcls:
        _e_DeleteAclsMatchingAcl_v2(out, e_MatchingAcls)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteAclsFilterResult_v2(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsMatchingAcl_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteAclsFilterResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'MatchingAcls':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsMatchingAcl_v2(buf, pos)
    return pos


def _d_DeleteAclsResponse_v2(buf: Buffer, pos: int) -> tuple[DeleteAclsResponse, int]:
    (v_ThrottleTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_FilterResults, pos = arr_c(_d_DeleteAclsFilterResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteAclsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        FilterResults=v_FilterResults,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteAclsResponse_v2(out: bytearray, m: DeleteAclsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs)
    a_FilterResults = m.FilterResults
    w_alen_c(out, len(a_FilterResults))
    for e_FilterResults in a_FilterResults:
        _e_DeleteAclsFilterResult_v2(out, e_FilterResults)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteAclsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilterResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteAclsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'FilterResults':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteAclsFilterResult_v2(buf, pos)
    return pos


DeleteAclsMatchingAcl.INFO = StructInfo('DeleteAclsMatchingAcl', (
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('ErrorMessage', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('ResourceType', 'int8', (0, 3)),
    FieldInfo('ResourceName', 'string', (0, 3)),
    FieldInfo('PatternType', 'int8', (1, 3), default=3),
    FieldInfo('Principal', 'string', (0, 3)),
    FieldInfo('Host', 'string', (0, 3)),
    FieldInfo('Operation', 'int8', (0, 3)),
    FieldInfo('PermissionType', 'int8', (0, 3)),
), (2, 3))

DeleteAclsFilterResult.INFO = StructInfo('DeleteAclsFilterResult', (
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('ErrorMessage', 'string', (0, 3), nullable=(0, 3)),
    FieldInfo('MatchingAcls', '[]struct', (0, 3), struct=DeleteAclsMatchingAcl),
), (2, 3))

DeleteAclsResponse.INFO = StructInfo('DeleteAclsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 3)),
    FieldInfo('FilterResults', '[]struct', (0, 3), struct=DeleteAclsFilterResult),
), (2, 3))

DeleteAclsMatchingAcl.DECODERS = {
    0: _d_DeleteAclsMatchingAcl_v0,
    1: _d_DeleteAclsMatchingAcl_v1,
    2: _d_DeleteAclsMatchingAcl_v2,
    3: _d_DeleteAclsMatchingAcl_v2,
}

DeleteAclsMatchingAcl.ENCODERS = {
    0: _e_DeleteAclsMatchingAcl_v0,
    1: _e_DeleteAclsMatchingAcl_v1,
    2: _e_DeleteAclsMatchingAcl_v2,
    3: _e_DeleteAclsMatchingAcl_v2,
}

DeleteAclsMatchingAcl.SKIPPERS = {
    0: _s_DeleteAclsMatchingAcl_v0,
    1: _s_DeleteAclsMatchingAcl_v1,
    2: _s_DeleteAclsMatchingAcl_v2,
    3: _s_DeleteAclsMatchingAcl_v2,
}

DeleteAclsMatchingAcl.SEEKERS = {
    0: _o_DeleteAclsMatchingAcl_v0,
    1: _o_DeleteAclsMatchingAcl_v1,
    2: _o_DeleteAclsMatchingAcl_v2,
    3: _o_DeleteAclsMatchingAcl_v2,
}

DeleteAclsFilterResult.DECODERS = {
    0: _d_DeleteAclsFilterResult_v0,
    1: _d_DeleteAclsFilterResult_v1,
    2: _d_DeleteAclsFilterResult_v2,
    3: _d_DeleteAclsFilterResult_v2,
}

DeleteAclsFilterResult.ENCODERS = {
    0: _e_DeleteAclsFilterResult_v0,
    1: _e_DeleteAclsFilterResult_v1,
    2: _e_DeleteAclsFilterResult_v2,
    3: _e_DeleteAclsFilterResult_v2,
}

DeleteAclsFilterResult.SKIPPERS = {
    0: _s_DeleteAclsFilterResult_v0,
    1: _s_DeleteAclsFilterResult_v1,
    2: _s_DeleteAclsFilterResult_v2,
    3: _s_DeleteAclsFilterResult_v2,
}

DeleteAclsFilterResult.SEEKERS = {
    0: _o_DeleteAclsFilterResult_v0,
    1: _o_DeleteAclsFilterResult_v1,
    2: _o_DeleteAclsFilterResult_v2,
    3: _o_DeleteAclsFilterResult_v2,
}

DeleteAclsResponse.DECODERS = {
    0: _d_DeleteAclsResponse_v0,
    1: _d_DeleteAclsResponse_v1,
    2: _d_DeleteAclsResponse_v2,
    3: _d_DeleteAclsResponse_v2,
}

DeleteAclsResponse.ENCODERS = {
    0: _e_DeleteAclsResponse_v0,
    1: _e_DeleteAclsResponse_v1,
    2: _e_DeleteAclsResponse_v2,
    3: _e_DeleteAclsResponse_v2,
}

DeleteAclsResponse.SKIPPERS = {
    0: _s_DeleteAclsResponse_v0,
    1: _s_DeleteAclsResponse_v1,
    2: _s_DeleteAclsResponse_v2,
    3: _s_DeleteAclsResponse_v2,
}

DeleteAclsResponse.SEEKERS = {
    0: _o_DeleteAclsResponse_v0,
    1: _o_DeleteAclsResponse_v1,
    2: _o_DeleteAclsResponse_v2,
    3: _o_DeleteAclsResponse_v2,
}
