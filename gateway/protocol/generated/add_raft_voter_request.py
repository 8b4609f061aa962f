"""AddRaftVoterRequest: generated from specs/AddRaftVoterRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>ii16s')
_P2 = Struct('>ii')


class Listener(KafkaStruct, kw_only=True, gc=False):
    """An element of AddRaftVoterRequest.Listeners."""

    Name: str = MISSING
    Host: str = MISSING
    Port: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AddRaftVoterRequest(Message, kw_only=True, gc=False):
    """AddRaftVoterRequest (API key 80), v0-v0; from specs/AddRaftVoterRequest.json."""

    API_KEY = 80
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ClusterId: str | None = MISSING
    TimeoutMs: int = MISSING
    VoterId: int = MISSING
    VoterDirectoryId: bytes = MISSING
    Listeners: list[Listener] = MISSING
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


def _d_AddRaftVoterRequest_v0(buf: Buffer, pos: int) -> tuple[AddRaftVoterRequest, int]:
    v_ClusterId, pos = nstr_c(buf, pos)
    v_TimeoutMs, v_VoterId, v_VoterDirectoryId = _P1.unpack_from(buf, pos)
    pos += 24
    v_Listeners, pos = arr_c(_d_Listener_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddRaftVoterRequest(
        ClusterId=v_ClusterId,
        TimeoutMs=v_TimeoutMs,
        VoterId=v_VoterId,
        VoterDirectoryId=v_VoterDirectoryId,
        Listeners=v_Listeners,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddRaftVoterRequest_v0(out: bytearray, m: AddRaftVoterRequest) -> None:
    w_nstr_c(out, m.ClusterId)
    out += _P2.pack(m.TimeoutMs, m.VoterId)
    w_uuid(out, m.VoterDirectoryId)
    a_Listeners = m.Listeners
    w_alen_c(out, len(a_Listeners))
    for e_Listeners in a_Listeners:
        _e_Listener_v0(out, e_Listeners)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddRaftVoterRequest_v0(buf: Buffer, pos: int) -> int:
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
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddRaftVoterRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TimeoutMs':
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
    return pos


Listener.INFO = StructInfo('Listener', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Host', 'string', (0, 0)),
    FieldInfo('Port', 'uint16', (0, 0)),
), (0, 0))

AddRaftVoterRequest.INFO = StructInfo('AddRaftVoterRequest', (
    FieldInfo('ClusterId', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('TimeoutMs', 'int32', (0, 0)),
    FieldInfo('VoterId', 'int32', (0, 0)),
    FieldInfo('VoterDirectoryId', 'uuid', (0, 0)),
    FieldInfo('Listeners', '[]struct', (0, 0), struct=Listener),
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

AddRaftVoterRequest.DECODERS = {
    0: _d_AddRaftVoterRequest_v0,
}

AddRaftVoterRequest.ENCODERS = {
    0: _e_AddRaftVoterRequest_v0,
}

AddRaftVoterRequest.SKIPPERS = {
    0: _s_AddRaftVoterRequest_v0,
}

AddRaftVoterRequest.SEEKERS = {
    0: _o_AddRaftVoterRequest_v0,
}
