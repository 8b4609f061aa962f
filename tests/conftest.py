"""Helpers shared by every test suite: the repo root, free ports, `sluice run` processes.

Nothing here imports a Kafka client library or opens a socket at import time, so the unit
tests run with no broker, no librdkafka and no network (tests/unit/test_isolation.py checks
it). The broker fixtures live in tests/e2e/conftest.py.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from gateway.demo.mock_cluster import MockCluster

REPO = Path(__file__).resolve().parent.parent


def pytest_configure(config: object) -> None:
    """Let the `sluice` subprocesses the tests start cache their bytecode.

    The suite starts a few hundred `python -m gateway` processes (each `sluice run` is a
    supervisor plus spawned workers). With PYTHONDONTWRITEBYTECODE set, as some images do,
    each one compiles gateway/, membership/ and admin_api/ from source again: about 0.4 s
    of CPU per process. The cache goes to the usual (git-ignored) __pycache__ directories.
    """
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    # pytest-xdist workers inherit this environment, and must all collect the same tests:
    # one hash seed for the run keeps parametrizations over sets in the same order.
    os.environ.setdefault("PYTHONHASHSEED", str(random.randrange(1, 2**32)))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put the parametrized cases of each test function in the order of their ids.

    Some tests are parametrized over a set of enum members hashed by identity, whose order
    differs from process to process; pytest-xdist needs every worker to collect the same
    list in the same order. The functions keep their order; only each one's cases sort.
    Runs first: pytest then groups the tests by the parameters of module-scoped fixtures.
    """
    cases: dict[tuple[str, str], list[pytest.Item]] = {}
    for item in items:
        function = getattr(item, "originalname", item.name)
        cases.setdefault((item.parent.nodeid if item.parent else "", function), []).append(item)
    items[:] = [case for group in cases.values()
                for case in sorted(group, key=lambda case: case.nodeid)]


def pytest_report_header() -> str:
    """The run's hash seed: PYTHONHASHSEED=<it> repeats the run's set orders."""
    return f"PYTHONHASHSEED={os.environ.get('PYTHONHASHSEED')}"


def _below_ephemeral_ports() -> int:
    """The first port the kernel hands to outgoing connections (Linux; else 32768)."""
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def worker_port_span() -> range:
    """The ports this test process may hand out: its own slice when pytest-xdist runs.

    Below the ephemeral range (a port free now but in that range can be taken by any
    outgoing connection before the gateway binds it), split evenly between the xdist
    workers, so two workers never pick the same free port at the same moment.
    """
    low, top = 10000, min(_below_ephemeral_ports(), 60000)
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")  # gw0, gw1, ...
    index = int(worker.removeprefix("gw")) if worker.startswith("gw") else 0
    width = (top - low) // max(workers, 1)
    return range(low + index * width, low + (index + 1) * width)


def free_port_range(count: int, host: str = "127.0.0.1") -> int:
    """A start port such that `count` consecutive ports are free on `host`.

    Chosen in this process's `worker_port_span`.
    """
    span = worker_port_span()
    for _ in range(200):
        start = random.randrange(span.start, span.stop - count)
        socks = []
        try:
            for port in range(start, start + count):
                s = socket.socket()
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                s.bind((host, port))
                socks.append(s)
            return start
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no free port range found")


@dataclass
class GatewayProcess:
    """A `sluice run` subprocess in front of a mock cluster."""

    mock_cluster: MockCluster
    port_start: int
    port_count: int
    advertised_host: str
    log_path: Path
    process: subprocess.Popen[bytes]
    env: dict[str, str] = field(default_factory=dict)

    @property
    def bootstrap(self) -> str:
        return f"{self.advertised_host}:{self.port_start}"

    @property
    def ports(self) -> range:
        return range(self.port_start, self.port_start + self.port_count)

    @property
    def admin_url(self) -> str:
        return f"http://{self.env['GATEWAY_BIND_HOST']}:{self.env['GATEWAY_HTTP_PORT']}"

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, needle: str, timeout: float = 10.0) -> str:
        """Wait until `needle` appears in the log; return the log."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.log_text()
            if needle in text:
                return text
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} not logged within {timeout}s:\n{self.log_text()[-3000:]}")

    def kill_node(self) -> None:
        """kill -9 the whole node: supervisor and workers."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def worker_pids(self) -> list[int]:
        """Pids of the workers started so far, oldest first."""
        return [int(p) for p in re.findall(r"worker \d+ started \(pid (\d+)\)", self.log_text())]

    def wait_started(self, timeout: float = 20) -> None:
        """Wait until the node logs "Sluice ready"; stop it and fail if it never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"gateway exited with {self.process.returncode}:\n{self.log_text()}")
            if "Sluice ready" in self.log_text():
                return
            time.sleep(0.05)
        self.stop()
        raise AssertionError(f"gateway did not start:\n{self.log_text()}")

    def stop(self, terminated: bool = False) -> None:
        """SIGTERM (unless `terminated` says it was sent), wait, then kill what is left."""
        if self.process.poll() is None:
            if not terminated:
                self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill_node()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)  # no orphaned worker survives


def stop_gateways(gateways: list[GatewayProcess]) -> None:
    """Stop several nodes side by side: SIGTERM to each, then wait for each."""
    for gw in gateways:
        if gw.process.poll() is None:
            gw.process.terminate()
    for gw in gateways:
        gw.stop(terminated=True)


def start_gateway(
    mock_cluster: MockCluster, tmp_dir: Path, extra_env: dict[str, str] | None = None,
    port_count: int = 5, host: str = "127.0.0.1", port_start: int | None = None,
    advertised_host: str | None = None,
) -> GatewayProcess:
    """Start `sluice run` and wait until it accepts connections."""
    gw = launch_gateway(mock_cluster, tmp_dir, extra_env, port_count, host, port_start,
                        advertised_host)
    gw.wait_started()
    return gw


def launch_gateway(
    mock_cluster: MockCluster, tmp_dir: Path, extra_env: dict[str, str] | None = None,
    port_count: int = 5, host: str = "127.0.0.1", port_start: int | None = None,
    advertised_host: str | None = None,
) -> GatewayProcess:
    """Start `sluice run` without waiting: several nodes can start side by side."""
    if port_start is None:
        port_start = free_port_range(port_count, host)
    advertised_host = advertised_host or host
    env = {
        **os.environ,
        "KAFKA_BOOTSTRAP_SERVERS": mock_cluster.bootstrap_servers,
        "GATEWAY_BIND_HOST": host,
        "GATEWAY_ADVERTISED_HOST": advertised_host,
        "GATEWAY_PORT_START": str(port_start),
        "GATEWAY_PORT_COUNT": str(port_count),
        "PYTHONUNBUFFERED": "1",
        "GATEWAY_WORKERS": "1",
        "GATEWAY_SHUTDOWN_DELAY_BETWEEN_BROKERS_MS": "100",
        "GATEWAY_HTTP_PORT": str(free_port_range(1, host)),
        **(extra_env or {}),
    }
    log_path = tmp_dir / f"gateway-{host}-{port_start}.log"
    log_file = open(log_path, "wb")  # noqa: SIM115 - the process owns it
    process = subprocess.Popen(
        [sys.executable, "-m", "gateway", "run"], env=env, stdout=log_file,
        stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True,
    )
    return GatewayProcess(mock_cluster, port_start, port_count, advertised_host, log_path,
                          process, env)
