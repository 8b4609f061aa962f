"""Round trips of the dict view (tests/wire.py) of every message the gateway handles, in
every version, and golden encodings checked by hand against the JSON specs."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import message_values
from wire import (
    ALL_MESSAGES,
    API_VERSIONS_RESPONSE,
    FETCH_RESPONSE,
    FIND_COORDINATOR_RESPONSE,
    METADATA_RESPONSE,
    UNKNOWN_TAGS,
)
from wire import Wire as Message

from gateway.protocol.errors import ProtocolError
from gateway.protocol.generated.produce_request import ProduceRequest

CASES = [(m, v) for m in ALL_MESSAGES for v in range(m.valid[0], m.valid[1] + 1)]
IDS = [f"{m.name}-v{v}" for m, v in CASES]

ROUNDTRIP = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@pytest.mark.parametrize(("message", "version"), CASES, ids=IDS)
@ROUNDTRIP
@given(data=st.data())
def test_roundtrip(message: Message, version: int, data: st.DataObject) -> None:
    value = data.draw(message_values(message, version), label="value")
    encoded = message.encode(value, version)

    decoded, end = message.decode(encoded, version)
    assert decoded == value
    assert end == len(encoded)
    assert message.encode(decoded, version) == encoded

    # Decoding consumes exactly the encoding, wherever it sits in a larger buffer.
    prefix = data.draw(st.binary(max_size=6), label="prefix")
    suffix = data.draw(st.binary(min_size=1, max_size=6), label="suffix")
    decoded_inside, end_inside = message.decode(prefix + encoded + suffix, version, len(prefix))
    assert decoded_inside == value
    assert end_inside == len(prefix) + len(encoded)


def test_every_message_version_is_covered() -> None:
    # The parametrization above must reach every valid version of every message.
    assert {
        "ApiVersionsRequest", "ApiVersionsResponse", "MetadataRequest", "MetadataResponse",
        "FindCoordinatorRequest", "FindCoordinatorResponse", "DescribeClusterRequest",
        "DescribeClusterResponse", "ProduceResponse", "FetchResponse",
    } <= {m.name for m in ALL_MESSAGES}
    assert {m.name for m, _ in CASES} == {m.name for m in ALL_MESSAGES}
    assert len(CASES) == sum(m.valid[1] - m.valid[0] + 1 for m in ALL_MESSAGES)
    assert ("MetadataResponse", 13) in {(m.name, v) for m, v in CASES}
    assert ("FetchResponse", 17) in {(m.name, v) for m, v in CASES}


@pytest.mark.parametrize("message", ALL_MESSAGES, ids=[m.name for m in ALL_MESSAGES])
def test_versions_outside_the_valid_range_are_refused(message: Message) -> None:
    low, high = message.valid
    for version in (low - 1, high + 1):
        with pytest.raises(ProtocolError):
            message.decode(b"\x00" * 64, version)


def test_tagged_field_absent_stays_absent_and_present_stays_present() -> None:
    base: dict[str, Any] = {"ErrorCode": 0, "ApiKeys": [], "ThrottleTimeMs": 0}
    without = API_VERSIONS_RESPONSE.encode(base, 3)
    assert without.endswith(b"\x00")  # empty tagged-field section
    assert API_VERSIONS_RESPONSE.decode(without, 3)[0] == base
    # Present with its default value: still written, still decoded.
    with_epoch = {**base, "FinalizedFeaturesEpoch": -1}
    encoded = API_VERSIONS_RESPONSE.encode(with_epoch, 3)
    assert encoded != without
    assert API_VERSIONS_RESPONSE.decode(encoded, 3)[0] == with_epoch


# --- golden encodings, transcribed by hand from the JSON schemas -----------------------


def _hex(*parts: str) -> bytes:
    return bytes.fromhex("".join(parts))


def _s(text: str) -> str:
    """Hex of a UTF-8 string's bytes."""
    return text.encode("utf-8").hex()


