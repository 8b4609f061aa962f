"""ShareGroupHeartbeatRequest: generated from specs/ShareGroupHeartbeatRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    count_c,
    narr_c,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_each,
    w_nstr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>i')


class ShareGroupHeartbeatRequest(Message, kw_only=True, gc=False):
    """ShareGroupHeartbeatRequest (API key 76), v0-v0; from specs/ShareGroupHeartbeatRequest.json."""

    API_KEY = 76
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = True

    GroupId: str = MISSING
    MemberId: str = MISSING
    MemberEpoch: int = MISSING
    RackId: str | None = None
    SubscribedTopicNames: list[str] | None = None
    unknown_tags: dict[int, Buffer] | None = None


def _d_ShareGroupHeartbeatRequest_v0(buf: Buffer, pos: int) -> tuple[ShareGroupHeartbeatRequest, int]:
    v_GroupId, pos = str_c(buf, pos)
    v_MemberId, pos = str_c(buf, pos)
    (v_MemberEpoch,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_RackId, pos = nstr_c(buf, pos)
    v_SubscribedTopicNames, pos = narr_c(str_c, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ShareGroupHeartbeatRequest(
        GroupId=v_GroupId,
        MemberId=v_MemberId,
        MemberEpoch=v_MemberEpoch,
        RackId=v_RackId,
        SubscribedTopicNames=v_SubscribedTopicNames,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ShareGroupHeartbeatRequest_v0(out: bytearray, m: ShareGroupHeartbeatRequest) -> None:
    w_str_c(out, m.GroupId)
    w_str_c(out, m.MemberId)
    out += _P0.pack(m.MemberEpoch)
    w_nstr_c(out, m.RackId)
    a_SubscribedTopicNames = m.SubscribedTopicNames
    if a_SubscribedTopicNames is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_SubscribedTopicNames))
        w_each(w_str_c, out, a_SubscribedTopicNames)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ShareGroupHeartbeatRequest_v0(buf: Buffer, pos: int) -> int:
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
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ShareGroupHeartbeatRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberEpoch':
        return pos
    pos += 4
    if stop == 'RackId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'SubscribedTopicNames':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos


ShareGroupHeartbeatRequest.INFO = StructInfo('ShareGroupHeartbeatRequest', (
    FieldInfo('GroupId', 'string', (0, 0)),
    FieldInfo('MemberId', 'string', (0, 0)),
    FieldInfo('MemberEpoch', 'int32', (0, 0)),
    FieldInfo('RackId', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('SubscribedTopicNames', '[]string', (0, 0), nullable=(0, 0), default=None),
), (0, 0))

ShareGroupHeartbeatRequest.DECODERS = {
    0: _d_ShareGroupHeartbeatRequest_v0,
}

ShareGroupHeartbeatRequest.ENCODERS = {
    0: _e_ShareGroupHeartbeatRequest_v0,
}

ShareGroupHeartbeatRequest.SKIPPERS = {
    0: _s_ShareGroupHeartbeatRequest_v0,
}

ShareGroupHeartbeatRequest.SEEKERS = {
    0: _o_ShareGroupHeartbeatRequest_v0,
}
