"""TLS and SASL toward the backend brokers, for the data plane and the gateway's own calls.

One `UpstreamSecurity` per worker is made from the settings (`security_for`): the client
TLS context (KAFKA_SSL_*; system CAs unless a CA is given; hostname verification unless
KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM is empty) and the SASL credentials
(KAFKA_SASL_*). The gateway's own connections (`describe_cluster`) always authenticate
with them; data-plane connections do too in GATEWAY_MANAGED mode, and in KAFKA_MANAGED mode
they do TLS only, since each client's own SASL exchange passes through to the broker.

Failures are `UpstreamFailure`s whose message names the reason and the remedy, never a
secret. This module is separate from upstream.py so that backend.py can use it without an
import cycle (upstream.py needs the session, which needs the state, which needs backend.py).
"""

from __future__ import annotations

import functools
import logging
import math
import ssl
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Final, Literal

import h11
import trio

from gateway.config import GatewayConfig
from gateway.security.authenticators import security_mode as client_security_mode
from gateway.security.backend_auth import (
    MAX_TOKEN_RESPONSE_BYTES,
    BackendAuthError,
    BackendSasl,
    Done,
    OAuthToken,
    SaslClientExchange,
    backend_sasl,
    parse_token_response,
    token_request,
)
from gateway.security.tls import BackendTls, backend_context

from .framed import FramedStream, PeerGone
from .tls_stream import BioKeepingContext

__all__ = ["BrokerLogin", "SecurityMode", "UpstreamFailure", "UpstreamSecurity",
           "check_backend_security", "describe_tls_error", "security_for", "security_mode"]

log = logging.getLogger("sluice.backend")

SecurityMode = Literal["GATEWAY_MANAGED", "KAFKA_MANAGED"]
# OpenSSL's X509_V_ERR_* codes that have a remedy of their own.
_HOSTNAME_MISMATCH: Final = frozenset({62, 64})  # host name, IP address
_UNTRUSTED: Final = frozenset({2, 18, 19, 20, 21})  # no issuer, self-signed, local issuer
_EXPIRED: Final = frozenset({9, 10})  # not yet valid, expired
_TRUST_REMEDY: Final = ("set KAFKA_SSL_CA_LOCATION (PEM) or KAFKA_SSL_TRUSTSTORE_LOCATION "
                        "(PKCS#12) to the CA that signs the brokers' certificates (without "
                        "them Sluice trusts the system CAs)")
_AUTH_REMEDY: Final = ("check KAFKA_SASL_USERNAME/KAFKA_SASL_PASSWORD or KAFKA_SASL_JAAS_CONFIG "
                       "(Confluent Cloud: an API key and secret of this cluster) and "
                       "KAFKA_SASL_MECHANISM")


class UpstreamFailure(Exception):
    """TLS or SASL to a broker failed: `reason` is short, `str()` adds the remedy."""

    def __init__(self, kind: str, reason: str, remedy: str = "") -> None:
        super().__init__(f"{reason}; {remedy}" if remedy else reason)
        self.kind = kind  # tls, tls-verify, auth, token
        self.reason = reason


def security_mode(config: GatewayConfig) -> SecurityMode:
    """GATEWAY_SECURITY_MODE, or inferred (one rule, in gateway.security.authenticators)."""
    return "KAFKA_MANAGED" if client_security_mode(config) == "KAFKA_MANAGED" else (
        "GATEWAY_MANAGED")


