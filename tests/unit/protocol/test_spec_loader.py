"""The JSON spec loader: same bytes as the hand transcriptions, round trips, fuzzing."""

from __future__ import annotations

import contextlib
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import message_values, rich_value

from gateway.protocol.errors import ProtocolError
from gateway.protocol.internal_topics import RULES
from gateway.protocol.messages import ALL_MESSAGES
from gateway.protocol.schema import Array, Message
from gateway.protocol.spec_loader import SpecError, load_spec, parse_spec

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# ~200 (message, version) cases: fewer examples each, the versions share most fields.
FEW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SPEC_NAMES = sorted(
    p.name[:-5] for p in resources.files("gateway.protocol").joinpath("specs").iterdir()
    if p.name.endswith(".json") and "Header" not in p.name
)


def _versions(message: Message) -> range:
    return range(message.valid[0], message.valid[1] + 1)


# Hand transcriptions and the specs they came from, in the versions both know.
HAND_CASES = [
    (hand, v) for hand in ALL_MESSAGES for v in _versions(hand)
    if load_spec(hand.name).valid[0] <= v <= load_spec(hand.name).valid[1]
]
GUARD_MESSAGES = sorted({r.request for r in RULES.values()} | {r.response for r in RULES.values()})
GUARD_CASES = [(name, v) for name in GUARD_MESSAGES for v in _versions(load_spec(name))]


def test_comment_lines_are_dropped() -> None:
    spec = """// Licensed to the Apache Software Foundation
    {"apiKey": 99, "type": "request", "name": "XRequest", "validVersions": "0-1",
      // a comment between fields
      "flexibleVersions": "none", "fields": [
        {"name": "A", "type": "string", "versions": "0+", "default": "http://x"}
      ]}"""
    message = parse_spec(spec)
    assert message.encode({}, 0) == b"\x00\x08http://x"


def test_every_vendored_spec_loads_in_every_version() -> None:
    assert len(SPEC_NAMES) > 170
    for name in SPEC_NAMES:
        message = load_spec(name)
        for version in _versions(message):
            message.encode({}, version)  # every field has a default


def test_spec_details_become_schema_fields() -> None:
    fetch = load_spec("FetchRequest")
    assert (fetch.api_key, fetch.valid, fetch.flexible_from) == (1, (0, 17), 12)
    fields = {f.name: f for f in fetch.fields}
    assert fields["ClusterId"].tag == 0 and fields["ClusterId"].versions == (12, 17)
    assert fields["ClusterId"].nullable == (12, 17)
    assert fields["ReplicaId"].versions == (0, 14) and fields["ReplicaId"].default == -1
    assert fields["MaxBytes"].default == 0x7FFFFFFF
    topics = fields["Topics"].type
    assert isinstance(topics, Array) and isinstance(topics.element, tuple)
    assert [f.name for f in topics.element] == ["Topic", "TopicId", "Partitions"]
    # A commonStruct referenced by name (AddPartitionsToTxn's topics) is resolved.
    txn = {f.name: f for f in load_spec("AddPartitionsToTxnRequest").fields}
    v3 = txn["V3AndBelowTopics"].type
    assert isinstance(v3, Array) and isinstance(v3.element, tuple)
    assert [f.name for f in v3.element] == ["Name", "Partitions"]
    assert load_spec("OffsetDeleteRequest").flexible_from is None


def test_tagged_fields_and_camel_case_names() -> None:
    spec = """{"apiKey": 99, "type": "request", "name": "XRequest", "validVersions": "0-3",
      "flexibleVersions": "2+", "fields": [
        {"name": "timeoutMs", "type": "int32", "versions": "0+"},
        {"name": "B", "type": "int32", "versions": "2+", "taggedVersions": "2+", "tag": 5}
      ]}"""
    message = parse_spec(spec)
    assert message.encode({"TimeoutMs": 7}, 1) == b"\x00\x00\x00\x07"
    assert message.encode({"TimeoutMs": 7}, 2) == b"\x00\x00\x00\x07\x00"
    assert message.encode({"TimeoutMs": 7, "B": 1}, 3) == (
        b"\x00\x00\x00\x07\x01\x05\x04\x00\x00\x00\x01")


