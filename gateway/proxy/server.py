"""The gateway's listeners: one port per broker, each client paired with a broker."""

from __future__ import annotations

import contextlib
import errno
import ipaddress
import logging
import signal
import socket
from collections.abc import Sequence
from functools import partial
from typing import Any

import trio

from gateway.audit import AuditLog, ConnectionAuditor
from gateway.config import GatewayConfig
from gateway.protocol.proxy_header import ProxyHeader, ProxyHeaderError, ProxyHeaderReader
from gateway.routing.assignment import GatewayNode
from gateway.routing.ports import PortMap
from membership.kafka_membership import KafkaMembership

from .backend import (
    BackendProblems,
    BackendUnavailable,
    BrokerInfo,
    ClusterInfo,
    describe_cluster,
    discover_backend,
)
from .framed import FramedStream, PeerGone
from .session import Session, format_address
from .state import GatewayState

log = logging.getLogger("sluice.proxy")


def port_map_for(config: GatewayConfig, cluster: ClusterInfo) -> PortMap:
    """The port map from the settings, defaulting to the brokers seen at startup."""
    ids = sorted(cluster.brokers) or [0]
    min_id = config.gateway_min_brokerid if config.gateway_min_brokerid is not None else ids[0]
    count = config.gateway_port_count or (len(ids) + 2)
    return PortMap(config.gateway_port_start, count, min_id)


class PortsInUse(OSError):
    """Some ports of the range are taken (by another Sluice node or another program)."""

    def __init__(self, host: str, ports: list[int], reason: str) -> None:
        self.host, self.ports = host, ports
        super().__init__(errno.EADDRINUSE, f"cannot listen on {host} port(s) "
                         f"{', '.join(map(str, ports))}: {reason}")


def bind_sockets(host: str, ports: Sequence[int]) -> list[socket.socket]:
    """Bind and listen on every port, or raise PortsInUse naming each port that failed.

    No SO_REUSEPORT: a port bound here is this node's alone, so a second node on the
    same range fails here, however the two start. (SO_REUSEADDR only lets a restart
    bind over connections still in TIME-WAIT.)
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    bound: list[socket.socket] = []
    busy: list[int] = []
    reason = "already in use (another Sluice or another program)"
    for port in ports:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
            sock.listen(1024)
        except (OSError, OverflowError) as exc:
            sock.close()
            busy.append(port)
            if isinstance(exc, OSError) and exc.errno != errno.EADDRINUSE:
                reason = exc.strerror or str(exc)
            continue
        bound.append(sock)
    if busy:
        for sock in bound:
            sock.close()
        raise PortsInUse(host, busy, reason)
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
                config.gateway_max_frame_bytes,
            )
        except BackendUnavailable as exc:
            problems.report(exc)
            continue
        problems.recovered()
        state.learn_cluster(cluster)


async def handle_client(state: GatewayState, port: int, stream: trio.SocketStream) -> None:
    """Serve one client; a failure here ends this connection only, never the listener."""
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
        with trio.CancelScope(shield=True):
            await stream.aclose()


async def _proxy_client(
    state: GatewayState, port: int, stream: trio.SocketStream, remote: Any, local: Any
) -> None:
    config = state.config
    client = FramedStream(stream, config.gateway_max_frame_bytes)
    peer = format_address(remote)
    proxy_source = proxy_destination = None
    if config.gateway_feature_flags_haproxy_protocol:
        header = await read_proxy_header(state, client, remote[0], peer)
        if header is None:
            await client.aclose()
            return
        if header.source is not None and header.destination is not None:
            proxy_source = format_address(header.source)
            proxy_destination = format_address(header.destination)
            peer = (f"{peer} (original source: {proxy_source}, "
                    f"original destination: {proxy_destination})")
    auditor = ConnectionAuditor(
        state.audit, state.audited_keys, config.gateway_cluster_id, config.node_id,
        format_address(local), format_address(remote), proxy_source, proxy_destination,
    )
    upstream = await connect_upstream(state, port, peer)
    if upstream is None:
        await client.aclose()
        return
    upstream_stream, broker = upstream
    label = f"{broker.node_id} ({broker.host}:{broker.port})"
    sessions = state.sessions.setdefault(broker.node_id, set())
    with trio.CancelScope() as scope:
        sessions.add(scope)
        try:
            client_host = proxy_source.rpartition(":")[0] if proxy_source else str(remote[0])
            await Session(state, client, upstream_stream, peer, label, auditor,
                          client_host).run()
        finally:
            sessions.discard(scope)


async def connect_upstream(
    state: GatewayState, port: int, peer: str
) -> tuple[FramedStream, BrokerInfo] | None:
    """Connect to the port's broker, or to any other broker for bootstrap requests."""
    timeout = state.config.gateway_upstream_connect_timeout_ms / 1000
    wanted = state.port_map.broker_for(port)
    for broker in state.upstream_candidates(port):
        try:
            with trio.fail_after(timeout):
                stream = await trio.open_tcp_stream(broker.host, broker.port)
        except (OSError, trio.TooSlowError) as exc:
            log.warning(
                "client %s on port %d: broker %d at %s:%d unreachable (%s)",
                peer, port, broker.node_id, broker.host, broker.port, exc or "timeout",
            )
            continue
        if broker.node_id != wanted:
            log.info("client %s on port %d served by broker %d (broker %d unavailable)",
                     peer, port, broker.node_id, wanted)
        stream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return FramedStream(stream, state.config.gateway_max_frame_bytes), broker
    log.error("client %s on port %d: no broker reachable; closing", peer, port)
    return None


