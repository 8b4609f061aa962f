"""The gateway's listeners: one port per broker, each client paired with a broker."""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import logging
import math
import resource
import signal
import socket
from collections.abc import Sequence
from functools import partial
from typing import Any

import trio

from gateway import metrics
from gateway.audit import AuditLog, ConnectionAuditor
from gateway.config import GatewayConfig, librdkafka_config
from gateway.protocol.connection import ConnectionInfo
from gateway.protocol.proxy_header import ProxyHeader, ProxyHeaderError, ProxyHeaderReader
from gateway.protocol.socket_address import format_address
from gateway.routing.assignment import GatewayNode
from gateway.routing.ports import PortMap
from gateway.routing.sni import UnknownName
from gateway.security.authenticators import with_client_authentication
from gateway.security.jwks_fetch import keep_jwks_fresh
from membership.kafka_membership import KafkaMembership

from .backend import (
    BackendProblems,
    BackendUnavailable,
    ClusterInfo,
    describe_cluster,
    discover_backend,
)
from .framed import FramedStream
from .session import Session, connection_settings
from .state import GatewayState
from .tls_listener import TlsListener
from .upstream import OUT_OF_FDS, connect_upstream
from .upstream_security import security_for

log = logging.getLogger("sluice.proxy")


def port_map_for(config: GatewayConfig, cluster: ClusterInfo) -> PortMap:
    """The port map from the settings, defaulting to the brokers seen at startup."""
    ids = sorted(cluster.brokers) or [0]
    min_id = config.gateway_min_brokerid if config.gateway_min_brokerid is not None else ids[0]
    if config.sni_routing:
        return PortMap(config.gateway_port_start, 1, min_id)  # one port, brokers by name
    count = config.gateway_port_count or (len(ids) + 2)
    return PortMap(config.gateway_port_start, count, min_id)


class PortsInUse(OSError):
    """Some ports of the range are taken (by another Sluice node or another program)."""

    def __init__(self, host: str, ports: list[int], reason: str) -> None:
        self.host, self.ports = host, ports
        super().__init__(errno.EADDRINUSE, f"cannot listen on {host} port(s) "
                         f"{', '.join(map(str, ports))}: {reason}")


