"""ShareAcknowledgeRequest: generated from specs/ShareAcknowledgeRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    farr_c,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    w_alen_c,
    w_farr_c,
    w_nstr_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>qq')
_P1 = Struct('>i')
_P2 = Struct('>16s')
_A_int8 = array_formats('b')


class AcknowledgementBatch(KafkaStruct, kw_only=True, gc=False):
    """An element of AcknowledgePartition.AcknowledgementBatches."""

    FirstOffset: int = MISSING
    LastOffset: int = MISSING
    AcknowledgeTypes: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AcknowledgePartition(KafkaStruct, kw_only=True, gc=False):
    """An element of AcknowledgeTopic.Partitions."""

    PartitionIndex: int = MISSING
    AcknowledgementBatches: list[AcknowledgementBatch] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AcknowledgeTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of ShareAcknowledgeRequest.Topics."""

    TopicId: bytes = MISSING
    Partitions: list[AcknowledgePartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ShareAcknowledgeRequest(Message, kw_only=True, gc=False):
    """ShareAcknowledgeRequest (API key 79), v0-v0; from specs/ShareAcknowledgeRequest.json."""

    API_KEY = 79
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = True

    GroupId: str | None = None
    MemberId: str | None = MISSING
    ShareSessionEpoch: int = MISSING
    Topics: list[AcknowledgeTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AcknowledgementBatch_v0(buf: Buffer, pos: int) -> tuple[AcknowledgementBatch, int]:
    v_FirstOffset, v_LastOffset = _P0.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if 1 < n <= 65:
        v_AcknowledgeTypes = list(_A_int8[n - 1].unpack_from(buf, pos + 1))
        pos += 1 * n - 0
    elif n == 1:
        v_AcknowledgeTypes = []
        pos += 1
    else:
        v_AcknowledgeTypes, pos = farr_c(buf, pos, 'b', 1)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AcknowledgementBatch(
        FirstOffset=v_FirstOffset,
        LastOffset=v_LastOffset,
        AcknowledgeTypes=v_AcknowledgeTypes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AcknowledgementBatch_v0(out: bytearray, m: AcknowledgementBatch) -> None:
    out += _P0.pack(m.FirstOffset, m.LastOffset)
    a_AcknowledgeTypes = m.AcknowledgeTypes
    n = len(a_AcknowledgeTypes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int8[n].pack(*a_AcknowledgeTypes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_AcknowledgeTypes, 'b')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AcknowledgementBatch_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    pos += 1 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AcknowledgementBatch_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'FirstOffset':
        return pos
    pos += 8
    if stop == 'LastOffset':
        return pos
    pos += 8
    if stop == 'AcknowledgeTypes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 1 * n
    return pos


def _d_AcknowledgePartition_v0(buf: Buffer, pos: int) -> tuple[AcknowledgePartition, int]:
    (v_PartitionIndex,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_AcknowledgementBatches, pos = arr_c(_d_AcknowledgementBatch_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AcknowledgePartition(
        PartitionIndex=v_PartitionIndex,
        AcknowledgementBatches=v_AcknowledgementBatches,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AcknowledgePartition_v0(out: bytearray, m: AcknowledgePartition) -> None:
    out += _P1.pack(m.PartitionIndex)
    a_AcknowledgementBatches = m.AcknowledgementBatches
    w_alen_c(out, len(a_AcknowledgementBatches))
    for e_AcknowledgementBatches in a_AcknowledgementBatches:
        _e_AcknowledgementBatch_v0(out, e_AcknowledgementBatches)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AcknowledgePartition_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AcknowledgementBatch_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AcknowledgePartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'AcknowledgementBatches':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AcknowledgementBatch_v0(buf, pos)
    return pos


def _d_AcknowledgeTopic_v0(buf: Buffer, pos: int) -> tuple[AcknowledgeTopic, int]:
    (v_TopicId,) = _P2.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_AcknowledgePartition_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AcknowledgeTopic(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AcknowledgeTopic_v0(out: bytearray, m: AcknowledgeTopic) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_AcknowledgePartition_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AcknowledgeTopic_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AcknowledgePartition_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AcknowledgeTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AcknowledgePartition_v0(buf, pos)
    return pos


def _d_ShareAcknowledgeRequest_v0(buf: Buffer, pos: int) -> tuple[ShareAcknowledgeRequest, int]:
    v_GroupId, pos = nstr_c(buf, pos)
    v_MemberId, pos = nstr_c(buf, pos)
    (v_ShareSessionEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_AcknowledgeTopic_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ShareAcknowledgeRequest(
        GroupId=v_GroupId,
        MemberId=v_MemberId,
        ShareSessionEpoch=v_ShareSessionEpoch,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ShareAcknowledgeRequest_v0(out: bytearray, m: ShareAcknowledgeRequest) -> None:
    w_nstr_c(out, m.GroupId)
    w_nstr_c(out, m.MemberId)
    out += _P1.pack(m.ShareSessionEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_AcknowledgeTopic_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ShareAcknowledgeRequest_v0(buf: Buffer, pos: int) -> int:
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
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AcknowledgeTopic_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ShareAcknowledgeRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ShareSessionEpoch':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AcknowledgeTopic_v0(buf, pos)
    return pos


AcknowledgementBatch.INFO = StructInfo('AcknowledgementBatch', (
    FieldInfo('FirstOffset', 'int64', (0, 0)),
    FieldInfo('LastOffset', 'int64', (0, 0)),
    FieldInfo('AcknowledgeTypes', '[]int8', (0, 0)),
), (0, 0))

AcknowledgePartition.INFO = StructInfo('AcknowledgePartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('AcknowledgementBatches', '[]struct', (0, 0), struct=AcknowledgementBatch),
), (0, 0))

AcknowledgeTopic.INFO = StructInfo('AcknowledgeTopic', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=AcknowledgePartition),
), (0, 0))

ShareAcknowledgeRequest.INFO = StructInfo('ShareAcknowledgeRequest', (
    FieldInfo('GroupId', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('MemberId', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('ShareSessionEpoch', 'int32', (0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=AcknowledgeTopic),
), (0, 0))

AcknowledgementBatch.DECODERS = {
    0: _d_AcknowledgementBatch_v0,
}

AcknowledgementBatch.ENCODERS = {
    0: _e_AcknowledgementBatch_v0,
}

AcknowledgementBatch.SKIPPERS = {
    0: _s_AcknowledgementBatch_v0,
}

AcknowledgementBatch.SEEKERS = {
    0: _o_AcknowledgementBatch_v0,
}

AcknowledgePartition.DECODERS = {
    0: _d_AcknowledgePartition_v0,
}

AcknowledgePartition.ENCODERS = {
    0: _e_AcknowledgePartition_v0,
}

AcknowledgePartition.SKIPPERS = {
    0: _s_AcknowledgePartition_v0,
}

AcknowledgePartition.SEEKERS = {
    0: _o_AcknowledgePartition_v0,
}

AcknowledgeTopic.DECODERS = {
    0: _d_AcknowledgeTopic_v0,
}

AcknowledgeTopic.ENCODERS = {
    0: _e_AcknowledgeTopic_v0,
}

AcknowledgeTopic.SKIPPERS = {
    0: _s_AcknowledgeTopic_v0,
}

AcknowledgeTopic.SEEKERS = {
    0: _o_AcknowledgeTopic_v0,
}

ShareAcknowledgeRequest.DECODERS = {
    0: _d_ShareAcknowledgeRequest_v0,
}

ShareAcknowledgeRequest.ENCODERS = {
    0: _e_ShareAcknowledgeRequest_v0,
}

ShareAcknowledgeRequest.SKIPPERS = {
    0: _s_ShareAcknowledgeRequest_v0,
}

ShareAcknowledgeRequest.SEEKERS = {
    0: _o_ShareAcknowledgeRequest_v0,
}
