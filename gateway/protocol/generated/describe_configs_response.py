"""DescribeConfigsResponse: generated from specs/DescribeConfigsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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

_P0 = Struct('>???')
_P1 = Struct('>h')
_P2 = Struct('>b')
_P3 = Struct('>i')
_P4 = Struct('>?b?')
_P5 = Struct('>?')
_P6 = Struct('>b?')


class DescribeConfigsSynonym(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeConfigsResourceResult.Synonyms."""

    Name: str = MISSING
    Value: str | None = MISSING
    Source: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeConfigsResourceResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeConfigsResult.Configs."""

    Name: str = MISSING
    Value: str | None = MISSING
    ReadOnly: bool = MISSING
    IsDefault: bool = MISSING
    ConfigSource: int = -1
    IsSensitive: bool = MISSING
    Synonyms: list[DescribeConfigsSynonym] = MISSING
    ConfigType: int = 0
    Documentation: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeConfigsResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeConfigsResponse.Results."""

    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    ResourceType: int = MISSING
    ResourceName: str = MISSING
    Configs: list[DescribeConfigsResourceResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeConfigsResponse(Message, kw_only=True, gc=False):
    """DescribeConfigsResponse (API key 32), v0-v4; from specs/DescribeConfigsResponse.json."""

    API_KEY = 32
    KIND = 'response'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Results: list[DescribeConfigsResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeConfigsResourceResult_v0(buf: Buffer, pos: int) -> tuple[DescribeConfigsResourceResult, int]:
    v_Name, pos = str_k(buf, pos)
    v_Value, pos = nstr_k(buf, pos)
    v_ReadOnly, v_IsDefault, v_IsSensitive = _P0.unpack_from(buf, pos)
    pos += 3
    return DescribeConfigsResourceResult(
        Name=v_Name,
        Value=v_Value,
        ReadOnly=v_ReadOnly,
        IsDefault=v_IsDefault,
        IsSensitive=v_IsSensitive,
        Synonyms=[],
        Documentation="",
    ), pos


def _e_DescribeConfigsResourceResult_v0(out: bytearray, m: DescribeConfigsResourceResult) -> None:
    w_str_k(out, m.Name)
    w_nstr_k(out, m.Value)
    out += _P0.pack(m.ReadOnly, m.IsDefault, m.IsSensitive)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResourceResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 3
    return pos


def _o_DescribeConfigsResourceResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Value':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ReadOnly':
        return pos
    pos += 1
    if stop == 'IsDefault':
        return pos
    pos += 1
    if stop == 'IsSensitive':
        return pos
    pos += 1
    return pos


def _d_DescribeConfigsResult_v0(buf: Buffer, pos: int) -> tuple[DescribeConfigsResult, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    (v_ResourceType,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    v_Configs, pos = arr_k(_d_DescribeConfigsResourceResult_v0, buf, pos)
    return DescribeConfigsResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Configs=v_Configs,
    ), pos


def _e_DescribeConfigsResult_v0(out: bytearray, m: DescribeConfigsResult) -> None:
    out += _P1.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    out += _P2.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    a_Configs = m.Configs
    w_alen_k(out, len(a_Configs))
    for e_Configs in a_Configs:
        _e_DescribeConfigsResourceResult_v0(out, e_Configs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResult_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResourceResult_v0(buf, pos)
    return pos


def _o_DescribeConfigsResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
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
        pos = _s_DescribeConfigsResourceResult_v0(buf, pos)
    return pos


def _d_DescribeConfigsResponse_v0(buf: Buffer, pos: int) -> tuple[DescribeConfigsResponse, int]:
    (v_ThrottleTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_k(_d_DescribeConfigsResult_v0, buf, pos)
    return DescribeConfigsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    ), pos


def _e_DescribeConfigsResponse_v0(out: bytearray, m: DescribeConfigsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_k(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeConfigsResult_v0(out, e_Results)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResult_v0(buf, pos)
    return pos


def _o_DescribeConfigsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResult_v0(buf, pos)
    return pos


def _d_DescribeConfigsSynonym_v1(buf: Buffer, pos: int) -> tuple[DescribeConfigsSynonym, int]:
    v_Name, pos = str_k(buf, pos)
    v_Value, pos = nstr_k(buf, pos)
    (v_Source,) = _P2.unpack_from(buf, pos)
    pos += 1
    return DescribeConfigsSynonym(
        Name=v_Name,
        Value=v_Value,
        Source=v_Source,
    ), pos


def _e_DescribeConfigsSynonym_v1(out: bytearray, m: DescribeConfigsSynonym) -> None:
    w_str_k(out, m.Name)
    w_nstr_k(out, m.Value)
    out += _P2.pack(m.Source)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsSynonym_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 1
    return pos


def _o_DescribeConfigsSynonym_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Value':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Source':
        return pos
    pos += 1
    return pos


def _d_DescribeConfigsResourceResult_v1(buf: Buffer, pos: int) -> tuple[DescribeConfigsResourceResult, int]:
    v_Name, pos = str_k(buf, pos)
    v_Value, pos = nstr_k(buf, pos)
    v_ReadOnly, v_ConfigSource, v_IsSensitive = _P4.unpack_from(buf, pos)
    pos += 3
    v_Synonyms, pos = arr_k(_d_DescribeConfigsSynonym_v1, buf, pos)
    return DescribeConfigsResourceResult(
        Name=v_Name,
        Value=v_Value,
        ReadOnly=v_ReadOnly,
        IsDefault=False,
        ConfigSource=v_ConfigSource,
        IsSensitive=v_IsSensitive,
        Synonyms=v_Synonyms,
        Documentation="",
    ), pos


def _e_DescribeConfigsResourceResult_v1(out: bytearray, m: DescribeConfigsResourceResult) -> None:
    w_str_k(out, m.Name)
    w_nstr_k(out, m.Value)
    out += _P5.pack(m.ReadOnly)
    if non_default(m.IsDefault, False):
        raise EncodeError('IsDefault')
    out += _P6.pack(m.ConfigSource, m.IsSensitive)
    a_Synonyms = m.Synonyms
    w_alen_k(out, len(a_Synonyms))
    for e_Synonyms in a_Synonyms:
        _e_DescribeConfigsSynonym_v1(out, e_Synonyms)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResourceResult_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 3
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsSynonym_v1(buf, pos)
    return pos


def _o_DescribeConfigsResourceResult_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Value':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ReadOnly':
        return pos
    pos += 1
    if stop == 'ConfigSource':
        return pos
    pos += 1
    if stop == 'IsSensitive':
        return pos
    pos += 1
    if stop == 'Synonyms':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsSynonym_v1(buf, pos)
    return pos


def _d_DescribeConfigsResult_v1(buf: Buffer, pos: int) -> tuple[DescribeConfigsResult, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    (v_ResourceType,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    v_Configs, pos = arr_k(_d_DescribeConfigsResourceResult_v1, buf, pos)
    return DescribeConfigsResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Configs=v_Configs,
    ), pos


def _e_DescribeConfigsResult_v1(out: bytearray, m: DescribeConfigsResult) -> None:
    out += _P1.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    out += _P2.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    a_Configs = m.Configs
    w_alen_k(out, len(a_Configs))
    for e_Configs in a_Configs:
        _e_DescribeConfigsResourceResult_v1(out, e_Configs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResult_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResourceResult_v1(buf, pos)
    return pos


def _o_DescribeConfigsResult_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
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
        pos = _s_DescribeConfigsResourceResult_v1(buf, pos)
    return pos


def _d_DescribeConfigsResponse_v1(buf: Buffer, pos: int) -> tuple[DescribeConfigsResponse, int]:
    (v_ThrottleTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_k(_d_DescribeConfigsResult_v1, buf, pos)
    return DescribeConfigsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    ), pos


def _e_DescribeConfigsResponse_v1(out: bytearray, m: DescribeConfigsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_k(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeConfigsResult_v1(out, e_Results)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResult_v1(buf, pos)
    return pos


def _o_DescribeConfigsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResult_v1(buf, pos)
    return pos


def _d_DescribeConfigsResourceResult_v3(buf: Buffer, pos: int) -> tuple[DescribeConfigsResourceResult, int]:
    v_Name, pos = str_k(buf, pos)
    v_Value, pos = nstr_k(buf, pos)
    v_ReadOnly, v_ConfigSource, v_IsSensitive = _P4.unpack_from(buf, pos)
    pos += 3
    v_Synonyms, pos = arr_k(_d_DescribeConfigsSynonym_v1, buf, pos)
    (v_ConfigType,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_Documentation, pos = nstr_k(buf, pos)
    return DescribeConfigsResourceResult(
        Name=v_Name,
        Value=v_Value,
        ReadOnly=v_ReadOnly,
        IsDefault=False,
        ConfigSource=v_ConfigSource,
        IsSensitive=v_IsSensitive,
        Synonyms=v_Synonyms,
        ConfigType=v_ConfigType,
        Documentation=v_Documentation,
    ), pos


def _e_DescribeConfigsResourceResult_v3(out: bytearray, m: DescribeConfigsResourceResult) -> None:
    w_str_k(out, m.Name)
    w_nstr_k(out, m.Value)
    out += _P5.pack(m.ReadOnly)
    if non_default(m.IsDefault, False):
        raise EncodeError('IsDefault')
    out += _P6.pack(m.ConfigSource, m.IsSensitive)
    a_Synonyms = m.Synonyms
    w_alen_k(out, len(a_Synonyms))
    for e_Synonyms in a_Synonyms:
        _e_DescribeConfigsSynonym_v1(out, e_Synonyms)
    out += _P2.pack(m.ConfigType)
    w_nstr_k(out, m.Documentation)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResourceResult_v3(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos = skip_k16(buf, pos)
    pos += 3
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsSynonym_v1(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    return pos


def _o_DescribeConfigsResourceResult_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Value':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ReadOnly':
        return pos
    pos += 1
    if stop == 'ConfigSource':
        return pos
    pos += 1
    if stop == 'IsSensitive':
        return pos
    pos += 1
    if stop == 'Synonyms':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsSynonym_v1(buf, pos)
    if stop == 'ConfigType':
        return pos
    pos += 1
    if stop == 'Documentation':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_DescribeConfigsResult_v3(buf: Buffer, pos: int) -> tuple[DescribeConfigsResult, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    (v_ResourceType,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_k(buf, pos)
    v_Configs, pos = arr_k(_d_DescribeConfigsResourceResult_v3, buf, pos)
    return DescribeConfigsResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Configs=v_Configs,
    ), pos


def _e_DescribeConfigsResult_v3(out: bytearray, m: DescribeConfigsResult) -> None:
    out += _P1.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    out += _P2.pack(m.ResourceType)
    w_str_k(out, m.ResourceName)
    a_Configs = m.Configs
    w_alen_k(out, len(a_Configs))
    for e_Configs in a_Configs:
        _e_DescribeConfigsResourceResult_v3(out, e_Configs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResult_v3(buf: Buffer, pos: int) -> int:
    pos += 2
    pos = skip_k16(buf, pos)
    pos += 1
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResourceResult_v3(buf, pos)
    return pos


def _o_DescribeConfigsResult_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
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
        pos = _s_DescribeConfigsResourceResult_v3(buf, pos)
    return pos


def _d_DescribeConfigsResponse_v3(buf: Buffer, pos: int) -> tuple[DescribeConfigsResponse, int]:
    (v_ThrottleTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_k(_d_DescribeConfigsResult_v3, buf, pos)
    return DescribeConfigsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    ), pos


def _e_DescribeConfigsResponse_v3(out: bytearray, m: DescribeConfigsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_k(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeConfigsResult_v3(out, e_Results)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DescribeConfigsResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResult_v3(buf, pos)
    return pos


def _o_DescribeConfigsResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResult_v3(buf, pos)
    return pos


def _d_DescribeConfigsSynonym_v4(buf: Buffer, pos: int) -> tuple[DescribeConfigsSynonym, int]:
    v_Name, pos = str_c(buf, pos)
    v_Value, pos = nstr_c(buf, pos)
    (v_Source,) = _P2.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeConfigsSynonym(
        Name=v_Name,
        Value=v_Value,
        Source=v_Source,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeConfigsSynonym_v4(out: bytearray, m: DescribeConfigsSynonym) -> None:
    w_str_c(out, m.Name)
    w_nstr_c(out, m.Value)
    out += _P2.pack(m.Source)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeConfigsSynonym_v4(buf: Buffer, pos: int) -> int:
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
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeConfigsSynonym_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
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
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Source':
        return pos
    pos += 1
    return pos


def _d_DescribeConfigsResourceResult_v4(buf: Buffer, pos: int) -> tuple[DescribeConfigsResourceResult, int]:
    v_Name, pos = str_c(buf, pos)
    v_Value, pos = nstr_c(buf, pos)
    v_ReadOnly, v_ConfigSource, v_IsSensitive = _P4.unpack_from(buf, pos)
    pos += 3
    v_Synonyms, pos = arr_c(_d_DescribeConfigsSynonym_v4, buf, pos)
    (v_ConfigType,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_Documentation, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeConfigsResourceResult(
        Name=v_Name,
        Value=v_Value,
        ReadOnly=v_ReadOnly,
        IsDefault=False,
        ConfigSource=v_ConfigSource,
        IsSensitive=v_IsSensitive,
        Synonyms=v_Synonyms,
        ConfigType=v_ConfigType,
        Documentation=v_Documentation,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeConfigsResourceResult_v4(out: bytearray, m: DescribeConfigsResourceResult) -> None:
    w_str_c(out, m.Name)
    w_nstr_c(out, m.Value)
    out += _P5.pack(m.ReadOnly)
    if non_default(m.IsDefault, False):
        raise EncodeError('IsDefault')
    out += _P6.pack(m.ConfigSource, m.IsSensitive)
    a_Synonyms = m.Synonyms
    w_alen_c(out, len(a_Synonyms))
    for e_Synonyms in a_Synonyms:
        _e_DescribeConfigsSynonym_v4(out, e_Synonyms)
    out += _P2.pack(m.ConfigType)
    w_nstr_c(out, m.Documentation)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeConfigsResourceResult_v4(buf: Buffer, pos: int) -> int:
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
    pos += 3
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsSynonym_v4(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeConfigsResourceResult_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
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
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ReadOnly':
        return pos
    pos += 1
    if stop == 'ConfigSource':
        return pos
    pos += 1
    if stop == 'IsSensitive':
        return pos
    pos += 1
    if stop == 'Synonyms':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsSynonym_v4(buf, pos)
    if stop == 'ConfigType':
        return pos
    pos += 1
    if stop == 'Documentation':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_DescribeConfigsResult_v4(buf: Buffer, pos: int) -> tuple[DescribeConfigsResult, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    (v_ResourceType,) = _P2.unpack_from(buf, pos)
    pos += 1
    v_ResourceName, pos = str_c(buf, pos)
    v_Configs, pos = arr_c(_d_DescribeConfigsResourceResult_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeConfigsResult(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        ResourceType=v_ResourceType,
        ResourceName=v_ResourceName,
        Configs=v_Configs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeConfigsResult_v4(out: bytearray, m: DescribeConfigsResult) -> None:
    out += _P1.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P2.pack(m.ResourceType)
    w_str_c(out, m.ResourceName)
    a_Configs = m.Configs
    w_alen_c(out, len(a_Configs))
    for e_Configs in a_Configs:
        _e_DescribeConfigsResourceResult_v4(out, e_Configs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeConfigsResult_v4(buf: Buffer, pos: int) -> int:
    pos += 2
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
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResourceResult_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeConfigsResult_v4(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_DescribeConfigsResourceResult_v4(buf, pos)
    return pos


def _d_DescribeConfigsResponse_v4(buf: Buffer, pos: int) -> tuple[DescribeConfigsResponse, int]:
    (v_ThrottleTimeMs,) = _P3.unpack_from(buf, pos)
    pos += 4
    v_Results, pos = arr_c(_d_DescribeConfigsResult_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeConfigsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeConfigsResponse_v4(out: bytearray, m: DescribeConfigsResponse) -> None:
    out += _P3.pack(m.ThrottleTimeMs)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_DescribeConfigsResult_v4(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeConfigsResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResult_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeConfigsResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribeConfigsResult_v4(buf, pos)
    return pos


DescribeConfigsSynonym.INFO = StructInfo('DescribeConfigsSynonym', (
    FieldInfo('Name', 'string', (1, 4)),
    FieldInfo('Value', 'string', (1, 4), nullable=(0, 4)),
    FieldInfo('Source', 'int8', (1, 4)),
), (4, 4))

DescribeConfigsResourceResult.INFO = StructInfo('DescribeConfigsResourceResult', (
    FieldInfo('Name', 'string', (0, 4)),
    FieldInfo('Value', 'string', (0, 4), nullable=(0, 4)),
    FieldInfo('ReadOnly', 'bool', (0, 4)),
    FieldInfo('IsDefault', 'bool', (0, 0)),
    FieldInfo('ConfigSource', 'int8', (1, 4), default=-1, ignorable=True),
    FieldInfo('IsSensitive', 'bool', (0, 4)),
    FieldInfo('Synonyms', '[]struct', (1, 4), ignorable=True, struct=DescribeConfigsSynonym),
    FieldInfo('ConfigType', 'int8', (3, 4), default=0, ignorable=True),
    FieldInfo('Documentation', 'string', (3, 4), nullable=(0, 4), ignorable=True),
), (4, 4))

DescribeConfigsResult.INFO = StructInfo('DescribeConfigsResult', (
    FieldInfo('ErrorCode', 'int16', (0, 4)),
    FieldInfo('ErrorMessage', 'string', (0, 4), nullable=(0, 4)),
    FieldInfo('ResourceType', 'int8', (0, 4)),
    FieldInfo('ResourceName', 'string', (0, 4)),
    FieldInfo('Configs', '[]struct', (0, 4), struct=DescribeConfigsResourceResult),
), (4, 4))

DescribeConfigsResponse.INFO = StructInfo('DescribeConfigsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 4)),
    FieldInfo('Results', '[]struct', (0, 4), struct=DescribeConfigsResult),
), (4, 4))

DescribeConfigsSynonym.DECODERS = {
    1: _d_DescribeConfigsSynonym_v1,
    2: _d_DescribeConfigsSynonym_v1,
    3: _d_DescribeConfigsSynonym_v1,
    4: _d_DescribeConfigsSynonym_v4,
}

DescribeConfigsSynonym.ENCODERS = {
    1: _e_DescribeConfigsSynonym_v1,
    2: _e_DescribeConfigsSynonym_v1,
    3: _e_DescribeConfigsSynonym_v1,
    4: _e_DescribeConfigsSynonym_v4,
}

DescribeConfigsSynonym.SKIPPERS = {
    1: _s_DescribeConfigsSynonym_v1,
    2: _s_DescribeConfigsSynonym_v1,
    3: _s_DescribeConfigsSynonym_v1,
    4: _s_DescribeConfigsSynonym_v4,
}

DescribeConfigsSynonym.SEEKERS = {
    1: _o_DescribeConfigsSynonym_v1,
    2: _o_DescribeConfigsSynonym_v1,
    3: _o_DescribeConfigsSynonym_v1,
    4: _o_DescribeConfigsSynonym_v4,
}

DescribeConfigsResourceResult.DECODERS = {
    0: _d_DescribeConfigsResourceResult_v0,
    1: _d_DescribeConfigsResourceResult_v1,
    2: _d_DescribeConfigsResourceResult_v1,
    3: _d_DescribeConfigsResourceResult_v3,
    4: _d_DescribeConfigsResourceResult_v4,
}

DescribeConfigsResourceResult.ENCODERS = {
    0: _e_DescribeConfigsResourceResult_v0,
    1: _e_DescribeConfigsResourceResult_v1,
    2: _e_DescribeConfigsResourceResult_v1,
    3: _e_DescribeConfigsResourceResult_v3,
    4: _e_DescribeConfigsResourceResult_v4,
}

DescribeConfigsResourceResult.SKIPPERS = {
    0: _s_DescribeConfigsResourceResult_v0,
    1: _s_DescribeConfigsResourceResult_v1,
    2: _s_DescribeConfigsResourceResult_v1,
    3: _s_DescribeConfigsResourceResult_v3,
    4: _s_DescribeConfigsResourceResult_v4,
}

DescribeConfigsResourceResult.SEEKERS = {
    0: _o_DescribeConfigsResourceResult_v0,
    1: _o_DescribeConfigsResourceResult_v1,
    2: _o_DescribeConfigsResourceResult_v1,
    3: _o_DescribeConfigsResourceResult_v3,
    4: _o_DescribeConfigsResourceResult_v4,
}

DescribeConfigsResult.DECODERS = {
    0: _d_DescribeConfigsResult_v0,
    1: _d_DescribeConfigsResult_v1,
    2: _d_DescribeConfigsResult_v1,
    3: _d_DescribeConfigsResult_v3,
    4: _d_DescribeConfigsResult_v4,
}

DescribeConfigsResult.ENCODERS = {
    0: _e_DescribeConfigsResult_v0,
    1: _e_DescribeConfigsResult_v1,
    2: _e_DescribeConfigsResult_v1,
    3: _e_DescribeConfigsResult_v3,
    4: _e_DescribeConfigsResult_v4,
}

DescribeConfigsResult.SKIPPERS = {
    0: _s_DescribeConfigsResult_v0,
    1: _s_DescribeConfigsResult_v1,
    2: _s_DescribeConfigsResult_v1,
    3: _s_DescribeConfigsResult_v3,
    4: _s_DescribeConfigsResult_v4,
}

DescribeConfigsResult.SEEKERS = {
    0: _o_DescribeConfigsResult_v0,
    1: _o_DescribeConfigsResult_v1,
    2: _o_DescribeConfigsResult_v1,
    3: _o_DescribeConfigsResult_v3,
    4: _o_DescribeConfigsResult_v4,
}

DescribeConfigsResponse.DECODERS = {
    0: _d_DescribeConfigsResponse_v0,
    1: _d_DescribeConfigsResponse_v1,
    2: _d_DescribeConfigsResponse_v1,
    3: _d_DescribeConfigsResponse_v3,
    4: _d_DescribeConfigsResponse_v4,
}

DescribeConfigsResponse.ENCODERS = {
    0: _e_DescribeConfigsResponse_v0,
    1: _e_DescribeConfigsResponse_v1,
    2: _e_DescribeConfigsResponse_v1,
    3: _e_DescribeConfigsResponse_v3,
    4: _e_DescribeConfigsResponse_v4,
}

DescribeConfigsResponse.SKIPPERS = {
    0: _s_DescribeConfigsResponse_v0,
    1: _s_DescribeConfigsResponse_v1,
    2: _s_DescribeConfigsResponse_v1,
    3: _s_DescribeConfigsResponse_v3,
    4: _s_DescribeConfigsResponse_v4,
}

DescribeConfigsResponse.SEEKERS = {
    0: _o_DescribeConfigsResponse_v0,
    1: _o_DescribeConfigsResponse_v1,
    2: _o_DescribeConfigsResponse_v1,
    3: _o_DescribeConfigsResponse_v3,
    4: _o_DescribeConfigsResponse_v4,
}
