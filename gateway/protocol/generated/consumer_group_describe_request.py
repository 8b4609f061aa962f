"""ConsumerGroupDescribeRequest: generated from specs/ConsumerGroupDescribeRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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


class ConsumerGroupDescribeRequest(Message, kw_only=True, gc=False):
    """ConsumerGroupDescribeRequest (API key 69), v0-v0; from specs/ConsumerGroupDescribeRequest.json."""

    API_KEY = 69
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    GroupIds: list[str] = MISSING
    IncludeAuthorizedOperations: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ConsumerGroupDescribeRequest_v0(buf: Buffer, pos: int) -> tuple[ConsumerGroupDescribeRequest, int]:
    v_GroupIds, pos = arr_c(str_c, buf, pos)
    (v_IncludeAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ConsumerGroupDescribeRequest(
        GroupIds=v_GroupIds,
        IncludeAuthorizedOperations=v_IncludeAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ConsumerGroupDescribeRequest_v0(out: bytearray, m: ConsumerGroupDescribeRequest) -> None:
    a_GroupIds = m.GroupIds
    w_alen_c(out, len(a_GroupIds))
    w_each(w_str_c, out, a_GroupIds)
    out += _P0.pack(m.IncludeAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ConsumerGroupDescribeRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ConsumerGroupDescribeRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupIds':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'IncludeAuthorizedOperations':
        return pos
    pos += 1
    return pos


ConsumerGroupDescribeRequest.INFO = StructInfo('ConsumerGroupDescribeRequest', (
    FieldInfo('GroupIds', '[]string', (0, 0)),
    FieldInfo('IncludeAuthorizedOperations', 'bool', (0, 0)),
), (0, 0))

ConsumerGroupDescribeRequest.DECODERS = {
    0: _d_ConsumerGroupDescribeRequest_v0,
}

ConsumerGroupDescribeRequest.ENCODERS = {
    0: _e_ConsumerGroupDescribeRequest_v0,
}

ConsumerGroupDescribeRequest.SKIPPERS = {
    0: _s_ConsumerGroupDescribeRequest_v0,
}

ConsumerGroupDescribeRequest.SEEKERS = {
    0: _o_ConsumerGroupDescribeRequest_v0,
}
