"""Kafka framing: a 4-byte big-endian size, then that many bytes.

`FrameReader` follows the h11 model: `receive_data()` only buffers, `next_frame()`
returns a complete frame or None when more bytes are needed. The size is checked
against `max_frame_bytes` as soon as the 4-byte prefix is in, so a peer claiming
2 GiB costs us nothing but the rejection.
"""

from __future__ import annotations

import struct

from .errors import FrameTooLarge, ProtocolError

SIZE = struct.Struct(">i")

# Kafka brokers default socket.request.max.bytes to 100 MiB; we do the same.
DEFAULT_MAX_FRAME_BYTES = 100 * 1024 * 1024


class FrameReader:
    """Splits a byte stream into Kafka frames (returned with their size prefix)."""

    def __init__(self, max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES) -> None:
        self.max_frame_bytes = max_frame_bytes
        self._buffer = bytearray()
        self._eof = False

    def receive_data(self, data: bytes | bytearray | memoryview) -> None:
        """Buffer bytes from the peer; `b""` means the peer closed its side."""
        if data:
            self._buffer += data
        else:
            self._eof = True

    @property
    def buffered(self) -> int:
        """Bytes received but not yet returned as frames."""
        return len(self._buffer)

    @property
    def at_eof(self) -> bool:
        """Whether the peer closed and every complete frame has been returned."""
        return self._eof and self._complete_size() is None

    def pending_frame_size(self) -> int | None:
        """Total size (prefix included) of the incomplete frame being received, if known."""
        size = self._complete_size()
        if size is not None or len(self._buffer) < SIZE.size:
            return None
        (size,) = SIZE.unpack_from(self._buffer)
        return int(SIZE.size + size)

    def take_buffered(self) -> bytes:
        """Hand over the buffered bytes of an incomplete frame (the caller completes it)."""
        data = bytes(self._buffer)
        self._buffer.clear()
        return data

    def next_frame(self) -> bytes | None:
        """Return the next complete frame, size prefix included, or None."""
        size = self._complete_size()
        if size is None:
            if self._eof and self._buffer:
                raise ProtocolError(self._truncation_message())
            return None
        end = SIZE.size + size
        with memoryview(self._buffer) as view:
            frame = bytes(view[:end])  # one copy (a bytearray slice would make two)
        del self._buffer[:end]
        return frame

    def _complete_size(self) -> int | None:
        buffer = self._buffer
        if len(buffer) < SIZE.size:
            return None
        (size,) = SIZE.unpack_from(buffer)
        if size < 0:
            raise ProtocolError(f"negative frame size {size}")
        if size > self.max_frame_bytes:
            raise FrameTooLarge(
                f"frame of {size} bytes exceeds the maximum of {self.max_frame_bytes}"
            )
        return size if len(buffer) >= SIZE.size + size else None

    def _truncation_message(self) -> str:
        if len(self._buffer) < SIZE.size:
            return f"connection closed inside a frame size ({len(self._buffer)} of 4 bytes)"
        (size,) = SIZE.unpack_from(self._buffer)
        return (
            f"connection closed mid-frame ({len(self._buffer) - SIZE.size} of {size} bytes)"
        )


def frame(payload: bytes) -> bytes:
    """Prefix `payload` with its size."""
    return SIZE.pack(len(payload)) + payload
