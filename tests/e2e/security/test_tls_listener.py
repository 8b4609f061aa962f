"""The TLS listener against bad input, certificate rotation and mutual TLS.

Every bad connection is refused with one clear log line while a healthy TLS client,
running at the same time, delivers all its records and the worker lives on.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography import x509

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header
from tests.conftest import GatewayProcess
from tests.e2e.security.clients import ClientCert, librdkafka_config, ssl_context
from tests.e2e.security.conftest import ADVERTISED_HOST, Pki, make_pki, start_tls_gateway
from tests.kafka_helpers import produce_all, unique
from tests.unit.security.certs import issue, make_ca

HANDSHAKE_TIMEOUT_MS = 1000
API_VERSIONS_V0 = frame(encode_request_header(18, 0, 1, "plain-probe"))


@pytest.fixture
def gateway_and_pki(mock_cluster: MockCluster, tmp_path: Path
                    ) -> Iterator[tuple[GatewayProcess, Pki]]:
    pki = make_pki(tmp_path / "pki")
    gw = start_tls_gateway(mock_cluster, tmp_path, pki, {
        "GATEWAY_SSL_HANDSHAKE_TIMEOUT_MS": str(HANDSHAKE_TIMEOUT_MS),
        "GATEWAY_SSL_RELOAD_INTERVAL_MS": "200",
    })
    try:
        yield gw, pki
    finally:
        gw.stop()


def tls_connect(gw: GatewayProcess, pki: Pki, server_name: str = ADVERTISED_HOST,
                cert: ClientCert | None = None) -> ssl.SSLSocket:
    """A TLS connection to the gateway's one port, asking for `server_name`."""
    raw = socket.create_connection(("127.0.0.1", gw.port_start), timeout=10)
    return ssl_context(pki.ca_file, cert).wrap_socket(raw, server_hostname=server_name)


def api_versions(sock: socket.socket) -> int:
    """Send ApiVersions v0 and return the response's correlation id."""
    sock.sendall(API_VERSIONS_V0)
    size = struct.unpack(">i", _read(sock, 4))[0]
    reply = _read(sock, size)
    return int(struct.unpack(">i", reply[:4])[0])


def _read(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError(f"closed after {len(data)} of {n} bytes")
        data += chunk
    return data


def with_healthy_client(gw: GatewayProcess, pki: Pki, bad: Callable[[], None]) -> None:
    """Run `bad` while a TLS client produces 2,000 records, which must all be acknowledged."""
    topic = unique("tls-healthy")
    gw.mock_cluster.create_topic(topic, 4)
    errors: list[BaseException] = []

    def run_bad() -> None:
        try:
            bad()
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)

    thread = threading.Thread(target=run_bad)
    thread.start()
    sent = [f"ok-{i}".encode() for i in range(2000)]
    acked = produce_all(f"{ADVERTISED_HOST}:{gw.port_start}", topic, sent,
                        **librdkafka_config("SSL", pki.ca_file))
    thread.join(30)
    assert not errors, errors
    assert sorted(acked) == sorted(sent)
    assert gw.process.poll() is None
    assert len(gw.worker_pids()) == 1, "the worker was restarted"


def test_unknown_server_name_gets_unrecognized_name(
        gateway_and_pki: tuple[GatewayProcess, Pki]) -> None:
    gw, pki = gateway_and_pki

    def bad() -> None:
        with pytest.raises(ssl.SSLError, match="UNRECOGNIZED_NAME"):
            tls_connect(gw, pki, "kafka.example.com")

    with_healthy_client(gw, pki, bad)
    gw.wait_for_log("failed: unknown TLS server name 'kafka.example.com' (expected "
                    "gw.localhost or broker<broker id>.gw.localhost); answered with the "
                    "unrecognized_name alert")


def test_plaintext_kafka_request_on_the_tls_port(
        gateway_and_pki: tuple[GatewayProcess, Pki]) -> None:
    gw, pki = gateway_and_pki

    def bad() -> None:
        with socket.create_connection(("127.0.0.1", gw.port_start), timeout=10) as sock:
            sock.sendall(API_VERSIONS_V0)
            assert not sock.recv(100).startswith(b"\x00\x00"), "a Kafka answer in plaintext"

    with_healthy_client(gw, pki, bad)
    gw.wait_for_log("failed: client sent plaintext to a TLS listener")