# MetadataResponse v1 (non-flexible): int32 array counts, int16 string lengths.
METADATA_V1_BYTES = _hex(
    "00000001",  # Brokers: 1 element
    "00000001",  # . NodeId 1
    "0009", _s("localhost"),  # . Host
    "00002384",  # . Port 9092
    "ffff",  # . Rack: null (v1+, nullable)
    "00000002",  # ControllerId 2 (v1+)
    "00000001",  # Topics: 1 element
    "0000",  # . ErrorCode 0
    "0003", _s("top"),  # . Name
    "01",  # . IsInternal true (v1+)
    "00000001",  # . Partitions: 1 element
    "0000",  # . . ErrorCode 0
    "00000000",  # . . PartitionIndex 0
    "00000001",  # . . LeaderId 1
    "00000002", "00000001", "00000002",  # . . ReplicaNodes [1, 2]
    "00000001", "00000001",  # . . IsrNodes [1]
)
METADATA_V1_VALUE = {
    "Brokers": [{"NodeId": 1, "Host": "localhost", "Port": 9092, "Rack": None}],
    "ControllerId": 2,
    "Topics": [{
        "ErrorCode": 0, "Name": "top", "IsInternal": True,
        "Partitions": [{
            "ErrorCode": 0, "PartitionIndex": 0, "LeaderId": 1,
            "ReplicaNodes": [1, 2], "IsrNodes": [1],
        }],
    }],
}

# MetadataResponse v9 (first flexible version): compact arrays/strings (uvarint N+1),
# a tagged-field section after every struct, here with unknown tags at two levels.
METADATA_V9_BYTES = _hex(
    "00000064",  # ThrottleTimeMs 100
    "02",  # Brokers: compact array, 1 element
    "00000001",  # . NodeId 1
    "08", _s("kafka-1"),  # . Host (compact: 7 + 1)
    "00002384",  # . Port 9092
    "07", _s("rack-a"),  # . Rack (compact nullable: 6 + 1)
    "01", "07", "02", "beef",  # . tagged fields: 1; unknown tag 7, 2 bytes
    "08", _s("cluster"),  # ClusterId
    "00000001",  # ControllerId 1
    "02",  # Topics: 1 element
    "0000",  # . ErrorCode
    "02", _s("t"),  # . Name
    "00",  # . IsInternal false
    "02",  # . Partitions: 1 element
    "0000", "00000003", "00000001",  # . . ErrorCode, PartitionIndex 3, LeaderId 1
    "00000005",  # . . LeaderEpoch 5 (v7+)
    "02", "00000001",  # . . ReplicaNodes [1]
    "02", "00000001",  # . . IsrNodes [1]
    "01",  # . . OfflineReplicas [] (v5+)
    "00",  # . . tagged fields: none
    "80000000",  # . TopicAuthorizedOperations (v8+)
    "00",  # . tagged fields: none
    "80000000",  # ClusterAuthorizedOperations (v8-10)
    "02",  # tagged fields: 2
    "05", "03", "cafe01",  # . unknown tag 5, 3 bytes
    "ac02", "00",  # . unknown tag 300 (two-byte uvarint), empty payload
)
METADATA_V9_VALUE = {
    "ThrottleTimeMs": 100,
    "Brokers": [{
        "NodeId": 1, "Host": "kafka-1", "Port": 9092, "Rack": "rack-a",
        UNKNOWN_TAGS: {7: b"\xbe\xef"},
    }],
    "ClusterId": "cluster",
    "ControllerId": 1,
    "Topics": [{
        "ErrorCode": 0, "Name": "t", "IsInternal": False,
        "Partitions": [{
            "ErrorCode": 0, "PartitionIndex": 3, "LeaderId": 1, "LeaderEpoch": 5,
            "ReplicaNodes": [1], "IsrNodes": [1], "OfflineReplicas": [],
        }],
        "TopicAuthorizedOperations": -(2**31),
    }],
    "ClusterAuthorizedOperations": -(2**31),
    UNKNOWN_TAGS: {5: b"\xca\xfe\x01", 300: b""},
}

# ApiVersionsResponse v3: SupportedFeatures is tagged field 0 at the top level.
_FEATURES_PAYLOAD = _hex(
    "02",  # SupportedFeatures: compact array, 1 element
    "11", _s("metadata.version"),  # . Name (16 + 1)
    "0001",  # . MinVersion 1
    "0014",  # . MaxVersion 20
    "00",  # . tagged fields: none
)
API_VERSIONS_V3_BYTES = _hex(
    "0000",  # ErrorCode 0
    "03",  # ApiKeys: compact array, 2 elements
    "0012", "0000", "0003", "00",  # . ApiVersions 0-3, no tags
    "0003", "0000", "000c", "00",  # . Metadata 0-12, no tags
    "00000000",  # ThrottleTimeMs 0
    "01",  # tagged fields: 1
    "00", f"{len(_FEATURES_PAYLOAD):02x}",  # . tag 0 (SupportedFeatures), its size
) + _FEATURES_PAYLOAD
API_VERSIONS_V3_VALUE = {
    "ErrorCode": 0,
    "ApiKeys": [
        {"ApiKey": 18, "MinVersion": 0, "MaxVersion": 3},
        {"ApiKey": 3, "MinVersion": 0, "MaxVersion": 12},
    ],
    "ThrottleTimeMs": 0,
    "SupportedFeatures": [{"Name": "metadata.version", "MinVersion": 1, "MaxVersion": 20}],
}

