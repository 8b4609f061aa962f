"""VoteRequest: generated from specs/VoteRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>iiiiq')
_P1 = Struct('>iii16s16siq')
_P2 = Struct('>iii')
_P3 = Struct('>iq')
_P4 = Struct('>i')


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicData.Partitions."""

    PartitionIndex: int = MISSING
    CandidateEpoch: int = MISSING
    CandidateId: int = MISSING
    CandidateDirectoryId: bytes = MISSING
    VoterDirectoryId: bytes = MISSING
    LastOffsetEpoch: int = MISSING
    LastOffset: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of VoteRequest.Topics."""

    TopicName: str = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class VoteRequest(Message, kw_only=True, gc=False):
    """VoteRequest (API key 52), v0-v1; from specs/VoteRequest.json."""

    API_KEY = 52
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ClusterId: str | None = None
    VoterId: int = -1
    Topics: list[TopicData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_CandidateEpoch, v_CandidateId, v_LastOffsetEpoch, v_LastOffset = _P0.unpack_from(buf, pos)
    pos += 24
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        CandidateEpoch=v_CandidateEpoch,
        CandidateId=v_CandidateId,
        CandidateDirectoryId=bytes(16),
        VoterDirectoryId=bytes(16),
        LastOffsetEpoch=v_LastOffsetEpoch,
        LastOffset=v_LastOffset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.CandidateEpoch, m.CandidateId, m.LastOffsetEpoch, m.LastOffset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 24
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CandidateEpoch':
        return pos
    pos += 4
    if stop == 'CandidateId':
        return pos
    pos += 4
    if stop == 'LastOffsetEpoch':
        return pos
    pos += 4
    if stop == 'LastOffset':
        return pos
    pos += 8
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


def _d_VoteRequest_v0(buf: Buffer, pos: int) -> tuple[VoteRequest, int]:
    v_ClusterId, pos = nstr_c(buf, pos)
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = VoteRequest(
        ClusterId=v_ClusterId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_VoteRequest_v0(out: bytearray, m: VoteRequest) -> None:
    w_nstr_c(out, m.ClusterId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_VoteRequest_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_VoteRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _d_PartitionData_v1(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_CandidateEpoch, v_CandidateId, v_CandidateDirectoryId, v_VoterDirectoryId, v_LastOffsetEpoch, v_LastOffset = _P1.unpack_from(buf, pos)
    pos += 56
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        CandidateEpoch=v_CandidateEpoch,
        CandidateId=v_CandidateId,
        CandidateDirectoryId=v_CandidateDirectoryId,
        VoterDirectoryId=v_VoterDirectoryId,
        LastOffsetEpoch=v_LastOffsetEpoch,
        LastOffset=v_LastOffset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v1(out: bytearray, m: PartitionData) -> None:
    out += _P2.pack(m.PartitionIndex, m.CandidateEpoch, m.CandidateId)
    w_uuid(out, m.CandidateDirectoryId)
    w_uuid(out, m.VoterDirectoryId)
    out += _P3.pack(m.LastOffsetEpoch, m.LastOffset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v1(buf: Buffer, pos: int) -> int:
    pos += 56
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CandidateEpoch':
        return pos
    pos += 4
    if stop == 'CandidateId':
        return pos
    pos += 4
    if stop == 'CandidateDirectoryId':
        return pos
    pos += 16
    if stop == 'VoterDirectoryId':
        return pos
    pos += 16
    if stop == 'LastOffsetEpoch':
        return pos
    pos += 4
    if stop == 'LastOffset':
        return pos
    pos += 8
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


def _d_VoteRequest_v1(buf: Buffer, pos: int) -> tuple[VoteRequest, int]:
    v_ClusterId, pos = nstr_c(buf, pos)
    (v_VoterId,) = _P4.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_TopicData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = VoteRequest(
        ClusterId=v_ClusterId,
        VoterId=v_VoterId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_VoteRequest_v1(out: bytearray, m: VoteRequest) -> None:
    w_nstr_c(out, m.ClusterId)
    out += _P4.pack(m.VoterId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v1(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_VoteRequest_v1(buf: Buffer, pos: int) -> int:
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_VoteRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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
    return pos


PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 1)),
    FieldInfo('CandidateEpoch', 'int32', (0, 1)),
    FieldInfo('CandidateId', 'int32', (0, 1)),
    FieldInfo('CandidateDirectoryId', 'uuid', (1, 1), ignorable=True),
    FieldInfo('VoterDirectoryId', 'uuid', (1, 1), ignorable=True),
    FieldInfo('LastOffsetEpoch', 'int32', (0, 1)),
    FieldInfo('LastOffset', 'int64', (0, 1)),
), (0, 1))

TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('TopicName', 'string', (0, 1)),
    FieldInfo('Partitions', '[]struct', (0, 1), struct=PartitionData),
), (0, 1))

VoteRequest.INFO = StructInfo('VoteRequest', (
    FieldInfo('ClusterId', 'string', (0, 1), nullable=(0, 1), default=None),
    FieldInfo('VoterId', 'int32', (1, 1), default=-1, ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 1), struct=TopicData),
), (0, 1))

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

VoteRequest.DECODERS = {
    0: _d_VoteRequest_v0,
    1: _d_VoteRequest_v1,
}

VoteRequest.ENCODERS = {
    0: _e_VoteRequest_v0,
    1: _e_VoteRequest_v1,
}

VoteRequest.SKIPPERS = {
    0: _s_VoteRequest_v0,
    1: _s_VoteRequest_v1,
}

VoteRequest.SEEKERS = {
    0: _o_VoteRequest_v0,
    1: _o_VoteRequest_v1,
}
