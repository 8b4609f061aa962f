"""FindCoordinatorResponse: generated from specs/FindCoordinatorResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    count_c,
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
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>hi')
_P1 = Struct('>i')
_P2 = Struct('>ih')


class Coordinator(KafkaStruct, kw_only=True, gc=False):
    """An element of FindCoordinatorResponse.Coordinators."""

    Key: str = MISSING
    NodeId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class FindCoordinatorResponse(Message, kw_only=True, gc=False):
    """FindCoordinatorResponse (API key 10), v0-v6; from specs/FindCoordinatorResponse.json."""

    API_KEY = 10
    KIND = 'response'
    VALID_VERSIONS = (0, 6)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    NodeId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    Coordinators: list[Coordinator] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_FindCoordinatorResponse_v0(buf: Buffer, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_ErrorCode, v_NodeId = _P0.unpack_from(buf, pos)
    pos += 6
    v_Host, pos = str_k(buf, pos)
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    return FindCoordinatorResponse(
        ThrottleTimeMs=0,
        ErrorCode=v_ErrorCode,
        ErrorMessage="",
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
        Coordinators=[],
    ), pos


def _e_FindCoordinatorResponse_v0(out: bytearray, m: FindCoordinatorResponse) -> None:
    out += _P0.pack(m.ErrorCode, m.NodeId)
    w_str_k(out, m.Host)
    out += _P1.pack(m.Port)
    if non_default(m.Coordinators, []):
        raise EncodeError('Coordinators')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FindCoordinatorResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_FindCoordinatorResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'NodeId':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Port':
        return pos
    pos += 4
    return pos


def _d_FindCoordinatorResponse_v1(buf: Buffer, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_k(buf, pos)
    (v_NodeId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_k(buf, pos)
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    return FindCoordinatorResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
        Coordinators=[],
    ), pos


def _e_FindCoordinatorResponse_v1(out: bytearray, m: FindCoordinatorResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    out += _P1.pack(m.NodeId)
    w_str_k(out, m.Host)
    out += _P1.pack(m.Port)
    if non_default(m.Coordinators, []):
        raise EncodeError('Coordinators')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FindCoordinatorResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_FindCoordinatorResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'NodeId':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Port':
        return pos
    pos += 4
    return pos


def _d_FindCoordinatorResponse_v3(buf: Buffer, pos: int) -> tuple[FindCoordinatorResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    (v_NodeId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FindCoordinatorResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
        Coordinators=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FindCoordinatorResponse_v3(out: bytearray, m: FindCoordinatorResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P1.pack(m.NodeId)
    w_str_c(out, m.Host)
    out += _P1.pack(m.Port)
    if non_default(m.Coordinators, []):
        raise EncodeError('Coordinators')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FindCoordinatorResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 6
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
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FindCoordinatorResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'NodeId':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Port':
        return pos
    pos += 4
    return pos


def _d_Coordinator_v4(buf: Buffer, pos: int) -> tuple[Coordinator, int]:
    v_Key, pos = str_c(buf, pos)
    (v_NodeId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    v_Port, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Coordinator(
        Key=v_Key,
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Coordinator_v4(out: bytearray, m: Coordinator) -> None:
    w_str_c(out, m.Key)
    out += _P1.pack(m.NodeId)
    w_str_c(out, m.Host)
    out += _P2.pack(m.Port, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Coordinator_v4(buf: Buffer, pos: int) -> int:
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
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Coordinator_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Key':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'NodeId':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Port':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_FindCoordinatorResponse_v4(buf: Buffer, pos: int) -> tuple[FindCoordinatorResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Coordinators, pos = arr_c(_d_Coordinator_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FindCoordinatorResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        ErrorMessage="",
        NodeId=0,
        Host="",
        Port=0,
        Coordinators=v_Coordinators,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FindCoordinatorResponse_v4(out: bytearray, m: FindCoordinatorResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.ErrorCode, 0):
        raise EncodeError('ErrorCode')
    if non_default(m.NodeId, 0):
        raise EncodeError('NodeId')
    if non_default(m.Host, ""):
        raise EncodeError('Host')
    if non_default(m.Port, 0):
        raise EncodeError('Port')
    a_Coordinators = m.Coordinators
    w_alen_c(out, len(a_Coordinators))
    for e_Coordinators in a_Coordinators:
        _e_Coordinator_v4(out, e_Coordinators)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FindCoordinatorResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Coordinator_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FindCoordinatorResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Coordinators':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Coordinator_v4(buf, pos)
    return pos


Coordinator.INFO = StructInfo('Coordinator', (
    FieldInfo('Key', 'string', (4, 6)),
    FieldInfo('NodeId', 'int32', (4, 6)),
    FieldInfo('Host', 'string', (4, 6)),
    FieldInfo('Port', 'int32', (4, 6)),
    FieldInfo('ErrorCode', 'int16', (4, 6)),
    FieldInfo('ErrorMessage', 'string', (4, 6), nullable=(4, 6), ignorable=True),
), (3, 6))

FindCoordinatorResponse.INFO = StructInfo('FindCoordinatorResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (1, 6), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('ErrorMessage', 'string', (1, 3), nullable=(1, 3), ignorable=True),
    FieldInfo('NodeId', 'int32', (0, 3)),
    FieldInfo('Host', 'string', (0, 3)),
    FieldInfo('Port', 'int32', (0, 3)),
    FieldInfo('Coordinators', '[]struct', (4, 6), struct=Coordinator),
), (3, 6))

Coordinator.DECODERS = {
    4: _d_Coordinator_v4,
    5: _d_Coordinator_v4,
    6: _d_Coordinator_v4,
}

Coordinator.ENCODERS = {
    4: _e_Coordinator_v4,
    5: _e_Coordinator_v4,
    6: _e_Coordinator_v4,
}

Coordinator.SKIPPERS = {
    4: _s_Coordinator_v4,
    5: _s_Coordinator_v4,
    6: _s_Coordinator_v4,
}

Coordinator.SEEKERS = {
    4: _o_Coordinator_v4,
    5: _o_Coordinator_v4,
    6: _o_Coordinator_v4,
}

FindCoordinatorResponse.DECODERS = {
    0: _d_FindCoordinatorResponse_v0,
    1: _d_FindCoordinatorResponse_v1,
    2: _d_FindCoordinatorResponse_v1,
    3: _d_FindCoordinatorResponse_v3,
    4: _d_FindCoordinatorResponse_v4,
    5: _d_FindCoordinatorResponse_v4,
    6: _d_FindCoordinatorResponse_v4,
}

FindCoordinatorResponse.ENCODERS = {
    0: _e_FindCoordinatorResponse_v0,
    1: _e_FindCoordinatorResponse_v1,
    2: _e_FindCoordinatorResponse_v1,
    3: _e_FindCoordinatorResponse_v3,
    4: _e_FindCoordinatorResponse_v4,
    5: _e_FindCoordinatorResponse_v4,
    6: _e_FindCoordinatorResponse_v4,
}

FindCoordinatorResponse.SKIPPERS = {
    0: _s_FindCoordinatorResponse_v0,
    1: _s_FindCoordinatorResponse_v1,
    2: _s_FindCoordinatorResponse_v1,
    3: _s_FindCoordinatorResponse_v3,
    4: _s_FindCoordinatorResponse_v4,
    5: _s_FindCoordinatorResponse_v4,
    6: _s_FindCoordinatorResponse_v4,
}

FindCoordinatorResponse.SEEKERS = {
    0: _o_FindCoordinatorResponse_v0,
    1: _o_FindCoordinatorResponse_v1,
    2: _o_FindCoordinatorResponse_v1,
    3: _o_FindCoordinatorResponse_v3,
    4: _o_FindCoordinatorResponse_v4,
    5: _o_FindCoordinatorResponse_v4,
    6: _o_FindCoordinatorResponse_v4,
}
