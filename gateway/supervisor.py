"""A node: one supervisor process and GATEWAY_WORKERS worker processes.

The supervisor reads the backend once to fix the port map (so every worker listens on
the same ports), then starts workers with the `spawn` method -- librdkafka's threads and
fork() do not mix. Workers share the ports through SO_REUSEPORT. A worker that dies is
restarted after an exponential backoff; more than GATEWAY_WORKER_MAX_RESTARTS deaths
within GATEWAY_WORKER_RESTART_WINDOW_MS is a crash loop, and the node stops with a
message saying so rather than restarting forever.

Signal handlers only record the signal; the loop acts on it. SIGTERM or SIGINT drains:
each worker stops accepting, closes its connections broker by broker, and exits; after
GATEWAY_SHUTDOWN_TIMEOUT_MS the stragglers are killed.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.process
import os
import signal
import socket
import time
from collections import deque
from dataclasses import dataclass, field
from types import FrameType

import msgspec
import trio

from gateway import metrics
from gateway.config import GatewayConfig

log = logging.getLogger("sluice.supervisor")

POLL_S = 0.1
MAX_BACKOFF_S = 10.0


def describe_exit(exitcode: int | None) -> str:
    """'exit code N' or 'signal NAME' for a finished process."""
    if exitcode is None:
        return "still running"
    if exitcode < 0:
        try:
            return f"killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def worker_main(config: GatewayConfig, worker_id: int) -> None:
    """Entry point of a worker process."""
    from gateway.cli import setup_logging
    from gateway.proxy.server import serve

    # Ctrl-C reaches the whole process group; the supervisor decides what happens.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    setup_logging(config.gateway_log_level, f"worker-{worker_id}")
    metrics.start_worker(config)
    trio.run(lambda: serve(config, reuse_port=True, worker_id=worker_id))


@dataclass
class _Worker:
    worker_id: int
    process: multiprocessing.process.BaseProcess | None = None
    started_at: float = 0.0
    consecutive_crashes: int = 0
    restart_at: float | None = None


@dataclass
class Supervisor:
    """Starts, watches and stops the worker processes of one node."""

    config: GatewayConfig
    workers: list[_Worker] = field(default_factory=list)
    crashes: deque[float] = field(default_factory=deque)
    stop_signal: int | None = None

    def __post_init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self.workers = [_Worker(i) for i in range(self.config.workers)]

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        self.stop_signal = signum

    def _start(self, worker: _Worker) -> None:
        process = self._context.Process(
            target=worker_main, args=(self.config, worker.worker_id),
            name=f"sluice-worker-{worker.worker_id}",
        )
        process.start()
        worker.process, worker.restart_at = process, None
        worker.started_at = time.monotonic()
        log.info("worker %d started (pid %d)", worker.worker_id, process.pid)

    def run(self) -> int:
        """Run until a signal (exit 0) or a crash loop (exit 1)."""
        signal.signal(signal.SIGTERM, self._on_signal)
        signal.signal(signal.SIGINT, self._on_signal)
        self.config = metrics.start_node(self.config)
        for worker in self.workers:
            self._start(worker)
        while self.stop_signal is None:
            time.sleep(POLL_S)
            if not self._watch():
                self._stop_workers()
                return 1
        log.info("received %s: draining %d workers",
                 signal.Signals(self.stop_signal).name, len(self.workers))
        self._stop_workers()
        return 0

    def _watch(self) -> bool:
        """Restart dead workers; False when the node is in a crash loop."""
        now = time.monotonic()
        window = self.config.gateway_worker_restart_window_ms / 1000
        for worker in self.workers:
            process = worker.process
            if process is not None and not process.is_alive():
                process.join()
                worker.process = None
                self.crashes.append(now)
                while self.crashes and self.crashes[0] < now - window:
                    self.crashes.popleft()
                log.error("worker %d (pid %s) died: %s", worker.worker_id, process.pid,
                          describe_exit(process.exitcode))
                metrics.worker_exited(process.pid)
                if len(self.crashes) > self.config.gateway_worker_max_restarts:
                    log.critical(
                        "crash loop: %d worker deaths within %.0f s "
                        "(GATEWAY_WORKER_MAX_RESTARTS=%d); stopping the node",
                        len(self.crashes), window, self.config.gateway_worker_max_restarts,
                    )
                    return False
                if now - worker.started_at > window:
                    worker.consecutive_crashes = 0  # it had been healthy for a whole window
                backoff = min(0.5 * 2 ** worker.consecutive_crashes, MAX_BACKOFF_S)
                worker.consecutive_crashes += 1
                worker.restart_at = now + backoff
                log.info("restarting worker %d in %.1f s", worker.worker_id, backoff)
            if worker.restart_at is not None and now >= worker.restart_at:
                metrics.worker_restarted()
                self._start(worker)
        return True

    def _stop_workers(self) -> None:
        running = [w.process for w in self.workers if w.process is not None]
        for process in running:
            if process.is_alive() and process.pid is not None:
                os.kill(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + self.config.gateway_shutdown_timeout_ms / 1000
        for process in running:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                log.warning("worker pid %s did not drain in time; killing it", process.pid)
                process.kill()
                process.join()
        log.info("node stopped")
        metrics.stop_node()


def run_node(config: GatewayConfig) -> int:
    """Start the admin API, fix the port map from the backend, then supervise the workers."""
    from admin_api.server import start_admin_api

    try:
        admin = start_admin_api(config)  # before discovery: /health/ready says what is missing
    except OSError as exc:
        log.error("%s", exc.strerror)
        return 1
    try:
        return _run_node(config)
    finally:
        admin.stop()


def _run_node(config: GatewayConfig) -> int:
    from gateway.proxy.server import discover_backend, port_map_for

    cluster = trio.run(discover_backend, config)
    port_map = port_map_for(config, cluster)
    config = msgspec.structs.replace(
        config,
        gateway_port_start=port_map.port_start,
        gateway_port_count=port_map.port_count,
        gateway_min_brokerid=port_map.min_broker_id,
    )
    busy = ports_in_use(config.gateway_bind_host, port_map.ports)
    if busy:
        log.error("cannot listen on %s port(s) %s: already in use (another Sluice or "
                  "another program); choose a free range with GATEWAY_PORT_START",
                  config.gateway_bind_host, ", ".join(map(str, busy)))
        return 1
    log.info("node %s: %d workers on ports %d-%d", config.node_id, config.workers,
             port_map.ports[0], port_map.ports[-1])
    return Supervisor(config).run()


def ports_in_use(host: str, ports: range) -> list[int]:
    """The ports another process already listens on (checked before starting workers)."""
    busy = []
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    for port in ports:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host, port))
            except (OSError, OverflowError):  # in use, or past 65535
                busy.append(port)
    return busy
