"""The generated codec refuses what it cannot encode faithfully, naming the field path."""

from __future__ import annotations

import pytest

from gateway.protocol import codec
from gateway.protocol.codec_runtime import MISSING, UNSET, DecodeError, EncodeError
from gateway.protocol.errors import UNSUPPORTED_VERSION, ProtocolError
from gateway.protocol.generated.api_versions_response import ApiVersion, ApiVersionsResponse
from gateway.protocol.generated.fetch_response import (
    FetchableTopicResponse,
    FetchResponse,
    LeaderIdAndEpoch,
    PartitionData,
)
from gateway.protocol.generated.metadata_response import (
    MetadataResponse,
    MetadataResponseBroker,
    MetadataResponsePartition,
    MetadataResponseTopic,
)


def partition(**changes: object) -> MetadataResponsePartition:
    values: dict[str, object] = dict(ErrorCode=0, PartitionIndex=0, LeaderId=1,
                                     ReplicaNodes=[1], IsrNodes=[1], OfflineReplicas=[])
    values.update(changes)
    return MetadataResponsePartition(**values)  # type: ignore[arg-type]


def metadata(topics: int = 4, partitions: int = 2) -> MetadataResponse:
    return MetadataResponse(
        ThrottleTimeMs=0,
        Brokers=[MetadataResponseBroker(NodeId=1, Host="b1", Port=9092)],
        Topics=[MetadataResponseTopic(ErrorCode=0, Name=f"t{t}", TopicId=bytes(16),
                                      Partitions=[partition(PartitionIndex=p)
                                                  for p in range(partitions)])
                for t in range(topics)],
    )


def encode_error(message: MetadataResponse | FetchResponse | ApiVersionsResponse,
                 version: int) -> str:
    with pytest.raises(EncodeError) as info:
        message.encode(version)
    return str(info.value)


def test_an_unknown_field_is_refused_at_construction() -> None:
    with pytest.raises(TypeError, match="Unexpected keyword argument 'Topicz'"):
        MetadataResponse(ThrottleTimeMs=0, Brokers=[], Topicz=[])  # type: ignore[call-arg]


def test_an_unknown_attribute_cannot_be_set() -> None:
    message = metadata()
    with pytest.raises(AttributeError, match="Topicz"):
        message.Topicz = []  # type: ignore[attr-defined]


@pytest.mark.parametrize("version", [0, 7, 9, 12])
def test_a_missing_required_field_is_named_with_its_path(version: int) -> None:
    message = metadata()
    message.Topics[3].Partitions[1].LeaderId = MISSING
    assert encode_error(message, version) == (
        f"MetadataResponse.Topics[3].Partitions[1].LeaderId is required in version "
        f"{version} (it has no default)")


def test_a_field_left_out_at_construction_is_missing() -> None:
    message = MetadataResponse(Brokers=[], Topics=[])
    assert encode_error(message, 3) == (
        "MetadataResponse.ThrottleTimeMs is required in version 3 (it has no default)")
    # Version 0 has no ThrottleTimeMs: nothing is missing there.
    assert message.encode(0) == bytes(8)


def test_a_required_bool_that_is_missing_never_reaches_the_wire() -> None:
    message = metadata()
    message.Topics[0] = MetadataResponseTopic(ErrorCode=0, Name="x", TopicId=bytes(16),
                                              Partitions=[], IsInternal=MISSING)
    assert encode_error(message, 1) == (
        "MetadataResponse.Topics[0].IsInternal is required in version 1 (it has no default)")


@pytest.mark.parametrize("version", [0, 7, 11, 12])
def test_a_non_default_value_in_a_version_without_the_field_is_refused(version: int) -> None:
    # ClusterAuthorizedOperations exists in v8-v10 only and is not ignorable.
    message = metadata()
    message.ClusterAuthorizedOperations = 5
    assert encode_error(message, version) == (
        f"Attempted to write a non-default MetadataResponse.ClusterAuthorizedOperations "
        f"at version {version}")
    assert MetadataResponse.decode(message.encode(9), 9)[0] == message


def test_an_ignorable_field_is_dropped_where_the_version_lacks_it() -> None:
    # As in Kafka's Java code: "ignorable" fields may be silently left out.
    message = metadata()
    message.ThrottleTimeMs = 250
    decoded, _ = MetadataResponse.decode(message.encode(2), 2)
    assert decoded.ThrottleTimeMs == 0
    assert MetadataResponse.decode(message.encode(3), 3)[0].ThrottleTimeMs == 250


