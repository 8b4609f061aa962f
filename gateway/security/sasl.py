"""Server-side SASL (PLAIN, OAUTHBEARER), the SaslHandshake/SaslAuthenticate exchange, and
a client-side SCRAM for authenticating the gateway to a backend; all sans-I/O.

Settings (wired next session): `GATEWAY_USER_POOL_SECRET_KEY` (PLAIN with service-account
tokens, see tokens.py); `GATEWAY_OAUTH_JWKS_URL` (fetched by the I/O layer and handed here
as data), `GATEWAY_OAUTH_EXPECTED_ISSUER`, `GATEWAY_OAUTH_EXPECTED_AUDIENCES`,
`GATEWAY_OAUTH_SUB_CLAIM_NAME` (OAUTHBEARER); `KAFKA_SASL_MECHANISM`,
`KAFKA_SASL_USERNAME`, `KAFKA_SASL_PASSWORD` or `KAFKA_SASL_JAAS_CONFIG` (ScramClient).

    auth = Authenticator({"PLAIN": lambda: PlainServer(token_check(tokens))})
    response = auth.receive(api_key, api_version, request_body, now=time.time())
    auth.outcome        # None while under way, then Authenticated or Failed

Every failure is a SaslError; what a client sees (`client_message`) never tells an unknown
user from a wrong password, while `reason` says what happened, for logs and audit.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

import jwt

from gateway.protocol import api_keys
from gateway.protocol.generated.sasl_authenticate_request import SaslAuthenticateRequest
from gateway.protocol.generated.sasl_authenticate_response import SaslAuthenticateResponse
from gateway.protocol.generated.sasl_handshake_request import SaslHandshakeRequest
from gateway.protocol.generated.sasl_handshake_response import SaslHandshakeResponse

from .tokens import ServiceAccountTokens, TokenError

__all__ = [
    "ILLEGAL_SASL_STATE", "MAX_SASL_TOKEN_BYTES", "SASL_AUTHENTICATION_FAILED",
    "UNSUPPORTED_SASL_MECHANISM", "Authenticated", "Authenticator", "Challenge", "Credential",
    "Failed", "JwtValidator", "OAuthBearerServer", "PlainServer", "SaslError", "ScramClient",
    "ServerMechanism", "Success", "TokenValidator", "parse_oauthbearer_client_first", "parse_plain",
    "oauthbearer_subject", "plain_username", "scram_username", "token_check",
]

NONE = 0
SASL_HANDSHAKE = 17
SASL_AUTHENTICATE = 36
UNSUPPORTED_SASL_MECHANISM = 33
ILLEGAL_SASL_STATE = 34
SASL_AUTHENTICATION_FAILED = 58

MAX_SASL_TOKEN_BYTES = 64 * 1024
MAX_PLAIN_FIELD_BYTES = 255
MAX_PLAIN_PASSWORD_BYTES = 8192
MAX_SCRAM_ITERATIONS = 100_000
BAD_CREDENTIALS = "Authentication failed: Invalid username or password"
_BEFORE_AUTH = frozenset({api_keys.API_VERSIONS, SASL_HANDSHAKE,
                          SASL_AUTHENTICATE})


class SaslError(Exception):
    """A SASL exchange that failed: the Kafka error code, what the client is told, and why."""

    def __init__(self, reason: str, client_message: str = BAD_CREDENTIALS,
                 error_code: int = SASL_AUTHENTICATION_FAILED,
                 principal: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.client_message = client_message
        self.error_code = error_code
        self.principal = principal


@dataclass(frozen=True)
class Credential:
    """Who a credential names, and until when (epoch seconds) it is valid."""

    principal: str
    expires_at: float | None = None


@dataclass(frozen=True)
class Challenge:
    """More bytes for the client; the exchange goes on."""

    data: bytes


@dataclass(frozen=True)
class Success:
    """The exchange succeeded: the principal, its credential's expiry, final server bytes."""

    credential: Credential
    data: bytes = b""


class ServerMechanism(Protocol):
    """One server side of one SASL exchange."""

    name: str

    def step(self, token: bytes, now: float) -> Challenge | Success:
        """Consume a client token; raise SaslError on failure."""
        ...


class TokenValidator(Protocol):
    """Something that checks a bearer token (a JwtValidator, or a JwksCache around one)."""

    def validate(self, token: str, now: float) -> Credential:
        """The credential of a valid token; SaslError otherwise."""
        ...


