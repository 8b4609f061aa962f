"""The rules of one client connection, sans-I/O: `ProxyConnection` (after h11's `Connection`).

The pump (gateway/proxy/) owns the sockets, the TLS layer and the clock. It feeds the
connection what happened -- client bytes, broker bytes, and events (`ProxyHeaderReceived`,
`TlsEstablished`, `ClientClosed`, `BrokerClosed`, `Tick`) -- and carries out the actions
returned, in order: `OpenBroker`, `ForwardToBroker`, `SideRequest`, `ReplyToClient`,
`UnexpectedResponse`, `Close`. It stops reading the client while `wants_client_data` is
false (the in-flight bound), and ticks the connection at `deadline` when there is one.

Phases. The connection moves through the phases below, driven by triggers; `TRANSITIONS`
is the whole table, and a trigger missing from a phase's row moves the connection to
ERROR with a reason. Phases the connection is not configured for (no PROXY header, no
TLS, no SASL) are stepped over as soon as they are entered (`SKIPPED_WHEN_OFF`).

    AWAIT_PROXY_HEADER -> AWAIT_TLS -> AWAIT_SASL_HANDSHAKE -> AWAIT_SASL_AUTHENTICATE
        -> ACTIVE <-> REAUTHENTICATING (KIP-368)
    ACTIVE -> DRAINING (the client closed its side; owed responses are still written)
    any -> CLOSED (orderly) or ERROR (a rule was broken)

* KIP-152: before authentication only ApiVersions and SASL requests are allowed;
  ApiVersions is answered by the gateway itself (no broker connection is opened for a
  client that has not authenticated). SaslHandshake v0 (unframed tokens) is refused.
* KIP-368: a SaslHandshake while ACTIVE starts a re-authentication (the `SaslRules` object
  insists on the same mechanism and principal); responses to earlier requests still flow
  meanwhile. A request after the session lifetime has expired closes the connection, as a
  broker does.

Requests. Every client frame is checked: the KIP-511 answer to a too-new ApiVersions, the
version gate (`request_check`), the phase rules, then the interceptor chain (`Chain`,
implemented in gateway/interceptors/). A forwarded request gets a correlation id the
gateway chooses (`correlation.CorrelationTable`), with the chain's context for its
response. Produce with acks=0 gets no response and takes no slot in the response order.
Responses are written in request order, local answers included.

The pump feeds whole frames where it has them (FramedStream reads frame by frame): a
whole frame is processed without being copied into the frame reader, and the chain is
asked about a message only if an interceptor wants its (API key, version), so Produce and
Fetch that nobody intercepts pass through undecoded, their header parsed once. An optional
`RequestMeter` (gateway.metrics.ConnectionMeter) is told of each request read, whether
its answer comes from the broker or from here, and each broker response read; the pump
reports each response written.

Errors split as in h11: a peer's fault (`RemoteProtocolError`) becomes a `Close` action
carrying the Kafka error code where one applies, and the connection moves to ERROR; a
caller's misuse of this API (`LocalProtocolError`) is raised, after moving to ERROR.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from . import api_keys, codec
from .correlation import (
    REQUEST_ID_OFFSET,
    RESPONSE_ID_OFFSET,
    CorrelationTable,
    PendingRequest,
    with_correlation_id,
)
from .errors import (
    ILLEGAL_SASL_STATE,
    NONE,
    FrameTooLarge,
    LocalProtocolError,
    ProtocolError,
    RemoteProtocolError,
)
from .frames import DEFAULT_MAX_FRAME_BYTES, FrameReader
from .frames import SIZE as _SIZE
from .generated.api_versions_response import ApiVersion, ApiVersionsResponse
from .headers import RequestHeader, peek_request_start, response_correlation_id
from .proxy_header import ProxyHeader
from .request_check import check_request, is_too_new_api_versions, produce_expects_response
from .versions import unsupported_version_frame

SASL_HANDSHAKE = 17
SASL_AUTHENTICATE = 36
# The SASL versions the gateway speaks when it terminates SASL itself. SaslHandshake v0
# sends the tokens unframed (before KIP-152), which the frame reader cannot carry.
SASL_RANGES = {SASL_HANDSHAKE: (1, 1), SASL_AUTHENTICATE: (0, 2)}
# What ApiVersions advertises, though: SaslHandshake from v0, as every Kafka broker does,
# since older librdkafka (kcat 1.7's) enables SASL only when v0 is listed; it then sends
# v1. A client that really sends v0 is refused by the version gate with the reason.
SASL_ADVERTISED = {SASL_HANDSHAKE: (0, 1), SASL_AUTHENTICATE: (0, 2)}
# The largest frame a client may send before it has authenticated: a SASL token of up to
# 64 KiB (sasl.MAX_SASL_TOKEN_BYTES) plus a header whose client id may take 32 KiB. An
# anonymous client cannot make the gateway buffer more (Kafka bounds it the same way,
# with sasl.server.max.receive.size = 512 KiB).
MAX_PRE_AUTH_FRAME_BYTES = 128 * 1024

# Who ended a connection, as logged and audited.
CLIENT, BROKER, TIMEOUT, LIMIT, PROTOCOL_ERROR, GATEWAY = (
    "client", "broker", "timeout", "limit", "protocol error", "gateway"
)
INTERCEPTOR, AUTHENTICATION = "interceptor", "authentication"


class Phase(enum.Enum):
    """The phases of a client connection."""

    # Members are singletons: hash by identity in C, not by Enum's Python-level __hash__
    # (phases and triggers are looked up several times per request).
    __hash__ = object.__hash__

    AWAIT_PROXY_HEADER = "awaiting the PROXY header"
    AWAIT_TLS = "awaiting the TLS handshake"
    AWAIT_SASL_HANDSHAKE = "awaiting SaslHandshake"
    AWAIT_SASL_AUTHENTICATE = "awaiting SaslAuthenticate"
    ACTIVE = "active"
    REAUTHENTICATING = "re-authenticating"
    DRAINING = "draining (client closed its side)"
    CLOSED = "closed"
    ERROR = "error"


class Trigger(enum.Enum):
    """What moves a connection from phase to phase."""

    __hash__ = object.__hash__

    PROXY_HEADER = "a PROXY header"
    TLS_ESTABLISHED = "a TLS handshake"
    API_VERSIONS = "an ApiVersions request"
    SASL_HANDSHAKE = "a SaslHandshake request"
    SASL_AUTHENTICATE = "a SaslAuthenticate request"
    REQUEST = "a request"
    AUTHENTICATED = "a successful authentication"
    AUTHENTICATION_FAILED = "a failed authentication"
    SESSION_EXPIRED = "a request after the SASL session expired"
    BROKER_RESPONSE = "a broker response"
    CLIENT_CLOSED = "the client closing"
    BROKER_CLOSED = "the broker closing"
    DRAINED = "the last owed response"
    TIMED_OUT = "the response deadline"
    TICK = "a clock tick"


P, T = Phase, Trigger
TRANSITIONS: dict[Phase, dict[Trigger, Phase]] = {
    P.AWAIT_PROXY_HEADER: {
        T.PROXY_HEADER: P.AWAIT_TLS, T.CLIENT_CLOSED: P.CLOSED, T.TICK: P.AWAIT_PROXY_HEADER,
    },
    P.AWAIT_TLS: {
        T.TLS_ESTABLISHED: P.AWAIT_SASL_HANDSHAKE, T.CLIENT_CLOSED: P.CLOSED,
        T.TICK: P.AWAIT_TLS,
    },
    P.AWAIT_SASL_HANDSHAKE: {
        T.API_VERSIONS: P.AWAIT_SASL_HANDSHAKE,
        T.SASL_HANDSHAKE: P.AWAIT_SASL_AUTHENTICATE,
        T.AUTHENTICATION_FAILED: P.CLOSED,  # an unsupported mechanism
        T.CLIENT_CLOSED: P.CLOSED, T.TICK: P.AWAIT_SASL_HANDSHAKE,
    },
    P.AWAIT_SASL_AUTHENTICATE: {
        T.SASL_AUTHENTICATE: P.AWAIT_SASL_AUTHENTICATE,  # one round of a multi-round SASL
        T.AUTHENTICATED: P.ACTIVE, T.AUTHENTICATION_FAILED: P.CLOSED,
        T.CLIENT_CLOSED: P.CLOSED, T.TICK: P.AWAIT_SASL_AUTHENTICATE,
    },
    P.ACTIVE: {
        T.API_VERSIONS: P.ACTIVE, T.REQUEST: P.ACTIVE, T.BROKER_RESPONSE: P.ACTIVE,
        T.SASL_HANDSHAKE: P.REAUTHENTICATING, T.SESSION_EXPIRED: P.CLOSED,
        T.CLIENT_CLOSED: P.DRAINING, T.BROKER_CLOSED: P.CLOSED, T.TICK: P.ACTIVE,
    },
    P.REAUTHENTICATING: {
        T.SASL_AUTHENTICATE: P.REAUTHENTICATING, T.BROKER_RESPONSE: P.REAUTHENTICATING,
        T.AUTHENTICATED: P.ACTIVE, T.AUTHENTICATION_FAILED: P.CLOSED,
        T.CLIENT_CLOSED: P.DRAINING, T.BROKER_CLOSED: P.CLOSED, T.TICK: P.REAUTHENTICATING,
    },
    P.DRAINING: {
        T.BROKER_RESPONSE: P.DRAINING, T.DRAINED: P.CLOSED, T.TIMED_OUT: P.CLOSED,
        T.BROKER_CLOSED: P.CLOSED, T.TICK: P.DRAINING,
    },
    # Late notices from the pump after a close are harmless.
    P.CLOSED: {T.CLIENT_CLOSED: P.CLOSED, T.BROKER_CLOSED: P.CLOSED, T.TICK: P.CLOSED},
    P.ERROR: {},
}
del P, T

# A phase the connection is not configured for is left, on entry, for this one.
SKIPPED_WHEN_OFF = {
    Phase.AWAIT_PROXY_HEADER: Phase.AWAIT_TLS,
    Phase.AWAIT_TLS: Phase.AWAIT_SASL_HANDSHAKE,
    Phase.AWAIT_SASL_HANDSHAKE: Phase.ACTIVE,
}

# Triggers that come from the client's own bytes: an illegal one is the client's fault.
# Every other trigger comes from the pump or the gateway; an illegal one is a bug here.
CLIENT_TRIGGERS = frozenset({
    Trigger.API_VERSIONS, Trigger.SASL_HANDSHAKE, Trigger.SASL_AUTHENTICATE, Trigger.REQUEST,
})
_PRE_AUTH = frozenset({Phase.AWAIT_SASL_HANDSHAKE, Phase.AWAIT_SASL_AUTHENTICATE})
_READS_FRAMES = frozenset({*_PRE_AUTH, Phase.ACTIVE, Phase.REAUTHENTICATING})
_BROKER_MAY_SPEAK = frozenset({Phase.ACTIVE, Phase.REAUTHENTICATING, Phase.DRAINING})


class IllegalTransition(ProtocolError):
    """A trigger that the connection's phase does not allow (the phase is now ERROR)."""


