"""DescribeGroupsResponse: generated from specs/DescribeGroupsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    bytes_c,
    bytes_k,
    count_c,
    count_k,
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_k32,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_bytes_c,
    w_bytes_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>h')
_P1 = Struct('>i')


class DescribedGroupMember(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribedGroup.Members."""

    MemberId: str = MISSING
    GroupInstanceId: str | None = None
    ClientId: str = MISSING
    ClientHost: str = MISSING
    MemberMetadata: bytes = MISSING
    MemberAssignment: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribedGroup(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeGroupsResponse.Groups."""

    ErrorCode: int = MISSING
    GroupId: str = MISSING
    GroupState: str = MISSING
    ProtocolType: str = MISSING
    ProtocolData: str = MISSING
    Members: list[DescribedGroupMember] = MISSING
    AuthorizedOperations: int = -2147483648
    unknown_tags: dict[int, Buffer] | None = None


class DescribeGroupsResponse(Message, kw_only=True, gc=False):
    """DescribeGroupsResponse (API key 15), v0-v5; from specs/DescribeGroupsResponse.json."""

    API_KEY = 15
    KIND = 'response'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 5
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Groups: list[DescribedGroup] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribedGroupMember_v0(buf: Buffer, pos: int) -> tuple[DescribedGroupMember, int]:
    v_MemberId, pos = str_k(buf, pos)
    v_ClientId, pos = str_k(buf, pos)
    v_ClientHost, pos = str_k(buf, pos)
    v_MemberMetadata, pos = bytes_k(buf, pos)
    v_MemberAssignment, pos = bytes_k(buf, pos)
    return DescribedGroupMember(
        MemberId=v_MemberId,
        ClientId=v_ClientId,
        ClientHost=v_ClientHost,
        MemberMetadata=v_MemberMetadata,
        MemberAssignment=v_MemberAssignment,
    ), pos


def _e_DescribedGroupMember_v0(out: bytearray, m: DescribedGroupMember) -> None:
    w_str_k(out, m.MemberId)
    w_str_k(out, m.ClientId)
    w_str_k(out, m.ClientHost)
    w_bytes_k(out, m.MemberMetadata)
    w_bytes_k(out, m.MemberAssignment)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribedGroupMember_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_DescribedGroupMember_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ClientId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ClientHost':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MemberMetadata':
        return pos
    pos = skip_k32(buf, pos)
    if stop == 'MemberAssignment':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_DescribedGroup_v0(buf: Buffer, pos: int) -> tuple[DescribedGroup, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_GroupId, pos = str_k(buf, pos)
    v_GroupState, pos = str_k(buf, pos)
    v_ProtocolType, pos = str_k(buf, pos)
    v_ProtocolData, pos = str_k(buf, pos)
    v_Members, pos = arr_k(_d_DescribedGroupMember_v0, buf, pos)
    return DescribedGroup(
        ErrorCode=v_ErrorCode,
        GroupId=v_GroupId,
        GroupState=v_GroupState,
        ProtocolType=v_ProtocolType,
        ProtocolData=v_ProtocolData,
        Members=v_Members,
    ), pos


def _e_DescribedGroup_v0(out: bytearray, m: DescribedGroup) -> None:
    out += _P0.pack(m.ErrorCode)
    w_str_k(out, m.GroupId)
    w_str_k(out, m.GroupState)
    w_str_k(out, m.ProtocolType)
    w_str_k(out, m.ProtocolData)
    a_Members = m.Members
    w_alen_k(out, len(a_Members))
    for e_Members in a_Members:
        _e_DescribedGroupMember_v0(out, e_Members)
    if non_default(m.AuthorizedOperations, -2147483648):
        raise EncodeError('AuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribedGroup_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroupMember_v0(buf, pos)
    return pos


def _o_DescribedGroup_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupState':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolData':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroupMember_v0(buf, pos)
    return pos


def _d_DescribeGroupsResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeGroupsResponse, int]:
    v_Groups, pos = arr_k(_d_DescribedGroup_v0, buf, pos)
    return DescribeGroupsResponse(
        ThrottleTimeMs=0,
        Groups=v_Groups,
    ), pos


def _e_DescribeGroupsResponse_v0(out: bytearray, m: DescribeGroupsResponse) -> None:
    a_Groups = m.Groups
    w_alen_k(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_DescribedGroup_v0(out, e_Groups)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeGroupsResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v0(buf, pos)
    return pos


def _o_DescribeGroupsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Groups':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v0(buf, pos)
    return pos


def _d_DescribeGroupsResponse_v1(buf: Buffer, pos: int) -> tuple[DescribeGroupsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Groups, pos = arr_k(_d_DescribedGroup_v0, buf, pos)
    return DescribeGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Groups=v_Groups,
    ), pos


def _e_DescribeGroupsResponse_v1(out: bytearray, m: DescribeGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Groups = m.Groups
    w_alen_k(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_DescribedGroup_v0(out, e_Groups)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeGroupsResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v0(buf, pos)
    return pos


def _o_DescribeGroupsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Groups':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v0(buf, pos)
    return pos


def _d_DescribedGroup_v3(buf: Buffer, pos: int) -> tuple[DescribedGroup, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_GroupId, pos = str_k(buf, pos)
    v_GroupState, pos = str_k(buf, pos)
    v_ProtocolType, pos = str_k(buf, pos)
    v_ProtocolData, pos = str_k(buf, pos)
    v_Members, pos = arr_k(_d_DescribedGroupMember_v0, buf, pos)
    (v_AuthorizedOperations,) = _P1.unpack_from(buf, pos)
    pos += 4
    return DescribedGroup(
        ErrorCode=v_ErrorCode,
        GroupId=v_GroupId,
        GroupState=v_GroupState,
        ProtocolType=v_ProtocolType,
        ProtocolData=v_ProtocolData,
        Members=v_Members,
        AuthorizedOperations=v_AuthorizedOperations,
    ), pos


def _e_DescribedGroup_v3(out: bytearray, m: DescribedGroup) -> None:
    out += _P0.pack(m.ErrorCode)
    w_str_k(out, m.GroupId)
    w_str_k(out, m.GroupState)
    w_str_k(out, m.ProtocolType)
    w_str_k(out, m.ProtocolData)
    a_Members = m.Members
    w_alen_k(out, len(a_Members))
    for e_Members in a_Members:
        _e_DescribedGroupMember_v0(out, e_Members)
    out += _P1.pack(m.AuthorizedOperations)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribedGroup_v3(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroupMember_v0(buf, pos)
    pos += 4
    return pos


def _o_DescribedGroup_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupState':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolData':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroupMember_v0(buf, pos)
    if stop == 'AuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_DescribeGroupsResponse_v3(buf: Buffer, pos: int) -> tuple[DescribeGroupsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Groups, pos = arr_k(_d_DescribedGroup_v3, buf, pos)
    return DescribeGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Groups=v_Groups,
    ), pos


def _e_DescribeGroupsResponse_v3(out: bytearray, m: DescribeGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Groups = m.Groups
    w_alen_k(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_DescribedGroup_v3(out, e_Groups)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeGroupsResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v3(buf, pos)
    return pos


def _o_DescribeGroupsResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Groups':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v3(buf, pos)
    return pos


def _d_DescribedGroupMember_v4(buf: Buffer, pos: int) -> tuple[DescribedGroupMember, int]:
    v_MemberId, pos = str_k(buf, pos)
    v_GroupInstanceId, pos = nstr_k(buf, pos)
    v_ClientId, pos = str_k(buf, pos)
    v_ClientHost, pos = str_k(buf, pos)
    v_MemberMetadata, pos = bytes_k(buf, pos)
    v_MemberAssignment, pos = bytes_k(buf, pos)
    return DescribedGroupMember(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        ClientId=v_ClientId,
        ClientHost=v_ClientHost,
        MemberMetadata=v_MemberMetadata,
        MemberAssignment=v_MemberAssignment,
    ), pos


def _e_DescribedGroupMember_v4(out: bytearray, m: DescribedGroupMember) -> None:
    w_str_k(out, m.MemberId)
    w_nstr_k(out, m.GroupInstanceId)
    w_str_k(out, m.ClientId)
    w_str_k(out, m.ClientHost)
    w_bytes_k(out, m.MemberMetadata)
    w_bytes_k(out, m.MemberAssignment)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribedGroupMember_v4(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_DescribedGroupMember_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ClientId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ClientHost':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MemberMetadata':
        return pos
    pos = skip_k32(buf, pos)
    if stop == 'MemberAssignment':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_DescribedGroup_v4(buf: Buffer, pos: int) -> tuple[DescribedGroup, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_GroupId, pos = str_k(buf, pos)
    v_GroupState, pos = str_k(buf, pos)
    v_ProtocolType, pos = str_k(buf, pos)
    v_ProtocolData, pos = str_k(buf, pos)
    v_Members, pos = arr_k(_d_DescribedGroupMember_v4, buf, pos)
    (v_AuthorizedOperations,) = _P1.unpack_from(buf, pos)
    pos += 4
    return DescribedGroup(
        ErrorCode=v_ErrorCode,
        GroupId=v_GroupId,
        GroupState=v_GroupState,
        ProtocolType=v_ProtocolType,
        ProtocolData=v_ProtocolData,
        Members=v_Members,
        AuthorizedOperations=v_AuthorizedOperations,
    ), pos


def _e_DescribedGroup_v4(out: bytearray, m: DescribedGroup) -> None:
    out += _P0.pack(m.ErrorCode)
    w_str_k(out, m.GroupId)
    w_str_k(out, m.GroupState)
    w_str_k(out, m.ProtocolType)
    w_str_k(out, m.ProtocolData)
    a_Members = m.Members
    w_alen_k(out, len(a_Members))
    for e_Members in a_Members:
        _e_DescribedGroupMember_v4(out, e_Members)
    out += _P1.pack(m.AuthorizedOperations)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribedGroup_v4(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroupMember_v4(buf, pos)
    pos += 4
    return pos


def _o_DescribedGroup_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupState':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolData':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroupMember_v4(buf, pos)
    if stop == 'AuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_DescribeGroupsResponse_v4(buf: Buffer, pos: int) -> tuple[DescribeGroupsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Groups, pos = arr_k(_d_DescribedGroup_v4, buf, pos)
    return DescribeGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Groups=v_Groups,
    ), pos


def _e_DescribeGroupsResponse_v4(out: bytearray, m: DescribeGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Groups = m.Groups
    w_alen_k(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_DescribedGroup_v4(out, e_Groups)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeGroupsResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v4(buf, pos)
    return pos


def _o_DescribeGroupsResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Groups':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v4(buf, pos)
    return pos


def _d_DescribedGroupMember_v5(buf: Buffer, pos: int) -> tuple[DescribedGroupMember, int]:
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_ClientId, pos = str_c(buf, pos)
    v_ClientHost, pos = str_c(buf, pos)
    v_MemberMetadata, pos = bytes_c(buf, pos)
    v_MemberAssignment, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribedGroupMember(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        ClientId=v_ClientId,
        ClientHost=v_ClientHost,
        MemberMetadata=v_MemberMetadata,
        MemberAssignment=v_MemberAssignment,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribedGroupMember_v5(out: bytearray, m: DescribedGroupMember) -> None:
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    w_str_c(out, m.ClientId)
    w_str_c(out, m.ClientHost)
    w_bytes_c(out, m.MemberMetadata)
    w_bytes_c(out, m.MemberAssignment)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribedGroupMember_v5(buf: Buffer, pos: int) -> int:
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


def _o_DescribedGroupMember_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ClientId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ClientHost':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberMetadata':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberAssignment':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_DescribedGroup_v5(buf: Buffer, pos: int) -> tuple[DescribedGroup, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_GroupId, pos = str_c(buf, pos)
    v_GroupState, pos = str_c(buf, pos)
    v_ProtocolType, pos = str_c(buf, pos)
    v_ProtocolData, pos = str_c(buf, pos)
    v_Members, pos = arr_c(_d_DescribedGroupMember_v5, buf, pos)
    (v_AuthorizedOperations,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribedGroup(
        ErrorCode=v_ErrorCode,
        GroupId=v_GroupId,
        GroupState=v_GroupState,
        ProtocolType=v_ProtocolType,
        ProtocolData=v_ProtocolData,
        Members=v_Members,
        AuthorizedOperations=v_AuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribedGroup_v5(out: bytearray, m: DescribedGroup) -> None:
    out += _P0.pack(m.ErrorCode)
    w_str_c(out, m.GroupId)
    w_str_c(out, m.GroupState)
    w_str_c(out, m.ProtocolType)
    w_str_c(out, m.ProtocolData)
    a_Members = m.Members
    w_alen_c(out, len(a_Members))
    for e_Members in a_Members:
        _e_DescribedGroupMember_v5(out, e_Members)
    out += _P1.pack(m.AuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribedGroup_v5(buf: Buffer, pos: int) -> int:
    pos += 2
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
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroupMember_v5(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribedGroup_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GroupId':
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
    if stop == 'ProtocolType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProtocolData':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroupMember_v5(buf, pos)
    if stop == 'AuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_DescribeGroupsResponse_v5(buf: Buffer, pos: int) -> tuple[DescribeGroupsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Groups, pos = arr_c(_d_DescribedGroup_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeGroupsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Groups=v_Groups,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeGroupsResponse_v5(out: bytearray, m: DescribeGroupsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_DescribedGroup_v5(out, e_Groups)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeGroupsResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeGroupsResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v5(buf, pos)
    return pos


DescribedGroupMember.INFO = StructInfo('DescribedGroupMember', (
    FieldInfo('MemberId', 'string', (0, 5)),
    FieldInfo('GroupInstanceId', 'string', (4, 5), nullable=(4, 5), default=None, ignorable=True),
    FieldInfo('ClientId', 'string', (0, 5)),
    FieldInfo('ClientHost', 'string', (0, 5)),
    FieldInfo('MemberMetadata', 'bytes', (0, 5)),
    FieldInfo('MemberAssignment', 'bytes', (0, 5)),
), (5, 5))

DescribedGroup.INFO = StructInfo('DescribedGroup', (
    FieldInfo('ErrorCode', 'int16', (0, 5)),
    FieldInfo('GroupId', 'string', (0, 5)),
    FieldInfo('GroupState', 'string', (0, 5)),
    FieldInfo('ProtocolType', 'string', (0, 5)),
    FieldInfo('ProtocolData', 'string', (0, 5)),
    FieldInfo('Members', '[]struct', (0, 5), struct=DescribedGroupMember),
    FieldInfo('AuthorizedOperations', 'int32', (3, 5), default=-2147483648),
), (5, 5))

DescribeGroupsResponse.INFO = StructInfo('DescribeGroupsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (1, 5), ignorable=True),
    FieldInfo('Groups', '[]struct', (0, 5), struct=DescribedGroup),
), (5, 5))

DescribedGroupMember.DECODERS = {
    0: _d_DescribedGroupMember_v0,
    1: _d_DescribedGroupMember_v0,
    2: _d_DescribedGroupMember_v0,
    3: _d_DescribedGroupMember_v0,
    4: _d_DescribedGroupMember_v4,
    5: _d_DescribedGroupMember_v5,
}

DescribedGroupMember.ENCODERS = {
    0: _e_DescribedGroupMember_v0,
    1: _e_DescribedGroupMember_v0,
    2: _e_DescribedGroupMember_v0,
    3: _e_DescribedGroupMember_v0,
    4: _e_DescribedGroupMember_v4,
    5: _e_DescribedGroupMember_v5,
}

DescribedGroupMember.SKIPPERS = {
    0: _s_DescribedGroupMember_v0,
    1: _s_DescribedGroupMember_v0,
    2: _s_DescribedGroupMember_v0,
    3: _s_DescribedGroupMember_v0,
    4: _s_DescribedGroupMember_v4,
    5: _s_DescribedGroupMember_v5,
}

DescribedGroupMember.SEEKERS = {
    0: _o_DescribedGroupMember_v0,
    1: _o_DescribedGroupMember_v0,
    2: _o_DescribedGroupMember_v0,
    3: _o_DescribedGroupMember_v0,
    4: _o_DescribedGroupMember_v4,
    5: _o_DescribedGroupMember_v5,
}

DescribedGroup.DECODERS = {
    0: _d_DescribedGroup_v0,
    1: _d_DescribedGroup_v0,
    2: _d_DescribedGroup_v0,
    3: _d_DescribedGroup_v3,
    4: _d_DescribedGroup_v4,
    5: _d_DescribedGroup_v5,
}

DescribedGroup.ENCODERS = {
    0: _e_DescribedGroup_v0,
    1: _e_DescribedGroup_v0,
    2: _e_DescribedGroup_v0,
    3: _e_DescribedGroup_v3,
    4: _e_DescribedGroup_v4,
    5: _e_DescribedGroup_v5,
}

DescribedGroup.SKIPPERS = {
    0: _s_DescribedGroup_v0,
    1: _s_DescribedGroup_v0,
    2: _s_DescribedGroup_v0,
    3: _s_DescribedGroup_v3,
    4: _s_DescribedGroup_v4,
    5: _s_DescribedGroup_v5,
}

DescribedGroup.SEEKERS = {
    0: _o_DescribedGroup_v0,
    1: _o_DescribedGroup_v0,
    2: _o_DescribedGroup_v0,
    3: _o_DescribedGroup_v3,
    4: _o_DescribedGroup_v4,
    5: _o_DescribedGroup_v5,
}

DescribeGroupsResponse.DECODERS = {
    0: _d_DescribeGroupsResponse_v0,
    1: _d_DescribeGroupsResponse_v1,
    2: _d_DescribeGroupsResponse_v1,
    3: _d_DescribeGroupsResponse_v3,
    4: _d_DescribeGroupsResponse_v4,
    5: _d_DescribeGroupsResponse_v5,
}

DescribeGroupsResponse.ENCODERS = {
    0: _e_DescribeGroupsResponse_v0,
    1: _e_DescribeGroupsResponse_v1,
    2: _e_DescribeGroupsResponse_v1,
    3: _e_DescribeGroupsResponse_v3,
    4: _e_DescribeGroupsResponse_v4,
    5: _e_DescribeGroupsResponse_v5,
}

DescribeGroupsResponse.SKIPPERS = {
    0: _s_DescribeGroupsResponse_v0,
    1: _s_DescribeGroupsResponse_v1,
    2: _s_DescribeGroupsResponse_v1,
    3: _s_DescribeGroupsResponse_v3,
    4: _s_DescribeGroupsResponse_v4,
    5: _s_DescribeGroupsResponse_v5,
}

DescribeGroupsResponse.SEEKERS = {
    0: _o_DescribeGroupsResponse_v0,
    1: _o_DescribeGroupsResponse_v1,
    2: _o_DescribeGroupsResponse_v1,
    3: _o_DescribeGroupsResponse_v3,
    4: _o_DescribeGroupsResponse_v4,
    5: _o_DescribeGroupsResponse_v5,
}
