"""Starting and stopping a node as an operator does: Ctrl-C in a terminal, SIGTERM.

`sluice demo` and `sluice run` run under a pseudo-terminal, so Ctrl-C is what a terminal
makes of it: the line discipline sends SIGINT to the whole foreground process group
(supervisor and workers). SIGTERM goes to the whole process group, as systemd, Docker and
Kubernetes send it. Either way: exit code 0, no traceback, one "draining" line and one
"stopped" line, and no worker reported as died or restarted.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
from confluent_kafka import Producer

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import REPO, free_port_range

# Makes the pty the controlling terminal of the new session, then becomes `sluice`.
_ON_A_TERMINAL = (
    "import fcntl, os, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
    "os.execv(sys.executable, [sys.executable, '-m', 'gateway', *sys.argv[1:]])"
)


class Terminal:
    """A `sluice` command running on a pseudo-terminal, its output collected."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        master, slave = os.openpty()
        self.master = master
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ON_A_TERMINAL, *args], stdin=slave, stdout=slave,
            stderr=slave, cwd=REPO, start_new_session=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
        os.close(slave)
        self._output = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:  # EIO: every holder of the terminal's slave side is gone
                return
            if not data:
                return
            self._output += data

    @property
    def output(self) -> str:
        return self._output.decode(errors="replace").replace("\r\n", "\n")

    def wait_for(self, pattern: str, count: int = 1, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(re.findall(pattern, self.output)) >= count:
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"{pattern!r} x{count} not seen:\n{self.output[-4000:]}")

    def ctrl_c(self) -> None:
        os.write(self.master, b"\x03")

    def finish(self, timeout: float = 30) -> int:
        code = self.process.wait(timeout)
        self._reader.join(5)
        os.close(self.master)
        return code

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def backend() -> Iterator[MockCluster]:
    with MockCluster(3) as cluster:
        yield cluster


def _run_env(backend: MockCluster, port: int, workers: int = 2) -> dict[str, str]:
    return {"KAFKA_BOOTSTRAP_SERVERS": backend.bootstrap_servers,
            "GATEWAY_BIND_HOST": "127.0.0.1", "GATEWAY_HTTP_PORT": str(free_port_range(1)),
            "GATEWAY_ADVERTISED_HOST": "127.0.0.1",
            "GATEWAY_PORT_START": str(port), "GATEWAY_WORKERS": str(workers),
            "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
            "GATEWAY_SHUTDOWN_DELAY_BETWEEN_BROKERS_MS": "0"}


def assert_clean_stop(output: str, signame: str) -> None:
    assert "Traceback" not in output, output
    assert not re.search(r"died|restarting|crash|while draining|did not drain", output), output
    assert len(re.findall(rf"received {signame}: draining \d+ workers?…", output)) == 1, output
    assert len(re.findall(r"draining", output)) == 1, output
    assert len(re.findall(r"node stopped", output)) == 1, output


def test_ctrl_c_stops_the_demo_cleanly() -> None:
    port = free_port_range(5)
    term = Terminal(["demo", "--port", str(port)])
    try:
        term.wait_for("Sluice ready")
        term.ctrl_c()
        assert term.finish() == 0, term.output
    finally:
        term.kill()
    assert_clean_stop(term.output, "SIGINT")


def test_ctrl_c_stops_run_cleanly(backend: MockCluster) -> None:
    port = free_port_range(5)
    term = Terminal(["run"], _run_env(backend, port))
    try:
        term.wait_for("Sluice ready", count=2)
        term.ctrl_c()
        assert term.finish() == 0, term.output
    finally:
        term.kill()
    assert_clean_stop(term.output, "SIGINT")


def test_ctrl_c_while_waiting_for_the_backend(backend: MockCluster) -> None:
    port = free_port_range(5)
    env = {**_run_env(backend, port), "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}"}
    term = Terminal(["run"], env)
    try:
        term.wait_for("connection refused")
        term.ctrl_c()
        assert term.finish() == 0, term.output
    finally:
        term.kill()
    assert "Traceback" not in term.output
    assert "stopped before the backend cluster answered" in term.output


@pytest.mark.parametrize("workers", [1, 2])
def test_sigterm_to_the_process_group_is_not_a_crash(backend: MockCluster, workers: int,
                                                      tmp_path: object) -> None:
    port = free_port_range(5)
    process = subprocess.Popen(
        [sys.executable, "-m", "gateway", "run"], cwd=REPO, start_new_session=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **_run_env(backend, port, workers)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert process.stdout is not None
    output = []
    try:
        for line in process.stdout:
            output.append(line)
            if sum("Sluice ready" in x for x in output) == workers:
                break
        os.killpg(process.pid, signal.SIGTERM)
        rest, _ = process.communicate(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0
    assert_clean_stop("".join(output) + rest, "SIGTERM")


def test_second_ctrl_c_does_not_wait_for_the_drain(backend: MockCluster) -> None:
    port = free_port_range(5)
    env = {**_run_env(backend, port, workers=1),
           "GATEWAY_SHUTDOWN_DELAY_BETWEEN_BROKERS_MS": "60000"}
    term = Terminal(["run"], env)
    producer = None
    try:
        term.wait_for("Sluice ready")
        # Open client connections, so the drain pauses a minute between brokers.
        producer = Producer({"bootstrap.servers": f"127.0.0.1:{port}"})
        for partition in range(4):  # connections to the partitions' leaders stay open
            producer.produce("second-ctrl-c", b"x", partition=partition)
        assert producer.flush(20) == 0
        term.ctrl_c()
        term.wait_for(r"closing \d+ connections to broker")
        started = time.monotonic()
        term.ctrl_c()
        assert term.finish() == 0, term.output
        assert time.monotonic() - started < 10
    finally:
        term.kill()
    assert "received SIGINT again: not waiting for the drain; killing the workers" in term.output
    assert "Traceback" not in term.output
