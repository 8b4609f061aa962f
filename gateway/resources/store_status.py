"""What the resources store reports, without the Kafka clients behind it.

Readiness and the admin API read these; keeping them apart from gateway/resources/store.py
means neither needs librdkafka to be imported (their unit tests run without it).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["StoreStatus", "StoreUnavailable"]


class StoreUnavailable(Exception):
    """A write could not be acknowledged and applied in time."""


@dataclass(frozen=True, slots=True)
class StoreStatus:
    """What readiness needs to know about the store."""

    caught_up: bool
    reachable: bool
    version: int
    detail: str
