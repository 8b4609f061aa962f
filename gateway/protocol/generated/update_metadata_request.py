"""UpdateMetadataRequest: generated from specs/UpdateMetadataRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    UNSET,
    Buffer,
    EncodeError,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    UnsetType,
    arr_c,
    arr_k,
    array_formats,
    count_c,
    count_k,
    farr_c,
    farr_k,
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    read_uvarint,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    stray_tag_bytes,
    tag_header,
    w_alen_c,
    w_alen_k,
    w_farr_c,
    w_farr_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>iiii')
_P1 = Struct('>i')
_P2 = Struct('>ii')
_P3 = Struct('>h')
_P4 = Struct('>iiq')
_P5 = Struct('>iq')
_P6 = Struct('>16s')
_P7 = Struct('>i?iq')
_P8 = Struct('>b')
_A_int32 = array_formats('i')


class UpdateMetadataPartitionState(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateMetadataTopicState.PartitionStates."""

    TopicName: str = MISSING
    PartitionIndex: int = MISSING
    ControllerEpoch: int = MISSING
    Leader: int = MISSING
    LeaderEpoch: int = MISSING
    Isr: list[int] = MISSING
    ZkVersion: int = MISSING
    Replicas: list[int] = MISSING
    OfflineReplicas: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class UpdateMetadataTopicState(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateMetadataRequest.TopicStates."""

    TopicName: str = MISSING
    TopicId: bytes = MISSING
    PartitionStates: list[UpdateMetadataPartitionState] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class UpdateMetadataEndpoint(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateMetadataBroker.Endpoints."""

    Port: int = MISSING
    Host: str = MISSING
    Listener: str = MISSING
    SecurityProtocol: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class UpdateMetadataBroker(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateMetadataRequest.LiveBrokers."""

    Id: int = MISSING
    V0Host: str = MISSING
    V0Port: int = MISSING
    Endpoints: list[UpdateMetadataEndpoint] = MISSING
    Rack: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class UpdateMetadataRequest(Message, kw_only=True, gc=False):
    """UpdateMetadataRequest (API key 6), v0-v8; from specs/UpdateMetadataRequest.json."""

    API_KEY = 6
    KIND = 'request'
    VALID_VERSIONS = (0, 8)
    FLEXIBLE_FROM = 6
    LATEST_VERSION_UNSTABLE = False

    ControllerId: int = MISSING
    IsKRaftController: bool = False
    Type: int | UnsetType = UNSET
    ControllerEpoch: int = MISSING
    BrokerEpoch: int = -1
    UngroupedPartitionStates: list[UpdateMetadataPartitionState] = MISSING
    TopicStates: list[UpdateMetadataTopicState] = MISSING
    LiveBrokers: list[UpdateMetadataBroker] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_UpdateMetadataPartitionState_v0(buf: Buffer, pos: int) -> tuple[UpdateMetadataPartitionState, int]:
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
    (v_ZkVersion,) = _P1.unpack_from(buf, pos)
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
    return UpdateMetadataPartitionState(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        ZkVersion=v_ZkVersion,
        Replicas=v_Replicas,
        OfflineReplicas=[],
    ), pos


def _e_UpdateMetadataPartitionState_v0(out: bytearray, m: UpdateMetadataPartitionState) -> None:
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
    out += _P1.pack(m.ZkVersion)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Replicas, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataPartitionState_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 16
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_UpdateMetadataPartitionState_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ZkVersion':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_UpdateMetadataBroker_v0(buf: Buffer, pos: int) -> tuple[UpdateMetadataBroker, int]:
    (v_Id,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_V0Host, pos = str_k(buf, pos)
    (v_V0Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    return UpdateMetadataBroker(
        Id=v_Id,
        V0Host=v_V0Host,
        V0Port=v_V0Port,
        Endpoints=[],
        Rack="",
    ), pos


def _e_UpdateMetadataBroker_v0(out: bytearray, m: UpdateMetadataBroker) -> None:
    out += _P1.pack(m.Id)
    w_str_k(out, m.V0Host)
    out += _P1.pack(m.V0Port)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataBroker_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_UpdateMetadataBroker_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Id':
        return pos
    pos += 4
    if stop == 'V0Host':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'V0Port':
        return pos
    pos += 4
    return pos


def _d_UpdateMetadataRequest_v0(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_ControllerEpoch = _P2.unpack_from(buf, pos)
    pos += 8
    v_UngroupedPartitionStates, pos = arr_k(_d_UpdateMetadataPartitionState_v0, buf, pos)
    v_LiveBrokers, pos = arr_k(_d_UpdateMetadataBroker_v0, buf, pos)
    return UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        UngroupedPartitionStates=v_UngroupedPartitionStates,
        TopicStates=[],
        LiveBrokers=v_LiveBrokers,
    ), pos


def _e_UpdateMetadataRequest_v0(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    out += _P1.pack(m.ControllerEpoch)
    a_UngroupedPartitionStates = m.UngroupedPartitionStates
    w_alen_k(out, len(a_UngroupedPartitionStates))
    for e_UngroupedPartitionStates in a_UngroupedPartitionStates:
        _e_UpdateMetadataPartitionState_v0(out, e_UngroupedPartitionStates)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    a_LiveBrokers = m.LiveBrokers
    w_alen_k(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v0(out, e_LiveBrokers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataPartitionState_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v0(buf, pos)
    return pos


def _o_UpdateMetadataRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataPartitionState_v0(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v0(buf, pos)
    return pos


def _d_UpdateMetadataEndpoint_v1(buf: Buffer, pos: int) -> tuple[UpdateMetadataEndpoint, int]:
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_k(buf, pos)
    (v_SecurityProtocol,) = _P3.unpack_from(buf, pos)
    pos += 2
    return UpdateMetadataEndpoint(
        Port=v_Port,
        Host=v_Host,
        Listener="",
        SecurityProtocol=v_SecurityProtocol,
    ), pos


def _e_UpdateMetadataEndpoint_v1(out: bytearray, m: UpdateMetadataEndpoint) -> None:
    out += _P1.pack(m.Port)
    w_str_k(out, m.Host)
    out += _P3.pack(m.SecurityProtocol)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataEndpoint_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_UpdateMetadataEndpoint_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Port':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'SecurityProtocol':
        return pos
    pos += 2
    return pos


def _d_UpdateMetadataBroker_v1(buf: Buffer, pos: int) -> tuple[UpdateMetadataBroker, int]:
    (v_Id,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Endpoints, pos = arr_k(_d_UpdateMetadataEndpoint_v1, buf, pos)
    return UpdateMetadataBroker(
        Id=v_Id,
        V0Host="",
        V0Port=0,
        Endpoints=v_Endpoints,
        Rack="",
    ), pos


def _e_UpdateMetadataBroker_v1(out: bytearray, m: UpdateMetadataBroker) -> None:
    out += _P1.pack(m.Id)
    a_Endpoints = m.Endpoints
    w_alen_k(out, len(a_Endpoints))
    for e_Endpoints in a_Endpoints:
        _e_UpdateMetadataEndpoint_v1(out, e_Endpoints)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataBroker_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataEndpoint_v1(buf, pos)
    return pos


def _o_UpdateMetadataBroker_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Id':
        return pos
    pos += 4
    if stop == 'Endpoints':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataEndpoint_v1(buf, pos)
    return pos


def _d_UpdateMetadataRequest_v1(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_ControllerEpoch = _P2.unpack_from(buf, pos)
    pos += 8
    v_UngroupedPartitionStates, pos = arr_k(_d_UpdateMetadataPartitionState_v0, buf, pos)
    v_LiveBrokers, pos = arr_k(_d_UpdateMetadataBroker_v1, buf, pos)
    return UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        UngroupedPartitionStates=v_UngroupedPartitionStates,
        TopicStates=[],
        LiveBrokers=v_LiveBrokers,
    ), pos


def _e_UpdateMetadataRequest_v1(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    out += _P1.pack(m.ControllerEpoch)
    a_UngroupedPartitionStates = m.UngroupedPartitionStates
    w_alen_k(out, len(a_UngroupedPartitionStates))
    for e_UngroupedPartitionStates in a_UngroupedPartitionStates:
        _e_UpdateMetadataPartitionState_v0(out, e_UngroupedPartitionStates)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    a_LiveBrokers = m.LiveBrokers
    w_alen_k(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v1(out, e_LiveBrokers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataPartitionState_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v1(buf, pos)
    return pos


def _o_UpdateMetadataRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataPartitionState_v0(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v1(buf, pos)
    return pos


def _d_UpdateMetadataBroker_v2(buf: Buffer, pos: int) -> tuple[UpdateMetadataBroker, int]:
    (v_Id,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Endpoints, pos = arr_k(_d_UpdateMetadataEndpoint_v1, buf, pos)
    v_Rack, pos = nstr_k(buf, pos)
    return UpdateMetadataBroker(
        Id=v_Id,
        V0Host="",
        V0Port=0,
        Endpoints=v_Endpoints,
        Rack=v_Rack,
    ), pos


def _e_UpdateMetadataBroker_v2(out: bytearray, m: UpdateMetadataBroker) -> None:
    out += _P1.pack(m.Id)
    a_Endpoints = m.Endpoints
    w_alen_k(out, len(a_Endpoints))
    for e_Endpoints in a_Endpoints:
        _e_UpdateMetadataEndpoint_v1(out, e_Endpoints)
    w_nstr_k(out, m.Rack)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataBroker_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataEndpoint_v1(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_UpdateMetadataBroker_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Id':
        return pos
    pos += 4
    if stop == 'Endpoints':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataEndpoint_v1(buf, pos)
    if stop == 'Rack':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_UpdateMetadataRequest_v2(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_ControllerEpoch = _P2.unpack_from(buf, pos)
    pos += 8
    v_UngroupedPartitionStates, pos = arr_k(_d_UpdateMetadataPartitionState_v0, buf, pos)
    v_LiveBrokers, pos = arr_k(_d_UpdateMetadataBroker_v2, buf, pos)
    return UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        UngroupedPartitionStates=v_UngroupedPartitionStates,
        TopicStates=[],
        LiveBrokers=v_LiveBrokers,
    ), pos


def _e_UpdateMetadataRequest_v2(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    out += _P1.pack(m.ControllerEpoch)
    a_UngroupedPartitionStates = m.UngroupedPartitionStates
    w_alen_k(out, len(a_UngroupedPartitionStates))
    for e_UngroupedPartitionStates in a_UngroupedPartitionStates:
        _e_UpdateMetadataPartitionState_v0(out, e_UngroupedPartitionStates)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    a_LiveBrokers = m.LiveBrokers
    w_alen_k(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v2(out, e_LiveBrokers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataPartitionState_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v2(buf, pos)
    return pos


def _o_UpdateMetadataRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataPartitionState_v0(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v2(buf, pos)
    return pos


def _d_UpdateMetadataEndpoint_v3(buf: Buffer, pos: int) -> tuple[UpdateMetadataEndpoint, int]:
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_k(buf, pos)
    v_Listener, pos = str_k(buf, pos)
    (v_SecurityProtocol,) = _P3.unpack_from(buf, pos)
    pos += 2
    return UpdateMetadataEndpoint(
        Port=v_Port,
        Host=v_Host,
        Listener=v_Listener,
        SecurityProtocol=v_SecurityProtocol,
    ), pos


def _e_UpdateMetadataEndpoint_v3(out: bytearray, m: UpdateMetadataEndpoint) -> None:
    out += _P1.pack(m.Port)
    w_str_k(out, m.Host)
    w_str_k(out, m.Listener)
    out += _P3.pack(m.SecurityProtocol)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataEndpoint_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_UpdateMetadataEndpoint_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Port':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Listener':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'SecurityProtocol':
        return pos
    pos += 2
    return pos


def _d_UpdateMetadataBroker_v3(buf: Buffer, pos: int) -> tuple[UpdateMetadataBroker, int]:
    (v_Id,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Endpoints, pos = arr_k(_d_UpdateMetadataEndpoint_v3, buf, pos)
    v_Rack, pos = nstr_k(buf, pos)
    return UpdateMetadataBroker(
        Id=v_Id,
        V0Host="",
        V0Port=0,
        Endpoints=v_Endpoints,
        Rack=v_Rack,
    ), pos


def _e_UpdateMetadataBroker_v3(out: bytearray, m: UpdateMetadataBroker) -> None:
    out += _P1.pack(m.Id)
    a_Endpoints = m.Endpoints
    w_alen_k(out, len(a_Endpoints))
    for e_Endpoints in a_Endpoints:
        _e_UpdateMetadataEndpoint_v3(out, e_Endpoints)
    w_nstr_k(out, m.Rack)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataBroker_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataEndpoint_v3(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_UpdateMetadataBroker_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Id':
        return pos
    pos += 4
    if stop == 'Endpoints':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataEndpoint_v3(buf, pos)
    if stop == 'Rack':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_UpdateMetadataRequest_v3(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_ControllerEpoch = _P2.unpack_from(buf, pos)
    pos += 8
    v_UngroupedPartitionStates, pos = arr_k(_d_UpdateMetadataPartitionState_v0, buf, pos)
    v_LiveBrokers, pos = arr_k(_d_UpdateMetadataBroker_v3, buf, pos)
    return UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        UngroupedPartitionStates=v_UngroupedPartitionStates,
        TopicStates=[],
        LiveBrokers=v_LiveBrokers,
    ), pos


def _e_UpdateMetadataRequest_v3(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    out += _P1.pack(m.ControllerEpoch)
    a_UngroupedPartitionStates = m.UngroupedPartitionStates
    w_alen_k(out, len(a_UngroupedPartitionStates))
    for e_UngroupedPartitionStates in a_UngroupedPartitionStates:
        _e_UpdateMetadataPartitionState_v0(out, e_UngroupedPartitionStates)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    a_LiveBrokers = m.LiveBrokers
    w_alen_k(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v3(out, e_LiveBrokers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataRequest_v3(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataPartitionState_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v3(buf, pos)
    return pos


def _o_UpdateMetadataRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataPartitionState_v0(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v3(buf, pos)
    return pos


def _d_UpdateMetadataPartitionState_v4(buf: Buffer, pos: int) -> tuple[UpdateMetadataPartitionState, int]:
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
    (v_ZkVersion,) = _P1.unpack_from(buf, pos)
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
        v_OfflineReplicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_OfflineReplicas = []
        pos += 4
    else:
        v_OfflineReplicas, pos = farr_k(buf, pos, 'i', 4)
    return UpdateMetadataPartitionState(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        ZkVersion=v_ZkVersion,
        Replicas=v_Replicas,
        OfflineReplicas=v_OfflineReplicas,
    ), pos


def _e_UpdateMetadataPartitionState_v4(out: bytearray, m: UpdateMetadataPartitionState) -> None:
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
    out += _P1.pack(m.ZkVersion)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Replicas, 'i')
    a_OfflineReplicas = m.OfflineReplicas
    n = len(a_OfflineReplicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_OfflineReplicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_OfflineReplicas, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataPartitionState_v4(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 16
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_UpdateMetadataPartitionState_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ZkVersion':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'OfflineReplicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_UpdateMetadataRequest_v4(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_ControllerEpoch = _P2.unpack_from(buf, pos)
    pos += 8
    v_UngroupedPartitionStates, pos = arr_k(_d_UpdateMetadataPartitionState_v4, buf, pos)
    v_LiveBrokers, pos = arr_k(_d_UpdateMetadataBroker_v3, buf, pos)
    return UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        UngroupedPartitionStates=v_UngroupedPartitionStates,
        TopicStates=[],
        LiveBrokers=v_LiveBrokers,
    ), pos


def _e_UpdateMetadataRequest_v4(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    out += _P1.pack(m.ControllerEpoch)
    a_UngroupedPartitionStates = m.UngroupedPartitionStates
    w_alen_k(out, len(a_UngroupedPartitionStates))
    for e_UngroupedPartitionStates in a_UngroupedPartitionStates:
        _e_UpdateMetadataPartitionState_v4(out, e_UngroupedPartitionStates)
    if non_default(m.TopicStates, []):
        raise EncodeError('TopicStates')
    a_LiveBrokers = m.LiveBrokers
    w_alen_k(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v3(out, e_LiveBrokers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataRequest_v4(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataPartitionState_v4(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v3(buf, pos)
    return pos


def _o_UpdateMetadataRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataPartitionState_v4(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v3(buf, pos)
    return pos


def _d_UpdateMetadataPartitionState_v5(buf: Buffer, pos: int) -> tuple[UpdateMetadataPartitionState, int]:
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
    (v_ZkVersion,) = _P1.unpack_from(buf, pos)
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
        v_OfflineReplicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_OfflineReplicas = []
        pos += 4
    else:
        v_OfflineReplicas, pos = farr_k(buf, pos, 'i', 4)
    return UpdateMetadataPartitionState(
        TopicName="",
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        ZkVersion=v_ZkVersion,
        Replicas=v_Replicas,
        OfflineReplicas=v_OfflineReplicas,
    ), pos


def _e_UpdateMetadataPartitionState_v5(out: bytearray, m: UpdateMetadataPartitionState) -> None:
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
    out += _P1.pack(m.ZkVersion)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Replicas, 'i')
    a_OfflineReplicas = m.OfflineReplicas
    n = len(a_OfflineReplicas)
    if 0 < n <= 64:
        out += _P1.pack(n)
        out += _A_int32[n].pack(*a_OfflineReplicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_OfflineReplicas, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataPartitionState_v5(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_k(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_UpdateMetadataPartitionState_v5(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ZkVersion':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'OfflineReplicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_UpdateMetadataTopicState_v5(buf: Buffer, pos: int) -> tuple[UpdateMetadataTopicState, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_PartitionStates, pos = arr_k(_d_UpdateMetadataPartitionState_v5, buf, pos)
    return UpdateMetadataTopicState(
        TopicName=v_TopicName,
        TopicId=bytes(16),
        PartitionStates=v_PartitionStates,
    ), pos


def _e_UpdateMetadataTopicState_v5(out: bytearray, m: UpdateMetadataTopicState) -> None:
    w_str_k(out, m.TopicName)
    a_PartitionStates = m.PartitionStates
    w_alen_k(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_UpdateMetadataPartitionState_v5(out, e_PartitionStates)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataTopicState_v5(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataPartitionState_v5(buf, pos)
    return pos


def _o_UpdateMetadataTopicState_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionStates':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataPartitionState_v5(buf, pos)
    return pos


def _d_UpdateMetadataRequest_v5(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch = _P4.unpack_from(buf, pos)
    pos += 16
    v_TopicStates, pos = arr_k(_d_UpdateMetadataTopicState_v5, buf, pos)
    v_LiveBrokers, pos = arr_k(_d_UpdateMetadataBroker_v3, buf, pos)
    return UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveBrokers=v_LiveBrokers,
    ), pos


def _e_UpdateMetadataRequest_v5(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    out += _P5.pack(m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_k(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_UpdateMetadataTopicState_v5(out, e_TopicStates)
    a_LiveBrokers = m.LiveBrokers
    w_alen_k(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v3(out, e_LiveBrokers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_UpdateMetadataRequest_v5(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataTopicState_v5(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v3(buf, pos)
    return pos


def _o_UpdateMetadataRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataTopicState_v5(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v3(buf, pos)
    return pos


def _d_UpdateMetadataPartitionState_v6(buf: Buffer, pos: int) -> tuple[UpdateMetadataPartitionState, int]:
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
    (v_ZkVersion,) = _P1.unpack_from(buf, pos)
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
        v_OfflineReplicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_OfflineReplicas = []
        pos += 1
    else:
        v_OfflineReplicas, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateMetadataPartitionState(
        TopicName="",
        PartitionIndex=v_PartitionIndex,
        ControllerEpoch=v_ControllerEpoch,
        Leader=v_Leader,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        ZkVersion=v_ZkVersion,
        Replicas=v_Replicas,
        OfflineReplicas=v_OfflineReplicas,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataPartitionState_v6(out: bytearray, m: UpdateMetadataPartitionState) -> None:
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
    out += _P1.pack(m.ZkVersion)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Replicas, 'i')
    a_OfflineReplicas = m.OfflineReplicas
    n = len(a_OfflineReplicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_OfflineReplicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_OfflineReplicas, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateMetadataPartitionState_v6(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 4
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataPartitionState_v6(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ZkVersion':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'OfflineReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_UpdateMetadataTopicState_v6(buf: Buffer, pos: int) -> tuple[UpdateMetadataTopicState, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_PartitionStates, pos = arr_c(_d_UpdateMetadataPartitionState_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateMetadataTopicState(
        TopicName=v_TopicName,
        TopicId=bytes(16),
        PartitionStates=v_PartitionStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataTopicState_v6(out: bytearray, m: UpdateMetadataTopicState) -> None:
    w_str_c(out, m.TopicName)
    a_PartitionStates = m.PartitionStates
    w_alen_c(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_UpdateMetadataPartitionState_v6(out, e_PartitionStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateMetadataTopicState_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataPartitionState_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataTopicState_v6(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataPartitionState_v6(buf, pos)
    return pos


def _d_UpdateMetadataEndpoint_v6(buf: Buffer, pos: int) -> tuple[UpdateMetadataEndpoint, int]:
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    v_Listener, pos = str_c(buf, pos)
    (v_SecurityProtocol,) = _P3.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateMetadataEndpoint(
        Port=v_Port,
        Host=v_Host,
        Listener=v_Listener,
        SecurityProtocol=v_SecurityProtocol,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataEndpoint_v6(out: bytearray, m: UpdateMetadataEndpoint) -> None:
    out += _P1.pack(m.Port)
    w_str_c(out, m.Host)
    w_str_c(out, m.Listener)
    out += _P3.pack(m.SecurityProtocol)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateMetadataEndpoint_v6(buf: Buffer, pos: int) -> int:
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
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataEndpoint_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Port':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Listener':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'SecurityProtocol':
        return pos
    pos += 2
    return pos


def _d_UpdateMetadataBroker_v6(buf: Buffer, pos: int) -> tuple[UpdateMetadataBroker, int]:
    (v_Id,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Endpoints, pos = arr_c(_d_UpdateMetadataEndpoint_v6, buf, pos)
    v_Rack, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateMetadataBroker(
        Id=v_Id,
        V0Host="",
        V0Port=0,
        Endpoints=v_Endpoints,
        Rack=v_Rack,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataBroker_v6(out: bytearray, m: UpdateMetadataBroker) -> None:
    out += _P1.pack(m.Id)
    a_Endpoints = m.Endpoints
    w_alen_c(out, len(a_Endpoints))
    for e_Endpoints in a_Endpoints:
        _e_UpdateMetadataEndpoint_v6(out, e_Endpoints)
    w_nstr_c(out, m.Rack)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateMetadataBroker_v6(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataEndpoint_v6(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataBroker_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Id':
        return pos
    pos += 4
    if stop == 'Endpoints':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataEndpoint_v6(buf, pos)
    if stop == 'Rack':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_UpdateMetadataRequest_v6(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch = _P4.unpack_from(buf, pos)
    pos += 16
    v_TopicStates, pos = arr_c(_d_UpdateMetadataTopicState_v6, buf, pos)
    v_LiveBrokers, pos = arr_c(_d_UpdateMetadataBroker_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveBrokers=v_LiveBrokers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataRequest_v6(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    out += _P5.pack(m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_UpdateMetadataTopicState_v6(out, e_TopicStates)
    a_LiveBrokers = m.LiveBrokers
    w_alen_c(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v6(out, e_LiveBrokers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateMetadataRequest_v6(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataTopicState_v6(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataRequest_v6(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataTopicState_v6(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v6(buf, pos)
    return pos


def _d_UpdateMetadataTopicState_v7(buf: Buffer, pos: int) -> tuple[UpdateMetadataTopicState, int]:
    v_TopicName, pos = str_c(buf, pos)
    (v_TopicId,) = _P6.unpack_from(buf, pos)
    pos += 16
    v_PartitionStates, pos = arr_c(_d_UpdateMetadataPartitionState_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateMetadataTopicState(
        TopicName=v_TopicName,
        TopicId=v_TopicId,
        PartitionStates=v_PartitionStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataTopicState_v7(out: bytearray, m: UpdateMetadataTopicState) -> None:
    w_str_c(out, m.TopicName)
    w_uuid(out, m.TopicId)
    a_PartitionStates = m.PartitionStates
    w_alen_c(out, len(a_PartitionStates))
    for e_PartitionStates in a_PartitionStates:
        _e_UpdateMetadataPartitionState_v6(out, e_PartitionStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateMetadataTopicState_v7(buf: Buffer, pos: int) -> int:
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
        pos = _s_UpdateMetadataPartitionState_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataTopicState_v7(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataPartitionState_v6(buf, pos)
    return pos


def _d_UpdateMetadataRequest_v7(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_ControllerEpoch, v_BrokerEpoch = _P4.unpack_from(buf, pos)
    pos += 16
    v_TopicStates, pos = arr_c(_d_UpdateMetadataTopicState_v7, buf, pos)
    v_LiveBrokers, pos = arr_c(_d_UpdateMetadataBroker_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveBrokers=v_LiveBrokers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataRequest_v7(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P1.pack(m.ControllerId)
    if non_default(m.IsKRaftController, False):
        raise EncodeError('IsKRaftController')
    if non_default(m.Type, 0):
        raise EncodeError('Type')
    out += _P5.pack(m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_UpdateMetadataTopicState_v7(out, e_TopicStates)
    a_LiveBrokers = m.LiveBrokers
    w_alen_c(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v6(out, e_LiveBrokers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateMetadataRequest_v7(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataTopicState_v7(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataRequest_v7(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataTopicState_v7(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v6(buf, pos)
    return pos


def _d_UpdateMetadataRequest_v8(buf: Buffer, pos: int) -> tuple[UpdateMetadataRequest, int]:
    v_ControllerId, v_IsKRaftController, v_ControllerEpoch, v_BrokerEpoch = _P7.unpack_from(buf, pos)
    pos += 17
    v_TopicStates, pos = arr_c(_d_UpdateMetadataTopicState_v7, buf, pos)
    v_LiveBrokers, pos = arr_c(_d_UpdateMetadataBroker_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_Type: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                (v_Type,) = _P8.unpack_from(buf, pos)
                pos += 1
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = UpdateMetadataRequest(
        ControllerId=v_ControllerId,
        IsKRaftController=v_IsKRaftController,
        Type=v_Type,
        ControllerEpoch=v_ControllerEpoch,
        BrokerEpoch=v_BrokerEpoch,
        UngroupedPartitionStates=[],
        TopicStates=v_TopicStates,
        LiveBrokers=v_LiveBrokers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateMetadataRequest_v8(out: bytearray, m: UpdateMetadataRequest) -> None:
    out += _P7.pack(m.ControllerId, m.IsKRaftController, m.ControllerEpoch, m.BrokerEpoch)
    if non_default(m.UngroupedPartitionStates, []):
        raise EncodeError('UngroupedPartitionStates')
    a_TopicStates = m.TopicStates
    w_alen_c(out, len(a_TopicStates))
    for e_TopicStates in a_TopicStates:
        _e_UpdateMetadataTopicState_v7(out, e_TopicStates)
    a_LiveBrokers = m.LiveBrokers
    w_alen_c(out, len(a_LiveBrokers))
    for e_LiveBrokers in a_LiveBrokers:
        _e_UpdateMetadataBroker_v6(out, e_LiveBrokers)
    t = m.unknown_tags
    if m.Type is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.Type is not UNSET:
        p = bytearray()
        p += _P8.pack(m.Type)
        tags[0] = p
    w_tags(out, tags)


def _s_UpdateMetadataRequest_v8(buf: Buffer, pos: int) -> int:
    pos += 17
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataTopicState_v7(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateMetadataRequest_v8(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_UpdateMetadataTopicState_v7(buf, pos)
    if stop == 'LiveBrokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdateMetadataBroker_v6(buf, pos)
    return pos


UpdateMetadataPartitionState.INFO = StructInfo('UpdateMetadataPartitionState', (
    FieldInfo('TopicName', 'string', (0, 4), ignorable=True),
    FieldInfo('PartitionIndex', 'int32', (0, 8)),
    FieldInfo('ControllerEpoch', 'int32', (0, 8)),
    FieldInfo('Leader', 'int32', (0, 8)),
    FieldInfo('LeaderEpoch', 'int32', (0, 8)),
    FieldInfo('Isr', '[]int32', (0, 8)),
    FieldInfo('ZkVersion', 'int32', (0, 8)),
    FieldInfo('Replicas', '[]int32', (0, 8)),
    FieldInfo('OfflineReplicas', '[]int32', (4, 8), ignorable=True),
), (6, 8))

UpdateMetadataTopicState.INFO = StructInfo('UpdateMetadataTopicState', (
    FieldInfo('TopicName', 'string', (5, 8)),
    FieldInfo('TopicId', 'uuid', (7, 8), ignorable=True),
    FieldInfo('PartitionStates', '[]struct', (5, 8), struct=UpdateMetadataPartitionState),
), (6, 8))

UpdateMetadataEndpoint.INFO = StructInfo('UpdateMetadataEndpoint', (
    FieldInfo('Port', 'int32', (1, 8)),
    FieldInfo('Host', 'string', (1, 8)),
    FieldInfo('Listener', 'string', (3, 8), ignorable=True),
    FieldInfo('SecurityProtocol', 'int16', (1, 8)),
), (6, 8))

UpdateMetadataBroker.INFO = StructInfo('UpdateMetadataBroker', (
    FieldInfo('Id', 'int32', (0, 8)),
    FieldInfo('V0Host', 'string', (0, 0), ignorable=True),
    FieldInfo('V0Port', 'int32', (0, 0), ignorable=True),
    FieldInfo('Endpoints', '[]struct', (1, 8), ignorable=True, struct=UpdateMetadataEndpoint),
    FieldInfo('Rack', 'string', (2, 8), nullable=(0, 8), ignorable=True),
), (6, 8))

UpdateMetadataRequest.INFO = StructInfo('UpdateMetadataRequest', (
    FieldInfo('ControllerId', 'int32', (0, 8)),
    FieldInfo('IsKRaftController', 'bool', (8, 8), default=False),
    FieldInfo('Type', 'int8', (8, 8), tag=0, default=0),
    FieldInfo('ControllerEpoch', 'int32', (0, 8)),
    FieldInfo('BrokerEpoch', 'int64', (5, 8), default=-1, ignorable=True),
    FieldInfo('UngroupedPartitionStates', '[]struct', (0, 4), struct=UpdateMetadataPartitionState),
    FieldInfo('TopicStates', '[]struct', (5, 8), struct=UpdateMetadataTopicState),
    FieldInfo('LiveBrokers', '[]struct', (0, 8), struct=UpdateMetadataBroker),
), (6, 8))

UpdateMetadataPartitionState.DECODERS = {
    0: _d_UpdateMetadataPartitionState_v0,
    1: _d_UpdateMetadataPartitionState_v0,
    2: _d_UpdateMetadataPartitionState_v0,
    3: _d_UpdateMetadataPartitionState_v0,
    4: _d_UpdateMetadataPartitionState_v4,
    5: _d_UpdateMetadataPartitionState_v5,
    6: _d_UpdateMetadataPartitionState_v6,
    7: _d_UpdateMetadataPartitionState_v6,
    8: _d_UpdateMetadataPartitionState_v6,
}

UpdateMetadataPartitionState.ENCODERS = {
    0: _e_UpdateMetadataPartitionState_v0,
    1: _e_UpdateMetadataPartitionState_v0,
    2: _e_UpdateMetadataPartitionState_v0,
    3: _e_UpdateMetadataPartitionState_v0,
    4: _e_UpdateMetadataPartitionState_v4,
    5: _e_UpdateMetadataPartitionState_v5,
    6: _e_UpdateMetadataPartitionState_v6,
    7: _e_UpdateMetadataPartitionState_v6,
    8: _e_UpdateMetadataPartitionState_v6,
}

UpdateMetadataPartitionState.SKIPPERS = {
    0: _s_UpdateMetadataPartitionState_v0,
    1: _s_UpdateMetadataPartitionState_v0,
    2: _s_UpdateMetadataPartitionState_v0,
    3: _s_UpdateMetadataPartitionState_v0,
    4: _s_UpdateMetadataPartitionState_v4,
    5: _s_UpdateMetadataPartitionState_v5,
    6: _s_UpdateMetadataPartitionState_v6,
    7: _s_UpdateMetadataPartitionState_v6,
    8: _s_UpdateMetadataPartitionState_v6,
}

UpdateMetadataPartitionState.SEEKERS = {
    0: _o_UpdateMetadataPartitionState_v0,
    1: _o_UpdateMetadataPartitionState_v0,
    2: _o_UpdateMetadataPartitionState_v0,
    3: _o_UpdateMetadataPartitionState_v0,
    4: _o_UpdateMetadataPartitionState_v4,
    5: _o_UpdateMetadataPartitionState_v5,
    6: _o_UpdateMetadataPartitionState_v6,
    7: _o_UpdateMetadataPartitionState_v6,
    8: _o_UpdateMetadataPartitionState_v6,
}

UpdateMetadataTopicState.DECODERS = {
    5: _d_UpdateMetadataTopicState_v5,
    6: _d_UpdateMetadataTopicState_v6,
    7: _d_UpdateMetadataTopicState_v7,
    8: _d_UpdateMetadataTopicState_v7,
}

UpdateMetadataTopicState.ENCODERS = {
    5: _e_UpdateMetadataTopicState_v5,
    6: _e_UpdateMetadataTopicState_v6,
    7: _e_UpdateMetadataTopicState_v7,
    8: _e_UpdateMetadataTopicState_v7,
}

UpdateMetadataTopicState.SKIPPERS = {
    5: _s_UpdateMetadataTopicState_v5,
    6: _s_UpdateMetadataTopicState_v6,
    7: _s_UpdateMetadataTopicState_v7,
    8: _s_UpdateMetadataTopicState_v7,
}

UpdateMetadataTopicState.SEEKERS = {
    5: _o_UpdateMetadataTopicState_v5,
    6: _o_UpdateMetadataTopicState_v6,
    7: _o_UpdateMetadataTopicState_v7,
    8: _o_UpdateMetadataTopicState_v7,
}

UpdateMetadataEndpoint.DECODERS = {
    1: _d_UpdateMetadataEndpoint_v1,
    2: _d_UpdateMetadataEndpoint_v1,
    3: _d_UpdateMetadataEndpoint_v3,
    4: _d_UpdateMetadataEndpoint_v3,
    5: _d_UpdateMetadataEndpoint_v3,
    6: _d_UpdateMetadataEndpoint_v6,
    7: _d_UpdateMetadataEndpoint_v6,
    8: _d_UpdateMetadataEndpoint_v6,
}

UpdateMetadataEndpoint.ENCODERS = {
    1: _e_UpdateMetadataEndpoint_v1,
    2: _e_UpdateMetadataEndpoint_v1,
    3: _e_UpdateMetadataEndpoint_v3,
    4: _e_UpdateMetadataEndpoint_v3,
    5: _e_UpdateMetadataEndpoint_v3,
    6: _e_UpdateMetadataEndpoint_v6,
    7: _e_UpdateMetadataEndpoint_v6,
    8: _e_UpdateMetadataEndpoint_v6,
}

UpdateMetadataEndpoint.SKIPPERS = {
    1: _s_UpdateMetadataEndpoint_v1,
    2: _s_UpdateMetadataEndpoint_v1,
    3: _s_UpdateMetadataEndpoint_v3,
    4: _s_UpdateMetadataEndpoint_v3,
    5: _s_UpdateMetadataEndpoint_v3,
    6: _s_UpdateMetadataEndpoint_v6,
    7: _s_UpdateMetadataEndpoint_v6,
    8: _s_UpdateMetadataEndpoint_v6,
}

UpdateMetadataEndpoint.SEEKERS = {
    1: _o_UpdateMetadataEndpoint_v1,
    2: _o_UpdateMetadataEndpoint_v1,
    3: _o_UpdateMetadataEndpoint_v3,
    4: _o_UpdateMetadataEndpoint_v3,
    5: _o_UpdateMetadataEndpoint_v3,
    6: _o_UpdateMetadataEndpoint_v6,
    7: _o_UpdateMetadataEndpoint_v6,
    8: _o_UpdateMetadataEndpoint_v6,
}

UpdateMetadataBroker.DECODERS = {
    0: _d_UpdateMetadataBroker_v0,
    1: _d_UpdateMetadataBroker_v1,
    2: _d_UpdateMetadataBroker_v2,
    3: _d_UpdateMetadataBroker_v3,
    4: _d_UpdateMetadataBroker_v3,
    5: _d_UpdateMetadataBroker_v3,
    6: _d_UpdateMetadataBroker_v6,
    7: _d_UpdateMetadataBroker_v6,
    8: _d_UpdateMetadataBroker_v6,
}

UpdateMetadataBroker.ENCODERS = {
    0: _e_UpdateMetadataBroker_v0,
    1: _e_UpdateMetadataBroker_v1,
    2: _e_UpdateMetadataBroker_v2,
    3: _e_UpdateMetadataBroker_v3,
    4: _e_UpdateMetadataBroker_v3,
    5: _e_UpdateMetadataBroker_v3,
    6: _e_UpdateMetadataBroker_v6,
    7: _e_UpdateMetadataBroker_v6,
    8: _e_UpdateMetadataBroker_v6,
}

UpdateMetadataBroker.SKIPPERS = {
    0: _s_UpdateMetadataBroker_v0,
    1: _s_UpdateMetadataBroker_v1,
    2: _s_UpdateMetadataBroker_v2,
    3: _s_UpdateMetadataBroker_v3,
    4: _s_UpdateMetadataBroker_v3,
    5: _s_UpdateMetadataBroker_v3,
    6: _s_UpdateMetadataBroker_v6,
    7: _s_UpdateMetadataBroker_v6,
    8: _s_UpdateMetadataBroker_v6,
}

UpdateMetadataBroker.SEEKERS = {
    0: _o_UpdateMetadataBroker_v0,
    1: _o_UpdateMetadataBroker_v1,
    2: _o_UpdateMetadataBroker_v2,
    3: _o_UpdateMetadataBroker_v3,
    4: _o_UpdateMetadataBroker_v3,
    5: _o_UpdateMetadataBroker_v3,
    6: _o_UpdateMetadataBroker_v6,
    7: _o_UpdateMetadataBroker_v6,
    8: _o_UpdateMetadataBroker_v6,
}

UpdateMetadataRequest.DECODERS = {
    0: _d_UpdateMetadataRequest_v0,
    1: _d_UpdateMetadataRequest_v1,
    2: _d_UpdateMetadataRequest_v2,
    3: _d_UpdateMetadataRequest_v3,
    4: _d_UpdateMetadataRequest_v4,
    5: _d_UpdateMetadataRequest_v5,
    6: _d_UpdateMetadataRequest_v6,
    7: _d_UpdateMetadataRequest_v7,
    8: _d_UpdateMetadataRequest_v8,
}

UpdateMetadataRequest.ENCODERS = {
    0: _e_UpdateMetadataRequest_v0,
    1: _e_UpdateMetadataRequest_v1,
    2: _e_UpdateMetadataRequest_v2,
    3: _e_UpdateMetadataRequest_v3,
    4: _e_UpdateMetadataRequest_v4,
    5: _e_UpdateMetadataRequest_v5,
    6: _e_UpdateMetadataRequest_v6,
    7: _e_UpdateMetadataRequest_v7,
    8: _e_UpdateMetadataRequest_v8,
}

UpdateMetadataRequest.SKIPPERS = {
    0: _s_UpdateMetadataRequest_v0,
    1: _s_UpdateMetadataRequest_v1,
    2: _s_UpdateMetadataRequest_v2,
    3: _s_UpdateMetadataRequest_v3,
    4: _s_UpdateMetadataRequest_v4,
    5: _s_UpdateMetadataRequest_v5,
    6: _s_UpdateMetadataRequest_v6,
    7: _s_UpdateMetadataRequest_v7,
    8: _s_UpdateMetadataRequest_v8,
}

UpdateMetadataRequest.SEEKERS = {
    0: _o_UpdateMetadataRequest_v0,
    1: _o_UpdateMetadataRequest_v1,
    2: _o_UpdateMetadataRequest_v2,
    3: _o_UpdateMetadataRequest_v3,
    4: _o_UpdateMetadataRequest_v4,
    5: _o_UpdateMetadataRequest_v5,
    6: _o_UpdateMetadataRequest_v6,
    7: _o_UpdateMetadataRequest_v7,
    8: _o_UpdateMetadataRequest_v8,
}
