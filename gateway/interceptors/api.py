"""The interceptor API: what built-ins, policies, views and plugins are written against.

An interceptor is made per client connection by a factory (`InterceptorFactory`), so it
may keep per-connection state. It declares what it handles as `Interest`s -- (API key,
version range, request or response) -- and the chain calls it only for those:

    class BlockDeletes(Interceptor):
        interests = requests(DELETE_TOPICS)

        def on_request(self, request: RequestMessage) -> RequestResult:
            return fail(TOPIC_AUTHORIZATION_FAILED, "deletes are off")

    factories = [lambda info: BlockDeletes()]

Reading a message. `message.body` is the typed body (a generated msgspec Struct from
gateway/protocol/codec.py: a misspelt field is refused, never silently empty). It is decoded
the first time any interceptor asks, and at most once per message however many ask;
a message no interceptor reads is never decoded (Produce and Fetch pass through as the
same bytes object). `message.frame` is the whole frame (size prefix included), for
interceptors that work on bytes; reading it after a typed change encodes once.

Results of `on_request`:
* `forward()` -- pass it on unchanged; `forward(body)` after changing the typed body (the
  chain re-encodes once, after the last interceptor); `forward(frame=...)` for new bytes;
* `short_circuit(response)` -- answer the client instead (a typed response body, or a whole
  response `frame=`); the broker never sees the request and later interceptors are skipped;
  response interceptors do not see a short-circuit answer;
* `fail(error_code, message)` -- answer with an error response built by the chain: the
  top-level ErrorCode (and ErrorMessage) for APIs that have one in that version, else
  every topic/partition's error field for the APIs that name topics (the table of
  gateway/protocol/internal_topics.py); any other API cannot be failed generically
  (the connection is closed, naming the API: use `short_circuit`);
* `drop()` -- neither forward nor answer (for requests that get no response, such as
  Produce with acks=0; any other client waits until its request timeout);
* `close(reason)` -- close the connection; the reason names the interceptor.

`on_response` may `forward` (changed or not), `fail` (replace the broker's answer by an error
response) or `close`. Responses pass through the interceptors in reverse order, so the first
interceptor sees the request first and the response last (rename in, rename back out).

Per-request context: whatever an interceptor sets as `request.context` is handed back to
that same interceptor as `response.context` (each interceptor has its own slot).

Side requests: `message.send_request(body, version, continuation)` sends a request of the
gateway's own on this connection's broker connection; `continuation` receives the typed
response body. The client never sees either.

An interceptor that raises closes only its own connection; the close reason names the
interceptor and the exception, and the exception is handed to the pump for the log and
the audit.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from gateway.protocol import codec
from gateway.protocol.codec_runtime import MAX_VERSION
from gateway.protocol.connection import ConnectionInfo, PlannedSideRequest
from gateway.protocol.errors import LocalProtocolError
from gateway.protocol.headers import RequestHeader


class Direction(enum.Enum):
    """Which way a message travels."""

    REQUEST = "request"
    RESPONSE = "response"


@dataclass(frozen=True, slots=True)
class Interest:
    """An (API key, version range, direction) an interceptor handles."""

    api_key: int
    direction: Direction
    versions: tuple[int, int] = (0, MAX_VERSION)

    def __post_init__(self) -> None:
        low, high = self.versions
        if not 0 <= low <= high <= MAX_VERSION:
            raise ValueError(f"invalid version range v{low}-v{high} for API key "
                             f"{self.api_key} (need 0 <= low <= high <= {MAX_VERSION})")

    def covers(self, version: int) -> bool:
        """Whether `version` is in the range."""
        return self.versions[0] <= version <= self.versions[1]


def requests(*api_keys: int, versions: tuple[int, int] = (0, MAX_VERSION)) -> tuple[Interest, ...]:
    """Interests in the requests of `api_keys`."""
    return tuple(Interest(k, Direction.REQUEST, versions) for k in api_keys)


def responses(*api_keys: int, versions: tuple[int, int] = (0, MAX_VERSION)
              ) -> tuple[Interest, ...]:
    """Interests in the responses of `api_keys`."""
    return tuple(Interest(k, Direction.RESPONSE, versions) for k in api_keys)


@dataclass(frozen=True, slots=True)
class Forward:
    """Pass the message on: unchanged, with a changed typed `body`, or as new `frame` bytes."""

    body: codec.Message | None = None
    frame: bytes | None = None


@dataclass(frozen=True, slots=True)
class ShortCircuit:
    """Answer the client with `response` (typed) or `frame` (a whole response frame)."""

    response: codec.Message | None = None
    frame: bytes | None = None


@dataclass(frozen=True, slots=True)
class Fail:
    """Answer with an error response carrying `error_code` (a Kafka error code)."""

    error_code: int
    message: str | None = None


@dataclass(frozen=True, slots=True)
class Drop:
    """Neither forward nor answer."""


@dataclass(frozen=True, slots=True)
class CloseConnection:
    """Close the client's connection."""

    reason: str


RequestResult = Forward | ShortCircuit | Fail | Drop | CloseConnection
ResponseResult = Forward | Fail | CloseConnection
FORWARD = Forward()


