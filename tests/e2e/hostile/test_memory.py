"""Attack: announce huge requests and send nothing else (issue 7, 'memory is budgeted')."""

from __future__ import annotations

import contextlib
import socket
import struct
import time
from pathlib import Path

from gateway.mock_cluster import MockCluster
from tests.e2e.hostile.conftest import (
    healthy_traffic,
    start_hostile_gateway,
    vm_rss_kib,
    worker_pid,
)

CONNECTIONS = 50
TIMEOUT_MS = 3000


def test_size_prefixes_alone_cost_no_memory_and_time_out(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    gw = start_hostile_gateway(mock_cluster, tmp_path,
                               GATEWAY_REQUEST_TIMEOUT_MS=str(TIMEOUT_MS))
    try:
        pid = worker_pid(gw)
        with healthy_traffic(gw):
            time.sleep(1)  # the healthy client is connected and warm before we measure
            before = vm_rss_kib(pid)
            attackers = []
            # One source address each (127.0.0.2, .3, ...): every peer has its own log budget.
            for i in range(CONNECTIONS):
                sock = socket.socket()
                sock.bind((f"127.0.0.{i + 2}", 0))
                sock.connect((gw.advertised_host, gw.port_start + i % gw.port_count))
                sock.sendall(struct.pack(">i", 100_000_000))  # 100 MB announced, 0 sent
                attackers.append(sock)
            sent_at = time.monotonic()
            time.sleep(1)
            grown_kib = vm_rss_kib(pid) - before
            print(f"worker RSS {before} KiB -> +{grown_kib} KiB with {CONNECTIONS} "
                  f"100 MB size prefixes pending")
            assert grown_kib < 10 * 1024, f"RSS grew by {grown_kib} KiB"

            closed_after = []
            for sock in attackers:
                sock.settimeout(TIMEOUT_MS / 1000 + 10)
                with contextlib.suppress(ConnectionResetError):
                    assert sock.recv(1) == b""
                closed_after.append(time.monotonic() - sent_at)
            # Closed at the timeout: not before it, and not much after.
            assert min(closed_after) >= TIMEOUT_MS / 1000 - 0.2, closed_after
            assert max(closed_after) < TIMEOUT_MS / 1000 + 5, closed_after
            peers = [f"{s.getsockname()[0]}:{s.getsockname()[1]}" for s in attackers]
            for sock in attackers:
                sock.close()
        log = gw.log_text()
        for peer in peers:
            lines = [line for line in log.splitlines() if f"connection from {peer} " in line]
            assert len(lines) == 1, (peer, lines)
            assert ("closed (timeout): request not complete within "
                    f"GATEWAY_REQUEST_TIMEOUT_MS={TIMEOUT_MS} (0 of 100000000 bytes received)"
                    in lines[0]), lines[0]
        assert len(gw.worker_pids()) == 1 and "died" not in log  # never restarted
    finally:
        gw.stop()
