"""Request and response frames for connection and chain tests, built with the typed codec."""

from __future__ import annotations

from typing import Any

from gateway.protocol import api_keys, codec
from gateway.protocol.codec_runtime import kafka_default

RANGES: dict[int, tuple[int, int]] = {
    api_keys.PRODUCE: (0, 11), api_keys.FETCH: (0, 13), api_keys.METADATA: (0, 12),
    api_keys.FIND_COORDINATOR: (0, 4), api_keys.API_VERSIONS: (0, 3),
    api_keys.DESCRIBE_CLUSTER: (0, 1), 11: (0, 9), 12: (0, 4), 15: (0, 5), 19: (0, 7),
    32: (0, 4),
}


def request(api_key: int, version: int, correlation_id: int, client_id: str | None = "c",
            **fields: Any) -> bytes:
    """A request frame whose body is Kafka's defaults overridden by `fields`."""
    body = kafka_default(codec.request_class(api_key, version))
    for name, value in fields.items():
        setattr(body, name, value)
    header = codec.RequestHeader(RequestApiKey=api_key, RequestApiVersion=version,
                                 CorrelationId=correlation_id, ClientId=client_id)
    return codec.encode_request(header, body)


def response(api_key: int, version: int, correlation_id: int, **fields: Any) -> bytes:
    """A response frame whose body is Kafka's defaults overridden by `fields`."""
    body = kafka_default(codec.response_class(api_key, version))
    for name, value in fields.items():
        setattr(body, name, value)
    return codec.encode_response(codec.ResponseHeader(CorrelationId=correlation_id), body,
                                 version)


def metadata(correlation_id: int, version: int = 12, topics: list[str] | None = None) -> bytes:
    """A Metadata request (all topics when `topics` is None)."""
    cls = codec.request_class(api_keys.METADATA, version)
    topic_cls = cls.INFO.fields[0].struct
    assert topic_cls is not None
    listed = None if topics is None else [
        topic_cls(Name=t, TopicId=bytes(16)) for t in topics]
    return request(api_keys.METADATA, version, correlation_id, Topics=listed)


def produce(correlation_id: int, acks: int, version: int = 9) -> bytes:
    """A Produce request with no topics and `acks`."""
    return request(api_keys.PRODUCE, version, correlation_id, Acks=acks)


def api_versions(correlation_id: int, version: int = 3) -> bytes:
    """An ApiVersions request (a version newer than the codec's is a v4 body so labelled)."""
    extra = {"ClientSoftwareName": "t", "ClientSoftwareVersion": "1"} if version >= 3 else {}
    frame = bytearray(request(api_keys.API_VERSIONS, min(version, 4), correlation_id, **extra))
    frame[6:8] = version.to_bytes(2, "big")
    return bytes(frame)


def correlation_of_response(frame: bytes) -> int:
    """The correlation id of a response frame."""
    return int.from_bytes(frame[4:8], "big", signed=True)


def correlation_of_request(frame: bytes) -> int:
    """The correlation id of a request frame."""
    return int.from_bytes(frame[8:12], "big", signed=True)
