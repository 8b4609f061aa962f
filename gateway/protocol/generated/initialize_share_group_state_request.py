"""InitializeShareGroupStateRequest: generated from specs/InitializeShareGroupStateRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>iiq')
_P1 = Struct('>16s')


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of InitializeStateData.Partitions."""

    Partition: int = MISSING
    StateEpoch: int = MISSING
    StartOffset: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class InitializeStateData(KafkaStruct, kw_only=True, gc=False):
    """An element of InitializeShareGroupStateRequest.Topics."""

    TopicId: bytes = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class InitializeShareGroupStateRequest(Message, kw_only=True, gc=False):
    """InitializeShareGroupStateRequest (API key 83), v0-v0; from specs/InitializeShareGroupStateRequest.json."""

    API_KEY = 83
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = True

    GroupId: str = MISSING
    Topics: list[InitializeStateData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_Partition, v_StateEpoch, v_StartOffset = _P0.unpack_from(buf, pos)
    pos += 16
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        Partition=v_Partition,
        StateEpoch=v_StateEpoch,
        StartOffset=v_StartOffset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.Partition, m.StateEpoch, m.StartOffset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'StateEpoch':
        return pos
    pos += 4
    if stop == 'StartOffset':
        return pos
    pos += 8
    return pos


def _d_InitializeStateData_v0(buf: Buffer, pos: int) -> tuple[InitializeStateData, int]:
    (v_TopicId,) = _P1.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = InitializeStateData(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_InitializeStateData_v0(out: bytearray, m: InitializeStateData) -> None:
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


def _s_InitializeStateData_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_InitializeStateData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_InitializeShareGroupStateRequest_v0(buf: Buffer, pos: int) -> tuple[InitializeShareGroupStateRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Topics, pos = arr_c(_d_InitializeStateData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = InitializeShareGroupStateRequest(
        GroupId=v_GroupId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_InitializeShareGroupStateRequest_v0(out: bytearray, m: InitializeShareGroupStateRequest) -> None:
    w_str_c(out, m.GroupId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_InitializeStateData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_InitializeShareGroupStateRequest_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_InitializeStateData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_InitializeShareGroupStateRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
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
        pos = _s_InitializeStateData_v0(buf, pos)
    return pos


PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('Partition', 'int32', (0, 0)),
    FieldInfo('StateEpoch', 'int32', (0, 0)),
    FieldInfo('StartOffset', 'int64', (0, 0)),
), (0, 0))

InitializeStateData.INFO = StructInfo('InitializeStateData', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=PartitionData),
), (0, 0))

InitializeShareGroupStateRequest.INFO = StructInfo('InitializeShareGroupStateRequest', (
    FieldInfo('GroupId', 'string', (0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=InitializeStateData),
), (0, 0))

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

InitializeStateData.DECODERS = {
    0: _d_InitializeStateData_v0,
}

InitializeStateData.ENCODERS = {
    0: _e_InitializeStateData_v0,
}

InitializeStateData.SKIPPERS = {
    0: _s_InitializeStateData_v0,
}

InitializeStateData.SEEKERS = {
    0: _o_InitializeStateData_v0,
}

InitializeShareGroupStateRequest.DECODERS = {
    0: _d_InitializeShareGroupStateRequest_v0,
}

InitializeShareGroupStateRequest.ENCODERS = {
    0: _e_InitializeShareGroupStateRequest_v0,
}

InitializeShareGroupStateRequest.SKIPPERS = {
    0: _s_InitializeShareGroupStateRequest_v0,
}

InitializeShareGroupStateRequest.SEEKERS = {
    0: _o_InitializeShareGroupStateRequest_v0,
}
