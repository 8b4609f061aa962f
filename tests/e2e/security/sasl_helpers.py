"""Shared parts of the SASL end-to-end tests: gateways with SASL listeners, tokens from the
real `sluice token` command, the audit log, a raw Kafka client, a loopback JWKS server."""

from __future__ import annotations

import contextlib
import http.server
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.demo.mock_cluster import MockCluster
from gateway.protocol import codec
from gateway.protocol.frames import FrameReader
from gateway.security.tokens import ServiceAccountTokens
from tests.conftest import REPO, GatewayProcess, start_gateway
from tests.kafka_frames import request

SECRET_KEY = "sasl-e2e-secret-key-0123456789-abcdefghij"
TOKENS = ServiceAccountTokens(SECRET_KEY)


def start_sasl_gateway(cluster: MockCluster, tmp_path: Path, protocol: str = "SASL_PLAINTEXT",
                       **env: str) -> GatewayProcess:
    """`sluice run` with a gateway-managed SASL listener and a file audit log."""
    audit = tmp_path / f"audit-{time.monotonic_ns()}.jsonl"
    settings = {
        "GATEWAY_SECURITY_PROTOCOL": protocol,
        "GATEWAY_SECURITY_MODE": "GATEWAY_MANAGED",
        "GATEWAY_USER_POOL_SECRET_KEY": SECRET_KEY,
        "GATEWAY_AUDIT_LOG_FILE": str(audit),
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
        **env,
    }
    return start_gateway(cluster, tmp_path, settings)


def audit_path(gateway: GatewayProcess) -> Path:
    """The gateway's audit log file."""
    return Path(gateway.env["GATEWAY_AUDIT_LOG_FILE"])


def audit_events(gateway: GatewayProcess, kind: str = "AUTHENTICATION") -> list[dict[str, Any]]:
    """The audit events of one type written so far."""
    path = audit_path(gateway)
    if not path.exists():
        return []
    events = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [e for e in events if e.get("type") == kind]


def wait_for_audit(gateway: GatewayProcess, matches: Callable[[dict[str, Any]], bool],
                   timeout: float = 10.0, kind: str = "AUTHENTICATION") -> dict[str, Any]:
    """The first audit event of `kind` that `matches`, waiting for it to be written."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for event in audit_events(gateway, kind):
            if matches(event):
                return event
        time.sleep(0.05)
    raise AssertionError(f"no matching {kind} audit event within {timeout}s: "
                         f"{audit_events(gateway, kind)}")


def cli_token(username: str, lifetime: str = "1d") -> str:
    """A token printed by the real `sluice token create` command."""
    done = subprocess.run(
        [sys.executable, "-m", "gateway", "token", "create", "--username", username,
         "--lifetime", lifetime], cwd=REPO, capture_output=True, text=True, timeout=60,
        env={"GATEWAY_USER_POOL_SECRET_KEY": SECRET_KEY, "PATH": "/usr/bin:/bin"}, check=True)
    return done.stdout.strip()


def expired_token(username: str) -> str:
    """A token signed with the gateway's key that expired an hour ago."""
    return TOKENS.create(username, 3600, now=time.time() - 7200)


def plain_config(gateway: GatewayProcess, username: str, password: str,
                 protocol: str = "SASL_PLAINTEXT", **extra: Any) -> dict[str, Any]:
    """confluent-kafka settings for SASL/PLAIN through the gateway."""
    return {"bootstrap.servers": gateway.bootstrap, "security.protocol": protocol,
            "sasl.mechanism": "PLAIN", "sasl.username": username, "sasl.password": password,
            **extra}


class RawClient:
    """A Kafka client on a plain socket, for what real clients never send."""

    def __init__(self, host: str, port: int, timeout: float = 10.0) -> None:
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.reader = FrameReader(64 * 1024 * 1024)
        self.cid = 0

    def close(self) -> None:
        self.sock.close()

    def send(self, api_key: int, version: int, **fields: Any) -> int:
        self.cid += 1
        self.sock.sendall(request(api_key, version, self.cid, client_id="raw-sasl", **fields))
        return self.cid

    def receive(self, api_key: int, version: int) -> Any | None:
        """The next response body, or None when the gateway closed the connection."""
        while (frame := self.reader.next_frame()) is None:
            try:
                data = self.sock.recv(65536)
            except ConnectionResetError:
                data = b""
            if not data:
                return None
            self.reader.receive_data(data)
        return codec.decode_response(frame, api_key, version).body

    def call(self, api_key: int, version: int, **fields: Any) -> Any | None:
        self.send(api_key, version, **fields)
        return self.receive(api_key, version)

    def login(self, username: str, password: str) -> Any:
        """SaslHandshake v1 + SaslAuthenticate v2 with PLAIN; the SaslAuthenticate answer."""
        handshake = self.call(17, 1, Mechanism="PLAIN")
        assert handshake is not None and handshake.ErrorCode == 0, handshake
        return self.call(36, 2, AuthBytes=f"\0{username}\0{password}".encode())

    def closed_by_gateway(self, timeout: float = 10.0) -> bool:
        """Whether the gateway closes the connection (end of file) within `timeout`."""
        self.sock.settimeout(timeout)
        try:
            return self.sock.recv(65536) == b""
        except ConnectionResetError:
            return True
        except TimeoutError:
            return False


@contextlib.contextmanager
def raw_client(gateway: GatewayProcess) -> Iterator[RawClient]:
    """A raw client on the gateway's bootstrap port."""
    client = RawClient(gateway.advertised_host, gateway.port_start)
    try:
        yield client
    finally:
        client.close()


class IdentityProvider:
    """An RSA key, a JWKS document served over HTTP on loopback, and tokens it signs."""

    def __init__(self, issuer: str = "https://idp.sluice.test", audience: str = "kafka") -> None:
        self.issuer, self.audience = issuer, audience
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        self.document = json.dumps({"keys": [{**jwk, "kid": "sluice-e2e", "alg": "RS256",
                                              "use": "sig"}]}).encode()
        self.fetches = 0
        provider = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                provider.fetches += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(provider.document)))
                self.end_headers()
                self.wfile.write(provider.document)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def jwks_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/jwks.json"

    def token(self, subject: str, lifetime_s: int = 600, key: Any = None,
              **claims: Any) -> tuple[str, float]:
        """A signed JWT and its expiry (epoch seconds)."""
        expires = time.time() + lifetime_s
        body = {"sub": subject, "iss": self.issuer, "aud": self.audience, "exp": int(expires),
                "iat": int(time.time()), **claims}
        signed = jwt.encode(body, key or self.key, algorithm="RS256",
                            headers={"kid": "sluice-e2e"})
        return signed, expires

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
