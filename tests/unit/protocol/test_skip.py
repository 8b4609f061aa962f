"""Walking over a message without decoding it lands exactly where decoding ends."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import message_values

from gateway.protocol.errors import ProtocolError
from gateway.protocol.messages import ALL_MESSAGES
from gateway.protocol.schema import Message

CASES = [(m, v) for m in ALL_MESSAGES for v in range(m.valid[0], m.valid[1] + 1)]
IDS = [f"{m.name}-v{v}" for m, v in CASES]


@pytest.mark.parametrize(("message", "version"), CASES, ids=IDS)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_skip_ends_where_decode_ends(message: Message, version: int, data: st.DataObject
                                     ) -> None:
    value = data.draw(message_values(message, version))
    encoded = b"\x07" + message.encode(value, version) + b"trailing"
    codec = message.codec(version)
    _, decoded_end = codec.decode(encoded, 1)
    assert codec.skip(encoded, 1) == decoded_end == len(encoded) - len(b"trailing")


@pytest.mark.parametrize(("message", "version"), CASES[::3], ids=IDS[::3])
@settings(max_examples=30, deadline=None)
@given(garbage=st.binary(max_size=200))
def test_skip_of_garbage_raises_only_protocol_errors(
    message: Message, version: int, garbage: bytes
) -> None:
    try:
        end = message.codec(version).skip(garbage, 0)
    except ProtocolError:
        return
    assert 0 <= end <= len(garbage)
