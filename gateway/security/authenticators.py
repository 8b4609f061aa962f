"""Client authentication from the node settings: the security mode, and the SASL rules
each client connection gets when the gateway terminates SASL itself; sans-I/O.

Modes (`GATEWAY_SECURITY_MODE`, Conduktor's names):

* GATEWAY_MANAGED -- clients authenticate to Sluice. With a SASL listener
  (`GATEWAY_SECURITY_PROTOCOL=SASL_PLAINTEXT|SASL_SSL`) the mechanisms are PLAIN, whose
  password is a service-account token signed with `GATEWAY_USER_POOL_SECRET_KEY`, and
  OAUTHBEARER when `GATEWAY_OAUTH_JWKS_URL` is set (as Conduktor's local service accounts
  and OAuth). The default when the backend is not SASL.
* KAFKA_MANAGED -- the client's SaslHandshake/SaslAuthenticate go to the broker on its own
  upstream connection; Sluice only reads the principal from the exchange
  (gateway/interceptors/delegated_auth.py). The default when both
  `GATEWAY_SECURITY_PROTOCOL` and `KAFKA_SECURITY_PROTOCOL` are `SASL_*`.

Clocks: `ProxyConnection` hands its rules the pump's monotonic clock, while token expiries
are wall-clock epochs. `ConnectionAuthenticator` checks credentials against the wall clock
and converts the session deadline back to the connection's clock.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Protocol

from gateway.protocol.connection import ConnectionSettings
from gateway.protocol.frames import FrameReader

from .jwks import JwksCache, parse_audiences
from .sasl import (
    Authenticated,
    Authenticator,
    Failed,
    OAuthBearerServer,
    PlainServer,
    ServerMechanism,
    token_check,
)
from .tokens import ServiceAccountTokens

if TYPE_CHECKING:
    from gateway.config import GatewayConfig

__all__ = [
    "GATEWAY_MANAGED", "KAFKA_MANAGED", "SASL_PROTOCOLS", "AuthenticationAuditor",
    "ClientAuthentication", "ConnectionAuthenticator", "backend_protocol", "check_settings",
    "check_startup",
    "client_authentication", "delegates_authentication", "listener_protocol", "security_mode",
    "terminates_sasl", "with_client_authentication",
]

log = logging.getLogger("sluice.auth")

GATEWAY_MANAGED: Final = "GATEWAY_MANAGED"
KAFKA_MANAGED: Final = "KAFKA_MANAGED"
SASL_PROTOCOLS: Final = frozenset({"SASL_PLAINTEXT", "SASL_SSL"})
SECRET_KEY_REMEDY: Final = ("set GATEWAY_USER_POOL_SECRET_KEY to a random key of at least 32 "
                            "bytes (e.g. `openssl rand -base64 32`, the same on every node) "
                            "for SASL/PLAIN service accounts, or GATEWAY_OAUTH_JWKS_URL for "
                            "SASL/OAUTHBEARER only")


def listener_protocol(config: GatewayConfig) -> str:
    """`GATEWAY_SECURITY_PROTOCOL`: what clients speak to the gateway (PLAINTEXT if unset)."""
    return config.gateway_security_protocol


def backend_protocol(config: GatewayConfig) -> str:
    """`KAFKA_SECURITY_PROTOCOL`: what the gateway speaks to the brokers."""
    return config.kafka_security_protocol


def security_mode(config: GatewayConfig) -> str:
    """GATEWAY_MANAGED or KAFKA_MANAGED: as set, else KAFKA_MANAGED when both the listener
    and the backend speak SASL (a client can then log in to the brokers through Sluice)."""
    if config.gateway_security_mode is not None:
        return config.gateway_security_mode
    both_sasl = (listener_protocol(config) in SASL_PROTOCOLS
                 and backend_protocol(config) in SASL_PROTOCOLS)
    return KAFKA_MANAGED if both_sasl else GATEWAY_MANAGED


def terminates_sasl(config: GatewayConfig) -> bool:
    """Whether the gateway itself authenticates clients with SASL."""
    return listener_protocol(config) in SASL_PROTOCOLS and security_mode(config) == GATEWAY_MANAGED


def delegates_authentication(config: GatewayConfig) -> bool:
    """Whether clients authenticate to the brokers through the gateway (KAFKA_MANAGED)."""
    return security_mode(config) == KAFKA_MANAGED


def check_settings(config: GatewayConfig) -> None:
    """Raise ValueError (`VARIABLE: what is wrong; what to do`) for settings that cannot work."""
    url = config.gateway_oauth_jwks_url
    if url and not url.startswith(("http://", "https://", "file://")):
        raise ValueError(f"GATEWAY_OAUTH_JWKS_URL: {url!r} must start with http://, https:// "
                         f"or file://")
    key = config.gateway_user_pool_secret_key
    if key:
        try:
            ServiceAccountTokens(key)
        except ValueError as exc:  # "GATEWAY_USER_POOL_SECRET_KEY must be ...; remedy"
            name, _, rest = str(exc).partition(" ")
            raise ValueError(f"{name}: {rest}") from None


def check_startup(config: GatewayConfig) -> None:
    """Raise ValueError when a gateway-managed SASL listener has no way to check credentials."""
    if terminates_sasl(config) and not config.gateway_user_pool_secret_key \
            and not config.gateway_oauth_jwks_url:
        raise ValueError(
            f"GATEWAY_USER_POOL_SECRET_KEY: GATEWAY_SECURITY_PROTOCOL="
            f"{listener_protocol(config)} in GATEWAY_MANAGED mode needs a way to check "
            f"clients' credentials; {SECRET_KEY_REMEDY}")


def client_authentication(config: GatewayConfig) -> ClientAuthentication | None:
    """The worker's client authentication when the gateway terminates SASL, else None."""
    return ClientAuthentication.from_config(config) if terminates_sasl(config) else None


