"""WriteShareGroupStateRequest: generated from specs/WriteShareGroupStateRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>qqbh')
_P1 = Struct('>iiiq')
_P2 = Struct('>16s')


class StateBatch(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionData.StateBatches."""

    FirstOffset: int = MISSING
    LastOffset: int = MISSING
    DeliveryState: int = MISSING
    DeliveryCount: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of WriteStateData.Partitions."""

    Partition: int = MISSING
    StateEpoch: int = MISSING
    LeaderEpoch: int = MISSING
    StartOffset: int = MISSING
    StateBatches: list[StateBatch] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class WriteStateData(KafkaStruct, kw_only=True, gc=False):
    """An element of WriteShareGroupStateRequest.Topics."""

    TopicId: bytes = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class WriteShareGroupStateRequest(Message, kw_only=True, gc=False):
    """WriteShareGroupStateRequest (API key 85), v0-v0; from specs/WriteShareGroupStateRequest.json."""

    API_KEY = 85
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = True

    GroupId: str = MISSING
    Topics: list[WriteStateData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_StateBatch_v0(buf: Buffer, pos: int) -> tuple[StateBatch, int]:
    v_FirstOffset, v_LastOffset, v_DeliveryState, v_DeliveryCount = _P0.unpack_from(buf, pos)
    pos += 19
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StateBatch(
        FirstOffset=v_FirstOffset,
        LastOffset=v_LastOffset,
        DeliveryState=v_DeliveryState,
        DeliveryCount=v_DeliveryCount,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StateBatch_v0(out: bytearray, m: StateBatch) -> None:
    out += _P0.pack(m.FirstOffset, m.LastOffset, m.DeliveryState, m.DeliveryCount)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StateBatch_v0(buf: Buffer, pos: int) -> int:
    pos += 19
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StateBatch_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'FirstOffset':
        return pos
    pos += 8
    if stop == 'LastOffset':
        return pos
    pos += 8
    if stop == 'DeliveryState':
        return pos
    pos += 1
    if stop == 'DeliveryCount':
        return pos
    pos += 2
    return pos


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_Partition, v_StateEpoch, v_LeaderEpoch, v_StartOffset = _P1.unpack_from(buf, pos)
    pos += 20
    v_StateBatches, pos = arr_c(_d_StateBatch_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        Partition=v_Partition,
        StateEpoch=v_StateEpoch,
        LeaderEpoch=v_LeaderEpoch,
        StartOffset=v_StartOffset,
        StateBatches=v_StateBatches,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P1.pack(m.Partition, m.StateEpoch, m.LeaderEpoch, m.StartOffset)
    a_StateBatches = m.StateBatches
    w_alen_c(out, len(a_StateBatches))
    for e_StateBatches in a_StateBatches:
        _e_StateBatch_v0(out, e_StateBatches)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 20
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StateBatch_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'StateEpoch':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'StartOffset':
        return pos
    pos += 8
    if stop == 'StateBatches':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StateBatch_v0(buf, pos)
    return pos


def _d_WriteStateData_v0(buf: Buffer, pos: int) -> tuple[WriteStateData, int]:
    (v_TopicId,) = _P2.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WriteStateData(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WriteStateData_v0(out: bytearray, m: WriteStateData) -> None:
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


def _s_WriteStateData_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WriteStateData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_WriteShareGroupStateRequest_v0(buf: Buffer, pos: int) -> tuple[WriteShareGroupStateRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Topics, pos = arr_c(_d_WriteStateData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WriteShareGroupStateRequest(
        GroupId=v_GroupId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WriteShareGroupStateRequest_v0(out: bytearray, m: WriteShareGroupStateRequest) -> None:
    w_str_c(out, m.GroupId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_WriteStateData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_WriteShareGroupStateRequest_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WriteStateData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WriteShareGroupStateRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_WriteStateData_v0(buf, pos)
    return pos


StateBatch.INFO = StructInfo('StateBatch', (
    FieldInfo('FirstOffset', 'int64', (0, 0)),
    FieldInfo('LastOffset', 'int64', (0, 0)),
    FieldInfo('DeliveryState', 'int8', (0, 0)),
    FieldInfo('DeliveryCount', 'int16', (0, 0)),
), (0, 0))

PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('Partition', 'int32', (0, 0)),
    FieldInfo('StateEpoch', 'int32', (0, 0)),
    FieldInfo('LeaderEpoch', 'int32', (0, 0)),
    FieldInfo('StartOffset', 'int64', (0, 0)),
    FieldInfo('StateBatches', '[]struct', (0, 0), struct=StateBatch),
), (0, 0))

WriteStateData.INFO = StructInfo('WriteStateData', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=PartitionData),
), (0, 0))

WriteShareGroupStateRequest.INFO = StructInfo('WriteShareGroupStateRequest', (
    FieldInfo('GroupId', 'string', (0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=WriteStateData),
), (0, 0))

StateBatch.DECODERS = {
    0: _d_StateBatch_v0,
}

StateBatch.ENCODERS = {
    0: _e_StateBatch_v0,
}

StateBatch.SKIPPERS = {
    0: _s_StateBatch_v0,
}

StateBatch.SEEKERS = {
    0: _o_StateBatch_v0,
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

WriteStateData.DECODERS = {
    0: _d_WriteStateData_v0,
}

WriteStateData.ENCODERS = {
    0: _e_WriteStateData_v0,
}

WriteStateData.SKIPPERS = {
    0: _s_WriteStateData_v0,
}

WriteStateData.SEEKERS = {
    0: _o_WriteStateData_v0,
}

WriteShareGroupStateRequest.DECODERS = {
    0: _d_WriteShareGroupStateRequest_v0,
}

WriteShareGroupStateRequest.ENCODERS = {
    0: _e_WriteShareGroupStateRequest_v0,
}

WriteShareGroupStateRequest.SKIPPERS = {
    0: _s_WriteShareGroupStateRequest_v0,
}

WriteShareGroupStateRequest.SEEKERS = {
    0: _o_WriteShareGroupStateRequest_v0,
}
