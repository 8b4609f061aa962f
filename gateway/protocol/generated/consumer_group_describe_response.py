"""ConsumerGroupDescribeResponse: generated from specs/ConsumerGroupDescribeResponse.json by `python -m gateway.protocol.codegen`; do not edit."""

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
    w_each,
    w_farr_c,
    w_nstr_c,
    w_str_c,
    w_tags,
    w_uuid,
)

_P0 = Struct('>16s')
_P1 = Struct('>i')
_P2 = Struct('>h')
_P3 = Struct('>ii')
_A_int32 = array_formats('i')


class TopicPartitions(KafkaStruct, kw_only=True, gc=False):
    """An element of Assignment.TopicPartitions."""

    TopicId: bytes = MISSING
    TopicName: str = MISSING
    Partitions: list[int] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_TopicPartitions = TopicPartitions


class Assignment(KafkaStruct, kw_only=True, gc=False):
    """An element of Member.Assignment."""

    TopicPartitions: list[_TopicPartitions] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


_Assignment = Assignment


class Member(KafkaStruct, kw_only=True, gc=False):
    """An element of DescribedGroup.Members."""

    MemberId: str = MISSING
    InstanceId: str | None = None
    RackId: str | None = None
    MemberEpoch: int = MISSING
    ClientId: str = MISSING
    ClientHost: str = MISSING
    SubscribedTopicNames: list[str] = MISSING
    SubscribedTopicRegex: str | None = None
    Assignment: _Assignment = MISSING
    TargetAssignment: _Assignment = MISSING
    unknown_tags: dict[int, Buffer] | None = None


class DescribedGroup(KafkaStruct, kw_only=True, gc=False):
    """An element of ConsumerGroupDescribeResponse.Groups."""

    ErrorCode: int = MISSING
    ErrorMessage: str | None = None
    GroupId: str = MISSING
    GroupState: str = MISSING
    GroupEpoch: int = MISSING
    AssignmentEpoch: int = MISSING
    AssignorName: str = MISSING
    Members: list[Member] = MISSING
    AuthorizedOperations: int = -2147483648
    unknown_tags: dict[int, Buffer] | None = None


