"""StopReplicaRequest: generated from specs/StopReplicaRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    count_k,
    farr_c,
    farr_k,
    non_default,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_farr_c,
    w_farr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>ii?')
_P2 = Struct('>i?')
_P3 = Struct('>iiq?')
_P4 = Struct('>iq?')
_P5 = Struct('>iiq')
_P6 = Struct('>iq')
_P7 = Struct('>i?iq')
_A_int32 = array_formats('i')


class StopReplicaPartitionV0(KafkaStruct, kw_only=True, gc=False):
    """An element of StopReplicaRequest.UngroupedPartitions."""

    TopicName: str = MISSING
    PartitionIndex: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class StopReplicaTopicV1(KafkaStruct, kw_only=True, gc=False):
    """An element of StopReplicaRequest.Topics."""

    Name: str = MISSING
    PartitionIndexes: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class StopReplicaPartitionState(KafkaStruct, kw_only=True, gc=False):
    """An element of StopReplicaTopicState.PartitionStates."""

    PartitionIndex: int = MISSING
    LeaderEpoch: int = -1
    DeletePartition: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class StopReplicaTopicState(KafkaStruct, kw_only=True, gc=False):
    """An element of StopReplicaRequest.TopicStates."""

    TopicName: str = MISSING
    PartitionStates: list[StopReplicaPartitionState] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class StopReplicaRequest(Message, kw_only=True, gc=False):
    """StopReplicaRequest (API key 5), v0-v4; from specs/StopReplicaRequest.json."""

    API_KEY = 5
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ControllerId: int = MISSING
    IsKRaftController: bool = False
    ControllerEpoch: int = MISSING
    BrokerEpoch: int = -1
    DeletePartitions: bool = MISSING
    UngroupedPartitions: list[StopReplicaPartitionV0] = MISSING
    Topics: list[StopReplicaTopicV1] = MISSING
    TopicStates: list[StopReplicaTopicState] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_StopReplicaPartitionV0_v0(buf: Buffer, pos: int) -> tuple[StopReplicaPartitionV0, int]:
    v_TopicName, pos = str_k(buf, pos)
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    return StopReplicaPartitionV0(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
    ), pos


def _e_StopReplicaPartitionV0_v0(out: bytearray, m: StopReplicaPartitionV0) -> None:
    w_str_k(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_StopReplicaPartitionV0_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_StopReplicaPartitionV0_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    return pos


def _d_StopReplicaRequest_v0(buf: Buffer, pos: int) -> tuple[StopReplicaRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_DeletePartitions = _P1.unpack_from(buf, pos)
    pos += 9
    v_UngroupedPartitions, pos = arr_k(_d_StopReplicaPartitionV0_v0, buf, pos)
    return StopReplicaRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        DeletePartitions=v_DeletePartitions,
        UngroupedPartitions=v_UngroupedPartitions,
        Topics=[],
        TopicStates=[],
    ), pos


def _e_StopReplicaRequest_v0(out: bytearray, m: StopReplicaRequest) -> None:
    out += _P0.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P2.pack(m.ControllerEpoch, m.DeletePartitions)
    a_UngroupedPartitions = m.UngroupedPartitions
    w_alen_k(out, len(a_UngroupedPartitions))
    for e_UngroupedPartitions in a_UngroupedPartitions:
        _e_StopReplicaPartitionV0_v0(out, e_UngroupedPartitions)
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_StopReplicaRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 9
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaPartitionV0_v0(buf, pos)
    return pos


def _o_StopReplicaRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'DeletePartitions':
        return pos
    pos += 1
    if stop == 'UngroupedPartitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaPartitionV0_v0(buf, pos)
    return pos


def _d_StopReplicaTopicV1_v1(buf: Buffer, pos: int) -> tuple[StopReplicaTopicV1, int]:
    v_Name, pos = str_k(buf, pos)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_PartitionIndexes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_PartitionIndexes = []
        pos += 4
    else:
        v_PartitionIndexes, pos = farr_k(buf, pos, 'i', 4)
    return StopReplicaTopicV1(
        Name=v_Name,
        PartitionIndexes=v_PartitionIndexes,
    ), pos


def _e_StopReplicaTopicV1_v1(out: bytearray, m: StopReplicaTopicV1) -> None:
    w_str_k(out, m.Name)
    a_PartitionIndexes = m.PartitionIndexes
    n = len(a_PartitionIndexes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_PartitionIndexes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_PartitionIndexes, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_StopReplicaTopicV1_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_StopReplicaTopicV1_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndexes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_StopReplicaRequest_v1(buf: Buffer, pos: int) -> tuple[StopReplicaRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch, v_DeletePartitions = _P3.unpack_from(buf, pos)
    pos += 17
    v_Topics, pos = arr_k(_d_StopReplicaTopicV1_v1, buf, pos)
    return StopReplicaRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        DeletePartitions=v_DeletePartitions,
        UngroupedPartitions=[],
        Topics=v_Topics,
        TopicStates=[],
    ), pos


def _e_StopReplicaRequest_v1(out: bytearray, m: StopReplicaRequest) -> None:
    out += _P0.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P4.pack(m.ControllerEpoch, m.BrokerEpoch, m.DeletePartitions)
    if non_default(m.UngroupedPartitions, []):
        raise EncodeError('UngroupedPartitions')
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_StopReplicaTopicV1_v1(out, e_Topics)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_StopReplicaRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 17
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaTopicV1_v1(buf, pos)
    return pos


def _o_StopReplicaRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'DeletePartitions':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaTopicV1_v1(buf, pos)
    return pos


def _d_StopReplicaTopicV1_v2(buf: Buffer, pos: int) -> tuple[StopReplicaTopicV1, int]:
    v_Name, pos = str_c(buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_PartitionIndexes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_PartitionIndexes = []
        pos += 1
    else:
        v_PartitionIndexes, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StopReplicaTopicV1(
        Name=v_Name,
        PartitionIndexes=v_PartitionIndexes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StopReplicaTopicV1_v2(out: bytearray, m: StopReplicaTopicV1) -> None:
    w_str_c(out, m.Name)
    a_PartitionIndexes = m.PartitionIndexes
    n = len(a_PartitionIndexes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_PartitionIndexes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_PartitionIndexes, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StopReplicaTopicV1_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StopReplicaTopicV1_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionIndexes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_StopReplicaRequest_v2(buf: Buffer, pos: int) -> tuple[StopReplicaRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch, v_DeletePartitions = _P3.unpack_from(buf, pos)
    pos += 17
    v_Topics, pos = arr_c(_d_StopReplicaTopicV1_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StopReplicaRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        DeletePartitions=v_DeletePartitions,
        UngroupedPartitions=[],
        Topics=v_Topics,
        TopicStates=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StopReplicaRequest_v2(out: bytearray, m: StopReplicaRequest) -> None:
    out += _P0.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P4.pack(m.ControllerEpoch, m.BrokerEpoch, m.DeletePartitions)
    if non_default(m.UngroupedPartitions, []):
        raise EncodeError('UngroupedPartitions')
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_StopReplicaTopicV1_v2(out, e_Topics)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StopReplicaRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 17
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaTopicV1_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StopReplicaRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'DeletePartitions':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaTopicV1_v2(buf, pos)
    return pos


def _d_StopReplicaPartitionState_v3(buf: Buffer, pos: int) -> tuple[StopReplicaPartitionState, int]:
    v_PartitionIndex, v_LeaderEpoch, v_DeletePartition = _P1.unpack_from(buf, pos)
    pos += 9
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StopReplicaPartitionState(
        PartitionIndex=v_PartitionIndex,
        LeaderEpoch=v_LeaderEpoch,
        DeletePartition=v_DeletePartition,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StopReplicaPartitionState_v3(out: bytearray, m: StopReplicaPartitionState) -> None:
    out += _P1.pack(m.PartitionIndex, m.LeaderEpoch, m.DeletePartition)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StopReplicaPartitionState_v3(buf: Buffer, pos: int) -> int:
    pos += 9
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StopReplicaPartitionState_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'DeletePartition':
        return pos
    pos += 1
    return pos


def _d_StopReplicaTopicState_v3(buf: Buffer, pos: int) -> tuple[StopReplicaTopicState, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_PartitionStates, pos = arr_c(_d_StopReplicaPartitionState_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StopReplicaTopicState(
        TopicName=v_TopicName,
        PartitionStates=v_PartitionStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StopReplicaTopicState_v3(out: bytearray, m: StopReplicaTopicState) -> None:
    w_str_c(out, m.TopicName)
    a_PartitionStates = m.PartitionStates
    w_alen_c(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_StopReplicaPartitionState_v3(out, e_PartitionStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StopReplicaTopicState_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaPartitionState_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StopReplicaTopicState_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaPartitionState_v3(buf, pos)
    return pos


def _d_StopReplicaRequest_v3(buf: Buffer, pos: int) -> tuple[StopReplicaRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch = _P5.unpack_from(buf, pos)
    pos += 16
    v_TopicStates, pos = arr_c(_d_StopReplicaTopicState_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StopReplicaRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        DeletePartitions=False,
        UngroupedPartitions=[],
        Topics=[],
        TopicStates=v_TopicStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StopReplicaRequest_v3(out: bytearray, m: StopReplicaRequest) -> None:
    out += _P0.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P6.pack(m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.DeletePartitions, False):
        raise EncodeError('DeletePartitions')
    if non_default(m.UngroupedPartitions, []):
        raise EncodeError('UngroupedPartitions')
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_StopReplicaTopicState_v3(out, e_TopicStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StopReplicaRequest_v3(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaTopicState_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StopReplicaRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'TopicStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaTopicState_v3(buf, pos)
    return pos


def _d_StopReplicaRequest_v4(buf: Buffer, pos: int) -> tuple[StopReplicaRequest, int]:
    v_ControllerId, v_IsKRaftController, v_ControllerEpoch, v_BrokerEpoch = _P7.unpack_from(buf, pos)
    pos += 17
    v_TopicStates, pos = arr_c(_d_StopReplicaTopicState_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = StopReplicaRequest(
        ControllerId=v_ControllerId,
        IsKRaftController=v_IsKRaftController,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        DeletePartitions=False,
        UngroupedPartitions=[],
        Topics=[],
        TopicStates=v_TopicStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_StopReplicaRequest_v4(out: bytearray, m: StopReplicaRequest) -> None:
    out += _P7.pack(m.ControllerId, m.IsKRaftController, m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.DeletePartitions, False):
        raise EncodeError('DeletePartitions')
    if non_default(m.UngroupedPartitions, []):
        raise EncodeError('UngroupedPartitions')
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_StopReplicaTopicState_v3(out, e_TopicStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_StopReplicaRequest_v4(buf: Buffer, pos: int) -> int:
    pos += 17
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaTopicState_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_StopReplicaRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'IsKRaftController':
        return pos
    pos += 1
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'TopicStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_StopReplicaTopicState_v3(buf, pos)
    return pos


StopReplicaPartitionV0.INFO = StructInfo('StopReplicaPartitionV0', (
    FieldInfo('TopicName', 'string', (0, 0)),
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
), (2, 4))

StopReplicaTopicV1.INFO = StructInfo('StopReplicaTopicV1', (
    FieldInfo('Name', 'string', (1, 2)),
    FieldInfo('PartitionIndexes', '[]int32', (1, 2)),
), (2, 4))

StopReplicaPartitionState.INFO = StructInfo('StopReplicaPartitionState', (
    FieldInfo('PartitionIndex', 'int32', (3, 4)),
    FieldInfo('LeaderEpoch', 'int32', (3, 4), default=-1),
    FieldInfo('DeletePartition', 'bool', (3, 4)),
), (2, 4))

StopReplicaTopicState.INFO = StructInfo('StopReplicaTopicState', (
    FieldInfo('TopicName', 'string', (3, 4)),
    FieldInfo('PartitionStates', '[]struct', (3, 4), struct=StopReplicaPartitionState),
), (2, 4))

StopReplicaRequest.INFO = StructInfo('StopReplicaRequest', (
    FieldInfo('ControllerId', 'int32', (0, 4)),
    FieldInfo('IsKRaftController', 'bool', (4, 4), default=False),
    FieldInfo('ControllerEpoch', 'int32', (0, 4)),
    FieldInfo('BrokerEpoch', 'int64', (1, 4), default=-1, ignorable=True),
    FieldInfo('DeletePartitions', 'bool', (0, 2)),
    FieldInfo('UngroupedPartitions', '[]struct', (0, 0), struct=StopReplicaPartitionV0),
    FieldInfo('Topics', '[]struct', (1, 2), struct=StopReplicaTopicV1),
    FieldInfo('TopicStates', '[]struct', (3, 4), struct=StopReplicaTopicState),
), (2, 4))

StopReplicaPartitionV0.DECODERS = {
    0: _d_StopReplicaPartitionV0_v0,
}

StopReplicaPartitionV0.ENCODERS = {
    0: _e_StopReplicaPartitionV0_v0,
}

StopReplicaPartitionV0.SKIPPERS = {
    0: _s_StopReplicaPartitionV0_v0,
}

StopReplicaPartitionV0.SEEKERS = {
    0: _o_StopReplicaPartitionV0_v0,
}

StopReplicaTopicV1.DECODERS = {
    1: _d_StopReplicaTopicV1_v1,
    2: _d_StopReplicaTopicV1_v2,
}

StopReplicaTopicV1.ENCODERS = {
    1: _e_StopReplicaTopicV1_v1,
    2: _e_StopReplicaTopicV1_v2,
}

StopReplicaTopicV1.SKIPPERS = {
    1: _s_StopReplicaTopicV1_v1,
    2: _s_StopReplicaTopicV1_v2,
}

StopReplicaTopicV1.SEEKERS = {
    1: _o_StopReplicaTopicV1_v1,
    2: _o_StopReplicaTopicV1_v2,
}

StopReplicaPartitionState.DECODERS = {
    3: _d_StopReplicaPartitionState_v3,
    4: _d_StopReplicaPartitionState_v3,
}

StopReplicaPartitionState.ENCODERS = {
    3: _e_StopReplicaPartitionState_v3,
    4: _e_StopReplicaPartitionState_v3,
}

StopReplicaPartitionState.SKIPPERS = {
    3: _s_StopReplicaPartitionState_v3,
    4: _s_StopReplicaPartitionState_v3,
}

StopReplicaPartitionState.SEEKERS = {
    3: _o_StopReplicaPartitionState_v3,
    4: _o_StopReplicaPartitionState_v3,
}

StopReplicaTopicState.DECODERS = {
    3: _d_StopReplicaTopicState_v3,
    4: _d_StopReplicaTopicState_v3,
}

StopReplicaTopicState.ENCODERS = {
    3: _e_StopReplicaTopicState_v3,
    4: _e_StopReplicaTopicState_v3,
}

StopReplicaTopicState.SKIPPERS = {
    3: _s_StopReplicaTopicState_v3,
    4: _s_StopReplicaTopicState_v3,
}

StopReplicaTopicState.SEEKERS = {
    3: _o_StopReplicaTopicState_v3,
    4: _o_StopReplicaTopicState_v3,
}

StopReplicaRequest.DECODERS = {
    0: _d_StopReplicaRequest_v0,
    1: _d_StopReplicaRequest_v1,
    2: _d_StopReplicaRequest_v2,
    3: _d_StopReplicaRequest_v3,
    4: _d_StopReplicaRequest_v4,
}

StopReplicaRequest.ENCODERS = {
    0: _e_StopReplicaRequest_v0,
    1: _e_StopReplicaRequest_v1,
    2: _e_StopReplicaRequest_v2,
    3: _e_StopReplicaRequest_v3,
    4: _e_StopReplicaRequest_v4,
}

StopReplicaRequest.SKIPPERS = {
    0: _s_StopReplicaRequest_v0,
    1: _s_StopReplicaRequest_v1,
    2: _s_StopReplicaRequest_v2,
    3: _s_StopReplicaRequest_v3,
    4: _s_StopReplicaRequest_v4,
}

StopReplicaRequest.SEEKERS = {
    0: _o_StopReplicaRequest_v0,
    1: _o_StopReplicaRequest_v1,
    2: _o_StopReplicaRequest_v2,
    3: _o_StopReplicaRequest_v3,
    4: _o_StopReplicaRequest_v4,
}
