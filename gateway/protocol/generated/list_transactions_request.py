"""ListTransactionsRequest: generated from specs/ListTransactionsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    farr_c,
    non_default,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_each,
    w_farr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>q')
_A_int64 = array_formats('q')


class ListTransactionsRequest(Message, kw_only=True, gc=False):
    """ListTransactionsRequest (API key 66), v0-v1; from specs/ListTransactionsRequest.json."""

    API_KEY = 66
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    StateFilters: list[str] = MISSING
    ProducerIdFilters: list[int] = MISSING
    DurationFilter: int = -1
    unknown_tags: dict[int, Buffer] | None = None


def _d_ListTransactionsRequest_v0(buf: Buffer, pos: int) -> tuple[ListTransactionsRequest, int]:
    v_StateFilters, pos = arr_c(str_c, buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_ProducerIdFilters = list(_A_int64[n - 1].unpack_from(buf, pos + 1))
        pos += 8 * n - 7
    elif n == 1:
        v_ProducerIdFilters = []
        pos += 1
    else:
        v_ProducerIdFilters, pos = farr_c(buf, pos, 'q', 8)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListTransactionsRequest(
        StateFilters=v_StateFilters,
        ProducerIdFilters=v_ProducerIdFilters,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListTransactionsRequest_v0(out: bytearray, m: ListTransactionsRequest) -> None:
    a_StateFilters = m.StateFilters
    w_alen_c(out, len(a_StateFilters))
    w_each(w_str_c, out, a_StateFilters)
    a_ProducerIdFilters = m.ProducerIdFilters
    n = len(a_ProducerIdFilters)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int64[n].pack(*a_ProducerIdFilters)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_ProducerIdFilters, 'q')
    if non_default(m.DurationFilter, -1):
        raise EncodeError('DurationFilter')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListTransactionsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    pos += 8 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListTransactionsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'StateFilters':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'ProducerIdFilters':
        return pos
    n, pos = count_c(buf, pos)
    pos += 8 * n
    return pos


def _d_ListTransactionsRequest_v1(buf: Buffer, pos: int) -> tuple[ListTransactionsRequest, int]:
    v_StateFilters, pos = arr_c(str_c, buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_ProducerIdFilters = list(_A_int64[n - 1].unpack_from(buf, pos + 1))
        pos += 8 * n - 7
    elif n == 1:
        v_ProducerIdFilters = []
        pos += 1
    else:
        v_ProducerIdFilters, pos = farr_c(buf, pos, 'q', 8)
    (v_DurationFilter,) = _P0.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListTransactionsRequest(
        StateFilters=v_StateFilters,
        ProducerIdFilters=v_ProducerIdFilters,
        DurationFilter=v_DurationFilter,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListTransactionsRequest_v1(out: bytearray, m: ListTransactionsRequest) -> None:
    a_StateFilters = m.StateFilters
    w_alen_c(out, len(a_StateFilters))
    w_each(w_str_c, out, a_StateFilters)
    a_ProducerIdFilters = m.ProducerIdFilters
    n = len(a_ProducerIdFilters)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int64[n].pack(*a_ProducerIdFilters)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_ProducerIdFilters, 'q')
    out += _P0.pack(m.DurationFilter)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListTransactionsRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    pos += 8 * n
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListTransactionsRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'StateFilters':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'ProducerIdFilters':
        return pos
    n, pos = count_c(buf, pos)
    pos += 8 * n
    if stop == 'DurationFilter':
        return pos
    pos += 8
    return pos


ListTransactionsRequest.INFO = StructInfo('ListTransactionsRequest', (
    FieldInfo('StateFilters', '[]string', (0, 1)),
    FieldInfo('ProducerIdFilters', '[]int64', (0, 1)),
    FieldInfo('DurationFilter', 'int64', (1, 1), default=-1),
), (0, 1))

ListTransactionsRequest.DECODERS = {
    0: _d_ListTransactionsRequest_v0,
    1: _d_ListTransactionsRequest_v1,
}

ListTransactionsRequest.ENCODERS = {
    0: _e_ListTransactionsRequest_v0,
    1: _e_ListTransactionsRequest_v1,
}

ListTransactionsRequest.SKIPPERS = {
    0: _s_ListTransactionsRequest_v0,
    1: _s_ListTransactionsRequest_v1,
}

ListTransactionsRequest.SEEKERS = {
    0: _o_ListTransactionsRequest_v0,
    1: _o_ListTransactionsRequest_v1,
}