def _bounded(token: bytes, limit: int = MAX_SASL_TOKEN_BYTES) -> None:
    if len(token) > limit:
        raise SaslError(f"SASL token of {len(token)} bytes is larger than {limit}",
                        f"SASL token larger than {limit} bytes", principal=None)


def parse_plain(token: bytes) -> tuple[str, str, str]:
    """RFC 4616 `authzid NUL authcid NUL passwd` as (authzid, authcid, password).

    Names are bounded by RFC 4616's 255 bytes; passwords by MAX_PLAIN_PASSWORD_BYTES, since
    a service-account token or an API secret used as a password is longer than 255 bytes.
    """
    _bounded(token, 2 * MAX_PLAIN_FIELD_BYTES + MAX_PLAIN_PASSWORD_BYTES + 2)
    parts = token.split(b"\0")
    if len(parts) != 3:
        raise SaslError("PLAIN token is not authzid NUL authcid NUL password",
                        "Invalid SASL/PLAIN message: expected 3 NUL-separated fields")
    if max(len(parts[0]), len(parts[1])) > MAX_PLAIN_FIELD_BYTES \
            or len(parts[2]) > MAX_PLAIN_PASSWORD_BYTES:
        raise SaslError("PLAIN token field too long",
                        f"Invalid SASL/PLAIN message: names are at most "
                        f"{MAX_PLAIN_FIELD_BYTES} bytes, passwords "
                        f"{MAX_PLAIN_PASSWORD_BYTES}")
    try:
        authzid, authcid, password = (p.decode("utf-8") for p in parts)
    except UnicodeDecodeError:
        raise SaslError("PLAIN token is not UTF-8",
                        "Invalid SASL/PLAIN message: not UTF-8") from None
    if not authcid:
        raise SaslError("PLAIN token has an empty username",
                        "Authentication failed: username not specified")
    if not password:
        raise SaslError("PLAIN token has an empty password", principal=authcid,
                        client_message="Authentication failed: password not specified")
    if authzid and authzid != authcid:
        raise SaslError(f"PLAIN authorization id {authzid!r} differs from username {authcid!r}",
                        "Authentication failed: Client requested an authorization id that "
                        "is different from username", principal=authcid)
    return authzid, authcid, password


def plain_username(token: bytes) -> str | None:
    """The username of a PLAIN client token, or None; for reading delegated exchanges."""
    try:
        return parse_plain(token)[1]
    except SaslError:
        return None


PlainCheck = Callable[[str, str, float], Credential]


def token_check(tokens: ServiceAccountTokens) -> PlainCheck:
    """A PLAIN check: the password is a service-account token for that username."""

    def check(username: str, password: str, now: float) -> Credential:
        try:
            claims = tokens.verify(password, now=now)
        except TokenError as exc:
            raise SaslError(f"user {username!r}: {exc.reason}", principal=username) from None
        if not hmac.compare_digest(claims.username.encode(), username.encode()):
            raise SaslError(f"user {username!r}: token is for another user",
                            principal=username)
        return Credential(username, float(claims.expires_at))

    return check


class PlainServer:
    """SASL/PLAIN: one client token, checked by `check(username, password, now)`."""

    name = "PLAIN"

    def __init__(self, check: PlainCheck) -> None:
        self._check = check
        self._done = False

    def step(self, token: bytes, now: float) -> Challenge | Success:
        """Check the client's only token."""
        if self._done:
            raise SaslError("PLAIN exchange already finished", error_code=ILLEGAL_SASL_STATE,
                            client_message="SASL/PLAIN takes a single token")
        self._done = True
        _, username, password = parse_plain(token)
        return Success(self._check(username, password, now))


_OAUTH_KEY = re.compile(r"[A-Za-z]+")
_OAUTH_VALUE = re.compile(r"[\x21-\x7e \t\r\n]+")
_BEARER = re.compile(r"([A-Za-z]+) +([-_.A-Za-z0-9]+)")


