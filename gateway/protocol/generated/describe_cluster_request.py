"""DescribeClusterRequest: generated from specs/DescribeClusterRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from struct import Struct

from ..codec_runtime import (
    MISSING,
    Buffer,
    EncodeError,
    FieldInfo,
    Message,
    StructInfo,
    non_default,
    read_tags,
    skip_tags,
    w_tags,
)

_P0 = Struct('>?')
_P1 = Struct('>?b')
_P2 = Struct('>?b?')


class DescribeClusterRequest(Message, kw_only=True, gc=False):
    """DescribeClusterRequest (API key 60), v0-v2; from specs/DescribeClusterRequest.json."""

    API_KEY = 60
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    IncludeClusterAuthorizedOperations: bool = MISSING
    EndpointType: int = 1
    IncludeFencedBrokers: bool = False
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeClusterRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeClusterRequest, int]:
    (v_IncludeClusterAuthorizedOperations,) = _P0.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClusterRequest(
        IncludeClusterAuthorizedOperations=v_IncludeClusterAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClusterRequest_v0(out: bytearray, m: DescribeClusterRequest) -> None:
    out += _P0.pack(m.IncludeClusterAuthorizedOperations)
    if non_default(m.EndpointType, 1):
        raise EncodeError('EndpointType')
    if non_default(m.IncludeFencedBrokers, False):
        raise EncodeError('IncludeFencedBrokers')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClusterRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClusterRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'IncludeClusterAuthorizedOperations':
        return pos
    pos += 1
    return pos


def _d_DescribeClusterRequest_v1(buf: Buffer, pos: int) -> tuple[DescribeClusterRequest, int]:
    v_IncludeClusterAuthorizedOperations, v_EndpointType = _P1.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClusterRequest(
        IncludeClusterAuthorizedOperations=v_IncludeClusterAuthorizedOperations,
        EndpointType=v_EndpointType,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClusterRequest_v1(out: bytearray, m: DescribeClusterRequest) -> None:
    out += _P1.pack(m.IncludeClusterAuthorizedOperations, m.EndpointType)
    if non_default(m.IncludeFencedBrokers, False):
        raise EncodeError('IncludeFencedBrokers')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClusterRequest_v1(buf: Buffer, pos: int) -> int:
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClusterRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'IncludeClusterAuthorizedOperations':
        return pos
    pos += 1
    if stop == 'EndpointType':
        return pos
    pos += 1
    return pos


def _d_DescribeClusterRequest_v2(buf: Buffer, pos: int) -> tuple[DescribeClusterRequest, int]:
    v_IncludeClusterAuthorizedOperations, v_EndpointType, v_IncludeFencedBrokers = _P2.unpack_from(buf, pos)
    pos += 3
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeClusterRequest(
        IncludeClusterAuthorizedOperations=v_IncludeClusterAuthorizedOperations,
        EndpointType=v_EndpointType,
        IncludeFencedBrokers=v_IncludeFencedBrokers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeClusterRequest_v2(out: bytearray, m: DescribeClusterRequest) -> None:
    out += _P2.pack(m.IncludeClusterAuthorizedOperations, m.EndpointType, m.IncludeFencedBrokers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeClusterRequest_v2(buf: Buffer, pos: int) -> int:
    pos += 3
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeClusterRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'IncludeClusterAuthorizedOperations':
        return pos
    pos += 1
    if stop == 'EndpointType':
        return pos
    pos += 1
    if stop == 'IncludeFencedBrokers':
        return pos
    pos += 1
    return pos


DescribeClusterRequest.INFO = StructInfo('DescribeClusterRequest', (
    FieldInfo('IncludeClusterAuthorizedOperations', 'bool', (0, 2)),
    FieldInfo('EndpointType', 'int8', (1, 2), default=1),
    FieldInfo('IncludeFencedBrokers', 'bool', (2, 2), default=False),
), (0, 2))

DescribeClusterRequest.DECODERS = {
    0: _d_DescribeClusterRequest_v0,
    1: _d_DescribeClusterRequest_v1,
    2: _d_DescribeClusterRequest_v2,
}

DescribeClusterRequest.ENCODERS = {
    0: _e_DescribeClusterRequest_v0,
    1: _e_DescribeClusterRequest_v1,
    2: _e_DescribeClusterRequest_v2,
}

DescribeClusterRequest.SKIPPERS = {
    0: _s_DescribeClusterRequest_v0,
    1: _s_DescribeClusterRequest_v1,
    2: _s_DescribeClusterRequest_v2,
}

DescribeClusterRequest.SEEKERS = {
    0: _o_DescribeClusterRequest_v0,
    1: _o_DescribeClusterRequest_v1,
    2: _o_DescribeClusterRequest_v2,
}
