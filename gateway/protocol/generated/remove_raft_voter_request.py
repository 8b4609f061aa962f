"""RemoveRaftVoterRequest: generated from specs/RemoveRaftVoterRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    w_nstr_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>i16s')
_P1 = Struct('>i')


class RemoveRaftVoterRequest(Message, kw_only=True, gc=False):
    """RemoveRaftVoterRequest (API key 81), v0-v0; from specs/RemoveRaftVoterRequest.json."""

    API_KEY = 81
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ClusterId: str | None = MISSING
    VoterId: int = MISSING
    VoterDirectoryId: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_RemoveRaftVoterRequest_v0(buf: Buffer, pos: int) -> tuple[RemoveRaftVoterRequest, int]:
    v_ClusterId, pos = nstr_c(buf, pos)
    v_VoterId, v_VoterDirectoryId = _P0.unpack_from(buf, pos)
    pos += 20
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = RemoveRaftVoterRequest(
        ClusterId=v_ClusterId,
        VoterId=v_VoterId,
        VoterDirectoryId=v_VoterDirectoryId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_RemoveRaftVoterRequest_v0(out: bytearray, m: RemoveRaftVoterRequest) -> None:
    w_nstr_c(out, m.ClusterId)
    out += _P1.pack(m.VoterId)
    w_uuid(out, m.VoterDirectoryId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_RemoveRaftVoterRequest_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 20
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_RemoveRaftVoterRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ClusterId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'VoterId':
        return pos
    pos += 4
    if stop == 'VoterDirectoryId':
        return pos
    pos += 16
    return pos


RemoveRaftVoterRequest.INFO = StructInfo('RemoveRaftVoterRequest', (
    FieldInfo('ClusterId', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('VoterId', 'int32', (0, 0)),
    FieldInfo('VoterDirectoryId', 'uuid', (0, 0)),
), (0, 0))

RemoveRaftVoterRequest.DECODERS = {
    0: _d_RemoveRaftVoterRequest_v0,
}

RemoveRaftVoterRequest.ENCODERS = {
    0: _e_RemoveRaftVoterRequest_v0,
}

RemoveRaftVoterRequest.SKIPPERS = {
    0: _s_RemoveRaftVoterRequest_v0,
}

RemoveRaftVoterRequest.SEEKERS = {
    0: _o_RemoveRaftVoterRequest_v0,
}