def parse_oauthbearer_client_first(token: bytes) -> tuple[str, dict[str, str]]:
    """RFC 7628 `n,[a=authzid],\\x01auth=Bearer JWT\\x01...\\x01\\x01` as (jwt, extensions)."""
    _bounded(token)
    try:
        text = token.decode("ascii")
    except UnicodeDecodeError:
        raise SaslError("OAUTHBEARER message is not ASCII",
                        "Invalid OAUTHBEARER client first message") from None
    invalid = SaslError("OAUTHBEARER message is not an RFC 7628 client first message",
                        "Invalid OAUTHBEARER client first message")
    if not text.startswith("n,") or not text.endswith("\x01\x01"):
        raise invalid
    header_end = text.find(",", 2)
    if header_end < 0 or text[header_end + 1:header_end + 2] != "\x01":
        raise invalid
    authzid = text[2:header_end]
    if authzid and not authzid.startswith("a="):
        raise invalid
    pairs: dict[str, str] = {}
    for item in text[header_end + 2:-2].split("\x01"):
        key, sep, value = item.partition("=")
        if not sep or key in pairs or _OAUTH_KEY.fullmatch(key) is None \
                or _OAUTH_VALUE.fullmatch(value) is None:
            raise invalid
        pairs[key] = value
    auth = pairs.pop("auth", None)
    bearer = None if auth is None else _BEARER.fullmatch(auth)
    if bearer is None or bearer.group(1).lower() != "bearer":
        raise SaslError("OAUTHBEARER message has no `auth=Bearer <token>`",
                        "Invalid OAUTHBEARER client first message: no bearer token")
    return bearer.group(2), pairs


class JwtValidator:
    """Checks OAUTHBEARER JWTs against a JWKS, an issuer, audiences and a subject claim."""

    ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384",
                  "ES512", "EdDSA")

    def __init__(self, jwks: dict[str, Any], *, issuer: str | None = None,
                 audiences: tuple[str, ...] = (), sub_claim: str = "sub",
                 clock_skew_s: float = 30.0) -> None:
        try:
            keys = jwt.PyJWKSet.from_dict(jwks).keys
        except (jwt.PyJWKSetError, jwt.PyJWKError, TypeError) as exc:
            # (pyjwt raises TypeError for a member of the wrong JSON type, e.g. "alg": [].)
            raise ValueError(f"the JWKS from GATEWAY_OAUTH_JWKS_URL holds no usable key "
                             f"({exc})") from None
        self._keys = {key.key_id: key for key in keys}
        self._issuer = issuer
        self._audiences = audiences
        self._sub_claim = sub_claim
        self._skew = clock_skew_s

    def validate(self, token: str, now: float) -> Credential:
        """The principal and expiry of a valid token; SaslError naming the reason otherwise."""
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.InvalidTokenError:
            raise SaslError("OAUTHBEARER token is not a JWT", "invalid_token") from None
        key = self._keys.get(kid)
        if key is None and kid is None and len(self._keys) == 1:
            key = next(iter(self._keys.values()))
        if key is None:
            raise SaslError(f"OAUTHBEARER token key id {kid!r} is not in the JWKS",
                            "invalid_token")
        try:
            claims = jwt.decode(
                token, key, algorithms=list(self.ALGORITHMS),
                audience=list(self._audiences) or None, issuer=self._issuer,
                options={"require": ["exp"], "verify_exp": False, "verify_iat": False,
                         "verify_nbf": False, "verify_aud": bool(self._audiences)})
        except jwt.InvalidTokenError as exc:
            raise SaslError(f"OAUTHBEARER token refused: {exc}", "invalid_token") from None
        exp, nbf = claims.get("exp"), claims.get("nbf")
        principal = claims.get(self._sub_claim)
        if not isinstance(principal, str) or not principal:
            raise SaslError(f"OAUTHBEARER token has no string claim {self._sub_claim!r}",
                            "invalid_token")
        if not isinstance(exp, int | float) or exp + self._skew <= now:
            raise SaslError(f"OAUTHBEARER token of {principal!r} expired at {exp}",
                            "invalid_token", principal=principal)
        if isinstance(nbf, int | float) and nbf - self._skew > now:
            raise SaslError(f"OAUTHBEARER token of {principal!r} not valid before {nbf}",
                            "invalid_token", principal=principal)
        return Credential(principal, float(exp))