@pytest.mark.parametrize("bad", [
    '{"type": "header", "name": "H"}',
    '{"apiKey": 1, "type": "request", "name": "X", "validVersions": "0-1", "fields": '
    '[{"name": "A", "type": "[]Missing", "versions": "0+"}]}',
    '{"apiKey": 1, "type": "request", "name": "X", "validVersions": "0-1", "fields": '
    '[{"name": "A", "type": "int32", "versions": "0+", "default": "yes"}]}',
    "{not json",
    # A field tagged in only some of its versions: no vendored spec has one.
    '{"apiKey": 1, "type": "request", "name": "X", "validVersions": "0-3", "flexibleVersions": '
    '"2+", "fields": [{"name": "A", "type": "int32", "versions": "0+", "taggedVersions": "3+", '
    '"tag": 5}]}',
])
def test_bad_specs_are_refused_with_a_reason(bad: str) -> None:
    with pytest.raises(SpecError):
        parse_spec(bad)


def test_an_unknown_spec_name_is_refused() -> None:
    with pytest.raises(SpecError, match="NoSuchRequest"):
        load_spec("NoSuchRequest")


@pytest.mark.parametrize(("hand", "version"), HAND_CASES,
                         ids=[f"{m.name}-v{v}" for m, v in HAND_CASES])
@SETTINGS
@given(data=st.data())
def test_same_bytes_as_the_hand_transcription(
    hand: Message, version: int, data: st.DataObject
) -> None:
    loaded = load_spec(hand.name)
    # Field names may differ in case (CreateTopics' timeoutMs), so compare through bytes.
    for value in (rich_value(hand, version), data.draw(message_values(hand, version))):
        hand_bytes = hand.encode(value, version)
        decoded, end = loaded.decode(hand_bytes, version)
        assert end == len(hand_bytes)
        assert loaded.encode(decoded, version) == hand_bytes
    value = data.draw(message_values(loaded, version))
    loaded_bytes = loaded.encode(value, version)
    decoded, _ = hand.decode(loaded_bytes, version)
    assert hand.encode(decoded, version) == loaded_bytes


@pytest.mark.parametrize(("name", "version"), GUARD_CASES,
                         ids=[f"{n}-v{v}" for n, v in GUARD_CASES])
@FEW
@given(data=st.data())
def test_loaded_messages_round_trip(name: str, version: int, data: st.DataObject) -> None:
    message = load_spec(name)
    value = data.draw(message_values(message, version))
    encoded = message.encode(value, version)
    decoded, end = message.decode(encoded, version)
    assert decoded == value and end == len(encoded)


@pytest.mark.parametrize(("name", "version"), GUARD_CASES,
                         ids=[f"{n}-v{v}" for n, v in GUARD_CASES])
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_loaded_decoders_survive_hostile_bytes(
    name: str, version: int, data: st.DataObject
) -> None:
    message = load_spec(name)
    valid = message.encode(data.draw(message_values(message, version)), version)
    garbage = data.draw(st.one_of(
        st.binary(max_size=64),
        st.builds(lambda cut: valid[:cut], st.integers(0, len(valid))),
        st.builds(lambda i, b: valid[:i] + bytes([b]) + valid[i + 1:],
                  st.integers(0, max(0, len(valid) - 1)), st.integers(0, 255)),
    ))
    with contextlib.suppress(ProtocolError):
        message.decode(garbage, version)
    with contextlib.suppress(ProtocolError):
        message.codec(version).skip(garbage, 0)


def test_nullable_structs_encode_a_marker() -> None:
    message = load_spec("DescribeTopicPartitionsRequest")
    null = message.encode({"Topics": [], "ResponsePartitionLimit": 5, "Cursor": None}, 0)
    assert null == b"\x01" + b"\x00\x00\x00\x05" + b"\xff" + b"\x00"
    cursor = message.encode({"Cursor": {"TopicName": "t", "PartitionIndex": 2}}, 0)
    assert message.decode(cursor, 0)[0]["Cursor"] == {"TopicName": "t", "PartitionIndex": 2}
    with pytest.raises(ProtocolError, match="marker"):
        message.decode(null[:5] + b"\x07" + null[6:], 0)
