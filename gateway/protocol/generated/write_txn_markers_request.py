"""WriteTxnMarkersRequest: generated from specs/WriteTxnMarkersRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_P1 = Struct('>qh?')
_A_int32 = array_formats('i')


class WritableTxnMarkerTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of WritableTxnMarker.Topics."""

    Name: str = MISSING
    PartitionIndexes: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class WritableTxnMarker(KafkaStruct, kw_only=True, gc=False):
    """An element of WriteTxnMarkersRequest.Markers."""

    ProducerId: int = MISSING
    ProducerEpoch: int = MISSING
    TransactionResult: bool = MISSING
    Topics: list[WritableTxnMarkerTopic] = MISSING
    CoordinatorEpoch: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class WriteTxnMarkersRequest(Message, kw_only=True, gc=False):
    """WriteTxnMarkersRequest (API key 27), v0-v1; from specs/WriteTxnMarkersRequest.json."""

    API_KEY = 27
    KIND = 'request'
    VALID_VERSIONS = (0, 1)
    FLEXIBLE_FROM = 1
    LATEST_VERSION_UNSTABLE = False

    Markers: list[WritableTxnMarker] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_WritableTxnMarkerTopic_v0(buf: Buffer, pos: int) -> tuple[WritableTxnMarkerTopic, int]:
    v_Name, pos = str_k(buf, pos)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_PartitionIndexes = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_PartitionIndexes = []
        pos += 4
    else:
        v_PartitionIndexes, pos = farr_k(buf, pos, 'i', 4)
    return WritableTxnMarkerTopic(
        Name=v_Name,
        PartitionIndexes=v_PartitionIndexes,
    ), pos


def _e_WritableTxnMarkerTopic_v0(out: bytearray, m: WritableTxnMarkerTopic) -> None:
    w_str_k(out, m.Name)
    a_PartitionIndexes = m.PartitionIndexes
    n = len(a_PartitionIndexes)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_PartitionIndexes)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_PartitionIndexes, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_WritableTxnMarkerTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_WritableTxnMarkerTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionIndexes':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_WritableTxnMarker_v0(buf: Buffer, pos: int) -> tuple[WritableTxnMarker, int]:
    v_ProducerId, v_ProducerEpoch, v_TransactionResult = _P1.unpack_from(buf, pos)
    pos += 11
    v_Topics, pos = arr_k(_d_WritableTxnMarkerTopic_v0, buf, pos)
    (v_CoordinatorEpoch,) = _P0.unpack_from(buf, pos)
    pos += 4
    return WritableTxnMarker(
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        TransactionResult=v_TransactionResult,
        Topics=v_Topics,
        CoordinatorEpoch=v_CoordinatorEpoch,
    ), pos


def _e_WritableTxnMarker_v0(out: bytearray, m: WritableTxnMarker) -> None:
    out += _P1.pack(m.ProducerId, m.ProducerEpoch, m.TransactionResult)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_WritableTxnMarkerTopic_v0(out, e_Topics)
    out += _P0.pack(m.CoordinatorEpoch)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_WritableTxnMarker_v0(buf: Buffer, pos: int) -> int:
    pos += 11
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerTopic_v0(buf, pos)
    pos += 4
    return pos


def _o_WritableTxnMarker_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'TransactionResult':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerTopic_v0(buf, pos)
    if stop == 'CoordinatorEpoch':
        return pos
    pos += 4
    return pos


def _d_WriteTxnMarkersRequest_v0(buf: Buffer, pos: int) -> tuple[WriteTxnMarkersRequest, int]:
    v_Markers, pos = arr_k(_d_WritableTxnMarker_v0, buf, pos)
    return WriteTxnMarkersRequest(
        Markers=v_Markers,
    ), pos


def _e_WriteTxnMarkersRequest_v0(out: bytearray, m: WriteTxnMarkersRequest) -> None:
    a_Markers = m.Markers
    w_alen_k(out, len(a_Markers))
    for e_Markers in a_Markers:
        _e_WritableTxnMarker_v0(out, e_Markers)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_WriteTxnMarkersRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarker_v0(buf, pos)
    return pos


def _o_WriteTxnMarkersRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Markers':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarker_v0(buf, pos)
    return pos


