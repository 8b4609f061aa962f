"""How Sluice authenticates to the backend: credentials, and the SASL client exchange.

Settings: `KAFKA_SASL_MECHANISM` (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER),
`KAFKA_SASL_USERNAME` + `KAFKA_SASL_PASSWORD`, or `KAFKA_SASL_JAAS_CONFIG` (a Java
`sasl.jaas.config`, so Conduktor/Java configurations carry over); for OAUTHBEARER the
client-credentials grant from `KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL`,
`KAFKA_SASL_OAUTHBEARER_CLIENT_ID`/`_CLIENT_SECRET`/`_SCOPE` (or clientId, clientSecret,
scope in the JAAS string). The same credentials serve the data plane's upstream
connections (`SaslClientExchange`) and the gateway's own librdkafka clients
(`BackendSasl.librdkafka_properties`).

`SaslClientExchange` is sans-I/O: it makes request frames and is fed response frames. Its
transitions (anything unexpected fails the exchange with `BackendAuthError`):

    HANDSHAKE_SENT --SaslHandshake ok--> AUTHENTICATING (first token sent)
    AUTHENTICATING --SaslAuthenticate ok, mechanism has a next token--> AUTHENTICATING
    AUTHENTICATING --SaslAuthenticate ok, mechanism complete--> DONE
    any state --error code, bad frame, wrong correlation id--> FAILED

OAUTHBEARER (RFC 7628 §3.2.3): a broker that refuses a token answers with an error JSON
as a challenge; the client answers %x01 and the broker then fails the exchange, so the
JSON becomes part of the error message.
"""

from __future__ import annotations

import base64
import json
import string
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Final, Protocol

from gateway.protocol.codec import RequestHeader, decode_response, encode_request
from gateway.protocol.codec_runtime import DecodeError
from gateway.protocol.errors import ProtocolError
from gateway.protocol.generated.sasl_authenticate_request import SaslAuthenticateRequest
from gateway.protocol.generated.sasl_handshake_request import SaslHandshakeRequest

from .jaas import JaasError, parse_jaas_entry
from .sasl import (
    SASL_AUTHENTICATE,
    SASL_AUTHENTICATION_FAILED,
    SASL_HANDSHAKE,
    UNSUPPORTED_SASL_MECHANISM,
    SaslError,
    ScramClient,
)

if TYPE_CHECKING:
    from gateway.config import GatewayConfig

__all__ = [
    "BackendAuthError", "BackendSasl", "Done", "OAuthBearerClient", "OAuthToken",
    "PlainClient", "SaslClientExchange", "ScramMechanism", "backend_sasl",
    "parse_token_response",
    "resolve_backend_sasl", "token_request",
]

MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER")
_MODULES = {
    "PLAIN": "org.apache.kafka.common.security.plain.PlainLoginModule",
    "SCRAM-SHA-256": "org.apache.kafka.common.security.scram.ScramLoginModule",
    "SCRAM-SHA-512": "org.apache.kafka.common.security.scram.ScramLoginModule",
    "OAUTHBEARER": "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule",
}
# SaslHandshake v1: the tokens then travel in SaslAuthenticate (KIP-152); SaslAuthenticate
# v1 adds SessionLifetimeMs (KIP-368). Neither is a flexible version.
HANDSHAKE_VERSION: Final = 1
AUTHENTICATE_VERSION: Final = 1
CLIENT_ID: Final = "sluice-gateway"
# A token endpoint's answer larger than this is not a token response.
MAX_TOKEN_RESPONSE_BYTES: Final = 64 * 1024
# A token is renewed once this share of its lifetime has passed (librdkafka: 80 %).
TOKEN_REFRESH_SHARE: Final = 0.8
_ERROR_NAMES = {UNSUPPORTED_SASL_MECHANISM: "UNSUPPORTED_SASL_MECHANISM",
                SASL_AUTHENTICATION_FAILED: "SASL_AUTHENTICATION_FAILED",
                34: "ILLEGAL_SASL_STATE", 35: "UNSUPPORTED_VERSION"}


class BackendAuthError(Exception):
    """Authentication to a broker failed; the message says why and never holds a secret."""


class ClientMechanism(Protocol):
    """The client side of one SASL mechanism, token by token."""

    mechanism: str

    def first(self) -> bytes:
        """The first client token."""

    def step(self, challenge: bytes) -> bytes | None:
        """The next token answering the broker's, or None when the exchange is complete."""


class PlainClient:
    """The client side of SASL/PLAIN: one token."""

    mechanism = "PLAIN"

    def __init__(self, username: str, password: str) -> None:
        self._token = b"\0" + username.encode() + b"\0" + password.encode()

    def __repr__(self) -> str:
        return "PlainClient(password=***)"

    def first(self) -> bytes:
        """The only client token."""
        return self._token

    def step(self, challenge: bytes) -> bytes | None:
        """PLAIN is complete once the broker accepted the token."""
        return None