def illegal_reason(phase: Phase, trigger: Trigger) -> str:
    """Why `trigger` is refused in `phase`, citing the rule."""
    reason = f"{trigger.value} is not allowed while {phase.value}"
    if phase in _PRE_AUTH and trigger in CLIENT_TRIGGERS:
        reason += " (KIP-152: only ApiVersions and SASL requests before authentication)"
    elif phase is Phase.REAUTHENTICATING and trigger in CLIENT_TRIGGERS:
        reason += " (KIP-368: only SaslAuthenticate until re-authentication completes)"
    return reason


class PhaseMachine:
    """The phase of one connection; `fire` applies `TRANSITIONS` (h11's ConnectionState)."""

    def __init__(self, proxy_header: bool, tls: bool, sasl: bool) -> None:
        self.enabled = {
            Phase.AWAIT_PROXY_HEADER: proxy_header, Phase.AWAIT_TLS: tls,
            Phase.AWAIT_SASL_HANDSHAKE: sasl,
        }
        self.phase = self._settle(Phase.AWAIT_PROXY_HEADER)
        self.error_reason: str | None = None

    def _settle(self, phase: Phase) -> Phase:
        while phase in SKIPPED_WHEN_OFF and not self.enabled[phase]:
            phase = SKIPPED_WHEN_OFF[phase]
        return phase

    def fire(self, trigger: Trigger) -> Phase:
        """Apply `trigger`; an illegal one moves to ERROR and raises IllegalTransition."""
        phase = self.phase
        target = TRANSITIONS[phase].get(trigger)
        if target is phase:  # the per-request case: ACTIVE stays ACTIVE
            return phase
        if target is None:
            reason = illegal_reason(self.phase, trigger)
            self.to_error(reason)
            raise IllegalTransition(reason, ILLEGAL_SASL_STATE
                                    if trigger in CLIENT_TRIGGERS else None)
        self.phase = self._settle(target)
        return self.phase

    def to_error(self, reason: str) -> None:
        """Move to ERROR (the first reason is kept)."""
        if self.phase is not Phase.ERROR:
            self.phase, self.error_reason = Phase.ERROR, reason


