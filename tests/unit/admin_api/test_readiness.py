"""Readiness checks as a pure function of what the probes saw (no sockets)."""

from __future__ import annotations

import pytest
import trio
import trio.testing

from admin_api.readiness import BACKEND_STALE_S, NodeReadiness, evaluate
from gateway.proxy.backend import BackendFailure, BackendProblems, BackendUnavailable
from gateway.resources.store_status import StoreStatus

CAUGHT_UP = StoreStatus(caught_up=True, reachable=True, version=7, detail="read up to 7")


def _statuses(readiness: NodeReadiness, now: float, store: StoreStatus | None) -> dict[str, str]:
    return {c.id: c.status for c in evaluate(readiness, now, store)}


def test_ready_needs_a_recent_backend_answer_a_loaded_snapshot_and_membership() -> None:
    readiness = NodeReadiness(membership_required=True, in_membership=True,
                              membership_detail="live")
    readiness.backend.answered_at = 100.0
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
    backend = BackendProblems(60.0, quiet=True)
    backend.error = "127.0.0.1:1: connection refused"
    readiness = NodeReadiness(membership_required=False, backend=backend)
    checks = evaluate(readiness, 1.0, CAUGHT_UP)
    assert [c.id for c in checks] == ["backend", "resources"]
    assert checks[0].detail == "backend unreachable: 127.0.0.1:1: connection refused"


async def test_the_probe_records_answers_and_failures_through_backend_problems(
    caplog: pytest.LogCaptureFixture, autojump_clock: trio.testing.MockClock,
) -> None:
    readiness = NodeReadiness(membership_required=False)
    assert evaluate(readiness, 0.0, CAUGHT_UP)[0].detail == "backend unreachable: not probed yet"
    failure = BackendUnavailable([BackendFailure("127.0.0.1:1", "refused", "connection refused")])
    readiness.backend.report(failure)
    assert readiness.backend.answered_at is None
    assert evaluate(readiness, 1.0, CAUGHT_UP)[0].detail == f"backend unreachable: {failure}"
    readiness.backend.recovered()
    assert readiness.backend.answered_at == trio.current_time()
    assert evaluate(readiness, trio.current_time() + 1, CAUGHT_UP)[0].status == "UP"
    assert caplog.records == []  # the readiness probe is quiet: discovery and workers log
