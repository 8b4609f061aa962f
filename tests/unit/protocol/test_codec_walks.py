"""The generated skippers and seekers: they walk exactly as the decoders read, and are fuzzed.

For every (message, version) of the specs, a skipper (`cls.skip`) steps over a message
without building it and a seeker (`cls.offset_of`) finds one field's offset without
decoding what precedes it. The gateway relies on both to splice Metadata responses, find
the tagged fields of Produce/Fetch responses, read a Produce request's acks and walk topic
names. Properties: a skip ends where decoding ends, wherever the message sits in a buffer;
seeked offsets are increasing, the first field sits at the start, fixed-width fields are
their width apart, and after the last field comes exactly the tagged-field section. On
hostile bytes, both raise DecodeError or nothing; whatever decodes, skips to the same end;
every truncation fails.
"""

from __future__ import annotations

import pytest
from codec_strategies import CASES, IDS, message_values, rich_value
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.protocol.codec_runtime import DecodeError, Message, is_flexible, skip_tags

FIXED_SIZES = {"int8": 1, "int16": 2, "uint16": 2, "int32": 4, "int64": 8, "float64": 8,
               "bool": 1, "uuid": 16}


def wire_fields(cls: type[Message], version: int) -> list[tuple[str, str]]:
    """(name, kind) of the non-tagged fields of `version`, in wire order."""
    return [(f.name, f.kind) for f in cls.INFO.fields if f.in_version(version) and f.tag is None]


def check_walks(cls: type[Message], version: int, encoded: bytes, at: int) -> None:
    """The skipper and every seeker agree with the decoder on the message at `at`."""
    _, end = cls.decode(encoded, version, at)
    assert cls.skip(encoded, version, at) == end
    offsets = [cls.offset_of(encoded, version, at, name) for name, _ in
               wire_fields(cls, version)]
    after = cls.offset_of(encoded, version, at)
    assert offsets == sorted(offsets) and all(o <= after for o in offsets)
    if offsets:
        assert offsets[0] == at
    for (_, kind), start, stop in zip(wire_fields(cls, version), offsets,
                                      [*offsets[1:], after][:len(offsets)], strict=True):
        if kind in FIXED_SIZES:
            assert stop - start == FIXED_SIZES[kind]
    assert (skip_tags(encoded, after) if is_flexible(cls, version) else after) == end


@pytest.mark.parametrize(("cls", "version"), CASES, ids=IDS)
def test_walks_of_a_rich_message(cls: type[Message], version: int) -> None:
    encoded = b"\x07\x07" + rich_value(cls, version).encode(version) + b"trailing"
    check_walks(cls, version, encoded, 2)
    assert cls.skip(encoded, version, 2) == len(encoded) - len(b"trailing")


CASE = st.sampled_from(CASES)
WALKS = settings(max_examples=250, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@WALKS
@given(case=CASE, data=st.data())
def test_walks_of_drawn_messages(case: tuple[type[Message], int], data: st.DataObject
                                 ) -> None:
    cls, version = case
    value = data.draw(message_values(cls, version))
    prefix = data.draw(st.binary(max_size=4))
    check_walks(cls, version, prefix + value.encode(version) + b"\x00", len(prefix))


def _mutated(valid: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=64),
        st.builds(lambda i, b: valid[:i] + bytes([b]) + valid[i + 1:],
                  st.integers(0, max(0, len(valid) - 1)), st.sampled_from([0, 1, 0x7F, 0x80,
                                                                          0xFF])),
        st.builds(lambda i, junk: valid[:i] + junk + valid[i:],
                  st.integers(0, len(valid)), st.binary(min_size=1, max_size=4)),
        st.builds(lambda i, n: valid[:i] + valid[i + n:], st.integers(0, len(valid)),
                  st.integers(1, 4)),
    )


@WALKS
@given(case=CASE, data=st.data())
def test_hostile_bytes_against_skippers_and_seekers(case: tuple[type[Message], int],
                                                     data: st.DataObject) -> None:
    cls, version = case
    valid = rich_value(cls, version).encode(version)
    garbage = data.draw(_mutated(valid))
    names = [name for name, _ in wire_fields(cls, version)]
    name = data.draw(st.sampled_from([*names, None]))
    try:
        offset = cls.offset_of(garbage, version, 0, name)
    except DecodeError:
        pass
    else:
        assert 0 <= offset <= len(garbage)
    try:
        end = cls.skip(garbage, version, 0)
    except DecodeError:
        end = None
    else:
        assert 0 <= end <= len(garbage)
    try:
        _, decoded_end = cls.decode(garbage, version)
    except DecodeError:
        return
    assert end == decoded_end  # whatever decodes, the skipper walks the same way


@WALKS
@given(case=CASE, data=st.data())
def test_every_truncation_fails_to_skip(case: tuple[type[Message], int], data: st.DataObject
                                        ) -> None:
    cls, version = case
    valid = rich_value(cls, version).encode(version)
    cut = data.draw(st.integers(0, max(0, len(valid) - 1)))
    if not valid:
        return
    with pytest.raises(DecodeError):
        cls.skip(valid[:cut], version, 0)


def test_a_field_not_on_the_wire_is_refused_by_name() -> None:
    from gateway.protocol.generated.metadata_response import MetadataResponse

    with pytest.raises(ValueError, match="has no non-tagged field 'ClusterId'"):
        MetadataResponse.offset_of(b"", 1, 0, "ClusterId")
    with pytest.raises(DecodeError, match="no version 99"):
        MetadataResponse.skip(b"", 99, 0)


@pytest.mark.parametrize("length", ["00", "01", "7f", "8000", "8100", "8001", "ff00"])
def test_inline_length_skips_agree_with_the_decoder_on_odd_varints(length: str) -> None:
    # The skippers read one- and two-byte compact lengths inline; non-canonical varints
    # (0x80 0x00 is a two-byte 0, i.e. null) must land where the decoder lands.
    from gateway.protocol.generated.produce_request import PartitionProduceData

    raw = bytes.fromhex(length)
    value = raw[0] if len(raw) == 1 else (raw[0] & 0x7F) | raw[1] << 7
    payload = max(0, value - 1)  # compact: length + 1, 0 for null
    wire = bytes(4) + bytes.fromhex(length) + bytes(payload) + b"\x00" + b"tail"
    _, end = PartitionProduceData.decode(wire, 9)
    assert PartitionProduceData.skip(wire, 9) == end == len(wire) - 4
