"""CreateTopicsRequest: generated from specs/CreateTopicsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
)

_P0 = Struct('>i')
_P1 = Struct('>ih')
_P2 = Struct('>i?')
_A_int32 = array_formats('i')


class CreatableReplicaAssignment(KafkaStruct, kw_only=True, gc=False):
    """An element of CreatableTopic.Assignments."""

    PartitionIndex: int = MISSING
    BrokerIds: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreatableTopicConfig(KafkaStruct, kw_only=True, gc=False):
    """An element of CreatableTopic.Configs."""

    Name: str = MISSING
    Value: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreatableTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of CreateTopicsRequest.Topics."""

    Name: str = MISSING
    NumPartitions: int = MISSING
    ReplicationFactor: int = MISSING
    Assignments: list[CreatableReplicaAssignment] = MISSING
    Configs: list[CreatableTopicConfig] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreateTopicsRequest(Message, kw_only=True, gc=False):
    """CreateTopicsRequest (API key 19), v0-v7; from specs/CreateTopicsRequest.json."""

    API_KEY = 19
    KIND = 'request'
    VALID_VERSIONS = (0, 7)
    FLEXIBLE_FROM = 5
    LATEST_VERSION_UNSTABLE = False

    Topics: list[CreatableTopic] = MISSING
    TimeoutMs: int = 60000
    ValidateOnly: bool = False
    unknown_tags: dict[int, Buffer] | None = None


def _d_CreatableReplicaAssignment_v0(buf: Buffer, pos: int) -> tuple[CreatableReplicaAssignment, int]:
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_BrokerIds = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_BrokerIds = []
        pos += 4
    else:
        v_BrokerIds, pos = farr_k(buf, pos, 'i', 4)
    return CreatableReplicaAssignment(
        PartitionIndex=v_PartitionIndex,
        BrokerIds=v_BrokerIds,
    ), pos


def _e_CreatableReplicaAssignment_v0(out: bytearray, m: CreatableReplicaAssignment) -> None:
    out += _P0.pack(m.PartitionIndex)
    a_BrokerIds = m.BrokerIds
    n = len(a_BrokerIds)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_BrokerIds)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_BrokerIds, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatableReplicaAssignment_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_CreatableReplicaAssignment_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'BrokerIds':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_CreatableTopicConfig_v0(buf: Buffer, pos: int) -> tuple[CreatableTopicConfig, int]:
    v_Name, pos = str_k(buf, pos)
    v_Value, pos = nstr_k(buf, pos)
    return CreatableTopicConfig(
        Name=v_Name,
        Value=v_Value,
    ), pos


def _e_CreatableTopicConfig_v0(out: bytearray, m: CreatableTopicConfig) -> None:
    w_str_k(out, m.Name)
    w_nstr_k(out, m.Value)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatableTopicConfig_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_CreatableTopicConfig_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Value':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_CreatableTopic_v0(buf: Buffer, pos: int) -> tuple[CreatableTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_NumPartitions, v_ReplicationFactor = _P1.unpack_from(buf, pos)
    pos += 6
    v_Assignments, pos = arr_k(_d_CreatableReplicaAssignment_v0, buf, pos)
    v_Configs, pos = arr_k(_d_CreatableTopicConfig_v0, buf, pos)
    return CreatableTopic(
        Name=v_Name,
        NumPartitions=v_NumPartitions,
        ReplicationFactor=v_ReplicationFactor,
        Assignments=v_Assignments,
        Configs=v_Configs,
    ), pos


