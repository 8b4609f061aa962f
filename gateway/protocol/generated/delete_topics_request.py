"""DeleteTopicsRequest: generated from specs/DeleteTopicsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_each,
    w_nstr_c,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>i')
_P1 = Struct('>16s')


class DeleteTopicState(KafkaStruct, kw_only=True, gc=False):
    """An element of DeleteTopicsRequest.Topics."""

    Name: str | None = None
    TopicId: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DeleteTopicsRequest(Message, kw_only=True, gc=False):
    """DeleteTopicsRequest (API key 20), v0-v6; from specs/DeleteTopicsRequest.json."""

    API_KEY = 20
    KIND = 'request'
    VALID_VERSIONS = (0, 6)
    FLEXIBLE_FROM = 4
    LATEST_VERSION_UNSTABLE = False

    Topics: list[DeleteTopicState] = MISSING
    TopicNames: list[str] = MISSING
    TimeoutMs: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DeleteTopicsRequest_v0(buf: Buffer, pos: int) -> tuple[DeleteTopicsRequest, int]:
    v_TopicNames, pos = arr_k(str_k, buf, pos)
    (v_TimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    return DeleteTopicsRequest(
        Topics=[],
        TopicNames=v_TopicNames,
        TimeoutMs=v_TimeoutMs,
    ), pos


def _e_DeleteTopicsRequest_v0(out: bytearray, m: DeleteTopicsRequest) -> None:
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    a_TopicNames = m.TopicNames
    w_alen_k(out, len(a_TopicNames))
    w_each(w_str_k, out, a_TopicNames)
    out += _P0.pack(m.TimeoutMs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_DeleteTopicsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    pos += 4
    return pos


def _o_DeleteTopicsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicNames':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = skip_k16(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


def _d_DeleteTopicsRequest_v4(buf: Buffer, pos: int) -> tuple[DeleteTopicsRequest, int]:
    v_TopicNames, pos = arr_c(str_c, buf, pos)
    (v_TimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteTopicsRequest(
        Topics=[],
        TopicNames=v_TopicNames,
        TimeoutMs=v_TimeoutMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteTopicsRequest_v4(out: bytearray, m: DeleteTopicsRequest) -> None:
    if non_default(m.Topics, []):
        raise EncodeError('Topics')
    a_TopicNames = m.TopicNames
    w_alen_c(out, len(a_TopicNames))
    w_each(w_str_c, out, a_TopicNames)
    out += _P0.pack(m.TimeoutMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteTopicsRequest_v4(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteTopicsRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicNames':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


def _d_DeleteTopicState_v6(buf: Buffer, pos: int) -> tuple[DeleteTopicState, int]:
    v_Name, pos = nstr_c(buf, pos)
    (v_TopicId,) = _P1.unpack_from(buf, pos)
    pos += 16
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteTopicState(
        Name=v_Name,
        TopicId=v_TopicId,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteTopicState_v6(out: bytearray, m: DeleteTopicState) -> None:
    w_nstr_c(out, m.Name)
    w_uuid(out, m.TopicId)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteTopicState_v6(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 16
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteTopicState_v6(buf: Buffer, pos: int, stop: str | None) -> int:
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
    return pos


def _d_DeleteTopicsRequest_v6(buf: Buffer, pos: int) -> tuple[DeleteTopicsRequest, int]:
    v_Topics, pos = arr_c(_d_DeleteTopicState_v6, buf, pos)
    (v_TimeoutMs,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DeleteTopicsRequest(
        Topics=v_Topics,
        TopicNames=[],
        TimeoutMs=v_TimeoutMs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DeleteTopicsRequest_v6(out: bytearray, m: DeleteTopicsRequest) -> None:
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_DeleteTopicState_v6(out, e_Topics)
    out += _P0.pack(m.TimeoutMs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DeleteTopicsRequest_v6(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteTopicState_v6(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DeleteTopicsRequest_v6(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DeleteTopicState_v6(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    return pos


DeleteTopicState.INFO = StructInfo('DeleteTopicState', (
    FieldInfo('Name', 'string', (6, 6), nullable=(6, 6), default=None),
    FieldInfo('TopicId', 'uuid', (6, 6)),
), (4, 6))

DeleteTopicsRequest.INFO = StructInfo('DeleteTopicsRequest', (
    FieldInfo('Topics', '[]struct', (6, 6), struct=DeleteTopicState),
    FieldInfo('TopicNames', '[]string', (0, 5), ignorable=True),
    FieldInfo('TimeoutMs', 'int32', (0, 6)),
), (4, 6))

DeleteTopicState.DECODERS = {
    6: _d_DeleteTopicState_v6,
}

DeleteTopicState.ENCODERS = {
    6: _e_DeleteTopicState_v6,
}

DeleteTopicState.SKIPPERS = {
    6: _s_DeleteTopicState_v6,
}

DeleteTopicState.SEEKERS = {
    6: _o_DeleteTopicState_v6,
}

DeleteTopicsRequest.DECODERS = {
    0: _d_DeleteTopicsRequest_v0,
    1: _d_DeleteTopicsRequest_v0,
    2: _d_DeleteTopicsRequest_v0,
    3: _d_DeleteTopicsRequest_v0,
    4: _d_DeleteTopicsRequest_v4,
    5: _d_DeleteTopicsRequest_v4,
    6: _d_DeleteTopicsRequest_v6,
}

DeleteTopicsRequest.ENCODERS = {
    0: _e_DeleteTopicsRequest_v0,
    1: _e_DeleteTopicsRequest_v0,
    2: _e_DeleteTopicsRequest_v0,
    3: _e_DeleteTopicsRequest_v0,
    4: _e_DeleteTopicsRequest_v4,
    5: _e_DeleteTopicsRequest_v4,
    6: _e_DeleteTopicsRequest_v6,
}

DeleteTopicsRequest.SKIPPERS = {
    0: _s_DeleteTopicsRequest_v0,
    1: _s_DeleteTopicsRequest_v0,
    2: _s_DeleteTopicsRequest_v0,
    3: _s_DeleteTopicsRequest_v0,
    4: _s_DeleteTopicsRequest_v4,
    5: _s_DeleteTopicsRequest_v4,
    6: _s_DeleteTopicsRequest_v6,
}

DeleteTopicsRequest.SEEKERS = {
    0: _o_DeleteTopicsRequest_v0,
    1: _o_DeleteTopicsRequest_v0,
    2: _o_DeleteTopicsRequest_v0,
    3: _o_DeleteTopicsRequest_v0,
    4: _o_DeleteTopicsRequest_v4,
    5: _o_DeleteTopicsRequest_v4,
    6: _o_DeleteTopicsRequest_v6,
}
