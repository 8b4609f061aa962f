"""DescribeTransactionsRequest: generated from specs/DescribeTransactionsRequest.json by `python -m gateway.protocol.codegen`; do not edit."""

from __future__ import annotations

from ..codec_runtime import (
    MISSING,
    Buffer,
    FieldInfo,
    Message,
    StructInfo,
    arr_c,
    count_c,
    read_tags,
    skip_c,
    skip_tags,
    str_c,
    w_alen_c,
    w_each,
    w_str_c,
    w_tags,
)


class DescribeTransactionsRequest(Message, kw_only=True, gc=False):
    """DescribeTransactionsRequest (API key 65), v0-v0; from specs/DescribeTransactionsRequest.json."""

    API_KEY = 65
    KIND = 'request'
    VALID_VERSIONS = (0, 0)
    FLEXIBLE_FROM = 0
    LATEST_VERSION_UNSTABLE = False

    TransactionalIds: list[str] = MISSING
    unknown_tags: dict[int, Buffer] | None = None


def _d_DescribeTransactionsRequest_v0(buf: Buffer, pos: int) -> tuple[DescribeTransactionsRequest, int]:
    v_TransactionalIds, pos = arr_c(str_c, buf, pos)
    unknown: dict[int, Buffer] | None = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = read_tags(buf, pos)
    result = DescribeTransactionsRequest(
        TransactionalIds=v_TransactionalIds,
    )
    if unknown is not None:
        result.unknown_tags = unknown
    return result, pos


def _e_DescribeTransactionsRequest_v0(out: bytearray, m: DescribeTransactionsRequest) -> None:
    a_TransactionalIds = m.TransactionalIds
    w_alen_c(out, len(a_TransactionalIds))
    w_each(w_str_c, out, a_TransactionalIds)
    t = m.unknown_tags
    if not t:
        out.append(0)
    else:
        w_tags(out, dict(t))


def _s_DescribeTransactionsRequest_v0(buf: Buffer, pos: int) -> int:
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos + 1 if buf[pos] == 0 else skip_tags(buf, pos)


def _o_DescribeTransactionsRequest_v0(buf: Buffer, pos: int, stop: str | None) -> int:
    if stop == 'TransactionalIds':
        return pos
    n, pos = count_c(buf, pos)
    for _ in range(n):
        pos = skip_c(buf, pos)
    return pos


DescribeTransactionsRequest.INFO = StructInfo('DescribeTransactionsRequest', (
    FieldInfo('TransactionalIds', '[]string', (0, 0)),
), (0, 0))

DescribeTransactionsRequest.DECODERS = {
    0: _d_DescribeTransactionsRequest_v0,
}

DescribeTransactionsRequest.ENCODERS = {
    0: _e_DescribeTransactionsRequest_v0,
}

DescribeTransactionsRequest.SKIPPERS = {
    0: _s_DescribeTransactionsRequest_v0,
}

DescribeTransactionsRequest.SEEKERS = {
    0: _o_DescribeTransactionsRequest_v0,
}
