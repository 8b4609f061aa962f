"""DescribeClientQuotasRequest: generated from specs/DescribeClientQuotasRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>b')
_P1 = Struct('>?')


class ComponentData(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeClientQuotasRequest.Components."""

    EntityType: str = MISSING
    MatchType: int = MISSING
    Match: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeClientQuotasRequest(Message, kw_only=True, gc=False):
    """DescribeClientQuotasRequest (API key 48), v0-v1; from specs/DescribeClientQuotasRequest.json."""

    API_KEY = 48
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
    LATEST_VERSION_UNSTABLE = False

    Components: list[ComponentData] = MISSING
    Strict: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ComponentData_v0(buf: Buffer, pos: int) -> tuple[ComponentData, int]:
    v_EntityType, pos = str_k(buf, pos)
    (v_MatchType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_Match, pos = nstr_k(buf, pos)
    return ComponentData(
        EntityType=v_EntityType,
        MatchType=v_MatchType,
        Match=v_Match,
    ), pos


def _e_ComponentData_v0(out: bytearray, m: ComponentData) -> None:
    w_str_k(out, m.EntityType)
    out += _P0.pack(m.MatchType)
    w_nstr_k(out, m.Match)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ComponentData_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    return pos


def _o_ComponentData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'EntityType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'MatchType':
        return pos
    pos += 1
    if stop == 'Match':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_DescribeClientQuotasRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeClientQuotasRequest, int]:
    v_Components, pos = arr_k(_d_ComponentData_v0, buf, pos)
    (v_Strict,) = _P1.unpack_from(buf, pos)
    pos += 1
    return DescribeClientQuotasRequest(
        Components=v_Components,
        Strict=v_Strict,
    ), pos


def _e_DescribeClientQuotasRequest_v0(out: bytearray, m: DescribeClientQuotasRequest) -> None:
    a_Components = m.Components
    w_alen_k(out, len(a_Components))
    for e_Components in a_Components:
        _e_ComponentData_v0(out, e_Components)
    out += _P1.pack(m.Strict)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeClientQuotasRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ComponentData_v0(buf, pos)
    pos += 1
    return pos


def _o_DescribeClientQuotasRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Components':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ComponentData_v0(buf, pos)
    if stop == 'Strict':
        return pos
    pos += 1
    return pos


def _d_ComponentData_v1(buf: Buffer, pos: int) -> tuple[ComponentData, int]:
    v_EntityType, pos = str_c(buf, pos)
    (v_MatchType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_Match, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ComponentData(
        EntityType=v_EntityType,
        MatchType=v_MatchType,
        Match=v_Match,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ComponentData_v1(out: bytearray, m: ComponentData) -> None:
    w_str_c(out, m.EntityType)
    out += _P0.pack(m.MatchType)
    w_nstr_c(out, m.Match)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ComponentData_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ComponentData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'EntityType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MatchType':
        return pos
    pos += 1
    if stop == 'Match':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_DescribeClientQuotasRequest_v1(buf: Buffer, pos: int) -> tuple[DescribeClientQuotasRequest, int]:
    v_Components, pos = arr_c(_d_ComponentData_v1, buf, pos)
    (v_Strict,) = _P1.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClientQuotasRequest(
        Components=v_Components,
        Strict=v_Strict,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClientQuotasRequest_v1(out: bytearray, m: DescribeClientQuotasRequest) -> None:
    a_Components = m.Components
    w_alen_c(out, len(a_Components))
    for e_Components in a_Components:
        _e_ComponentData_v1(out, e_Components)
    out += _P1.pack(m.Strict)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClientQuotasRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ComponentData_v1(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClientQuotasRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Components':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ComponentData_v1(buf, pos)
    if stop == 'Strict':
        return pos
    pos += 1
    return pos


ComponentData.INFO = StructInfo('ComponentData', (
    FieldInfo('EntityType', 'string', (0, 1)),
    FieldInfo('MatchType', 'int8', (0, 1)),
    FieldInfo('Match', 'string', (0, 1), nullable=(0, 1)),
), (1, 1))

DescribeClientQuotasRequest.INFO = StructInfo('DescribeClientQuotasRequest', (
    FieldInfo('Components', '[]struct', (0, 1), struct=ComponentData),
    FieldInfo('Strict', 'bool', (0, 1)),
), (1, 1))

ComponentData.DECODERS = {
    0: _d_ComponentData_v0,
    1: _d_ComponentData_v1,
}

ComponentData.ENCODERS = {
    0: _e_ComponentData_v0,
    1: _e_ComponentData_v1,
}

ComponentData.SKIPPERS = {
    0: _s_ComponentData_v0,
    1: _s_ComponentData_v1,
}

ComponentData.SEEKERS = {
    0: _o_ComponentData_v0,
    1: _o_ComponentData_v1,
}

DescribeClientQuotasRequest.DECODERS = {
    0: _d_DescribeClientQuotasRequest_v0,
    1: _d_DescribeClientQuotasRequest_v1,
}

DescribeClientQuotasRequest.ENCODERS = {
    0: _e_DescribeClientQuotasRequest_v0,
    1: _e_DescribeClientQuotasRequest_v1,
}

DescribeClientQuotasRequest.SKIPPERS = {
    0: _s_DescribeClientQuotasRequest_v0,
    1: _s_DescribeClientQuotasRequest_v1,
}

DescribeClientQuotasRequest.SEEKERS = {
    0: _o_DescribeClientQuotasRequest_v0,
    1: _o_DescribeClientQuotasRequest_v1,
}
