"""CreateTopicsResponse: generated from specs/CreateTopicsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    UNSET,
    Buffer,
    EncodeError,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    UnsetType,
    arr_c,
    arr_k,
    count_c,
    count_k,
    narr_c,
    nstr_c,
    nstr_k,
    read_tags,
    read_uvarint,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    stray_tag_bytes,
    tag_header,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>h')
_P1 = Struct('>i')
_P2 = Struct('>?b?')
_P3 = Struct('>ih')
_P4 = Struct('>16sh')


class CreatableTopicConfigs(KafkaStruct, kw_only=True, gc=False):
    """An element of CreatableTopicResult.Configs."""

    Name: str = MISSING
    Value: str | None = MISSING
    ReadOnly: bool = MISSING
    ConfigSource: int = -1
    IsSensitive: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreatableTopicResult(KafkaStruct, kw_only=True, gc=False):
    """An element of CreateTopicsResponse.Topics."""

    Name: str = MISSING
    TopicId: bytes = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    TopicConfigErrorCode: int | UnsetType = UNSET
    NumPartitions: int = -1
    ReplicationFactor: int = -1
    Configs: list[CreatableTopicConfigs] | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreateTopicsResponse(Message, kw_only=True, gc=False):
    """CreateTopicsResponse (API key 19), v0-v7; from specs/CreateTopicsResponse.json."""

    API_KEY = 19
    KIND = 'response'
    VALID_VERSIONS = (0, 7)
    FLEXIBLE_FROM = 5
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Topics: list[CreatableTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_CreatableTopicResult_v0(buf: Buffer, pos: int) -> tuple[CreatableTopicResult, int]:
    v_Name, pos = str_k(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    return CreatableTopicResult(
        Name=v_Name,
        TopicId=bytes(16),
        ErrorCode=v_ErrorCode,
        ErrorMessage="",
        Configs=[],
    ), pos


def _e_CreatableTopicResult_v0(out: bytearray, m: CreatableTopicResult) -> None:
    w_str_k(out, m.Name)
    out += _P0.pack(m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatableTopicResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_CreatableTopicResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_CreateTopicsResponse_v0(buf: Buffer, pos: int) -> tuple[CreateTopicsResponse, int]:
    v_Topics, pos = arr_k(_d_CreatableTopicResult_v0, buf, pos)
    return CreateTopicsResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
    ), pos


def _e_CreateTopicsResponse_v0(out: bytearray, m: CreateTopicsResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatableTopicResult_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateTopicsResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v0(buf, pos)
    return pos


def _o_CreateTopicsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v0(buf, pos)
    return pos


def _d_CreatableTopicResult_v1(buf: Buffer, pos: int) -> tuple[CreatableTopicResult, int]:
    v_Name, pos = str_k(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_k(buf, pos)
    return CreatableTopicResult(
        Name=v_Name,
        TopicId=bytes(16),
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Configs=[],
    ), pos


def _e_CreatableTopicResult_v1(out: bytearray, m: CreatableTopicResult) -> None:
    w_str_k(out, m.Name)
    out += _P0.pack(m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatableTopicResult_v1(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 2
    pos = skip_k16(buf, pos)
    return pos


def _o_CreatableTopicResult_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_CreateTopicsResponse_v1(buf: Buffer, pos: int) -> tuple[CreateTopicsResponse, int]:
    v_Topics, pos = arr_k(_d_CreatableTopicResult_v1, buf, pos)
    return CreateTopicsResponse(
        ThrottleTimeMs=0,
        Topics=v_Topics,
    ), pos


def _e_CreateTopicsResponse_v1(out: bytearray, m: CreateTopicsResponse) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatableTopicResult_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateTopicsResponse_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v1(buf, pos)
    return pos


def _o_CreateTopicsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v1(buf, pos)
    return pos


def _d_CreateTopicsResponse_v2(buf: Buffer, pos: int) -> tuple[CreateTopicsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_k(_d_CreatableTopicResult_v1, buf, pos)
    return CreateTopicsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    ), pos


def _e_CreateTopicsResponse_v2(out: bytearray, m: CreateTopicsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatableTopicResult_v1(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreateTopicsResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v1(buf, pos)
    return pos


def _o_CreateTopicsResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v1(buf, pos)
    return pos


def _d_CreatableTopicConfigs_v5(buf: Buffer, pos: int) -> tuple[CreatableTopicConfigs, int]:
    v_Name, pos = str_c(buf, pos)
    v_Value, pos = nstr_c(buf, pos)
    v_ReadOnly, v_ConfigSource, v_IsSensitive = _P2.unpack_from(buf, pos)
    pos += 3
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatableTopicConfigs(
        Name=v_Name,
        Value=v_Value,
        ReadOnly=v_ReadOnly,
        ConfigSource=v_ConfigSource,
        IsSensitive=v_IsSensitive,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatableTopicConfigs_v5(out: bytearray, m: CreatableTopicConfigs) -> None:
    w_str_c(out, m.Name)
    w_nstr_c(out, m.Value)
    out += _P2.pack(m.ReadOnly, m.ConfigSource, m.IsSensitive)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatableTopicConfigs_v5(buf: Buffer, pos: int) -> int:
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatableTopicConfigs_v5(buf: Buffer, pos: int, stop: str | None) -> int:
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
    return pos


def _d_CreatableTopicResult_v5(buf: Buffer, pos: int) -> tuple[CreatableTopicResult, int]:
    v_Name, pos = str_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_NumPartitions, v_ReplicationFactor = _P3.unpack_from(buf, pos)
    pos += 6
    v_Configs, pos = narr_c(_d_CreatableTopicConfigs_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_TopicConfigErrorCode: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                (v_TopicConfigErrorCode,) = _P0.unpack_from(buf, pos)
                pos += 2
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = CreatableTopicResult(
        Name=v_Name,
        TopicId=bytes(16),
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        TopicConfigErrorCode=v_TopicConfigErrorCode,
        NumPartitions=v_NumPartitions,
        ReplicationFactor=v_ReplicationFactor,
        Configs=v_Configs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatableTopicResult_v5(out: bytearray, m: CreatableTopicResult) -> None:
    w_str_c(out, m.Name)
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P3.pack(m.NumPartitions, m.ReplicationFactor)
    a_Configs = m.Configs
    if a_Configs is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Configs))
        for e_Configs in a_Configs:
            _e_CreatableTopicConfigs_v5(out, e_Configs)
    t = m.unknown_tags
    if m.TopicConfigErrorCode is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.TopicConfigErrorCode is not UNSET:
        p = bytearray()
        p += _P0.pack(m.TopicConfigErrorCode)
        tags[0] = p
    w_tags(out, tags)


def _s_CreatableTopicResult_v5(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicConfigs_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatableTopicResult_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
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
    if stop == 'NumPartitions':
        return pos
    pos += 4
    if stop == 'ReplicationFactor':
        return pos
    pos += 2
    if stop == 'Configs':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicConfigs_v5(buf, pos)
    return pos


def _d_CreateTopicsResponse_v5(buf: Buffer, pos: int) -> tuple[CreateTopicsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_CreatableTopicResult_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateTopicsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateTopicsResponse_v5(out: bytearray, m: CreateTopicsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatableTopicResult_v5(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateTopicsResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateTopicsResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v5(buf, pos)
    return pos


def _d_CreatableTopicResult_v7(buf: Buffer, pos: int) -> tuple[CreatableTopicResult, int]:
    v_Name, pos = str_c(buf, pos)
    v_TopicId, v_ErrorCode = _P4.unpack_from(buf, pos)
    pos += 18
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_NumPartitions, v_ReplicationFactor = _P3.unpack_from(buf, pos)
    pos += 6
    v_Configs, pos = narr_c(_d_CreatableTopicConfigs_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    v_TopicConfigErrorCode: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                (v_TopicConfigErrorCode,) = _P0.unpack_from(buf, pos)
                pos += 2
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = CreatableTopicResult(
        Name=v_Name,
        TopicId=v_TopicId,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        TopicConfigErrorCode=v_TopicConfigErrorCode,
        NumPartitions=v_NumPartitions,
        ReplicationFactor=v_ReplicationFactor,
        Configs=v_Configs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatableTopicResult_v7(out: bytearray, m: CreatableTopicResult) -> None:
    w_str_c(out, m.Name)
    w_uuid(out, m.TopicId)
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    out += _P3.pack(m.NumPartitions, m.ReplicationFactor)
    a_Configs = m.Configs
    if a_Configs is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Configs))
        for e_Configs in a_Configs:
            _e_CreatableTopicConfigs_v5(out, e_Configs)
    t = m.unknown_tags
    if m.TopicConfigErrorCode is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.TopicConfigErrorCode is not UNSET:
        p = bytearray()
        p += _P0.pack(m.TopicConfigErrorCode)
        tags[0] = p
    w_tags(out, tags)


def _s_CreatableTopicResult_v7(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 18
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicConfigs_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatableTopicResult_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TopicId':
        return pos
    pos += 16
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
    if stop == 'NumPartitions':
        return pos
    pos += 4
    if stop == 'ReplicationFactor':
        return pos
    pos += 2
    if stop == 'Configs':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicConfigs_v5(buf, pos)
    return pos


def _d_CreateTopicsResponse_v7(buf: Buffer, pos: int) -> tuple[CreateTopicsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Topics, pos = arr_c(_d_CreatableTopicResult_v7, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreateTopicsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreateTopicsResponse_v7(out: bytearray, m: CreateTopicsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatableTopicResult_v7(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreateTopicsResponse_v7(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v7(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreateTopicsResponse_v7(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatableTopicResult_v7(buf, pos)
    return pos


CreatableTopicConfigs.INFO = StructInfo('CreatableTopicConfigs', (
    FieldInfo('Name', 'string', (5, 7)),
    FieldInfo('Value', 'string', (5, 7), nullable=(5, 7)),
    FieldInfo('ReadOnly', 'bool', (5, 7)),
    FieldInfo('ConfigSource', 'int8', (5, 7), default=-1, ignorable=True),
    FieldInfo('IsSensitive', 'bool', (5, 7)),
), (5, 7))

CreatableTopicResult.INFO = StructInfo('CreatableTopicResult', (
    FieldInfo('Name', 'string', (0, 7)),
    FieldInfo('TopicId', 'uuid', (7, 7), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 7)),
    FieldInfo('ErrorMessage', 'string', (1, 7), nullable=(0, 7), ignorable=True),
    FieldInfo('TopicConfigErrorCode', 'int16', (5, 7), tag=0, ignorable=True),
    FieldInfo('NumPartitions', 'int32', (5, 7), default=-1, ignorable=True),
    FieldInfo('ReplicationFactor', 'int16', (5, 7), default=-1, ignorable=True),
    FieldInfo('Configs', '[]struct', (5, 7), nullable=(5, 7), ignorable=True, struct=CreatableTopicConfigs),
), (5, 7))

CreateTopicsResponse.INFO = StructInfo('CreateTopicsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (2, 7), ignorable=True),
    FieldInfo('Topics', '[]struct', (0, 7), struct=CreatableTopicResult),
), (5, 7))

CreatableTopicConfigs.DECODERS = {
    5: _d_CreatableTopicConfigs_v5,
    6: _d_CreatableTopicConfigs_v5,
    7: _d_CreatableTopicConfigs_v5,
}

CreatableTopicConfigs.ENCODERS = {
    5: _e_CreatableTopicConfigs_v5,
    6: _e_CreatableTopicConfigs_v5,
    7: _e_CreatableTopicConfigs_v5,
}

CreatableTopicConfigs.SKIPPERS = {
    5: _s_CreatableTopicConfigs_v5,
    6: _s_CreatableTopicConfigs_v5,
    7: _s_CreatableTopicConfigs_v5,
}

CreatableTopicConfigs.SEEKERS = {
    5: _o_CreatableTopicConfigs_v5,
    6: _o_CreatableTopicConfigs_v5,
    7: _o_CreatableTopicConfigs_v5,
}

CreatableTopicResult.DECODERS = {
    0: _d_CreatableTopicResult_v0,
    1: _d_CreatableTopicResult_v1,
    2: _d_CreatableTopicResult_v1,
    3: _d_CreatableTopicResult_v1,
    4: _d_CreatableTopicResult_v1,
    5: _d_CreatableTopicResult_v5,
    6: _d_CreatableTopicResult_v5,
    7: _d_CreatableTopicResult_v7,
}

CreatableTopicResult.ENCODERS = {
    0: _e_CreatableTopicResult_v0,
    1: _e_CreatableTopicResult_v1,
    2: _e_CreatableTopicResult_v1,
    3: _e_CreatableTopicResult_v1,
    4: _e_CreatableTopicResult_v1,
    5: _e_CreatableTopicResult_v5,
    6: _e_CreatableTopicResult_v5,
    7: _e_CreatableTopicResult_v7,
}

CreatableTopicResult.SKIPPERS = {
    0: _s_CreatableTopicResult_v0,
    1: _s_CreatableTopicResult_v1,
    2: _s_CreatableTopicResult_v1,
    3: _s_CreatableTopicResult_v1,
    4: _s_CreatableTopicResult_v1,
    5: _s_CreatableTopicResult_v5,
    6: _s_CreatableTopicResult_v5,
    7: _s_CreatableTopicResult_v7,
}

CreatableTopicResult.SEEKERS = {
    0: _o_CreatableTopicResult_v0,
    1: _o_CreatableTopicResult_v1,
    2: _o_CreatableTopicResult_v1,
    3: _o_CreatableTopicResult_v1,
    4: _o_CreatableTopicResult_v1,
    5: _o_CreatableTopicResult_v5,
    6: _o_CreatableTopicResult_v5,
    7: _o_CreatableTopicResult_v7,
}

CreateTopicsResponse.DECODERS = {
    0: _d_CreateTopicsResponse_v0,
    1: _d_CreateTopicsResponse_v1,
    2: _d_CreateTopicsResponse_v2,
    3: _d_CreateTopicsResponse_v2,
    4: _d_CreateTopicsResponse_v2,
    5: _d_CreateTopicsResponse_v5,
    6: _d_CreateTopicsResponse_v5,
    7: _d_CreateTopicsResponse_v7,
}

CreateTopicsResponse.ENCODERS = {
    0: _e_CreateTopicsResponse_v0,
    1: _e_CreateTopicsResponse_v1,
    2: _e_CreateTopicsResponse_v2,
    3: _e_CreateTopicsResponse_v2,
    4: _e_CreateTopicsResponse_v2,
    5: _e_CreateTopicsResponse_v5,
    6: _e_CreateTopicsResponse_v5,
    7: _e_CreateTopicsResponse_v7,
}

CreateTopicsResponse.SKIPPERS = {
    0: _s_CreateTopicsResponse_v0,
    1: _s_CreateTopicsResponse_v1,
    2: _s_CreateTopicsResponse_v2,
    3: _s_CreateTopicsResponse_v2,
    4: _s_CreateTopicsResponse_v2,
    5: _s_CreateTopicsResponse_v5,
    6: _s_CreateTopicsResponse_v5,
    7: _s_CreateTopicsResponse_v7,
}

CreateTopicsResponse.SEEKERS = {
    0: _o_CreateTopicsResponse_v0,
    1: _o_CreateTopicsResponse_v1,
    2: _o_CreateTopicsResponse_v2,
    3: _o_CreateTopicsResponse_v2,
    4: _o_CreateTopicsResponse_v2,
    5: _o_CreateTopicsResponse_v5,
    6: _o_CreateTopicsResponse_v5,
    7: _o_CreateTopicsResponse_v7,
}
