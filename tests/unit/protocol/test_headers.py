"""Request and response headers (v0/v1/v2 requests, v0/v1 responses)."""

from __future__ import annotations

import pytest

from gateway.protocol import api_keys
from gateway.protocol.errors import ProtocolError
from gateway.protocol.frames import frame
from gateway.protocol.headers import (
    RequestHeader,
    encode_request_header,
    encode_response_header,
    parse_request_header,
    peek_request_start,
    request_header_version,
    response_body_offset,
    response_correlation_id,
    response_header_version,
)

BODY = b"BODY"


def test_request_header_v0_controlled_shutdown() -> None:
    # ControlledShutdown v0 is the one request with header v0: no client id.
    wire = frame(bytes.fromhex("0007" "0000" "0000002a") + BODY)
    header = parse_request_header(wire)
    assert header == RequestHeader(7, 0, 42, None, 12)
    assert wire[header.body_offset:] == BODY
    assert request_header_version(api_keys.CONTROLLED_SHUTDOWN, 0) == 0
    assert request_header_version(api_keys.CONTROLLED_SHUTDOWN, 1) == 1


def test_request_header_v1_with_client_id() -> None:
    wire = frame(bytes.fromhex("0003" "0001" "00000007" "0003") + b"abc" + BODY)
    header = parse_request_header(wire)
    assert header == RequestHeader(3, 1, 7, "abc", 4 + 8 + 2 + 3)
    assert wire[header.body_offset:] == BODY


def test_request_header_v1_null_and_empty_client_id() -> None:
    null = parse_request_header(frame(bytes.fromhex("0003" "0001" "00000007" "ffff") + BODY))
    assert null.client_id is None
    assert null.body_offset == 14
    empty = parse_request_header(frame(bytes.fromhex("0003" "0001" "00000007" "0000") + BODY))
    assert empty.client_id == ""
    assert empty.body_offset == 14


def test_request_header_v1_non_ascii_client_id() -> None:
    name = "prod\u00fccer-\u2603"
    raw = name.encode()
    wire = frame(bytes.fromhex("0000" "0003" "00000001") + len(raw).to_bytes(2, "big") + raw)
    assert parse_request_header(wire).client_id == name


def test_request_header_v2_client_id_is_classic_and_tagged_fields_are_skipped() -> None:
    # Metadata v9 is flexible: header v2. The client id stays an int16-length string
    # (not compact), then comes a tagged-field section that the parser skips.
    tags = bytes.fromhex("02" "00" "03" "aabbcc" "05" "00")  # 2 fields: tag 0 (3 B), tag 5 (0 B)
    wire = frame(bytes.fromhex("0003" "0009" "00000063" "0002") + b"id" + tags + BODY)
    header = parse_request_header(wire)
    assert header == RequestHeader(3, 9, 99, "id", 4 + 8 + 2 + 2 + len(tags))
    assert wire[header.body_offset:] == BODY


def test_request_header_v2_null_client_id_and_empty_tags() -> None:
    wire = frame(bytes.fromhex("0012" "0003" "00000001" "ffff" "00") + BODY)
    header = parse_request_header(wire)
    assert header.client_id is None
    assert wire[header.body_offset:] == BODY


@pytest.mark.parametrize(
    ("api_key", "version", "expected"),
    [
        (api_keys.METADATA, 8, 1), (api_keys.METADATA, 9, 2),
        (api_keys.API_VERSIONS, 2, 1), (api_keys.API_VERSIONS, 3, 2),
        (api_keys.PRODUCE, 8, 1), (api_keys.PRODUCE, 9, 2),
        (api_keys.FETCH, 11, 1), (api_keys.FETCH, 12, 2),
        (api_keys.FIND_COORDINATOR, 2, 1), (api_keys.FIND_COORDINATOR, 3, 2),
        (api_keys.DESCRIBE_CLUSTER, 0, 2),
        (17, 1, 1),  # SaslHandshake never became flexible
        (9999, 5, 1),  # unknown API: classic header
    ],
)
def test_request_header_versions(api_key: int, version: int, expected: int) -> None:
    assert request_header_version(api_key, version) == expected


