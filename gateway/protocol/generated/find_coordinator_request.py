"""FindCoordinatorRequest: generated from specs/FindCoordinatorRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    arr_c,
    count_c,
    non_default,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_each,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>b')


class FindCoordinatorRequest(Message, kw_only=True, gc=False):
    """FindCoordinatorRequest (API key 10), v0-v6; from specs/FindCoordinatorRequest.json."""

    API_KEY = 10
    KIND = 'request'
    VALID_VERSIONS = (0, 6)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    Key: str = MISSING
    KeyType: int = 0
    CoordinatorKeys: list[str] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_FindCoordinatorRequest_v0(buf: Buffer, pos: int) -> tuple[FindCoordinatorRequest, int]:
    v_Key, pos = str_k(buf, pos)
    return FindCoordinatorRequest(
        Key=v_Key,
        CoordinatorKeys=[],
    ), pos


def _e_FindCoordinatorRequest_v0(out: bytearray, m: FindCoordinatorRequest) -> None:
    w_str_k(out, m.Key)
    if non_default(m.KeyType, 0):
        raise EncodeError('KeyType')
    if non_default(m.CoordinatorKeys, []):
        raise EncodeError('CoordinatorKeys')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FindCoordinatorRequest_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    return pos


def _o_FindCoordinatorRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Key':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_FindCoordinatorRequest_v1(buf: Buffer, pos: int) -> tuple[FindCoordinatorRequest, int]:
    v_Key, pos = str_k(buf, pos)
    (v_KeyType,) = _P0.unpack_from(buf, pos)
    pos += 1
    return FindCoordinatorRequest(
        Key=v_Key,
        KeyType=v_KeyType,
        CoordinatorKeys=[],
    ), pos


def _e_FindCoordinatorRequest_v1(out: bytearray, m: FindCoordinatorRequest) -> None:
    w_str_k(out, m.Key)
    out += _P0.pack(m.KeyType)
    if non_default(m.CoordinatorKeys, []):
        raise EncodeError('CoordinatorKeys')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_FindCoordinatorRequest_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 1
    return pos


def _o_FindCoordinatorRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Key':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'KeyType':
        return pos
    pos += 1
    return pos


def _d_FindCoordinatorRequest_v3(buf: Buffer, pos: int) -> tuple[FindCoordinatorRequest, int]:
    v_Key, pos = str_c(buf, pos)
    (v_KeyType,) = _P0.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FindCoordinatorRequest(
        Key=v_Key,
        KeyType=v_KeyType,
        CoordinatorKeys=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FindCoordinatorRequest_v3(out: bytearray, m: FindCoordinatorRequest) -> None:
    w_str_c(out, m.Key)
    out += _P0.pack(m.KeyType)
    if non_default(m.CoordinatorKeys, []):
        raise EncodeError('CoordinatorKeys')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FindCoordinatorRequest_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FindCoordinatorRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Key':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'KeyType':
        return pos
    pos += 1
    return pos


def _d_FindCoordinatorRequest_v4(buf: Buffer, pos: int) -> tuple[FindCoordinatorRequest, int]:
    (v_KeyType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_CoordinatorKeys, pos = arr_c(str_c, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FindCoordinatorRequest(
        Key="",
        KeyType=v_KeyType,
        CoordinatorKeys=v_CoordinatorKeys,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FindCoordinatorRequest_v4(out: bytearray, m: FindCoordinatorRequest) -> None:
    if non_default(m.Key, ""):
        raise EncodeError('Key')
    out += _P0.pack(m.KeyType)
    a_CoordinatorKeys = m.CoordinatorKeys
    w_alen_c(out, len(a_CoordinatorKeys))
    w_each(w_str_c, out, a_CoordinatorKeys)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FindCoordinatorRequest_v4(buf: Buffer, pos: int) -> int:
    pos += 1
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FindCoordinatorRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'KeyType':
        return pos
    pos += 1
    if stop == 'CoordinatorKeys':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos


FindCoordinatorRequest.INFO = StructInfo('FindCoordinatorRequest', (
    FieldInfo('Key', 'string', (0, 3)),
    FieldInfo('KeyType', 'int8', (1, 6), default=0),
    FieldInfo('CoordinatorKeys', '[]string', (4, 6)),
), (3, 6))

FindCoordinatorRequest.DECODERS = {
    0: _d_FindCoordinatorRequest_v0,
    1: _d_FindCoordinatorRequest_v1,
    2: _d_FindCoordinatorRequest_v1,
    3: _d_FindCoordinatorRequest_v3,
    4: _d_FindCoordinatorRequest_v4,
    5: _d_FindCoordinatorRequest_v4,
    6: _d_FindCoordinatorRequest_v4,
}

FindCoordinatorRequest.ENCODERS = {
    0: _e_FindCoordinatorRequest_v0,
    1: _e_FindCoordinatorRequest_v1,
    2: _e_FindCoordinatorRequest_v1,
    3: _e_FindCoordinatorRequest_v3,
    4: _e_FindCoordinatorRequest_v4,
    5: _e_FindCoordinatorRequest_v4,
    6: _e_FindCoordinatorRequest_v4,
}

FindCoordinatorRequest.SKIPPERS = {
    0: _s_FindCoordinatorRequest_v0,
    1: _s_FindCoordinatorRequest_v1,
    2: _s_FindCoordinatorRequest_v1,
    3: _s_FindCoordinatorRequest_v3,
    4: _s_FindCoordinatorRequest_v4,
    5: _s_FindCoordinatorRequest_v4,
    6: _s_FindCoordinatorRequest_v4,
}

FindCoordinatorRequest.SEEKERS = {
    0: _o_FindCoordinatorRequest_v0,
    1: _o_FindCoordinatorRequest_v1,
    2: _o_FindCoordinatorRequest_v1,
    3: _o_FindCoordinatorRequest_v3,
    4: _o_FindCoordinatorRequest_v4,
    5: _o_FindCoordinatorRequest_v4,
    6: _o_FindCoordinatorRequest_v4,
}
