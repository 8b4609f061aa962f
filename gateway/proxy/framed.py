"""A trio stream read frame by frame, with OS errors translated at the boundary."""

from __future__ import annotations

import contextlib

import trio

from gateway.protocol.errors import ProtocolError
from gateway.protocol.frames import FrameReader

# One read call asks for up to this much: large enough that a 1 MiB produce request
# takes a handful of system calls, small enough to bound a connection's read buffer.
RECEIVE_BYTES = 256 * 1024
# A frame at least this large is received straight into its own buffer once its size is
# known, instead of through the reader's buffer: two fewer copies of every large
# Produce request and Fetch response.
DIRECT_READ_BYTES = 64 * 1024


class PeerGone(Exception):
    """The other side closed or reset the connection."""


class FramedStream:
    """Reads whole Kafka frames from a trio stream and writes frames to it."""

    def __init__(self, stream: trio.abc.Stream, max_frame_bytes: int) -> None:
        self.stream = stream
        self.reader = FrameReader(max_frame_bytes)
        self._socket = stream.socket if isinstance(stream, trio.SocketStream) else None
        self.bytes_in = 0
        self.bytes_out = 0

    async def read_frame(self) -> bytes | None:
        """The next frame (size prefix included), or None at a clean end of stream.

        Raises ProtocolError for an oversized or truncated frame, PeerGone on reset.
        """
        while True:
            frame = self.reader.next_frame()
            if frame is not None:
                return frame
            if self.reader.at_eof:
                return None
            pending = self.reader.pending_frame_size()
            if pending is not None and pending >= DIRECT_READ_BYTES and self._socket is not None:
                return await self._read_rest_of_frame(pending)
            try:
                data = await self.stream.receive_some(RECEIVE_BYTES)
            except (trio.BrokenResourceError, trio.ClosedResourceError, OSError) as exc:
                raise PeerGone(str(exc) or type(exc).__name__) from exc
            self.bytes_in += len(data)
            self.reader.receive_data(data)

    async def _read_rest_of_frame(self, size: int) -> bytes:
        frame = bytearray(size)
        buffered = self.reader.take_buffered()
        frame[: len(buffered)] = buffered
        filled = len(buffered)
        assert self._socket is not None
        with memoryview(frame) as view:
            while filled < size:
                try:
                    n = await self._socket.recv_into(view[filled:])
                except (trio.BrokenResourceError, trio.ClosedResourceError, OSError) as exc:
                    raise PeerGone(str(exc) or type(exc).__name__) from exc
                if n == 0:
                    raise ProtocolError(
                        f"connection closed mid-frame ({filled - 4} of {size - 4} bytes)"
                    )
                filled += n
                self.bytes_in += n
        # A bytearray is a bytes-like frame for every reader and writer of frames.
        return frame  # type: ignore[return-value]

    async def receive_raw(self) -> bytes:
        """Bytes as they arrive, bypassing the frame reader (for a PROXY header)."""
        try:
            data = await self.stream.receive_some(RECEIVE_BYTES)
        except (trio.BrokenResourceError, trio.ClosedResourceError, OSError) as exc:
            raise PeerGone(str(exc) or type(exc).__name__) from exc
        self.bytes_in += len(data)
        return bytes(data)

    async def send(self, data: bytes) -> None:
        """Write bytes; raises PeerGone when the peer has gone."""
        try:
            await self.stream.send_all(data)
        except (trio.BrokenResourceError, trio.ClosedResourceError, OSError) as exc:
            raise PeerGone(str(exc) or type(exc).__name__) from exc
        self.bytes_out += len(data)

    async def aclose(self) -> None:
        """Close the stream (never raises)."""
        with contextlib.suppress(trio.BrokenResourceError, OSError):
            await self.stream.aclose()
