"""Shared pieces of the hostile-client suite: a well-behaved client, /proc readings, raw frames.

Each test attacks a running `sluice run` and checks two things: the attack fails, and a
concurrent well-behaved confluent-kafka producer and consumer get all their data through.
"""

from __future__ import annotations

import contextlib
import os
import re
import resource
import socket
import struct
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol.frames import FrameReader, frame
from gateway.protocol.headers import encode_request_header
from tests.conftest import GatewayProcess, start_gateway
from tests.kafka_helpers import consume_group, produce_all, unique
from tests.wire import API_VERSIONS_REQUEST


class HealthyClient(threading.Thread):
    """A producer sending batches steadily while an attack runs."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        super().__init__(daemon=True)
        self.bootstrap, self.topic = bootstrap, topic
        self.stop = threading.Event()
        self.acked: list[bytes] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        i = 0
        try:
            while not self.stop.is_set():
                batch = [f"healthy-{i + j}".encode() for j in range(20)]
                self.acked += produce_all(self.bootstrap, self.topic, batch, timeout=30)
                i += 20
        except BaseException as exc:  # reported by finish()
            self.error = exc


@contextlib.contextmanager
def healthy_traffic(gateway: GatewayProcess, min_records: int = 20) -> Iterator[HealthyClient]:
    """Produce through the gateway during the block; then consume and compare everything."""
    topic = unique("healthy")
    gateway.mock_cluster.create_topic(topic, 2)
    client = HealthyClient(gateway.bootstrap, topic)
    client.start()
    try:
        yield client
    finally:
        client.stop.set()
        client.join(90)
    assert not client.is_alive(), "the healthy producer hung"
    assert client.error is None, f"the healthy producer failed: {client.error!r}"
    assert len(client.acked) >= min_records
    consumed = consume_group(gateway.bootstrap, topic, unique("healthy-group"),
                             expect=len(client.acked), idle_after=0.5)
    assert sorted(consumed) == sorted(client.acked), "the healthy client lost or doubled data"


def start_hostile_gateway(mock_cluster: MockCluster, tmp_path: Path, **env: str
                          ) -> GatewayProcess:
    """A gateway with internal load balancing off (no membership client in the worker)."""
    return start_gateway(mock_cluster, tmp_path, extra_env={
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false", **env})


def worker_pid(gateway: GatewayProcess) -> int:
    """The pid of the gateway's (single) worker, from 'worker N started (pid P)'."""
    deadline = time.monotonic() + 10
    while not (pids := gateway.worker_pids()):
        assert time.monotonic() < deadline, gateway.log_text()
        time.sleep(0.05)
    return pids[-1]


def vm_rss_kib(pid: int) -> int:
    """Resident memory of a process, from /proc/<pid>/status."""
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    assert match, status
    return int(match.group(1))


def _hex_address(text: str) -> tuple[str, int]:
    host_hex, port_hex = text.split(":")
    host = socket.inet_ntoa(struct.pack("<I", int(host_hex, 16)))
    return host, int(port_hex, 16)


def tcp_sockets(pid: int) -> list[tuple[tuple[str, int], tuple[str, int], int]]:
    """(local, remote, state) of each IPv4 TCP socket the process holds (01 = established)."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    found = []
    for line in Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[9] in inodes:
            found.append((_hex_address(fields[1]), _hex_address(fields[2]), int(fields[3], 16)))
    return found


def sockets_toward(pid: int, ports: set[int]) -> int:
    """How many of the process's TCP sockets are connected to one of `ports`."""
    return sum(1 for _, remote, _ in tcp_sockets(pid) if remote[1] in ports)


def broker_ports(cluster: MockCluster) -> set[int]:
    """The TCP ports of the mock cluster's brokers."""
    return {port for _, port in cluster.broker_addresses().values()}

def time_wait_toward(ports: set[int]) -> int:
    """TIME-WAIT sockets on this machine whose peer port is one of `ports` (needs `ss`)."""
    out = subprocess.run(["ss", "-tanH", "state", "time-wait"], capture_output=True,
                         text=True, check=True).stdout
    return sum(1 for line in out.splitlines()
               if int(line.split()[3].rsplit(":", 1)[1]) in ports)



def raise_open_files_limit(wanted: int) -> None:
    """Raise this test process's soft RLIMIT_NOFILE (within the hard limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        if hard != resource.RLIM_INFINITY and hard < wanted:
            pytest.skip(f"needs {wanted} open files; the hard limit is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll `condition` until it holds; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


def api_versions_frame(correlation_id: int, client_id: str = "hostile") -> bytes:
    """An ApiVersions v0 request frame."""
    return frame(encode_request_header(18, 0, correlation_id, client_id)
                 + API_VERSIONS_REQUEST.encode({}, 0))


def read_frames(sock: socket.socket, count: int, timeout: float = 10.0) -> list[bytes]:
    """Read `count` response frames (fewer if the peer closes first)."""
    sock.settimeout(timeout)
    reader = FrameReader()
    frames: list[bytes] = []
    while len(frames) < count:
        data = sock.recv(65536)
        reader.receive_data(data)
        while (got := reader.next_frame()) is not None:
            frames.append(got)
        if not data:
            break
    return frames


def closed_by_peer(sock: socket.socket, timeout: float) -> bool:
    """Whether the peer closes (FIN or reset) within `timeout`, with nothing sent to us."""
    sock.settimeout(timeout)
    try:
        return sock.recv(65536) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def close_line(gw: GatewayProcess, peer: str) -> str:
    """The one INFO line logged when the connection from `peer` closed."""
    gw.wait_for_log(f"connection from {peer} ")
    lines = [line for line in gw.log_text().splitlines() if f"connection from {peer} " in line]
    assert len(lines) == 1, lines  # one line per close
    assert " INFO " in lines[0]
    return lines[0]
