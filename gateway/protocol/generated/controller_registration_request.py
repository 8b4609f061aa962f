"""ControllerRegistrationRequest: generated from specs/ControllerRegistrationRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>Hh')
_P1 = Struct('>hh')
_P2 = Struct('>i16s?')
_P3 = Struct('>i')
_P4 = Struct('>?')


class Listener(KafkaStruct, kw_only=True, gc=False):
    """An element of ControllerRegistrationRequest.Listeners."""

    Name: str = MISSING
    Host: str = MISSING
    Port: int = MISSING
    SecurityProtocol: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class Feature(KafkaStruct, kw_only=True, gc=False):
    """An element of ControllerRegistrationRequest.Features."""

    Name: str = MISSING
    MinSupportedVersion: int = MISSING
    MaxSupportedVersion: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ControllerRegistrationRequest(Message, kw_only=True, gc=False):
    """ControllerRegistrationRequest (API key 70), v0-v0; from specs/ControllerRegistrationRequest.json."""

    API_KEY = 70
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ControllerId: int = MISSING
    IncarnationId: bytes = MISSING
    ZkMigrationReady: bool = MISSING
    Listeners: list[Listener] = MISSING
    Features: list[Feature] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_Listener_v0(buf: Buffer, pos: int) -> tuple[Listener, int]:
    v_Name, pos = str_c(buf, pos)
    v_Host, pos = str_c(buf, pos)
    v_Port, v_SecurityProtocol = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Listener(
        Name=v_Name,
        Host=v_Host,
        Port=v_Port,
        SecurityProtocol=v_SecurityProtocol,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Listener_v0(out: bytearray, m: Listener) -> None:
    w_str_c(out, m.Name)
    w_str_c(out, m.Host)
    out += _P0.pack(m.Port, m.SecurityProtocol)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Listener_v0(buf: Buffer, pos: int) -> int:
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
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Listener_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Host':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Port':
        return pos
    pos += 2
    if stop == 'SecurityProtocol':
        return pos
    pos += 2
    return pos


def _d_Feature_v0(buf: Buffer, pos: int) -> tuple[Feature, int]:
    v_Name, pos = str_c(buf, pos)
    v_MinSupportedVersion, v_MaxSupportedVersion = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Feature(
        Name=v_Name,
        MinSupportedVersion=v_MinSupportedVersion,
        MaxSupportedVersion=v_MaxSupportedVersion,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Feature_v0(out: bytearray, m: Feature) -> None:
    w_str_c(out, m.Name)
    out += _P1.pack(m.MinSupportedVersion, m.MaxSupportedVersion)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Feature_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Feature_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MinSupportedVersion':
        return pos
    pos += 2
    if stop == 'MaxSupportedVersion':
        return pos
    pos += 2
    return pos


def _d_ControllerRegistrationRequest_v0(buf: Buffer, pos: int) -> tuple[ControllerRegistrationRequest, int]:
    v_ControllerId, v_IncarnationId, v_ZkMigrationReady = _P2.unpack_from(buf, pos)
    pos += 21
    v_Listeners, pos = arr_c(_d_Listener_v0, buf, pos)
    v_Features, pos = arr_c(_d_Feature_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ControllerRegistrationRequest(
        ControllerId=v_ControllerId,
        IncarnationId=v_IncarnationId,
        ZkMigrationReady=v_ZkMigrationReady,
        Listeners=v_Listeners,
        Features=v_Features,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ControllerRegistrationRequest_v0(out: bytearray, m: ControllerRegistrationRequest) -> None:
    out += _P3.pack(m.ControllerId)
    w_uuid(out, m.IncarnationId)
    out += _P4.pack(m.ZkMigrationReady)
    a_Listeners = m.Listeners
    w_alen_c(out, len(a_Listeners))
    for e_Listeners in a_Listeners:
        _e_Listener_v0(out, e_Listeners)
    a_Features = m.Features
    w_alen_c(out, len(a_Features))
    for e_Features in a_Features:
        _e_Feature_v0(out, e_Features)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ControllerRegistrationRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 21
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Feature_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ControllerRegistrationRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ControllerId':
        return pos
    pos += 4
    if stop == 'IncarnationId':
        return pos
    pos += 16
    if stop == 'ZkMigrationReady':
        return pos
    pos += 1
    if stop == 'Listeners':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v0(buf, pos)
    if stop == 'Features':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Feature_v0(buf, pos)
    return pos


Listener.INFO = StructInfo('Listener', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Host', 'string', (0, 0)),
    FieldInfo('Port', 'uint16', (0, 0)),
    FieldInfo('SecurityProtocol', 'int16', (0, 0)),
), (0, 0))

Feature.INFO = StructInfo('Feature', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('MinSupportedVersion', 'int16', (0, 0)),
    FieldInfo('MaxSupportedVersion', 'int16', (0, 0)),
), (0, 0))

ControllerRegistrationRequest.INFO = StructInfo('ControllerRegistrationRequest', (
    FieldInfo('ControllerId', 'int32', (0, 0)),
    FieldInfo('IncarnationId', 'uuid', (0, 0)),
    FieldInfo('ZkMigrationReady', 'bool', (0, 0)),
    FieldInfo('Listeners', '[]struct', (0, 0), struct=Listener),
    FieldInfo('Features', '[]struct', (0, 0), struct=Feature),
), (0, 0))

Listener.DECODERS = {
    0: _d_Listener_v0,
}

Listener.ENCODERS = {
    0: _e_Listener_v0,
}

Listener.SKIPPERS = {
    0: _s_Listener_v0,
}

Listener.SEEKERS = {
    0: _o_Listener_v0,
}

Feature.DECODERS = {
    0: _d_Feature_v0,
}

Feature.ENCODERS = {
    0: _e_Feature_v0,
}

Feature.SKIPPERS = {
    0: _s_Feature_v0,
}

Feature.SEEKERS = {
    0: _o_Feature_v0,
}

ControllerRegistrationRequest.DECODERS = {
    0: _d_ControllerRegistrationRequest_v0,
}

ControllerRegistrationRequest.ENCODERS = {
    0: _e_ControllerRegistrationRequest_v0,
}

ControllerRegistrationRequest.SKIPPERS = {
    0: _s_ControllerRegistrationRequest_v0,
}

ControllerRegistrationRequest.SEEKERS = {
    0: _o_ControllerRegistrationRequest_v0,
}
