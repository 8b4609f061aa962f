"""BeginQuorumEpochRequest: generated from specs/BeginQuorumEpochRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    w_uuid,
)

_P0 = Struct('>iii')
_P1 = Struct('>i16sii')
_P2 = Struct('>i')
_P3 = Struct('>ii')
_P4 = Struct('>H')


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicData.Partitions."""

    PartitionIndex: int = MISSING
    VoterDirectoryId: bytes = MISSING
    LeaderId: int = MISSING
    LeaderEpoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of BeginQuorumEpochRequest.Topics."""

    TopicName: str = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class LeaderEndpoint(KafkaStruct, kw_only=True, gc=False):
    """An element of BeginQuorumEpochRequest.LeaderEndpoints."""

    Name: str = MISSING
    Host: str = MISSING
    Port: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class BeginQuorumEpochRequest(Message, kw_only=True, gc=False):
    """BeginQuorumEpochRequest (API key 53), v0-v1; from specs/BeginQuorumEpochRequest.json."""

    API_KEY = 53
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
    LATEST_VERSION_UNSTABLE = False

    ClusterId: str | None = None
    VoterId: int = -1
    Topics: list[TopicData] = MISSING
    LeaderEndpoints: list[LeaderEndpoint] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_LeaderId, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 12
    return PartitionData(
        PartitionIndex=v_PartitionIndex,
        VoterDirectoryId=bytes(16),
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
    ), pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.LeaderId, m.LeaderEpoch)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_TopicData_v0(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_PartitionData_v0, buf, pos)
    return TopicData(
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    ), pos


def _e_TopicData_v0(out: bytearray, m: TopicData) -> None:
    w_str_k(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TopicData_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _o_TopicData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_BeginQuorumEpochRequest_v0(buf: Buffer, pos: int) -> tuple[BeginQuorumEpochRequest, int]:
    v_ClusterId, pos = nstr_k(buf, pos)
    v_Topics, pos = arr_k(_d_TopicData_v0, buf, pos)
    return BeginQuorumEpochRequest(
        ClusterId=v_ClusterId,
        Topics=v_Topics,
        LeaderEndpoints=[],
    ), pos


def _e_BeginQuorumEpochRequest_v0(out: bytearray, m: BeginQuorumEpochRequest) -> None:
    w_nstr_k(out, m.ClusterId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_BeginQuorumEpochRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _o_BeginQuorumEpochRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClusterId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _d_PartitionData_v1(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_VoterDirectoryId, v_LeaderId, v_LeaderEpoch = _P1.unpack_from(buf, pos)
    pos += 28
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        VoterDirectoryId=v_VoterDirectoryId,
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v1(out: bytearray, m: PartitionData) -> None:
    out += _P2.pack(m.PartitionIndex)
    w_uuid(out, m.VoterDirectoryId)
    out += _P3.pack(m.LeaderId, m.LeaderEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v1(buf: Buffer, pos: int) -> int:
    pos += 28
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'VoterDirectoryId':
        return pos
    pos += 16
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_TopicData_v1(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v1, buf, pos)
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


def _e_TopicData_v1(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v1(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_PartitionData_v1(buf, pos)
    return pos


def _d_LeaderEndpoint_v1(buf: Buffer, pos: int) -> tuple[LeaderEndpoint, int]:
    v_Name, pos = str_c(buf, pos)
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P4.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderEndpoint(
        Name=v_Name,
        Host=v_Host,
        Port=v_Port,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderEndpoint_v1(out: bytearray, m: LeaderEndpoint) -> None:
    w_str_c(out, m.Name)
    w_str_c(out, m.Host)
    out += _P4.pack(m.Port)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderEndpoint_v1(buf: Buffer, pos: int) -> int:
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


def _o_LeaderEndpoint_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
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


def _d_BeginQuorumEpochRequest_v1(buf: Buffer, pos: int) -> tuple[BeginQuorumEpochRequest, int]:
    v_ClusterId, pos = nstr_c(buf, pos)
    (v_VoterId,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_TopicData_v1, buf, pos)
    v_LeaderEndpoints, pos = arr_c(_d_LeaderEndpoint_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BeginQuorumEpochRequest(
        ClusterId=v_ClusterId,
        VoterId=v_VoterId,
        Topics=v_Topics,
        LeaderEndpoints=v_LeaderEndpoints,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BeginQuorumEpochRequest_v1(out: bytearray, m: BeginQuorumEpochRequest) -> None:
    w_nstr_c(out, m.ClusterId)
    out += _P2.pack(m.VoterId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v1(out, e_Topics)
    a_LeaderEndpoints = m.LeaderEndpoints
    w_alen_c(out, len(a_LeaderEndpoints))
    for e_LeaderEndpoints in a_LeaderEndpoints:
        _e_LeaderEndpoint_v1(out, e_LeaderEndpoints)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BeginQuorumEpochRequest_v1(buf: Buffer, pos: int) -> int:
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
        pos = _s_TopicData_v1(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderEndpoint_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BeginQuorumEpochRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'VoterId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v1(buf, pos)
    if stop == 'LeaderEndpoints':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderEndpoint_v1(buf, pos)
    return pos


PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 1)),
    FieldInfo('VoterDirectoryId', 'uuid', (1, 1), ignorable=True),
    FieldInfo('LeaderId', 'int32', (0, 1)),
    FieldInfo('LeaderEpoch', 'int32', (0, 1)),
), (1, 1))

TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('TopicName', 'string', (0, 1)),
    FieldInfo('Partitions', '[]struct', (0, 1), struct=PartitionData),
), (1, 1))

LeaderEndpoint.INFO = StructInfo('LeaderEndpoint', (
    FieldInfo('Name', 'string', (1, 1)),
    FieldInfo('Host', 'string', (1, 1)),
    FieldInfo('Port', 'uint16', (1, 1)),
), (1, 1))

BeginQuorumEpochRequest.INFO = StructInfo('BeginQuorumEpochRequest', (
    FieldInfo('ClusterId', 'string', (0, 1), nullable=(0, 1), default=None),
    FieldInfo('VoterId', 'int32', (1, 1), default=-1, ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 1), struct=TopicData),
    FieldInfo('LeaderEndpoints', '[]struct', (1, 1), ignorable=True, struct=LeaderEndpoint),
), (1, 1))

PartitionData.DECODERS = {
    0: _d_PartitionData_v0,
    1: _d_PartitionData_v1,
}

PartitionData.ENCODERS = {
    0: _e_PartitionData_v0,
    1: _e_PartitionData_v1,
}

PartitionData.SKIPPERS = {
    0: _s_PartitionData_v0,
    1: _s_PartitionData_v1,
}

PartitionData.SEEKERS = {
    0: _o_PartitionData_v0,
    1: _o_PartitionData_v1,
}

TopicData.DECODERS = {
    0: _d_TopicData_v0,
    1: _d_TopicData_v1,
}

TopicData.ENCODERS = {
    0: _e_TopicData_v0,
    1: _e_TopicData_v1,
}

TopicData.SKIPPERS = {
    0: _s_TopicData_v0,
    1: _s_TopicData_v1,
}

TopicData.SEEKERS = {
    0: _o_TopicData_v0,
    1: _o_TopicData_v1,
}

LeaderEndpoint.DECODERS = {
    1: _d_LeaderEndpoint_v1,
}

LeaderEndpoint.ENCODERS = {
    1: _e_LeaderEndpoint_v1,
}

LeaderEndpoint.SKIPPERS = {
    1: _s_LeaderEndpoint_v1,
}

LeaderEndpoint.SEEKERS = {
    1: _o_LeaderEndpoint_v1,
}

BeginQuorumEpochRequest.DECODERS = {
    0: _d_BeginQuorumEpochRequest_v0,
    1: _d_BeginQuorumEpochRequest_v1,
}

BeginQuorumEpochRequest.ENCODERS = {
    0: _e_BeginQuorumEpochRequest_v0,
    1: _e_BeginQuorumEpochRequest_v1,
}

BeginQuorumEpochRequest.SKIPPERS = {
    0: _s_BeginQuorumEpochRequest_v0,
    1: _s_BeginQuorumEpochRequest_v1,
}

BeginQuorumEpochRequest.SEEKERS = {
    0: _o_BeginQuorumEpochRequest_v0,
    1: _o_BeginQuorumEpochRequest_v1,
}
