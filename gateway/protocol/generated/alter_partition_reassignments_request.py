"""AlterPartitionReassignmentsRequest: generated from specs/AlterPartitionReassignmentsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    nfarr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_nfarr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>i')


class ReassignablePartition(KafkaStruct, kw_only=True, gc=False):
    """An element of ReassignableTopic.Partitions."""

    PartitionIndex: int = MISSING
    Replicas: list[int] | None = None
    unknown_tags: dict[int, Buffer] | None = None


class ReassignableTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterPartitionReassignmentsRequest.Topics."""

    Name: str = MISSING
    Partitions: list[ReassignablePartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterPartitionReassignmentsRequest(Message, kw_only=True, gc=False):
    """AlterPartitionReassignmentsRequest (API key 45), v0-v0; from specs/AlterPartitionReassignmentsRequest.json."""

    API_KEY = 45
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    TimeoutMs: int = 60000
    Topics: list[ReassignableTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ReassignablePartition_v0(buf: Buffer, pos: int) -> tuple[ReassignablePartition, int]:
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Replicas, pos = nfarr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReassignablePartition(
        PartitionIndex=v_PartitionIndex,
        Replicas=v_Replicas,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReassignablePartition_v0(out: bytearray, m: ReassignablePartition) -> None:
    out += _P0.pack(m.PartitionIndex)
    w_nfarr_c(out, m.Replicas, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReassignablePartition_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReassignablePartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_ReassignableTopic_v0(buf: Buffer, pos: int) -> tuple[ReassignableTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_ReassignablePartition_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReassignableTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReassignableTopic_v0(out: bytearray, m: ReassignableTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ReassignablePartition_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReassignableTopic_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReassignablePartition_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReassignableTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_ReassignablePartition_v0(buf, pos)
    return pos


def _d_AlterPartitionReassignmentsRequest_v0(buf: Buffer, pos: int) -> tuple[AlterPartitionReassignmentsRequest, int]:
    (v_TimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_ReassignableTopic_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionReassignmentsRequest(
        TimeoutMs=v_TimeoutMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionReassignmentsRequest_v0(out: bytearray, m: AlterPartitionReassignmentsRequest) -> None:
    out += _P0.pack(m.TimeoutMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_ReassignableTopic_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionReassignmentsRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReassignableTopic_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionReassignmentsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReassignableTopic_v0(buf, pos)
    return pos


ReassignablePartition.INFO = StructInfo('ReassignablePartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('Replicas', '[]int32', (0, 0), nullable=(0, 0), default=None),
), (0, 0))

ReassignableTopic.INFO = StructInfo('ReassignableTopic', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=ReassignablePartition),
), (0, 0))

AlterPartitionReassignmentsRequest.INFO = StructInfo('AlterPartitionReassignmentsRequest', (
    FieldInfo('TimeoutMs', 'int32', (0, 0), default=60000),
    FieldInfo('Topics', '[]struct', (0, 0), struct=ReassignableTopic),
), (0, 0))

ReassignablePartition.DECODERS = {
    0: _d_ReassignablePartition_v0,
}

ReassignablePartition.ENCODERS = {
    0: _e_ReassignablePartition_v0,
}

ReassignablePartition.SKIPPERS = {
    0: _s_ReassignablePartition_v0,
}

ReassignablePartition.SEEKERS = {
    0: _o_ReassignablePartition_v0,
}

ReassignableTopic.DECODERS = {
    0: _d_ReassignableTopic_v0,
}

ReassignableTopic.ENCODERS = {
    0: _e_ReassignableTopic_v0,
}

ReassignableTopic.SKIPPERS = {
    0: _s_ReassignableTopic_v0,
}

ReassignableTopic.SEEKERS = {
    0: _o_ReassignableTopic_v0,
}

AlterPartitionReassignmentsRequest.DECODERS = {
    0: _d_AlterPartitionReassignmentsRequest_v0,
}

AlterPartitionReassignmentsRequest.ENCODERS = {
    0: _e_AlterPartitionReassignmentsRequest_v0,
}

AlterPartitionReassignmentsRequest.SKIPPERS = {
    0: _s_AlterPartitionReassignmentsRequest_v0,
}

AlterPartitionReassignmentsRequest.SEEKERS = {
    0: _o_AlterPartitionReassignmentsRequest_v0,
}
