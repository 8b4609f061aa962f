"""ElectLeadersResponse: generated from specs/ElectLeadersResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    arr_k,
    count_c,
    count_k,
    non_default,
    nstr_c,
    nstr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>ih')
_P1 = Struct('>i')


class PartitionResult(KafkaStruct, kw_only=True, gc=False):
    """An element of ReplicaElectionResult.PartitionResult."""

    PartitionId: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_PartitionResult = PartitionResult


class ReplicaElectionResult(KafkaStruct, kw_only=True, gc=False):
    """An element of ElectLeadersResponse.ReplicaElectionResults."""

    Topic: str = MISSING
    PartitionResult: list[_PartitionResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ElectLeadersResponse(Message, kw_only=True, gc=False):
    """ElectLeadersResponse (API key 43), v0-v2; from specs/ElectLeadersResponse.json."""

    API_KEY = 43
    KIND = 'response'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ReplicaElectionResults: list[ReplicaElectionResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionResult_v0(buf: Buffer, pos: int) -> tuple[PartitionResult, int]:
    v_PartitionId, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_k(buf, pos)
    return PartitionResult(
        PartitionId=v_PartitionId,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    ), pos


def _e_PartitionResult_v0(out: bytearray, m: PartitionResult) -> None:
    out += _P0.pack(m.PartitionId, m.ErrorCode)
    w_nstr_k(out, m.ErrorMessage)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionResult_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    pos = skip_k16(buf, pos)
    return pos


def _o_PartitionResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionId':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ErrorMessage':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_ReplicaElectionResult_v0(buf: Buffer, pos: int) -> tuple[ReplicaElectionResult, int]:
    v_Topic, pos = str_k(buf, pos)
    v_PartitionResult, pos = arr_k(_d_PartitionResult_v0, buf, pos)
    return ReplicaElectionResult(
        Topic=v_Topic,
        PartitionResult=v_PartitionResult,
    ), pos


def _e_ReplicaElectionResult_v0(out: bytearray, m: ReplicaElectionResult) -> None:
    w_str_k(out, m.Topic)
    a_PartitionResult = m.PartitionResult
    w_alen_k(out, len(a_PartitionResult))
    for e_PartitionResult in a_PartitionResult:
        _e_PartitionResult_v0(out, e_PartitionResult)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ReplicaElectionResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResult_v0(buf, pos)
    return pos


def _o_ReplicaElectionResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionResult':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResult_v0(buf, pos)
    return pos


def _d_ElectLeadersResponse_v0(buf: Buffer, pos: int) -> tuple[ElectLeadersResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_ReplicaElectionResults, pos = arr_k(_d_ReplicaElectionResult_v0, buf, pos)
    return ElectLeadersResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=0,
        ReplicaElectionResults=v_ReplicaElectionResults,
    ), pos


def _e_ElectLeadersResponse_v0(out: bytearray, m: ElectLeadersResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    if non_default(m.ErrorCode, 0):
        raise EncodeError('ErrorCode')
    a_ReplicaElectionResults = m.ReplicaElectionResults
    w_alen_k(out, len(a_ReplicaElectionResults))
    for e_ReplicaElectionResults in a_ReplicaElectionResults:
        _e_ReplicaElectionResult_v0(out, e_ReplicaElectionResults)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ElectLeadersResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaElectionResult_v0(buf, pos)
    return pos


def _o_ElectLeadersResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ReplicaElectionResults':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaElectionResult_v0(buf, pos)
    return pos


def _d_ElectLeadersResponse_v1(buf: Buffer, pos: int) -> tuple[ElectLeadersResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ReplicaElectionResults, pos = arr_k(_d_ReplicaElectionResult_v0, buf, pos)
    return ElectLeadersResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ReplicaElectionResults=v_ReplicaElectionResults,
    ), pos


def _e_ElectLeadersResponse_v1(out: bytearray, m: ElectLeadersResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_ReplicaElectionResults = m.ReplicaElectionResults
    w_alen_k(out, len(a_ReplicaElectionResults))
    for e_ReplicaElectionResults in a_ReplicaElectionResults:
        _e_ReplicaElectionResult_v0(out, e_ReplicaElectionResults)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ElectLeadersResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaElectionResult_v0(buf, pos)
    return pos


def _o_ElectLeadersResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ReplicaElectionResults':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaElectionResult_v0(buf, pos)
    return pos


def _d_PartitionResult_v2(buf: Buffer, pos: int) -> tuple[PartitionResult, int]:
    v_PartitionId, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionResult(
        PartitionId=v_PartitionId,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionResult_v2(out: bytearray, m: PartitionResult) -> None:
    out += _P0.pack(m.PartitionId, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionResult_v2(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionId':
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


def _d_ReplicaElectionResult_v2(buf: Buffer, pos: int) -> tuple[ReplicaElectionResult, int]:
    v_Topic, pos = str_c(buf, pos)
    v_PartitionResult, pos = arr_c(_d_PartitionResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReplicaElectionResult(
        Topic=v_Topic,
        PartitionResult=v_PartitionResult,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReplicaElectionResult_v2(out: bytearray, m: ReplicaElectionResult) -> None:
    w_str_c(out, m.Topic)
    a_PartitionResult = m.PartitionResult
    w_alen_c(out, len(a_PartitionResult))
    for e_PartitionResult in a_PartitionResult:
        _e_PartitionResult_v2(out, e_PartitionResult)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReplicaElectionResult_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReplicaElectionResult_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topic':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionResult':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionResult_v2(buf, pos)
    return pos


def _d_ElectLeadersResponse_v2(buf: Buffer, pos: int) -> tuple[ElectLeadersResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ReplicaElectionResults, pos = arr_c(_d_ReplicaElectionResult_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ElectLeadersResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ReplicaElectionResults=v_ReplicaElectionResults,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ElectLeadersResponse_v2(out: bytearray, m: ElectLeadersResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    a_ReplicaElectionResults = m.ReplicaElectionResults
    w_alen_c(out, len(a_ReplicaElectionResults))
    for e_ReplicaElectionResults in a_ReplicaElectionResults:
        _e_ReplicaElectionResult_v2(out, e_ReplicaElectionResults)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ElectLeadersResponse_v2(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaElectionResult_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ElectLeadersResponse_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'ReplicaElectionResults':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReplicaElectionResult_v2(buf, pos)
    return pos


PartitionResult.INFO = StructInfo('PartitionResult', (
    FieldInfo('PartitionId', 'int32', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (0, 2)),
    FieldInfo('ErrorMessage', 'string', (0, 2), nullable=(0, 2)),
), (2, 2))

ReplicaElectionResult.INFO = StructInfo('ReplicaElectionResult', (
    FieldInfo('Topic', 'string', (0, 2)),
    FieldInfo('PartitionResult', '[]struct', (0, 2), struct=PartitionResult),
), (2, 2))

ElectLeadersResponse.INFO = StructInfo('ElectLeadersResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 2)),
    FieldInfo('ErrorCode', 'int16', (1, 2)),
    FieldInfo('ReplicaElectionResults', '[]struct', (0, 2), struct=ReplicaElectionResult),
), (2, 2))

PartitionResult.DECODERS = {
    0: _d_PartitionResult_v0,
    1: _d_PartitionResult_v0,
    2: _d_PartitionResult_v2,
}

PartitionResult.ENCODERS = {
    0: _e_PartitionResult_v0,
    1: _e_PartitionResult_v0,
    2: _e_PartitionResult_v2,
}

PartitionResult.SKIPPERS = {
    0: _s_PartitionResult_v0,
    1: _s_PartitionResult_v0,
    2: _s_PartitionResult_v2,
}

PartitionResult.SEEKERS = {
    0: _o_PartitionResult_v0,
    1: _o_PartitionResult_v0,
    2: _o_PartitionResult_v2,
}

ReplicaElectionResult.DECODERS = {
    0: _d_ReplicaElectionResult_v0,
    1: _d_ReplicaElectionResult_v0,
    2: _d_ReplicaElectionResult_v2,
}

ReplicaElectionResult.ENCODERS = {
    0: _e_ReplicaElectionResult_v0,
    1: _e_ReplicaElectionResult_v0,
    2: _e_ReplicaElectionResult_v2,
}

ReplicaElectionResult.SKIPPERS = {
    0: _s_ReplicaElectionResult_v0,
    1: _s_ReplicaElectionResult_v0,
    2: _s_ReplicaElectionResult_v2,
}

ReplicaElectionResult.SEEKERS = {
    0: _o_ReplicaElectionResult_v0,
    1: _o_ReplicaElectionResult_v0,
    2: _o_ReplicaElectionResult_v2,
}

ElectLeadersResponse.DECODERS = {
    0: _d_ElectLeadersResponse_v0,
    1: _d_ElectLeadersResponse_v1,
    2: _d_ElectLeadersResponse_v2,
}

ElectLeadersResponse.ENCODERS = {
    0: _e_ElectLeadersResponse_v0,
    1: _e_ElectLeadersResponse_v1,
    2: _e_ElectLeadersResponse_v2,
}

ElectLeadersResponse.SKIPPERS = {
    0: _s_ElectLeadersResponse_v0,
    1: _s_ElectLeadersResponse_v1,
    2: _s_ElectLeadersResponse_v2,
}

ElectLeadersResponse.SEEKERS = {
    0: _o_ElectLeadersResponse_v0,
    1: _o_ElectLeadersResponse_v1,
    2: _o_ElectLeadersResponse_v2,
}