def with_client_authentication(settings: ConnectionSettings,
                               auth: ClientAuthentication | None,
                               auditor: AuthenticationAuditor | None = None, peer: str = "",
                               client_reader: FrameReader | None = None) -> ConnectionSettings:
    """One connection's settings, with its SASL rules when the gateway terminates SASL.

    `client_reader`, the pump's reader of the client's frames, is held to
    `max_pre_auth_frame_bytes` until the first authentication succeeds, so an anonymous
    client's oversized frame is refused at its size prefix, before it is read.
    """
    if auth is None:
        return settings
    on_authenticated = None
    if client_reader is not None:
        reader = client_reader
        reader.max_frame_bytes = min(settings.max_pre_auth_frame_bytes,
                                     settings.max_frame_bytes)

        def on_authenticated() -> None:
            reader.max_frame_bytes = settings.max_frame_bytes

    return dataclasses.replace(settings, authenticator=auth.for_connection(
        auditor, peer, on_authenticated))


class AuthenticationAuditor(Protocol):
    """Where authentications are recorded (gateway.audit.ConnectionAuditor is one)."""

    def authentication(self, *, principal: str | None, mechanism: str | None, outcome: str,
                       reason: str | None = None, error_code: int | None = None,
                       reauthentication: bool = False) -> None:
        """Record one (re-)authentication attempt."""
        ...


