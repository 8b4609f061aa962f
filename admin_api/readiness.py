"""Is this node ready? The checks behind /health/ready, and the probes that feed them.

Ready means all of:
- *backend*: a bootstrap server answered ApiVersions + Metadata within the last
  ``BACKEND_STALE_S`` (probed every ``PROBE_INTERVAL_S`` with gateway/proxy/backend.py's
  ``describe_cluster``, the same exchange the data plane starts with, and diagnosed by its
  ``BackendProblems``);
- *resources*: the resources snapshot has caught up with the configs topic, and the topic
  answered recently (a node that lost it keeps serving its last snapshot, but says so);
- *membership* (only with internal load balancing): this node is live in the cluster view
  built from the heartbeat topic, read the way `sluice cluster status` reads it.

`NodeReadiness` is a plain object the probes write and the HTTP handlers read; the
decision itself (`evaluate`) is a pure function of it and the clock.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal

import trio

from gateway.config import GatewayConfig
from gateway.proxy.backend import BackendProblems
from gateway.resources.store_status import StoreStatus

if TYPE_CHECKING:
    from gateway.resources.store import ResourceStore
    from membership.heartbeat import Heartbeat

__all__ = ["Check", "NodeReadiness", "evaluate", "probe_backend", "probe_membership"]

log = logging.getLogger("sluice.admin_api")

PROBE_INTERVAL_S: Final = 2.0  # two misses before BACKEND_STALE_S
BACKEND_STALE_S: Final = 5.0
MEMBERSHIP_INTERVAL_S: Final = 2.0
MEMBERSHIP_READ_MS: Final = 1500


@dataclass(frozen=True, slots=True)
class Check:
    """One readiness check, as /health reports it."""

    id: str
    status: Literal["UP", "DOWN"]
    detail: str


@dataclass
class NodeReadiness:
    """What the probes last saw."""

    membership_required: bool
    backend: BackendProblems = field(
        default_factory=lambda: BackendProblems(0.0, "backend cluster (readiness)", quiet=True))
    store: ResourceStore | None = None
    in_membership: bool = False
    membership_detail: str = "not read yet"
    started_at: float = field(default_factory=time.monotonic)


def evaluate(readiness: NodeReadiness, now: float,
             store_status: StoreStatus | None = None) -> list[Check]:
    """The readiness checks at ``now`` (monotonic seconds)."""
    checks = []
    ok_at = readiness.backend.answered_at
    if ok_at is not None and now - ok_at < BACKEND_STALE_S:
        checks.append(Check("backend", "UP", f"answered Metadata {now - ok_at:.1f} s ago"))
    else:
        checks.append(Check("backend", "DOWN", f"backend unreachable: {readiness.backend.error}"))
    if store_status is None and readiness.store is not None:
        store_status = readiness.store.status()
    if store_status is None:
        checks.append(Check("resources", "DOWN", "resources store not started"))
    else:
        up = store_status.caught_up and store_status.reachable
        checks.append(Check("resources", "UP" if up else "DOWN", store_status.detail))
    if readiness.membership_required:
        checks.append(Check("membership", "UP" if readiness.in_membership else "DOWN",
                            readiness.membership_detail))
    return checks


async def probe_backend(config: GatewayConfig, readiness: NodeReadiness) -> None:
    """Ask the backend for its brokers every PROBE_INTERVAL_S, forever."""
    from gateway.proxy.backend import BackendUnavailable, describe_cluster
    from gateway.proxy.upstream_security import UpstreamSecurity

    timeout = min(config.gateway_upstream_connect_timeout_ms / 1000, BACKEND_STALE_S / 2)
    security = UpstreamSecurity.from_config(config)  # this thread's own (its own token)
    while True:
        try:
            await describe_cluster(config.bootstrap_servers(), timeout,
                                   config.gateway_max_frame_bytes, security)
        except BackendUnavailable as exc:
            readiness.backend.report(exc)
        else:
            readiness.backend.recovered()
        await trio.sleep(PROBE_INTERVAL_S)


async def probe_membership(config: GatewayConfig, readiness: NodeReadiness) -> None:
    """Read the heartbeat topic every MEMBERSHIP_INTERVAL_S: is this node live in the view?"""
    from gateway.commands.cluster_status import heartbeat_consumer, read_heartbeats

    node_id = config.node_id
    # One consumer for every read, closed when the probe ends; a read abandoned on
    # cancellation may still be using it, so it is closed only once that read returns.
    consumer = heartbeat_consumer(config)
    reading = threading.Lock()

    def read() -> list[Heartbeat]:
        with reading:
            return read_heartbeats(config, MEMBERSHIP_READ_MS, consumer=consumer)

    def close() -> None:
        with reading:
            consumer.close()

    try:
        await _probe_membership(config, readiness, node_id, read)
    finally:
        threading.Thread(target=close, name="sluice-readiness-close", daemon=True).start()


async def _probe_membership(config: GatewayConfig, readiness: NodeReadiness, node_id: str,
                            read: Callable[[], list[Heartbeat]]) -> None:
    from gateway.commands.cluster_status import HeartbeatReadError
    from membership.view import MembershipView

    while True:
        try:
            heartbeats = await trio.to_thread.run_sync(read, abandon_on_cancel=True)
        except HeartbeatReadError as exc:
            readiness.in_membership = False
            readiness.membership_detail = f"heartbeat topic unreadable: {exc}"
        else:
            view = MembershipView(config.gateway_cluster_id, config.gateway_heartbeat_timeout_ms)
            now_ms = time.time_ns() // 1_000_000
            for heartbeat in heartbeats:
                view.observe(heartbeat, now_ms)
            live = [n.node_id for n in view.live_nodes(now_ms)]
            readiness.in_membership = node_id in live
            readiness.membership_detail = (
                f"node {node_id} is live in cluster {config.gateway_cluster_id} "
                f"({len(live)} nodes)" if node_id in live else
                f"node {node_id} not (yet) in the view of cluster "
                f"{config.gateway_cluster_id} (live: {', '.join(live) or 'none'})")
        await trio.sleep(MEMBERSHIP_INTERVAL_S)
