"""SyncGroupResponse: generated from specs/SyncGroupResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    bytes_c,
    bytes_k,
    nstr_c,
    read_tags,
    skip_c,
    skip_k32,
    skip_tags,
    w_bytes_c,
    w_bytes_k,
    w_nstr_c,
    w_tags,
)

_P0 = Struct('>h')
_P1 = Struct('>ih')


class SyncGroupResponse(Message, kw_only=True, gc=False):
    """SyncGroupResponse (API key 14), v0-v5; from specs/SyncGroupResponse.json."""

    API_KEY = 14
    KIND = 'response'
    VALID_VERSIONS = (0, 5)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ProtocolType: str | None = None
    ProtocolName: str | None = None
    Assignment: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_SyncGroupResponse_v0(buf: Buffer, pos: int) -> tuple[SyncGroupResponse, int]:
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_Assignment, pos = bytes_k(buf, pos)
    return SyncGroupResponse(
        ThrottleTimeMs=0,
        ErrorCode=v_ErrorCode,
        Assignment=v_Assignment,
    ), pos


def _e_SyncGroupResponse_v0(out: bytearray, m: SyncGroupResponse) -> None:
    out += _P0.pack(m.ErrorCode)
    w_bytes_k(out, m.Assignment)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_SyncGroupResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k32(buf, pos)
    return pos


def _o_SyncGroupResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Assignment':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_SyncGroupResponse_v1(buf: Buffer, pos: int) -> tuple[SyncGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_Assignment, pos = bytes_k(buf, pos)
    return SyncGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Assignment=v_Assignment,
    ), pos


def _e_SyncGroupResponse_v1(out: bytearray, m: SyncGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_bytes_k(out, m.Assignment)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_SyncGroupResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = skip_k32(buf, pos)
    return pos


def _o_SyncGroupResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Assignment':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_SyncGroupResponse_v4(buf: Buffer, pos: int) -> tuple[SyncGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_Assignment, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SyncGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        Assignment=v_Assignment,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SyncGroupResponse_v4(out: bytearray, m: SyncGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_bytes_c(out, m.Assignment)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SyncGroupResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SyncGroupResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Assignment':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_SyncGroupResponse_v5(buf: Buffer, pos: int) -> tuple[SyncGroupResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ProtocolType, pos = nstr_c(buf, pos)
    v_ProtocolName, pos = nstr_c(buf, pos)
    v_Assignment, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SyncGroupResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ProtocolType=v_ProtocolType,
        ProtocolName=v_ProtocolName,
        Assignment=v_Assignment,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SyncGroupResponse_v5(out: bytearray, m: SyncGroupResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ProtocolType)
    w_nstr_c(out, m.ProtocolName)
    w_bytes_c(out, m.Assignment)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SyncGroupResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 6
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
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SyncGroupResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ProtocolType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ProtocolName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Assignment':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


SyncGroupResponse.INFO = StructInfo('SyncGroupResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (1, 5), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 5)),
    FieldInfo('ProtocolType', 'string', (5, 5), nullable=(5, 5), default=None, ignorable=True),
    FieldInfo('ProtocolName', 'string', (5, 5), nullable=(5, 5), default=None, ignorable=True),
    FieldInfo('Assignment', 'bytes', (0, 5)),
), (4, 5))

SyncGroupResponse.DECODERS = {
    0: _d_SyncGroupResponse_v0,
    1: _d_SyncGroupResponse_v1,
    2: _d_SyncGroupResponse_v1,
    3: _d_SyncGroupResponse_v1,
    4: _d_SyncGroupResponse_v4,
    5: _d_SyncGroupResponse_v5,
}

SyncGroupResponse.ENCODERS = {
    0: _e_SyncGroupResponse_v0,
    1: _e_SyncGroupResponse_v1,
    2: _e_SyncGroupResponse_v1,
    3: _e_SyncGroupResponse_v1,
    4: _e_SyncGroupResponse_v4,
    5: _e_SyncGroupResponse_v5,
}

SyncGroupResponse.SKIPPERS = {
    0: _s_SyncGroupResponse_v0,
    1: _s_SyncGroupResponse_v1,
    2: _s_SyncGroupResponse_v1,
    3: _s_SyncGroupResponse_v1,
    4: _s_SyncGroupResponse_v4,
    5: _s_SyncGroupResponse_v5,
}

SyncGroupResponse.SEEKERS = {
    0: _o_SyncGroupResponse_v0,
    1: _o_SyncGroupResponse_v1,
    2: _o_SyncGroupResponse_v1,
    3: _o_SyncGroupResponse_v1,
    4: _o_SyncGroupResponse_v4,
    5: _o_SyncGroupResponse_v5,
}
