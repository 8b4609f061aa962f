"""CorrelationTable: gateway-owned upstream ids, request order, unexpected responses."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gateway.protocol.correlation import (
    REQUEST_ID_OFFSET,
    RESPONSE_ID_OFFSET,
    CorrelationTable,
    with_correlation_id,
)
from gateway.protocol.errors import ProtocolError


def test_responses_are_matched_by_the_gateway_ids_and_written_in_order() -> None:
    table = CorrelationTable()
    ids = [table.forward(client_id, 3, 12) for client_id in (1, 2, 7)]
    assert len(set(ids)) == 3
    assert len(table) == 3
    for client_id, upstream_id in zip((1, 2, 7), ids, strict=True):
        entry = table.match_response(upstream_id)
        assert entry is not None and entry.correlation_id == client_id
        assert table.oldest() is entry
        assert table.complete() is entry
    assert len(table) == 0 and table.in_flight() == 0


def test_a_client_id_may_not_be_reused_while_in_flight() -> None:
    table = CorrelationTable()
    upstream_id = table.forward(4, 3, 1)
    with pytest.raises(ProtocolError, match="correlation id 4 reused while a request"):
        table.forward(4, 0, 7)
    table.match_response(upstream_id)
    with pytest.raises(ProtocolError, match="correlation id 4"):
        table.forward(4, 0, 7)  # answered but not yet written to the client
    table.complete()
    table.forward(4, 0, 7)  # now it is free


def test_acks0_then_same_id_is_refused_and_its_answer_dropped() -> None:
    # The attack of issue 7: a Produce acks=0 and a Metadata with the same id.
    table = CorrelationTable()
    produce = table.forward(5, 0, 7, expects_response=False)
    with pytest.raises(ProtocolError, match="correlation id 5 reused"):
        table.forward(5, 3, 0)
    # The mock broker answers acks=0: the answer matches nothing, it is counted.
    assert table.match_response(produce) is None
    assert table.acks0_responses == 1 and len(table) == 0
    table.forward(5, 3, 0)  # the broker has passed it: the id is free


def test_acks0_ids_are_freed_when_the_broker_answers_a_later_request() -> None:
    table = CorrelationTable()
    table.forward(1, 0, 7, expects_response=False)
    later = table.forward(2, 3, 1)
    assert table.in_flight() == 2
    assert table.match_response(later) is not None  # Apache Kafka never answers acks=0
    table.complete()
    assert table.in_flight() == 0
    table.forward(1, 0, 7, expects_response=False)


def test_acks0_entries_are_bounded() -> None:
    table = CorrelationTable(max_unanswered=3)
    ids = [table.forward(i, 0, 7, expects_response=False) for i in range(10)]
    assert table.in_flight() == 3
    assert table.match_response(ids[0]) is None  # forgotten: unknown, still not matched
    assert table.unexpected_responses == 1
    table.forward(0, 0, 7, expects_response=False)  # a forgotten id is free again


def test_unknown_and_out_of_order_responses() -> None:
    table = CorrelationTable()
    first = table.forward(1, 3, 12)
    second = table.forward(2, 3, 12)
    assert table.match_response(999) is None
    assert table.unexpected_responses == 1
    with pytest.raises(ProtocolError, match=f"answered correlation id {second} before {first}"):
        table.match_response(second)
    assert table.match_response(first) is not None


def test_local_answers_take_their_turn() -> None:
    table = CorrelationTable()
    first = table.forward(1, 3, 12)
    table.answer_locally(2, 18, 9, b"local-frame")
    third = table.forward(3, 3, 12)
    assert table.match_response(first) is table.oldest()
    table.complete()
    assert table.oldest().local_response == b"local-frame"
    table.complete()
    assert table.match_response(third) is table.oldest()
    with pytest.raises(ProtocolError, match="correlation id 3 reused"):
        table.answer_locally(3, 18, 9, b"x")  # 3 is answered, not yet written
    table.complete()
    table.answer_locally(2, 18, 9, b"x")  # written ids are free


def test_nothing_pending() -> None:
    table = CorrelationTable()
    with pytest.raises(ProtocolError, match="no request is waiting"):
        table.oldest()
    with pytest.raises(ProtocolError, match="no request is waiting"):
        table.complete()


def test_with_correlation_id_patches_requests_and_responses() -> None:
    request = b"\x00\x00\x00\x0a\x00\x03\x00\x01\x00\x00\x00\x07zz"
    assert with_correlation_id(request, REQUEST_ID_OFFSET, 258)[8:12] == b"\x00\x00\x01\x02"
    assert request[8:12] == b"\x00\x00\x00\x07"  # bytes are copied...
    assert with_correlation_id(request, REQUEST_ID_OFFSET, 258)[12:] == b"zz"
    big = bytearray(request)
    assert with_correlation_id(big, RESPONSE_ID_OFFSET, -1) is big  # ...bytearrays patched
    assert big[4:8] == b"\xff\xff\xff\xff"


@dataclass
class Request:
    client_id: int
    acks0: bool
    local: bool


requests = st.lists(st.builds(Request, st.integers(0, 6), st.booleans(), st.booleans()),
                    max_size=40)


@given(requests, st.lists(st.integers(0, 2**31 - 1), max_size=5), st.booleans())
def test_no_response_is_ever_given_to_another_request(
    sent: list[Request], spurious: list[int], broker_answers_acks0: bool
) -> None:
    """Whatever ids a client picks, each response it gets belongs to its own request."""
    table = CorrelationTable()
    upstream: list[tuple[int, Request]] = []  # what the broker received, in order
    accepted: list[Request] = []
    for request in sent:
        # Nothing is answered while sending, so every accepted id is still in flight.
        reused = any(r.client_id == request.client_id for r in accepted)
        try:
            if request.local:
                table.answer_locally(request.client_id, 18, 9, b"local")
            else:
                uid = table.forward(request.client_id, 0, 7, not request.acks0)
                upstream.append((uid, request))
        except ProtocolError:
            assert reused
            continue
        assert not reused
        accepted.append(request)
    assert len({uid for uid, _ in upstream}) == len(upstream)  # gateway ids are unique
    # The broker answers in order (acks=0 maybe), with spurious responses mixed in.
    delivered = []
    for uid, request in upstream:
        for junk in spurious:
            if junk not in {u for u, _ in upstream}:
                assert table.match_response(junk) is None
        if request.acks0 and not broker_answers_acks0:
            continue
        entry = table.match_response(uid)
        if request.acks0:
            assert entry is None
        else:
            assert entry is not None and entry.correlation_id == request.client_id
            delivered.append(entry)
    expected_delivered = [r for r in accepted if not r.local and not r.acks0]
    assert table.unexpected_responses == sum(
        1 for _ in upstream for junk in spurious if junk not in {u for u, _ in upstream})
    assert [e.correlation_id for e in delivered] == [r.client_id for r in expected_delivered]
    # Written in client order, local answers included.
    written = []
    while len(table):
        written.append(table.complete())
    assert [e.correlation_id for e in written] == [
        r.client_id for r in accepted if r.local or not r.acks0]
