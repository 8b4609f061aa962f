"""DeleteShareGroupStateRequest: generated from specs/DeleteShareGroupStateRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>i')
_P1 = Struct('>16s')


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteStateData.Partitions."""

    Partition: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteStateData(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteShareGroupStateRequest.Topics."""

    TopicId: bytes = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteShareGroupStateRequest(Message, kw_only=True, gc=False):
    """DeleteShareGroupStateRequest (API key 86), v0-v0; from specs/DeleteShareGroupStateRequest.json."""

    API_KEY = 86
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = True

    GroupId: str = MISSING
    Topics: list[DeleteStateData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    (v_Partition,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        Partition=v_Partition,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.Partition)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    return pos


def _d_DeleteStateData_v0(buf: Buffer, pos: int) -> tuple[DeleteStateData, int]:
    (v_TopicId,) = _P1.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteStateData(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteStateData_v0(out: bytearray, m: DeleteStateData) -> None:
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


def _s_DeleteStateData_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteStateData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_DeleteShareGroupStateRequest_v0(buf: Buffer, pos: int) -> tuple[DeleteShareGroupStateRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_Topics, pos = arr_c(_d_DeleteStateData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteShareGroupStateRequest(
        GroupId=v_GroupId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteShareGroupStateRequest_v0(out: bytearray, m: DeleteShareGroupStateRequest) -> None:
    w_str_c(out, m.GroupId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DeleteStateData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteShareGroupStateRequest_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteStateData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteShareGroupStateRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_DeleteStateData_v0(buf, pos)
    return pos


PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('Partition', 'int32', (0, 0)),
), (0, 0))

DeleteStateData.INFO = StructInfo('DeleteStateData', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=PartitionData),
), (0, 0))

DeleteShareGroupStateRequest.INFO = StructInfo('DeleteShareGroupStateRequest', (
    FieldInfo('GroupId', 'string', (0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=DeleteStateData),
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

DeleteStateData.DECODERS = {
    0: _d_DeleteStateData_v0,
}

DeleteStateData.ENCODERS = {
    0: _e_DeleteStateData_v0,
}

DeleteStateData.SKIPPERS = {
    0: _s_DeleteStateData_v0,
}

DeleteStateData.SEEKERS = {
    0: _o_DeleteStateData_v0,
}

DeleteShareGroupStateRequest.DECODERS = {
    0: _d_DeleteShareGroupStateRequest_v0,
}

DeleteShareGroupStateRequest.ENCODERS = {
    0: _e_DeleteShareGroupStateRequest_v0,
}

DeleteShareGroupStateRequest.SKIPPERS = {
    0: _s_DeleteShareGroupStateRequest_v0,
}

DeleteShareGroupStateRequest.SEEKERS = {
    0: _o_DeleteShareGroupStateRequest_v0,
}