async def read_proxy_header(
    state: GatewayState, client: FramedStream, remote_ip: str, peer: str
) -> ProxyHeader | None:
    """Read the PROXY header a trusted load balancer must send; None means refused.

    Bytes after the header are the client's first Kafka bytes: they are handed to the
    frame reader untouched.
    """
    networks = state.trusted_networks
    if networks and not any(ipaddress.ip_address(remote_ip) in n for n in networks):
        log.warning("refusing connection from %s: not in GATEWAY_HAPROXY_TRUSTED_CIDRS", peer)
        return None
    reader = ProxyHeaderReader()
    timeout_ms = state.config.gateway_haproxy_header_timeout_ms
    with trio.move_on_after(timeout_ms / 1000):
        try:
            while (header := reader.next_header()) is None:
                data = await client.receive_raw()
                reader.receive_data(data)
        except ProxyHeaderError as exc:
            log.warning("refusing connection from %s: invalid PROXY header: %s", peer, exc)
            return None
        except PeerGone:
            return None
        if header.command == "LOCAL":
            log.debug("PROXY LOCAL (health check) connection from %s closed", peer)
            return None
        trailing = reader.trailing_data()
        if trailing:  # (an empty chunk would tell the frame reader the client closed)
            client.reader.receive_data(trailing)
        return header
    log.warning("refusing connection from %s: no PROXY header within %d ms", peer, timeout_ms)
    return None


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
        kafka_topic=config.audit_topic,
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
    for broker_id in cluster.brokers:
        state.address_of(broker_id)  # logs a broker outside the port range, with the remedy
    log.info(
        "Sluice ready: ports %d-%d on %s, advertised as %s, in front of brokers %s",
        port_map.ports[0], port_map.ports[-1], config.gateway_bind_host,
        config.advertised_host,
        ", ".join(f"{b.node_id}={b.host}:{b.port}" for b in cluster.brokers.values()),
    )
    membership = start_membership(state, worker_id)
    try:
        await _serve_until_sigterm(state, listeners, task_status)
    finally:
        if membership is not None:
            # Announce the departure so other nodes stop advertising us at once.
            await trio.to_thread.run_sync(membership.stop)


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
    )
    membership.start()
    return membership


async def _serve_until_sigterm(
    state: GatewayState,
    listeners: list[trio.SocketListener],
    task_status: trio.TaskStatus[GatewayState],
) -> None:
    port_map = state.port_map
    async with trio.open_nursery() as connections:
        async with trio.open_nursery() as background:
            background.start_soon(refresh_backend, state)
            for port, listener in zip(port_map.ports, listeners, strict=True):
                background.start_soon(partial(
                    trio.serve_listeners, partial(handle_client, state, port), [listener],
                    handler_nursery=connections,
                ))
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
