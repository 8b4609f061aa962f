"""ApiVersions negotiation and the gateway's own UNSUPPORTED_VERSION answer."""

from __future__ import annotations

from typing import Any

from wire import API_VERSIONS_RESPONSE, UNKNOWN_TAGS

from gateway.protocol import api_keys
from gateway.protocol.errors import UNSUPPORTED_VERSION
from gateway.protocol.frames import FrameReader, frame
from gateway.protocol.headers import encode_response_header, response_correlation_id
from gateway.protocol.rewrite import rewrite_api_versions
from gateway.protocol.versions import (
    GATEWAY_LIMITS,
    negotiate,
    ranges_of,
    unsupported_version_frame,
)

JOIN_GROUP = 11


def entry(key: int, low: int, high: int, **extra: Any) -> dict[str, Any]:
    return {"ApiKey": key, "MinVersion": low, "MaxVersion": high, **extra}


# What a recent broker advertises (ranges wider than the gateway's codec on purpose).
BROKER = [
    entry(api_keys.PRODUCE, 0, 13),
    entry(api_keys.FETCH, 4, 18),
    entry(api_keys.METADATA, 0, 15),
    entry(api_keys.FIND_COORDINATOR, 0, 8),
    entry(JOIN_GROUP, 0, 9),
    entry(api_keys.API_VERSIONS, 0, 5),
    entry(api_keys.DESCRIBE_CLUSTER, 0, 3),
    entry(93, 0, 1),  # newer than the gateway's table
    entry(1000, 0, 0),
    entry(-1, 0, 0),
]


def test_negotiation_is_the_intersection_for_rewritten_apis() -> None:
    assert ranges_of(negotiate(BROKER)) == {
        api_keys.PRODUCE: (0, 12),  # min stays the broker's 0 (librdkafka wants to see it)
        api_keys.FETCH: (4, 17),  # broker's min, gateway's max
        api_keys.METADATA: (0, 13),
        api_keys.FIND_COORDINATOR: (0, 6),
        JOIN_GROUP: (0, 9),  # passed through as bytes: broker's range stands
        api_keys.API_VERSIONS: (0, 4),
        api_keys.DESCRIBE_CLUSTER: (0, 2),
    }


def test_negotiation_keeps_broker_order_and_narrower_ranges() -> None:
    broker = [entry(api_keys.METADATA, 1, 7), entry(api_keys.PRODUCE, 3, 7),
              entry(api_keys.FETCH, 0, 11)]
    assert negotiate(broker) == broker


def test_unknown_keys_and_empty_intersections_are_dropped() -> None:
    broker = [
        entry(1000, 0, 3),
        entry(api_keys.METADATA, 14, 15),  # entirely above the codec's v13
        entry(JOIN_GROUP, 2, 5),
    ]
    assert negotiate(broker) == [entry(JOIN_GROUP, 2, 5)]


def test_gateway_limits() -> None:
    assert GATEWAY_LIMITS[api_keys.METADATA] == (0, 13)
    assert GATEWAY_LIMITS[api_keys.FIND_COORDINATOR] == (0, 6)
    assert GATEWAY_LIMITS[api_keys.PRODUCE][0] == 0


def test_negotiation_keeps_unknown_tags_of_entries() -> None:
    broker = [entry(api_keys.METADATA, 0, 15, **{UNKNOWN_TAGS: {9: b"\x01"}})]
    assert negotiate(broker) == [entry(api_keys.METADATA, 0, 13, **{UNKNOWN_TAGS: {9: b"\x01"}})]


def _decode_frame(wire: bytes, version: int) -> dict[str, Any]:
    reader = FrameReader()
    reader.receive_data(wire)
    assert reader.next_frame() == wire  # exactly one well-formed frame
    body, end = API_VERSIONS_RESPONSE.decode(wire, version, 8)
    assert end == len(wire)
    return body


def test_unsupported_version_frame_is_an_api_versions_v0_response() -> None:
    ranges = {api_keys.METADATA: (0, 13), api_keys.PRODUCE: (0, 12),
              api_keys.API_VERSIONS: (0, 3)}
    wire = unsupported_version_frame(1234, ranges)
    assert response_correlation_id(wire) == 1234
    body = _decode_frame(wire, 0)
    assert body == {
        "ErrorCode": UNSUPPORTED_VERSION,
        "ApiKeys": [entry(api_keys.PRODUCE, 0, 12), entry(api_keys.METADATA, 0, 13),
                    entry(api_keys.API_VERSIONS, 0, 3)],
    }
    assert UNSUPPORTED_VERSION == 35


