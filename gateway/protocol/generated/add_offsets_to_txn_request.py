"""AddOffsetsToTxnRequest: generated from specs/AddOffsetsToTxnRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>qh')


class AddOffsetsToTxnRequest(Message, kw_only=True, gc=False):
    """AddOffsetsToTxnRequest (API key 25), v0-v4; from specs/AddOffsetsToTxnRequest.json."""

    API_KEY = 25
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    TransactionalId: str = MISSING
    ProducerId: int = MISSING
    ProducerEpoch: int = MISSING
    GroupId: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AddOffsetsToTxnRequest_v0(buf: Buffer, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
    v_TransactionalId, pos = str_k(buf, pos)
    v_ProducerId, v_ProducerEpoch = _P0.unpack_from(buf, pos)
    pos += 10
    v_GroupId, pos = str_k(buf, pos)
    return AddOffsetsToTxnRequest(
        TransactionalId=v_TransactionalId,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        GroupId=v_GroupId,
    ), pos


def _e_AddOffsetsToTxnRequest_v0(out: bytearray, m: AddOffsetsToTxnRequest) -> None:
    w_str_k(out, m.TransactionalId)
    out += _P0.pack(m.ProducerId, m.ProducerEpoch)
    w_str_k(out, m.GroupId)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AddOffsetsToTxnRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 10
    pos = skip_k16(buf, pos)
    return pos


def _o_AddOffsetsToTxnRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_AddOffsetsToTxnRequest_v3(buf: Buffer, pos: int) -> tuple[AddOffsetsToTxnRequest, int]:
    v_TransactionalId, pos = str_c(buf, pos)
    v_ProducerId, v_ProducerEpoch = _P0.unpack_from(buf, pos)
    pos += 10
    v_GroupId, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddOffsetsToTxnRequest(
        TransactionalId=v_TransactionalId,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        GroupId=v_GroupId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddOffsetsToTxnRequest_v3(out: bytearray, m: AddOffsetsToTxnRequest) -> None:
    w_str_c(out, m.TransactionalId)
    out += _P0.pack(m.ProducerId, m.ProducerEpoch)
    w_str_c(out, m.GroupId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddOffsetsToTxnRequest_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 10
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddOffsetsToTxnRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


AddOffsetsToTxnRequest.INFO = StructInfo('AddOffsetsToTxnRequest', (
    FieldInfo('TransactionalId', 'string', (0, 4)),
    FieldInfo('ProducerId', 'int64', (0, 4)),
    FieldInfo('ProducerEpoch', 'int16', (0, 4)),
    FieldInfo('GroupId', 'string', (0, 4)),
), (3, 4))

AddOffsetsToTxnRequest.DECODERS = {
    0: _d_AddOffsetsToTxnRequest_v0,
    1: _d_AddOffsetsToTxnRequest_v0,
    2: _d_AddOffsetsToTxnRequest_v0,
    3: _d_AddOffsetsToTxnRequest_v3,
    4: _d_AddOffsetsToTxnRequest_v3,
}

AddOffsetsToTxnRequest.ENCODERS = {
    0: _e_AddOffsetsToTxnRequest_v0,
    1: _e_AddOffsetsToTxnRequest_v0,
    2: _e_AddOffsetsToTxnRequest_v0,
    3: _e_AddOffsetsToTxnRequest_v3,
    4: _e_AddOffsetsToTxnRequest_v3,
}

AddOffsetsToTxnRequest.SKIPPERS = {
    0: _s_AddOffsetsToTxnRequest_v0,
    1: _s_AddOffsetsToTxnRequest_v0,
    2: _s_AddOffsetsToTxnRequest_v0,
    3: _s_AddOffsetsToTxnRequest_v3,
    4: _s_AddOffsetsToTxnRequest_v3,
}

AddOffsetsToTxnRequest.SEEKERS = {
    0: _o_AddOffsetsToTxnRequest_v0,
    1: _o_AddOffsetsToTxnRequest_v0,
    2: _o_AddOffsetsToTxnRequest_v0,
    3: _o_AddOffsetsToTxnRequest_v3,
    4: _o_AddOffsetsToTxnRequest_v3,
}
