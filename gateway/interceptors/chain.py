"""The interceptor chain of one connection: the `Chain` that `ProxyConnection` calls.

Interceptors are indexed by direction and API key when the chain is made (memoized per
version), so for a message nobody declared an interest in, `wants_request` or
`wants_response` is one dict lookup and the connection never hands it over: the same
bytes object goes on, undecoded. Otherwise one `RequestMessage`/`ResponseMessage` is shared by the
interested interceptors (requests in chain order, responses in reverse), so the typed body
is decoded at most once, and encoded at most once, after the last of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gateway.protocol import api_keys, codec
from gateway.protocol.codec_runtime import kafka_default
from gateway.protocol.connection import (
    BROKER,
    INTERCEPTOR,
    PROTOCOL_ERROR,
    ChainResult,
    ConnectionInfo,
)
from gateway.protocol.correlation import PendingRequest
from gateway.protocol.errors import LocalProtocolError, ProtocolError
from gateway.protocol.frames import frame as framed
from gateway.protocol.headers import RequestHeader, encode_response_header
from gateway.protocol.internal_topics import RULES

from .api import (
    ChainStats,
    CloseConnection,
    Direction,
    Drop,
    Fail,
    Forward,
    Interceptor,
    InterceptorFactory,
    RequestMessage,
    ResponseMessage,
    ShortCircuit,
    make_interceptors,
)

_Entries = list[tuple[int, Interceptor, tuple[tuple[int, int], ...]]]


class InterceptorChain:
    """The ordered interceptors of one connection."""

    def __init__(self, interceptors: Sequence[Interceptor]) -> None:
        self.interceptors = list(interceptors)
        self.stats = ChainStats()
        index: dict[tuple[Direction, int], _Entries] = {}
        for slot, interceptor in enumerate(self.interceptors):
            ranges: dict[tuple[Direction, int], list[tuple[int, int]]] = {}
            for interest in interceptor.interests:
                ranges.setdefault((interest.direction, interest.api_key), []).append(
                    interest.versions)
            for key, versions in ranges.items():
                index.setdefault(key, []).append((slot, interceptor, tuple(versions)))
        # By API key, responses in reverse order; then memoized by (API key, version) as
        # an int, so the per-message lookup hashes no Enum and no tuple.
        self._requests = {k: e for (d, k), e in index.items() if d is Direction.REQUEST}
        self._responses = {k: e[::-1] for (d, k), e in index.items()
                           if d is Direction.RESPONSE}
        self._request_memo: dict[int, _Entries] = {}
        self._response_memo: dict[int, _Entries] = {}

    @classmethod
    def for_connection(cls, factories: Sequence[InterceptorFactory],
                       info: ConnectionInfo) -> InterceptorChain:
        """A chain of fresh interceptors for one connection."""
        return cls(make_interceptors(factories, info))

    @staticmethod
    def _interested(index: dict[int, _Entries], memo: dict[int, _Entries], api_key: int,
                    version: int) -> _Entries:
        found = memo.get(api_key << 16 | version)
        if found is None:
            entries = index.get(api_key) or []
            found = [e for e in entries if any(lo <= version <= hi for lo, hi in e[2])]
            memo[api_key << 16 | version] = found  # at most keys x versions
        return found

    def wants_request(self, api_key: int, version: int) -> bool:
        """Whether any interceptor handles requests of (`api_key`, `version`)."""
        return bool(self._interested(self._requests, self._request_memo, api_key, version))

    def wants_response(self, api_key: int, version: int) -> bool:
        """Whether any interceptor handles responses of (`api_key`, `version`)."""
        return bool(self._interested(self._responses, self._response_memo, api_key, version))

    def on_request(self, frame: bytes, header: RequestHeader,
                   expects_response: bool) -> ChainResult:
        """Pass a client request through the interested interceptors."""
        entries = self._interested(self._requests, self._request_memo, header.api_key,
                                   header.api_version)
        if not entries:
            return ChainResult("forward", frame)
        contexts: dict[int, Any] = {}
        message = RequestMessage(frame, header, expects_response, self.stats, contexts)
        for slot, interceptor, _ in entries:
            message._slot = slot
            try:
                result = interceptor.on_request(message)
                outcome = self._request_outcome(result, message, interceptor)
            except Exception as exc:
                return _raised(interceptor, exc, "request", header.api_key,
                               header.api_version, message)
            if outcome is not None:
                return outcome
        try:
            out = message.frame
        except Exception as exc:
            return _raised(entries[-1][1], exc, "request", header.api_key, header.api_version,
                           message)
        return ChainResult("forward", out, context=contexts or None,
                           side_requests=tuple(message.side_requests))

    def _request_outcome(self, result: object, message: RequestMessage,
                         interceptor: Interceptor) -> ChainResult | None:
        sides = tuple(message.side_requests)
        if isinstance(result, Forward):
            message._apply(result)
            return None
        if isinstance(result, ShortCircuit):
            if not message.expects_response:
                return ChainResult("drop", side_requests=sides)
            if result.frame is not None:
                return ChainResult("answer", result.frame, side_requests=sides)
            assert result.response is not None
            self.stats.encodes += 1
            return ChainResult("answer", _response_frame(message.header, result.response),
                               side_requests=sides)
        if isinstance(result, Fail):
            if not message.expects_response:
                return ChainResult("drop", side_requests=sides)
            self.stats.encodes += 1
            return ChainResult("answer", error_response(
                message.frame, message.header, result.error_code, result.message),
                side_requests=sides)
        if isinstance(result, Drop):
            return ChainResult("drop", side_requests=sides)
        if isinstance(result, CloseConnection):
            return ChainResult("close", reason=f"{interceptor.name}: {result.reason}",
                               who=INTERCEPTOR, side_requests=sides)
        raise LocalProtocolError(f"on_request returned {result!r}, not a request result "
                                 "(forward, short_circuit, fail, drop, close)")

    def on_response(self, frame: bytes, pending: PendingRequest) -> ChainResult:
        """Pass a broker response through the interested interceptors (in reverse order)."""
        key, version = pending.api_key, pending.api_version
        entries = self._interested(self._responses, self._response_memo, key, version)
        if not entries:
            return ChainResult("forward", frame)
        contexts: dict[int, Any] = pending.context if pending.context is not None else {}
        message = ResponseMessage(frame, key, version, pending.correlation_id, self.stats,
                                  contexts)
        for slot, interceptor, _ in entries:
            message._slot = slot
            try:
                result = interceptor.on_response(message)
                if isinstance(result, Forward):
                    message._apply(result)
                elif isinstance(result, Fail):
                    self.stats.encodes += 1
                    message._apply(Forward(frame=error_response_to(
                        key, version, pending.correlation_id, result.error_code,
                        result.message)))
                elif isinstance(result, CloseConnection):
                    return ChainResult("close", reason=f"{interceptor.name}: {result.reason}",
                                       who=INTERCEPTOR,
                                       side_requests=tuple(message.side_requests))
                else:
                    raise LocalProtocolError(
                        f"on_response returned {result!r}, not a response result (forward, "
                        "fail, close); a response cannot be dropped or short-circuited")
            except Exception as exc:
                return _raised(interceptor, exc, "response", key, version, message)
        try:
            out = message.frame
        except Exception as exc:
            return _raised(entries[-1][1], exc, "response", key, version, message)
        return ChainResult("forward", out, side_requests=tuple(message.side_requests))


def _raised(interceptor: Interceptor, exc: Exception, what: str, api_key: int, version: int,
            message: RequestMessage | ResponseMessage) -> ChainResult:
    """The close of a connection whose interceptor raised (or whose message is malformed)."""
    name = f"{api_keys.api_name(api_key)} v{version} {what}"
    sides = tuple(message.side_requests)
    if isinstance(exc, ProtocolError) and not isinstance(exc, LocalProtocolError):
        # The peer's bytes did not decode: the peer's fault, not the interceptor's.
        if what == "request":
            who, reason = PROTOCOL_ERROR, f"malformed {name}: {exc}"
        else:  # worded as metrics.close_reason_kind expects
            who, reason = BROKER, f"malformed response from broker ({name}): {exc}"
        return ChainResult("close", reason=reason, who=who, error_code=exc.error_code,
                           error=exc, side_requests=sides)
    return ChainResult(
        "close", reason=f"interceptor {interceptor.name} raised {type(exc).__name__} on a "
        f"{name}: {exc}", who=INTERCEPTOR, error=exc, side_requests=sides)


def _response_frame(header: RequestHeader, body: codec.Message) -> bytes:
    if body.KIND != "response" or header.api_key != body.API_KEY:
        raise LocalProtocolError(
            f"short_circuit() with a {type(body).__name__} for a "
            f"{api_keys.api_name(header.api_key)} request")
    return codec.encode_response(codec.ResponseHeader(CorrelationId=header.correlation_id),
                                 body, header.api_version)


def _top_level_error(api_key: int, version: int, error_code: int,
                     message: str | None) -> codec.Message | None:
    cls = codec.response_class(api_key, version)
    fields = {f.name: f for f in cls.INFO.fields if f.in_version(version) and f.tag is None}
    if "ErrorCode" not in fields:
        return None
    body = kafka_default(cls)
    body.ErrorCode = error_code
    if message is not None and "ErrorMessage" in fields:
        body.ErrorMessage = message
    assert isinstance(body, codec.Message)
    return body


def error_response(frame: bytes, header: RequestHeader, error_code: int,
                   message: str | None = None) -> bytes:
    """The error response to a request: top-level error, else one per topic/partition.

    Raises LocalProtocolError for an API that has neither (use short_circuit there).
    """
    key, version = header.api_key, header.api_version
    body = _top_level_error(key, version, error_code, message)
    if body is not None:
        return _response_frame(header, body)
    rule = RULES.get(key)
    if rule is None or rule.top_level_error:
        raise LocalProtocolError(
            f"fail() cannot build a {api_keys.api_name(key)} v{version} error response (it "
            "has no top-level error code and names no topics): use short_circuit()")
    request, _ = rule.request_message.decode(frame, version, header.body_offset)
    response = rule.answer(request, lambda refs: error_code)
    return framed(encode_response_header(key, version, header.correlation_id)
                  + rule.encode_answer(response, version))


def error_response_to(api_key: int, version: int, correlation_id: int, error_code: int,
                      message: str | None = None) -> bytes:
    """An error response replacing a broker's answer (APIs with a top-level error only)."""
    body = _top_level_error(api_key, version, error_code, message)
    if body is None:
        raise LocalProtocolError(
            f"fail() on a {api_keys.api_name(api_key)} v{version} response: it has no "
            "top-level error code; change the body and forward it instead")
    return codec.encode_response(codec.ResponseHeader(CorrelationId=correlation_id), body,
                                 version)
