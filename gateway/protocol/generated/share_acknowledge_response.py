"""ShareAcknowledgeResponse: generated from specs/ShareAcknowledgeResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    count_c,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_nstr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>ii')
_P1 = Struct('>ih')
_P2 = Struct('>16s')
_P3 = Struct('>i')


class LeaderIdAndEpoch(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionData.CurrentLeader."""

    LeaderId: int = MISSING
    LeaderEpoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of ShareAcknowledgeTopicResponse.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    CurrentLeader: LeaderIdAndEpoch = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ShareAcknowledgeTopicResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of ShareAcknowledgeResponse.Responses."""

    TopicId: bytes = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class NodeEndpoint(KafkaStruct, kw_only=True, gc=False):
    """An element of ShareAcknowledgeResponse.NodeEndpoints."""

    NodeId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    Rack: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class ShareAcknowledgeResponse(Message, kw_only=True, gc=False):
    """ShareAcknowledgeResponse (API key 79), v0-v0; from specs/ShareAcknowledgeResponse.json."""

    API_KEY = 79
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    Responses: list[ShareAcknowledgeTopicResponse] = MISSING
    NodeEndpoints: list[NodeEndpoint] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_LeaderIdAndEpoch_v0(buf: Buffer, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_LeaderId, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderIdAndEpoch(
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderIdAndEpoch_v0(out: bytearray, m: LeaderIdAndEpoch) -> None:
    out += _P0.pack(m.LeaderId, m.LeaderEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderIdAndEpoch_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderIdAndEpoch_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_CurrentLeader, pos = _d_LeaderIdAndEpoch_v0(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        CurrentLeader=v_CurrentLeader,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P1.pack(m.PartitionIndex, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    _e_LeaderIdAndEpoch_v0(out, m.CurrentLeader)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos = _s_LeaderIdAndEpoch_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
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
    if stop == 'CurrentLeader':
        return pos
    pos = _s_LeaderIdAndEpoch_v0(buf, pos)
    return pos


def _d_ShareAcknowledgeTopicResponse_v0(buf: Buffer, pos: int) -> tuple[ShareAcknowledgeTopicResponse, int]:
    (v_TopicId,) = _P2.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ShareAcknowledgeTopicResponse(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ShareAcknowledgeTopicResponse_v0(out: bytearray, m: ShareAcknowledgeTopicResponse) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ShareAcknowledgeTopicResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ShareAcknowledgeTopicResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_NodeEndpoint_v0(buf: Buffer, pos: int) -> tuple[NodeEndpoint, int]:
    (v_NodeId,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_Rack, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = NodeEndpoint(
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
        Rack=v_Rack,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_NodeEndpoint_v0(out: bytearray, m: NodeEndpoint) -> None:
    out += _P3.pack(m.NodeId)
    w_str_c(out, m.Host)
    out += _P3.pack(m.Port)
    w_nstr_c(out, m.Rack)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_NodeEndpoint_v0(buf: Buffer, pos: int) -> int:
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


def _o_NodeEndpoint_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_ShareAcknowledgeResponse_v0(buf: Buffer, pos: int) -> tuple[ShareAcknowledgeResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_Responses, pos = arr_c(_d_ShareAcknowledgeTopicResponse_v0, buf, pos)
    v_NodeEndpoints, pos = arr_c(_d_NodeEndpoint_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ShareAcknowledgeResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Responses=v_Responses,
        NodeEndpoints=v_NodeEndpoints,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ShareAcknowledgeResponse_v0(out: bytearray, m: ShareAcknowledgeResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_ShareAcknowledgeTopicResponse_v0(out, e_Responses)
    a_NodeEndpoints = m.NodeEndpoints
    w_alen_c(out, len(a_NodeEndpoints))
    for e_NodeEndpoints in a_NodeEndpoints:
        _e_NodeEndpoint_v0(out, e_NodeEndpoints)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ShareAcknowledgeResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ShareAcknowledgeTopicResponse_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_NodeEndpoint_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ShareAcknowledgeResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ShareAcknowledgeTopicResponse_v0(buf, pos)
    if stop == 'NodeEndpoints':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_NodeEndpoint_v0(buf, pos)
    return pos


LeaderIdAndEpoch.INFO = StructInfo('LeaderIdAndEpoch', (
    FieldInfo('LeaderId', 'int32', (0, 0)),
    FieldInfo('LeaderEpoch', 'int32', (0, 0)),
), (0, 0))

PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('CurrentLeader', 'struct', (0, 0), struct=LeaderIdAndEpoch),
), (0, 0))

ShareAcknowledgeTopicResponse.INFO = StructInfo('ShareAcknowledgeTopicResponse', (
    FieldInfo('TopicId', 'uuid', (0, 0), ignorable=True),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=PartitionData),
), (0, 0))

NodeEndpoint.INFO = StructInfo('NodeEndpoint', (
    FieldInfo('NodeId', 'int32', (0, 0)),
    FieldInfo('Host', 'string', (0, 0)),
    FieldInfo('Port', 'int32', (0, 0)),
    FieldInfo('Rack', 'string', (0, 0), nullable=(0, 0), default=None),
), (0, 0))

ShareAcknowledgeResponse.INFO = StructInfo('ShareAcknowledgeResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 0), ignorable=True),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('Responses', '[]struct', (0, 0), struct=ShareAcknowledgeTopicResponse),
    FieldInfo('NodeEndpoints', '[]struct', (0, 0), struct=NodeEndpoint),
), (0, 0))

LeaderIdAndEpoch.DECODERS = {
    0: _d_LeaderIdAndEpoch_v0,
}

LeaderIdAndEpoch.ENCODERS = {
    0: _e_LeaderIdAndEpoch_v0,
}

LeaderIdAndEpoch.SKIPPERS = {
    0: _s_LeaderIdAndEpoch_v0,
}

LeaderIdAndEpoch.SEEKERS = {
    0: _o_LeaderIdAndEpoch_v0,
}

PartitionData.DECODERS = {
    0: _d_PartitionData_v0,
}

PartitionData.ENCODERS = {
    0: _e_PartitionData_v0,
}

PartitionData.SKIPPERS = {
    0: _s_PartitionData_v0,
}

PartitionData.SEEKERS = {
    0: _o_PartitionData_v0,
}

ShareAcknowledgeTopicResponse.DECODERS = {
    0: _d_ShareAcknowledgeTopicResponse_v0,
}

ShareAcknowledgeTopicResponse.ENCODERS = {
    0: _e_ShareAcknowledgeTopicResponse_v0,
}

ShareAcknowledgeTopicResponse.SKIPPERS = {
    0: _s_ShareAcknowledgeTopicResponse_v0,
}

ShareAcknowledgeTopicResponse.SEEKERS = {
    0: _o_ShareAcknowledgeTopicResponse_v0,
}

NodeEndpoint.DECODERS = {
    0: _d_NodeEndpoint_v0,
}

NodeEndpoint.ENCODERS = {
    0: _e_NodeEndpoint_v0,
}

NodeEndpoint.SKIPPERS = {
    0: _s_NodeEndpoint_v0,
}

NodeEndpoint.SEEKERS = {
    0: _o_NodeEndpoint_v0,
}

ShareAcknowledgeResponse.DECODERS = {
    0: _d_ShareAcknowledgeResponse_v0,
}

ShareAcknowledgeResponse.ENCODERS = {
    0: _e_ShareAcknowledgeResponse_v0,
}

ShareAcknowledgeResponse.SKIPPERS = {
    0: _s_ShareAcknowledgeResponse_v0,
}

ShareAcknowledgeResponse.SEEKERS = {
    0: _o_ShareAcknowledgeResponse_v0,
}
