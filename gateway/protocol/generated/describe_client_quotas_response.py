"""DescribeClientQuotasResponse: generated from specs/DescribeClientQuotasResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    narr_c,
    narr_k,
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

_P0 = Struct('>d')
_P1 = Struct('>ih')


class EntityData(KafkaStruct, kw_only=True, gc=False):
    """An element of EntryData.Entity."""

    EntityType: str = MISSING
    EntityName: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ValueData(KafkaStruct, kw_only=True, gc=False):
    """An element of EntryData.Values."""

    Key: str = MISSING
    Value: float = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class EntryData(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeClientQuotasResponse.Entries."""

    Entity: list[EntityData] = MISSING
    Values: list[ValueData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeClientQuotasResponse(Message, kw_only=True, gc=False):
    """DescribeClientQuotasResponse (API key 48), v0-v1; from specs/DescribeClientQuotasResponse.json."""

    API_KEY = 48
    KIND = 'response'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    Entries: list[EntryData] | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_EntityData_v0(buf: Buffer, pos: int) -> tuple[EntityData, int]:
    v_EntityType, pos = str_k(buf, pos)
    v_EntityName, pos = nstr_k(buf, pos)
    return EntityData(
        EntityType=v_EntityType,
        EntityName=v_EntityName,
    ), pos


def _e_EntityData_v0(out: bytearray, m: EntityData) -> None:
    w_str_k(out, m.EntityType)
    w_nstr_k(out, m.EntityName)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_EntityData_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    return pos


def _o_EntityData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'EntityType':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'EntityName':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_ValueData_v0(buf: Buffer, pos: int) -> tuple[ValueData, int]:
    v_Key, pos = str_k(buf, pos)
    (v_Value,) = _P0.unpack_from(buf, pos)
    pos += 8
    return ValueData(
        Key=v_Key,
        Value=v_Value,
    ), pos


def _e_ValueData_v0(out: bytearray, m: ValueData) -> None:
    w_str_k(out, m.Key)
    out += _P0.pack(m.Value)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ValueData_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 8
    return pos


def _o_ValueData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Key':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Value':
        return pos
    pos += 8
    return pos


def _d_EntryData_v0(buf: Buffer, pos: int) -> tuple[EntryData, int]:
    v_Entity, pos = arr_k(_d_EntityData_v0, buf, pos)
    v_Values, pos = arr_k(_d_ValueData_v0, buf, pos)
    return EntryData(
        Entity=v_Entity,
        Values=v_Values,
    ), pos


def _e_EntryData_v0(out: bytearray, m: EntryData) -> None:
    a_Entity = m.Entity
    w_alen_k(out, len(a_Entity))
    for e_Entity in a_Entity:
        _e_EntityData_v0(out, e_Entity)
    a_Values = m.Values
    w_alen_k(out, len(a_Values))
    for e_Values in a_Values:
        _e_ValueData_v0(out, e_Values)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_EntryData_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EntityData_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ValueData_v0(buf, pos)
    return pos


def _o_EntryData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Entity':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EntityData_v0(buf, pos)
    if stop == 'Values':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ValueData_v0(buf, pos)
    return pos


def _d_DescribeClientQuotasResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeClientQuotasResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_k(buf, pos)
    v_Entries, pos = narr_k(_d_EntryData_v0, buf, pos)
    return DescribeClientQuotasResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Entries=v_Entries,
    ), pos


def _e_DescribeClientQuotasResponse_v0(out: bytearray, m: DescribeClientQuotasResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    a_Entries = m.Entries
    if a_Entries is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_Entries))
        for e_Entries in a_Entries:
            _e_EntryData_v0(out, e_Entries)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeClientQuotasResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EntryData_v0(buf, pos)
    return pos


def _o_DescribeClientQuotasResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Entries':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EntryData_v0(buf, pos)
    return pos


