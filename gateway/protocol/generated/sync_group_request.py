"""SyncGroupRequest: generated from specs/SyncGroupRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>i')


class SyncGroupRequestAssignment(KafkaStruct, kw_only=True, gc=False):
    """An element of SyncGroupRequest.Assignments."""

    MemberId: str = MISSING
    Assignment: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class SyncGroupRequest(Message, kw_only=True, gc=False):
    """SyncGroupRequest (API key 14), v0-v5; from specs/SyncGroupRequest.json."""

    API_KEY = 14
    KIND = 'request'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    GroupId: str = MISSING
    GenerationId: int = MISSING
    MemberId: str = MISSING
    GroupInstanceId: str | None = None
    ProtocolType: str | None = None
    ProtocolName: str | None = None
    Assignments: list[SyncGroupRequestAssignment] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_SyncGroupRequestAssignment_v0(buf: Buffer, pos: int) -> tuple[SyncGroupRequestAssignment, int]:
    v_MemberId, pos = str_k(buf, pos)
    v_Assignment, pos = bytes_k(buf, pos)
    return SyncGroupRequestAssignment(
        MemberId=v_MemberId,
        Assignment=v_Assignment,
    ), pos


def _e_SyncGroupRequestAssignment_v0(out: bytearray, m: SyncGroupRequestAssignment) -> None:
    w_str_k(out, m.MemberId)
    w_bytes_k(out, m.Assignment)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_SyncGroupRequestAssignment_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_SyncGroupRequestAssignment_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Assignment':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_SyncGroupRequest_v0(buf: Buffer, pos: int) -> tuple[SyncGroupRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    v_Assignments, pos = arr_k(_d_SyncGroupRequestAssignment_v0, buf, pos)
    return SyncGroupRequest(
        GroupId=v_GroupId,
        GenerationId=v_GenerationId,
        MemberId=v_MemberId,
        Assignments=v_Assignments,
    ), pos


def _e_SyncGroupRequest_v0(out: bytearray, m: SyncGroupRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P0.pack(m.GenerationId)
    w_str_k(out, m.MemberId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    a_Assignments = m.Assignments
    w_alen_k(out, len(a_Assignments))
    for e_Assignments in a_Assignments:
        _e_SyncGroupRequestAssignment_v0(out, e_Assignments)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_SyncGroupRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_SyncGroupRequestAssignment_v0(buf, pos)
    return pos


def _o_SyncGroupRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Assignments':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_SyncGroupRequestAssignment_v0(buf, pos)
    return pos


def _d_SyncGroupRequest_v3(buf: Buffer, pos: int) -> tuple[SyncGroupRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    v_GroupInstanceId, pos = nstr_k(buf, pos)
    v_Assignments, pos = arr_k(_d_SyncGroupRequestAssignment_v0, buf, pos)
    return SyncGroupRequest(
        GroupId=v_GroupId,
        GenerationId=v_GenerationId,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        Assignments=v_Assignments,
    ), pos


def _e_SyncGroupRequest_v3(out: bytearray, m: SyncGroupRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P0.pack(m.GenerationId)
    w_str_k(out, m.MemberId)
    w_nstr_k(out, m.GroupInstanceId)
    a_Assignments = m.Assignments
    w_alen_k(out, len(a_Assignments))
    for e_Assignments in a_Assignments:
        _e_SyncGroupRequestAssignment_v0(out, e_Assignments)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_SyncGroupRequest_v3(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_SyncGroupRequestAssignment_v0(buf, pos)
    return pos


def _o_SyncGroupRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Assignments':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_SyncGroupRequestAssignment_v0(buf, pos)
    return pos


def _d_SyncGroupRequestAssignment_v4(buf: Buffer, pos: int) -> tuple[SyncGroupRequestAssignment, int]:
    v_MemberId, pos = str_c(buf, pos)
    v_Assignment, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SyncGroupRequestAssignment(
        MemberId=v_MemberId,
        Assignment=v_Assignment,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SyncGroupRequestAssignment_v4(out: bytearray, m: SyncGroupRequestAssignment) -> None:
    w_str_c(out, m.MemberId)
    w_bytes_c(out, m.Assignment)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SyncGroupRequestAssignment_v4(buf: Buffer, pos: int) -> int:
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


def _o_SyncGroupRequestAssignment_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Assignment':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_SyncGroupRequest_v4(buf: Buffer, pos: int) -> tuple[SyncGroupRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    (v_GenerationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_Assignments, pos = arr_c(_d_SyncGroupRequestAssignment_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SyncGroupRequest(
        GroupId=v_GroupId,
        GenerationId=v_GenerationId,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        Assignments=v_Assignments,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SyncGroupRequest_v4(out: bytearray, m: SyncGroupRequest) -> None:
    w_str_c(out, m.GroupId)
    out += _P0.pack(m.GenerationId)
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    a_Assignments = m.Assignments
    w_alen_c(out, len(a_Assignments))
    for e_Assignments in a_Assignments:
        _e_SyncGroupRequestAssignment_v4(out, e_Assignments)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SyncGroupRequest_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
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
        pos = _s_SyncGroupRequestAssignment_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SyncGroupRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GenerationId':
        return pos
    pos += 4
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
    if stop == 'Assignments':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_SyncGroupRequestAssignment_v4(buf, pos)
    return pos


def _d_SyncGroupRequest_v5(buf: Buffer, pos: int) -> tuple[SyncGroupRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    (v_GenerationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_ProtocolType, pos = nstr_c(buf, pos)
    v_ProtocolName, pos = nstr_c(buf, pos)
    v_Assignments, pos = arr_c(_d_SyncGroupRequestAssignment_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SyncGroupRequest(
        GroupId=v_GroupId,
        GenerationId=v_GenerationId,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        ProtocolType=v_ProtocolType,
        ProtocolName=v_ProtocolName,
        Assignments=v_Assignments,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SyncGroupRequest_v5(out: bytearray, m: SyncGroupRequest) -> None:
    w_str_c(out, m.GroupId)
    out += _P0.pack(m.GenerationId)
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    w_nstr_c(out, m.ProtocolType)
    w_nstr_c(out, m.ProtocolName)
    a_Assignments = m.Assignments
    w_alen_c(out, len(a_Assignments))
    for e_Assignments in a_Assignments:
        _e_SyncGroupRequestAssignment_v4(out, e_Assignments)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SyncGroupRequest_v5(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
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
        pos = _s_SyncGroupRequestAssignment_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SyncGroupRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GenerationId':
        return pos
    pos += 4
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
    if stop == 'Assignments':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_SyncGroupRequestAssignment_v4(buf, pos)
    return pos


SyncGroupRequestAssignment.INFO = StructInfo('SyncGroupRequestAssignment', (
    FieldInfo('MemberId', 'string', (0, 5)),
    FieldInfo('Assignment', 'bytes', (0, 5)),
), (4, 5))

SyncGroupRequest.INFO = StructInfo('SyncGroupRequest', (
    FieldInfo('GroupId', 'string', (0, 5)),
    FieldInfo('GenerationId', 'int32', (0, 5)),
    FieldInfo('MemberId', 'string', (0, 5)),
    FieldInfo('GroupInstanceId', 'string', (3, 5), nullable=(3, 5), default=None),
    FieldInfo('ProtocolType', 'string', (5, 5), nullable=(5, 5), default=None, ignorable=True),
    FieldInfo('ProtocolName', 'string', (5, 5), nullable=(5, 5), default=None, ignorable=True),
    FieldInfo('Assignments', '[]struct', (0, 5), struct=SyncGroupRequestAssignment),
), (4, 5))

SyncGroupRequestAssignment.DECODERS = {
    0: _d_SyncGroupRequestAssignment_v0,
    1: _d_SyncGroupRequestAssignment_v0,
    2: _d_SyncGroupRequestAssignment_v0,
    3: _d_SyncGroupRequestAssignment_v0,
    4: _d_SyncGroupRequestAssignment_v4,
    5: _d_SyncGroupRequestAssignment_v4,
}

SyncGroupRequestAssignment.ENCODERS = {
    0: _e_SyncGroupRequestAssignment_v0,
    1: _e_SyncGroupRequestAssignment_v0,
    2: _e_SyncGroupRequestAssignment_v0,
    3: _e_SyncGroupRequestAssignment_v0,
    4: _e_SyncGroupRequestAssignment_v4,
    5: _e_SyncGroupRequestAssignment_v4,
}

SyncGroupRequestAssignment.SKIPPERS = {
    0: _s_SyncGroupRequestAssignment_v0,
    1: _s_SyncGroupRequestAssignment_v0,
    2: _s_SyncGroupRequestAssignment_v0,
    3: _s_SyncGroupRequestAssignment_v0,
    4: _s_SyncGroupRequestAssignment_v4,
    5: _s_SyncGroupRequestAssignment_v4,
}

SyncGroupRequestAssignment.SEEKERS = {
    0: _o_SyncGroupRequestAssignment_v0,
    1: _o_SyncGroupRequestAssignment_v0,
    2: _o_SyncGroupRequestAssignment_v0,
    3: _o_SyncGroupRequestAssignment_v0,
    4: _o_SyncGroupRequestAssignment_v4,
    5: _o_SyncGroupRequestAssignment_v4,
}

SyncGroupRequest.DECODERS = {
    0: _d_SyncGroupRequest_v0,
    1: _d_SyncGroupRequest_v0,
    2: _d_SyncGroupRequest_v0,
    3: _d_SyncGroupRequest_v3,
    4: _d_SyncGroupRequest_v4,
    5: _d_SyncGroupRequest_v5,
}

SyncGroupRequest.ENCODERS = {
    0: _e_SyncGroupRequest_v0,
    1: _e_SyncGroupRequest_v0,
    2: _e_SyncGroupRequest_v0,
    3: _e_SyncGroupRequest_v3,
    4: _e_SyncGroupRequest_v4,
    5: _e_SyncGroupRequest_v5,
}

SyncGroupRequest.SKIPPERS = {
    0: _s_SyncGroupRequest_v0,
    1: _s_SyncGroupRequest_v0,
    2: _s_SyncGroupRequest_v0,
    3: _s_SyncGroupRequest_v3,
    4: _s_SyncGroupRequest_v4,
    5: _s_SyncGroupRequest_v5,
}

SyncGroupRequest.SEEKERS = {
    0: _o_SyncGroupRequest_v0,
    1: _o_SyncGroupRequest_v0,
    2: _o_SyncGroupRequest_v0,
    3: _o_SyncGroupRequest_v3,
    4: _o_SyncGroupRequest_v4,
    5: _o_SyncGroupRequest_v5,
}
