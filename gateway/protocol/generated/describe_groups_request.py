"""DescribeGroupsRequest: generated from specs/DescribeGroupsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
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
    w_each,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>?')


class DescribeGroupsRequest(Message, kw_only=True, gc=False):
    """DescribeGroupsRequest (API key 15), v0-v5; from specs/DescribeGroupsRequest.json."""

    API_KEY = 15
    KIND = 'request'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 5
    LATEST_VERSION_UNSTABLE = False

    Groups: list[str] = MISSING
    IncludeAuthorizedOperations: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeGroupsRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeGroupsRequest, int]:
    v_Groups, pos = arr_k(str_k, buf, pos)
    return DescribeGroupsRequest(
        Groups=v_Groups,
        IncludeAuthorizedOperations=False,
    ), pos


def _e_DescribeGroupsRequest_v0(out: bytearray, m: DescribeGroupsRequest) -> None:
    a_Groups = m.Groups
    w_alen_k(out, len(a_Groups))
    w_each(w_str_k, out, a_Groups)
    if non_default(m.IncludeAuthorizedOperations, False):
        raise EncodeError('IncludeAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeGroupsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    return pos


def _o_DescribeGroupsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Groups':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    return pos


def _d_DescribeGroupsRequest_v3(buf: Buffer, pos: int) -> tuple[DescribeGroupsRequest, int]:
    v_Groups, pos = arr_k(str_k, buf, pos)
    (v_IncludeAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 1
    return DescribeGroupsRequest(
        Groups=v_Groups,
        IncludeAuthorizedOperations=v_IncludeAuthorizedOperations,
    ), pos


def _e_DescribeGroupsRequest_v3(out: bytearray, m: DescribeGroupsRequest) -> None:
    a_Groups = m.Groups
    w_alen_k(out, len(a_Groups))
    w_each(w_str_k, out, a_Groups)
    out += _P0.pack(m.IncludeAuthorizedOperations)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeGroupsRequest_v3(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    pos += 1
    return pos


def _o_DescribeGroupsRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Groups':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    if stop == 'IncludeAuthorizedOperations':
        return pos
    pos += 1
    return pos


def _d_DescribeGroupsRequest_v5(buf: Buffer, pos: int) -> tuple[DescribeGroupsRequest, int]:
    v_Groups, pos = arr_c(str_c, buf, pos)
    (v_IncludeAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeGroupsRequest(
        Groups=v_Groups,
        IncludeAuthorizedOperations=v_IncludeAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeGroupsRequest_v5(out: bytearray, m: DescribeGroupsRequest) -> None:
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    w_each(w_str_c, out, a_Groups)
    out += _P0.pack(m.IncludeAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeGroupsRequest_v5(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeGroupsRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'IncludeAuthorizedOperations':
        return pos
    pos += 1
    return pos


DescribeGroupsRequest.INFO = StructInfo('DescribeGroupsRequest', (
    FieldInfo('Groups', '[]string', (0, 5)),
    FieldInfo('IncludeAuthorizedOperations', 'bool', (3, 5)),
), (5, 5))

DescribeGroupsRequest.DECODERS = {
    0: _d_DescribeGroupsRequest_v0,
    1: _d_DescribeGroupsRequest_v0,
    2: _d_DescribeGroupsRequest_v0,
    3: _d_DescribeGroupsRequest_v3,
    4: _d_DescribeGroupsRequest_v3,
    5: _d_DescribeGroupsRequest_v5,
}

DescribeGroupsRequest.ENCODERS = {
    0: _e_DescribeGroupsRequest_v0,
    1: _e_DescribeGroupsRequest_v0,
    2: _e_DescribeGroupsRequest_v0,
    3: _e_DescribeGroupsRequest_v3,
    4: _e_DescribeGroupsRequest_v3,
    5: _e_DescribeGroupsRequest_v5,
}

DescribeGroupsRequest.SKIPPERS = {
    0: _s_DescribeGroupsRequest_v0,
    1: _s_DescribeGroupsRequest_v0,
    2: _s_DescribeGroupsRequest_v0,
    3: _s_DescribeGroupsRequest_v3,
    4: _s_DescribeGroupsRequest_v3,
    5: _s_DescribeGroupsRequest_v5,
}

DescribeGroupsRequest.SEEKERS = {
    0: _o_DescribeGroupsRequest_v0,
    1: _o_DescribeGroupsRequest_v0,
    2: _o_DescribeGroupsRequest_v0,
    3: _o_DescribeGroupsRequest_v3,
    4: _o_DescribeGroupsRequest_v3,
    5: _o_DescribeGroupsRequest_v5,
}
