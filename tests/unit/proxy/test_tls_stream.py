"""TlsStream takes over a session after trio.SSLStream's handshake, over in-memory streams."""

from __future__ import annotations

import socket
import ssl
from pathlib import Path

import pytest
import trio
import trio.testing

from gateway.proxy.tls_stream import BioKeepingContext, TlsStream
from gateway.security.tls import ServerTls, server_context
from tests.unit.security.certs import issue, make_ca

CA = make_ca()
SERVER = issue(CA, "gw.localhost", dns=("gw.localhost", "*.gw.localhost"))


@pytest.fixture
def contexts(tmp_path: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    (tmp_path / "c.pem").write_bytes(SERVER.cert_pem())
    (tmp_path / "k.pem").write_bytes(SERVER.key_pem())
    server = server_context(ServerTls(cert_location=str(tmp_path / "c.pem"),
                                      key_location=str(tmp_path / "k.pem")))
    server.num_tickets = 0
    client = ssl.create_default_context(cadata=CA.cert_pem().decode())
    return server, client


async def _over(contexts: tuple[ssl.SSLContext, ssl.SSLContext], left: trio.abc.Stream,
                right: trio.abc.Stream
                ) -> tuple[TlsStream, trio.SSLStream[trio.abc.Stream], BioKeepingContext]:
    """A server TlsStream over `left` after the handshake with a client over `right`."""
    server_ctx, client_ctx = contexts
    keeper = BioKeepingContext(server_ctx)
    client = trio.SSLStream(right, client_ctx, server_hostname="broker2.gw.localhost")
    async with trio.open_nursery() as nursery:
        nursery.start_soon(keeper.ssl_stream(left, server_side=True).do_handshake)
        nursery.start_soon(client.do_handshake)
    return keeper.session(left), client, keeper


async def _pair(contexts: tuple[ssl.SSLContext, ssl.SSLContext]
                ) -> tuple[TlsStream, trio.SSLStream[trio.abc.Stream]]:
    server, client, _ = await _over(contexts, *trio.testing.memory_stream_pair())
    return server, client


async def test_many_small_records_are_read_in_one_call(
        contexts: tuple[ssl.SSLContext, ssl.SSLContext]) -> None:
    server, client = await _pair(contexts)
    for i in range(50):  # fifty records of 100 bytes, as librdkafka writes a request
        await client.send_all(bytes([i]) * 100)
    got = await server.receive_some(1 << 20)
    assert got == b"".join(bytes([i]) * 100 for i in range(50))


async def test_bounded_by_max_bytes_and_rest_kept(
        contexts: tuple[ssl.SSLContext, ssl.SSLContext]) -> None:
    server, client = await _pair(contexts)
    await client.send_all(b"x" * 5000)
    first = await server.receive_some(1000)
    rest = b""
    while len(first) + len(rest) < 5000:
        rest += await server.receive_some(1 << 20)
    assert len(first) == 1000 and first + rest == b"x" * 5000


async def test_both_directions_and_peer_close(
        contexts: tuple[ssl.SSLContext, ssl.SSLContext]) -> None:
    server, client = await _pair(contexts)
    await server.send_all(b"response" * 10_000)
    got = b""
    while len(got) < 80_000:
        got += await client.receive_some(1 << 20)
    assert got == b"response" * 10_000
    await client.transport_stream.aclose()  # a Kafka client hangs up without close_notify
    assert await server.receive_some(100) == b""


async def test_tampered_record_is_a_broken_stream(
        contexts: tuple[ssl.SSLContext, ssl.SSLContext]) -> None:
    server, _client = await _pair(contexts)
    server._incoming.write(b"\x17\x03\x03\x00\x20" + b"\x00" * 32)  # forged application data
    with pytest.raises(trio.BrokenResourceError, match="TLS error"):
        await server.receive_some(100)


async def test_a_cancelled_read_still_writes_what_tls_queued_whole(
        contexts: tuple[ssl.SSLContext, ssl.SSLContext], autojump_clock: object) -> None:
    # What OpenSSL writes while reading (a TLS 1.3 key update answer) stands in here as
    # bytes queued in the outgoing BIO. Over a Unix socket pair with small buffers a write
    # of them takes many rounds, as a socket write to a slow peer does.
    a, b = trio.socket.socketpair()
    for sock in (a, b):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    right = trio.SocketStream(b)
    server, _client, keeper = await _over(contexts, trio.SocketStream(a), right)
    assert keeper.outgoing is not None
    queued = bytes(range(256)) * 1000
    keeper.outgoing.write(queued)
    assert not server.drained
    got = bytearray()

    async def slow_peer() -> None:
        while len(got) < len(queued):
            got.extend(await right.receive_some(1000))
            await trio.sleep(0.01)

    with trio.move_on_after(60) as waited:  # a torn write leaves the peer waiting
        async with trio.open_nursery() as nursery:
            nursery.start_soon(slow_peer)
            with trio.move_on_after(0.05):  # the read's own timeout, mid-write
                await server.receive_some(100)
    assert not waited.cancelled_caught, f"{len(got)} of {len(queued)} bytes arrived"
    assert bytes(got) == queued and server.drained


async def test_a_read_gives_up_writing_to_a_peer_that_reads_nothing(
        contexts: tuple[ssl.SSLContext, ssl.SSLContext], autojump_clock: object) -> None:
    server, _client, keeper = await _over(contexts, *trio.testing.lockstep_stream_pair())
    assert keeper.outgoing is not None
    keeper.outgoing.write(b"q" * 100)
    started = trio.current_time()
    with pytest.raises(trio.BrokenResourceError, match="took no data for 10 s"):
        await server.receive_some(100)
    assert trio.current_time() - started == pytest.approx(10.0)
