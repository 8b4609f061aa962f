"""A trio stream read frame by frame, with OS errors translated at the boundary.

What a client sends is bounded in memory and in time. Memory: no buffer is allocated
for bytes that have not arrived (a large frame is read into a list of chunks, joined
when complete), and with a `RequestBudget` the bytes of incomplete frames count against
the worker's budget before they are read. Time: an incomplete frame must complete
within `request_timeout_s` of its first byte, and a stream with no traffic in either
direction for `idle_timeout_s` is closed. Both raise `LimitExceeded`, whose message is
the reason logged.

TIME-WAIT: the side of a TCP connection that closes first keeps the connection in
TIME-WAIT for a minute, holding an ephemeral port. Toward the broker that side would
be the gateway whenever a client goes away, and under connection churn thousands of
ports toward one broker pile up. When nothing is owed in either direction (no request
in flight, every written byte acknowledged), `reset_on_close_if_drained` makes the close
abortive (SO_LINGER 0, a RST): nothing can be lost, and neither side keeps TIME-WAIT.
The same holds under TLS (a `TlsStream` over the socket): Kafka brokers and clients
hang up without close_notify anyway.
"""

from __future__ import annotations

import contextlib
import fcntl
import math
import os
import socket
import struct
import termios

import trio

from gateway.protocol.errors import ProtocolError
from gateway.protocol.frames import FrameReader

from .budget import RequestBudget
from .tls_stream import TlsStream

# One read call asks for up to this much: large enough that a 1 MiB produce request
# takes a handful of system calls, small enough to bound a connection's read buffer.
RECEIVE_BYTES = 256 * 1024
# A frame at least this large is received outside the reader's buffer once its size is
# known: into chunks (from clients), or straight into a buffer of its size (from a
# broker, whose sizes the gateway trusts), saving copies of large frames.
DIRECT_READ_BYTES = 64 * 1024

_ERRORS = (trio.BrokenResourceError, trio.ClosedResourceError, OSError)
# Small reads land here before the frame reader copies them: no allocation per read. One
# per worker process: a read and its copy happen with no await between them.
_SCRATCH = memoryview(bytearray(RECEIVE_BYTES))


class PeerGone(Exception):
    """The other side closed or reset the connection."""


class LimitExceeded(Exception):
    """The peer broke a time limit; the message says which and by how much."""


class _LargeFrame:
    """A frame received in pieces: chunks as they arrive, or a preallocated buffer."""

    def __init__(self, size: int, start: bytes, preallocate: bool) -> None:
        self.size = size
        self.filled = len(start)
        self.buffer: bytearray | None = None
        self.chunks: list[bytes] = []
        if preallocate:
            self.buffer = bytearray(size)
            self.buffer[: len(start)] = start
        elif start:
            self.chunks.append(start)

    def take(self) -> bytes:
        if self.buffer is not None:
            # A bytearray is a bytes-like frame for every reader and writer of frames.
            return self.buffer  # type: ignore[return-value]
        return bytearray().join(self.chunks)  # type: ignore[return-value]


