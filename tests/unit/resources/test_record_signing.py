"""Signed config records: what is applied, what is rejected, counted and logged."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from prometheus_client.parser import text_string_to_metric_families

from gateway import metrics
from gateway.config import GatewayConfig
from gateway.resources.kinds import KINDS, parse_resource, resource_document
from gateway.resources.record_signing import (
    ConfigRecordCheck,
    config_signing_key,
    record_headers,
    signed_bytes,
)
from gateway.resources.records import config_topic, encode_key, encode_value
from gateway.resources.snapshot import RawRecord, ResourceSnapshot, apply_records
from membership.heartbeat import Heartbeat, encode_heartbeat
from membership.signing import SIGNATURE_HEADER, HeartbeatFilter, HeartbeatKey, SigningKey
from tests.resource_examples import alias_topic

SECRET, CLUSTER = "s3cret", "gw"
KEY = config_signing_key(SECRET, CLUSTER)
TOPIC = config_topic(CLUSTER)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def resource_record(offset: int, name: str = "orders_v1", *, tombstone: bool = False,
                    key: SigningKey | None = KEY) -> RawRecord:
    """A record as the store writes it, signed with `key` (None: unsigned)."""
    document: dict[str, Any] = {**alias_topic(), "metadata": {**alias_topic()["metadata"],
                                                              "name": name}}
    resource = parse_resource(document)
    record_key = encode_key(KINDS["AliasTopic"].key(resource))
    value = None if tombstone else encode_value(resource_document(resource), "n1", offset)
    headers = record_headers(key, record_key, value) if key is not None else None
    return RawRecord(offset, record_key, value, headers)


def make_check(key: SigningKey = KEY) -> tuple[ConfigRecordCheck, Clock]:
    clock = Clock()
    return ConfigRecordCheck(key, CLUSTER, TOPIC, clock=clock), clock


def names(snapshot: ResourceSnapshot) -> set[str]:
    return {r.resource.metadata.name for r in snapshot.resources.values()}


def test_signed_records_and_tombstones_are_applied() -> None:
    check, _ = make_check()
    snapshot = apply_records(ResourceSnapshot(), [resource_record(0), resource_record(1, "b")],
                             TOPIC, check.accept)
    assert names(snapshot) == {"orders_v1", "b"}
    gone = apply_records(snapshot, [resource_record(2, tombstone=True)], TOPIC, check.accept)
    assert names(gone) == {"b"} and gone.version == 3
    assert check.total == 0


def test_forged_records_and_tombstones_change_nothing(caplog: pytest.LogCaptureFixture
                                                      ) -> None:
    check, _ = make_check()
    genuine = apply_records(ResourceSnapshot(), [resource_record(0)], TOPIC, check.accept)
    guessed = config_signing_key("guessed", CLUSTER)
    forged = [
        resource_record(1, "evil", key=None),
        resource_record(2, "evil", key=guessed),
        resource_record(3, tombstone=True, key=None),
        resource_record(4, tombstone=True, key=guessed),
    ]
    with caplog.at_level(logging.WARNING, "sluice.resources"):
        after = apply_records(genuine, forged, TOPIC, check.accept)
    assert names(after) == {"orders_v1"}
    assert after.version == 5  # moved past them: a forged last record cannot block catch-up
    assert check.by_reason == {"unsigned": 2, "bad signature": 2}
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        f"rejected config record {TOPIC}@1 (key b'[\"AliasTopic\",\"passthrough\",\"evil\"]'): "
        f"unsigned; not applied (1 rejected in total). Only a node with this "
        f"GATEWAY_CLUSTER_SECRET may write to {TOPIC}; if the secret was changed, apply the "
        f"resources again",
        f"rejected config record {TOPIC}@2 (key b'[\"AliasTopic\",\"passthrough\",\"evil\"]'): "
        f"bad signature; not applied (2 rejected in total). Only a node with this "
        f"GATEWAY_CLUSTER_SECRET may write to {TOPIC}; if the secret was changed, apply the "
        f"resources again",
    ]  # once per reason: the tombstones of the same reasons are only counted


def test_rejections_are_logged_once_per_reason_per_minute(caplog: pytest.LogCaptureFixture
                                                          ) -> None:
    check, clock = make_check()
    with caplog.at_level(logging.WARNING, "sluice.resources"):
        for offset in range(1000):
            check.accept(resource_record(offset, key=None))
        clock.now = 61.0
        check.limiter.flush()
        check.accept(resource_record(1000, tombstone=True, key=None))
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 3, lines
    assert lines[1] == ("... 999 more 'config record unsigned' messages from "
                        f"{TOPIC} suppressed in the last 61 s")
    assert lines[2].startswith(f"rejected config tombstone {TOPIC}@1000 ")
    assert check.by_reason == {"unsigned": 1001}


def test_the_signature_covers_the_key_and_the_value() -> None:
    check, _ = make_check()
    record = resource_record(0)
    moved = RawRecord(0, record.key.replace(b"orders_v1", b"orders_v2"),  # type: ignore[union-attr]
                      record.value, record.headers)
    emptied = RawRecord(0, record.key, None, record.headers)  # value signed, tombstone given
    tampered = RawRecord(0, record.key, record.value.replace(b"orders", b"evil"),  # type: ignore[union-attr]
                         record.headers)
    assert [check.accept(r) for r in (record, moved, emptied, tampered)] == [
        True, False, False, False]
    assert check.by_reason == {"bad signature": 3}


@given(st.binary(max_size=20) | st.none(), st.binary(max_size=20) | st.none(),
       st.binary(max_size=20) | st.none(), st.binary(max_size=20) | st.none())
def test_no_two_records_sign_the_same_bytes(k1: bytes | None, v1: bytes | None,
                                            k2: bytes | None, v2: bytes | None) -> None:
    if (k1, v1) != (k2, v2):
        assert signed_bytes(k1, v1) != signed_bytes(k2, v2)


def test_a_heartbeat_signature_never_validates_a_config_record_nor_back() -> None:
    heartbeat_key = HeartbeatKey(SECRET, CLUSTER)
    record = resource_record(0)
    assert record.key is not None
    as_heartbeat_signed = RawRecord(0, record.key, record.value, heartbeat_key.headers(
        signed_bytes(record.key, record.value)))
    check, _ = make_check()
    assert not check.accept(as_heartbeat_signed)
    assert check.by_reason == {"bad signature": 1}

    beat = encode_heartbeat(Heartbeat(cluster_id=CLUSTER, node_id="n9", worker_id=0,
                                      advertised_host="evil", port_start=1, version="1",
                                      timestamp_ms=1000))
    heartbeats = HeartbeatFilter(heartbeat_key, 5000)
    assert heartbeats.accept(b"n9/0", beat, heartbeat_key.headers(beat), 1000) is not None
    assert heartbeats.accept(b"n9/0", beat, KEY.headers(beat), 1000) is None
    assert heartbeats.accept(b"n9/0", beat, record_headers(KEY, b"n9/0", beat), 1000) is None
    assert heartbeats.drops.by_reason == {"bad signature": 2}


def test_without_a_secret_records_are_signed_with_the_cluster_id_key() -> None:
    unprotected = config_signing_key(None, CLUSTER)
    assert repr(unprotected) == "SigningKey(<redacted>)"
    lone, _ = make_check(unprotected)
    assert lone.accept(resource_record(0, key=unprotected))
    assert not lone.accept(resource_record(1, key=None))
    assert not lone.accept(resource_record(2, key=config_signing_key(None, "other")))
    # A node given a secret later names why the old records no longer count.
    protected, _ = make_check()
    assert not protected.accept(resource_record(3, key=unprotected))
    assert protected.by_reason == {"signed without GATEWAY_CLUSTER_SECRET": 1}


def test_a_duplicated_signature_header_is_rejected() -> None:
    record = resource_record(0)
    assert record.headers is not None
    doubled = RawRecord(0, record.key, record.value, [*record.headers, *record.headers])
    nulled = RawRecord(0, record.key, record.value, [(SIGNATURE_HEADER, None)])
    check, _ = make_check()
    assert not check.accept(doubled) and not check.accept(nulled)
    assert check.by_reason == {"more than one signature": 1, "unsigned": 1}


@pytest.fixture
def node_metrics(tmp_path: Path) -> Iterator[None]:
    metrics.start_node(GatewayConfig(kafka_bootstrap_servers="x:1",
                                     gateway_metrics_dir=str(tmp_path / "metrics")))
    try:
        yield
    finally:
        metrics.stop_node()


def test_rejections_are_counted_in_the_metrics(node_metrics: None) -> None:
    check, _ = make_check()
    for record in (resource_record(0, key=None), resource_record(1, key=None),
                   resource_record(2, key=config_signing_key("guessed", CLUSTER)),
                   resource_record(3, key=config_signing_key(None, CLUSTER))):
        check.accept(record)
    samples = {(s.name, tuple(s.labels.items())): s.value
               for f in text_string_to_metric_families(metrics.render()[0].decode())
               for s in f.samples if s.name == "sluice_config_records_rejected_total"}
    assert samples == {
        ("sluice_config_records_rejected_total", (("reason", "unsigned"),)): 2,
        ("sluice_config_records_rejected_total", (("reason", "bad_signature"),)): 1,
        ("sluice_config_records_rejected_total", (("reason", "more_than_one_signature"),)): 0,
        ("sluice_config_records_rejected_total", (("reason", "signed_without_secret"),)): 1,
    }
