"""Audit of API requests as an interceptor: one API_REQUEST event per audited request."""

from __future__ import annotations

from collections.abc import Iterable

from gateway.audit import ConnectionAuditor

from .api import FORWARD, Interceptor, RequestMessage, RequestResult, requests


class ApiAudit(Interceptor):
    """Writes an audit event for every request of the audited API keys (GATEWAY_AUDIT_*)."""

    def __init__(self, auditor: ConnectionAuditor, audited_keys: Iterable[int]) -> None:
        self.auditor = auditor
        keys = sorted(k for k in audited_keys if auditor.wants(k))
        self.interests = requests(*keys)

    def on_request(self, request: RequestMessage) -> RequestResult:
        """Record the request (its topics are read from the bytes, records untouched)."""
        self.auditor.request(request.frame, request.header)
        return FORWARD
