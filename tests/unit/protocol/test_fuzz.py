"""Hostile bytes: every parser either succeeds or raises ProtocolError, nothing else.

An IndexError, struct.error, UnicodeDecodeError, MemoryError, RecursionError, ... escaping
from the codec would kill a proxy connection task with a confusing traceback (or worse);
these tests let any exception other than ProtocolError propagate and fail.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import message_values, rich_value
from wire import (
    ALL_MESSAGES,
    API_VERSIONS_RESPONSE,
    DESCRIBE_CLUSTER_RESPONSE,
    FETCH_RESPONSE,
    FIND_COORDINATOR_RESPONSE,
    METADATA_RESPONSE,
    PRODUCE_RESPONSE,
)
from wire import Wire as Message

from gateway.protocol import api_keys, rewrite
from gateway.protocol.codec_runtime import arr_k, count_c, count_k, narr_k
from gateway.protocol.errors import FrameTooLarge, ProtocolError
from gateway.protocol.frames import SIZE, FrameReader, frame
from gateway.protocol.headers import (
    encode_response_header,
    parse_request_header,
    peek_request_start,
    response_body_offset,
    response_correlation_id,
)

CASES = [(m, v) for m in ALL_MESSAGES for v in range(m.valid[0], m.valid[1] + 1)]
IDS = [f"{m.name}-v{v}" for m, v in CASES]

FUZZ = settings(max_examples=8, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def decode_or_protocol_error(message: Message, buf: bytes, version: int) -> dict | None:
    """Decode; None on ProtocolError. A successful decode must be self-consistent."""
    try:
        value, end = message.decode(buf, version)
    except ProtocolError:
        return None
    assert 0 <= end <= len(buf)
    # Whatever was accepted re-encodes, and the re-encoding decodes to the same value.
    again = message.encode(value, version)
    assert message.decode(again, version) == (value, len(again))
    return value


# A mutation of a byte string: (kind, position seed, payload).
MUTATION = st.tuples(
    st.sampled_from(["flip", "truncate", "insert", "overwrite"]),
    st.integers(0, 2**16),
    st.binary(min_size=1, max_size=5),
)


def mutate(buf: bytes, mutation: tuple[str, int, bytes], start: int = 0) -> bytes:
    """Apply a mutation at a position at or after `start` (to spare a frame prefix)."""
    kind, seed, payload = mutation
    span = len(buf) - start
    if kind == "truncate":
        return buf[: start + seed % (span + 1)]
    if kind == "insert":
        at = start + seed % (span + 1)
        return buf[:at] + payload + buf[at:]
    if span == 0:
        return buf + payload
    at = start + seed % span
    if kind == "flip":
        return buf[:at] + bytes([buf[at] ^ (1 << (payload[0] % 8))]) + buf[at + 1:]
    return buf[:at] + payload + buf[at + len(payload):]  # overwrite


# --- message bodies ------------------------------------------------------------------


@pytest.mark.parametrize(("message", "version"), CASES, ids=IDS)
@FUZZ
@given(buf=st.binary(max_size=96))
def test_random_bytes(message: Message, version: int, buf: bytes) -> None:
    decode_or_protocol_error(message, buf, version)


@pytest.mark.parametrize(("message", "version"), CASES, ids=IDS)
@FUZZ
@given(data=st.data())
def test_mutated_valid_encodings(message: Message, version: int, data: st.DataObject) -> None:
    encoded = message.encode(data.draw(message_values(message, version)), version)
    mutations = data.draw(st.lists(MUTATION, min_size=1, max_size=3))
    for mutation in mutations:
        encoded = mutate(encoded, mutation)
    decode_or_protocol_error(message, encoded, version)


@pytest.mark.parametrize(("message", "version"), CASES, ids=IDS)
def test_truncation_at_every_point_and_byte_damage(message: Message, version: int) -> None:
    encoded = message.encode(rich_value(message, version), version)
    # Every strict prefix of a valid encoding is a truncated message: always an error.
    for cut in range(len(encoded)):
        with pytest.raises(ProtocolError):
            message.decode(encoded[:cut], version)
    # Damage every byte in turn (all bits flipped, or forced to 0xff / 0x80).
    for at in range(len(encoded)):
        for replacement in {encoded[at] ^ 0xFF, 0xFF, 0x80}:
            damaged = encoded[:at] + bytes([replacement]) + encoded[at + 1:]
            decode_or_protocol_error(message, damaged, version)


def test_huge_claimed_lengths_are_rejected_without_allocating() -> None:
    # Classic array count 0x7fffffff with 4 bytes of data: refused before any loop.
    wire = bytes.fromhex("00000000" "7fffffff" "00000000")
    with pytest.raises(ProtocolError):
        METADATA_RESPONSE.decode(wire, 3)
    # Compact (flexible) string length of ~2**35 from a 5-byte uvarint.
    wire = bytes.fromhex("00000000" "02" "00000001" "ffffffff7f")
    with pytest.raises(ProtocolError):
        METADATA_RESPONSE.decode(wire, 9)
    # A varint longer than 5 bytes.
    with pytest.raises(ProtocolError, match="varint"):
        METADATA_RESPONSE.decode(bytes.fromhex("00000000" "ffffffffff01"), 9)
    # A tagged-field count of ~2**32 followed by nothing.
    with pytest.raises(ProtocolError):
        API_VERSIONS_RESPONSE.decode(bytes.fromhex("0000" "01" "00000000" "ffffffff0f"), 3)


def test_forged_array_count_of_zero_byte_elements_cannot_spin() -> None:
    # Elements that take no bytes (a struct with no fields in this version) would let a
    # forged count of 2**31 - 1 loop (and allocate) for minutes: the generated decoders
    # and skippers bound an array's count by the bytes left before reading any element.
    # (2**20 here, so that a codec without the bound fails this test quickly.)
    def nothing(buf: Any, pos: int) -> tuple[dict[str, Any], int]:
        return {}, pos

    for read_count in (arr_k, narr_k):
        with pytest.raises(ProtocolError, match="runs past the end"):
            read_count(nothing, (2**20).to_bytes(4, "big"), 0)
    for count in (count_k, count_c):
        with pytest.raises(ProtocolError, match="runs past the end"):
            count((2**20).to_bytes(4, "big") if count is count_k else b"\x80\x80\x40", 0)
    assert arr_k(nothing, bytes.fromhex("00000002" "0000"), 0) == ([{}, {}], 4)


def test_tagged_fields_out_of_order_or_stray_bytes_are_rejected() -> None:
    head = bytes.fromhex("0000" "01" "00000000")  # ApiVersions v3: no api keys, throttle 0
    with pytest.raises(ProtocolError, match="out of order"):
        API_VERSIONS_RESPONSE.decode(head + bytes.fromhex("02" "05" "00" "05" "00"), 3)
    with pytest.raises(ProtocolError, match="stray"):
        # ZkMigrationReady (tag 3, a bool) with 2 payload bytes.
        API_VERSIONS_RESPONSE.decode(head + bytes.fromhex("01" "03" "02" "0100"), 3)


def test_invalid_utf8_is_a_protocol_error() -> None:
    wire = bytes.fromhex("00000001" "00000001" "0002" "c328" "00000001")  # Metadata v0
    with pytest.raises(ProtocolError, match="UTF-8"):
        METADATA_RESPONSE.decode(wire + bytes(4), 0)


# --- frames --------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    chunks=st.lists(
        st.one_of(
            st.binary(max_size=24),
            # Plausible frames (small size prefixes) so that some complete.
            st.binary(max_size=12).map(frame),
        ),
        max_size=8,
    ),
    max_frame_bytes=st.integers(0, 40),
    eof=st.booleans(),
)
def test_frame_reader_on_random_streams(
    chunks: list[bytes], max_frame_bytes: int, eof: bool
) -> None:
    reader = FrameReader(max_frame_bytes)
    stream = b"".join(chunks)
    frames: list[bytes] = []
    try:
        for chunk in [*chunks, *([b""] if eof else [])]:
            reader.receive_data(chunk)
            while (got := reader.next_frame()) is not None:
                frames.append(got)
        _ = reader.at_eof
    except FrameTooLarge as exc:
        assert "exceeds" in str(exc)
        return
    except ProtocolError:
        return
    joined = b"".join(frames)
    assert stream.startswith(joined)
    for got in frames:
        (size,) = SIZE.unpack_from(got)
        assert len(got) == 4 + size <= 4 + max_frame_bytes
    assert reader.buffered == len(stream) - len(joined)


# --- headers -------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(
    api_key=st.sampled_from([*api_keys.API_KEYS, -1, 999]),
    api_version=st.integers(-2, 20),
    tail=st.binary(max_size=24),
    cut=st.integers(0, 40),
)
def test_request_header_parsing_on_random_bytes(
    api_key: int, api_version: int, tail: bytes, cut: int
) -> None:
    start = api_key.to_bytes(2, "big", signed=True) + api_version.to_bytes(2, "big", signed=True)
    buf = frame(start + b"\x00\x00\x00\x07" + tail)[: 4 + cut]
    try:
        header = parse_request_header(buf)
    except ProtocolError:
        return
    assert (header.api_key, header.api_version, header.correlation_id) == (
        api_key, api_version, 7,
    )
    assert peek_request_start(buf) == (api_key, api_version, 7)
    assert 12 <= header.body_offset <= len(buf)


@settings(max_examples=300, deadline=None)
@given(buf=st.binary(max_size=40))
def test_header_functions_on_arbitrary_bytes(buf: bytes) -> None:
    for call in (
        lambda: parse_request_header(buf),
        lambda: peek_request_start(buf),
        lambda: response_correlation_id(buf),
        lambda: response_body_offset(buf, api_keys.METADATA, 12),
        lambda: response_body_offset(buf, api_keys.API_VERSIONS, 3),
    ):
        with contextlib.suppress(ProtocolError):
            call()


# --- rewrite.py on whole frames ------------------------------------------------------


def _address_of(node_id: int) -> tuple[str, int] | None:
    # Some brokers are advertised, some are not: both branches get fuzzed.
    return None if node_id % 3 == 0 else (f"gw-{node_id % 7}.example", 9000 + node_id % 100)


RewriteCall = Callable[[bytes, int], Any]
REWRITES: list[tuple[str, Message, RewriteCall]] = [
    ("metadata", METADATA_RESPONSE,
     lambda f, v: rewrite.rewrite_metadata(f, v, _address_of)[0]),
    ("describe_cluster", DESCRIBE_CLUSTER_RESPONSE,
     lambda f, v: rewrite.rewrite_describe_cluster(f, v, _address_of)[0]),
    ("find_coordinator", FIND_COORDINATOR_RESPONSE,
     lambda f, v: rewrite.rewrite_find_coordinator(f, v, _address_of)),
    ("api_versions", API_VERSIONS_RESPONSE,
     lambda f, v: rewrite.rewrite_api_versions(f, v)[0]),
    ("node_endpoints_produce", PRODUCE_RESPONSE,
     lambda f, v: rewrite.rewrite_node_endpoints(f, api_keys.PRODUCE, v, _address_of)),
    ("node_endpoints_fetch", FETCH_RESPONSE,
     lambda f, v: rewrite.rewrite_node_endpoints(f, api_keys.FETCH, v, _address_of)),
]
REWRITE_CASES = [
    (name, message, call, v)
    for name, message, call in REWRITES
    for v in range(message.valid[0], message.valid[1] + 1)
]
REWRITE_IDS = [f"{name}-v{v}" for name, _, _, v in REWRITE_CASES]


def _response_frame(message: Message, version: int, body: dict) -> bytes:
    header = encode_response_header(message.api_key, version, 42)
    return frame(header + message.encode(body, version))


def _rewrite_or_protocol_error(call: RewriteCall, buf: bytes, version: int) -> None:
    try:
        out = call(buf, version)
    except ProtocolError:
        return
    assert isinstance(out, bytes)
    if out is buf:
        return  # passed through untouched (no NodeEndpoints to rewrite)
    # Whatever comes out rewritten is one well-formed frame with the same correlation id.
    (size,) = SIZE.unpack_from(out)
    assert len(out) == 4 + size
    assert out[4:8] == buf[4:8]


@pytest.mark.parametrize(("name", "message", "call", "version"), REWRITE_CASES, ids=REWRITE_IDS)
@FUZZ
@given(data=st.data())
def test_rewrite_on_mutated_frames(
    name: str, message: Message, call: RewriteCall, version: int, data: st.DataObject
) -> None:
    valid = _response_frame(message, version, data.draw(message_values(message, version)))
    _rewrite_or_protocol_error(call, valid, version)  # the intact frame never fails
    damaged = valid
    for mutation in data.draw(st.lists(MUTATION, min_size=1, max_size=3)):
        damaged = mutate(damaged, mutation, start=8)
    _rewrite_or_protocol_error(call, damaged, version)
    noise = data.draw(st.binary(max_size=48))
    _rewrite_or_protocol_error(call, valid[:8] + noise, version)


@pytest.mark.parametrize(("name", "message", "call", "version"), REWRITE_CASES, ids=REWRITE_IDS)
def test_rewrite_on_every_truncation(
    name: str, message: Message, call: RewriteCall, version: int
) -> None:
    valid = _response_frame(message, version, rich_value(message, version))
    for cut in range(len(valid)):
        _rewrite_or_protocol_error(call, valid[:cut], version)


def test_intact_frames_rewrite_without_error() -> None:
    # Guard for the fuzz helper: valid frames must not be "accepted" by raising.
    for _, message, call, version in REWRITE_CASES:
        out = call(_response_frame(message, version, rich_value(message, version)), version)
        assert len(out) == 4 + SIZE.unpack_from(out)[0]