# --- events: what the pump tells the connection ---------------------------------------

@dataclass(frozen=True, slots=True)
class ProxyHeaderReceived:
    """The PROXY header was read; `trailing_data` (Kafka bytes after it) is handed over.

    When TLS follows, the bytes after the header belong to the TLS layer, so
    `trailing_data` must then be empty (the pump hands them to its TLS object).
    """

    header: ProxyHeader
    trailing_data: bytes = b""


@dataclass(frozen=True, slots=True)
class TlsEstablished:
    """The TLS handshake completed: the SNI name asked for and the client's certificate."""

    server_name: str | None = None
    peer_certificate: bytes | None = None  # DER; None without mutual TLS


@dataclass(frozen=True, slots=True)
class ClientClosed:
    """The client closed its side (end of file)."""


@dataclass(frozen=True, slots=True)
class BrokerClosed:
    """The broker connection ended, or could not be opened; `reason` says how."""

    reason: str = "the broker closed the connection"


@dataclass(frozen=True, slots=True)
class Tick:
    """The time is now `now` (seconds on the pump's monotonic clock)."""

    now: float


Event = ProxyHeaderReceived | TlsEstablished | ClientClosed | BrokerClosed | Tick


# --- actions: what the connection asks the pump to do ---------------------------------

@dataclass(frozen=True, slots=True)
class OpenBroker:
    """Open the upstream connection (before the first frame is sent to it)."""


@dataclass(frozen=True, slots=True)
class ForwardToBroker:
    """Write `data` (a whole request frame) to the broker."""

    data: bytes


@dataclass(frozen=True, slots=True)
class ReplyToClient:
    """Write `data` (a whole response frame) to the client."""

    data: bytes


@dataclass(frozen=True, slots=True)
class SideRequest:
    """Write `data`, the gateway's own request, to the broker; its response goes to
    `continuation` (the typed response body), never to the client."""

    data: bytes
    request: codec.Message
    api_version: int
    continuation: Callable[[Any], None]


@dataclass(frozen=True, slots=True)
class UnexpectedResponse:
    """A broker response that no request awaits was dropped (`count` on this connection)."""

    upstream_id: int
    count: int


@dataclass(frozen=True, slots=True)
class Close:
    """Close both sides. `who` ended it; `error_code` is the Kafka error behind it, if any;
    `error` the exception that caused it (an interceptor's, for the log and the audit)."""

    reason: str
    who: str
    error_code: int | None = None
    error: BaseException | None = None


Action = OpenBroker | ForwardToBroker | ReplyToClient | SideRequest | UnexpectedResponse | Close


