"""The admin API over HTTPS (GATEWAY_HTTPS_CERT_LOCATION / _KEY_LOCATION)."""

from __future__ import annotations

import datetime
import ipaddress
import socket
from pathlib import Path

import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from gateway.demo.mock_cluster import MockCluster
from tests.e2e.admin_helpers import ADMIN, start_admin_node
from tests.resource_examples import alias_topic


def _self_signed(tmp: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sluice-admin-test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=1))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = tmp / "admin.pem", tmp / "admin.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_the_admin_api_serves_https_and_refuses_plaintext(mock_cluster: MockCluster,
                                                          tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    node = start_admin_node(mock_cluster, tmp_path, extra_env={
        "GATEWAY_HTTPS_CERT_LOCATION": str(cert), "GATEWAY_HTTPS_KEY_LOCATION": str(key)})
    try:
        url = node.admin_url.replace("http://", "https://")
        assert "admin API on https://127.0.0.1:" in node.log_text()
        answer = requests.put(f"{url}/gateway/v2/alias-topic", json=alias_topic(), auth=ADMIN,
                              verify=str(cert), timeout=15)
        assert answer.status_code == 200 and answer.json()["upsertResult"] == "CREATED"
        assert requests.get(f"{url}/health/live", verify=str(cert), timeout=5).status_code == 200
        host, port = node.env["GATEWAY_BIND_HOST"], int(node.env["GATEWAY_HTTP_PORT"])
        with socket.create_connection((host, port), timeout=10) as plain:
            plain.sendall(b"GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n")
            try:
                reply = plain.recv(65536)
            except ConnectionResetError:
                reply = b""
        assert not reply.startswith(b"HTTP/1.1 200")  # no plaintext answer on an HTTPS port
        assert requests.get(f"{url}/health/live", verify=str(cert), timeout=5).status_code == 200
    finally:
        node.stop()


def test_a_certificate_without_its_key_stops_the_node(mock_cluster: MockCluster,
                                                      tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import REPO, free_port_range

    cert, _ = _self_signed(tmp_path)
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": mock_cluster.bootstrap_servers,
           "GATEWAY_BIND_HOST": "127.0.0.1", "GATEWAY_PORT_START": str(free_port_range(5)),
           "GATEWAY_HTTP_PORT": str(free_port_range(1)),
           "GATEWAY_HTTPS_CERT_LOCATION": str(cert)}
    result = subprocess.run([sys.executable, "-m", "gateway", "run"], capture_output=True,
                            text=True, cwd=REPO, timeout=30, env=env)
    assert result.returncode == 1
    assert ("HTTPS needs both GATEWAY_HTTPS_CERT_LOCATION and GATEWAY_HTTPS_KEY_LOCATION"
            in result.stderr)
