"""Hostile bytes against every generated decoder: success or DecodeError, nothing else.

Every (message, version) decoder gets every truncation of a rich valid encoding, seeded
random mutations of it (bit flips, inserted, deleted and overwritten bytes) and seeded
random byte strings; the frame-level decoders get hypothesis-drawn frames. Anything that
decodes must re-encode to a fixed point. Any exception other than DecodeError (a
ProtocolError) fails the test.
"""

from __future__ import annotations

import random

import pytest
from codec_strategies import CASES, IDS, rich_value
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.protocol import codec
from gateway.protocol.codec_runtime import DecodeError, Message
from gateway.protocol.errors import ProtocolError

MUTATIONS = 40
RANDOM_INPUTS = 20


def decode_or_error(cls: type[Message], buf: bytes, version: int) -> None:
    """Decode; a success must re-encode to bytes that decode and re-encode the same."""
    try:
        message, end = cls.decode(buf, version)
    except DecodeError:
        return
    assert 0 <= end <= len(buf)
    again = message.encode(version)
    assert cls.decode(again, version)[0].encode(version) == again


def mutate(wire: bytes, rng: random.Random) -> bytes:
    """One random change to `wire`."""
    data = bytearray(wire)
    at = rng.randrange(len(data) + 1)
    kind = rng.randrange(4)
    if kind == 0 and data:
        data[at % len(data)] ^= 1 << rng.randrange(8)
    elif kind == 1:
        data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 5)))
    elif kind == 2 and data:
        del data[at:at + rng.randrange(1, 5)]
    else:
        data[at:at + 1] = bytes([rng.choice((0x00, 0x7F, 0x80, 0xFF))])
    return bytes(data)


@pytest.mark.parametrize(("cls", "version"), CASES, ids=IDS)
def test_truncations_mutations_and_random_bytes(cls: type[Message], version: int) -> None:
    wire = rich_value(cls, version).encode(version)
    for end in range(len(wire)):
        with pytest.raises(DecodeError):
            cls.decode(wire[:end], version)
    rng = random.Random(f"{cls.__name__}-{version}")
    for _ in range(MUTATIONS):
        decode_or_error(cls, mutate(wire, rng), version)
    for _ in range(RANDOM_INPUTS):
        decode_or_error(cls, rng.randbytes(rng.randrange(64)), version)


def test_a_forged_array_length_is_refused_before_looping() -> None:
    cls = codec.response_class(3, 12)
    # Metadata v12: throttle time, then a compact array claiming 2**28 brokers.
    with pytest.raises(DecodeError, match="runs past the end"):
        cls.decode(bytes(4) + b"\x80\x80\x80\x80\x01" + bytes(16), 12)
    with pytest.raises(DecodeError, match="varint longer than 5 bytes"):
        cls.decode(bytes(4) + b"\xff" * 6, 12)


FRAMES = settings(max_examples=300, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow])


@FRAMES
@given(api_key=st.integers(-1, 90), version=st.integers(-1, 20),
       body=st.binary(max_size=48))
def test_request_frames_of_any_api(api_key: int, version: int, body: bytes) -> None:
    payload = api_key.to_bytes(2, "big", signed=True) + version.to_bytes(2, "big",
                                                                          signed=True) + body
    frame = len(payload).to_bytes(4, "big") + payload
    try:
        header, message, trailing = codec.decode_request(frame)
    except ProtocolError:
        return
    # Canonical bytes (a bool byte of 2 reads as True and is written back as 1) are a
    # fixed point of decode + encode.
    again = codec.encode_request(header, message, trailing)
    assert codec.encode_request(*codec.decode_request(again)) == again


@FRAMES
@given(api_key=st.integers(0, 87), version=st.integers(0, 17), body=st.binary(max_size=48))
def test_response_frames_of_any_api(api_key: int, version: int, body: bytes) -> None:
    frame = len(body).to_bytes(4, "big") + body
    try:
        header, message, trailing = codec.decode_response(frame, api_key, version)
    except ProtocolError:
        return
    again = codec.encode_response(header, message, version, trailing)
    assert codec.decode_response(again, api_key, version)[1].encode(version) == \
        message.encode(version)