# --- what the connection needs from the gateway ---------------------------------------

@dataclass(slots=True)
class ConnectionInfo:
    """What is known about the client, filled in as the connection learns it."""

    client_host: str = ""
    client_id: str | None = None  # from the first request
    identified: bool = False
    proxy_header: ProxyHeader | None = None
    tls: TlsEstablished | None = None
    principal: str | None = None
    mechanism: str | None = None

    @property
    def client_key(self) -> str:
        """Who the client is for routing: client id and host (the host until identified)."""
        return f"{self.client_id}|{self.client_host}" if self.identified else self.client_host


class RequestMeter(Protocol):
    """Counts and times one connection's requests (gateway.metrics.ConnectionMeter is one).

    The connection reports what only it knows: a request read, whether its response is
    expected from the broker (`queued`) or made here (`queued_local`), and the broker's
    response read. The pump reports each response written.
    """

    def received(self, api_key: int, size: int) -> None:
        """A request frame of `size` bytes was read from the client."""
        ...

    def queued(self) -> None:
        """The request just received is forwarded and expects the broker's response."""
        ...

    def queued_local(self) -> None:
        """The request just received is answered by the gateway itself."""
        ...

    def upstream_answered(self) -> None:
        """The broker's response to the oldest forwarded request was read."""
        ...


class _NoMeter:
    def received(self, api_key: int, size: int) -> None:
        pass

    def queued(self) -> None:
        pass

    def queued_local(self) -> None:
        pass

    def upstream_answered(self) -> None:
        pass


class SaslRules(Protocol):
    """The SaslHandshake/SaslAuthenticate rules of one connection (KIP-152, KIP-368).

    `gateway.security.sasl.Authenticator` is one: the mechanisms belong to the security
    layer, the phases to the connection. After each `receive`, `outcome` is None (the
    exchange goes on), an authenticated session (it has `principal` and `mechanism`), or a
    failure (it has `error_code` and `reason`; the connection closes after the answer).
    """

    outcome: Any

    def receive(self, api_key: int, api_version: int, body: object, now: float) -> Any:
        """The typed response body to a typed SaslHandshake or SaslAuthenticate body."""
        ...

    def session_expired(self, now: float) -> bool:
        """Whether the authenticated session has passed its lifetime (KIP-368)."""
        ...


@dataclass(frozen=True, slots=True)
class PlannedSideRequest:
    """A request an interceptor wants sent to the broker on this connection."""

    request: codec.Message
    api_version: int
    continuation: Callable[[Any], None]


@dataclass(frozen=True, slots=True)
class ChainResult:
    """What the interceptor chain decided for one message.

    `forward`: send `frame` on; `answer`: reply `frame` (a whole response frame) instead
    (requests only); `drop`: neither; `close`: end the connection with `reason`.
    `context` is kept with a forwarded request and handed back with its response.
    """

    kind: Literal["forward", "answer", "drop", "close"]
    frame: bytes = b""
    context: Any = None
    reason: str = ""
    who: str = INTERCEPTOR
    error_code: int | None = None
    error: BaseException | None = None
    side_requests: tuple[PlannedSideRequest, ...] = ()


class Chain(Protocol):
    """The interceptor chain as the connection sees it (gateway/interceptors/chain.py).

    A message no interceptor wants is not handed to the chain at all.
    """

    def wants_request(self, api_key: int, version: int) -> bool:
        """Whether any interceptor handles requests of (`api_key`, `version`)."""
        ...

    def wants_response(self, api_key: int, version: int) -> bool:
        """Whether any interceptor handles responses of (`api_key`, `version`)."""
        ...

    def on_request(self, frame: bytes, header: RequestHeader,
                   expects_response: bool) -> ChainResult:
        """Pass a client request through the chain."""
        ...

    def on_response(self, frame: bytes, pending: PendingRequest) -> ChainResult:
        """Pass a broker response through the chain (`pending` holds the context)."""
        ...


@dataclass(frozen=True, slots=True)
class ConnectionSettings:
    """How one connection is set up."""

    proxy_header: bool = False
    tls: bool = False
    # Makes the SASL rules of a new connection; None: the gateway terminates no SASL (SASL
    # requests are then forwarded like any other, for KAFKA_MANAGED pass-through).
    authenticator: Callable[[], SaslRules] | None = None
    # Responses owed to the client before the gateway stops reading it
    # (GATEWAY_MAX_INFLIGHT_REQUESTS): Kafka's max.in.flight, and a bound on memory.
    max_in_flight: int = 1000
    max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES
    # Until the first authentication succeeds (only with an authenticator).
    max_pre_auth_frame_bytes: int = MAX_PRE_AUTH_FRAME_BYTES
    # After the client closed its side, how long the broker may take to answer what is
    # owed (GATEWAY_REQUEST_TIMEOUT_MS).
    request_timeout_s: float = 30.0
    side_request_client_id: str = "sluice"


class _Closed(Exception):
    """Internal: a rule ended the connection; carries the Close action."""

    def __init__(self, action: Close) -> None:
        super().__init__(action.reason)
        self.action = action


