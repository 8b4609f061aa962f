"""MetadataResponse: generated from specs/MetadataResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    w_farr_c,
    w_farr_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>i')
_P1 = Struct('>hii')
_P2 = Struct('>h')
_P3 = Struct('>?')
_P4 = Struct('>hiii')
_P5 = Struct('>16s?')
_A_int32 = array_formats('i')


class MetadataResponseBroker(KafkaStruct, kw_only=True, gc=False):
    """An element of MetadataResponse.Brokers."""

    NodeId: int = MISSING
    Host: str = MISSING
    Port: int = MISSING
    Rack: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class MetadataResponsePartition(KafkaStruct, kw_only=True, gc=False):
    """An element of MetadataResponseTopic.Partitions."""

    ErrorCode: int = MISSING
    PartitionIndex: int = MISSING
    LeaderId: int = MISSING
    LeaderEpoch: int = -1
    ReplicaNodes: list[int] = MISSING
    IsrNodes: list[int] = MISSING
    OfflineReplicas: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class MetadataResponseTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of MetadataResponse.Topics."""

    ErrorCode: int = MISSING
    Name: str | None = MISSING
    TopicId: bytes = MISSING
    IsInternal: bool = False
    Partitions: list[MetadataResponsePartition] = MISSING
    TopicAuthorizedOperations: int = -2147483648
    unknown_tags: dict[int, Buffer] | None = None


class MetadataResponse(Message, kw_only=True, gc=False):
    """MetadataResponse (API key 3), v0-v13; from specs/MetadataResponse.json."""

    API_KEY = 3
    KIND = 'response'
    VALID_VERSIONS = (0, 13)
    FLEXIBLE_FROM = 9
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Brokers: list[MetadataResponseBroker] = MISSING
    ClusterId: str | None = None
    ControllerId: int = -1
    Topics: list[MetadataResponseTopic] = MISSING
    ClusterAuthorizedOperations: int = -2147483648
    ErrorCode: int = 0
    unknown_tags: dict[int, Buffer] | None = None


