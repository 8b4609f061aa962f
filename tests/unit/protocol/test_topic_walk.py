"""The topic walks (generated seekers and skippers) agree with the decoder, and survive
hostile bytes."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import message_values
from wire import METADATA_RESPONSE, PRODUCE_REQUEST

from gateway.protocol.errors import ProtocolError
from gateway.protocol.generated.metadata_response import MetadataResponse
from gateway.protocol.topic_walk import metadata_topics, produce_first_topic, produce_topic_names

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _topics_at(version: int, encoded: bytes) -> int:
    return MetadataResponse.offset_of(encoded, version, 0, "Topics")


def _after_topics(version: int, encoded: bytes) -> int:
    names = [f.name for f in MetadataResponse.INFO.fields
             if f.in_version(version) and f.tag is None]
    after = names[names.index("Topics") + 1:]
    return MetadataResponse.offset_of(encoded, version, 0, after[0] if after else None)


@SETTINGS
@given(version=st.integers(0, 12), data=st.data())
def test_produce_names_match_the_codec(version: int, data: st.DataObject) -> None:
    value = data.draw(message_values(PRODUCE_REQUEST, version))
    encoded = b"\x00\x01" + PRODUCE_REQUEST.encode(value, version)
    assert produce_topic_names(encoded, 2, version) == [t["Name"] for t in value["TopicData"]]


@SETTINGS
@given(version=st.integers(0, 12), data=st.data())
def test_produce_first_topic_matches_the_codec(version: int, data: st.DataObject) -> None:
    value = data.draw(message_values(PRODUCE_REQUEST, version))
    encoded = b"\x00\x01" + PRODUCE_REQUEST.encode(value, version)
    names = [t["Name"] for t in value["TopicData"]]
    assert produce_first_topic(encoded, 2, version) == (len(names), names[0] if names else None)


@SETTINGS
@given(version=st.integers(0, 13), data=st.data())
def test_metadata_topics_match_the_codec(version: int, data: st.DataObject) -> None:
    value = data.draw(message_values(METADATA_RESPONSE, version))
    encoded = METADATA_RESPONSE.encode(value, version)
    at = _topics_at(version, encoded)
    topics, end = metadata_topics(encoded, at, version)
    assert [(name, topic_id) for _, _, name, topic_id in topics] == [
        (t["Name"], t.get("TopicId")) for t in value["Topics"]
    ]
    assert end == _after_topics(version, encoded)
    for (start, stop, _, _), topic in zip(topics, value["Topics"], strict=True):
        element = METADATA_RESPONSE.encode({**value, "Topics": [topic]}, version)
        one, _ = metadata_topics(element, _topics_at(version, element), version)
        assert encoded[start:stop] == element[one[0][0]:one[0][1]]


@SETTINGS
@given(version=st.integers(0, 13), data=st.data())
def test_hostile_bytes_are_protocol_errors(version: int, data: st.DataObject) -> None:
    produce = PRODUCE_REQUEST.encode(data.draw(message_values(PRODUCE_REQUEST, min(version, 12))),
                                     min(version, 12))
    metadata = METADATA_RESPONSE.encode(data.draw(message_values(METADATA_RESPONSE, version)),
                                        version)
    for valid, walk in ((produce, lambda b: produce_topic_names(b, 0, min(version, 12))),
                        (metadata, lambda b: metadata_topics(b, _topics_at(version, metadata)
                                                             if len(b) == len(metadata) else 0,
                                                             version))):
        garbage = data.draw(st.one_of(
            st.binary(max_size=64),
            st.builds(lambda cut, v=valid: v[:cut], st.integers(0, len(valid))),
            st.builds(lambda i, b, v=valid: v[:i] + bytes([b]) + v[i + 1:],
                      st.integers(0, max(0, len(valid) - 1)), st.integers(0, 255)),
        ))
        with contextlib.suppress(ProtocolError):
            walk(garbage)
