"""AlterClientQuotasRequest: generated from specs/AlterClientQuotasRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>d?')
_P1 = Struct('>?')


class EntityData(KafkaStruct, kw_only=True, gc=False):
    """An element of EntryData.Entity."""

    EntityType: str = MISSING
    EntityName: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OpData(KafkaStruct, kw_only=True, gc=False):
    """An element of EntryData.Ops."""

    Key: str = MISSING
    Value: float = MISSING
    Remove: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class EntryData(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterClientQuotasRequest.Entries."""

    Entity: list[EntityData] = MISSING
    Ops: list[OpData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterClientQuotasRequest(Message, kw_only=True, gc=False):
    """AlterClientQuotasRequest (API key 49), v0-v1; from specs/AlterClientQuotasRequest.json."""

    API_KEY = 49
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
    LATEST_VERSION_UNSTABLE = False

    Entries: list[EntryData] = MISSING
    ValidateOnly: bool = MISSING
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


def _d_OpData_v0(buf: Buffer, pos: int) -> tuple[OpData, int]:
    v_Key, pos = str_k(buf, pos)
    v_Value, v_Remove = _P0.unpack_from(buf, pos)
    pos += 9
    return OpData(
        Key=v_Key,
        Value=v_Value,
        Remove=v_Remove,
    ), pos


def _e_OpData_v0(out: bytearray, m: OpData) -> None:
    w_str_k(out, m.Key)
    out += _P0.pack(m.Value, m.Remove)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_OpData_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 9
    return pos


def _o_OpData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Key':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Value':
        return pos
    pos += 8
    if stop == 'Remove':
        return pos
    pos += 1
    return pos


def _d_EntryData_v0(buf: Buffer, pos: int) -> tuple[EntryData, int]:
    v_Entity, pos = arr_k(_d_EntityData_v0, buf, pos)
    v_Ops, pos = arr_k(_d_OpData_v0, buf, pos)
    return EntryData(
        Entity=v_Entity,
        Ops=v_Ops,
    ), pos


def _e_EntryData_v0(out: bytearray, m: EntryData) -> None:
    a_Entity = m.Entity
    w_alen_k(out, len(a_Entity))
    for e_Entity in a_Entity:
        _e_EntityData_v0(out, e_Entity)
    a_Ops = m.Ops
    w_alen_k(out, len(a_Ops))
    for e_Ops in a_Ops:
        _e_OpData_v0(out, e_Ops)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_EntryData_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EntityData_v0(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OpData_v0(buf, pos)
    return pos


def _o_EntryData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Entity':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EntityData_v0(buf, pos)
    if stop == 'Ops':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_OpData_v0(buf, pos)
    return pos


def _d_AlterClientQuotasRequest_v0(buf: Buffer, pos: int) -> tuple[AlterClientQuotasRequest, int]:
    v_Entries, pos = arr_k(_d_EntryData_v0, buf, pos)
    (v_ValidateOnly,) = _P1.unpack_from(buf, pos)
    pos += 1
    return AlterClientQuotasRequest(
        Entries=v_Entries,
        ValidateOnly=v_ValidateOnly,
    ), pos


def _e_AlterClientQuotasRequest_v0(out: bytearray, m: AlterClientQuotasRequest) -> None:
    a_Entries = m.Entries
    w_alen_k(out, len(a_Entries))
    for e_Entries in a_Entries:
        _e_EntryData_v0(out, e_Entries)
    out += _P1.pack(m.ValidateOnly)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterClientQuotasRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EntryData_v0(buf, pos)
    pos += 1
    return pos


def _o_AlterClientQuotasRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Entries':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_EntryData_v0(buf, pos)
    if stop == 'ValidateOnly':
        return pos
    pos += 1
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


def _d_OpData_v1(buf: Buffer, pos: int) -> tuple[OpData, int]:
    v_Key, pos = str_c(buf, pos)
    v_Value, v_Remove = _P0.unpack_from(buf, pos)
    pos += 9
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OpData(
        Key=v_Key,
        Value=v_Value,
        Remove=v_Remove,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OpData_v1(out: bytearray, m: OpData) -> None:
    w_str_c(out, m.Key)
    out += _P0.pack(m.Value, m.Remove)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OpData_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 9
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OpData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Remove':
        return pos
    pos += 1
    return pos


def _d_EntryData_v1(buf: Buffer, pos: int) -> tuple[EntryData, int]:
    v_Entity, pos = arr_c(_d_EntityData_v1, buf, pos)
    v_Ops, pos = arr_c(_d_OpData_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = EntryData(
        Entity=v_Entity,
        Ops=v_Ops,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_EntryData_v1(out: bytearray, m: EntryData) -> None:
    a_Entity = m.Entity
    w_alen_c(out, len(a_Entity))
    for e_Entity in a_Entity:
        _e_EntityData_v1(out, e_Entity)
    a_Ops = m.Ops
    w_alen_c(out, len(a_Ops))
    for e_Ops in a_Ops:
        _e_OpData_v1(out, e_Ops)
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
        pos = _s_OpData_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_EntryData_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Entity':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_EntityData_v1(buf, pos)
    if stop == 'Ops':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OpData_v1(buf, pos)
    return pos


def _d_AlterClientQuotasRequest_v1(buf: Buffer, pos: int) -> tuple[AlterClientQuotasRequest, int]:
    v_Entries, pos = arr_c(_d_EntryData_v1, buf, pos)
    (v_ValidateOnly,) = _P1.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterClientQuotasRequest(
        Entries=v_Entries,
        ValidateOnly=v_ValidateOnly,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterClientQuotasRequest_v1(out: bytearray, m: AlterClientQuotasRequest) -> None:
    a_Entries = m.Entries
    w_alen_c(out, len(a_Entries))
    for e_Entries in a_Entries:
        _e_EntryData_v1(out, e_Entries)
    out += _P1.pack(m.ValidateOnly)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterClientQuotasRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_EntryData_v1(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterClientQuotasRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Entries':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_EntryData_v1(buf, pos)
    if stop == 'ValidateOnly':
        return pos
    pos += 1
    return pos


EntityData.INFO = StructInfo('EntityData', (
    FieldInfo('EntityType', 'string', (0, 1)),
    FieldInfo('EntityName', 'string', (0, 1), nullable=(0, 1)),
), (1, 1))

OpData.INFO = StructInfo('OpData', (
    FieldInfo('Key', 'string', (0, 1)),
    FieldInfo('Value', 'float64', (0, 1)),
    FieldInfo('Remove', 'bool', (0, 1)),
), (1, 1))

EntryData.INFO = StructInfo('EntryData', (
    FieldInfo('Entity', '[]struct', (0, 1), struct=EntityData),
    FieldInfo('Ops', '[]struct', (0, 1), struct=OpData),
), (1, 1))

AlterClientQuotasRequest.INFO = StructInfo('AlterClientQuotasRequest', (
    FieldInfo('Entries', '[]struct', (0, 1), struct=EntryData),
    FieldInfo('ValidateOnly', 'bool', (0, 1)),
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

OpData.DECODERS = {
    0: _d_OpData_v0,
    1: _d_OpData_v1,
}

OpData.ENCODERS = {
    0: _e_OpData_v0,
    1: _e_OpData_v1,
}

OpData.SKIPPERS = {
    0: _s_OpData_v0,
    1: _s_OpData_v1,
}

OpData.SEEKERS = {
    0: _o_OpData_v0,
    1: _o_OpData_v1,
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

AlterClientQuotasRequest.DECODERS = {
    0: _d_AlterClientQuotasRequest_v0,
    1: _d_AlterClientQuotasRequest_v1,
}

AlterClientQuotasRequest.ENCODERS = {
    0: _e_AlterClientQuotasRequest_v0,
    1: _e_AlterClientQuotasRequest_v1,
}

AlterClientQuotasRequest.SKIPPERS = {
    0: _s_AlterClientQuotasRequest_v0,
    1: _s_AlterClientQuotasRequest_v1,
}

AlterClientQuotasRequest.SEEKERS = {
    0: _o_AlterClientQuotasRequest_v0,
    1: _o_AlterClientQuotasRequest_v1,
}
