"""ListTransactionsResponse: generated from specs/ListTransactionsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    count_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_each,
    w_str_c,
    w_tags,
)

_P0 = Struct('>q')
_P1 = Struct('>ih')


class TransactionState(KafkaStruct, kw_only=True, gc=False):
    """An element of ListTransactionsResponse.TransactionStates."""

    TransactionalId: str = MISSING
    ProducerId: int = MISSING
    TransactionState: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ListTransactionsResponse(Message, kw_only=True, gc=False):
    """ListTransactionsResponse (API key 66), v0-v1; from specs/ListTransactionsResponse.json."""

    API_KEY = 66
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    UnknownStateFilters: list[str] = MISSING
    TransactionStates: list[TransactionState] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_TransactionState_v0(buf: Buffer, pos: int) -> tuple[TransactionState, int]:
    v_TransactionalId, pos = str_c(buf, pos)
    (v_ProducerId,) = _P0.unpack_from(buf, pos)
    pos += 8
    v_TransactionState, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TransactionState(
        TransactionalId=v_TransactionalId,
        ProducerId=v_ProducerId,
        TransactionState=v_TransactionState,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TransactionState_v0(out: bytearray, m: TransactionState) -> None:
    w_str_c(out, m.TransactionalId)
    out += _P0.pack(m.ProducerId)
    w_str_c(out, m.TransactionState)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TransactionState_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 8
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TransactionState_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'TransactionState':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_ListTransactionsResponse_v0(buf: Buffer, pos: int) -> tuple[ListTransactionsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_UnknownStateFilters, pos = arr_c(str_c, buf, pos)
    v_TransactionStates, pos = arr_c(_d_TransactionState_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListTransactionsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        UnknownStateFilters=v_UnknownStateFilters,
        TransactionStates=v_TransactionStates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListTransactionsResponse_v0(out: bytearray, m: ListTransactionsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_UnknownStateFilters = m.UnknownStateFilters
    w_alen_c(out, len(a_UnknownStateFilters))
    w_each(w_str_c, out, a_UnknownStateFilters)
    a_TransactionStates = m.TransactionStates
    w_alen_c(out, len(a_TransactionStates))
    for e_TransactionStates in a_TransactionStates:
        _e_TransactionState_v0(out, e_TransactionStates)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListTransactionsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TransactionState_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListTransactionsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'UnknownStateFilters':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'TransactionStates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TransactionState_v0(buf, pos)
    return pos


TransactionState.INFO = StructInfo('TransactionState', (
    FieldInfo('TransactionalId', 'string', (0, 1)),
    FieldInfo('ProducerId', 'int64', (0, 1)),
    FieldInfo('TransactionState', 'string', (0, 1)),
), (0, 1))

ListTransactionsResponse.INFO = StructInfo('ListTransactionsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 1)),
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('UnknownStateFilters', '[]string', (0, 1)),
    FieldInfo('TransactionStates', '[]struct', (0, 1), struct=TransactionState),
), (0, 1))

TransactionState.DECODERS = {
    0: _d_TransactionState_v0,
    1: _d_TransactionState_v0,
}

TransactionState.ENCODERS = {
    0: _e_TransactionState_v0,
    1: _e_TransactionState_v0,
}

TransactionState.SKIPPERS = {
    0: _s_TransactionState_v0,
    1: _s_TransactionState_v0,
}

TransactionState.SEEKERS = {
    0: _o_TransactionState_v0,
    1: _o_TransactionState_v0,
}

ListTransactionsResponse.DECODERS = {
    0: _d_ListTransactionsResponse_v0,
    1: _d_ListTransactionsResponse_v0,
}

ListTransactionsResponse.ENCODERS = {
    0: _e_ListTransactionsResponse_v0,
    1: _e_ListTransactionsResponse_v0,
}

ListTransactionsResponse.SKIPPERS = {
    0: _s_ListTransactionsResponse_v0,
    1: _s_ListTransactionsResponse_v0,
}

ListTransactionsResponse.SEEKERS = {
    0: _o_ListTransactionsResponse_v0,
    1: _o_ListTransactionsResponse_v0,
}
