"""UpdateRaftVoterResponse: generated from specs/UpdateRaftVoterResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    UNSET,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    UnsetType,
    read_tags,
    read_uvarint,
    skip_c,
    skip_tags,
    str_c,
    stray_tag_bytes,
    tag_header,
    w_str_c,
    w_tags,
)

_P0 = Struct('>ii')
_P1 = Struct('>i')
_P2 = Struct('>ih')


class CurrentLeader(KafkaStruct, kw_only=True, gc=False):
    """An element of UpdateRaftVoterResponse.CurrentLeader."""

    LeaderId: int = -1
    LeaderEpoch: int = -1
    Host: str = MISSING
    Port: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_CurrentLeader = CurrentLeader


class UpdateRaftVoterResponse(Message, kw_only=True, gc=False):
    """UpdateRaftVoterResponse (API key 82), v0-v0; from specs/UpdateRaftVoterResponse.json."""

    API_KEY = 82
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    CurrentLeader: _CurrentLeader | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


def _d_CurrentLeader_v0(buf: Buffer, pos: int) -> tuple[CurrentLeader, int]:
    v_LeaderId, v_LeaderEpoch = _P0.unpack_from(buf, pos)
    pos += 8
    v_Host, pos = str_c(buf, pos)
    (v_Port,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CurrentLeader(
        LeaderId=v_LeaderId,
        LeaderEpoch=v_LeaderEpoch,
        Host=v_Host,
        Port=v_Port,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CurrentLeader_v0(out: bytearray, m: CurrentLeader) -> None:
    out += _P0.pack(m.LeaderId, m.LeaderEpoch)
    w_str_c(out, m.Host)
    out += _P1.pack(m.Port)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CurrentLeader_v0(buf: Buffer, pos: int) -> int:
    pos += 8
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CurrentLeader_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'LeaderId':
        return pos
    pos += 4
    if stop == 'LeaderEpoch':
        return pos
    pos += 4
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
    pos += 4
    return pos


def _d_UpdateRaftVoterResponse_v0(buf: Buffer, pos: int) -> tuple[UpdateRaftVoterResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    v_CurrentLeader: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_CurrentLeader, pos = _d_CurrentLeader_v0(buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = UpdateRaftVoterResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        CurrentLeader=v_CurrentLeader,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UpdateRaftVoterResponse_v0(out: bytearray, m: UpdateRaftVoterResponse) -> None:
    out += _P2.pack(m.ThrottleTimeMs, m.ErrorCode)
    t = m.unknown_tags
    if m.CurrentLeader is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.CurrentLeader is not UNSET:
        p = bytearray()
        _e_CurrentLeader_v0(p, m.CurrentLeader)
        tags[0] = p
    w_tags(out, tags)


def _s_UpdateRaftVoterResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UpdateRaftVoterResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


CurrentLeader.INFO = StructInfo('CurrentLeader', (
    FieldInfo('LeaderId', 'int32', (0, 0), default=-1),
    FieldInfo('LeaderEpoch', 'int32', (0, 0), default=-1),
    FieldInfo('Host', 'string', (0, 0)),
    FieldInfo('Port', 'int32', (0, 0)),
), (0, 0))

UpdateRaftVoterResponse.INFO = StructInfo('UpdateRaftVoterResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('CurrentLeader', 'struct', (0, 0), tag=0, struct=CurrentLeader),
), (0, 0))

CurrentLeader.DECODERS = {
    0: _d_CurrentLeader_v0,
}

CurrentLeader.ENCODERS = {
    0: _e_CurrentLeader_v0,
}

CurrentLeader.SKIPPERS = {
    0: _s_CurrentLeader_v0,
}

CurrentLeader.SEEKERS = {
    0: _o_CurrentLeader_v0,
}

UpdateRaftVoterResponse.DECODERS = {
    0: _d_UpdateRaftVoterResponse_v0,
}

UpdateRaftVoterResponse.ENCODERS = {
    0: _e_UpdateRaftVoterResponse_v0,
}

UpdateRaftVoterResponse.SKIPPERS = {
    0: _s_UpdateRaftVoterResponse_v0,
}

UpdateRaftVoterResponse.SEEKERS = {
    0: _o_UpdateRaftVoterResponse_v0,
}
