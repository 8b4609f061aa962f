"""OffsetDeleteRequest: generated from specs/OffsetDeleteRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_k,
    count_k,
    skip_k16,
    str_k,
    w_alen_k,
    w_str_k,
)

_P0 = Struct('>i')


class OffsetDeleteRequestPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetDeleteRequestTopic.Partitions."""

    PartitionIndex: int = MISSING


class OffsetDeleteRequestTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetDeleteRequest.Topics."""

    Name: str = MISSING
    Partitions: list[OffsetDeleteRequestPartition] = MISSING


class OffsetDeleteRequest(Message, kw_only=True, gc=False):
    """OffsetDeleteRequest (API key 47), v0-v0; from specs/OffsetDeleteRequest.json."""

    API_KEY = 47
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = None
    LATEST_VERSION_UNSTABLE = False

    GroupId: str = MISSING
    Topics: list[OffsetDeleteRequestTopic] = MISSING


def _d_OffsetDeleteRequestPartition_v0(buf: Buffer, pos: int) -> tuple[OffsetDeleteRequestPartition, int]:
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    return OffsetDeleteRequestPartition(
        PartitionIndex=v_PartitionIndex,
    ), pos


def _e_OffsetDeleteRequestPartition_v0(out: bytearray, m: OffsetDeleteRequestPartition) -> None:
    out += _P0.pack(m.PartitionIndex)


def _s_OffsetDeleteRequestPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    return pos


def _o_OffsetDeleteRequestPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    return pos


def _d_OffsetDeleteRequestTopic_v0(buf: Buffer, pos: int) -> tuple[OffsetDeleteRequestTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetDeleteRequestPartition_v0, buf, pos)
    return OffsetDeleteRequestTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetDeleteRequestTopic_v0(out: bytearray, m: OffsetDeleteRequestTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetDeleteRequestPartition_v0(out, e_Partitions)


def _s_OffsetDeleteRequestTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetDeleteRequestPartition_v0(buf, pos)
    return pos


def _o_OffsetDeleteRequestTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetDeleteRequestPartition_v0(buf, pos)
    return pos


def _d_OffsetDeleteRequest_v0(buf: Buffer, pos: int) -> tuple[OffsetDeleteRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    v_Topics, pos = arr_k(_d_OffsetDeleteRequestTopic_v0, buf, pos)
    return OffsetDeleteRequest(
        GroupId=v_GroupId,
        Topics=v_Topics,
    ), pos


def _e_OffsetDeleteRequest_v0(out: bytearray, m: OffsetDeleteRequest) -> None:
    w_str_k(out, m.GroupId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetDeleteRequestTopic_v0(out, e_Topics)


def _s_OffsetDeleteRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetDeleteRequestTopic_v0(buf, pos)
    return pos


def _o_OffsetDeleteRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetDeleteRequestTopic_v0(buf, pos)
    return pos


OffsetDeleteRequestPartition.INFO = StructInfo('OffsetDeleteRequestPartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
), None)

OffsetDeleteRequestTopic.INFO = StructInfo('OffsetDeleteRequestTopic', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=OffsetDeleteRequestPartition),
), None)

OffsetDeleteRequest.INFO = StructInfo('OffsetDeleteRequest', (
    FieldInfo('GroupId', 'string', (0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=OffsetDeleteRequestTopic),
), None)

OffsetDeleteRequestPartition.DECODERS = {
    0: _d_OffsetDeleteRequestPartition_v0,
}

OffsetDeleteRequestPartition.ENCODERS = {
    0: _e_OffsetDeleteRequestPartition_v0,
}

OffsetDeleteRequestPartition.SKIPPERS = {
    0: _s_OffsetDeleteRequestPartition_v0,
}

OffsetDeleteRequestPartition.SEEKERS = {
    0: _o_OffsetDeleteRequestPartition_v0,
}

OffsetDeleteRequestTopic.DECODERS = {
    0: _d_OffsetDeleteRequestTopic_v0,
}

OffsetDeleteRequestTopic.ENCODERS = {
    0: _e_OffsetDeleteRequestTopic_v0,
}

OffsetDeleteRequestTopic.SKIPPERS = {
    0: _s_OffsetDeleteRequestTopic_v0,
}

OffsetDeleteRequestTopic.SEEKERS = {
    0: _o_OffsetDeleteRequestTopic_v0,
}

OffsetDeleteRequest.DECODERS = {
    0: _d_OffsetDeleteRequest_v0,
}

OffsetDeleteRequest.ENCODERS = {
    0: _e_OffsetDeleteRequest_v0,
}

OffsetDeleteRequest.SKIPPERS = {
    0: _s_OffsetDeleteRequest_v0,
}

OffsetDeleteRequest.SEEKERS = {
    0: _o_OffsetDeleteRequest_v0,
}