GOLDEN = [
    (METADATA_RESPONSE, 1, METADATA_V1_BYTES, METADATA_V1_VALUE),
    (METADATA_RESPONSE, 9, METADATA_V9_BYTES, METADATA_V9_VALUE),
    (API_VERSIONS_RESPONSE, 3, API_VERSIONS_V3_BYTES, API_VERSIONS_V3_VALUE),
]


@pytest.mark.parametrize(
    ("message", "version", "wire", "value"), GOLDEN,
    ids=["MetadataResponse-v1", "MetadataResponse-v9", "ApiVersionsResponse-v3"],
)
def test_golden_encoding(message: Message, version: int, wire: bytes, value: dict) -> None:
    decoded, end = message.decode(wire, version)
    assert decoded == value
    assert end == len(wire)
    assert message.encode(value, version) == wire


def test_golden_unknown_tags_written_in_order_among_known_ones() -> None:
    # Unknown tags 4 and 9 (given out of order) around known tag 3 (ZkMigrationReady):
    # the tagged-field section lists all three in ascending tag order.
    value = {
        "ErrorCode": 0, "ApiKeys": [], "ThrottleTimeMs": 0,
        "ZkMigrationReady": True,
        UNKNOWN_TAGS: {9: b"\x09", 4: b"\x04\x04"},
    }
    assert API_VERSIONS_RESPONSE.encode(value, 3) == _hex(
        "0000", "01", "00000000",
        "03",  # three tagged fields, ascending tags
        "03", "01", "01",  # ZkMigrationReady (tag 3) = true
        "04", "02", "0404",  # unknown 4
        "09", "01", "09",  # unknown 9
    )


def test_golden_nullable_compact_string_and_null_array() -> None:
    # FindCoordinator v3: ErrorMessage is a nullable compact string (0 = null).
    wire = _hex("00000000", "0000", "00", "00000002", "02", _s("h"), "00000005", "00")
    assert FIND_COORDINATOR_RESPONSE.decode(wire, 3) == (
        {"ThrottleTimeMs": 0, "ErrorCode": 0, "ErrorMessage": None, "NodeId": 2,
         "Host": "h", "Port": 5},
        len(wire),
    )
    # Fetch v4: AbortedTransactions null is int32 -1; Records null is int32 -1.
    partition = _hex(
        "00000000", "0000", "000000000000000a",  # PartitionIndex, ErrorCode, HighWatermark
        "000000000000000a", "ffffffff", "ffffffff",  # LastStableOffset, Aborted, Records
    )
    wire = _hex("00000000", "00000001", "0001", _s("t"), "00000001") + partition
    decoded, end = FETCH_RESPONSE.decode(wire, 4)
    assert end == len(wire)
    assert decoded["Responses"][0]["Partitions"][0]["AbortedTransactions"] is None
    assert decoded["Responses"][0]["Partitions"][0]["Records"] is None
    assert FETCH_RESPONSE.encode(decoded, 4) == wire


@pytest.mark.parametrize("version", range(0, 13))
@pytest.mark.parametrize("acks", [-1, 0, 1])
def test_produce_request_seeker_finds_acks_and_reads_nothing_after(version: int, acks: int
                                                                   ) -> None:
    # Sluice reads only the Acks of a Produce request; the seeker walks TransactionalId.
    if version >= 9:
        start = bytes.fromhex("04") + b"txn"  # compact nullable string
    elif version >= 3:
        start = bytes.fromhex("0003") + b"txn"
    else:
        start = b""
    wire = start + acks.to_bytes(2, "big", signed=True) + bytes.fromhex("00007530") + b"TOPICS"
    at = ProduceRequest.offset_of(wire, version, 0, "Acks")
    assert at == len(start)
    assert int.from_bytes(wire[at:at + 2], "big", signed=True) == acks
    assert ProduceRequest.offset_of(wire, version, 0, "TopicData") == len(start) + 6
