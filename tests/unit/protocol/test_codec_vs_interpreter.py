"""The generated codec and the interpreter (`schema.py` + `messages.py`) agree byte for byte.

For every message the interpreter knows, in every version both know: bytes the
interpreter encodes decode with the generated codec and re-encode to the same bytes, and
bytes the generated codec encodes decode with the interpreter and re-encode the same.
"""

from __future__ import annotations

from typing import Any

import pytest
from codec_strategies import message_values as generated_values
from codec_strategies import rich_value
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import message_values as interpreter_values

from gateway.protocol import codec
from gateway.protocol.codec_runtime import Message as GeneratedMessage
from gateway.protocol.messages import ALL_MESSAGES
from gateway.protocol.schema import Message


def _generated(message: Message) -> type[GeneratedMessage]:
    kind = "request" if message.name.endswith("Request") else "response"
    lookup = codec.request_class if kind == "request" else codec.response_class
    return lookup(message.api_key, codec.supported_versions()[message.api_key][0])


def _cases() -> list[tuple[Message, type[GeneratedMessage], int]]:
    cases = []
    for message in ALL_MESSAGES:
        cls = _generated(message)
        low = max(message.valid[0], cls.VALID_VERSIONS[0])
        high = min(message.valid[1], cls.VALID_VERSIONS[1])
        cases += [(message, cls, v) for v in range(low, high + 1)]
    return cases


CASES = _cases()
IDS = [f"{m.name}-v{v}" for m, _, v in CASES]
CHECK = settings(max_examples=5, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def test_the_cases_cover_every_interpreted_message() -> None:
    assert {m.name for m, _, _ in CASES} == {m.name for m in ALL_MESSAGES}
    assert len(CASES) > 100


@pytest.mark.parametrize(("message", "cls", "version"), CASES, ids=IDS)
@CHECK
@given(data=st.data())
def test_interpreter_bytes_decode_and_reencode_with_the_generated_codec(
    message: Message, cls: type[GeneratedMessage], version: int, data: st.DataObject
) -> None:
    value: dict[str, Any] = data.draw(interpreter_values(message, version))
    wire = message.encode(value, version)
    decoded, end = cls.decode(wire, version)
    assert end == len(wire)
    assert decoded.encode(version) == wire


@pytest.mark.parametrize(("message", "cls", "version"), CASES, ids=IDS)
@CHECK
@given(data=st.data())
def test_generated_bytes_decode_and_reencode_with_the_interpreter(
    message: Message, cls: type[GeneratedMessage], version: int, data: st.DataObject
) -> None:
    generated = data.draw(generated_values(cls, version))
    _check_interpreter_reads(message, version, generated.encode(version))


@pytest.mark.parametrize(("message", "cls", "version"), CASES, ids=IDS)
def test_rich_generated_bytes_decode_and_reencode_with_the_interpreter(
    message: Message, cls: type[GeneratedMessage], version: int
) -> None:
    _check_interpreter_reads(message, version, rich_value(cls, version).encode(version))


def _check_interpreter_reads(message: Message, version: int, wire: bytes) -> None:
    value, end = message.decode(wire, version)
    assert end == len(wire)
    assert message.encode(value, version) == wire
