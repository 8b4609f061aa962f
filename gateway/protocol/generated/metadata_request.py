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
    narr_c,
    narr_k,
    non_default,
    nstr_c,
    read_tags,
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
    """MetadataRequest (API key 3), v0-v12; from specs/MetadataRequest.json."""

    API_KEY = 3
    KIND = 'request'
    VALID_VERSIONS = (0, 12)
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


MetadataRequestTopic.INFO = StructInfo('MetadataRequestTopic', (
    FieldInfo('TopicId', 'uuid', (10, 12), ignorable=True),
    FieldInfo('Name', 'string', (0, 12), nullable=(10, 12)),
), (9, 12))

MetadataRequest.INFO = StructInfo('MetadataRequest', (
    FieldInfo('Topics', '[]struct', (0, 12), nullable=(1, 12), struct=MetadataRequestTopic),
    FieldInfo('AllowAutoTopicCreation', 'bool', (4, 12), default=True),
    FieldInfo('IncludeClusterAuthorizedOperations', 'bool', (8, 10)),
    FieldInfo('IncludeTopicAuthorizedOperations', 'bool', (8, 12)),
), (9, 12))

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
}
