"""A node: one supervisor process and GATEWAY_WORKERS worker processes.

The supervisor reads the backend once to fix the port map, checks the settings that can
only fail at run time (the port range, the audit file: reported as configuration errors,
exit 2, never as worker crashes), then binds every listening socket itself -- without
SO_REUSEPORT, so the ports are this node's alone: a second node on the same range fails
at bind with a clear message, however the two start (ports are taken in ascending order
and a failure frees them all, so of two nodes started together exactly one gets the
range) -- and starts the workers, which accept() on those shared sockets (the
gunicorn/hypercorn model).

Hand-off: workers are started with multiprocessing's `spawn` method (librdkafka's threads
and fork() do not mix), and the bound `socket.socket` objects are simply arguments of the
worker's Process. Under spawn, multiprocessing pickles a socket as `DupFd(fd)`: the
spawning Popen adds the fd to the `pass_fds` of the fork+exec, and the child rebuilds a
socket on the same descriptor. Nothing else is needed (no fd-passing over a Unix socket,
no SO_REUSEPORT), and a restarted worker gets the same sockets again.

A worker that dies is restarted after an exponential backoff; more than
GATEWAY_WORKER_MAX_RESTARTS deaths within GATEWAY_WORKER_RESTART_WINDOW_MS is a crash
loop, and the node stops with a message saying so rather than restarting forever.

Signal handlers only record the signal; the loop acts on it. SIGTERM or SIGINT (also when
sent to the whole process group, as systemd, Docker, Kubernetes and a terminal's Ctrl-C
do) drains: the supervisor logs "draining" once, closes its copies of the listening
sockets, sends SIGTERM to each worker (again every second, in case one was still starting
up), and workers stop accepting, close their connections broker by broker and exit 0;
after GATEWAY_SHUTDOWN_TIMEOUT_MS the stragglers are killed. A worker that exits while
the node is stopping is never reported as a crash. Workers are spawned with SIGINT
ignored, so a Ctrl-C reaches only the supervisor's decision, even during their start-up.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import multiprocessing.process
import os
import signal
import socket
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from types import FrameType
from typing import Final, TypeVar

import msgspec
import trio

from gateway import metrics
from gateway.config import ConfigError, GatewayConfig
from gateway.proxy.backend import ClusterInfo

log = logging.getLogger("sluice.supervisor")

POLL_S: Final = 0.1
MAX_BACKOFF_S: Final = 10.0
RESIGNAL_S: Final = 1.0
STOP_SIGNALS: Final = (signal.SIGTERM, signal.SIGINT)
LAST_PORT: Final = 65535

T = TypeVar("T")


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


def worker_main(
    config: GatewayConfig, worker_id: int, sockets: list[socket.socket], cluster: ClusterInfo
) -> None:
    """Entry point of a worker process."""
    from gateway.logs import setup_logging
    from gateway.proxy.server import serve

    # Ctrl-C reaches the whole process group; the supervisor decides what happens.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A SIGTERM that arrives before the server listens for it, or after it has started
    # draining, must not kill the worker mid-way: the supervisor repeats its SIGTERM.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: None)
    setup_logging(config.gateway_log_level, f"worker-{worker_id}", config.gateway_log_format,
                  config.node_id)
    metrics.start_worker(config)
    try:
        trio.run(partial(serve, config, sockets=sockets, cluster=cluster, worker_id=worker_id))
    finally:
        # Interpreter shutdown resets Python-level handlers to the default (die), and the
        # supervisor may still be repeating its SIGTERM: an ignored signal stays ignored.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)


class StopSignals:
    """Records SIGTERM/SIGINT from the moment it is installed; the loop acts on it."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self.count = 0

    def install(self) -> None:
        """Handle SIGTERM and SIGINT from now on (in the main thread)."""
        for signum in STOP_SIGNALS:
            signal.signal(signum, self._record)

    def _record(self, signum: int, _frame: FrameType | None) -> None:
        self.signum = signum
        self.count += 1

    @property
    def name(self) -> str:
        """The recorded signal's name."""
        return signal.Signals(self.signum).name if self.signum is not None else "none"


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while a worker is spawned: the child keeps it ignored from exec on."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


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
    sockets: list[socket.socket]
    cluster: ClusterInfo
    stop: StopSignals
    workers: list[_Worker] = field(default_factory=list)
    crashes: deque[float] = field(default_factory=deque)

    def __post_init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self.workers = [_Worker(i) for i in range(self.config.workers)]

    def _start(self, worker: _Worker) -> None:
        process = self._context.Process(
            target=worker_main,
            args=(self.config, worker.worker_id, self.sockets, self.cluster),
            name=f"sluice-worker-{worker.worker_id}",
        )
        with _sigint_ignored():
            process.start()
        worker.process, worker.restart_at = process, None
        worker.started_at = time.monotonic()
        log.info("worker %d started (pid %d)", worker.worker_id, process.pid)

    def run(self) -> int:
        """Run until a signal (exit 0) or a crash loop (exit 1)."""
        self.config = metrics.start_node(self.config)
        for worker in self.workers:
            if self.stop.signum is None:
                self._start(worker)
        while self.stop.signum is None:
            time.sleep(POLL_S)
            if self.stop.signum is None and not self._watch():
                self._stop_workers()
                return 1
        running = sum(1 for w in self.workers if w.process is not None)
        log.info("received %s: draining %d worker%s…", self.stop.name, running,
                 "" if running == 1 else "s")
        self._stop_workers()
        return 0

    def _watch(self) -> bool:
        """Restart dead workers; False when the node is in a crash loop."""
        now = time.monotonic()
        window = self.config.gateway_worker_restart_window_ms / 1000
        for worker in self.workers:
            process = worker.process
            if process is not None and not process.is_alive():
                if self.stop.signum is not None:
                    return True  # stopping: a worker that exits now is not a crash
                process.join()
                worker.process = None
                metrics.worker_exited(process.pid)
                if process.exitcode == 0:
                    log.warning("worker %d (pid %s) exited on its own (exit code 0: was it "
                                "sent SIGTERM alone?); restarting it", worker.worker_id,
                                process.pid)
                    worker.restart_at = now
                    metrics.worker_restarted()
                    self._start(worker)
                    continue
                self.crashes.append(now)
                while self.crashes and self.crashes[0] < now - window:
                    self.crashes.popleft()
                log.error("worker %d (pid %s) died: %s", worker.worker_id, process.pid,
                          describe_exit(process.exitcode))
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
        # The workers hold their own copies: the ports close when the last worker's do.
        for sock in self.sockets:
            sock.close()
        running = [w.process for w in self.workers if w.process is not None]
        deadline = time.monotonic() + self.config.gateway_shutdown_timeout_ms / 1000
        signalled_at = 0.0
        stop_signals = self.stop.count
        while any(p.is_alive() for p in running) and time.monotonic() < deadline:
            if self.stop.count > max(stop_signals, 1):
                log.warning("received %s again: not waiting for the drain; killing the "
                            "workers", self.stop.name)
                break
            if time.monotonic() - signalled_at >= RESIGNAL_S:
                for process in running:
                    if process.is_alive() and process.pid is not None:
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(process.pid, signal.SIGTERM)
                signalled_at = time.monotonic()
            time.sleep(POLL_S / 2)
        for process in running:
            if process.is_alive():
                if self.stop.count <= max(stop_signals, 1):
                    log.warning("worker pid %s did not drain in time; killing it",
                                process.pid)
                process.kill()
            elif process.exitcode not in (0, None):
                log.warning("worker pid %s ended with %s while draining", process.pid,
                            describe_exit(process.exitcode))
            process.join()
        log.info("node stopped")
        metrics.stop_node()


