"""Per-connection table of requests awaiting an answer.

Kafka answers the requests of one connection in the order they were sent, so the
table is a queue: a response must carry the correlation id of the oldest entry.
Produce with acks=0 gets no response and never enters the table. Entries the gateway
answers itself carry their answer, so they take their turn in the same order.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from .errors import ProtocolError


@dataclass(frozen=True, slots=True)
class PendingRequest:
    """A request waiting for its response."""

    correlation_id: int
    api_key: int
    api_version: int
    local_response: bytes | None = None


class CorrelationTable:
    """The requests of one connection that still await a response, oldest first."""

    def __init__(self) -> None:
        self._pending: deque[PendingRequest] = deque()

    def __len__(self) -> int:
        return len(self._pending)

    def expect(self, correlation_id: int, api_key: int, api_version: int) -> None:
        """Record a request forwarded upstream whose response is expected."""
        self._pending.append(PendingRequest(correlation_id, api_key, api_version))

    def answer_locally(
        self, correlation_id: int, api_key: int, api_version: int, response: bytes
    ) -> None:
        """Record a request the gateway answers itself with `response` (a whole frame)."""
        self._pending.append(PendingRequest(correlation_id, api_key, api_version, response))

    def oldest(self) -> PendingRequest:
        """The request whose response must be written next."""
        if not self._pending:
            raise ProtocolError("no request is waiting for a response")
        return self._pending[0]

    def complete(self, correlation_id: int) -> PendingRequest:
        """Match a response to the oldest request and remove it."""
        oldest = self.oldest()
        if oldest.correlation_id != correlation_id:
            raise ProtocolError(
                f"response with correlation id {correlation_id} while "
                f"{oldest.correlation_id} was expected"
            )
        return self._pending.popleft()
