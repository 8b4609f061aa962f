"""DeleteRecordsRequest: generated from specs/DeleteRecordsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>iq')
_P1 = Struct('>i')


class DeleteRecordsPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteRecordsTopic.Partitions."""

    PartitionIndex: int = MISSING
    Offset: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteRecordsTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteRecordsRequest.Topics."""

    Name: str = MISSING
    Partitions: list[DeleteRecordsPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteRecordsRequest(Message, kw_only=True, gc=False):
    """DeleteRecordsRequest (API key 21), v0-v2; from specs/DeleteRecordsRequest.json."""

    API_KEY = 21
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    Topics: list[DeleteRecordsTopic] = MISSING
    TimeoutMs: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DeleteRecordsPartition_v0(buf: Buffer, pos: int) -> tuple[DeleteRecordsPartition, int]:
    v_PartitionIndex, v_Offset = _P0.unpack_from(buf, pos)
    pos += 12
    return DeleteRecordsPartition(
        PartitionIndex=v_PartitionIndex,
        Offset=v_Offset,
    ), pos


def _e_DeleteRecordsPartition_v0(out: bytearray, m: DeleteRecordsPartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.Offset)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteRecordsPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos


def _o_DeleteRecordsPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'Offset':
        return pos
    pos += 8
    return pos


def _d_DeleteRecordsTopic_v0(buf: Buffer, pos: int) -> tuple[DeleteRecordsTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_DeleteRecordsPartition_v0, buf, pos)
    return DeleteRecordsTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_DeleteRecordsTopic_v0(out: bytearray, m: DeleteRecordsTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_DeleteRecordsPartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteRecordsTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsPartition_v0(buf, pos)
    return pos


def _o_DeleteRecordsTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsPartition_v0(buf, pos)
    return pos


def _d_DeleteRecordsRequest_v0(buf: Buffer, pos: int) -> tuple[DeleteRecordsRequest, int]:
    v_Topics, pos = arr_k(_d_DeleteRecordsTopic_v0, buf, pos)
    (v_TimeoutMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    return DeleteRecordsRequest(
        Topics=v_Topics,
        TimeoutMs=v_TimeoutMs,
    ), pos


def _e_DeleteRecordsRequest_v0(out: bytearray, m: DeleteRecordsRequest) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DeleteRecordsTopic_v0(out, e_Topics)
    out += _P1.pack(m.TimeoutMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteRecordsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsTopic_v0(buf, pos)
    pos += 4
    return pos


def _o_DeleteRecordsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsTopic_v0(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


def _d_DeleteRecordsPartition_v2(buf: Buffer, pos: int) -> tuple[DeleteRecordsPartition, int]:
    v_PartitionIndex, v_Offset = _P0.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteRecordsPartition(
        PartitionIndex=v_PartitionIndex,
        Offset=v_Offset,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteRecordsPartition_v2(out: bytearray, m: DeleteRecordsPartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.Offset)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteRecordsPartition_v2(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteRecordsPartition_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'Offset':
        return pos
    pos += 8
    return pos


def _d_DeleteRecordsTopic_v2(buf: Buffer, pos: int) -> tuple[DeleteRecordsTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_DeleteRecordsPartition_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteRecordsTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteRecordsTopic_v2(out: bytearray, m: DeleteRecordsTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_DeleteRecordsPartition_v2(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteRecordsTopic_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsPartition_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteRecordsTopic_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_DeleteRecordsPartition_v2(buf, pos)
    return pos


def _d_DeleteRecordsRequest_v2(buf: Buffer, pos: int) -> tuple[DeleteRecordsRequest, int]:
    v_Topics, pos = arr_c(_d_DeleteRecordsTopic_v2, buf, pos)
    (v_TimeoutMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteRecordsRequest(
        Topics=v_Topics,
        TimeoutMs=v_TimeoutMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteRecordsRequest_v2(out: bytearray, m: DeleteRecordsRequest) -> None:
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DeleteRecordsTopic_v2(out, e_Topics)
    out += _P1.pack(m.TimeoutMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteRecordsRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsTopic_v2(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteRecordsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteRecordsTopic_v2(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


DeleteRecordsPartition.INFO = StructInfo('DeleteRecordsPartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 2)),
    FieldInfo('Offset', 'int64', (0, 2)),
), (2, 2))

DeleteRecordsTopic.INFO = StructInfo('DeleteRecordsTopic', (
    FieldInfo('Name', 'string', (0, 2)),
    FieldInfo('Partitions', '[]struct', (0, 2), struct=DeleteRecordsPartition),
), (2, 2))

DeleteRecordsRequest.INFO = StructInfo('DeleteRecordsRequest', (
    FieldInfo('Topics', '[]struct', (0, 2), struct=DeleteRecordsTopic),
    FieldInfo('TimeoutMs', 'int32', (0, 2)),
), (2, 2))

DeleteRecordsPartition.DECODERS = {
    0: _d_DeleteRecordsPartition_v0,
    1: _d_DeleteRecordsPartition_v0,
    2: _d_DeleteRecordsPartition_v2,
}

DeleteRecordsPartition.ENCODERS = {
    0: _e_DeleteRecordsPartition_v0,
    1: _e_DeleteRecordsPartition_v0,
    2: _e_DeleteRecordsPartition_v2,
}

DeleteRecordsPartition.SKIPPERS = {
    0: _s_DeleteRecordsPartition_v0,
    1: _s_DeleteRecordsPartition_v0,
    2: _s_DeleteRecordsPartition_v2,
}

DeleteRecordsPartition.SEEKERS = {
    0: _o_DeleteRecordsPartition_v0,
    1: _o_DeleteRecordsPartition_v0,
    2: _o_DeleteRecordsPartition_v2,
}

DeleteRecordsTopic.DECODERS = {
    0: _d_DeleteRecordsTopic_v0,
    1: _d_DeleteRecordsTopic_v0,
    2: _d_DeleteRecordsTopic_v2,
}

DeleteRecordsTopic.ENCODERS = {
    0: _e_DeleteRecordsTopic_v0,
    1: _e_DeleteRecordsTopic_v0,
    2: _e_DeleteRecordsTopic_v2,
}

DeleteRecordsTopic.SKIPPERS = {
    0: _s_DeleteRecordsTopic_v0,
    1: _s_DeleteRecordsTopic_v0,
    2: _s_DeleteRecordsTopic_v2,
}

DeleteRecordsTopic.SEEKERS = {
    0: _o_DeleteRecordsTopic_v0,
    1: _o_DeleteRecordsTopic_v0,
    2: _o_DeleteRecordsTopic_v2,
}

DeleteRecordsRequest.DECODERS = {
    0: _d_DeleteRecordsRequest_v0,
    1: _d_DeleteRecordsRequest_v0,
    2: _d_DeleteRecordsRequest_v2,
}

DeleteRecordsRequest.ENCODERS = {
    0: _e_DeleteRecordsRequest_v0,
    1: _e_DeleteRecordsRequest_v0,
    2: _e_DeleteRecordsRequest_v2,
}

DeleteRecordsRequest.SKIPPERS = {
    0: _s_DeleteRecordsRequest_v0,
    1: _s_DeleteRecordsRequest_v0,
    2: _s_DeleteRecordsRequest_v2,
}

DeleteRecordsRequest.SEEKERS = {
    0: _o_DeleteRecordsRequest_v0,
    1: _o_DeleteRecordsRequest_v0,
    2: _o_DeleteRecordsRequest_v2,
}
