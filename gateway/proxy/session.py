"""One client connection and its dedicated upstream connection.

The broker connection is opened on the client's first request, so an idle connection
costs one socket, not two. Then three tasks. `_forward_requests` reads client frames,
checks every header, records what response to expect under a correlation id the
gateway chooses, and writes the frame upstream with that id. `_read_upstream` reads
broker frames as soon as they come, so a broker that hangs up ends the session at once;
it drops responses no request awaits and hands the others over one at a time.
`_return_responses` writes responses back in request order: answers the gateway makes
itself, or the broker's, rewritten where they carry broker addresses and with the
client's correlation id restored. A bounded channel caps the requests in flight; a slow
client stops `_return_responses`, which stops `_read_upstream`, so nothing buffers
without bound. When the client closes its side, the responses it is owed are written
first. Every close is logged once, at INFO, with who ended it and why.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from functools import partial

import trio

from gateway import metrics
from gateway.audit import ConnectionAuditor
from gateway.protocol import api_keys
from gateway.protocol.correlation import (
    REQUEST_ID_OFFSET,
    RESPONSE_ID_OFFSET,
    CorrelationTable,
    PendingRequest,
    with_correlation_id,
)
from gateway.protocol.errors import FrameTooLarge, ProtocolError
from gateway.protocol.headers import RequestHeader, peek_request_start, response_correlation_id
from gateway.protocol.internal_topics import RULES as TOPIC_NAMING_APIS
from gateway.protocol.internal_topics import InternalTopicGuard, Verdict
from gateway.protocol.request_check import (
    check_request,
    is_too_new_api_versions,
    produce_expects_response,
)
from gateway.protocol.rewrite import (
    rewrite_api_versions,
    rewrite_describe_cluster,
    rewrite_find_coordinator,
    rewrite_metadata,
    rewrite_node_endpoints,
)
from gateway.protocol.versions import unsupported_version_frame

from .framed import FramedStream, LimitExceeded, PeerGone
from .state import GatewayState

log = logging.getLogger("sluice.proxy")

# Who ended a session, as logged and audited.
CLIENT, BROKER, TIMEOUT, LIMIT, PROTOCOL_ERROR, GATEWAY = (
    "client", "broker", "timeout", "limit", "protocol error", "gateway"
)


class SessionClosed(Exception):
    """Ends a session; `who` is the side or rule that ended it, the message the reason."""

    def __init__(self, who: str, reason: str) -> None:
        super().__init__(reason)
        self.who = who


# Opens the broker connection: the stream and a label naming the broker; raises
# SessionClosed when no broker can be reached.
OpenUpstream = Callable[[], Awaitable[tuple[FramedStream, str]]]


class Session:
    """Proxies one client connection to one broker."""

    def __init__(
        self,
        state: GatewayState,
        client: FramedStream,
        open_upstream: OpenUpstream,
        peer: str,
        auditor: ConnectionAuditor,
        client_host: str,
        label: str = "no broker connection",
    ) -> None:
        self.auditor = auditor
        self.state = state
        self.client = client
        self.open_upstream = open_upstream
        self.upstream: FramedStream | None = None
        self.peer = peer
        self.broker_label = label
        self.table = CorrelationTable(state.config.gateway_max_inflight_requests)
        self.closed_by: str | None = None
        self.close_reason = ""
        # Who the client is, for routing: its client id (from its first request) and host.
        self.client_host = client_host
        self.client_key = client_host
        self.identified = False
        self.debug = log.isEnabledFor(logging.DEBUG)
        self.meter = metrics.connection_opened()
        self._client_closed_at: float | None = None
        self._due_at_client_close = 0
        self._nursery: trio.Nursery | None = None
        # Broker responses handed from `_read_upstream` to `_return_responses` (made with
        # the broker connection: an idle client costs neither).
        self._frames_receive: trio.MemoryReceiveChannel[tuple[PendingRequest, bytes]] | None = None
        self.topic_guard = InternalTopicGuard(state.internal_topics)
        self.refusals = 0

    async def run(self) -> None:
        """Proxy until either side closes or misbehaves."""
        started = trio.current_time()
        self.auditor.opened()
        limit = self.state.config.gateway_max_inflight_requests
        send, receive = trio.open_memory_channel[None](limit)
        try:
            async with trio.open_nursery() as nursery:
                self._nursery = nursery
                nursery.start_soon(self._guard, partial(self._forward_requests, send), False)
                nursery.start_soon(self._guard, partial(self._return_responses, receive), True)
        finally:
            # Logged before the close, so a peer that sees the close finds the line.
            self._report_close(trio.current_time() - started)
            with trio.CancelScope(shield=True):
                await self._close_sockets()

    def _end(self, who: str, reason: str) -> None:
        if self.closed_by is None:  # the first cause is the reason
            self.closed_by, self.close_reason = who, reason

    async def _guard(self, task: Callable[[], Awaitable[None]], end_on_return: bool) -> None:
        """Run one task; an error, or the end of one that must end all, ends the session."""
        try:
            await task()
            if not end_on_return:
                return
        except SessionClosed as exc:
            self._end(exc.who, str(exc))
        except LimitExceeded as exc:
            self._end(TIMEOUT, str(exc))
        except PeerGone as exc:
            self._end(CLIENT, f"connection lost: {exc}")
        except FrameTooLarge as exc:
            self._end(LIMIT, str(exc))
            self.auditor.protocol_error(str(exc))
            metrics.protocol_error(exc)
        except ProtocolError as exc:
            self._end(PROTOCOL_ERROR, str(exc))
            self.auditor.protocol_error(str(exc))
            metrics.protocol_error(exc)
        assert self._nursery is not None
        self._nursery.cancel_scope.cancel()

    async def _close_sockets(self) -> None:
        await self.client.aclose()
        if self.upstream is not None:
            if self.closed_by != BROKER and self.table.in_flight() == 0:
                # Nothing is owed either way: reset instead of closing, so the gateway's
                # side keeps no TIME-WAIT socket toward the broker (see framed.py).
                self.upstream.reset_on_close_if_drained()
            await self.upstream.aclose()

    def _report_close(self, duration_s: float) -> None:
        who = self.closed_by or GATEWAY
        reason = self.close_reason or "gateway shutting down"
        self.auditor.closed(duration_s, self.client.bytes_in, self.client.bytes_out,
                            f"{who}: {reason}")
        self.meter.closed(who, reason)
        self.state.limiter.log(
            logging.INFO, f"closed ({who}): {re.sub(r'[0-9]+', 'N', reason)}", self.client_host,
            "connection from %s to %s closed (%s): %s; %.1f s, %d bytes in, %d out",
            self.peer, self.broker_label, who, reason, duration_s, self.client.bytes_in,
            self.client.bytes_out,
        )

    async def _forward_requests(self, responses_due: trio.MemorySendChannel[None]) -> None:
        async with responses_due:
            while (frame := await self.client.read_frame()) is not None:
                await self._forward(frame, responses_due)
            # The client closed its side: the responses it is owed are still written.
            self._client_closed_at = trio.current_time()
            self._due_at_client_close = len(self.table)

    async def _forward(self, frame: bytes, responses_due: trio.MemorySendChannel[None]) -> None:
        state = self.state
        api_key, version, correlation_id = peek_request_start(frame)
        self.meter.received(api_key, len(frame))
        if self.debug:
            log.debug("%s -> %s: %s v%d (correlation id %d, %d bytes)", self.peer,
                      self.broker_label, api_keys.api_name(api_key), version,
                      correlation_id, len(frame))
        if is_too_new_api_versions(api_key, version, state.api_ranges):
            # KIP-511: answer a too-new ApiVersions request ourselves with a v0 body
            # listing what we support, so the client retries with a version we speak.
            answer = unsupported_version_frame(correlation_id, state.api_ranges)
            self.table.answer_locally(correlation_id, api_key, version, answer)
            self.meter.queued_local()
            await responses_due.send(None)
            return
        header = check_request(frame, state.api_ranges)
        if not self.identified:
            self.client_key = f"{header.client_id}|{self.client_host}"
            self.identified = True
        if api_key in TOPIC_NAMING_APIS:
            checked = await self._check_internal_topics(frame, header, responses_due)
            if checked is None:
                return
            frame = checked
        if self.auditor.wants(api_key):
            self.auditor.request(frame, header)
        expects_response = (api_key != api_keys.PRODUCE
                            or produce_expects_response(frame, header))
        upstream = self.upstream or await self._connect()
        upstream_id = self.table.forward(correlation_id, api_key, version, expects_response)
        if expects_response:
            self.meter.queued()
            await responses_due.send(None)
        try:
            await upstream.send(with_correlation_id(frame, REQUEST_ID_OFFSET, upstream_id))
        except PeerGone as exc:
            raise SessionClosed(BROKER, f"connection to {self.broker_label} lost: {exc}") from exc

    async def _connect(self) -> FramedStream:
        self.upstream, self.broker_label = await self.open_upstream()
        frames, self._frames_receive = trio.open_memory_channel[tuple[PendingRequest, bytes]](0)
        assert self._nursery is not None
        self._nursery.start_soon(self._guard, partial(self._read_upstream, frames), True)
        return self.upstream

    async def _read_upstream(
        self, frames: trio.MemorySendChannel[tuple[PendingRequest, bytes]]
    ) -> None:
        upstream = self.upstream
        assert upstream is not None
        async with frames:
            while True:
                try:
                    frame = await upstream.read_frame()
                    if frame is None:
                        raise SessionClosed(BROKER, f"{self.broker_label} closed the connection")
                    unexpected = self.table.unexpected_responses
                    pending = self.table.match_response(response_correlation_id(frame))
                except PeerGone as exc:
                    raise SessionClosed(
                        BROKER, f"connection to {self.broker_label} lost: {exc}") from exc
                except ProtocolError as exc:
                    raise SessionClosed(BROKER, f"{self.broker_label}: {exc}") from exc
                if pending is None:
                    if self.table.unexpected_responses > unexpected:
                        self._dropped(frame)
                    continue
                self.meter.upstream_answered()
                await frames.send((pending, frame))

    def _dropped(self, frame: bytes) -> None:
        self.state.limiter.log(
            logging.WARNING, "unexpected response", self.client_host,
            "dropped a response from %s to %s that no request awaits (upstream "
            "correlation id %d; %d on this connection)", self.broker_label, self.peer,
            response_correlation_id(frame), self.table.unexpected_responses,
        )

    async def _return_responses(self, responses_due: trio.MemoryReceiveChannel[None]) -> None:
        async with responses_due:
            async for _ in responses_due:
                await self._return_one_response()
        due = self._due_at_client_close
        owed = "the response due was" if due == 1 else f"the {due} responses due were"
        self._end(CLIENT, "client closed the connection" if not due else
                  f"client closed its side; {owed} delivered first")

    async def _return_one_response(self) -> None:
        pending = self.table.oldest()
        if pending.local_response is not None:
            self.table.complete()
            await self.client.send(pending.local_response)
            self.meter.responded(len(pending.local_response))
            return
        assert self._frames_receive is not None  # a forwarded request: the broker is connected
        with trio.move_on_at(self._response_deadline()) as scope:
            answered, frame = await self._frames_receive.receive()
        if scope.cancelled_caught:
            raise SessionClosed(TIMEOUT, f"{self.broker_label} did not answer within "
                                "GATEWAY_REQUEST_TIMEOUT_MS after the client closed its side")
        assert answered is pending
        self.table.complete()
        try:
            frame = self._rewrite(frame, pending)
            frame = self.topic_guard.filter_response(
                frame, pending.api_key, pending.api_version, pending.correlation_id)
        except ProtocolError as exc:
            log.error(
                "malformed %s v%d response from %s for client %s: %s",
                api_keys.api_name(pending.api_key), pending.api_version,
                self.broker_label, self.peer, exc,
            )
            raise SessionClosed(BROKER, "malformed response from broker") from exc
        await self.client.send(
            with_correlation_id(frame, RESPONSE_ID_OFFSET, pending.correlation_id))
        self.meter.responded(len(frame))

    def _response_deadline(self) -> float:
        if self._client_closed_at is None:
            return float("inf")
        return self._client_closed_at + self.state.config.gateway_request_timeout_ms / 1000

    async def _check_internal_topics(
        self, frame: bytes, header: RequestHeader, responses_due: trio.MemorySendChannel[None]
    ) -> bytes | None:
        """Keep clients out of internal topics: the frame to forward, or None if handled."""
        verdict = self.topic_guard.check_request(frame, header)
        if verdict is None:
            return frame
        self._report_refusal(header, verdict)
        if verdict.action == "forward":
            return verdict.frame
        if verdict.action == "close":
            raise SessionClosed(GATEWAY, f"refused: {verdict.reason}")
        if verdict.action == "answer":
            self.table.answer_locally(
                header.correlation_id, header.api_key, header.api_version, verdict.frame
            )
            self.meter.queued_local()
            await responses_due.send(None)
        return None

    def _report_refusal(self, header: RequestHeader, verdict: Verdict) -> None:
        """Audit every refusal; log the first of a connection, then one in a hundred."""
        self.auditor.access_denied(header, list(verdict.topics), verdict.action)
        self.refusals += 1
        if self.refusals == 1 or self.refusals % 100 == 0:
            log.warning(
                "refused %s v%d from %s (client id %r) naming internal topic%s %s (%s); "
                "%d refusal%s on this connection",
                api_keys.api_name(header.api_key), header.api_version, self.peer,
                header.client_id, "s" if len(verdict.topics) > 1 else "",
                ", ".join(verdict.topics), verdict.reason or verdict.action, self.refusals,
                "s" if self.refusals > 1 else "",
            )

    def _rewrite(self, frame: bytes, pending: PendingRequest) -> bytes:
        state = self.state
        key, version = pending.api_key, pending.api_version
        if key == api_keys.API_VERSIONS:
            frame, advertised = rewrite_api_versions(frame, version)
            state.learn_api_versions(advertised)
            return frame
        if key not in ADDRESS_CARRIERS:
            return frame
        if key in (api_keys.PRODUCE, api_keys.FETCH):
            # The hot path: the mapping is built only if the response names brokers.
            return rewrite_node_endpoints(
                frame, key, version, lambda node: state.address_map(self.client_key)(node)
            )
        if key == api_keys.METADATA:
            return state.rewrite_learning_brokers(
                partial(rewrite_metadata, frame, version), "NodeId", self.client_key)
        if key == api_keys.DESCRIBE_CLUSTER:
            return state.rewrite_learning_brokers(
                partial(rewrite_describe_cluster, frame, version), "BrokerId", self.client_key)
        return rewrite_find_coordinator(frame, version, state.address_map(self.client_key))


# Responses that can carry broker addresses (Produce/Fetch only from v10/v16, KIP-951).
ADDRESS_CARRIERS = frozenset({
    api_keys.PRODUCE, api_keys.FETCH, api_keys.METADATA, api_keys.FIND_COORDINATOR,
    api_keys.DESCRIBE_CLUSTER,
})
