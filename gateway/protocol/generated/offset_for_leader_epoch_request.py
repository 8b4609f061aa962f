"""OffsetForLeaderEpochRequest: generated from specs/OffsetForLeaderEpochRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>ii')
_P1 = Struct('>iii')
_P2 = Struct('>i')


class OffsetForLeaderPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetForLeaderTopic.Partitions."""

    Partition: int = MISSING
    CurrentLeaderEpoch: int = -1
    LeaderEpoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetForLeaderTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of OffsetForLeaderEpochRequest.Topics."""

    Topic: str = MISSING
    Partitions: list[OffsetForLeaderPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OffsetForLeaderEpochRequest(Message, kw_only=True, gc=False):
    """OffsetForLeaderEpochRequest (API key 23), v0-v4; from specs/OffsetForLeaderEpochRequest.json."""

    API_KEY = 23
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    ReplicaId: int = -2
    Topics: list[OffsetForLeaderTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_OffsetForLeaderPartition_v0(buf: Buffer, pos: int) -> tuple[OffsetForLeaderPartition, int]:
    v_Partition, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 8
    return OffsetForLeaderPartition(
        Partition=v_Partition,
        LeaderEpoch=v_LeaderEpoch,
    ), pos


def _e_OffsetForLeaderPartition_v0(out: bytearray, m: OffsetForLeaderPartition) -> None:
    out += _P0.pack(m.Partition, m.LeaderEpoch)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    return pos


def _o_OffsetForLeaderPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_OffsetForLeaderTopic_v0(buf: Buffer, pos: int) -> tuple[OffsetForLeaderTopic, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetForLeaderPartition_v0, buf, pos)
    return OffsetForLeaderTopic(
        Topic=v_Topic,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetForLeaderTopic_v0(out: bytearray, m: OffsetForLeaderTopic) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetForLeaderPartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderPartition_v0(buf, pos)
    return pos


def _o_OffsetForLeaderTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderPartition_v0(buf, pos)
    return pos


def _d_OffsetForLeaderEpochRequest_v0(buf: Buffer, pos: int) -> tuple[OffsetForLeaderEpochRequest, int]:
    v_Topics, pos = arr_k(_d_OffsetForLeaderTopic_v0, buf, pos)
    return OffsetForLeaderEpochRequest(
        Topics=v_Topics,
    ), pos


def _e_OffsetForLeaderEpochRequest_v0(out: bytearray, m: OffsetForLeaderEpochRequest) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetForLeaderTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderEpochRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopic_v0(buf, pos)
    return pos


def _o_OffsetForLeaderEpochRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopic_v0(buf, pos)
    return pos


def _d_OffsetForLeaderPartition_v2(buf: Buffer, pos: int) -> tuple[OffsetForLeaderPartition, int]:
    v_Partition, v_CurrentLeaderEpoch, v_LeaderEpoch = _P1.unpack_from(buf, pos)
    pos += 12
    return OffsetForLeaderPartition(
        Partition=v_Partition,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        LeaderEpoch=v_LeaderEpoch,
    ), pos


def _e_OffsetForLeaderPartition_v2(out: bytearray, m: OffsetForLeaderPartition) -> None:
    out += _P1.pack(m.Partition, m.CurrentLeaderEpoch, m.LeaderEpoch)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderPartition_v2(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos


def _o_OffsetForLeaderPartition_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_OffsetForLeaderTopic_v2(buf: Buffer, pos: int) -> tuple[OffsetForLeaderTopic, int]:
    v_Topic, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_OffsetForLeaderPartition_v2, buf, pos)
    return OffsetForLeaderTopic(
        Topic=v_Topic,
        Partitions=v_Partitions,
    ), pos


def _e_OffsetForLeaderTopic_v2(out: bytearray, m: OffsetForLeaderTopic) -> None:
    w_str_k(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetForLeaderPartition_v2(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderTopic_v2(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderPartition_v2(buf, pos)
    return pos


def _o_OffsetForLeaderTopic_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderPartition_v2(buf, pos)
    return pos


def _d_OffsetForLeaderEpochRequest_v2(buf: Buffer, pos: int) -> tuple[OffsetForLeaderEpochRequest, int]:
    v_Topics, pos = arr_k(_d_OffsetForLeaderTopic_v2, buf, pos)
    return OffsetForLeaderEpochRequest(
        Topics=v_Topics,
    ), pos


def _e_OffsetForLeaderEpochRequest_v2(out: bytearray, m: OffsetForLeaderEpochRequest) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetForLeaderTopic_v2(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderEpochRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopic_v2(buf, pos)
    return pos


def _o_OffsetForLeaderEpochRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopic_v2(buf, pos)
    return pos


def _d_OffsetForLeaderEpochRequest_v3(buf: Buffer, pos: int) -> tuple[OffsetForLeaderEpochRequest, int]:
    (v_ReplicaId,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_OffsetForLeaderTopic_v2, buf, pos)
    return OffsetForLeaderEpochRequest(
        ReplicaId=v_ReplicaId,
        Topics=v_Topics,
    ), pos


def _e_OffsetForLeaderEpochRequest_v3(out: bytearray, m: OffsetForLeaderEpochRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetForLeaderTopic_v2(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OffsetForLeaderEpochRequest_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopic_v2(buf, pos)
    return pos


def _o_OffsetForLeaderEpochRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopic_v2(buf, pos)
    return pos


def _d_OffsetForLeaderPartition_v4(buf: Buffer, pos: int) -> tuple[OffsetForLeaderPartition, int]:
    v_Partition, v_CurrentLeaderEpoch, v_LeaderEpoch = _P1.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetForLeaderPartition(
        Partition=v_Partition,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        LeaderEpoch=v_LeaderEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetForLeaderPartition_v4(out: bytearray, m: OffsetForLeaderPartition) -> None:
    out += _P1.pack(m.Partition, m.CurrentLeaderEpoch, m.LeaderEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetForLeaderPartition_v4(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetForLeaderPartition_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Partition':
        return pos
    pos += 4
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    return pos


def _d_OffsetForLeaderTopic_v4(buf: Buffer, pos: int) -> tuple[OffsetForLeaderTopic, int]:
    v_Topic, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_OffsetForLeaderPartition_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetForLeaderTopic(
        Topic=v_Topic,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetForLeaderTopic_v4(out: bytearray, m: OffsetForLeaderTopic) -> None:
    w_str_c(out, m.Topic)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OffsetForLeaderPartition_v4(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetForLeaderTopic_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderPartition_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetForLeaderTopic_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
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
        pos = _s_OffsetForLeaderPartition_v4(buf, pos)
    return pos


def _d_OffsetForLeaderEpochRequest_v4(buf: Buffer, pos: int) -> tuple[OffsetForLeaderEpochRequest, int]:
    (v_ReplicaId,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_OffsetForLeaderTopic_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OffsetForLeaderEpochRequest(
        ReplicaId=v_ReplicaId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OffsetForLeaderEpochRequest_v4(out: bytearray, m: OffsetForLeaderEpochRequest) -> None:
    out += _P2.pack(m.ReplicaId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OffsetForLeaderTopic_v4(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OffsetForLeaderEpochRequest_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopic_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OffsetForLeaderEpochRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ReplicaId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OffsetForLeaderTopic_v4(buf, pos)
    return pos


OffsetForLeaderPartition.INFO = StructInfo('OffsetForLeaderPartition', (
    FieldInfo('Partition', 'int32', (0, 4)),
    FieldInfo('CurrentLeaderEpoch', 'int32', (2, 4), default=-1, ignorable=True),
    FieldInfo('LeaderEpoch', 'int32', (0, 4)),
), (4, 4))

OffsetForLeaderTopic.INFO = StructInfo('OffsetForLeaderTopic', (
    FieldInfo('Topic', 'string', (0, 4)),
    FieldInfo('Partitions', '[]struct', (0, 4), struct=OffsetForLeaderPartition),
), (4, 4))

OffsetForLeaderEpochRequest.INFO = StructInfo('OffsetForLeaderEpochRequest', (
    FieldInfo('ReplicaId', 'int32', (3, 4), default=-2, ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 4), struct=OffsetForLeaderTopic),
), (4, 4))

OffsetForLeaderPartition.DECODERS = {
    0: _d_OffsetForLeaderPartition_v0,
    1: _d_OffsetForLeaderPartition_v0,
    2: _d_OffsetForLeaderPartition_v2,
    3: _d_OffsetForLeaderPartition_v2,
    4: _d_OffsetForLeaderPartition_v4,
}

OffsetForLeaderPartition.ENCODERS = {
    0: _e_OffsetForLeaderPartition_v0,
    1: _e_OffsetForLeaderPartition_v0,
    2: _e_OffsetForLeaderPartition_v2,
    3: _e_OffsetForLeaderPartition_v2,
    4: _e_OffsetForLeaderPartition_v4,
}

OffsetForLeaderPartition.SKIPPERS = {
    0: _s_OffsetForLeaderPartition_v0,
    1: _s_OffsetForLeaderPartition_v0,
    2: _s_OffsetForLeaderPartition_v2,
    3: _s_OffsetForLeaderPartition_v2,
    4: _s_OffsetForLeaderPartition_v4,
}

OffsetForLeaderPartition.SEEKERS = {
    0: _o_OffsetForLeaderPartition_v0,
    1: _o_OffsetForLeaderPartition_v0,
    2: _o_OffsetForLeaderPartition_v2,
    3: _o_OffsetForLeaderPartition_v2,
    4: _o_OffsetForLeaderPartition_v4,
}

OffsetForLeaderTopic.DECODERS = {
    0: _d_OffsetForLeaderTopic_v0,
    1: _d_OffsetForLeaderTopic_v0,
    2: _d_OffsetForLeaderTopic_v2,
    3: _d_OffsetForLeaderTopic_v2,
    4: _d_OffsetForLeaderTopic_v4,
}

OffsetForLeaderTopic.ENCODERS = {
    0: _e_OffsetForLeaderTopic_v0,
    1: _e_OffsetForLeaderTopic_v0,
    2: _e_OffsetForLeaderTopic_v2,
    3: _e_OffsetForLeaderTopic_v2,
    4: _e_OffsetForLeaderTopic_v4,
}

OffsetForLeaderTopic.SKIPPERS = {
    0: _s_OffsetForLeaderTopic_v0,
    1: _s_OffsetForLeaderTopic_v0,
    2: _s_OffsetForLeaderTopic_v2,
    3: _s_OffsetForLeaderTopic_v2,
    4: _s_OffsetForLeaderTopic_v4,
}

OffsetForLeaderTopic.SEEKERS = {
    0: _o_OffsetForLeaderTopic_v0,
    1: _o_OffsetForLeaderTopic_v0,
    2: _o_OffsetForLeaderTopic_v2,
    3: _o_OffsetForLeaderTopic_v2,
    4: _o_OffsetForLeaderTopic_v4,
}

OffsetForLeaderEpochRequest.DECODERS = {
    0: _d_OffsetForLeaderEpochRequest_v0,
    1: _d_OffsetForLeaderEpochRequest_v0,
    2: _d_OffsetForLeaderEpochRequest_v2,
    3: _d_OffsetForLeaderEpochRequest_v3,
    4: _d_OffsetForLeaderEpochRequest_v4,
}

OffsetForLeaderEpochRequest.ENCODERS = {
    0: _e_OffsetForLeaderEpochRequest_v0,
    1: _e_OffsetForLeaderEpochRequest_v0,
    2: _e_OffsetForLeaderEpochRequest_v2,
    3: _e_OffsetForLeaderEpochRequest_v3,
    4: _e_OffsetForLeaderEpochRequest_v4,
}

OffsetForLeaderEpochRequest.SKIPPERS = {
    0: _s_OffsetForLeaderEpochRequest_v0,
    1: _s_OffsetForLeaderEpochRequest_v0,
    2: _s_OffsetForLeaderEpochRequest_v2,
    3: _s_OffsetForLeaderEpochRequest_v3,
    4: _s_OffsetForLeaderEpochRequest_v4,
}

OffsetForLeaderEpochRequest.SEEKERS = {
    0: _o_OffsetForLeaderEpochRequest_v0,
    1: _o_OffsetForLeaderEpochRequest_v0,
    2: _o_OffsetForLeaderEpochRequest_v2,
    3: _o_OffsetForLeaderEpochRequest_v3,
    4: _o_OffsetForLeaderEpochRequest_v4,
}
