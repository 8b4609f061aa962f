"""AlterReplicaLogDirsRequest: generated from specs/AlterReplicaLogDirsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
_A_int32 = array_formats('i')


class AlterReplicaLogDirTopic(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterReplicaLogDir.Topics."""

    Name: str = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterReplicaLogDir(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterReplicaLogDirsRequest.Dirs."""

    Path: str = MISSING
    Topics: list[AlterReplicaLogDirTopic] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterReplicaLogDirsRequest(Message, kw_only=True, gc=False):
    """AlterReplicaLogDirsRequest (API key 34), v0-v2; from specs/AlterReplicaLogDirsRequest.json."""

    API_KEY = 34
    KIND = 'request'
    VALID_VERSIONS = (0, 2)
    FLEXIBLE_FROM = 2
    LATEST_VERSION_UNSTABLE = False

    Dirs: list[AlterReplicaLogDir] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_AlterReplicaLogDirTopic_v0(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirTopic, int]:
    v_Name, pos = str_k(buf, pos)
    (n,) = _P0.unpack_from(buf, pos)
    if 0 < n <= 64:
        v_Partitions = list(_A_int32[n].unpack_from(buf, pos + 4))
        pos += 4 + 4 * n
    elif n == 0:
        v_Partitions = []
        pos += 4
    else:
        v_Partitions, pos = farr_k(buf, pos, 'i', 4)
    return AlterReplicaLogDirTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    ), pos


def _e_AlterReplicaLogDirTopic_v0(out: bytearray, m: AlterReplicaLogDirTopic) -> None:
    w_str_k(out, m.Name)
    a_Partitions = m.Partitions
    n = len(a_Partitions)
    if 0 < n <= 64:
        out += _P0.pack(n)
        out += _A_int32[n].pack(*a_Partitions)
    elif n == 0:
        out += b"\x00\x00\x00\x00"
    else:
        w_farr_k(out, a_Partitions, 'i')
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterReplicaLogDirTopic_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _o_AlterReplicaLogDirTopic_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Partitions':
        return pos
    n, pos = count_k(buf, pos)
    pos += 4 * n
    return pos


def _d_AlterReplicaLogDir_v0(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDir, int]:
    v_Path, pos = str_k(buf, pos)
    v_Topics, pos = arr_k(_d_AlterReplicaLogDirTopic_v0, buf, pos)
    return AlterReplicaLogDir(
        Path=v_Path,
        Topics=v_Topics,
    ), pos


def _e_AlterReplicaLogDir_v0(out: bytearray, m: AlterReplicaLogDir) -> None:
    w_str_k(out, m.Path)
    a_Topics = m.Topics
    w_alen_k(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_AlterReplicaLogDirTopic_v0(out, e_Topics)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterReplicaLogDir_v0(buf: Buffer, pos: int) -> int:
    pos = skip_k16(buf, pos)
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirTopic_v0(buf, pos)
    return pos


def _o_AlterReplicaLogDir_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Path':
        return pos
    pos = skip_k16(buf, pos)
    if stop == 'Topics':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirTopic_v0(buf, pos)
    return pos


def _d_AlterReplicaLogDirsRequest_v0(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirsRequest, int]:
    v_Dirs, pos = arr_k(_d_AlterReplicaLogDir_v0, buf, pos)
    return AlterReplicaLogDirsRequest(
        Dirs=v_Dirs,
    ), pos


def _e_AlterReplicaLogDirsRequest_v0(out: bytearray, m: AlterReplicaLogDirsRequest) -> None:
    a_Dirs = m.Dirs
    w_alen_k(out, len(a_Dirs))
    for e_Dirs in a_Dirs:
        _e_AlterReplicaLogDir_v0(out, e_Dirs)
    if m.unknown_tags:
        raise EncodeError('unknown_tags')


def _s_AlterReplicaLogDirsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDir_v0(buf, pos)
    return pos


def _o_AlterReplicaLogDirsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Dirs':
        return pos
    n, pos = count_k(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDir_v0(buf, pos)
    return pos


def _d_AlterReplicaLogDirTopic_v2(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirTopic, int]:
    v_Name, pos = str_c(buf, pos)
    n = buf[pos]
    if 1 < n <= 65:
        v_Partitions = list(_A_int32[n - 1].unpack_from(buf, pos + 1))
        pos += 4 * n - 3
    elif n == 1:
        v_Partitions = []
        pos += 1
    else:
        v_Partitions, pos = farr_c(buf, pos, 'i', 4)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterReplicaLogDirTopic(
        Name=v_Name,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterReplicaLogDirTopic_v2(out: bytearray, m: AlterReplicaLogDirTopic) -> None:
    w_str_c(out, m.Name)
    a_Partitions = m.Partitions
    n = len(a_Partitions)
    if 0 < n <= 64:
        out.append(n + 1)
        out += _A_int32[n].pack(*a_Partitions)
    elif n == 0:
        out.append(1)
    else:
        w_farr_c(out, a_Partitions, 'i')
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterReplicaLogDirTopic_v2(buf: Buffer, pos: int) -> int:
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


def _o_AlterReplicaLogDirTopic_v2(buf: Buffer, pos: int, stop: str | None) -> int:
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
    pos += 4 * n
    return pos


def _d_AlterReplicaLogDir_v2(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDir, int]:
    v_Path, pos = str_c(buf, pos)
    v_Topics, pos = arr_c(_d_AlterReplicaLogDirTopic_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterReplicaLogDir(
        Path=v_Path,
        Topics=v_Topics,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterReplicaLogDir_v2(out: bytearray, m: AlterReplicaLogDir) -> None:
    w_str_c(out, m.Path)
    a_Topics = m.Topics
    w_alen_c(out, len(a_Topics))
    for e_Topics in a_Topics:
        _e_AlterReplicaLogDirTopic_v2(out, e_Topics)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterReplicaLogDir_v2(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDirTopic_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterReplicaLogDir_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Path':
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
        pos = _s_AlterReplicaLogDirTopic_v2(buf, pos)
    return pos


def _d_AlterReplicaLogDirsRequest_v2(buf: Buffer, pos: int) -> tuple[AlterReplicaLogDirsRequest, int]:
    v_Dirs, pos = arr_c(_d_AlterReplicaLogDir_v2, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterReplicaLogDirsRequest(
        Dirs=v_Dirs,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterReplicaLogDirsRequest_v2(out: bytearray, m: AlterReplicaLogDirsRequest) -> None:
    a_Dirs = m.Dirs
    w_alen_c(out, len(a_Dirs))
    for e_Dirs in a_Dirs:
        _e_AlterReplicaLogDir_v2(out, e_Dirs)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterReplicaLogDirsRequest_v2(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDir_v2(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterReplicaLogDirsRequest_v2(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Dirs':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_AlterReplicaLogDir_v2(buf, pos)
    return pos


AlterReplicaLogDirTopic.INFO = StructInfo('AlterReplicaLogDirTopic', (
    FieldInfo('Name', 'string', (0, 2)),
    FieldInfo('Partitions', '[]int32', (0, 2)),
), (2, 2))

AlterReplicaLogDir.INFO = StructInfo('AlterReplicaLogDir', (
    FieldInfo('Path', 'string', (0, 2)),
    FieldInfo('Topics', '[]struct', (0, 2), struct=AlterReplicaLogDirTopic),
), (2, 2))

AlterReplicaLogDirsRequest.INFO = StructInfo('AlterReplicaLogDirsRequest', (
    FieldInfo('Dirs', '[]struct', (0, 2), struct=AlterReplicaLogDir),
), (2, 2))

AlterReplicaLogDirTopic.DECODERS = {
    0: _d_AlterReplicaLogDirTopic_v0,
    1: _d_AlterReplicaLogDirTopic_v0,
    2: _d_AlterReplicaLogDirTopic_v2,
}

AlterReplicaLogDirTopic.ENCODERS = {
    0: _e_AlterReplicaLogDirTopic_v0,
    1: _e_AlterReplicaLogDirTopic_v0,
    2: _e_AlterReplicaLogDirTopic_v2,
}

AlterReplicaLogDirTopic.SKIPPERS = {
    0: _s_AlterReplicaLogDirTopic_v0,
    1: _s_AlterReplicaLogDirTopic_v0,
    2: _s_AlterReplicaLogDirTopic_v2,
}

AlterReplicaLogDirTopic.SEEKERS = {
    0: _o_AlterReplicaLogDirTopic_v0,
    1: _o_AlterReplicaLogDirTopic_v0,
    2: _o_AlterReplicaLogDirTopic_v2,
}

AlterReplicaLogDir.DECODERS = {
    0: _d_AlterReplicaLogDir_v0,
    1: _d_AlterReplicaLogDir_v0,
    2: _d_AlterReplicaLogDir_v2,
}

AlterReplicaLogDir.ENCODERS = {
    0: _e_AlterReplicaLogDir_v0,
    1: _e_AlterReplicaLogDir_v0,
    2: _e_AlterReplicaLogDir_v2,
}

AlterReplicaLogDir.SKIPPERS = {
    0: _s_AlterReplicaLogDir_v0,
    1: _s_AlterReplicaLogDir_v0,
    2: _s_AlterReplicaLogDir_v2,
}

AlterReplicaLogDir.SEEKERS = {
    0: _o_AlterReplicaLogDir_v0,
    1: _o_AlterReplicaLogDir_v0,
    2: _o_AlterReplicaLogDir_v2,
}

AlterReplicaLogDirsRequest.DECODERS = {
    0: _d_AlterReplicaLogDirsRequest_v0,
    1: _d_AlterReplicaLogDirsRequest_v0,
    2: _d_AlterReplicaLogDirsRequest_v2,
}

AlterReplicaLogDirsRequest.ENCODERS = {
    0: _e_AlterReplicaLogDirsRequest_v0,
    1: _e_AlterReplicaLogDirsRequest_v0,
    2: _e_AlterReplicaLogDirsRequest_v2,
}

AlterReplicaLogDirsRequest.SKIPPERS = {
    0: _s_AlterReplicaLogDirsRequest_v0,
    1: _s_AlterReplicaLogDirsRequest_v0,
    2: _s_AlterReplicaLogDirsRequest_v2,
}

AlterReplicaLogDirsRequest.SEEKERS = {
    0: _o_AlterReplicaLogDirsRequest_v0,
    1: _o_AlterReplicaLogDirsRequest_v0,
    2: _o_AlterReplicaLogDirsRequest_v2,
}
