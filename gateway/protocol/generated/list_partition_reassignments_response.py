"""ListPartitionReassignmentsResponse: generated from specs/ListPartitionReassignmentsResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    array_formats,
    count_c,
    farr_c,
    nstr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_farr_c,
    w_nstr_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>ih')
_A_int32 = array_formats('i')


class OngoingPartitionReassignment(KafkaStruct, kw_only=True, gc=False):
    """An element of OngoingTopicReassignment.Partitions."""

    PartitionIndex: int = MISSING
    Replicas: list[int] = MISSING
    AddingReplicas: list[int] = MISSING
    RemovingReplicas: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class OngoingTopicReassignment(KafkaStruct, kw_only=True, gc=False):
    """An element of ListPartitionReassignmentsResponse.Topics."""

    Name: str = MISSING
    Partitions: list[OngoingPartitionReassignment] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ListPartitionReassignmentsResponse(Message, kw_only=True, gc=False):
    """ListPartitionReassignmentsResponse (API key 46), v0-v0; from specs/ListPartitionReassignmentsResponse.json."""

    API_KEY = 46
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    ErrorCode: int = MISSING
    ErrorMessage: str | None = MISSING
    Topics: list[OngoingTopicReassignment] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_OngoingPartitionReassignment_v0(buf: Buffer, pos: int) -> tuple[OngoingPartitionReassignment, int]:
    (v_PartitionIndex,) = _P0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if 1 < n <= 65:
        v_Replicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Replicas = []
        pos += 1
    else:
        v_Replicas, pos = farr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_AddingReplicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_AddingReplicas = []
        pos += 1
    else:
        v_AddingReplicas, pos = farr_c(buf, pos, 'i', 4)
    n = buf[pos]
    if 1 < n <= 65:
        v_RemovingReplicas = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_RemovingReplicas = []
        pos += 1
    else:
        v_RemovingReplicas, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OngoingPartitionReassignment(
        PartitionIndex=v_PartitionIndex,
        Replicas=v_Replicas,
        AddingReplicas=v_AddingReplicas,
        RemovingReplicas=v_RemovingReplicas,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OngoingPartitionReassignment_v0(out: bytearray, m: OngoingPartitionReassignment) -> None:
    out += _P0.pack(m.PartitionIndex)
    a_Replicas = m.Replicas
    n = len(a_Replicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Replicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Replicas, 'i')
    a_AddingReplicas = m.AddingReplicas
    n = len(a_AddingReplicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_AddingReplicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_AddingReplicas, 'i')
    a_RemovingReplicas = m.RemovingReplicas
    n = len(a_RemovingReplicas)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_RemovingReplicas)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_RemovingReplicas, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OngoingPartitionReassignment_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OngoingPartitionReassignment_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'PartitionIndex':
        return pos
    pos += 4
    if stop == 'Replicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'AddingReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    if stop == 'RemovingReplicas':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_OngoingTopicReassignment_v0(buf: Buffer, pos: int) -> tuple[OngoingTopicReassignment, int]:
    v_Name, pos = str_c(buf, pos)
    v_Partitions, pos = arr_c(_d_OngoingPartitionReassignment_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = OngoingTopicReassignment(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_OngoingTopicReassignment_v0(out: bytearray, m: OngoingTopicReassignment) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    w_alen_c(out, len(a_Partitions))
    for e_Partitions in a_Partitions:
        _e_OngoingPartitionReassignment_v0(out, e_Partitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_OngoingTopicReassignment_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OngoingPartitionReassignment_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_OngoingTopicReassignment_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
        pos = _s_OngoingPartitionReassignment_v0(buf, pos)
    return pos


def _d_ListPartitionReassignmentsResponse_v0(buf: Buffer, pos: int) -> tuple[ListPartitionReassignmentsResponse, int]:
    v_ThrottleTimeMs, v_ErrorCode = _P1.unpack_from(buf, pos)
    pos += 6
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_Topics, pos = arr_c(_d_OngoingTopicReassignment_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ListPartitionReassignmentsResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ListPartitionReassignmentsResponse_v0(out: bytearray, m: ListPartitionReassignmentsResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs, m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_OngoingTopicReassignment_v0(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ListPartitionReassignmentsResponse_v0(buf: Buffer, pos: int) -> int:
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
        pos = _s_OngoingTopicReassignment_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ListPartitionReassignmentsResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_OngoingTopicReassignment_v0(buf, pos)
    return pos


OngoingPartitionReassignment.INFO = StructInfo('OngoingPartitionReassignment', (
    FieldInfo('PartitionIndex', 'int32', (0, 0)),
    FieldInfo('Replicas', '[]int32', (0, 0)),
    FieldInfo('AddingReplicas', '[]int32', (0, 0)),
    FieldInfo('RemovingReplicas', '[]int32', (0, 0)),
), (0, 0))

OngoingTopicReassignment.INFO = StructInfo('OngoingTopicReassignment', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Partitions', '[]struct', (0, 0), struct=OngoingPartitionReassignment),
), (0, 0))

ListPartitionReassignmentsResponse.INFO = StructInfo('ListPartitionReassignmentsResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0)),
    FieldInfo('Topics', '[]struct', (0, 0), struct=OngoingTopicReassignment),
), (0, 0))

OngoingPartitionReassignment.DECODERS = {
    0: _d_OngoingPartitionReassignment_v0,
}

OngoingPartitionReassignment.ENCODERS = {
    0: _e_OngoingPartitionReassignment_v0,
}

OngoingPartitionReassignment.SKIPPERS = {
    0: _s_OngoingPartitionReassignment_v0,
}

OngoingPartitionReassignment.SEEKERS = {
    0: _o_OngoingPartitionReassignment_v0,
}

OngoingTopicReassignment.DECODERS = {
    0: _d_OngoingTopicReassignment_v0,
}

OngoingTopicReassignment.ENCODERS = {
    0: _e_OngoingTopicReassignment_v0,
}

OngoingTopicReassignment.SKIPPERS = {
    0: _s_OngoingTopicReassignment_v0,
}

OngoingTopicReassignment.SEEKERS = {
    0: _o_OngoingTopicReassignment_v0,
}

ListPartitionReassignmentsResponse.DECODERS = {
    0: _d_ListPartitionReassignmentsResponse_v0,
}

ListPartitionReassignmentsResponse.ENCODERS = {
    0: _e_ListPartitionReassignmentsResponse_v0,
}

ListPartitionReassignmentsResponse.SKIPPERS = {
    0: _s_ListPartitionReassignmentsResponse_v0,
}

ListPartitionReassignmentsResponse.SEEKERS = {
    0: _o_ListPartitionReassignmentsResponse_v0,
}
