"""DescribeLogDirsResponse: generated from specs/DescribeLogDirsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>iqq?')
_P1 = Struct('>h')
_P2 = Struct('>i')
_P3 = Struct('>ih')
_P4 = Struct('>qq')


class DescribeLogDirsPartition(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeLogDirsTopic.Partitions."""

    PartitionIndex: int = MISSING
    PartitionSize: int = MISSING
    OffsetLag: int = MISSING
    IsFutureKey: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeLogDirsTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeLogDirsResult.Topics."""

    Name: str = MISSING
    Partitions: list[DescribeLogDirsPartition] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeLogDirsResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeLogDirsResponse.Results."""

    ErrorCode: int = MISSING
    LogDir: str = MISSING
    Topics: list[DescribeLogDirsTopic] = MISSING
    TotalBytes: int = -1
    UsableBytes: int = -1
    unknown_tags: dict[int, Buffer] | None = None


class DescribeLogDirsResponse(Message, kw_only=True, gc=False):
    """DescribeLogDirsResponse (API key 35), v0-v4; from specs/DescribeLogDirsResponse.json."""

    API_KEY = 35
    KIND = 'response'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    Results: list[DescribeLogDirsResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeLogDirsPartition_v0(buf: Buffer, pos: int) -> tuple[DescribeLogDirsPartition, int]:
    v_PartitionIndex, v_PartitionSize, v_OffsetLag, v_IsFutureKey = _P0.unpack_from(buf, pos)
    pos += 21
    return DescribeLogDirsPartition(
        PartitionIndex=v_PartitionIndex,
        PartitionSize=v_PartitionSize,
        OffsetLag=v_OffsetLag,
        IsFutureKey=v_IsFutureKey,
    ), pos


def _e_DescribeLogDirsPartition_v0(out: bytearray, m: DescribeLogDirsPartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.PartitionSize, m.OffsetLag, m.IsFutureKey)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeLogDirsPartition_v0(buf: Buffer, pos: int) -> int:
    pos += 21
    return pos


def _o_DescribeLogDirsPartition_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'PartitionSize':
        return pos
    pos += 8
    if stop == 'OffsetLag':
        return pos
    pos += 8
    if stop == 'IsFutureKey':
        return pos
    pos += 1
    return pos


def _d_DescribeLogDirsTopic_v0(buf: Buffer, pos: int) -> tuple[DescribeLogDirsTopic, int]:
    v_Name, pos = str_k(buf, pos)
    v_Partitions, pos = arr_k(_d_DescribeLogDirsPartition_v0, buf, pos)
    return DescribeLogDirsTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_DescribeLogDirsTopic_v0(out: bytearray, m: DescribeLogDirsTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_k(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_DescribeLogDirsPartition_v0(out, e_Partitions)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeLogDirsTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsPartition_v0(buf, pos)
    return pos


def _o_DescribeLogDirsTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsPartition_v0(buf, pos)
    return pos


def _d_DescribeLogDirsResult_v0(buf: Buffer, pos: int) -> tuple[DescribeLogDirsResult, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_LogDir, pos = str_k(buf, pos)
    v_Topics, pos = arr_k(_d_DescribeLogDirsTopic_v0, buf, pos)
    return DescribeLogDirsResult(
        ErrorCode=v_ErrorCode,
        LogDir=v_LogDir,
        Topics=v_Topics,
    ), pos


def _e_DescribeLogDirsResult_v0(out: bytearray, m: DescribeLogDirsResult) -> None:
    out += _P1.pack(m.ErrorCode)
    w_str_k(out, m.LogDir)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DescribeLogDirsTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeLogDirsResult_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsTopic_v0(buf, pos)
    return pos


def _o_DescribeLogDirsResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'LogDir':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsTopic_v0(buf, pos)
    return pos


def _d_DescribeLogDirsResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_k(_d_DescribeLogDirsResult_v0, buf, pos)
    return DescribeLogDirsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        Results=v_Results,
    ), pos


def _e_DescribeLogDirsResponse_v0(out: bytearray, m: DescribeLogDirsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_k(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeLogDirsResult_v0(out, e_Results)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeLogDirsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsResult_v0(buf, pos)
    return pos


def _o_DescribeLogDirsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsResult_v0(buf, pos)
    return pos


def _d_DescribeLogDirsPartition_v2(buf: Buffer, pos: int) -> tuple[DescribeLogDirsPartition, int]:
    v_PartitionIndex, v_PartitionSize, v_OffsetLag, v_IsFutureKey = _P0.unpack_from(buf, pos)
    pos += 21
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeLogDirsPartition(
        PartitionIndex=v_PartitionIndex,
        PartitionSize=v_PartitionSize,
        OffsetLag=v_OffsetLag,
        IsFutureKey=v_IsFutureKey,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeLogDirsPartition_v2(out: bytearray, m: DescribeLogDirsPartition) -> None:
    out += _P0.pack(m.PartitionIndex, m.PartitionSize, m.OffsetLag, m.IsFutureKey)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeLogDirsPartition_v2(buf: Buffer, pos: int) -> int:
    pos += 21
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeLogDirsPartition_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'PartitionSize':
        return pos
    pos += 8
    if stop == 'OffsetLag':
        return pos
    pos += 8
    if stop == 'IsFutureKey':
        return pos
    pos += 1
    return pos


def _d_DescribeLogDirsTopic_v2(buf: Buffer, pos: int) -> tuple[DescribeLogDirsTopic, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_DescribeLogDirsPartition_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeLogDirsTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeLogDirsTopic_v2(out: bytearray, m: DescribeLogDirsTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_DescribeLogDirsPartition_v2(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeLogDirsTopic_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsPartition_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeLogDirsTopic_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_DescribeLogDirsPartition_v2(buf, pos)
    return pos


def _d_DescribeLogDirsResult_v2(buf: Buffer, pos: int) -> tuple[DescribeLogDirsResult, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_LogDir, pos = str_c(buf, pos)
    v_Topics, pos = arr_c(_d_DescribeLogDirsTopic_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeLogDirsResult(
        ErrorCode=v_ErrorCode,
        LogDir=v_LogDir,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeLogDirsResult_v2(out: bytearray, m: DescribeLogDirsResult) -> None:
    out += _P1.pack(m.ErrorCode)
    w_str_c(out, m.LogDir)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DescribeLogDirsTopic_v2(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeLogDirsResult_v2(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsTopic_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeLogDirsResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'LogDir':
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
        pos = _s_DescribeLogDirsTopic_v2(buf, pos)
    return pos


def _d_DescribeLogDirsResponse_v2(buf: Buffer, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_c(_d_DescribeLogDirsResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeLogDirsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeLogDirsResponse_v2(out: bytearray, m: DescribeLogDirsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeLogDirsResult_v2(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeLogDirsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeLogDirsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsResult_v2(buf, pos)
    return pos


def _d_DescribeLogDirsResponse_v3(buf: Buffer, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P3.unpack_from(buf, pos)
    pos += 6
    v_Results, pos = arr_c(_d_DescribeLogDirsResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeLogDirsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeLogDirsResponse_v3(out: bytearray, m: DescribeLogDirsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeLogDirsResult_v2(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeLogDirsResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeLogDirsResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsResult_v2(buf, pos)
    return pos


def _d_DescribeLogDirsResult_v4(buf: Buffer, pos: int) -> tuple[DescribeLogDirsResult, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_LogDir, pos = str_c(buf, pos)
    v_Topics, pos = arr_c(_d_DescribeLogDirsTopic_v2, buf, pos)
    v_TotalBytes, v_UsableBytes = _P4.unpack_from(buf, pos)
    pos += 16
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeLogDirsResult(
        ErrorCode=v_ErrorCode,
        LogDir=v_LogDir,
        Topics=v_Topics,
        TotalBytes=v_TotalBytes,
        UsableBytes=v_UsableBytes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeLogDirsResult_v4(out: bytearray, m: DescribeLogDirsResult) -> None:
    out += _P1.pack(m.ErrorCode)
    w_str_c(out, m.LogDir)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DescribeLogDirsTopic_v2(out, e_Topics)
    out += _P4.pack(m.TotalBytes, m.UsableBytes)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeLogDirsResult_v4(buf: Buffer, pos: int) -> int:
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsTopic_v2(buf, pos)
    pos += 16
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeLogDirsResult_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'LogDir':
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
        pos = _s_DescribeLogDirsTopic_v2(buf, pos)
    if stop == 'TotalBytes':
        return pos
    pos += 8
    if stop == 'UsableBytes':
        return pos
    pos += 8
    return pos


def _d_DescribeLogDirsResponse_v4(buf: Buffer, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P3.unpack_from(buf, pos)
    pos += 6
    v_Results, pos = arr_c(_d_DescribeLogDirsResult_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeLogDirsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeLogDirsResponse_v4(out: bytearray, m: DescribeLogDirsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeLogDirsResult_v4(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeLogDirsResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsResult_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeLogDirsResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeLogDirsResult_v4(buf, pos)
    return pos


DescribeLogDirsPartition.INFO = StructInfo('DescribeLogDirsPartition', (
    FieldInfo('PartitionIndex', 'int32', (0, 4)),
    FieldInfo('PartitionSize', 'int64', (0, 4)),
    FieldInfo('OffsetLag', 'int64', (0, 4)),
    FieldInfo('IsFutureKey', 'bool', (0, 4)),
), (2, 4))

DescribeLogDirsTopic.INFO = StructInfo('DescribeLogDirsTopic', (
    FieldInfo('Name', 'string', (0, 4)),
    FieldInfo('Partitions', '[]struct', (0, 4), struct=DescribeLogDirsPartition),
), (2, 4))

DescribeLogDirsResult.INFO = StructInfo('DescribeLogDirsResult', (
    FieldInfo('ErrorCode', 'int16', (0, 4)),
    FieldInfo('LogDir', 'string', (0, 4)),
    FieldInfo('Topics', '[]struct', (0, 4), struct=DescribeLogDirsTopic),
    FieldInfo('TotalBytes', 'int64', (4, 4), default=-1, ignorable=True),
    FieldInfo('UsableBytes', 'int64', (4, 4), default=-1, ignorable=True),
), (2, 4))

DescribeLogDirsResponse.INFO = StructInfo('DescribeLogDirsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 4)),
    FieldInfo('ErrorCode', 'int16', (3, 4), ignorable=True),
    FieldInfo('Results', '[]struct', (0, 4), struct=DescribeLogDirsResult),
), (2, 4))

DescribeLogDirsPartition.DECODERS = {
    0: _d_DescribeLogDirsPartition_v0,
    1: _d_DescribeLogDirsPartition_v0,
    2: _d_DescribeLogDirsPartition_v2,
    3: _d_DescribeLogDirsPartition_v2,
    4: _d_DescribeLogDirsPartition_v2,
}

DescribeLogDirsPartition.ENCODERS = {
    0: _e_DescribeLogDirsPartition_v0,
    1: _e_DescribeLogDirsPartition_v0,
    2: _e_DescribeLogDirsPartition_v2,
    3: _e_DescribeLogDirsPartition_v2,
    4: _e_DescribeLogDirsPartition_v2,
}

DescribeLogDirsPartition.SKIPPERS = {
    0: _s_DescribeLogDirsPartition_v0,
    1: _s_DescribeLogDirsPartition_v0,
    2: _s_DescribeLogDirsPartition_v2,
    3: _s_DescribeLogDirsPartition_v2,
    4: _s_DescribeLogDirsPartition_v2,
}

DescribeLogDirsPartition.SEEKERS = {
    0: _o_DescribeLogDirsPartition_v0,
    1: _o_DescribeLogDirsPartition_v0,
    2: _o_DescribeLogDirsPartition_v2,
    3: _o_DescribeLogDirsPartition_v2,
    4: _o_DescribeLogDirsPartition_v2,
}

DescribeLogDirsTopic.DECODERS = {
    0: _d_DescribeLogDirsTopic_v0,
    1: _d_DescribeLogDirsTopic_v0,
    2: _d_DescribeLogDirsTopic_v2,
    3: _d_DescribeLogDirsTopic_v2,
    4: _d_DescribeLogDirsTopic_v2,
}

DescribeLogDirsTopic.ENCODERS = {
    0: _e_DescribeLogDirsTopic_v0,
    1: _e_DescribeLogDirsTopic_v0,
    2: _e_DescribeLogDirsTopic_v2,
    3: _e_DescribeLogDirsTopic_v2,
    4: _e_DescribeLogDirsTopic_v2,
}

DescribeLogDirsTopic.SKIPPERS = {
    0: _s_DescribeLogDirsTopic_v0,
    1: _s_DescribeLogDirsTopic_v0,
    2: _s_DescribeLogDirsTopic_v2,
    3: _s_DescribeLogDirsTopic_v2,
    4: _s_DescribeLogDirsTopic_v2,
}

DescribeLogDirsTopic.SEEKERS = {
    0: _o_DescribeLogDirsTopic_v0,
    1: _o_DescribeLogDirsTopic_v0,
    2: _o_DescribeLogDirsTopic_v2,
    3: _o_DescribeLogDirsTopic_v2,
    4: _o_DescribeLogDirsTopic_v2,
}

DescribeLogDirsResult.DECODERS = {
    0: _d_DescribeLogDirsResult_v0,
    1: _d_DescribeLogDirsResult_v0,
    2: _d_DescribeLogDirsResult_v2,
    3: _d_DescribeLogDirsResult_v2,
    4: _d_DescribeLogDirsResult_v4,
}

DescribeLogDirsResult.ENCODERS = {
    0: _e_DescribeLogDirsResult_v0,
    1: _e_DescribeLogDirsResult_v0,
    2: _e_DescribeLogDirsResult_v2,
    3: _e_DescribeLogDirsResult_v2,
    4: _e_DescribeLogDirsResult_v4,
}

DescribeLogDirsResult.SKIPPERS = {
    0: _s_DescribeLogDirsResult_v0,
    1: _s_DescribeLogDirsResult_v0,
    2: _s_DescribeLogDirsResult_v2,
    3: _s_DescribeLogDirsResult_v2,
    4: _s_DescribeLogDirsResult_v4,
}

DescribeLogDirsResult.SEEKERS = {
    0: _o_DescribeLogDirsResult_v0,
    1: _o_DescribeLogDirsResult_v0,
    2: _o_DescribeLogDirsResult_v2,
    3: _o_DescribeLogDirsResult_v2,
    4: _o_DescribeLogDirsResult_v4,
}

DescribeLogDirsResponse.DECODERS = {
    0: _d_DescribeLogDirsResponse_v0,
    1: _d_DescribeLogDirsResponse_v0,
    2: _d_DescribeLogDirsResponse_v2,
    3: _d_DescribeLogDirsResponse_v3,
    4: _d_DescribeLogDirsResponse_v4,
}

DescribeLogDirsResponse.ENCODERS = {
    0: _e_DescribeLogDirsResponse_v0,
    1: _e_DescribeLogDirsResponse_v0,
    2: _e_DescribeLogDirsResponse_v2,
    3: _e_DescribeLogDirsResponse_v3,
    4: _e_DescribeLogDirsResponse_v4,
}

DescribeLogDirsResponse.SKIPPERS = {
    0: _s_DescribeLogDirsResponse_v0,
    1: _s_DescribeLogDirsResponse_v0,
    2: _s_DescribeLogDirsResponse_v2,
    3: _s_DescribeLogDirsResponse_v3,
    4: _s_DescribeLogDirsResponse_v4,
}

DescribeLogDirsResponse.SEEKERS = {
    0: _o_DescribeLogDirsResponse_v0,
    1: _o_DescribeLogDirsResponse_v0,
    2: _o_DescribeLogDirsResponse_v2,
    3: _o_DescribeLogDirsResponse_v3,
    4: _o_DescribeLogDirsResponse_v4,
}
