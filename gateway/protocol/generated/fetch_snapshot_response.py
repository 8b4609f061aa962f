"""FetchSnapshotResponse: generated from specs/FetchSnapshotResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    view_c,
    w_alen_c,
    w_bytes_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>qi')
_P1 = Struct('>ii')
_P2 = Struct('>ih')
_P3 = Struct('>qq')
_P4 = Struct('>i')
_P5 = Struct('>H')


class SnapshotId(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionSnapshot.SnapshotId."""

    EndOffset: int = MISSING
    Epoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class LeaderIdAndEpoch(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionSnapshot.CurrentLeader."""

    LeaderId: int = MISSING
    LeaderEpoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_SnapshotId = SnapshotId


class PartitionSnapshot(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicSnapshot.Partitions."""

    Index: int = MISSING
    ErrorCode: int = MISSING
    SnapshotId: _SnapshotId = MISSING
    CurrentLeader: LeaderIdAndEpoch | UnsetType = UNSET
    Size: int = MISSING
    Position: int = MISSING
    UnalignedRecords: Buffer = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicSnapshot(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchSnapshotResponse.Topics."""

    Name: str = MISSING
    Partitions: list[PartitionSnapshot] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class NodeEndpoint(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchSnapshotResponse.NodeEndpoints."""

    NodeId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class FetchSnapshotResponse(Message, kw_only=True, gc=False):
    """FetchSnapshotResponse (API key 59), v0-v1; from specs/FetchSnapshotResponse.json."""

    API_KEY = 59
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    Topics: list[TopicSnapshot] = MISSING
    NodeEndpoints: list[NodeEndpoint] | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


def _d_SnapshotId_v0(buf: Buffer, pos: int) -> tuple[SnapshotId, int]:
    v_EndOffset, v_Epoch = _P0.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SnapshotId(
        EndOffset=v_EndOffset,
        Epoch=v_Epoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SnapshotId_v0(out: bytearray, m: SnapshotId) -> None:
    out += _P0.pack(m.EndOffset, m.Epoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SnapshotId_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SnapshotId_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'EndOffset':
        return pos
    pos += 8
    if stop == 'Epoch':
        return pos
    pos += 4
    return pos


def _d_LeaderIdAndEpoch_v0(buf: Buffer, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_LeaderId, v_LeaderEpoch = _P1.unpack_from(buf, pos)
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
    out += _P1.pack(m.LeaderId, m.LeaderEpoch)
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


def _d_PartitionSnapshot_v0(buf: Buffer, pos: int) -> tuple[PartitionSnapshot, int]:
    v_Index, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_SnapshotId, pos = _d_SnapshotId_v0(buf, pos)
    v_Size, v_Position = _P3.unpack_from(buf, pos)
    pos += 16
    v_UnalignedRecords, pos = view_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_CurrentLeader: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_CurrentLeader, pos = _d_LeaderIdAndEpoch_v0(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = PartitionSnapshot(
        Index=v_Index,
        ErrorCode=v_ErrorCode,
        SnapshotId=v_SnapshotId,
        CurrentLeader=v_CurrentLeader,
        Size=v_Size,
        Position=v_Position,
        UnalignedRecords=v_UnalignedRecords,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionSnapshot_v0(out: bytearray, m: PartitionSnapshot) -> None:
    out += _P2.pack(m.Index, m.ErrorCode)
    _e_SnapshotId_v0(out, m.SnapshotId)
    out += _P3.pack(m.Size, m.Position)
    w_bytes_c(out, m.UnalignedRecords)
    t = m.unknown_tags
    if m.CurrentLeader is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.CurrentLeader is not UNSET:
        p = bytearray()
        _e_LeaderIdAndEpoch_v0(p, m.CurrentLeader)
        tags[0] = p
    w_tags(out, tags)


def _s_PartitionSnapshot_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = _s_SnapshotId_v0(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionSnapshot_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'SnapshotId':
        return pos
    pos = _s_SnapshotId_v0(buf, pos)
    if stop == 'Size':
        return pos
    pos += 8
    if stop == 'Position':
        return pos
    pos += 8
    if stop == 'UnalignedRecords':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_TopicSnapshot_v0(buf: Buffer, pos: int) -> tuple[TopicSnapshot, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionSnapshot_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicSnapshot(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicSnapshot_v0(out: bytearray, m: TopicSnapshot) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionSnapshot_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicSnapshot_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionSnapshot_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicSnapshot_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
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
        pos = _s_PartitionSnapshot_v0(buf, pos)
    return pos


def _d_FetchSnapshotResponse_v0(buf: Buffer, pos: int) -> tuple[FetchSnapshotResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_Topics, pos = arr_c(_d_TopicSnapshot_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchSnapshotResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchSnapshotResponse_v0(out: bytearray, m: FetchSnapshotResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicSnapshot_v0(out, e_Topics)
    if non_default(m.NodeEndpoints, []):
        raise EncodeError('NodeEndpoints')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchSnapshotResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicSnapshot_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchSnapshotResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicSnapshot_v0(buf, pos)
    return pos


def _d_NodeEndpoint_v1(buf: Buffer, pos: int) -> tuple[NodeEndpoint, int]:
    (v_NodeId,) = _P4.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P5.unpack_from(buf, pos)
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
    out += _P4.pack(m.NodeId)
    w_str_c(out, m.Host)
    out += _P5.pack(m.Port)
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


def _d_FetchSnapshotResponse_v1(buf: Buffer, pos: int) -> tuple[FetchSnapshotResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_Topics, pos = arr_c(_d_TopicSnapshot_v0, buf, pos)
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
    result = FetchSnapshotResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Topics=v_Topics,
        NodeEndpoints=v_NodeEndpoints,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchSnapshotResponse_v1(out: bytearray, m: FetchSnapshotResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicSnapshot_v0(out, e_Topics)
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


def _s_FetchSnapshotResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicSnapshot_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchSnapshotResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicSnapshot_v0(buf, pos)
    return pos


SnapshotId.INFO = StructInfo('SnapshotId', (
    FieldInfo('EndOffset', 'int64', (0, 1)),
    FieldInfo('Epoch', 'int32', (0, 1)),
), (0, 1))

LeaderIdAndEpoch.INFO = StructInfo('LeaderIdAndEpoch', (
    FieldInfo('LeaderId', 'int32', (0, 1)),
    FieldInfo('LeaderEpoch', 'int32', (0, 1)),
), (0, 1))

PartitionSnapshot.INFO = StructInfo('PartitionSnapshot', (
    FieldInfo('Index', 'int32', (0, 1)),
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('SnapshotId', 'struct', (0, 1), struct=SnapshotId),
    FieldInfo('CurrentLeader', 'struct', (0, 1), tag=0, struct=LeaderIdAndEpoch),
    FieldInfo('Size', 'int64', (0, 1)),
    FieldInfo('Position', 'int64', (0, 1)),
    FieldInfo('UnalignedRecords', 'records', (0, 1)),
), (0, 1))

TopicSnapshot.INFO = StructInfo('TopicSnapshot', (
    FieldInfo('Name', 'string', (0, 1)),
    FieldInfo('Partitions', '[]struct', (0, 1), struct=PartitionSnapshot),
), (0, 1))

NodeEndpoint.INFO = StructInfo('NodeEndpoint', (
    FieldInfo('NodeId', 'int32', (1, 1)),
    FieldInfo('Host', 'string', (1, 1)),
    FieldInfo('Port', 'uint16', (1, 1)),
), (0, 1))

FetchSnapshotResponse.INFO = StructInfo('FetchSnapshotResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 1), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('Topics', '[]struct', (0, 1), struct=TopicSnapshot),
    FieldInfo('NodeEndpoints', '[]struct', (1, 1), tag=0, struct=NodeEndpoint),
), (0, 1))

SnapshotId.DECODERS = {
    0: _d_SnapshotId_v0,
    1: _d_SnapshotId_v0,
}

SnapshotId.ENCODERS = {
    0: _e_SnapshotId_v0,
    1: _e_SnapshotId_v0,
}

SnapshotId.SKIPPERS = {
    0: _s_SnapshotId_v0,
    1: _s_SnapshotId_v0,
}

SnapshotId.SEEKERS = {
    0: _o_SnapshotId_v0,
    1: _o_SnapshotId_v0,
}

LeaderIdAndEpoch.DECODERS = {
    0: _d_LeaderIdAndEpoch_v0,
    1: _d_LeaderIdAndEpoch_v0,
}

LeaderIdAndEpoch.ENCODERS = {
    0: _e_LeaderIdAndEpoch_v0,
    1: _e_LeaderIdAndEpoch_v0,
}

LeaderIdAndEpoch.SKIPPERS = {
    0: _s_LeaderIdAndEpoch_v0,
    1: _s_LeaderIdAndEpoch_v0,
}

LeaderIdAndEpoch.SEEKERS = {
    0: _o_LeaderIdAndEpoch_v0,
    1: _o_LeaderIdAndEpoch_v0,
}

PartitionSnapshot.DECODERS = {
    0: _d_PartitionSnapshot_v0,
    1: _d_PartitionSnapshot_v0,
}

PartitionSnapshot.ENCODERS = {
    0: _e_PartitionSnapshot_v0,
    1: _e_PartitionSnapshot_v0,
}

PartitionSnapshot.SKIPPERS = {
    0: _s_PartitionSnapshot_v0,
    1: _s_PartitionSnapshot_v0,
}

PartitionSnapshot.SEEKERS = {
    0: _o_PartitionSnapshot_v0,
    1: _o_PartitionSnapshot_v0,
}

TopicSnapshot.DECODERS = {
    0: _d_TopicSnapshot_v0,
    1: _d_TopicSnapshot_v0,
}

TopicSnapshot.ENCODERS = {
    0: _e_TopicSnapshot_v0,
    1: _e_TopicSnapshot_v0,
}

TopicSnapshot.SKIPPERS = {
    0: _s_TopicSnapshot_v0,
    1: _s_TopicSnapshot_v0,
}

TopicSnapshot.SEEKERS = {
    0: _o_TopicSnapshot_v0,
    1: _o_TopicSnapshot_v0,
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

FetchSnapshotResponse.DECODERS = {
    0: _d_FetchSnapshotResponse_v0,
    1: _d_FetchSnapshotResponse_v1,
}

FetchSnapshotResponse.ENCODERS = {
    0: _e_FetchSnapshotResponse_v0,
    1: _e_FetchSnapshotResponse_v1,
}

FetchSnapshotResponse.SKIPPERS = {
    0: _s_FetchSnapshotResponse_v0,
    1: _s_FetchSnapshotResponse_v1,
}

FetchSnapshotResponse.SEEKERS = {
    0: _o_FetchSnapshotResponse_v0,
    1: _o_FetchSnapshotResponse_v1,
}
