"""AlterPartitionRequest: generated from specs/AlterPartitionRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    farr_c,
    non_default,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_farr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>ii')
_P1 = Struct('>i')
_P2 = Struct('>iq')
_P3 = Struct('>bi')
_P4 = Struct('>16s')
_A_int32 = array_formats('i')


class BrokerState(KafkaStruct, kw_only=True, gc=False):
    """An element of PartitionData.NewIsrWithEpochs."""

    BrokerId: int = MISSING
    BrokerEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicData.Partitions."""

    PartitionIndex: int = MISSING
    LeaderEpoch: int = MISSING
    NewIsr: list[int] = MISSING
    NewIsrWithEpochs: list[BrokerState] = MISSING
    LeaderRecoveryState: int = 0
    PartitionEpoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterPartitionRequest.Topics."""

    TopicName: str = MISSING
    TopicId: bytes = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterPartitionRequest(Message, kw_only=True, gc=False):
    """AlterPartitionRequest (API key 56), v0-v3; from specs/AlterPartitionRequest.json."""

    API_KEY = 56
    KIND = 'request'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    BrokerId: int = MISSING
    BrokerEpoch: int = -1
    Topics: list[TopicData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 8
    n = buf[pos]
    if 1 < n <= 65:
        v_NewIsr = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_NewIsr = []
        pos += 1
    else:
        v_NewIsr, pos = farr_c(buf, pos, 'i', 4)
    (v_PartitionEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        LeaderEpoch=v_LeaderEpoch,
        NewIsr=v_NewIsr,
        NewIsrWithEpochs=[],
        PartitionEpoch=v_PartitionEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.LeaderEpoch)
    a_NewIsr = m.NewIsr
    n = len(a_NewIsr)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_NewIsr)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_NewIsr, 'i')
    if non_default(m.NewIsrWithEpochs, []):
        raise EncodeError('NewIsrWithEpochs')
    if non_default(m.LeaderRecoveryState, 0):
        raise EncodeError('LeaderRecoveryState')
    out += _P1.pack(m.PartitionEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'NewIsr':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    return pos


def _d_TopicData_v0(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName=v_TopicName,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v0(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
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
        pos = _s_PartitionData_v0(buf, pos)
    return pos


def _d_AlterPartitionRequest_v0(buf: Buffer, pos: int) -> tuple[AlterPartitionRequest, int]:
    v_BrokerId, v_BrokerEpoch = _P2.unpack_from(buf, pos)
    pos += 12
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionRequest_v0(out: bytearray, m: AlterPartitionRequest) -> None:
    out += _P2.pack(m.BrokerId, m.BrokerEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 12
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _d_PartitionData_v1(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 8
    n = buf[pos]
    if 1 < n <= 65:
        v_NewIsr = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_NewIsr = []
        pos += 1
    else:
        v_NewIsr, pos = farr_c(buf, pos, 'i', 4)
    v_LeaderRecoveryState, v_PartitionEpoch = _P3.unpack_from(buf, pos)
    pos += 5
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        LeaderEpoch=v_LeaderEpoch,
        NewIsr=v_NewIsr,
        NewIsrWithEpochs=[],
        LeaderRecoveryState=v_LeaderRecoveryState,
        PartitionEpoch=v_PartitionEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v1(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.LeaderEpoch)
    a_NewIsr = m.NewIsr
    n = len(a_NewIsr)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_NewIsr)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_NewIsr, 'i')
    if non_default(m.NewIsrWithEpochs, []):
        raise EncodeError('NewIsrWithEpochs')
    out += _P3.pack(m.LeaderRecoveryState, m.PartitionEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v1(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 5
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'NewIsr':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'LeaderRecoveryState':
        return pos
    pos += 1
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    return pos


def _d_TopicData_v1(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_PartitionData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName=v_TopicName,
        TopicId=bytes(16),
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v1(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.TopicName)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v1(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
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
        pos = _s_PartitionData_v1(buf, pos)
    return pos


def _d_AlterPartitionRequest_v1(buf: Buffer, pos: int) -> tuple[AlterPartitionRequest, int]:
    v_BrokerId, v_BrokerEpoch = _P2.unpack_from(buf, pos)
    pos += 12
    v_Topics, pos = arr_c(_d_TopicData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionRequest_v1(out: bytearray, m: AlterPartitionRequest) -> None:
    out += _P2.pack(m.BrokerId, m.BrokerEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v1(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 12
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v1(buf, pos)
    return pos


def _d_TopicData_v2(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    (v_TopicId,) = _P4.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName="",
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v2(out: bytearray, m: TopicData) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v1(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v2(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v1(buf, pos)
    return pos


def _d_AlterPartitionRequest_v2(buf: Buffer, pos: int) -> tuple[AlterPartitionRequest, int]:
    v_BrokerId, v_BrokerEpoch = _P2.unpack_from(buf, pos)
    pos += 12
    v_Topics, pos = arr_c(_d_TopicData_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionRequest_v2(out: bytearray, m: AlterPartitionRequest) -> None:
    out += _P2.pack(m.BrokerId, m.BrokerEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v2(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 12
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v2(buf, pos)
    return pos


def _d_BrokerState_v3(buf: Buffer, pos: int) -> tuple[BrokerState, int]:
    v_BrokerId, v_BrokerEpoch = _P2.unpack_from(buf, pos)
    pos += 12
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BrokerState(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerState_v3(out: bytearray, m: BrokerState) -> None:
    out += _P2.pack(m.BrokerId, m.BrokerEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BrokerState_v3(buf: Buffer, pos: int) -> int:
    pos += 12
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerState_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    return pos


def _d_PartitionData_v3(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 8
    v_NewIsrWithEpochs, pos = arr_c(_d_BrokerState_v3, buf, pos)
    v_LeaderRecoveryState, v_PartitionEpoch = _P3.unpack_from(buf, pos)
    pos += 5
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        LeaderEpoch=v_LeaderEpoch,
        NewIsr=[],
        NewIsrWithEpochs=v_NewIsrWithEpochs,
        LeaderRecoveryState=v_LeaderRecoveryState,
        PartitionEpoch=v_PartitionEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v3(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.LeaderEpoch)
    if non_default(m.NewIsr, []):
        raise EncodeError('NewIsr')
    a_NewIsrWithEpochs = m.NewIsrWithEpochs
    w_alen_c(out, len(a_NewIsrWithEpochs))
    for e_NewIsrWithEpochs in a_NewIsrWithEpochs:
        _e_BrokerState_v3(out, e_NewIsrWithEpochs)
    out += _P3.pack(m.LeaderRecoveryState, m.PartitionEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v3(buf: Buffer, pos: int) -> int:
    pos += 8
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_BrokerState_v3(buf, pos)
    pos += 5
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'NewIsrWithEpochs':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_BrokerState_v3(buf, pos)
    if stop == 'LeaderRecoveryState':
        return pos
    pos += 1
    if stop == 'PartitionEpoch':
        return pos
    pos += 4
    return pos


def _d_TopicData_v3(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    (v_TopicId,) = _P4.unpack_from(buf, pos)
    pos += 16
    v_Partitions, pos = arr_c(_d_PartitionData_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicData(
        TopicName="",
        TopicId=v_TopicId,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v3(out: bytearray, m: TopicData) -> None:
    w_uuid(out, m.TopicId)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_PartitionData_v3(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicData_v3(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicData_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionData_v3(buf, pos)
    return pos


def _d_AlterPartitionRequest_v3(buf: Buffer, pos: int) -> tuple[AlterPartitionRequest, int]:
    v_BrokerId, v_BrokerEpoch = _P2.unpack_from(buf, pos)
    pos += 12
    v_Topics, pos = arr_c(_d_TopicData_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionRequest_v3(out: bytearray, m: AlterPartitionRequest) -> None:
    out += _P2.pack(m.BrokerId, m.BrokerEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v3(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionRequest_v3(buf: Buffer, pos: int) -> int:
    pos += 12
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v3(buf, pos)
    return pos


BrokerState.INFO = StructInfo('BrokerState', (
    FieldInfo('BrokerId', 'int32', (3, 3)),
    FieldInfo('BrokerEpoch', 'int64', (3, 3), default=-1),
), (0, 3))

PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 3)),
    FieldInfo('LeaderEpoch', 'int32', (0, 3)),
    FieldInfo('NewIsr', '[]int32', (0, 2)),
    FieldInfo('NewIsrWithEpochs', '[]struct', (3, 3), struct=BrokerState),
    FieldInfo('LeaderRecoveryState', 'int8', (1, 3), default=0),
    FieldInfo('PartitionEpoch', 'int32', (0, 3)),
), (0, 3))

TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('TopicName', 'string', (0, 1), ignorable=True),
    FieldInfo('TopicId', 'uuid', (2, 3), ignorable=True),
    FieldInfo('Partitions', '[]struct', (0, 3), struct=PartitionData),
), (0, 3))

AlterPartitionRequest.INFO = StructInfo('AlterPartitionRequest', (
    FieldInfo('BrokerId', 'int32', (0, 3)),
    FieldInfo('BrokerEpoch', 'int64', (0, 3), default=-1),
    FieldInfo('Topics', '[]struct', (0, 3), struct=TopicData),
), (0, 3))

BrokerState.DECODERS = {
    3: _d_BrokerState_v3,
}

BrokerState.ENCODERS = {
    3: _e_BrokerState_v3,
}

BrokerState.SKIPPERS = {
    3: _s_BrokerState_v3,
}

BrokerState.SEEKERS = {
    3: _o_BrokerState_v3,
}

PartitionData.DECODERS = {
    0: _d_PartitionData_v0,
    1: _d_PartitionData_v1,
    2: _d_PartitionData_v1,
    3: _d_PartitionData_v3,
}

PartitionData.ENCODERS = {
    0: _e_PartitionData_v0,
    1: _e_PartitionData_v1,
    2: _e_PartitionData_v1,
    3: _e_PartitionData_v3,
}

PartitionData.SKIPPERS = {
    0: _s_PartitionData_v0,
    1: _s_PartitionData_v1,
    2: _s_PartitionData_v1,
    3: _s_PartitionData_v3,
}

PartitionData.SEEKERS = {
    0: _o_PartitionData_v0,
    1: _o_PartitionData_v1,
    2: _o_PartitionData_v1,
    3: _o_PartitionData_v3,
}

TopicData.DECODERS = {
    0: _d_TopicData_v0,
    1: _d_TopicData_v1,
    2: _d_TopicData_v2,
    3: _d_TopicData_v3,
}

TopicData.ENCODERS = {
    0: _e_TopicData_v0,
    1: _e_TopicData_v1,
    2: _e_TopicData_v2,
    3: _e_TopicData_v3,
}

TopicData.SKIPPERS = {
    0: _s_TopicData_v0,
    1: _s_TopicData_v1,
    2: _s_TopicData_v2,
    3: _s_TopicData_v3,
}

TopicData.SEEKERS = {
    0: _o_TopicData_v0,
    1: _o_TopicData_v1,
    2: _o_TopicData_v2,
    3: _o_TopicData_v3,
}

AlterPartitionRequest.DECODERS = {
    0: _d_AlterPartitionRequest_v0,
    1: _d_AlterPartitionRequest_v1,
    2: _d_AlterPartitionRequest_v2,
    3: _d_AlterPartitionRequest_v3,
}

AlterPartitionRequest.ENCODERS = {
    0: _e_AlterPartitionRequest_v0,
    1: _e_AlterPartitionRequest_v1,
    2: _e_AlterPartitionRequest_v2,
    3: _e_AlterPartitionRequest_v3,
}

AlterPartitionRequest.SKIPPERS = {
    0: _s_AlterPartitionRequest_v0,
    1: _s_AlterPartitionRequest_v1,
    2: _s_AlterPartitionRequest_v2,
    3: _s_AlterPartitionRequest_v3,
}

AlterPartitionRequest.SEEKERS = {
    0: _o_AlterPartitionRequest_v0,
    1: _o_AlterPartitionRequest_v1,
    2: _o_AlterPartitionRequest_v2,
    3: _o_AlterPartitionRequest_v3,
}