def describe_tls_error(exc: BaseException, host: str) -> UpstreamFailure:
    """Why a TLS handshake with a broker failed, with the remedy."""
    cause: BaseException = exc
    while isinstance(cause, trio.BrokenResourceError) and cause.__cause__ is not None:
        cause = cause.__cause__
    if isinstance(cause, ssl.SSLCertVerificationError):
        detail = (cause.verify_message or cause.reason or "").rstrip(".")
        reason = f"certificate verify failed: {detail}"
        code = cause.verify_code
        if code in _HOSTNAME_MISMATCH:
            remedy = (f"the broker's certificate does not name {host!r}: connect by a name "
                      f"the certificate holds (KAFKA_BOOTSTRAP_SERVERS and the brokers' "
                      f"advertised listeners), or, for tests only, turn the check off with "
                      f"an empty KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM")
        elif code in _EXPIRED:
            remedy = "the broker's certificate is outside its validity period: renew it"
        elif code in _UNTRUSTED:
            remedy = _TRUST_REMEDY
        else:
            remedy = _TRUST_REMEDY
        return UpstreamFailure("tls-verify", reason, remedy)
    if isinstance(cause, ssl.SSLError):
        text = cause.reason or str(cause)
        if "WRONG_VERSION_NUMBER" in text.upper() or "RECORD_LAYER" in text.upper():
            return UpstreamFailure(
                "tls", f"TLS handshake failed ({text}): the listener does not speak TLS",
                "use KAFKA_SECURITY_PROTOCOL=PLAINTEXT or SASL_PLAINTEXT for it, or point "
                "KAFKA_BOOTSTRAP_SERVERS at the brokers' TLS listener")
        if "UNRECOGNIZED_NAME" in text.upper():
            return UpstreamFailure(
                "tls", f"TLS handshake failed ({text}): the broker does not know the server "
                f"name {host!r}", "connect by a name the listener serves (SNI routing)")
        if "EOF" in text.upper():
            return UpstreamFailure(
                "tls", f"the broker closed the connection during the TLS handshake ({text})",
                f"a listener that requires a client certificate (KAFKA_SSL_CERTIFICATE_"
                f"LOCATION), or that routes by server name and does not know {host!r}, "
                f"does this")
        return UpstreamFailure("tls", f"TLS handshake failed: {text}",
                               "check the broker's TLS settings (protocol versions, ciphers, "
                               "client certificate: KAFKA_SSL_CERTIFICATE_LOCATION)")
    return UpstreamFailure(
        "tls", f"connection closed during the TLS handshake ({cause or type(cause).__name__})",
        "is this a TLS listener (KAFKA_SECURITY_PROTOCOL=SSL/SASL_SSL)? does the broker "
        "require a client certificate (KAFKA_SSL_CERTIFICATE_LOCATION)?")


# A data-plane connection logs in again when this share of its session lifetime is gone
# (Kafka's clients pick 85-95%), and its exchange's correlation ids start here.
REAUTH_AFTER = 0.85
REAUTH_CORRELATION_ID = 0x7FFF0000


@dataclass
class BrokerLogin:
    """The SASL session of a data-plane connection, renewed before the broker ends it."""

    security: UpstreamSecurity
    sasl: BackendSasl
    renew_at: float  # trio time; math.inf when the broker set no session lifetime

    @staticmethod
    def renewal_time(done: Done, now: float) -> float:
        """When to re-authenticate a session that `done` opened at `now`."""
        if done.session_lifetime_ms <= 0:
            return math.inf
        return now + done.session_lifetime_ms / 1000 * REAUTH_AFTER

    async def renew(self, conn: FramedStream, stray: Callable[[bytes], Awaitable[None]]
                    ) -> None:
        """Re-authenticate on `conn` (KIP-368), nothing else in flight; raises UpstreamFailure."""
        started = trio.current_time()
        done = await self.security.login(conn, self.sasl, stray)
        self.renew_at = self.renewal_time(done, started)


