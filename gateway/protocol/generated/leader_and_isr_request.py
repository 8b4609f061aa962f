"""LeaderAndIsrRequest: generated from specs/LeaderAndIsrRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    w_uuid,
)

_P0 = Struct('>iiii')
_P1 = Struct('>i')
_P2 = Struct('>ii')
_P3 = Struct('>?')
_P4 = Struct('>iiq')
_P5 = Struct('>iq')
_P6 = Struct('>16s')
_P7 = Struct('>iiqb')
_P8 = Struct('>iqb')
_P9 = Struct('>?b')
_P10 = Struct('>i?iqb')
_A_int32 = array_formats('i')


class LeaderAndIsrPartitionState(KafkaStruct, kw_only=True, gc=False):
    """An element of LeaderAndIsrTopicState.PartitionStates."""

    TopicName: str = MISSING
    PartitionIndex: int = MISSING
    ControllerEpoch: int = MISSING
    Leader: int = MISSING
    LeaderEpoch: int = MISSING
    Isr: list[int] = MISSING
    PartitionEpoch: int = MISSING
    Replicas: list[int] = MISSING
    AddingReplicas: list[int] = MISSING
    RemovingReplicas: list[int] = MISSING
    IsNew: bool = False
    LeaderRecoveryState: int = 0
    unknown_tags: dict[int, Buffer] | None = None


class LeaderAndIsrTopicState(KafkaStruct, kw_only=True, gc=False):
    """An element of LeaderAndIsrRequest.TopicStates."""

    TopicName: str = MISSING
    TopicId: bytes = MISSING
    PartitionStates: list[LeaderAndIsrPartitionState] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class LeaderAndIsrLiveLeader(KafkaStruct, kw_only=True, gc=False):
    """An element of LeaderAndIsrRequest.LiveLeaders."""

    BrokerId: int = MISSING
    HostName: str = MISSING
    Port: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class LeaderAndIsrRequest(Message, kw_only=True, gc=False):
    """LeaderAndIsrRequest (API key 4), v0-v7; from specs/LeaderAndIsrRequest.json."""

    API_KEY = 4
    KIND = 'request'
    VALID_VERSIONS = (0, 7)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    ControllerId: int = MISSING
    IsKRaftController: bool = False
    ControllerEpoch: int = MISSING
    BrokerEpoch: int = -1
    Type: int = MISSING
    UngroupedPartitionStates: list[LeaderAndIsrPartitionState] = MISSING
    TopicStates: list[LeaderAndIsrTopicState] = MISSING
    LiveLeaders: list[LeaderAndIsrLiveLeader] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_LeaderAndIsrPartitionState_v0(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionState, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_PartitionIndex, v_ControllerEpoch, v_Leader, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 16
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Isr = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Isr = []
        pos += 4
    else:
        v_Isr, pos = farr_k(buf, pos, 'i', 4)
    (v_PartitionEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Replicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Replicas = []
        pos += 4
    else:
        v_Replicas, pos = farr_k(buf, pos, 'i', 4)
    return LeaderAndIsrPartitionState(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        PartitionEpoch=v_PartitionEpoch,
        Replicas=v_Replicas,
        AddingReplicas=[],
        RemovingReplicas=[],
    ), pos


def _e_LeaderAndIsrPartitionState_v0(out: bytearray, m: LeaderAndIsrPartitionState) -> None:
    w_str_k(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex, m.ControllerEpoch, m.Leader, m.LeaderEpoch)
    a_Isr = m.Isr
    n = len(a_Isr)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Isr)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Isr, 'i')
    out += _P1.pack(m.PartitionEpoch)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Replicas, 'i')
    if non_default(m.LeaderRecoveryState, 0):
        raise EncodeError('LeaderRecoveryState')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrPartitionState_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 16
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_LeaderAndIsrPartitionState_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'Leader':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'Isr':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_LeaderAndIsrLiveLeader_v0(buf: Buffer, pos: int) -> tuple[LeaderAndIsrLiveLeader, int]:
    (v_BrokerId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_HostName, pos = str_k(buf, pos)
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    return LeaderAndIsrLiveLeader(
        BrokerId=v_BrokerId,
        HostName=v_HostName,
        Port=v_Port,
    ), pos


def _e_LeaderAndIsrLiveLeader_v0(out: bytearray, m: LeaderAndIsrLiveLeader) -> None:
    out += _P1.pack(m.BrokerId)
    w_str_k(out, m.HostName)
    out += _P1.pack(m.Port)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrLiveLeader_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_LeaderAndIsrLiveLeader_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'HostName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Port':
        return pos
    pos += 4
    return pos


def _d_LeaderAndIsrRequest_v0(buf: Buffer, pos: int) -> tuple[LeaderAndIsrRequest, int]:
    v_ControllerId, v_ControllerEpoch = _P2.unpack_from(buf, pos)
    pos += 8
    v_UngroupedPartitionStates, pos = arr_k(_d_LeaderAndIsrPartitionState_v0, buf, pos)
    v_LiveLeaders, pos = arr_k(_d_LeaderAndIsrLiveLeader_v0, buf, pos)
    return LeaderAndIsrRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        Type=0,
        UngroupedPartitionStates=v_UngroupedPartitionStates,
        TopicStates=[],
        LiveLeaders=v_LiveLeaders,
    ), pos


def _e_LeaderAndIsrRequest_v0(out: bytearray, m: LeaderAndIsrRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P1.pack(m.ControllerEpoch)
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    a_UngroupedPartitionStates = m.UngroupedPartitionStates
    w_alen_k(out, len(a_UngroupedPartitionStates))
    for e_UngroupedPartitionStates in a_UngroupedPartitionStates:
        _e_LeaderAndIsrPartitionState_v0(out, e_UngroupedPartitionStates)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    a_LiveLeaders = m.LiveLeaders
    w_alen_k(out, len(a_LiveLeaders))
    for e_LiveLeaders in a_LiveLeaders:
        _e_LeaderAndIsrLiveLeader_v0(out, e_LiveLeaders)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v0(buf, pos)
    return pos


def _o_LeaderAndIsrRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'UngroupedPartitionStates':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v0(buf, pos)
    if stop == 'LiveLeaders':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v0(buf, pos)
    return pos


def _d_LeaderAndIsrPartitionState_v1(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionState, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_PartitionIndex, v_ControllerEpoch, v_Leader, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 16
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Isr = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Isr = []
        pos += 4
    else:
        v_Isr, pos = farr_k(buf, pos, 'i', 4)
    (v_PartitionEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Replicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Replicas = []
        pos += 4
    else:
        v_Replicas, pos = farr_k(buf, pos, 'i', 4)
    (v_IsNew,) = _P3.unpack_from(buf, pos)
    pos += 1
    return LeaderAndIsrPartitionState(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        PartitionEpoch=v_PartitionEpoch,
        Replicas=v_Replicas,
        AddingReplicas=[],
        RemovingReplicas=[],
        IsNew=v_IsNew,
    ), pos


def _e_LeaderAndIsrPartitionState_v1(out: bytearray, m: LeaderAndIsrPartitionState) -> None:
    w_str_k(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex, m.ControllerEpoch, m.Leader, m.LeaderEpoch)
    a_Isr = m.Isr
    n = len(a_Isr)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Isr)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Isr, 'i')
    out += _P1.pack(m.PartitionEpoch)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Replicas, 'i')
    out += _P3.pack(m.IsNew)
    if non_default(m.LeaderRecoveryState, 0):
        raise EncodeError('LeaderRecoveryState')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrPartitionState_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 16
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 1
    return pos


def _o_LeaderAndIsrPartitionState_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'Leader':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'Isr':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'IsNew':
        return pos
    pos += 1
    return pos


def _d_LeaderAndIsrRequest_v1(buf: Buffer, pos: int) -> tuple[LeaderAndIsrRequest, int]:
    v_ControllerId, v_ControllerEpoch = _P2.unpack_from(buf, pos)
    pos += 8
    v_UngroupedPartitionStates, pos = arr_k(_d_LeaderAndIsrPartitionState_v1, buf, pos)
    v_LiveLeaders, pos = arr_k(_d_LeaderAndIsrLiveLeader_v0, buf, pos)
    return LeaderAndIsrRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        Type=0,
        UngroupedPartitionStates=v_UngroupedPartitionStates,
        TopicStates=[],
        LiveLeaders=v_LiveLeaders,
    ), pos


def _e_LeaderAndIsrRequest_v1(out: bytearray, m: LeaderAndIsrRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P1.pack(m.ControllerEpoch)
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    a_UngroupedPartitionStates = m.UngroupedPartitionStates
    w_alen_k(out, len(a_UngroupedPartitionStates))
    for e_UngroupedPartitionStates in a_UngroupedPartitionStates:
        _e_LeaderAndIsrPartitionState_v1(out, e_UngroupedPartitionStates)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    a_LiveLeaders = m.LiveLeaders
    w_alen_k(out, len(a_LiveLeaders))
    for e_LiveLeaders in a_LiveLeaders:
        _e_LeaderAndIsrLiveLeader_v0(out, e_LiveLeaders)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v1(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v0(buf, pos)
    return pos


def _o_LeaderAndIsrRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'UngroupedPartitionStates':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v1(buf, pos)
    if stop == 'LiveLeaders':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v0(buf, pos)
    return pos


def _d_LeaderAndIsrPartitionState_v2(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionState, int]:
    v_PartitionIndex, v_ControllerEpoch, v_Leader, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 16
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Isr = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Isr = []
        pos += 4
    else:
        v_Isr, pos = farr_k(buf, pos, 'i', 4)
    (v_PartitionEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Replicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Replicas = []
        pos += 4
    else:
        v_Replicas, pos = farr_k(buf, pos, 'i', 4)
    (v_IsNew,) = _P3.unpack_from(buf, pos)
    pos += 1
    return LeaderAndIsrPartitionState(
        TopicName="",
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        PartitionEpoch=v_PartitionEpoch,
        Replicas=v_Replicas,
        AddingReplicas=[],
        RemovingReplicas=[],
        IsNew=v_IsNew,
    ), pos


def _e_LeaderAndIsrPartitionState_v2(out: bytearray, m: LeaderAndIsrPartitionState) -> None:
    out += _P0.pack(m.PartitionIndex, m.ControllerEpoch, m.Leader, m.LeaderEpoch)
    a_Isr = m.Isr
    n = len(a_Isr)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Isr)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Isr, 'i')
    out += _P1.pack(m.PartitionEpoch)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Replicas, 'i')
    out += _P3.pack(m.IsNew)
    if non_default(m.LeaderRecoveryState, 0):
        raise EncodeError('LeaderRecoveryState')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrPartitionState_v2(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 1
    return pos


def _o_LeaderAndIsrPartitionState_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'Leader':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'Isr':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'IsNew':
        return pos
    pos += 1
    return pos


def _d_LeaderAndIsrTopicState_v2(buf: Buffer, pos: int) -> tuple[LeaderAndIsrTopicState, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_PartitionStates, pos = arr_k(_d_LeaderAndIsrPartitionState_v2, buf, pos)
    return LeaderAndIsrTopicState(
        TopicName=v_TopicName,
        TopicId=bytes(16),
        PartitionStates=v_PartitionStates,
    ), pos


def _e_LeaderAndIsrTopicState_v2(out: bytearray, m: LeaderAndIsrTopicState) -> None:
    w_str_k(out, m.TopicName)
    a_PartitionStates = m.PartitionStates
    w_alen_k(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_LeaderAndIsrPartitionState_v2(out, e_PartitionStates)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrTopicState_v2(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v2(buf, pos)
    return pos


def _o_LeaderAndIsrTopicState_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionStates':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v2(buf, pos)
    return pos


def _d_LeaderAndIsrRequest_v2(buf: Buffer, pos: int) -> tuple[LeaderAndIsrRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch = _P4.unpack_from(buf, pos)
    pos += 16
    v_TopicStates, pos = arr_k(_d_LeaderAndIsrTopicState_v2, buf, pos)
    v_LiveLeaders, pos = arr_k(_d_LeaderAndIsrLiveLeader_v0, buf, pos)
    return LeaderAndIsrRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        Type=0,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveLeaders=v_LiveLeaders,
    ), pos


def _e_LeaderAndIsrRequest_v2(out: bytearray, m: LeaderAndIsrRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P5.pack(m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_k(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_LeaderAndIsrTopicState_v2(out, e_TopicStates)
    a_LiveLeaders = m.LiveLeaders
    w_alen_k(out, len(a_LiveLeaders))
    for e_LiveLeaders in a_LiveLeaders:
        _e_LeaderAndIsrLiveLeader_v0(out, e_LiveLeaders)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v2(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v0(buf, pos)
    return pos


def _o_LeaderAndIsrRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v2(buf, pos)
    if stop == 'LiveLeaders':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v0(buf, pos)
    return pos


def _d_LeaderAndIsrPartitionState_v3(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionState, int]:
    v_PartitionIndex, v_ControllerEpoch, v_Leader, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 16
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Isr = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Isr = []
        pos += 4
    else:
        v_Isr, pos = farr_k(buf, pos, 'i', 4)
    (v_PartitionEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Replicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Replicas = []
        pos += 4
    else:
        v_Replicas, pos = farr_k(buf, pos, 'i', 4)
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_AddingReplicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_AddingReplicas = []
        pos += 4
    else:
        v_AddingReplicas, pos = farr_k(buf, pos, 'i', 4)
    (n,) = _P1.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_RemovingReplicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_RemovingReplicas = []
        pos += 4
    else:
        v_RemovingReplicas, pos = farr_k(buf, pos, 'i', 4)
    (v_IsNew,) = _P3.unpack_from(buf, pos)
    pos += 1
    return LeaderAndIsrPartitionState(
        TopicName="",
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        PartitionEpoch=v_PartitionEpoch,
        Replicas=v_Replicas,
        AddingReplicas=v_AddingReplicas,
        RemovingReplicas=v_RemovingReplicas,
        IsNew=v_IsNew,
    ), pos


def _e_LeaderAndIsrPartitionState_v3(out: bytearray, m: LeaderAndIsrPartitionState) -> None:
    out += _P0.pack(m.PartitionIndex, m.ControllerEpoch, m.Leader, m.LeaderEpoch)
    a_Isr = m.Isr
    n = len(a_Isr)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Isr)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Isr, 'i')
    out += _P1.pack(m.PartitionEpoch)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Replicas, 'i')
    a_AddingReplicas = m.AddingReplicas
    n = len(a_AddingReplicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_AddingReplicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_AddingReplicas, 'i')
    a_RemovingReplicas = m.RemovingReplicas
    n = len(a_RemovingReplicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_RemovingReplicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_RemovingReplicas, 'i')
    out += _P3.pack(m.IsNew)
    if non_default(m.LeaderRecoveryState, 0):
        raise EncodeError('LeaderRecoveryState')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrPartitionState_v3(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 1
    return pos


def _o_LeaderAndIsrPartitionState_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'Leader':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'Isr':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'AddingReplicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'RemovingReplicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'IsNew':
        return pos
    pos += 1
    return pos


def _d_LeaderAndIsrTopicState_v3(buf: Buffer, pos: int) -> tuple[LeaderAndIsrTopicState, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_PartitionStates, pos = arr_k(_d_LeaderAndIsrPartitionState_v3, buf, pos)
    return LeaderAndIsrTopicState(
        TopicName=v_TopicName,
        TopicId=bytes(16),
        PartitionStates=v_PartitionStates,
    ), pos


def _e_LeaderAndIsrTopicState_v3(out: bytearray, m: LeaderAndIsrTopicState) -> None:
    w_str_k(out, m.TopicName)
    a_PartitionStates = m.PartitionStates
    w_alen_k(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_LeaderAndIsrPartitionState_v3(out, e_PartitionStates)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrTopicState_v3(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v3(buf, pos)
    return pos


def _o_LeaderAndIsrTopicState_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionStates':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v3(buf, pos)
    return pos


def _d_LeaderAndIsrRequest_v3(buf: Buffer, pos: int) -> tuple[LeaderAndIsrRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch = _P4.unpack_from(buf, pos)
    pos += 16
    v_TopicStates, pos = arr_k(_d_LeaderAndIsrTopicState_v3, buf, pos)
    v_LiveLeaders, pos = arr_k(_d_LeaderAndIsrLiveLeader_v0, buf, pos)
    return LeaderAndIsrRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        Type=0,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveLeaders=v_LiveLeaders,
    ), pos


def _e_LeaderAndIsrRequest_v3(out: bytearray, m: LeaderAndIsrRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P5.pack(m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_k(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_LeaderAndIsrTopicState_v3(out, e_TopicStates)
    a_LiveLeaders = m.LiveLeaders
    w_alen_k(out, len(a_LiveLeaders))
    for e_LiveLeaders in a_LiveLeaders:
        _e_LeaderAndIsrLiveLeader_v0(out, e_LiveLeaders)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrRequest_v3(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v3(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v0(buf, pos)
    return pos


def _o_LeaderAndIsrRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v3(buf, pos)
    if stop == 'LiveLeaders':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v0(buf, pos)
    return pos


def _d_LeaderAndIsrPartitionState_v4(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionState, int]:
    v_PartitionIndex, v_ControllerEpoch, v_Leader, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if 1 < n <= 65:
        v_Isr = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Isr = []
        pos += 1
    else:
        v_Isr, pos = farr_c(buf, pos, 'i', 4)
    (v_PartitionEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if 1 < n <= 65:
        v_Replicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Replicas = []
        pos += 1
    else:
        v_Replicas, pos = farr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_AddingReplicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_AddingReplicas = []
        pos += 1
    else:
        v_AddingReplicas, pos = farr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_RemovingReplicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_RemovingReplicas = []
        pos += 1
    else:
        v_RemovingReplicas, pos = farr_c(buf, pos, 'i', 4)
    (v_IsNew,) = _P3.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrPartitionState(
        TopicName="",
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        PartitionEpoch=v_PartitionEpoch,
        Replicas=v_Replicas,
        AddingReplicas=v_AddingReplicas,
        RemovingReplicas=v_RemovingReplicas,
        IsNew=v_IsNew,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrPartitionState_v4(out: bytearray, m: LeaderAndIsrPartitionState) -> None:
    out += _P0.pack(m.PartitionIndex, m.ControllerEpoch, m.Leader, m.LeaderEpoch)
    a_Isr = m.Isr
    n = len(a_Isr)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Isr)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Isr, 'i')
    out += _P1.pack(m.PartitionEpoch)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Replicas, 'i')
    a_AddingReplicas = m.AddingReplicas
    n = len(a_AddingReplicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_AddingReplicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_AddingReplicas, 'i')
    a_RemovingReplicas = m.RemovingReplicas
    n = len(a_RemovingReplicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_RemovingReplicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_RemovingReplicas, 'i')
    out += _P3.pack(m.IsNew)
    if non_default(m.LeaderRecoveryState, 0):
        raise EncodeError('LeaderRecoveryState')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrPartitionState_v4(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrPartitionState_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'Leader':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'Isr':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'AddingReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'RemovingReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'IsNew':
        return pos
    pos += 1
    return pos


def _d_LeaderAndIsrTopicState_v4(buf: Buffer, pos: int) -> tuple[LeaderAndIsrTopicState, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_PartitionStates, pos = arr_c(_d_LeaderAndIsrPartitionState_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrTopicState(
        TopicName=v_TopicName,
        TopicId=bytes(16),
        PartitionStates=v_PartitionStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrTopicState_v4(out: bytearray, m: LeaderAndIsrTopicState) -> None:
    w_str_c(out, m.TopicName)
    a_PartitionStates = m.PartitionStates
    w_alen_c(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_LeaderAndIsrPartitionState_v4(out, e_PartitionStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrTopicState_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrTopicState_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_LeaderAndIsrPartitionState_v4(buf, pos)
    return pos


def _d_LeaderAndIsrLiveLeader_v4(buf: Buffer, pos: int) -> tuple[LeaderAndIsrLiveLeader, int]:
    (v_BrokerId,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_HostName, pos = str_c(buf, pos)
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrLiveLeader(
        BrokerId=v_BrokerId,
        HostName=v_HostName,
        Port=v_Port,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrLiveLeader_v4(out: bytearray, m: LeaderAndIsrLiveLeader) -> None:
    out += _P1.pack(m.BrokerId)
    w_str_c(out, m.HostName)
    out += _P1.pack(m.Port)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrLiveLeader_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrLiveLeader_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'HostName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Port':
        return pos
    pos += 4
    return pos


def _d_LeaderAndIsrRequest_v4(buf: Buffer, pos: int) -> tuple[LeaderAndIsrRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch = _P4.unpack_from(buf, pos)
    pos += 16
    v_TopicStates, pos = arr_c(_d_LeaderAndIsrTopicState_v4, buf, pos)
    v_LiveLeaders, pos = arr_c(_d_LeaderAndIsrLiveLeader_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        Type=0,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveLeaders=v_LiveLeaders,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrRequest_v4(out: bytearray, m: LeaderAndIsrRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P5.pack(m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_LeaderAndIsrTopicState_v4(out, e_TopicStates)
    a_LiveLeaders = m.LiveLeaders
    w_alen_c(out, len(a_LiveLeaders))
    for e_LiveLeaders in a_LiveLeaders:
        _e_LeaderAndIsrLiveLeader_v4(out, e_LiveLeaders)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrRequest_v4(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v4(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_LeaderAndIsrTopicState_v4(buf, pos)
    if stop == 'LiveLeaders':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v4(buf, pos)
    return pos


def _d_LeaderAndIsrTopicState_v5(buf: Buffer, pos: int) -> tuple[LeaderAndIsrTopicState, int]:
    v_TopicName, pos = str_c(buf, pos)
    (v_TopicId,) = _P6.unpack_from(buf, pos)
    pos += 16
    v_PartitionStates, pos = arr_c(_d_LeaderAndIsrPartitionState_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrTopicState(
        TopicName=v_TopicName,
        TopicId=v_TopicId,
        PartitionStates=v_PartitionStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrTopicState_v5(out: bytearray, m: LeaderAndIsrTopicState) -> None:
    w_str_c(out, m.TopicName)
    w_uuid(out, m.TopicId)
    a_PartitionStates = m.PartitionStates
    w_alen_c(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_LeaderAndIsrPartitionState_v4(out, e_PartitionStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrTopicState_v5(buf: Buffer, pos: int) -> int:
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
        pos = _s_LeaderAndIsrPartitionState_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrTopicState_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'PartitionStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v4(buf, pos)
    return pos


def _d_LeaderAndIsrRequest_v5(buf: Buffer, pos: int) -> tuple[LeaderAndIsrRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch, v_Type = _P7.unpack_from(buf, pos)
    pos += 17
    v_TopicStates, pos = arr_c(_d_LeaderAndIsrTopicState_v5, buf, pos)
    v_LiveLeaders, pos = arr_c(_d_LeaderAndIsrLiveLeader_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        Type=v_Type,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveLeaders=v_LiveLeaders,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrRequest_v5(out: bytearray, m: LeaderAndIsrRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P8.pack(m.ControllerEpoch, m.BrokerEpoch, m.Type)
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_LeaderAndIsrTopicState_v5(out, e_TopicStates)
    a_LiveLeaders = m.LiveLeaders
    w_alen_c(out, len(a_LiveLeaders))
    for e_LiveLeaders in a_LiveLeaders:
        _e_LeaderAndIsrLiveLeader_v4(out, e_LiveLeaders)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrRequest_v5(buf: Buffer, pos: int) -> int:
    pos += 17
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v5(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'Type':
        return pos
    pos += 1
    if stop == 'TopicStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v5(buf, pos)
    if stop == 'LiveLeaders':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v4(buf, pos)
    return pos


def _d_LeaderAndIsrPartitionState_v6(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionState, int]:
    v_PartitionIndex, v_ControllerEpoch, v_Leader, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if 1 < n <= 65:
        v_Isr = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Isr = []
        pos += 1
    else:
        v_Isr, pos = farr_c(buf, pos, 'i', 4)
    (v_PartitionEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if 1 < n <= 65:
        v_Replicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Replicas = []
        pos += 1
    else:
        v_Replicas, pos = farr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_AddingReplicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_AddingReplicas = []
        pos += 1
    else:
        v_AddingReplicas, pos = farr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_RemovingReplicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_RemovingReplicas = []
        pos += 1
    else:
        v_RemovingReplicas, pos = farr_c(buf, pos, 'i', 4)
    v_IsNew, v_LeaderRecoveryState = _P9.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrPartitionState(
        TopicName="",
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        PartitionEpoch=v_PartitionEpoch,
        Replicas=v_Replicas,
        AddingReplicas=v_AddingReplicas,
        RemovingReplicas=v_RemovingReplicas,
        IsNew=v_IsNew,
        LeaderRecoveryState=v_LeaderRecoveryState,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrPartitionState_v6(out: bytearray, m: LeaderAndIsrPartitionState) -> None:
    out += _P0.pack(m.PartitionIndex, m.ControllerEpoch, m.Leader, m.LeaderEpoch)
    a_Isr = m.Isr
    n = len(a_Isr)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Isr)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Isr, 'i')
    out += _P1.pack(m.PartitionEpoch)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Replicas, 'i')
    a_AddingReplicas = m.AddingReplicas
    n = len(a_AddingReplicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_AddingReplicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_AddingReplicas, 'i')
    a_RemovingReplicas = m.RemovingReplicas
    n = len(a_RemovingReplicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_RemovingReplicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_RemovingReplicas, 'i')
    out += _P9.pack(m.IsNew, m.LeaderRecoveryState)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrPartitionState_v6(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrPartitionState_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'Leader':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'Isr':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'AddingReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'RemovingReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'IsNew':
        return pos
    pos += 1
    if stop == 'LeaderRecoveryState':
        return pos
    pos += 1
    return pos


def _d_LeaderAndIsrTopicState_v6(buf: Buffer, pos: int) -> tuple[LeaderAndIsrTopicState, int]:
    v_TopicName, pos = str_c(buf, pos)
    (v_TopicId,) = _P6.unpack_from(buf, pos)
    pos += 16
    v_PartitionStates, pos = arr_c(_d_LeaderAndIsrPartitionState_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrTopicState(
        TopicName=v_TopicName,
        TopicId=v_TopicId,
        PartitionStates=v_PartitionStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrTopicState_v6(out: bytearray, m: LeaderAndIsrTopicState) -> None:
    w_str_c(out, m.TopicName)
    w_uuid(out, m.TopicId)
    a_PartitionStates = m.PartitionStates
    w_alen_c(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_LeaderAndIsrPartitionState_v6(out, e_PartitionStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrTopicState_v6(buf: Buffer, pos: int) -> int:
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
        pos = _s_LeaderAndIsrPartitionState_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrTopicState_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'PartitionStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionState_v6(buf, pos)
    return pos


def _d_LeaderAndIsrRequest_v6(buf: Buffer, pos: int) -> tuple[LeaderAndIsrRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch, v_Type = _P7.unpack_from(buf, pos)
    pos += 17
    v_TopicStates, pos = arr_c(_d_LeaderAndIsrTopicState_v6, buf, pos)
    v_LiveLeaders, pos = arr_c(_d_LeaderAndIsrLiveLeader_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        Type=v_Type,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveLeaders=v_LiveLeaders,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrRequest_v6(out: bytearray, m: LeaderAndIsrRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    out += _P8.pack(m.ControllerEpoch, m.BrokerEpoch, m.Type)
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_LeaderAndIsrTopicState_v6(out, e_TopicStates)
    a_LiveLeaders = m.LiveLeaders
    w_alen_c(out, len(a_LiveLeaders))
    for e_LiveLeaders in a_LiveLeaders:
        _e_LeaderAndIsrLiveLeader_v4(out, e_LiveLeaders)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrRequest_v6(buf: Buffer, pos: int) -> int:
    pos += 17
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v6(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrRequest_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'ControllerEpoch':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'Type':
        return pos
    pos += 1
    if stop == 'TopicStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v6(buf, pos)
    if stop == 'LiveLeaders':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v4(buf, pos)
    return pos


def _d_LeaderAndIsrRequest_v7(buf: Buffer, pos: int) -> tuple[LeaderAndIsrRequest, int]:
    v_ControllerId, v_IsKRaftController, v_ControllerEpoch, v_BrokerEpoch, v_Type = _P10.unpack_from(buf, pos)
    pos += 18
    v_TopicStates, pos = arr_c(_d_LeaderAndIsrTopicState_v6, buf, pos)
    v_LiveLeaders, pos = arr_c(_d_LeaderAndIsrLiveLeader_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrRequest(
        ControllerId=v_ControllerId,
        IsKRaftController=v_IsKRaftController,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        Type=v_Type,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveLeaders=v_LiveLeaders,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrRequest_v7(out: bytearray, m: LeaderAndIsrRequest) -> None:
    out += _P10.pack(m.ControllerId, m.IsKRaftController, m.ControllerEpoch, m.BrokerEpoch, m.Type)
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_LeaderAndIsrTopicState_v6(out, e_TopicStates)
    a_LiveLeaders = m.LiveLeaders
    w_alen_c(out, len(a_LiveLeaders))
    for e_LiveLeaders in a_LiveLeaders:
        _e_LeaderAndIsrLiveLeader_v4(out, e_LiveLeaders)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrRequest_v7(buf: Buffer, pos: int) -> int:
    pos += 18
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v6(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrRequest_v7(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Type':
        return pos
    pos += 1
    if stop == 'TopicStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicState_v6(buf, pos)
    if stop == 'LiveLeaders':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrLiveLeader_v4(buf, pos)
    return pos


LeaderAndIsrPartitionState.INFO = StructInfo('LeaderAndIsrPartitionState', (
    FieldInfo('TopicName', 'string', (0, 1), ignorable=True),
    FieldInfo('PartitionIndex', 'int32', (0, 7)),
    FieldInfo('ControllerEpoch', 'int32', (0, 7)),
    FieldInfo('Leader', 'int32', (0, 7)),
    FieldInfo('LeaderEpoch', 'int32', (0, 7)),
    FieldInfo('Isr', '[]int32', (0, 7)),
    FieldInfo('PartitionEpoch', 'int32', (0, 7)),
    FieldInfo('Replicas', '[]int32', (0, 7)),
    FieldInfo('AddingReplicas', '[]int32', (3, 7), ignorable=True),
    FieldInfo('RemovingReplicas', '[]int32', (3, 7), ignorable=True),
    FieldInfo('IsNew', 'bool', (1, 7), default=False, ignorable=True),
    FieldInfo('LeaderRecoveryState', 'int8', (6, 7), default=0),
), (4, 7))

LeaderAndIsrTopicState.INFO = StructInfo('LeaderAndIsrTopicState', (
    FieldInfo('TopicName', 'string', (2, 7)),
    FieldInfo('TopicId', 'uuid', (5, 7), ignorable=True),
    FieldInfo('PartitionStates', '[]struct', (2, 7), struct=LeaderAndIsrPartitionState),
), (4, 7))

LeaderAndIsrLiveLeader.INFO = StructInfo('LeaderAndIsrLiveLeader', (
    FieldInfo('BrokerId', 'int32', (0, 7)),
    FieldInfo('HostName', 'string', (0, 7)),
    FieldInfo('Port', 'int32', (0, 7)),
), (4, 7))

LeaderAndIsrRequest.INFO = StructInfo('LeaderAndIsrRequest', (
    FieldInfo('ControllerId', 'int32', (0, 7)),
    FieldInfo('IsKRaftController', 'bool', (7, 7), default=False),
    FieldInfo('ControllerEpoch', 'int32', (0, 7)),
    FieldInfo('BrokerEpoch', 'int64', (2, 7), default=-1, ignorable=True),
    FieldInfo('Type', 'int8', (5, 7)),
    FieldInfo('UngroupedPartitionStates', '[]struct', (0, 1), struct=LeaderAndIsrPartitionState),
    FieldInfo('TopicStates', '[]struct', (2, 7), struct=LeaderAndIsrTopicState),
    FieldInfo('LiveLeaders', '[]struct', (0, 7), struct=LeaderAndIsrLiveLeader),
), (4, 7))

LeaderAndIsrPartitionState.DECODERS = {
    0: _d_LeaderAndIsrPartitionState_v0,
    1: _d_LeaderAndIsrPartitionState_v1,
    2: _d_LeaderAndIsrPartitionState_v2,
    3: _d_LeaderAndIsrPartitionState_v3,
    4: _d_LeaderAndIsrPartitionState_v4,
    5: _d_LeaderAndIsrPartitionState_v4,
    6: _d_LeaderAndIsrPartitionState_v6,
    7: _d_LeaderAndIsrPartitionState_v6,
}

LeaderAndIsrPartitionState.ENCODERS = {
    0: _e_LeaderAndIsrPartitionState_v0,
    1: _e_LeaderAndIsrPartitionState_v1,
    2: _e_LeaderAndIsrPartitionState_v2,
    3: _e_LeaderAndIsrPartitionState_v3,
    4: _e_LeaderAndIsrPartitionState_v4,
    5: _e_LeaderAndIsrPartitionState_v4,
    6: _e_LeaderAndIsrPartitionState_v6,
    7: _e_LeaderAndIsrPartitionState_v6,
}

LeaderAndIsrPartitionState.SKIPPERS = {
    0: _s_LeaderAndIsrPartitionState_v0,
    1: _s_LeaderAndIsrPartitionState_v1,
    2: _s_LeaderAndIsrPartitionState_v2,
    3: _s_LeaderAndIsrPartitionState_v3,
    4: _s_LeaderAndIsrPartitionState_v4,
    5: _s_LeaderAndIsrPartitionState_v4,
    6: _s_LeaderAndIsrPartitionState_v6,
    7: _s_LeaderAndIsrPartitionState_v6,
}

LeaderAndIsrPartitionState.SEEKERS = {
    0: _o_LeaderAndIsrPartitionState_v0,
    1: _o_LeaderAndIsrPartitionState_v1,
    2: _o_LeaderAndIsrPartitionState_v2,
    3: _o_LeaderAndIsrPartitionState_v3,
    4: _o_LeaderAndIsrPartitionState_v4,
    5: _o_LeaderAndIsrPartitionState_v4,
    6: _o_LeaderAndIsrPartitionState_v6,
    7: _o_LeaderAndIsrPartitionState_v6,
}

LeaderAndIsrTopicState.DECODERS = {
    2: _d_LeaderAndIsrTopicState_v2,
    3: _d_LeaderAndIsrTopicState_v3,
    4: _d_LeaderAndIsrTopicState_v4,
    5: _d_LeaderAndIsrTopicState_v5,
    6: _d_LeaderAndIsrTopicState_v6,
    7: _d_LeaderAndIsrTopicState_v6,
}

LeaderAndIsrTopicState.ENCODERS = {
    2: _e_LeaderAndIsrTopicState_v2,
    3: _e_LeaderAndIsrTopicState_v3,
    4: _e_LeaderAndIsrTopicState_v4,
    5: _e_LeaderAndIsrTopicState_v5,
    6: _e_LeaderAndIsrTopicState_v6,
    7: _e_LeaderAndIsrTopicState_v6,
}

LeaderAndIsrTopicState.SKIPPERS = {
    2: _s_LeaderAndIsrTopicState_v2,
    3: _s_LeaderAndIsrTopicState_v3,
    4: _s_LeaderAndIsrTopicState_v4,
    5: _s_LeaderAndIsrTopicState_v5,
    6: _s_LeaderAndIsrTopicState_v6,
    7: _s_LeaderAndIsrTopicState_v6,
}

LeaderAndIsrTopicState.SEEKERS = {
    2: _o_LeaderAndIsrTopicState_v2,
    3: _o_LeaderAndIsrTopicState_v3,
    4: _o_LeaderAndIsrTopicState_v4,
    5: _o_LeaderAndIsrTopicState_v5,
    6: _o_LeaderAndIsrTopicState_v6,
    7: _o_LeaderAndIsrTopicState_v6,
}

LeaderAndIsrLiveLeader.DECODERS = {
    0: _d_LeaderAndIsrLiveLeader_v0,
    1: _d_LeaderAndIsrLiveLeader_v0,
    2: _d_LeaderAndIsrLiveLeader_v0,
    3: _d_LeaderAndIsrLiveLeader_v0,
    4: _d_LeaderAndIsrLiveLeader_v4,
    5: _d_LeaderAndIsrLiveLeader_v4,
    6: _d_LeaderAndIsrLiveLeader_v4,
    7: _d_LeaderAndIsrLiveLeader_v4,
}

LeaderAndIsrLiveLeader.ENCODERS = {
    0: _e_LeaderAndIsrLiveLeader_v0,
    1: _e_LeaderAndIsrLiveLeader_v0,
    2: _e_LeaderAndIsrLiveLeader_v0,
    3: _e_LeaderAndIsrLiveLeader_v0,
    4: _e_LeaderAndIsrLiveLeader_v4,
    5: _e_LeaderAndIsrLiveLeader_v4,
    6: _e_LeaderAndIsrLiveLeader_v4,
    7: _e_LeaderAndIsrLiveLeader_v4,
}

LeaderAndIsrLiveLeader.SKIPPERS = {
    0: _s_LeaderAndIsrLiveLeader_v0,
    1: _s_LeaderAndIsrLiveLeader_v0,
    2: _s_LeaderAndIsrLiveLeader_v0,
    3: _s_LeaderAndIsrLiveLeader_v0,
    4: _s_LeaderAndIsrLiveLeader_v4,
    5: _s_LeaderAndIsrLiveLeader_v4,
    6: _s_LeaderAndIsrLiveLeader_v4,
    7: _s_LeaderAndIsrLiveLeader_v4,
}

LeaderAndIsrLiveLeader.SEEKERS = {
    0: _o_LeaderAndIsrLiveLeader_v0,
    1: _o_LeaderAndIsrLiveLeader_v0,
    2: _o_LeaderAndIsrLiveLeader_v0,
    3: _o_LeaderAndIsrLiveLeader_v0,
    4: _o_LeaderAndIsrLiveLeader_v4,
    5: _o_LeaderAndIsrLiveLeader_v4,
    6: _o_LeaderAndIsrLiveLeader_v4,
    7: _o_LeaderAndIsrLiveLeader_v4,
}

LeaderAndIsrRequest.DECODERS = {
    0: _d_LeaderAndIsrRequest_v0,
    1: _d_LeaderAndIsrRequest_v1,
    2: _d_LeaderAndIsrRequest_v2,
    3: _d_LeaderAndIsrRequest_v3,
    4: _d_LeaderAndIsrRequest_v4,
    5: _d_LeaderAndIsrRequest_v5,
    6: _d_LeaderAndIsrRequest_v6,
    7: _d_LeaderAndIsrRequest_v7,
}

LeaderAndIsrRequest.ENCODERS = {
    0: _e_LeaderAndIsrRequest_v0,
    1: _e_LeaderAndIsrRequest_v1,
    2: _e_LeaderAndIsrRequest_v2,
    3: _e_LeaderAndIsrRequest_v3,
    4: _e_LeaderAndIsrRequest_v4,
    5: _e_LeaderAndIsrRequest_v5,
    6: _e_LeaderAndIsrRequest_v6,
    7: _e_LeaderAndIsrRequest_v7,
}

LeaderAndIsrRequest.SKIPPERS = {
    0: _s_LeaderAndIsrRequest_v0,
    1: _s_LeaderAndIsrRequest_v1,
    2: _s_LeaderAndIsrRequest_v2,
    3: _s_LeaderAndIsrRequest_v3,
    4: _s_LeaderAndIsrRequest_v4,
    5: _s_LeaderAndIsrRequest_v5,
    6: _s_LeaderAndIsrRequest_v6,
    7: _s_LeaderAndIsrRequest_v7,
}

LeaderAndIsrRequest.SEEKERS = {
    0: _o_LeaderAndIsrRequest_v0,
    1: _o_LeaderAndIsrRequest_v1,
    2: _o_LeaderAndIsrRequest_v2,
    3: _o_LeaderAndIsrRequest_v3,
    4: _o_LeaderAndIsrRequest_v4,
    5: _o_LeaderAndIsrRequest_v5,
    6: _o_LeaderAndIsrRequest_v6,
    7: _o_LeaderAndIsrRequest_v7,
}
