"""CreatePartitionsRequest: generated from specs/CreatePartitionsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    count_k,
    farr_c,
    farr_k,
    narr_c,
    narr_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_farr_c,
    w_farr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>i?')
_A_int32 = array_formats('i')


class CreatePartitionsAssignment(KafkaStruct, kw_only=True, gc=False):
    """An element of CreatePartitionsTopic.Assignments."""

    BrokerIds: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreatePartitionsTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of CreatePartitionsRequest.Topics."""

    Name: str = MISSING
    Count: int = MISSING
    Assignments: list[CreatePartitionsAssignment] | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class CreatePartitionsRequest(Message, kw_only=True, gc=False):
    """CreatePartitionsRequest (API key 37), v0-v3; from specs/CreatePartitionsRequest.json."""

    API_KEY = 37
    KIND = 'request'
    VALID_VERSIONS = (0, 3)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    Topics: list[CreatePartitionsTopic] = MISSING
    TimeoutMs: int = MISSING
    ValidateOnly: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_CreatePartitionsAssignment_v0(buf: Buffer, pos: int) -> tuple[CreatePartitionsAssignment, int]:
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_BrokerIds = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_BrokerIds = []
        pos += 4
    else:
        v_BrokerIds, pos = farr_k(buf, pos, 'i', 4)
    return CreatePartitionsAssignment(
        BrokerIds=v_BrokerIds,
    ), pos


def _e_CreatePartitionsAssignment_v0(out: bytearray, m: CreatePartitionsAssignment) -> None:
    a_BrokerIds = m.BrokerIds
    n = len(a_BrokerIds)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_BrokerIds)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_BrokerIds, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatePartitionsAssignment_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_CreatePartitionsAssignment_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerIds':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_CreatePartitionsTopic_v0(buf: Buffer, pos: int) -> tuple[CreatePartitionsTopic, int]:
    v_Name, pos = str_k(buf, pos)
    (v_Count,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Assignments, pos = narr_k(_d_CreatePartitionsAssignment_v0, buf, pos)
    return CreatePartitionsTopic(
        Name=v_Name,
        Count=v_Count,
        Assignments=v_Assignments,
    ), pos


def _e_CreatePartitionsTopic_v0(out: bytearray, m: CreatePartitionsTopic) -> None:
    w_str_k(out, m.Name)
    out += _P0.pack(m.Count)
    a_Assignments = m.Assignments
    if a_Assignments is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_Assignments))
        for e_Assignments in a_Assignments:
            _e_CreatePartitionsAssignment_v0(out, e_Assignments)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatePartitionsTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 4
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsAssignment_v0(buf, pos)
    return pos


def _o_CreatePartitionsTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Count':
        return pos
    pos += 4
    if stop == 'Assignments':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsAssignment_v0(buf, pos)
    return pos


def _d_CreatePartitionsRequest_v0(buf: Buffer, pos: int) -> tuple[CreatePartitionsRequest, int]:
    v_Topics, pos = arr_k(_d_CreatePartitionsTopic_v0, buf, pos)
    v_TimeoutMs, v_ValidateOnly = _P1.unpack_from(buf, pos)
    pos += 5
    return CreatePartitionsRequest(
        Topics=v_Topics,
        TimeoutMs=v_TimeoutMs,
        ValidateOnly=v_ValidateOnly,
    ), pos


def _e_CreatePartitionsRequest_v0(out: bytearray, m: CreatePartitionsRequest) -> None:
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatePartitionsTopic_v0(out, e_Topics)
    out += _P1.pack(m.TimeoutMs, m.ValidateOnly)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_CreatePartitionsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsTopic_v0(buf, pos)
    pos += 5
    return pos


