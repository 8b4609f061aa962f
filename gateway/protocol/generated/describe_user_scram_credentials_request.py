"""DescribeUserScramCredentialsRequest: generated from specs/DescribeUserScramCredentialsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    KafkaStruct,
    Message,
    StructInfo,
    count_c,
    narr_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_str_c,
    w_tags,
)


class UserName(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribeUserScramCredentialsRequest.Users."""

    Name: str = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribeUserScramCredentialsRequest(Message, kw_only=True, gc=False):
    """DescribeUserScramCredentialsRequest (API key 50), v0-v0; from specs/DescribeUserScramCredentialsRequest.json."""

    API_KEY = 50
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    Users: list[UserName] | None = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_UserName_v0(buf: Buffer, pos: int) -> tuple[UserName, int]:
    v_Name, pos = str_c(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = UserName(
        Name=v_Name,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_UserName_v0(out: bytearray, m: UserName) -> None:
    w_str_c(out, m.Name)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_UserName_v0(buf: Buffer, pos: int) -> int:
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_UserName_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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


def _d_DescribeUserScramCredentialsRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeUserScramCredentialsRequest, int]:
    v_Users, pos = narr_c(_d_UserName_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeUserScramCredentialsRequest(
        Users=v_Users,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeUserScramCredentialsRequest_v0(out: bytearray, m: DescribeUserScramCredentialsRequest) -> None:
    a_Users = m.Users
    if a_Users is None:
        out.append(0)
    else:
        w_alen_c(out, len(a_Users))
        for e_Users in a_Users:
            _e_UserName_v0(out, e_Users)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeUserScramCredentialsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UserName_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeUserScramCredentialsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'Users':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_UserName_v0(buf, pos)
    return pos


UserName.INFO = StructInfo('UserName', (
    FieldInfo('Name', 'string', (0, 0)),
), (0, 0))

DescribeUserScramCredentialsRequest.INFO = StructInfo('DescribeUserScramCredentialsRequest', (
    FieldInfo('Users', '[]struct', (0, 0), nullable=(0, 0), struct=UserName),
), (0, 0))

UserName.DECODERS = {
    0: _d_UserName_v0,
}

UserName.ENCODERS = {
    0: _e_UserName_v0,
}

UserName.SKIPPERS = {
    0: _s_UserName_v0,
}

UserName.SEEKERS = {
    0: _o_UserName_v0,
}

DescribeUserScramCredentialsRequest.DECODERS = {
    0: _d_DescribeUserScramCredentialsRequest_v0,
}

DescribeUserScramCredentialsRequest.ENCODERS = {
    0: _e_DescribeUserScramCredentialsRequest_v0,
}

DescribeUserScramCredentialsRequest.SKIPPERS = {
    0: _s_DescribeUserScramCredentialsRequest_v0,
}

DescribeUserScramCredentialsRequest.SEEKERS = {
    0: _o_DescribeUserScramCredentialsRequest_v0,
}