def test_null_where_the_version_is_not_nullable_is_named() -> None:
    message = metadata()
    message.Topics[1].Name = None
    assert encode_error(message, 11) == (
        "MetadataResponse.Topics[1].Name is None, but it is not nullable in version 11")
    assert MetadataResponse.decode(message.encode(12), 12)[0].Topics[1].Name is None
    message.Topics[1].Name = "t1"
    message.Topics[2].Partitions[0].IsrNodes = None  # type: ignore[assignment]
    assert encode_error(message, 9) == (
        "MetadataResponse.Topics[2].Partitions[0].IsrNodes is None, but it is not nullable "
        "in version 9")


def test_out_of_range_and_wrong_types_are_named() -> None:
    message = metadata()
    message.Topics[1].Partitions[0].IsrNodes = [1, 2**40]
    assert encode_error(message, 9) == (
        "MetadataResponse.Topics[1].Partitions[0].IsrNodes[1] must be an int32 "
        "(-2147483648..2147483647), not 1099511627776")
    message = metadata()
    message.Brokers[0].Host = b"bytes"  # type: ignore[assignment]
    assert encode_error(message, 12) == "MetadataResponse.Brokers[0].Host must be a str, not bytes"
    message = metadata()
    message.Topics[0].TopicId = b"short"
    assert encode_error(message, 10) == (
        "MetadataResponse.Topics[0].TopicId must be 16 bytes (a uuid), not b'short'")
    message = metadata()
    message.Topics[0].Partitions = [message.Brokers[0]]  # type: ignore[list-item]
    assert encode_error(message, 12) == (
        "MetadataResponse.Topics[0].Partitions[0] must be a MetadataResponsePartition, "
        "not MetadataResponseBroker")


def test_unknown_tags_need_a_flexible_version() -> None:
    message = metadata()
    message.Topics[2].unknown_tags = {9: b"x"}
    assert encode_error(message, 8) == (
        "MetadataResponse.Topics[2].unknown_tags are set, but version 8 of "
        "MetadataResponseTopic has no tagged fields")
    wire = message.encode(9)
    assert wire.endswith(b"\x00")  # top level: no tags
    assert MetadataResponse.decode(wire, 9)[0].Topics[2].unknown_tags == {9: b"x"}


def test_tagged_fields_are_written_exactly_when_set() -> None:
    def fetch(leader: LeaderIdAndEpoch | object) -> FetchResponse:
        p = PartitionData(PartitionIndex=0, ErrorCode=0, HighWatermark=5, Records=None,
                          AbortedTransactions=None,
                          CurrentLeader=leader)  # type: ignore[arg-type]
        return FetchResponse(ThrottleTimeMs=0, ErrorCode=0, SessionId=0, Responses=[
            FetchableTopicResponse(TopicId=bytes(16), Partitions=[p])])

    absent = fetch(UNSET).encode(13)
    present = fetch(LeaderIdAndEpoch(LeaderId=-1, LeaderEpoch=-1)).encode(13)
    # One tag (1), 9 bytes (the struct and its own empty tag section): present even though
    # both values are Kafka's defaults.
    assert len(present) == len(absent) + 11
    assert bytes.fromhex("01" "01" "09" "ffffffff" "ffffffff" "00") in present
    assert FetchResponse.decode(absent, 13)[0].Responses[0].Partitions[0].CurrentLeader is UNSET


def test_a_failed_encode_leaves_the_output_as_it_was() -> None:
    message = metadata()
    message.Topics[3].Partitions[1].LeaderId = MISSING
    out = bytearray(b"keep")
    with pytest.raises(EncodeError):
        message.encode_into(out, 12)
    assert out == b"keep"


def test_versions_outside_the_specs() -> None:
    response = ApiVersionsResponse(ErrorCode=0, ApiKeys=[ApiVersion(ApiKey=0, MinVersion=0,
                                                                    MaxVersion=11)])
    assert encode_error(response, 5) == "ApiVersionsResponse has no version 5 (valid: v0-v4)"
    with pytest.raises(DecodeError) as info:
        MetadataResponse.decode(b"", 14)
    assert info.value.error_code == UNSUPPORTED_VERSION
    with pytest.raises(DecodeError, match=r"Metadata v14 is not supported \(this codec knows "
                                          r"v0-v13\)"):
        codec.response_class(3, 14)
    with pytest.raises(DecodeError, match="unknown API key 999"):
        codec.request_class(999, 0)


def test_decode_errors_are_protocol_errors_naming_the_message() -> None:
    wire = metadata().encode(9)
    with pytest.raises(ProtocolError, match=r"^MetadataResponse v9: message truncated$"):
        MetadataResponse.decode(wire[:-3], 9)
