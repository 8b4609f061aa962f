"""AddRaftVoterResponse: generated from specs/AddRaftVoterResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
)

_P0 = Struct('>ih')


class AddRaftVoterResponse(Message, kw_only=True, gc=False):
    """AddRaftVoterResponse (API key 80), v0-v0; from specs/AddRaftVoterResponse.json."""

    API_KEY = 80
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AddRaftVoterResponse_v0(buf: Buffer, pos: int) -> tuple[AddRaftVoterResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AddRaftVoterResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AddRaftVoterResponse_v0(out: bytearray, m: AddRaftVoterResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AddRaftVoterResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AddRaftVoterResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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


AddRaftVoterResponse.INFO = StructInfo('AddRaftVoterResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0), ignorable=True),
), (0, 0))

AddRaftVoterResponse.DECODERS = {
    0: _d_AddRaftVoterResponse_v0,
}

AddRaftVoterResponse.ENCODERS = {
    0: _e_AddRaftVoterResponse_v0,
}

AddRaftVoterResponse.SKIPPERS = {
    0: _s_AddRaftVoterResponse_v0,
}

AddRaftVoterResponse.SEEKERS = {
    0: _o_AddRaftVoterResponse_v0,
}
