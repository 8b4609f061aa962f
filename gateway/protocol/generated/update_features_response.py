"""UpdateFeaturesResponse: generated from specs/UpdateFeaturesResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    arr_c,
    count_c,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_nstr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>h')
_P1 = Struct('>ih')


class UpdatableFeatureResult(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateFeaturesResponse.Results."""

    Feature: str = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class UpdateFeaturesResponse(Message, kw_only=True, gc=False):
    """UpdateFeaturesResponse (API key 57), v0-v2; from specs/UpdateFeaturesResponse.json."""

    API_KEY = 57
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    Results: list[UpdatableFeatureResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_UpdatableFeatureResult_v0(buf: Buffer, pos: int) -> tuple[UpdatableFeatureResult, int]:
    v_Feature, pos = str_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdatableFeatureResult(
        Feature=v_Feature,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdatableFeatureResult_v0(out: bytearray, m: UpdatableFeatureResult) -> None:
    w_str_c(out, m.Feature)
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdatableFeatureResult_v0(buf: Buffer, pos: int) -> int:
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdatableFeatureResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Feature':
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
    return pos


def _d_UpdateFeaturesResponse_v0(buf: Buffer, pos: int) -> tuple[UpdateFeaturesResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_Results, pos = arr_c(_d_UpdatableFeatureResult_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateFeaturesResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Results=v_Results,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateFeaturesResponse_v0(out: bytearray, m: UpdateFeaturesResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_Results = m.Results
    w_alen_c(out, len(a_Results))
    for e_Results in a_Results:
        _e_UpdatableFeatureResult_v0(out, e_Results)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateFeaturesResponse_v0(buf: Buffer, pos: int) -> int:
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
        pos = _s_UpdatableFeatureResult_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateFeaturesResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Results':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UpdatableFeatureResult_v0(buf, pos)
    return pos


def _d_UpdateFeaturesResponse_v2(buf: Buffer, pos: int) -> tuple[UpdateFeaturesResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateFeaturesResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Results=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateFeaturesResponse_v2(out: bytearray, m: UpdateFeaturesResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateFeaturesResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateFeaturesResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    return pos


UpdatableFeatureResult.INFO = StructInfo('UpdatableFeatureResult', (
    FieldInfo('Feature', 'string', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ErrorMessage', 'string', (0, 2), nullable=(0, 2)),
), (0, 2))

UpdateFeaturesResponse.INFO = StructInfo('UpdateFeaturesResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ErrorMessage', 'string', (0, 2), nullable=(0, 2)),
    FieldInfo('Results', '[]struct', (0, 1), ignorable=True, struct=UpdatableFeatureResult),
), (0, 2))

UpdatableFeatureResult.DECODERS = {
    0: _d_UpdatableFeatureResult_v0,
    1: _d_UpdatableFeatureResult_v0,
}

UpdatableFeatureResult.ENCODERS = {
    0: _e_UpdatableFeatureResult_v0,
    1: _e_UpdatableFeatureResult_v0,
}

UpdatableFeatureResult.SKIPPERS = {
    0: _s_UpdatableFeatureResult_v0,
    1: _s_UpdatableFeatureResult_v0,
}

UpdatableFeatureResult.SEEKERS = {
    0: _o_UpdatableFeatureResult_v0,
    1: _o_UpdatableFeatureResult_v0,
}

UpdateFeaturesResponse.DECODERS = {
    0: _d_UpdateFeaturesResponse_v0,
    1: _d_UpdateFeaturesResponse_v0,
    2: _d_UpdateFeaturesResponse_v2,
}

UpdateFeaturesResponse.ENCODERS = {
    0: _e_UpdateFeaturesResponse_v0,
    1: _e_UpdateFeaturesResponse_v0,
    2: _e_UpdateFeaturesResponse_v2,
}

UpdateFeaturesResponse.SKIPPERS = {
    0: _s_UpdateFeaturesResponse_v0,
    1: _s_UpdateFeaturesResponse_v0,
    2: _s_UpdateFeaturesResponse_v2,
}

UpdateFeaturesResponse.SEEKERS = {
    0: _o_UpdateFeaturesResponse_v0,
    1: _o_UpdateFeaturesResponse_v0,
    2: _o_UpdateFeaturesResponse_v2,
}
