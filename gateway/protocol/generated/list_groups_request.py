"""ListGroupsRequest: generated from specs/ListGroupsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    arr_c,
    count_c,
    non_default,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_each,
    w_str_c,
    w_tags,
)


class ListGroupsRequest(Message, kw_only=True, gc=False):
    """ListGroupsRequest (API key 16), v0-v5; from specs/ListGroupsRequest.json."""

    API_KEY = 16
    KIND = 'request'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    StatesFilter: list[str] = MISSING
    TypesFilter: list[str] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ListGroupsRequest_v0(buf: Buffer, pos: int) -> tuple[ListGroupsRequest, int]:
    return ListGroupsRequest(
        StatesFilter=[],
        TypesFilter=[],
    ), pos


def _e_ListGroupsRequest_v0(out: bytearray, m: ListGroupsRequest) -> None:
    if non_default(m.StatesFilter, []):
        raise EncodeError('StatesFilter')
    if non_default(m.TypesFilter, []):
        raise EncodeError('TypesFilter')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListGroupsRequest_v0(buf: Buffer, pos: int) -> int:
    return pos


def _o_ListGroupsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    return pos


def _d_ListGroupsRequest_v3(buf: Buffer, pos: int) -> tuple[ListGroupsRequest, int]:
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListGroupsRequest(
        StatesFilter=[],
        TypesFilter=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListGroupsRequest_v3(out: bytearray, m: ListGroupsRequest) -> None:
    if non_default(m.StatesFilter, []):
        raise EncodeError('StatesFilter')
    if non_default(m.TypesFilter, []):
        raise EncodeError('TypesFilter')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListGroupsRequest_v3(buf: Buffer, pos: int) -> int:
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListGroupsRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    return pos


def _d_ListGroupsRequest_v4(buf: Buffer, pos: int) -> tuple[ListGroupsRequest, int]:
    v_StatesFilter, pos = arr_c(str_c, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListGroupsRequest(
        StatesFilter=v_StatesFilter,
        TypesFilter=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListGroupsRequest_v4(out: bytearray, m: ListGroupsRequest) -> None:
    a_StatesFilter = m.StatesFilter
    w_alen_c(out, len(a_StatesFilter))
    w_each(w_str_c, out, a_StatesFilter)
    if non_default(m.TypesFilter, []):
        raise EncodeError('TypesFilter')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListGroupsRequest_v4(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListGroupsRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'StatesFilter':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos


def _d_ListGroupsRequest_v5(buf: Buffer, pos: int) -> tuple[ListGroupsRequest, int]:
    v_StatesFilter, pos = arr_c(str_c, buf, pos)
    v_TypesFilter, pos = arr_c(str_c, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListGroupsRequest(
        StatesFilter=v_StatesFilter,
        TypesFilter=v_TypesFilter,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListGroupsRequest_v5(out: bytearray, m: ListGroupsRequest) -> None:
    a_StatesFilter = m.StatesFilter
    w_alen_c(out, len(a_StatesFilter))
    w_each(w_str_c, out, a_StatesFilter)
    a_TypesFilter = m.TypesFilter
    w_alen_c(out, len(a_TypesFilter))
    w_each(w_str_c, out, a_TypesFilter)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListGroupsRequest_v5(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListGroupsRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'StatesFilter':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'TypesFilter':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos


ListGroupsRequest.INFO = StructInfo('ListGroupsRequest', (
    FieldInfo('StatesFilter', '[]string', (4, 5)),
    FieldInfo('TypesFilter', '[]string', (5, 5)),
), (3, 5))

ListGroupsRequest.DECODERS = {
    0: _d_ListGroupsRequest_v0,
    1: _d_ListGroupsRequest_v0,
    2: _d_ListGroupsRequest_v0,
    3: _d_ListGroupsRequest_v3,
    4: _d_ListGroupsRequest_v4,
    5: _d_ListGroupsRequest_v5,
}

ListGroupsRequest.ENCODERS = {
    0: _e_ListGroupsRequest_v0,
    1: _e_ListGroupsRequest_v0,
    2: _e_ListGroupsRequest_v0,
    3: _e_ListGroupsRequest_v3,
    4: _e_ListGroupsRequest_v4,
    5: _e_ListGroupsRequest_v5,
}

ListGroupsRequest.SKIPPERS = {
    0: _s_ListGroupsRequest_v0,
    1: _s_ListGroupsRequest_v0,
    2: _s_ListGroupsRequest_v0,
    3: _s_ListGroupsRequest_v3,
    4: _s_ListGroupsRequest_v4,
    5: _s_ListGroupsRequest_v5,
}

ListGroupsRequest.SEEKERS = {
    0: _o_ListGroupsRequest_v0,
    1: _o_ListGroupsRequest_v0,
    2: _o_ListGroupsRequest_v0,
    3: _o_ListGroupsRequest_v3,
    4: _o_ListGroupsRequest_v4,
    5: _o_ListGroupsRequest_v5,
}
