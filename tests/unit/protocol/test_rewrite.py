"""Address rewriting of the responses that carry broker addresses."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import message_values
from wire import (
    DESCRIBE_CLUSTER_RESPONSE,
    FETCH_RESPONSE,
    FIND_COORDINATOR_RESPONSE,
    METADATA_RESPONSE,
    PRODUCE_RESPONSE,
    UNKNOWN_TAGS,
)
from wire import Wire as Message

from gateway.protocol import api_keys
from gateway.protocol.errors import COORDINATOR_NOT_AVAILABLE
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_response_header, response_body_offset
from gateway.protocol.rewrite import (
    rewrite_describe_cluster,
    rewrite_find_coordinator,
    rewrite_metadata,
    rewrite_node_endpoints,
)

PROPERTY = settings(max_examples=12, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CORRELATION = 0x01020304


def response_frame(message: Message, version: int, body: dict[str, Any],
                   header_tags: bytes | None = None) -> bytes:
    header = encode_response_header(message.api_key, version, CORRELATION)
    if header_tags is not None:
        assert header.endswith(b"\x00")
        header = header[:-1] + header_tags
    return frame(header + message.encode(body, version))


def decode_frame(message: Message, version: int, wire: bytes) -> dict[str, Any]:
    assert int.from_bytes(wire[:4], "big") == len(wire) - 4
    body, end = message.decode(wire, version, response_body_offset(wire, message.api_key,
                                                                    version))
    assert end == len(wire)
    return body


def addresses_for(data: st.DataObject, node_ids: list[int]) -> dict[int, tuple[str, int]]:
    """Advertised addresses for some (not necessarily all) of the node ids."""
    chosen = data.draw(st.lists(st.sampled_from(node_ids), unique=True) if node_ids
                       else st.just([]), label="advertised")
    return {
        node_id: (data.draw(st.text(min_size=1, max_size=10), label="host"),
                  data.draw(st.integers(1, 65535), label="port"))
        for node_id in chosen
    }


def rewritten(brokers: list[dict[str, Any]], id_field: str,
              addresses: dict[int, tuple[str, int]]) -> list[dict[str, Any]]:
    return [{**b, "Host": addresses[b[id_field]][0], "Port": addresses[b[id_field]][1]}
            for b in brokers if b[id_field] in addresses]


# --- Metadata --------------------------------------------------------------------------


@pytest.mark.parametrize("version", range(0, 14))
@PROPERTY
@given(data=st.data())
def test_metadata_brokers_rewritten_everything_else_kept(version: int, data: st.DataObject
                                                         ) -> None:
    body = data.draw(message_values(METADATA_RESPONSE, version), label="body")
    addresses = addresses_for(data, [b["NodeId"] for b in body["Brokers"]])
    wire = response_frame(METADATA_RESPONSE, version, body)

    out, original = rewrite_metadata(wire, version, addresses.get)

    assert original == body["Brokers"]
    assert out[4:8] == wire[4:8]
    new = decode_frame(METADATA_RESPONSE, version, out)
    assert new == {**body, "Brokers": rewritten(body["Brokers"], "NodeId", addresses)}


def test_metadata_v1_concrete() -> None:
    body = {
        "Brokers": [
            {"NodeId": 1, "Host": "b1.internal", "Port": 9092, "Rack": "rack-a"},
            {"NodeId": 2, "Host": "b2.internal", "Port": 9092, "Rack": None},
            {"NodeId": 3, "Host": "b3.internal", "Port": 9092, "Rack": "rack-c"},
        ],
        "ControllerId": 2,
        "Topics": [{"ErrorCode": 0, "Name": "orders", "IsInternal": False, "Partitions": [
            {"ErrorCode": 0, "PartitionIndex": p, "LeaderId": 1 + p % 3,
             "ReplicaNodes": [1, 2, 3], "IsrNodes": [1, 2]} for p in range(4)]}],
    }
    addresses = {1: ("gw.example", 6969), 3: ("gw.example", 6971)}  # broker 2 is down
    out, _ = rewrite_metadata(response_frame(METADATA_RESPONSE, 1, body), 1, addresses.get)
    new = decode_frame(METADATA_RESPONSE, 1, out)
    assert new["Brokers"] == [
        {"NodeId": 1, "Host": "gw.example", "Port": 6969, "Rack": "rack-a"},
        {"NodeId": 3, "Host": "gw.example", "Port": 6971, "Rack": "rack-c"},
    ]
    assert new["Topics"] == body["Topics"]  # leaders and replicas still name broker 2
    assert new["ControllerId"] == 2


def test_metadata_topics_are_spliced_as_bytes() -> None:
    # A bool encoded as 0x02 is read as true but would be re-encoded as 0x01: the
    # topics section must come out as the broker sent it, not re-encoded.
    body = {"Brokers": [{"NodeId": 1, "Host": "h", "Port": 1, "Rack": None}],
            "ControllerId": 1,
            "Topics": [{"ErrorCode": 0, "Name": "t", "IsInternal": True, "Partitions": []}]}
    wire = response_frame(METADATA_RESPONSE, 1, body)
    assert wire.endswith(b"\x01\x00\x00\x00\x00")  # IsInternal, empty partitions
    odd = wire[:-5] + b"\x02" + wire[-4:]
    out, _ = rewrite_metadata(odd, 1, lambda node_id: ("gateway", 7000))
    assert out.endswith(b"\x02\x00\x00\x00\x00")
    assert decode_frame(METADATA_RESPONSE, 1, out)["Brokers"][0]["Host"] == "gateway"


def test_metadata_v12_unknown_tags_preserved_byte_for_byte() -> None:
    body: dict[str, Any] = {
        "ThrottleTimeMs": 0,
        "Brokers": [
            {"NodeId": 1, "Host": "b1", "Port": 9092, "Rack": "r1",
             UNKNOWN_TAGS: {4: b"\x11\x22", 40: b"broker-extension"}},
            {"NodeId": 2, "Host": "b2", "Port": 9092, "Rack": None},
        ],
        "ClusterId": "c",
        "ControllerId": 1,
        "Topics": [{"ErrorCode": 0, "Name": None, "TopicId": bytes(range(16)),
                    "IsInternal": False, "Partitions": [],
                    "TopicAuthorizedOperations": 0, UNKNOWN_TAGS: {0: b"topic"}}],
        UNKNOWN_TAGS: {3: b"\xde\xad\xbe\xef", 1000: b""},
    }
    header_tags = bytes.fromhex("01" "02" "01" "7f")  # the response header has a tag too
    wire = response_frame(METADATA_RESPONSE, 12, body, header_tags=header_tags)
    out, _ = rewrite_metadata(wire, 12, {1: ("gw", 6969), 2: ("gw", 6970)}.get)

    broker_1 = bytes.fromhex(
        "00000001" "03" "6777" "00001b39" "03" "7231"  # NodeId 1, "gw", 6969, "r1"
        "02" "04" "02" "1122"  # 2 tagged fields: tag 4 (2 bytes) ...
        "28" "10") + b"broker-extension"  # ... and tag 40 (16 bytes)
    assert broker_1 in out
    top_level_tags = bytes.fromhex("02" "03" "04" "deadbeef" "e807" "00")  # tags 3 and 1000
    assert out.endswith(top_level_tags)
    assert out[4:8 + len(header_tags)] == wire[4:8 + len(header_tags)]
    new = decode_frame(METADATA_RESPONSE, 12, out)
    assert new[UNKNOWN_TAGS] == body[UNKNOWN_TAGS]
    assert new["Brokers"][0][UNKNOWN_TAGS] == body["Brokers"][0][UNKNOWN_TAGS]
    assert new["Topics"] == body["Topics"]
    # Nothing but the two brokers' addresses changed.
    expected = copy.deepcopy(body)
    expected["Brokers"][0].update(Host="gw", Port=6969)
    expected["Brokers"][1].update(Host="gw", Port=6970)
    assert out == response_frame(METADATA_RESPONSE, 12, expected, header_tags=header_tags)


# --- DescribeCluster -------------------------------------------------------------------


@pytest.mark.parametrize("version", range(0, 3))
@PROPERTY
@given(data=st.data())
def test_describe_cluster(version: int, data: st.DataObject) -> None:
    body = data.draw(message_values(DESCRIBE_CLUSTER_RESPONSE, version), label="body")
    addresses = addresses_for(data, [b["BrokerId"] for b in body["Brokers"]])
    wire = response_frame(DESCRIBE_CLUSTER_RESPONSE, version, body)
    out, original = rewrite_describe_cluster(wire, version, addresses.get)
    assert original == body["Brokers"]
    new = decode_frame(DESCRIBE_CLUSTER_RESPONSE, version, out)
    assert new == {**body, "Brokers": rewritten(body["Brokers"], "BrokerId", addresses)}


def test_describe_cluster_concrete() -> None:
    body = {"ThrottleTimeMs": 0, "ErrorCode": 0, "ErrorMessage": None, "EndpointType": 1,
            "ClusterId": "c1", "ControllerId": 1, "ClusterAuthorizedOperations": 5,
            "Brokers": [
                {"BrokerId": 1, "Host": "a", "Port": 1, "Rack": "r-a", "IsFenced": False},
                {"BrokerId": 2, "Host": "b", "Port": 2, "Rack": None, "IsFenced": True},
            ]}
    out, _ = rewrite_describe_cluster(response_frame(DESCRIBE_CLUSTER_RESPONSE, 2, body), 2,
                                      {2: ("gw", 7002)}.get)
    new = decode_frame(DESCRIBE_CLUSTER_RESPONSE, 2, out)
    assert new["Brokers"] == [
        {"BrokerId": 2, "Host": "gw", "Port": 7002, "Rack": None, "IsFenced": True}]
    assert new["ClusterAuthorizedOperations"] == 5


# --- FindCoordinator -------------------------------------------------------------------


@pytest.mark.parametrize("version", range(0, 4))
def test_find_coordinator_single(version: int) -> None:
    body: dict[str, Any] = {"ErrorCode": 0, "NodeId": 2, "Host": "b2", "Port": 9092}
    if version >= 1:
        body.update(ThrottleTimeMs=3, ErrorMessage=None)
    wire = response_frame(FIND_COORDINATOR_RESPONSE, version, body)
    out = rewrite_find_coordinator(wire, version, {2: ("gw", 6970)}.get)
    assert decode_frame(FIND_COORDINATOR_RESPONSE, version, out) == {
        **body, "Host": "gw", "Port": 6970}
    assert out[4:8] == wire[4:8]


@pytest.mark.parametrize("version", range(0, 4))
def test_find_coordinator_single_unreachable(version: int) -> None:
    body: dict[str, Any] = {"ErrorCode": 0, "NodeId": 2, "Host": "b2", "Port": 9092}
    if version >= 1:
        body.update(ThrottleTimeMs=0, ErrorMessage=None)
    out = rewrite_find_coordinator(response_frame(FIND_COORDINATOR_RESPONSE, version, body),
                                   version, lambda node_id: None)
    assert decode_frame(FIND_COORDINATOR_RESPONSE, version, out) == {
        **body, "ErrorCode": COORDINATOR_NOT_AVAILABLE, "NodeId": -1, "Host": "", "Port": -1}


@pytest.mark.parametrize("version", range(0, 4))
def test_find_coordinator_single_error_untouched(version: int) -> None:
    body: dict[str, Any] = {"ErrorCode": 15, "NodeId": -1, "Host": "", "Port": -1}
    if version >= 1:
        body.update(ThrottleTimeMs=0, ErrorMessage="not yet")
    wire = response_frame(FIND_COORDINATOR_RESPONSE, version, body)
    calls: list[int] = []

    def address_of(node_id: int) -> tuple[str, int]:
        calls.append(node_id)
        return ("x", 1)

    out = rewrite_find_coordinator(wire, version, address_of)
    assert out == wire
    assert calls == []


@pytest.mark.parametrize("version", range(4, 7))
def test_find_coordinator_batched(version: int) -> None:
    coordinators = [
        {"Key": "group-a", "NodeId": 1, "Host": "b1", "Port": 9092, "ErrorCode": 0,
         "ErrorMessage": None},
        {"Key": "group-b", "NodeId": 3, "Host": "b3", "Port": 9092, "ErrorCode": 0,
         "ErrorMessage": None},
        {"Key": "group-c", "NodeId": -1, "Host": "", "Port": -1, "ErrorCode": 15,
         "ErrorMessage": "loading"},
        {"Key": "txn-\u00e9", "NodeId": 2, "Host": "b2", "Port": 9092, "ErrorCode": 0,
         "ErrorMessage": None, UNKNOWN_TAGS: {0: b"x"}},
    ]
    body = {"ThrottleTimeMs": 1, "Coordinators": coordinators}
    addresses = {1: ("gw", 6969), 2: ("gw", 6970)}  # broker 3 not reachable
    out = rewrite_find_coordinator(response_frame(FIND_COORDINATOR_RESPONSE, version, body),
                                   version, addresses.get)
    assert decode_frame(FIND_COORDINATOR_RESPONSE, version, out) == {
        "ThrottleTimeMs": 1,
        "Coordinators": [
            {**coordinators[0], "Host": "gw", "Port": 6969},
            {**coordinators[1], "ErrorCode": COORDINATOR_NOT_AVAILABLE, "NodeId": -1,
             "Host": "", "Port": -1},
            coordinators[2],
            {**coordinators[3], "Host": "gw", "Port": 6970},
        ],
    }


# --- Produce / Fetch NodeEndpoints (KIP-951) -------------------------------------------

ENDPOINTS = [
    {"NodeId": 1, "Host": "b1", "Port": 9092, "Rack": "rack-a"},
    {"NodeId": 2, "Host": "b2", "Port": 9092, "Rack": None, UNKNOWN_TAGS: {5: b"\x05"}},
]
NODE_ENDPOINT_CASES = [(api_keys.PRODUCE, PRODUCE_RESPONSE, v) for v in range(10, 13)] + [
    (api_keys.FETCH, FETCH_RESPONSE, v) for v in range(16, 18)]


@pytest.mark.parametrize(("api_key", "message", "version"), NODE_ENDPOINT_CASES,
                         ids=[f"{m.name}-v{v}" for _, m, v in NODE_ENDPOINT_CASES])
@PROPERTY
@given(data=st.data())
def test_node_endpoints_rewritten(api_key: int, message: Message, version: int,
                                  data: st.DataObject) -> None:
    body = data.draw(message_values(message, version), label="body")
    body["NodeEndpoints"] = ENDPOINTS
    wire = response_frame(message, version, body)
    out = rewrite_node_endpoints(wire, api_key, version, {2: ("gw", 7002)}.get)
    assert decode_frame(message, version, out) == {
        **body, "NodeEndpoints": [{**ENDPOINTS[1], "Host": "gw", "Port": 7002}]}
    assert out[4:8] == wire[4:8]


@pytest.mark.parametrize(("api_key", "message", "version"), NODE_ENDPOINT_CASES,
                         ids=[f"{m.name}-v{v}" for _, m, v in NODE_ENDPOINT_CASES])
@PROPERTY
@given(data=st.data())
def test_frames_without_node_endpoints_are_returned_unchanged(
    api_key: int, message: Message, version: int, data: st.DataObject
) -> None:
    body = data.draw(message_values(message, version), label="body")
    body.pop("NodeEndpoints", None)
    wire = response_frame(message, version, body)
    assert rewrite_node_endpoints(wire, api_key, version, {1: ("gw", 1)}.get) is wire


@pytest.mark.parametrize(
    ("api_key", "message", "version"),
    [(api_keys.PRODUCE, PRODUCE_RESPONSE, v) for v in range(0, 10)]
    + [(api_keys.FETCH, FETCH_RESPONSE, v) for v in range(0, 16)],
)
def test_versions_before_node_endpoints_pass_through_untouched(
    api_key: int, message: Message, version: int
) -> None:
    wire = b"\x00\x00\x00\x05not-even-decoded"
    assert rewrite_node_endpoints(wire, api_key, version, {1: ("gw", 1)}.get) is wire


def test_fetch_response_concrete_records_untouched() -> None:
    body = {
        "ThrottleTimeMs": 0, "ErrorCode": 0, "SessionId": 9,
        "Responses": [{"TopicId": bytes(16), "Partitions": [{
            "PartitionIndex": 0, "ErrorCode": 6, "HighWatermark": 10, "LastStableOffset": 10,
            "LogStartOffset": 0, "CurrentLeader": {"LeaderId": 2, "LeaderEpoch": 4},
            "AbortedTransactions": None, "PreferredReadReplica": -1,
            "Records": b"\x00" * 30 + b"records",
        }]}],
        "NodeEndpoints": ENDPOINTS[:1],
    }
    wire = response_frame(FETCH_RESPONSE, 17, body)
    out = rewrite_node_endpoints(wire, api_keys.FETCH, 17, {1: ("gw", 6969)}.get)
    assert b"\x00" * 30 + b"records" in out
    new = decode_frame(FETCH_RESPONSE, 17, out)
    assert new["Responses"] == body["Responses"]
    assert new["NodeEndpoints"] == [{**ENDPOINTS[0], "Host": "gw", "Port": 6969}]
