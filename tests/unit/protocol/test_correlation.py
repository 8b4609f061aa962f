"""CorrelationTable: responses must come back in request order."""

from __future__ import annotations

import pytest

from gateway.protocol.correlation import CorrelationTable, PendingRequest
from gateway.protocol.errors import ProtocolError


def test_responses_complete_in_request_order() -> None:
    table = CorrelationTable()
    table.expect(1, 3, 12)
    table.expect(2, 0, 9)
    table.expect(7, 1, 16)
    assert len(table) == 3
    assert table.oldest() == PendingRequest(1, 3, 12)
    assert table.complete(1) == PendingRequest(1, 3, 12)
    assert table.complete(2) == PendingRequest(2, 0, 9)
    assert table.complete(7) == PendingRequest(7, 1, 16)
    assert len(table) == 0


def test_out_of_order_response_is_refused_and_leaves_the_table_intact() -> None:
    table = CorrelationTable()
    table.expect(1, 3, 12)
    table.expect(2, 3, 12)
    with pytest.raises(ProtocolError, match="correlation id 2 while 1 was expected"):
        table.complete(2)
    assert len(table) == 2
    assert table.oldest().correlation_id == 1
    assert table.complete(1).correlation_id == 1
    assert table.complete(2).correlation_id == 2


def test_unknown_correlation_id_is_refused() -> None:
    table = CorrelationTable()
    table.expect(5, 18, 3)
    with pytest.raises(ProtocolError):
        table.complete(6)
    assert len(table) == 1


def test_response_with_nothing_pending() -> None:
    table = CorrelationTable()
    with pytest.raises(ProtocolError, match="no request is waiting"):
        table.complete(0)
    with pytest.raises(ProtocolError, match="no request is waiting"):
        table.oldest()
    table.expect(1, 3, 0)
    table.complete(1)
    with pytest.raises(ProtocolError):
        table.complete(1)  # a second answer to the same request


def test_local_answers_take_their_turn() -> None:
    table = CorrelationTable()
    table.expect(1, 3, 12)
    table.answer_locally(2, 18, 9, b"local-frame")
    table.expect(3, 3, 12)
    first = table.complete(1)
    assert first.local_response is None
    local = table.oldest()
    assert local.correlation_id == 2 and local.local_response == b"local-frame"
    with pytest.raises(ProtocolError):
        table.complete(3)  # the upstream answer may not overtake the local one
    assert table.complete(2).local_response == b"local-frame"
    assert table.complete(3).correlation_id == 3


def test_duplicate_correlation_ids_are_matched_in_order() -> None:
    # Clients may reuse ids; the queue still pairs each response with the oldest.
    table = CorrelationTable()
    table.expect(4, 3, 1)
    table.expect(4, 0, 7)
    assert table.complete(4).api_key == 3
    assert table.complete(4).api_key == 0
