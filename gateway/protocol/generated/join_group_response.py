"""JoinGroupResponse: generated from specs/JoinGroupResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>hi')
_P1 = Struct('>ihi')
_P2 = Struct('>?')


class JoinGroupResponseMember(KafkaStruct, kw_only=True, gc=False):
    """An element of JoinGroupResponse.Members."""

    MemberId: str = MISSING
    GroupInstanceId: str | None = None
    Metadata: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class JoinGroupResponse(Message, kw_only=True, gc=False):
    """JoinGroupResponse (API key 11), v0-v9; from specs/JoinGroupResponse.json."""

    API_KEY = 11
    KIND = 'response'
    VALID_VERSIONS = (0, 9)
    FLEXIBLE_FROM = 6
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    GenerationId: int = -1
    ProtocolType: str | None = None
    ProtocolName: str | None = MISSING
    Leader: str = MISSING
    SkipAssignment: bool = False
    MemberId: str = MISSING
    Members: list[JoinGroupResponseMember] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_JoinGroupResponseMember_v0(buf: Buffer, pos: int) -> tuple[JoinGroupResponseMember, int]:
    v_MemberId, pos = str_k(buf, pos)
    v_Metadata, pos = bytes_k(buf, pos)
    return JoinGroupResponseMember(
        MemberId=v_MemberId,
        Metadata=v_Metadata,
    ), pos


def _e_JoinGroupResponseMember_v0(out: bytearray, m: JoinGroupResponseMember) -> None:
    w_str_k(out, m.MemberId)
    w_bytes_k(out, m.Metadata)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupResponseMember_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_JoinGroupResponseMember_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Metadata':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_JoinGroupResponse_v0(buf: Buffer, pos: int) -> tuple[JoinGroupResponse, int]:
    v_ErrorCode, v_GenerationId = _P0.unpack_from(buf, pos)
    pos += 6
    v_ProtocolName, pos = str_k(buf, pos)
    v_Leader, pos = str_k(buf, pos)
    v_MemberId, pos = str_k(buf, pos)
    v_Members, pos = arr_k(_d_JoinGroupResponseMember_v0, buf, pos)
    return JoinGroupResponse(
        ThrottleTimeMs=0,
        ErrorCode=v_ErrorCode,
        GenerationId=v_GenerationId,
        ProtocolName=v_ProtocolName,
        Leader=v_Leader,
        MemberId=v_MemberId,
        Members=v_Members,
    ), pos


def _e_JoinGroupResponse_v0(out: bytearray, m: JoinGroupResponse) -> None:
    out += _P0.pack(m.ErrorCode, m.GenerationId)
    w_str_k(out, m.ProtocolName)  # type: ignore[arg-type]
    w_str_k(out, m.Leader)
    if non_default(m.SkipAssignment, False):
        raise EncodeError('SkipAssignment')
    w_str_k(out, m.MemberId)
    a_Members = m.Members
    w_alen_k(out, len(a_Members))
    for e_Members in a_Members:
        _e_JoinGroupResponseMember_v0(out, e_Members)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v0(buf, pos)
    return pos


def _o_JoinGroupResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'ProtocolName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Leader':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v0(buf, pos)
    return pos


def _d_JoinGroupResponse_v2(buf: Buffer, pos: int) -> tuple[JoinGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_GenerationId = _P1.unpack_from(buf, pos)
    pos += 10
    v_ProtocolName, pos = str_k(buf, pos)
    v_Leader, pos = str_k(buf, pos)
    v_MemberId, pos = str_k(buf, pos)
    v_Members, pos = arr_k(_d_JoinGroupResponseMember_v0, buf, pos)
    return JoinGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        GenerationId=v_GenerationId,
        ProtocolName=v_ProtocolName,
        Leader=v_Leader,
        MemberId=v_MemberId,
        Members=v_Members,
    ), pos


def _e_JoinGroupResponse_v2(out: bytearray, m: JoinGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode, m.GenerationId)
    w_str_k(out, m.ProtocolName)  # type: ignore[arg-type]
    w_str_k(out, m.Leader)
    if non_default(m.SkipAssignment, False):
        raise EncodeError('SkipAssignment')
    w_str_k(out, m.MemberId)
    a_Members = m.Members
    w_alen_k(out, len(a_Members))
    for e_Members in a_Members:
        _e_JoinGroupResponseMember_v0(out, e_Members)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 10
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v0(buf, pos)
    return pos


def _o_JoinGroupResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'ProtocolName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Leader':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v0(buf, pos)
    return pos


def _d_JoinGroupResponseMember_v5(buf: Buffer, pos: int) -> tuple[JoinGroupResponseMember, int]:
    v_MemberId, pos = str_k(buf, pos)
    v_GroupInstanceId, pos = nstr_k(buf, pos)
    v_Metadata, pos = bytes_k(buf, pos)
    return JoinGroupResponseMember(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        Metadata=v_Metadata,
    ), pos


def _e_JoinGroupResponseMember_v5(out: bytearray, m: JoinGroupResponseMember) -> None:
    w_str_k(out, m.MemberId)
    w_nstr_k(out, m.GroupInstanceId)
    w_bytes_k(out, m.Metadata)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupResponseMember_v5(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_JoinGroupResponseMember_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Metadata':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_JoinGroupResponse_v5(buf: Buffer, pos: int) -> tuple[JoinGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_GenerationId = _P1.unpack_from(buf, pos)
    pos += 10
    v_ProtocolName, pos = str_k(buf, pos)
    v_Leader, pos = str_k(buf, pos)
    v_MemberId, pos = str_k(buf, pos)
    v_Members, pos = arr_k(_d_JoinGroupResponseMember_v5, buf, pos)
    return JoinGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        GenerationId=v_GenerationId,
        ProtocolName=v_ProtocolName,
        Leader=v_Leader,
        MemberId=v_MemberId,
        Members=v_Members,
    ), pos


def _e_JoinGroupResponse_v5(out: bytearray, m: JoinGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode, m.GenerationId)
    w_str_k(out, m.ProtocolName)  # type: ignore[arg-type]
    w_str_k(out, m.Leader)
    if non_default(m.SkipAssignment, False):
        raise EncodeError('SkipAssignment')
    w_str_k(out, m.MemberId)
    a_Members = m.Members
    w_alen_k(out, len(a_Members))
    for e_Members in a_Members:
        _e_JoinGroupResponseMember_v5(out, e_Members)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 10
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v5(buf, pos)
    return pos


def _o_JoinGroupResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'ProtocolName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Leader':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v5(buf, pos)
    return pos


def _d_JoinGroupResponseMember_v6(buf: Buffer, pos: int) -> tuple[JoinGroupResponseMember, int]:
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_Metadata, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = JoinGroupResponseMember(
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        Metadata=v_Metadata,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_JoinGroupResponseMember_v6(out: bytearray, m: JoinGroupResponseMember) -> None:
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    w_bytes_c(out, m.Metadata)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_JoinGroupResponseMember_v6(buf: Buffer, pos: int) -> int:
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


def _o_JoinGroupResponseMember_v6(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Metadata':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_JoinGroupResponse_v6(buf: Buffer, pos: int) -> tuple[JoinGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_GenerationId = _P1.unpack_from(buf, pos)
    pos += 10
    v_ProtocolName, pos = str_c(buf, pos)
    v_Leader, pos = str_c(buf, pos)
    v_MemberId, pos = str_c(buf, pos)
    v_Members, pos = arr_c(_d_JoinGroupResponseMember_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = JoinGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        GenerationId=v_GenerationId,
        ProtocolName=v_ProtocolName,
        Leader=v_Leader,
        MemberId=v_MemberId,
        Members=v_Members,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_JoinGroupResponse_v6(out: bytearray, m: JoinGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode, m.GenerationId)
    w_str_c(out, m.ProtocolName)  # type: ignore[arg-type]
    w_str_c(out, m.Leader)
    if non_default(m.SkipAssignment, False):
        raise EncodeError('SkipAssignment')
    w_str_c(out, m.MemberId)
    a_Members = m.Members
    w_alen_c(out, len(a_Members))
    for e_Members in a_Members:
        _e_JoinGroupResponseMember_v6(out, e_Members)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_JoinGroupResponse_v6(buf: Buffer, pos: int) -> int:
    pos += 10
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
        pos = _s_JoinGroupResponseMember_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_JoinGroupResponse_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'ProtocolName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Leader':
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
    if stop == 'Members':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v6(buf, pos)
    return pos


def _d_JoinGroupResponse_v7(buf: Buffer, pos: int) -> tuple[JoinGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_GenerationId = _P1.unpack_from(buf, pos)
    pos += 10
    v_ProtocolType, pos = nstr_c(buf, pos)
    v_ProtocolName, pos = nstr_c(buf, pos)
    v_Leader, pos = str_c(buf, pos)
    v_MemberId, pos = str_c(buf, pos)
    v_Members, pos = arr_c(_d_JoinGroupResponseMember_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = JoinGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        GenerationId=v_GenerationId,
        ProtocolType=v_ProtocolType,
        ProtocolName=v_ProtocolName,
        Leader=v_Leader,
        MemberId=v_MemberId,
        Members=v_Members,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_JoinGroupResponse_v7(out: bytearray, m: JoinGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode, m.GenerationId)
    w_nstr_c(out, m.ProtocolType)
    w_nstr_c(out, m.ProtocolName)
    w_str_c(out, m.Leader)
    if non_default(m.SkipAssignment, False):
        raise EncodeError('SkipAssignment')
    w_str_c(out, m.MemberId)
    a_Members = m.Members
    w_alen_c(out, len(a_Members))
    for e_Members in a_Members:
        _e_JoinGroupResponseMember_v6(out, e_Members)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_JoinGroupResponse_v7(buf: Buffer, pos: int) -> int:
    pos += 10
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
        pos = _s_JoinGroupResponseMember_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_JoinGroupResponse_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'ProtocolType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProtocolName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Leader':
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
    if stop == 'Members':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v6(buf, pos)
    return pos


def _d_JoinGroupResponse_v9(buf: Buffer, pos: int) -> tuple[JoinGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode, v_GenerationId = _P1.unpack_from(buf, pos)
    pos += 10
    v_ProtocolType, pos = nstr_c(buf, pos)
    v_ProtocolName, pos = nstr_c(buf, pos)
    v_Leader, pos = str_c(buf, pos)
    (v_SkipAssignment,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_MemberId, pos = str_c(buf, pos)
    v_Members, pos = arr_c(_d_JoinGroupResponseMember_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = JoinGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        GenerationId=v_GenerationId,
        ProtocolType=v_ProtocolType,
        ProtocolName=v_ProtocolName,
        Leader=v_Leader,
        SkipAssignment=v_SkipAssignment,
        MemberId=v_MemberId,
        Members=v_Members,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_JoinGroupResponse_v9(out: bytearray, m: JoinGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode, m.GenerationId)
    w_nstr_c(out, m.ProtocolType)
    w_nstr_c(out, m.ProtocolName)
    w_str_c(out, m.Leader)
    out += _P2.pack(m.SkipAssignment)
    w_str_c(out, m.MemberId)
    a_Members = m.Members
    w_alen_c(out, len(a_Members))
    for e_Members in a_Members:
        _e_JoinGroupResponseMember_v6(out, e_Members)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_JoinGroupResponse_v9(buf: Buffer, pos: int) -> int:
    pos += 10
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
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupResponseMember_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_JoinGroupResponse_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'ProtocolType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProtocolName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Leader':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'SkipAssignment':
        return pos
    pos += 1
    if stop == 'MemberId':
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
        pos = _s_JoinGroupResponseMember_v6(buf, pos)
    return pos


JoinGroupResponseMember.INFO = StructInfo('JoinGroupResponseMember', (
    FieldInfo('MemberId', 'string', (0, 9)),
    FieldInfo('GroupInstanceId', 'string', (5, 9), nullable=(5, 9), default=None, ignorable=True),
    FieldInfo('Metadata', 'bytes', (0, 9)),
), (6, 9))

JoinGroupResponse.INFO = StructInfo('JoinGroupResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (2, 9), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 9)),
    FieldInfo('GenerationId', 'int32', (0, 9), default=-1),
    FieldInfo('ProtocolType', 'string', (7, 9), nullable=(7, 9), default=None, ignorable=True),
    FieldInfo('ProtocolName', 'string', (0, 9), nullable=(7, 9)),
    FieldInfo('Leader', 'string', (0, 9)),
    FieldInfo('SkipAssignment', 'bool', (9, 9), default=False),
    FieldInfo('MemberId', 'string', (0, 9)),
    FieldInfo('Members', '[]struct', (0, 9), struct=JoinGroupResponseMember),
), (6, 9))

JoinGroupResponseMember.DECODERS = {
    0: _d_JoinGroupResponseMember_v0,
    1: _d_JoinGroupResponseMember_v0,
    2: _d_JoinGroupResponseMember_v0,
    3: _d_JoinGroupResponseMember_v0,
    4: _d_JoinGroupResponseMember_v0,
    5: _d_JoinGroupResponseMember_v5,
    6: _d_JoinGroupResponseMember_v6,
    7: _d_JoinGroupResponseMember_v6,
    8: _d_JoinGroupResponseMember_v6,
    9: _d_JoinGroupResponseMember_v6,
}

JoinGroupResponseMember.ENCODERS = {
    0: _e_JoinGroupResponseMember_v0,
    1: _e_JoinGroupResponseMember_v0,
    2: _e_JoinGroupResponseMember_v0,
    3: _e_JoinGroupResponseMember_v0,
    4: _e_JoinGroupResponseMember_v0,
    5: _e_JoinGroupResponseMember_v5,
    6: _e_JoinGroupResponseMember_v6,
    7: _e_JoinGroupResponseMember_v6,
    8: _e_JoinGroupResponseMember_v6,
    9: _e_JoinGroupResponseMember_v6,
}

JoinGroupResponseMember.SKIPPERS = {
    0: _s_JoinGroupResponseMember_v0,
    1: _s_JoinGroupResponseMember_v0,
    2: _s_JoinGroupResponseMember_v0,
    3: _s_JoinGroupResponseMember_v0,
    4: _s_JoinGroupResponseMember_v0,
    5: _s_JoinGroupResponseMember_v5,
    6: _s_JoinGroupResponseMember_v6,
    7: _s_JoinGroupResponseMember_v6,
    8: _s_JoinGroupResponseMember_v6,
    9: _s_JoinGroupResponseMember_v6,
}

JoinGroupResponseMember.SEEKERS = {
    0: _o_JoinGroupResponseMember_v0,
    1: _o_JoinGroupResponseMember_v0,
    2: _o_JoinGroupResponseMember_v0,
    3: _o_JoinGroupResponseMember_v0,
    4: _o_JoinGroupResponseMember_v0,
    5: _o_JoinGroupResponseMember_v5,
    6: _o_JoinGroupResponseMember_v6,
    7: _o_JoinGroupResponseMember_v6,
    8: _o_JoinGroupResponseMember_v6,
    9: _o_JoinGroupResponseMember_v6,
}

JoinGroupResponse.DECODERS = {
    0: _d_JoinGroupResponse_v0,
    1: _d_JoinGroupResponse_v0,
    2: _d_JoinGroupResponse_v2,
    3: _d_JoinGroupResponse_v2,
    4: _d_JoinGroupResponse_v2,
    5: _d_JoinGroupResponse_v5,
    6: _d_JoinGroupResponse_v6,
    7: _d_JoinGroupResponse_v7,
    8: _d_JoinGroupResponse_v7,
    9: _d_JoinGroupResponse_v9,
}

JoinGroupResponse.ENCODERS = {
    0: _e_JoinGroupResponse_v0,
    1: _e_JoinGroupResponse_v0,
    2: _e_JoinGroupResponse_v2,
    3: _e_JoinGroupResponse_v2,
    4: _e_JoinGroupResponse_v2,
    5: _e_JoinGroupResponse_v5,
    6: _e_JoinGroupResponse_v6,
    7: _e_JoinGroupResponse_v7,
    8: _e_JoinGroupResponse_v7,
    9: _e_JoinGroupResponse_v9,
}

JoinGroupResponse.SKIPPERS = {
    0: _s_JoinGroupResponse_v0,
    1: _s_JoinGroupResponse_v0,
    2: _s_JoinGroupResponse_v2,
    3: _s_JoinGroupResponse_v2,
    4: _s_JoinGroupResponse_v2,
    5: _s_JoinGroupResponse_v5,
    6: _s_JoinGroupResponse_v6,
    7: _s_JoinGroupResponse_v7,
    8: _s_JoinGroupResponse_v7,
    9: _s_JoinGroupResponse_v9,
}

JoinGroupResponse.SEEKERS = {
    0: _o_JoinGroupResponse_v0,
    1: _o_JoinGroupResponse_v0,
    2: _o_JoinGroupResponse_v2,
    3: _o_JoinGroupResponse_v2,
    4: _o_JoinGroupResponse_v2,
    5: _o_JoinGroupResponse_v5,
    6: _o_JoinGroupResponse_v6,
    7: _o_JoinGroupResponse_v7,
    8: _o_JoinGroupResponse_v7,
    9: _o_JoinGroupResponse_v9,
}
