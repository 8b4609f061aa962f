"""HeartbeatRequest: generated from specs/HeartbeatRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    str_c,
    str_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>i')


class HeartbeatRequest(Message, kw_only=True, gc=False):
    """HeartbeatRequest (API key 12), v0-v4; from specs/HeartbeatRequest.json."""

    API_KEY = 12
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    GroupId: str = MISSING
    GenerationId: int = MISSING
    MemberId: str = MISSING
    GroupInstanceId: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


def _d_HeartbeatRequest_v0(buf: Buffer, pos: int) -> tuple[HeartbeatRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    return HeartbeatRequest(
        GroupId=v_GroupId,
        GenerationId=v_GenerationId,
        MemberId=v_MemberId,
    ), pos


def _e_HeartbeatRequest_v0(out: bytearray, m: HeartbeatRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P0.pack(m.GenerationId)
    w_str_k(out, m.MemberId)
    if non_default(m.GroupInstanceId, None):
        raise EncodeError('GroupInstanceId')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_HeartbeatRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    return pos


def _o_HeartbeatRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_HeartbeatRequest_v3(buf: Buffer, pos: int) -> tuple[HeartbeatRequest, int]:
    v_GroupId, pos = str_k(buf, pos)
    (v_GenerationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_k(buf, pos)
    v_GroupInstanceId, pos = nstr_k(buf, pos)
    return HeartbeatRequest(
        GroupId=v_GroupId,
        GenerationId=v_GenerationId,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
    ), pos


def _e_HeartbeatRequest_v3(out: bytearray, m: HeartbeatRequest) -> None:
    w_str_k(out, m.GroupId)
    out += _P0.pack(m.GenerationId)
    w_str_k(out, m.MemberId)
    w_nstr_k(out, m.GroupInstanceId)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_HeartbeatRequest_v3(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_HeartbeatRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_HeartbeatRequest_v4(buf: Buffer, pos: int) -> tuple[HeartbeatRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    (v_GenerationId,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_MemberId, pos = str_c(buf, pos)
    v_GroupInstanceId, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = HeartbeatRequest(
        GroupId=v_GroupId,
        GenerationId=v_GenerationId,
        MemberId=v_MemberId,
        GroupInstanceId=v_GroupInstanceId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_HeartbeatRequest_v4(out: bytearray, m: HeartbeatRequest) -> None:
    w_str_c(out, m.GroupId)
    out += _P0.pack(m.GenerationId)
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.GroupInstanceId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_HeartbeatRequest_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_HeartbeatRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GenerationId':
        return pos
    pos += 4
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupInstanceId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


HeartbeatRequest.INFO = StructInfo('HeartbeatRequest', (
    FieldInfo('GroupId', 'string', (0, 4)),
    FieldInfo('GenerationId', 'int32', (0, 4)),
    FieldInfo('MemberId', 'string', (0, 4)),
    FieldInfo('GroupInstanceId', 'string', (3, 4), nullable=(3, 4), default=None),
), (4, 4))

HeartbeatRequest.DECODERS = {
    0: _d_HeartbeatRequest_v0,
    1: _d_HeartbeatRequest_v0,
    2: _d_HeartbeatRequest_v0,
    3: _d_HeartbeatRequest_v3,
    4: _d_HeartbeatRequest_v4,
}

HeartbeatRequest.ENCODERS = {
    0: _e_HeartbeatRequest_v0,
    1: _e_HeartbeatRequest_v0,
    2: _e_HeartbeatRequest_v0,
    3: _e_HeartbeatRequest_v3,
    4: _e_HeartbeatRequest_v4,
}

HeartbeatRequest.SKIPPERS = {
    0: _s_HeartbeatRequest_v0,
    1: _s_HeartbeatRequest_v0,
    2: _s_HeartbeatRequest_v0,
    3: _s_HeartbeatRequest_v3,
    4: _s_HeartbeatRequest_v4,
}

HeartbeatRequest.SEEKERS = {
    0: _o_HeartbeatRequest_v0,
    1: _o_HeartbeatRequest_v0,
    2: _o_HeartbeatRequest_v0,
    3: _o_HeartbeatRequest_v3,
    4: _o_HeartbeatRequest_v4,
}
