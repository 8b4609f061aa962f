"""The client-facing TLS layer: handshake, SNI broker choice, mTLS principal, diagnosis.

A connection's TLS handshake runs over the raw socket after the PROXY header, if any;
bytes read past that header are the start of the ClientHello and are served first
(`PrefixedStream`). The server name is judged inside the handshake by the context's
`sni_callback`, so an unknown name fails it with the `unrecognized_name` alert (RFC 6066
§3) before any certificate is sent. The callback runs synchronously inside the task that
drives the handshake, so it hands its verdict back through a context variable rather
than through attributes of the SSL object. A failed handshake is diagnosed from the
first bytes the client sent: plaintext Kafka, HTTP, or a TLS record the TLS library
refused, and said so in one rate-limited line.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import ssl
from dataclasses import dataclass

import trio

from gateway.config import GatewayConfig
from gateway.log_limits import LogLimiter
from gateway.protocol.connection import TlsEstablished
from gateway.routing.sni import SniNames, UnknownName
from gateway.security.principal import NoMatchingRule, PrincipalMapper
from gateway.security.tls import ReloadingServerContext, classify_first_bytes, principal_from_der

from .tls_stream import BioKeepingContext, TlsStream

log = logging.getLogger("sluice.proxy")

# Bytes of the client's first flight kept to diagnose a failed handshake (a Kafka
# request header or a TLS record header is far shorter).
SNIFF_BYTES = 64


class PrefixedStream(trio.abc.HalfCloseableStream):
    """A stream that yields `prefix` first, then the wrapped stream; keeps the first bytes."""

    def __init__(self, stream: trio.abc.HalfCloseableStream, prefix: bytes) -> None:
        self.stream = stream
        self._prefix = prefix
        self.first_bytes = prefix[:SNIFF_BYTES]

    async def receive_some(self, max_bytes: int | None = None) -> bytes | bytearray:
        """The buffered prefix, then whatever the socket delivers."""
        if self._prefix:
            size = len(self._prefix) if max_bytes is None else max_bytes
            prefix, self._prefix = self._prefix[:size], self._prefix[size:]
            return prefix
        data = await self.stream.receive_some(max_bytes)
        if len(self.first_bytes) < SNIFF_BYTES:
            self.first_bytes += bytes(data[: SNIFF_BYTES - len(self.first_bytes)])
        return data

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        """Write to the socket."""
        await self.stream.send_all(data)

    async def wait_send_all_might_not_block(self) -> None:
        """As the socket stream."""
        await self.stream.wait_send_all_might_not_block()

    async def send_eof(self) -> None:
        """Half-close the socket."""
        await self.stream.send_eof()

    async def aclose(self) -> None:
        """Close the socket."""
        await self.stream.aclose()


@dataclass(slots=True)
class _Verdict:
    """What the SNI callback decided for one handshake."""

    server_name: str | None = None
    broker_id: int | None = None
    refused: bool = False


_VERDICT: contextvars.ContextVar[_Verdict] = contextvars.ContextVar("sluice_sni_verdict")


# How long a refused client is given to take the alert that says why.
ALERT_SEND_TIMEOUT_S = 1.0


@dataclass(frozen=True, slots=True)
class ClientTls:
    """A completed handshake: the stream, what the connection learned, the broker chosen."""

    stream: TlsStream
    established: TlsEstablished
    broker_id: int | None  # from the server name; None for a bootstrap connection
    principal: str | None = None


class TlsListener:
    """Accepts TLS on client connections with the node's (rotating) certificate."""

    def __init__(self, config: GatewayConfig, limiter: LogLimiter) -> None:
        settings = config.client_tls
        assert settings is not None
        self.limiter = limiter
        self.timeout_s = config.gateway_ssl_handshake_timeout_ms / 1000
        self.sni = SniNames(config.advertised_host, config.gateway_advertised_host_prefix,
                            config.gateway_sni_host_separator) if config.sni_routing else None
        self.mapper = PrincipalMapper.parse(config.gateway_ssl_principal_mapping_rules)
        self.contexts = ReloadingServerContext(
            settings, config.gateway_ssl_reload_interval_ms / 1000, now=trio.current_time())

    def context(self) -> ssl.SSLContext:
        """The context for a new connection (rebuilt when the certificate files changed)."""
        context = self.contexts.current(trio.current_time())
        context.sni_callback = self._judge_server_name
        # Reads of a TlsStream never wait for the peer to write: no renegotiation.
        context.options |= ssl.OP_NO_RENEGOTIATION
        # No TLS 1.3 session tickets: trio.SSLStream holds a server's last handshake
        # flight (the tickets) back until its next write, which TlsStream, taking over
        # after the handshake, would never send.
        context.num_tickets = 0
        return context

    def _judge_server_name(self, _obj: ssl.SSLObject, server_name: str | None,
                           _context: ssl.SSLContext) -> int | None:
        verdict = _VERDICT.get(None)
        if verdict is None:
            return None
        verdict.server_name = server_name
        if self.sni is None:
            return None
        try:
            chosen = self.sni.broker_for(server_name)
        except UnknownName:
            verdict.refused = True
            return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
        verdict.broker_id = chosen if isinstance(chosen, int) else None
        return None

    async def handshake(self, raw: trio.abc.HalfCloseableStream, trailing: bytes, peer: str,
                        client_host: str) -> ClientTls | None:
        """The TLS session of a client, or None after logging why the handshake failed."""
        transport = PrefixedStream(raw, trailing)
        keeper = BioKeepingContext(self.context())
        stream = keeper.ssl_stream(transport, server_side=True, https_compatible=True)
        verdict = _Verdict()
        token = _VERDICT.set(verdict)
        try:
            with trio.fail_after(self.timeout_s):
                await stream.do_handshake()
        except trio.TooSlowError:
            got = len(transport.first_bytes)
            self._failed(peer, client_host, "timeout",
                         f"no TLS handshake within GATEWAY_SSL_HANDSHAKE_TIMEOUT_MS="
                         f"{self.timeout_s * 1000:.0f} ({got} bytes received)")
            return None
        except trio.BrokenResourceError as exc:
            self._failed(peer, client_host, *self._diagnose(transport, verdict, exc))
            await _send_alert(transport, keeper.outgoing)
            return None
        finally:
            _VERDICT.reset(token)
        # trio.SSLStream did the handshake; the data is read many records at a time.
        session = keeper.session(transport)
        der = session.getpeercert()
        principal = None
        if der:
            try:
                principal = principal_from_der(der, self.mapper)
            except NoMatchingRule as exc:
                await trio.aclose_forcefully(session)
                self._failed(peer, client_host, "principal", str(exc))
                return None
        return ClientTls(session, TlsEstablished(verdict.server_name, der), verdict.broker_id,
                         principal)

    def _diagnose(self, transport: PrefixedStream, verdict: _Verdict,
                  exc: BaseException) -> tuple[str, str]:
        if verdict.refused:
            assert self.sni is not None
            return "unknown server name", (
                f"unknown TLS server name {verdict.server_name!r} (expected {self.sni.pattern}); "
                f"answered with the unrecognized_name alert")
        first = transport.first_bytes
        kind = classify_first_bytes(first)
        if kind == "kafka-plaintext":
            return "plaintext", ("client sent plaintext to a TLS listener (a Kafka request "
                                 "without TLS: set security.protocol=SSL on the client)")
        if kind == "http":
            return "http", "client sent HTTP to a TLS listener"
        if not first:
            return "closed", "client closed the connection before the TLS handshake"
        cause = exc.__cause__
        reason = getattr(cause, "reason", None) or str(cause or exc) or type(exc).__name__
        if kind == "tls":
            return "tls error", f"TLS error {reason}"
        return "not tls", (f"client sent bytes that are not TLS to a TLS listener (first bytes "
                           f"{first[:8].hex(' ')}): {reason}")

    def _failed(self, peer: str, client_host: str, kind: str, reason: str) -> None:
        # A connection closed before sending anything is what TCP health checks and port
        # scanners do: not worth a warning.
        level = logging.DEBUG if kind == "closed" else logging.WARNING
        self.limiter.log(level, f"tls handshake: {kind}", client_host,
                         "TLS handshake with %s failed: %s", peer, reason)


async def _send_alert(transport: PrefixedStream, outgoing: ssl.MemoryBIO | None) -> None:
    """Send what the TLS library queued (the alert) before the connection is closed."""
    data = outgoing.read() if outgoing is not None else b""
    if not data:
        return
    with trio.move_on_after(ALERT_SEND_TIMEOUT_S):
        with contextlib.suppress(trio.BrokenResourceError, trio.ClosedResourceError, OSError):
            await transport.send_all(data)
