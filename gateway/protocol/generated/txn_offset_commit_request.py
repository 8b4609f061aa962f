"""TxnOffsetCommitRequest: generated from specs/TxnOffsetCommitRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>iq')
_P1 = Struct('>qh')
_P2 = Struct('>iqi')
_P3 = Struct('>qhi')


class TxnOffsetCommitRequestPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of TxnOffsetCommitRequestTopic.Partitions."""

    PartitionIndex: int = MISSING
    CommittedOffset: int = MISSING
    CommittedLeaderEpoch: int = -1
    CommittedMetadata: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TxnOffsetCommitRequestTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of TxnOffsetCommitRequest.Topics."""

    Name: str = MISSING
    Partitions: list[TxnOffsetCommitRequestPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TxnOffsetCommitRequest(Message, kw_only=True, gc=False):
    """TxnOffsetCommitRequest (API key 28), v0-v4; from specs/TxnOffsetCommitRequest.json."""

    API_KEY = 28
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    TransactionalId: str = MISSING
    GroupId: str = MISSING
    ProducerId: int = MISSING
    ProducerEpoch: int = MISSING
    GenerationId: int = -1
    MemberId: str = ''
    GroupInstanceId: str | None = None
    Topics: list[TxnOffsetCommitRequestTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_TxnOffsetCommitRequestPartition_v0(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_PartitionIndex, v_CommittedOffset = _P0.unpack_from(buf, pos)
    pos += 12
    v_CommittedMetadata, pos = nstr_k(buf, pos)
    return TxnOffsetCommitRequestPartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedMetadata=v_CommittedMetadata,
    ), pos


def _e_TxnOffsetCommitRequestPartition_v0(out: bytearray, m: TxnOffsetCommitRequestPartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.CommittedOffset)
    w_nstr_k(out, m.CommittedMetadata)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitRequestPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    pos = skip_k16(buf, pos)
    return pos


def _o_TxnOffsetCommitRequestPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedMetadata':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_TxnOffsetCommitRequestTopic_v0(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_TxnOffsetCommitRequestPartition_v0, buf, pos)
    return TxnOffsetCommitRequestTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_TxnOffsetCommitRequestTopic_v0(out: bytearray, m: TxnOffsetCommitRequestTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_TxnOffsetCommitRequestPartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitRequestTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestPartition_v0(buf, pos)
    return pos


def _o_TxnOffsetCommitRequestTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestPartition_v0(buf, pos)
    return pos


def _d_TxnOffsetCommitRequest_v0(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    v_TransactionalId, pos = str_k(buf, pos)
    v_GroupId, pos = str_k(buf, pos)
    v_ProducerId, v_ProducerEpoch = _P1.unpack_from(buf, pos)
    pos += 10
    v_Topics, pos = arr_k(_d_TxnOffsetCommitRequestTopic_v0, buf, pos)
    return TxnOffsetCommitRequest(
        TransactionalId=v_TransactionalId,
        GroupId=v_GroupId,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        Topics=v_Topics,
    ), pos


def _e_TxnOffsetCommitRequest_v0(out: bytearray, m: TxnOffsetCommitRequest) -> None:
    w_str_k(out, m.TransactionalId)
    w_str_k(out, m.GroupId)
    out += _P1.pack(m.ProducerId, m.ProducerEpoch)
    if non_default(m.GenerationId, -1):
        raise EncodeError('GenerationId')
    if non_default(m.MemberId, ''):
        raise EncodeError('MemberId')
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TxnOffsetCommitRequestTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 10
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestTopic_v0(buf, pos)
    return pos


def _o_TxnOffsetCommitRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestTopic_v0(buf, pos)
    return pos


def _d_TxnOffsetCommitRequestPartition_v2(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_PartitionIndex, v_CommittedOffset, v_CommittedLeaderEpoch = _P2.unpack_from(buf, pos)
    pos += 16
    v_CommittedMetadata, pos = nstr_k(buf, pos)
    return TxnOffsetCommitRequestPartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedLeaderEpoch=v_CommittedLeaderEpoch,
        CommittedMetadata=v_CommittedMetadata,
    ), pos


def _e_TxnOffsetCommitRequestPartition_v2(out: bytearray, m: TxnOffsetCommitRequestPartition) -> None:
    out += _P2.pack(m.PartitionIndex, m.CommittedOffset, m.CommittedLeaderEpoch)
    w_nstr_k(out, m.CommittedMetadata)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitRequestPartition_v2(buf: Buffer, pos: int) -> int:
    pos += 16
    pos = skip_k16(buf, pos)
    return pos


def _o_TxnOffsetCommitRequestPartition_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedLeaderEpoch':
        return pos
    pos += 4
    if stop == 'CommittedMetadata':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_TxnOffsetCommitRequestTopic_v2(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_TxnOffsetCommitRequestPartition_v2, buf, pos)
    return TxnOffsetCommitRequestTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_TxnOffsetCommitRequestTopic_v2(out: bytearray, m: TxnOffsetCommitRequestTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_TxnOffsetCommitRequestPartition_v2(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitRequestTopic_v2(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestPartition_v2(buf, pos)
    return pos


def _o_TxnOffsetCommitRequestTopic_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestPartition_v2(buf, pos)
    return pos


def _d_TxnOffsetCommitRequest_v2(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    v_TransactionalId, pos = str_k(buf, pos)
    v_GroupId, pos = str_k(buf, pos)
    v_ProducerId, v_ProducerEpoch = _P1.unpack_from(buf, pos)
    pos += 10
    v_Topics, pos = arr_k(_d_TxnOffsetCommitRequestTopic_v2, buf, pos)
    return TxnOffsetCommitRequest(
        TransactionalId=v_TransactionalId,
        GroupId=v_GroupId,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        Topics=v_Topics,
    ), pos


def _e_TxnOffsetCommitRequest_v2(out: bytearray, m: TxnOffsetCommitRequest) -> None:
    w_str_k(out, m.TransactionalId)
    w_str_k(out, m.GroupId)
    out += _P1.pack(m.ProducerId, m.ProducerEpoch)
    if non_default(m.GenerationId, -1):
        raise EncodeError('GenerationId')
    if non_default(m.MemberId, ''):
        raise EncodeError('MemberId')
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TxnOffsetCommitRequestTopic_v2(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TxnOffsetCommitRequest_v2(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 10
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestTopic_v2(buf, pos)
    return pos


def _o_TxnOffsetCommitRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestTopic_v2(buf, pos)
    return pos


def _d_TxnOffsetCommitRequestPartition_v3(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_PartitionIndex, v_CommittedOffset, v_CommittedLeaderEpoch = _P2.unpack_from(buf, pos)
    pos += 16
    v_CommittedMetadata, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TxnOffsetCommitRequestPartition(
        PartitionIndex=v_PartitionIndex,
        CommittedOffset=v_CommittedOffset,
        CommittedLeaderEpoch=v_CommittedLeaderEpoch,
        CommittedMetadata=v_CommittedMetadata,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TxnOffsetCommitRequestPartition_v3(out: bytearray, m: TxnOffsetCommitRequestPartition) -> None:
    out += _P2.pack(m.PartitionIndex, m.CommittedOffset, m.CommittedLeaderEpoch)
    w_nstr_c(out, m.CommittedMetadata)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TxnOffsetCommitRequestPartition_v3(buf: Buffer, pos: int) -> int:
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TxnOffsetCommitRequestPartition_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'CommittedOffset':
        return pos
    pos += 8
    if stop == 'CommittedLeaderEpoch':
        return pos
    pos += 4
    if stop == 'CommittedMetadata':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_TxnOffsetCommitRequestTopic_v3(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_TxnOffsetCommitRequestPartition_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TxnOffsetCommitRequestTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TxnOffsetCommitRequestTopic_v3(out: bytearray, m: TxnOffsetCommitRequestTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_TxnOffsetCommitRequestPartition_v3(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TxnOffsetCommitRequestTopic_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestPartition_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TxnOffsetCommitRequestTopic_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_TxnOffsetCommitRequestPartition_v3(buf, pos)
    return pos


def _d_TxnOffsetCommitRequest_v3(buf: Buffer, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    v_TransactionalId, pos = str_c(buf, pos)
    v_GroupId, pos = str_c(buf, pos)
    v_ProducerId, v_ProducerEpoch, v_GenerationId = _P3.unpack_from(buf, pos)
    pos += 14
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    v_Topics, pos = arr_c(_d_TxnOffsetCommitRequestTopic_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TxnOffsetCommitRequest(
        TransactionalId=v_TransactionalId,
        GroupId=v_GroupId,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        GenerationId=v_GenerationId,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TxnOffsetCommitRequest_v3(out: bytearray, m: TxnOffsetCommitRequest) -> None:
    w_str_c(out, m.TransactionalId)
    w_str_c(out, m.GroupId)
    out += _P3.pack(m.ProducerId, m.ProducerEpoch, m.GenerationId)
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TxnOffsetCommitRequestTopic_v3(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TxnOffsetCommitRequest_v3(buf: Buffer, pos: int) -> int:
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
    pos += 14
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
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TxnOffsetCommitRequestTopic_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TxnOffsetCommitRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupInstanceId':
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
        pos = _s_TxnOffsetCommitRequestTopic_v3(buf, pos)
    return pos


TxnOffsetCommitRequestPartition.INFO = StructInfo('TxnOffsetCommitRequestPartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 4)),
    FieldInfo('CommittedOffset', 'int64', (0, 4)),
    FieldInfo('CommittedLeaderEpoch', 'int32', (2, 4), default=-1, ignorable=True),
    FieldInfo('CommittedMetadata', 'string', (0, 4), nullable=(0, 4)),
), (3, 4))

TxnOffsetCommitRequestTopic.INFO = StructInfo('TxnOffsetCommitRequestTopic', (
    FieldInfo('Name', 'string', (0, 4)),
    FieldInfo('Partitions', '[]struct', (0, 4), struct=TxnOffsetCommitRequestPartition),
), (3, 4))

TxnOffsetCommitRequest.INFO = StructInfo('TxnOffsetCommitRequest', (
    FieldInfo('TransactionalId', 'string', (0, 4)),
    FieldInfo('GroupId', 'string', (0, 4)),
    FieldInfo('ProducerId', 'int64', (0, 4)),
    FieldInfo('ProducerEpoch', 'int16', (0, 4)),
    FieldInfo('GenerationId', 'int32', (3, 4), default=-1),
    FieldInfo('MemberId', 'string', (3, 4), default=''),
    FieldInfo('GroupInstanceId', 'string', (3, 4), nullable=(3, 4), default=None),
    FieldInfo('Topics', '[]struct', (0, 4), struct=TxnOffsetCommitRequestTopic),
), (3, 4))

TxnOffsetCommitRequestPartition.DECODERS = {
    0: _d_TxnOffsetCommitRequestPartition_v0,
    1: _d_TxnOffsetCommitRequestPartition_v0,
    2: _d_TxnOffsetCommitRequestPartition_v2,
    3: _d_TxnOffsetCommitRequestPartition_v3,
    4: _d_TxnOffsetCommitRequestPartition_v3,
}

TxnOffsetCommitRequestPartition.ENCODERS = {
    0: _e_TxnOffsetCommitRequestPartition_v0,
    1: _e_TxnOffsetCommitRequestPartition_v0,
    2: _e_TxnOffsetCommitRequestPartition_v2,
    3: _e_TxnOffsetCommitRequestPartition_v3,
    4: _e_TxnOffsetCommitRequestPartition_v3,
}

TxnOffsetCommitRequestPartition.SKIPPERS = {
    0: _s_TxnOffsetCommitRequestPartition_v0,
    1: _s_TxnOffsetCommitRequestPartition_v0,
    2: _s_TxnOffsetCommitRequestPartition_v2,
    3: _s_TxnOffsetCommitRequestPartition_v3,
    4: _s_TxnOffsetCommitRequestPartition_v3,
}

TxnOffsetCommitRequestPartition.SEEKERS = {
    0: _o_TxnOffsetCommitRequestPartition_v0,
    1: _o_TxnOffsetCommitRequestPartition_v0,
    2: _o_TxnOffsetCommitRequestPartition_v2,
    3: _o_TxnOffsetCommitRequestPartition_v3,
    4: _o_TxnOffsetCommitRequestPartition_v3,
}

TxnOffsetCommitRequestTopic.DECODERS = {
    0: _d_TxnOffsetCommitRequestTopic_v0,
    1: _d_TxnOffsetCommitRequestTopic_v0,
    2: _d_TxnOffsetCommitRequestTopic_v2,
    3: _d_TxnOffsetCommitRequestTopic_v3,
    4: _d_TxnOffsetCommitRequestTopic_v3,
}

TxnOffsetCommitRequestTopic.ENCODERS = {
    0: _e_TxnOffsetCommitRequestTopic_v0,
    1: _e_TxnOffsetCommitRequestTopic_v0,
    2: _e_TxnOffsetCommitRequestTopic_v2,
    3: _e_TxnOffsetCommitRequestTopic_v3,
    4: _e_TxnOffsetCommitRequestTopic_v3,
}

TxnOffsetCommitRequestTopic.SKIPPERS = {
    0: _s_TxnOffsetCommitRequestTopic_v0,
    1: _s_TxnOffsetCommitRequestTopic_v0,
    2: _s_TxnOffsetCommitRequestTopic_v2,
    3: _s_TxnOffsetCommitRequestTopic_v3,
    4: _s_TxnOffsetCommitRequestTopic_v3,
}

TxnOffsetCommitRequestTopic.SEEKERS = {
    0: _o_TxnOffsetCommitRequestTopic_v0,
    1: _o_TxnOffsetCommitRequestTopic_v0,
    2: _o_TxnOffsetCommitRequestTopic_v2,
    3: _o_TxnOffsetCommitRequestTopic_v3,
    4: _o_TxnOffsetCommitRequestTopic_v3,
}

TxnOffsetCommitRequest.DECODERS = {
    0: _d_TxnOffsetCommitRequest_v0,
    1: _d_TxnOffsetCommitRequest_v0,
    2: _d_TxnOffsetCommitRequest_v2,
    3: _d_TxnOffsetCommitRequest_v3,
    4: _d_TxnOffsetCommitRequest_v3,
}

TxnOffsetCommitRequest.ENCODERS = {
    0: _e_TxnOffsetCommitRequest_v0,
    1: _e_TxnOffsetCommitRequest_v0,
    2: _e_TxnOffsetCommitRequest_v2,
    3: _e_TxnOffsetCommitRequest_v3,
    4: _e_TxnOffsetCommitRequest_v3,
}

TxnOffsetCommitRequest.SKIPPERS = {
    0: _s_TxnOffsetCommitRequest_v0,
    1: _s_TxnOffsetCommitRequest_v0,
    2: _s_TxnOffsetCommitRequest_v2,
    3: _s_TxnOffsetCommitRequest_v3,
    4: _s_TxnOffsetCommitRequest_v3,
}

TxnOffsetCommitRequest.SEEKERS = {
    0: _o_TxnOffsetCommitRequest_v0,
    1: _o_TxnOffsetCommitRequest_v0,
    2: _o_TxnOffsetCommitRequest_v2,
    3: _o_TxnOffsetCommitRequest_v3,
    4: _o_TxnOffsetCommitRequest_v3,
}