def _d_WritableTxnMarkerTopic_v1(buf: Buffer, pos: int) -> tuple[WritableTxnMarkerTopic, int]:
    v_Name, pos = str_c(buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_PartitionIndexes = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_PartitionIndexes = []
        pos += 1
    else:
        v_PartitionIndexes, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WritableTxnMarkerTopic(
        Name=v_Name,
        PartitionIndexes=v_PartitionIndexes,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WritableTxnMarkerTopic_v1(out: bytearray, m: WritableTxnMarkerTopic) -> None:
    w_str_c(out, m.Name)
    a_PartitionIndexes = m.PartitionIndexes
    n = len(a_PartitionIndexes)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_PartitionIndexes)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_PartitionIndexes, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_WritableTxnMarkerTopic_v1(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WritableTxnMarkerTopic_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionIndexes':
        return pos
    n, pos = count_c(buf, pos)
    pos += 4 * n
    return pos


def _d_WritableTxnMarker_v1(buf: Buffer, pos: int) -> tuple[WritableTxnMarker, int]:
    v_ProducerId, v_ProducerEpoch, v_TransactionResult = _P1.unpack_from(buf, pos)
    pos += 11
    v_Topics, pos = arr_c(_d_WritableTxnMarkerTopic_v1, buf, pos)
    (v_CoordinatorEpoch,) = _P0.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WritableTxnMarker(
        ProducerId=v_ProducerId,
        ProducerEpoch=v_ProducerEpoch,
        TransactionResult=v_TransactionResult,
        Topics=v_Topics,
        CoordinatorEpoch=v_CoordinatorEpoch,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WritableTxnMarker_v1(out: bytearray, m: WritableTxnMarker) -> None:
    out += _P1.pack(m.ProducerId, m.ProducerEpoch, m.TransactionResult)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_WritableTxnMarkerTopic_v1(out, e_Topics)
    out += _P0.pack(m.CoordinatorEpoch)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_WritableTxnMarker_v1(buf: Buffer, pos: int) -> int:
    pos += 11
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerTopic_v1(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WritableTxnMarker_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ProducerId':
        return pos
    pos += 8
    if stop == 'ProducerEpoch':
        return pos
    pos += 2
    if stop == 'TransactionResult':
        return pos
    pos += 1
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarkerTopic_v1(buf, pos)
    if stop == 'CoordinatorEpoch':
        return pos
    pos += 4
    return pos


def _d_WriteTxnMarkersRequest_v1(buf: Buffer, pos: int) -> tuple[WriteTxnMarkersRequest, int]:
    v_Markers, pos = arr_c(_d_WritableTxnMarker_v1, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = WriteTxnMarkersRequest(
        Markers=v_Markers,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_WriteTxnMarkersRequest_v1(out: bytearray, m: WriteTxnMarkersRequest) -> None:
    a_Markers = m.Markers
    w_alen_c(out, len(a_Markers))
    for e_Markers in a_Markers:
        _e_WritableTxnMarker_v1(out, e_Markers)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_WriteTxnMarkersRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarker_v1(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_WriteTxnMarkersRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Markers':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_WritableTxnMarker_v1(buf, pos)
    return pos


WritableTxnMarkerTopic.INFO = StructInfo('WritableTxnMarkerTopic', (
    FieldInfo('Name', 'string', (0, 1)),
    FieldInfo('PartitionIndexes', '[]int32', (0, 1)),
), (1, 1))

WritableTxnMarker.INFO = StructInfo('WritableTxnMarker', (
    FieldInfo('ProducerId', 'int64', (0, 1)),
    FieldInfo('ProducerEpoch', 'int16', (0, 1)),
    FieldInfo('TransactionResult', 'bool', (0, 1)),
    FieldInfo('Topics', '[]struct', (0, 1), struct=WritableTxnMarkerTopic),
    FieldInfo('CoordinatorEpoch', 'int32', (0, 1)),
), (1, 1))

WriteTxnMarkersRequest.INFO = StructInfo('WriteTxnMarkersRequest', (
    FieldInfo('Markers', '[]struct', (0, 1), struct=WritableTxnMarker),
), (1, 1))

WritableTxnMarkerTopic.DECODERS = {
    0: _d_WritableTxnMarkerTopic_v0,
    1: _d_WritableTxnMarkerTopic_v1,
}

WritableTxnMarkerTopic.ENCODERS = {
    0: _e_WritableTxnMarkerTopic_v0,
    1: _e_WritableTxnMarkerTopic_v1,
}

WritableTxnMarkerTopic.SKIPPERS = {
    0: _s_WritableTxnMarkerTopic_v0,
    1: _s_WritableTxnMarkerTopic_v1,
}

WritableTxnMarkerTopic.SEEKERS = {
    0: _o_WritableTxnMarkerTopic_v0,
    1: _o_WritableTxnMarkerTopic_v1,
}

WritableTxnMarker.DECODERS = {
    0: _d_WritableTxnMarker_v0,
    1: _d_WritableTxnMarker_v1,
}

WritableTxnMarker.ENCODERS = {
    0: _e_WritableTxnMarker_v0,
    1: _e_WritableTxnMarker_v1,
}

WritableTxnMarker.SKIPPERS = {
    0: _s_WritableTxnMarker_v0,
    1: _s_WritableTxnMarker_v1,
}

WritableTxnMarker.SEEKERS = {
    0: _o_WritableTxnMarker_v0,
    1: _o_WritableTxnMarker_v1,
}

WriteTxnMarkersRequest.DECODERS = {
    0: _d_WriteTxnMarkersRequest_v0,
    1: _d_WriteTxnMarkersRequest_v1,
}

WriteTxnMarkersRequest.ENCODERS = {
    0: _e_WriteTxnMarkersRequest_v0,
    1: _e_WriteTxnMarkersRequest_v1,
}

WriteTxnMarkersRequest.SKIPPERS = {
    0: _s_WriteTxnMarkersRequest_v0,
    1: _s_WriteTxnMarkersRequest_v1,
}

WriteTxnMarkersRequest.SEEKERS = {
    0: _o_WriteTxnMarkersRequest_v0,
    1: _o_WriteTxnMarkersRequest_v1,
}