def test_garbage_tls_record(gateway_and_pki: tuple[GatewayProcess, Pki]) -> None:
    gw, pki = gateway_and_pki

    def bad() -> None:
        with socket.create_connection(("127.0.0.1", gw.port_start), timeout=10) as sock:
            # A handshake record header announcing 64 bytes, then bytes that are no ClientHello.
            sock.sendall(b"\x16\x03\x01\x00\x40" + bytes(range(64)))
            sock.recv(100)

    with_healthy_client(gw, pki, bad)
    text = gw.wait_for_log("failed: TLS error ")
    (line,) = [x for x in text.splitlines() if "failed: TLS error " in x]
    assert "TLS handshake with 127.0.0.1:" in line
    assert line.endswith("failed: TLS error UNEXPECTED_MESSAGE"), line


def test_handshake_that_never_finishes_times_out(
        gateway_and_pki: tuple[GatewayProcess, Pki]) -> None:
    gw, pki = gateway_and_pki

    def bad() -> None:
        with socket.create_connection(("127.0.0.1", gw.port_start), timeout=10) as sock:
            sock.sendall(b"\x16\x03\x01")  # the start of a record, and then nothing
            started = time.monotonic()
            assert sock.recv(100) == b""  # the gateway hangs up
            assert time.monotonic() - started < 5

    with_healthy_client(gw, pki, bad)
    gw.wait_for_log(f"no TLS handshake within GATEWAY_SSL_HANDSHAKE_TIMEOUT_MS="
                    f"{HANDSHAKE_TIMEOUT_MS} (3 bytes received)")


def test_rotated_certificate_for_new_connections_open_ones_carry_on(
        gateway_and_pki: tuple[GatewayProcess, Pki]) -> None:
    gw, pki = gateway_and_pki
    old_serial = pki.server.cert.serial_number
    opened = tls_connect(gw, pki, "broker1.gw.localhost")
    try:
        assert api_versions(opened) == 1
        assert _serial(opened) == old_serial
        new = issue(pki.ca, ADVERTISED_HOST, dns=(ADVERTISED_HOST, f"*.{ADVERTISED_HOST}"))
        pki.write_server(new)
        deadline = time.monotonic() + 10
        while True:
            with tls_connect(gw, pki) as fresh:
                if _serial(fresh) == new.cert.serial_number:
                    break
            assert time.monotonic() < deadline, "new connections still get the old certificate"
            time.sleep(0.1)
        assert api_versions(opened) == 1  # the connection made before keeps working
        assert _serial(opened) == old_serial
    finally:
        opened.close()
    gw.wait_for_log("certificate files changed: new connections use the new certificate")


def _serial(sock: ssl.SSLSocket) -> int:
    der = sock.getpeercert(binary_form=True)
    assert der is not None
    return x509.load_der_x509_certificate(der).serial_number


@pytest.fixture
def mtls_gateway(mock_cluster: MockCluster, tmp_path: Path
                 ) -> Iterator[tuple[GatewayProcess, Pki]]:
    pki = make_pki(tmp_path / "pki")
    gw = start_tls_gateway(mock_cluster, tmp_path, pki, {
        "GATEWAY_SSL_CLIENT_AUTH": "REQUIRE",
        "GATEWAY_SSL_CA_LOCATION": pki.ca_file,
        "GATEWAY_SSL_PRINCIPAL_MAPPING_RULES": "RULE:^CN=(.*?),OU=.*$/$1/U,DEFAULT",
        "GATEWAY_AUDIT_LOG_FILE": str(tmp_path / "audit.jsonl"),
    })
    try:
        yield gw, pki
    finally:
        gw.stop()


