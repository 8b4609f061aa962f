"""DescribeDelegationTokenRequest: generated from specs/DescribeDelegationTokenRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    count_c,
    count_k,
    narr_c,
    narr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_str_c,
    w_str_k,
    w_tags,
)


class DescribeDelegationTokenOwner(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeDelegationTokenRequest.Owners."""

    PrincipalType: str = MISSING
    PrincipalName: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeDelegationTokenRequest(Message, kw_only=True, gc=False):
    """DescribeDelegationTokenRequest (API key 41), v0-v3; from specs/DescribeDelegationTokenRequest.json."""

    API_KEY = 41
    KIND = 'request'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    Owners: list[DescribeDelegationTokenOwner] | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeDelegationTokenOwner_v0(buf: Buffer, pos: int) -> tuple[DescribeDelegationTokenOwner, int]:
    v_PrincipalType, pos = str_k(buf, pos)
    v_PrincipalName, pos = str_k(buf, pos)
    return DescribeDelegationTokenOwner(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
    ), pos


def _e_DescribeDelegationTokenOwner_v0(out: bytearray, m: DescribeDelegationTokenOwner) -> None:
    w_str_k(out, m.PrincipalType)
    w_str_k(out, m.PrincipalName)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeDelegationTokenOwner_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_DescribeDelegationTokenOwner_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PrincipalType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PrincipalName':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_DescribeDelegationTokenRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeDelegationTokenRequest, int]:
    v_Owners, pos = narr_k(_d_DescribeDelegationTokenOwner_v0, buf, pos)
    return DescribeDelegationTokenRequest(
        Owners=v_Owners,
    ), pos


def _e_DescribeDelegationTokenRequest_v0(out: bytearray, m: DescribeDelegationTokenRequest) -> None:
    a_Owners = m.Owners
    if a_Owners is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_Owners))
        for e_Owners in a_Owners:
            _e_DescribeDelegationTokenOwner_v0(out, e_Owners)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeDelegationTokenRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeDelegationTokenOwner_v0(buf, pos)
    return pos


def _o_DescribeDelegationTokenRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Owners':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeDelegationTokenOwner_v0(buf, pos)
    return pos


def _d_DescribeDelegationTokenOwner_v2(buf: Buffer, pos: int) -> tuple[DescribeDelegationTokenOwner, int]:
    v_PrincipalType, pos = str_c(buf, pos)
    v_PrincipalName, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeDelegationTokenOwner(
        PrincipalType=v_PrincipalType,
        PrincipalName=v_PrincipalName,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeDelegationTokenOwner_v2(out: bytearray, m: DescribeDelegationTokenOwner) -> None:
    w_str_c(out, m.PrincipalType)
    w_str_c(out, m.PrincipalName)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeDelegationTokenOwner_v2(buf: Buffer, pos: int) -> int:
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


def _o_DescribeDelegationTokenOwner_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_DescribeDelegationTokenRequest_v2(buf: Buffer, pos: int) -> tuple[DescribeDelegationTokenRequest, int]:
    v_Owners, pos = narr_c(_d_DescribeDelegationTokenOwner_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeDelegationTokenRequest(
        Owners=v_Owners,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeDelegationTokenRequest_v2(out: bytearray, m: DescribeDelegationTokenRequest) -> None:
    a_Owners = m.Owners
    if a_Owners is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Owners))
        for e_Owners in a_Owners:
            _e_DescribeDelegationTokenOwner_v2(out, e_Owners)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeDelegationTokenRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeDelegationTokenOwner_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeDelegationTokenRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Owners':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeDelegationTokenOwner_v2(buf, pos)
    return pos


DescribeDelegationTokenOwner.INFO = StructInfo('DescribeDelegationTokenOwner', (
    FieldInfo('PrincipalType', 'string', (0, 3)),
    FieldInfo('PrincipalName', 'string', (0, 3)),
), (2, 3))

DescribeDelegationTokenRequest.INFO = StructInfo('DescribeDelegationTokenRequest', (
    FieldInfo('Owners', '[]struct', (0, 3), nullable=(0, 3), struct=DescribeDelegationTokenOwner),
), (2, 3))

DescribeDelegationTokenOwner.DECODERS = {
    0: _d_DescribeDelegationTokenOwner_v0,
    1: _d_DescribeDelegationTokenOwner_v0,
    2: _d_DescribeDelegationTokenOwner_v2,
    3: _d_DescribeDelegationTokenOwner_v2,
}

DescribeDelegationTokenOwner.ENCODERS = {
    0: _e_DescribeDelegationTokenOwner_v0,
    1: _e_DescribeDelegationTokenOwner_v0,
    2: _e_DescribeDelegationTokenOwner_v2,
    3: _e_DescribeDelegationTokenOwner_v2,
}

DescribeDelegationTokenOwner.SKIPPERS = {
    0: _s_DescribeDelegationTokenOwner_v0,
    1: _s_DescribeDelegationTokenOwner_v0,
    2: _s_DescribeDelegationTokenOwner_v2,
    3: _s_DescribeDelegationTokenOwner_v2,
}

DescribeDelegationTokenOwner.SEEKERS = {
    0: _o_DescribeDelegationTokenOwner_v0,
    1: _o_DescribeDelegationTokenOwner_v0,
    2: _o_DescribeDelegationTokenOwner_v2,
    3: _o_DescribeDelegationTokenOwner_v2,
}

DescribeDelegationTokenRequest.DECODERS = {
    0: _d_DescribeDelegationTokenRequest_v0,
    1: _d_DescribeDelegationTokenRequest_v0,
    2: _d_DescribeDelegationTokenRequest_v2,
    3: _d_DescribeDelegationTokenRequest_v2,
}

DescribeDelegationTokenRequest.ENCODERS = {
    0: _e_DescribeDelegationTokenRequest_v0,
    1: _e_DescribeDelegationTokenRequest_v0,
    2: _e_DescribeDelegationTokenRequest_v2,
    3: _e_DescribeDelegationTokenRequest_v2,
}

DescribeDelegationTokenRequest.SKIPPERS = {
    0: _s_DescribeDelegationTokenRequest_v0,
    1: _s_DescribeDelegationTokenRequest_v0,
    2: _s_DescribeDelegationTokenRequest_v2,
    3: _s_DescribeDelegationTokenRequest_v2,
}

DescribeDelegationTokenRequest.SEEKERS = {
    0: _o_DescribeDelegationTokenRequest_v0,
    1: _o_DescribeDelegationTokenRequest_v0,
    2: _o_DescribeDelegationTokenRequest_v2,
    3: _o_DescribeDelegationTokenRequest_v2,
}