def _e_CreatableTopic_v0(out: bytearray, m: CreatableTopic) -> None:
    w_str_k(out, m.Name)
    out += _P1.pack(m.NumPartitions, m.ReplicationFactor)
    a_Assignments = m.Assignments
    w_alen_k(out, len(a_Assignments))
    for e_Assignments in a_Assignments:
        _e_CreatableReplicaAssignment_v0(out, e_Assignments)
    a_Configs = m.Configs
    w_alen_k(out, len(a_Configs))
    for e_Configs in a_Configs:
        _e_CreatableTopicConfig_v0(out, e_Configs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatableTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 6
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableReplicaAssignment_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicConfig_v0(buf, pos)
    return pos


def _o_CreatableTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'NumPartitions':
        return pos
    pos += 4
    if stop == 'ReplicationFactor':
        return pos
    pos += 2
    if stop == 'Assignments':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableReplicaAssignment_v0(buf, pos)
    if stop == 'Configs':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicConfig_v0(buf, pos)
    return pos


def _d_CreateTopicsRequest_v0(buf: Buffer, pos: int) -> tuple[CreateTopicsRequest, int]:
    v_Topics, pos = arr_k(_d_CreatableTopic_v0, buf, pos)
    (v_TimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    return CreateTopicsRequest(
        Topics=v_Topics,
        TimeoutMs=v_TimeoutMs,
    ), pos


def _e_CreateTopicsRequest_v0(out: bytearray, m: CreateTopicsRequest) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatableTopic_v0(out, e_Topics)
    out += _P0.pack(m.TimeoutMs)
    if non_default(m.ValidateOnly, False):
        raise EncodeError('ValidateOnly')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateTopicsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopic_v0(buf, pos)
    pos += 4
    return pos


def _o_CreateTopicsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopic_v0(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


def _d_CreateTopicsRequest_v1(buf: Buffer, pos: int) -> tuple[CreateTopicsRequest, int]:
    v_Topics, pos = arr_k(_d_CreatableTopic_v0, buf, pos)
    v_TimeoutMs, v_ValidateOnly = _P2.unpack_from(buf, pos)
    pos += 5
    return CreateTopicsRequest(
        Topics=v_Topics,
        TimeoutMs=v_TimeoutMs,
        ValidateOnly=v_ValidateOnly,
    ), pos


def _e_CreateTopicsRequest_v1(out: bytearray, m: CreateTopicsRequest) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatableTopic_v0(out, e_Topics)
    out += _P2.pack(m.TimeoutMs, m.ValidateOnly)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateTopicsRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopic_v0(buf, pos)
    pos += 5
    return pos


def _o_CreateTopicsRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopic_v0(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'ValidateOnly':
        return pos
    pos += 1
    return pos


def _d_CreatableReplicaAssignment_v5(buf: Buffer, pos: int) -> tuple[CreatableReplicaAssignment, int]:
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if 1 < n <= 65:
        v_BrokerIds = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_BrokerIds = []
        pos += 1
    else:
        v_BrokerIds, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatableReplicaAssignment(
        PartitionIndex=v_PartitionIndex,
        BrokerIds=v_BrokerIds,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatableReplicaAssignment_v5(out: bytearray, m: CreatableReplicaAssignment) -> None:
    out += _P0.pack(m.PartitionIndex)
    a_BrokerIds = m.BrokerIds
    n = len(a_BrokerIds)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_BrokerIds)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_BrokerIds, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatableReplicaAssignment_v5(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatableReplicaAssignment_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'BrokerIds':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_CreatableTopicConfig_v5(buf: Buffer, pos: int) -> tuple[CreatableTopicConfig, int]:
    v_Name, pos = str_c(buf, pos)
    v_Value, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatableTopicConfig(
        Name=v_Name,
        Value=v_Value,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatableTopicConfig_v5(out: bytearray, m: CreatableTopicConfig) -> None:
    w_str_c(out, m.Name)
    w_nstr_c(out, m.Value)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatableTopicConfig_v5(buf: Buffer, pos: int) -> int:
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatableTopicConfig_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Value':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_CreatableTopic_v5(buf: Buffer, pos: int) -> tuple[CreatableTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_NumPartitions, v_ReplicationFactor = _P1.unpack_from(buf, pos)
    pos += 6
    v_Assignments, pos = arr_c(_d_CreatableReplicaAssignment_v5, buf, pos)
    v_Configs, pos = arr_c(_d_CreatableTopicConfig_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatableTopic(
        Name=v_Name,
        NumPartitions=v_NumPartitions,
        ReplicationFactor=v_ReplicationFactor,
        Assignments=v_Assignments,
        Configs=v_Configs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatableTopic_v5(out: bytearray, m: CreatableTopic) -> None:
    w_str_c(out, m.Name)
    out += _P1.pack(m.NumPartitions, m.ReplicationFactor)
    a_Assignments = m.Assignments
    w_alen_c(out, len(a_Assignments))
    for e_Assignments in a_Assignments:
        _e_CreatableReplicaAssignment_v5(out, e_Assignments)
    a_Configs = m.Configs
    w_alen_c(out, len(a_Configs))
    for e_Configs in a_Configs:
        _e_CreatableTopicConfig_v5(out, e_Configs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatableTopic_v5(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableReplicaAssignment_v5(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicConfig_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatableTopic_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'NumPartitions':
        return pos
    pos += 4
    if stop == 'ReplicationFactor':
        return pos
    pos += 2
    if stop == 'Assignments':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableReplicaAssignment_v5(buf, pos)
    if stop == 'Configs':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicConfig_v5(buf, pos)
    return pos


def _d_CreateTopicsRequest_v5(buf: Buffer, pos: int) -> tuple[CreateTopicsRequest, int]:
    v_Topics, pos = arr_c(_d_CreatableTopic_v5, buf, pos)
    v_TimeoutMs, v_ValidateOnly = _P2.unpack_from(buf, pos)
    pos += 5
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateTopicsRequest(
        Topics=v_Topics,
        TimeoutMs=v_TimeoutMs,
        ValidateOnly=v_ValidateOnly,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateTopicsRequest_v5(out: bytearray, m: CreateTopicsRequest) -> None:
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatableTopic_v5(out, e_Topics)
    out += _P2.pack(m.TimeoutMs, m.ValidateOnly)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateTopicsRequest_v5(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopic_v5(buf, pos)
    pos += 5
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateTopicsRequest_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopic_v5(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'ValidateOnly':
        return pos
    pos += 1
    return pos


CreatableReplicaAssignment.INFO = StructInfo('CreatableReplicaAssignment', (
    FieldInfo('PartitionIndex', 'int32', (0, 7)),
    FieldInfo('BrokerIds', '[]int32', (0, 7)),
), (5, 7))

CreatableTopicConfig.INFO = StructInfo('CreatableTopicConfig', (
    FieldInfo('Name', 'string', (0, 7)),
    FieldInfo('Value', 'string', (0, 7), nullable=(0, 7)),
), (5, 7))

CreatableTopic.INFO = StructInfo('CreatableTopic', (
    FieldInfo('Name', 'string', (0, 7)),
    FieldInfo('NumPartitions', 'int32', (0, 7)),
    FieldInfo('ReplicationFactor', 'int16', (0, 7)),
    FieldInfo('Assignments', '[]struct', (0, 7), struct=CreatableReplicaAssignment),
    FieldInfo('Configs', '[]struct', (0, 7), struct=CreatableTopicConfig),
), (5, 7))

CreateTopicsRequest.INFO = StructInfo('CreateTopicsRequest', (
    FieldInfo('Topics', '[]struct', (0, 7), struct=CreatableTopic),
    FieldInfo('TimeoutMs', 'int32', (0, 7), default=60000),
    FieldInfo('ValidateOnly', 'bool', (1, 7), default=False),
), (5, 7))

CreatableReplicaAssignment.DECODERS = {
    0: _d_CreatableReplicaAssignment_v0,
    1: _d_CreatableReplicaAssignment_v0,
    2: _d_CreatableReplicaAssignment_v0,
    3: _d_CreatableReplicaAssignment_v0,
    4: _d_CreatableReplicaAssignment_v0,
    5: _d_CreatableReplicaAssignment_v5,
    6: _d_CreatableReplicaAssignment_v5,
    7: _d_CreatableReplicaAssignment_v5,
}

CreatableReplicaAssignment.ENCODERS = {
    0: _e_CreatableReplicaAssignment_v0,
    1: _e_CreatableReplicaAssignment_v0,
    2: _e_CreatableReplicaAssignment_v0,
    3: _e_CreatableReplicaAssignment_v0,
    4: _e_CreatableReplicaAssignment_v0,
    5: _e_CreatableReplicaAssignment_v5,
    6: _e_CreatableReplicaAssignment_v5,
    7: _e_CreatableReplicaAssignment_v5,
}

CreatableReplicaAssignment.SKIPPERS = {
    0: _s_CreatableReplicaAssignment_v0,
    1: _s_CreatableReplicaAssignment_v0,
    2: _s_CreatableReplicaAssignment_v0,
    3: _s_CreatableReplicaAssignment_v0,
    4: _s_CreatableReplicaAssignment_v0,
    5: _s_CreatableReplicaAssignment_v5,
    6: _s_CreatableReplicaAssignment_v5,
    7: _s_CreatableReplicaAssignment_v5,
}

CreatableReplicaAssignment.SEEKERS = {
    0: _o_CreatableReplicaAssignment_v0,
    1: _o_CreatableReplicaAssignment_v0,
    2: _o_CreatableReplicaAssignment_v0,
    3: _o_CreatableReplicaAssignment_v0,
    4: _o_CreatableReplicaAssignment_v0,
    5: _o_CreatableReplicaAssignment_v5,
    6: _o_CreatableReplicaAssignment_v5,
    7: _o_CreatableReplicaAssignment_v5,
}

CreatableTopicConfig.DECODERS = {
    0: _d_CreatableTopicConfig_v0,
    1: _d_CreatableTopicConfig_v0,
    2: _d_CreatableTopicConfig_v0,
    3: _d_CreatableTopicConfig_v0,
    4: _d_CreatableTopicConfig_v0,
    5: _d_CreatableTopicConfig_v5,
    6: _d_CreatableTopicConfig_v5,
    7: _d_CreatableTopicConfig_v5,
}

CreatableTopicConfig.ENCODERS = {
    0: _e_CreatableTopicConfig_v0,
    1: _e_CreatableTopicConfig_v0,
    2: _e_CreatableTopicConfig_v0,
    3: _e_CreatableTopicConfig_v0,
    4: _e_CreatableTopicConfig_v0,
    5: _e_CreatableTopicConfig_v5,
    6: _e_CreatableTopicConfig_v5,
    7: _e_CreatableTopicConfig_v5,
}

CreatableTopicConfig.SKIPPERS = {
    0: _s_CreatableTopicConfig_v0,
    1: _s_CreatableTopicConfig_v0,
    2: _s_CreatableTopicConfig_v0,
    3: _s_CreatableTopicConfig_v0,
    4: _s_CreatableTopicConfig_v0,
    5: _s_CreatableTopicConfig_v5,
    6: _s_CreatableTopicConfig_v5,
    7: _s_CreatableTopicConfig_v5,
}

CreatableTopicConfig.SEEKERS = {
    0: _o_CreatableTopicConfig_v0,
    1: _o_CreatableTopicConfig_v0,
    2: _o_CreatableTopicConfig_v0,
    3: _o_CreatableTopicConfig_v0,
    4: _o_CreatableTopicConfig_v0,
    5: _o_CreatableTopicConfig_v5,
    6: _o_CreatableTopicConfig_v5,
    7: _o_CreatableTopicConfig_v5,
}

CreatableTopic.DECODERS = {
    0: _d_CreatableTopic_v0,
    1: _d_CreatableTopic_v0,
    2: _d_CreatableTopic_v0,
    3: _d_CreatableTopic_v0,
    4: _d_CreatableTopic_v0,
    5: _d_CreatableTopic_v5,
    6: _d_CreatableTopic_v5,
    7: _d_CreatableTopic_v5,
}

CreatableTopic.ENCODERS = {
    0: _e_CreatableTopic_v0,
    1: _e_CreatableTopic_v0,
    2: _e_CreatableTopic_v0,
    3: _e_CreatableTopic_v0,
    4: _e_CreatableTopic_v0,
    5: _e_CreatableTopic_v5,
    6: _e_CreatableTopic_v5,
    7: _e_CreatableTopic_v5,
}

CreatableTopic.SKIPPERS = {
    0: _s_CreatableTopic_v0,
    1: _s_CreatableTopic_v0,
    2: _s_CreatableTopic_v0,
    3: _s_CreatableTopic_v0,
    4: _s_CreatableTopic_v0,
    5: _s_CreatableTopic_v5,
    6: _s_CreatableTopic_v5,
    7: _s_CreatableTopic_v5,
}

CreatableTopic.SEEKERS = {
    0: _o_CreatableTopic_v0,
    1: _o_CreatableTopic_v0,
    2: _o_CreatableTopic_v0,
    3: _o_CreatableTopic_v0,
    4: _o_CreatableTopic_v0,
    5: _o_CreatableTopic_v5,
    6: _o_CreatableTopic_v5,
    7: _o_CreatableTopic_v5,
}

CreateTopicsRequest.DECODERS = {
    0: _d_CreateTopicsRequest_v0,
    1: _d_CreateTopicsRequest_v1,
    2: _d_CreateTopicsRequest_v1,
    3: _d_CreateTopicsRequest_v1,
    4: _d_CreateTopicsRequest_v1,
    5: _d_CreateTopicsRequest_v5,
    6: _d_CreateTopicsRequest_v5,
    7: _d_CreateTopicsRequest_v5,
}

CreateTopicsRequest.ENCODERS = {
    0: _e_CreateTopicsRequest_v0,
    1: _e_CreateTopicsRequest_v1,
    2: _e_CreateTopicsRequest_v1,
    3: _e_CreateTopicsRequest_v1,
    4: _e_CreateTopicsRequest_v1,
    5: _e_CreateTopicsRequest_v5,
    6: _e_CreateTopicsRequest_v5,
    7: _e_CreateTopicsRequest_v5,
}

CreateTopicsRequest.SKIPPERS = {
    0: _s_CreateTopicsRequest_v0,
    1: _s_CreateTopicsRequest_v1,
    2: _s_CreateTopicsRequest_v1,
    3: _s_CreateTopicsRequest_v1,
    4: _s_CreateTopicsRequest_v1,
    5: _s_CreateTopicsRequest_v5,
    6: _s_CreateTopicsRequest_v5,
    7: _s_CreateTopicsRequest_v5,
}

CreateTopicsRequest.SEEKERS = {
    0: _o_CreateTopicsRequest_v0,
    1: _o_CreateTopicsRequest_v1,
    2: _o_CreateTopicsRequest_v1,
    3: _o_CreateTopicsRequest_v1,
    4: _o_CreateTopicsRequest_v1,
    5: _o_CreateTopicsRequest_v5,
    6: _o_CreateTopicsRequest_v5,
    7: _o_CreateTopicsRequest_v5,
}
