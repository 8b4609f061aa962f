"""The internal-topic guard: every API naming `_sluice_*` is answered locally with error 29."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from codec_strategies import rich_value as rich_instance
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import message_values
from wire import METADATA_REQUEST, METADATA_RESPONSE, Wire

from gateway.protocol import api_keys
from gateway.protocol.errors import ProtocolError
from gateway.protocol.frames import frame
from gateway.protocol.headers import (
    encode_request_header,
    encode_response_header,
    parse_request_header,
    response_body_offset,
)
from gateway.protocol.internal_topics import (
    REQUEST_TIMED_OUT,
    RULES,
    TOPIC_AUTHORIZATION_FAILED,
    InternalTopicGuard,
    InternalTopics,
    Rule,
    Verdict,
    is_internal,
)
from gateway.protocol.versions import negotiate

INTERNAL = "_sluice_x"
TOPIC_ID = bytes(range(1, 17))
FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def request_frame(api_key: int, version: int, body: Any, cid: int = 7) -> bytes:
    message = Wire(RULES[api_key].request_message)
    return frame(encode_request_header(api_key, version, cid, "tester")
                 + message.encode(body, version))


def check(guard: InternalTopicGuard, frame_bytes: bytes) -> Verdict | None:
    return guard.check_request(frame_bytes, parse_request_header(frame_bytes))


def decode_answer(api_key: int, version: int, verdict: Verdict) -> dict[str, Any]:
    assert verdict.action == "answer", verdict
    assert int.from_bytes(verdict.frame[4:8], "big") == 7  # the request's correlation id
    assert int.from_bytes(verdict.frame[:4], "big") == len(verdict.frame) - 4
    body, end = Wire(RULES[api_key].response_message).decode(
        verdict.frame, version, response_body_offset(verdict.frame, api_key, version))
    assert end == len(verdict.frame)
    return body


def name_topics(rule: Rule, body: Any, name_of: Any) -> None:
    """Give every topic the request names the name `name_of(i)`."""
    i = 0
    for array in rule.arrays:
        for _, topics in array.entries(body):
            for n, entry in enumerate(topics):
                if array.name is None:
                    topics[n] = name_of(i)
                elif array.name:
                    setattr(entry, array.name, name_of(i))
                    if array.only_type is not None:
                        entry.ResourceType = array.only_type
                i += 1


def error_codes(value: Any, depth: int = 0) -> list[tuple[int, int]]:
    """(depth, code) of every *ErrorCode field; depth 0 is request-wide (or per group)."""
    found: list[tuple[int, int]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key.endswith("ErrorCode") and isinstance(item, int):
                found.append((0 if "GroupId" in value else depth, item))
            else:
                found += error_codes(item, depth + (isinstance(item, list)))
    elif isinstance(value, list):
        for item in value:
            found += error_codes(item, depth)
    return found


def refusal_cases() -> list[tuple[int, int]]:
    cases = []
    for key, rule in RULES.items():
        if key == api_keys.METADATA:
            continue
        low, high = Wire(rule.request_message).valid
        cases += [(key, v) for v in range(low, high + 1)]
    return cases


CASES = refusal_cases()


@pytest.mark.parametrize(("api_key", "version"), CASES,
                         ids=[f"{api_keys.api_name(k)}-v{v}" for k, v in CASES])
def test_a_request_naming_an_internal_topic_is_answered_with_error_29(
    api_key: int, version: int
) -> None:
    rule = RULES[api_key]
    guard = InternalTopicGuard(InternalTopics())
    guard.ids.learn(TOPIC_ID)
    body = rich_instance(rule.request_message, version)
    name_topics(rule, body, lambda _: INTERNAL)
    if api_key == api_keys.FETCH and version >= 13:
        for topic in body.Topics:
            topic.TopicId = TOPIC_ID
    if api_key == api_keys.PRODUCE:
        body.Acks = -1
    verdict = check(guard, request_frame(api_key, version, body))
    assert verdict is not None
    answer = decode_answer(api_key, version, verdict)
    codes = error_codes(answer)
    if rule.top_level_error:
        assert (0, TOPIC_AUTHORIZATION_FAILED) in codes, answer
    else:
        entries = [code for depth, code in codes if depth > 0]
        assert entries and set(entries) == {TOPIC_AUTHORIZATION_FAILED}, answer
        assert {code for depth, code in codes if depth == 0} <= {0}, answer
    assert INTERNAL in verdict.topics or f"id:{TOPIC_ID.hex()}" in verdict.topics


# Exact answers, built here from the response specs' field names.
EXACT = [
    (api_keys.PRODUCE, 3, {"TransactionalId": None, "Acks": -1, "TimeoutMs": 1000,
                           "TopicData": [{"Name": INTERNAL, "PartitionData": [
                               {"Index": 0, "Records": b"x"}, {"Index": 3, "Records": b"y"}]}]},
     # v3: responses [name, [index, error, base offset, log append time]], throttle time
     b"\x00\x00\x00\x01" + b"\x00\x09" + INTERNAL.encode() + b"\x00\x00\x00\x02"
     + b"\x00\x00\x00\x00\x00\x1d" + b"\xff" * 8 + b"\xff" * 8
     + b"\x00\x00\x00\x03\x00\x1d" + b"\xff" * 8 + b"\xff" * 8
     + b"\x00\x00\x00\x00"),
    (2, 1,
     {"ReplicaId": -1, "Topics": [{"Name": INTERNAL, "Partitions": [
         {"PartitionIndex": 2, "Timestamp": -1}]}]},
     {"Topics": [{"Name": INTERNAL, "Partitions": [
         {"PartitionIndex": 2, "ErrorCode": 29, "Timestamp": -1, "Offset": -1}]}]}),
    (20, 1, {"TopicNames": [INTERNAL], "TimeoutMs": 5},
     b"\x00\x00\x00\x00" + b"\x00\x00\x00\x01" + b"\x00\x09" + INTERNAL.encode() + b"\x00\x1d"),
    (19, 5, {"Topics": [{"Name": INTERNAL, "NumPartitions": 1, "ReplicationFactor": 1}]},
     {"Topics": [{"Name": INTERNAL, "ErrorCode": 29, "ErrorMessage":
                  "internal topic of the gateway", "NumPartitions": -1,
                  "ReplicationFactor": -1, "Configs": []}]}),
    (8, 2, {"GroupId": "g", "Topics": [{"Name": INTERNAL, "Partitions": [
        {"PartitionIndex": 0, "CommittedOffset": 5}]}]},
     {"Topics": [{"Name": INTERNAL, "Partitions": [{"PartitionIndex": 0, "ErrorCode": 29}]}]}),
    (9, 8, {"Groups": [{"GroupId": "g", "Topics": [
        {"Name": INTERNAL, "PartitionIndexes": [1, 2]}]}]},
     {"Groups": [{"GroupId": "g", "ErrorCode": 0, "Topics": [{"Name": INTERNAL, "Partitions": [
         {"PartitionIndex": 1, "CommittedOffset": -1, "ErrorCode": 29},
         {"PartitionIndex": 2, "CommittedOffset": -1, "ErrorCode": 29}]}]}]}),
    (24, 4, {"Transactions": [{"TransactionalId": "t", "Topics": [
        {"Name": INTERNAL, "Partitions": [0]}]}]},
     {"ResultsByTransaction": [{"TransactionalId": "t", "TopicResults": [
         {"Name": INTERNAL, "ResultsByPartition": [
             {"PartitionIndex": 0, "PartitionErrorCode": 29}]}]}]}),
    (32, 1, {"Resources": [{"ResourceType": 2, "ResourceName": INTERNAL,
                            "ConfigurationKeys": None}]},
     {"Results": [{"ErrorCode": 29, "ErrorMessage": "internal topic of the gateway",
                   "ResourceType": 2, "ResourceName": INTERNAL, "Configs": []}]}),
    (44, 1, {"Resources": [{"ResourceType": 2, "ResourceName": INTERNAL, "Configs": []}]},
     {"Responses": [{"ErrorCode": 29, "ErrorMessage": "internal topic of the gateway",
                     "ResourceType": 2, "ResourceName": INTERNAL}]}),
    (68, 0, {"GroupId": "g", "MemberId": "m", "MemberEpoch": 3,
             "SubscribedTopicNames": ["a", INTERNAL], "TopicPartitions": []},
     {"ErrorCode": 29, "ErrorMessage": "internal topic of the gateway", "MemberId": "m",
      "MemberEpoch": 3, "Assignment": None}),
    (46, 0, {"Topics": [{"Name": INTERNAL, "PartitionIndexes": [0]}]},
     {"ErrorCode": 29, "ErrorMessage": "internal topic of the gateway", "Topics": []}),
    (75, 0, {"Topics": [{"Name": INTERNAL}], "ResponsePartitionLimit": 10, "Cursor": None},
     {"Topics": [{"ErrorCode": 29, "Name": INTERNAL, "TopicId": bytes(16), "Partitions": []}],
      "NextCursor": None}),
]


@pytest.mark.parametrize(("api_key", "version", "request_body", "expected"), EXACT,
                         ids=[f"{api_keys.api_name(c[0])}-v{c[1]}" for c in EXACT])
def test_exact_answers(
    api_key: int, version: int, request_body: dict[str, Any], expected: dict[str, Any] | bytes
) -> None:
    guard = InternalTopicGuard(InternalTopics())
    verdict = check(guard, request_frame(api_key, version, request_body))
    assert verdict is not None and verdict.action == "answer"
    body = expected if isinstance(expected, bytes) else (
        Wire(RULES[api_key].response_message).encode(expected, version))
    header = encode_response_header(api_key, version, 7)
    assert verdict.frame == frame(header + body)


def test_other_topics_of_a_refused_request_get_a_retriable_error() -> None:
    body = {"Acks": 1, "TimeoutMs": 10, "TopicData": [
        {"Name": "orders", "PartitionData": [{"Index": 0, "Records": b"r"}]},
        {"Name": INTERNAL, "PartitionData": [{"Index": 1, "Records": b"r"}]},
    ]}
    verdict = check(InternalTopicGuard(InternalTopics()), request_frame(0, 9, body))
    assert verdict is not None
    answer = decode_answer(0, 9, verdict)
    errors = {t["Name"]: [p["ErrorCode"] for p in t["PartitionResponses"]]
              for t in answer["Responses"]}
    assert errors == {"orders": [REQUEST_TIMED_OUT], INTERNAL: [TOPIC_AUTHORIZATION_FAILED]}
    assert verdict.topics == (INTERNAL,)


def test_acks_0_produce_to_an_internal_topic_is_dropped() -> None:
    body = {"Acks": 0, "TopicData": [{"Name": INTERNAL, "PartitionData": [{"Index": 0}]}]}
    verdict = check(InternalTopicGuard(InternalTopics()), request_frame(0, 7, body))
    assert verdict == Verdict("drop", (INTERNAL,))


@pytest.mark.parametrize(("api_key", "version"), CASES,
                         ids=[f"{api_keys.api_name(k)}-v{v}" for k, v in CASES])
def test_requests_naming_no_internal_topic_pass_untouched(api_key: int, version: int) -> None:
    rule = RULES[api_key]
    body = rich_instance(rule.request_message, version)
    name_topics(rule, body, lambda i: f"orders-{i}")
    assert check(InternalTopicGuard(InternalTopics()), request_frame(api_key, version, body)
                 ) is None


def test_apis_that_name_no_topics_are_never_decoded() -> None:
    guard = InternalTopicGuard(InternalTopics())
    for key in (12, 11, 14, 22, 26):  # Heartbeat, JoinGroup, SyncGroup, InitProducerId, EndTxn
        assert key not in RULES
        garbage = frame(encode_request_header(key, 1, 7, "c") + b"\xff\xff_sluice_x\x00")
        assert check(guard, garbage) is None
    # A topic-naming API is decoded only when its bytes could name an internal topic.
    garbage = frame(encode_request_header(2, 1, 7, "c") + b"\xff\xff\xff")
    assert check(guard, garbage) is None
    with pytest.raises(ProtocolError):
        check(guard, frame(encode_request_header(2, 1, 7, "c") + b"\xff_sluice_"))


NAMES = st.lists(st.one_of(
    st.text(max_size=8).filter(lambda s: not s.startswith("_sluice_")),
    st.text(max_size=8).map(lambda s: "_sluice_" + s),
    st.sampled_from(["_sluice", "x_sluice_y", "_SLUICE_x", "_sluice_"]),
), max_size=6)


@FEW
@given(names=NAMES, version=st.integers(0, 6))
def test_delete_topics_any_topic_list(names: list[str], version: int) -> None:
    if version >= 6:
        body: dict[str, Any] = {"Topics": [{"Name": n, "TopicId": bytes(16)} for n in names]}
    else:
        body = {"TopicNames": names}
    verdict = check(InternalTopicGuard(InternalTopics()), request_frame(20, version, body))
    internal = [n for n in names if n.startswith("_sluice_")]
    if not internal:
        assert verdict is None
        return
    assert verdict is not None and verdict.topics == tuple(internal)
    answer = decode_answer(20, version, verdict)
    assert [(r["Name"], r["ErrorCode"]) for r in answer["Responses"]] == [
        (n, TOPIC_AUTHORIZATION_FAILED if is_internal(n) else REQUEST_TIMED_OUT) for n in names
    ]


@FEW
@given(names=NAMES, version=st.integers(0, 12), data=st.data())
def test_produce_any_topic_list(names: list[str], version: int, data: st.DataObject) -> None:
    records = data.draw(st.binary(max_size=20) | st.just(b"_sluice_ in the records"))
    body = {"Acks": -1, "TopicData": [
        {"Name": n, "PartitionData": [{"Index": 0, "Records": records}]} for n in names]}
    verdict = check(InternalTopicGuard(InternalTopics()), request_frame(0, version, body))
    if not any(map(is_internal, names)):
        assert verdict is None
        return
    assert verdict is not None
    answer = decode_answer(0, version, verdict)
    assert [(t["Name"], t["PartitionResponses"][0]["ErrorCode"])
            for t in answer["Responses"]] == [
        (n, TOPIC_AUTHORIZATION_FAILED if is_internal(n) else REQUEST_TIMED_OUT) for n in names
    ]


GUARDED = sorted(RULES)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(api_key=st.sampled_from(GUARDED), data=st.data())
def test_hostile_request_bodies_never_crash_the_guard(api_key: int, data: st.DataObject) -> None:
    rule = RULES[api_key]
    low, high = Wire(rule.request_message).valid
    version = data.draw(st.integers(low, high))
    valid = Wire(rule.request_message).encode(
        data.draw(message_values(Wire(rule.request_message), version)), version)
    body = data.draw(st.one_of(
        st.binary(max_size=40).map(lambda b: b + b"_sluice_"),
        st.builds(lambda cut: valid[:cut], st.integers(0, len(valid))),
        st.builds(lambda i, b: valid[:i] + bytes([b]) + valid[i + 1:],
                  st.integers(0, max(0, len(valid) - 1)), st.integers(0, 255)),
    ))
    frame_bytes = frame(encode_request_header(api_key, version, 7, "c") + body)
    with contextlib.suppress(ProtocolError):
        check(InternalTopicGuard(InternalTopics()), frame_bytes)


def metadata_response(version: int, topics: list[tuple[str, bytes]]) -> bytes:
    body = METADATA_RESPONSE.encode({
        "Brokers": [{"NodeId": 1, "Host": "h", "Port": 1, "Rack": None}], "ClusterId": "c",
        "ControllerId": 1,
        "Topics": [{"ErrorCode": 0, "Name": name, "TopicId": topic_id, "IsInternal": False,
                    "Partitions": [{"PartitionIndex": 0, "LeaderId": 1, "ReplicaNodes": [1],
                                    "IsrNodes": [1]}]} for name, topic_id in topics],
    }, version)
    return frame(encode_response_header(api_keys.METADATA, version, 9) + body)


def metadata_topics(frame_bytes: bytes, version: int) -> list[dict[str, Any]]:
    body, _ = METADATA_RESPONSE.decode(
        frame_bytes, version, response_body_offset(frame_bytes, api_keys.METADATA, version))
    return list(body["Topics"])


def test_metadata_naming_an_internal_topic_is_forwarded_without_it_and_answered() -> None:
    guard = InternalTopicGuard(InternalTopics())
    request = frame(encode_request_header(3, 12, 9, "me") + METADATA_REQUEST.encode(
        {"Topics": [{"Name": "orders"}, {"Name": INTERNAL}], "AllowAutoTopicCreation": True},
        12))
    verdict = check(guard, request)
    assert verdict is not None and verdict.action == "forward" and verdict.topics == (INTERNAL,)
    header = parse_request_header(verdict.frame)
    assert (header.correlation_id, header.client_id) == (9, "me")
    forwarded, _ = METADATA_REQUEST.decode(verdict.frame, 12, header.body_offset)
    assert [t["Name"] for t in forwarded["Topics"]] == ["orders"]
    assert forwarded["AllowAutoTopicCreation"] is True

    response = metadata_response(12, [("orders", bytes(range(16)))])
    topics = metadata_topics(guard.filter_response(response, 3, 12, 9), 12)
    assert [(t["Name"], t["ErrorCode"], t["Partitions"]) for t in topics] == [
        ("orders", 0, topics[0]["Partitions"]), (INTERNAL, TOPIC_AUTHORIZATION_FAILED, []),
    ]
    # Only that request's answer gets the error entry.
    assert guard.filter_response(response, 3, 12, 10) is response


def test_metadata_v0_naming_only_internal_topics_closes() -> None:
    request = frame(encode_request_header(3, 0, 9, "me")
                    + METADATA_REQUEST.encode({"Topics": [{"Name": INTERNAL}]}, 0))
    verdict = check(InternalTopicGuard(InternalTopics()), request)
    assert verdict is not None and verdict.action == "close"
    assert "v0" in verdict.reason


@pytest.mark.parametrize("version", range(0, 14))
def test_metadata_responses_never_list_internal_topics(version: int) -> None:
    guard = InternalTopicGuard(InternalTopics())
    response = metadata_response(version, [
        ("a", bytes(16)), ("_sluice_gw_heartbeats", TOPIC_ID), ("b", bytes(16)),
    ])
    filtered = guard.filter_response(response, 3, version, 9)
    assert [t["Name"] for t in metadata_topics(filtered, version)] == ["a", "b"]
    assert (TOPIC_ID in guard.ids) == (version >= 10)
    clean = metadata_response(version, [("a", bytes(16))])
    assert guard.filter_response(clean, 3, version, 9) is clean  # untouched, not copied


@FEW
@given(version=st.integers(0, 13), data=st.data())
def test_metadata_filter_keeps_everything_else_byte_for_byte(
    version: int, data: st.DataObject
) -> None:
    value = data.draw(message_values(METADATA_RESPONSE, version))
    internal = data.draw(st.lists(st.booleans(), min_size=len(value["Topics"]),
                                  max_size=len(value["Topics"])))
    for topic, hide in zip(value["Topics"], internal, strict=True):
        if hide:
            topic["Name"] = "_sluice_" + (topic["Name"] or "")
        elif is_internal(topic["Name"]):
            topic["Name"] = "x" + topic["Name"]
    response = frame(encode_response_header(3, version, 9)
                     + METADATA_RESPONSE.encode(value, version))
    filtered = InternalTopicGuard(InternalTopics()).filter_response(response, 3, version, 9)
    expected = {**value, "Topics": [t for t, hide in zip(value["Topics"], internal, strict=True)
                                    if not hide]}
    decoded, end = METADATA_RESPONSE.decode(
        filtered, version, response_body_offset(filtered, 3, version))
    assert decoded == expected and end == len(filtered)


def test_fetch_by_the_id_of_an_internal_topic_is_refused_once_the_id_is_known() -> None:
    guard = InternalTopicGuard(InternalTopics())
    body = {"MaxWaitMs": 500, "Topics": [{"TopicId": TOPIC_ID, "Partitions": [
        {"Partition": 0, "FetchOffset": 0, "PartitionMaxBytes": 1024}]}]}
    assert check(guard, request_frame(1, 13, body)) is None  # nothing known yet
    guard.filter_response(metadata_response(12, [("_sluice_gw_configs", TOPIC_ID)]), 3, 12, 1)
    verdict = check(guard, request_frame(1, 13, body))
    assert verdict is not None and verdict.topics == (f"id:{TOPIC_ID.hex()}",)
    answer = decode_answer(1, 13, verdict)
    assert answer["Responses"][0]["TopicId"] == TOPIC_ID
    assert answer["Responses"][0]["Partitions"][0]["ErrorCode"] == TOPIC_AUTHORIZATION_FAILED


def test_advertised_versions_stop_where_the_guard_can_decode() -> None:
    entries = [{"ApiKey": key, "MinVersion": 0, "MaxVersion": 99} for key in (2, 8, 20, 75)]
    assert {e["ApiKey"]: e["MaxVersion"] for e in negotiate(entries)} == {
        2: Wire(RULES[2].request_message).valid[1], 8: Wire(RULES[8].request_message).valid[1],
        20: Wire(RULES[20].request_message).valid[1], 75: 0,
    }


def test_a_custom_audit_topic_is_internal_too() -> None:
    guard = InternalTopicGuard(InternalTopics(["audit-log", "_sluice_gw_audit"]))
    assert guard.ids.names == {"audit-log"}
    body = {"Acks": -1, "TopicData": [{"Name": "audit-log", "PartitionData": [{"Index": 0}]}]}
    verdict = check(guard, request_frame(0, 9, body))
    assert verdict is not None and verdict.topics == ("audit-log",)
    fetch = {"Topics": [{"Topic": "audit-log", "Partitions": [{"Partition": 0}]}]}
    assert check(guard, request_frame(1, 12, fetch)) is not None
    response = metadata_response(12, [("audit-log", TOPIC_ID), ("audit-logs", bytes(16))])
    topics = metadata_topics(guard.filter_response(response, 3, 12, 9), 12)
    assert [t["Name"] for t in topics] == ["audit-logs"] and TOPIC_ID in guard.ids