def check_runtime_settings(config: GatewayConfig) -> None:
    """Raise ConfigError for a setting that would otherwise fail in every worker."""
    from gateway.proxy.upstream_security import check_backend_security
    from gateway.security.authenticators import check_startup
    from gateway.security.tls import check_client_security

    check_client_security(config)
    try:
        check_startup(config)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    problem = check_backend_security(config)
    if problem is not None:
        raise ConfigError(f"backend security: {problem}")
    path = config.gateway_audit_log_file
    if path and path != "-":
        try:
            with open(path, "a", encoding="utf-8"):
                pass
        except OSError as exc:
            raise ConfigError(
                f"GATEWAY_AUDIT_LOG_FILE: cannot open {path!r} for appending: "
                f"{exc.strerror}; create its directory, fix the permissions, or choose "
                "another file (- for stdout)") from None


def _check_port_range(config: GatewayConfig, start: int, count: int) -> None:
    last = start + count - 1
    if last > LAST_PORT:
        derived = "" if config.gateway_port_count else " (brokers seen at startup + 2)"
        raise ConfigError(
            f"GATEWAY_PORT_START: the port range {start}-{last} (GATEWAY_PORT_START={start}, "
            f"GATEWAY_PORT_COUNT={count}{derived}) goes past port {LAST_PORT}; set "
            f"GATEWAY_PORT_START to at most {LAST_PORT + 1 - count}")


