"""AddPartitionsToTxnRequest: generated from specs/AddPartitionsToTxnRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
)

_P0 = Struct('>i')
_P1 = Struct('>qh')
_P2 = Struct('>qh?')
_A_int32 = array_formats('i')


class AddPartitionsToTxnTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of AddPartitionsToTxnTransaction.Topics."""

    Name: str = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AddPartitionsToTxnTransaction(KafkaStruct, kw_only=True, gc=False):
    """An element of AddPartitionsToTxnRequest.Transactions."""

    TransactionalId: str = MISSING
    ProducerId: int = MISSING
    ProducerEpoch: int = MISSING
    VerifyOnly: bool = False
    Topics: list[AddPartitionsToTxnTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AddPartitionsToTxnRequest(Message, kw_only=True, gc=False):
    """AddPartitionsToTxnRequest (API key 24), v0-v5; from specs/AddPartitionsToTxnRequest.json."""

    API_KEY = 24
    KIND = 'request'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    Transactions: list[AddPartitionsToTxnTransaction] = MISSING
    V3AndBelowTransactionalId: str = MISSING
    V3AndBelowProducerId: int = MISSING
    V3AndBelowProducerEpoch: int = MISSING
    V3AndBelowTopics: list[AddPartitionsToTxnTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AddPartitionsToTxnTopic_v0(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    v_Name, pos = str_k(buf, pos)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Partitions = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Partitions = []
        pos += 4
    else:
        v_Partitions, pos = farr_k(buf, pos, 'i', 4)
    return AddPartitionsToTxnTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_AddPartitionsToTxnTopic_v0(out: bytearray, m: AddPartitionsToTxnTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    n = len(a_Partitions)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_Partitions)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Partitions, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AddPartitionsToTxnTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_AddPartitionsToTxnTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_AddPartitionsToTxnRequest_v0(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    v_V3AndBelowTransactionalId, pos = str_k(buf, pos)
    v_V3AndBelowProducerId, v_V3AndBelowProducerEpoch = _P1.unpack_from(buf, pos)
    pos += 10
    v_V3AndBelowTopics, pos = arr_k(_d_AddPartitionsToTxnTopic_v0, buf, pos)
    return AddPartitionsToTxnRequest(
        Transactions=[],
        V3AndBelowTransactionalId=v_V3AndBelowTransactionalId,
        V3AndBelowProducerId=v_V3AndBelowProducerId,
        V3AndBelowProducerEpoch=v_V3AndBelowProducerEpoch,
        V3AndBelowTopics=v_V3AndBelowTopics,
    ), pos


def _e_AddPartitionsToTxnRequest_v0(out: bytearray, m: AddPartitionsToTxnRequest) -> None:
    if non_default(m.Transactions, []):
        raise EncodeError('Transactions')
    w_str_k(out, m.V3AndBelowTransactionalId)
    out += _P1.pack(m.V3AndBelowProducerId, m.V3AndBelowProducerEpoch)
    a_V3AndBelowTopics = m.V3AndBelowTopics
    w_alen_k(out, len(a_V3AndBelowTopics))
    for e_V3AndBelowTopics in a_V3AndBelowTopics:
        _e_AddPartitionsToTxnTopic_v0(out, e_V3AndBelowTopics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AddPartitionsToTxnRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 10
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopic_v0(buf, pos)
    return pos


def _o_AddPartitionsToTxnRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'V3AndBelowTransactionalId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'V3AndBelowProducerId':
        return pos
    pos += 8
    if stop == 'V3AndBelowProducerEpoch':
        return pos
    pos += 2
    if stop == 'V3AndBelowTopics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopic_v0(buf, pos)
    return pos


def _d_AddPartitionsToTxnTopic_v3(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnTopic, int]:
    v_Name, pos = str_c(buf, pos)
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
    result = AddPartitionsToTxnTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnTopic_v3(out: bytearray, m: AddPartitionsToTxnTopic) -> None:
    w_str_c(out, m.Name)
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


def _s_AddPartitionsToTxnTopic_v3(buf: Buffer, pos: int) -> int:
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


def _o_AddPartitionsToTxnTopic_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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
    pos += 4 * n
    return pos


def _d_AddPartitionsToTxnRequest_v3(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    v_V3AndBelowTransactionalId, pos = str_c(buf, pos)
    v_V3AndBelowProducerId, v_V3AndBelowProducerEpoch = _P1.unpack_from(buf, pos)
    pos += 10
    v_V3AndBelowTopics, pos = arr_c(_d_AddPartitionsToTxnTopic_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddPartitionsToTxnRequest(
        Transactions=[],
        V3AndBelowTransactionalId=v_V3AndBelowTransactionalId,
        V3AndBelowProducerId=v_V3AndBelowProducerId,
        V3AndBelowProducerEpoch=v_V3AndBelowProducerEpoch,
        V3AndBelowTopics=v_V3AndBelowTopics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnRequest_v3(out: bytearray, m: AddPartitionsToTxnRequest) -> None:
    if non_default(m.Transactions, []):
        raise EncodeError('Transactions')
    w_str_c(out, m.V3AndBelowTransactionalId)
    out += _P1.pack(m.V3AndBelowProducerId, m.V3AndBelowProducerEpoch)
    a_V3AndBelowTopics = m.V3AndBelowTopics
    w_alen_c(out, len(a_V3AndBelowTopics))
    for e_V3AndBelowTopics in a_V3AndBelowTopics:
        _e_AddPartitionsToTxnTopic_v3(out, e_V3AndBelowTopics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddPartitionsToTxnRequest_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 10
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopic_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddPartitionsToTxnRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'V3AndBelowTransactionalId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'V3AndBelowProducerId':
        return pos
    pos += 8
    if stop == 'V3AndBelowProducerEpoch':
        return pos
    pos += 2
    if stop == 'V3AndBelowTopics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopic_v3(buf, pos)
    return pos


def _d_AddPartitionsToTxnTransaction_v4(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnTransaction, int]:
    v_TransactionalId, pos = str_c(buf, pos)
    v_ProducerId, v_ProducerEpoch, v_VerifyOnly = _P2.unpack_from(buf, pos)
    pos += 11
    v_Topics, pos = arr_c(_d_AddPartitionsToTxnTopic_v3, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddPartitionsToTxnTransaction(
        TransactionalId=v_TransactionalId,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        VerifyOnly=v_VerifyOnly,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnTransaction_v4(out: bytearray, m: AddPartitionsToTxnTransaction) -> None:
    w_str_c(out, m.TransactionalId)
    out += _P2.pack(m.ProducerId, m.ProducerEpoch, m.VerifyOnly)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_AddPartitionsToTxnTopic_v3(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddPartitionsToTxnTransaction_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 11
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopic_v3(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddPartitionsToTxnTransaction_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'VerifyOnly':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTopic_v3(buf, pos)
    return pos


def _d_AddPartitionsToTxnRequest_v4(buf: Buffer, pos: int) -> tuple[AddPartitionsToTxnRequest, int]:
    v_Transactions, pos = arr_c(_d_AddPartitionsToTxnTransaction_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddPartitionsToTxnRequest(
        Transactions=v_Transactions,
        V3AndBelowTransactionalId="",
        V3AndBelowProducerId=0,
        V3AndBelowProducerEpoch=0,
        V3AndBelowTopics=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddPartitionsToTxnRequest_v4(out: bytearray, m: AddPartitionsToTxnRequest) -> None:
    a_Transactions = m.Transactions
    w_alen_c(out, len(a_Transactions))
    for e_Transactions in a_Transactions:
        _e_AddPartitionsToTxnTransaction_v4(out, e_Transactions)
    if non_default(m.V3AndBelowTransactionalId, ""):
        raise EncodeError('V3AndBelowTransactionalId')
    if non_default(m.V3AndBelowProducerId, 0):
        raise EncodeError('V3AndBelowProducerId')
    if non_default(m.V3AndBelowProducerEpoch, 0):
        raise EncodeError('V3AndBelowProducerEpoch')
    if non_default(m.V3AndBelowTopics, []):
        raise EncodeError('V3AndBelowTopics')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddPartitionsToTxnRequest_v4(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTransaction_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddPartitionsToTxnRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Transactions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AddPartitionsToTxnTransaction_v4(buf, pos)
    return pos


AddPartitionsToTxnTopic.INFO = StructInfo('AddPartitionsToTxnTopic', (
    FieldInfo('Name', 'string', (0, 5)),
    FieldInfo('Partitions', '[]int32', (0, 5)),
), (3, 5))

AddPartitionsToTxnTransaction.INFO = StructInfo('AddPartitionsToTxnTransaction', (
    FieldInfo('TransactionalId', 'string', (4, 5)),
    FieldInfo('ProducerId', 'int64', (4, 5)),
    FieldInfo('ProducerEpoch', 'int16', (4, 5)),
    FieldInfo('VerifyOnly', 'bool', (4, 5), default=False),
    FieldInfo('Topics', '[]struct', (4, 5), struct=AddPartitionsToTxnTopic),
), (3, 5))

AddPartitionsToTxnRequest.INFO = StructInfo('AddPartitionsToTxnRequest', (
    FieldInfo('Transactions', '[]struct', (4, 5), struct=AddPartitionsToTxnTransaction),
    FieldInfo('V3AndBelowTransactionalId', 'string', (0, 3)),
    FieldInfo('V3AndBelowProducerId', 'int64', (0, 3)),
    FieldInfo('V3AndBelowProducerEpoch', 'int16', (0, 3)),
    FieldInfo('V3AndBelowTopics', '[]struct', (0, 3), struct=AddPartitionsToTxnTopic),
), (3, 5))

AddPartitionsToTxnTopic.DECODERS = {
    0: _d_AddPartitionsToTxnTopic_v0,
    1: _d_AddPartitionsToTxnTopic_v0,
    2: _d_AddPartitionsToTxnTopic_v0,
    3: _d_AddPartitionsToTxnTopic_v3,
    4: _d_AddPartitionsToTxnTopic_v3,
    5: _d_AddPartitionsToTxnTopic_v3,
}

AddPartitionsToTxnTopic.ENCODERS = {
    0: _e_AddPartitionsToTxnTopic_v0,
    1: _e_AddPartitionsToTxnTopic_v0,
    2: _e_AddPartitionsToTxnTopic_v0,
    3: _e_AddPartitionsToTxnTopic_v3,
    4: _e_AddPartitionsToTxnTopic_v3,
    5: _e_AddPartitionsToTxnTopic_v3,
}

AddPartitionsToTxnTopic.SKIPPERS = {
    0: _s_AddPartitionsToTxnTopic_v0,
    1: _s_AddPartitionsToTxnTopic_v0,
    2: _s_AddPartitionsToTxnTopic_v0,
    3: _s_AddPartitionsToTxnTopic_v3,
    4: _s_AddPartitionsToTxnTopic_v3,
    5: _s_AddPartitionsToTxnTopic_v3,
}

AddPartitionsToTxnTopic.SEEKERS = {
    0: _o_AddPartitionsToTxnTopic_v0,
    1: _o_AddPartitionsToTxnTopic_v0,
    2: _o_AddPartitionsToTxnTopic_v0,
    3: _o_AddPartitionsToTxnTopic_v3,
    4: _o_AddPartitionsToTxnTopic_v3,
    5: _o_AddPartitionsToTxnTopic_v3,
}

AddPartitionsToTxnTransaction.DECODERS = {
    4: _d_AddPartitionsToTxnTransaction_v4,
    5: _d_AddPartitionsToTxnTransaction_v4,
}

AddPartitionsToTxnTransaction.ENCODERS = {
    4: _e_AddPartitionsToTxnTransaction_v4,
    5: _e_AddPartitionsToTxnTransaction_v4,
}

AddPartitionsToTxnTransaction.SKIPPERS = {
    4: _s_AddPartitionsToTxnTransaction_v4,
    5: _s_AddPartitionsToTxnTransaction_v4,
}

AddPartitionsToTxnTransaction.SEEKERS = {
    4: _o_AddPartitionsToTxnTransaction_v4,
    5: _o_AddPartitionsToTxnTransaction_v4,
}

AddPartitionsToTxnRequest.DECODERS = {
    0: _d_AddPartitionsToTxnRequest_v0,
    1: _d_AddPartitionsToTxnRequest_v0,
    2: _d_AddPartitionsToTxnRequest_v0,
    3: _d_AddPartitionsToTxnRequest_v3,
    4: _d_AddPartitionsToTxnRequest_v4,
    5: _d_AddPartitionsToTxnRequest_v4,
}

AddPartitionsToTxnRequest.ENCODERS = {
    0: _e_AddPartitionsToTxnRequest_v0,
    1: _e_AddPartitionsToTxnRequest_v0,
    2: _e_AddPartitionsToTxnRequest_v0,
    3: _e_AddPartitionsToTxnRequest_v3,
    4: _e_AddPartitionsToTxnRequest_v4,
    5: _e_AddPartitionsToTxnRequest_v4,
}

AddPartitionsToTxnRequest.SKIPPERS = {
    0: _s_AddPartitionsToTxnRequest_v0,
    1: _s_AddPartitionsToTxnRequest_v0,
    2: _s_AddPartitionsToTxnRequest_v0,
    3: _s_AddPartitionsToTxnRequest_v3,
    4: _s_AddPartitionsToTxnRequest_v4,
    5: _s_AddPartitionsToTxnRequest_v4,
}

AddPartitionsToTxnRequest.SEEKERS = {
    0: _o_AddPartitionsToTxnRequest_v0,
    1: _o_AddPartitionsToTxnRequest_v0,
    2: _o_AddPartitionsToTxnRequest_v0,
    3: _o_AddPartitionsToTxnRequest_v3,
    4: _o_AddPartitionsToTxnRequest_v4,
    5: _o_AddPartitionsToTxnRequest_v4,
}