def bind_sockets(host: str, ports: Sequence[int]) -> list[socket.socket]:
    """Bind and listen on every port, in ascending order, or raise PortsInUse.

    No SO_REUSEPORT: a port bound here is this node's alone. The first port that cannot
    be bound ends the attempt and frees the others at once, so when two nodes start
    together the one that got the lowest port gets the whole range and the other fails
    here with the port it could not have. (SO_REUSEADDR only lets a restart bind over
    connections still in TIME-WAIT.)
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    bound: list[socket.socket] = []
    for port in sorted(ports):
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
            sock.listen(1024)
        except (OSError, OverflowError) as exc:
            sock.close()
            for other in bound:
                other.close()
            reason = "already in use (another Sluice or another program)"
            if not isinstance(exc, OSError) or exc.errno != errno.EADDRINUSE:
                reason = getattr(exc, "strerror", None) or str(exc)
            raise PortsInUse(host, [port], reason) from None
        bound.append(sock)
    return bound


async def bind_listeners(host: str, ports: Sequence[int]) -> list[trio.SocketListener]:
    """Bind a listening socket per port (for a gateway run without a supervisor)."""
    return listeners_of(bind_sockets(host, ports))


def listeners_of(sockets: Sequence[socket.socket]) -> list[trio.SocketListener]:
    """trio listeners on sockets that are already bound and listening."""
    return [trio.SocketListener(trio.socket.from_stdlib_socket(s)) for s in sockets]


async def refresh_backend(state: GatewayState) -> None:
    """Re-read the broker list periodically, so new brokers get addresses."""
    config = state.config
    problems = BackendProblems(config.gateway_backend_reminder_interval_ms / 1000,
                               "backend cluster (broker list refresh)")
    while True:
        await trio.sleep(config.gateway_metadata_refresh_interval_ms / 1000)
        try:
            cluster = await describe_cluster(
                config.bootstrap_servers() + [(b.host, b.port) for b in state.brokers.values()],
                config.gateway_upstream_connect_timeout_ms / 1000,
                config.gateway_max_frame_bytes, security_for(config),
            )
        except BackendUnavailable as exc:
            problems.report(exc)
            continue
        problems.recovered()
        state.learn_cluster(cluster)


async def handle_client(
    state: GatewayState, port: int, stream: trio.SocketStream, fds: FdPressure
) -> None:
    """Serve one client; a failure here ends this connection only, never the listener."""
    try:
        try:
            remote = stream.socket.getpeername()
            local = stream.socket.getsockname()
        except OSError:
            await stream.aclose()
            return
        peer = format_address(remote)
        try:
            await _proxy_client(state, port, stream, remote, local)
        except Exception:
            log.exception("connection from %s on port %d failed unexpectedly", peer, port)
            metrics.internal_error()
            with trio.CancelScope(shield=True):
                await stream.aclose()
    finally:
        fds.released()


async def _proxy_client(
    state: GatewayState, port: int, stream: trio.SocketStream, remote: Any, local: Any
) -> None:
    config = state.config
    peer = format_address(remote)
    client_host = str(remote[0])
    proxy_source = proxy_destination = header = None
    trailing = b""
    if config.gateway_feature_flags_haproxy_protocol:
        got = await read_proxy_header(state, stream, client_host, peer)
        if got is None:
            await stream.aclose()
            return
        header, trailing = got
        if header.source is not None and header.destination is not None:
            proxy_source = format_address(header.source)
            proxy_destination = format_address(header.destination)
            client_host = proxy_source.rpartition(":")[0]
            peer = (f"{peer} (original source: {proxy_source}, "
                    f"original destination: {proxy_destination})")
    broker_id: int | None = state.port_map.broker_for(port)
    transport: trio.abc.Stream = stream
    tls = None
    if state.tls is not None:
        # The PROXY header's trailing bytes are the start of the ClientHello.
        tls = await state.tls.handshake(stream, trailing, peer, client_host)
        if tls is None:
            await stream.aclose()
            return
        transport, trailing = tls.stream, b""
    if state.sni_names is not None:
        broker_id = routed_broker(state, tls.broker_id if tls else None,
                                  header.authority if header else None, peer, client_host)
        if broker_id == REFUSED:
            await trio.aclose_forcefully(transport)
            return
    client = FramedStream(
        transport, config.gateway_max_frame_bytes, budget=state.budget,
        request_timeout_s=config.gateway_request_timeout_ms / 1000,
        idle_timeout_s=config.gateway_connections_max_idle_ms / 1000,
    )
    client.feed(trailing)
    auditor = ConnectionAuditor(
        state.audit, state.audited_keys, config.gateway_cluster_id, config.node_id,
        format_address(local), format_address(remote), proxy_source, proxy_destination,
        principal=tls.principal if tls else None,
    )
    # Grouped by the connection's broker, so that a drain closes them broker by broker.
    sessions = state.sessions.setdefault(BOOTSTRAP_GROUP if broker_id is None else broker_id,
                                         set())
    with trio.CancelScope() as scope:
        sessions.add(scope)
        try:
            await Session(
                state, client, partial(connect_upstream, state, port, broker_id, peer,
                                       client_host),
                peer, auditor, client_host, label=f"port {port} (no broker connection yet)",
                settings=with_client_authentication(
                    connection_settings(config, proxy_header=header is not None,
                                        tls=tls is not None),
                    state.client_auth, auditor, peer, client.reader),
                info=ConnectionInfo(client_host=client_host, proxy_header=header,
                                    tls=tls.established if tls else None,
                                    principal=tls.principal if tls else None),
            ).run()
        finally:
            sessions.discard(scope)


# Drain group of SNI bootstrap connections (no broker of their own); closed first.
BOOTSTRAP_GROUP = -1
# routed_broker's answer for a connection that is refused.
REFUSED = -2


def routed_broker(state: GatewayState, sni_broker: int | None, authority: str | None,
                  peer: str, client_host: str) -> int | None:
    """The broker a host-routed connection is for (None: bootstrap), or REFUSED.

    The TLS server name decides when the gateway terminates TLS; behind a load balancer
    that terminates it, the PROXY v2 AUTHORITY TLV carries the name instead.
    """
    names = state.sni_names
    assert names is not None
    if state.tls is not None or authority is None:
        return sni_broker
    try:
        chosen = names.broker_for(authority)
    except UnknownName:
        state.limiter.log(
            logging.WARNING, "unknown authority", client_host,
            "refusing connection from %s: unknown PROXY v2 AUTHORITY %r (expected %s)",
            peer, authority, names.pattern)
        return REFUSED
    return chosen if isinstance(chosen, int) else None


# accept() errors that concern one pending connection, not the listener.
ACCEPT_ERRORS_OF_ONE_CONNECTION = frozenset({
    errno.ECONNABORTED, errno.EPROTO, errno.EPERM, errno.ENOBUFS, errno.ENOMEM,
    errno.ENETDOWN, errno.ENOPROTOOPT, errno.EHOSTDOWN, errno.ENONET, errno.EHOSTUNREACH,
    errno.EOPNOTSUPP, errno.ENETUNREACH,
})


def fd_limit_advice() -> str:
    """The open-files limit and how to raise it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return (f"the limit is {soft} open files (hard limit {hard}); raise it with "
            f"`ulimit -n` before `sluice run`, or LimitNOFILE= in the systemd unit")