class ClientAuthentication:
    """The mechanisms one worker offers and their shared state (tokens, the JWKS cache)."""

    def __init__(self, tokens: ServiceAccountTokens | None = None,
                 jwks: JwksCache | None = None, session_lifetime_ms: int | None = None,
                 wall_clock: Callable[[], float] = time.time) -> None:
        if tokens is None and jwks is None:
            raise ValueError(f"no SASL mechanism is enabled: {SECRET_KEY_REMEDY}")
        self.tokens = tokens
        self.jwks = jwks
        self.session_lifetime_ms = session_lifetime_ms or None
        self.wall_clock = wall_clock
        factories: dict[str, Callable[[], ServerMechanism]] = {}
        if tokens is not None:
            check = token_check(tokens)
            factories["PLAIN"] = lambda: PlainServer(check)
        if jwks is not None:
            validator = jwks
            factories["OAUTHBEARER"] = lambda: OAuthBearerServer(validator)
        self._factories = factories

    def __repr__(self) -> str:
        return (f"ClientAuthentication(mechanisms={list(self._factories)}, "
                f"session_lifetime_ms={self.session_lifetime_ms})")

    @classmethod
    def from_config(cls, config: GatewayConfig) -> ClientAuthentication:
        """The authentication of a gateway-managed SASL listener; ValueError if none is set."""
        key = config.gateway_user_pool_secret_key
        url = config.gateway_oauth_jwks_url
        jwks = None if not url else JwksCache(
            url, issuer=config.gateway_oauth_expected_issuer or None,
            audiences=parse_audiences(config.gateway_oauth_expected_audiences),
            sub_claim=config.gateway_oauth_sub_claim_name,
            refresh_s=config.gateway_oauth_jwks_refresh_ms / 1000)
        return cls(ServiceAccountTokens(key) if key else None, jwks,
                   config.gateway_sasl_session_lifetime_ms)

    @property
    def mechanisms(self) -> tuple[str, ...]:
        """The enabled SASL mechanisms, in the order a SaslHandshake response lists them."""
        return tuple(self._factories)

    def new_authenticator(self) -> Authenticator:
        """The SASL rules of one connection, on the wall clock."""
        return Authenticator(dict(self._factories), max_session_ms=self.session_lifetime_ms)

    def for_connection(self, auditor: AuthenticationAuditor | None = None, peer: str = "",
                       on_authenticated: Callable[[], None] | None = None
                       ) -> Callable[[], ConnectionAuthenticator]:
        """The `ConnectionSettings.authenticator` factory of one client connection."""
        return lambda: ConnectionAuthenticator(self.new_authenticator(), auditor, peer,
                                               self.wall_clock, on_authenticated)


class ConnectionAuthenticator:
    """An Authenticator as `ProxyConnection`'s SaslRules: wall-clock credential checks, and
    an AUTHENTICATION audit event (and a log line) for every outcome, never a secret."""

    def __init__(self, authenticator: Authenticator, auditor: AuthenticationAuditor | None,
                 peer: str = "", wall_clock: Callable[[], float] = time.time,
                 on_authenticated: Callable[[], None] | None = None) -> None:
        self.inner = authenticator
        self._on_authenticated = on_authenticated
        self.auditor = auditor
        self.peer = peer
        self._wall_clock = wall_clock
        self._offset = 0.0  # wall clock minus the connection's clock, at the last receive
        self._logins = 0
        # None while under way, then the last Authenticated or Failed.
        self.outcome: Authenticated | Failed | None = None

    def receive(self, api_key: int, api_version: int, body: object, now: float) -> Any:
        """The typed response to a SASL request; the outcome, if new, is audited."""
        wall = self._wall_clock()
        self._offset = wall - now
        before = self.inner.outcome
        answer = self.inner.receive(api_key, api_version, body, wall)
        outcome = self.outcome = self.inner.outcome
        if outcome is not None and outcome is not before:
            self._record(outcome)
        return answer

    def session_expired(self, now: float) -> bool:
        """Whether the session has passed its lifetime (`now` on the connection's clock)."""
        return self.inner.session_expired(now + self._offset)

    def _record(self, outcome: Authenticated | Failed) -> None:
        reauthentication = self._logins > 0
        if isinstance(outcome, Authenticated):
            self._logins += 1
            if self._on_authenticated is not None and not reauthentication:
                self._on_authenticated()
            log.debug("%s authenticated%s as %r (%s)%s", self.peer or "client",
                      " again" if reauthentication else "", outcome.principal,
                      outcome.mechanism, "" if outcome.session_lifetime_ms is None
                      else f", session lifetime {outcome.session_lifetime_ms} ms")
            if self.auditor is not None:
                self.auditor.authentication(principal=outcome.principal,
                                            mechanism=outcome.mechanism, outcome="SUCCESS",
                                            reauthentication=reauthentication)
            return
        if self.auditor is not None:
            self.auditor.authentication(principal=outcome.principal,
                                        mechanism=outcome.mechanism, outcome="FAILURE",
                                        reason=outcome.reason, error_code=outcome.error_code,
                                        reauthentication=reauthentication)