def test_mtls_principal_in_audit_log_and_require_refuses_no_certificate(
        mtls_gateway: tuple[GatewayProcess, Pki], tmp_path: Path) -> None:
    gw, pki = mtls_gateway
    cert = ClientCert(pki.client_cert_file, pki.client_key_file)
    topic = unique("mtls")
    gw.mock_cluster.create_topic(topic, 2)
    sent = [f"m-{i}".encode() for i in range(200)]
    acked = produce_all(f"{ADVERTISED_HOST}:{gw.port_start}", topic, sent,
                        **librdkafka_config("SSL", pki.ca_file, cert))
    assert sorted(acked) == sorted(sent)

    audit = tmp_path / "audit.jsonl"
    deadline = time.monotonic() + 10
    principals: set[str | None] = set()
    while time.monotonic() < deadline:
        if audit.exists():
            events = [json.loads(line) for line in audit.read_text().splitlines() if line]
            principals = {e.get("principal") for e in events if e["type"] == "CONNECTION"}
            if principals:
                break
        time.sleep(0.1)
    assert principals == {"BILLING-SVC"}  # CN mapped by the rule, upper-cased (/U)

    with pytest.raises((ssl.SSLError, ConnectionError, OSError)):  # noqa: PT012
        sock = tls_connect(gw, pki)  # no client certificate
        api_versions(sock)  # TLS 1.3: the refusal may only show on the first read
    gw.wait_for_log("failed: TLS error PEER_DID_NOT_RETURN_A_CERTIFICATE")
    assert gw.process.poll() is None


def test_a_client_of_another_ca_is_refused(mtls_gateway: tuple[GatewayProcess, Pki],
                                           tmp_path: Path) -> None:
    gw, pki = mtls_gateway
    other = make_ca("Other CA")
    stranger = issue(other, "mallory", unit="Apps", client=True)
    (tmp_path / "s.pem").write_bytes(stranger.cert_pem())
    (tmp_path / "s.key").write_bytes(stranger.key_pem())
    with pytest.raises((ssl.SSLError, ConnectionError, OSError)):  # noqa: PT012
        sock = tls_connect(gw, pki, cert=ClientCert(str(tmp_path / "s.pem"),
                                                    str(tmp_path / "s.key")))
        api_versions(sock)
    gw.wait_for_log("failed: TLS error CERTIFICATE_VERIFY_FAILED")


def test_proxy_header_and_client_hello_in_one_segment(mock_cluster: MockCluster,
                                                      tmp_path: Path) -> None:
    """The bytes read past the PROXY header are the ClientHello's start: TLS gets them."""
    pki = make_pki(tmp_path / "pki")
    gw = start_tls_gateway(mock_cluster, tmp_path, pki, {
        "GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL": "true",
        "GATEWAY_HAPROXY_TRUSTED_CIDRS": "127.0.0.0/8",
    })
    try:
        incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        tls = ssl_context(pki.ca_file).wrap_bio(incoming, outgoing,
                                                server_hostname="broker2.gw.localhost")
        with pytest.raises(ssl.SSLWantReadError):
            tls.do_handshake()
        header = b"PROXY TCP4 192.0.2.10 127.0.0.1 51234 9092\r\n"
        with socket.create_connection(("127.0.0.1", gw.port_start), timeout=10) as sock:
            sock.sendall(header + outgoing.read())  # one write: header and ClientHello
            while True:
                try:
                    tls.do_handshake()
                    break
                except ssl.SSLWantReadError:
                    sock.sendall(outgoing.read())
                    data = sock.recv(65536)
                    assert data, "closed during the handshake"
                    incoming.write(data)
            sock.sendall(outgoing.read())
            tls.write(API_VERSIONS_V0)
            sock.sendall(outgoing.read())
            reply = b""
            while len(reply) < 8:
                try:
                    reply += tls.read(65536)
                except ssl.SSLWantReadError:
                    incoming.write(sock.recv(65536))
            assert struct.unpack(">i", reply[4:8])[0] == 1  # the ApiVersions answer
        gw.wait_for_log("(original source: 192.0.2.10:51234, original destination: "
                        "127.0.0.1:9092) to broker 2 (")
    finally:
        gw.stop()
