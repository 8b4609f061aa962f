"""DeleteGroupsRequest: generated from specs/DeleteGroupsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

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


class DeleteGroupsRequest(Message, kw_only=True, gc=False):
    """DeleteGroupsRequest (API key 42), v0-v2; from specs/DeleteGroupsRequest.json."""

    API_KEY = 42
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    GroupsNames: list[str] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DeleteGroupsRequest_v0(buf: Buffer, pos: int) -> tuple[DeleteGroupsRequest, int]:
    v_GroupsNames, pos = arr_k(str_k, buf, pos)
    return DeleteGroupsRequest(
        GroupsNames=v_GroupsNames,
    ), pos


def _e_DeleteGroupsRequest_v0(out: bytearray, m: DeleteGroupsRequest) -> None:
    a_GroupsNames = m.GroupsNames
    w_alen_k(out, len(a_GroupsNames))
    w_each(w_str_k, out, a_GroupsNames)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteGroupsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    return pos


def _o_DeleteGroupsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupsNames':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    return pos


def _d_DeleteGroupsRequest_v2(buf: Buffer, pos: int) -> tuple[DeleteGroupsRequest, int]:
    v_GroupsNames, pos = arr_c(str_c, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteGroupsRequest(
        GroupsNames=v_GroupsNames,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteGroupsRequest_v2(out: bytearray, m: DeleteGroupsRequest) -> None:
    a_GroupsNames = m.GroupsNames
    w_alen_c(out, len(a_GroupsNames))
    w_each(w_str_c, out, a_GroupsNames)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteGroupsRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteGroupsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupsNames':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos


DeleteGroupsRequest.INFO = StructInfo('DeleteGroupsRequest', (
    FieldInfo('GroupsNames', '[]string', (0, 2)),
), (2, 2))

DeleteGroupsRequest.DECODERS = {
    0: _d_DeleteGroupsRequest_v0,
    1: _d_DeleteGroupsRequest_v0,
    2: _d_DeleteGroupsRequest_v2,
}

DeleteGroupsRequest.ENCODERS = {
    0: _e_DeleteGroupsRequest_v0,
    1: _e_DeleteGroupsRequest_v0,
    2: _e_DeleteGroupsRequest_v2,
}

DeleteGroupsRequest.SKIPPERS = {
    0: _s_DeleteGroupsRequest_v0,
    1: _s_DeleteGroupsRequest_v0,
    2: _s_DeleteGroupsRequest_v2,
}

DeleteGroupsRequest.SEEKERS = {
    0: _o_DeleteGroupsRequest_v0,
    1: _o_DeleteGroupsRequest_v0,
    2: _o_DeleteGroupsRequest_v2,
}