def _d_MetadataResponseBroker_v0(buf: Buffer, pos: int) -> tuple[MetadataResponseBroker, int]:
    (v_NodeId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_k(buf, pos)
    (v_Port,) = _P0.unpack_from(buf, pos)
    pos += 4
    return MetadataResponseBroker(
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
    ), pos


def _e_MetadataResponseBroker_v0(out: bytearray, m: MetadataResponseBroker) -> None:
    out += _P0.pack(m.NodeId)
    w_str_k(out, m.Host)
    out += _P0.pack(m.Port)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponseBroker_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_MetadataResponseBroker_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'NodeId':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Port':
        return pos
    pos += 4
    return pos


def _d_MetadataResponsePartition_v0(buf: Buffer, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_ErrorCode, v_PartitionIndex, v_LeaderId = _P1.unpack_from(buf, pos)
    pos += 10
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_ReplicaNodes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_ReplicaNodes = []
        pos += 4
    else:
        v_ReplicaNodes, pos = farr_k(buf, pos, 'i', 4)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_IsrNodes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_IsrNodes = []
        pos += 4
    else:
        v_IsrNodes, pos = farr_k(buf, pos, 'i', 4)
    return MetadataResponsePartition(
        ErrorCode=v_ErrorCode,
        PartitionIndex=v_PartitionIndex,
        LeaderId=v_LeaderId,
        ReplicaNodes=v_ReplicaNodes,
        IsrNodes=v_IsrNodes,
        OfflineReplicas=[],
    ), pos


def _e_MetadataResponsePartition_v0(out: bytearray, m: MetadataResponsePartition) -> None:
    out += _P1.pack(m.ErrorCode, m.PartitionIndex, m.LeaderId)
    a_ReplicaNodes = m.ReplicaNodes
    n = len(a_ReplicaNodes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_ReplicaNodes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_ReplicaNodes, 'i')
    a_IsrNodes = m.IsrNodes
    n = len(a_IsrNodes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_IsrNodes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_IsrNodes, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponsePartition_v0(buf: Buffer, pos: int) -> int:
    pos += 10
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_MetadataResponsePartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'ReplicaNodes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'IsrNodes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_MetadataResponseTopic_v0(buf: Buffer, pos: int) -> tuple[MetadataResponseTopic, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_MetadataResponsePartition_v0, buf, pos)
    return MetadataResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    ), pos


def _e_MetadataResponseTopic_v0(out: bytearray, m: MetadataResponseTopic) -> None:
    out += _P2.pack(m.ErrorCode)
    w_str_k(out, m.Name)  # type: ignore[arg-type]
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_MetadataResponsePartition_v0(out, e_Partitions)
    if non_default(m.TopicAuthorizedOperations, -2147483648):
        raise EncodeError('TopicAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponseTopic_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v0(buf, pos)
    return pos


def _o_MetadataResponseTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v0(buf, pos)
    return pos


def _d_MetadataResponse_v0(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    v_Brokers, pos = arr_k(_d_MetadataResponseBroker_v0, buf, pos)
    v_Topics, pos = arr_k(_d_MetadataResponseTopic_v0, buf, pos)
    return MetadataResponse(
        ThrottleTimeMs=0,
        Brokers=v_Brokers,
        Topics=v_Topics,
    ), pos


def _e_MetadataResponse_v0(out: bytearray, m: MetadataResponse) -> None:
    a_Brokers = m.Brokers
    w_alen_k(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v0(out, e_Brokers)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v0(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v0(buf, pos)
    return pos


def _o_MetadataResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Brokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v0(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v0(buf, pos)
    return pos


def _d_MetadataResponseBroker_v1(buf: Buffer, pos: int) -> tuple[MetadataResponseBroker, int]:
    (v_NodeId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_k(buf, pos)
    (v_Port,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Rack, pos = nstr_k(buf, pos)
    return MetadataResponseBroker(
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
        Rack=v_Rack,
    ), pos


def _e_MetadataResponseBroker_v1(out: bytearray, m: MetadataResponseBroker) -> None:
    out += _P0.pack(m.NodeId)
    w_str_k(out, m.Host)
    out += _P0.pack(m.Port)
    w_nstr_k(out, m.Rack)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponseBroker_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    return pos


def _o_MetadataResponseBroker_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'NodeId':
        return pos
    pos += 4
    if stop == 'Host':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Port':
        return pos
    pos += 4
    if stop == 'Rack':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_MetadataResponseTopic_v1(buf: Buffer, pos: int) -> tuple[MetadataResponseTopic, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = str_k(buf, pos)
    (v_IsInternal,) = _P3.unpack_from(buf, pos)
    pos += 1
    v_Partitions, pos = arr_k(_d_MetadataResponsePartition_v0, buf, pos)
    return MetadataResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=bytes(16),
        IsInternal=v_IsInternal,
        Partitions=v_Partitions,
    ), pos


def _e_MetadataResponseTopic_v1(out: bytearray, m: MetadataResponseTopic) -> None:
    out += _P2.pack(m.ErrorCode)
    w_str_k(out, m.Name)  # type: ignore[arg-type]
    out += _P3.pack(m.IsInternal)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_MetadataResponsePartition_v0(out, e_Partitions)
    if non_default(m.TopicAuthorizedOperations, -2147483648):
        raise EncodeError('TopicAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponseTopic_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v0(buf, pos)
    return pos


def _o_MetadataResponseTopic_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'IsInternal':
        return pos
    pos += 1
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v0(buf, pos)
    return pos


def _d_MetadataResponse_v1(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    v_Brokers, pos = arr_k(_d_MetadataResponseBroker_v1, buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_MetadataResponseTopic_v1, buf, pos)
    return MetadataResponse(
        ThrottleTimeMs=0,
        Brokers=v_Brokers,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
    ), pos


def _e_MetadataResponse_v1(out: bytearray, m: MetadataResponse) -> None:
    a_Brokers = m.Brokers
    w_alen_k(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v1(out, e_Brokers)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v1(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponse_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v1(buf, pos)
    return pos


def _o_MetadataResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Brokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v1(buf, pos)
    return pos


def _d_MetadataResponse_v2(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    v_Brokers, pos = arr_k(_d_MetadataResponseBroker_v1, buf, pos)
    v_ClusterId, pos = nstr_k(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_MetadataResponseTopic_v1, buf, pos)
    return MetadataResponse(
        ThrottleTimeMs=0,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
    ), pos


def _e_MetadataResponse_v2(out: bytearray, m: MetadataResponse) -> None:
    a_Brokers = m.Brokers
    w_alen_k(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v1(out, e_Brokers)
    w_nstr_k(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v1(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponse_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v1(buf, pos)
    return pos


def _o_MetadataResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Brokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    if stop == 'ClusterId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v1(buf, pos)
    return pos


def _d_MetadataResponse_v3(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_k(_d_MetadataResponseBroker_v1, buf, pos)
    v_ClusterId, pos = nstr_k(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_MetadataResponseTopic_v1, buf, pos)
    return MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
    ), pos


def _e_MetadataResponse_v3(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_k(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v1(out, e_Brokers)
    w_nstr_k(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v1(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v1(buf, pos)
    return pos


def _o_MetadataResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    if stop == 'ClusterId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v1(buf, pos)
    return pos


def _d_MetadataResponsePartition_v5(buf: Buffer, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_ErrorCode, v_PartitionIndex, v_LeaderId = _P1.unpack_from(buf, pos)
    pos += 10
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_ReplicaNodes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_ReplicaNodes = []
        pos += 4
    else:
        v_ReplicaNodes, pos = farr_k(buf, pos, 'i', 4)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_IsrNodes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_IsrNodes = []
        pos += 4
    else:
        v_IsrNodes, pos = farr_k(buf, pos, 'i', 4)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_OfflineReplicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_OfflineReplicas = []
        pos += 4
    else:
        v_OfflineReplicas, pos = farr_k(buf, pos, 'i', 4)
    return MetadataResponsePartition(
        ErrorCode=v_ErrorCode,
        PartitionIndex=v_PartitionIndex,
        LeaderId=v_LeaderId,
        ReplicaNodes=v_ReplicaNodes,
        IsrNodes=v_IsrNodes,
        OfflineReplicas=v_OfflineReplicas,
    ), pos


def _e_MetadataResponsePartition_v5(out: bytearray, m: MetadataResponsePartition) -> None:
    out += _P1.pack(m.ErrorCode, m.PartitionIndex, m.LeaderId)
    a_ReplicaNodes = m.ReplicaNodes
    n = len(a_ReplicaNodes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_ReplicaNodes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_ReplicaNodes, 'i')
    a_IsrNodes = m.IsrNodes
    n = len(a_IsrNodes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_IsrNodes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_IsrNodes, 'i')
    a_OfflineReplicas = m.OfflineReplicas
    n = len(a_OfflineReplicas)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_OfflineReplicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_OfflineReplicas, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponsePartition_v5(buf: Buffer, pos: int) -> int:
    pos += 10
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_MetadataResponsePartition_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'ReplicaNodes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'IsrNodes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'OfflineReplicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_MetadataResponseTopic_v5(buf: Buffer, pos: int) -> tuple[MetadataResponseTopic, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = str_k(buf, pos)
    (v_IsInternal,) = _P3.unpack_from(buf, pos)
    pos += 1
    v_Partitions, pos = arr_k(_d_MetadataResponsePartition_v5, buf, pos)
    return MetadataResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=bytes(16),
        IsInternal=v_IsInternal,
        Partitions=v_Partitions,
    ), pos


def _e_MetadataResponseTopic_v5(out: bytearray, m: MetadataResponseTopic) -> None:
    out += _P2.pack(m.ErrorCode)
    w_str_k(out, m.Name)  # type: ignore[arg-type]
    out += _P3.pack(m.IsInternal)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_MetadataResponsePartition_v5(out, e_Partitions)
    if non_default(m.TopicAuthorizedOperations, -2147483648):
        raise EncodeError('TopicAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponseTopic_v5(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v5(buf, pos)
    return pos


def _o_MetadataResponseTopic_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'IsInternal':
        return pos
    pos += 1
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v5(buf, pos)
    return pos


def _d_MetadataResponse_v5(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_k(_d_MetadataResponseBroker_v1, buf, pos)
    v_ClusterId, pos = nstr_k(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_MetadataResponseTopic_v5, buf, pos)
    return MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
    ), pos


def _e_MetadataResponse_v5(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_k(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v1(out, e_Brokers)
    w_nstr_k(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v5(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v5(buf, pos)
    return pos


def _o_MetadataResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    if stop == 'ClusterId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v5(buf, pos)
    return pos


def _d_MetadataResponsePartition_v7(buf: Buffer, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_ErrorCode, v_PartitionIndex, v_LeaderId, v_LeaderEpoch = _P4.unpack_from(buf, pos)
    pos += 14
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_ReplicaNodes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_ReplicaNodes = []
        pos += 4
    else:
        v_ReplicaNodes, pos = farr_k(buf, pos, 'i', 4)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_IsrNodes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_IsrNodes = []
        pos += 4
    else:
        v_IsrNodes, pos = farr_k(buf, pos, 'i', 4)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_OfflineReplicas = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_OfflineReplicas = []
        pos += 4
    else:
        v_OfflineReplicas, pos = farr_k(buf, pos, 'i', 4)
    return MetadataResponsePartition(
        ErrorCode=v_ErrorCode,
        PartitionIndex=v_PartitionIndex,
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        ReplicaNodes=v_ReplicaNodes,
        IsrNodes=v_IsrNodes,
        OfflineReplicas=v_OfflineReplicas,
    ), pos


def _e_MetadataResponsePartition_v7(out: bytearray, m: MetadataResponsePartition) -> None:
    out += _P4.pack(m.ErrorCode, m.PartitionIndex, m.LeaderId, m.LeaderEpoch)
    a_ReplicaNodes = m.ReplicaNodes
    n = len(a_ReplicaNodes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_ReplicaNodes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_ReplicaNodes, 'i')
    a_IsrNodes = m.IsrNodes
    n = len(a_IsrNodes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_IsrNodes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_IsrNodes, 'i')
    a_OfflineReplicas = m.OfflineReplicas
    n = len(a_OfflineReplicas)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_OfflineReplicas)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_OfflineReplicas, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponsePartition_v7(buf: Buffer, pos: int) -> int:
    pos += 14
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_MetadataResponsePartition_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'ReplicaNodes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'IsrNodes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    if stop == 'OfflineReplicas':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_MetadataResponseTopic_v7(buf: Buffer, pos: int) -> tuple[MetadataResponseTopic, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = str_k(buf, pos)
    (v_IsInternal,) = _P3.unpack_from(buf, pos)
    pos += 1
    v_Partitions, pos = arr_k(_d_MetadataResponsePartition_v7, buf, pos)
    return MetadataResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=bytes(16),
        IsInternal=v_IsInternal,
        Partitions=v_Partitions,
    ), pos


def _e_MetadataResponseTopic_v7(out: bytearray, m: MetadataResponseTopic) -> None:
    out += _P2.pack(m.ErrorCode)
    w_str_k(out, m.Name)  # type: ignore[arg-type]
    out += _P3.pack(m.IsInternal)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_MetadataResponsePartition_v7(out, e_Partitions)
    if non_default(m.TopicAuthorizedOperations, -2147483648):
        raise EncodeError('TopicAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponseTopic_v7(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v7(buf, pos)
    return pos


def _o_MetadataResponseTopic_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'IsInternal':
        return pos
    pos += 1
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v7(buf, pos)
    return pos


def _d_MetadataResponse_v7(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_k(_d_MetadataResponseBroker_v1, buf, pos)
    v_ClusterId, pos = nstr_k(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_MetadataResponseTopic_v7, buf, pos)
    return MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
    ), pos


def _e_MetadataResponse_v7(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_k(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v1(out, e_Brokers)
    w_nstr_k(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v7(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponse_v7(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v7(buf, pos)
    return pos


def _o_MetadataResponse_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    if stop == 'ClusterId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v7(buf, pos)
    return pos


def _d_MetadataResponseTopic_v8(buf: Buffer, pos: int) -> tuple[MetadataResponseTopic, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = str_k(buf, pos)
    (v_IsInternal,) = _P3.unpack_from(buf, pos)
    pos += 1
    v_Partitions, pos = arr_k(_d_MetadataResponsePartition_v7, buf, pos)
    (v_TopicAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    return MetadataResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=bytes(16),
        IsInternal=v_IsInternal,
        Partitions=v_Partitions,
        TopicAuthorizedOperations=v_TopicAuthorizedOperations,
    ), pos


def _e_MetadataResponseTopic_v8(out: bytearray, m: MetadataResponseTopic) -> None:
    out += _P2.pack(m.ErrorCode)
    w_str_k(out, m.Name)  # type: ignore[arg-type]
    out += _P3.pack(m.IsInternal)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_MetadataResponsePartition_v7(out, e_Partitions)
    out += _P0.pack(m.TopicAuthorizedOperations)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponseTopic_v8(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v7(buf, pos)
    pos += 4
    return pos


def _o_MetadataResponseTopic_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'IsInternal':
        return pos
    pos += 1
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v7(buf, pos)
    if stop == 'TopicAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_MetadataResponse_v8(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_k(_d_MetadataResponseBroker_v1, buf, pos)
    v_ClusterId, pos = nstr_k(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_MetadataResponseTopic_v8, buf, pos)
    (v_ClusterAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    return MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
        ClusterAuthorizedOperations=v_ClusterAuthorizedOperations,
    ), pos


def _e_MetadataResponse_v8(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_k(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v1(out, e_Brokers)
    w_nstr_k(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v8(out, e_Topics)
    out += _P0.pack(m.ClusterAuthorizedOperations)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataResponse_v8(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v8(buf, pos)
    pos += 4
    return pos


def _o_MetadataResponse_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v1(buf, pos)
    if stop == 'ClusterId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v8(buf, pos)
    if stop == 'ClusterAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_MetadataResponseBroker_v9(buf: Buffer, pos: int) -> tuple[MetadataResponseBroker, int]:
    (v_NodeId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Rack, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponseBroker(
        NodeId=v_NodeId,
        Host=v_Host,
        Port=v_Port,
        Rack=v_Rack,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponseBroker_v9(out: bytearray, m: MetadataResponseBroker) -> None:
    out += _P0.pack(m.NodeId)
    w_str_c(out, m.Host)
    out += _P0.pack(m.Port)
    w_nstr_c(out, m.Rack)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponseBroker_v9(buf: Buffer, pos: int) -> int:
    pos += 4
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponseBroker_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'NodeId':
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
    if stop == 'Port':
        return pos
    pos += 4
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


def _d_MetadataResponsePartition_v9(buf: Buffer, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_ErrorCode, v_PartitionIndex, v_LeaderId, v_LeaderEpoch = _P4.unpack_from(buf, pos)
    pos += 14
    n = buf[pos]
    if 1 < n <= 65:
        v_ReplicaNodes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_ReplicaNodes = []
        pos += 1
    else:
        v_ReplicaNodes, pos = farr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_IsrNodes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_IsrNodes = []
        pos += 1
    else:
        v_IsrNodes, pos = farr_c(buf, pos, 'i', 4)
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
    result = MetadataResponsePartition(
        ErrorCode=v_ErrorCode,
        PartitionIndex=v_PartitionIndex,
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        ReplicaNodes=v_ReplicaNodes,
        IsrNodes=v_IsrNodes,
        OfflineReplicas=v_OfflineReplicas,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponsePartition_v9(out: bytearray, m: MetadataResponsePartition) -> None:
    out += _P4.pack(m.ErrorCode, m.PartitionIndex, m.LeaderId, m.LeaderEpoch)
    a_ReplicaNodes = m.ReplicaNodes
    n = len(a_ReplicaNodes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_ReplicaNodes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_ReplicaNodes, 'i')
    a_IsrNodes = m.IsrNodes
    n = len(a_IsrNodes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_IsrNodes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_IsrNodes, 'i')
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


def _s_MetadataResponsePartition_v9(buf: Buffer, pos: int) -> int:
    pos += 14
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponsePartition_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'ReplicaNodes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'IsrNodes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'OfflineReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_MetadataResponseTopic_v9(buf: Buffer, pos: int) -> tuple[MetadataResponseTopic, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = str_c(buf, pos)
    (v_IsInternal,) = _P3.unpack_from(buf, pos)
    pos += 1
    v_Partitions, pos = arr_c(_d_MetadataResponsePartition_v9, buf, pos)
    (v_TopicAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=bytes(16),
        IsInternal=v_IsInternal,
        Partitions=v_Partitions,
        TopicAuthorizedOperations=v_TopicAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponseTopic_v9(out: bytearray, m: MetadataResponseTopic) -> None:
    out += _P2.pack(m.ErrorCode)
    w_str_c(out, m.Name)  # type: ignore[arg-type]
    out += _P3.pack(m.IsInternal)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_MetadataResponsePartition_v9(out, e_Partitions)
    out += _P0.pack(m.TopicAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponseTopic_v9(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v9(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponseTopic_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IsInternal':
        return pos
    pos += 1
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v9(buf, pos)
    if stop == 'TopicAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_MetadataResponse_v9(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_c(_d_MetadataResponseBroker_v9, buf, pos)
    v_ClusterId, pos = nstr_c(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_MetadataResponseTopic_v9, buf, pos)
    (v_ClusterAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
        ClusterAuthorizedOperations=v_ClusterAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponse_v9(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_c(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v9(out, e_Brokers)
    w_nstr_c(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v9(out, e_Topics)
    out += _P0.pack(m.ClusterAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponse_v9(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
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
        pos = _s_MetadataResponseTopic_v9(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponse_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v9(buf, pos)
    if stop == 'ClusterAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_MetadataResponseTopic_v10(buf: Buffer, pos: int) -> tuple[MetadataResponseTopic, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = str_c(buf, pos)
    v_TopicId, v_IsInternal = _P5.unpack_from(buf, pos)
    pos += 17
    v_Partitions, pos = arr_c(_d_MetadataResponsePartition_v9, buf, pos)
    (v_TopicAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=v_TopicId,
        IsInternal=v_IsInternal,
        Partitions=v_Partitions,
        TopicAuthorizedOperations=v_TopicAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponseTopic_v10(out: bytearray, m: MetadataResponseTopic) -> None:
    out += _P2.pack(m.ErrorCode)
    w_str_c(out, m.Name)  # type: ignore[arg-type]
    w_uuid(out, m.TopicId)
    out += _P3.pack(m.IsInternal)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_MetadataResponsePartition_v9(out, e_Partitions)
    out += _P0.pack(m.TopicAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponseTopic_v10(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 17
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v9(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponseTopic_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
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
    if stop == 'IsInternal':
        return pos
    pos += 1
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v9(buf, pos)
    if stop == 'TopicAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_MetadataResponse_v10(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_c(_d_MetadataResponseBroker_v9, buf, pos)
    v_ClusterId, pos = nstr_c(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_MetadataResponseTopic_v10, buf, pos)
    (v_ClusterAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
        ClusterAuthorizedOperations=v_ClusterAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponse_v10(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_c(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v9(out, e_Brokers)
    w_nstr_c(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v10(out, e_Topics)
    out += _P0.pack(m.ClusterAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponse_v10(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
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
        pos = _s_MetadataResponseTopic_v10(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponse_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v10(buf, pos)
    if stop == 'ClusterAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_MetadataResponse_v11(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_c(_d_MetadataResponseBroker_v9, buf, pos)
    v_ClusterId, pos = nstr_c(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_MetadataResponseTopic_v10, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponse_v11(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_c(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v9(out, e_Brokers)
    w_nstr_c(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v10(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponse_v11(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
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
        pos = _s_MetadataResponseTopic_v10(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponse_v11(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v10(buf, pos)
    return pos


def _d_MetadataResponseTopic_v12(buf: Buffer, pos: int) -> tuple[MetadataResponseTopic, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_Name, pos = nstr_c(buf, pos)
    v_TopicId, v_IsInternal = _P5.unpack_from(buf, pos)
    pos += 17
    v_Partitions, pos = arr_c(_d_MetadataResponsePartition_v9, buf, pos)
    (v_TopicAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponseTopic(
        ErrorCode=v_ErrorCode,
        Name=v_Name,
        TopicId=v_TopicId,
        IsInternal=v_IsInternal,
        Partitions=v_Partitions,
        TopicAuthorizedOperations=v_TopicAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponseTopic_v12(out: bytearray, m: MetadataResponseTopic) -> None:
    out += _P2.pack(m.ErrorCode)
    w_nstr_c(out, m.Name)
    w_uuid(out, m.TopicId)
    out += _P3.pack(m.IsInternal)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_MetadataResponsePartition_v9(out, e_Partitions)
    out += _P0.pack(m.TopicAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponseTopic_v12(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 17
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v9(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponseTopic_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Name':
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
    if stop == 'IsInternal':
        return pos
    pos += 1
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponsePartition_v9(buf, pos)
    if stop == 'TopicAuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_MetadataResponse_v12(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_c(_d_MetadataResponseBroker_v9, buf, pos)
    v_ClusterId, pos = nstr_c(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_MetadataResponseTopic_v12, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponse_v12(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_c(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v9(out, e_Brokers)
    w_nstr_c(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v12(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponse_v12(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
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
        pos = _s_MetadataResponseTopic_v12(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponse_v12(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v12(buf, pos)
    return pos


def _d_MetadataResponse_v13(buf: Buffer, pos: int) -> tuple[MetadataResponse, int]:
    (v_ThrottleTimeMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Brokers, pos = arr_c(_d_MetadataResponseBroker_v9, buf, pos)
    v_ClusterId, pos = nstr_c(buf, pos)
    (v_ControllerId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_MetadataResponseTopic_v12, buf, pos)
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Brokers=v_Brokers,
        ClusterId=v_ClusterId,
        ControllerId=v_ControllerId,
        Topics=v_Topics,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataResponse_v13(out: bytearray, m: MetadataResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs)
    a_Brokers = m.Brokers
    w_alen_c(out, len(a_Brokers))
    for e_Brokers in a_Brokers:
        _e_MetadataResponseBroker_v9(out, e_Brokers)
    w_nstr_c(out, m.ClusterId)
    out += _P0.pack(m.ControllerId)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataResponseTopic_v12(out, e_Topics)
    if non_default(m.ClusterAuthorizedOperations, -2147483648):
        raise EncodeError('ClusterAuthorizedOperations')
    out += _P2.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataResponse_v13(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
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
        pos = _s_MetadataResponseTopic_v12(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataResponse_v13(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Brokers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseBroker_v9(buf, pos)
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataResponseTopic_v12(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


MetadataResponseBroker.INFO = StructInfo('MetadataResponseBroker', (
    FieldInfo('NodeId', 'int32', (0, 13)),
    FieldInfo('Host', 'string', (0, 13)),
    FieldInfo('Port', 'int32', (0, 13)),
    FieldInfo('Rack', 'string', (1, 13), nullable=(1, 13), default=None, ignorable=True),
), (9, 13))

MetadataResponsePartition.INFO = StructInfo('MetadataResponsePartition', (
    FieldInfo('ErrorCode', 'int16', (0, 13)),
    FieldInfo('PartitionIndex', 'int32', (0, 13)),
    FieldInfo('LeaderId', 'int32', (0, 13)),
    FieldInfo('LeaderEpoch', 'int32', (7, 13), default=-1, ignorable=True),
    FieldInfo('ReplicaNodes', '[]int32', (0, 13)),
    FieldInfo('IsrNodes', '[]int32', (0, 13)),
    FieldInfo('OfflineReplicas', '[]int32', (5, 13), ignorable=True),
), (9, 13))

MetadataResponseTopic.INFO = StructInfo('MetadataResponseTopic', (
    FieldInfo('ErrorCode', 'int16', (0, 13)),
    FieldInfo('Name', 'string', (0, 13), nullable=(12, 13)),
    FieldInfo('TopicId', 'uuid', (10, 13), ignorable=True),
    FieldInfo('IsInternal', 'bool', (1, 13), default=False, ignorable=True),
    FieldInfo('Partitions', '[]struct', (0, 13), struct=MetadataResponsePartition),
    FieldInfo('TopicAuthorizedOperations', 'int32', (8, 13), default=-2147483648),
), (9, 13))

MetadataResponse.INFO = StructInfo('MetadataResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (3, 13), ignorable=True),
    FieldInfo('Brokers', '[]struct', (0, 13), struct=MetadataResponseBroker),
    FieldInfo('ClusterId', 'string', (2, 13), nullable=(2, 13), default=None, ignorable=True),
    FieldInfo('ControllerId', 'int32', (1, 13), default=-1, ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 13), struct=MetadataResponseTopic),
    FieldInfo('ClusterAuthorizedOperations', 'int32', (8, 10), default=-2147483648),
    FieldInfo('ErrorCode', 'int16', (13, 13), default=0, ignorable=True),
), (9, 13))

MetadataResponseBroker.DECODERS = {
    0: _d_MetadataResponseBroker_v0,
    1: _d_MetadataResponseBroker_v1,
    2: _d_MetadataResponseBroker_v1,
    3: _d_MetadataResponseBroker_v1,
    4: _d_MetadataResponseBroker_v1,
    5: _d_MetadataResponseBroker_v1,
    6: _d_MetadataResponseBroker_v1,
    7: _d_MetadataResponseBroker_v1,
    8: _d_MetadataResponseBroker_v1,
    9: _d_MetadataResponseBroker_v9,
    10: _d_MetadataResponseBroker_v9,
    11: _d_MetadataResponseBroker_v9,
    12: _d_MetadataResponseBroker_v9,
    13: _d_MetadataResponseBroker_v9,
}

MetadataResponseBroker.ENCODERS = {
    0: _e_MetadataResponseBroker_v0,
    1: _e_MetadataResponseBroker_v1,
    2: _e_MetadataResponseBroker_v1,
    3: _e_MetadataResponseBroker_v1,
    4: _e_MetadataResponseBroker_v1,
    5: _e_MetadataResponseBroker_v1,
    6: _e_MetadataResponseBroker_v1,
    7: _e_MetadataResponseBroker_v1,
    8: _e_MetadataResponseBroker_v1,
    9: _e_MetadataResponseBroker_v9,
    10: _e_MetadataResponseBroker_v9,
    11: _e_MetadataResponseBroker_v9,
    12: _e_MetadataResponseBroker_v9,
    13: _e_MetadataResponseBroker_v9,
}

MetadataResponseBroker.SKIPPERS = {
    0: _s_MetadataResponseBroker_v0,
    1: _s_MetadataResponseBroker_v1,
    2: _s_MetadataResponseBroker_v1,
    3: _s_MetadataResponseBroker_v1,
    4: _s_MetadataResponseBroker_v1,
    5: _s_MetadataResponseBroker_v1,
    6: _s_MetadataResponseBroker_v1,
    7: _s_MetadataResponseBroker_v1,
    8: _s_MetadataResponseBroker_v1,
    9: _s_MetadataResponseBroker_v9,
    10: _s_MetadataResponseBroker_v9,
    11: _s_MetadataResponseBroker_v9,
    12: _s_MetadataResponseBroker_v9,
    13: _s_MetadataResponseBroker_v9,
}

MetadataResponseBroker.SEEKERS = {
    0: _o_MetadataResponseBroker_v0,
    1: _o_MetadataResponseBroker_v1,
    2: _o_MetadataResponseBroker_v1,
    3: _o_MetadataResponseBroker_v1,
    4: _o_MetadataResponseBroker_v1,
    5: _o_MetadataResponseBroker_v1,
    6: _o_MetadataResponseBroker_v1,
    7: _o_MetadataResponseBroker_v1,
    8: _o_MetadataResponseBroker_v1,
    9: _o_MetadataResponseBroker_v9,
    10: _o_MetadataResponseBroker_v9,
    11: _o_MetadataResponseBroker_v9,
    12: _o_MetadataResponseBroker_v9,
    13: _o_MetadataResponseBroker_v9,
}

MetadataResponsePartition.DECODERS = {
    0: _d_MetadataResponsePartition_v0,
    1: _d_MetadataResponsePartition_v0,
    2: _d_MetadataResponsePartition_v0,
    3: _d_MetadataResponsePartition_v0,
    4: _d_MetadataResponsePartition_v0,
    5: _d_MetadataResponsePartition_v5,
    6: _d_MetadataResponsePartition_v5,
    7: _d_MetadataResponsePartition_v7,
    8: _d_MetadataResponsePartition_v7,
    9: _d_MetadataResponsePartition_v9,
    10: _d_MetadataResponsePartition_v9,
    11: _d_MetadataResponsePartition_v9,
    12: _d_MetadataResponsePartition_v9,
    13: _d_MetadataResponsePartition_v9,
}

MetadataResponsePartition.ENCODERS = {
    0: _e_MetadataResponsePartition_v0,
    1: _e_MetadataResponsePartition_v0,
    2: _e_MetadataResponsePartition_v0,
    3: _e_MetadataResponsePartition_v0,
    4: _e_MetadataResponsePartition_v0,
    5: _e_MetadataResponsePartition_v5,
    6: _e_MetadataResponsePartition_v5,
    7: _e_MetadataResponsePartition_v7,
    8: _e_MetadataResponsePartition_v7,
    9: _e_MetadataResponsePartition_v9,
    10: _e_MetadataResponsePartition_v9,
    11: _e_MetadataResponsePartition_v9,
    12: _e_MetadataResponsePartition_v9,
    13: _e_MetadataResponsePartition_v9,
}

MetadataResponsePartition.SKIPPERS = {
    0: _s_MetadataResponsePartition_v0,
    1: _s_MetadataResponsePartition_v0,
    2: _s_MetadataResponsePartition_v0,
    3: _s_MetadataResponsePartition_v0,
    4: _s_MetadataResponsePartition_v0,
    5: _s_MetadataResponsePartition_v5,
    6: _s_MetadataResponsePartition_v5,
    7: _s_MetadataResponsePartition_v7,
    8: _s_MetadataResponsePartition_v7,
    9: _s_MetadataResponsePartition_v9,
    10: _s_MetadataResponsePartition_v9,
    11: _s_MetadataResponsePartition_v9,
    12: _s_MetadataResponsePartition_v9,
    13: _s_MetadataResponsePartition_v9,
}

MetadataResponsePartition.SEEKERS = {
    0: _o_MetadataResponsePartition_v0,
    1: _o_MetadataResponsePartition_v0,
    2: _o_MetadataResponsePartition_v0,
    3: _o_MetadataResponsePartition_v0,
    4: _o_MetadataResponsePartition_v0,
    5: _o_MetadataResponsePartition_v5,
    6: _o_MetadataResponsePartition_v5,
    7: _o_MetadataResponsePartition_v7,
    8: _o_MetadataResponsePartition_v7,
    9: _o_MetadataResponsePartition_v9,
    10: _o_MetadataResponsePartition_v9,
    11: _o_MetadataResponsePartition_v9,
    12: _o_MetadataResponsePartition_v9,
    13: _o_MetadataResponsePartition_v9,
}

MetadataResponseTopic.DECODERS = {
    0: _d_MetadataResponseTopic_v0,
    1: _d_MetadataResponseTopic_v1,
    2: _d_MetadataResponseTopic_v1,
    3: _d_MetadataResponseTopic_v1,
    4: _d_MetadataResponseTopic_v1,
    5: _d_MetadataResponseTopic_v5,
    6: _d_MetadataResponseTopic_v5,
    7: _d_MetadataResponseTopic_v7,
    8: _d_MetadataResponseTopic_v8,
    9: _d_MetadataResponseTopic_v9,
    10: _d_MetadataResponseTopic_v10,
    11: _d_MetadataResponseTopic_v10,
    12: _d_MetadataResponseTopic_v12,
    13: _d_MetadataResponseTopic_v12,
}

MetadataResponseTopic.ENCODERS = {
    0: _e_MetadataResponseTopic_v0,
    1: _e_MetadataResponseTopic_v1,
    2: _e_MetadataResponseTopic_v1,
    3: _e_MetadataResponseTopic_v1,
    4: _e_MetadataResponseTopic_v1,
    5: _e_MetadataResponseTopic_v5,
    6: _e_MetadataResponseTopic_v5,
    7: _e_MetadataResponseTopic_v7,
    8: _e_MetadataResponseTopic_v8,
    9: _e_MetadataResponseTopic_v9,
    10: _e_MetadataResponseTopic_v10,
    11: _e_MetadataResponseTopic_v10,
    12: _e_MetadataResponseTopic_v12,
    13: _e_MetadataResponseTopic_v12,
}

MetadataResponseTopic.SKIPPERS = {
    0: _s_MetadataResponseTopic_v0,
    1: _s_MetadataResponseTopic_v1,
    2: _s_MetadataResponseTopic_v1,
    3: _s_MetadataResponseTopic_v1,
    4: _s_MetadataResponseTopic_v1,
    5: _s_MetadataResponseTopic_v5,
    6: _s_MetadataResponseTopic_v5,
    7: _s_MetadataResponseTopic_v7,
    8: _s_MetadataResponseTopic_v8,
    9: _s_MetadataResponseTopic_v9,
    10: _s_MetadataResponseTopic_v10,
    11: _s_MetadataResponseTopic_v10,
    12: _s_MetadataResponseTopic_v12,
    13: _s_MetadataResponseTopic_v12,
}

MetadataResponseTopic.SEEKERS = {
    0: _o_MetadataResponseTopic_v0,
    1: _o_MetadataResponseTopic_v1,
    2: _o_MetadataResponseTopic_v1,
    3: _o_MetadataResponseTopic_v1,
    4: _o_MetadataResponseTopic_v1,
    5: _o_MetadataResponseTopic_v5,
    6: _o_MetadataResponseTopic_v5,
    7: _o_MetadataResponseTopic_v7,
    8: _o_MetadataResponseTopic_v8,
    9: _o_MetadataResponseTopic_v9,
    10: _o_MetadataResponseTopic_v10,
    11: _o_MetadataResponseTopic_v10,
    12: _o_MetadataResponseTopic_v12,
    13: _o_MetadataResponseTopic_v12,
}

MetadataResponse.DECODERS = {
    0: _d_MetadataResponse_v0,
    1: _d_MetadataResponse_v1,
    2: _d_MetadataResponse_v2,
    3: _d_MetadataResponse_v3,
    4: _d_MetadataResponse_v3,
    5: _d_MetadataResponse_v5,
    6: _d_MetadataResponse_v5,
    7: _d_MetadataResponse_v7,
    8: _d_MetadataResponse_v8,
    9: _d_MetadataResponse_v9,
    10: _d_MetadataResponse_v10,
    11: _d_MetadataResponse_v11,
    12: _d_MetadataResponse_v12,
    13: _d_MetadataResponse_v13,
}

MetadataResponse.ENCODERS = {
    0: _e_MetadataResponse_v0,
    1: _e_MetadataResponse_v1,
    2: _e_MetadataResponse_v2,
    3: _e_MetadataResponse_v3,
    4: _e_MetadataResponse_v3,
    5: _e_MetadataResponse_v5,
    6: _e_MetadataResponse_v5,
    7: _e_MetadataResponse_v7,
    8: _e_MetadataResponse_v8,
    9: _e_MetadataResponse_v9,
    10: _e_MetadataResponse_v10,
    11: _e_MetadataResponse_v11,
    12: _e_MetadataResponse_v12,
    13: _e_MetadataResponse_v13,
}

MetadataResponse.SKIPPERS = {
    0: _s_MetadataResponse_v0,
    1: _s_MetadataResponse_v1,
    2: _s_MetadataResponse_v2,
    3: _s_MetadataResponse_v3,
    4: _s_MetadataResponse_v3,
    5: _s_MetadataResponse_v5,
    6: _s_MetadataResponse_v5,
    7: _s_MetadataResponse_v7,
    8: _s_MetadataResponse_v8,
    9: _s_MetadataResponse_v9,
    10: _s_MetadataResponse_v10,
    11: _s_MetadataResponse_v11,
    12: _s_MetadataResponse_v12,
    13: _s_MetadataResponse_v13,
}

MetadataResponse.SEEKERS = {
    0: _o_MetadataResponse_v0,
    1: _o_MetadataResponse_v1,
    2: _o_MetadataResponse_v2,
    3: _o_MetadataResponse_v3,
    4: _o_MetadataResponse_v3,
    5: _o_MetadataResponse_v5,
    6: _o_MetadataResponse_v5,
    7: _o_MetadataResponse_v7,
    8: _o_MetadataResponse_v8,
    9: _o_MetadataResponse_v9,
    10: _o_MetadataResponse_v10,
    11: _o_MetadataResponse_v11,
    12: _o_MetadataResponse_v12,
    13: _o_MetadataResponse_v13,
}
