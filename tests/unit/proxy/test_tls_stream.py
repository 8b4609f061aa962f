"""TlsStream takes over a session after trio.SSLStream's handshake, over in-memory streams."""

from __future__ import annotations

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


async def _pair(contexts: tuple[ssl.SSLContext, ssl.SSLContext]
                ) -> tuple[TlsStream, trio.SSLStream[trio.abc.Stream]]:
    server_ctx, client_ctx = contexts
    left, right = trio.testing.memory_stream_pair()
    keeper = BioKeepingContext(server_ctx)
    server = keeper.ssl_stream(left, server_side=True)
    client = trio.SSLStream(right, client_ctx, server_hostname="broker2.gw.localhost")
    async with trio.open_nursery() as nursery:
        nursery.start_soon(server.do_handshake)
        nursery.start_soon(client.do_handshake)
    return keeper.session(left), client


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
