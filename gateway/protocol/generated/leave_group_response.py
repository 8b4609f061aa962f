"""LeaveGroupResponse: generated from specs/LeaveGroupResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>h')
_P1 = Struct('>ih')


class MemberResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of LeaveGroupResponse.Members."""

    MemberId: str = MISSING
    GroupInstanceId: str | None = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class LeaveGroupResponse(Message, kw_only=True, gc=False):
    """LeaveGroupResponse (API key 13), v0-v5; from specs/LeaveGroupResponse.json."""

    API_KEY = 13
    KIND = 'response'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    Members: list[MemberResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_LeaveGroupResponse_v0(buf: Buffer, pos: int) -> tuple[LeaveGroupResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    return LeaveGroupResponse(
        ThrottleTimeMs=0,
        ErrorCode=v_ErrorCode,
        Members=[],
    ), pos


def _e_LeaveGroupResponse_v0(out: bytearray, m: LeaveGroupResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    if non_default(m.Members, []):
        raise EncodeError('Members')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaveGroupResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    return pos


def _o_LeaveGroupResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_LeaveGroupResponse_v1(buf: Buffer, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    return LeaveGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Members=[],
    ), pos


def _e_LeaveGroupResponse_v1(out: bytearray, m: LeaveGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    if non_default(m.Members, []):
        raise EncodeError('Members')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaveGroupResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_LeaveGroupResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_MemberResponse_v3(buf: Buffer, pos: int) -> tuple[MemberResponse, int]:
    v_MemberId, pos = str_k(buf, pos)
    v_GroupInstanceId, pos = nstr_k(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    return MemberResponse(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_MemberResponse_v3(out: bytearray, m: MemberResponse) -> None:
    w_str_k(out, m.MemberId)
    w_nstr_k(out, m.GroupInstanceId)
    out += _P0.pack(m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MemberResponse_v3(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_MemberResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_LeaveGroupResponse_v3(buf: Buffer, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_Members, pos = arr_k(_d_MemberResponse_v3, buf, pos)
    return LeaveGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Members=v_Members,
    ), pos


def _e_LeaveGroupResponse_v3(out: bytearray, m: LeaveGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Members = m.Members
    w_alen_k(out, len(a_Members))
    for e_Members in a_Members:
        _e_MemberResponse_v3(out, e_Members)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaveGroupResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MemberResponse_v3(buf, pos)
    return pos


def _o_LeaveGroupResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Members':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MemberResponse_v3(buf, pos)
    return pos


def _d_MemberResponse_v4(buf: Buffer, pos: int) -> tuple[MemberResponse, int]:
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MemberResponse(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MemberResponse_v4(out: bytearray, m: MemberResponse) -> None:
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    out += _P0.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MemberResponse_v4(buf: Buffer, pos: int) -> int:
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
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MemberResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_LeaveGroupResponse_v4(buf: Buffer, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_Members, pos = arr_c(_d_MemberResponse_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaveGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Members=v_Members,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaveGroupResponse_v4(out: bytearray, m: LeaveGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Members = m.Members
    w_alen_c(out, len(a_Members))
    for e_Members in a_Members:
        _e_MemberResponse_v4(out, e_Members)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaveGroupResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MemberResponse_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaveGroupResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Members':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MemberResponse_v4(buf, pos)
    return pos


MemberResponse.INFO = StructInfo('MemberResponse', (
    FieldInfo('MemberId', 'string', (3, 5)),
    FieldInfo('GroupInstanceId', 'string', (3, 5), nullable=(3, 5)),
    FieldInfo('ErrorCode', 'int16', (3, 5)),
), (4, 5))

LeaveGroupResponse.INFO = StructInfo('LeaveGroupResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (1, 5), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 5)),
    FieldInfo('Members', '[]struct', (3, 5), struct=MemberResponse),
), (4, 5))

MemberResponse.DECODERS = {
    3: _d_MemberResponse_v3,
    4: _d_MemberResponse_v4,
    5: _d_MemberResponse_v4,
}

MemberResponse.ENCODERS = {
    3: _e_MemberResponse_v3,
    4: _e_MemberResponse_v4,
    5: _e_MemberResponse_v4,
}

MemberResponse.SKIPPERS = {
    3: _s_MemberResponse_v3,
    4: _s_MemberResponse_v4,
    5: _s_MemberResponse_v4,
}

MemberResponse.SEEKERS = {
    3: _o_MemberResponse_v3,
    4: _o_MemberResponse_v4,
    5: _o_MemberResponse_v4,
}

LeaveGroupResponse.DECODERS = {
    0: _d_LeaveGroupResponse_v0,
    1: _d_LeaveGroupResponse_v1,
    2: _d_LeaveGroupResponse_v1,
    3: _d_LeaveGroupResponse_v3,
    4: _d_LeaveGroupResponse_v4,
    5: _d_LeaveGroupResponse_v4,
}

LeaveGroupResponse.ENCODERS = {
    0: _e_LeaveGroupResponse_v0,
    1: _e_LeaveGroupResponse_v1,
    2: _e_LeaveGroupResponse_v1,
    3: _e_LeaveGroupResponse_v3,
    4: _e_LeaveGroupResponse_v4,
    5: _e_LeaveGroupResponse_v4,
}

LeaveGroupResponse.SKIPPERS = {
    0: _s_LeaveGroupResponse_v0,
    1: _s_LeaveGroupResponse_v1,
    2: _s_LeaveGroupResponse_v1,
    3: _s_LeaveGroupResponse_v3,
    4: _s_LeaveGroupResponse_v4,
    5: _s_LeaveGroupResponse_v4,
}

LeaveGroupResponse.SEEKERS = {
    0: _o_LeaveGroupResponse_v0,
    1: _o_LeaveGroupResponse_v1,
    2: _o_LeaveGroupResponse_v1,
    3: _o_LeaveGroupResponse_v3,
    4: _o_LeaveGroupResponse_v4,
    5: _o_LeaveGroupResponse_v4,
}