def forward(body: codec.Message | None = None, *, frame: bytes | None = None) -> Forward:
    """Pass the message on (with `body` after a typed change, or new `frame` bytes)."""
    return FORWARD if body is None and frame is None else Forward(body, frame)


def short_circuit(response: codec.Message | None = None, *,
                  frame: bytes | None = None) -> ShortCircuit:
    """Answer the client instead of the broker."""
    if (response is None) == (frame is None):
        raise LocalProtocolError("short_circuit() takes a response body or a frame, not both")
    return ShortCircuit(response, frame)


def fail(error_code: int, message: str | None = None) -> Fail:
    """Answer with an error response carrying `error_code`."""
    return Fail(error_code, message)


def drop() -> Drop:
    """Neither forward nor answer."""
    return Drop()


def close(reason: str) -> CloseConnection:
    """Close the client's connection with `reason`."""
    return CloseConnection(reason)


@dataclass(slots=True)
class ChainStats:
    """What the chain of one connection has decoded and encoded (for tests and metrics)."""

    decodes: int = 0
    encodes: int = 0


class _Message:
    """What request and response views share: the lazy, at-most-once decode."""

    api_key: int
    api_version: int

    def __init__(self, frame: bytes, stats: ChainStats, contexts: dict[int, Any]) -> None:
        self._frame = frame
        self._decoded: Any = None  # codec.DecodedRequest | codec.DecodedResponse
        self._dirty = False
        self._stats = stats
        self._contexts = contexts
        self._slot = 0
        self.side_requests: list[PlannedSideRequest] = []

    def _decode(self) -> Any:
        raise NotImplementedError

    def _encode(self, decoded: Any) -> bytes:
        raise NotImplementedError

    @property
    def body(self) -> Any:
        """The typed body, decoded on first use (at most once per message)."""
        if self._decoded is None:
            self._decoded = self._decode()
            self._stats.decodes += 1
        return self._decoded.body

    @property
    def decoded(self) -> bool:
        """Whether the body has been decoded."""
        return self._decoded is not None

    @property
    def frame(self) -> bytes:
        """The whole frame as it stands (encoded once if the typed body changed)."""
        if self._dirty:
            self._frame = self._encode(self._decoded)
            self._stats.encodes += 1
            self._dirty = False
        return self._frame

    @property
    def context(self) -> Any:
        """This interceptor's per-request slot (None until it sets one)."""
        return self._contexts.get(self._slot)

    @context.setter
    def context(self, value: Any) -> None:
        self._contexts[self._slot] = value

    def send_request(self, request: codec.Message, api_version: int,
                     continuation: Callable[[Any], None]) -> None:
        """Send a request of the gateway's own to the broker; `continuation` gets the answer."""
        if request.KIND != "request":
            raise LocalProtocolError(f"{type(request).__name__} is not a request")
        self.side_requests.append(PlannedSideRequest(request, api_version, continuation))

    def _apply(self, result: Forward) -> None:
        if result.frame is not None:
            self._frame, self._decoded, self._dirty = result.frame, None, False
        elif result.body is not None:
            if result.body is not self.body:
                self._decoded = self._decoded._replace(body=result.body)
            self._dirty = True


class RequestMessage(_Message):
    """A client request as an interceptor sees it."""

    def __init__(self, frame: bytes, header: RequestHeader, expects_response: bool,
                 stats: ChainStats, contexts: dict[int, Any]) -> None:
        super().__init__(frame, stats, contexts)
        self.header = header
        self.api_key = header.api_key
        self.api_version = header.api_version
        self.expects_response = expects_response  # False for Produce with acks=0

    def _decode(self) -> Any:
        return codec.decode_request(self._frame)

    def _encode(self, decoded: Any) -> bytes:
        return codec.encode_request(decoded.header, decoded.body, decoded.trailing)


class ResponseMessage(_Message):
    """A broker response as an interceptor sees it."""

    def __init__(self, frame: bytes, api_key: int, api_version: int, correlation_id: int,
                 stats: ChainStats, contexts: dict[int, Any]) -> None:
        super().__init__(frame, stats, contexts)
        self.api_key = api_key
        self.api_version = api_version
        self.correlation_id = correlation_id  # the client's id for the request

    def _decode(self) -> Any:
        return codec.decode_response(self._frame, self.api_key, self.api_version)

    def _encode(self, decoded: Any) -> bytes:
        return codec.encode_response(decoded.header, decoded.body, self.api_version,
                                     decoded.trailing)


class Interceptor:
    """Base of every interceptor: declare `interests`, override the hooks you need."""

    interests: tuple[Interest, ...] = ()

    @property
    def name(self) -> str:
        """The name used in close reasons and logs."""
        return type(self).__name__

    def on_request(self, request: RequestMessage) -> RequestResult:
        """Decide what happens to a client request."""
        return FORWARD

    def on_response(self, response: ResponseMessage) -> ResponseResult:
        """Decide what happens to a broker response."""
        return FORWARD


InterceptorFactory = Callable[[ConnectionInfo], Interceptor]


def make_interceptors(factories: Iterable[InterceptorFactory],
                      info: ConnectionInfo) -> list[Interceptor]:
    """The interceptors of one connection, in chain order."""
    return [factory(info) for factory in factories]
