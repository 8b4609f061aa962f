"""EndTxnRequest: generated from specs/EndTxnRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>qh?')


class EndTxnRequest(Message, kw_only=True, gc=False):
    """EndTxnRequest (API key 26), v0-v5; from specs/EndTxnRequest.json."""

    API_KEY = 26
    KIND = 'request'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = True

    TransactionalId: str = MISSING
    ProducerId: int = MISSING
    ProducerEpoch: int = MISSING
    Committed: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_EndTxnRequest_v0(buf: Buffer, pos: int) -> tuple[EndTxnRequest, int]:
    v_TransactionalId, pos = str_k(buf, pos)
    v_ProducerId, v_ProducerEpoch, v_Committed = _P0.unpack_from(buf, pos)
    pos += 11
    return EndTxnRequest(
        TransactionalId=v_TransactionalId,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        Committed=v_Committed,
    ), pos


def _e_EndTxnRequest_v0(out: bytearray, m: EndTxnRequest) -> None:
    w_str_k(out, m.TransactionalId)
    out += _P0.pack(m.ProducerId, m.ProducerEpoch, m.Committed)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_EndTxnRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 11
    return pos


def _o_EndTxnRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'Committed':
        return pos
    pos += 1
    return pos


def _d_EndTxnRequest_v3(buf: Buffer, pos: int) -> tuple[EndTxnRequest, int]:
    v_TransactionalId, pos = str_c(buf, pos)
    v_ProducerId, v_ProducerEpoch, v_Committed = _P0.unpack_from(buf, pos)
    pos += 11
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EndTxnRequest(
        TransactionalId=v_TransactionalId,
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        Committed=v_Committed,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EndTxnRequest_v3(out: bytearray, m: EndTxnRequest) -> None:
    w_str_c(out, m.TransactionalId)
    out += _P0.pack(m.ProducerId, m.ProducerEpoch, m.Committed)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EndTxnRequest_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 11
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EndTxnRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Committed':
        return pos
    pos += 1
    return pos


EndTxnRequest.INFO = StructInfo('EndTxnRequest', (
    FieldInfo('TransactionalId', 'string', (0, 5)),
    FieldInfo('ProducerId', 'int64', (0, 5)),
    FieldInfo('ProducerEpoch', 'int16', (0, 5)),
    FieldInfo('Committed', 'bool', (0, 5)),
), (3, 5))

EndTxnRequest.DECODERS = {
    0: _d_EndTxnRequest_v0,
    1: _d_EndTxnRequest_v0,
    2: _d_EndTxnRequest_v0,
    3: _d_EndTxnRequest_v3,
    4: _d_EndTxnRequest_v3,
    5: _d_EndTxnRequest_v3,
}

EndTxnRequest.ENCODERS = {
    0: _e_EndTxnRequest_v0,
    1: _e_EndTxnRequest_v0,
    2: _e_EndTxnRequest_v0,
    3: _e_EndTxnRequest_v3,
    4: _e_EndTxnRequest_v3,
    5: _e_EndTxnRequest_v3,
}

EndTxnRequest.SKIPPERS = {
    0: _s_EndTxnRequest_v0,
    1: _s_EndTxnRequest_v0,
    2: _s_EndTxnRequest_v0,
    3: _s_EndTxnRequest_v3,
    4: _s_EndTxnRequest_v3,
    5: _s_EndTxnRequest_v3,
}

EndTxnRequest.SEEKERS = {
    0: _o_EndTxnRequest_v0,
    1: _o_EndTxnRequest_v0,
    2: _o_EndTxnRequest_v0,
    3: _o_EndTxnRequest_v3,
    4: _o_EndTxnRequest_v3,
    5: _o_EndTxnRequest_v3,
}
