"""MetadataRequest: generated from specs/MetadataRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    arr_k,
    count_c,
    count_k,
    narr_c,
    narr_k,
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
    w_nstr_c,
    w_str_c,
    w_str_k,
    w_tags,
    w_uuid,
)

_P0 = Struct('>?')
_P1 = Struct('>???')
_P2 = Struct('>16s')
_P3 = Struct('>??')


class MetadataRequestTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of MetadataRequest.Topics."""

    TopicId: bytes = MISSING
    Name: str | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class MetadataRequest(Message, kw_only=True, gc=False):
    """MetadataRequest (API key 3), v0-v13; from specs/MetadataRequest.json."""

    API_KEY = 3
    KIND = 'request'
    VALID_VERSIONS = (0, 13)
    FLEXIBLE_FROM = 9
    LATEST_VERSION_UNSTABLE = False

    Topics: list[MetadataRequestTopic] | None = MISSING
    AllowAutoTopicCreation: bool = True
    IncludeClusterAuthorizedOperations: bool = MISSING
    IncludeTopicAuthorizedOperations: bool = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_MetadataRequestTopic_v0(buf: Buffer, pos: int) -> tuple[MetadataRequestTopic, int]:
    v_Name, pos = str_k(buf, pos)
    return MetadataRequestTopic(
        TopicId=bytes(16),
        Name=v_Name,
    ), pos


def _e_MetadataRequestTopic_v0(out: bytearray, m: MetadataRequestTopic) -> None:
    w_str_k(out, m.Name)  # type: ignore[arg-type]
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataRequestTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    return pos


def _o_MetadataRequestTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    return pos


def _d_MetadataRequest_v0(buf: Buffer, pos: int) -> tuple[MetadataRequest, int]:
    v_Topics, pos = arr_k(_d_MetadataRequestTopic_v0, buf, pos)
    return MetadataRequest(
        Topics=v_Topics,
        IncludeClusterAuthorizedOperations=False,
        IncludeTopicAuthorizedOperations=False,
    ), pos


