"""BrokerHeartbeatRequest: generated from specs/BrokerHeartbeatRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct
from typing import Any

from ..codec_runtime import (
    MISSING,
    UNSET,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    UnsetType,
    arr_c,
    non_default,
    read_tags,
    read_uvarint,
    skip_tags,
    stray_tag_bytes,
    tag_header,
    uuid_,
    w_alen_c,
    w_each,
    w_tags,
    w_uuid,
)

_P0 = Struct('>iqq??')


class BrokerHeartbeatRequest(Message, kw_only=True, gc=False):
    """BrokerHeartbeatRequest (API key 63), v0-v1; from specs/BrokerHeartbeatRequest.json."""

    API_KEY = 63
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    BrokerId: int = MISSING
    BrokerEpoch: int = -1
    CurrentMetadataOffset: int = MISSING
    WantFence: bool = MISSING
    WantShutDown: bool = MISSING
    OfflineLogDirs: list[bytes] | UnsetType = UNSET
    unknown_tags: dict[int, Buffer] | None = None


def _d_BrokerHeartbeatRequest_v0(buf: Buffer, pos: int) -> tuple[BrokerHeartbeatRequest, int]:
    v_BrokerId, v_BrokerEpoch, v_CurrentMetadataOffset, v_WantFence, v_WantShutDown = _P0.unpack_from(buf, pos)
    pos += 22
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = BrokerHeartbeatRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
        CurrentMetadataOffset=v_CurrentMetadataOffset,
        WantFence=v_WantFence,
        WantShutDown=v_WantShutDown,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerHeartbeatRequest_v0(out: bytearray, m: BrokerHeartbeatRequest) -> None:
    out += _P0.pack(m.BrokerId, m.BrokerEpoch, m.CurrentMetadataOffset, m.WantFence, m.WantShutDown)
    if non_default(m.OfflineLogDirs, []):
        raise EncodeError('OfflineLogDirs')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_BrokerHeartbeatRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 22
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerHeartbeatRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'CurrentMetadataOffset':
        return pos
    pos += 8
    if stop == 'WantFence':
        return pos
    pos += 1
    if stop == 'WantShutDown':
        return pos
    pos += 1
    return pos


def _d_BrokerHeartbeatRequest_v1(buf: Buffer, pos: int) -> tuple[BrokerHeartbeatRequest, int]:
    v_BrokerId, v_BrokerEpoch, v_CurrentMetadataOffset, v_WantFence, v_WantShutDown = _P0.unpack_from(buf, pos)
    pos += 22
    unknown: dict[int, Buffer] | None = None
    v_OfflineLogDirs: Any = UNSET
    if buf[pos] == 0:
        pos += 1
    else:
        count, pos = read_uvarint(buf, pos)
        last = -1
        for _ in range(count):
            tag, pos, end = tag_header(buf, pos, last)
            last = tag
            if tag == 0:
                v_OfflineLogDirs, pos = arr_c(uuid_, buf, pos)
                if pos != end:
                    raise stray_tag_bytes(tag, pos, end)
            else:
                if unknown is None:
                    unknown = {}
                unknown[tag] = bytes(buf[pos:end])
            pos = end
    result = BrokerHeartbeatRequest(
        BrokerId=v_BrokerId,
        BrokerEpoch=v_BrokerEpoch,
        CurrentMetadataOffset=v_CurrentMetadataOffset,
        WantFence=v_WantFence,
        WantShutDown=v_WantShutDown,
        OfflineLogDirs=v_OfflineLogDirs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_BrokerHeartbeatRequest_v1(out: bytearray, m: BrokerHeartbeatRequest) -> None:
    out += _P0.pack(m.BrokerId, m.BrokerEpoch, m.CurrentMetadataOffset, m.WantFence, m.WantShutDown)
    t = m.unknown_tags
    if m.OfflineLogDirs is UNSET and not t:
        out.append(0)
        return
    tags: dict[int, Buffer] = dict(t) if t else {}
    if m.OfflineLogDirs is not UNSET:
        p = bytearray()
        a_OfflineLogDirs = m.OfflineLogDirs
        w_alen_c(p, len(a_OfflineLogDirs))
        w_each(w_uuid, p, a_OfflineLogDirs)
        tags[0] = p
    w_tags(out, tags)


def _s_BrokerHeartbeatRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 22
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_BrokerHeartbeatRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerId':
        return pos
    pos += 4
    if stop == 'BrokerEpoch':
        return pos
    pos += 8
    if stop == 'CurrentMetadataOffset':
        return pos
    pos += 8
    if stop == 'WantFence':
        return pos
    pos += 1
    if stop == 'WantShutDown':
        return pos
    pos += 1
    return pos


BrokerHeartbeatRequest.INFO = StructInfo('BrokerHeartbeatRequest', (
    FieldInfo('BrokerId', 'int32', (0, 1)),
    FieldInfo('BrokerEpoch', 'int64', (0, 1), default=-1),
    FieldInfo('CurrentMetadataOffset', 'int64', (0, 1)),
    FieldInfo('WantFence', 'bool', (0, 1)),
    FieldInfo('WantShutDown', 'bool', (0, 1)),
    FieldInfo('OfflineLogDirs', '[]uuid', (1, 1), tag=0),
), (0, 1))

BrokerHeartbeatRequest.DECODERS = {
    0: _d_BrokerHeartbeatRequest_v0,
    1: _d_BrokerHeartbeatRequest_v1,
}

BrokerHeartbeatRequest.ENCODERS = {
    0: _e_BrokerHeartbeatRequest_v0,
    1: _e_BrokerHeartbeatRequest_v1,
}

BrokerHeartbeatRequest.SKIPPERS = {
    0: _s_BrokerHeartbeatRequest_v0,
    1: _s_BrokerHeartbeatRequest_v1,
}

BrokerHeartbeatRequest.SEEKERS = {
    0: _o_BrokerHeartbeatRequest_v0,
    1: _o_BrokerHeartbeatRequest_v1,
}
