"""The gateway cluster view computed from heartbeats (pure: the caller supplies the clock).

Liveness is tracked per worker: only a worker's newest heartbeat (by ``timestamp_ms``)
counts, older ones arriving late are ignored.  A worker is live while its newest heartbeat
says "running" and was seen less than ``timeout_ms`` ago; one that says "shutting_down"
ends the worker at once, and a newer "running" heartbeat (a restart) brings it back.
A node is live while any of its workers is.  A heartbeat counts as seen at
``min(timestamp_ms, now_ms)``: heartbeats replayed from the topic do not look fresher than
they are, and a sender clock running ahead cannot extend its life (clocks are assumed to
agree to well within ``timeout_ms``).
"""

from __future__ import annotations

from dataclasses import dataclass

from gateway.routing.assignment import GatewayNode
from membership.heartbeat import Heartbeat

__all__ = ["MembershipView"]


@dataclass(frozen=True, slots=True)
class _Worker:
    """A worker's newest heartbeat and when it counts as seen."""

    heartbeat: Heartbeat
    seen_ms: int

    def live(self, now_ms: int, timeout_ms: int) -> bool:
        """Whether this worker keeps its node alive at ``now_ms``."""
        running = self.heartbeat.state == "running"
        return running and now_ms - self.seen_ms < timeout_ms

    def end_ms(self, timeout_ms: int) -> int:
        """When this worker stopped (or will stop) keeping its node alive."""
        running = self.heartbeat.state == "running"
        return self.seen_ms + timeout_ms if running else self.seen_ms


def _newer(new: Heartbeat, old: Heartbeat) -> bool:
    """Whether ``new`` supersedes ``old``; on equal timestamps a shutdown wins."""
    if new.timestamp_ms != old.timestamp_ms:
        return new.timestamp_ms > old.timestamp_ms
    return new.state == "shutting_down" and old.state == "running"


class MembershipView:
    """Live gateway nodes of one cluster, fed with heartbeats."""

    def __init__(self, cluster_id: str, timeout_ms: int) -> None:
        """Track the nodes of ``cluster_id``, dropping workers silent for ``timeout_ms``."""
        if timeout_ms <= 0:
            raise ValueError("timeout_ms must be positive")
        self.cluster_id = cluster_id
        self.timeout_ms = timeout_ms
        self._workers: dict[str, dict[int, _Worker]] = {}
        self._reported: set[str] = set()

    def observe(self, heartbeat: Heartbeat, now_ms: int) -> None:
        """Take a heartbeat into account (other clusters' and stale ones are ignored)."""
        if heartbeat.cluster_id != self.cluster_id:
            return
        workers = self._workers.setdefault(heartbeat.node_id, {})
        old = workers.get(heartbeat.worker_id)
        if old is None or _newer(heartbeat, old.heartbeat):
            seen_ms = min(heartbeat.timestamp_ms, now_ms)
            workers[heartbeat.worker_id] = _Worker(heartbeat, seen_ms)

    def _live_ids(self, now_ms: int) -> set[str]:
        """The ids of the nodes with at least one live worker."""
        return {
            node_id
            for node_id, workers in self._workers.items()
            if any(w.live(now_ms, self.timeout_ms) for w in workers.values())
        }

    def live_nodes(self, now_ms: int) -> list[GatewayNode]:
        """The live nodes, sorted by id, described by their newest live heartbeat."""
        nodes = []
        for node_id in sorted(self._live_ids(now_ms)):
            live = [w for w in self._workers[node_id].values() if w.live(now_ms, self.timeout_ms)]
            hb = max(live, key=lambda w: w.heartbeat.timestamp_ms).heartbeat
            nodes.append(GatewayNode(node_id, hb.advertised_host, hb.port_start, hb.rack))
        return nodes

    def changes(self, now_ms: int) -> tuple[list[str], list[tuple[str, str]]]:
        """Nodes that joined, and (node, "timeout" | "shutdown") that left, since last call."""
        live = self._live_ids(now_ms)
        joined = sorted(live - self._reported)
        left = [(node_id, self._leave_reason(node_id)) for node_id in sorted(self._reported - live)]
        self._reported = live
        self._forget_dead(now_ms)
        return joined, left

    def _leave_reason(self, node_id: str) -> str:
        """Why a node left: how its last worker to stop ended."""
        workers = self._workers.get(node_id, {}).values()
        if not workers:
            return "timeout"
        last = max(workers, key=lambda w: w.end_ms(self.timeout_ms))
        return "timeout" if last.heartbeat.state == "running" else "shutdown"

    def _forget_dead(self, now_ms: int) -> None:
        """Drop workers that ended more than a timeout ago, and nodes left without workers."""
        horizon = now_ms - self.timeout_ms
        for node_id in list(self._workers):
            workers = self._workers[node_id]
            for worker_id, worker in list(workers.items()):
                if worker.end_ms(self.timeout_ms) < horizon:
                    del workers[worker_id]
            if not workers:
                del self._workers[node_id]
