"""ApiVersions negotiation as an interceptor: clients see what broker and gateway both speak.

The broker's ApiVersions response is narrowed to the intersection with the gateway's
limits (gateway/protocol/versions.py); the advertised ranges are remembered by the
directory, and they are what the version gate of every connection then checks.
"""

from __future__ import annotations

from typing import Any, Protocol

from gateway.protocol import api_keys
from gateway.protocol.rewrite import rewrite_api_versions

from .api import Interceptor, ResponseMessage, ResponseResult, forward, responses


class VersionDirectory(Protocol):
    """Where the advertised ranges are kept (GatewayState)."""

    def learn_api_versions(self, advertised: list[dict[str, Any]] | None) -> None:
        """Remember the ranges advertised to clients (None: an error answer)."""
        ...


class ApiVersionsNegotiation(Interceptor):
    """Advertises the intersection of the broker's and the gateway's API versions."""

    interests = responses(api_keys.API_VERSIONS)

    def __init__(self, directory: VersionDirectory) -> None:
        self.directory = directory

    def on_response(self, response: ResponseMessage) -> ResponseResult:
        """Narrow the broker's ranges and remember them."""
        frame, advertised = rewrite_api_versions(response.frame, response.api_version)
        self.directory.learn_api_versions(advertised)
        return forward(frame=frame)
