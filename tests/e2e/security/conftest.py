"""Fixtures for TLS end-to-end tests: certificates made at test time, a TLS gateway."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess, start_gateway
from tests.unit.security.certs import Issued, issue, make_ca

# `*.localhost` resolves to loopback through libnss-myhostname (see the README test notes).
ADVERTISED_HOST = "gw.localhost"


@dataclass
class Pki:
    """A test CA, the gateway's wildcard certificate and a client certificate, as files."""

    directory: Path
    ca: Issued
    server: Issued
    client: Issued

    @property
    def ca_file(self) -> str:
        return str(self.directory / "ca.pem")

    @property
    def cert_file(self) -> str:
        return str(self.directory / "server.pem")

    @property
    def key_file(self) -> str:
        return str(self.directory / "server.key")

    @property
    def client_cert_file(self) -> str:
        return str(self.directory / "client.pem")

    @property
    def client_key_file(self) -> str:
        return str(self.directory / "client.key")

    def write_server(self, server: Issued) -> None:
        """Put a (new) server certificate in place, as cert-manager renews one: rename."""
        for name, data in (("server.pem", server.cert_pem() + self.ca.cert_pem()),
                           ("server.key", server.key_pem())):
            tmp = self.directory / f".{name}.tmp"
            tmp.write_bytes(data)
            tmp.replace(self.directory / name)
        self.server = server


def make_pki(directory: Path, host: str = ADVERTISED_HOST) -> Pki:
    """A CA, a server certificate for `host` and `*.host`, and a client certificate."""
    directory.mkdir(parents=True, exist_ok=True)
    ca = make_ca()
    pki = Pki(directory, ca, issue(ca, host, dns=(host, f"*.{host}")),
              issue(ca, "billing-svc", unit="Apps", client=True))
    (directory / "ca.pem").write_bytes(ca.cert_pem())
    (directory / "client.pem").write_bytes(pki.client.cert_pem())
    (directory / "client.key").write_bytes(pki.client.key_pem())
    pki.write_server(pki.server)
    return pki


def tls_env(pki: Pki, protocol: str = "SSL", routing: str = "host") -> dict[str, str]:
    """Gateway settings for a TLS listener with the test certificate."""
    return {
        "GATEWAY_SECURITY_PROTOCOL": protocol,
        "GATEWAY_SSL_CERT_LOCATION": pki.cert_file,
        "GATEWAY_SSL_KEY_LOCATION": pki.key_file,
        "GATEWAY_ROUTING_MECHANISM": routing,
        "GATEWAY_FEATURE_FLAGS_INTERNAL_LOAD_BALANCING": "false",
    }


def start_tls_gateway(cluster: MockCluster, tmp: Path, pki: Pki,
                      extra: dict[str, str] | None = None) -> GatewayProcess:
    """A gateway serving SSL with SNI routing on one port, advertised as gw.localhost."""
    return start_gateway(cluster, tmp, {**tls_env(pki), **(extra or {})}, port_count=1,
                         advertised_host=ADVERTISED_HOST)


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """The session's certificates."""
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def sni_gateway(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory,
                pki: Pki) -> Iterator[GatewayProcess]:
    """One SSL + SNI gateway shared by the client tests."""
    gw = start_tls_gateway(mock_cluster, tmp_path_factory.mktemp("sni-gateway"), pki)
    try:
        yield gw
    finally:
        gw.stop()
