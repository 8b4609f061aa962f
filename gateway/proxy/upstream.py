"""Connections to the brokers for client sessions: TCP, then TLS and SASL as configured.

A session's upstream connection is opened on the client's first request. With
KAFKA_SECURITY_PROTOCOL=SSL/SASL_SSL it is TLS, the broker's certificate checked against
the broker's host name; in GATEWAY_MANAGED mode with SASL_* it is then authenticated with
the gateway's credentials before the session sees it (in KAFKA_MANAGED mode the client's
own SASL exchange follows through it). A TLS or authentication failure is a configuration
problem that another broker would repeat, so it ends the attempt at once: one rate-limited
log line names the broker and the reason, and the session closes with that reason.
"""

from __future__ import annotations

import errno
import logging
import math
import socket
from typing import TYPE_CHECKING

import trio

from gateway import metrics

from .framed import FramedStream
from .session import BROKER, LIMIT, SessionClosed
from .upstream_security import BrokerLogin, UpstreamFailure, UpstreamSecurity, security_for

if TYPE_CHECKING:
    from .state import GatewayState

log = logging.getLogger("sluice.proxy")

OUT_OF_FDS = frozenset({errno.EMFILE, errno.ENFILE})


async def connect_upstream(
    state: GatewayState, port: int, wanted: int | None, peer: str, client_host: str
) -> tuple[FramedStream, str, BrokerLogin | None]:
    """Connect to the port's broker, or to any other broker for bootstrap requests.

    Raises SessionClosed when none can be reached, when TLS or SASL to a broker fails,
    or when the worker is out of file descriptors (said as such: that is not the broker's
    fault).
    """
    from .server import fd_limit_advice

    config = state.config
    timeout = config.gateway_upstream_connect_timeout_ms / 1000
    security = security_for(config)
    for broker in state.upstream_candidates(wanted):
        where = f"broker {broker.node_id} ({broker.host}:{broker.port})"
        try:
            with trio.fail_after(timeout):
                framed, login = await open_upstream(broker.host, broker.port, security,
                                                    config.gateway_max_frame_bytes)
        except OSError as exc:
            if exc.errno in OUT_OF_FDS:
                raise SessionClosed(LIMIT, f"out of file descriptors opening a connection to "
                                    f"broker {broker.node_id}: {fd_limit_advice()}") from exc
            reason: object = exc
        except trio.TooSlowError:
            reason = "timeout"
        except UpstreamFailure as exc:
            state.limiter.log(
                logging.ERROR, f"broker {exc.kind}", f"{broker.host}:{broker.port}",
                "client %s on port %d: %s: %s", peer, port, where, exc)
            metrics.upstream_connect_failed(broker.node_id)
            raise SessionClosed(BROKER, f"{where}: {exc.reason}") from None
        else:
            if wanted is not None and broker.node_id != wanted:
                state.limiter.log(
                    logging.INFO, "served by another broker", client_host,
                    "client %s on port %d served by broker %d (broker %d unavailable)",
                    peer, port, broker.node_id, wanted)
            return framed, where, login
        state.limiter.log(
            logging.WARNING, "broker unreachable", client_host,
            "client %s on port %d: broker %d at %s:%d unreachable (%s)",
            peer, port, broker.node_id, broker.host, broker.port, reason,
        )
        metrics.upstream_connect_failed(broker.node_id)
    raise SessionClosed(BROKER, f"no broker reachable from port {port}")


async def open_upstream(host: str, port: int, security: UpstreamSecurity,
                        max_frame_bytes: int) -> tuple[FramedStream, BrokerLogin | None]:
    """A data-plane connection to a broker: TCP, TLS if configured, SASL login if managed.

    With a SASL login whose session the broker limits (KIP-368), the `BrokerLogin` says
    when to renew it.
    """
    stream = await open_broker_stream(host, port)
    try:
        secured = await security.wrap(stream, host)
    except BaseException:
        await trio.aclose_forcefully(stream)
        raise
    framed = FramedStream(secured, max_frame_bytes, preallocate=True)
    sasl = security.data_path_sasl
    if sasl is None:
        return framed, None
    started = trio.current_time()
    try:
        done = await security.login(framed, sasl)
    except BaseException:
        await trio.aclose_forcefully(secured)
        raise
    renew_at = BrokerLogin.renewal_time(done, started)
    return framed, (BrokerLogin(security, sasl, renew_at) if renew_at != math.inf else None)


async def open_broker_stream(host: str, port: int) -> trio.SocketStream:
    """A TCP connection to a broker; OSError keeps its errno (EMFILE is not 'unreachable')."""
    infos = await trio.socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    failure: OSError = OSError(f"no address for {host}")
    for family, type_, proto, _, address in infos:
        sock = trio.socket.socket(family, type_, proto)
        try:
            await sock.connect(address)
        except OSError as exc:
            sock.close()
            failure = exc
            continue
        except BaseException:
            sock.close()
            raise
        return trio.SocketStream(sock)
    raise failure