class ScramMechanism:
    """ScramClient as a ClientMechanism: first, final, then the server signature check."""

    def __init__(self, client: ScramClient) -> None:
        self.mechanism = client.mechanism
        self._client = client
        self._round = 0

    def __repr__(self) -> str:
        return f"ScramMechanism({self._client!r})"

    def first(self) -> bytes:
        return self._client.first()

    def step(self, challenge: bytes) -> bytes | None:
        self._round += 1
        try:
            if self._round == 1:
                return self._client.respond(challenge)
            self._client.verify(challenge)
        except SaslError as exc:
            raise BackendAuthError(exc.reason) from None
        return None


class OAuthBearerClient:
    """The client side of SASL/OAUTHBEARER (RFC 7628) with a token already fetched."""

    mechanism = "OAUTHBEARER"

    def __init__(self, token: str) -> None:
        self._token = token
        self.refusal: str | None = None

    def __repr__(self) -> str:
        return "OAuthBearerClient(token=***)"

    def first(self) -> bytes:
        """The client's initial response: GS2 header, then auth=Bearer <token>."""
        return b"n,,\x01auth=Bearer " + self._token.encode("ascii") + b"\x01\x01"

    def step(self, challenge: bytes) -> bytes | None:
        """An error JSON is acknowledged with %x01 (the broker then fails the exchange)."""
        if not challenge:
            return None
        if self.refusal is not None:
            raise BackendAuthError("OAUTHBEARER: a second challenge from the broker")
        self.refusal = challenge[:300].decode("utf-8", "replace")
        return b"\x01"


@dataclass(frozen=True)
class BackendSasl:
    """Resolved backend SASL credentials; `repr` never shows a secret."""

    mechanism: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    token_endpoint_url: str | None = None
    client_id: str | None = None
    client_secret: str | None = field(default=None, repr=False)
    scope: str | None = None

    def client_exchange(self, token: str | None = None) -> ClientMechanism:
        """A fresh client mechanism for one upstream connection (OAUTHBEARER: its token)."""
        if self.mechanism == "OAUTHBEARER":
            if token is None:
                raise ValueError("OAUTHBEARER needs a token from the token endpoint")
            return OAuthBearerClient(token)
        assert self.username is not None and self.password is not None
        if self.mechanism == "PLAIN":
            return PlainClient(self.username, self.password)
        return ScramMechanism(ScramClient(self.mechanism, self.username, self.password))

    def librdkafka_properties(self) -> dict[str, str]:
        """The librdkafka properties for the gateway's own clients."""
        props = {"sasl.mechanism": self.mechanism}
        if self.mechanism == "OAUTHBEARER":
            props["sasl.oauthbearer.method"] = "oidc"
            for name, value in (("token.endpoint.url", self.token_endpoint_url),
                                ("client.id", self.client_id),
                                ("client.secret", self.client_secret),
                                ("scope", self.scope)):
                if value:
                    props[f"sasl.oauthbearer.{name}"] = value
        else:
            assert self.username is not None and self.password is not None
            props["sasl.username"] = self.username
            props["sasl.password"] = self.password
        return props


def resolve_backend_sasl(mechanism: str | None, username: str | None = None,
                         password: str | None = None, jaas_config: str | None = None, *,
                         token_endpoint_url: str | None = None, client_id: str | None = None,
                         client_secret: str | None = None,
                         scope: str | None = None) -> BackendSasl:
    """Backend credentials from KAFKA_SASL_* settings; ValueError naming what is wrong."""
    name = (mechanism or "PLAIN").strip().upper()
    if name not in MECHANISMS:
        raise ValueError(f"KAFKA_SASL_MECHANISM={mechanism} is not one of "
                         f"{', '.join(MECHANISMS)}")
    options: dict[str, str] = {}
    if jaas_config:
        try:
            entry = parse_jaas_entry(jaas_config)
        except JaasError as exc:
            raise ValueError(f"KAFKA_SASL_JAAS_CONFIG: {exc}") from None
        if entry.module != _MODULES[name]:
            raise ValueError(f"KAFKA_SASL_JAAS_CONFIG uses {entry.module}, which does not fit "
                             f"KAFKA_SASL_MECHANISM={name} (expected {_MODULES[name]})")
        options = dict(entry.options)
        for key, given in (("username", username), ("password", password)):
            if given is not None and key in options and options[key] != given:
                raise ValueError(f"KAFKA_SASL_{key.upper()} and the {key} of "
                                 f"KAFKA_SASL_JAAS_CONFIG differ; set only one")
        username = options.pop("username", username)
        password = options.pop("password", password)
    if name == "OAUTHBEARER":
        client_id = client_id or options.get("clientId")
        client_secret = client_secret or options.get("clientSecret")
        scope = scope or options.get("scope")
        if not client_id or not client_secret:
            raise ValueError("OAUTHBEARER to the backend needs clientId and clientSecret: "
                             "KAFKA_SASL_OAUTHBEARER_CLIENT_ID and _CLIENT_SECRET, or "
                             "clientId and clientSecret in KAFKA_SASL_JAAS_CONFIG "
                             "(OAuthBearerLoginModule options)")
        return BackendSasl(name, token_endpoint_url=token_endpoint_url, client_id=client_id,
                           client_secret=client_secret, scope=scope)
    if not username or password is None:
        raise ValueError(f"SASL {name} to the backend needs KAFKA_SASL_USERNAME and "
                         f"KAFKA_SASL_PASSWORD, or username and password in "
                         f"KAFKA_SASL_JAAS_CONFIG")
    return BackendSasl(name, username, password)