def test_unsupported_version_frame_always_lists_api_versions() -> None:
    body = _decode_frame(unsupported_version_frame(1, {api_keys.METADATA: (0, 13)}), 0)
    assert body["ErrorCode"] == 35
    assert ranges_of(body["ApiKeys"]) == {api_keys.METADATA: (0, 13),
                                          api_keys.API_VERSIONS: (0, 4)}


# --- the ApiVersions response rewrite ------------------------------------------------

FEATURES = {
    "SupportedFeatures": [{"Name": "metadata.version", "MinVersion": 1, "MaxVersion": 21},
                          {"Name": "kraft.version", "MinVersion": 0, "MaxVersion": 1}],
    "FinalizedFeaturesEpoch": 77,
    "FinalizedFeatures": [{"Name": "metadata.version", "MaxVersionLevel": 21,
                           "MinVersionLevel": 21}],
    "ZkMigrationReady": False,
    UNKNOWN_TAGS: {12: b"future"},
}


def _api_versions_frame(body: dict[str, Any], version: int, trailer: bytes = b"") -> bytes:
    header = encode_response_header(api_keys.API_VERSIONS, version, 77)
    return frame(header + API_VERSIONS_RESPONSE.encode(body, version) + trailer)


def test_rewrite_api_versions_v3_keeps_features_and_tags() -> None:
    body = {"ErrorCode": 0, "ApiKeys": BROKER, "ThrottleTimeMs": 5, **FEATURES}
    wire = _api_versions_frame(body, 3)
    out, advertised = rewrite_api_versions(wire, 3)
    assert advertised == negotiate(BROKER)
    assert out[4:8] == wire[4:8]  # correlation id, and header v0: nothing else
    rewritten = _decode_frame(out, 3)
    assert rewritten == {**body, "ApiKeys": negotiate(BROKER)}
    # Feature tagged fields come out byte for byte.
    features_wire = API_VERSIONS_RESPONSE.encode({"ErrorCode": 0, "ApiKeys": [],
                                                  "ThrottleTimeMs": 5, **FEATURES}, 3)
    tags_section = features_wire[len(API_VERSIONS_RESPONSE.encode(
        {"ErrorCode": 0, "ApiKeys": [], "ThrottleTimeMs": 5}, 3)) - 1:]
    assert out.endswith(tags_section)


def test_rewrite_api_versions_old_versions() -> None:
    for version in (0, 1, 2):
        body = {"ErrorCode": 0, "ApiKeys": BROKER}
        if version >= 1:
            body["ThrottleTimeMs"] = 0
        out, advertised = rewrite_api_versions(_api_versions_frame(body, version), version)
        assert _decode_frame(out, version) == {**body, "ApiKeys": advertised}
        assert ranges_of(advertised)[api_keys.METADATA] == (0, 13)


def test_rewrite_api_versions_reads_a_kip511_downgraded_answer_as_v0() -> None:
    # The client asked v4 but the broker only knows v0-v2: it answers UNSUPPORTED_VERSION
    # with a v0 body listing its ApiVersions range.
    body = {"ErrorCode": UNSUPPORTED_VERSION, "ApiKeys": [entry(api_keys.API_VERSIONS, 0, 2)]}
    wire = _api_versions_frame(body, 0)
    out, advertised = rewrite_api_versions(wire, 4)
    # An error answer is passed on, but its list must not replace the advertised ranges.
    assert advertised is None
    assert _decode_frame(out, 0) == body
    assert out == wire


def test_rewrite_api_versions_keeps_trailing_bytes() -> None:
    body = {"ErrorCode": 0, "ApiKeys": BROKER, "ThrottleTimeMs": 0}
    out, _ = rewrite_api_versions(_api_versions_frame(body, 2, trailer=b"\x00tail"), 2)
    assert out.endswith(b"\x00tail")
    assert len(out) == 4 + int.from_bytes(out[:4], "big")
