"""Kafka-managed (delegated) authentication as an interceptor: who the broker let in.

With `GATEWAY_SECURITY_MODE=KAFKA_MANAGED` the gateway terminates no SASL: the client's
SaslHandshake and SaslAuthenticate requests go to the broker on the client's own upstream
connection, like any request. This interceptor only reads them: the principal the client
claims (PLAIN username, SCRAM client-first `n=` username, OAUTHBEARER subject from the
unverified JWT -- the broker verifies it), and, once the broker's SaslAuthenticate response
completes the exchange, records it in `ConnectionInfo` and as an AUTHENTICATION audit
event. A refusal by the broker is audited too, with the broker's message. Passwords,
proofs and tokens are never stored, logged or audited.

When an exchange is complete (the broker's last SaslAuthenticate response, ErrorCode 0):
PLAIN after its one round; SCRAM when the server-final message (`v=...`) comes back;
OAUTHBEARER when the answer carries no bytes (an error challenge carries JSON, and the
broker then fails the client's next round). Other mechanisms (GSSAPI) are audited with no
principal.

SaslHandshake v0 is closed with a clear reason: after it the tokens travel as bare frames
that are not Kafka requests (before KIP-152), which the gateway cannot carry.
"""

from __future__ import annotations

import logging

from gateway.protocol.connection import ConnectionInfo
from gateway.security.authenticators import AuthenticationAuditor
from gateway.security.sasl import oauthbearer_subject, plain_username, scram_username

from .api import (
    FORWARD,
    Interceptor,
    RequestMessage,
    RequestResult,
    ResponseMessage,
    ResponseResult,
    close,
    requests,
    responses,
)

log = logging.getLogger("sluice.auth")

SASL_HANDSHAKE = 17
SASL_AUTHENTICATE = 36
MAX_BROKER_MESSAGE = 200  # characters of the broker's error message kept for the audit


class DelegatedAuthentication(Interceptor):
    """Reads one connection's SASL exchange with the broker; never changes it."""

    interests = (*requests(SASL_HANDSHAKE, SASL_AUTHENTICATE),
                 *responses(SASL_HANDSHAKE, SASL_AUTHENTICATE))

    def __init__(self, info: ConnectionInfo, auditor: AuthenticationAuditor | None = None,
                 peer: str = "", sub_claim: str = "sub") -> None:
        self.info = info
        self.auditor = auditor
        self.peer = peer or info.client_host
        self.sub_claim = sub_claim
        self.mechanism: str | None = None  # of the SaslHandshake in progress
        self.claimed: str | None = None  # the principal the current exchange names
        self.logins = 0

    def on_request(self, request: RequestMessage) -> RequestResult:
        """Note the mechanism, or the principal the client claims; forward unchanged."""
        if request.api_key == SASL_HANDSHAKE:
            if request.api_version == 0:
                return close("SaslHandshake v0 is not supported in KAFKA_MANAGED mode (its "
                             "tokens are not Kafka requests); use a client that sends "
                             "SaslHandshake v1 (Kafka 1.0 or later)")
            self.mechanism = str(request.body.Mechanism)[:64]
            self.claimed = None
            return FORWARD
        if self.claimed is None:
            self.claimed = self._principal_in(bytes(request.body.AuthBytes))
        return FORWARD

    def _principal_in(self, token: bytes) -> str | None:
        mechanism = self.mechanism
        if mechanism == "PLAIN":
            return plain_username(token)
        if mechanism is not None and mechanism.startswith("SCRAM-"):
            return scram_username(token)
        if mechanism == "OAUTHBEARER":
            return oauthbearer_subject(token, self.sub_claim)
        return None

    def on_response(self, response: ResponseMessage) -> ResponseResult:
        """Record the outcome of a completed (or refused) exchange; forward unchanged."""
        body = response.body
        code = int(body.ErrorCode)
        if code:
            message = getattr(body, "ErrorMessage", None)
            self._record(False, code, None if message is None
                         else str(message)[:MAX_BROKER_MESSAGE])
        elif response.api_key == SASL_AUTHENTICATE and self._complete(bytes(body.AuthBytes)):
            self._record(True, code, None)
        return FORWARD

    def _complete(self, server_bytes: bytes) -> bool:
        mechanism = self.mechanism or ""
        if mechanism.startswith("SCRAM-"):
            return server_bytes.startswith(b"v=")
        if mechanism == "OAUTHBEARER":
            return not server_bytes
        return True

    def _record(self, success: bool, error_code: int, message: str | None) -> None:
        principal, mechanism = self.claimed, self.mechanism
        again = self.logins > 0
        if success:
            self.logins += 1
            self.info.principal, self.info.mechanism = principal, mechanism
            log.debug("%s authenticated%s at the broker as %r (%s)", self.peer,
                      " again" if again else "", principal, mechanism)
        else:
            log.info("%s: the broker refused the %s authentication of %r: error %d%s",
                     self.peer, mechanism, principal, error_code,
                     f" ({message})" if message else "")
        if self.auditor is not None:
            self.auditor.authentication(
                principal=principal, mechanism=mechanism,
                outcome="SUCCESS" if success else "FAILURE", reason=message,
                error_code=error_code if not success else None, reauthentication=again)
        self.claimed = None