class FdPressure:
    """Pauses accepting while the worker is out of file descriptors, saying so once a second."""

    def __init__(self) -> None:
        self._released = trio.Event()
        self._last_logged = -math.inf
        self._paused = 0

    def released(self) -> None:
        """A connection closed: its file descriptor is free again."""
        self._released.set()

    async def wait(self, port: int, exc: OSError) -> None:
        """Wait until a connection closes (or a second passes) before accepting again."""
        self._paused += 1
        now = trio.current_time()
        if now - self._last_logged >= 1:
            self._last_logged = now
            log.warning(
                "out of file descriptors: cannot accept connections on port %d (%s); "
                "new connections wait in the listen backlog until connections close "
                "(%d pauses so far); %s", port, exc.strerror, self._paused, fd_limit_advice(),
            )
        if self._released.is_set():
            self._released = trio.Event()
        with trio.move_on_after(1):
            await self._released.wait()


async def accept_connections(
    state: GatewayState, port: int, listener: trio.SocketListener, nursery: trio.Nursery,
    fds: FdPressure,
) -> None:
    """Accept clients on one port, each served in `nursery`; EMFILE pauses, never fails."""
    sock = listener.socket
    while True:
        try:
            conn, _ = await sock.accept()
        except OSError as exc:
            if exc.errno in OUT_OF_FDS:
                await fds.wait(port, exc)
                continue
            if exc.errno in ACCEPT_ERRORS_OF_ONE_CONNECTION:
                continue
            raise
        nursery.start_soon(handle_client, state, port, trio.SocketStream(conn), fds)


async def flush_log_limits(state: GatewayState) -> None:
    """Report suppressed log lines once their window is over."""
    while True:
        await trio.sleep(1)
        state.limiter.flush()
        if state.budget.limiter is not None:
            state.budget.limiter.flush()


