"""DeleteGroupsResponse: generated from specs/DeleteGroupsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>h')
_P1 = Struct('>i')


class DeletableGroupResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteGroupsResponse.Results."""

    GroupId: str = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteGroupsResponse(Message, kw_only=True, gc=False):
    """DeleteGroupsResponse (API key 42), v0-v2; from specs/DeleteGroupsResponse.json."""

    API_KEY = 42
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Results: list[DeletableGroupResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DeletableGroupResult_v0(buf: Buffer, pos: int) -> tuple[DeletableGroupResult, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    return DeletableGroupResult(
        GroupId=v_GroupId,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_DeletableGroupResult_v0(out: bytearray, m: DeletableGroupResult) -> None:
    w_str_k(out, m.GroupId)
    out += _P0.pack(m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeletableGroupResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_DeletableGroupResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_DeleteGroupsResponse_v0(buf: Buffer, pos: int) -> tuple[DeleteGroupsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_k(_d_DeletableGroupResult_v0, buf, pos)
    return DeleteGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    ), pos


def _e_DeleteGroupsResponse_v0(out: bytearray, m: DeleteGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_k(out, len(a_Results))
    for e_Results in a_Results:
        _e_DeletableGroupResult_v0(out, e_Results)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteGroupsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeletableGroupResult_v0(buf, pos)
    return pos


def _o_DeleteGroupsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeletableGroupResult_v0(buf, pos)
    return pos


def _d_DeletableGroupResult_v2(buf: Buffer, pos: int) -> tuple[DeletableGroupResult, int]:
    v_GroupId, pos = str_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeletableGroupResult(
        GroupId=v_GroupId,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeletableGroupResult_v2(out: bytearray, m: DeletableGroupResult) -> None:
    w_str_c(out, m.GroupId)
    out += _P0.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeletableGroupResult_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeletableGroupResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_DeleteGroupsResponse_v2(buf: Buffer, pos: int) -> tuple[DeleteGroupsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_c(_d_DeletableGroupResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteGroupsResponse_v2(out: bytearray, m: DeleteGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_DeletableGroupResult_v2(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteGroupsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeletableGroupResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteGroupsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeletableGroupResult_v2(buf, pos)
    return pos


DeletableGroupResult.INFO = StructInfo('DeletableGroupResult', (
    FieldInfo('GroupId', 'string', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (0, 2)),
), (2, 2))

DeleteGroupsResponse.INFO = StructInfo('DeleteGroupsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 2)),
    FieldInfo('Results', '[]struct', (0, 2), struct=DeletableGroupResult),
), (2, 2))

DeletableGroupResult.DECODERS = {
    0: _d_DeletableGroupResult_v0,
    1: _d_DeletableGroupResult_v0,
    2: _d_DeletableGroupResult_v2,
}

DeletableGroupResult.ENCODERS = {
    0: _e_DeletableGroupResult_v0,
    1: _e_DeletableGroupResult_v0,
    2: _e_DeletableGroupResult_v2,
}

DeletableGroupResult.SKIPPERS = {
    0: _s_DeletableGroupResult_v0,
    1: _s_DeletableGroupResult_v0,
    2: _s_DeletableGroupResult_v2,
}

DeletableGroupResult.SEEKERS = {
    0: _o_DeletableGroupResult_v0,
    1: _o_DeletableGroupResult_v0,
    2: _o_DeletableGroupResult_v2,
}

DeleteGroupsResponse.DECODERS = {
    0: _d_DeleteGroupsResponse_v0,
    1: _d_DeleteGroupsResponse_v0,
    2: _d_DeleteGroupsResponse_v2,
}

DeleteGroupsResponse.ENCODERS = {
    0: _e_DeleteGroupsResponse_v0,
    1: _e_DeleteGroupsResponse_v0,
    2: _e_DeleteGroupsResponse_v2,
}

DeleteGroupsResponse.SKIPPERS = {
    0: _s_DeleteGroupsResponse_v0,
    1: _s_DeleteGroupsResponse_v0,
    2: _s_DeleteGroupsResponse_v2,
}

DeleteGroupsResponse.SEEKERS = {
    0: _o_DeleteGroupsResponse_v0,
    1: _o_DeleteGroupsResponse_v0,
    2: _o_DeleteGroupsResponse_v2,
}
