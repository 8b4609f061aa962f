"""Attack: hold thousands of idle connections, and run the node out of file descriptors."""

from __future__ import annotations

import contextlib
import re
import resource
import shutil
import socket
import time
from pathlib import Path

import pytest

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess
from tests.e2e.hostile.conftest import (
    api_versions_frame,
    broker_ports,
    close_line,
    closed_by_peer,
    healthy_traffic,
    raise_open_files_limit,
    read_frames,
    sockets_toward,
    start_hostile_gateway,
    tcp_sockets,
    time_wait_toward,
    vm_rss_kib,
    wait_until,
    worker_pid,
)
from tests.kafka_helpers import consume_partitions, produce_all, unique

IDLE = 2000
CHURN = 300


def _open_idle(gw_host: str, ports: range, count: int) -> list[socket.socket]:
    socks = []
    for i in range(count):
        sock = socket.socket()
        sock.setblocking(True)
        sock.connect((gw_host, ports[i % len(ports)]))
        socks.append(sock)
    return socks


def test_idle_connections_open_no_broker_connection(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    raise_open_files_limit(IDLE + 1000)
    gw = start_hostile_gateway(mock_cluster, tmp_path)
    try:
        pid = worker_pid(gw)
        brokers = broker_ports(mock_cluster)
        gateway_ports = set(gw.ports)
        with healthy_traffic(gw) as healthy:
            # Connected and warm: its broker connections are open before we count.
            wait_until(lambda: bool(healthy.acked), 30, "the healthy client's first batch")
            broker_sockets_before = sockets_toward(pid, brokers)
            rss_before = vm_rss_kib(pid)
            idle = _open_idle(gw.advertised_host, gw.ports, IDLE)
            try:
                # The worker has accepted them all...
                wait_until(lambda: sum(1 for local, _, state in tcp_sockets(pid)
                                       if local[1] in gateway_ports and state == 1) >= IDLE,
                           30, f"the worker to accept {IDLE} connections")
                rss_kib = vm_rss_kib(pid) - rss_before
                broker_sockets = sockets_toward(pid, brokers)
                print(f"{IDLE} idle connections: worker sockets toward brokers "
                      f"{broker_sockets_before} -> {broker_sockets}; RSS +{rss_kib} KiB "
                      f"({rss_kib * 1024 / IDLE / 1024:.1f} KiB per connection)")
                # ...and opened not one broker connection for them (the healthy client's
                # own broker connections are all there is).
                assert broker_sockets <= broker_sockets_before + 3, (
                    broker_sockets_before, broker_sockets)
                assert broker_sockets < 20
            finally:
                for sock in idle:
                    sock.close()
    finally:
        gw.stop()


def _try_client(gw_host: str, port: int) -> bool:
    """Whether a new client gets an ApiVersions answer within a second."""
    try:
        with socket.create_connection((gw_host, port), 2) as sock:
            sock.sendall(api_versions_frame(1))
            return len(read_frames(sock, 1, timeout=1)) == 1
    except OSError:
        return False


def test_out_of_file_descriptors_pauses_accepting_and_recovers(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    raise_open_files_limit(2000)
    gw = start_hostile_gateway(mock_cluster, tmp_path)
    try:
        pid = worker_pid(gw)
        limit = 128
        resource.prlimit(pid, resource.RLIMIT_NOFILE, (limit, limit))
        flood = _open_idle(gw.advertised_host, gw.ports, 2 * limit)
        try:
            # Repeated, at most once a second, while the flood holds the descriptors.
            wait_until(lambda: len(_out_of_fd_lines(gw)) >= 3, 15,
                       "three out-of-file-descriptors messages")
            assert not _try_client(gw.advertised_host, gw.port_start)  # still out of fds
            log = gw.log_text()
            messages = _out_of_fd_lines(gw)
            times = [_seconds(line) for line in messages]
            print(f"{len(messages)} out-of-fd messages in {times[-1] - times[0]:.1f} s")
            assert all(b - a >= 0.99 for a, b in zip(times, times[1:], strict=False)), times
            assert 3 <= len(messages) <= 6, messages
            assert (f"the limit is {limit} open files (hard limit {limit}); raise it with "
                    "`ulimit -n` before `sluice run`, or LimitNOFILE= in the systemd unit"
                    in messages[0]), messages[0]
            assert "unreachable" not in log
        finally:
            for sock in flood:
                with contextlib.suppress(OSError):
                    sock.close()
        # Connections closed: a new client works again, producing and consuming.
        wait_until(lambda: _try_client(gw.advertised_host, gw.port_start), 20,
                   "a new client to be served after the flood closed")
        topic = unique("after-emfile")
        mock_cluster.create_topic(topic, 1)
        values = [f"v{i}".encode() for i in range(20)]
        assert sorted(produce_all(gw.bootstrap, topic, values, timeout=30)) == sorted(values)
        assert sorted(consume_partitions(gw.bootstrap, topic, 1, len(values))) == sorted(values)
        assert len(gw.worker_pids()) == 1
    finally:
        gw.stop()


def _out_of_fd_lines(gw: GatewayProcess) -> list[str]:
    return [line for line in gw.log_text().splitlines() if "out of file descriptors" in line]


def _seconds(line: str) -> float:
    match = re.match(r"\d{4}-\d\d-\d\d (\d\d):(\d\d):(\d\d),(\d{3})", line)
    assert match, line
    h, m, s, ms = (int(g) for g in match.groups())
    return h * 3600 + m * 60 + s + ms / 1000


def test_connection_churn_leaves_no_time_wait_toward_the_broker(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    if shutil.which("ss") is None:
        pytest.skip("needs ss (iproute2)")
    gw = start_hostile_gateway(mock_cluster, tmp_path)
    try:
        brokers = broker_ports(mock_cluster)
        before = time_wait_toward(brokers)
        for _ in range(CHURN):
            with socket.create_connection((gw.advertised_host, gw.port_start), 5) as sock:
                sock.sendall(api_versions_frame(1))
                assert len(read_frames(sock, 1)) == 1
        after = time_wait_toward(brokers)
        print(f"{CHURN} client connections opened and closed: TIME-WAIT toward the brokers "
              f"{before} -> {after}; on the clients {time_wait_toward(set(gw.ports))}")
        # The gateway closed each broker connection with nothing owed: a reset, no TIME-WAIT
        # (other tests' clients talking to the same mock brokers may add a few).
        assert after - before < CHURN // 20
    finally:
        gw.stop()


def test_idle_connections_close_after_the_idle_limit(
    mock_cluster: MockCluster, tmp_path: Path
) -> None:
    gw = start_hostile_gateway(mock_cluster, tmp_path, GATEWAY_CONNECTIONS_MAX_IDLE_MS="1500")
    try:
        with healthy_traffic(gw), \
                socket.create_connection((gw.advertised_host, gw.port_start), 5) as idle, \
                socket.create_connection((gw.advertised_host, gw.port_start), 5) as busy:
            started = time.monotonic()
            peer = "{}:{}".format(*idle.getsockname()[:2])
            for i in range(8):  # a request every 0.5 s keeps `busy` open
                busy.sendall(api_versions_frame(i))
                assert len(read_frames(busy, 1)) == 1
                time.sleep(0.5)
            assert closed_by_peer(idle, 0.1)
            assert time.monotonic() - started >= 1.5
            line = close_line(gw, peer)
            assert "closed (timeout): idle for GATEWAY_CONNECTIONS_MAX_IDLE_MS=1500" in line
    finally:
        gw.stop()