def _o_CreatePartitionsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsTopic_v0(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'ValidateOnly':
        return pos
    pos += 1
    return pos


def _d_CreatePartitionsAssignment_v2(buf: Buffer, pos: int) -> tuple[CreatePartitionsAssignment, int]:
    n = buf[pos]
    if 1 < n <= 65:
        v_BrokerIds = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_BrokerIds = []
        pos += 1
    else:
        v_BrokerIds, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatePartitionsAssignment(
        BrokerIds=v_BrokerIds,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatePartitionsAssignment_v2(out: bytearray, m: CreatePartitionsAssignment) -> None:
    a_BrokerIds = m.BrokerIds
    n = len(a_BrokerIds)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_BrokerIds)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_BrokerIds, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatePartitionsAssignment_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatePartitionsAssignment_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'BrokerIds':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_CreatePartitionsTopic_v2(buf: Buffer, pos: int) -> tuple[CreatePartitionsTopic, int]:
    v_Name, pos = str_c(buf, pos)
    (v_Count,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Assignments, pos = narr_c(_d_CreatePartitionsAssignment_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatePartitionsTopic(
        Name=v_Name,
        Count=v_Count,
        Assignments=v_Assignments,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatePartitionsTopic_v2(out: bytearray, m: CreatePartitionsTopic) -> None:
    w_str_c(out, m.Name)
    out += _P0.pack(m.Count)
    a_Assignments = m.Assignments
    if a_Assignments is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Assignments))
        for e_Assignments in a_Assignments:
            _e_CreatePartitionsAssignment_v2(out, e_Assignments)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatePartitionsTopic_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsAssignment_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatePartitionsTopic_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Count':
        return pos
    pos += 4
    if stop == 'Assignments':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsAssignment_v2(buf, pos)
    return pos


def _d_CreatePartitionsRequest_v2(buf: Buffer, pos: int) -> tuple[CreatePartitionsRequest, int]:
    v_Topics, pos = arr_c(_d_CreatePartitionsTopic_v2, buf, pos)
    v_TimeoutMs, v_ValidateOnly = _P1.unpack_from(buf, pos)
    pos += 5
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = CreatePartitionsRequest(
        Topics=v_Topics,
        TimeoutMs=v_TimeoutMs,
        ValidateOnly=v_ValidateOnly,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_CreatePartitionsRequest_v2(out: bytearray, m: CreatePartitionsRequest) -> None:
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_CreatePartitionsTopic_v2(out, e_Topics)
    out += _P1.pack(m.TimeoutMs, m.ValidateOnly)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_CreatePartitionsRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsTopic_v2(buf, pos)
    pos += 5
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_CreatePartitionsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_CreatePartitionsTopic_v2(buf, pos)
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'ValidateOnly':
        return pos
    pos += 1
    return pos


CreatePartitionsAssignment.INFO = StructInfo('CreatePartitionsAssignment', (
    FieldInfo('BrokerIds', '[]int32', (0, 3)),
), (2, 3))

CreatePartitionsTopic.INFO = StructInfo('CreatePartitionsTopic', (
    FieldInfo('Name', 'string', (0, 3)),
    FieldInfo('Count', 'int32', (0, 3)),
    FieldInfo('Assignments', '[]struct', (0, 3), nullable=(0, 3), struct=CreatePartitionsAssignment),
), (2, 3))

CreatePartitionsRequest.INFO = StructInfo('CreatePartitionsRequest', (
    FieldInfo('Topics', '[]struct', (0, 3), struct=CreatePartitionsTopic),
    FieldInfo('TimeoutMs', 'int32', (0, 3)),
    FieldInfo('ValidateOnly', 'bool', (0, 3)),
), (2, 3))

CreatePartitionsAssignment.DECODERS = {
    0: _d_CreatePartitionsAssignment_v0,
    1: _d_CreatePartitionsAssignment_v0,
    2: _d_CreatePartitionsAssignment_v2,
    3: _d_CreatePartitionsAssignment_v2,
}

CreatePartitionsAssignment.ENCODERS = {
    0: _e_CreatePartitionsAssignment_v0,
    1: _e_CreatePartitionsAssignment_v0,
    2: _e_CreatePartitionsAssignment_v2,
    3: _e_CreatePartitionsAssignment_v2,
}

CreatePartitionsAssignment.SKIPPERS = {
    0: _s_CreatePartitionsAssignment_v0,
    1: _s_CreatePartitionsAssignment_v0,
    2: _s_CreatePartitionsAssignment_v2,
    3: _s_CreatePartitionsAssignment_v2,
}

CreatePartitionsAssignment.SEEKERS = {
    0: _o_CreatePartitionsAssignment_v0,
    1: _o_CreatePartitionsAssignment_v0,
    2: _o_CreatePartitionsAssignment_v2,
    3: _o_CreatePartitionsAssignment_v2,
}

CreatePartitionsTopic.DECODERS = {
    0: _d_CreatePartitionsTopic_v0,
    1: _d_CreatePartitionsTopic_v0,
    2: _d_CreatePartitionsTopic_v2,
    3: _d_CreatePartitionsTopic_v2,
}

CreatePartitionsTopic.ENCODERS = {
    0: _e_CreatePartitionsTopic_v0,
    1: _e_CreatePartitionsTopic_v0,
    2: _e_CreatePartitionsTopic_v2,
    3: _e_CreatePartitionsTopic_v2,
}

CreatePartitionsTopic.SKIPPERS = {
    0: _s_CreatePartitionsTopic_v0,
    1: _s_CreatePartitionsTopic_v0,
    2: _s_CreatePartitionsTopic_v2,
    3: _s_CreatePartitionsTopic_v2,
}

CreatePartitionsTopic.SEEKERS = {
    0: _o_CreatePartitionsTopic_v0,
    1: _o_CreatePartitionsTopic_v0,
    2: _o_CreatePartitionsTopic_v2,
    3: _o_CreatePartitionsTopic_v2,
}

CreatePartitionsRequest.DECODERS = {
    0: _d_CreatePartitionsRequest_v0,
    1: _d_CreatePartitionsRequest_v0,
    2: _d_CreatePartitionsRequest_v2,
    3: _d_CreatePartitionsRequest_v2,
}

CreatePartitionsRequest.ENCODERS = {
    0: _e_CreatePartitionsRequest_v0,
    1: _e_CreatePartitionsRequest_v0,
    2: _e_CreatePartitionsRequest_v2,
    3: _e_CreatePartitionsRequest_v2,
}

CreatePartitionsRequest.SKIPPERS = {
    0: _s_CreatePartitionsRequest_v0,
    1: _s_CreatePartitionsRequest_v0,
    2: _s_CreatePartitionsRequest_v2,
    3: _s_CreatePartitionsRequest_v2,
}

CreatePartitionsRequest.SEEKERS = {
    0: _o_CreatePartitionsRequest_v0,
    1: _o_CreatePartitionsRequest_v0,
    2: _o_CreatePartitionsRequest_v2,
    3: _o_CreatePartitionsRequest_v2,
}
