"""ShareGroupDescribeRequest: generated from specs/ShareGroupDescribeRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    arr_c,
    count_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_each,
    w_str_c,
    w_tags,
)

_P0 = Struct('>?')


class ShareGroupDescribeRequest(Message, kw_only=True, gc=False):
    """ShareGroupDescribeRequest (API key 77), v0-v0; from specs/ShareGroupDescribeRequest.json."""

    API_KEY = 77
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = True

    GroupIds: list[str] = MISSING
    IncludeAuthorizedOperations: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ShareGroupDescribeRequest_v0(buf: Buffer, pos: int) -> tuple[ShareGroupDescribeRequest, int]:
    v_GroupIds, pos = arr_c(str_c, buf, pos)
    (v_IncludeAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ShareGroupDescribeRequest(
        GroupIds=v_GroupIds,
        IncludeAuthorizedOperations=v_IncludeAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ShareGroupDescribeRequest_v0(out: bytearray, m: ShareGroupDescribeRequest) -> None:
    a_GroupIds = m.GroupIds
    w_alen_c(out, len(a_GroupIds))
    w_each(w_str_c, out, a_GroupIds)
    out += _P0.pack(m.IncludeAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ShareGroupDescribeRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ShareGroupDescribeRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupIds':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'IncludeAuthorizedOperations':
        return pos
    pos += 1
    return pos


ShareGroupDescribeRequest.INFO = StructInfo('ShareGroupDescribeRequest', (
    FieldInfo('GroupIds', '[]string', (0, 0)),
    FieldInfo('IncludeAuthorizedOperations', 'bool', (0, 0)),
), (0, 0))

ShareGroupDescribeRequest.DECODERS = {
    0: _d_ShareGroupDescribeRequest_v0,
}

ShareGroupDescribeRequest.ENCODERS = {
    0: _e_ShareGroupDescribeRequest_v0,
}

ShareGroupDescribeRequest.SKIPPERS = {
    0: _s_ShareGroupDescribeRequest_v0,
}

ShareGroupDescribeRequest.SEEKERS = {
    0: _o_ShareGroupDescribeRequest_v0,
}
