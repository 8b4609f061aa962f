"""Fixtures for backend TLS tests: a Sluice node that reaches its backend over TLS.

The TLS-speaking backend is itself a Sluice node with an SSL listener (tests/e2e/security/
conftest.py) in front of the mock cluster, since the mock brokers speak no TLS. The SASL
backend is `SaslListener`, a loopback stand-in for a broker's SASL_PLAINTEXT listener whose
server side is sasl.py's Authenticator, in front of a plaintext Sluice node.
"""

from __future__ import annotations

import base64
import contextlib
import http.server
import json
import os
import struct
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from functools import partial
from pathlib import Path

import trio

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol import api_keys
from gateway.protocol.codec import ResponseHeader, decode_request, encode_response
from gateway.protocol.errors import ProtocolError
from gateway.proxy.framed import FramedStream, PeerGone
from gateway.security.sasl import (
    BAD_CREDENTIALS,
    SASL_AUTHENTICATE,
    SASL_HANDSHAKE,
    Authenticator,
    Challenge,
    Credential,
    OAuthBearerServer,
    PlainServer,
    SaslError,
    ServerMechanism,
    State,
    Success,
)
from tests.conftest import REPO, GatewayProcess, free_port_range
from tests.unit.security.test_backend_auth import ScramServer


def outer_env(inner: GatewayProcess, ca_file: str | None, **extra: str) -> dict[str, str]:
    """Settings of a node in front of the TLS node `inner`, reaching it with SSL."""
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": inner.bootstrap,
        "KAFKA_SECURITY_PROTOCOL": "SSL",
        # Its internal topics (_sluice_*) would be refused by the inner node.
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
        "GATEWAY_CLUSTER_ID": "outer",
    }
    if ca_file is not None:
        env["KAFKA_SSL_CA_LOCATION"] = ca_file
    return {**env, **extra}


def spawn_gateway(cluster: MockCluster, tmp: Path, extra_env: dict[str, str],
                  port_count: int = 5) -> GatewayProcess:
    """Start `sluice run` without waiting for it to be ready (for nodes that must fail)."""
    host = "127.0.0.1"
    port_start = free_port_range(port_count, host)
    env = {
        **os.environ, "GATEWAY_BIND_HOST": host, "GATEWAY_ADVERTISED_HOST": host,
        "GATEWAY_PORT_START": str(port_start), "GATEWAY_PORT_COUNT": str(port_count),
        "PYTHONUNBUFFERED": "1", "GATEWAY_WORKERS": "1",
        "GATEWAY_HTTP_PORT": str(free_port_range(1, host)), **extra_env,
    }
    log_path = tmp / f"gateway-{port_start}.log"
    log_file = open(log_path, "wb")  # noqa: SIM115 - the process owns it
    process = subprocess.Popen([sys.executable, "-m", "gateway", "run"], env=env,
                               stdout=log_file, stderr=subprocess.STDOUT, cwd=REPO,
                               start_new_session=True)
    return GatewayProcess(cluster, port_start, port_count, host, log_path, process, env)


def wait_for_exit(gw: GatewayProcess, timeout: float = 30.0) -> int:
    """The exit code of a node that should stop by itself."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = gw.process.poll()
        if code is not None:
            return code
        time.sleep(0.05)
    raise AssertionError(f"node still running after {timeout}s:\n{gw.log_text()[-3000:]}")


class _ScramServerMechanism:
    """sasl.py's ServerMechanism shape around the test SCRAM server (RFC 5802)."""

    def __init__(self, server: ScramServer) -> None:
        self.name = "SCRAM"
        self._server = server
        self._round = 0

    def step(self, token: bytes, now: float) -> Challenge | Success:
        self._round += 1
        if self._round == 1:
            return Challenge(self._server.first(token))
        ok, answer = self._server.final(token)
        if not ok:
            raise SaslError("bad SCRAM proof", "Authentication failed during authentication "
                            "due to invalid credentials with SASL mechanism SCRAM")
        return Success(Credential(self._server.username), answer)


class _OpaqueTokens:
    """A TokenValidator accepting the tokens the test's token endpoint issued."""

    def __init__(self) -> None:
        self.issued: set[str] = set()

    def validate(self, token: str, now: float) -> Credential:
        if token not in self.issued:
            raise SaslError("unknown token", "invalid token")
        return Credential("oauth-client")