async def until_signal(fn: Callable[[], Awaitable[T]]) -> T | None:
    """fn's result, or None when SIGTERM or SIGINT arrives first; fn's errors propagate."""
    result: list[T] = []
    errors: list[Exception] = []
    with trio.open_signal_receiver(*STOP_SIGNALS) as signals:
        async with trio.open_nursery() as nursery:

            async def call() -> None:
                try:
                    result.append(await fn())
                except Exception as exc:  # re-raised below, not as an exception group
                    errors.append(exc)
                nursery.cancel_scope.cancel()

            nursery.start_soon(call)
            async for _ in signals:
                nursery.cancel_scope.cancel()
                break
    if errors:
        raise errors[0]
    return result[0] if result else None


def run_node(
    config: GatewayConfig,
    *,
    on_listening: Callable[[GatewayConfig], None] | None = None,
    port_remedy: str = "choose a free range with GATEWAY_PORT_START",
    admin_api: bool = True,
) -> int:
    """Start the admin API, fix the port map from the backend, bind the ports, then
    supervise the workers.

    Raises ConfigError for settings that cannot work; returns the exit code otherwise.
    `on_listening` runs once every port is bound, before the workers start.
    """
    stop = StopSignals()
    stop.install()
    check_runtime_settings(config)
    if not admin_api:
        try:
            return _run_node(config, stop, on_listening, port_remedy)
        finally:
            _ignore_stop_signals()
    from admin_api.server import start_admin_api

    try:
        admin = start_admin_api(config)  # before discovery: /health/ready says what is missing
    except OSError as exc:
        log.error("%s", exc.strerror)
        return 1
    try:
        return _run_node(config, stop, on_listening, port_remedy)
    finally:
        admin.stop()
        _ignore_stop_signals()


def _ignore_stop_signals() -> None:
    """The node has stopped: a late SIGTERM must not turn the exit code into -15.

    (Interpreter shutdown resets Python-level handlers to the default, which dies.)
    """
    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)


def _run_node(
    config: GatewayConfig,
    stop: StopSignals,
    on_listening: Callable[[GatewayConfig], None] | None,
    port_remedy: str,
) -> int:
    from gateway.proxy.backend import BackendStartupTimeout, discover_backend
    from gateway.proxy.server import PortsInUse, bind_sockets, port_map_for

    try:
        cluster = trio.run(until_signal, partial(discover_backend, config))
    except BackendStartupTimeout as exc:
        log.critical("%s; stopping", exc)
        return 1
    if cluster is None or stop.signum is not None:
        log.info("stopped before the backend cluster answered")
        return 0
    port_map = port_map_for(config, cluster)
    _check_port_range(config, port_map.port_start, port_map.port_count)
    config = msgspec.structs.replace(
        config,
        gateway_port_start=port_map.port_start,
        gateway_port_count=port_map.port_count,
        gateway_min_brokerid=port_map.min_broker_id,
    )
    try:
        sockets = bind_sockets(config.gateway_bind_host, port_map.ports)
    except PortsInUse as exc:
        log.error("%s; %s", exc.strerror, port_remedy)
        return 1
    if on_listening is not None:
        on_listening(config)
    log.info("node %s: %d worker%s on ports %d-%d", config.node_id, config.workers,
             "" if config.workers == 1 else "s",
             port_map.ports[0], port_map.ports[-1])
    return Supervisor(config, sockets, cluster, stop).run()
