"""Prometheus metrics of this node (placeholder until the metrics branch lands: the default
registry of this process, i.e. the supervisor's)."""

from __future__ import annotations

import prometheus_client

__all__ = ["render"]


def render() -> tuple[bytes, str]:
    """The node's exposition text and its content type."""
    return prometheus_client.generate_latest(), prometheus_client.CONTENT_TYPE_LATEST
