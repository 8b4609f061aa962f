"""The codec's registry: message classes by (API key, version), and header versions."""

from __future__ import annotations

import pytest

from gateway.protocol import api_keys, codec, headers
from gateway.protocol.codec_runtime import DecodeError
from gateway.protocol.errors import UNSUPPORTED_VERSION
from gateway.protocol.generated.metadata_request import MetadataRequest, MetadataRequestTopic
from gateway.protocol.generated.metadata_response import MetadataResponse


def test_classes_by_api_key_and_version() -> None:
    assert codec.request_class(3, 12) is MetadataRequest
    assert codec.response_class(3, 0) is MetadataResponse
    for key, (low, high) in codec.supported_versions().items():
        for cls in (codec.request_class(key, high), codec.response_class(key, low)):
            assert key == cls.API_KEY
            assert (low, high) == cls.VALID_VERSIONS
            assert sorted(cls.DECODERS) == sorted(cls.ENCODERS) == list(range(low, high + 1))


# headers.py takes flexible versions from the generated index; api_keys.py's table (which
# says v0+ for BeginQuorumEpoch and EndQuorumEpoch, whose specs say v1+) is used only for
# APIs newer than the specs.
@pytest.mark.parametrize("api_key", sorted(codec.supported_versions()))
def test_header_versions_agree_with_the_header_parser(api_key: int) -> None:
    low, high = codec.supported_versions()[api_key]
    versions = range(low, high + 1)
    for version in versions:
        assert codec.request_header_version(api_key, version) == \
            headers.request_header_version(api_key, version)
        assert codec.response_header_version(api_key, version) == \
            headers.response_header_version(api_key, version)
    assert codec.response_header_version(18, 3) == 0  # KIP-511: ApiVersions stays on v0
    assert codec.request_header_version(7, 0) == 0  # ControlledShutdown v0


def test_api_keys_newer_than_the_specs_are_unknown_to_the_codec() -> None:
    # api_keys.py names 88-92 (Kafka 4.1 streams/share-group APIs); the 4.0 specs stop at 87.
    assert set(api_keys.API_KEYS) - set(codec.supported_versions()) == set(range(88, 93))


@pytest.mark.parametrize("version", range(0, 14))
def test_a_request_frame_round_trips_and_matches_headers_py(version: int) -> None:
    body = MetadataRequest(Topics=[MetadataRequestTopic(Name="t", TopicId=bytes(16))],
                           AllowAutoTopicCreation=True, IncludeTopicAuthorizedOperations=False,
                           IncludeClusterAuthorizedOperations=False)
    header = codec.RequestHeader(RequestApiKey=3, RequestApiVersion=version,
                                 CorrelationId=77, ClientId="client-é")
    frame = codec.encode_request(header, body)
    parsed = headers.parse_request_header(frame)
    assert (parsed.api_key, parsed.api_version, parsed.correlation_id, parsed.client_id) == (
        3, version, 77, "client-é")
    decoded = codec.decode_request(frame)
    assert decoded.header == header
    assert decoded.body == body
    assert decoded.trailing == b""
    assert frame[parsed.body_offset:] == body.encode(version)


def test_frame_errors() -> None:
    with pytest.raises(DecodeError, match="frame says 9 bytes but holds 2"):
        codec.decode_request(b"\x00\x00\x00\x09\x00\x03")
    frame = b"\x00\x00\x00\x08" + (3).to_bytes(2, "big") + (14).to_bytes(2, "big") + bytes(4)
    with pytest.raises(DecodeError) as info:
        codec.decode_request(frame)
    assert info.value.error_code == UNSUPPORTED_VERSION
    with pytest.raises(codec.EncodeError, match="not a request of API key 18"):
        codec.encode_request(codec.RequestHeader(RequestApiKey=18, RequestApiVersion=0,
                                                 CorrelationId=1, ClientId=None),
                             MetadataRequest(Topics=None))

