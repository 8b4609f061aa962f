"""IncrementalAlterConfigsRequest: generated from specs/IncrementalAlterConfigsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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


class AlterableConfig(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterConfigsResource.Configs."""

    Name: str = MISSING
    ConfigOperation: int = MISSING
    Value: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterConfigsResource(KafkaStruct, kw_only=True, gc=False):
    """An element of IncrementalAlterConfigsRequest.Resources."""

    ResourceType: int = MISSING
    ResourceName: str = MISSING
    Configs: list[AlterableConfig] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class IncrementalAlterConfigsRequest(Message, kw_only=True, gc=False):
    """IncrementalAlterConfigsRequest (API key 44), v0-v1; from specs/IncrementalAlterConfigsRequest.json."""

    API_KEY = 44
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
    LATEST_VERSION_UNSTABLE = False

    Resources: list[AlterConfigsResource] = MISSING
    ValidateOnly: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AlterableConfig_v0(buf: Buffer, pos: int) -> tuple[AlterableConfig, int]:
    v_Name, pos = str_k(buf, pos)
    (v_ConfigOperation,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_Value, pos = nstr_k(buf, pos)
    return AlterableConfig(
        Name=v_Name,
        ConfigOperation=v_ConfigOperation,
        Value=v_Value,
    ), pos


def _e_AlterableConfig_v0(out: bytearray, m: AlterableConfig) -> None:
    w_str_k(out, m.Name)
    out += _P0.pack(m.ConfigOperation)
    w_nstr_k(out, m.Value)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterableConfig_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    return pos


def _o_AlterableConfig_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ConfigOperation':
        return pos
    pos += 1
    if stop == 'Value':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_AlterConfigsResource_v0(buf: Buffer, pos: int) -> tuple[AlterConfigsResource, int]:
    (v_ResourceType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    v_Configs, pos = arr_k(_d_AlterableConfig_v0, buf, pos)
    return AlterConfigsResource(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Configs=v_Configs,
    ), pos


def _e_AlterConfigsResource_v0(out: bytearray, m: AlterConfigsResource) -> None:
    out += _P0.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    a_Configs = m.Configs
    w_alen_k(out, len(a_Configs))
    for e_Configs in a_Configs:
        _e_AlterableConfig_v0(out, e_Configs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterConfigsResource_v0(buf: Buffer, pos: int) -> int:
    pos += 1
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterableConfig_v0(buf, pos)
    return pos


def _o_AlterConfigsResource_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Configs':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterableConfig_v0(buf, pos)
    return pos


def _d_IncrementalAlterConfigsRequest_v0(buf: Buffer, pos: int) -> tuple[IncrementalAlterConfigsRequest, int]:
    v_Resources, pos = arr_k(_d_AlterConfigsResource_v0, buf, pos)
    (v_ValidateOnly,) = _P1.unpack_from(buf, pos)
    pos += 1
    return IncrementalAlterConfigsRequest(
        Resources=v_Resources,
        ValidateOnly=v_ValidateOnly,
    ), pos


def _e_IncrementalAlterConfigsRequest_v0(out: bytearray, m: IncrementalAlterConfigsRequest) -> None:
    a_Resources = m.Resources
    w_alen_k(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_AlterConfigsResource_v0(out, e_Resources)
    out += _P1.pack(m.ValidateOnly)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_IncrementalAlterConfigsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResource_v0(buf, pos)
    pos += 1
    return pos


def _o_IncrementalAlterConfigsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Resources':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResource_v0(buf, pos)
    if stop == 'ValidateOnly':
        return pos
    pos += 1
    return pos


def _d_AlterableConfig_v1(buf: Buffer, pos: int) -> tuple[AlterableConfig, int]:
    v_Name, pos = str_c(buf, pos)
    (v_ConfigOperation,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_Value, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterableConfig(
        Name=v_Name,
        ConfigOperation=v_ConfigOperation,
        Value=v_Value,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterableConfig_v1(out: bytearray, m: AlterableConfig) -> None:
    w_str_c(out, m.Name)
    out += _P0.pack(m.ConfigOperation)
    w_nstr_c(out, m.Value)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterableConfig_v1(buf: Buffer, pos: int) -> int:
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


def _o_AlterableConfig_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ConfigOperation':
        return pos
    pos += 1
    if stop == 'Value':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_AlterConfigsResource_v1(buf: Buffer, pos: int) -> tuple[AlterConfigsResource, int]:
    (v_ResourceType,) = _P0.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_c(buf, pos)
    v_Configs, pos = arr_c(_d_AlterableConfig_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterConfigsResource(
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Configs=v_Configs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterConfigsResource_v1(out: bytearray, m: AlterConfigsResource) -> None:
    out += _P0.pack(m.ResourceType)
    w_str_c(out, m.ResourceName)
    a_Configs = m.Configs
    w_alen_c(out, len(a_Configs))
    for e_Configs in a_Configs:
        _e_AlterableConfig_v1(out, e_Configs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterConfigsResource_v1(buf: Buffer, pos: int) -> int:
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterableConfig_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterConfigsResource_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ResourceType':
        return pos
    pos += 1
    if stop == 'ResourceName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Configs':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterableConfig_v1(buf, pos)
    return pos


def _d_IncrementalAlterConfigsRequest_v1(buf: Buffer, pos: int) -> tuple[IncrementalAlterConfigsRequest, int]:
    v_Resources, pos = arr_c(_d_AlterConfigsResource_v1, buf, pos)
    (v_ValidateOnly,) = _P1.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = IncrementalAlterConfigsRequest(
        Resources=v_Resources,
        ValidateOnly=v_ValidateOnly,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_IncrementalAlterConfigsRequest_v1(out: bytearray, m: IncrementalAlterConfigsRequest) -> None:
    a_Resources = m.Resources
    w_alen_c(out, len(a_Resources))
    for e_Resources in a_Resources:
        _e_AlterConfigsResource_v1(out, e_Resources)
    out += _P1.pack(m.ValidateOnly)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_IncrementalAlterConfigsRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResource_v1(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_IncrementalAlterConfigsRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Resources':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterConfigsResource_v1(buf, pos)
    if stop == 'ValidateOnly':
        return pos
    pos += 1
    return pos


AlterableConfig.INFO = StructInfo('AlterableConfig', (
    FieldInfo('Name', 'string', (0, 1)),
    FieldInfo('ConfigOperation', 'int8', (0, 1)),
    FieldInfo('Value', 'string', (0, 1), nullable=(0, 1)),
), (1, 1))

AlterConfigsResource.INFO = StructInfo('AlterConfigsResource', (
    FieldInfo('ResourceType', 'int8', (0, 1)),
    FieldInfo('ResourceName', 'string', (0, 1)),
    FieldInfo('Configs', '[]struct', (0, 1), struct=AlterableConfig),
), (1, 1))

IncrementalAlterConfigsRequest.INFO = StructInfo('IncrementalAlterConfigsRequest', (
    FieldInfo('Resources', '[]struct', (0, 1), struct=AlterConfigsResource),
    FieldInfo('ValidateOnly', 'bool', (0, 1)),
), (1, 1))

AlterableConfig.DECODERS = {
    0: _d_AlterableConfig_v0,
    1: _d_AlterableConfig_v1,
}

AlterableConfig.ENCODERS = {
    0: _e_AlterableConfig_v0,
    1: _e_AlterableConfig_v1,
}

AlterableConfig.SKIPPERS = {
    0: _s_AlterableConfig_v0,
    1: _s_AlterableConfig_v1,
}

AlterableConfig.SEEKERS = {
    0: _o_AlterableConfig_v0,
    1: _o_AlterableConfig_v1,
}

AlterConfigsResource.DECODERS = {
    0: _d_AlterConfigsResource_v0,
    1: _d_AlterConfigsResource_v1,
}

AlterConfigsResource.ENCODERS = {
    0: _e_AlterConfigsResource_v0,
    1: _e_AlterConfigsResource_v1,
}

AlterConfigsResource.SKIPPERS = {
    0: _s_AlterConfigsResource_v0,
    1: _s_AlterConfigsResource_v1,
}

AlterConfigsResource.SEEKERS = {
    0: _o_AlterConfigsResource_v0,
    1: _o_AlterConfigsResource_v1,
}

IncrementalAlterConfigsRequest.DECODERS = {
    0: _d_IncrementalAlterConfigsRequest_v0,
    1: _d_IncrementalAlterConfigsRequest_v1,
}

IncrementalAlterConfigsRequest.ENCODERS = {
    0: _e_IncrementalAlterConfigsRequest_v0,
    1: _e_IncrementalAlterConfigsRequest_v1,
}

IncrementalAlterConfigsRequest.SKIPPERS = {
    0: _s_IncrementalAlterConfigsRequest_v0,
    1: _s_IncrementalAlterConfigsRequest_v1,
}

IncrementalAlterConfigsRequest.SEEKERS = {
    0: _o_IncrementalAlterConfigsRequest_v0,
    1: _o_IncrementalAlterConfigsRequest_v1,
}
