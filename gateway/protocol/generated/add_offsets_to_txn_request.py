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
