"""Attack: announce huge requests and send nothing else (issue 7, 'memory is budgeted')."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from pathlib import Path

from gateway.demo.mock_cluster import MockCluster
from tests.e2e.hostile.conftest import (
    closed_by_peer,
    healthy_traffic,
    start_hostile_gateway,
    tcp_sockets,
    vm_rss_kib,
    worker_pid,
)
from tests.kafka_helpers import holds_for, wait_until

CONNECTIONS = 50
TIMEOUT_MS = 3000


def accepted(pid: int, peers: list[socket.socket]) -> int:
    """How many of `peers` the worker holds an established connection from."""
    addresses = {sock.getsockname()[:2] for sock in peers}
    return sum(1 for _, remote, state in tcp_sockets(pid) if remote in addresses and state == 1)


def test_size_prefixes_alone_cost_no_memory_and_time_out(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    gw = start_hostile_gateway(mock_cluster, tmp_path,
                               GATEWAY_REQUEST_TIMEOUT_MS=str(TIMEOUT_MS))
    try:
        pid = worker_pid(gw)
        with healthy_traffic(gw) as healthy:
            # The healthy client is connected and warm before we measure.
            wait_until(lambda: healthy.acked, 30, "the healthy client's first batch")
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
            wait_until(lambda: accepted(pid, attackers) == CONNECTIONS, 10,
                       f"the worker to accept the {CONNECTIONS} attackers")
            # Sampled for the first second of the 3 s the prefixes stay pending.
            holds_for(lambda: vm_rss_kib(pid) - before < 10 * 1024, 1.0,
                      "RSS stays within 10 MiB of its level before the attack")
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


def test_half_sent_requests_beyond_the_budget_pause_reads(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    budget = 2 * 1024 * 1024
    attackers, sent_each, frame_size = 8, 4 * 1024 * 1024, 5 * 1024 * 1024
    gw = start_hostile_gateway(mock_cluster, tmp_path,
                               GATEWAY_REQUEST_TIMEOUT_MS=str(TIMEOUT_MS),
                               GATEWAY_MAX_QUEUED_REQUEST_BYTES=str(budget))
    try:
        pid = worker_pid(gw)
        with healthy_traffic(gw) as healthy:
            wait_until(lambda: healthy.acked, 30, "the healthy client's first batch")
            before = vm_rss_kib(pid)
            socks = []
            for i in range(attackers):
                sock = socket.socket()
                sock.bind((f"127.0.0.{i + 2}", 0))
                sock.connect((gw.advertised_host, gw.port_start))
                socks.append(sock)

            def send_part(sock: socket.socket) -> None:
                sock.settimeout(TIMEOUT_MS / 1000 + 5)
                with contextlib.suppress(OSError):
                    sock.sendall(struct.pack(">i", frame_size) + b"\x00" * sent_each)

            senders = [threading.Thread(target=send_part, args=(s,), daemon=True)
                       for s in socks]
            for sender in senders:
                sender.start()
            gw.wait_for_log("client reads paused: ")
            # Sampled for a second while the senders push against the paused reads.
            holds_for(lambda: vm_rss_kib(pid) - before < 12 * 1024, 1.0,
                      "RSS stays within 12 MiB of its level before the attack")
            grown_kib = vm_rss_kib(pid) - before
            print(f"{attackers} x {sent_each >> 20} MiB of half-sent requests, budget "
                  f"{budget >> 20} MiB: worker RSS +{grown_kib} KiB")
            # Without the budget the worker would hold 32 MiB of them.
            assert grown_kib < 12 * 1024, grown_kib
            for sock in socks:
                assert closed_by_peer(sock, TIMEOUT_MS / 1000 + 10)
                sock.close()
            for sender in senders:
                sender.join(10)
        line = next(line for line in gw.log_text().splitlines() if "client reads paused" in line)
        assert f"reach GATEWAY_MAX_QUEUED_REQUEST_BYTES={budget}" in line
        assert "died" not in gw.log_text()
    finally:
        gw.stop()
