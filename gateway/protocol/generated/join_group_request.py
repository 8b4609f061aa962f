"""JoinGroupRequest: generated from specs/JoinGroupRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>ii')


class JoinGroupRequestProtocol(KafkaStruct, kw_only=True, gc=False):
    """An element of JoinGroupRequest.Protocols."""

    Name: str = MISSING
    Metadata: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class JoinGroupRequest(Message, kw_only=True, gc=False):
    """JoinGroupRequest (API key 11), v0-v9; from specs/JoinGroupRequest.json."""

    API_KEY = 11
    KIND = 'request'
    VALID_VERSIONS = (0, 9)
    FLEXIBLE_FROM = 6
    LATEST_VERSION_UNSTABLE = False

    GroupId: str = MISSING
    SessionTimeoutMs: int = MISSING
    RebalanceTimeoutMs: int = -1
    MemberId: str = MISSING
    GroupInstanceId: str | None = None
    ProtocolType: str = MISSING
    Protocols: list[JoinGroupRequestProtocol] = MISSING
    Reason: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


def _d_JoinGroupRequestProtocol_v0(buf: Buffer, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    v_Name, pos = str_k(buf, pos)
    v_Metadata, pos = bytes_k(buf, pos)
    return JoinGroupRequestProtocol(
        Name=v_Name,
        Metadata=v_Metadata,
    ), pos


def _e_JoinGroupRequestProtocol_v0(out: bytearray, m: JoinGroupRequestProtocol) -> None:
    w_str_k(out, m.Name)
    w_bytes_k(out, m.Metadata)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupRequestProtocol_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k32(buf, pos)
    return pos


def _o_JoinGroupRequestProtocol_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Metadata':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_JoinGroupRequest_v0(buf: Buffer, pos: int) -> tuple[JoinGroupRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_SessionTimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    v_ProtocolType, pos = str_k(buf, pos)
    v_Protocols, pos = arr_k(_d_JoinGroupRequestProtocol_v0, buf, pos)
    return JoinGroupRequest(
        GroupId=v_GroupId,
        SessionTimeoutMs=v_SessionTimeoutMs,
        MemberId=v_MemberId,
        ProtocolType=v_ProtocolType,
        Protocols=v_Protocols,
    ), pos


def _e_JoinGroupRequest_v0(out: bytearray, m: JoinGroupRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P0.pack(m.SessionTimeoutMs)
    w_str_k(out, m.MemberId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    w_str_k(out, m.ProtocolType)
    a_Protocols = m.Protocols
    w_alen_k(out, len(a_Protocols))
    for e_Protocols in a_Protocols:
        _e_JoinGroupRequestProtocol_v0(out, e_Protocols)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupRequestProtocol_v0(buf, pos)
    return pos


def _o_JoinGroupRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'SessionTimeoutMs':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Protocols':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupRequestProtocol_v0(buf, pos)
    return pos


def _d_JoinGroupRequest_v1(buf: Buffer, pos: int) -> tuple[JoinGroupRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_SessionTimeoutMs, v_RebalanceTimeoutMs = _P1.unpack_from(buf, pos)
    pos += 8
    v_MemberId, pos = str_k(buf, pos)
    v_ProtocolType, pos = str_k(buf, pos)
    v_Protocols, pos = arr_k(_d_JoinGroupRequestProtocol_v0, buf, pos)
    return JoinGroupRequest(
        GroupId=v_GroupId,
        SessionTimeoutMs=v_SessionTimeoutMs,
        RebalanceTimeoutMs=v_RebalanceTimeoutMs,
        MemberId=v_MemberId,
        ProtocolType=v_ProtocolType,
        Protocols=v_Protocols,
    ), pos


def _e_JoinGroupRequest_v1(out: bytearray, m: JoinGroupRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P1.pack(m.SessionTimeoutMs, m.RebalanceTimeoutMs)
    w_str_k(out, m.MemberId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    w_str_k(out, m.ProtocolType)
    a_Protocols = m.Protocols
    w_alen_k(out, len(a_Protocols))
    for e_Protocols in a_Protocols:
        _e_JoinGroupRequestProtocol_v0(out, e_Protocols)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupRequest_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 8
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupRequestProtocol_v0(buf, pos)
    return pos


def _o_JoinGroupRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'SessionTimeoutMs':
        return pos
    pos += 4
    if stop == 'RebalanceTimeoutMs':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Protocols':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupRequestProtocol_v0(buf, pos)
    return pos


def _d_JoinGroupRequest_v5(buf: Buffer, pos: int) -> tuple[JoinGroupRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_SessionTimeoutMs, v_RebalanceTimeoutMs = _P1.unpack_from(buf, pos)
    pos += 8
    v_MemberId, pos = str_k(buf, pos)
    v_GroupInstanceId, pos = nstr_k(buf, pos)
    v_ProtocolType, pos = str_k(buf, pos)
    v_Protocols, pos = arr_k(_d_JoinGroupRequestProtocol_v0, buf, pos)
    return JoinGroupRequest(
        GroupId=v_GroupId,
        SessionTimeoutMs=v_SessionTimeoutMs,
        RebalanceTimeoutMs=v_RebalanceTimeoutMs,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        ProtocolType=v_ProtocolType,
        Protocols=v_Protocols,
    ), pos


def _e_JoinGroupRequest_v5(out: bytearray, m: JoinGroupRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P1.pack(m.SessionTimeoutMs, m.RebalanceTimeoutMs)
    w_str_k(out, m.MemberId)
    w_nstr_k(out, m.GroupInstanceId)
    w_str_k(out, m.ProtocolType)
    a_Protocols = m.Protocols
    w_alen_k(out, len(a_Protocols))
    for e_Protocols in a_Protocols:
        _e_JoinGroupRequestProtocol_v0(out, e_Protocols)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_JoinGroupRequest_v5(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 8
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupRequestProtocol_v0(buf, pos)
    return pos


def _o_JoinGroupRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'SessionTimeoutMs':
        return pos
    pos += 4
    if stop == 'RebalanceTimeoutMs':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProtocolType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Protocols':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupRequestProtocol_v0(buf, pos)
    return pos


def _d_JoinGroupRequestProtocol_v6(buf: Buffer, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    v_Name, pos = str_c(buf, pos)
    v_Metadata, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = JoinGroupRequestProtocol(
        Name=v_Name,
        Metadata=v_Metadata,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_JoinGroupRequestProtocol_v6(out: bytearray, m: JoinGroupRequestProtocol) -> None:
    w_str_c(out, m.Name)
    w_bytes_c(out, m.Metadata)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_JoinGroupRequestProtocol_v6(buf: Buffer, pos: int) -> int:
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


def _o_JoinGroupRequestProtocol_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
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


def _d_JoinGroupRequest_v6(buf: Buffer, pos: int) -> tuple[JoinGroupRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_SessionTimeoutMs, v_RebalanceTimeoutMs = _P1.unpack_from(buf, pos)
    pos += 8
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_ProtocolType, pos = str_c(buf, pos)
    v_Protocols, pos = arr_c(_d_JoinGroupRequestProtocol_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = JoinGroupRequest(
        GroupId=v_GroupId,
        SessionTimeoutMs=v_SessionTimeoutMs,
        RebalanceTimeoutMs=v_RebalanceTimeoutMs,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        ProtocolType=v_ProtocolType,
        Protocols=v_Protocols,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_JoinGroupRequest_v6(out: bytearray, m: JoinGroupRequest) -> None:
    w_str_c(out, m.GroupId)
    out += _P1.pack(m.SessionTimeoutMs, m.RebalanceTimeoutMs)
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    w_str_c(out, m.ProtocolType)
    a_Protocols = m.Protocols
    w_alen_c(out, len(a_Protocols))
    for e_Protocols in a_Protocols:
        _e_JoinGroupRequestProtocol_v6(out, e_Protocols)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_JoinGroupRequest_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 8
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
        pos = _s_JoinGroupRequestProtocol_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_JoinGroupRequest_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'SessionTimeoutMs':
        return pos
    pos += 4
    if stop == 'RebalanceTimeoutMs':
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
    if stop == 'Protocols':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupRequestProtocol_v6(buf, pos)
    return pos


def _d_JoinGroupRequest_v8(buf: Buffer, pos: int) -> tuple[JoinGroupRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_SessionTimeoutMs, v_RebalanceTimeoutMs = _P1.unpack_from(buf, pos)
    pos += 8
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_ProtocolType, pos = str_c(buf, pos)
    v_Protocols, pos = arr_c(_d_JoinGroupRequestProtocol_v6, buf, pos)
    v_Reason, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = JoinGroupRequest(
        GroupId=v_GroupId,
        SessionTimeoutMs=v_SessionTimeoutMs,
        RebalanceTimeoutMs=v_RebalanceTimeoutMs,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        ProtocolType=v_ProtocolType,
        Protocols=v_Protocols,
        Reason=v_Reason,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_JoinGroupRequest_v8(out: bytearray, m: JoinGroupRequest) -> None:
    w_str_c(out, m.GroupId)
    out += _P1.pack(m.SessionTimeoutMs, m.RebalanceTimeoutMs)
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    w_str_c(out, m.ProtocolType)
    a_Protocols = m.Protocols
    w_alen_c(out, len(a_Protocols))
    for e_Protocols in a_Protocols:
        _e_JoinGroupRequestProtocol_v6(out, e_Protocols)
    w_nstr_c(out, m.Reason)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_JoinGroupRequest_v8(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 8
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
        pos = _s_JoinGroupRequestProtocol_v6(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_JoinGroupRequest_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'SessionTimeoutMs':
        return pos
    pos += 4
    if stop == 'RebalanceTimeoutMs':
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
    if stop == 'Protocols':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_JoinGroupRequestProtocol_v6(buf, pos)
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


JoinGroupRequestProtocol.INFO = StructInfo('JoinGroupRequestProtocol', (
    FieldInfo('Name', 'string', (0, 9)),
    FieldInfo('Metadata', 'bytes', (0, 9)),
), (6, 9))

JoinGroupRequest.INFO = StructInfo('JoinGroupRequest', (
    FieldInfo('GroupId', 'string', (0, 9)),
    FieldInfo('SessionTimeoutMs', 'int32', (0, 9)),
    FieldInfo('RebalanceTimeoutMs', 'int32', (1, 9), default=-1, ignorable=True),
    FieldInfo('MemberId', 'string', (0, 9)),
    FieldInfo('GroupInstanceId', 'string', (5, 9), nullable=(5, 9), default=None),
    FieldInfo('ProtocolType', 'string', (0, 9)),
    FieldInfo('Protocols', '[]struct', (0, 9), struct=JoinGroupRequestProtocol),
    FieldInfo('Reason', 'string', (8, 9), nullable=(8, 9), default=None, ignorable=True),
), (6, 9))

JoinGroupRequestProtocol.DECODERS = {
    0: _d_JoinGroupRequestProtocol_v0,
    1: _d_JoinGroupRequestProtocol_v0,
    2: _d_JoinGroupRequestProtocol_v0,
    3: _d_JoinGroupRequestProtocol_v0,
    4: _d_JoinGroupRequestProtocol_v0,
    5: _d_JoinGroupRequestProtocol_v0,
    6: _d_JoinGroupRequestProtocol_v6,
    7: _d_JoinGroupRequestProtocol_v6,
    8: _d_JoinGroupRequestProtocol_v6,
    9: _d_JoinGroupRequestProtocol_v6,
}

JoinGroupRequestProtocol.ENCODERS = {
    0: _e_JoinGroupRequestProtocol_v0,
    1: _e_JoinGroupRequestProtocol_v0,
    2: _e_JoinGroupRequestProtocol_v0,
    3: _e_JoinGroupRequestProtocol_v0,
    4: _e_JoinGroupRequestProtocol_v0,
    5: _e_JoinGroupRequestProtocol_v0,
    6: _e_JoinGroupRequestProtocol_v6,
    7: _e_JoinGroupRequestProtocol_v6,
    8: _e_JoinGroupRequestProtocol_v6,
    9: _e_JoinGroupRequestProtocol_v6,
}

JoinGroupRequestProtocol.SKIPPERS = {
    0: _s_JoinGroupRequestProtocol_v0,
    1: _s_JoinGroupRequestProtocol_v0,
    2: _s_JoinGroupRequestProtocol_v0,
    3: _s_JoinGroupRequestProtocol_v0,
    4: _s_JoinGroupRequestProtocol_v0,
    5: _s_JoinGroupRequestProtocol_v0,
    6: _s_JoinGroupRequestProtocol_v6,
    7: _s_JoinGroupRequestProtocol_v6,
    8: _s_JoinGroupRequestProtocol_v6,
    9: _s_JoinGroupRequestProtocol_v6,
}

JoinGroupRequestProtocol.SEEKERS = {
    0: _o_JoinGroupRequestProtocol_v0,
    1: _o_JoinGroupRequestProtocol_v0,
    2: _o_JoinGroupRequestProtocol_v0,
    3: _o_JoinGroupRequestProtocol_v0,
    4: _o_JoinGroupRequestProtocol_v0,
    5: _o_JoinGroupRequestProtocol_v0,
    6: _o_JoinGroupRequestProtocol_v6,
    7: _o_JoinGroupRequestProtocol_v6,
    8: _o_JoinGroupRequestProtocol_v6,
    9: _o_JoinGroupRequestProtocol_v6,
}

JoinGroupRequest.DECODERS = {
    0: _d_JoinGroupRequest_v0,
    1: _d_JoinGroupRequest_v1,
    2: _d_JoinGroupRequest_v1,
    3: _d_JoinGroupRequest_v1,
    4: _d_JoinGroupRequest_v1,
    5: _d_JoinGroupRequest_v5,
    6: _d_JoinGroupRequest_v6,
    7: _d_JoinGroupRequest_v6,
    8: _d_JoinGroupRequest_v8,
    9: _d_JoinGroupRequest_v8,
}

JoinGroupRequest.ENCODERS = {
    0: _e_JoinGroupRequest_v0,
    1: _e_JoinGroupRequest_v1,
    2: _e_JoinGroupRequest_v1,
    3: _e_JoinGroupRequest_v1,
    4: _e_JoinGroupRequest_v1,
    5: _e_JoinGroupRequest_v5,
    6: _e_JoinGroupRequest_v6,
    7: _e_JoinGroupRequest_v6,
    8: _e_JoinGroupRequest_v8,
    9: _e_JoinGroupRequest_v8,
}

JoinGroupRequest.SKIPPERS = {
    0: _s_JoinGroupRequest_v0,
    1: _s_JoinGroupRequest_v1,
    2: _s_JoinGroupRequest_v1,
    3: _s_JoinGroupRequest_v1,
    4: _s_JoinGroupRequest_v1,
    5: _s_JoinGroupRequest_v5,
    6: _s_JoinGroupRequest_v6,
    7: _s_JoinGroupRequest_v6,
    8: _s_JoinGroupRequest_v8,
    9: _s_JoinGroupRequest_v8,
}

JoinGroupRequest.SEEKERS = {
    0: _o_JoinGroupRequest_v0,
    1: _o_JoinGroupRequest_v1,
    2: _o_JoinGroupRequest_v1,
    3: _o_JoinGroupRequest_v1,
    4: _o_JoinGroupRequest_v1,
    5: _o_JoinGroupRequest_v5,
    6: _o_JoinGroupRequest_v6,
    7: _o_JoinGroupRequest_v6,
    8: _o_JoinGroupRequest_v8,
    9: _o_JoinGroupRequest_v8,
}
