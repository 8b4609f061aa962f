"""DescribeClusterResponse: generated from specs/DescribeClusterResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_nstr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>ih')
_P2 = Struct('>b')
_P3 = Struct('>?')


class DescribeClusterBroker(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeClusterResponse.Brokers."""

    BrokerId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    Rack: str | None = None
    IsFenced: bool = False
    unknown_tags: dict[int, Buffer] | None = None


class DescribeClusterResponse(Message, kw_only=True, gc=False):
    """DescribeClusterResponse (API key 60), v0-v2; from specs/DescribeClusterResponse.json."""

    API_KEY = 60
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    EndpointType: int = 1
    ClusterId: str = MISSING
    ControllerId: int = -1
    Brokers: list[DescribeClusterBroker] = MISSING
    ClusterAuthorizedOperations: int = -2147483648
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeClusterBroker_v0(buf: Buffer, pos: int) -> tuple[DescribeClusterBroker, int]:
    (v_BrokerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Rack, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClusterBroker(
        BrokerId=v_BrokerId,
        Host=v_Host,
        Port=v_Port,
        Rack=v_Rack,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClusterBroker_v0(out: bytearray, m: DescribeClusterBroker) -> None:
    out += _P0.pack(m.BrokerId)
    w_str_c(out, m.Host)
    out += _P0.pack(m.Port)
    w_nstr_c(out, m.Rack)
    if non_default(m.IsFenced, False):
        raise EncodeError('IsFenced')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClusterBroker_v0(buf: Buffer, pos: int) -> int:
    pos += 4
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClusterBroker_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
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
    if stop == 'Rack':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_DescribeClusterResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeClusterResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_ClusterId, pos = str_c(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_c(_d_DescribeClusterBroker_v0, buf, pos)
    (v_ClusterAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClusterResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Brokers=v_Brokers,
        ClusterAuthorizedOperations=v_ClusterAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClusterResponse_v0(out: bytearray, m: DescribeClusterResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    if non_default(m.EndpointType, 1):
        raise EncodeError('EndpointType')
    w_str_c(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Brokers = m.Brokers
    w_alen_c(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_DescribeClusterBroker_v0(out, e_Brokers)
    out += _P0.pack(m.ClusterAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClusterResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
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
        pos = _s_DescribeClusterBroker_v0(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClusterResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeClusterBroker_v0(buf, pos)
    if stop == 'ClusterAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_DescribeClusterResponse_v1(buf: Buffer, pos: int) -> tuple[DescribeClusterResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    (v_EndpointType,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_ClusterId, pos = str_c(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_c(_d_DescribeClusterBroker_v0, buf, pos)
    (v_ClusterAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClusterResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        EndpointType=v_EndpointType,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Brokers=v_Brokers,
        ClusterAuthorizedOperations=v_ClusterAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClusterResponse_v1(out: bytearray, m: DescribeClusterResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P2.pack(m.EndpointType)
    w_str_c(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Brokers = m.Brokers
    w_alen_c(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_DescribeClusterBroker_v0(out, e_Brokers)
    out += _P0.pack(m.ClusterAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClusterResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
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
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeClusterBroker_v0(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClusterResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'EndpointType':
        return pos
    pos += 1
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeClusterBroker_v0(buf, pos)
    if stop == 'ClusterAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_DescribeClusterBroker_v2(buf: Buffer, pos: int) -> tuple[DescribeClusterBroker, int]:
    (v_BrokerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Rack, pos = nstr_c(buf, pos)
    (v_IsFenced,) = _P3.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClusterBroker(
        BrokerId=v_BrokerId,
        Host=v_Host,
        Port=v_Port,
        Rack=v_Rack,
        IsFenced=v_IsFenced,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClusterBroker_v2(out: bytearray, m: DescribeClusterBroker) -> None:
    out += _P0.pack(m.BrokerId)
    w_str_c(out, m.Host)
    out += _P0.pack(m.Port)
    w_nstr_c(out, m.Rack)
    out += _P3.pack(m.IsFenced)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClusterBroker_v2(buf: Buffer, pos: int) -> int:
    pos += 4
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
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClusterBroker_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
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
    if stop == 'Rack':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IsFenced':
        return pos
    pos += 1
    return pos


def _d_DescribeClusterResponse_v2(buf: Buffer, pos: int) -> tuple[DescribeClusterResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    (v_EndpointType,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_ClusterId, pos = str_c(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_c(_d_DescribeClusterBroker_v2, buf, pos)
    (v_ClusterAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClusterResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        EndpointType=v_EndpointType,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Brokers=v_Brokers,
        ClusterAuthorizedOperations=v_ClusterAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClusterResponse_v2(out: bytearray, m: DescribeClusterResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P2.pack(m.EndpointType)
    w_str_c(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Brokers = m.Brokers
    w_alen_c(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_DescribeClusterBroker_v2(out, e_Brokers)
    out += _P0.pack(m.ClusterAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClusterResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 6
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
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeClusterBroker_v2(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClusterResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'EndpointType':
        return pos
    pos += 1
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeClusterBroker_v2(buf, pos)
    if stop == 'ClusterAuthorizedOperations':
        return pos
    pos += 4
    return pos


DescribeClusterBroker.INFO = StructInfo('DescribeClusterBroker', (
    FieldInfo('BrokerId', 'int32', (0, 2)),
    FieldInfo('Host', 'string', (0, 2)),
    FieldInfo('Port', 'int32', (0, 2)),
    FieldInfo('Rack', 'string', (0, 2), nullable=(0, 2), default=None),
    FieldInfo('IsFenced', 'bool', (2, 2), default=False),
), (0, 2))

DescribeClusterResponse.INFO = StructInfo('DescribeClusterResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ErrorMessage', 'string', (0, 2), nullable=(0, 2), default=None),
    FieldInfo('EndpointType', 'int8', (1, 2), default=1),
    FieldInfo('ClusterId', 'string', (0, 2)),
    FieldInfo('ControllerId', 'int32', (0, 2), default=-1),
    FieldInfo('Brokers', '[]struct', (0, 2), struct=DescribeClusterBroker),
    FieldInfo('ClusterAuthorizedOperations', 'int32', (0, 2), default=-2147483648),
), (0, 2))

DescribeClusterBroker.DECODERS = {
    0: _d_DescribeClusterBroker_v0,
    1: _d_DescribeClusterBroker_v0,
    2: _d_DescribeClusterBroker_v2,
}

DescribeClusterBroker.ENCODERS = {
    0: _e_DescribeClusterBroker_v0,
    1: _e_DescribeClusterBroker_v0,
    2: _e_DescribeClusterBroker_v2,
}

DescribeClusterBroker.SKIPPERS = {
    0: _s_DescribeClusterBroker_v0,
    1: _s_DescribeClusterBroker_v0,
    2: _s_DescribeClusterBroker_v2,
}

DescribeClusterBroker.SEEKERS = {
    0: _o_DescribeClusterBroker_v0,
    1: _o_DescribeClusterBroker_v0,
    2: _o_DescribeClusterBroker_v2,
}

DescribeClusterResponse.DECODERS = {
    0: _d_DescribeClusterResponse_v0,
    1: _d_DescribeClusterResponse_v1,
    2: _d_DescribeClusterResponse_v2,
}

DescribeClusterResponse.ENCODERS = {
    0: _e_DescribeClusterResponse_v0,
    1: _e_DescribeClusterResponse_v1,
    2: _e_DescribeClusterResponse_v2,
}

DescribeClusterResponse.SKIPPERS = {
    0: _s_DescribeClusterResponse_v0,
    1: _s_DescribeClusterResponse_v1,
    2: _s_DescribeClusterResponse_v2,
}

DescribeClusterResponse.SEEKERS = {
    0: _o_DescribeClusterResponse_v0,
    1: _o_DescribeClusterResponse_v1,
    2: _o_DescribeClusterResponse_v2,
}
