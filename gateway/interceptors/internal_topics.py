"""Internal-topic protection as an interceptor: `_sluice_*` topics are closed to clients.

The rules are gateway/protocol/internal_topics.py's: a request naming an internal topic is
answered with authorization errors (or forwarded without it, for Metadata; or dropped,
for Produce with acks=0; or the connection closed when no answer fits), and Metadata
responses never list internal topics. Every refusal is audited; the first of a
connection is logged, then one in a hundred.
"""

from __future__ import annotations

import logging

from gateway.audit import ConnectionAuditor
from gateway.protocol import api_keys
from gateway.protocol.connection import ConnectionInfo
from gateway.protocol.internal_topics import RULES, InternalTopicGuard, InternalTopics, Verdict

from .api import (
    FORWARD,
    Interceptor,
    RequestMessage,
    RequestResult,
    ResponseMessage,
    ResponseResult,
    close,
    drop,
    forward,
    requests,
    responses,
    short_circuit,
)

log = logging.getLogger("sluice.proxy")


class InternalTopicProtection(Interceptor):
    """Keeps one connection's requests and responses clear of internal topics."""

    interests = (*requests(*sorted(RULES)), *responses(api_keys.METADATA))

    def __init__(self, internal: InternalTopics, auditor: ConnectionAuditor | None,
                 info: ConnectionInfo, peer: str = "") -> None:
        self.guard = InternalTopicGuard(internal)
        self.auditor = auditor
        self.info = info
        self.peer = peer or info.client_host
        self.refusals = 0

    def on_request(self, request: RequestMessage) -> RequestResult:
        """Refuse, answer or strip a request that names an internal topic."""
        verdict = self.guard.check_request(request.frame, request.header)
        if verdict is None:
            return FORWARD
        self._report(request, verdict)
        if verdict.action == "forward":
            return forward(frame=verdict.frame)
        if verdict.action == "answer":
            return short_circuit(frame=verdict.frame)
        if verdict.action == "drop":
            return drop()
        return close(f"refused: {verdict.reason}")

    def on_response(self, response: ResponseMessage) -> ResponseResult:
        """Remove internal topics from a Metadata response (learning their ids)."""
        frame = response.frame
        new = self.guard.filter_response(frame, response.api_key, response.api_version,
                                         response.correlation_id)
        return FORWARD if new is frame else forward(frame=new)

    def _report(self, request: RequestMessage, verdict: Verdict) -> None:
        header = request.header
        if self.auditor is not None:
            self.auditor.access_denied(header, list(verdict.topics), verdict.action)
        self.refusals += 1
        if self.refusals == 1 or self.refusals % 100 == 0:
            log.warning(
                "refused %s v%d from %s (client id %r) naming internal topic%s %s (%s); "
                "%d refusal%s on this connection",
                api_keys.api_name(header.api_key), header.api_version, self.peer,
                header.client_id, "s" if len(verdict.topics) > 1 else "",
                ", ".join(verdict.topics), verdict.reason or verdict.action, self.refusals,
                "s" if self.refusals > 1 else "",
            )
