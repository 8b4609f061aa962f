"""DescribeTransactionsResponse: generated from specs/DescribeTransactionsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
)

_P0 = Struct('>h')
_P1 = Struct('>iqqh')
_P2 = Struct('>i')
_A_int32 = array_formats('i')


class TopicData(KafkaStruct, kw_only=True, gc=False):
    """An element of TransactionState.Topics."""

    Topic: str = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TransactionState(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeTransactionsResponse.TransactionStates."""

    ErrorCode: int = MISSING
    TransactionalId: str = MISSING
    TransactionState: str = MISSING
    TransactionTimeoutMs: int = MISSING
    TransactionStartTimeMs: int = MISSING
    ProducerId: int = MISSING
    ProducerEpoch: int = MISSING
    Topics: list[TopicData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeTransactionsResponse(Message, kw_only=True, gc=False):
    """DescribeTransactionsResponse (API key 65), v0-v0; from specs/DescribeTransactionsResponse.json."""

    API_KEY = 65
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    TransactionStates: list[TransactionState] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_TopicData_v0(buf: Buffer, pos: int) -> tuple[TopicData, int]:
    v_Topic, pos = str_c(buf, pos)
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
    result = TopicData(
        Topic=v_Topic,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicData_v0(out: bytearray, m: TopicData) -> None:
    w_str_c(out, m.Topic)
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


def _s_TopicData_v0(buf: Buffer, pos: int) -> int:
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


def _o_TopicData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
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
    pos += 4 * n
    return pos


def _d_TransactionState_v0(buf: Buffer, pos: int) -> tuple[TransactionState, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_TransactionalId, pos = str_c(buf, pos)
    v_TransactionState, pos = str_c(buf, pos)
    v_TransactionTimeoutMs, v_TransactionStartTimeMs, v_ProducerId, v_ProducerEpoch = _P1.unpack_from(buf, pos)
    pos += 22
    v_Topics, pos = arr_c(_d_TopicData_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TransactionState(
        ErrorCode=v_ErrorCode,
        TransactionalId=v_TransactionalId,
        TransactionState=v_TransactionState,
        TransactionTimeoutMs=v_TransactionTimeoutMs,
        TransactionStartTimeMs=v_TransactionStartTimeMs,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TransactionState_v0(out: bytearray, m: TransactionState) -> None:
    out += _P0.pack(m.ErrorCode)
    w_str_c(out, m.TransactionalId)
    w_str_c(out, m.TransactionState)
    out += _P1.pack(m.TransactionTimeoutMs, m.TransactionStartTimeMs, m.ProducerId, m.ProducerEpoch)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_TopicData_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TransactionState_v0(buf: Buffer, pos: int) -> int:
    pos += 2
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
    pos += 22
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TransactionState_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'TransactionalId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TransactionState':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TransactionTimeoutMs':
        return pos
    pos += 4
    if stop == 'TransactionStartTimeMs':
        return pos
    pos += 8
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicData_v0(buf, pos)
    return pos


def _d_DescribeTransactionsResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeTransactionsResponse, int]:
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_TransactionStates, pos = arr_c(_d_TransactionState_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeTransactionsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        TransactionStates=v_TransactionStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeTransactionsResponse_v0(out: bytearray, m: DescribeTransactionsResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs)
    a_TransactionStates = m.TransactionStates
    w_alen_c(out, len(a_TransactionStates))
    for e_TransactionStates in a_TransactionStates:
        _e_TransactionState_v0(out, e_TransactionStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeTransactionsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TransactionState_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeTransactionsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'TransactionStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TransactionState_v0(buf, pos)
    return pos


TopicData.INFO = StructInfo('TopicData', (
    FieldInfo('Topic', 'string', (0, 0)),
    FieldInfo('Partitions', '[]int32', (0, 0)),
), (0, 0))

TransactionState.INFO = StructInfo('TransactionState', (
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('TransactionalId', 'string', (0, 0)),
    FieldInfo('TransactionState', 'string', (0, 0)),
    FieldInfo('TransactionTimeoutMs', 'int32', (0, 0)),
    FieldInfo('TransactionStartTimeMs', 'int64', (0, 0)),
    FieldInfo('ProducerId', 'int64', (0, 0)),
    FieldInfo('ProducerEpoch', 'int16', (0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=TopicData),
), (0, 0))

DescribeTransactionsResponse.INFO = StructInfo('DescribeTransactionsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('TransactionStates', '[]struct', (0, 0), struct=TransactionState),
), (0, 0))

TopicData.DECODERS = {
    0: _d_TopicData_v0,
}

TopicData.ENCODERS = {
    0: _e_TopicData_v0,
}

TopicData.SKIPPERS = {
    0: _s_TopicData_v0,
}

TopicData.SEEKERS = {
    0: _o_TopicData_v0,
}

TransactionState.DECODERS = {
    0: _d_TransactionState_v0,
}

TransactionState.ENCODERS = {
    0: _e_TransactionState_v0,
}

TransactionState.SKIPPERS = {
    0: _s_TransactionState_v0,
}

TransactionState.SEEKERS = {
    0: _o_TransactionState_v0,
}

DescribeTransactionsResponse.DECODERS = {
    0: _d_DescribeTransactionsResponse_v0,
}

DescribeTransactionsResponse.ENCODERS = {
    0: _e_DescribeTransactionsResponse_v0,
}

DescribeTransactionsResponse.SKIPPERS = {
    0: _s_DescribeTransactionsResponse_v0,
}

DescribeTransactionsResponse.SEEKERS = {
    0: _o_DescribeTransactionsResponse_v0,
}