@dataclass
class UpstreamSecurity:
    """How this worker reaches brokers: TLS context, credentials, and the cached token."""

    protocol: str
    mode: SecurityMode
    tls_context: ssl.SSLContext | None = None
    sasl: BackendSasl | None = None
    token_timeout_s: float = 10.0
    _token: OAuthToken | None = field(default=None, repr=False)
    _token_lock: trio.Lock = field(default_factory=trio.Lock, repr=False)
    _lifetime_noted: bool = False

    @classmethod
    def from_config(cls, config: GatewayConfig) -> UpstreamSecurity:
        """Build it; TlsConfigError/ValueError name the setting that cannot work."""
        protocol = config.kafka_security_protocol
        context = None
        if protocol.endswith("SSL"):
            context = backend_context(BackendTls(
                ca_location=config.kafka_ssl_ca_location,
                truststore_location=config.kafka_ssl_truststore_location,
                truststore_password=config.kafka_ssl_truststore_password,
                endpoint_identification_algorithm=(
                    config.kafka_ssl_endpoint_identification_algorithm),
                certificate_location=config.kafka_ssl_certificate_location,
                key_location=config.kafka_ssl_key_location,
                key_password=config.kafka_ssl_key_password,
            ))
        sasl = backend_sasl(config) if protocol.startswith("SASL") else None
        return cls(protocol, security_mode(config), context, sasl,
                   token_timeout_s=config.gateway_upstream_connect_timeout_ms / 1000)

    @property
    def data_path_sasl(self) -> BackendSasl | None:
        """The credentials data-plane connections log in with (none when clients' pass)."""
        return self.sasl if self.mode == "GATEWAY_MANAGED" else None

    async def wrap(self, stream: trio.SocketStream, host: str) -> trio.abc.Stream:
        """The stream with TLS on, if the backend wants TLS; raises UpstreamFailure."""
        if self.tls_context is None:
            return stream
        keeper = BioKeepingContext(self.tls_context)
        try:
            await keeper.ssl_stream(stream, server_hostname=host).do_handshake()
        except (trio.BrokenResourceError, ssl.SSLError, OSError) as exc:
            await trio.aclose_forcefully(stream)
            raise describe_tls_error(exc, host) from None
        # A broker's Fetch responses come in many TLS records: read them many per call.
        return keeper.session(stream)

    async def login(self, conn: FramedStream, sasl: BackendSasl,
                    stray: Callable[[bytes], Awaitable[None]] | None = None) -> Done:
        """SaslHandshake + SaslAuthenticate on `conn`; raises UpstreamFailure.

        On a fresh connection every frame read is the exchange's. A re-authentication
        (KIP-368) passes `stray`, which takes the frames that answer something else (the
        librdkafka mock answers even acks=0 Produce requests); its requests then use
        correlation ids far from the data path's.
        """
        token = await self.token() if sasl.mechanism == "OAUTHBEARER" else None
        exchange = SaslClientExchange(sasl.client_exchange(token),
                                      REAUTH_CORRELATION_ID if stray is not None else 1)
        try:
            await conn.send(exchange.start())
            while True:
                frame = await conn.read_frame()
                if frame is None:
                    raise UpstreamFailure(
                        "auth", f"the broker closed the connection during SASL "
                        f"{sasl.mechanism} authentication (some brokers do this for a "
                        f"mechanism they do not offer)", _AUTH_REMEDY)
                if stray is not None and not exchange.answers(frame):
                    await stray(frame)
                    continue
                if sasl.mechanism.startswith("SCRAM"):
                    # PBKDF2 (thousands of iterations) would hold up every connection of
                    # the worker: it runs in a thread.
                    step = await trio.to_thread.run_sync(exchange.receive, frame)
                else:
                    step = exchange.receive(frame)
                if isinstance(step, Done):
                    self._note_lifetime(step)
                    return step
                await conn.send(step)
        except BackendAuthError as exc:
            if token is not None:
                self._token = None  # fetch a fresh one next time
            raise UpstreamFailure("auth", f"SASL {sasl.mechanism}: {exc}", _AUTH_REMEDY
                                  ) from None
        except PeerGone as exc:
            raise UpstreamFailure("auth", f"connection lost during SASL authentication "
                                  f"({exc})", _AUTH_REMEDY) from None

    def _note_lifetime(self, done: Done) -> None:
        if done.session_lifetime_ms > 0 and not self._lifetime_noted:
            self._lifetime_noted = True
            log.info("the backend limits SASL sessions to %d ms (KIP-368): upstream "
                     "connections re-authenticate after %.0f%% of that",
                     done.session_lifetime_ms, REAUTH_AFTER * 100)

    async def token(self) -> str:
        """The OAUTHBEARER access token, fetched again when most of its lifetime is gone."""
        assert self.sasl is not None
        async with self._token_lock:
            now = trio.current_time()
            if self._token is None or now >= self._token.refresh_at:
                with trio.move_on_after(self.token_timeout_s) as scope:
                    self._token = await fetch_token(self.sasl)
                if scope.cancelled_caught:
                    raise UpstreamFailure(
                        "token", f"no answer from the token endpoint "
                        f"{_endpoint_shown(self.sasl)} within {self.token_timeout_s:.0f} s",
                        "check KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL")
            assert self._token is not None
            return self._token.value


