"""InitProducerIdRequest: generated from specs/InitProducerIdRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    w_nstr_c,
    w_nstr_k,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>iqh')


class InitProducerIdRequest(Message, kw_only=True, gc=False):
    """InitProducerIdRequest (API key 22), v0-v5; from specs/InitProducerIdRequest.json."""

    API_KEY = 22
    KIND = 'request'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    TransactionalId: str | None = MISSING
    TransactionTimeoutMs: int = MISSING
    ProducerId: int = -1
    ProducerEpoch: int = -1
    unknown_tags: dict[int, Buffer] | None = None


def _d_InitProducerIdRequest_v0(buf: Buffer, pos: int) -> tuple[InitProducerIdRequest, int]:
    v_TransactionalId, pos = nstr_k(buf, pos)
    (v_TransactionTimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    return InitProducerIdRequest(
        TransactionalId=v_TransactionalId,
        TransactionTimeoutMs=v_TransactionTimeoutMs,
    ), pos


def _e_InitProducerIdRequest_v0(out: bytearray, m: InitProducerIdRequest) -> None:
    w_nstr_k(out, m.TransactionalId)
    out += _P0.pack(m.TransactionTimeoutMs)
    if non_default(m.ProducerId, -1):
        raise EncodeError('ProducerId')
    if non_default(m.ProducerEpoch, -1):
        raise EncodeError('ProducerEpoch')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_InitProducerIdRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_InitProducerIdRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'TransactionTimeoutMs':
        return pos
    pos += 4
    return pos


def _d_InitProducerIdRequest_v2(buf: Buffer, pos: int) -> tuple[InitProducerIdRequest, int]:
    v_TransactionalId, pos = nstr_c(buf, pos)
    (v_TransactionTimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = InitProducerIdRequest(
        TransactionalId=v_TransactionalId,
        TransactionTimeoutMs=v_TransactionTimeoutMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_InitProducerIdRequest_v2(out: bytearray, m: InitProducerIdRequest) -> None:
    w_nstr_c(out, m.TransactionalId)
    out += _P0.pack(m.TransactionTimeoutMs)
    if non_default(m.ProducerId, -1):
        raise EncodeError('ProducerId')
    if non_default(m.ProducerEpoch, -1):
        raise EncodeError('ProducerEpoch')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_InitProducerIdRequest_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_InitProducerIdRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
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
    return pos


def _d_InitProducerIdRequest_v3(buf: Buffer, pos: int) -> tuple[InitProducerIdRequest, int]:
    v_TransactionalId, pos = nstr_c(buf, pos)
    v_TransactionTimeoutMs, v_ProducerId, v_ProducerEpoch = _P1.unpack_from(buf, pos)
    pos += 14
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = InitProducerIdRequest(
        TransactionalId=v_TransactionalId,
        TransactionTimeoutMs=v_TransactionTimeoutMs,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_InitProducerIdRequest_v3(out: bytearray, m: InitProducerIdRequest) -> None:
    w_nstr_c(out, m.TransactionalId)
    out += _P1.pack(m.TransactionTimeoutMs, m.ProducerId, m.ProducerEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_InitProducerIdRequest_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 14
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_InitProducerIdRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
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
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    return pos


InitProducerIdRequest.INFO = StructInfo('InitProducerIdRequest', (
    FieldInfo('TransactionalId', 'string', (0, 5), nullable=(0, 5)),
    FieldInfo('TransactionTimeoutMs', 'int32', (0, 5)),
    FieldInfo('ProducerId', 'int64', (3, 5), default=-1),
    FieldInfo('ProducerEpoch', 'int16', (3, 5), default=-1),
), (2, 5))

InitProducerIdRequest.DECODERS = {
    0: _d_InitProducerIdRequest_v0,
    1: _d_InitProducerIdRequest_v0,
    2: _d_InitProducerIdRequest_v2,
    3: _d_InitProducerIdRequest_v3,
    4: _d_InitProducerIdRequest_v3,
    5: _d_InitProducerIdRequest_v3,
}

InitProducerIdRequest.ENCODERS = {
    0: _e_InitProducerIdRequest_v0,
    1: _e_InitProducerIdRequest_v0,
    2: _e_InitProducerIdRequest_v2,
    3: _e_InitProducerIdRequest_v3,
    4: _e_InitProducerIdRequest_v3,
    5: _e_InitProducerIdRequest_v3,
}

InitProducerIdRequest.SKIPPERS = {
    0: _s_InitProducerIdRequest_v0,
    1: _s_InitProducerIdRequest_v0,
    2: _s_InitProducerIdRequest_v2,
    3: _s_InitProducerIdRequest_v3,
    4: _s_InitProducerIdRequest_v3,
    5: _s_InitProducerIdRequest_v3,
}

InitProducerIdRequest.SEEKERS = {
    0: _o_InitProducerIdRequest_v0,
    1: _o_InitProducerIdRequest_v0,
    2: _o_InitProducerIdRequest_v2,
    3: _o_InitProducerIdRequest_v3,
    4: _o_InitProducerIdRequest_v3,
    5: _o_InitProducerIdRequest_v3,
}
