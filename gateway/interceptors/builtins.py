"""The built-in interceptors in the order the gateway runs them.

Requests: internal-topic protection, then the audit (so a refused request is audited as
ACCESS_DENIED, not as an API request). Responses (reverse order): ApiVersions
negotiation, address rewriting, then internal-topic filtering of Metadata.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from gateway.audit import ConnectionAuditor
from gateway.protocol.connection import ConnectionInfo
from gateway.protocol.internal_topics import InternalTopics
from gateway.security.authenticators import delegates_authentication

from .addresses import AddressRewriting, BrokerDirectory
from .api import Interceptor, InterceptorFactory
from .api_versions import ApiVersionsNegotiation, VersionDirectory
from .audit import ApiAudit
from .delegated_auth import DelegatedAuthentication
from .internal_topics import InternalTopicProtection


class Directory(BrokerDirectory, VersionDirectory, Protocol):
    """What the built-ins need from the worker's state (GatewayState has it all)."""


def builtin_factories(directory: Directory, internal: InternalTopics,
                      auditor: ConnectionAuditor | None = None,
                      audited_keys: Iterable[int] = (), peer: str = "",
                      ) -> list[InterceptorFactory]:
    """Factories of the built-in interceptors for one connection, in chain order."""
    keys = tuple(audited_keys)

    def protection(info: ConnectionInfo) -> Interceptor:
        return InternalTopicProtection(internal, auditor, info, peer)

    def audit(info: ConnectionInfo) -> Interceptor:
        assert auditor is not None
        return ApiAudit(auditor, keys)

    def addresses(info: ConnectionInfo) -> Interceptor:
        return AddressRewriting(directory, info)

    def versions(info: ConnectionInfo) -> Interceptor:
        return ApiVersionsNegotiation(directory)

    factories: list[InterceptorFactory] = [protection]
    if auditor is not None and keys:
        factories.append(audit)
    factories += [addresses, versions]
    config = getattr(directory, "config", None)  # GatewayState's; test directories have none
    if config is not None and delegates_authentication(config):
        sub_claim = config.gateway_oauth_sub_claim_name

        def delegated(info: ConnectionInfo) -> Interceptor:
            return DelegatedAuthentication(info, auditor, peer, sub_claim)

        factories.append(delegated)
    return factories
