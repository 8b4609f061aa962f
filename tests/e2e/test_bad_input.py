"""Malformed input closes at most the offending connection, with a clear log line."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable

import pytest

from gateway.protocol.headers import encode_request_header
from tests.conftest import GatewayProcess
from tests.kafka_helpers import consume_group, produce_all, unique
from tests.wire import API_VERSIONS_RESPONSE


def _frame(payload: bytes) -> bytes:
    return struct.pack(">i", len(payload)) + payload


def _send_and_wait_close(gateway: GatewayProcess, data: bytes, half_close: bool = False
                         ) -> tuple[str, bytes]:
    """Send raw bytes; return our address and whatever came back before the close."""
    with socket.create_connection((gateway.advertised_host, gateway.port_start), 5) as sock:
        host, port = sock.getsockname()[:2]
        sock.sendall(data)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        sock.settimeout(10)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
        return f"{host}:{port}", received


CASES: dict[str, tuple[bytes, bool, str]] = {
    "2 GiB frame": (struct.pack(">i", 2**31 - 1), False, "exceeds the maximum"),
    "negative size": (struct.pack(">i", -5), False, "negative frame size"),
    "truncated frame": (struct.pack(">i", 100) + b"x" * 10, True, "closed mid-frame"),
    "garbage (HTTP)": (b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", False, "exceeds the maximum"),
    "garbage (short frame)": (_frame(b"\x01\x02"), False, "has no header"),
    "unknown API key": (_frame(encode_request_header(999, 0, 1, "bad")), False,
                        "unknown API key 999"),
    "too-new Metadata": (_frame(encode_request_header(3, 99, 1, "bad") + b"\x00" * 8), False,
                         "Metadata v99 is not supported"),
}


class HealthyClient(threading.Thread):
    """A client producing steadily while the bad input arrives."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        super().__init__(daemon=True)
        self.bootstrap, self.topic = bootstrap, topic
        self.stop = threading.Event()
        self.acked: list[bytes] = []

    def run(self) -> None:
        i = 0
        while not self.stop.is_set():
            batch = [f"healthy-{i + j}".encode() for j in range(50)]
            self.acked += produce_all(self.bootstrap, self.topic, batch, timeout=20)
            i += 50


@pytest.fixture
def healthy_client(gateway: GatewayProcess) -> Callable[[], list[bytes]]:
    topic = unique("healthy")
    gateway.mock_cluster.create_topic(topic, 2)
    client = HealthyClient(gateway.bootstrap, topic)
    client.start()

    def finish() -> list[bytes]:
        client.stop.set()
        client.join(60)
        assert not client.is_alive()
        consumed = consume_group(gateway.bootstrap, topic, unique("healthy-group"),
                                 expect=len(client.acked), idle_after=0.5)
        assert sorted(consumed) == sorted(client.acked)
        return client.acked

    return finish


def test_bad_input_closes_only_that_connection(
    gateway: GatewayProcess, healthy_client: Callable[[], list[bytes]]
) -> None:
    for name, (data, half_close, reason) in CASES.items():
        peer, received = _send_and_wait_close(gateway, data, half_close)
        assert received == b"", name
        log = gateway.wait_for_log(reason)
        lines = [line for line in log.splitlines() if reason in line and peer in line]
        assert lines, f"{name}: no log line naming {peer} and {reason!r}"
    acked = healthy_client()
    assert len(acked) >= 50
    assert gateway.process.poll() is None


def test_too_new_api_versions_gets_unsupported_version_and_connection_stays(
    gateway: GatewayProcess,
) -> None:
    with socket.create_connection((gateway.advertised_host, gateway.port_start), 5) as sock:
        sock.settimeout(5)
        for correlation_id, version in ((11, 42), (12, 0)):
            sock.sendall(_frame(encode_request_header(18, version, correlation_id, "probe")))
            size = struct.unpack(">i", sock.recv(4, socket.MSG_WAITALL))[0]
            reply = sock.recv(size, socket.MSG_WAITALL)
            assert struct.unpack(">i", reply[:4])[0] == correlation_id
            body, _ = API_VERSIONS_RESPONSE.decode(reply, 0, 4)
            ranges = {k["ApiKey"]: (k["MinVersion"], k["MaxVersion"]) for k in body["ApiKeys"]}
            if version == 42:
                assert body["ErrorCode"] == 35  # UNSUPPORTED_VERSION, v0 body
            else:
                assert body["ErrorCode"] == 0
            assert ranges[18][1] <= 2   # the mock broker speaks ApiVersions v0-v2
            assert ranges[3] == (0, 13)  # Metadata: the broker's range within ours
            assert 0 in ranges and ranges[0][0] == 0  # Produce keeps v0