class ConsumerGroupDescribeResponse(Message, kw_only=True, gc=False):
    """ConsumerGroupDescribeResponse (API key 69), v0-v0; from specs/ConsumerGroupDescribeResponse.json."""

    API_KEY = 69
    KIND = 'response'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    ThrottleTimeMs: int = MISSING
    Groups: list[DescribedGroup] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_TopicPartitions_v0(buf: Buffer, pos: int) -> tuple[TopicPartitions, int]:
    (v_TopicId,) = _P0.unpack_from(buf, pos)
    pos += 16
    v_TopicName, pos = str_c(buf, pos)
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
    result = TopicPartitions(
        TopicId=v_TopicId,
        TopicName=v_TopicName,
        Partitions=v_Partitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_TopicPartitions_v0(out: bytearray, m: TopicPartitions) -> None:
    w_uuid(out, m.TopicId)
    w_str_c(out, m.TopicName)
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


def _s_TopicPartitions_v0(buf: Buffer, pos: int) -> int:
    pos += 16
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


def _o_TopicPartitions_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicId':
        return pos
    pos += 16
    if stop == 'TopicName':
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


def _d_Assignment_v0(buf: Buffer, pos: int) -> tuple[Assignment, int]:
    v_TopicPartitions, pos = arr_c(_d_TopicPartitions_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Assignment(
        TopicPartitions=v_TopicPartitions,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Assignment_v0(out: bytearray, m: Assignment) -> None:
    a_TopicPartitions = m.TopicPartitions
    w_alen_c(out, len(a_TopicPartitions))
    for e_TopicPartitions in a_TopicPartitions:
        _e_TopicPartitions_v0(out, e_TopicPartitions)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Assignment_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Assignment_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TopicPartitions':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_TopicPartitions_v0(buf, pos)
    return pos


def _d_Member_v0(buf: Buffer, pos: int) -> tuple[Member, int]:
    v_MemberId, pos = str_c(buf, pos)
    v_InstanceId, pos = nstr_c(buf, pos)
    v_RackId, pos = nstr_c(buf, pos)
    (v_MemberEpoch,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_ClientId, pos = str_c(buf, pos)
    v_ClientHost, pos = str_c(buf, pos)
    v_SubscribedTopicNames, pos = arr_c(str_c, buf, pos)
    v_SubscribedTopicRegex, pos = nstr_c(buf, pos)
    v_Assignment, pos = _d_Assignment_v0(buf, pos)
    v_TargetAssignment, pos = _d_Assignment_v0(buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = Member(
        MemberId=v_MemberId,
        InstanceId=v_InstanceId,
        RackId=v_RackId,
        MemberEpoch=v_MemberEpoch,
        ClientId=v_ClientId,
        ClientHost=v_ClientHost,
        SubscribedTopicNames=v_SubscribedTopicNames,
        SubscribedTopicRegex=v_SubscribedTopicRegex,
        Assignment=v_Assignment,
        TargetAssignment=v_TargetAssignment,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_Member_v0(out: bytearray, m: Member) -> None:
    w_str_c(out, m.MemberId)
    w_nstr_c(out, m.InstanceId)
    w_nstr_c(out, m.RackId)
    out += _P1.pack(m.MemberEpoch)
    w_str_c(out, m.ClientId)
    w_str_c(out, m.ClientHost)
    a_SubscribedTopicNames = m.SubscribedTopicNames
    w_alen_c(out, len(a_SubscribedTopicNames))
    w_each(w_str_c, out, a_SubscribedTopicNames)
    w_nstr_c(out, m.SubscribedTopicRegex)
    _e_Assignment_v0(out, m.Assignment)
    _e_Assignment_v0(out, m.TargetAssignment)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_Member_v0(buf: Buffer, pos: int) -> int:
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
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 4
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
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos = _s_Assignment_v0(buf, pos)
    pos = _s_Assignment_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_Member_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'MemberId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'InstanceId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'RackId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'MemberEpoch':
        return pos
    pos += 4
    if stop == 'ClientId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'ClientHost':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'SubscribedTopicNames':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    if stop == 'SubscribedTopicRegex':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Assignment':
        return pos
    pos = _s_Assignment_v0(buf, pos)
    if stop == 'TargetAssignment':
        return pos
    pos = _s_Assignment_v0(buf, pos)
    return pos


def _d_DescribedGroup_v0(buf: Buffer, pos: int) -> tuple[DescribedGroup, int]:
    (v_ErrorCode,) = _P2.unpack_from(buf, pos)
    pos += 2
    v_ErrorMessage, pos = nstr_c(buf, pos)
    v_GroupId, pos = str_c(buf, pos)
    v_GroupState, pos = str_c(buf, pos)
    v_GroupEpoch, v_AssignmentEpoch = _P3.unpack_from(buf, pos)
    pos += 8
    v_AssignorName, pos = str_c(buf, pos)
    v_Members, pos = arr_c(_d_Member_v0, buf, pos)
    (v_AuthorizedOperations,) = _P1.unpack_from(buf, pos)
    pos += 4
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribedGroup(
        ErrorCode=v_ErrorCode,
        ErrorMessage=v_ErrorMessage,
        GroupId=v_GroupId,
        GroupState=v_GroupState,
        GroupEpoch=v_GroupEpoch,
        AssignmentEpoch=v_AssignmentEpoch,
        AssignorName=v_AssignorName,
        Members=v_Members,
        AuthorizedOperations=v_AuthorizedOperations,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribedGroup_v0(out: bytearray, m: DescribedGroup) -> None:
    out += _P2.pack(m.ErrorCode)
    w_nstr_c(out, m.ErrorMessage)
    w_str_c(out, m.GroupId)
    w_str_c(out, m.GroupState)
    out += _P3.pack(m.GroupEpoch, m.AssignmentEpoch)
    w_str_c(out, m.AssignorName)
    a_Members = m.Members
    w_alen_c(out, len(a_Members))
    for e_Members in a_Members:
        _e_Member_v0(out, e_Members)
    out += _P1.pack(m.AuthorizedOperations)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribedGroup_v0(buf: Buffer, pos: int) -> int:
    pos += 2
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
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    pos += 8
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Member_v0(buf, pos)
    pos += 4
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribedGroup_v0(buf: Buffer, pos: int, stop: str | None) -> int:
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
    if stop == 'GroupId':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupState':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'GroupEpoch':
        return pos
    pos += 4
    if stop == 'AssignmentEpoch':
        return pos
    pos += 4
    if stop == 'AssignorName':
        return pos
    n = buf[pos]
    if n < 0x80:
        pos += n or 1
    elif buf[pos + 1] < 0x80:
        pos += 1 + ((n & 0x7F | buf[pos + 1] << 7) or 1)
    else:
        pos = skip_c(buf, pos)
    if stop == 'Members':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_Member_v0(buf, pos)
    if stop == 'AuthorizedOperations':
        return pos
    pos += 4
    return pos


def _d_ConsumerGroupDescribeResponse_v0(buf: Buffer, pos: int) -> tuple[ConsumerGroupDescribeResponse, int]:
    (v_ThrottleTimeMs,) = _P1.unpack_from(buf, pos)
    pos += 4
    v_Groups, pos = arr_c(_d_DescribedGroup_v0, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = ConsumerGroupDescribeResponse(
        ThrottleTimeMs=v_ThrottleTimeMs,
        Groups=v_Groups,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_ConsumerGroupDescribeResponse_v0(out: bytearray, m: ConsumerGroupDescribeResponse) -> None:
    out += _P1.pack(m.ThrottleTimeMs)
    a_Groups = m.Groups
    w_alen_c(out, len(a_Groups))
    for e_Groups in a_Groups:
        _e_DescribedGroup_v0(out, e_Groups)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_ConsumerGroupDescribeResponse_v0(buf: Buffer, pos: int) -> int:
    pos += 4
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v0(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_ConsumerGroupDescribeResponse_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'ThrottleTimeMs':
        return pos
    pos += 4
    if stop == 'Groups':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = _s_DescribedGroup_v0(buf, pos)
    return pos


TopicPartitions.INFO = StructInfo('TopicPartitions', (
    FieldInfo('TopicId', 'uuid', (0, 0)),
    FieldInfo('TopicName', 'string', (0, 0)),
    FieldInfo('Partitions', '[]int32', (0, 0)),
), (0, 0))

Assignment.INFO = StructInfo('Assignment', (
    FieldInfo('TopicPartitions', '[]struct', (0, 0), struct=TopicPartitions),
), (0, 0))

Member.INFO = StructInfo('Member', (
    FieldInfo('MemberId', 'string', (0, 0)),
    FieldInfo('InstanceId', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('RackId', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('MemberEpoch', 'int32', (0, 0)),
    FieldInfo('ClientId', 'string', (0, 0)),
    FieldInfo('ClientHost', 'string', (0, 0)),
    FieldInfo('SubscribedTopicNames', '[]string', (0, 0)),
    FieldInfo('SubscribedTopicRegex', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('Assignment', 'struct', (0, 0), struct=Assignment),
    FieldInfo('TargetAssignment', 'struct', (0, 0), struct=Assignment),
), (0, 0))

DescribedGroup.INFO = StructInfo('DescribedGroup', (
    FieldInfo('ErrorCode', 'int16', (0, 0)),
    FieldInfo('ErrorMessage', 'string', (0, 0), nullable=(0, 0), default=None),
    FieldInfo('GroupId', 'string', (0, 0)),
    FieldInfo('GroupState', 'string', (0, 0)),
    FieldInfo('GroupEpoch', 'int32', (0, 0)),
    FieldInfo('AssignmentEpoch', 'int32', (0, 0)),
    FieldInfo('AssignorName', 'string', (0, 0)),
    FieldInfo('Members', '[]struct', (0, 0), struct=Member),
    FieldInfo('AuthorizedOperations', 'int32', (0, 0), default=-2147483648),
), (0, 0))

ConsumerGroupDescribeResponse.INFO = StructInfo('ConsumerGroupDescribeResponse', (
    FieldInfo('ThrottleTimeMs', 'int32', (0, 0)),
    FieldInfo('Groups', '[]struct', (0, 0), struct=DescribedGroup),
), (0, 0))

TopicPartitions.DECODERS = {
    0: _d_TopicPartitions_v0,
}

TopicPartitions.ENCODERS = {
    0: _e_TopicPartitions_v0,
}

TopicPartitions.SKIPPERS = {
    0: _s_TopicPartitions_v0,
}

TopicPartitions.SEEKERS = {
    0: _o_TopicPartitions_v0,
}

Assignment.DECODERS = {
    0: _d_Assignment_v0,
}

Assignment.ENCODERS = {
    0: _e_Assignment_v0,
}

Assignment.SKIPPERS = {
    0: _s_Assignment_v0,
}

Assignment.SEEKERS = {
    0: _o_Assignment_v0,
}

Member.DECODERS = {
    0: _d_Member_v0,
}

Member.ENCODERS = {
    0: _e_Member_v0,
}

Member.SKIPPERS = {
    0: _s_Member_v0,
}

Member.SEEKERS = {
    0: _o_Member_v0,
}

DescribedGroup.DECODERS = {
    0: _d_DescribedGroup_v0,
}

DescribedGroup.ENCODERS = {
    0: _e_DescribedGroup_v0,
}

DescribedGroup.SKIPPERS = {
    0: _s_DescribedGroup_v0,
}

DescribedGroup.SEEKERS = {
    0: _o_DescribedGroup_v0,
}

ConsumerGroupDescribeResponse.DECODERS = {
    0: _d_ConsumerGroupDescribeResponse_v0,
}

ConsumerGroupDescribeResponse.ENCODERS = {
    0: _e_ConsumerGroupDescribeResponse_v0,
}

ConsumerGroupDescribeResponse.SKIPPERS = {
    0: _s_ConsumerGroupDescribeResponse_v0,
}

ConsumerGroupDescribeResponse.SEEKERS = {
    0: _o_ConsumerGroupDescribeResponse_v0,
}
