"""AddPartitionsToTxnResponse: generated from specs/AddPartitionsToTxnResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    non_default,
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

_P0 = Struct('>ih')
_P1 = Struct('>i')


class AddPartitionsToTxnPartitionResult(KafkaStruct, kw_only=True, gc=False):
    """An element of AddPartitionsToTxnTopicResult.ResultsByPartition."""

    PartitionIndex: int = MISSING
    PartitionErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AddPartitionsToTxnTopicResult(KafkaStruct, kw_only=True, gc=False):
    """An element of AddPartitionsToTxnResult.TopicResults."""

    Name: str = MISSING
    ResultsByPartition: list[AddPartitionsToTxnPartitionResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AddPartitionsToTxnResult(KafkaStruct, kw_only=True, gc=False):
    """An element of AddPartitionsToTxnResponse.ResultsByTransaction."""

    TransactionalId: str = MISSING
    TopicResults: list[AddPartitionsToTxnTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AddPartitionsToTxnResponse(Message, kw_only=True, gc=False):
    """AddPartitionsToTxnResponse (API key 24), v0-v5; from specs/AddPartitionsToTxnResponse.json."""

    API_KEY = 24
    KIND = 'response'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ResultsByTransaction: list[AddPartitionsToTxnResult] = MISSING
    ResultsByTopicV3AndBelow: list[AddPartitionsToTxnTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AddPartitionsToTxnPartitionResult_v0(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    v_PartitionIndex, v_PartitionErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return AddPartitionsToTxnPartitionResult(
        PartitionIndex=v_PartitionIndex,
        PartitionErrorCode=v_PartitionErrorCode,
    ), pos


def _e_AddPartitionsToTxnPartitionResult_v0(out: bytearray, m: AddPartitionsToTxnPartitionResult) -> None:
    out += _P0.pack(m.PartitionIndex, m.PartitionErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AddPartitionsToTxnPartitionResult_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_AddPartitionsToTxnPartitionResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'PartitionErrorCode':
        return pos
    pos += 2
    return pos


def _d_AddPartitionsToTxnTopicResult_v0(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnTopicResult, int]:
    v_Name, pos = str_k(buf, pos)
    v_ResultsByPartition, pos = arr_k(_d_AddPartitionsToTxnPartitionResult_v0, buf, pos)
    return AddPartitionsToTxnTopicResult(
        Name=v_Name,
        ResultsByPartition=v_ResultsByPartition,
    ), pos


def _e_AddPartitionsToTxnTopicResult_v0(out: bytearray, m: AddPartitionsToTxnTopicResult) -> None:
    w_str_k(out, m.Name)
    a_ResultsByPartition = m.ResultsByPartition
    w_alen_k(out, len(a_ResultsByPartition))
    for e_ResultsByPartition in a_ResultsByPartition:
        _e_AddPartitionsToTxnPartitionResult_v0(out, e_ResultsByPartition)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AddPartitionsToTxnTopicResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnPartitionResult_v0(buf, pos)
    return pos


def _o_AddPartitionsToTxnTopicResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ResultsByPartition':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnPartitionResult_v0(buf, pos)
    return pos


def _d_AddPartitionsToTxnResponse_v0(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_ResultsByTopicV3AndBelow, pos = arr_k(_d_AddPartitionsToTxnTopicResult_v0, buf, pos)
    return AddPartitionsToTxnResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        ResultsByTransaction=[],
        ResultsByTopicV3AndBelow=v_ResultsByTopicV3AndBelow,
    ), pos


def _e_AddPartitionsToTxnResponse_v0(out: bytearray, m: AddPartitionsToTxnResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.ResultsByTransaction, []):
        raise EncodeError('ResultsByTransaction')
    a_ResultsByTopicV3AndBelow = m.ResultsByTopicV3AndBelow
    w_alen_k(out, len(a_ResultsByTopicV3AndBelow))
    for e_ResultsByTopicV3AndBelow in a_ResultsByTopicV3AndBelow:
        _e_AddPartitionsToTxnTopicResult_v0(out, e_ResultsByTopicV3AndBelow)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AddPartitionsToTxnResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopicResult_v0(buf, pos)
    return pos


def _o_AddPartitionsToTxnResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ResultsByTopicV3AndBelow':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopicResult_v0(buf, pos)
    return pos


def _d_AddPartitionsToTxnPartitionResult_v3(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    v_PartitionIndex, v_PartitionErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddPartitionsToTxnPartitionResult(
        PartitionIndex=v_PartitionIndex,
        PartitionErrorCode=v_PartitionErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnPartitionResult_v3(out: bytearray, m: AddPartitionsToTxnPartitionResult) -> None:
    out += _P0.pack(m.PartitionIndex, m.PartitionErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddPartitionsToTxnPartitionResult_v3(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddPartitionsToTxnPartitionResult_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'PartitionErrorCode':
        return pos
    pos += 2
    return pos


def _d_AddPartitionsToTxnTopicResult_v3(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnTopicResult, int]:
    v_Name, pos = str_c(buf, pos)
    v_ResultsByPartition, pos = arr_c(_d_AddPartitionsToTxnPartitionResult_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddPartitionsToTxnTopicResult(
        Name=v_Name,
        ResultsByPartition=v_ResultsByPartition,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnTopicResult_v3(out: bytearray, m: AddPartitionsToTxnTopicResult) -> None:
    w_str_c(out, m.Name)
    a_ResultsByPartition = m.ResultsByPartition
    w_alen_c(out, len(a_ResultsByPartition))
    for e_ResultsByPartition in a_ResultsByPartition:
        _e_AddPartitionsToTxnPartitionResult_v3(out, e_ResultsByPartition)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddPartitionsToTxnTopicResult_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnPartitionResult_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddPartitionsToTxnTopicResult_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ResultsByPartition':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnPartitionResult_v3(buf, pos)
    return pos


def _d_AddPartitionsToTxnResponse_v3(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_ResultsByTopicV3AndBelow, pos = arr_c(_d_AddPartitionsToTxnTopicResult_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddPartitionsToTxnResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        ResultsByTransaction=[],
        ResultsByTopicV3AndBelow=v_ResultsByTopicV3AndBelow,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnResponse_v3(out: bytearray, m: AddPartitionsToTxnResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.ResultsByTransaction, []):
        raise EncodeError('ResultsByTransaction')
    a_ResultsByTopicV3AndBelow = m.ResultsByTopicV3AndBelow
    w_alen_c(out, len(a_ResultsByTopicV3AndBelow))
    for e_ResultsByTopicV3AndBelow in a_ResultsByTopicV3AndBelow:
        _e_AddPartitionsToTxnTopicResult_v3(out, e_ResultsByTopicV3AndBelow)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddPartitionsToTxnResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopicResult_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddPartitionsToTxnResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ResultsByTopicV3AndBelow':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopicResult_v3(buf, pos)
    return pos


def _d_AddPartitionsToTxnResult_v4(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnResult, int]:
    v_TransactionalId, pos = str_c(buf, pos)
    v_TopicResults, pos = arr_c(_d_AddPartitionsToTxnTopicResult_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddPartitionsToTxnResult(
        TransactionalId=v_TransactionalId,
        TopicResults=v_TopicResults,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnResult_v4(out: bytearray, m: AddPartitionsToTxnResult) -> None:
    w_str_c(out, m.TransactionalId)
    a_TopicResults = m.TopicResults
    w_alen_c(out, len(a_TopicResults))
    for e_TopicResults in a_TopicResults:
        _e_AddPartitionsToTxnTopicResult_v3(out, e_TopicResults)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddPartitionsToTxnResult_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopicResult_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddPartitionsToTxnResult_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TopicResults':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopicResult_v3(buf, pos)
    return pos


def _d_AddPartitionsToTxnResponse_v4(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ResultsByTransaction, pos = arr_c(_d_AddPartitionsToTxnResult_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddPartitionsToTxnResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ResultsByTransaction=v_ResultsByTransaction,
        ResultsByTopicV3AndBelow=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnResponse_v4(out: bytearray, m: AddPartitionsToTxnResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_ResultsByTransaction = m.ResultsByTransaction
    w_alen_c(out, len(a_ResultsByTransaction))
    for e_ResultsByTransaction in a_ResultsByTransaction:
        _e_AddPartitionsToTxnResult_v4(out, e_ResultsByTransaction)
    if non_default(m.ResultsByTopicV3AndBelow, []):
        raise EncodeError('ResultsByTopicV3AndBelow')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddPartitionsToTxnResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnResult_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddPartitionsToTxnResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ResultsByTransaction':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnResult_v4(buf, pos)
    return pos


AddPartitionsToTxnPartitionResult.INFO = StructInfo('AddPartitionsToTxnPartitionResult', (
    FieldInfo('PartitionIndex', 'int32', (0, 5)),
    FieldInfo('PartitionErrorCode', 'int16', (0, 5)),
), (3, 5))

AddPartitionsToTxnTopicResult.INFO = StructInfo('AddPartitionsToTxnTopicResult', (
    FieldInfo('Name', 'string', (0, 5)),
    FieldInfo('ResultsByPartition', '[]struct', (0, 5), struct=AddPartitionsToTxnPartitionResult),
), (3, 5))

AddPartitionsToTxnResult.INFO = StructInfo('AddPartitionsToTxnResult', (
    FieldInfo('TransactionalId', 'string', (4, 5)),
    FieldInfo('TopicResults', '[]struct', (4, 5), struct=AddPartitionsToTxnTopicResult),
), (3, 5))

AddPartitionsToTxnResponse.INFO = StructInfo('AddPartitionsToTxnResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 5)),
    FieldInfo('ErrorCode', 'int16', (4, 5), ignorable=True),
    FieldInfo('ResultsByTransaction', '[]struct', (4, 5), struct=AddPartitionsToTxnResult),
    FieldInfo('ResultsByTopicV3AndBelow', '[]struct', (0, 3), struct=AddPartitionsToTxnTopicResult),
), (3, 5))

AddPartitionsToTxnPartitionResult.DECODERS = {
    0: _d_AddPartitionsToTxnPartitionResult_v0,
    1: _d_AddPartitionsToTxnPartitionResult_v0,
    2: _d_AddPartitionsToTxnPartitionResult_v0,
    3: _d_AddPartitionsToTxnPartitionResult_v3,
    4: _d_AddPartitionsToTxnPartitionResult_v3,
    5: _d_AddPartitionsToTxnPartitionResult_v3,
}

AddPartitionsToTxnPartitionResult.ENCODERS = {
    0: _e_AddPartitionsToTxnPartitionResult_v0,
    1: _e_AddPartitionsToTxnPartitionResult_v0,
    2: _e_AddPartitionsToTxnPartitionResult_v0,
    3: _e_AddPartitionsToTxnPartitionResult_v3,
    4: _e_AddPartitionsToTxnPartitionResult_v3,
    5: _e_AddPartitionsToTxnPartitionResult_v3,
}

AddPartitionsToTxnPartitionResult.SKIPPERS = {
    0: _s_AddPartitionsToTxnPartitionResult_v0,
    1: _s_AddPartitionsToTxnPartitionResult_v0,
    2: _s_AddPartitionsToTxnPartitionResult_v0,
    3: _s_AddPartitionsToTxnPartitionResult_v3,
    4: _s_AddPartitionsToTxnPartitionResult_v3,
    5: _s_AddPartitionsToTxnPartitionResult_v3,
}

AddPartitionsToTxnPartitionResult.SEEKERS = {
    0: _o_AddPartitionsToTxnPartitionResult_v0,
    1: _o_AddPartitionsToTxnPartitionResult_v0,
    2: _o_AddPartitionsToTxnPartitionResult_v0,
    3: _o_AddPartitionsToTxnPartitionResult_v3,
    4: _o_AddPartitionsToTxnPartitionResult_v3,
    5: _o_AddPartitionsToTxnPartitionResult_v3,
}

AddPartitionsToTxnTopicResult.DECODERS = {
    0: _d_AddPartitionsToTxnTopicResult_v0,
    1: _d_AddPartitionsToTxnTopicResult_v0,
    2: _d_AddPartitionsToTxnTopicResult_v0,
    3: _d_AddPartitionsToTxnTopicResult_v3,
    4: _d_AddPartitionsToTxnTopicResult_v3,
    5: _d_AddPartitionsToTxnTopicResult_v3,
}

AddPartitionsToTxnTopicResult.ENCODERS = {
    0: _e_AddPartitionsToTxnTopicResult_v0,
    1: _e_AddPartitionsToTxnTopicResult_v0,
    2: _e_AddPartitionsToTxnTopicResult_v0,
    3: _e_AddPartitionsToTxnTopicResult_v3,
    4: _e_AddPartitionsToTxnTopicResult_v3,
    5: _e_AddPartitionsToTxnTopicResult_v3,
}

AddPartitionsToTxnTopicResult.SKIPPERS = {
    0: _s_AddPartitionsToTxnTopicResult_v0,
    1: _s_AddPartitionsToTxnTopicResult_v0,
    2: _s_AddPartitionsToTxnTopicResult_v0,
    3: _s_AddPartitionsToTxnTopicResult_v3,
    4: _s_AddPartitionsToTxnTopicResult_v3,
    5: _s_AddPartitionsToTxnTopicResult_v3,
}

AddPartitionsToTxnTopicResult.SEEKERS = {
    0: _o_AddPartitionsToTxnTopicResult_v0,
    1: _o_AddPartitionsToTxnTopicResult_v0,
    2: _o_AddPartitionsToTxnTopicResult_v0,
    3: _o_AddPartitionsToTxnTopicResult_v3,
    4: _o_AddPartitionsToTxnTopicResult_v3,
    5: _o_AddPartitionsToTxnTopicResult_v3,
}

AddPartitionsToTxnResult.DECODERS = {
    4: _d_AddPartitionsToTxnResult_v4,
    5: _d_AddPartitionsToTxnResult_v4,
}

AddPartitionsToTxnResult.ENCODERS = {
    4: _e_AddPartitionsToTxnResult_v4,
    5: _e_AddPartitionsToTxnResult_v4,
}

AddPartitionsToTxnResult.SKIPPERS = {
    4: _s_AddPartitionsToTxnResult_v4,
    5: _s_AddPartitionsToTxnResult_v4,
}

AddPartitionsToTxnResult.SEEKERS = {
    4: _o_AddPartitionsToTxnResult_v4,
    5: _o_AddPartitionsToTxnResult_v4,
}

AddPartitionsToTxnResponse.DECODERS = {
    0: _d_AddPartitionsToTxnResponse_v0,
    1: _d_AddPartitionsToTxnResponse_v0,
    2: _d_AddPartitionsToTxnResponse_v0,
    3: _d_AddPartitionsToTxnResponse_v3,
    4: _d_AddPartitionsToTxnResponse_v4,
    5: _d_AddPartitionsToTxnResponse_v4,
}

AddPartitionsToTxnResponse.ENCODERS = {
    0: _e_AddPartitionsToTxnResponse_v0,
    1: _e_AddPartitionsToTxnResponse_v0,
    2: _e_AddPartitionsToTxnResponse_v0,
    3: _e_AddPartitionsToTxnResponse_v3,
    4: _e_AddPartitionsToTxnResponse_v4,
    5: _e_AddPartitionsToTxnResponse_v4,
}

AddPartitionsToTxnResponse.SKIPPERS = {
    0: _s_AddPartitionsToTxnResponse_v0,
    1: _s_AddPartitionsToTxnResponse_v0,
    2: _s_AddPartitionsToTxnResponse_v0,
    3: _s_AddPartitionsToTxnResponse_v3,
    4: _s_AddPartitionsToTxnResponse_v4,
    5: _s_AddPartitionsToTxnResponse_v4,
}

AddPartitionsToTxnResponse.SEEKERS = {
    0: _o_AddPartitionsToTxnResponse_v0,
    1: _o_AddPartitionsToTxnResponse_v0,
    2: _o_AddPartitionsToTxnResponse_v0,
    3: _o_AddPartitionsToTxnResponse_v3,
    4: _o_AddPartitionsToTxnResponse_v4,
    5: _o_AddPartitionsToTxnResponse_v4,
}
