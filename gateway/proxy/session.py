"""One client connection: a pump between its two sockets and its `ProxyConnection`.

The rules of the connection live in `ProxyConnection` (gateway/protocol/connection.py)
and its interceptor chain (gateway/interceptors/); this module only moves bytes and
carries out the actions it is handed, in order. Two tasks:

* the client loop reads whole frames (`FramedStream` bounds their memory and time) and
  feeds them to the connection, those that arrived together as one batch (judged
  together, whatever the broker answers meanwhile); it stops reading while
  `wants_client_data` is false (the in-flight bound) and, once the client has closed its
  side, ticks the connection at its `deadline` (the owed responses have
  GATEWAY_REQUEST_TIMEOUT_MS to arrive);
* the broker loop, started with the broker connection (opened on the first request that
  goes upstream, so an idle client costs one socket), reads broker frames and feeds them.
  When the gateway's own SASL session with the broker is due for renewal (KIP-368), it
  holds the client loop back, lets the owed responses arrive, and re-authenticates.

Whichever task got them writes the replies to the client, in the order the connection
produced them (a ticket per batch of actions). A client that does not read blocks the
broker loop, which stops reading the broker: nothing buffers without bound. Every close
is logged once, at INFO, with who ended it and why, and audited.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable

import trio

from gateway import metrics
from gateway.audit import ConnectionAuditor
from gateway.config import GatewayConfig
from gateway.interceptors.builtins import builtin_factories
from gateway.interceptors.chain import InterceptorChain
from gateway.protocol.connection import (
    BROKER,
    CLIENT,
    GATEWAY,
    INTERCEPTOR,
    LIMIT,
    PROTOCOL_ERROR,
    TIMEOUT,
    Action,
    BrokerClosed,
    Close,
    ConnectionInfo,
    ConnectionSettings,
    ForwardToBroker,
    OpenBroker,
    Phase,
    ProxyConnection,
    ProxyHeaderReceived,
    ReplyToClient,
    SideRequest,
    Tick,
    UnexpectedResponse,
)
from gateway.protocol.errors import FrameTooLarge, ProtocolError

from .framed import FramedStream, LimitExceeded, PeerGone
from .state import GatewayState
from .upstream_security import BrokerLogin, UpstreamFailure

log = logging.getLogger("sluice.proxy")

__all__ = ["BROKER", "CLIENT", "GATEWAY", "LIMIT", "PROTOCOL_ERROR", "TIMEOUT", "Session",
           "SessionClosed", "connection_settings"]


class SessionClosed(Exception):
    """Ends a session; `who` is the side or rule that ended it, the message the reason."""

    def __init__(self, who: str, reason: str) -> None:
        super().__init__(reason)
        self.who = who


# Opens the broker connection: the stream, a label naming the broker and the gateway's
# SASL session on it, if it must be renewed; raises SessionClosed when no broker can be
# reached.
OpenUpstream = Callable[[], Awaitable[tuple[FramedStream, str, BrokerLogin | None]]]


def connection_settings(config: GatewayConfig, *, proxy_header: bool = False,
                        tls: bool = False) -> ConnectionSettings:
    """The settings of a connection from the node settings."""
    return ConnectionSettings(
        proxy_header=proxy_header, tls=tls, max_in_flight=config.gateway_max_inflight_requests,
        max_frame_bytes=config.gateway_max_frame_bytes,
        request_timeout_s=config.gateway_request_timeout_ms / 1000)


class Session:
    """Pumps one client connection and its broker connection through a ProxyConnection."""

    def __init__(
        self,
        state: GatewayState,
        client: FramedStream,
        open_upstream: OpenUpstream,
        peer: str,
        auditor: ConnectionAuditor,
        client_host: str,
        label: str = "no broker connection",
        *,
        settings: ConnectionSettings | None = None,
        info: ConnectionInfo | None = None,
    ) -> None:
        self.state = state
        self.client = client
        self.open_upstream = open_upstream
        self.upstream: FramedStream | None = None
        self.login: BrokerLogin | None = None
        self.peer = peer
        self.auditor = auditor
        self.client_host = client_host
        self.broker_label = label
        self.info = info if info is not None else ConnectionInfo(client_host=client_host)
        self.meter = metrics.connection_opened()
        factories = [*builtin_factories(state, state.internal_topics, auditor,
                                        state.audited_keys, peer), *state.interceptors]
        self.conn = ProxyConnection(
            settings if settings is not None else connection_settings(state.config),
            lambda: state.api_ranges, InterceptorChain.for_connection(factories, self.info),
            self.info, self.meter)
        self.close: Close | None = None
        self._nursery: trio.Nursery | None = None
        self._room: trio.Event | None = None  # set when the connection wants data again
        # While the broker session is renewed: set when client requests may flow again.
        self._renewing: trio.Event | None = None
        self._upstream_sends = 0  # batches of actions writing to the broker under way
        self._sends_done: trio.Event | None = None
        # Client writes in the order their batches were produced: ticket numbers.
        self._tickets = self._written = 0
        self._turn = trio.lowlevel.ParkingLot()

    async def run(self) -> None:
        """Proxy until either side closes or misbehaves."""
        started = trio.current_time()
        self.auditor.opened()
        try:
            async with trio.open_nursery() as nursery:
                self._nursery = nursery
                nursery.start_soon(self._client_loop)
        finally:
            # Logged before the close, so a peer that sees the close finds the line.
            self._report_close(trio.current_time() - started)
            with trio.CancelScope(shield=True):
                await self._close_sockets()

    async def _client_loop(self) -> None:
        conn, client = self.conn, self.client
        try:
            if conn.phase is Phase.AWAIT_PROXY_HEADER and self.info.proxy_header is not None:
                # Read by the listener, its trailing bytes fed to `client` already.
                await self._execute(conn.handle(ProxyHeaderReceived(self.info.proxy_header)))
            if conn.phase is Phase.AWAIT_TLS and self.info.tls is not None:
                # The listener completed the handshake; the connection learns what it gave.
                await self._execute(conn.handle(self.info.tls))
            while True:
                if not conn.wants_client_data:
                    if conn.phase is Phase.CLOSED or conn.phase is Phase.ERROR:
                        return
                    self._room = trio.Event()  # at the in-flight bound
                    await self._room.wait()
                    continue
                frame = await client.read_frame()
                if frame is None:
                    break
                if self._renewing is not None:
                    await self._renewing.wait()
                now = trio.current_time()
                actions = conn.receive_client_data(frame, now)
                # Frames that arrived with it are checked before anything is written:
                # what the client sent together is judged together, whatever the broker
                # answers meanwhile (and one batch of writes is cheaper than several).
                while conn.wants_client_data and (frame := client.buffered_frame()):
                    actions += conn.receive_client_data(frame, now)
                await self._execute(actions)
            await self._execute(conn.receive_client_data(b"", trio.current_time()))
            while (deadline := conn.deadline) is not None:
                await trio.sleep_until(deadline)
                await self._execute(conn.handle(Tick(trio.current_time())))
        except LimitExceeded as exc:
            self._finish(Close(str(exc), TIMEOUT))
        except PeerGone as exc:
            self._finish(Close(f"connection lost: {exc}", CLIENT))
        except FrameTooLarge as exc:
            self._finish(Close(str(exc), LIMIT, error=exc))
        except ProtocolError as exc:
            self._finish(Close(str(exc), PROTOCOL_ERROR, error=exc))

    async def _broker_loop(self, upstream: FramedStream) -> None:
        conn = self.conn
        while True:
            try:
                if self.login is None:
                    frame = await upstream.read_frame()
                else:
                    renewal = await self._read_or_renew(upstream)
                    if renewal is False:
                        return
                    if renewal is True:
                        continue
                    frame = renewal
                reason = f"{self.broker_label} closed the connection"
            except PeerGone as exc:
                frame, reason = None, f"connection to {self.broker_label} lost: {exc}"
            except ProtocolError as exc:
                frame, reason = None, f"{self.broker_label}: {exc}"
            if frame is None:
                await self._execute(conn.handle(BrokerClosed(reason)))
                return
            await self._execute(conn.receive_broker_data(frame))
            room = self._room
            if room is not None and conn.wants_client_data:
                self._room = None
                room.set()

    async def _execute(self, actions: list[Action]) -> None:
        """Carry out the connection's actions in order."""
        ticket = 0
        upstream = False
        for action in actions:
            kind = type(action)
            if kind is ReplyToClient:
                if not ticket:
                    self._tickets += 1
                    ticket = self._tickets
            elif kind is ForwardToBroker or kind is SideRequest:
                upstream = True
        if upstream:
            self._upstream_sends += 1
        try:
            for action in actions:
                kind = type(action)
                if kind is ReplyToClient:
                    await self._reply(action.data, ticket)  # type: ignore[union-attr]
                elif kind is ForwardToBroker or kind is SideRequest:
                    await self._send_upstream(action.data)  # type: ignore[union-attr]
                elif kind is OpenBroker:
                    if not await self._connect():
                        return
                elif kind is UnexpectedResponse:
                    self._dropped(action)  # type: ignore[arg-type]
                elif kind is Close:
                    self._finish(action)  # type: ignore[arg-type]
        finally:
            if ticket:
                self._written = ticket
                if self._turn:
                    self._turn.unpark_all()
            if upstream:
                self._upstream_sends -= 1
                if not self._upstream_sends and self._sends_done is not None:
                    self._sends_done.set()

    async def _reply(self, data: bytes, ticket: int) -> None:
        while self._written != ticket - 1:
            await self._turn.park()
        try:
            await self.client.send(data)
        except PeerGone as exc:
            self._finish(Close(f"connection lost: {exc}", CLIENT))
            return
        self.meter.responded(len(data))

    async def _send_upstream(self, data: bytes) -> None:
        assert self.upstream is not None
        try:
            await self.upstream.send(data)
        except PeerGone as exc:
            await self._execute(self.conn.handle(
                BrokerClosed(f"connection to {self.broker_label} lost: {exc}")))

    async def _read_or_renew(self, upstream: FramedStream) -> bytes | bool | None:
        """The next broker frame (None at its end); True to look again (the session was
        renewed, or has just come due), False when renewing it failed and ended the session.
        """
        assert self.login is not None
        if self._renewing is None and trio.current_time() >= self.login.renew_at:
            self._renewing = trio.Event()  # the client loop feeds nothing new
        if self._renewing is not None:
            if not self.conn.table.awaiting_answers():
                return await self._renew(upstream)
            return await upstream.read_frame()
        with trio.move_on_at(self.login.renew_at):
            return await upstream.read_frame()
        return True

    async def _renew(self, upstream: FramedStream) -> bool:
        """Re-authenticate with the broker (KIP-368) once nothing is owed or being written."""
        assert self.login is not None and self._renewing is not None

        async def stray(frame: bytes) -> None:  # an answer to an acks=0 Produce
            await self._execute(self.conn.receive_broker_data(frame))

        try:
            with trio.fail_after(self.state.config.gateway_upstream_connect_timeout_ms / 1000):
                while self._upstream_sends:  # e.g. an acks=0 Produce still to be written
                    self._sends_done = trio.Event()
                    await self._sends_done.wait()
                self._sends_done = None
                await self.login.renew(upstream, stray)
        except (UpstreamFailure, ProtocolError, trio.TooSlowError) as exc:
            reason = "timeout" if isinstance(exc, trio.TooSlowError) else exc
            self.state.limiter.log(
                logging.ERROR, "broker re-authentication", self.broker_label,
                "client %s: re-authentication with %s failed: %s", self.peer,
                self.broker_label, reason)
            await self._execute(self.conn.handle(BrokerClosed(
                f"re-authentication with {self.broker_label} failed: {reason}")))
            return False
        metrics.upstream_reauthenticated()
        self._renewing.set()
        self._renewing = None
        return True

    async def _connect(self) -> bool:
        try:
            self.upstream, self.broker_label, self.login = await self.open_upstream()
        except SessionClosed as exc:
            if exc.who == BROKER:
                await self._execute(self.conn.handle(BrokerClosed(str(exc))))
            else:
                self._finish(Close(str(exc), exc.who))
            return False
        assert self._nursery is not None
        self._nursery.start_soon(self._broker_loop, self.upstream)
        return True

    def _dropped(self, action: UnexpectedResponse) -> None:
        self.state.limiter.log(
            logging.WARNING, "unexpected response", self.client_host,
            "dropped a response from %s to %s that no request awaits (upstream "
            "correlation id %d; %d on this connection)", self.broker_label, self.peer,
            action.upstream_id, action.count,
        )

    def _finish(self, close: Close) -> None:
        """End the session for `close` (the first cause is the reason)."""
        if self.close is None:
            self.close = close
            if close.who in (PROTOCOL_ERROR, LIMIT):
                self.auditor.protocol_error(close.reason)
                metrics.protocol_error(close.error if isinstance(close.error, Exception)
                                       else ProtocolError(close.reason))
            elif close.who == INTERCEPTOR and close.error is not None:
                log.error("connection from %s: %s", self.peer, close.reason,
                          exc_info=close.error)
                metrics.internal_error()
            elif close.who == BROKER and isinstance(close.error, ProtocolError):
                log.error("%s from %s for client %s", close.reason, self.broker_label,
                          self.peer)
        if self._nursery is not None:
            self._nursery.cancel_scope.cancel()

    async def _close_sockets(self) -> None:
        await self.client.aclose()
        if self.upstream is not None:
            who = self.close.who if self.close is not None else GATEWAY
            if who != BROKER and self.conn.table.in_flight() == 0:
                # Nothing is owed either way: reset instead of closing, so the gateway's
                # side keeps no TIME-WAIT socket toward the broker (see framed.py).
                self.upstream.reset_on_close_if_drained()
            await self.upstream.aclose()

    def _report_close(self, duration_s: float) -> None:
        close = self.close
        who, reason = (close.who, close.reason) if close else (GATEWAY, "gateway shutting down")
        self.auditor.closed(duration_s, self.client.bytes_in, self.client.bytes_out,
                            f"{who}: {reason}")
        self.meter.closed(who, reason)
        self.state.limiter.log(
            logging.INFO, f"closed ({who}): {re.sub(r'[0-9]+', 'N', reason)}", self.client_host,
            "connection from %s to %s closed (%s): %s; %.1f s, %d bytes in, %d out",
            self.peer, self.broker_label, who, reason, duration_s, self.client.bytes_in,
            self.client.bytes_out,
        )
