"""Address rewriting as an interceptor: clients are handed the gateway's addresses.

Metadata, FindCoordinator and DescribeCluster responses, and the KIP-951 NodeEndpoints of
Produce (v10+) and Fetch (v16+) responses, name brokers; each broker is replaced by the
address this client must use for it (gateway/protocol/rewrite.py does the byte surgery,
which decodes Metadata only up to its broker list). Brokers seen in Metadata and
DescribeCluster are learned by the directory before they are rewritten, so a broker seen
for the first time gets its routed address at once (not a fallback that moves later).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from gateway.protocol import api_keys
from gateway.protocol.codec_runtime import MAX_VERSION
from gateway.protocol.connection import ConnectionInfo
from gateway.protocol.rewrite import (
    FETCH_NODE_ENDPOINTS,
    PRODUCE_NODE_ENDPOINTS,
    AddressOf,
    rewrite_describe_cluster,
    rewrite_find_coordinator,
    rewrite_metadata,
    rewrite_node_endpoints,
)

from .api import FORWARD, Interceptor, ResponseMessage, ResponseResult, forward, responses


class BrokerDirectory(Protocol):
    """Where brokers are learned and clients' addresses come from (GatewayState)."""

    def address_map(self, client_key: str) -> AddressOf:
        """The broker -> address mapping for one client."""
        ...

    def rewrite_learning_brokers(
        self, rewrite: Callable[[AddressOf], tuple[bytes, list[dict[str, Any]]]],
        id_field: str, client_key: str,
    ) -> bytes:
        """`rewrite` run for one client after the brokers it names are learned."""
        ...


class AddressRewriting(Interceptor):
    """Rewrites the broker addresses in responses to one client."""

    interests = (
        *responses(api_keys.METADATA, api_keys.FIND_COORDINATOR, api_keys.DESCRIBE_CLUSTER),
        *responses(api_keys.PRODUCE, versions=(PRODUCE_NODE_ENDPOINTS, MAX_VERSION)),
        *responses(api_keys.FETCH, versions=(FETCH_NODE_ENDPOINTS, MAX_VERSION)),
    )

    def __init__(self, directory: BrokerDirectory, info: ConnectionInfo) -> None:
        self.directory = directory
        self.info = info

    def on_response(self, response: ResponseMessage) -> ResponseResult:
        """Replace every broker address the response carries."""
        key, version, frame = response.api_key, response.api_version, response.frame
        directory = self.directory
        if key in (api_keys.PRODUCE, api_keys.FETCH):
            # The hot path: the mapping is built only if the response names brokers.
            new = rewrite_node_endpoints(
                frame, key, version,
                lambda node: directory.address_map(self.info.client_key)(node))
            return FORWARD if new is frame else forward(frame=new)
        client_key = self.info.client_key
        if key == api_keys.METADATA:
            new = directory.rewrite_learning_brokers(
                partial(rewrite_metadata, frame, version), "NodeId", client_key)
        elif key == api_keys.FIND_COORDINATOR:
            new = rewrite_find_coordinator(frame, version, directory.address_map(client_key))
        else:
            new = directory.rewrite_learning_brokers(
                partial(rewrite_describe_cluster, frame, version), "BrokerId", client_key)
        return forward(frame=new)
