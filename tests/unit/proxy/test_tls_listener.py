"""The TLS listener's handshake over in-memory streams: routing, refusals, diagnosis, timeout."""

from __future__ import annotations

import logging
import ssl
from pathlib import Path

import pytest
import trio
import trio.testing
from cryptography.hazmat.primitives.serialization import Encoding

from gateway.config import GatewayConfig
from gateway.log_limits import LogLimiter
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header
from gateway.proxy.tls_listener import ClientTls, TlsListener
from tests.unit.security.certs import issue, make_ca

CA = make_ca()
SERVER = issue(CA, "gw.localhost", dns=("gw.localhost", "*.gw.localhost"))
CLIENT = issue(CA, "billing-svc", unit="Apps", client=True)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    out = {}
    for name, data in (("cert", SERVER.cert_pem()), ("key", SERVER.key_pem()),
                       ("ca", CA.cert_pem()), ("ccert", CLIENT.cert_pem()),
                       ("ckey", CLIENT.key_pem())):
        (tmp_path / name).write_bytes(data)
        out[name] = str(tmp_path / name)
    return out


def listener(files: dict[str, str], **settings: object) -> TlsListener:
    config = GatewayConfig(
        kafka_bootstrap_servers="b:1", gateway_advertised_host="gw.localhost",
        gateway_security_protocol="SSL", gateway_routing_mechanism="host",
        gateway_ssl_cert_location=files["cert"], gateway_ssl_key_location=files["key"],
        gateway_ssl_handshake_timeout_ms=2000, **settings)
    return TlsListener(config, LogLimiter(logging.getLogger("sluice.proxy")))


async def handshake(tls: TlsListener, server_name: str | None, files: dict[str, str],
                    cert: bool = False, trailing: bool = False) -> tuple[ClientTls | None, str]:
    """Run the listener's handshake against a trio TLS client; the server's result and the
    client's error (empty when it completed)."""
    server_end, client_end = trio.testing.memory_stream_pair()
    context = ssl.create_default_context(cafile=files["ca"])
    context.check_hostname = server_name is not None
    if cert:
        context.load_cert_chain(files["ccert"], files["ckey"])
    client = trio.SSLStream(client_end, context, server_hostname=server_name)
    result: list[ClientTls | None] = []
    error = ""

    async def client_side() -> None:
        nonlocal error
        try:
            await client.do_handshake()
            await client.send_all(b"ping")
        except trio.BrokenResourceError as exc:
            error = str(exc.__cause__)

    async def server_side() -> None:
        result.append(await tls.handshake(server_end, b"", "10.0.0.1:5000", "10.0.0.1"))

    async with trio.open_nursery() as nursery:
        nursery.start_soon(server_side)
        nursery.start_soon(client_side)
    return result[0], error


@pytest.mark.parametrize("name, broker", [("broker2.gw.localhost", 2), ("gw.localhost", None),
                                          (None, None)])
async def test_server_name_selects_the_broker(files: dict[str, str], name: str | None,
                                              broker: int | None) -> None:
    done, error = await handshake(listener(files), name, files)
    assert not error and done is not None
    assert done.broker_id == broker
    assert done.established.server_name == name
    assert await done.stream.receive_some(100) == b"ping"


async def test_unknown_name_gets_the_unrecognized_name_alert(
        files: dict[str, str], caplog: pytest.LogCaptureFixture) -> None:
    done, error = await handshake(listener(files), "kafka.example.com", files)
    assert done is None
    assert "TLSV1_UNRECOGNIZED_NAME" in error
    assert ("TLS handshake with 10.0.0.1:5000 failed: unknown TLS server name "
            "'kafka.example.com' (expected gw.localhost or broker<broker id>.gw.localhost); "
            "answered with the unrecognized_name alert") in caplog.text


async def test_mtls_principal_from_the_mapping_rules(files: dict[str, str]) -> None:
    tls = listener(files, gateway_ssl_client_auth="REQUIRE", gateway_ssl_ca_location=files["ca"],
                   gateway_ssl_principal_mapping_rules="RULE:^CN=(.*?),OU=.*$/$1/,DEFAULT")
    done, error = await handshake(tls, "gw.localhost", files, cert=True)
    assert not error and done is not None
    assert done.principal == "billing-svc"
    assert done.established.peer_certificate == CLIENT.cert.public_bytes(Encoding.DER)


async def test_a_subject_no_rule_maps_is_refused(files: dict[str, str],
                                                  caplog: pytest.LogCaptureFixture) -> None:
    tls = listener(files, gateway_ssl_client_auth="REQUIRE", gateway_ssl_ca_location=files["ca"],
                   gateway_ssl_principal_mapping_rules="RULE:^CN=(.*?),OU=Ops,.*$/$1/")
    done, _ = await handshake(tls, "gw.localhost", files, cert=True)
    assert done is None
    assert "no principal mapping rule applies to `CN=billing-svc,OU=Apps,O=Sluice Tests`" \
        in caplog.text


async def _raw(tls: TlsListener, data: bytes, close: bool = True) -> None:
    server_end, client_end = trio.testing.memory_stream_pair()
    await client_end.send_all(data)
    if close:
        await client_end.send_eof()
    assert await tls.handshake(server_end, b"", "10.0.0.1:5000", "10.0.0.1") is None


async def test_plaintext_kafka_is_recognised(files: dict[str, str],
                                             caplog: pytest.LogCaptureFixture) -> None:
    await _raw(listener(files), frame(encode_request_header(18, 3, 1, "rdkafka")))
    assert "failed: client sent plaintext to a TLS listener" in caplog.text


async def test_http_is_recognised(files: dict[str, str],
                                  caplog: pytest.LogCaptureFixture) -> None:
    await _raw(listener(files), b"GET / HTTP/1.1\r\nHost: gw\r\n\r\n")
    assert "failed: client sent HTTP to a TLS listener" in caplog.text


async def test_garbage_is_not_tls(files: dict[str, str],
                                  caplog: pytest.LogCaptureFixture) -> None:
    await _raw(listener(files), b"\xde\xad\xbe\xef" * 4)
    assert "failed: client sent bytes that are not TLS to a TLS listener (first bytes " \
           "de ad be ef de ad be ef)" in caplog.text


async def test_handshake_timeout(files: dict[str, str], caplog: pytest.LogCaptureFixture,
                                 autojump_clock: trio.testing.MockClock) -> None:
    start = trio.current_time()
    await _raw(listener(files), b"\x16\x03\x01", close=False)
    assert trio.current_time() - start == pytest.approx(2.0)
    assert ("failed: no TLS handshake within GATEWAY_SSL_HANDSHAKE_TIMEOUT_MS=2000 "
            "(3 bytes received)") in caplog.text


async def test_prefix_bytes_are_read_first(files: dict[str, str]) -> None:
    """Bytes read with a PROXY header are the ClientHello's start."""
    tls = listener(files)
    server_end, client_end = trio.testing.memory_stream_pair()
    hello_in, hello_out = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ssl.create_default_context(cafile=files["ca"]).wrap_bio(
        hello_in, hello_out, server_hostname="broker3.gw.localhost")
    with pytest.raises(ssl.SSLWantReadError):
        obj.do_handshake()
    hello = hello_out.read()

    async def client_side() -> None:
        while True:
            try:
                obj.do_handshake()
                break
            except ssl.SSLWantReadError:
                hello_in.write(await client_end.receive_some(65536))
        await client_end.send_all(hello_out.read())

    async with trio.open_nursery() as nursery:
        nursery.start_soon(client_side)
        done = await tls.handshake(server_end, hello, "p", "h")
    assert done is not None and done.broker_id == 3
