"""Readiness checks as a pure function of what the probes saw (no sockets)."""

from __future__ import annotations

from admin_api.readiness import BACKEND_STALE_S, NodeReadiness, evaluate
from gateway.resources.store_status import StoreStatus

CAUGHT_UP = StoreStatus(caught_up=True, reachable=True, version=7, detail="read up to 7")


def _statuses(readiness: NodeReadiness, now: float, store: StoreStatus | None) -> dict[str, str]:
    return {c.id: c.status for c in evaluate(readiness, now, store)}


def test_ready_needs_a_recent_backend_answer_a_loaded_snapshot_and_membership() -> None:
    readiness = NodeReadiness(membership_required=True, backend_ok_at=100.0,
                              in_membership=True, membership_detail="live")
    assert _statuses(readiness, 101.0, CAUGHT_UP) == {
        "backend": "UP", "resources": "UP", "membership": "UP"}
    stale = _statuses(readiness, 100.0 + BACKEND_STALE_S + 0.1, CAUGHT_UP)
    assert stale["backend"] == "DOWN"
    loading = StoreStatus(caught_up=False, reachable=True, version=3, detail="loading")
    assert _statuses(readiness, 101.0, loading)["resources"] == "DOWN"
    lost = StoreStatus(caught_up=True, reachable=False, version=7, detail="unreachable")
    assert _statuses(readiness, 101.0, lost)["resources"] == "DOWN"
    readiness.in_membership = False
    assert _statuses(readiness, 101.0, CAUGHT_UP)["membership"] == "DOWN"


def test_membership_is_not_checked_without_internal_load_balancing() -> None:
    readiness = NodeReadiness(membership_required=False, backend_ok_at=None,
                              backend_error="127.0.0.1:1: connection refused")
    checks = evaluate(readiness, 1.0, CAUGHT_UP)
    assert [c.id for c in checks] == ["backend", "resources"]
    assert checks[0].detail == "backend unreachable: 127.0.0.1:1: connection refused"
