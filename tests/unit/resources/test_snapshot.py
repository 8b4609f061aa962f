"""The resources snapshot: records in, immutable versions out; malformed records skipped."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.resources.kinds import KINDS, parse_resource, resource_document
from gateway.resources.records import (
    MalformedRecord,
    config_topic,
    decode_record,
    encode_key,
    encode_value,
)
from gateway.resources.snapshot import RawRecord, ResourceSnapshot, apply_records
from tests.resource_examples import EXAMPLES, alias_topic


def _record(offset: int, document: dict[str, Any] | None, key_of: dict[str, Any] | None = None
            ) -> RawRecord:
    source = key_of or document
    assert source is not None
    resource = parse_resource(source)
    key = encode_key(KINDS[source["kind"]].key(resource))
    if document is None:
        return RawRecord(offset, key, None)
    return RawRecord(offset, key, encode_value(resource_document(parse_resource(document)),
                                               "node1", 1000 + offset))


def test_records_build_versions_and_tombstones_delete() -> None:
    empty = ResourceSnapshot()
    first = apply_records(empty, [_record(0, alias_topic()), _record(1, EXAMPLES[1][1])])
    assert first.version == 2 and first.counts() == {"AliasTopic": 1, "Interceptor": 1}
    assert empty.version == 0 and not empty.resources  # snapshots are never changed
    gone = apply_records(first, [_record(2, None, key_of=alias_topic())])
    assert gone.version == 3 and gone.counts() == {"Interceptor": 1}
    assert first.counts() == {"AliasTopic": 1, "Interceptor": 1}
    stored = gone.of_kind("Interceptor")[0]
    assert stored.writer == "node1" and stored.offset == 1 and stored.written_at_ms == 1001


def test_the_last_write_by_offset_wins_and_redeliveries_are_ignored() -> None:
    records = [_record(0, alias_topic(physical="a")), _record(1, alias_topic(physical="b"))]
    snapshot = apply_records(ResourceSnapshot(), records)
    again = apply_records(snapshot, records)  # a reconnect delivering the same offsets
    assert again is snapshot
    (stored,) = snapshot.of_kind("AliasTopic")
    assert stored.document["spec"]["physicalName"] == "b"


def test_a_malformed_record_is_logged_and_skipped(caplog: pytest.LogCaptureFixture) -> None:
    topic = config_topic("gw")
    records = [RawRecord(0, b"not json", b"{}"), _record(1, alias_topic()),
               RawRecord(2, encode_key(("AliasTopic", "passthrough", "other")),
                         _record(3, alias_topic()).value)]
    with caplog.at_level(logging.WARNING, "sluice.resources"):
        snapshot = apply_records(ResourceSnapshot(), records, topic)
    assert snapshot.version == 3 and snapshot.counts() == {"AliasTopic": 1}
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0].startswith("skipping malformed record _sluice_gw_configs@0: key is not "
                                  "JSON")
    assert messages[1] == (
        "skipping malformed record _sluice_gw_configs@2: key ['AliasTopic', 'passthrough', "
        "'other'] does not match its resource ['AliasTopic', 'passthrough', 'orders_v1']")


_names = st.sampled_from(["a", "b", "c"])


@st.composite
def _histories(draw: st.DrawFn) -> list[RawRecord]:
    """Writes and deletes of a few alias topics, in offset order."""
    records = []
    for offset in range(draw(st.integers(0, 12))):
        name, physical = draw(_names), draw(st.sampled_from(["p1", "p2"]))
        deleted = draw(st.booleans())
        document = alias_topic(name=name, physical=physical)
        records.append(_record(offset, None if deleted else document, key_of=document))
    return records


@settings(max_examples=100, deadline=None)
@given(history=_histories(), cut=st.integers(0, 12))
def test_batching_does_not_change_the_result(history: list[RawRecord], cut: int) -> None:
    """Two nodes reading the same records in different batches hold the same snapshot."""
    whole = apply_records(ResourceSnapshot(), history)
    split = apply_records(apply_records(ResourceSnapshot(), history[:cut]), history[cut:])
    assert whole.version == split.version == len(history)
    assert {k: v.document for k, v in whole.resources.items()} == {
        k: v.document for k, v in split.resources.items()}
    expected: dict[str, str] = {}
    for record in history:
        name = decode_record(record.key, None, 0)[0][2]
        if record.value is None:
            expected.pop(name, None)
        else:
            expected[name] = decode_record(record.key, record.value, 0)[1].document[  # type: ignore[union-attr]
                "spec"]["physicalName"]
    assert {k[2]: v.document["spec"]["physicalName"] for k, v in whole.resources.items()} == (
        expected)


@settings(max_examples=300, deadline=None)
@given(key=st.one_of(st.none(), st.binary(max_size=64)),
       value=st.one_of(st.none(), st.binary(max_size=256)))
def test_decoding_random_records_fails_only_with_malformed_record(
        key: bytes | None, value: bytes | None) -> None:
    with contextlib.suppress(MalformedRecord):
        decode_record(key, value, 0)


@settings(max_examples=200, deadline=None)
@given(value=st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3), max_leaves=10))
def test_decoding_random_json_resources_fails_only_with_malformed_record(value: Any) -> None:
    import json

    envelope = json.dumps({"format": 1, "writer": "x", "writtenAtMs": 1,
                           "resource": value}).encode()
    with contextlib.suppress(MalformedRecord):
        decode_record(encode_key(("AliasTopic", "passthrough", "a")), envelope, 0)
