"""The gateway's listeners: one port per broker, each client paired with a broker."""

from __future__ import annotations

import errno
import logging
import socket
from collections.abc import Sequence
from functools import partial

import trio

from gateway.config import GatewayConfig
from gateway.routing.ports import PortMap

from .backend import BackendUnavailable, ClusterInfo, describe_cluster
from .framed import FramedStream
from .session import Session, format_address
from .state import GatewayState

log = logging.getLogger("sluice.proxy")


async def discover_backend(config: GatewayConfig) -> ClusterInfo:
    """Describe the backend, retrying (and saying why) until a bootstrap server answers."""
    delay = 0.5
    timeout = config.gateway_upstream_connect_timeout_ms / 1000
    while True:
        try:
            return await describe_cluster(
                config.bootstrap_servers(), timeout, config.gateway_max_frame_bytes
            )
        except BackendUnavailable as exc:
            log.error("backend cluster unreachable (%s); retrying in %.1fs", exc, delay)
            await trio.sleep(delay)
            delay = min(delay * 2, 10.0)


def port_map_for(config: GatewayConfig, cluster: ClusterInfo) -> PortMap:
    """The port map from the settings, defaulting to the brokers seen at startup."""
    ids = sorted(cluster.brokers) or [0]
    min_id = config.gateway_min_brokerid if config.gateway_min_brokerid is not None else ids[0]
    count = config.gateway_port_count or (len(ids) + 2)
    return PortMap(config.gateway_port_start, count, min_id)


async def bind_listeners(
    host: str, ports: Sequence[int], reuse_port: bool = False
) -> list[trio.SocketListener]:
    """Bind a listening socket per port (SO_REUSEPORT when workers share them)."""
    listeners: list[trio.SocketListener] = []
    for port in ports:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = trio.socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        try:
            await sock.bind((host, port))
        except OSError as exc:
            sock.close()
            for listener in listeners:
                listener.socket.close()
            hint = " (already in use)" if exc.errno == errno.EADDRINUSE else ""
            message = f"cannot listen on {host}:{port}{hint}: {exc.strerror}"
            raise OSError(exc.errno, message) from exc
        sock.listen(1024)
        listeners.append(trio.SocketListener(sock))
    return listeners


async def refresh_backend(state: GatewayState) -> None:
    """Re-read the broker list periodically, so new brokers get addresses."""
    config = state.config
    while True:
        await trio.sleep(config.gateway_metadata_refresh_interval_ms / 1000)
        try:
            cluster = await describe_cluster(
                config.bootstrap_servers() + [(b.host, b.port) for b in state.brokers.values()],
                config.gateway_upstream_connect_timeout_ms / 1000,
                config.gateway_max_frame_bytes,
            )
        except BackendUnavailable as exc:
            log.warning("broker list refresh failed: %s", exc)
            continue
        state.learn_cluster(cluster)


async def handle_client(state: GatewayState, port: int, stream: trio.SocketStream) -> None:
    """Serve one client; a failure here ends this connection only, never the listener."""
    try:
        peer = format_address(stream.socket.getpeername())
    except OSError:
        await stream.aclose()
        return
    try:
        await _proxy_client(state, port, stream, peer)
    except Exception:
        log.exception("connection from %s on port %d failed unexpectedly", peer, port)
        with trio.CancelScope(shield=True):
            await stream.aclose()


async def _proxy_client(
    state: GatewayState, port: int, stream: trio.SocketStream, peer: str
) -> None:
    max_frame = state.config.gateway_max_frame_bytes
    client = FramedStream(stream, max_frame)
    upstream = None
    timeout = state.config.gateway_upstream_connect_timeout_ms / 1000
    wanted = state.port_map.broker_for(port)
    for broker in state.upstream_candidates(port):
        try:
            with trio.fail_after(timeout):
                upstream_stream = await trio.open_tcp_stream(broker.host, broker.port)
        except (OSError, trio.TooSlowError) as exc:
            log.warning(
                "client %s on port %d: broker %d at %s:%d unreachable (%s)",
                peer, port, broker.node_id, broker.host, broker.port, exc or "timeout",
            )
            continue
        if broker.node_id != wanted:
            log.info("client %s on port %d served by broker %d (broker %d unavailable)",
                     peer, port, broker.node_id, wanted)
        upstream_stream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        upstream = FramedStream(upstream_stream, max_frame)
        label = f"{broker.node_id} ({broker.host}:{broker.port})"
        break
    if upstream is None:
        log.error("client %s on port %d: no broker reachable; closing", peer, port)
        await client.aclose()
        return
    await Session(state, client, upstream, peer, label).run()


async def serve(
    config: GatewayConfig,
    *,
    reuse_port: bool = False,
    task_status: trio.TaskStatus[GatewayState] = trio.TASK_STATUS_IGNORED,
) -> None:
    """Run the gateway until cancelled; reports its state once it accepts connections."""
    cluster = await discover_backend(config)
    port_map = port_map_for(config, cluster)
    state = GatewayState(config, port_map, cluster)
    for broker_id in cluster.brokers:
        state.address_of(broker_id)  # logs a broker outside the port range, with the remedy
    listeners = await bind_listeners(config.gateway_bind_host, list(port_map.ports), reuse_port)
    log.info(
        "Sluice ready: ports %d-%d on %s, advertised as %s, in front of brokers %s",
        port_map.ports[0], port_map.ports[-1], config.gateway_bind_host,
        config.advertised_host,
        ", ".join(f"{b.node_id}={b.host}:{b.port}" for b in cluster.brokers.values()),
    )
    async with trio.open_nursery() as nursery:
        nursery.start_soon(refresh_backend, state)
        for port, listener in zip(port_map.ports, listeners, strict=True):
            nursery.start_soon(
                partial(trio.serve_listeners, partial(handle_client, state, port), [listener])
            )
        task_status.started(state)
