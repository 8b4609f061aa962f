"""OffsetFetchRequest: generated from specs/OffsetFetchRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    count_k,
    farr_c,
    farr_k,
    narr_c,
    narr_k,
    non_default,
    nstr_c,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_farr_c,
    w_farr_k,
    w_nstr_c,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>?')
_A_int32 = array_formats('i')


class OffsetFetchRequestTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetFetchRequest.Topics."""

    Name: str = MISSING
    PartitionIndexes: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetFetchRequestTopics(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetFetchRequestGroup.Topics."""

    Name: str = MISSING
    PartitionIndexes: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetFetchRequestGroup(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetFetchRequest.Groups."""

    GroupId: str = MISSING
    MemberId: str | None = None
    MemberEpoch: int = -1
    Topics: list[OffsetFetchRequestTopics] | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetFetchRequest(Message, kw_only=True, gc=False):
    """OffsetFetchRequest (API key 9), v0-v9; from specs/OffsetFetchRequest.json."""

    API_KEY = 9
    KIND = 'request'
    VALID_VERSIONS = (0, 9)
    FLEXIBLE_FROM = 6
    LATEST_VERSION_UNSTABLE = False

    GroupId: str = MISSING
    Topics: list[OffsetFetchRequestTopic] | None = MISSING
    Groups: list[OffsetFetchRequestGroup] = MISSING
    RequireStable: bool = False
    unknown_tags: dict[int, Buffer] | None = None


def _d_OffsetFetchRequestTopic_v0(buf: Buffer, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
    v_Name, pos = str_k(buf, pos)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_PartitionIndexes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_PartitionIndexes = []
        pos += 4
    else:
        v_PartitionIndexes, pos = farr_k(buf, pos, 'i', 4)
    return OffsetFetchRequestTopic(
        Name=v_Name,
        PartitionIndexes=v_PartitionIndexes,
    ), pos


def _e_OffsetFetchRequestTopic_v0(out: bytearray, m: OffsetFetchRequestTopic) -> None:
    w_str_k(out, m.Name)
    a_PartitionIndexes = m.PartitionIndexes
    n = len(a_PartitionIndexes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_PartitionIndexes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_PartitionIndexes, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchRequestTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_OffsetFetchRequestTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndexes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_OffsetFetchRequest_v0(buf: Buffer, pos: int) -> tuple[OffsetFetchRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_Topics, pos = arr_k(_d_OffsetFetchRequestTopic_v0, buf, pos)
    return OffsetFetchRequest(
        GroupId=v_GroupId,
        Topics=v_Topics,
        Groups=[],
    ), pos


def _e_OffsetFetchRequest_v0(out: bytearray, m: OffsetFetchRequest) -> None:
    w_str_k(out, m.GroupId)
    a_Topics = m.Topics
    if a_Topics is None:
        raise EncodeError('Topics')
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetFetchRequestTopic_v0(out, e_Topics)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    if non_default(m.RequireStable, False):
        raise EncodeError('RequireStable')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopic_v0(buf, pos)
    return pos


def _o_OffsetFetchRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopic_v0(buf, pos)
    return pos


def _d_OffsetFetchRequest_v2(buf: Buffer, pos: int) -> tuple[OffsetFetchRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_Topics, pos = narr_k(_d_OffsetFetchRequestTopic_v0, buf, pos)
    return OffsetFetchRequest(
        GroupId=v_GroupId,
        Topics=v_Topics,
        Groups=[],
    ), pos


def _e_OffsetFetchRequest_v2(out: bytearray, m: OffsetFetchRequest) -> None:
    w_str_k(out, m.GroupId)
    a_Topics = m.Topics
    if a_Topics is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_OffsetFetchRequestTopic_v0(out, e_Topics)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    if non_default(m.RequireStable, False):
        raise EncodeError('RequireStable')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetFetchRequest_v2(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopic_v0(buf, pos)
    return pos


def _o_OffsetFetchRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopic_v0(buf, pos)
    return pos


def _d_OffsetFetchRequestTopic_v6(buf: Buffer, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
    v_Name, pos = str_c(buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_PartitionIndexes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_PartitionIndexes = []
        pos += 1
    else:
        v_PartitionIndexes, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchRequestTopic(
        Name=v_Name,
        PartitionIndexes=v_PartitionIndexes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchRequestTopic_v6(out: bytearray, m: OffsetFetchRequestTopic) -> None:
    w_str_c(out, m.Name)
    a_PartitionIndexes = m.PartitionIndexes
    n = len(a_PartitionIndexes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_PartitionIndexes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_PartitionIndexes, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchRequestTopic_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchRequestTopic_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionIndexes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_OffsetFetchRequest_v6(buf: Buffer, pos: int) -> tuple[OffsetFetchRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Topics, pos = narr_c(_d_OffsetFetchRequestTopic_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchRequest(
        GroupId=v_GroupId,
        Topics=v_Topics,
        Groups=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchRequest_v6(out: bytearray, m: OffsetFetchRequest) -> None:
    w_str_c(out, m.GroupId)
    a_Topics = m.Topics
    if a_Topics is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_OffsetFetchRequestTopic_v6(out, e_Topics)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    if non_default(m.RequireStable, False):
        raise EncodeError('RequireStable')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchRequest_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopic_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchRequest_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopic_v6(buf, pos)
    return pos


def _d_OffsetFetchRequest_v7(buf: Buffer, pos: int) -> tuple[OffsetFetchRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Topics, pos = narr_c(_d_OffsetFetchRequestTopic_v6, buf, pos)
    (v_RequireStable,) = _P1.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchRequest(
        GroupId=v_GroupId,
        Topics=v_Topics,
        Groups=[],
        RequireStable=v_RequireStable,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchRequest_v7(out: bytearray, m: OffsetFetchRequest) -> None:
    w_str_c(out, m.GroupId)
    a_Topics = m.Topics
    if a_Topics is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_OffsetFetchRequestTopic_v6(out, e_Topics)
    if non_default(m.Groups, []):
        raise EncodeError('Groups')
    out += _P1.pack(m.RequireStable)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchRequest_v7(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopic_v6(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchRequest_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopic_v6(buf, pos)
    if stop == 'RequireStable':
        return pos
    pos += 1
    return pos


def _d_OffsetFetchRequestTopics_v8(buf: Buffer, pos: int) -> tuple[OffsetFetchRequestTopics, int]:
    v_Name, pos = str_c(buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_PartitionIndexes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_PartitionIndexes = []
        pos += 1
    else:
        v_PartitionIndexes, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchRequestTopics(
        Name=v_Name,
        PartitionIndexes=v_PartitionIndexes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchRequestTopics_v8(out: bytearray, m: OffsetFetchRequestTopics) -> None:
    w_str_c(out, m.Name)
    a_PartitionIndexes = m.PartitionIndexes
    n = len(a_PartitionIndexes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_PartitionIndexes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_PartitionIndexes, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchRequestTopics_v8(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchRequestTopics_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionIndexes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_OffsetFetchRequestGroup_v8(buf: Buffer, pos: int) -> tuple[OffsetFetchRequestGroup, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Topics, pos = narr_c(_d_OffsetFetchRequestTopics_v8, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchRequestGroup(
        GroupId=v_GroupId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchRequestGroup_v8(out: bytearray, m: OffsetFetchRequestGroup) -> None:
    w_str_c(out, m.GroupId)
    a_Topics = m.Topics
    if a_Topics is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_OffsetFetchRequestTopics_v8(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchRequestGroup_v8(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopics_v8(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchRequestGroup_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopics_v8(buf, pos)
    return pos


def _d_OffsetFetchRequest_v8(buf: Buffer, pos: int) -> tuple[OffsetFetchRequest, int]:
    v_Groups, pos = arr_c(_d_OffsetFetchRequestGroup_v8, buf, pos)
    (v_RequireStable,) = _P1.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchRequest(
        GroupId="",
        Topics=[],
        Groups=v_Groups,
        RequireStable=v_RequireStable,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchRequest_v8(out: bytearray, m: OffsetFetchRequest) -> None:
    if non_default(m.GroupId, ""):
        raise EncodeError('GroupId')
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_OffsetFetchRequestGroup_v8(out, e_Groups)
    out += _P1.pack(m.RequireStable)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchRequest_v8(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestGroup_v8(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchRequest_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestGroup_v8(buf, pos)
    if stop == 'RequireStable':
        return pos
    pos += 1
    return pos


def _d_OffsetFetchRequestGroup_v9(buf: Buffer, pos: int) -> tuple[OffsetFetchRequestGroup, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_MemberId, pos = nstr_c(buf, pos)
    (v_MemberEpoch,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = narr_c(_d_OffsetFetchRequestTopics_v8, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchRequestGroup(
        GroupId=v_GroupId,
        MemberId=v_MemberId,
        MemberEpoch=v_MemberEpoch,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchRequestGroup_v9(out: bytearray, m: OffsetFetchRequestGroup) -> None:
    w_str_c(out, m.GroupId)
    w_nstr_c(out, m.MemberId)
    out += _P0.pack(m.MemberEpoch)
    a_Topics = m.Topics
    if a_Topics is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_OffsetFetchRequestTopics_v8(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchRequestGroup_v9(buf: Buffer, pos: int) -> int:
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
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopics_v8(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchRequestGroup_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestTopics_v8(buf, pos)
    return pos


def _d_OffsetFetchRequest_v9(buf: Buffer, pos: int) -> tuple[OffsetFetchRequest, int]:
    v_Groups, pos = arr_c(_d_OffsetFetchRequestGroup_v9, buf, pos)
    (v_RequireStable,) = _P1.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetFetchRequest(
        GroupId="",
        Topics=[],
        Groups=v_Groups,
        RequireStable=v_RequireStable,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetFetchRequest_v9(out: bytearray, m: OffsetFetchRequest) -> None:
    if non_default(m.GroupId, ""):
        raise EncodeError('GroupId')
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_OffsetFetchRequestGroup_v9(out, e_Groups)
    out += _P1.pack(m.RequireStable)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetFetchRequest_v9(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestGroup_v9(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetFetchRequest_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetFetchRequestGroup_v9(buf, pos)
    if stop == 'RequireStable':
        return pos
    pos += 1
    return pos


OffsetFetchRequestTopic.INFO = StructInfo('OffsetFetchRequestTopic', (
    FieldInfo('Name', 'string', (0, 7)),
    FieldInfo('PartitionIndexes', '[]int32', (0, 7)),
), (6, 9))

OffsetFetchRequestTopics.INFO = StructInfo('OffsetFetchRequestTopics', (
    FieldInfo('Name', 'string', (8, 9)),
    FieldInfo('PartitionIndexes', '[]int32', (8, 9)),
), (6, 9))

OffsetFetchRequestGroup.INFO = StructInfo('OffsetFetchRequestGroup', (
    FieldInfo('GroupId', 'string', (8, 9)),
    FieldInfo('MemberId', 'string', (9, 9), nullable=(9, 9), default=None, ignorable=True),
    FieldInfo('MemberEpoch', 'int32', (9, 9), default=-1, ignorable=True),
    FieldInfo('Topics', '[]struct', (8, 9), nullable=(8, 9), struct=OffsetFetchRequestTopics),
), (6, 9))

OffsetFetchRequest.INFO = StructInfo('OffsetFetchRequest', (
    FieldInfo('GroupId', 'string', (0, 7)),
    FieldInfo('Topics', '[]struct', (0, 7), nullable=(2, 7), struct=OffsetFetchRequestTopic),
    FieldInfo('Groups', '[]struct', (8, 9), struct=OffsetFetchRequestGroup),
    FieldInfo('RequireStable', 'bool', (7, 9), default=False),
), (6, 9))

OffsetFetchRequestTopic.DECODERS = {
    0: _d_OffsetFetchRequestTopic_v0,
    1: _d_OffsetFetchRequestTopic_v0,
    2: _d_OffsetFetchRequestTopic_v0,
    3: _d_OffsetFetchRequestTopic_v0,
    4: _d_OffsetFetchRequestTopic_v0,
    5: _d_OffsetFetchRequestTopic_v0,
    6: _d_OffsetFetchRequestTopic_v6,
    7: _d_OffsetFetchRequestTopic_v6,
}

OffsetFetchRequestTopic.ENCODERS = {
    0: _e_OffsetFetchRequestTopic_v0,
    1: _e_OffsetFetchRequestTopic_v0,
    2: _e_OffsetFetchRequestTopic_v0,
    3: _e_OffsetFetchRequestTopic_v0,
    4: _e_OffsetFetchRequestTopic_v0,
    5: _e_OffsetFetchRequestTopic_v0,
    6: _e_OffsetFetchRequestTopic_v6,
    7: _e_OffsetFetchRequestTopic_v6,
}

OffsetFetchRequestTopic.SKIPPERS = {
    0: _s_OffsetFetchRequestTopic_v0,
    1: _s_OffsetFetchRequestTopic_v0,
    2: _s_OffsetFetchRequestTopic_v0,
    3: _s_OffsetFetchRequestTopic_v0,
    4: _s_OffsetFetchRequestTopic_v0,
    5: _s_OffsetFetchRequestTopic_v0,
    6: _s_OffsetFetchRequestTopic_v6,
    7: _s_OffsetFetchRequestTopic_v6,
}

OffsetFetchRequestTopic.SEEKERS = {
    0: _o_OffsetFetchRequestTopic_v0,
    1: _o_OffsetFetchRequestTopic_v0,
    2: _o_OffsetFetchRequestTopic_v0,
    3: _o_OffsetFetchRequestTopic_v0,
    4: _o_OffsetFetchRequestTopic_v0,
    5: _o_OffsetFetchRequestTopic_v0,
    6: _o_OffsetFetchRequestTopic_v6,
    7: _o_OffsetFetchRequestTopic_v6,
}

OffsetFetchRequestTopics.DECODERS = {
    8: _d_OffsetFetchRequestTopics_v8,
    9: _d_OffsetFetchRequestTopics_v8,
}

OffsetFetchRequestTopics.ENCODERS = {
    8: _e_OffsetFetchRequestTopics_v8,
    9: _e_OffsetFetchRequestTopics_v8,
}

OffsetFetchRequestTopics.SKIPPERS = {
    8: _s_OffsetFetchRequestTopics_v8,
    9: _s_OffsetFetchRequestTopics_v8,
}

OffsetFetchRequestTopics.SEEKERS = {
    8: _o_OffsetFetchRequestTopics_v8,
    9: _o_OffsetFetchRequestTopics_v8,
}

OffsetFetchRequestGroup.DECODERS = {
    8: _d_OffsetFetchRequestGroup_v8,
    9: _d_OffsetFetchRequestGroup_v9,
}

OffsetFetchRequestGroup.ENCODERS = {
    8: _e_OffsetFetchRequestGroup_v8,
    9: _e_OffsetFetchRequestGroup_v9,
}

OffsetFetchRequestGroup.SKIPPERS = {
    8: _s_OffsetFetchRequestGroup_v8,
    9: _s_OffsetFetchRequestGroup_v9,
}

OffsetFetchRequestGroup.SEEKERS = {
    8: _o_OffsetFetchRequestGroup_v8,
    9: _o_OffsetFetchRequestGroup_v9,
}

OffsetFetchRequest.DECODERS = {
    0: _d_OffsetFetchRequest_v0,
    1: _d_OffsetFetchRequest_v0,
    2: _d_OffsetFetchRequest_v2,
    3: _d_OffsetFetchRequest_v2,
    4: _d_OffsetFetchRequest_v2,
    5: _d_OffsetFetchRequest_v2,
    6: _d_OffsetFetchRequest_v6,
    7: _d_OffsetFetchRequest_v7,
    8: _d_OffsetFetchRequest_v8,
    9: _d_OffsetFetchRequest_v9,
}

OffsetFetchRequest.ENCODERS = {
    0: _e_OffsetFetchRequest_v0,
    1: _e_OffsetFetchRequest_v0,
    2: _e_OffsetFetchRequest_v2,
    3: _e_OffsetFetchRequest_v2,
    4: _e_OffsetFetchRequest_v2,
    5: _e_OffsetFetchRequest_v2,
    6: _e_OffsetFetchRequest_v6,
    7: _e_OffsetFetchRequest_v7,
    8: _e_OffsetFetchRequest_v8,
    9: _e_OffsetFetchRequest_v9,
}

OffsetFetchRequest.SKIPPERS = {
    0: _s_OffsetFetchRequest_v0,
    1: _s_OffsetFetchRequest_v0,
    2: _s_OffsetFetchRequest_v2,
    3: _s_OffsetFetchRequest_v2,
    4: _s_OffsetFetchRequest_v2,
    5: _s_OffsetFetchRequest_v2,
    6: _s_OffsetFetchRequest_v6,
    7: _s_OffsetFetchRequest_v7,
    8: _s_OffsetFetchRequest_v8,
    9: _s_OffsetFetchRequest_v9,
}

OffsetFetchRequest.SEEKERS = {
    0: _o_OffsetFetchRequest_v0,
    1: _o_OffsetFetchRequest_v0,
    2: _o_OffsetFetchRequest_v2,
    3: _o_OffsetFetchRequest_v2,
    4: _o_OffsetFetchRequest_v2,
    5: _o_OffsetFetchRequest_v2,
    6: _o_OffsetFetchRequest_v6,
    7: _o_OffsetFetchRequest_v7,
    8: _o_OffsetFetchRequest_v8,
    9: _o_OffsetFetchRequest_v9,
}
