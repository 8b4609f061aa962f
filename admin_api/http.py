"""HTTP/1.1 for the admin API: h11 parses, trio moves the bytes, a handler answers.

Every connection is bounded: the request line and headers by ``max_header_bytes`` (431),
the body by ``max_body_bytes`` (413, checked against Content-Length before reading and
while reading a chunked body), the time to send one whole request by ``request_timeout_s``
from its first byte (408: a slowloris client is cut off), the wait for the next request on
a keep-alive connection by ``idle_timeout_s`` (closed quietly), and the number of open
connections by ``max_connections`` (503 and close), the bodies all connections hold at once
by ``max_buffered_body_bytes`` (503 and close). Malformed input gets h11's status hint
(400) and a close. Every error is a JSON body ``{"title", "status", "detail"}``; a handler
that raises is logged with its traceback and answered 500 without one.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import h11
import trio

__all__ = [
    "BodyBudget",
    "HttpLimits",
    "Request",
    "Response",
    "handle_connection",
    "json_response",
    "problem",
    "serve_http",
]

log = logging.getLogger("sluice.admin_api")

_READ_CHUNK = 65536
_HEAD_TOO_LARGE = "request line and headers exceed {} bytes (GATEWAY_HTTP_MAX_HEADER_BYTES)"


@dataclass(frozen=True, slots=True)
class Request:
    """One HTTP request, read in full."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes = b""
    peer: str = ""

    @property
    def path(self) -> str:
        """The decoded path, without the query."""
        return unquote(urlsplit(self.target).path)

    @property
    def query(self) -> dict[str, str]:
        """The query parameters (the last value of each)."""
        parsed = parse_qs(urlsplit(self.target).query, keep_blank_values=True)
        return {k: v[-1] for k, v in parsed.items()}

    def header(self, name: str) -> str | None:
        """A header's value (names are case-insensitive)."""
        return self.headers.get(name.lower())


@dataclass(frozen=True, slots=True)
class Response:
    """What a handler answers."""

    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = field(default_factory=tuple)


Handler = Callable[[Request], Awaitable[Response]]


def json_response(status: int, value: object, headers: tuple[tuple[str, str], ...] = ()
                  ) -> Response:
    """A JSON response."""
    return Response(status, json.dumps(value).encode(), headers=headers)


def problem(status: int, detail: str, headers: tuple[tuple[str, str], ...] = ()) -> Response:
    """An error response: ``{"title", "status", "detail"}``."""
    title = HTTPStatus(status).phrase
    return json_response(status, {"title": title, "status": status, "detail": detail}, headers)


@dataclass(frozen=True, slots=True)
class HttpLimits:
    """The bounds of every admin API connection."""

    max_header_bytes: int = 16 * 1024
    max_body_bytes: int = 1024 * 1024
    request_timeout_s: float = 10.0
    idle_timeout_s: float = 30.0
    max_connections: int = 4096
    # Bodies are read whole before the handler runs; all connections together may hold at
    # most this much (one huge-body client per connection would otherwise cost
    # max_connections x max_body_bytes of memory).
    max_buffered_body_bytes: int = 64 * 1024 * 1024


