"""AlterPartitionResponse: generated from specs/AlterPartitionResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>ihii')
_P1 = Struct('>i')
_P2 = Struct('>ih')
_P3 = Struct('>bi')
_P4 = Struct('>16s')
_A_int32 = array_formats('i')


class PartitionData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicData.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    LeaderId: int = MISSING
    LeaderEpoch: int = MISSING
    Isr: list[int] = MISSING
    LeaderRecoveryState: int = 0
    PartitionEpoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterPartitionResponse.Topics."""

    TopicName: str = MISSING
    TopicId: bytes = MISSING
    Partitions: list[PartitionData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterPartitionResponse(Message, kw_only=True, gc=False):
    """AlterPartitionResponse (API key 56), v0-v3; from specs/AlterPartitionResponse.json."""

    API_KEY = 56
    KIND = 'response'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    Topics: list[TopicData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionData_v0(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_LeaderId, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 14
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
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        PartitionEpoch=v_PartitionEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v0(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode, m.LeaderId, m.LeaderEpoch)
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
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v0(buf: Buffer, pos: int) -> int:
    pos += 14
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'LeaderId':
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


def _d_AlterPartitionResponse_v0(buf: Buffer, pos: int) -> tuple[AlterPartitionResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionResponse_v0(out: bytearray, m: AlterPartitionResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _d_PartitionData_v1(buf: Buffer, pos: int) -> tuple[PartitionData, int]:
    v_PartitionIndex, v_ErrorCode, v_LeaderId, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 14
    n = buf[pos]
    if 1 < n <= 65:
        v_Isr = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Isr = []
        pos += 1
    else:
        v_Isr, pos = farr_c(buf, pos, 'i', 4)
    v_LeaderRecoveryState, v_PartitionEpoch = _P3.unpack_from(buf, pos)
    pos += 5
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionData(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        Isr=v_Isr,
        LeaderRecoveryState=v_LeaderRecoveryState,
        PartitionEpoch=v_PartitionEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionData_v1(out: bytearray, m: PartitionData) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode, m.LeaderId, m.LeaderEpoch)
    a_Isr = m.Isr
    n = len(a_Isr)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Isr)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Isr, 'i')
    out += _P3.pack(m.LeaderRecoveryState, m.PartitionEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionData_v1(buf: Buffer, pos: int) -> int:
    pos += 14
    n, pos = count_c(buf, pos)
    pos += 4 * n
    pos += 5
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
    if stop == 'Isr':
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


def _d_AlterPartitionResponse_v1(buf: Buffer, pos: int) -> tuple[AlterPartitionResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_Topics, pos = arr_c(_d_TopicData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionResponse_v1(out: bytearray, m: AlterPartitionResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v1(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
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


def _d_AlterPartitionResponse_v2(buf: Buffer, pos: int) -> tuple[AlterPartitionResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    v_Topics, pos = arr_c(_d_TopicData_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionResponse_v2(out: bytearray, m: AlterPartitionResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v2(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v2(buf, pos)
    return pos


PartitionData.INFO = StructInfo('PartitionData', (
    FieldInfo('PartitionIndex', 'int32', (0, 3)),
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('LeaderId', 'int32', (0, 3)),
    FieldInfo('LeaderEpoch', 'int32', (0, 3)),
    FieldInfo('Isr', '[]int32', (0, 3)),
    FieldInfo('LeaderRecoveryState', 'int8', (1, 3), default=0, ignorable=True),
    FieldInfo('PartitionEpoch', 'int32', (0, 3)),
), (0, 3))

TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('TopicName', 'string', (0, 1), ignorable=True),
    FieldInfo('TopicId', 'uuid', (2, 3), ignorable=True),
    FieldInfo('Partitions', '[]struct', (0, 3), struct=PartitionData),
), (0, 3))

AlterPartitionResponse.INFO = StructInfo('AlterPartitionResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 3)),
    FieldInfo('ErrorCode', 'int16', (0, 3)),
    FieldInfo('Topics', '[]struct', (0, 3), struct=TopicData),
), (0, 3))

PartitionData.DECODERS = {
    0: _d_PartitionData_v0,
    1: _d_PartitionData_v1,
    2: _d_PartitionData_v1,
    3: _d_PartitionData_v1,
}

PartitionData.ENCODERS = {
    0: _e_PartitionData_v0,
    1: _e_PartitionData_v1,
    2: _e_PartitionData_v1,
    3: _e_PartitionData_v1,
}

PartitionData.SKIPPERS = {
    0: _s_PartitionData_v0,
    1: _s_PartitionData_v1,
    2: _s_PartitionData_v1,
    3: _s_PartitionData_v1,
}

PartitionData.SEEKERS = {
    0: _o_PartitionData_v0,
    1: _o_PartitionData_v1,
    2: _o_PartitionData_v1,
    3: _o_PartitionData_v1,
}

TopicData.DECODERS = {
    0: _d_TopicData_v0,
    1: _d_TopicData_v1,
    2: _d_TopicData_v2,
    3: _d_TopicData_v2,
}

TopicData.ENCODERS = {
    0: _e_TopicData_v0,
    1: _e_TopicData_v1,
    2: _e_TopicData_v2,
    3: _e_TopicData_v2,
}

TopicData.SKIPPERS = {
    0: _s_TopicData_v0,
    1: _s_TopicData_v1,
    2: _s_TopicData_v2,
    3: _s_TopicData_v2,
}

TopicData.SEEKERS = {
    0: _o_TopicData_v0,
    1: _o_TopicData_v1,
    2: _o_TopicData_v2,
    3: _o_TopicData_v2,
}

AlterPartitionResponse.DECODERS = {
    0: _d_AlterPartitionResponse_v0,
    1: _d_AlterPartitionResponse_v1,
    2: _d_AlterPartitionResponse_v2,
    3: _d_AlterPartitionResponse_v2,
}

AlterPartitionResponse.ENCODERS = {
    0: _e_AlterPartitionResponse_v0,
    1: _e_AlterPartitionResponse_v1,
    2: _e_AlterPartitionResponse_v2,
    3: _e_AlterPartitionResponse_v2,
}

AlterPartitionResponse.SKIPPERS = {
    0: _s_AlterPartitionResponse_v0,
    1: _s_AlterPartitionResponse_v1,
    2: _s_AlterPartitionResponse_v2,
    3: _s_AlterPartitionResponse_v2,
}

AlterPartitionResponse.SEEKERS = {
    0: _o_AlterPartitionResponse_v0,
    1: _o_AlterPartitionResponse_v1,
    2: _o_AlterPartitionResponse_v2,
    3: _o_AlterPartitionResponse_v2,
}
