"""FrameReader: buffering, splitting, size checks and end of stream."""

from __future__ import annotations

import struct

import pytest

from gateway.protocol.errors import FrameTooLarge, ProtocolError
from gateway.protocol.frames import DEFAULT_MAX_FRAME_BYTES, FrameReader, frame

FRAMES = [frame(b"first"), frame(b""), frame(bytes(range(256)) * 3), frame(b"\x00\x00\x00\x05")]


def drain(reader: FrameReader) -> list[bytes]:
    out = []
    while (got := reader.next_frame()) is not None:
        out.append(got)
    return out


def test_frame_helper_prefixes_the_big_endian_size() -> None:
    assert frame(b"abc") == b"\x00\x00\x00\x03abc"
    assert frame(b"") == b"\x00\x00\x00\x00"


def test_byte_at_a_time() -> None:
    reader = FrameReader()
    stream = b"".join(FRAMES)
    got: list[bytes] = []
    ends = set()
    end = 0
    for f in FRAMES:
        end += len(f)
        ends.add(end)
    for i, byte in enumerate(stream, start=1):
        reader.receive_data(bytes([byte]))
        new = drain(reader)
        # A frame comes out exactly when its last byte arrives, and not before.
        assert len(new) == (1 if i in ends else 0), i
        got += new
    assert got == FRAMES
    assert reader.buffered == 0


def test_all_at_once_with_several_frames() -> None:
    reader = FrameReader()
    reader.receive_data(b"".join(FRAMES))
    assert reader.buffered == sum(map(len, FRAMES))
    assert drain(reader) == FRAMES  # size prefixes included, order kept
    assert reader.buffered == 0
    assert reader.next_frame() is None


def test_trailing_partial_frame_stays_buffered() -> None:
    reader = FrameReader()
    whole = frame(b"0123456789")
    tail = whole[:7]
    reader.receive_data(FRAMES[0] + tail)
    assert drain(reader) == [FRAMES[0]]
    assert reader.buffered == len(tail)
    assert not reader.at_eof
    reader.receive_data(whole[7:-1])
    assert drain(reader) == []
    assert reader.buffered == len(whole) - 1
    reader.receive_data(whole[-1:])
    assert drain(reader) == [frame(b"0123456789")]
    assert reader.buffered == 0


def test_partial_size_prefix_stays_buffered() -> None:
    reader = FrameReader()
    reader.receive_data(b"\x00\x00")
    assert reader.next_frame() is None
    reader.receive_data(b"\x00\x01z")
    assert reader.next_frame() == b"\x00\x00\x00\x01z"


def test_frame_exactly_at_the_maximum_is_accepted() -> None:
    reader = FrameReader(max_frame_bytes=16)
    reader.receive_data(frame(b"x" * 16))
    assert reader.next_frame() == frame(b"x" * 16)


def test_two_gib_claim_raises_after_only_four_bytes() -> None:
    reader = FrameReader()
    assert reader.max_frame_bytes == DEFAULT_MAX_FRAME_BYTES == 100 * 1024 * 1024
    # 2 GiB - 1, the largest size a signed int32 prefix can claim.
    header = struct.pack(">i", 2**31 - 1)
    reader.receive_data(header[:3])
    assert reader.next_frame() is None  # three bytes: size not known yet
    reader.receive_data(header[3:])
    with pytest.raises(FrameTooLarge, match="2147483647"):
        reader.next_frame()
    assert reader.buffered == 4  # nothing beyond the prefix was ever fed


def test_one_byte_over_a_small_maximum() -> None:
    reader = FrameReader(max_frame_bytes=16)
    reader.receive_data(struct.pack(">i", 17))
    with pytest.raises(FrameTooLarge, match="17 bytes exceeds the maximum of 16"):
        reader.next_frame()


def test_frame_too_large_is_a_protocol_error() -> None:
    assert issubclass(FrameTooLarge, ProtocolError)


@pytest.mark.parametrize("size", [-1, -(2**31)])
def test_negative_size(size: int) -> None:
    # 0x80000000 ("2 GiB" read unsigned) is negative as the int32 Kafka uses.
    reader = FrameReader()
    reader.receive_data(struct.pack(">i", size))
    with pytest.raises(ProtocolError, match=f"negative frame size {size}") as info:
        reader.next_frame()
    assert not isinstance(info.value, FrameTooLarge)


def test_eof_mid_frame_raises_with_a_clear_message() -> None:
    reader = FrameReader()
    reader.receive_data(FRAMES[0] + frame(b"0123456789")[:7])
    reader.receive_data(b"")  # peer closed
    assert reader.next_frame() == FRAMES[0]  # complete frames still come out first
    with pytest.raises(ProtocolError, match=r"closed mid-frame \(3 of 10 bytes\)"):
        reader.next_frame()


def test_eof_inside_the_size_prefix() -> None:
    reader = FrameReader()
    reader.receive_data(b"\x00\x00")
    reader.receive_data(b"")
    with pytest.raises(ProtocolError, match=r"inside a frame size \(2 of 4 bytes\)"):
        reader.next_frame()


def test_eof_on_a_frame_boundary() -> None:
    reader = FrameReader()
    reader.receive_data(FRAMES[0] + FRAMES[1])
    assert not reader.at_eof
    reader.receive_data(b"")
    assert not reader.at_eof  # complete frames are still waiting
    assert reader.next_frame() == FRAMES[0]
    assert not reader.at_eof
    assert reader.next_frame() == FRAMES[1]
    assert reader.at_eof
    assert reader.next_frame() is None  # a clean end is not an error


def test_no_eof_without_an_empty_read() -> None:
    reader = FrameReader()
    assert not reader.at_eof
    reader.receive_data(FRAMES[0])
    assert drain(reader) == [FRAMES[0]]
    assert not reader.at_eof
