"""The admin API of one node: a thread of the supervisor process running its own trio loop.

Why a thread of the supervisor, not a worker or a separate process: there is one admin API
per node (one port), the supervisor exists for the node's whole life, and it does nothing
but sleep and watch its workers, so the API never competes with Kafka traffic for a
worker's event loop or GIL (workers are separate processes). A hang or crash of the API
cannot stop the workers; the supervisor logs it and goes on. The listening socket is bound
(and the HTTPS certificate loaded) before the thread starts, so a taken port or a bad
certificate is reported to the caller at once.

The thread starts BEFORE the backend is discovered, so /health/live answers 200 and
/health/ready 503 (naming what is missing) while the backend is still unreachable.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
from dataclasses import dataclass
from typing import Any

import trio

from admin_api.app import NO_USERS_DETAIL, AdminApp, AppSettings
from admin_api.auth import Authenticator
from admin_api.http import HttpLimits, serve_http
from admin_api.readiness import NodeReadiness, probe_backend, probe_membership
from gateway.config import GatewayConfig, librdkafka_config
from gateway.resources.record_signing import NO_SECRET_WARNING, config_signing_key
from gateway.resources.records import config_topic
from gateway.resources.snapshot import ResourceSnapshot
from gateway.resources.store import ResourceStore

__all__ = ["AdminApi", "bind_admin_socket", "start_admin_api", "tls_context"]

log = logging.getLogger("sluice.admin_api")


def bind_admin_socket(host: str, port: int) -> socket.socket:
    """A listening socket for the admin API; OSError names the address."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(4096)
    except OSError as exc:
        sock.close()
        raise OSError(exc.errno, f"cannot listen on {host}:{port} for the admin API "
                      f"({exc.strerror}); choose another GATEWAY_HTTP_PORT") from exc
    return sock


@dataclass
class AdminApi:
    """A running admin API: its thread, store and readiness."""

    thread: threading.Thread
    store: ResourceStore
    readiness: NodeReadiness
    address: tuple[str, int]
    _token: Any = None
    _cancel: trio.CancelScope | None = None

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop serving and close the store."""
        if self._token is not None and self._cancel is not None:
            with contextlib.suppress(trio.RunFinishedError):
                trio.from_thread.run_sync(self._cancel.cancel, trio_token=self._token)
        self.thread.join(timeout_s)
        self.store.stop()


def tls_context(config: GatewayConfig) -> ssl.SSLContext | None:
    """The admin API's TLS context, if HTTPS is configured; OSError says what is wrong."""
    cert, key = config.gateway_https_cert_location, config.gateway_https_key_location
    if not cert and not key:
        return None
    if not cert or not key:
        raise OSError(0, "HTTPS needs both GATEWAY_HTTPS_CERT_LOCATION and "
                      "GATEWAY_HTTPS_KEY_LOCATION")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        raise OSError(0, f"cannot load the admin API certificate {cert} / key {key}: "
                      f"{exc}") from exc
    return context


def start_admin_api(config: GatewayConfig) -> AdminApi:
    """Bind the admin port and serve it from a thread; raises OSError if the port is taken."""
    context = tls_context(config)
    sock = bind_admin_socket(config.http_bind_host, config.gateway_http_port)
    users = config.admin_api_users()
    if not users:
        log.warning("admin API: %s", NO_USERS_DETAIL)
    readiness = NodeReadiness(
        membership_required=config.gateway_feature_flags_internal_load_balancing)
    topic = config_topic(config.gateway_cluster_id)
    if not config.gateway_cluster_secret:
        log.warning(NO_SECRET_WARNING, topic)
    store = ResourceStore(
        config.kafka_bootstrap_servers, topic, cluster_id=config.gateway_cluster_id,
        signing_key=config_signing_key(config.gateway_cluster_secret,
                                       config.gateway_cluster_id),
        kafka_config=librdkafka_config(config))
    readiness.store = store
    store.start()
    address = sock.getsockname()[:2]
    api = AdminApi(threading.Thread(target=lambda: None), store, readiness, address)
    started = threading.Event()
    api.thread = threading.Thread(target=_run, args=(config, sock, api, users, context,
                                                     started),
                                  name="sluice-admin-api", daemon=True)
    api.thread.start()
    started.wait(5.0)
    log.info("admin API on %s://%s:%d (%d users)", "https" if context else "http", address[0],
             address[1], len(users))
    return api


def _run(config: GatewayConfig, sock: socket.socket, api: AdminApi, users: list[Any],
         context: ssl.SSLContext | None, started: threading.Event) -> None:
    try:
        trio.run(_serve, config, sock, api, users, context, started)
    except Exception:
        log.exception("admin API stopped on an error; the node keeps running without it")
    finally:
        sock.close()


async def _serve(config: GatewayConfig, sock: socket.socket, api: AdminApi, users: list[Any],
                 context: ssl.SSLContext | None, started: threading.Event) -> None:
    from gateway.metrics import render
    from gateway.proxy.server import open_audit_log

    audit = open_audit_log(config)
    limits = HttpLimits(
        max_header_bytes=config.gateway_http_max_header_bytes,
        max_body_bytes=config.gateway_http_max_body_bytes,
        request_timeout_s=config.gateway_http_request_timeout_ms / 1000,
        idle_timeout_s=config.gateway_http_idle_timeout_ms / 1000,
        max_connections=config.gateway_http_max_connections,
    )
    settings = AppSettings(
        cluster_id=config.gateway_cluster_id, node_id=config.node_id,
        local_address=f"{api.address[0]}:{api.address[1]}",
        secured_metrics=config.gateway_secured_metrics,
    )
    app = AdminApp(settings, api.store, api.readiness, Authenticator(users), audit=audit,
                   metrics=render)
    token = trio.lowlevel.current_trio_token()

    def push(snapshot: ResourceSnapshot) -> None:
        with contextlib.suppress(trio.RunFinishedError):
            trio.from_thread.run_sync(app.snapshot_changed, snapshot, trio_token=token)

    api.store.on_change = push
    app.snapshot_changed(api.store.snapshot())
    listener: trio.abc.Listener[Any] = trio.SocketListener(trio.socket.from_stdlib_socket(sock))
    if context is not None:
        listener = trio.SSLListener(listener, context, https_compatible=True)
    try:
        with trio.CancelScope() as cancel:
            api._cancel, api._token = cancel, trio.lowlevel.current_trio_token()
            async with trio.open_nursery() as nursery:
                nursery.start_soon(probe_backend, config, api.readiness)
                if api.readiness.membership_required:
                    nursery.start_soon(probe_membership, config, api.readiness)
                await nursery.start(serve_http, listener, app, limits)
                started.set()
    finally:
        api.store.on_change = None
        started.set()
        if audit is not None:
            audit.close()
