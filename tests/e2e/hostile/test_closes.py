"""Every request is checked and every close explained: a broken later header, a broker that
hangs up, a client that half-closes (issue 7, 'every close is explained')."""

from __future__ import annotations

import json
import socket
import struct
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.frames import frame
from gateway.protocol.headers import encode_request_header
from tests.conftest import GatewayProcess
from tests.e2e.hostile.conftest import (
    api_versions_frame,
    close_line,
    closed_by_peer,
    healthy_traffic,
    read_frames,
    start_hostile_gateway,
    wait_until,
)
from tests.wire import METADATA_REQUEST


@pytest.fixture
def node(tmp_path: Path) -> Iterator[tuple[MockCluster, GatewayProcess, Path]]:
    """A private mock cluster (its brokers get broken) and a gateway writing an audit log."""
    with MockCluster(3, racks=("rack-a", "rack-b", "rack-c")) as cluster:
        cluster.set_group_initial_rebalance_delay(100)
        audit = tmp_path / "audit.jsonl"
        gw = start_hostile_gateway(cluster, tmp_path, GATEWAY_AUDIT_LOG_FILE=str(audit))
        try:
            yield cluster, gw, audit
        finally:
            gw.stop()


def _peer(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"{host}:{port}"


def _audited_close(audit: Path, peer: str) -> dict[str, Any]:
    def closed() -> list[dict[str, Any]]:
        if not audit.exists():
            return []
        events = [json.loads(line) for line in audit.read_text().splitlines()]
        return [e for e in events if e["type"] == "CONNECTION" and e["action"] == "closed"
                and e["connection"]["remoteAddress"] == peer]

    wait_until(lambda: bool(closed()), 10, f"the audited close of {peer}")
    return closed()[0]


def test_a_broken_second_request_header_closes_with_its_reason(
    node: tuple[MockCluster, GatewayProcess, Path],
) -> None:
    _, gw, audit = node
    with healthy_traffic(gw):
        with socket.create_connection((gw.advertised_host, gw.port_start), 5) as sock:
            peer = _peer(sock)
            sock.sendall(api_versions_frame(1))
            assert len(read_frames(sock, 1)) == 1  # the first request is fine
            # Metadata v1 whose client id length is -7: only a full header check sees it.
            sock.sendall(frame(struct.pack(">hhih", 3, 1, 2, -7) + b"\x00" * 4))
            assert closed_by_peer(sock, 5)
        reason = ("malformed Metadata v1 request header (correlation id 2): "
                  "invalid client id length -7")
        line = close_line(gw, peer)
        assert "to broker 1 (127.0.0.1:" in line and f"closed (protocol error): {reason};" in line
        assert _audited_close(audit, peer)["reason"] == f"protocol error: {reason}"


def test_a_broker_closing_closes_the_client_at_once(
    node: tuple[MockCluster, GatewayProcess, Path],
) -> None:
    cluster, gw, audit = node
    with healthy_traffic(gw):
        with socket.create_connection((gw.advertised_host, gw.port_start + 1), 5) as sock:
            peer = _peer(sock)
            sock.sendall(api_versions_frame(1))
            assert len(read_frames(sock, 1)) == 1  # connected through to broker 2
            cluster.broker_down(2)
            started = time.monotonic()
            try:
                # Nothing is due to this client, yet it learns at once.
                assert closed_by_peer(sock, 5)
                took = time.monotonic() - started
            finally:
                cluster.broker_up(2)
        print(f"client closed {took * 1000:.0f} ms after its broker went down")
        assert took < 2
        line = close_line(gw, peer)
        assert "to broker 2 (127.0.0.1:" in line and "closed (broker): " in line, line
        assert _audited_close(audit, peer)["reason"].startswith("broker: ")


def test_a_half_closed_client_gets_its_responses(
    node: tuple[MockCluster, GatewayProcess, Path],
) -> None:
    cluster, gw, audit = node
    with healthy_traffic(gw):
        cluster.set_rtt(1, 500)  # the answers are still on their way when the client closes
        try:
            with socket.create_connection((gw.advertised_host, gw.port_start), 5) as sock:
                peer = _peer(sock)
                metadata = frame(encode_request_header(3, 1, 2, "half")
                                 + METADATA_REQUEST.encode({"Topics": []}, 1))
                sock.sendall(api_versions_frame(1) + metadata)
                sock.shutdown(socket.SHUT_WR)
                responses = read_frames(sock, 3)
                assert closed_by_peer(sock, 5)
        finally:
            cluster.set_rtt(1, 0)
        assert [int.from_bytes(r[4:8], "big") for r in responses] == [1, 2]
        reason = "client closed its side; the 2 responses due were delivered first"
        assert f"closed (client): {reason};" in close_line(gw, peer)
        assert _audited_close(audit, peer)["reason"] == f"client: {reason}"
