"""Per-connection table of requests in flight, with gateway-owned upstream ids.

The gateway gives every request it forwards its own correlation id upstream (as
Kroxylicious does) and puts the client's id back into the response. A client therefore
cannot make two requests look alike to the gateway: a response is matched only by the
id the gateway chose, and a response the gateway did not expect (the librdkafka mock
answers Produce with acks=0, for example) is dropped and counted, never taken for the
answer to something else.

Kafka answers the requests of one connection in order, so responses are written to the
client in request order, including the answers the gateway makes itself. A client may
not reuse a correlation id while a request with it is in flight (a Produce with acks=0
counts as in flight until the broker has answered a later request, or the table
forgets it to stay bounded).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import ProtocolError

_ID = struct.Struct(">i")
# Where the correlation id sits in a frame (after the 4-byte size prefix): in a request
# after the API key and version, in a response first.
REQUEST_ID_OFFSET = 8
RESPONSE_ID_OFFSET = 4
MAX_ID = 0x7FFFFFFF


@dataclass(slots=True)
class PendingRequest:
    """A request waiting for its response (or, with acks=0, for the broker to pass it)."""

    correlation_id: int
    api_key: int
    api_version: int
    upstream_id: int | None = None
    local_response: bytes | None = None
    expects_response: bool = True
    sequence: int = 0
    # What the gateway's interceptors noted about this request, for its response (a topic
    # renamed on the way in is named back on the way out).
    context: Any = None
    # Set for a side request: the gateway's own request, whose response goes here, not to
    # the client.
    continuation: Callable[[bytes], Any] | None = None


class CorrelationTable:
    """The requests of one connection in flight: client order and upstream order."""

    def __init__(self, max_unanswered: int = 1000) -> None:
        self.max_unanswered = max_unanswered
        self.unexpected_responses = 0  # ids the gateway never gave (or has forgotten)
        self.acks0_responses = 0  # answers to acks=0 Produce requests (the mock sends them)
        # Lists, not deques: they hold a few entries, and an idle connection's empty deques
        # would cost 2 KiB.
        self._to_write: list[PendingRequest] = []  # responses due, client order
        self._awaiting: list[PendingRequest] = []  # forwarded, expecting an answer
        self._unanswered: list[PendingRequest] = []  # forwarded with acks=0
        self._by_upstream_id: dict[int, PendingRequest] = {}
        self._client_ids: set[int] = set()
        self._next_id = 0
        self._sequence = 0

    def __len__(self) -> int:
        return len(self._to_write)

    def _admit(self, correlation_id: int) -> int:
        if correlation_id in self._client_ids:
            raise ProtocolError(
                f"correlation id {correlation_id} reused while a request with it is in flight"
            )
        self._client_ids.add(correlation_id)
        self._sequence += 1
        return self._sequence

    def _new_upstream_id(self) -> int:
        upstream_id = self._next_id
        while upstream_id in self._by_upstream_id:  # only after 2**31 requests
            upstream_id = (upstream_id + 1) & MAX_ID
        self._next_id = (upstream_id + 1) & MAX_ID
        return upstream_id

    def forward(
        self, correlation_id: int, api_key: int, api_version: int, expects_response: bool = True,
        context: Any = None,
    ) -> int:
        """Record a request to forward; returns the correlation id to send upstream."""
        sequence = self._admit(correlation_id)
        upstream_id = self._new_upstream_id()
        entry = PendingRequest(correlation_id, api_key, api_version, upstream_id,
                               expects_response=expects_response, sequence=sequence,
                               context=context)
        self._by_upstream_id[upstream_id] = entry
        if expects_response:
            self._to_write.append(entry)
            self._awaiting.append(entry)
        else:
            self._unanswered.append(entry)
            if len(self._unanswered) > self.max_unanswered:
                self._retire(self._unanswered.pop(0))
        return upstream_id

    def answer_locally(
        self, correlation_id: int, api_key: int, api_version: int, response: bytes
    ) -> None:
        """Record a request the gateway answers itself with `response` (a whole frame)."""
        sequence = self._admit(correlation_id)
        self._to_write.append(PendingRequest(correlation_id, api_key, api_version,
                                             local_response=response, sequence=sequence))

    def send_side(
        self, api_key: int, api_version: int, continuation: Callable[[bytes], Any]
    ) -> int:
        """Record a request of the gateway's own; returns its upstream correlation id.

        Its response is matched in broker order like any other, but is never written to the
        client: `match_response` returns the entry, whose `continuation` takes it.
        """
        self._sequence += 1
        upstream_id = self._new_upstream_id()
        entry = PendingRequest(-1, api_key, api_version, upstream_id, sequence=self._sequence,
                               continuation=continuation)
        self._by_upstream_id[upstream_id] = entry
        self._awaiting.append(entry)
        return upstream_id

    def match_response(self, upstream_id: int) -> PendingRequest | None:
        """The request a broker response answers, or None for a response nobody expects.

        Raises ProtocolError when the broker answers out of order.
        """
        entry = self._by_upstream_id.get(upstream_id)
        if entry is None:
            self.unexpected_responses += 1
            return None
        self._retire_unanswered_before(entry.sequence)
        if not entry.expects_response:
            self._retire(self._unanswered.pop(0))  # an answer to acks=0: dropped
            self.acks0_responses += 1
            return None
        if self._awaiting[0] is not entry:
            raise ProtocolError(
                f"broker answered correlation id {upstream_id} before "
                f"{self._awaiting[0].upstream_id}"
            )
        self._awaiting.pop(0)
        del self._by_upstream_id[upstream_id]
        return entry

    def _retire_unanswered_before(self, sequence: int) -> None:
        # The broker answered a later request, so it has processed these: their ids are free.
        while self._unanswered and self._unanswered[0].sequence < sequence:
            self._retire(self._unanswered.pop(0))

    def _retire(self, entry: PendingRequest) -> None:
        self._client_ids.discard(entry.correlation_id)
        if entry.upstream_id is not None:
            self._by_upstream_id.pop(entry.upstream_id, None)

    def local_answer_next(self) -> bool:
        """Whether the next response to write is one the gateway made itself."""
        return bool(self._to_write) and self._to_write[0].local_response is not None

    def oldest(self) -> PendingRequest:
        """The request whose response must be written next."""
        if not self._to_write:
            raise ProtocolError("no request is waiting for a response")
        return self._to_write[0]

    def complete(self) -> PendingRequest:
        """Remove the oldest request once its response is written."""
        entry = self.oldest()
        self._to_write.pop(0)
        self._client_ids.discard(entry.correlation_id)
        return entry

    def awaiting_answers(self) -> int:
        """Requests forwarded whose answer is still awaited (acks=0 Produce not counted)."""
        return len(self._awaiting)

    def in_flight(self) -> int:
        """Requests forwarded whose answer (or, for acks=0, passing) is still awaited."""
        return len(self._awaiting) + len(self._unanswered)


def with_correlation_id(frame: bytes, offset: int, correlation_id: int) -> bytes:
    """`frame` with the correlation id at `offset` replaced (in place for a bytearray).

    The result may be a bytearray: a bytes-like frame for every writer of frames.
    """
    patched = frame if isinstance(frame, bytearray) else bytearray(frame)
    _ID.pack_into(patched, offset, correlation_id)
    return patched  # type: ignore[return-value]