def _endpoint_shown(sasl: BackendSasl) -> str:
    parts = urllib.parse.urlsplit(sasl.token_endpoint_url or "")
    return f"{parts.scheme}://{parts.hostname}{':' + str(parts.port) if parts.port else ''}" \
           f"{parts.path}"


async def fetch_token(sasl: BackendSasl) -> OAuthToken:
    """POST the client-credentials grant to the token endpoint and read the token."""
    url, headers, body = token_request(sasl)
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UpstreamFailure("token", f"KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL "
                              f"{_endpoint_shown(sasl)} is not an http(s) URL")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    where = _endpoint_shown(sasl)
    try:
        stream: trio.abc.Stream = await trio.open_tcp_stream(parts.hostname, port)
        if parts.scheme == "https":
            context = ssl.create_default_context()
            stream = trio.SSLStream(stream, context, server_hostname=parts.hostname)
        async with stream:
            connection = h11.Connection(h11.CLIENT)
            request_headers = [("Host", parts.netloc.rpartition("@")[2]),
                               ("Content-Length", str(len(body))), ("Connection", "close"),
                               *headers.items()]
            await stream.send_all(connection.send(h11.Request(
                method="POST", target=target, headers=request_headers)) or b"")
            await stream.send_all(connection.send(h11.Data(data=body)) or b"")
            await stream.send_all(connection.send(h11.EndOfMessage()) or b"")
            status, answer = await _read_response(connection, stream)
    except (OSError, trio.BrokenResourceError, h11.ProtocolError) as exc:
        raise UpstreamFailure("token", f"token endpoint {where}: {exc}",
                              "check KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL") from None
    try:
        return parse_token_response(status, answer, trio.current_time())
    except BackendAuthError as exc:
        raise UpstreamFailure("token", f"token endpoint {where}: {exc}") from None


async def _read_response(connection: h11.Connection, stream: trio.abc.Stream
                         ) -> tuple[int, bytes]:
    status = 0
    body = bytearray()
    while True:
        event = connection.next_event()
        if event is h11.NEED_DATA:
            connection.receive_data(bytes(await stream.receive_some(16384)))
            continue
        if isinstance(event, h11.Response):
            status = event.status_code
        elif isinstance(event, h11.Data):
            body += event.data
            if len(body) > MAX_TOKEN_RESPONSE_BYTES:
                return status, bytes(body)
        elif isinstance(event, h11.EndOfMessage | h11.ConnectionClosed):
            return status, bytes(body)


def check_backend_security(config: GatewayConfig) -> str | None:
    """Why the backend TLS/SASL settings cannot work (file, password, credentials), if so."""
    try:
        UpstreamSecurity.from_config(config)
    except ValueError as exc:  # TlsConfigError too
        return str(exc)
    return None


@functools.lru_cache(maxsize=8)
def security_for(config: GatewayConfig) -> UpstreamSecurity:
    """This process's UpstreamSecurity for a configuration (built once, then shared)."""
    return UpstreamSecurity.from_config(config)