@pytest.mark.parametrize("api_key", [0, 1, 3, 7, 10, 17, 18, 60, 92])
@pytest.mark.parametrize("version", [0, 1, 3, 9, 13])
@pytest.mark.parametrize("client_id", [None, "", "cl\u00efent"])
def test_encode_then_parse_request_header(api_key: int, version: int, client_id: str | None
                                          ) -> None:
    wire = frame(encode_request_header(api_key, version, -5, client_id) + BODY)
    header = parse_request_header(wire)
    expected_client = None if request_header_version(api_key, version) == 0 else client_id
    assert header == RequestHeader(api_key, version, -5, expected_client, len(wire) - len(BODY))
    assert peek_request_start(wire) == (api_key, version, -5)


@pytest.mark.parametrize(
    ("wire", "match"),
    [
        (frame(bytes.fromhex("0003" "0001")), "has no header"),
        (frame(bytes.fromhex("0003" "0001" "00000007" "00")), "before client id"),
        (frame(bytes.fromhex("0003" "0001" "00000007" "0005" "6162")), "past the end"),
        (frame(bytes.fromhex("0003" "0001" "00000007" "fffe")), "invalid client id length -2"),
        (frame(bytes.fromhex("0003" "0001" "00000007" "0002" "c328")), "not UTF-8"),
        (frame(bytes.fromhex("0003" "0009" "00000007" "ffff" "01" "00" "05" "aa")),
         "tagged field runs past"),
        (frame(bytes.fromhex("0003" "0009" "00000007" "ffff")), "varint"),
    ],
    ids=["short", "no-client-id", "client-id-truncated", "bad-length", "bad-utf8",
         "tag-truncated", "no-tag-section"],
)
def test_malformed_request_headers(wire: bytes, match: str) -> None:
    with pytest.raises(ProtocolError, match=match):
        parse_request_header(wire)


def test_api_versions_response_header_is_always_v0() -> None:
    for version in range(0, 6):
        assert response_header_version(api_keys.API_VERSIONS, version) == 0
        assert encode_response_header(api_keys.API_VERSIONS, version, 3) == b"\x00\x00\x00\x03"
    # Even for flexible ApiVersions v3, the body starts right after the correlation id,
    # whatever its first byte looks like.
    wire = frame(b"\x00\x00\x00\x03" + b"\x05\x00\x03")
    assert response_body_offset(wire, api_keys.API_VERSIONS, 3) == 8


def test_flexible_response_header_has_tagged_fields() -> None:
    assert response_header_version(api_keys.METADATA, 8) == 0
    assert response_header_version(api_keys.METADATA, 9) == 1
    assert encode_response_header(api_keys.METADATA, 8, 1) == b"\x00\x00\x00\x01"
    assert encode_response_header(api_keys.METADATA, 9, 1) == b"\x00\x00\x00\x01\x00"
    plain = frame(encode_response_header(api_keys.METADATA, 9, 1) + BODY)
    assert response_body_offset(plain, api_keys.METADATA, 9) == 9
    # A header with one tagged field (tag 1, 2 bytes) is skipped as a whole.
    tagged = frame(b"\x00\x00\x00\x01" + bytes.fromhex("01" "01" "02" "abcd") + BODY)
    assert tagged[response_body_offset(tagged, api_keys.METADATA, 9):] == BODY
    assert response_body_offset(plain, api_keys.METADATA, 8) == 8


def test_response_correlation_id() -> None:
    assert response_correlation_id(frame(b"\xff\xff\xff\xfe" + BODY)) == -2
    with pytest.raises(ProtocolError):
        response_correlation_id(frame(b"\x00\x00\x01"))


def test_api_key_table_is_the_specs_plus_the_newer_apis() -> None:
    from gateway.protocol.codegen.later_versions import LATER_APIS
    from gateway.protocol.generated import REQUESTS, RESPONSES

    # Once the vendored specs name an API, LATER_APIS must stop naming it.
    assert not set(LATER_APIS) & set(REQUESTS)
    assert set(REQUESTS) == set(RESPONSES)
    assert api_keys.api_name(0) == "Produce" and api_keys.api_name(75) == "DescribeTopicPartitions"
    assert api_keys.api_name(88) == "StreamsGroupHeartbeat"
    assert api_keys.api_name(999) == "Unknown(999)"
    # The table follows the specs: BeginQuorumEpoch v0 is classic, v1 flexible.
    assert (api_keys.is_flexible(53, 0), api_keys.is_flexible(53, 1)) == (False, True)
    assert request_header_version(53, 0) == 1 and request_header_version(53, 1) == 2
    # An API newer than the specs is flexible from v0: its request header is v2.
    assert request_header_version(90, 0) == 2 and response_header_version(90, 0) == 1
    assert api_keys.is_flexible(999, 5) is False
