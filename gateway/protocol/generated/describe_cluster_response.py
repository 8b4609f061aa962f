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
    non_default,
    nstr_c,
    read_tags,
    str_c,
    w_alen_c,
    w_nstr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>ih')
_P2 = Struct('>b')


class DescribeClusterBroker(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeClusterResponse.Brokers."""

    BrokerId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    Rack: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class DescribeClusterResponse(Message, kw_only=True, gc=False):
    """DescribeClusterResponse (API key 60), v0-v1; from specs/DescribeClusterResponse.json."""

    API_KEY = 60
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
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
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


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


DescribeClusterBroker.INFO = StructInfo('DescribeClusterBroker', (
    FieldInfo('BrokerId', 'int32', (0, 1)),
    FieldInfo('Host', 'string', (0, 1)),
    FieldInfo('Port', 'int32', (0, 1)),
    FieldInfo('Rack', 'string', (0, 1), nullable=(0, 1), default=None),
), (0, 1))

DescribeClusterResponse.INFO = StructInfo('DescribeClusterResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 1)),
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('ErrorMessage', 'string', (0, 1), nullable=(0, 1), default=None),
    FieldInfo('EndpointType', 'int8', (1, 1), default=1),
    FieldInfo('ClusterId', 'string', (0, 1)),
    FieldInfo('ControllerId', 'int32', (0, 1), default=-1),
    FieldInfo('Brokers', '[]struct', (0, 1), struct=DescribeClusterBroker),
    FieldInfo('ClusterAuthorizedOperations', 'int32', (0, 1), default=-2147483648),
), (0, 1))

DescribeClusterResponse.DECODERS = {
    0: _d_DescribeClusterResponse_v0,
    1: _d_DescribeClusterResponse_v1,
}
DescribeClusterResponse.ENCODERS = {
    0: _e_DescribeClusterResponse_v0,
    1: _e_DescribeClusterResponse_v1,
}
