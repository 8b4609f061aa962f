"""A backend that is down or wrong: each case named, with its remedy, once, then reminded.

Real servers on loopback stand in for the wrong backends: a closed port, a name that
cannot resolve (`.invalid` is reserved for that), a listener that never answers, an HTTP
server and a TLS server (its certificate made here with `cryptography`).
"""

from __future__ import annotations

import contextlib
import datetime
import http.server
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import REPO, free_port_range, start_gateway

TIMEOUT_MS = 400
CHECK_PORT = "check the port in KAFKA_BOOTSTRAP_SERVERS (a broker's Kafka listener)"


def _pem(tmp: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=1))
            .not_valid_after(now + datetime.timedelta(hours=1)).sign(key, hashes.SHA256()))
    path = tmp / "server.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return path


@contextlib.contextmanager
def silent_listener() -> Iterator[str]:
    """Accepts TCP connections (in the kernel's backlog) and never says a word."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        yield f"127.0.0.1:{sock.getsockname()[1]}"


@contextlib.contextmanager
def full_backlog() -> Iterator[str]:
    """A listener whose accept queue is full: the kernel drops new SYNs, connect() hangs."""
    with socket.socket() as sock, contextlib.ExitStack() as stack:
        sock.bind(("127.0.0.1", 0))
        sock.listen(0)
        for _ in range(4):
            filler = stack.enter_context(socket.socket())
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(sock.getsockname())
        yield f"127.0.0.1:{sock.getsockname()[1]}"


@contextlib.contextmanager
def http_server() -> Iterator[str]:
    class Quiet(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def tls_server(tmp: Path) -> Iterator[str]:
    """A TLS listener (Python's ssl): it resets a connection that does not speak TLS."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(_pem(tmp))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)

    def handle(conn: socket.socket) -> None:
        with contextlib.suppress(OSError), context.wrap_socket(conn, server_side=True) as tls:
            tls.recv(1)

    def accept() -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = sock.accept()
                threading.Thread(target=handle, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


@contextlib.contextmanager
def closed_port() -> Iterator[str]:
    yield f"127.0.0.1:{free_port_range(1)}"


@contextlib.contextmanager
def unresolvable() -> Iterator[str]:
    yield "kafka.sluice-test.invalid:9092"


def _run(bootstrap: str, log: Path, **settings: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "PYTHONUNBUFFERED": "1",
           "GATEWAY_BIND_HOST": "127.0.0.1", "GATEWAY_HTTP_PORT": str(free_port_range(1)),
           "GATEWAY_PORT_START": str(free_port_range(5)),
           "GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS": str(TIMEOUT_MS), **settings}
    return subprocess.Popen([sys.executable, "-m", "gateway", "run"], env=env, cwd=REPO,
                            stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def _wait_for(log: Path, needle: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text()
        if needle in text:
            return text
        time.sleep(0.05)
    raise AssertionError(f"{needle!r} not logged:\n{log.read_text()}")


CASES = {
    "refused": (closed_port, "connection refused: nothing listens there; " + CHECK_PORT
                + ", and that the brokers are running"),
    "unresolvable": (unresolvable, "name not resolved ("),
    "connect timeout": (full_backlog, "timed out: no connection within "
                        f"GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS={TIMEOUT_MS} ms; check the address,"
                        " firewalls and security groups, or raise "
                        "GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS"),
    "silent": (silent_listener, "timed out: connected, but nothing answered an ApiVersions "
               f"request within GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS={TIMEOUT_MS} ms; this does "
               f"not look like a Kafka broker: {CHECK_PORT}"),
    # (Python's HTTP server answers 400 to the Kafka bytes or 501 to the gateway's probe.)
    "http": (http_server, "not a Kafka broker: an HTTP server answered ('HTTP/1.0 @@STATUS@@'); "
             "check the port in KAFKA_BOOTSTRAP_SERVERS (a broker's Kafka listener), not a web "
             "or REST port"),
    "tls": (tls_server, "not a plaintext Kafka listener: a TLS server answered. The listener "
            "expects TLS: set KAFKA_SECURITY_PROTOCOL=SSL (or SASL_SSL with KAFKA_SASL_* "
            "credentials), and KAFKA_SSL_CA_LOCATION unless the system CAs sign its "
            "certificate"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_backend_problem_is_named_once_then_reminded(case: str, tmp_path: Path) -> None:
    make, message = CASES[case]
    with (make(tmp_path) if case == "tls" else make()) as bootstrap:  # type: ignore[operator]
        log = tmp_path / "node.log"
        node = _run(bootstrap, log, GATEWAY_BACKEND_REMINDER_INTERVAL_MS="1500")
        try:
            text = _wait_for(log, "still unavailable after", timeout=60)
            node.send_signal(signal.SIGTERM)
            assert node.wait(20) == 0
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(node.pid, signal.SIGKILL)
    pattern = re.escape(f"{bootstrap}: {message}").replace("@@STATUS@@", "[0-9]{3} [A-Za-z ]+")
    first = re.compile("sluice.backend: backend cluster unavailable: " + pattern)
    assert first.search(text), text
    # Logged once, then reminders (never the same error line again), all of one kind.
    errors = [line for line in text.splitlines() if " ERROR " in line]
    assert len(errors) == 1, text
    reminders = [line for line in text.splitlines() if "still unavailable after" in line]
    assert reminders and all(re.search(pattern, r) for r in reminders), text
    assert "Traceback" not in text


def test_startup_timeout_exits_non_zero_in_time(tmp_path: Path) -> None:
    with closed_port() as bootstrap:
        log = tmp_path / "node.log"
        started = time.monotonic()
        node = _run(bootstrap, log, GATEWAY_BACKEND_STARTUP_TIMEOUT_MS="2000")
        try:
            assert node.wait(20) == 1
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(node.pid, signal.SIGKILL)
        elapsed = time.monotonic() - started
    text = log.read_text()
    assert 2.0 <= elapsed < 10, elapsed
    assert ("CRITICAL [supervisor] sluice.supervisor: no bootstrap server answered within "
            f"GATEWAY_BACKEND_STARTUP_TIMEOUT_MS=2000 ms: {bootstrap}: connection refused"
            ) in text, text
    assert "Traceback" not in text and "worker 0 started" not in text


def test_run_time_backend_outage_is_named_once_and_its_end_logged(tmp_path: Path) -> None:
    with MockCluster(3) as cluster:
        gw = start_gateway(cluster, tmp_path, extra_env={
            "GATEWAY_METADATA_REFRESH_INTERVAL_MS": "200",
            "GATEWAY_BACKEND_REMINDER_INTERVAL_MS": "1000",
            "GATEWAY_UPSTREAM_CONNECT_TIMEOUT_MS": str(TIMEOUT_MS),
            "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
        })
        try:
            for broker in (1, 2, 3):
                cluster.broker_down(broker)
            # A reminder comes after a second: about five refreshes failed by then.
            gw.wait_for_log("backend cluster (broker list refresh) still unavailable", 30)
            for broker in (1, 2, 3):
                cluster.broker_up(broker)
            text = gw.wait_for_log("backend cluster (broker list refresh) reachable again", 30)
        finally:
            gw.stop()
    outage = [line.split(" sluice.backend: ")[1] for line in text.splitlines()
              if " ERROR " in line and "(broker list refresh) unavailable" in line]
    # One line per distinct failure (server and kind), not one per refresh (a broker going
    # down may first close connections, then refuse them: two kinds).
    assert len(outage) == len(set(outage)), outage
    assert len(outage) <= 2 * 3, outage
    assert any("connection refused" in line for line in outage), outage
    assert "Traceback" not in text
