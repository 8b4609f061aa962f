"""MembershipView: timeouts, shutdown, restart, several workers, other clusters; heartbeats."""

from __future__ import annotations

import msgspec
import pytest

from gateway.routing.assignment import GatewayNode
from membership.heartbeat import (
    Heartbeat,
    HeartbeatDecodeError,
    decode_heartbeat,
    encode_heartbeat,
    group_id,
    heartbeat_topic,
)
from membership.view import MembershipView

TIMEOUT = 1000


def hb(
    node: str, t: int, *, worker: int = 0, state: str = "running", **fields: object
) -> Heartbeat:
    """A heartbeat of cluster "c" from ``node``/``worker`` stamped ``t``."""
    base: dict[str, object] = {
        "cluster_id": "c", "node_id": node, "worker_id": worker, "advertised_host": f"{node}.gw",
        "port_start": 9000, "rack": None, "version": "0.1.0", "state": state, "timestamp_ms": t,
    }
    return msgspec.convert(base | fields, Heartbeat)


def ids(view: MembershipView, now: int) -> list[str]:
    return [n.node_id for n in view.live_nodes(now)]


def test_a_node_is_live_until_its_heartbeats_time_out() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n1", 100, rack="r1"), now_ms=100)
    assert view.live_nodes(100) == [GatewayNode("n1", "n1.gw", 9000, "r1")]
    assert view.changes(100) == (["n1"], [])
    assert ids(view, 1099) == ["n1"]
    assert view.changes(1099) == ([], [])
    assert ids(view, 1100) == []
    assert view.changes(1100) == ([], [("n1", "timeout")])
    assert view.changes(1200) == ([], [])


def test_a_shutdown_heartbeat_removes_the_node_at_once() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n1", 100), 100)
    view.observe(hb("n2", 100), 100)
    view.changes(100)
    view.observe(hb("n1", 150, state="shutting_down"), 150)
    assert ids(view, 150) == ["n2"]
    assert view.changes(150) == ([], [("n1", "shutdown")])


def test_late_heartbeats_older_than_the_shutdown_are_ignored() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n1", 200, state="shutting_down"), 200)
    view.observe(hb("n1", 150), 210)
    assert ids(view, 210) == []


def test_a_restart_after_shutdown_rejoins() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n1", 100), 100)
    view.changes(100)
    view.observe(hb("n1", 200, state="shutting_down"), 200)
    assert view.changes(200) == ([], [("n1", "shutdown")])
    view.observe(hb("n1", 300, advertised_host="new.gw"), 300)
    assert view.live_nodes(300) == [GatewayNode("n1", "new.gw", 9000, None)]
    assert view.changes(300) == (["n1"], [])


def test_a_node_rejoins_after_a_timeout() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n1", 0), 0)
    view.changes(0)
    assert view.changes(5000) == ([], [("n1", "timeout")])
    view.observe(hb("n1", 5100), 5100)
    assert view.changes(5100) == (["n1"], [])


def test_any_live_worker_keeps_its_node_alive() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n1", 0, worker=0), 0)
    view.observe(hb("n1", 800, worker=1), 800)
    view.observe(hb("n1", 900, worker=2, state="shutting_down"), 900)
    assert ids(view, 1500) == ["n1"]
    assert ids(view, 1800) == []


def test_the_last_worker_to_stop_gives_the_reason() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n1", 0, worker=0), 0)
    view.observe(hb("n1", 0, worker=1), 0)
    view.changes(0)
    view.observe(hb("n1", 500, worker=1, state="shutting_down"), 500)
    assert view.changes(500) == ([], [])
    assert view.changes(1000) == ([], [("n1", "timeout")])
    view.observe(hb("n1", 1100, worker=0), 1100)
    view.changes(1100)
    view.observe(hb("n1", 1200, worker=0, state="shutting_down"), 1200)
    assert view.changes(1200) == ([], [("n1", "shutdown")])


def test_heartbeats_of_other_clusters_are_ignored() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n1", 100, cluster_id="other"), 100)
    assert view.live_nodes(100) == []
    assert view.changes(100) == ([], [])


def test_replayed_and_future_stamped_heartbeats_count_from_their_real_age() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("old", 0), now_ms=900)
    view.observe(hb("ahead", 5000), now_ms=900)
    assert ids(view, 900) == ["ahead", "old"]
    assert ids(view, 1000) == ["ahead"]
    assert ids(view, 1900) == []


def test_nodes_are_sorted_and_described_by_their_newest_live_heartbeat() -> None:
    view = MembershipView("c", TIMEOUT)
    view.observe(hb("n2", 100, worker=0, port_start=7000), 100)
    view.observe(hb("n2", 200, worker=1, port_start=8000, rack="r"), 200)
    view.observe(hb("n1", 200), 200)
    assert view.live_nodes(200) == [
        GatewayNode("n1", "n1.gw", 9000, None), GatewayNode("n2", "n2.gw", 8000, "r"),
    ]


def test_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError):
        MembershipView("c", 0)


def test_heartbeats_round_trip_through_json() -> None:
    beat = hb("n1", 123, worker=3, rack="r1", state="shutting_down")
    assert decode_heartbeat(encode_heartbeat(beat)) == beat
    with_extra = encode_heartbeat(beat)[:-1] + b',"added_later":1}'
    assert decode_heartbeat(with_extra) == beat


@pytest.mark.parametrize(
    "data", [b"", b"\xff\x00", b"[]", b'{"node_id": "n1"}', encode_heartbeat(hb("n", 1))[:-3]]
)
def test_garbage_is_a_heartbeat_decode_error(data: bytes) -> None:
    with pytest.raises(HeartbeatDecodeError, match="invalid heartbeat"):
        decode_heartbeat(data)
    assert issubclass(HeartbeatDecodeError, ValueError)


def test_bad_field_values_are_rejected() -> None:
    bad = encode_heartbeat(hb("n", 1)).replace(b'"running"', b'"dancing"')
    with pytest.raises(HeartbeatDecodeError):
        decode_heartbeat(bad)


def test_topic_and_group_names() -> None:
    assert heartbeat_topic("prod") == "_sluice_prod_heartbeats"
    assert group_id("prod") == "sluice_prod"
