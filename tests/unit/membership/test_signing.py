"""Signed heartbeats: which records a node believes, and how drops are counted and logged."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gateway.config import load_config
from membership.heartbeat import Heartbeat, HeartbeatDecodeError, encode_heartbeat
from membership.signing import (
    FUTURE,
    NO_SECRET,
    SIGNATURE_HEADER,
    DropCounter,
    HeartbeatFilter,
    HeartbeatKey,
)
from membership.view import MembershipView

NOW = 1_800_000_000_000
KEY = HeartbeatKey("s3cret", "gw")


def beat(node: str = "n1", host: str = "gw1.example", ts: int = NOW) -> bytes:
    return encode_heartbeat(Heartbeat(
        cluster_id="gw", node_id=node, worker_id=0, advertised_host=host, port_start=7000,
        version="1", timestamp_ms=ts,
    ))


def make_filter(key: HeartbeatKey | None = KEY) -> tuple[HeartbeatFilter, list[str]]:
    lines: list[str] = []
    return HeartbeatFilter(key, 5000, b"me/0", log=lines.append), lines


def test_a_signed_heartbeat_is_believed() -> None:
    checks, lines = make_filter()
    value = beat()
    heartbeat = checks.accept(b"n1/0", value, KEY.headers(value), NOW)
    assert heartbeat is not None and heartbeat.advertised_host == "gw1.example"
    assert checks.drops.total == 0 and lines == []


@pytest.mark.parametrize(("headers", "reason"), [
    (None, "unsigned"),
    ([], "unsigned"),
    ([("other", b"x")], "unsigned"),
    ([(SIGNATURE_HEADER, None)], "unsigned"),
    ([(SIGNATURE_HEADER, b"00" * 32)], "bad signature"),
    ([(SIGNATURE_HEADER, HeartbeatKey("other secret", "gw").sign(beat()))], "bad signature"),
    ([(SIGNATURE_HEADER, HeartbeatKey("s3cret", "other-cluster").sign(beat()))],
     "bad signature"),
    ([(SIGNATURE_HEADER, KEY.sign(beat())), (SIGNATURE_HEADER, KEY.sign(beat()))],
     "more than one signature"),
])
def test_unsigned_and_forged_heartbeats_are_dropped_and_counted(
    headers: list[tuple[str, bytes | None]] | None, reason: str
) -> None:
    checks, lines = make_filter()
    assert checks.accept(b"evil/0", beat(), headers, NOW) is None
    assert checks.drops.by_reason == {reason: 1}
    assert lines == [f"dropped heartbeat from 'evil/0': {reason} (1 dropped in total)"]


def test_a_signature_covers_every_byte_of_the_value() -> None:
    checks, _ = make_filter()
    value = beat()
    tampered = value.replace(b"gw1.example", b"attacker.ex")
    assert checks.accept(b"n1/0", tampered, KEY.headers(value), NOW) is None
    assert checks.drops.by_reason == {"bad signature": 1}


def test_a_heartbeat_dated_beyond_the_skew_is_dropped() -> None:
    checks, lines = make_filter()
    on_edge, too_far = beat(ts=NOW + 5000), beat(ts=NOW + 5001)
    assert checks.accept(b"n1/0", on_edge, KEY.headers(on_edge), NOW) is not None
    assert checks.accept(b"n1/0", too_far, KEY.headers(too_far), NOW) is None
    assert checks.drops.by_reason == {FUTURE: 1}
    assert lines == [
        "dropped heartbeat from 'n1/0': future timestamp (5001 ms ahead, more than "
        "GATEWAY_HEARTBEAT_MAX_SKEW_MS=5000) (1 dropped in total)"
    ]


def test_a_node_changes_its_advertised_host_only_through_a_signed_record() -> None:
    checks, _ = make_filter()
    view = MembershipView("gw", 10_000)
    real = beat(host="gw1.example", ts=NOW)
    for record, headers in ((real, KEY.headers(real)), (beat(host="6.6.6.6", ts=NOW + 1), None)):
        heartbeat = checks.accept(b"n1/0", record, headers, NOW)
        if heartbeat is not None:
            view.observe(heartbeat, NOW)
    assert [n.host for n in view.live_nodes(NOW + 2)] == ["gw1.example"]
    moved = beat(host="gw1-new.example", ts=NOW + 2)
    heartbeat = checks.accept(b"n1/0", moved, KEY.headers(moved), NOW + 2)
    assert heartbeat is not None
    view.observe(heartbeat, NOW + 2)
    assert [n.host for n in view.live_nodes(NOW + 3)] == ["gw1-new.example"]


def test_without_a_secret_nothing_read_back_is_believed() -> None:
    checks, lines = make_filter(key=None)
    assert checks.accept(b"me/0", beat(node="me"), None, NOW) is None  # our own echo
    assert checks.drops.total == 0
    signed = beat(node="n2")
    assert checks.accept(b"n2/0", signed, KEY.headers(signed), NOW) is None
    assert checks.drops.by_reason == {NO_SECRET: 1}
    assert lines == [
        f"dropped heartbeat from 'n2/0': {NO_SECRET}; this node runs alone. To form a "
        "cluster, set the same GATEWAY_CLUSTER_SECRET on every node (1 dropped in total)"
    ]


def test_a_signed_record_that_is_not_a_heartbeat_is_a_decode_error() -> None:
    checks, _ = make_filter()
    with pytest.raises(HeartbeatDecodeError):
        checks.accept(b"n1/0", b"\x00garbage", KEY.headers(b"\x00garbage"), NOW)


def test_drop_logs_are_rate_limited_per_sender() -> None:
    counter = DropCounter(interval_ms=1000)
    lines = [counter.drop("a", "unsigned", NOW + i) for i in range(500)]
    assert [line for line in lines if line] == [
        "dropped heartbeat from a: unsigned (1 dropped in total)"
    ]
    assert counter.drop("b", "unsigned", NOW + 500) is not None  # another sender: at once
    line = counter.drop("a", "bad signature", NOW + 1000)
    assert line == "dropped 500 more heartbeats from a: bad signature (502 dropped in total)"
    assert counter.by_reason == {"unsigned": 501, "bad signature": 1}


@given(st.lists(st.text(max_size=3), max_size=50))
def test_the_sender_table_is_bounded(senders: list[str]) -> None:
    counter = DropCounter(max_senders=8)
    for sender in senders:
        counter.drop(sender, "unsigned", NOW)
    assert len(counter._senders) <= 8
    assert counter.total == len(senders)


def test_the_secret_never_shows() -> None:
    assert "s3cret" not in repr(KEY)
    config = load_config({"KAFKA_BOOTSTRAP_SERVERS": "b:9092",
                          "GATEWAY_CLUSTER_SECRET": "hunter2-very-secret"})
    assert config.gateway_cluster_secret == "hunter2-very-secret"
    assert "hunter2" not in repr(config) and "hunter2" not in str(config)
    assert "gateway_cluster_secret=<redacted>" in repr(config)
    assert "gateway_heartbeat_max_skew_ms=5000" in repr(config)
    unset = load_config({"KAFKA_BOOTSTRAP_SERVERS": "b:9092"})
    assert "gateway_cluster_secret=None" in repr(unset)
    assert msgspec.structs.replace(config).gateway_cluster_secret == "hunter2-very-secret"


def test_an_empty_secret_is_no_secret() -> None:
    assert load_config({"KAFKA_BOOTSTRAP_SERVERS": "b:9092", "GATEWAY_CLUSTER_SECRET": ""}
                       ).gateway_cluster_secret is None
    with pytest.raises(ValueError, match="GATEWAY_CLUSTER_SECRET"):
        HeartbeatKey("", "gw")