class SaslListener:
    """A loopback SASL_PLAINTEXT listener standing in for a broker's SASL listener.

    Each port listens on `host` and, once the client authenticated (server side: sasl.py's
    Authenticator), forwards its requests to the same port on `upstream_host`, a plaintext
    Sluice node that advertises `host`. Before that only ApiVersions passes; anything else
    closes the connection, as Kafka does. `refuse_all` turns every login down.
    `max_session_ms` is Kafka's connections.max.reauth.ms: sessions last that long, a
    client may re-authenticate on its connection (counted in `reauthentications`), and a
    request other than SASL after expiry closes the connection (noted in `expired`).
    """

    def __init__(self, host: str, upstream_host: str, ports: range, username: str,
                 password: str) -> None:
        self.host, self.upstream_host, self.ports = host, upstream_host, ports
        self.username, self.password = username, password
        self.tokens = _OpaqueTokens()
        self.logins: list[tuple[str, str]] = []  # (mechanism, principal)
        self.failures: list[str] = []
        self.refuse_all = False
        self.max_session_ms: int | None = None
        self.reauthentications = 0
        self.expired: list[str] = []
        self._token: trio.lowlevel.TrioToken | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=trio.run, args=(self._main,), daemon=True)

    def _check_plain(self, username: str, password: str, now: float) -> Credential:
        if self.refuse_all or (username, password) != (self.username, self.password):
            raise SaslError("bad password", BAD_CREDENTIALS)
        return Credential(username)

    def _mechanisms(self) -> dict[str, Callable[[], ServerMechanism]]:
        password = "refused" if self.refuse_all else self.password
        return {
            "PLAIN": lambda: PlainServer(self._check_plain),
            "SCRAM-SHA-512": lambda: _ScramServerMechanism(
                ScramServer("SCRAM-SHA-512", self.username, password)),
            "OAUTHBEARER": lambda: OAuthBearerServer(self.tokens),
        }

    def __enter__(self) -> SaslListener:
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._token is not None
        with contextlib.suppress(trio.RunFinishedError):
            trio.from_thread.run_sync(self._cancel.cancel, trio_token=self._token)
        self._thread.join(10)

    async def _main(self) -> None:
        self._token = trio.lowlevel.current_trio_token()
        with trio.CancelScope() as self._cancel:
            async with trio.open_nursery() as nursery:
                for port in self.ports:
                    listeners = await trio.open_tcp_listeners(port, host=self.host)
                    nursery.start_soon(trio.serve_listeners,
                                       partial(self._serve, port), listeners)
                self._ready.set()

    async def _serve(self, port: int, client: trio.SocketStream) -> None:
        async with client:
            try:
                upstream = await trio.open_tcp_stream(self.upstream_host, port)
            except OSError:
                return
            async with upstream:
                with contextlib.suppress(trio.BrokenResourceError, PeerGone, OSError):
                    framed_client = FramedStream(client, 100 << 20)
                    framed_upstream = FramedStream(upstream, 100 << 20)
                    auth = Authenticator(self._mechanisms(), self.max_session_ms)
                    if await self._authenticate(auth, framed_client, framed_upstream):
                        async with trio.open_nursery() as nursery:
                            nursery.start_soon(self._requests, auth, framed_client,
                                               framed_upstream, nursery.cancel_scope)
                            nursery.start_soon(_responses, framed_upstream, framed_client,
                                               nursery.cancel_scope)

    async def _requests(self, auth: Authenticator, client: FramedStream,
                        upstream: FramedStream, scope: trio.CancelScope) -> None:
        """Forward requests; answer re-authentications (KIP-368); close on an expired one."""
        try:
            while (frame := await client.read_frame()) is not None:
                (key,) = struct.unpack_from(">h", frame, 4)
                if key in (SASL_HANDSHAKE, SASL_AUTHENTICATE):
                    if not await self._answer_sasl(auth, client, frame):
                        break
                    if key == SASL_AUTHENTICATE and auth.state is State.AUTHENTICATED:
                        self.reauthentications += 1
                    continue
                if not auth.may_forward(key, trio.current_time()):
                    self.expired.append(api_keys.api_name(key))
                    break
                await upstream.send(frame)
        except (PeerGone, ProtocolError):
            pass
        scope.cancel()

    async def _answer_sasl(self, auth: Authenticator, client: FramedStream, frame: bytes
                           ) -> bool:
        """Answer a SaslHandshake or SaslAuthenticate; False when the login failed."""
        header, body, _ = decode_request(frame)
        key, version = header.RequestApiKey, header.RequestApiVersion
        response = auth.receive(key, version, body, trio.current_time())
        await client.send(encode_response(
            ResponseHeader(CorrelationId=header.CorrelationId), response, version))
        if auth.state is State.FAILED:
            self.failures.append(str(auth.outcome))
            return False
        return True

    async def _authenticate(self, auth: Authenticator, client: FramedStream,
                            upstream: FramedStream) -> bool:
        while auth.authenticated is None:
            frame = await client.read_frame()
            if frame is None:
                return False
            (key,) = struct.unpack_from(">h", frame, 4)
            if key == api_keys.API_VERSIONS:
                await upstream.send(frame)
                answer = await upstream.read_frame()
                if answer is None:
                    return False
                await client.send(answer)
                continue
            if key not in (SASL_HANDSHAKE, SASL_AUTHENTICATE):
                self.failures.append(f"API key {key} before authentication")
                return False
            if not await self._answer_sasl(auth, client, frame):
                return False
        assert not client.reader.buffered  # the client waited for the last answer
        self.logins.append((auth.authenticated.mechanism, auth.authenticated.principal))
        return True


async def _responses(source: FramedStream, sink: FramedStream, scope: trio.CancelScope
                     ) -> None:
    """Copy whole response frames (FramedStream.send keeps them apart from the SASL answers)."""
    try:
        while (frame := await source.read_frame()) is not None:
            await sink.send(frame)
    except (PeerGone, ProtocolError):
        pass
    scope.cancel()


class TokenEndpoint:
    """A loopback OAuth token endpoint (client credentials grant) issuing opaque tokens."""

    def __init__(self, tokens: _OpaqueTokens, client_id: str, client_secret: str,
                 expires_in: int = 3600) -> None:
        self.requests: list[dict[str, str]] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                body = self.rfile.read(int(self.headers["Content-Length"]))
                basic = base64.b64decode(self.headers["Authorization"].removeprefix("Basic "))
                form = dict(urllib.parse.parse_qsl(body.decode()))
                outer.requests.append({"basic": basic.decode(),
                                       "agent": self.headers.get("User-Agent", ""), **form})
                if basic.decode() != f"{client_id}:{client_secret}":
                    self._answer(401, {"error": "invalid_client"})
                    return
                token = f"tok-{len(outer.requests)}"
                tokens.issued.add(token)
                self._answer(200, {"access_token": token, "token_type": "bearer",
                                   "expires_in": expires_in})

            def _answer(self, status: int, body: dict[str, object]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/oauth2/token"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
