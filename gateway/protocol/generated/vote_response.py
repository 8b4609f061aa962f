"""VoteResponse: generated from specs/VoteResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    UNSET,
    Buffer,
    EncodeError,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    UnsetType,
    arr_c,
    count_c,
    non_default,
    read_tags,
    read_uvarint,
    skip_c,
    skip_tags,
    str_c,
    stray_tag_bytes,
    tag_header,
    w_alen_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>ihii?')
_P1 = Struct('>h')
_P2 = Struct('>i')
_P3 = Struct('>H')


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicData.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    LeaderId: int = MISSING
    LeaderEpoch: int = MISSING
    VoteGranted: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of VoteResponse.Topics."""

    TopicName: str = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class NodeEndpoint(KafkaStruct, kw_only=True, gc=False):
    """An element of VoteResponse.NodeEndpoints."""

    NodeId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class VoteResponse(Message, kw_only=True, gc=False):
    """VoteResponse (API key 52), v0-v1; from specs/VoteResponse.json."""

    API_KEY = 52
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    Topics: list[TopicData] = MISSING
    NodeEndpoints: list[NodeEndpoint] | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_LeaderId, v_LeaderEpoch, v_VoteGranted = _P0.unpack_from(buf, pos)
    pos += 15
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        VoteGranted=v_VoteGranted,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode, m.LeaderId, m.LeaderEpoch, m.VoteGranted)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 15
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'VoteGranted':
        return pos
    pos += 1
    return pos


def _d_TopicData_v0(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v0(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_VoteResponse_v0(buf: Buffer, pos: int) -> tuple[VoteResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = VoteResponse(
        ErrorCode=v_ErrorCode,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_VoteResponse_v0(out: bytearray, m: VoteResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_VoteResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_VoteResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _d_NodeEndpoint_v1(buf: Buffer, pos: int) -> tuple[NodeEndpoint, int]:
    (v_NodeId,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P3.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = NodeEndpoint(
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_NodeEndpoint_v1(out: bytearray, m: NodeEndpoint) -> None:
    out += _P2.pack(m.NodeId)
    w_str_c(out, m.Host)
    out += _P3.pack(m.Port)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_NodeEndpoint_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_NodeEndpoint_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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
    pos += 2
    return pos


def _d_VoteResponse_v1(buf: Buffer, pos: int) -> tuple[VoteResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_NodeEndpoints: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_NodeEndpoints, pos = arr_c(_d_NodeEndpoint_v1, buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = VoteResponse(
        ErrorCode=v_ErrorCode,
        Topics=v_Topics,
        NodeEndpoints=v_NodeEndpoints,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_VoteResponse_v1(out: bytearray, m: VoteResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    t = m.unknown_tags
    if m.NodeEndpoints is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.NodeEndpoints is not UNSET:
        p = bytearray()
        a_NodeEndpoints = m.NodeEndpoints
        w_alen_c(p, len(a_NodeEndpoints))
        for e_NodeEndpoints in a_NodeEndpoints:
            _e_NodeEndpoint_v1(p, e_NodeEndpoints)
        tags[0] = p
    w_tags(out, tags)


def _s_VoteResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_VoteResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 1)),
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('LeaderId', 'int32', (0, 1)),
    FieldInfo('LeaderEpoch', 'int32', (0, 1)),
    FieldInfo('VoteGranted', 'bool', (0, 1)),
), (0, 1))

TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('TopicName', 'string', (0, 1)),
    FieldInfo('Partitions', '[]struct', (0, 1), struct=PartitionData),
), (0, 1))

NodeEndpoint.INFO = StructInfo('NodeEndpoint', (
    FieldInfo('NodeId', 'int32', (1, 1)),
    FieldInfo('Host', 'string', (1, 1)),
    FieldInfo('Port', 'uint16', (1, 1)),
), (0, 1))

VoteResponse.INFO = StructInfo('VoteResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('Topics', '[]struct', (0, 1), struct=TopicData),
    FieldInfo('NodeEndpoints', '[]struct', (1, 1), tag=0, struct=NodeEndpoint),
), (0, 1))

PartitionData.DECODERS = {
    0: _d_PartitionData_v0,
    1: _d_PartitionData_v0,
}

PartitionData.ENCODERS = {
    0: _e_PartitionData_v0,
    1: _e_PartitionData_v0,
}

PartitionData.SKIPPERS = {
    0: _s_PartitionData_v0,
    1: _s_PartitionData_v0,
}

PartitionData.SEEKERS = {
    0: _o_PartitionData_v0,
    1: _o_PartitionData_v0,
}

TopicData.DECODERS = {
    0: _d_TopicData_v0,
    1: _d_TopicData_v0,
}

TopicData.ENCODERS = {
    0: _e_TopicData_v0,
    1: _e_TopicData_v0,
}

TopicData.SKIPPERS = {
    0: _s_TopicData_v0,
    1: _s_TopicData_v0,
}

TopicData.SEEKERS = {
    0: _o_TopicData_v0,
    1: _o_TopicData_v0,
}

NodeEndpoint.DECODERS = {
    1: _d_NodeEndpoint_v1,
}

NodeEndpoint.ENCODERS = {
    1: _e_NodeEndpoint_v1,
}

NodeEndpoint.SKIPPERS = {
    1: _s_NodeEndpoint_v1,
}

NodeEndpoint.SEEKERS = {
    1: _o_NodeEndpoint_v1,
}

VoteResponse.DECODERS = {
    0: _d_VoteResponse_v0,
    1: _d_VoteResponse_v1,
}

VoteResponse.ENCODERS = {
    0: _e_VoteResponse_v0,
    1: _e_VoteResponse_v1,
}

VoteResponse.SKIPPERS = {
    0: _s_VoteResponse_v0,
    1: _s_VoteResponse_v1,
}

VoteResponse.SEEKERS = {
    0: _o_VoteResponse_v0,
    1: _o_VoteResponse_v1,
}