def _e_MetadataRequest_v0(out: bytearray, m: MetadataRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        raise EncodeError('Topics')
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_MetadataRequestTopic_v0(out, e_Topics)
    if non_default(m.AllowAutoTopicCreation, True):
        raise EncodeError('AllowAutoTopicCreation')
    if non_default(m.IncludeClusterAuthorizedOperations, False):
        raise EncodeError('IncludeClusterAuthorizedOperations')
    if non_default(m.IncludeTopicAuthorizedOperations, False):
        raise EncodeError('IncludeTopicAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v0(buf, pos)
    return pos


def _o_MetadataRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v0(buf, pos)
    return pos


def _d_MetadataRequest_v1(buf: Buffer, pos: int) -> tuple[MetadataRequest, int]:
    v_Topics, pos = narr_k(_d_MetadataRequestTopic_v0, buf, pos)
    return MetadataRequest(
        Topics=v_Topics,
        IncludeClusterAuthorizedOperations=False,
        IncludeTopicAuthorizedOperations=False,
    ), pos


def _e_MetadataRequest_v1(out: bytearray, m: MetadataRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_MetadataRequestTopic_v0(out, e_Topics)
    if non_default(m.AllowAutoTopicCreation, True):
        raise EncodeError('AllowAutoTopicCreation')
    if non_default(m.IncludeClusterAuthorizedOperations, False):
        raise EncodeError('IncludeClusterAuthorizedOperations')
    if non_default(m.IncludeTopicAuthorizedOperations, False):
        raise EncodeError('IncludeTopicAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataRequest_v1(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v0(buf, pos)
    return pos


def _o_MetadataRequest_v1(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v0(buf, pos)
    return pos


def _d_MetadataRequest_v4(buf: Buffer, pos: int) -> tuple[MetadataRequest, int]:
    v_Topics, pos = narr_k(_d_MetadataRequestTopic_v0, buf, pos)
    (v_AllowAutoTopicCreation,) = _P0.unpack_from(buf, pos)
    pos += 1
    return MetadataRequest(
        Topics=v_Topics,
        AllowAutoTopicCreation=v_AllowAutoTopicCreation,
        IncludeClusterAuthorizedOperations=False,
        IncludeTopicAuthorizedOperations=False,
    ), pos


def _e_MetadataRequest_v4(out: bytearray, m: MetadataRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_MetadataRequestTopic_v0(out, e_Topics)
    out += _P0.pack(m.AllowAutoTopicCreation)
    if non_default(m.IncludeClusterAuthorizedOperations, False):
        raise EncodeError('IncludeClusterAuthorizedOperations')
    if non_default(m.IncludeTopicAuthorizedOperations, False):
        raise EncodeError('IncludeTopicAuthorizedOperations')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataRequest_v4(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v0(buf, pos)
    pos += 1
    return pos


def _o_MetadataRequest_v4(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v0(buf, pos)
    if stop == 'AllowAutoTopicCreation':
        return pos
    pos += 1
    return pos


def _d_MetadataRequest_v8(buf: Buffer, pos: int) -> tuple[MetadataRequest, int]:
    v_Topics, pos = narr_k(_d_MetadataRequestTopic_v0, buf, pos)
    v_AllowAutoTopicCreation, v_IncludeClusterAuthorizedOperations, v_IncludeTopicAuthorizedOperations = _P1.unpack_from(buf, pos)
    pos += 3
    return MetadataRequest(
        Topics=v_Topics,
        AllowAutoTopicCreation=v_AllowAutoTopicCreation,
        IncludeClusterAuthorizedOperations=v_IncludeClusterAuthorizedOperations,
        IncludeTopicAuthorizedOperations=v_IncludeTopicAuthorizedOperations,
    ), pos


def _e_MetadataRequest_v8(out: bytearray, m: MetadataRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        out += b"\xff\xff\xff\xff"
    else:
        w_alen_k(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_MetadataRequestTopic_v0(out, e_Topics)
    out += _P1.pack(m.AllowAutoTopicCreation, m.IncludeClusterAuthorizedOperations, m.IncludeTopicAuthorizedOperations)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_MetadataRequest_v8(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v0(buf, pos)
    pos += 3
    return pos


def _o_MetadataRequest_v8(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v0(buf, pos)
    if stop == 'AllowAutoTopicCreation':
        return pos
    pos += 1
    if stop == 'IncludeClusterAuthorizedOperations':
        return pos
    pos += 1
    if stop == 'IncludeTopicAuthorizedOperations':
        return pos
    pos += 1
    return pos


def _d_MetadataRequestTopic_v9(buf: Buffer, pos: int) -> tuple[MetadataRequestTopic, int]:
    v_Name, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataRequestTopic(
        TopicId=bytes(16),
        Name=v_Name,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataRequestTopic_v9(out: bytearray, m: MetadataRequestTopic) -> None:
    w_str_c(out, m.Name)  # type: ignore[arg-type]
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataRequestTopic_v9(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataRequestTopic_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_MetadataRequest_v9(buf: Buffer, pos: int) -> tuple[MetadataRequest, int]:
    v_Topics, pos = narr_c(_d_MetadataRequestTopic_v9, buf, pos)
    v_AllowAutoTopicCreation, v_IncludeClusterAuthorizedOperations, v_IncludeTopicAuthorizedOperations = _P1.unpack_from(buf, pos)
    pos += 3
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataRequest(
        Topics=v_Topics,
        AllowAutoTopicCreation=v_AllowAutoTopicCreation,
        IncludeClusterAuthorizedOperations=v_IncludeClusterAuthorizedOperations,
        IncludeTopicAuthorizedOperations=v_IncludeTopicAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataRequest_v9(out: bytearray, m: MetadataRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_MetadataRequestTopic_v9(out, e_Topics)
    out += _P1.pack(m.AllowAutoTopicCreation, m.IncludeClusterAuthorizedOperations, m.IncludeTopicAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataRequest_v9(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v9(buf, pos)
    pos += 3
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataRequest_v9(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v9(buf, pos)
    if stop == 'AllowAutoTopicCreation':
        return pos
    pos += 1
    if stop == 'IncludeClusterAuthorizedOperations':
        return pos
    pos += 1
    if stop == 'IncludeTopicAuthorizedOperations':
        return pos
    pos += 1
    return pos


def _d_MetadataRequestTopic_v10(buf: Buffer, pos: int) -> tuple[MetadataRequestTopic, int]:
    (v_TopicId,) = _P2.unpack_from(buf, pos)
    pos += 16
    v_Name, pos = nstr_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataRequestTopic(
        TopicId=v_TopicId,
        Name=v_Name,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataRequestTopic_v10(out: bytearray, m: MetadataRequestTopic) -> None:
    w_uuid(out, m.TopicId)
    w_nstr_c(out, m.Name)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataRequestTopic_v10(buf: Buffer, pos: int) -> int:
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataRequestTopic_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_MetadataRequest_v10(buf: Buffer, pos: int) -> tuple[MetadataRequest, int]:
    v_Topics, pos = narr_c(_d_MetadataRequestTopic_v10, buf, pos)
    v_AllowAutoTopicCreation, v_IncludeClusterAuthorizedOperations, v_IncludeTopicAuthorizedOperations = _P1.unpack_from(buf, pos)
    pos += 3
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataRequest(
        Topics=v_Topics,
        AllowAutoTopicCreation=v_AllowAutoTopicCreation,
        IncludeClusterAuthorizedOperations=v_IncludeClusterAuthorizedOperations,
        IncludeTopicAuthorizedOperations=v_IncludeTopicAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataRequest_v10(out: bytearray, m: MetadataRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_MetadataRequestTopic_v10(out, e_Topics)
    out += _P1.pack(m.AllowAutoTopicCreation, m.IncludeClusterAuthorizedOperations, m.IncludeTopicAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataRequest_v10(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v10(buf, pos)
    pos += 3
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataRequest_v10(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v10(buf, pos)
    if stop == 'AllowAutoTopicCreation':
        return pos
    pos += 1
    if stop == 'IncludeClusterAuthorizedOperations':
        return pos
    pos += 1
    if stop == 'IncludeTopicAuthorizedOperations':
        return pos
    pos += 1
    return pos


def _d_MetadataRequest_v11(buf: Buffer, pos: int) -> tuple[MetadataRequest, int]:
    v_Topics, pos = narr_c(_d_MetadataRequestTopic_v10, buf, pos)
    v_AllowAutoTopicCreation, v_IncludeTopicAuthorizedOperations = _P3.unpack_from(buf, pos)
    pos += 2
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = MetadataRequest(
        Topics=v_Topics,
        AllowAutoTopicCreation=v_AllowAutoTopicCreation,
        IncludeClusterAuthorizedOperations=False,
        IncludeTopicAuthorizedOperations=v_IncludeTopicAuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_MetadataRequest_v11(out: bytearray, m: MetadataRequest) -> None:
    a_Topics = m.Topics
    if a_Topics is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Topics))
        for e_Topics in a_Topics:
            _e_MetadataRequestTopic_v10(out, e_Topics)
    out += _P0.pack(m.AllowAutoTopicCreation)
    if non_default(m.IncludeClusterAuthorizedOperations, False):
        raise EncodeError('IncludeClusterAuthorizedOperations')
    out += _P0.pack(m.IncludeTopicAuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_MetadataRequest_v11(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v10(buf, pos)
    pos += 2
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_MetadataRequest_v11(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Topics':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_MetadataRequestTopic_v10(buf, pos)
    if stop == 'AllowAutoTopicCreation':
        return pos
    pos += 1
    if stop == 'IncludeTopicAuthorizedOperations':
        return pos
    pos += 1
    return pos


MetadataRequestTopic.INFO = StructInfo('MetadataRequestTopic', (
    FieldInfo('TopicId', 'uuid', (10, 13), ignorable=True),
    FieldInfo('Name', 'string', (0, 13), nullable=(10, 13)),
), (9, 13))

MetadataRequest.INFO = StructInfo('MetadataRequest', (
    FieldInfo('Topics', '[]struct', (0, 13), nullable=(1, 13), struct=MetadataRequestTopic),
    FieldInfo('AllowAutoTopicCreation', 'bool', (4, 13), default=True),
    FieldInfo('IncludeClusterAuthorizedOperations', 'bool', (8, 10)),
    FieldInfo('IncludeTopicAuthorizedOperations', 'bool', (8, 13)),
), (9, 13))

MetadataRequestTopic.DECODERS = {
    0: _d_MetadataRequestTopic_v0,
    1: _d_MetadataRequestTopic_v0,
    2: _d_MetadataRequestTopic_v0,
    3: _d_MetadataRequestTopic_v0,
    4: _d_MetadataRequestTopic_v0,
    5: _d_MetadataRequestTopic_v0,
    6: _d_MetadataRequestTopic_v0,
    7: _d_MetadataRequestTopic_v0,
    8: _d_MetadataRequestTopic_v0,
    9: _d_MetadataRequestTopic_v9,
    10: _d_MetadataRequestTopic_v10,
    11: _d_MetadataRequestTopic_v10,
    12: _d_MetadataRequestTopic_v10,
    13: _d_MetadataRequestTopic_v10,
}

MetadataRequestTopic.ENCODERS = {
    0: _e_MetadataRequestTopic_v0,
    1: _e_MetadataRequestTopic_v0,
    2: _e_MetadataRequestTopic_v0,
    3: _e_MetadataRequestTopic_v0,
    4: _e_MetadataRequestTopic_v0,
    5: _e_MetadataRequestTopic_v0,
    6: _e_MetadataRequestTopic_v0,
    7: _e_MetadataRequestTopic_v0,
    8: _e_MetadataRequestTopic_v0,
    9: _e_MetadataRequestTopic_v9,
    10: _e_MetadataRequestTopic_v10,
    11: _e_MetadataRequestTopic_v10,
    12: _e_MetadataRequestTopic_v10,
    13: _e_MetadataRequestTopic_v10,
}

MetadataRequestTopic.SKIPPERS = {
    0: _s_MetadataRequestTopic_v0,
    1: _s_MetadataRequestTopic_v0,
    2: _s_MetadataRequestTopic_v0,
    3: _s_MetadataRequestTopic_v0,
    4: _s_MetadataRequestTopic_v0,
    5: _s_MetadataRequestTopic_v0,
    6: _s_MetadataRequestTopic_v0,
    7: _s_MetadataRequestTopic_v0,
    8: _s_MetadataRequestTopic_v0,
    9: _s_MetadataRequestTopic_v9,
    10: _s_MetadataRequestTopic_v10,
    11: _s_MetadataRequestTopic_v10,
    12: _s_MetadataRequestTopic_v10,
    13: _s_MetadataRequestTopic_v10,
}

MetadataRequestTopic.SEEKERS = {
    0: _o_MetadataRequestTopic_v0,
    1: _o_MetadataRequestTopic_v0,
    2: _o_MetadataRequestTopic_v0,
    3: _o_MetadataRequestTopic_v0,
    4: _o_MetadataRequestTopic_v0,
    5: _o_MetadataRequestTopic_v0,
    6: _o_MetadataRequestTopic_v0,
    7: _o_MetadataRequestTopic_v0,
    8: _o_MetadataRequestTopic_v0,
    9: _o_MetadataRequestTopic_v9,
    10: _o_MetadataRequestTopic_v10,
    11: _o_MetadataRequestTopic_v10,
    12: _o_MetadataRequestTopic_v10,
    13: _o_MetadataRequestTopic_v10,
}

MetadataRequest.DECODERS = {
    0: _d_MetadataRequest_v0,
    1: _d_MetadataRequest_v1,
    2: _d_MetadataRequest_v1,
    3: _d_MetadataRequest_v1,
    4: _d_MetadataRequest_v4,
    5: _d_MetadataRequest_v4,
    6: _d_MetadataRequest_v4,
    7: _d_MetadataRequest_v4,
    8: _d_MetadataRequest_v8,
    9: _d_MetadataRequest_v9,
    10: _d_MetadataRequest_v10,
    11: _d_MetadataRequest_v11,
    12: _d_MetadataRequest_v11,
    13: _d_MetadataRequest_v11,
}

MetadataRequest.ENCODERS = {
    0: _e_MetadataRequest_v0,
    1: _e_MetadataRequest_v1,
    2: _e_MetadataRequest_v1,
    3: _e_MetadataRequest_v1,
    4: _e_MetadataRequest_v4,
    5: _e_MetadataRequest_v4,
    6: _e_MetadataRequest_v4,
    7: _e_MetadataRequest_v4,
    8: _e_MetadataRequest_v8,
    9: _e_MetadataRequest_v9,
    10: _e_MetadataRequest_v10,
    11: _e_MetadataRequest_v11,
    12: _e_MetadataRequest_v11,
    13: _e_MetadataRequest_v11,
}

MetadataRequest.SKIPPERS = {
    0: _s_MetadataRequest_v0,
    1: _s_MetadataRequest_v1,
    2: _s_MetadataRequest_v1,
    3: _s_MetadataRequest_v1,
    4: _s_MetadataRequest_v4,
    5: _s_MetadataRequest_v4,
    6: _s_MetadataRequest_v4,
    7: _s_MetadataRequest_v4,
    8: _s_MetadataRequest_v8,
    9: _s_MetadataRequest_v9,
    10: _s_MetadataRequest_v10,
    11: _s_MetadataRequest_v11,
    12: _s_MetadataRequest_v11,
    13: _s_MetadataRequest_v11,
}

MetadataRequest.SEEKERS = {
    0: _o_MetadataRequest_v0,
    1: _o_MetadataRequest_v1,
    2: _o_MetadataRequest_v1,
    3: _o_MetadataRequest_v1,
    4: _o_MetadataRequest_v4,
    5: _o_MetadataRequest_v4,
    6: _o_MetadataRequest_v4,
    7: _o_MetadataRequest_v4,
    8: _o_MetadataRequest_v8,
    9: _o_MetadataRequest_v9,
    10: _o_MetadataRequest_v10,
    11: _o_MetadataRequest_v11,
    12: _o_MetadataRequest_v11,
    13: _o_MetadataRequest_v11,
}