async def read_proxy_header(
    state: GatewayState, stream: trio.SocketStream, remote_ip: str, peer: str
) -> tuple[ProxyHeader, bytes] | None:
    """The PROXY header a trusted load balancer must send and the bytes after it.

    The bytes after the header belong to the next layer (TLS, or the frame reader) and
    are handed to it untouched. None means refused (and logged).
    """
    networks = state.trusted_networks
    refuse = partial(state.limiter.log, logging.WARNING)
    if networks and not any(ipaddress.ip_address(remote_ip) in n for n in networks):
        refuse("untrusted PROXY source", remote_ip,
               "refusing connection from %s: not in GATEWAY_HAPROXY_TRUSTED_CIDRS", peer)
        metrics.proxy_header_refused("untrusted_source")
        return None
    reader = ProxyHeaderReader()
    timeout_ms = state.config.gateway_haproxy_header_timeout_ms
    with trio.move_on_after(timeout_ms / 1000):
        try:
            while (header := reader.next_header()) is None:
                data = await stream.receive_some(PROXY_READ_BYTES)
                reader.receive_data(bytes(data))
        except ProxyHeaderError as exc:
            refuse("invalid PROXY header", remote_ip,
                   "refusing connection from %s: invalid PROXY header: %s", peer, exc)
            metrics.proxy_header_refused("invalid_header")
            return None
        except (trio.BrokenResourceError, trio.ClosedResourceError, OSError):
            return None
        if header.command == "LOCAL":
            log.debug("PROXY LOCAL (health check) connection from %s closed", peer)
            return None
        return header, reader.trailing_data()
    refuse("no PROXY header", remote_ip,
           "refusing connection from %s: no PROXY header within %d ms", peer, timeout_ms)
    metrics.proxy_header_refused("timeout")
    return None


# One read of the PROXY header: bytes read past its end are handed on to the next layer.
PROXY_READ_BYTES = 4096


async def serve(
    config: GatewayConfig,
    *,
    sockets: Sequence[socket.socket] | None = None,
    cluster: ClusterInfo | None = None,
    worker_id: int = 0,
    task_status: trio.TaskStatus[GatewayState] = trio.TASK_STATUS_IGNORED,
) -> None:
    """Run the gateway until SIGTERM or cancellation; reports its state once it accepts.

    A worker gets the listening `sockets` and the `cluster` its supervisor saw; without
    them, the gateway asks the backend and binds the ports itself.
    """
    if config.gateway_feature_flags_haproxy_protocol and not config.trusted_networks():
        log.warning(
            "SECURITY: GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL is on but "
            "GATEWAY_HAPROXY_TRUSTED_CIDRS is empty: ANY client can claim ANY source "
            "address. Set GATEWAY_HAPROXY_TRUSTED_CIDRS to your load balancers' networks."
        )
    if cluster is None:
        cluster = await discover_backend(config)
    port_map = port_map_for(config, cluster)
    if sockets is None:
        listeners = await bind_listeners(config.gateway_bind_host, list(port_map.ports))
    else:
        listeners = listeners_of(sockets)
    audit = open_audit_log(config)
    try:
        await _serve(config, cluster, port_map, audit, listeners, worker_id, task_status)
    finally:
        if audit is not None:
            audit.close()


def open_audit_log(config: GatewayConfig) -> AuditLog | None:
    """The audit log the settings ask for, if any."""
    if not config.gateway_audit_log_file and not config.gateway_audit_log_kafka:
        return None
    return AuditLog(
        file_path=config.gateway_audit_log_file,
        kafka_bootstrap=config.kafka_bootstrap_servers if config.gateway_audit_log_kafka
        else None,
        kafka_topic=config.audit_topic, kafka_config=librdkafka_config(config),
    )


