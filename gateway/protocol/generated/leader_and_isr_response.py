"""LeaderAndIsrResponse: generated from specs/LeaderAndIsrResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>ih')
_P1 = Struct('>h')
_P2 = Struct('>16s')


class LeaderAndIsrPartitionError(KafkaStruct, kw_only=True, gc=False):
    """An element of LeaderAndIsrTopicError.PartitionErrors."""

    TopicName: str = MISSING
    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class LeaderAndIsrTopicError(KafkaStruct, kw_only=True, gc=False):
    """An element of LeaderAndIsrResponse.Topics."""

    TopicId: bytes = MISSING
    PartitionErrors: list[LeaderAndIsrPartitionError] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class LeaderAndIsrResponse(Message, kw_only=True, gc=False):
    """LeaderAndIsrResponse (API key 4), v0-v7; from specs/LeaderAndIsrResponse.json."""

    API_KEY = 4
    KIND = 'response'
    VALID_VERSIONS = (0, 7)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    ErrorCode: int = MISSING
    PartitionErrors: list[LeaderAndIsrPartitionError] = MISSING
    Topics: list[LeaderAndIsrTopicError] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_LeaderAndIsrPartitionError_v0(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionError, int]:
    v_TopicName, pos = str_k(buf, pos)
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    return LeaderAndIsrPartitionError(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    ), pos


def _e_LeaderAndIsrPartitionError_v0(out: bytearray, m: LeaderAndIsrPartitionError) -> None:
    w_str_k(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrPartitionError_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 6
    return pos


def _o_LeaderAndIsrPartitionError_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_LeaderAndIsrResponse_v0(buf: Buffer, pos: int) -> tuple[LeaderAndIsrResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_PartitionErrors, pos = arr_k(_d_LeaderAndIsrPartitionError_v0, buf, pos)
    return LeaderAndIsrResponse(
        ErrorCode=v_ErrorCode,
        PartitionErrors=v_PartitionErrors,
        Topics=[],
    ), pos


def _e_LeaderAndIsrResponse_v0(out: bytearray, m: LeaderAndIsrResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_PartitionErrors = m.PartitionErrors
    w_alen_k(out, len(a_PartitionErrors))
    for e_PartitionErrors in a_PartitionErrors:
        _e_LeaderAndIsrPartitionError_v0(out, e_PartitionErrors)
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_LeaderAndIsrResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionError_v0(buf, pos)
    return pos


def _o_LeaderAndIsrResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionErrors':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionError_v0(buf, pos)
    return pos


def _d_LeaderAndIsrPartitionError_v4(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionError, int]:
    v_TopicName, pos = str_c(buf, pos)
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrPartitionError(
        TopicName=v_TopicName,
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrPartitionError_v4(out: bytearray, m: LeaderAndIsrPartitionError) -> None:
    w_str_c(out, m.TopicName)
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrPartitionError_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrPartitionError_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_LeaderAndIsrResponse_v4(buf: Buffer, pos: int) -> tuple[LeaderAndIsrResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_PartitionErrors, pos = arr_c(_d_LeaderAndIsrPartitionError_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrResponse(
        ErrorCode=v_ErrorCode,
        PartitionErrors=v_PartitionErrors,
        Topics=[],
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrResponse_v4(out: bytearray, m: LeaderAndIsrResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    a_PartitionErrors = m.PartitionErrors
    w_alen_c(out, len(a_PartitionErrors))
    for e_PartitionErrors in a_PartitionErrors:
        _e_LeaderAndIsrPartitionError_v4(out, e_PartitionErrors)
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionError_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'PartitionErrors':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionError_v4(buf, pos)
    return pos


def _d_LeaderAndIsrPartitionError_v5(buf: Buffer, pos: int) -> tuple[LeaderAndIsrPartitionError, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrPartitionError(
        TopicName="",
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrPartitionError_v5(out: bytearray, m: LeaderAndIsrPartitionError) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrPartitionError_v5(buf: Buffer, pos: int) -> int:
    pos += 6
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrPartitionError_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_LeaderAndIsrTopicError_v5(buf: Buffer, pos: int) -> tuple[LeaderAndIsrTopicError, int]:
    (v_TopicId,) = _P2.unpack_from(buf, pos)
    pos += 16
    v_PartitionErrors, pos = arr_c(_d_LeaderAndIsrPartitionError_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrTopicError(
        TopicId=v_TopicId,
        PartitionErrors=v_PartitionErrors,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrTopicError_v5(out: bytearray, m: LeaderAndIsrTopicError) -> None:
    w_uuid(out, m.TopicId)
    a_PartitionErrors = m.PartitionErrors
    w_alen_c(out, len(a_PartitionErrors))
    for e_PartitionErrors in a_PartitionErrors:
        _e_LeaderAndIsrPartitionError_v5(out, e_PartitionErrors)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrTopicError_v5(buf: Buffer, pos: int) -> int:
    pos += 16
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionError_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrTopicError_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'PartitionErrors':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrPartitionError_v5(buf, pos)
    return pos


def _d_LeaderAndIsrResponse_v5(buf: Buffer, pos: int) -> tuple[LeaderAndIsrResponse, int]:
    (v_ErrorCode,) = _P1.unpack_from(buf, pos)
    pos += 2
    v_Topics, pos = arr_c(_d_LeaderAndIsrTopicError_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = LeaderAndIsrResponse(
        ErrorCode=v_ErrorCode,
        PartitionErrors=[],
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_LeaderAndIsrResponse_v5(out: bytearray, m: LeaderAndIsrResponse) -> None:
    out += _P1.pack(m.ErrorCode)
    if non_default(m.PartitionErrors, []):
        raise EncodeError('PartitionErrors')
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_LeaderAndIsrTopicError_v5(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_LeaderAndIsrResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 2
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicError_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_LeaderAndIsrResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ErrorCode':
        return pos
    pos += 2
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_LeaderAndIsrTopicError_v5(buf, pos)
    return pos


LeaderAndIsrPartitionError.INFO = StructInfo('LeaderAndIsrPartitionError', (
    FieldInfo('TopicName', 'string', (0, 4), ignorable=True),
    FieldInfo('PartitionIndex', 'int32', (0, 7)),
    FieldInfo('ErrorCode', 'int16', (0, 7)),
), (4, 7))

LeaderAndIsrTopicError.INFO = StructInfo('LeaderAndIsrTopicError', (
    FieldInfo('TopicId', 'uuid', (5, 7)),
    FieldInfo('PartitionErrors', '[]struct', (5, 7), struct=LeaderAndIsrPartitionError),
), (4, 7))

LeaderAndIsrResponse.INFO = StructInfo('LeaderAndIsrResponse', (
    FieldInfo('ErrorCode', 'int16', (0, 7)),
    FieldInfo('PartitionErrors', '[]struct', (0, 4), struct=LeaderAndIsrPartitionError),
    FieldInfo('Topics', '[]struct', (5, 7), struct=LeaderAndIsrTopicError),
), (4, 7))

LeaderAndIsrPartitionError.DECODERS = {
    0: _d_LeaderAndIsrPartitionError_v0,
    1: _d_LeaderAndIsrPartitionError_v0,
    2: _d_LeaderAndIsrPartitionError_v0,
    3: _d_LeaderAndIsrPartitionError_v0,
    4: _d_LeaderAndIsrPartitionError_v4,
    5: _d_LeaderAndIsrPartitionError_v5,
    6: _d_LeaderAndIsrPartitionError_v5,
    7: _d_LeaderAndIsrPartitionError_v5,
}

LeaderAndIsrPartitionError.ENCODERS = {
    0: _e_LeaderAndIsrPartitionError_v0,
    1: _e_LeaderAndIsrPartitionError_v0,
    2: _e_LeaderAndIsrPartitionError_v0,
    3: _e_LeaderAndIsrPartitionError_v0,
    4: _e_LeaderAndIsrPartitionError_v4,
    5: _e_LeaderAndIsrPartitionError_v5,
    6: _e_LeaderAndIsrPartitionError_v5,
    7: _e_LeaderAndIsrPartitionError_v5,
}

LeaderAndIsrPartitionError.SKIPPERS = {
    0: _s_LeaderAndIsrPartitionError_v0,
    1: _s_LeaderAndIsrPartitionError_v0,
    2: _s_LeaderAndIsrPartitionError_v0,
    3: _s_LeaderAndIsrPartitionError_v0,
    4: _s_LeaderAndIsrPartitionError_v4,
    5: _s_LeaderAndIsrPartitionError_v5,
    6: _s_LeaderAndIsrPartitionError_v5,
    7: _s_LeaderAndIsrPartitionError_v5,
}

LeaderAndIsrPartitionError.SEEKERS = {
    0: _o_LeaderAndIsrPartitionError_v0,
    1: _o_LeaderAndIsrPartitionError_v0,
    2: _o_LeaderAndIsrPartitionError_v0,
    3: _o_LeaderAndIsrPartitionError_v0,
    4: _o_LeaderAndIsrPartitionError_v4,
    5: _o_LeaderAndIsrPartitionError_v5,
    6: _o_LeaderAndIsrPartitionError_v5,
    7: _o_LeaderAndIsrPartitionError_v5,
}

LeaderAndIsrTopicError.DECODERS = {
    5: _d_LeaderAndIsrTopicError_v5,
    6: _d_LeaderAndIsrTopicError_v5,
    7: _d_LeaderAndIsrTopicError_v5,
}

LeaderAndIsrTopicError.ENCODERS = {
    5: _e_LeaderAndIsrTopicError_v5,
    6: _e_LeaderAndIsrTopicError_v5,
    7: _e_LeaderAndIsrTopicError_v5,
}

LeaderAndIsrTopicError.SKIPPERS = {
    5: _s_LeaderAndIsrTopicError_v5,
    6: _s_LeaderAndIsrTopicError_v5,
    7: _s_LeaderAndIsrTopicError_v5,
}

LeaderAndIsrTopicError.SEEKERS = {
    5: _o_LeaderAndIsrTopicError_v5,
    6: _o_LeaderAndIsrTopicError_v5,
    7: _o_LeaderAndIsrTopicError_v5,
}

LeaderAndIsrResponse.DECODERS = {
    0: _d_LeaderAndIsrResponse_v0,
    1: _d_LeaderAndIsrResponse_v0,
    2: _d_LeaderAndIsrResponse_v0,
    3: _d_LeaderAndIsrResponse_v0,
    4: _d_LeaderAndIsrResponse_v4,
    5: _d_LeaderAndIsrResponse_v5,
    6: _d_LeaderAndIsrResponse_v5,
    7: _d_LeaderAndIsrResponse_v5,
}

LeaderAndIsrResponse.ENCODERS = {
    0: _e_LeaderAndIsrResponse_v0,
    1: _e_LeaderAndIsrResponse_v0,
    2: _e_LeaderAndIsrResponse_v0,
    3: _e_LeaderAndIsrResponse_v0,
    4: _e_LeaderAndIsrResponse_v4,
    5: _e_LeaderAndIsrResponse_v5,
    6: _e_LeaderAndIsrResponse_v5,
    7: _e_LeaderAndIsrResponse_v5,
}

LeaderAndIsrResponse.SKIPPERS = {
    0: _s_LeaderAndIsrResponse_v0,
    1: _s_LeaderAndIsrResponse_v0,
    2: _s_LeaderAndIsrResponse_v0,
    3: _s_LeaderAndIsrResponse_v0,
    4: _s_LeaderAndIsrResponse_v4,
    5: _s_LeaderAndIsrResponse_v5,
    6: _s_LeaderAndIsrResponse_v5,
    7: _s_LeaderAndIsrResponse_v5,
}

LeaderAndIsrResponse.SEEKERS = {
    0: _o_LeaderAndIsrResponse_v0,
    1: _o_LeaderAndIsrResponse_v0,
    2: _o_LeaderAndIsrResponse_v0,
    3: _o_LeaderAndIsrResponse_v0,
    4: _o_LeaderAndIsrResponse_v4,
    5: _o_LeaderAndIsrResponse_v5,
    6: _o_LeaderAndIsrResponse_v5,
    7: _o_LeaderAndIsrResponse_v5,
}
