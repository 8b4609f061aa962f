"""LeaveGroupRequest: generated from specs/LeaveGroupRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

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
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)


class MemberIdentity(KafkaStruct, kw_only=True, gc=False):
    """An element of LeaveGroupRequest.Members."""

    MemberId: str = MISSING
    GroupInstanceId: str | None = None
    Reason: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class LeaveGroupRequest(Message, kw_only=True, gc=False):
    """LeaveGroupRequest (API key 13), v0-v5; from specs/LeaveGroupRequest.json."""

    API_KEY = 13
    KIND = 'request'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    GroupId: str = MISSING
    MemberId: str = MISSING
    Members: list[MemberIdentity] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_LeaveGroupRequest_v0(buf: Buffer, pos: int) -> tuple[LeaveGroupRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_MemberId, pos = str_k(buf, pos)
    return LeaveGroupRequest(
        GroupId=v_GroupId,
        MemberId=v_MemberId,
        Members=[],
    ), pos


def _e_LeaveGroupRequest_v0(out: bytearray, m: LeaveGroupRequest) -> None:
    w_str_k(out, m.GroupId)
    w_str_k(out, m.MemberId)
    if non_default(m.Members, []):
        raise EncodeError('Members')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaveGroupRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_LeaveGroupRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_MemberIdentity_v3(buf: Buffer, pos: int) -> tuple[MemberIdentity, int]:
    v_MemberId, pos = str_k(buf, pos)
    v_GroupInstanceId, pos = nstr_k(buf, pos)
    return MemberIdentity(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
    ), pos


def _e_MemberIdentity_v3(out: bytearray, m: MemberIdentity) -> None:
    w_str_k(out, m.MemberId)
    w_nstr_k(out, m.GroupInstanceId)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MemberIdentity_v3(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_MemberIdentity_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_LeaveGroupRequest_v3(buf: Buffer, pos: int) -> tuple[LeaveGroupRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_Members, pos = arr_k(_d_MemberIdentity_v3, buf, pos)
    return LeaveGroupRequest(
        GroupId=v_GroupId,
        MemberId="",
        Members=v_Members,
    ), pos


def _e_LeaveGroupRequest_v3(out: bytearray, m: LeaveGroupRequest) -> None:
    w_str_k(out, m.GroupId)
    if non_default(m.MemberId, ""):
        raise EncodeError('MemberId')
    a_Members = m.Members
    w_alen_k(out, len(a_Members))
    for e_Members in a_Members:
        _e_MemberIdentity_v3(out, e_Members)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaveGroupRequest_v3(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MemberIdentity_v3(buf, pos)
    return pos


def _o_LeaveGroupRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MemberIdentity_v3(buf, pos)
    return pos


def _d_MemberIdentity_v4(buf: Buffer, pos: int) -> tuple[MemberIdentity, int]:
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MemberIdentity(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MemberIdentity_v4(out: bytearray, m: MemberIdentity) -> None:
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MemberIdentity_v4(buf: Buffer, pos: int) -> int:
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


def _o_MemberIdentity_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
    return pos


def _d_LeaveGroupRequest_v4(buf: Buffer, pos: int) -> tuple[LeaveGroupRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Members, pos = arr_c(_d_MemberIdentity_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaveGroupRequest(
        GroupId=v_GroupId,
        MemberId="",
        Members=v_Members,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaveGroupRequest_v4(out: bytearray, m: LeaveGroupRequest) -> None:
    w_str_c(out, m.GroupId)
    if non_default(m.MemberId, ""):
        raise EncodeError('MemberId')
    a_Members = m.Members
    w_alen_c(out, len(a_Members))
    for e_Members in a_Members:
        _e_MemberIdentity_v4(out, e_Members)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaveGroupRequest_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MemberIdentity_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaveGroupRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
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
        pos = _s_MemberIdentity_v4(buf, pos)
    return pos


def _d_MemberIdentity_v5(buf: Buffer, pos: int) -> tuple[MemberIdentity, int]:
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_Reason, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MemberIdentity(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        Reason=v_Reason,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MemberIdentity_v5(out: bytearray, m: MemberIdentity) -> None:
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    w_nstr_c(out, m.Reason)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MemberIdentity_v5(buf: Buffer, pos: int) -> int:
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


def _o_MemberIdentity_v5(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Reason':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_LeaveGroupRequest_v5(buf: Buffer, pos: int) -> tuple[LeaveGroupRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Members, pos = arr_c(_d_MemberIdentity_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaveGroupRequest(
        GroupId=v_GroupId,
        MemberId="",
        Members=v_Members,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaveGroupRequest_v5(out: bytearray, m: LeaveGroupRequest) -> None:
    w_str_c(out, m.GroupId)
    if non_default(m.MemberId, ""):
        raise EncodeError('MemberId')
    a_Members = m.Members
    w_alen_c(out, len(a_Members))
    for e_Members in a_Members:
        _e_MemberIdentity_v5(out, e_Members)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaveGroupRequest_v5(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MemberIdentity_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaveGroupRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
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
        pos = _s_MemberIdentity_v5(buf, pos)
    return pos


MemberIdentity.INFO = StructInfo('MemberIdentity', (
    FieldInfo('MemberId', 'string', (3, 5)),
    FieldInfo('GroupInstanceId', 'string', (3, 5), nullable=(3, 5), default=None),
    FieldInfo('Reason', 'string', (5, 5), nullable=(5, 5), default=None, ignorable=True),
), (4, 5))

LeaveGroupRequest.INFO = StructInfo('LeaveGroupRequest', (
    FieldInfo('GroupId', 'string', (0, 5)),
    FieldInfo('MemberId', 'string', (0, 2)),
    FieldInfo('Members', '[]struct', (3, 5), struct=MemberIdentity),
), (4, 5))

MemberIdentity.DECODERS = {
    3: _d_MemberIdentity_v3,
    4: _d_MemberIdentity_v4,
    5: _d_MemberIdentity_v5,
}

MemberIdentity.ENCODERS = {
    3: _e_MemberIdentity_v3,
    4: _e_MemberIdentity_v4,
    5: _e_MemberIdentity_v5,
}

MemberIdentity.SKIPPERS = {
    3: _s_MemberIdentity_v3,
    4: _s_MemberIdentity_v4,
    5: _s_MemberIdentity_v5,
}

MemberIdentity.SEEKERS = {
    3: _o_MemberIdentity_v3,
    4: _o_MemberIdentity_v4,
    5: _o_MemberIdentity_v5,
}

LeaveGroupRequest.DECODERS = {
    0: _d_LeaveGroupRequest_v0,
    1: _d_LeaveGroupRequest_v0,
    2: _d_LeaveGroupRequest_v0,
    3: _d_LeaveGroupRequest_v3,
    4: _d_LeaveGroupRequest_v4,
    5: _d_LeaveGroupRequest_v5,
}

LeaveGroupRequest.ENCODERS = {
    0: _e_LeaveGroupRequest_v0,
    1: _e_LeaveGroupRequest_v0,
    2: _e_LeaveGroupRequest_v0,
    3: _e_LeaveGroupRequest_v3,
    4: _e_LeaveGroupRequest_v4,
    5: _e_LeaveGroupRequest_v5,
}

LeaveGroupRequest.SKIPPERS = {
    0: _s_LeaveGroupRequest_v0,
    1: _s_LeaveGroupRequest_v0,
    2: _s_LeaveGroupRequest_v0,
    3: _s_LeaveGroupRequest_v3,
    4: _s_LeaveGroupRequest_v4,
    5: _s_LeaveGroupRequest_v5,
}

LeaveGroupRequest.SEEKERS = {
    0: _o_LeaveGroupRequest_v0,
    1: _o_LeaveGroupRequest_v0,
    2: _o_LeaveGroupRequest_v0,
    3: _o_LeaveGroupRequest_v3,
    4: _o_LeaveGroupRequest_v4,
    5: _o_LeaveGroupRequest_v5,
}