def backend_sasl(config: GatewayConfig) -> BackendSasl:
    """The backend SASL credentials of a configuration; ValueError naming what is wrong."""
    sasl = resolve_backend_sasl(
        config.kafka_sasl_mechanism, config.kafka_sasl_username, config.kafka_sasl_password,
        config.kafka_sasl_jaas_config,
        token_endpoint_url=config.kafka_sasl_oauthbearer_token_endpoint_url,
        client_id=config.kafka_sasl_oauthbearer_client_id,
        client_secret=config.kafka_sasl_oauthbearer_client_secret,
        scope=config.kafka_sasl_oauthbearer_scope)
    if sasl.mechanism == "OAUTHBEARER" and not sasl.token_endpoint_url:
        raise ValueError("KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL: OAUTHBEARER to the "
                         "backend needs the token endpoint (client credentials grant)")
    return sasl


@dataclass(frozen=True, slots=True)
class Done:
    """The broker accepted the credentials; a lifetime > 0 asks for re-authentication."""

    session_lifetime_ms: int


class _State(Enum):
    HANDSHAKE_SENT = "handshake sent"
    AUTHENTICATING = "authenticating"
    DONE = "done"
    FAILED = "failed"


class SaslClientExchange:
    """SaslHandshake v1 then SaslAuthenticate v1 rounds, as request and response frames.

        exchange = SaslClientExchange(mechanism, first_correlation_id)
        send(exchange.start())
        while not isinstance(out := exchange.receive(read_frame()), Done):
            send(out)
    """

    def __init__(self, mechanism: ClientMechanism, first_correlation_id: int = 1) -> None:
        self.mechanism = mechanism
        self.state = _State.HANDSHAKE_SENT
        self._correlation_id = first_correlation_id
        self._expected: tuple[int, int, int] | None = None  # api key, version, correlation

    def _request(self, body: SaslHandshakeRequest | SaslAuthenticateRequest,
                 version: int) -> bytes:
        correlation_id = self._correlation_id
        self._correlation_id += 1
        self._expected = (body.API_KEY, version, correlation_id)
        header = RequestHeader(RequestApiKey=body.API_KEY, RequestApiVersion=version,
                               CorrelationId=correlation_id, ClientId=CLIENT_ID)
        return encode_request(header, body)

    def start(self) -> bytes:
        """The SaslHandshake request frame naming the mechanism."""
        return self._request(SaslHandshakeRequest(Mechanism=self.mechanism.mechanism),
                             HANDSHAKE_VERSION)

    def _fail(self, reason: str) -> BackendAuthError:
        self.state = _State.FAILED
        return BackendAuthError(reason)

    def answers(self, frame: bytes) -> bool:
        """Whether `frame` carries the correlation id of the request last sent."""
        return (self._expected is not None and len(frame) >= 8
                and int.from_bytes(frame[4:8], "big", signed=True) == self._expected[2])

    def receive(self, frame: bytes) -> bytes | Done:
        """The next request frame to send, or Done; raises BackendAuthError."""
        if self.state not in (_State.HANDSHAKE_SENT, _State.AUTHENTICATING) \
                or self._expected is None:
            raise self._fail(f"a response after the exchange ended ({self.state.value})")
        api_key, version, correlation_id = self._expected
        try:
            header, body, _ = decode_response(frame, api_key, version)
        except (DecodeError, ProtocolError) as exc:
            raise self._fail(f"malformed SASL response from the broker: {exc}") from None
        if header.CorrelationId != correlation_id:
            raise self._fail(f"SASL response with correlation id {header.CorrelationId}, "
                             f"expected {correlation_id}")
        if api_key == SASL_HANDSHAKE:
            if body.ErrorCode == UNSUPPORTED_SASL_MECHANISM:
                offered = ", ".join(body.Mechanisms) or "none"
                raise self._fail(f"the broker does not offer SASL mechanism "
                                 f"{self.mechanism.mechanism} (it offers: {offered}); set "
                                 f"KAFKA_SASL_MECHANISM to one of them")
            if body.ErrorCode:
                raise self._fail(f"SaslHandshake refused with {_error_name(body.ErrorCode)}")
            self.state = _State.AUTHENTICATING
            return self._authenticate(self.mechanism.first())
        assert api_key == SASL_AUTHENTICATE
        if body.ErrorCode:
            message = body.ErrorMessage or "no message"
            refusal = getattr(self.mechanism, "refusal", None)
            detail = f"; token endpoint's token refused: {refusal}" if refusal else ""
            raise self._fail(f"authentication failed ({_error_name(body.ErrorCode)}): "
                             f"{message}{detail}")
        following = self.mechanism.step(bytes(body.AuthBytes))
        if following is None:
            self.state = _State.DONE
            return Done(int(getattr(body, "SessionLifetimeMs", 0) or 0))
        return self._authenticate(following)

    def _authenticate(self, token: bytes) -> bytes:
        return self._request(SaslAuthenticateRequest(AuthBytes=token), AUTHENTICATE_VERSION)


