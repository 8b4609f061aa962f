"""ShareFetchRequest: generated from specs/ShareFetchRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>ii')
_P2 = Struct('>16s')
_P3 = Struct('>iiii')
_A_int8 = array_formats('b')
_A_int32 = array_formats('i')


class AcknowledgementBatch(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchPartition.AcknowledgementBatches."""

    FirstOffset: int = MISSING
    LastOffset: int = MISSING
    AcknowledgeTypes: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class FetchPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of FetchTopic.Partitions."""

    PartitionIndex: int = MISSING
    PartitionMaxBytes: int = MISSING
    AcknowledgementBatches: list[AcknowledgementBatch] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class FetchTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of ShareFetchRequest.Topics."""

    TopicId: bytes = MISSING
    Partitions: list[FetchPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ForgottenTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of ShareFetchRequest.ForgottenTopicsData."""

    TopicId: bytes = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ShareFetchRequest(Message, kw_only=True, gc=False):
    """ShareFetchRequest (API key 78), v0-v0; from specs/ShareFetchRequest.json."""

    API_KEY = 78
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = True

    GroupId: str | None = None
    MemberId: str | None = MISSING
    ShareSessionEpoch: int = MISSING
    MaxWaitMs: int = MISSING
    MinBytes: int = MISSING
    MaxBytes: int = 2147483647
    Topics: list[FetchTopic] = MISSING
    ForgottenTopicsData: list[ForgottenTopic] = MISSING
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


def _d_FetchPartition_v0(buf: Buffer, pos: int) -> tuple[FetchPartition, int]:
    v_PartitionIndex, v_PartitionMaxBytes = _P1.unpack_from(buf, pos)
    pos += 8
    v_AcknowledgementBatches, pos = arr_c(_d_AcknowledgementBatch_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchPartition(
        PartitionIndex=v_PartitionIndex,
        PartitionMaxBytes=v_PartitionMaxBytes,
        AcknowledgementBatches=v_AcknowledgementBatches,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchPartition_v0(out: bytearray, m: FetchPartition) -> None:
    out += _P1.pack(m.PartitionIndex, m.PartitionMaxBytes)
    a_AcknowledgementBatches = m.AcknowledgementBatches
    w_alen_c(out, len(a_AcknowledgementBatches))
    for e_AcknowledgementBatches in a_AcknowledgementBatches:
        _e_AcknowledgementBatch_v0(out, e_AcknowledgementBatches)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AcknowledgementBatch_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'PartitionMaxBytes':
        return pos
    pos += 4
    if stop == 'AcknowledgementBatches':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AcknowledgementBatch_v0(buf, pos)
    return pos


def _d_FetchTopic_v0(buf: Buffer, pos: int) -> tuple[FetchTopic, int]:
    (v_TopicId,) = _P2.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_FetchPartition_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FetchTopic(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FetchTopic_v0(out: bytearray, m: FetchTopic) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_FetchPartition_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FetchTopic_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FetchTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchPartition_v0(buf, pos)
    return pos


def _d_ForgottenTopic_v0(buf: Buffer, pos: int) -> tuple[ForgottenTopic, int]:
    (v_TopicId,) = _P2.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if 1 < n <= 65:
        v_Partitions = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Partitions = []
        pos += 1
    else:
        v_Partitions, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ForgottenTopic(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ForgottenTopic_v0(out: bytearray, m: ForgottenTopic) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    n = len(a_Partitions)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Partitions)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Partitions, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ForgottenTopic_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ForgottenTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_ShareFetchRequest_v0(buf: Buffer, pos: int) -> tuple[ShareFetchRequest, int]:
    v_GroupId, pos = nstr_c(buf, pos)
    v_MemberId, pos = nstr_c(buf, pos)
    v_ShareSessionEpoch, v_MaxWaitMs, v_MinBytes, v_MaxBytes = _P3.unpack_from(buf, pos)
    pos += 16
    v_Topics, pos = arr_c(_d_FetchTopic_v0, buf, pos)
    v_ForgottenTopicsData, pos = arr_c(_d_ForgottenTopic_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ShareFetchRequest(
        GroupId=v_GroupId,
        MemberId=v_MemberId,
        ShareSessionEpoch=v_ShareSessionEpoch,
        MaxWaitMs=v_MaxWaitMs,
        MinBytes=v_MinBytes,
        MaxBytes=v_MaxBytes,
        Topics=v_Topics,
        ForgottenTopicsData=v_ForgottenTopicsData,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ShareFetchRequest_v0(out: bytearray, m: ShareFetchRequest) -> None:
    w_nstr_c(out, m.GroupId)
    w_nstr_c(out, m.MemberId)
    out += _P3.pack(m.ShareSessionEpoch, m.MaxWaitMs, m.MinBytes, m.MaxBytes)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_FetchTopic_v0(out, e_Topics)
    a_ForgottenTopicsData = m.ForgottenTopicsData
    w_alen_c(out, len(a_ForgottenTopicsData))
    for e_ForgottenTopicsData in a_ForgottenTopicsData:
        _e_ForgottenTopic_v0(out, e_ForgottenTopicsData)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ShareFetchRequest_v0(buf: Buffer, pos: int) -> int:
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
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ShareFetchRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'MaxWaitMs':
        return pos
    pos += 4
    if stop == 'MinBytes':
        return pos
    pos += 4
    if stop == 'MaxBytes':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FetchTopic_v0(buf, pos)
    if stop == 'ForgottenTopicsData':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ForgottenTopic_v0(buf, pos)
    return pos


AcknowledgementBatch.INFO = StructInfo('AcknowledgementBatch', (
    FieldInfo('FirstOffset', 'int64', (0, 0)),
    FieldInfo('LastOffset', 'int64', (0, 0)),
    FieldInfo('AcknowledgeTypes', '[]int8', (0, 0)),
), (0, 0))

FetchPartition.INFO = StructInfo('FetchPartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('PartitionMaxBytes', 'int32', (0, 0)),
    FieldInfo('AcknowledgementBatches', '[]struct', (0, 0), struct=AcknowledgementBatch),
), (0, 0))

FetchTopic.INFO = StructInfo('FetchTopic', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=FetchPartition),
), (0, 0))

ForgottenTopic.INFO = StructInfo('ForgottenTopic', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('Partitions', '[]int32', (0, 0)),
), (0, 0))

ShareFetchRequest.INFO = StructInfo('ShareFetchRequest', (
    FieldInfo('GroupId', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('MemberId', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('ShareSessionEpoch', 'int32', (0, 0)),
    FieldInfo('MaxWaitMs', 'int32', (0, 0)),
    FieldInfo('MinBytes', 'int32', (0, 0)),
    FieldInfo('MaxBytes', 'int32', (0, 0), default=2147483647),
    FieldInfo('Topics', '[]struct', (0, 0), struct=FetchTopic),
    FieldInfo('ForgottenTopicsData', '[]struct', (0, 0), struct=ForgottenTopic),
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

FetchPartition.DECODERS = {
    0: _d_FetchPartition_v0,
}

FetchPartition.ENCODERS = {
    0: _e_FetchPartition_v0,
}

FetchPartition.SKIPPERS = {
    0: _s_FetchPartition_v0,
}

FetchPartition.SEEKERS = {
    0: _o_FetchPartition_v0,
}

FetchTopic.DECODERS = {
    0: _d_FetchTopic_v0,
}

FetchTopic.ENCODERS = {
    0: _e_FetchTopic_v0,
}

FetchTopic.SKIPPERS = {
    0: _s_FetchTopic_v0,
}

FetchTopic.SEEKERS = {
    0: _o_FetchTopic_v0,
}

ForgottenTopic.DECODERS = {
    0: _d_ForgottenTopic_v0,
}

ForgottenTopic.ENCODERS = {
    0: _e_ForgottenTopic_v0,
}

ForgottenTopic.SKIPPERS = {
    0: _s_ForgottenTopic_v0,
}

ForgottenTopic.SEEKERS = {
    0: _o_ForgottenTopic_v0,
}

ShareFetchRequest.DECODERS = {
    0: _d_ShareFetchRequest_v0,
}

ShareFetchRequest.ENCODERS = {
    0: _e_ShareFetchRequest_v0,
}

ShareFetchRequest.SKIPPERS = {
    0: _s_ShareFetchRequest_v0,
}

ShareFetchRequest.SEEKERS = {
    0: _o_ShareFetchRequest_v0,
}