async def _serve(
    config: GatewayConfig,
    cluster: ClusterInfo,
    port_map: PortMap,
    audit: AuditLog | None,
    listeners: list[trio.SocketListener],
    worker_id: int,
    task_status: trio.TaskStatus[GatewayState],
) -> None:
    state = GatewayState(config, port_map, cluster, audit)
    if config.client_tls is not None:
        state.tls = TlsListener(config, state.limiter)
    for broker_id in cluster.brokers:
        state.address_of(broker_id)  # logs a broker outside the port range, with the remedy
    log.info(
        "Sluice ready: ports %d-%d on %s (%s), advertised as %s, in front of brokers %s",
        port_map.ports[0], port_map.ports[-1], config.gateway_bind_host,
        listener_description(config), config.advertised_host,
        ", ".join(f"{b.node_id}={b.host}:{b.port}" for b in cluster.brokers.values()),
    )
    membership = start_membership(state, worker_id)
    try:
        await _serve_until_sigterm(state, listeners, task_status)
    finally:
        if membership is not None:
            # Announce the departure so other nodes stop advertising us at once.
            await trio.to_thread.run_sync(membership.stop)


def listener_description(config: GatewayConfig) -> str:
    """What the client listener speaks and how it routes, for the ready line."""
    text: str = config.gateway_security_protocol
    if config.sni_routing:
        text += (f", SNI routing: {config.gateway_advertised_host_prefix}<broker id>"
                 f"{config.gateway_sni_host_separator}{config.advertised_host}:"
                 f"{config.advertised_sni_port}")
    return text


def start_membership(state: GatewayState, worker_id: int) -> KafkaMembership | None:
    """Join the gateway cluster's view, when internal load balancing needs one."""
    config = state.config
    if not config.gateway_feature_flags_internal_load_balancing:
        return None
    token = trio.lowlevel.current_trio_token()

    def on_change(nodes: list[GatewayNode]) -> None:
        with contextlib.suppress(trio.RunFinishedError):
            trio.from_thread.run_sync(state.set_live_nodes, nodes, trio_token=token)

    membership = KafkaMembership(
        config.kafka_bootstrap_servers, cluster_id=config.gateway_cluster_id,
        node_id=config.node_id, worker_id=worker_id, advertised_host=config.advertised_host,
        port_start=state.port_map.port_start, rack=config.gateway_rack_id,
        interval_ms=config.gateway_heartbeat_interval_ms,
        timeout_ms=config.gateway_heartbeat_timeout_ms, on_change=on_change,
        secret=config.gateway_cluster_secret, max_skew_ms=config.gateway_heartbeat_max_skew_ms,
        kafka_config=librdkafka_config(config),
    )
    membership.start()
    return membership


async def _serve_until_sigterm(
    state: GatewayState,
    listeners: list[trio.SocketListener],
    task_status: trio.TaskStatus[GatewayState],
) -> None:
    port_map = state.port_map
    fds = FdPressure()
    async with trio.open_nursery() as connections:
        async with trio.open_nursery() as background:
            background.start_soon(refresh_backend, state)
            background.start_soon(flush_log_limits, state)
            if state.client_auth is not None and state.client_auth.jwks is not None:
                await background.start(keep_jwks_fresh, state.client_auth.jwks)
            for port, listener in zip(port_map.ports, listeners, strict=True):
                background.start_soon(accept_connections, state, port, listener, connections,
                                      fds)
            task_status.started(state)
            await _wait_for_sigterm()
            # Stop accepting first, so a load balancer or client reconnects elsewhere.
            background.cancel_scope.cancel()
        await drain(state)
        connections.cancel_scope.cancel()


async def _wait_for_sigterm() -> None:
    with trio.open_signal_receiver(signal.SIGTERM) as signals:
        async for signum in signals:
            # Logged at debug: the supervisor says "draining" once for the node.
            log.debug("received %s: draining", signal.Signals(signum).name)
            return


async def drain(state: GatewayState) -> None:
    """Close client connections broker by broker, pausing between brokers.

    Clients then fail over as in a rolling broker restart, instead of all at once.
    """
    delay = state.config.gateway_shutdown_delay_between_brokers_ms / 1000
    for broker_id in sorted(state.sessions):
        scopes = state.sessions.get(broker_id, set())
        if not scopes:
            continue
        log.info("closing %d connections to broker %d", len(scopes), broker_id)
        for scope in list(scopes):
            scope.cancel()
        await trio.sleep(delay)
