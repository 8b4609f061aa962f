"""UpdateRaftVoterRequest: generated from specs/UpdateRaftVoterRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    w_uuid,
)

_P0 = Struct('>H')
_P1 = Struct('>hh')
_P2 = Struct('>ii16s')
_P3 = Struct('>ii')


class Listener(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateRaftVoterRequest.Listeners."""

    Name: str = MISSING
    Host: str = MISSING
    Port: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class KRaftVersionFeature(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateRaftVoterRequest.KRaftVersionFeature."""

    MinSupportedVersion: int = MISSING
    MaxSupportedVersion: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_KRaftVersionFeature = KRaftVersionFeature


class UpdateRaftVoterRequest(Message, kw_only=True, gc=False):
    """UpdateRaftVoterRequest (API key 82), v0-v0; from specs/UpdateRaftVoterRequest.json."""

    API_KEY = 82
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ClusterId: str | None = MISSING
    CurrentLeaderEpoch: int = MISSING
    VoterId: int = MISSING
    VoterDirectoryId: bytes = MISSING
    Listeners: list[Listener] = MISSING
    KRaftVersionFeature: _KRaftVersionFeature = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_Listener_v0(buf: Buffer, pos: int) -> tuple[Listener, int]:
    v_Name, pos = str_c(buf, pos)
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P0.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Listener(
        Name=v_Name,
        Host=v_Host,
        Port=v_Port,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Listener_v0(out: bytearray, m: Listener) -> None:
    w_str_c(out, m.Name)
    w_str_c(out, m.Host)
    out += _P0.pack(m.Port)
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
    pos += 2
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
    return pos


def _d_KRaftVersionFeature_v0(buf: Buffer, pos: int) -> tuple[KRaftVersionFeature, int]:
    v_MinSupportedVersion, v_MaxSupportedVersion = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = KRaftVersionFeature(
        MinSupportedVersion=v_MinSupportedVersion,
        MaxSupportedVersion=v_MaxSupportedVersion,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_KRaftVersionFeature_v0(out: bytearray, m: KRaftVersionFeature) -> None:
    out += _P1.pack(m.MinSupportedVersion, m.MaxSupportedVersion)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_KRaftVersionFeature_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_KRaftVersionFeature_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MinSupportedVersion':
        return pos
    pos += 2
    if stop == 'MaxSupportedVersion':
        return pos
    pos += 2
    return pos


def _d_UpdateRaftVoterRequest_v0(buf: Buffer, pos: int) -> tuple[UpdateRaftVoterRequest, int]:
    v_ClusterId, pos = nstr_c(buf, pos)
    v_CurrentLeaderEpoch, v_VoterId, v_VoterDirectoryId = _P2.unpack_from(buf, pos)
    pos += 24
    v_Listeners, pos = arr_c(_d_Listener_v0, buf, pos)
    v_KRaftVersionFeature, pos = _d_KRaftVersionFeature_v0(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UpdateRaftVoterRequest(
        ClusterId=v_ClusterId,
        CurrentLeaderEpoch=v_CurrentLeaderEpoch,
        VoterId=v_VoterId,
        VoterDirectoryId=v_VoterDirectoryId,
        Listeners=v_Listeners,
        KRaftVersionFeature=v_KRaftVersionFeature,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateRaftVoterRequest_v0(out: bytearray, m: UpdateRaftVoterRequest) -> None:
    w_nstr_c(out, m.ClusterId)
    out += _P3.pack(m.CurrentLeaderEpoch, m.VoterId)
    w_uuid(out, m.VoterDirectoryId)
    a_Listeners = m.Listeners
    w_alen_c(out, len(a_Listeners))
    for e_Listeners in a_Listeners:
        _e_Listener_v0(out, e_Listeners)
    _e_KRaftVersionFeature_v0(out, m.KRaftVersionFeature)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UpdateRaftVoterRequest_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 24
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v0(buf, pos)
    pos = _s_KRaftVersionFeature_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateRaftVoterRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'CurrentLeaderEpoch':
        return pos
    pos += 4
    if stop == 'VoterId':
        return pos
    pos += 4
    if stop == 'VoterDirectoryId':
        return pos
    pos += 16
    if stop == 'Listeners':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Listener_v0(buf, pos)
    if stop == 'KRaftVersionFeature':
        return pos
    pos = _s_KRaftVersionFeature_v0(buf, pos)
    return pos


Listener.INFO = StructInfo('Listener', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Host', 'string', (0, 0)),
    FieldInfo('Port', 'uint16', (0, 0)),
), (0, 0))

KRaftVersionFeature.INFO = StructInfo('KRaftVersionFeature', (
    FieldInfo('MinSupportedVersion', 'int16', (0, 0)),
    FieldInfo('MaxSupportedVersion', 'int16', (0, 0)),
), (0, 0))

UpdateRaftVoterRequest.INFO = StructInfo('UpdateRaftVoterRequest', (
    FieldInfo('ClusterId', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('CurrentLeaderEpoch', 'int32', (0, 0)),
    FieldInfo('VoterId', 'int32', (0, 0)),
    FieldInfo('VoterDirectoryId', 'uuid', (0, 0)),
    FieldInfo('Listeners', '[]struct', (0, 0), struct=Listener),
    FieldInfo('KRaftVersionFeature', 'struct', (0, 0), struct=KRaftVersionFeature),
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

KRaftVersionFeature.DECODERS = {
    0: _d_KRaftVersionFeature_v0,
}

KRaftVersionFeature.ENCODERS = {
    0: _e_KRaftVersionFeature_v0,
}

KRaftVersionFeature.SKIPPERS = {
    0: _s_KRaftVersionFeature_v0,
}

KRaftVersionFeature.SEEKERS = {
    0: _o_KRaftVersionFeature_v0,
}

UpdateRaftVoterRequest.DECODERS = {
    0: _d_UpdateRaftVoterRequest_v0,
}

UpdateRaftVoterRequest.ENCODERS = {
    0: _e_UpdateRaftVoterRequest_v0,
}

UpdateRaftVoterRequest.SKIPPERS = {
    0: _s_UpdateRaftVoterRequest_v0,
}

UpdateRaftVoterRequest.SEEKERS = {
    0: _o_UpdateRaftVoterRequest_v0,
}
