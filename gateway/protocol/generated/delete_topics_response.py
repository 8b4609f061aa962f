"""DeleteTopicsResponse: generated from specs/DeleteTopicsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    nstr_c,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nstr_c,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>h')
_P1 = Struct('>i')
_P2 = Struct('>16sh')


class DeletableTopicResult(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteTopicsResponse.Responses."""

    Name: str | None = MISSING
    TopicId: bytes = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    unknown_tags: dict[int, Buffer] | None = None


class DeleteTopicsResponse(Message, kw_only=True, gc=False):
    """DeleteTopicsResponse (API key 20), v0-v6; from specs/DeleteTopicsResponse.json."""

    API_KEY = 20
    KIND = 'response'
    VALID_VERSIONS = (0, 6)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Responses: list[DeletableTopicResult] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DeletableTopicResult_v0(buf: Buffer, pos: int) -> tuple[DeletableTopicResult, int]:
    v_Name, pos = str_k(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    return DeletableTopicResult(
        Name=v_Name,
        TopicId=bytes(16),
        ErrorCode=v_ErrorCode,
    ), pos


def _e_DeletableTopicResult_v0(out: bytearray, m: DeletableTopicResult) -> None:
    w_str_k(out, m.Name)  # type: ignore[arg-type]
    out += _P0.pack(m.ErrorCode)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeletableTopicResult_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 2
    return pos


def _o_DeletableTopicResult_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_DeleteTopicsResponse_v0(buf: Buffer, pos: int) -> tuple[DeleteTopicsResponse, int]:
    v_Responses, pos = arr_k(_d_DeletableTopicResult_v0, buf, pos)
    return DeleteTopicsResponse(
        ThrottleTimeMs=0,
        Responses=v_Responses,
    ), pos


def _e_DeleteTopicsResponse_v0(out: bytearray, m: DeleteTopicsResponse) -> None:
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_DeletableTopicResult_v0(out, e_Responses)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteTopicsResponse_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v0(buf, pos)
    return pos


def _o_DeleteTopicsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v0(buf, pos)
    return pos


def _d_DeleteTopicsResponse_v1(buf: Buffer, pos: int) -> tuple[DeleteTopicsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_k(_d_DeletableTopicResult_v0, buf, pos)
    return DeleteTopicsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Responses=v_Responses,
    ), pos


def _e_DeleteTopicsResponse_v1(out: bytearray, m: DeleteTopicsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Responses = m.Responses
    w_alen_k(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_DeletableTopicResult_v0(out, e_Responses)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteTopicsResponse_v1(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v0(buf, pos)
    return pos


def _o_DeleteTopicsResponse_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v0(buf, pos)
    return pos


def _d_DeletableTopicResult_v4(buf: Buffer, pos: int) -> tuple[DeletableTopicResult, int]:
    v_Name, pos = str_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeletableTopicResult(
        Name=v_Name,
        TopicId=bytes(16),
        ErrorCode=v_ErrorCode,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeletableTopicResult_v4(out: bytearray, m: DeletableTopicResult) -> None:
    w_str_c(out, m.Name)  # type: ignore[arg-type]
    out += _P0.pack(m.ErrorCode)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeletableTopicResult_v4(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeletableTopicResult_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ErrorCode':
        return pos
    pos += 2
    return pos


def _d_DeleteTopicsResponse_v4(buf: Buffer, pos: int) -> tuple[DeleteTopicsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_c(_d_DeletableTopicResult_v4, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteTopicsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Responses=v_Responses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteTopicsResponse_v4(out: bytearray, m: DeleteTopicsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_DeletableTopicResult_v4(out, e_Responses)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteTopicsResponse_v4(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v4(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteTopicsResponse_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v4(buf, pos)
    return pos


def _d_DeletableTopicResult_v5(buf: Buffer, pos: int) -> tuple[DeletableTopicResult, int]:
    v_Name, pos = str_c(buf, pos)
    (v_ErrorCode,) = _P0.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeletableTopicResult(
        Name=v_Name,
        TopicId=bytes(16),
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeletableTopicResult_v5(out: bytearray, m: DeletableTopicResult) -> None:
    w_str_c(out, m.Name)  # type: ignore[arg-type]
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeletableTopicResult_v5(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeletableTopicResult_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
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


def _d_DeleteTopicsResponse_v5(buf: Buffer, pos: int) -> tuple[DeleteTopicsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_c(_d_DeletableTopicResult_v5, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteTopicsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Responses=v_Responses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteTopicsResponse_v5(out: bytearray, m: DeleteTopicsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_DeletableTopicResult_v5(out, e_Responses)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteTopicsResponse_v5(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v5(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteTopicsResponse_v5(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v5(buf, pos)
    return pos


def _d_DeletableTopicResult_v6(buf: Buffer, pos: int) -> tuple[DeletableTopicResult, int]:
    v_Name, pos = nstr_c(buf, pos)
    v_TopicId, v_ErrorCode = _P2.unpack_from(buf, pos)
    pos += 18
    v_ErrorMessage, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeletableTopicResult(
        Name=v_Name,
        TopicId=v_TopicId,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeletableTopicResult_v6(out: bytearray, m: DeletableTopicResult) -> None:
    w_nstr_c(out, m.Name)
    w_uuid(out, m.TopicId)
    out += _P0.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeletableTopicResult_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 18
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeletableTopicResult_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'TopicId':
        return pos
    pos += 16
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


def _d_DeleteTopicsResponse_v6(buf: Buffer, pos: int) -> tuple[DeleteTopicsResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Responses, pos = arr_c(_d_DeletableTopicResult_v6, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteTopicsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Responses=v_Responses,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteTopicsResponse_v6(out: bytearray, m: DeleteTopicsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Responses = m.Responses
    w_alen_c(out, len(a_Responses))
    for e_Responses in a_Responses:
        _e_DeletableTopicResult_v6(out, e_Responses)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteTopicsResponse_v6(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v6(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteTopicsResponse_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Responses':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeletableTopicResult_v6(buf, pos)
    return pos


DeletableTopicResult.INFO = StructInfo('DeletableTopicResult', (
    FieldInfo('Name', 'string', (0, 6), nullable=(6, 6)),
    FieldInfo('TopicId', 'uuid', (6, 6), ignorable=True),
    FieldInfo('ErrorCode', 'int16', (0, 6)),
    FieldInfo('ErrorMessage', 'string', (5, 6), nullable=(5, 6), default=None, ignorable=True),
), (4, 6))

DeleteTopicsResponse.INFO = StructInfo('DeleteTopicsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (1, 6), ignorable=True),
    FieldInfo('Responses', '[]struct', (0, 6), struct=DeletableTopicResult),
), (4, 6))

DeletableTopicResult.DECODERS = {
    0: _d_DeletableTopicResult_v0,
    1: _d_DeletableTopicResult_v0,
    2: _d_DeletableTopicResult_v0,
    3: _d_DeletableTopicResult_v0,
    4: _d_DeletableTopicResult_v4,
    5: _d_DeletableTopicResult_v5,
    6: _d_DeletableTopicResult_v6,
}

DeletableTopicResult.ENCODERS = {
    0: _e_DeletableTopicResult_v0,
    1: _e_DeletableTopicResult_v0,
    2: _e_DeletableTopicResult_v0,
    3: _e_DeletableTopicResult_v0,
    4: _e_DeletableTopicResult_v4,
    5: _e_DeletableTopicResult_v5,
    6: _e_DeletableTopicResult_v6,
}

DeletableTopicResult.SKIPPERS = {
    0: _s_DeletableTopicResult_v0,
    1: _s_DeletableTopicResult_v0,
    2: _s_DeletableTopicResult_v0,
    3: _s_DeletableTopicResult_v0,
    4: _s_DeletableTopicResult_v4,
    5: _s_DeletableTopicResult_v5,
    6: _s_DeletableTopicResult_v6,
}

DeletableTopicResult.SEEKERS = {
    0: _o_DeletableTopicResult_v0,
    1: _o_DeletableTopicResult_v0,
    2: _o_DeletableTopicResult_v0,
    3: _o_DeletableTopicResult_v0,
    4: _o_DeletableTopicResult_v4,
    5: _o_DeletableTopicResult_v5,
    6: _o_DeletableTopicResult_v6,
}

DeleteTopicsResponse.DECODERS = {
    0: _d_DeleteTopicsResponse_v0,
    1: _d_DeleteTopicsResponse_v1,
    2: _d_DeleteTopicsResponse_v1,
    3: _d_DeleteTopicsResponse_v1,
    4: _d_DeleteTopicsResponse_v4,
    5: _d_DeleteTopicsResponse_v5,
    6: _d_DeleteTopicsResponse_v6,
}

DeleteTopicsResponse.ENCODERS = {
    0: _e_DeleteTopicsResponse_v0,
    1: _e_DeleteTopicsResponse_v1,
    2: _e_DeleteTopicsResponse_v1,
    3: _e_DeleteTopicsResponse_v1,
    4: _e_DeleteTopicsResponse_v4,
    5: _e_DeleteTopicsResponse_v5,
    6: _e_DeleteTopicsResponse_v6,
}

DeleteTopicsResponse.SKIPPERS = {
    0: _s_DeleteTopicsResponse_v0,
    1: _s_DeleteTopicsResponse_v1,
    2: _s_DeleteTopicsResponse_v1,
    3: _s_DeleteTopicsResponse_v1,
    4: _s_DeleteTopicsResponse_v4,
    5: _s_DeleteTopicsResponse_v5,
    6: _s_DeleteTopicsResponse_v6,
}

DeleteTopicsResponse.SEEKERS = {
    0: _o_DeleteTopicsResponse_v0,
    1: _o_DeleteTopicsResponse_v1,
    2: _o_DeleteTopicsResponse_v1,
    3: _o_DeleteTopicsResponse_v1,
    4: _o_DeleteTopicsResponse_v4,
    5: _o_DeleteTopicsResponse_v5,
    6: _o_DeleteTopicsResponse_v6,
}
