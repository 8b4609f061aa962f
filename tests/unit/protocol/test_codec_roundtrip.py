"""Round trips of the generated codec for every API key and version in Kafka's specs.

For each (message, version): a deterministic instance with every field set (tagged fields
and unknown tags included) and a few hypothesis-drawn ones must satisfy
decode(encode(m)) == m and encode(decode(b)) == b.
"""

from __future__ import annotations

from typing import Any

import pytest
from codec_strategies import CASES, IDS, message_values, rich_value
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.protocol.codec_runtime import Message
from gateway.protocol.codegen.specs import load_all
from gateway.protocol.generated import REQUESTS, RESPONSES

ROUND_TRIP = settings(max_examples=2, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow,
                                             HealthCheck.data_too_large])


def assert_round_trip(cls: type[Message], version: int, message: Any) -> bytes:
    """Encode, decode and re-encode `message`; return its bytes."""
    wire = message.encode(version)
    decoded, end = cls.decode(wire, version)
    assert end == len(wire)
    assert decoded == message
    assert decoded.encode(version) == wire
    # A memoryview decodes the same (records fields then view the buffer).
    viewed, _ = cls.decode(memoryview(wire), version)
    assert viewed == message
    return wire


def test_every_api_key_of_the_specs_is_covered() -> None:
    assert sorted(REQUESTS) == sorted(RESPONSES) == list(range(0, 88))
    # Independently of the generated index: every version of every spec file.
    expected = {(m.name, v) for m in load_all() for v in range(m.valid[0], m.valid[1] + 1)}
    assert {(cls.__name__, v) for cls, v in CASES} == expected


@pytest.mark.parametrize(("cls", "version"), CASES, ids=IDS)
def test_rich_message_round_trips(cls: type[Message], version: int) -> None:
    assert_round_trip(cls, version, rich_value(cls, version))


@pytest.mark.parametrize(("cls", "version"), CASES, ids=IDS)
@ROUND_TRIP
@given(data=st.data())
def test_drawn_message_round_trips(cls: type[Message], version: int, data: st.DataObject
                                   ) -> None:
    assert_round_trip(cls, version, data.draw(message_values(cls, version)))
