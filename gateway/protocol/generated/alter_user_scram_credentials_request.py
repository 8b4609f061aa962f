"""AlterUserScramCredentialsRequest: generated from specs/AlterUserScramCredentialsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    bytes_c,
    count_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_bytes_c,
    w_str_c,
    w_tags,
)

_P0 = Struct('>b')
_P1 = Struct('>bi')


class ScramCredentialDeletion(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterUserScramCredentialsRequest.Deletions."""

    Name: str = MISSING
    Mechanism: int = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class ScramCredentialUpsertion(KafkaStruct, kw_only=True, gc=False):
    """An element of AlterUserScramCredentialsRequest.Upsertions."""

    Name: str = MISSING
    Mechanism: int = MISSING
    Iterations: int = MISSING
    Salt: bytes = MISSING
    SaltedPassword: bytes = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class AlterUserScramCredentialsRequest(Message, kw_only=True, gc=False):
    """AlterUserScramCredentialsRequest (API key 51), v0-v0; from specs/AlterUserScramCredentialsRequest.json."""

    API_KEY = 51
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    Deletions: list[ScramCredentialDeletion] = MISSING
    Upsertions: list[ScramCredentialUpsertion] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_ScramCredentialDeletion_v0(buf: Buffer, pos: int) -> tuple[ScramCredentialDeletion, int]:
    v_Name, pos = str_c(buf, pos)
    (v_Mechanism,) = _P0.unpack_from(buf, pos)
    pos += 1
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ScramCredentialDeletion(
        Name=v_Name,
        Mechanism=v_Mechanism,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ScramCredentialDeletion_v0(out: bytearray, m: ScramCredentialDeletion) -> None:
    w_str_c(out, m.Name)
    out += _P0.pack(m.Mechanism)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ScramCredentialDeletion_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 1
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ScramCredentialDeletion_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Mechanism':
        return pos
    pos += 1
    return pos


def _d_ScramCredentialUpsertion_v0(buf: Buffer, pos: int) -> tuple[ScramCredentialUpsertion, int]:
    v_Name, pos = str_c(buf, pos)
    v_Mechanism, v_Iterations = _P1.unpack_from(buf, pos)
    pos += 5
    v_Salt, pos = bytes_c(buf, pos)
    v_SaltedPassword, pos = bytes_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ScramCredentialUpsertion(
        Name=v_Name,
        Mechanism=v_Mechanism,
        Iterations=v_Iterations,
        Salt=v_Salt,
        SaltedPassword=v_SaltedPassword,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ScramCredentialUpsertion_v0(out: bytearray, m: ScramCredentialUpsertion) -> None:
    w_str_c(out, m.Name)
    out += _P1.pack(m.Mechanism, m.Iterations)
    w_bytes_c(out, m.Salt)
    w_bytes_c(out, m.SaltedPassword)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ScramCredentialUpsertion_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 5
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ScramCredentialUpsertion_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Name':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Mechanism':
        return pos
    pos += 1
    if stop == 'Iterations':
        return pos
    pos += 4
    if stop == 'Salt':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'SaltedPassword':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos


def _d_AlterUserScramCredentialsRequest_v0(buf: Buffer, pos: int) -> tuple[AlterUserScramCredentialsRequest, int]:
    v_Deletions, pos = arr_c(_d_ScramCredentialDeletion_v0, buf, pos)
    v_Upsertions, pos = arr_c(_d_ScramCredentialUpsertion_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = AlterUserScramCredentialsRequest(
        Deletions=v_Deletions,
        Upsertions=v_Upsertions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_AlterUserScramCredentialsRequest_v0(out: bytearray, m: AlterUserScramCredentialsRequest) -> None:
    a_Deletions = m.Deletions
    w_alen_c(out, len(a_Deletions))
    for e_Deletions in a_Deletions:
        _e_ScramCredentialDeletion_v0(out, e_Deletions)
    a_Upsertions = m.Upsertions
    w_alen_c(out, len(a_Upsertions))
    for e_Upsertions in a_Upsertions:
        _e_ScramCredentialUpsertion_v0(out, e_Upsertions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_AlterUserScramCredentialsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ScramCredentialDeletion_v0(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ScramCredentialUpsertion_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_AlterUserScramCredentialsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Deletions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ScramCredentialDeletion_v0(buf, pos)
    if stop == 'Upsertions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_ScramCredentialUpsertion_v0(buf, pos)
    return pos


ScramCredentialDeletion.INFO = StructInfo('ScramCredentialDeletion', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Mechanism', 'int8', (0, 0)),
), (0, 0))

ScramCredentialUpsertion.INFO = StructInfo('ScramCredentialUpsertion', (
    FieldInfo('Name', 'string', (0, 0)),
    FieldInfo('Mechanism', 'int8', (0, 0)),
    FieldInfo('Iterations', 'int32', (0, 0)),
    FieldInfo('Salt', 'bytes', (0, 0)),
    FieldInfo('SaltedPassword', 'bytes', (0, 0)),
), (0, 0))

AlterUserScramCredentialsRequest.INFO = StructInfo('AlterUserScramCredentialsRequest', (
    FieldInfo('Deletions', '[]struct', (0, 0), struct=ScramCredentialDeletion),
    FieldInfo('Upsertions', '[]struct', (0, 0), struct=ScramCredentialUpsertion),
), (0, 0))

ScramCredentialDeletion.DECODERS = {
    0: _d_ScramCredentialDeletion_v0,
}

ScramCredentialDeletion.ENCODERS = {
    0: _e_ScramCredentialDeletion_v0,
}

ScramCredentialDeletion.SKIPPERS = {
    0: _s_ScramCredentialDeletion_v0,
}

ScramCredentialDeletion.SEEKERS = {
    0: _o_ScramCredentialDeletion_v0,
}

ScramCredentialUpsertion.DECODERS = {
    0: _d_ScramCredentialUpsertion_v0,
}

ScramCredentialUpsertion.ENCODERS = {
    0: _e_ScramCredentialUpsertion_v0,
}

ScramCredentialUpsertion.SKIPPERS = {
    0: _s_ScramCredentialUpsertion_v0,
}

ScramCredentialUpsertion.SEEKERS = {
    0: _o_ScramCredentialUpsertion_v0,
}

AlterUserScramCredentialsRequest.DECODERS = {
    0: _d_AlterUserScramCredentialsRequest_v0,
}

AlterUserScramCredentialsRequest.ENCODERS = {
    0: _e_AlterUserScramCredentialsRequest_v0,
}

AlterUserScramCredentialsRequest.SKIPPERS = {
    0: _s_AlterUserScramCredentialsRequest_v0,
}

AlterUserScramCredentialsRequest.SEEKERS = {
    0: _o_AlterUserScramCredentialsRequest_v0,
}