class ProxyConnection:
    """The rules of one client connection and its upstream: bytes and events in, actions out."""

    def __init__(
        self,
        settings: ConnectionSettings,
        api_ranges: Callable[[], Mapping[int, tuple[int, int]]],
        chain: Chain | None = None,
        info: ConnectionInfo | None = None,
        meter: RequestMeter | None = None,
    ) -> None:
        self.settings = settings
        self.meter: RequestMeter = meter if meter is not None else _NoMeter()
        self._api_ranges = api_ranges
        self.chain = chain
        self.info = info if info is not None else ConnectionInfo()
        self.phases = PhaseMachine(settings.proxy_header, settings.tls,
                                   settings.authenticator is not None)
        self.table = CorrelationTable(settings.max_in_flight)
        self.error: ProtocolError | None = None
        self.close_action: Close | None = None
        self.now = 0.0
        self.broker_open = False
        self._client = FrameReader(settings.max_frame_bytes)
        self._broker = FrameReader(settings.max_frame_bytes)
        self._client_eof = False
        self._client_closed_at: float | None = None
        self._due_at_client_close = 0
        self._sasl: SaslRules | None = (settings.authenticator()
                                        if settings.authenticator is not None else None)
        if self._sasl is not None:
            self._client.max_frame_bytes = min(settings.max_pre_auth_frame_bytes,
                                               settings.max_frame_bytes)

    @property
    def phase(self) -> Phase:
        """The current phase."""
        return self.phases.phase

    @property
    def max_client_frame_bytes(self) -> int:
        """The largest client frame accepted now (smaller before authentication)."""
        return self._client.max_frame_bytes

    @property
    def wants_client_data(self) -> bool:
        """Whether the pump should read Kafka frames from the client now.

        False at the in-flight bound, after end of file, and outside the frame phases
        (before them the pump reads for its own PROXY header reader and TLS layer).
        """
        return (self.phase in _READS_FRAMES and not self._client_eof
                and len(self.table) < self.settings.max_in_flight)

    @property
    def deadline(self) -> float | None:
        """When the pump must `Tick` the connection next, if ever."""
        if self.phase is Phase.DRAINING and self._client_closed_at is not None:
            return self._client_closed_at + self.settings.request_timeout_s
        return None

    # --- entry points -------------------------------------------------------------------

    def receive_client_data(self, data: bytes, now: float | None = None) -> list[Action]:
        """Take bytes read from the client (b"" means it closed its side)."""
        self._at(now)
        if not data:
            return self.handle(ClientClosed())
        if self.phase in (Phase.CLOSED, Phase.ERROR):
            return []  # read before the pump saw the close: nobody will answer it
        if self.phase not in _READS_FRAMES:
            self._local(f"client bytes while {self.phase.value}: the pump must hand them "
                        "to the PROXY header reader or the TLS layer first")
        if self._is_whole_frame(data, self._client) and self.wants_client_data:
            # The pump read exactly one frame (FramedStream does): no copy into the reader,
            # and no closure (this is the per-request path).
            out: list[Action] = []
            try:
                self._one_client_frame(data, out)
            except _Closed as closed:
                out.append(closed.action)
            return out
        self._client.receive_data(data)
        return self._run(self._client_frames)

    def receive_broker_data(self, data: bytes, now: float | None = None) -> list[Action]:
        """Take bytes read from the broker (b"" means it closed)."""
        self._at(now)
        if not data:
            return self.handle(BrokerClosed())
        if self.phase in (Phase.CLOSED, Phase.ERROR):
            return []
        if not self.broker_open:
            self._local("broker bytes before OpenBroker")
        if self._is_whole_frame(data, self._broker):
            out: list[Action] = []
            try:
                self._broker_frame(data, out)
            except _Closed as closed:
                out.append(closed.action)
            return out
        self._broker.receive_data(data)
        return self._run(self._broker_frames)

    def handle(self, event: Event) -> list[Action]:
        """Take an event from the pump."""
        if isinstance(event, Tick):
            self._at(event.now)
            return self._run(self._tick)
        if isinstance(event, ProxyHeaderReceived):
            return self._run(lambda out: self._proxy_header(event, out))
        if isinstance(event, TlsEstablished):
            return self._run(lambda out: self._tls(event, out))
        if isinstance(event, ClientClosed):
            return self._run(self._client_closed)
        if isinstance(event, BrokerClosed):
            return self._run(lambda out: self._broker_closed(event, out))
        raise LocalProtocolError(f"unknown event {event!r}")

    # --- machinery ----------------------------------------------------------------------

    @staticmethod
    def _is_whole_frame(data: bytes, reader: FrameReader) -> bool:
        size = len(data) - 4
        return (size >= 0 and not reader.buffered and _SIZE.unpack_from(data)[0] == size
                and size <= reader.max_frame_bytes)

    def _at(self, now: float | None) -> None:
        if now is not None:
            self.now = now

    def _run(self, step: Callable[[list[Action]], None]) -> list[Action]:
        out: list[Action] = []
        if self.phase is Phase.ERROR:
            if self.close_action is not None:
                return out  # closed for the peer's fault: the pump is closing
            raise LocalProtocolError(f"connection is in ERROR: {self.phases.error_reason}")
        try:
            step(out)
        except _Closed as closed:
            out.append(closed.action)
        return out

    def _fire(self, trigger: Trigger) -> Phase:
        try:
            return self.phases.fire(trigger)
        except IllegalTransition as exc:
            if trigger in CLIENT_TRIGGERS:
                self._fail(RemoteProtocolError(str(exc), exc.error_code), PROTOCOL_ERROR)
            self.error = LocalProtocolError(str(exc))
            raise self.error from exc

    def _local(self, reason: str) -> None:
        self.phases.to_error(reason)
        self.error = LocalProtocolError(reason)
        raise self.error

    def _fail(self, exc: ProtocolError, who: str, error: BaseException | None = None) -> None:
        """End the connection for the peer's fault (or a gateway rule): ERROR, then Close."""
        self.phases.to_error(str(exc))
        self.error = exc
        self._close(Close(str(exc), who, exc.error_code, error))

    def _close(self, action: Close) -> None:
        self.close_action = action
        raise _Closed(action)

    def _end(self, trigger: Trigger, reason: str, who: str,
             error_code: int | None = None, error: BaseException | None = None) -> None:
        """An orderly end: fire `trigger` (to CLOSED), then Close."""
        self._fire(trigger)
        self._close(Close(reason, who, error_code, error))

    def _ranges(self) -> dict[int, tuple[int, int]]:
        ranges = self._api_ranges()
        if self.settings.authenticator is None and isinstance(ranges, dict):
            return ranges  # the hot path: no copy per request
        return {**ranges, **(SASL_RANGES if self.settings.authenticator else {})}

    def _advertised(self, ranges: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
        """The ranges an ApiVersions answer lists (SaslHandshake from v0 with SASL on)."""
        return {**ranges, **SASL_ADVERTISED} if self.settings.authenticator else ranges

    # --- events -------------------------------------------------------------------------

    def _proxy_header(self, event: ProxyHeaderReceived, out: list[Action]) -> None:
        phase = self._fire(Trigger.PROXY_HEADER)
        self.info.proxy_header = event.header
        if event.trailing_data:
            if phase is Phase.AWAIT_TLS:
                self._local("bytes after the PROXY header belong to the TLS layer: hand "
                            "them to it, not to the connection")
            self._client.receive_data(event.trailing_data)
            self._client_frames(out)

    def _tls(self, event: TlsEstablished, out: list[Action]) -> None:
        self._fire(Trigger.TLS_ESTABLISHED)
        self.info.tls = event

    def _client_closed(self, out: list[Action]) -> None:
        if self.phase is Phase.CLOSED:
            self._fire(Trigger.CLIENT_CLOSED)
            return
        if self.phase in _READS_FRAMES:
            self._client_eof = True
            self._client.receive_data(b"")
            self._client_frames(out)  # frames held back by the in-flight bound go first
            return
        self._end(Trigger.CLIENT_CLOSED, "client closed the connection", CLIENT)

    def _broker_closed(self, event: BrokerClosed, out: list[Action]) -> None:
        if self.phase is Phase.CLOSED:
            self._fire(Trigger.BROKER_CLOSED)
            return
        if self.phase in _BROKER_MAY_SPEAK and not self.broker_open:
            self._local("BrokerClosed before OpenBroker")
        self._end(Trigger.BROKER_CLOSED, event.reason, BROKER)

    def _tick(self, out: list[Action]) -> None:
        self._fire(Trigger.TICK)
        deadline = self.deadline
        if deadline is not None and self.now >= deadline:
            self._end(Trigger.TIMED_OUT, "the broker did not answer within "
                      "GATEWAY_REQUEST_TIMEOUT_MS after the client closed its side", TIMEOUT)

    # --- client frames ------------------------------------------------------------------

    def _client_frames(self, out: list[Action]) -> None:
        while self.phase in _READS_FRAMES and len(self.table) < self.settings.max_in_flight:
            try:
                frame = self._client.next_frame()
            except FrameTooLarge as exc:
                if self.phase in _PRE_AUTH:
                    exc = FrameTooLarge(f"{exc} before authentication")
                self._fail(exc, LIMIT)
            except ProtocolError as exc:
                self._fail(RemoteProtocolError(str(exc), exc.error_code), CLIENT)
            if frame is None:
                break
            self._client_frame(frame, out)
        if (self._client_eof and self.phase in _READS_FRAMES and self._client.at_eof
                and self._client.buffered == 0):
            self._client_closed_at = self.now
            self._due_at_client_close = len(self.table)
            self._fire(Trigger.CLIENT_CLOSED)
            self._drained(out)

    def _one_client_frame(self, frame: bytes, out: list[Action]) -> None:
        self._client_frame(frame, out)
        if self._client_eof or self._client.buffered:
            self._client_frames(out)  # an EOF held back, if any

    def _client_frame(self, frame: bytes, out: list[Action]) -> None:
        try:
            start = peek_request_start(frame)
        except ProtocolError as exc:
            self._fail(RemoteProtocolError(str(exc)), PROTOCOL_ERROR)
        api_key, version, correlation_id = start
        self.meter.received(api_key, len(frame))
        sasl = self.settings.authenticator is not None
        if api_key == api_keys.API_VERSIONS:
            trigger = Trigger.API_VERSIONS
        elif sasl and api_key == SASL_HANDSHAKE:
            trigger = Trigger.SASL_HANDSHAKE
        elif sasl and api_key == SASL_AUTHENTICATE:
            trigger = Trigger.SASL_AUTHENTICATE
        else:
            trigger = Trigger.REQUEST
        if (trigger in (Trigger.REQUEST, Trigger.API_VERSIONS) and self.phase is Phase.ACTIVE
                and self._sasl is not None and self._sasl.session_expired(self.now)):
            self._end(Trigger.SESSION_EXPIRED, "SASL session expired: the client did not "
                      "re-authenticate within SessionLifetimeMs (KIP-368)", AUTHENTICATION)
        pre_auth = self.phase in _PRE_AUTH
        self._fire(trigger)
        ranges = self._ranges()
        if trigger is Trigger.API_VERSIONS and is_too_new_api_versions(api_key, version, ranges):
            # KIP-511: answer a too-new ApiVersions request ourselves with a v0 body
            # listing what we support, so the client retries with a version we speak.
            self._answer(correlation_id, api_key, version,
                         unsupported_version_frame(correlation_id, self._advertised(ranges)),
                         out)
            return
        header = self._checked(frame, ranges, start)
        if trigger is Trigger.API_VERSIONS and pre_auth:
            self._answer(correlation_id, api_key, version,
                         _api_versions_frame(correlation_id, version, self._advertised(ranges)),
                         out)
        elif trigger is Trigger.SASL_HANDSHAKE:
            self._sasl_handshake(frame, header, out)
        elif trigger is Trigger.SASL_AUTHENTICATE:
            self._sasl_authenticate(frame, header, out)
        else:
            self._request(frame, header, out)

    def _checked(self, frame: bytes, ranges: dict[int, tuple[int, int]],
                 start: tuple[int, int, int]) -> RequestHeader:
        try:
            header = check_request(frame, ranges, start)
        except ProtocolError as exc:
            self._fail(exc if isinstance(exc, RemoteProtocolError)
                       else RemoteProtocolError(str(exc), exc.error_code), PROTOCOL_ERROR)
        if not self.info.identified:
            self.info.client_id, self.info.identified = header.client_id, True
        return header

    def _request(self, frame: bytes, header: RequestHeader, out: list[Action]) -> None:
        key, version, correlation_id = header.api_key, header.api_version, header.correlation_id
        try:
            expects_response = key != api_keys.PRODUCE or produce_expects_response(frame, header)
        except ProtocolError as exc:
            self._fail(RemoteProtocolError(f"malformed Produce v{version} request: {exc}",
                                           exc.error_code), PROTOCOL_ERROR)
        context = None
        chain = self.chain
        if chain is not None and chain.wants_request(key, version):
            result = chain.on_request(frame, header, expects_response)
            self._side_requests(result.side_requests, out)
            if result.kind == "close":
                self._chain_closed(result)
            if result.kind == "drop":
                return
            if result.kind == "answer":
                if expects_response:  # acks=0: the client reads no answer
                    self._answer(correlation_id, key, version, result.frame, out)
                return
            frame, context = result.frame, result.context
        self._open_broker(out)
        try:
            upstream_id = self.table.forward(correlation_id, key, version, expects_response,
                                             context)
        except ProtocolError as exc:
            self._fail(RemoteProtocolError(str(exc)), PROTOCOL_ERROR)
        if expects_response:
            self.meter.queued()
        out.append(ForwardToBroker(with_correlation_id(frame, REQUEST_ID_OFFSET, upstream_id)))

    def _chain_closed(self, result: ChainResult) -> None:
        # An interceptor that raised is our bug; a rule it enforced is the peer's doing.
        raised = result.error is not None and not isinstance(result.error, ProtocolError)
        kind = LocalProtocolError if raised else RemoteProtocolError
        self._fail(kind(result.reason, result.error_code), result.who, result.error)

    def _open_broker(self, out: list[Action]) -> None:
        if not self.broker_open:
            self.broker_open = True
            out.append(OpenBroker())

    def _side_requests(self, planned: Sequence[PlannedSideRequest], out: list[Action]) -> None:
        for side in planned:
            self._open_broker(out)
            key = side.request.API_KEY
            upstream_id = self.table.send_side(key, side.api_version, side.continuation)
            header = codec.RequestHeader(
                RequestApiKey=key, RequestApiVersion=side.api_version,
                CorrelationId=upstream_id, ClientId=self.settings.side_request_client_id)
            data = codec.encode_request(header, side.request)
            out.append(SideRequest(data, side.request, side.api_version, side.continuation))

    def _answer(self, correlation_id: int, api_key: int, version: int, frame: bytes,
                out: list[Action]) -> None:
        """Queue a local answer in response order (written now if nothing is before it)."""
        try:
            self.table.answer_locally(correlation_id, api_key, version,
                                      with_correlation_id(frame, RESPONSE_ID_OFFSET,
                                                          correlation_id))
        except ProtocolError as exc:
            self._fail(RemoteProtocolError(str(exc)), PROTOCOL_ERROR)
        self.meter.queued_local()
        self._write_local_answers(out)

    def _write_local_answers(self, out: list[Action]) -> None:
        while self.table.local_answer_next():
            entry = self.table.complete()
            assert entry.local_response is not None
            out.append(ReplyToClient(entry.local_response))

    # --- SASL ---------------------------------------------------------------------------

    def _sasl_handshake(self, frame: bytes, header: RequestHeader, out: list[Action]) -> None:
        self._sasl_exchange(frame, header, out)

    def _sasl_authenticate(self, frame: bytes, header: RequestHeader,
                           out: list[Action]) -> None:
        self._sasl_exchange(frame, header, out)

    def _sasl_exchange(self, frame: bytes, header: RequestHeader, out: list[Action]) -> None:
        rules = self._sasl
        assert rules is not None
        before = rules.outcome
        body = self._decode_request(frame)
        answer = rules.receive(header.api_key, header.api_version, body, self.now)
        self._answer_typed(header, answer, out)
        outcome = rules.outcome
        if outcome is None or outcome is before:
            return
        if hasattr(outcome, "error_code"):
            self._end(Trigger.AUTHENTICATION_FAILED, f"authentication failed: "
                      f"{outcome.reason}", AUTHENTICATION, outcome.error_code)
        if header.api_key == SASL_AUTHENTICATE:
            self._fire(Trigger.AUTHENTICATED)
            self.info.principal, self.info.mechanism = outcome.principal, outcome.mechanism
            self._client.max_frame_bytes = self.settings.max_frame_bytes

    def _decode_request(self, frame: bytes) -> Any:
        try:
            return codec.decode_request(frame).body
        except ProtocolError as exc:
            self._fail(RemoteProtocolError(str(exc), exc.error_code), PROTOCOL_ERROR)

    def _answer_typed(self, header: RequestHeader, body: codec.Message,
                      out: list[Action]) -> None:
        frame = codec.encode_response(codec.ResponseHeader(CorrelationId=header.correlation_id),
                                      body, header.api_version)
        self._answer(header.correlation_id, header.api_key, header.api_version, frame, out)

    # --- broker frames ------------------------------------------------------------------

    def _broker_frames(self, out: list[Action]) -> None:
        while self.phase in _BROKER_MAY_SPEAK:
            try:
                frame = self._broker.next_frame()
            except ProtocolError as exc:
                self._fail(RemoteProtocolError(f"broker: {exc}", exc.error_code), BROKER)
            if frame is None:
                return
            self._broker_frame(frame, out)

    def _broker_frame(self, frame: bytes, out: list[Action]) -> None:
        self._fire(Trigger.BROKER_RESPONSE)
        try:
            upstream_id = response_correlation_id(frame)
            unexpected = self.table.unexpected_responses
            pending = self.table.match_response(upstream_id)
        except ProtocolError as exc:
            self._fail(RemoteProtocolError(f"broker: {exc}", exc.error_code), BROKER)
        if pending is None:
            if self.table.unexpected_responses > unexpected:
                out.append(UnexpectedResponse(upstream_id, self.table.unexpected_responses))
            return
        if pending.continuation is not None:
            self._side_response(frame, pending)
            return
        self.meter.upstream_answered()
        assert self.table.oldest() is pending  # local answers at the head are written at once
        chain = self.chain
        if chain is not None and chain.wants_response(pending.api_key, pending.api_version):
            result = chain.on_response(frame, pending)
            self._side_requests(result.side_requests, out)
            if result.kind == "close":
                self._chain_closed(result)
            frame = result.frame
        self.table.complete()
        out.append(ReplyToClient(with_correlation_id(frame, RESPONSE_ID_OFFSET,
                                                     pending.correlation_id)))
        self._write_local_answers(out)
        if self.phase is Phase.DRAINING:
            self._drained(out)
        elif self._client.buffered or self._client_eof:
            self._client_frames(out)  # room in flight again: frames held back go now

    def _side_response(self, frame: bytes, pending: PendingRequest) -> None:
        assert pending.continuation is not None
        name = api_keys.api_name(pending.api_key)
        try:
            body = codec.decode_response(frame, pending.api_key, pending.api_version).body
        except ProtocolError as exc:
            self._fail(RemoteProtocolError(f"broker: malformed {name} response to a side "
                                           f"request: {exc}", exc.error_code), BROKER)
        try:
            pending.continuation(body)
        except Exception as exc:
            self._fail(LocalProtocolError(
                f"continuation of a side {name} request raised {type(exc).__name__}: {exc}"),
                INTERCEPTOR, exc)

    def _drained(self, out: list[Action]) -> None:
        if self.phase is not Phase.DRAINING or len(self.table):
            return
        due = self._due_at_client_close
        owed = "the response due was" if due == 1 else f"the {due} responses due were"
        self._end(Trigger.DRAINED, "client closed the connection" if not due else
                  f"client closed its side; {owed} delivered first", CLIENT)


def _api_versions_frame(correlation_id: int, version: int,
                        ranges: Mapping[int, tuple[int, int]]) -> bytes:
    """The gateway's own ApiVersions answer (before authentication, no broker is asked)."""
    body = ApiVersionsResponse(ErrorCode=NONE, ThrottleTimeMs=0, ApiKeys=[
        ApiVersion(ApiKey=key, MinVersion=low, MaxVersion=high)
        for key, (low, high) in sorted(ranges.items())
    ])
    return codec.encode_response(codec.ResponseHeader(CorrelationId=correlation_id), body,
                                 version)


__all__ = [
    "Action", "BrokerClosed", "Chain", "ChainResult", "ClientClosed", "Close",
    "ConnectionInfo", "ConnectionSettings", "Event", "ForwardToBroker", "IllegalTransition",
    "OpenBroker", "Phase", "PhaseMachine", "PlannedSideRequest", "ProxyConnection",
    "ProxyHeaderReceived", "ReplyToClient", "SaslRules", "SideRequest", "Tick",
    "TlsEstablished", "Trigger", "TRANSITIONS", "UnexpectedResponse",
]
