"""AssignReplicasToDirsResponse: generated from specs/AssignReplicasToDirsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    skip_tags,
    w_alen_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>ih')
_P1 = Struct('>16s')


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicData.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of DirectoryData.Topics."""

    TopicId: bytes = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DirectoryData(KafkaStruct, kw_only=True, gc=False):
    """An element of AssignReplicasToDirsResponse.Directories."""

    Id: bytes = MISSING
    Topics: list[TopicData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AssignReplicasToDirsResponse(Message, kw_only=True, gc=False):
    """AssignReplicasToDirsResponse (API key 73), v0-v0; from specs/AssignReplicasToDirsResponse.json."""

    API_KEY = 73
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    Directories: list[DirectoryData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_TopicData_v0(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    (v_TopicId,) = _P1.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v0(out: bytearray, m: TopicData) -> None:
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


def _s_TopicData_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_DirectoryData_v0(buf: Buffer, pos: int) -> tuple[DirectoryData, int]:
    (v_Id,) = _P1.unpack_from(buf, pos)
    pos += 16
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DirectoryData(
        Id=v_Id,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DirectoryData_v0(out: bytearray, m: DirectoryData) -> None:
    w_uuid(out, m.Id)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DirectoryData_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DirectoryData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Id':
        return pos
    pos += 16
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _d_AssignReplicasToDirsResponse_v0(buf: Buffer, pos: int) -> tuple[AssignReplicasToDirsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_Directories, pos = arr_c(_d_DirectoryData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AssignReplicasToDirsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Directories=v_Directories,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AssignReplicasToDirsResponse_v0(out: bytearray, m: AssignReplicasToDirsResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Directories = m.Directories
    w_alen_c(out, len(a_Directories))
    for e_Directories in a_Directories:
        _e_DirectoryData_v0(out, e_Directories)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AssignReplicasToDirsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DirectoryData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AssignReplicasToDirsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Directories':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DirectoryData_v0(buf, pos)
    return pos


PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
), (0, 0))

TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=PartitionData),
), (0, 0))

DirectoryData.INFO = StructInfo('DirectoryData', (
    FieldInfo('Id', 'uuid', (0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=TopicData),
), (0, 0))

AssignReplicasToDirsResponse.INFO = StructInfo('AssignReplicasToDirsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('Directories', '[]struct', (0, 0), struct=DirectoryData),
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

TopicData.DECODERS = {
    0: _d_TopicData_v0,
}

TopicData.ENCODERS = {
    0: _e_TopicData_v0,
}

TopicData.SKIPPERS = {
    0: _s_TopicData_v0,
}

TopicData.SEEKERS = {
    0: _o_TopicData_v0,
}

DirectoryData.DECODERS = {
    0: _d_DirectoryData_v0,
}

DirectoryData.ENCODERS = {
    0: _e_DirectoryData_v0,
}

DirectoryData.SKIPPERS = {
    0: _s_DirectoryData_v0,
}

DirectoryData.SEEKERS = {
    0: _o_DirectoryData_v0,
}

AssignReplicasToDirsResponse.DECODERS = {
    0: _d_AssignReplicasToDirsResponse_v0,
}

AssignReplicasToDirsResponse.ENCODERS = {
    0: _e_AssignReplicasToDirsResponse_v0,
}

AssignReplicasToDirsResponse.SKIPPERS = {
    0: _s_AssignReplicasToDirsResponse_v0,
}

AssignReplicasToDirsResponse.SEEKERS = {
    0: _o_AssignReplicasToDirsResponse_v0,
}
