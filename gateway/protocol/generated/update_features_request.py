"""UpdateFeaturesRequest: generated from specs/UpdateFeaturesRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    count_c,
    non_default,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>h?')
_P1 = Struct('>i')
_P2 = Struct('>hb')
_P3 = Struct('>h')
_P4 = Struct('>b')
_P5 = Struct('>?')


class FeatureUpdateKey(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateFeaturesRequest.FeatureUpdates."""

    Feature: str = MISSING
    MaxVersionLevel: int = MISSING
    AllowDowngrade: bool = MISSING
    UpgradeType: int = 1
    unknown_tags: dict[int, Buffer] | None = None


class UpdateFeaturesRequest(Message, kw_only=True, gc=False):
    """UpdateFeaturesRequest (API key 57), v0-v2; from specs/UpdateFeaturesRequest.json."""

    API_KEY = 57
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    TimeoutMs: int = 60000
    FeatureUpdates: list[FeatureUpdateKey] = MISSING
    ValidateOnly: bool = False
    unknown_tags: dict[int, Buffer] | None = None


def _d_FeatureUpdateKey_v0(buf: Buffer, pos: int) -> tuple[FeatureUpdateKey, int]:
    v_Feature, pos = str_c(buf, pos)
    v_MaxVersionLevel, v_AllowDowngrade = _P0.unpack_from(buf, pos)
    pos += 3
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FeatureUpdateKey(
        Feature=v_Feature,
        MaxVersionLevel=v_MaxVersionLevel,
        AllowDowngrade=v_AllowDowngrade,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FeatureUpdateKey_v0(out: bytearray, m: FeatureUpdateKey) -> None:
    w_str_c(out, m.Feature)
    out += _P0.pack(m.MaxVersionLevel, m.AllowDowngrade)
    if non_default(m.UpgradeType, 1):
        raise EncodeError('UpgradeType')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FeatureUpdateKey_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 3
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FeatureUpdateKey_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Feature':
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
    if stop == 'AllowDowngrade':
        return pos
    pos += 1
    return pos


def _d_UpdateFeaturesRequest_v0(buf: Buffer, pos: int) -> tuple[UpdateFeaturesRequest, int]:
    (v_TimeoutMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_FeatureUpdates, pos = arr_c(_d_FeatureUpdateKey_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateFeaturesRequest(
        TimeoutMs=v_TimeoutMs,
        FeatureUpdates=v_FeatureUpdates,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateFeaturesRequest_v0(out: bytearray, m: UpdateFeaturesRequest) -> None:
    out += _P1.pack(m.TimeoutMs)
    a_FeatureUpdates = m.FeatureUpdates
    w_alen_c(out, len(a_FeatureUpdates))
    for e_FeatureUpdates in a_FeatureUpdates:
        _e_FeatureUpdateKey_v0(out, e_FeatureUpdates)
    if non_default(m.ValidateOnly, False):
        raise EncodeError('ValidateOnly')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateFeaturesRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FeatureUpdateKey_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateFeaturesRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'FeatureUpdates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FeatureUpdateKey_v0(buf, pos)
    return pos


def _d_FeatureUpdateKey_v1(buf: Buffer, pos: int) -> tuple[FeatureUpdateKey, int]:
    v_Feature, pos = str_c(buf, pos)
    v_MaxVersionLevel, v_UpgradeType = _P2.unpack_from(buf, pos)
    pos += 3
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = FeatureUpdateKey(
        Feature=v_Feature,
        MaxVersionLevel=v_MaxVersionLevel,
        AllowDowngrade=False,
        UpgradeType=v_UpgradeType,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_FeatureUpdateKey_v1(out: bytearray, m: FeatureUpdateKey) -> None:
    w_str_c(out, m.Feature)
    out += _P3.pack(m.MaxVersionLevel)
    if non_default(m.AllowDowngrade, False):
        raise EncodeError('AllowDowngrade')
    out += _P4.pack(m.UpgradeType)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_FeatureUpdateKey_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 3
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_FeatureUpdateKey_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Feature':
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
    if stop == 'UpgradeType':
        return pos
    pos += 1
    return pos


def _d_UpdateFeaturesRequest_v1(buf: Buffer, pos: int) -> tuple[UpdateFeaturesRequest, int]:
    (v_TimeoutMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_FeatureUpdates, pos = arr_c(_d_FeatureUpdateKey_v1, buf, pos)
    (v_ValidateOnly,) = _P5.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateFeaturesRequest(
        TimeoutMs=v_TimeoutMs,
        FeatureUpdates=v_FeatureUpdates,
        ValidateOnly=v_ValidateOnly,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateFeaturesRequest_v1(out: bytearray, m: UpdateFeaturesRequest) -> None:
    out += _P1.pack(m.TimeoutMs)
    a_FeatureUpdates = m.FeatureUpdates
    w_alen_c(out, len(a_FeatureUpdates))
    for e_FeatureUpdates in a_FeatureUpdates:
        _e_FeatureUpdateKey_v1(out, e_FeatureUpdates)
    out += _P5.pack(m.ValidateOnly)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateFeaturesRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FeatureUpdateKey_v1(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateFeaturesRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'FeatureUpdates':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_FeatureUpdateKey_v1(buf, pos)
    if stop == 'ValidateOnly':
        return pos
    pos += 1
    return pos


FeatureUpdateKey.INFO = StructInfo('FeatureUpdateKey', (
    FieldInfo('Feature', 'string', (0, 2)),
    FieldInfo('MaxVersionLevel', 'int16', (0, 2)),
    FieldInfo('AllowDowngrade', 'bool', (0, 0)),
    FieldInfo('UpgradeType', 'int8', (1, 2), default=1),
), (0, 2))

UpdateFeaturesRequest.INFO = StructInfo('UpdateFeaturesRequest', (
    FieldInfo('TimeoutMs', 'int32', (0, 2), default=60000),
    FieldInfo('FeatureUpdates', '[]struct', (0, 2), struct=FeatureUpdateKey),
    FieldInfo('ValidateOnly', 'bool', (1, 2), default=False),
), (0, 2))

FeatureUpdateKey.DECODERS = {
    0: _d_FeatureUpdateKey_v0,
    1: _d_FeatureUpdateKey_v1,
    2: _d_FeatureUpdateKey_v1,
}

FeatureUpdateKey.ENCODERS = {
    0: _e_FeatureUpdateKey_v0,
    1: _e_FeatureUpdateKey_v1,
    2: _e_FeatureUpdateKey_v1,
}

FeatureUpdateKey.SKIPPERS = {
    0: _s_FeatureUpdateKey_v0,
    1: _s_FeatureUpdateKey_v1,
    2: _s_FeatureUpdateKey_v1,
}

FeatureUpdateKey.SEEKERS = {
    0: _o_FeatureUpdateKey_v0,
    1: _o_FeatureUpdateKey_v1,
    2: _o_FeatureUpdateKey_v1,
}

UpdateFeaturesRequest.DECODERS = {
    0: _d_UpdateFeaturesRequest_v0,
    1: _d_UpdateFeaturesRequest_v1,
    2: _d_UpdateFeaturesRequest_v1,
}

UpdateFeaturesRequest.ENCODERS = {
    0: _e_UpdateFeaturesRequest_v0,
    1: _e_UpdateFeaturesRequest_v1,
    2: _e_UpdateFeaturesRequest_v1,
}

UpdateFeaturesRequest.SKIPPERS = {
    0: _s_UpdateFeaturesRequest_v0,
    1: _s_UpdateFeaturesRequest_v1,
    2: _s_UpdateFeaturesRequest_v1,
}

UpdateFeaturesRequest.SEEKERS = {
    0: _o_UpdateFeaturesRequest_v0,
    1: _o_UpdateFeaturesRequest_v1,
    2: _o_UpdateFeaturesRequest_v1,
}
