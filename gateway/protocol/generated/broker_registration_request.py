"""BrokerRegistrationRequest: generated from specs/BrokerRegistrationRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    uuid_,
    w_alen_c,
    w_each,
    w_nstr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>Hh')
_P1 = Struct('>hh')
_P2 = Struct('>i')
_P3 = Struct('>16s')
_P4 = Struct('>?')
_P5 = Struct('>q')


class Listener(KafkaStruct, kw_only=True, gc=False):
    """An element of BrokerRegistrationRequest.Listeners."""

    Name: str = MISSING
    Host: str = MISSING
    Port: int = MISSING
    SecurityProtocol: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class Feature(KafkaStruct, kw_only=True, gc=False):
    """An element of BrokerRegistrationRequest.Features."""

    Name: str = MISSING
    MinSupportedVersion: int = MISSING
    MaxSupportedVersion: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class BrokerRegistrationRequest(Message, kw_only=True, gc=False):
    """BrokerRegistrationRequest (API key 62), v0-v4; from specs/BrokerRegistrationRequest.json."""

    API_KEY = 62
    KIND = 'request'
    VALID_VERSIONS = (0, 4)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    BrokerId: int = MISSING
    ClusterId: str = MISSING
    IncarnationId: bytes = MISSING
    Listeners: list[Listener] = MISSING
    Features: list[Feature] = MISSING
    Rack: str | None = MISSING
    IsMigratingZkBroker: bool = False
    LogDirs: list[bytes] = MISSING
    PreviousBrokerEpoch: int = -1
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


def _d_BrokerRegistrationRequest_v0(buf: Buffer, pos: int) -> tuple[BrokerRegistrationRequest, int]:
    (v_BrokerId,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_ClusterId, pos = str_c(buf, pos)
    (v_IncarnationId,) = _P3.unpack_from(buf, pos)
    pos += 16
    v_Listeners, pos = arr_c(_d_Listener_v0, buf, pos)
    v_Features, pos = arr_c(_d_Feature_v0, buf, pos)
    v_Rack, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BrokerRegistrationRequest(
        BrokerId=v_BrokerId,
        ClusterId=v_ClusterId,
        IncarnationId=v_IncarnationId,
        Listeners=v_Listeners,
        Features=v_Features,
        Rack=v_Rack,
        LogDirs=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerRegistrationRequest_v0(out: bytearray, m: BrokerRegistrationRequest) -> None:
    out += _P2.pack(m.BrokerId)
    w_str_c(out, m.ClusterId)
    w_uuid(out, m.IncarnationId)
    a_Listeners = m.Listeners
    w_alen_c(out, len(a_Listeners))
    for e_Listeners in a_Listeners:
        _e_Listener_v0(out, e_Listeners)
    a_Features = m.Features
    w_alen_c(out, len(a_Features))
    for e_Features in a_Features:
        _e_Feature_v0(out, e_Features)
    w_nstr_c(out, m.Rack)
    if non_default(m.IsMigratingZkBroker, False):
        raise EncodeError('IsMigratingZkBroker')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BrokerRegistrationRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Feature_v0(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerRegistrationRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IncarnationId':
        return pos
    pos += 16
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
    if stop == 'Rack':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_BrokerRegistrationRequest_v1(buf: Buffer, pos: int) -> tuple[BrokerRegistrationRequest, int]:
    (v_BrokerId,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_ClusterId, pos = str_c(buf, pos)
    (v_IncarnationId,) = _P3.unpack_from(buf, pos)
    pos += 16
    v_Listeners, pos = arr_c(_d_Listener_v0, buf, pos)
    v_Features, pos = arr_c(_d_Feature_v0, buf, pos)
    v_Rack, pos = nstr_c(buf, pos)
    (v_IsMigratingZkBroker,) = _P4.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BrokerRegistrationRequest(
        BrokerId=v_BrokerId,
        ClusterId=v_ClusterId,
        IncarnationId=v_IncarnationId,
        Listeners=v_Listeners,
        Features=v_Features,
        Rack=v_Rack,
        IsMigratingZkBroker=v_IsMigratingZkBroker,
        LogDirs=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerRegistrationRequest_v1(out: bytearray, m: BrokerRegistrationRequest) -> None:
    out += _P2.pack(m.BrokerId)
    w_str_c(out, m.ClusterId)
    w_uuid(out, m.IncarnationId)
    a_Listeners = m.Listeners
    w_alen_c(out, len(a_Listeners))
    for e_Listeners in a_Listeners:
        _e_Listener_v0(out, e_Listeners)
    a_Features = m.Features
    w_alen_c(out, len(a_Features))
    for e_Features in a_Features:
        _e_Feature_v0(out, e_Features)
    w_nstr_c(out, m.Rack)
    out += _P4.pack(m.IsMigratingZkBroker)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BrokerRegistrationRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Feature_v0(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerRegistrationRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IncarnationId':
        return pos
    pos += 16
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
    if stop == 'Rack':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IsMigratingZkBroker':
        return pos
    pos += 1
    return pos


def _d_BrokerRegistrationRequest_v2(buf: Buffer, pos: int) -> tuple[BrokerRegistrationRequest, int]:
    (v_BrokerId,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_ClusterId, pos = str_c(buf, pos)
    (v_IncarnationId,) = _P3.unpack_from(buf, pos)
    pos += 16
    v_Listeners, pos = arr_c(_d_Listener_v0, buf, pos)
    v_Features, pos = arr_c(_d_Feature_v0, buf, pos)
    v_Rack, pos = nstr_c(buf, pos)
    (v_IsMigratingZkBroker,) = _P4.unpack_from(buf, pos)
    pos += 1
    v_LogDirs, pos = arr_c(uuid_, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BrokerRegistrationRequest(
        BrokerId=v_BrokerId,
        ClusterId=v_ClusterId,
        IncarnationId=v_IncarnationId,
        Listeners=v_Listeners,
        Features=v_Features,
        Rack=v_Rack,
        IsMigratingZkBroker=v_IsMigratingZkBroker,
        LogDirs=v_LogDirs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerRegistrationRequest_v2(out: bytearray, m: BrokerRegistrationRequest) -> None:
    out += _P2.pack(m.BrokerId)
    w_str_c(out, m.ClusterId)
    w_uuid(out, m.IncarnationId)
    a_Listeners = m.Listeners
    w_alen_c(out, len(a_Listeners))
    for e_Listeners in a_Listeners:
        _e_Listener_v0(out, e_Listeners)
    a_Features = m.Features
    w_alen_c(out, len(a_Features))
    for e_Features in a_Features:
        _e_Feature_v0(out, e_Features)
    w_nstr_c(out, m.Rack)
    out += _P4.pack(m.IsMigratingZkBroker)
    a_LogDirs = m.LogDirs
    w_alen_c(out, len(a_LogDirs))
    w_each(w_uuid, out, a_LogDirs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BrokerRegistrationRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Feature_v0(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    n, pos = count_c(buf, pos)
    pos += 16 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerRegistrationRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IncarnationId':
        return pos
    pos += 16
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
    if stop == 'Rack':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IsMigratingZkBroker':
        return pos
    pos += 1
    if stop == 'LogDirs':
        return pos
    n, pos = count_c(buf, pos)
    pos += 16 * n
    return pos


def _d_BrokerRegistrationRequest_v3(buf: Buffer, pos: int) -> tuple[BrokerRegistrationRequest, int]:
    (v_BrokerId,) = _P2.unpack_from(buf, pos)
    pos += 4
    v_ClusterId, pos = str_c(buf, pos)
    (v_IncarnationId,) = _P3.unpack_from(buf, pos)
    pos += 16
    v_Listeners, pos = arr_c(_d_Listener_v0, buf, pos)
    v_Features, pos = arr_c(_d_Feature_v0, buf, pos)
    v_Rack, pos = nstr_c(buf, pos)
    (v_IsMigratingZkBroker,) = _P4.unpack_from(buf, pos)
    pos += 1
    v_LogDirs, pos = arr_c(uuid_, buf, pos)
    (v_PreviousBrokerEpoch,) = _P5.unpack_from(buf, pos)
    pos += 8
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BrokerRegistrationRequest(
        BrokerId=v_BrokerId,
        ClusterId=v_ClusterId,
        IncarnationId=v_IncarnationId,
        Listeners=v_Listeners,
        Features=v_Features,
        Rack=v_Rack,
        IsMigratingZkBroker=v_IsMigratingZkBroker,
        LogDirs=v_LogDirs,
        PreviousBrokerEpoch=v_PreviousBrokerEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerRegistrationRequest_v3(out: bytearray, m: BrokerRegistrationRequest) -> None:
    out += _P2.pack(m.BrokerId)
    w_str_c(out, m.ClusterId)
    w_uuid(out, m.IncarnationId)
    a_Listeners = m.Listeners
    w_alen_c(out, len(a_Listeners))
    for e_Listeners in a_Listeners:
        _e_Listener_v0(out, e_Listeners)
    a_Features = m.Features
    w_alen_c(out, len(a_Features))
    for e_Features in a_Features:
        _e_Feature_v0(out, e_Features)
    w_nstr_c(out, m.Rack)
    out += _P4.pack(m.IsMigratingZkBroker)
    a_LogDirs = m.LogDirs
    w_alen_c(out, len(a_LogDirs))
    w_each(w_uuid, out, a_LogDirs)
    out += _P5.pack(m.PreviousBrokerEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BrokerRegistrationRequest_v3(buf: Buffer, pos: int) -> int:
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Feature_v0(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    n, pos = count_c(buf, pos)
    pos += 16 * n
    pos += 8
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerRegistrationRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IncarnationId':
        return pos
    pos += 16
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
    if stop == 'Rack':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'IsMigratingZkBroker':
        return pos
    pos += 1
    if stop == 'LogDirs':
        return pos
    n, pos = count_c(buf, pos)
    pos += 16 * n
    if stop == 'PreviousBrokerEpoch':
        return pos
    pos += 8
    return pos


Listener.INFO = StructInfo('Listener', (
    FieldInfo('Name', 'string', (0, 4)),
    FieldInfo('Host', 'string', (0, 4)),
    FieldInfo('Port', 'uint16', (0, 4)),
    FieldInfo('SecurityProtocol', 'int16', (0, 4)),
), (0, 4))

Feature.INFO = StructInfo('Feature', (
    FieldInfo('Name', 'string', (0, 4)),
    FieldInfo('MinSupportedVersion', 'int16', (0, 4)),
    FieldInfo('MaxSupportedVersion', 'int16', (0, 4)),
), (0, 4))

BrokerRegistrationRequest.INFO = StructInfo('BrokerRegistrationRequest', (
    FieldInfo('BrokerId', 'int32', (0, 4)),
    FieldInfo('ClusterId', 'string', (0, 4)),
    FieldInfo('IncarnationId', 'uuid', (0, 4)),
    FieldInfo('Listeners', '[]struct', (0, 4), struct=Listener),
    FieldInfo('Features', '[]struct', (0, 4), struct=Feature),
    FieldInfo('Rack', 'string', (0, 4), nullable=(0, 4)),
    FieldInfo('IsMigratingZkBroker', 'bool', (1, 4), default=False),
    FieldInfo('LogDirs', '[]uuid', (2, 4), ignorable=True),
    FieldInfo('PreviousBrokerEpoch', 'int64', (3, 4), default=-1, ignorable=True),
), (0, 4))

Listener.DECODERS = {
    0: _d_Listener_v0,
    1: _d_Listener_v0,
    2: _d_Listener_v0,
    3: _d_Listener_v0,
    4: _d_Listener_v0,
}

Listener.ENCODERS = {
    0: _e_Listener_v0,
    1: _e_Listener_v0,
    2: _e_Listener_v0,
    3: _e_Listener_v0,
    4: _e_Listener_v0,
}

Listener.SKIPPERS = {
    0: _s_Listener_v0,
    1: _s_Listener_v0,
    2: _s_Listener_v0,
    3: _s_Listener_v0,
    4: _s_Listener_v0,
}

Listener.SEEKERS = {
    0: _o_Listener_v0,
    1: _o_Listener_v0,
    2: _o_Listener_v0,
    3: _o_Listener_v0,
    4: _o_Listener_v0,
}

Feature.DECODERS = {
    0: _d_Feature_v0,
    1: _d_Feature_v0,
    2: _d_Feature_v0,
    3: _d_Feature_v0,
    4: _d_Feature_v0,
}

Feature.ENCODERS = {
    0: _e_Feature_v0,
    1: _e_Feature_v0,
    2: _e_Feature_v0,
    3: _e_Feature_v0,
    4: _e_Feature_v0,
}

Feature.SKIPPERS = {
    0: _s_Feature_v0,
    1: _s_Feature_v0,
    2: _s_Feature_v0,
    3: _s_Feature_v0,
    4: _s_Feature_v0,
}

Feature.SEEKERS = {
    0: _o_Feature_v0,
    1: _o_Feature_v0,
    2: _o_Feature_v0,
    3: _o_Feature_v0,
    4: _o_Feature_v0,
}

BrokerRegistrationRequest.DECODERS = {
    0: _d_BrokerRegistrationRequest_v0,
    1: _d_BrokerRegistrationRequest_v1,
    2: _d_BrokerRegistrationRequest_v2,
    3: _d_BrokerRegistrationRequest_v3,
    4: _d_BrokerRegistrationRequest_v3,
}

BrokerRegistrationRequest.ENCODERS = {
    0: _e_BrokerRegistrationRequest_v0,
    1: _e_BrokerRegistrationRequest_v1,
    2: _e_BrokerRegistrationRequest_v2,
    3: _e_BrokerRegistrationRequest_v3,
    4: _e_BrokerRegistrationRequest_v3,
}

BrokerRegistrationRequest.SKIPPERS = {
    0: _s_BrokerRegistrationRequest_v0,
    1: _s_BrokerRegistrationRequest_v1,
    2: _s_BrokerRegistrationRequest_v2,
    3: _s_BrokerRegistrationRequest_v3,
    4: _s_BrokerRegistrationRequest_v3,
}

BrokerRegistrationRequest.SEEKERS = {
    0: _o_BrokerRegistrationRequest_v0,
    1: _o_BrokerRegistrationRequest_v1,
    2: _o_BrokerRegistrationRequest_v2,
    3: _o_BrokerRegistrationRequest_v3,
    4: _o_BrokerRegistrationRequest_v3,
}
