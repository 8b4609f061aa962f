"""AlterPartitionReassignmentsResponse: generated from specs/AlterPartitionReassignmentsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
)

_P0 = Struct('>ih')


class ReassignablePartitionResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of ReassignableTopicResponse.Partitions."""

    PartitionIndex: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ReassignableTopicResponse(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterPartitionReassignmentsResponse.Responses."""

    Name: str = MISSING
    Partitions: list[ReassignablePartitionResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterPartitionReassignmentsResponse(Message, kw_only=True, gc=False):
    """AlterPartitionReassignmentsResponse (API key 45), v0-v0; from specs/AlterPartitionReassignmentsResponse.json."""

    API_KEY = 45
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    Responses: list[ReassignableTopicResponse] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ReassignablePartitionResponse_v0(buf: Buffer, pos: int) -> tuple[ReassignablePartitionResponse, int]:
    v_PartitionIndex, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReassignablePartitionResponse(
        PartitionIndex=v_PartitionIndex,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReassignablePartitionResponse_v0(out: bytearray, m: ReassignablePartitionResponse) -> None:
    out += _P0.pack(m.PartitionIndex, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReassignablePartitionResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReassignablePartitionResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
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


def _d_ReassignableTopicResponse_v0(buf: Buffer, pos: int) -> tuple[ReassignableTopicResponse, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_ReassignablePartitionResponse_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ReassignableTopicResponse(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ReassignableTopicResponse_v0(out: bytearray, m: ReassignableTopicResponse) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_ReassignablePartitionResponse_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ReassignableTopicResponse_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReassignablePartitionResponse_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ReassignableTopicResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReassignablePartitionResponse_v0(buf, pos)
    return pos


def _d_AlterPartitionReassignmentsResponse_v0(buf: Buffer, pos: int) -> tuple[AlterPartitionReassignmentsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P0.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_Responses, pos = arr_c(_d_ReassignableTopicResponse_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterPartitionReassignmentsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Responses=v_Responses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterPartitionReassignmentsResponse_v0(out: bytearray, m: AlterPartitionReassignmentsResponse) -> None:
    out += _P0.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_ReassignableTopicResponse_v0(out, e_Responses)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterPartitionReassignmentsResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReassignableTopicResponse_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterPartitionReassignmentsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ReassignableTopicResponse_v0(buf, pos)
    return pos


ReassignablePartitionResponse.INFO = StructInfo('ReassignablePartitionResponse', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0)),
), (0, 0))

ReassignableTopicResponse.INFO = StructInfo('ReassignableTopicResponse', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=ReassignablePartitionResponse),
), (0, 0))

AlterPartitionReassignmentsResponse.INFO = StructInfo('AlterPartitionReassignmentsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('Responses', '[]struct', (0, 0), struct=ReassignableTopicResponse),
), (0, 0))

ReassignablePartitionResponse.DECODERS = {
    0: _d_ReassignablePartitionResponse_v0,
}

ReassignablePartitionResponse.ENCODERS = {
    0: _e_ReassignablePartitionResponse_v0,
}

ReassignablePartitionResponse.SKIPPERS = {
    0: _s_ReassignablePartitionResponse_v0,
}

ReassignablePartitionResponse.SEEKERS = {
    0: _o_ReassignablePartitionResponse_v0,
}

ReassignableTopicResponse.DECODERS = {
    0: _d_ReassignableTopicResponse_v0,
}

ReassignableTopicResponse.ENCODERS = {
    0: _e_ReassignableTopicResponse_v0,
}

ReassignableTopicResponse.SKIPPERS = {
    0: _s_ReassignableTopicResponse_v0,
}

ReassignableTopicResponse.SEEKERS = {
    0: _o_ReassignableTopicResponse_v0,
}

AlterPartitionReassignmentsResponse.DECODERS = {
    0: _d_AlterPartitionReassignmentsResponse_v0,
}

AlterPartitionReassignmentsResponse.ENCODERS = {
    0: _e_AlterPartitionReassignmentsResponse_v0,
}

AlterPartitionReassignmentsResponse.SKIPPERS = {
    0: _s_AlterPartitionReassignmentsResponse_v0,
}

AlterPartitionReassignmentsResponse.SEEKERS = {
    0: _o_AlterPartitionReassignmentsResponse_v0,
}
