"""CreateDelegationTokenRequest: generated from specs/CreateDelegationTokenRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    count_c,
    count_k,
    non_default,
    nstr_c,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>q')


class CreatableRenewers(KafkaStruct, kw_only=True, gc=False):
    """An element of CreateDelegationTokenRequest.Renewers."""

    PrincipalType: str = MISSING
    PrincipalName: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreateDelegationTokenRequest(Message, kw_only=True, gc=False):
    """CreateDelegationTokenRequest (API key 38), v0-v3; from specs/CreateDelegationTokenRequest.json."""

    API_KEY = 38
    KIND = 'request'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    OwnerPrincipalType: str | None = MISSING
    OwnerPrincipalName: str | None = MISSING
    Renewers: list[CreatableRenewers] = MISSING
    MaxLifetimeMs: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_CreatableRenewers_v0(buf: Buffer, pos: int) -> tuple[CreatableRenewers, int]:
    v_PrincipalType, pos = str_k(buf, pos)
    v_PrincipalName, pos = str_k(buf, pos)
    return CreatableRenewers(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
    ), pos


def _e_CreatableRenewers_v0(out: bytearray, m: CreatableRenewers) -> None:
    w_str_k(out, m.PrincipalType)
    w_str_k(out, m.PrincipalName)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatableRenewers_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_CreatableRenewers_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PrincipalType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PrincipalName':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_CreateDelegationTokenRequest_v0(buf: Buffer, pos: int) -> tuple[CreateDelegationTokenRequest, int]:
    v_Renewers, pos = arr_k(_d_CreatableRenewers_v0, buf, pos)
    (v_MaxLifetimeMs,) = _P0.unpack_from(buf, pos)
    pos += 8
    return CreateDelegationTokenRequest(
        OwnerPrincipalType="",
        OwnerPrincipalName="",
        Renewers=v_Renewers,
        MaxLifetimeMs=v_MaxLifetimeMs,
    ), pos


def _e_CreateDelegationTokenRequest_v0(out: bytearray, m: CreateDelegationTokenRequest) -> None:
    if non_default(m.OwnerPrincipalType, ""):
        raise EncodeError('OwnerPrincipalType')
    if non_default(m.OwnerPrincipalName, ""):
        raise EncodeError('OwnerPrincipalName')
    a_Renewers = m.Renewers
    w_alen_k(out, len(a_Renewers))
    for e_Renewers in a_Renewers:
        _e_CreatableRenewers_v0(out, e_Renewers)
    out += _P0.pack(m.MaxLifetimeMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateDelegationTokenRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableRenewers_v0(buf, pos)
    pos += 8
    return pos


def _o_CreateDelegationTokenRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Renewers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableRenewers_v0(buf, pos)
    if stop == 'MaxLifetimeMs':
        return pos
    pos += 8
    return pos


def _d_CreatableRenewers_v2(buf: Buffer, pos: int) -> tuple[CreatableRenewers, int]:
    v_PrincipalType, pos = str_c(buf, pos)
    v_PrincipalName, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatableRenewers(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatableRenewers_v2(out: bytearray, m: CreatableRenewers) -> None:
    w_str_c(out, m.PrincipalType)
    w_str_c(out, m.PrincipalName)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatableRenewers_v2(buf: Buffer, pos: int) -> int:
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


def _o_CreatableRenewers_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PrincipalType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PrincipalName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_CreateDelegationTokenRequest_v2(buf: Buffer, pos: int) -> tuple[CreateDelegationTokenRequest, int]:
    v_Renewers, pos = arr_c(_d_CreatableRenewers_v2, buf, pos)
    (v_MaxLifetimeMs,) = _P0.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateDelegationTokenRequest(
        OwnerPrincipalType="",
        OwnerPrincipalName="",
        Renewers=v_Renewers,
        MaxLifetimeMs=v_MaxLifetimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateDelegationTokenRequest_v2(out: bytearray, m: CreateDelegationTokenRequest) -> None:
    if non_default(m.OwnerPrincipalType, ""):
        raise EncodeError('OwnerPrincipalType')
    if non_default(m.OwnerPrincipalName, ""):
        raise EncodeError('OwnerPrincipalName')
    a_Renewers = m.Renewers
    w_alen_c(out, len(a_Renewers))
    for e_Renewers in a_Renewers:
        _e_CreatableRenewers_v2(out, e_Renewers)
    out += _P0.pack(m.MaxLifetimeMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateDelegationTokenRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableRenewers_v2(buf, pos)
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateDelegationTokenRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Renewers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableRenewers_v2(buf, pos)
    if stop == 'MaxLifetimeMs':
        return pos
    pos += 8
    return pos


def _d_CreateDelegationTokenRequest_v3(buf: Buffer, pos: int) -> tuple[CreateDelegationTokenRequest, int]:
    v_OwnerPrincipalType, pos = nstr_c(buf, pos)
    v_OwnerPrincipalName, pos = nstr_c(buf, pos)
    v_Renewers, pos = arr_c(_d_CreatableRenewers_v2, buf, pos)
    (v_MaxLifetimeMs,) = _P0.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateDelegationTokenRequest(
        OwnerPrincipalType=v_OwnerPrincipalType,
        OwnerPrincipalName=v_OwnerPrincipalName,
        Renewers=v_Renewers,
        MaxLifetimeMs=v_MaxLifetimeMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateDelegationTokenRequest_v3(out: bytearray, m: CreateDelegationTokenRequest) -> None:
    w_nstr_c(out, m.OwnerPrincipalType)
    w_nstr_c(out, m.OwnerPrincipalName)
    a_Renewers = m.Renewers
    w_alen_c(out, len(a_Renewers))
    for e_Renewers in a_Renewers:
        _e_CreatableRenewers_v2(out, e_Renewers)
    out += _P0.pack(m.MaxLifetimeMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateDelegationTokenRequest_v3(buf: Buffer, pos: int) -> int:
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
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableRenewers_v2(buf, pos)
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateDelegationTokenRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'OwnerPrincipalType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'OwnerPrincipalName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Renewers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableRenewers_v2(buf, pos)
    if stop == 'MaxLifetimeMs':
        return pos
    pos += 8
    return pos


CreatableRenewers.INFO = StructInfo('CreatableRenewers', (
    FieldInfo('PrincipalType', 'string', (0, 3)),
    FieldInfo('PrincipalName', 'string', (0, 3)),
), (2, 3))

CreateDelegationTokenRequest.INFO = StructInfo('CreateDelegationTokenRequest', (
    FieldInfo('OwnerPrincipalType', 'string', (3, 3), nullable=(3, 3)),
    FieldInfo('OwnerPrincipalName', 'string', (3, 3), nullable=(3, 3)),
    FieldInfo('Renewers', '[]struct', (0, 3), struct=CreatableRenewers),
    FieldInfo('MaxLifetimeMs', 'int64', (0, 3)),
), (2, 3))

CreatableRenewers.DECODERS = {
    0: _d_CreatableRenewers_v0,
    1: _d_CreatableRenewers_v0,
    2: _d_CreatableRenewers_v2,
    3: _d_CreatableRenewers_v2,
}

CreatableRenewers.ENCODERS = {
    0: _e_CreatableRenewers_v0,
    1: _e_CreatableRenewers_v0,
    2: _e_CreatableRenewers_v2,
    3: _e_CreatableRenewers_v2,
}

CreatableRenewers.SKIPPERS = {
    0: _s_CreatableRenewers_v0,
    1: _s_CreatableRenewers_v0,
    2: _s_CreatableRenewers_v2,
    3: _s_CreatableRenewers_v2,
}

CreatableRenewers.SEEKERS = {
    0: _o_CreatableRenewers_v0,
    1: _o_CreatableRenewers_v0,
    2: _o_CreatableRenewers_v2,
    3: _o_CreatableRenewers_v2,
}

CreateDelegationTokenRequest.DECODERS = {
    0: _d_CreateDelegationTokenRequest_v0,
    1: _d_CreateDelegationTokenRequest_v0,
    2: _d_CreateDelegationTokenRequest_v2,
    3: _d_CreateDelegationTokenRequest_v3,
}

CreateDelegationTokenRequest.ENCODERS = {
    0: _e_CreateDelegationTokenRequest_v0,
    1: _e_CreateDelegationTokenRequest_v0,
    2: _e_CreateDelegationTokenRequest_v2,
    3: _e_CreateDelegationTokenRequest_v3,
}

CreateDelegationTokenRequest.SKIPPERS = {
    0: _s_CreateDelegationTokenRequest_v0,
    1: _s_CreateDelegationTokenRequest_v0,
    2: _s_CreateDelegationTokenRequest_v2,
    3: _s_CreateDelegationTokenRequest_v3,
}

CreateDelegationTokenRequest.SEEKERS = {
    0: _o_CreateDelegationTokenRequest_v0,
    1: _o_CreateDelegationTokenRequest_v0,
    2: _o_CreateDelegationTokenRequest_v2,
    3: _o_CreateDelegationTokenRequest_v3,
}