class FramedStream:
    """Reads whole Kafka frames from a trio stream and writes frames to it."""

    def __init__(
        self,
        stream: trio.abc.Stream,
        max_frame_bytes: int,
        *,
        budget: RequestBudget | None = None,
        request_timeout_s: float | None = None,
        idle_timeout_s: float | None = None,
        preallocate: bool = False,
    ) -> None:
        self.stream = stream
        self.reader = FrameReader(max_frame_bytes)
        self._socket = stream.socket if isinstance(stream, trio.SocketStream) else None
        # Reads go to the descriptor directly once trio says it is readable: one pass
        # through the scheduler per read, not two (trio's recv checkpoints after it).
        self._fd = self._socket.fileno() if self._socket is not None else -1
        self._sending = False
        self._send_turn = trio.lowlevel.ParkingLot()
        self.bytes_in = 0
        self.bytes_out = 0
        self.budget = budget
        self.request_timeout_s = request_timeout_s
        self.idle_timeout_s = idle_timeout_s
        self.preallocate = preallocate
        self.last_active = trio.current_time()
        self._frame_started: float | None = None
        self._large: _LargeFrame | None = None
        self._eof = False

    async def read_frame(self) -> bytes | None:
        """The next frame (size prefix included), or None at a clean end of stream.

        Raises ProtocolError for an oversized or truncated frame, PeerGone on reset,
        LimitExceeded when the request or idle timeout passes.
        """
        while True:
            frame = self._next_frame()
            if frame is not None:
                self._frame_taken()
                return frame
            if self._eof:
                if self._large is not None:
                    raise ProtocolError(
                        f"connection closed mid-frame ({self._large.filled - 4} of "
                        f"{self._large.size - 4} bytes)"
                    )
                return None
            deadline = self._deadline()
            if deadline == math.inf or self._socket is not None:
                # A socket read waits under the deadline only if it has to wait at all.
                await self._receive()
                continue
            with trio.move_on_at(deadline) as scope:
                await self._receive()
            if scope.cancelled_caught:
                self._check_deadline()

    def buffered_frame(self) -> bytes | None:
        """The next frame if it has already been received in full (no I/O), else None."""
        if self._large is not None:
            return None
        frame = self._next_frame()
        if frame is not None:
            self._frame_taken()
        return frame

    def _next_frame(self) -> bytes | None:
        large = self._large
        if large is not None:
            return large.take() if large.filled == large.size else None
        frame = self.reader.next_frame()  # raises on an oversized or truncated frame
        if frame is None:
            size = self.reader.pending_frame_size()
            if size is not None and size >= DIRECT_READ_BYTES:
                self._large = _LargeFrame(size, self.reader.take_buffered(), self.preallocate)
        return frame

    def _frame_taken(self) -> None:
        self._large = None
        # Bytes left over belong to the next frame, which started with the last read.
        self._frame_started = self.last_active if self.reader.buffered else None
        self._hold_budget()

    def _held(self) -> int:
        return self.reader.buffered + (self._large.filled if self._large is not None else 0)

    def _hold_budget(self, extra: int = 0) -> None:
        if self.budget is not None:
            self.budget.hold(self, self._held() + extra)

    def _deadline(self) -> float:
        if self._held():
            if self.request_timeout_s is None or self._frame_started is None:
                return math.inf
            return self._frame_started + self.request_timeout_s
        if self.idle_timeout_s is None:
            return math.inf
        return self.last_active + self.idle_timeout_s

    def _check_deadline(self) -> None:
        now = trio.current_time()
        if self._held() and self._frame_started is not None:
            assert self.request_timeout_s is not None
            if now >= self._frame_started + self.request_timeout_s:
                large = self._large
                got, size = (large.filled, large.size) if large else (
                    self.reader.buffered, self.reader.pending_frame_size())
                of = f" of {size - 4}" if size is not None else ""
                raise LimitExceeded(
                    f"request not complete within GATEWAY_REQUEST_TIMEOUT_MS="
                    f"{self.request_timeout_s * 1000:.0f} ({max(got - 4, 0)}{of} bytes "
                    f"received)"
                )
        elif self.idle_timeout_s is not None and now >= self.last_active + self.idle_timeout_s:
            raise LimitExceeded(
                f"idle for GATEWAY_CONNECTIONS_MAX_IDLE_MS={self.idle_timeout_s * 1000:.0f}"
            )

    async def _receive(self) -> None:
        large = self._large
        held_before = self._held()
        if large is not None and large.buffer is not None:
            n = await self._receive_into(large.buffer, large.filled)
        else:
            wanted = min(RECEIVE_BYTES, large.size - large.filled) if large else RECEIVE_BYTES
            if large is None:
                data = await self._receive_budgeted(wanted, scratch=True)
                n = len(data)
                self.reader.receive_data(data)  # b"" tells the reader the peer closed
            else:
                chunk = await self._receive_budgeted(wanted)
                n = len(chunk)
                if n:
                    large.chunks.append(bytes(chunk))
        if n == 0:
            self._eof = True
            return
        if large is not None:
            large.filled += n
        self.bytes_in += n
        self.last_active = trio.current_time()
        if held_before == 0:
            self._frame_started = self.last_active
        self._hold_budget()
        if large is not None and self._socket is not None:
            # Reads that find data do not wait, so the deadline is checked here, and other
            # connections get their turn between the chunks of a large frame.
            if self.request_timeout_s is not None:
                self._check_deadline()
            await trio.lowlevel.checkpoint()

    async def _receive_budgeted(self, wanted: int, scratch: bool = False
                                ) -> bytes | memoryview:
        """Bytes received; with `scratch`, a view of the worker's scratch buffer, valid
        until the next await (the frame reader copies them at once)."""
        budget, sock = self.budget, self._socket
        try:
            if sock is None:
                if budget is not None:
                    wanted = await budget.wait_for_room(self, wanted)
                return bytes(await self.stream.receive_some(wanted))
            while True:
                # Bytes count against the budget only once they are there to be read; the
                # read itself is synchronous (no other task can take the room meanwhile).
                room = wanted if budget is None else budget.room(self, wanted)
                if room:
                    try:
                        if scratch:
                            return _SCRATCH[:os.readv(self._fd, [_SCRATCH[:room]])]
                        return os.read(self._fd, room)
                    except BlockingIOError:
                        pass
                await self._wait_readable(sock, wanted)
        except _ERRORS as exc:
            raise PeerGone(str(exc) or type(exc).__name__) from exc
        finally:
            self._hold_budget()

    async def _wait_readable(self, sock: trio.socket.SocketType, wanted: int) -> None:
        """Wait until `sock` is readable (and, with a budget, has room for `wanted`
        bytes); LimitExceeded if the request or idle timeout passes meanwhile."""
        deadline = self._deadline()
        if deadline == math.inf and self.budget is None:
            await trio.lowlevel.wait_readable(sock)  # (a broker's stream: no cancel scope)
            return
        with trio.move_on_at(deadline) as scope:
            await trio.lowlevel.wait_readable(sock)
            if self.budget is not None and wanted:
                await self.budget.wait_for_room(self, wanted)
        if scope.cancelled_caught:
            self._check_deadline()

    async def _receive_into(self, buffer: bytearray, filled: int) -> int:
        if self._socket is None:
            data = await self._receive_budgeted(len(buffer) - filled)
            buffer[filled: filled + len(data)] = data
            return len(data)
        with memoryview(buffer) as view:
            try:
                while True:
                    try:
                        return os.readv(self._fd, [view[filled:]])
                    except BlockingIOError:
                        await self._wait_readable(self._socket, 0)
            except _ERRORS as exc:
                raise PeerGone(str(exc) or type(exc).__name__) from exc

    def feed(self, data: bytes) -> None:
        """Hand the frame reader bytes read before framing began (after a PROXY header)."""
        if data:
            self.reader.receive_data(data)
            self._frame_started = self.last_active
            self._hold_budget()

    async def receive_raw(self) -> bytes:
        """Bytes as they arrive, bypassing the frame reader (for a PROXY header)."""
        try:
            data = await self.stream.receive_some(RECEIVE_BYTES)
        except _ERRORS as exc:
            raise PeerGone(str(exc) or type(exc).__name__) from exc
        self.bytes_in += len(data)
        self.last_active = trio.current_time()
        return bytes(data)

    async def send(self, data: bytes) -> None:
        """Write bytes (one frame at a time, in call order); PeerGone when the peer has gone."""
        sock = self._socket
        try:
            if sock is None:
                await self.stream.send_all(data)
            else:
                while self._sending:  # another task's frame is half written
                    await self._send_turn.park()
                self._sending = True
                try:
                    await self._send_now(sock, data)
                finally:
                    self._sending = False
                    if self._send_turn:
                        self._send_turn.unpark()
        except _ERRORS as exc:
            raise PeerGone(str(exc) or type(exc).__name__) from exc
        self.bytes_out += len(data)
        self.last_active = trio.current_time()

    async def _send_now(self, sock: trio.socket.SocketType, data: bytes) -> None:
        # Written to the descriptor directly, waiting only when the socket buffer is full;
        # one checkpoint per frame, as trio's send_all has.
        with memoryview(data) as view:
            sent, total = 0, len(view)
            waited = False
            while True:
                with contextlib.suppress(BlockingIOError):
                    sent += os.write(self._fd, view[sent:])
                if sent >= total:
                    break
                await trio.lowlevel.wait_writable(sock)
                waited = True
        if not waited:
            await trio.lowlevel.cancel_shielded_checkpoint()

    def reset_on_close_if_drained(self) -> bool:
        """Make closing send a RST instead of a FIN if every byte written was acknowledged."""
        sock = self._socket
        if sock is None and isinstance(self.stream, TlsStream) and self.stream.drained:
            sock = self.stream.raw_socket  # a TLS connection to a broker
        if sock is None:
            return False
        try:
            queued = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0")
            if struct.unpack("i", queued)[0]:
                return False
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            return False
        return True

    async def aclose(self) -> None:
        """Close the stream (never raises) and give back the budget it held."""
        self._large = None
        if self.budget is not None:
            self.budget.hold(self, 0)
        with contextlib.suppress(*_ERRORS):
            await self.stream.aclose()
