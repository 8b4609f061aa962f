"""ConsumerGroupHeartbeatRequest: generated from specs/ConsumerGroupHeartbeatRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    farr_c,
    narr_c,
    non_default,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_each,
    w_farr_c,
    w_nstr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>16s')
_P1 = Struct('>i')
_A_int32 = array_formats('i')


class TopicPartitions(KafkaStruct, kw_only=True, gc=False):
    """An element of ConsumerGroupHeartbeatRequest.TopicPartitions."""

    TopicId: bytes = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_TopicPartitions = TopicPartitions


class ConsumerGroupHeartbeatRequest(Message, kw_only=True, gc=False):
    """ConsumerGroupHeartbeatRequest (API key 68), v0-v1; from specs/ConsumerGroupHeartbeatRequest.json."""

    API_KEY = 68
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = True

    GroupId: str = MISSING
    MemberId: str = MISSING
    MemberEpoch: int = MISSING
    InstanceId: str | None = None
    RackId: str | None = None
    RebalanceTimeoutMs: int = -1
    SubscribedTopicNames: list[str] | None = None
    SubscribedTopicRegex: str | None = None
    ServerAssignor: str | None = None
    TopicPartitions: list[_TopicPartitions] | None = None
    unknown_tags: dict[int, Buffer] | None = None


def _d_TopicPartitions_v0(buf: Buffer, pos: int) -> tuple[TopicPartitions, int]:
    (v_TopicId,) = _P0.unpack_from(buf, pos)
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
    result = TopicPartitions(
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicPartitions_v0(out: bytearray, m: TopicPartitions) -> None:
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


def _s_TopicPartitions_v0(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicPartitions_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_ConsumerGroupHeartbeatRequest_v0(buf: Buffer, pos: int) -> tuple[ConsumerGroupHeartbeatRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_MemberId, pos = str_c(buf, pos)
    (v_MemberEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_InstanceId, pos = nstr_c(buf, pos)
    v_RackId, pos = nstr_c(buf, pos)
    (v_RebalanceTimeoutMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_SubscribedTopicNames, pos = narr_c(str_c, buf, pos)
    v_ServerAssignor, pos = nstr_c(buf, pos)
    v_TopicPartitions, pos = narr_c(_d_TopicPartitions_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ConsumerGroupHeartbeatRequest(
        GroupId=v_GroupId,
        MemberId=v_MemberId,
        MemberEpoch=v_MemberEpoch,
        InstanceId=v_InstanceId,
        RackId=v_RackId,
        RebalanceTimeoutMs=v_RebalanceTimeoutMs,
        SubscribedTopicNames=v_SubscribedTopicNames,
        ServerAssignor=v_ServerAssignor,
        TopicPartitions=v_TopicPartitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ConsumerGroupHeartbeatRequest_v0(out: bytearray, m: ConsumerGroupHeartbeatRequest) -> None:
    w_str_c(out, m.GroupId)
    w_str_c(out, m.MemberId)
    out += _P1.pack(m.MemberEpoch)
    w_nstr_c(out, m.InstanceId)
    w_nstr_c(out, m.RackId)
    out += _P1.pack(m.RebalanceTimeoutMs)
    a_SubscribedTopicNames = m.SubscribedTopicNames
    if a_SubscribedTopicNames is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_SubscribedTopicNames))
        w_each(w_str_c, out, a_SubscribedTopicNames)
    if non_default(m.SubscribedTopicRegex, None):
        raise EncodeError('SubscribedTopicRegex')
    w_nstr_c(out, m.ServerAssignor)
    a_TopicPartitions = m.TopicPartitions
    if a_TopicPartitions is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_TopicPartitions))
        for e_TopicPartitions in a_TopicPartitions:
            _e_TopicPartitions_v0(out, e_TopicPartitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ConsumerGroupHeartbeatRequest_v0(buf: Buffer, pos: int) -> int:
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
        pos = _s_TopicPartitions_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ConsumerGroupHeartbeatRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'MemberEpoch':
        return pos
    pos += 4
    if stop == 'InstanceId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'RackId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'RebalanceTimeoutMs':
        return pos
    pos += 4
    if stop == 'SubscribedTopicNames':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'ServerAssignor':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TopicPartitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    return pos


def _d_ConsumerGroupHeartbeatRequest_v1(buf: Buffer, pos: int) -> tuple[ConsumerGroupHeartbeatRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_MemberId, pos = str_c(buf, pos)
    (v_MemberEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_InstanceId, pos = nstr_c(buf, pos)
    v_RackId, pos = nstr_c(buf, pos)
    (v_RebalanceTimeoutMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_SubscribedTopicNames, pos = narr_c(str_c, buf, pos)
    v_SubscribedTopicRegex, pos = nstr_c(buf, pos)
    v_ServerAssignor, pos = nstr_c(buf, pos)
    v_TopicPartitions, pos = narr_c(_d_TopicPartitions_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ConsumerGroupHeartbeatRequest(
        GroupId=v_GroupId,
        MemberId=v_MemberId,
        MemberEpoch=v_MemberEpoch,
        InstanceId=v_InstanceId,
        RackId=v_RackId,
        RebalanceTimeoutMs=v_RebalanceTimeoutMs,
        SubscribedTopicNames=v_SubscribedTopicNames,
        SubscribedTopicRegex=v_SubscribedTopicRegex,
        ServerAssignor=v_ServerAssignor,
        TopicPartitions=v_TopicPartitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ConsumerGroupHeartbeatRequest_v1(out: bytearray, m: ConsumerGroupHeartbeatRequest) -> None:
    w_str_c(out, m.GroupId)
    w_str_c(out, m.MemberId)
    out += _P1.pack(m.MemberEpoch)
    w_nstr_c(out, m.InstanceId)
    w_nstr_c(out, m.RackId)
    out += _P1.pack(m.RebalanceTimeoutMs)
    a_SubscribedTopicNames = m.SubscribedTopicNames
    if a_SubscribedTopicNames is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_SubscribedTopicNames))
        w_each(w_str_c, out, a_SubscribedTopicNames)
    w_nstr_c(out, m.SubscribedTopicRegex)
    w_nstr_c(out, m.ServerAssignor)
    a_TopicPartitions = m.TopicPartitions
    if a_TopicPartitions is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_TopicPartitions))
        for e_TopicPartitions in a_TopicPartitions:
            _e_TopicPartitions_v0(out, e_TopicPartitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ConsumerGroupHeartbeatRequest_v1(buf: Buffer, pos: int) -> int:
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
        pos = skip_c(buf, pos)
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
        pos = _s_TopicPartitions_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ConsumerGroupHeartbeatRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'MemberEpoch':
        return pos
    pos += 4
    if stop == 'InstanceId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'RackId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'RebalanceTimeoutMs':
        return pos
    pos += 4
    if stop == 'SubscribedTopicNames':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'SubscribedTopicRegex':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ServerAssignor':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TopicPartitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    return pos


TopicPartitions.INFO = StructInfo('TopicPartitions', (
    FieldInfo('TopicId', 'uuid', (0, 1)),
    FieldInfo('Partitions', '[]int32', (0, 1)),
), (0, 1))

ConsumerGroupHeartbeatRequest.INFO = StructInfo('ConsumerGroupHeartbeatRequest', (
    FieldInfo('GroupId', 'string', (0, 1)),
    FieldInfo('MemberId', 'string', (0, 1)),
    FieldInfo('MemberEpoch', 'int32', (0, 1)),
    FieldInfo('InstanceId', 'string', (0, 1), nullable=(0, 1), default=None),
    FieldInfo('RackId', 'string', (0, 1), nullable=(0, 1), default=None),
    FieldInfo('RebalanceTimeoutMs', 'int32', (0, 1), default=-1),
    FieldInfo('SubscribedTopicNames', '[]string', (0, 1), nullable=(0, 1), default=None),
    FieldInfo('SubscribedTopicRegex', 'string', (1, 1), nullable=(1, 1), default=None),
    FieldInfo('ServerAssignor', 'string', (0, 1), nullable=(0, 1), default=None),
    FieldInfo('TopicPartitions', '[]struct', (0, 1), nullable=(0, 1), default=None, struct=TopicPartitions),
), (0, 1))

TopicPartitions.DECODERS = {
    0: _d_TopicPartitions_v0,
    1: _d_TopicPartitions_v0,
}

TopicPartitions.ENCODERS = {
    0: _e_TopicPartitions_v0,
    1: _e_TopicPartitions_v0,
}

TopicPartitions.SKIPPERS = {
    0: _s_TopicPartitions_v0,
    1: _s_TopicPartitions_v0,
}

TopicPartitions.SEEKERS = {
    0: _o_TopicPartitions_v0,
    1: _o_TopicPartitions_v0,
}

ConsumerGroupHeartbeatRequest.DECODERS = {
    0: _d_ConsumerGroupHeartbeatRequest_v0,
    1: _d_ConsumerGroupHeartbeatRequest_v1,
}

ConsumerGroupHeartbeatRequest.ENCODERS = {
    0: _e_ConsumerGroupHeartbeatRequest_v0,
    1: _e_ConsumerGroupHeartbeatRequest_v1,
}

ConsumerGroupHeartbeatRequest.SKIPPERS = {
    0: _s_ConsumerGroupHeartbeatRequest_v0,
    1: _s_ConsumerGroupHeartbeatRequest_v1,
}

ConsumerGroupHeartbeatRequest.SEEKERS = {
    0: _o_ConsumerGroupHeartbeatRequest_v0,
    1: _o_ConsumerGroupHeartbeatRequest_v1,
}
