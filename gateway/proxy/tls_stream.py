"""A TLS session over a trio stream after its handshake, reading many records per call.

trio.SSLStream does the handshake (alerts, timeouts and all); for the data that follows,
its `receive_some` decrypts one TLS record per call, and clients such as librdkafka
write a Produce request as many small records (about 1 KiB each, one per buffer it
hands OpenSSL). One trio call per record made TLS produce five times slower than
plaintext. `TlsStream` takes over the same `SSLObject` and memory BIOs once the
handshake is done: a read feeds the incoming BIO with whatever the socket has (up to
`RECEIVE_BYTES`) and decrypts every complete record in it, up to the bytes asked for.

Reads and writes may come from different tasks at once: reads never wait on the
transport's send side except to flush what the TLS library queued while reading (TLS
1.3 key updates), and a lock keeps that from racing a write. That flush is shielded
from the read's cancellation (a read under a timeout is cancelled often), for at most
FLUSH_TIMEOUT_S. Renegotiation is refused
by the context (OP_NO_RENEGOTIATION), so reading never needs the peer to write first.
Both the client listener and the TLS connections toward the brokers use it.
"""

from __future__ import annotations

import ssl
from typing import cast

import trio

# Ciphertext read from the socket at once: a few records of 16 KiB.
RECEIVE_BYTES = 256 * 1024
# How long a read may spend writing what the TLS library queued while reading.
FLUSH_TIMEOUT_S = 10.0


class BioKeepingContext:
    """An SSLContext stand-in that keeps the SSLObject and memory BIOs it makes.

    With them a `TlsStream` takes over after trio.SSLStream's handshake; and when the
    handshake fails, trio drops the bytes still queued in the outgoing BIO, which hold the
    alert that tells the client why (`unrecognized_name`, a certificate refused): the
    listener sends them itself.
    """

    def __init__(self, context: ssl.SSLContext) -> None:
        self.context = context
        self.incoming: ssl.MemoryBIO | None = None
        self.outgoing: ssl.MemoryBIO | None = None
        self.ssl_object: ssl.SSLObject | None = None

    def wrap_bio(self, incoming: ssl.MemoryBIO, outgoing: ssl.MemoryBIO,
                 server_side: bool = False, server_hostname: str | None = None,
                 session: ssl.SSLSession | None = None) -> ssl.SSLObject:
        """The context's SSLObject; it and its BIOs are kept."""
        self.incoming, self.outgoing = incoming, outgoing
        self.ssl_object = self.context.wrap_bio(
            incoming, outgoing, server_side=server_side, server_hostname=server_hostname,
            session=session)
        return self.ssl_object

    def ssl_stream(self, transport: trio.abc.Stream, **kwargs: object
                   ) -> trio.SSLStream[trio.abc.Stream]:
        """A trio.SSLStream over `transport` that makes its SSLObject here, for the handshake."""
        return trio.SSLStream(transport, cast(ssl.SSLContext, self), **kwargs)  # type: ignore[arg-type]

    def session(self, transport: trio.abc.Stream) -> TlsStream:
        """The TlsStream that carries on once the handshake of `ssl_stream` is done."""
        assert self.ssl_object and self.incoming and self.outgoing, "no handshake yet"
        return TlsStream(transport, self.ssl_object, self.incoming, self.outgoing)


class TlsStream(trio.abc.Stream):
    """Application data of an established TLS session, over `transport`."""

    def __init__(self, transport: trio.abc.Stream, ssl_object: ssl.SSLObject,
                 incoming: ssl.MemoryBIO, outgoing: ssl.MemoryBIO) -> None:
        self.transport = transport
        self.ssl_object = ssl_object
        self._incoming = incoming
        self._outgoing = outgoing
        self._send_lock = trio.Lock()
        self._eof = False

    @property
    def raw_socket(self) -> trio.socket.SocketType | None:
        """The TCP socket under the session, when the transport is a trio.SocketStream."""
        transport = self.transport
        return transport.socket if isinstance(transport, trio.SocketStream) else None

    @property
    def drained(self) -> bool:
        """Whether nothing encrypted is waiting to be written to the transport."""
        return not self._outgoing.pending

    def getpeercert(self, binary_form: bool = True) -> bytes | None:
        """The peer's certificate (DER), if it sent one."""
        return self.ssl_object.getpeercert(binary_form=True)

    def _decrypt(self, max_bytes: int) -> bytes:
        """Plaintext decrypted from the records already received, up to max_bytes."""
        parts: list[bytes] = []
        got = 0
        while got < max_bytes:
            try:
                data = self.ssl_object.read(max_bytes - got)
            except ssl.SSLWantReadError:
                break
            except ssl.SSLZeroReturnError:  # close_notify
                self._eof = True
                break
            except ssl.SSLError as exc:
                raise trio.BrokenResourceError(f"TLS error: {exc.reason or exc}") from exc
            if not data:
                self._eof = True
                break
            parts.append(data)
            got += len(data)
        return b"".join(parts)

    async def receive_some(self, max_bytes: int | None = None) -> bytes:
        """Decrypted bytes (at least one unless the peer closed), at most max_bytes."""
        wanted = max_bytes or RECEIVE_BYTES
        while True:
            data = self._decrypt(wanted)
            if self._outgoing.pending:
                await self._flush_shielded()
            if data or self._eof:
                if not data:
                    await trio.lowlevel.checkpoint()
                return data
            received = await self.transport.receive_some(RECEIVE_BYTES)
            if not received:
                # The peer closed the socket without close_notify (as Kafka clients do).
                self._eof = True
                return b""
            self._incoming.write(received)

    async def send_all(self, data: bytes | bytearray | memoryview) -> None:
        """Encrypt and write `data`."""
        try:
            self.ssl_object.write(data)
        except ssl.SSLError as exc:
            raise trio.BrokenResourceError(f"TLS error: {exc.reason or exc}") from exc
        await self._flush()

    async def _flush_shielded(self) -> None:
        # What the TLS library wrote while reading (a TLS 1.3 key update answer): a read
        # cancelled halfway through writing it would leave a torn record on the wire, so
        # the write is shielded from cancellation -- for a bounded time, since a peer
        # that reads nothing could otherwise hold it forever.
        with trio.CancelScope(shield=True):
            with trio.move_on_after(FLUSH_TIMEOUT_S):
                await self._flush()
                return
        raise trio.BrokenResourceError(
            f"TLS: the peer took no data for {FLUSH_TIMEOUT_S:.0f} s")

    async def _flush(self) -> None:
        if not self._outgoing.pending:
            return
        async with self._send_lock:
            data = self._outgoing.read()
            if data:
                await self.transport.send_all(data)

    async def wait_send_all_might_not_block(self) -> None:
        """As the transport."""
        await self.transport.wait_send_all_might_not_block()

    async def aclose(self) -> None:
        """Close the transport (without close_notify, as Kafka brokers do)."""
        await self.transport.aclose()
