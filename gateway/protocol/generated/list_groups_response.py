"""ListGroupsResponse: generated from specs/ListGroupsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>ih')


class ListedGroup(KafkaStruct, kw_only=True, gc=False):
    """An element of ListGroupsResponse.Groups."""

    GroupId: str = MISSING
    ProtocolType: str = MISSING
    GroupState: str = MISSING
    GroupType: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ListGroupsResponse(Message, kw_only=True, gc=False):
    """ListGroupsResponse (API key 16), v0-v5; from specs/ListGroupsResponse.json."""

    API_KEY = 16
    KIND = 'response'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    Groups: list[ListedGroup] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ListedGroup_v0(buf: Buffer, pos: int) -> tuple[ListedGroup, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_ProtocolType, pos = str_k(buf, pos)
    return ListedGroup(
        GroupId=v_GroupId,
        ProtocolType=v_ProtocolType,
        GroupState="",
        GroupType="",
    ), pos


def _e_ListedGroup_v0(out: bytearray, m: ListedGroup) -> None:
    w_str_k(out, m.GroupId)
    w_str_k(out, m.ProtocolType)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListedGroup_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_ListedGroup_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolType':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_ListGroupsResponse_v0(buf: Buffer, pos: int) -> tuple[ListGroupsResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_Groups, pos = arr_k(_d_ListedGroup_v0, buf, pos)
    return ListGroupsResponse(
        ThrottleTimeMs=0,
        ErrorCode=v_ErrorCode,
        Groups=v_Groups,
    ), pos


def _e_ListGroupsResponse_v0(out: bytearray, m: ListGroupsResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    a_Groups = m.Groups
    w_alen_k(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_ListedGroup_v0(out, e_Groups)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListGroupsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v0(buf, pos)
    return pos


def _o_ListGroupsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Groups':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v0(buf, pos)
    return pos


def _d_ListGroupsResponse_v1(buf: Buffer, pos: int) -> tuple[ListGroupsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_Groups, pos = arr_k(_d_ListedGroup_v0, buf, pos)
    return ListGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Groups=v_Groups,
    ), pos


def _e_ListGroupsResponse_v1(out: bytearray, m: ListGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Groups = m.Groups
    w_alen_k(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_ListedGroup_v0(out, e_Groups)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ListGroupsResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v0(buf, pos)
    return pos


def _o_ListGroupsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Groups':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v0(buf, pos)
    return pos


def _d_ListedGroup_v3(buf: Buffer, pos: int) -> tuple[ListedGroup, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_ProtocolType, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListedGroup(
        GroupId=v_GroupId,
        ProtocolType=v_ProtocolType,
        GroupState="",
        GroupType="",
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListedGroup_v3(out: bytearray, m: ListedGroup) -> None:
    w_str_c(out, m.GroupId)
    w_str_c(out, m.ProtocolType)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListedGroup_v3(buf: Buffer, pos: int) -> int:
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListedGroup_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProtocolType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_ListGroupsResponse_v3(buf: Buffer, pos: int) -> tuple[ListGroupsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_Groups, pos = arr_c(_d_ListedGroup_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Groups=v_Groups,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListGroupsResponse_v3(out: bytearray, m: ListGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_ListedGroup_v3(out, e_Groups)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListGroupsResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListGroupsResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v3(buf, pos)
    return pos


def _d_ListedGroup_v4(buf: Buffer, pos: int) -> tuple[ListedGroup, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_ProtocolType, pos = str_c(buf, pos)
    v_GroupState, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListedGroup(
        GroupId=v_GroupId,
        ProtocolType=v_ProtocolType,
        GroupState=v_GroupState,
        GroupType="",
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListedGroup_v4(out: bytearray, m: ListedGroup) -> None:
    w_str_c(out, m.GroupId)
    w_str_c(out, m.ProtocolType)
    w_str_c(out, m.GroupState)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListedGroup_v4(buf: Buffer, pos: int) -> int:
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
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListedGroup_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProtocolType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupState':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_ListGroupsResponse_v4(buf: Buffer, pos: int) -> tuple[ListGroupsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_Groups, pos = arr_c(_d_ListedGroup_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Groups=v_Groups,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListGroupsResponse_v4(out: bytearray, m: ListGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_ListedGroup_v4(out, e_Groups)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListGroupsResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListGroupsResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v4(buf, pos)
    return pos


def _d_ListedGroup_v5(buf: Buffer, pos: int) -> tuple[ListedGroup, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_ProtocolType, pos = str_c(buf, pos)
    v_GroupState, pos = str_c(buf, pos)
    v_GroupType, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListedGroup(
        GroupId=v_GroupId,
        ProtocolType=v_ProtocolType,
        GroupState=v_GroupState,
        GroupType=v_GroupType,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListedGroup_v5(out: bytearray, m: ListedGroup) -> None:
    w_str_c(out, m.GroupId)
    w_str_c(out, m.ProtocolType)
    w_str_c(out, m.GroupState)
    w_str_c(out, m.GroupType)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListedGroup_v5(buf: Buffer, pos: int) -> int:
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListedGroup_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProtocolType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupState':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_ListGroupsResponse_v5(buf: Buffer, pos: int) -> tuple[ListGroupsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_Groups, pos = arr_c(_d_ListedGroup_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Groups=v_Groups,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListGroupsResponse_v5(out: bytearray, m: ListGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_ListedGroup_v5(out, e_Groups)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListGroupsResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListGroupsResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ListedGroup_v5(buf, pos)
    return pos


ListedGroup.INFO = StructInfo('ListedGroup', (
    FieldInfo('GroupId', 'string', (0, 5)),
    FieldInfo('ProtocolType', 'string', (0, 5)),
    FieldInfo('GroupState', 'string', (4, 5), ignorable=True),
    FieldInfo('GroupType', 'string', (5, 5), ignorable=True),
), (3, 5))

ListGroupsResponse.INFO = StructInfo('ListGroupsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (1, 5), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 5)),
    FieldInfo('Groups', '[]struct', (0, 5), struct=ListedGroup),
), (3, 5))

ListedGroup.DECODERS = {
    0: _d_ListedGroup_v0,
    1: _d_ListedGroup_v0,
    2: _d_ListedGroup_v0,
    3: _d_ListedGroup_v3,
    4: _d_ListedGroup_v4,
    5: _d_ListedGroup_v5,
}

ListedGroup.ENCODERS = {
    0: _e_ListedGroup_v0,
    1: _e_ListedGroup_v0,
    2: _e_ListedGroup_v0,
    3: _e_ListedGroup_v3,
    4: _e_ListedGroup_v4,
    5: _e_ListedGroup_v5,
}

ListedGroup.SKIPPERS = {
    0: _s_ListedGroup_v0,
    1: _s_ListedGroup_v0,
    2: _s_ListedGroup_v0,
    3: _s_ListedGroup_v3,
    4: _s_ListedGroup_v4,
    5: _s_ListedGroup_v5,
}

ListedGroup.SEEKERS = {
    0: _o_ListedGroup_v0,
    1: _o_ListedGroup_v0,
    2: _o_ListedGroup_v0,
    3: _o_ListedGroup_v3,
    4: _o_ListedGroup_v4,
    5: _o_ListedGroup_v5,
}

ListGroupsResponse.DECODERS = {
    0: _d_ListGroupsResponse_v0,
    1: _d_ListGroupsResponse_v1,
    2: _d_ListGroupsResponse_v1,
    3: _d_ListGroupsResponse_v3,
    4: _d_ListGroupsResponse_v4,
    5: _d_ListGroupsResponse_v5,
}

ListGroupsResponse.ENCODERS = {
    0: _e_ListGroupsResponse_v0,
    1: _e_ListGroupsResponse_v1,
    2: _e_ListGroupsResponse_v1,
    3: _e_ListGroupsResponse_v3,
    4: _e_ListGroupsResponse_v4,
    5: _e_ListGroupsResponse_v5,
}

ListGroupsResponse.SKIPPERS = {
    0: _s_ListGroupsResponse_v0,
    1: _s_ListGroupsResponse_v1,
    2: _s_ListGroupsResponse_v1,
    3: _s_ListGroupsResponse_v3,
    4: _s_ListGroupsResponse_v4,
    5: _s_ListGroupsResponse_v5,
}

ListGroupsResponse.SEEKERS = {
    0: _o_ListGroupsResponse_v0,
    1: _o_ListGroupsResponse_v1,
    2: _o_ListGroupsResponse_v1,
    3: _o_ListGroupsResponse_v3,
    4: _o_ListGroupsResponse_v4,
    5: _o_ListGroupsResponse_v5,
}
