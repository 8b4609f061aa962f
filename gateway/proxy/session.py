"""One client connection and its dedicated upstream connection.

Two tasks per session. `_forward_requests` reads client frames, checks the header,
records what response to expect, and writes the frame upstream unchanged. `_return_responses`
writes responses back in request order: answers the gateway makes itself, or the
broker's next frame, rewritten where it carries broker addresses. A bounded channel
between them caps the requests in flight; a slow client stops `_return_responses`,
which stops reading the broker, so nothing buffers without bound.
Either side closing, or any protocol error, ends both tasks and closes both sockets.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from functools import partial

import trio

from gateway import metrics
from gateway.audit import ConnectionAuditor
from gateway.protocol import api_keys
from gateway.protocol.correlation import CorrelationTable, PendingRequest
from gateway.protocol.errors import ProtocolError
from gateway.protocol.headers import (
    parse_request_header,
    peek_request_start,
    response_correlation_id,
)
from gateway.protocol.messages import PRODUCE_REQUEST_START
from gateway.protocol.proxy_header import format_address as format_ip_port
from gateway.protocol.rewrite import (
    rewrite_api_versions,
    rewrite_describe_cluster,
    rewrite_find_coordinator,
    rewrite_metadata,
    rewrite_node_endpoints,
)
from gateway.protocol.versions import unsupported_version_frame

from .framed import FramedStream, PeerGone
from .state import GatewayState

log = logging.getLogger("sluice.proxy")


def format_address(address: object) -> str:
    """`IP:PORT` (or `[v6]:PORT`) for a socket address tuple."""
    if isinstance(address, tuple) and len(address) >= 2:
        return format_ip_port((str(address[0]), int(address[1])))
    return str(address)


class SessionClosed(Exception):
    """Ends a session; the message is the logged reason."""


class Session:
    """Proxies one client connection to one broker."""

    def __init__(
        self,
        state: GatewayState,
        client: FramedStream,
        upstream: FramedStream,
        peer: str,
        broker_label: str,
        auditor: ConnectionAuditor,
        client_host: str,
    ) -> None:
        self.auditor = auditor
        self.state = state
        self.client = client
        self.upstream = upstream
        self.peer = peer
        self.broker_label = broker_label
        self.table = CorrelationTable()
        self.close_reason = "closed"
        # Who the client is, for routing: its client id (from its first request) and host.
        self.client_host = client_host
        self.client_key = client_host
        self.identified = False
        self.debug = log.isEnabledFor(logging.DEBUG)
        self.meter = metrics.connection_opened()

    async def run(self) -> None:
        """Proxy until either side closes or misbehaves."""
        started = time.monotonic()
        self.auditor.opened()
        limit = self.state.config.gateway_max_inflight_requests
        send, receive = trio.open_memory_channel[None](limit)
        try:
            async with trio.open_nursery() as nursery:
                scope = nursery.cancel_scope
                nursery.start_soon(self._guard, partial(self._forward_requests, send), scope)
                nursery.start_soon(self._guard, partial(self._return_responses, receive), scope)
        finally:
            with trio.CancelScope(shield=True):
                await self.client.aclose()
                await self.upstream.aclose()
            self.auditor.closed(time.monotonic() - started, self.client.bytes_in,
                                self.client.bytes_out, self.close_reason)
            self.meter.closed(self.close_reason)
            log.debug(
                "connection from %s to %s closed after %.1fs (%s); %d bytes in, %d out",
                self.peer, self.broker_label, time.monotonic() - started, self.close_reason,
                self.client.bytes_in, self.client.bytes_out,
            )

    async def _guard(
        self, task: Callable[[], Awaitable[None]], cancel_scope: trio.CancelScope
    ) -> None:
        """Run one direction; whichever ends first records why and ends the other."""
        try:
            await task()
        except SessionClosed as exc:
            self.close_reason = str(exc)
        except PeerGone as exc:
            self.close_reason = f"connection lost: {exc}"
        except ProtocolError as exc:
            self.close_reason = f"protocol error: {exc}"
            log.warning("closing connection from %s: %s", self.peer, exc)
            self.auditor.protocol_error(str(exc))
            metrics.protocol_error(exc)
        finally:
            cancel_scope.cancel()

    async def _forward_requests(self, responses_due: trio.MemorySendChannel[None]) -> None:
        # A plain `with`: closing must not checkpoint, or the response side, woken by the
        # close, could cancel this task before _guard records why the session ended.
        with responses_due:
            await self._forward_requests_until_closed(responses_due)

    async def _forward_requests_until_closed(
        self, responses_due: trio.MemorySendChannel[None]
    ) -> None:
        state = self.state
        while True:
            frame = await self.client.read_frame()
            if frame is None:
                raise SessionClosed("client closed the connection")
            api_key, version, correlation_id = peek_request_start(frame)
            if self.debug:
                log.debug("%s -> %s: %s v%d (correlation id %d, %d bytes)", self.peer,
                          self.broker_label, api_keys.api_name(api_key), version,
                          correlation_id, len(frame))
            if api_key not in api_keys.API_KEYS:
                raise ProtocolError(
                    f"unknown API key {api_key} (correlation id {correlation_id})"
                )
            self.meter.received(api_key, len(frame))
            supported = state.api_ranges.get(api_key)
            if api_key == api_keys.API_VERSIONS and (supported is None or version > supported[1]):
                # KIP-511: answer a too-new ApiVersions request ourselves with a v0 body
                # listing what we support, so the client retries with a version we speak.
                answer = unsupported_version_frame(correlation_id, state.api_ranges)
                self.table.answer_locally(correlation_id, api_key, version, answer)
                self.meter.queued()
                await responses_due.send(None)
                continue
            if supported is None or not supported[0] <= version <= supported[1]:
                allowed = f"v{supported[0]}-v{supported[1]}" if supported else "none"
                raise ProtocolError(
                    f"{api_keys.api_name(api_key)} v{version} is not supported "
                    f"(supported: {allowed})"
                )
            if not self.identified:
                self.client_key = f"{parse_request_header(frame).client_id}|{self.client_host}"
                self.identified = True
            if self.auditor.wants(api_key):
                self.auditor.request(frame, parse_request_header(frame))
            if api_key != api_keys.PRODUCE or _produce_expects_response(frame, version):
                self.table.expect(correlation_id, api_key, version)
                self.meter.queued()
                await responses_due.send(None)
            await self.upstream.send(frame)

    async def _return_responses(self, responses_due: trio.MemoryReceiveChannel[None]) -> None:
        async with responses_due:
            async for _ in responses_due:
                await self._return_one_response()

    async def _return_one_response(self) -> None:
        pending = self.table.oldest()
        if pending.local_response is not None:
            self.table.complete(pending.correlation_id)
            await self.client.send(pending.local_response)
            self.meter.responded(len(pending.local_response))
            return
        frame = await self.upstream.read_frame()
        if frame is None:
            raise SessionClosed(f"broker {self.broker_label} closed the connection")
        self.meter.upstream_answered()
        pending = self.table.complete(response_correlation_id(frame))
        try:
            frame = self._rewrite(frame, pending)
        except ProtocolError as exc:
            log.error(
                "malformed %s v%d response from broker %s for client %s: %s",
                api_keys.api_name(pending.api_key), pending.api_version,
                self.broker_label, self.peer, exc,
            )
            raise SessionClosed("malformed response from broker") from exc
        await self.client.send(frame)
        self.meter.responded(len(frame))

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
        address_of = state.address_map(self.client_key)
        if key == api_keys.METADATA:
            frame, brokers = rewrite_metadata(frame, version, address_of)
            state.learn_brokers(brokers, "NodeId")
        elif key == api_keys.FIND_COORDINATOR:
            frame = rewrite_find_coordinator(frame, version, address_of)
        elif key == api_keys.DESCRIBE_CLUSTER:
            frame, brokers = rewrite_describe_cluster(frame, version, address_of)
            state.learn_brokers(brokers, "BrokerId")
        return frame


# Responses that can carry broker addresses (Produce/Fetch only from v10/v16, KIP-951).
ADDRESS_CARRIERS = frozenset({
    api_keys.PRODUCE, api_keys.FETCH, api_keys.METADATA, api_keys.FIND_COORDINATOR,
    api_keys.DESCRIBE_CLUSTER,
})


def _produce_expects_response(frame: bytes, version: int) -> bool:
    """Whether a Produce request wants an answer (acks=0 gets none)."""
    header = parse_request_header(frame)
    codec = PRODUCE_REQUEST_START.codec(version)
    start, _ = codec.decode_prefix(frame, header.body_offset, codec.field_index("Acks") + 1)
    return bool(start["Acks"] != 0)