class OAuthBearerServer:
    """SASL/OAUTHBEARER (RFC 7628): a bearer JWT; on failure an error challenge first."""

    name = "OAUTHBEARER"

    def __init__(self, validator: TokenValidator) -> None:
        self._validator = validator
        self._pending: SaslError | None = None
        self._done = False

    def step(self, token: bytes, now: float) -> Challenge | Success:
        """Validate the client first message, or end the exchange after an error challenge."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._done = True
            if token != b"\x01":
                pending.reason += " (and the client did not acknowledge the error challenge)"
            raise pending
        if self._done:
            raise SaslError("OAUTHBEARER exchange already finished",
                            error_code=ILLEGAL_SASL_STATE,
                            client_message="SASL/OAUTHBEARER exchange already finished")
        jwt_text, _ = parse_oauthbearer_client_first(token)
        try:
            credential = self._validator.validate(jwt_text, now)
        except SaslError as exc:
            exc.client_message = f"Authentication failed: {exc.client_message}"
            self._pending = exc
            return Challenge(json.dumps({"status": "invalid_token"}).encode())
        self._done = True
        return Success(credential)


class State(Enum):
    """Where an Authenticator is."""

    HANDSHAKE = "handshake"
    AUTHENTICATE = "authenticate"
    AUTHENTICATED = "authenticated"
    FAILED = "failed"


@dataclass(frozen=True)
class Authenticated:
    """A successful (re-)authentication."""

    principal: str
    mechanism: str
    session_lifetime_ms: int | None
    """None: the session does not expire."""


@dataclass(frozen=True)
class Failed:
    """A failed authentication: close the connection after sending the response."""

    error_code: int
    reason: str
    mechanism: str | None
    principal: str | None


class Authenticator:
    """The SaslHandshake/SaslAuthenticate rules of one client connection (KIP-368 too).

    `mechanisms` maps each enabled mechanism to a factory of its ServerMechanism;
    `max_session_ms` (Kafka's connections.max.reauth.ms) bounds every session.
    """

    def __init__(self, mechanisms: dict[str, Callable[[], ServerMechanism]],
                 max_session_ms: int | None = None) -> None:
        self._factories = mechanisms
        self._max_session_ms = max_session_ms
        self.state = State.HANDSHAKE
        self.outcome: Authenticated | Failed | None = None
        self.handshake_version: int | None = None
        self._mechanism: ServerMechanism | None = None
        self._mechanism_name: str | None = None
        self._authenticated: Authenticated | None = None
        self._deadline: float | None = None

    @property
    def authenticated(self) -> Authenticated | None:
        """The current session (kept while a re-authentication is under way)."""
        return self._authenticated

    def may_forward(self, api_key: int, now: float | None = None) -> bool:
        """Whether a request of `api_key` may pass (only SASL and ApiVersions before
        authentication, and after the session expired: KIP-368 then closes the connection)."""
        if api_key in _BEFORE_AUTH:
            return True
        if self._authenticated is None:
            return False
        return now is None or not self.session_expired(now)

    def session_expired(self, now: float) -> bool:
        """Whether the authenticated session has passed its lifetime (KIP-368)."""
        return self._deadline is not None and now >= self._deadline

    @property
    def expects_raw_tokens(self) -> bool:
        """After a v0 handshake SASL tokens come as bare size-prefixed frames, not requests."""
        return self.state is State.AUTHENTICATE and self.handshake_version == 0

    def _fail(self, exc: SaslError) -> None:
        self.state = State.FAILED
        principal = exc.principal
        self.outcome = Failed(exc.error_code, exc.reason, self._mechanism_name, principal)

    def receive(self, api_key: int, api_version: int, body: object, now: float) -> Any:
        """The response body to a SaslHandshake or SaslAuthenticate request body."""
        if api_key == SASL_HANDSHAKE and isinstance(body, SaslHandshakeRequest):
            return self._handshake(body, api_version)
        if api_key == SASL_AUTHENTICATE and isinstance(body, SaslAuthenticateRequest):
            return self._authenticate(body.AuthBytes, now)
        raise TypeError(f"not a SASL request: API key {api_key}, {type(body).__name__}")

    def _handshake(self, body: SaslHandshakeRequest, version: int) -> SaslHandshakeResponse:
        enabled = list(self._factories)
        error = NONE
        if self.state is State.AUTHENTICATE or self.state is State.FAILED:
            error = ILLEGAL_SASL_STATE
            self._fail(SaslError(f"SaslHandshake in state {self.state.value}",
                                 error_code=error))
        elif body.Mechanism not in self._factories:
            error = UNSUPPORTED_SASL_MECHANISM
            self._fail(SaslError(f"mechanism {body.Mechanism[:64]!r} is not enabled "
                                 f"(enabled: {', '.join(enabled)})", error_code=error))
        elif self._authenticated is not None and \
                body.Mechanism != self._authenticated.mechanism:
            error = UNSUPPORTED_SASL_MECHANISM
            self._fail(SaslError(f"re-authentication with {body.Mechanism!r} after "
                                 f"{self._authenticated.mechanism!r}", error_code=error))
        else:
            self.state = State.AUTHENTICATE
            self.handshake_version = version
            self._mechanism_name = body.Mechanism
            self._mechanism = self._factories[body.Mechanism]()
        return SaslHandshakeResponse(ErrorCode=error, Mechanisms=enabled)

    def _authenticate(self, token: bytes, now: float) -> SaslAuthenticateResponse:
        def answer(code: int, message: str | None, data: bytes = b"",
                   lifetime: int = 0) -> SaslAuthenticateResponse:
            return SaslAuthenticateResponse(ErrorCode=code, ErrorMessage=message,
                                            AuthBytes=data, SessionLifetimeMs=lifetime)

        if self.state is not State.AUTHENTICATE or self._mechanism is None:
            exc = SaslError(f"SaslAuthenticate in state {self.state.value} (no SaslHandshake "
                            f"before it)", error_code=ILLEGAL_SASL_STATE,
                            client_message="Unexpected SaslAuthenticate: send SaslHandshake "
                                           "first")
            self._fail(exc)
            return answer(exc.error_code, exc.client_message)
        try:
            result = self._step(token, now)
        except SaslError as exc:
            self._fail(exc)
            return answer(exc.error_code, exc.client_message)
        if isinstance(result, Challenge):
            return answer(NONE, None, result.data)
        assert self._authenticated is not None
        return answer(NONE, None, result.data, self._authenticated.session_lifetime_ms or 0)

    def receive_raw_token(self, token: bytes, now: float) -> bytes | None:
        """The server token after a v0 handshake; None on failure (then close, Kafka-style)."""
        if not self.expects_raw_tokens:
            self._fail(SaslError("raw SASL token outside a v0 exchange",
                                 error_code=ILLEGAL_SASL_STATE))
            return None
        try:
            return self._step(token, now).data
        except SaslError as exc:
            self._fail(exc)
            return None

    def _step(self, token: bytes, now: float) -> Challenge | Success:
        assert self._mechanism is not None and self._mechanism_name is not None
        _bounded(token)
        result = self._mechanism.step(token, now)
        if isinstance(result, Challenge):
            return result
        credential = result.credential
        previous = self._authenticated
        if previous is not None and previous.principal != credential.principal:
            raise SaslError(f"re-authentication changed the principal from "
                            f"{previous.principal!r} to {credential.principal!r}",
                            "Cannot change principals during re-authentication",
                            principal=credential.principal)
        lifetimes = [] if self._max_session_ms is None else [self._max_session_ms]
        if credential.expires_at is not None:
            lifetimes.append(max(0, int((credential.expires_at - now) * 1000)))
        lifetime = min(lifetimes) if lifetimes else None
        self._authenticated = Authenticated(credential.principal, self._mechanism_name,
                                            lifetime)
        self._deadline = None if lifetime is None else now + lifetime / 1000
        self.outcome = self._authenticated
        self.state = State.AUTHENTICATED
        self._mechanism = None
        return result


def oauthbearer_subject(token: bytes, sub_claim: str = "sub") -> str | None:
    """The subject of an OAUTHBEARER client first message, unverified; for delegated
    exchanges, where the broker checks the token and Sluice only names the principal."""
    try:
        jwt_text, _ = parse_oauthbearer_client_first(token)
        claims = jwt.decode(jwt_text, options={"verify_signature": False})
    except (SaslError, jwt.InvalidTokenError):
        return None
    subject = claims.get(sub_claim)
    return subject if isinstance(subject, str) else None


def _saslname(name: str) -> str:
    return name.replace("=", "=3D").replace(",", "=2C")


def _unsaslname(name: str) -> str | None:
    if re.search(r"=(?!2C|3D)", name):
        return None
    return name.replace("=2C", ",").replace("=3D", "=")


def scram_username(client_first: bytes) -> str | None:
    """The username of a SCRAM client-first message, or None; for delegated exchanges."""
    if len(client_first) > MAX_SASL_TOKEN_BYTES:
        return None
    try:
        text = client_first.decode("utf-8")
    except UnicodeDecodeError:
        return None
    parts = text.split(",")
    if len(parts) < 4 or parts[0] not in ("n", "y") or not parts[2].startswith("n="):
        return None
    return _unsaslname(parts[2][2:])


class ScramClient:
    """The client side of SCRAM-SHA-256/512 (RFC 5802, RFC 7677), for a backend login.

        client = ScramClient("SCRAM-SHA-256", "user", "pencil")
        first = client.first()                 # send; get the server-first bytes back
        final = client.respond(server_first)   # send; get the server-final bytes back
        client.verify(server_final)            # SaslError if the server is not genuine
    """

    _HASHES = {"SCRAM-SHA-256": "sha256", "SCRAM-SHA-512": "sha512"}

    def __init__(self, mechanism: str, username: str, password: str,
                 nonce: str | None = None) -> None:
        if mechanism not in self._HASHES:
            raise ValueError(f"SCRAM mechanism {mechanism!r} is not one of "
                             f"{', '.join(self._HASHES)}")
        self.mechanism = mechanism
        self._hash = self._HASHES[mechanism]
        self._username = username
        self._password = password.encode("utf-8")
        self._nonce = nonce or base64.b64encode(os.urandom(24)).decode()
        self._first_bare = f"n={_saslname(username)},r={self._nonce}"
        self._server_signature: bytes | None = None

    def __repr__(self) -> str:
        return f"ScramClient({self.mechanism}, username={self._username!r}, password=***)"

    def first(self) -> bytes:
        """The client-first message."""
        return ("n,," + self._first_bare).encode()

    def respond(self, server_first: bytes) -> bytes:
        """The client-final message answering the server-first message."""
        _bounded(server_first)
        try:
            text = server_first.decode("utf-8")
        except UnicodeDecodeError:
            raise SaslError("SCRAM server-first message is not UTF-8") from None
        if text.startswith("e="):
            raise SaslError(f"backend refused SCRAM: {text[2:200]}")
        if text.startswith("m="):
            raise SaslError("SCRAM server-first message asks for an unsupported mandatory "
                            "extension")
        fields = dict(item.split("=", 1) for item in text.split(",") if "=" in item)
        nonce, salt_text, count_text = fields.get("r"), fields.get("s"), fields.get("i")
        if nonce is None or salt_text is None or count_text is None \
                or not nonce.startswith(self._nonce) or len(nonce) == len(self._nonce):
            raise SaslError("SCRAM server-first message lacks r/s/i or has a nonce not "
                            "extending ours")
        try:
            salt = base64.b64decode(salt_text, validate=True)
            iterations = int(count_text)
        except ValueError:
            raise SaslError("SCRAM server-first message has a bad salt or count") from None
        if not 1 <= iterations <= MAX_SCRAM_ITERATIONS:
            raise SaslError(f"SCRAM iteration count {iterations} is outside "
                            f"1..{MAX_SCRAM_ITERATIONS}")
        salted = hashlib.pbkdf2_hmac(self._hash, self._password, salt, iterations)
        client_key = hmac.digest(salted, b"Client Key", self._hash)
        stored_key = hashlib.new(self._hash, client_key).digest()
        without_proof = f"c=biws,r={nonce}"
        auth_message = f"{self._first_bare},{text},{without_proof}".encode()
        signature = hmac.digest(stored_key, auth_message, self._hash)
        proof = bytes(a ^ b for a, b in zip(client_key, signature, strict=True))
        server_key = hmac.digest(salted, b"Server Key", self._hash)
        self._server_signature = hmac.digest(server_key, auth_message, self._hash)
        return f"{without_proof},p={base64.b64encode(proof).decode()}".encode()

    def verify(self, server_final: bytes) -> None:
        """Check the server-final message's signature (SaslError if wrong or an error)."""
        if self._server_signature is None:
            raise SaslError("SCRAM server-final before the client-final was sent",
                            error_code=ILLEGAL_SASL_STATE)
        text = server_final[:1024].decode("utf-8", "replace")
        if text.startswith("e="):
            raise SaslError(f"backend refused SCRAM: {text[2:200]}")
        expected = "v=" + base64.b64encode(self._server_signature).decode()
        if not hmac.compare_digest(text.split(",")[0].encode(), expected.encode()):
            raise SaslError("SCRAM server signature does not match: the backend does not "
                            "know this password")
