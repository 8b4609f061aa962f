"""ProduceRequest: generated from specs/ProduceRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    nview_c,
    nview_k,
    read_tags,
    skip_c,
    skip_k16,
    skip_k32,
    skip_tags,
    str_c,
    str_k,
    w_alen_c,
    w_alen_k,
    w_nbytes_c,
    w_nbytes_k,
    w_nstr_c,
    w_nstr_k,
    w_str_c,
    w_str_k,
    w_tags,
)

_P0 = Struct('>i')
_P1 = Struct('>hi')


class PartitionProduceData(KafkaStruct, kw_only=True, gc=False):
    """An element of TopicProduceData.PartitionData."""

    Index: int = MISSING
    Records: Buffer | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class TopicProduceData(KafkaStruct, kw_only=True, gc=False):
    """An element of ProduceRequest.TopicData."""

    Name: str = MISSING
    PartitionData: list[PartitionProduceData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ProduceRequest(Message, kw_only=True, gc=False):
    """ProduceRequest (API key 0), v0-v12; from specs/ProduceRequest.json."""

    API_KEY = 0
    KIND = 'request'
    VALID_VERSIONS = (0, 12)
    FLEXIBLE_FROM = 9
    LATEST_VERSION_UNSTABLE = False

    TransactionalId: str | None = None
    Acks: int = MISSING
    TimeoutMs: int = MISSING
    TopicData: list[TopicProduceData] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_PartitionProduceData_v0(buf: Buffer, pos: int) -> tuple[PartitionProduceData, int]:
    (v_Index,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Records, pos = nview_k(buf, pos)
    return PartitionProduceData(
        Index=v_Index,
        Records=v_Records,
    ), pos


def _e_PartitionProduceData_v0(out: bytearray, m: PartitionProduceData) -> None:
    out += _P0.pack(m.Index)
    w_nbytes_k(out, m.Records)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_PartitionProduceData_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    pos = skip_k32(buf, pos)
    return pos


def _o_PartitionProduceData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'Records':
        return pos
    pos = skip_k32(buf, pos)
    return pos


def _d_TopicProduceData_v0(buf: Buffer, pos: int) -> tuple[TopicProduceData, int]:
    v_Name, pos = str_k(buf, pos)
    v_PartitionData, pos = arr_k(_d_PartitionProduceData_v0, buf, pos)
    return TopicProduceData(
        Name=v_Name,
        PartitionData=v_PartitionData,
    ), pos


def _e_TopicProduceData_v0(out: bytearray, m: TopicProduceData) -> None:
    w_str_k(out, m.Name)
    a_PartitionData = m.PartitionData
    w_alen_k(out, len(a_PartitionData))
    for e_PartitionData in a_PartitionData:
        _e_PartitionProduceData_v0(out, e_PartitionData)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_TopicProduceData_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceData_v0(buf, pos)
    return pos


def _o_TopicProduceData_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'PartitionData':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceData_v0(buf, pos)
    return pos


def _d_ProduceRequest_v0(buf: Buffer, pos: int) -> tuple[ProduceRequest, int]:
    v_Acks, v_TimeoutMs = _P1.unpack_from(buf, pos)
    pos += 6
    v_TopicData, pos = arr_k(_d_TopicProduceData_v0, buf, pos)
    return ProduceRequest(
        Acks=v_Acks,
        TimeoutMs=v_TimeoutMs,
        TopicData=v_TopicData,
    ), pos


def _e_ProduceRequest_v0(out: bytearray, m: ProduceRequest) -> None:
    if non_default(m.TransactionalId, None):
        raise EncodeError('TransactionalId')
    out += _P1.pack(m.Acks, m.TimeoutMs)
    a_TopicData = m.TopicData
    w_alen_k(out, len(a_TopicData))
    for e_TopicData in a_TopicData:
        _e_TopicProduceData_v0(out, e_TopicData)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ProduceRequest_v0(buf: Buffer, pos: int) -> int:
    pos += 6
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceData_v0(buf, pos)
    return pos


def _o_ProduceRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Acks':
        return pos
    pos += 2
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'TopicData':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceData_v0(buf, pos)
    return pos


def _d_ProduceRequest_v3(buf: Buffer, pos: int) -> tuple[ProduceRequest, int]:
    v_TransactionalId, pos = nstr_k(buf, pos)
    v_Acks, v_TimeoutMs = _P1.unpack_from(buf, pos)
    pos += 6
    v_TopicData, pos = arr_k(_d_TopicProduceData_v0, buf, pos)
    return ProduceRequest(
        TransactionalId=v_TransactionalId,
        Acks=v_Acks,
        TimeoutMs=v_TimeoutMs,
        TopicData=v_TopicData,
    ), pos


def _e_ProduceRequest_v3(out: bytearray, m: ProduceRequest) -> None:
    w_nstr_k(out, m.TransactionalId)
    out += _P1.pack(m.Acks, m.TimeoutMs)
    a_TopicData = m.TopicData
    w_alen_k(out, len(a_TopicData))
    for e_TopicData in a_TopicData:
        _e_TopicProduceData_v0(out, e_TopicData)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_ProduceRequest_v3(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    pos += 6
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceData_v0(buf, pos)
    return pos


def _o_ProduceRequest_v3(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Acks':
        return pos
    pos += 2
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'TopicData':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceData_v0(buf, pos)
    return pos


def _d_PartitionProduceData_v9(buf: Buffer, pos: int) -> tuple[PartitionProduceData, int]:
    (v_Index,) = _P0.unpack_from(buf, pos)
    pos += 4
    v_Records, pos = nview_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = PartitionProduceData(
        Index=v_Index,
        Records=v_Records,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_PartitionProduceData_v9(out: bytearray, m: PartitionProduceData) -> None:
    out += _P0.pack(m.Index)
    w_nbytes_c(out, m.Records)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_PartitionProduceData_v9(buf: Buffer, pos: int) -> int:
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_PartitionProduceData_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Index':
        return pos
    pos += 4
    if stop == 'Records':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_TopicProduceData_v9(buf: Buffer, pos: int) -> tuple[TopicProduceData, int]:
    v_Name, pos = str_c(buf, pos)
    v_PartitionData, pos = arr_c(_d_PartitionProduceData_v9, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = TopicProduceData(
        Name=v_Name,
        PartitionData=v_PartitionData,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicProduceData_v9(out: bytearray, m: TopicProduceData) -> None:
    w_str_c(out, m.Name)
    a_PartitionData = m.PartitionData
    w_alen_c(out, len(a_PartitionData))
    for e_PartitionData in a_PartitionData:
        _e_PartitionProduceData_v9(out, e_PartitionData)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_TopicProduceData_v9(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceData_v9(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_TopicProduceData_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'PartitionData':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_PartitionProduceData_v9(buf, pos)
    return pos


def _d_ProduceRequest_v9(buf: Buffer, pos: int) -> tuple[ProduceRequest, int]:
    v_TransactionalId, pos = nstr_c(buf, pos)
    v_Acks, v_TimeoutMs = _P1.unpack_from(buf, pos)
    pos += 6
    v_TopicData, pos = arr_c(_d_TopicProduceData_v9, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ProduceRequest(
        TransactionalId=v_TransactionalId,
        Acks=v_Acks,
        TimeoutMs=v_TimeoutMs,
        TopicData=v_TopicData,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ProduceRequest_v9(out: bytearray, m: ProduceRequest) -> None:
    w_nstr_c(out, m.TransactionalId)
    out += _P1.pack(m.Acks, m.TimeoutMs)
    a_TopicData = m.TopicData
    w_alen_c(out, len(a_TopicData))
    for e_TopicData in a_TopicData:
        _e_TopicProduceData_v9(out, e_TopicData)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ProduceRequest_v9(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 6
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceData_v9(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ProduceRequest_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Acks':
        return pos
    pos += 2
    if stop == 'TimeoutMs':
        return pos
    pos += 4
    if stop == 'TopicData':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicProduceData_v9(buf, pos)
    return pos


PartitionProduceData.INFO = StructInfo('PartitionProduceData', (
    FieldInfo('Index', 'int32', (0, 12)),
    FieldInfo('Records', 'records', (0, 12), nullable=(0, 12)),
), (9, 12))

TopicProduceData.INFO = StructInfo('TopicProduceData', (
    FieldInfo('Name', 'string', (0, 12)),
    FieldInfo('PartitionData', '[]struct', (0, 12), struct=PartitionProduceData),
), (9, 12))

ProduceRequest.INFO = StructInfo('ProduceRequest', (
    FieldInfo('TransactionalId', 'string', (3, 12), nullable=(3, 12), default=None),
    FieldInfo('Acks', 'int16', (0, 12)),
    FieldInfo('TimeoutMs', 'int32', (0, 12)),
    FieldInfo('TopicData', '[]struct', (0, 12), struct=TopicProduceData),
), (9, 12))

PartitionProduceData.DECODERS = {
    0: _d_PartitionProduceData_v0,
    1: _d_PartitionProduceData_v0,
    2: _d_PartitionProduceData_v0,
    3: _d_PartitionProduceData_v0,
    4: _d_PartitionProduceData_v0,
    5: _d_PartitionProduceData_v0,
    6: _d_PartitionProduceData_v0,
    7: _d_PartitionProduceData_v0,
    8: _d_PartitionProduceData_v0,
    9: _d_PartitionProduceData_v9,
    10: _d_PartitionProduceData_v9,
    11: _d_PartitionProduceData_v9,
    12: _d_PartitionProduceData_v9,
}

PartitionProduceData.ENCODERS = {
    0: _e_PartitionProduceData_v0,
    1: _e_PartitionProduceData_v0,
    2: _e_PartitionProduceData_v0,
    3: _e_PartitionProduceData_v0,
    4: _e_PartitionProduceData_v0,
    5: _e_PartitionProduceData_v0,
    6: _e_PartitionProduceData_v0,
    7: _e_PartitionProduceData_v0,
    8: _e_PartitionProduceData_v0,
    9: _e_PartitionProduceData_v9,
    10: _e_PartitionProduceData_v9,
    11: _e_PartitionProduceData_v9,
    12: _e_PartitionProduceData_v9,
}

PartitionProduceData.SKIPPERS = {
    0: _s_PartitionProduceData_v0,
    1: _s_PartitionProduceData_v0,
    2: _s_PartitionProduceData_v0,
    3: _s_PartitionProduceData_v0,
    4: _s_PartitionProduceData_v0,
    5: _s_PartitionProduceData_v0,
    6: _s_PartitionProduceData_v0,
    7: _s_PartitionProduceData_v0,
    8: _s_PartitionProduceData_v0,
    9: _s_PartitionProduceData_v9,
    10: _s_PartitionProduceData_v9,
    11: _s_PartitionProduceData_v9,
    12: _s_PartitionProduceData_v9,
}

PartitionProduceData.SEEKERS = {
    0: _o_PartitionProduceData_v0,
    1: _o_PartitionProduceData_v0,
    2: _o_PartitionProduceData_v0,
    3: _o_PartitionProduceData_v0,
    4: _o_PartitionProduceData_v0,
    5: _o_PartitionProduceData_v0,
    6: _o_PartitionProduceData_v0,
    7: _o_PartitionProduceData_v0,
    8: _o_PartitionProduceData_v0,
    9: _o_PartitionProduceData_v9,
    10: _o_PartitionProduceData_v9,
    11: _o_PartitionProduceData_v9,
    12: _o_PartitionProduceData_v9,
}

TopicProduceData.DECODERS = {
    0: _d_TopicProduceData_v0,
    1: _d_TopicProduceData_v0,
    2: _d_TopicProduceData_v0,
    3: _d_TopicProduceData_v0,
    4: _d_TopicProduceData_v0,
    5: _d_TopicProduceData_v0,
    6: _d_TopicProduceData_v0,
    7: _d_TopicProduceData_v0,
    8: _d_TopicProduceData_v0,
    9: _d_TopicProduceData_v9,
    10: _d_TopicProduceData_v9,
    11: _d_TopicProduceData_v9,
    12: _d_TopicProduceData_v9,
}

TopicProduceData.ENCODERS = {
    0: _e_TopicProduceData_v0,
    1: _e_TopicProduceData_v0,
    2: _e_TopicProduceData_v0,
    3: _e_TopicProduceData_v0,
    4: _e_TopicProduceData_v0,
    5: _e_TopicProduceData_v0,
    6: _e_TopicProduceData_v0,
    7: _e_TopicProduceData_v0,
    8: _e_TopicProduceData_v0,
    9: _e_TopicProduceData_v9,
    10: _e_TopicProduceData_v9,
    11: _e_TopicProduceData_v9,
    12: _e_TopicProduceData_v9,
}

TopicProduceData.SKIPPERS = {
    0: _s_TopicProduceData_v0,
    1: _s_TopicProduceData_v0,
    2: _s_TopicProduceData_v0,
    3: _s_TopicProduceData_v0,
    4: _s_TopicProduceData_v0,
    5: _s_TopicProduceData_v0,
    6: _s_TopicProduceData_v0,
    7: _s_TopicProduceData_v0,
    8: _s_TopicProduceData_v0,
    9: _s_TopicProduceData_v9,
    10: _s_TopicProduceData_v9,
    11: _s_TopicProduceData_v9,
    12: _s_TopicProduceData_v9,
}

TopicProduceData.SEEKERS = {
    0: _o_TopicProduceData_v0,
    1: _o_TopicProduceData_v0,
    2: _o_TopicProduceData_v0,
    3: _o_TopicProduceData_v0,
    4: _o_TopicProduceData_v0,
    5: _o_TopicProduceData_v0,
    6: _o_TopicProduceData_v0,
    7: _o_TopicProduceData_v0,
    8: _o_TopicProduceData_v0,
    9: _o_TopicProduceData_v9,
    10: _o_TopicProduceData_v9,
    11: _o_TopicProduceData_v9,
    12: _o_TopicProduceData_v9,
}

ProduceRequest.DECODERS = {
    0: _d_ProduceRequest_v0,
    1: _d_ProduceRequest_v0,
    2: _d_ProduceRequest_v0,
    3: _d_ProduceRequest_v3,
    4: _d_ProduceRequest_v3,
    5: _d_ProduceRequest_v3,
    6: _d_ProduceRequest_v3,
    7: _d_ProduceRequest_v3,
    8: _d_ProduceRequest_v3,
    9: _d_ProduceRequest_v9,
    10: _d_ProduceRequest_v9,
    11: _d_ProduceRequest_v9,
    12: _d_ProduceRequest_v9,
}

ProduceRequest.ENCODERS = {
    0: _e_ProduceRequest_v0,
    1: _e_ProduceRequest_v0,
    2: _e_ProduceRequest_v0,
    3: _e_ProduceRequest_v3,
    4: _e_ProduceRequest_v3,
    5: _e_ProduceRequest_v3,
    6: _e_ProduceRequest_v3,
    7: _e_ProduceRequest_v3,
    8: _e_ProduceRequest_v3,
    9: _e_ProduceRequest_v9,
    10: _e_ProduceRequest_v9,
    11: _e_ProduceRequest_v9,
    12: _e_ProduceRequest_v9,
}

ProduceRequest.SKIPPERS = {
    0: _s_ProduceRequest_v0,
    1: _s_ProduceRequest_v0,
    2: _s_ProduceRequest_v0,
    3: _s_ProduceRequest_v3,
    4: _s_ProduceRequest_v3,
    5: _s_ProduceRequest_v3,
    6: _s_ProduceRequest_v3,
    7: _s_ProduceRequest_v3,
    8: _s_ProduceRequest_v3,
    9: _s_ProduceRequest_v9,
    10: _s_ProduceRequest_v9,
    11: _s_ProduceRequest_v9,
    12: _s_ProduceRequest_v9,
}

ProduceRequest.SEEKERS = {
    0: _o_ProduceRequest_v0,
    1: _o_ProduceRequest_v0,
    2: _o_ProduceRequest_v0,
    3: _o_ProduceRequest_v3,
    4: _o_ProduceRequest_v3,
    5: _o_ProduceRequest_v3,
    6: _o_ProduceRequest_v3,
    7: _o_ProduceRequest_v3,
    8: _o_ProduceRequest_v3,
    9: _o_ProduceRequest_v9,
    10: _o_ProduceRequest_v9,
    11: _o_ProduceRequest_v9,
    12: _o_ProduceRequest_v9,
}