def _d_EntityData_v1(buf: Buffer, pos: int) -> tuple[EntityData, int]:
    v_EntityType, pos = str_c(buf, pos)
    v_EntityName, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EntityData(
        EntityType=v_EntityType,
        EntityName=v_EntityName,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EntityData_v1(out: bytearray, m: EntityData) -> None:
    w_str_c(out, m.EntityType)
    w_nstr_c(out, m.EntityName)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EntityData_v1(buf: Buffer, pos: int) -> int:
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


def _o_EntityData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'EntityType':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'EntityName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_ValueData_v1(buf: Buffer, pos: int) -> tuple[ValueData, int]:
    v_Key, pos = str_c(buf, pos)
    (v_Value,) = _P0.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ValueData(
        Key=v_Key,
        Value=v_Value,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ValueData_v1(out: bytearray, m: ValueData) -> None:
    w_str_c(out, m.Key)
    out += _P0.pack(m.Value)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ValueData_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ValueData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Key':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Value':
        return pos
    pos += 8
    return pos


def _d_EntryData_v1(buf: Buffer, pos: int) -> tuple[EntryData, int]:
    v_Entity, pos = arr_c(_d_EntityData_v1, buf, pos)
    v_Values, pos = arr_c(_d_ValueData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EntryData(
        Entity=v_Entity,
        Values=v_Values,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EntryData_v1(out: bytearray, m: EntryData) -> None:
    a_Entity = m.Entity
    w_alen_c(out, len(a_Entity))
    for e_Entity in a_Entity:
        _e_EntityData_v1(out, e_Entity)
    a_Values = m.Values
    w_alen_c(out, len(a_Values))
    for e_Values in a_Values:
        _e_ValueData_v1(out, e_Values)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_EntryData_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_EntityData_v1(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ValueData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EntryData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Entity':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_EntityData_v1(buf, pos)
    if stop == 'Values':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ValueData_v1(buf, pos)
    return pos


def _d_DescribeClientQuotasResponse_v1(buf: Buffer, pos: int) -> tuple[DescribeClientQuotasResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_Entries, pos = narr_c(_d_EntryData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClientQuotasResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Entries=v_Entries,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClientQuotasResponse_v1(out: bytearray, m: DescribeClientQuotasResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_Entries = m.Entries
    if a_Entries is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Entries))
        for e_Entries in a_Entries:
            _e_EntryData_v1(out, e_Entries)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClientQuotasResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_EntryData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClientQuotasResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Entries':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_EntryData_v1(buf, pos)
    return pos


EntityData.INFO = StructInfo('EntityData', (
    FieldInfo('EntityType', 'string', (0, 1)),
    FieldInfo('EntityName', 'string', (0, 1), nullable=(0, 1)),
), (1, 1))

ValueData.INFO = StructInfo('ValueData', (
    FieldInfo('Key', 'string', (0, 1)),
    FieldInfo('Value', 'float64', (0, 1)),
), (1, 1))

EntryData.INFO = StructInfo('EntryData', (
    FieldInfo('Entity', '[]struct', (0, 1), struct=EntityData),
    FieldInfo('Values', '[]struct', (0, 1), struct=ValueData),
), (1, 1))

DescribeClientQuotasResponse.INFO = StructInfo('DescribeClientQuotasResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 1)),
    FieldInfo('ErrorCode', 'int16', (0, 1)),
    FieldInfo('ErrorMessage', 'string', (0, 1), nullable=(0, 1)),
    FieldInfo('Entries', '[]struct', (0, 1), nullable=(0, 1), struct=EntryData),
), (1, 1))

EntityData.DECODERS = {
    0: _d_EntityData_v0,
    1: _d_EntityData_v1,
}

EntityData.ENCODERS = {
    0: _e_EntityData_v0,
    1: _e_EntityData_v1,
}

EntityData.SKIPPERS = {
    0: _s_EntityData_v0,
    1: _s_EntityData_v1,
}

EntityData.SEEKERS = {
    0: _o_EntityData_v0,
    1: _o_EntityData_v1,
}

ValueData.DECODERS = {
    0: _d_ValueData_v0,
    1: _d_ValueData_v1,
}

ValueData.ENCODERS = {
    0: _e_ValueData_v0,
    1: _e_ValueData_v1,
}

ValueData.SKIPPERS = {
    0: _s_ValueData_v0,
    1: _s_ValueData_v1,
}

ValueData.SEEKERS = {
    0: _o_ValueData_v0,
    1: _o_ValueData_v1,
}

EntryData.DECODERS = {
    0: _d_EntryData_v0,
    1: _d_EntryData_v1,
}

EntryData.ENCODERS = {
    0: _e_EntryData_v0,
    1: _e_EntryData_v1,
}

EntryData.SKIPPERS = {
    0: _s_EntryData_v0,
    1: _s_EntryData_v1,
}

EntryData.SEEKERS = {
    0: _o_EntryData_v0,
    1: _o_EntryData_v1,
}

DescribeClientQuotasResponse.DECODERS = {
    0: _d_DescribeClientQuotasResponse_v0,
    1: _d_DescribeClientQuotasResponse_v1,
}

DescribeClientQuotasResponse.ENCODERS = {
    0: _e_DescribeClientQuotasResponse_v0,
    1: _e_DescribeClientQuotasResponse_v1,
}

DescribeClientQuotasResponse.SKIPPERS = {
    0: _s_DescribeClientQuotasResponse_v0,
    1: _s_DescribeClientQuotasResponse_v1,
}

DescribeClientQuotasResponse.SEEKERS = {
    0: _o_DescribeClientQuotasResponse_v0,
    1: _o_DescribeClientQuotasResponse_v1,
}