def _error_name(code: int) -> str:
    name = _ERROR_NAMES.get(code)
    return f"{name} ({code})" if name else f"error code {code}"


@dataclass(frozen=True, slots=True)
class OAuthToken:
    """An access token and when it should be renewed (monotonic seconds)."""

    value: str = field(repr=False)
    refresh_at: float


def token_request(sasl: BackendSasl) -> tuple[str, dict[str, str], bytes]:
    """The client-credentials POST (RFC 6749 §4.4): url, headers, form body."""
    assert sasl.token_endpoint_url and sasl.client_id and sasl.client_secret is not None
    basic = base64.b64encode(
        f"{_form_encoded(sasl.client_id)}:{_form_encoded(sasl.client_secret)}".encode()
    ).decode()
    form = {"grant_type": "client_credentials"}
    if sasl.scope:
        form["scope"] = sasl.scope
    headers = {"Authorization": f"Basic {basic}", "Accept": "application/json",
               "Content-Type": "application/x-www-form-urlencoded", "User-Agent": CLIENT_ID}
    body = "&".join(f"{k}={_form_encoded(v)}" for k, v in form.items())
    return sasl.token_endpoint_url, headers, body.encode()


_FORM_SAFE: Final = frozenset((string.ascii_letters + string.digits + "-._~").encode())


def _form_encoded(text: str) -> str:
    """application/x-www-form-urlencoded, as RFC 6749 §2.3.1 asks for id and secret."""
    return "".join(chr(b) if b in _FORM_SAFE else "+" if b == 0x20 else f"%{b:02X}"
                   for b in text.encode("utf-8"))


def parse_token_response(status: int, body: bytes, now: float) -> OAuthToken:
    """The token of a token endpoint's answer; BackendAuthError saying what was wrong."""
    if len(body) > MAX_TOKEN_RESPONSE_BYTES:
        raise BackendAuthError(f"token endpoint answered {len(body)} bytes, more than "
                               f"{MAX_TOKEN_RESPONSE_BYTES}")
    try:
        parsed = json.loads(body)
    except ValueError:
        parsed = None
    if status != 200:
        detail = ""
        if isinstance(parsed, dict) and isinstance(parsed.get("error"), str):
            description = parsed.get("error_description")
            detail = f": {parsed['error'][:100]}" + (
                f" ({description[:200]})" if isinstance(description, str) else "")
        raise BackendAuthError(f"token endpoint answered HTTP {status}{detail}; check "
                               f"KAFKA_SASL_OAUTHBEARER_CLIENT_ID/_CLIENT_SECRET and the URL")
    if not isinstance(parsed, dict) or not isinstance(parsed.get("access_token"), str) \
            or not parsed["access_token"]:
        raise BackendAuthError("token endpoint's answer has no access_token")
    token = parsed["access_token"]
    try:
        token.encode("ascii")
    except UnicodeEncodeError:
        raise BackendAuthError("token endpoint's access_token is not ASCII") from None
    expires_in = parsed.get("expires_in", 3600)
    if not isinstance(expires_in, int | float) or isinstance(expires_in, bool) \
            or expires_in <= 0:
        expires_in = 60
    return OAuthToken(token, now + float(expires_in) * TOKEN_REFRESH_SHARE)