class BodyBudget:
    """The bytes of request bodies all connections may hold at once."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def take(self, n: int) -> bool:
        """Reserve n bytes; False if that would exceed the limit."""
        if self.used + n > self.limit:
            return False
        self.used += n
        return True

    def give(self, n: int) -> None:
        """Release n bytes."""
        self.used -= n


class _Timeout(Exception):
    """The request was not received in time (``started``: some of it had arrived)."""

    def __init__(self, started: bool) -> None:
        self.started = started


class _Closed(Exception):
    """The peer closed the connection or reset it."""


class _Connection:
    """One admin API connection: a stream and its h11 state."""

    def __init__(self, stream: trio.abc.Stream, limits: HttpLimits,
                 budget: BodyBudget | None = None) -> None:
        self.stream = stream
        self.limits = limits
        self.budget = budget or BodyBudget(limits.max_buffered_body_bytes)
        self.held = 0  # body bytes of the current request, counted in the budget
        self.conn = h11.Connection(h11.SERVER, max_incomplete_event_size=limits.max_header_bytes)
        self.deadline = math.inf

    async def next_event(self) -> h11.Event | type[h11.PAUSED]:
        """The next h11 event, reading more bytes as needed before the deadline."""
        while True:
            event = self.conn.next_event()
            if isinstance(event, h11.Event) or event is h11.PAUSED:
                return event
            started = self.deadline != math.inf or self.conn.their_state is not h11.IDLE
            wait_until = self.deadline if started else trio.current_time() + (
                self.limits.idle_timeout_s)
            with trio.move_on_at(wait_until):
                try:
                    data = await self.stream.receive_some(_READ_CHUNK)
                except (trio.BrokenResourceError, trio.ClosedResourceError) as exc:
                    raise _Closed from exc
                if data and self.deadline == math.inf:
                    self.deadline = trio.current_time() + self.limits.request_timeout_s
                self.conn.receive_data(bytes(data))
                continue
            raise _Timeout(started)

    async def send(self, response: Response, method: str = "GET", close: bool = False) -> None:
        """Send a whole response (no body for HEAD)."""
        headers = [
            ("content-type", response.content_type),
            ("content-length", str(len(response.body))),
            ("cache-control", "no-store"),
            *response.headers,
        ]
        if close:
            headers.append(("connection", "close"))
        reason = HTTPStatus(response.status).phrase.encode()
        data = self.conn.send(h11.Response(status_code=response.status, headers=headers,
                                           reason=reason))
        if response.body and method != "HEAD":
            data += self.conn.send(h11.Data(data=response.body))
        data += self.conn.send(h11.EndOfMessage())
        try:
            await self.stream.send_all(data)
        except (trio.BrokenResourceError, trio.ClosedResourceError) as exc:
            raise _Closed from exc

    async def send_error(self, response: Response) -> None:
        """Send an error response if the protocol still allows one, then give up."""
        if self.conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
            try:
                with trio.move_on_after(1.0):
                    await self.send(response, close=True)
            except (_Closed, h11.LocalProtocolError):
                pass


async def handle_connection(stream: trio.abc.Stream, handler: Handler, limits: HttpLimits,
                            peer: str, budget: BodyBudget | None = None) -> None:
    """Serve requests on one connection until it closes, errs or idles out."""
    connection = _Connection(stream, limits, budget)
    try:
        while True:
            request = await _read_request(connection, peer)
            if request is None:
                return
            try:
                response = await handler(request)
            except Exception:
                log.exception("admin API: %s %s from %s failed", request.method, request.target,
                              peer)
                response = problem(500, "unexpected error while handling the request; the "
                                   "node's log has the details")
            finally:
                connection.budget.give(connection.held)
                connection.held = 0
            await connection.send(response, request.method)
            if connection.conn.our_state is h11.MUST_CLOSE:
                return
            try:
                connection.conn.start_next_cycle()
            except h11.LocalProtocolError:
                return  # the client did not finish its side (e.g. sent Connection: close)
            connection.deadline = math.inf
    except _Closed:
        return
    except _Timeout as exc:
        if exc.started:
            log.info("admin API: request from %s not received within %.0f s; closing", peer,
                     limits.request_timeout_s)
            await connection.send_error(problem(408, "request not received within "
                                                f"{limits.request_timeout_s:.0f} s"))
    except h11.RemoteProtocolError as exc:
        status = exc.error_status_hint
        if status == 431:
            detail = _HEAD_TOO_LARGE.format(limits.max_header_bytes)
        else:
            detail = f"malformed HTTP request: {exc}"
        log.info("admin API: %s from %s", detail, peer)
        await connection.send_error(problem(status, detail))
    finally:
        connection.budget.give(connection.held)
        connection.held = 0
        with trio.move_on_after(1.0):
            await stream.aclose()


async def _read_request(connection: _Connection, peer: str) -> Request | None:
    """The next complete request, or None when the client closed or idled out."""
    event = await connection.next_event()
    if isinstance(event, h11.ConnectionClosed) or event is h11.PAUSED:
        return None
    assert isinstance(event, h11.Request)
    # h11 bounds only what is still incomplete; a head that arrived whole is measured here.
    size = len(event.target) + sum(len(n) + len(v) + 4 for n, v in event.headers)
    if size > connection.limits.max_header_bytes:
        await connection.send_error(problem(431, _HEAD_TOO_LARGE.format(
            connection.limits.max_header_bytes)))
        raise _Closed
    method = event.method.decode("ascii", "replace")
    target = event.target.decode("ascii", "replace")
    headers: dict[str, str] = {}
    for name, value in event.headers:
        key = name.decode("ascii", "replace").lower()
        text = value.decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    limit = connection.limits.max_body_bytes
    too_large = problem(413, f"request body larger than {limit} bytes "
                        "(GATEWAY_HTTP_MAX_BODY_BYTES)")
    length = headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        await connection.send_error(too_large)
        raise _Closed
    if connection.conn.they_are_waiting_for_100_continue:
        await connection.stream.send_all(
            connection.conn.send(h11.InformationalResponse(status_code=100, headers=[])))
    body = bytearray()
    while True:
        event = await connection.next_event()
        if isinstance(event, h11.Data):
            body += event.data
            if len(body) > limit:
                await connection.send_error(too_large)
                raise _Closed
            if not connection.budget.take(len(event.data)):
                await connection.send_error(problem(503, "the admin API is busy receiving "
                                                    "other request bodies; retry shortly"))
                raise _Closed
            connection.held += len(event.data)
        elif isinstance(event, h11.EndOfMessage):
            return Request(method, target, headers, bytes(body), peer)
        else:
            raise _Closed


async def serve_http(listener: trio.abc.Listener[Any], handler: Handler, limits: HttpLimits,
                     *, task_status: trio.TaskStatus[None] = trio.TASK_STATUS_IGNORED) -> None:
    """Accept connections forever, each served by `handle_connection`."""
    slots = trio.Semaphore(limits.max_connections)
    budget = BodyBudget(limits.max_buffered_body_bytes)
    busy = problem(503, f"more than {limits.max_connections} admin API connections "
                   "(GATEWAY_HTTP_MAX_CONNECTIONS)")

    async def serve_one(stream: trio.abc.Stream) -> None:
        peer = _peer(stream)
        if slots.value == 0:
            refusal = _Connection(stream, limits)
            await refusal.send_error(busy)
            with trio.move_on_after(1.0):
                await stream.aclose()
            return
        async with slots:
            await handle_connection(stream, handler, limits, peer, budget)

    task_status.started()
    await trio.serve_listeners(serve_one, [listener])


def _peer(stream: trio.abc.Stream) -> str:
    while isinstance(stream, trio.SSLStream):
        stream = stream.transport_stream
    if not isinstance(stream, trio.SocketStream):
        return "unknown"
    try:
        host, port = stream.socket.getpeername()[:2]
    except OSError:
        return "unknown"
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
