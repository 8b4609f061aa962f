"""ApiVersionsResponse: generated from specs/ApiVersionsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    read_uvarint,
    skip_c,
    skip_tags,
    str_c,
    stray_tag_bytes,
    tag_header,
    w_alen_c,
    w_alen_k,
    w_str_c,
    w_tags,
)

_P0 = Struct('>hhh')
_P1 = Struct('>h')
_P2 = Struct('>i')
_P3 = Struct('>hh')
_P4 = Struct('>q')
_P5 = Struct('>?')


class ApiVersion(KafkaStruct, kw_only=True, gc=False):
    """An element of ApiVersionsResponse.ApiKeys."""

    ApiKey: int = MISSING
    MinVersion: int = MISSING
    MaxVersion: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class SupportedFeatureKey(KafkaStruct, kw_only=True, gc=False):
    """An element of ApiVersionsResponse.SupportedFeatures."""

    Name: str = MISSING
    MinVersion: int = MISSING
    MaxVersion: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class FinalizedFeatureKey(KafkaStruct, kw_only=True, gc=False):
    """An element of ApiVersionsResponse.FinalizedFeatures."""

    Name: str = MISSING
    MaxVersionLevel: int = MISSING
    MinVersionLevel: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ApiVersionsResponse(Message, kw_only=True, gc=False):
    """ApiVersionsResponse (API key 18), v0-v4; from specs/ApiVersionsResponse.json."""

    API_KEY = 18
    KIND = 'response'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 3
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    ApiKeys: list[ApiVersion] = MISSING
    ThrottleTimeMs: int = MISSING
    SupportedFeatures: list[SupportedFeatureKey] | UnsetType = UNSET
    FinalizedFeaturesEpoch: int | UnsetType = UNSET
    FinalizedFeatures: list[FinalizedFeatureKey] | UnsetType = UNSET
    ZkMigrationReady: bool | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


def _d_ApiVersion_v0(buf: Buffer, pos: int) -> tuple[ApiVersion, int]:
    v_ApiKey, v_MinVersion, v_MaxVersion = _P0.unpack_from(buf, pos)
    pos += 6
    return ApiVersion(
        ApiKey=v_ApiKey,
        MinVersion=v_MinVersion,
        MaxVersion=v_MaxVersion,
    ), pos


def _e_ApiVersion_v0(out: bytearray, m: ApiVersion) -> None:
    out += _P0.pack(m.ApiKey, m.MinVersion, m.MaxVersion)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ApiVersion_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos


def _o_ApiVersion_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ApiKey':
        return pos
    pos += 2
    if stop == 'MinVersion':
        return pos
    pos += 2
    if stop == 'MaxVersion':
        return pos
    pos += 2
    return pos


def _d_ApiVersionsResponse_v0(buf: Buffer, pos: int) -> tuple[ApiVersionsResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_ApiKeys, pos = arr_k(_d_ApiVersion_v0, buf, pos)
    return ApiVersionsResponse(
        ErrorCode=v_ErrorCode,
        ApiKeys=v_ApiKeys,
        ThrottleTimeMs=0,
    ), pos


def _e_ApiVersionsResponse_v0(out: bytearray, m: ApiVersionsResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_ApiKeys = m.ApiKeys
    w_alen_k(out, len(a_ApiKeys))
    for e_ApiKeys in a_ApiKeys:
        _e_ApiVersion_v0(out, e_ApiKeys)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ApiVersionsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ApiVersion_v0(buf, pos)
    return pos


def _o_ApiVersionsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ApiKeys':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ApiVersion_v0(buf, pos)
    return pos


def _d_ApiVersionsResponse_v1(buf: Buffer, pos: int) -> tuple[ApiVersionsResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_ApiKeys, pos = arr_k(_d_ApiVersion_v0, buf, pos)
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    return ApiVersionsResponse(
        ErrorCode=v_ErrorCode,
        ApiKeys=v_ApiKeys,
        ThrottleTimeMs=v_ThrottleTimeMs,
    ), pos


def _e_ApiVersionsResponse_v1(out: bytearray, m: ApiVersionsResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_ApiKeys = m.ApiKeys
    w_alen_k(out, len(a_ApiKeys))
    for e_ApiKeys in a_ApiKeys:
        _e_ApiVersion_v0(out, e_ApiKeys)
    out += _P2.pack(m.ThrottleTimeMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ApiVersionsResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ApiVersion_v0(buf, pos)
    pos += 4
    return pos


def _o_ApiVersionsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ApiKeys':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ApiVersion_v0(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


def _d_ApiVersion_v3(buf: Buffer, pos: int) -> tuple[ApiVersion, int]:
    v_ApiKey, v_MinVersion, v_MaxVersion = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ApiVersion(
        ApiKey=v_ApiKey,
        MinVersion=v_MinVersion,
        MaxVersion=v_MaxVersion,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ApiVersion_v3(out: bytearray, m: ApiVersion) -> None:
    out += _P0.pack(m.ApiKey, m.MinVersion, m.MaxVersion)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ApiVersion_v3(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ApiVersion_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ApiKey':
        return pos
    pos += 2
    if stop == 'MinVersion':
        return pos
    pos += 2
    if stop == 'MaxVersion':
        return pos
    pos += 2
    return pos


def _d_SupportedFeatureKey_v3(buf: Buffer, pos: int) -> tuple[SupportedFeatureKey, int]:
    v_Name, pos = str_c(buf, pos)
    v_MinVersion, v_MaxVersion = _P3.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = SupportedFeatureKey(
        Name=v_Name,
        MinVersion=v_MinVersion,
        MaxVersion=v_MaxVersion,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_SupportedFeatureKey_v3(out: bytearray, m: SupportedFeatureKey) -> None:
    w_str_c(out, m.Name)
    out += _P3.pack(m.MinVersion, m.MaxVersion)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_SupportedFeatureKey_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_SupportedFeatureKey_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MinVersion':
        return pos
    pos += 2
    if stop == 'MaxVersion':
        return pos
    pos += 2
    return pos


def _d_FinalizedFeatureKey_v3(buf: Buffer, pos: int) -> tuple[FinalizedFeatureKey, int]:
    v_Name, pos = str_c(buf, pos)
    v_MaxVersionLevel, v_MinVersionLevel = _P3.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FinalizedFeatureKey(
        Name=v_Name,
        MaxVersionLevel=v_MaxVersionLevel,
        MinVersionLevel=v_MinVersionLevel,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FinalizedFeatureKey_v3(out: bytearray, m: FinalizedFeatureKey) -> None:
    w_str_c(out, m.Name)
    out += _P3.pack(m.MaxVersionLevel, m.MinVersionLevel)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FinalizedFeatureKey_v3(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FinalizedFeatureKey_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MaxVersionLevel':
        return pos
    pos += 2
    if stop == 'MinVersionLevel':
        return pos
    pos += 2
    return pos


def _d_ApiVersionsResponse_v3(buf: Buffer, pos: int) -> tuple[ApiVersionsResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_ApiKeys, pos = arr_c(_d_ApiVersion_v3, buf, pos)
    (v_ThrottleTimeMs,) = _P2.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    v_SupportedFeatures: Any = UNSET
    v_FinalizedFeaturesEpoch: Any = UNSET
    v_FinalizedFeatures: Any = UNSET
    v_ZkMigrationReady: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_SupportedFeatures, pos = arr_c(_d_SupportedFeatureKey_v3, buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            elif tag == 1:
                (v_FinalizedFeaturesEpoch,) = _P4.unpack_from(buf, pos)
                pos += 8
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            elif tag == 2:
                v_FinalizedFeatures, pos = arr_c(_d_FinalizedFeatureKey_v3, buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            elif tag == 3:
                (v_ZkMigrationReady,) = _P5.unpack_from(buf, pos)
                pos += 1
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = ApiVersionsResponse(
        ErrorCode=v_ErrorCode,
        ApiKeys=v_ApiKeys,
        ThrottleTimeMs=v_ThrottleTimeMs,
        SupportedFeatures=v_SupportedFeatures,
        FinalizedFeaturesEpoch=v_FinalizedFeaturesEpoch,
        FinalizedFeatures=v_FinalizedFeatures,
        ZkMigrationReady=v_ZkMigrationReady,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ApiVersionsResponse_v3(out: bytearray, m: ApiVersionsResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_ApiKeys = m.ApiKeys
    w_alen_c(out, len(a_ApiKeys))
    for e_ApiKeys in a_ApiKeys:
        _e_ApiVersion_v3(out, e_ApiKeys)
    out += _P2.pack(m.ThrottleTimeMs)
    t = m.unknown_tags
    if m.SupportedFeatures is UNSET and m.FinalizedFeaturesEpoch is UNSET and m.FinalizedFeatures is UNSET and m.ZkMigrationReady is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.SupportedFeatures is not UNSET:
        p = bytearray()
        a_SupportedFeatures = m.SupportedFeatures
        w_alen_c(p, len(a_SupportedFeatures))
        for e_SupportedFeatures in a_SupportedFeatures:
            _e_SupportedFeatureKey_v3(p, e_SupportedFeatures)
        tags[0] = p
    if m.FinalizedFeaturesEpoch is not UNSET:
        p = bytearray()
        p += _P4.pack(m.FinalizedFeaturesEpoch)
        tags[1] = p
    if m.FinalizedFeatures is not UNSET:
        p = bytearray()
        a_FinalizedFeatures = m.FinalizedFeatures
        w_alen_c(p, len(a_FinalizedFeatures))
        for e_FinalizedFeatures in a_FinalizedFeatures:
            _e_FinalizedFeatureKey_v3(p, e_FinalizedFeatures)
        tags[2] = p
    if m.ZkMigrationReady is not UNSET:
        p = bytearray()
        p += _P5.pack(m.ZkMigrationReady)
        tags[3] = p
    w_tags(out, tags)


def _s_ApiVersionsResponse_v3(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ApiVersion_v3(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ApiVersionsResponse_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ApiKeys':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ApiVersion_v3(buf, pos)
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    return pos


ApiVersion.INFO = StructInfo('ApiVersion', (
    FieldInfo('ApiKey', 'int16', (0, 4)),
    FieldInfo('MinVersion', 'int16', (0, 4)),
    FieldInfo('MaxVersion', 'int16', (0, 4)),
), (3, 4))

SupportedFeatureKey.INFO = StructInfo('SupportedFeatureKey', (
    FieldInfo('Name', 'string', (3, 4)),
    FieldInfo('MinVersion', 'int16', (3, 4)),
    FieldInfo('MaxVersion', 'int16', (3, 4)),
), (3, 4))

FinalizedFeatureKey.INFO = StructInfo('FinalizedFeatureKey', (
    FieldInfo('Name', 'string', (3, 4)),
    FieldInfo('MaxVersionLevel', 'int16', (3, 4)),
    FieldInfo('MinVersionLevel', 'int16', (3, 4)),
), (3, 4))

ApiVersionsResponse.INFO = StructInfo('ApiVersionsResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 4)),
    FieldInfo('ApiKeys', '[]struct', (0, 4), struct=ApiVersion),
    FieldInfo('ThrottleTimeMs', 'int32', (1, 4), ignorable=True),
    FieldInfo('SupportedFeatures', '[]struct', (3, 4), tag=0, ignorable=True, struct=SupportedFeatureKey),
    FieldInfo('FinalizedFeaturesEpoch', 'int64', (3, 4), tag=1, default=-1, ignorable=True),
    FieldInfo('FinalizedFeatures', '[]struct', (3, 4), tag=2, ignorable=True, struct=FinalizedFeatureKey),
    FieldInfo('ZkMigrationReady', 'bool', (3, 4), tag=3, default=False, ignorable=True),
), (3, 4))

ApiVersion.DECODERS = {
    0: _d_ApiVersion_v0,
    1: _d_ApiVersion_v0,
    2: _d_ApiVersion_v0,
    3: _d_ApiVersion_v3,
    4: _d_ApiVersion_v3,
}

ApiVersion.ENCODERS = {
    0: _e_ApiVersion_v0,
    1: _e_ApiVersion_v0,
    2: _e_ApiVersion_v0,
    3: _e_ApiVersion_v3,
    4: _e_ApiVersion_v3,
}

ApiVersion.SKIPPERS = {
    0: _s_ApiVersion_v0,
    1: _s_ApiVersion_v0,
    2: _s_ApiVersion_v0,
    3: _s_ApiVersion_v3,
    4: _s_ApiVersion_v3,
}

ApiVersion.SEEKERS = {
    0: _o_ApiVersion_v0,
    1: _o_ApiVersion_v0,
    2: _o_ApiVersion_v0,
    3: _o_ApiVersion_v3,
    4: _o_ApiVersion_v3,
}

SupportedFeatureKey.DECODERS = {
    3: _d_SupportedFeatureKey_v3,
    4: _d_SupportedFeatureKey_v3,
}

SupportedFeatureKey.ENCODERS = {
    3: _e_SupportedFeatureKey_v3,
    4: _e_SupportedFeatureKey_v3,
}

SupportedFeatureKey.SKIPPERS = {
    3: _s_SupportedFeatureKey_v3,
    4: _s_SupportedFeatureKey_v3,
}

SupportedFeatureKey.SEEKERS = {
    3: _o_SupportedFeatureKey_v3,
    4: _o_SupportedFeatureKey_v3,
}

FinalizedFeatureKey.DECODERS = {
    3: _d_FinalizedFeatureKey_v3,
    4: _d_FinalizedFeatureKey_v3,
}

FinalizedFeatureKey.ENCODERS = {
    3: _e_FinalizedFeatureKey_v3,
    4: _e_FinalizedFeatureKey_v3,
}

FinalizedFeatureKey.SKIPPERS = {
    3: _s_FinalizedFeatureKey_v3,
    4: _s_FinalizedFeatureKey_v3,
}

FinalizedFeatureKey.SEEKERS = {
    3: _o_FinalizedFeatureKey_v3,
    4: _o_FinalizedFeatureKey_v3,
}

ApiVersionsResponse.DECODERS = {
    0: _d_ApiVersionsResponse_v0,
    1: _d_ApiVersionsResponse_v1,
    2: _d_ApiVersionsResponse_v1,
    3: _d_ApiVersionsResponse_v3,
    4: _d_ApiVersionsResponse_v3,
}

ApiVersionsResponse.ENCODERS = {
    0: _e_ApiVersionsResponse_v0,
    1: _e_ApiVersionsResponse_v1,
    2: _e_ApiVersionsResponse_v1,
    3: _e_ApiVersionsResponse_v3,
    4: _e_ApiVersionsResponse_v3,
}

ApiVersionsResponse.SKIPPERS = {
    0: _s_ApiVersionsResponse_v0,
    1: _s_ApiVersionsResponse_v1,
    2: _s_ApiVersionsResponse_v1,
    3: _s_ApiVersionsResponse_v3,
    4: _s_ApiVersionsResponse_v3,
}

ApiVersionsResponse.SEEKERS = {
    0: _o_ApiVersionsResponse_v0,
    1: _o_ApiVersionsResponse_v1,
    2: _o_ApiVersionsResponse_v1,
    3: _o_ApiVersionsResponse_v3,
    4: _o_ApiVersionsResponse_v3,
}
