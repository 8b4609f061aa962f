"""TLS contexts: real certificates made at test time, real handshakes over memory BIOs."""

from __future__ import annotations

import logging
import os
import ssl
import warnings
from pathlib import Path
from typing import NamedTuple

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from hypothesis import given
from hypothesis import strategies as st

from gateway.protocol.codec import RequestHeader, encode_request, request_class
from gateway.security.principal import PrincipalMapper
from gateway.security.tls import (
    BackendTls,
    ReloadingServerContext,
    ServerTls,
    TlsConfigError,
    backend_context,
    classify_first_bytes,
    principal_from_der,
    server_context,
    source_fingerprint,
)
from tests.unit.security.certs import Issued, issue, make_ca

CA = make_ca()
OTHER_CA = make_ca("Other CA")
SERVER = issue(CA, "gw.localhost", dns=("gw.localhost", "*.gw.localhost"))
CLIENT = issue(CA, "Billing-Svc", unit="Apps", client=True)
STRANGER = issue(OTHER_CA, "Mallory", unit="Apps", client=True)


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.fixture
def pem(tmp_path: Path) -> dict[str, str]:
    return {
        "cert": write(tmp_path / "server.pem", SERVER.cert_pem() + CA.cert_pem()),
        "key": write(tmp_path / "server.key", SERVER.key_pem(b"keypw")),
        "ca": write(tmp_path / "ca.pem", CA.cert_pem()),
        "other_ca": write(tmp_path / "other.pem", OTHER_CA.cert_pem()),
        "client_cert": write(tmp_path / "client.pem", CLIENT.cert_pem()),
        "client_key": write(tmp_path / "client.key", CLIENT.key_pem()),
        "stranger_cert": write(tmp_path / "stranger.pem", STRANGER.cert_pem()),
        "stranger_key": write(tmp_path / "stranger.key", STRANGER.key_pem()),
    }


def pem_server(pem: dict[str, str], **kwargs: object) -> ssl.SSLContext:
    return server_context(ServerTls(cert_location=pem["cert"], key_location=pem["key"],
                                    key_password="keypw", **kwargs))  # type: ignore[arg-type]


def client_ctx(ca: str, cert: str | None = None, key: str | None = None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca)
    if cert and key:
        context.load_cert_chain(cert, key)
    return context


class Link(NamedTuple):
    """Both ends of a TLS connection over memory BIOs."""

    s: ssl.SSLObject
    c: ssl.SSLObject
    s_in: ssl.MemoryBIO
    s_out: ssl.MemoryBIO
    c_in: ssl.MemoryBIO
    c_out: ssl.MemoryBIO

    def to_server(self, data: bytes) -> bytes:
        self.c.write(data)
        self.s_in.write(self.c_out.read())
        return self.s.read(len(data))

    def to_client(self, data: bytes) -> bytes:
        self.s.write(data)
        self.c_in.write(self.s_out.read())
        return self.c.read(len(data))


def handshake(server: ssl.SSLContext, client: ssl.SSLContext,
              name: str = "gw.localhost") -> tuple[ssl.SSLObject, ssl.SSLObject]:
    """A complete TLS handshake between two contexts through memory BIOs (no sockets)."""
    link = handshake_link(server, client, name)
    return link.s, link.c


def handshake_link(server: ssl.SSLContext, client: ssl.SSLContext, name: str) -> Link:
    """The Link of a complete handshake."""
    c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
    c = client.wrap_bio(c_in, c_out, server_hostname=name)
    s = server.wrap_bio(s_in, s_out, server_side=True)
    done = {"c": False, "s": False}
    for _ in range(10):
        for side, obj in (("c", c), ("s", s)):
            if not done[side]:
                try:
                    obj.do_handshake()
                    done[side] = True
                except ssl.SSLWantReadError:
                    pass
        s_in.write(c_out.read())
        c_in.write(s_out.read())
        if all(done.values()):
            break
    link = Link(s, c, s_in, s_out, c_in, c_out)
    # TLS 1.3 reports a refused client certificate only when data flows.
    assert link.to_server(b"ping") == b"ping"
    return link


def test_pem_server_handshake_tls12_minimum(pem: dict[str, str]) -> None:
    server = pem_server(pem)
    assert server.minimum_version == ssl.TLSVersion.TLSv1_2
    s, c = handshake(server, client_ctx(pem["ca"]))
    assert c.version() in ("TLSv1.2", "TLSv1.3")
    assert s.getpeercert(binary_form=True) is None


def test_tls11_client_refused(pem: dict[str, str]) -> None:
    client = client_ctx(pem["ca"])
    client.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client.maximum_version = ssl.TLSVersion.TLSv1_1
    with pytest.raises(ssl.SSLError):
        handshake(pem_server(pem), client)


def test_wrong_key_password_is_a_clear_error(pem: dict[str, str]) -> None:
    with pytest.raises(TlsConfigError, match="GATEWAY_SSL_KEY_PASSWORD"):
        server_context(ServerTls(cert_location=pem["cert"], key_location=pem["key"],
                                 key_password="wrong"))
    with pytest.raises(TlsConfigError, match="needs GATEWAY_SSL_CERT_LOCATION"):
        server_context(ServerTls())


def _p12(tmp_path: Path, password: bytes, name: str = "ks.p12",
         key: Issued | None = SERVER) -> str:
    data = pkcs12.serialize_key_and_certificates(
        b"gw", key.key if key else None, key.cert if key else None,
        [CA.cert], serialization.BestAvailableEncryption(password))
    return write(tmp_path / name, data)


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_pkcs12_keystore(tmp_path: Path, pem: dict[str, str]) -> None:
    store = _p12(tmp_path, b"storepw")
    before = _open_fds()
    server = server_context(ServerTls(key_store_path=store, key_store_password="storepw"))
    assert _open_fds() == before, "the in-memory key files are closed"
    assert sorted(os.listdir(tmp_path)) == sorted(
        [Path(p).name for p in pem.values()] + ["ks.p12"]), "nothing written beside it"
    s, c = handshake(server, client_ctx(pem["ca"]))
    assert c.getpeercert()["subject"][-1] == (("commonName", "gw.localhost"),)


def test_pkcs12_key_password_fallback_and_wrong_password(tmp_path: Path,
                                                         pem: dict[str, str]) -> None:
    store = _p12(tmp_path, b"keypw")
    server = server_context(ServerTls(key_store_path=store, key_store_password="other",
                                      key_password="keypw"))
    handshake(server, client_ctx(pem["ca"]))
    with pytest.raises(TlsConfigError, match="wrong password or not a PKCS#12 file"):
        server_context(ServerTls(key_store_path=store, key_store_password="nope"))
    with pytest.raises(TlsConfigError, match="holds no private key"):
        server_context(ServerTls(key_store_path=_p12(tmp_path, b"x", "ts.p12", key=None),
                                 key_store_password="x"))


def test_jks_keystore_explains_conversion(tmp_path: Path) -> None:
    jks = write(tmp_path / "ks.jks", b"\xfe\xed\xfe\xed\x00\x00\x00\x02" + b"\0" * 64)
    with pytest.raises(TlsConfigError) as info:
        server_context(ServerTls(key_store_path=jks, key_store_password="changeit"))
    assert "is a JKS keystore" in str(info.value)
    assert (f"keytool -importkeystore -srckeystore {jks} -destkeystore "
            f"{tmp_path / 'ks'}.p12 -deststoretype pkcs12") in str(info.value)
    with pytest.raises(TlsConfigError, match="is a JKS keystore"):
        server_context(ServerTls(key_store_path=jks, key_type="jks"))


def test_mtls_require_maps_principal(pem: dict[str, str]) -> None:
    server = pem_server(pem, client_auth="REQUIRE", ca_location=pem["ca"])
    s, _ = handshake(server, client_ctx(pem["ca"], pem["client_cert"], pem["client_key"]))
    mapper = PrincipalMapper.parse("RULE:^CN=(.*?),OU=Apps,O=.*$/$1/L,DEFAULT")
    assert principal_from_der(s.getpeercert(binary_form=True), mapper) == "billing-svc"
    with pytest.raises(ssl.SSLError):
        handshake(server, client_ctx(pem["ca"]))
    with pytest.raises(ssl.SSLError):
        handshake(server, client_ctx(pem["ca"], pem["stranger_cert"], pem["stranger_key"]))


def test_mtls_request_admits_clients_without_certificates(pem: dict[str, str]) -> None:
    server = pem_server(pem, client_auth="REQUEST", ca_location=pem["ca"])
    s, _ = handshake(server, client_ctx(pem["ca"]))
    assert principal_from_der(s.getpeercert(binary_form=True), PrincipalMapper.parse()) is None
    s, _ = handshake(server, client_ctx(pem["ca"], pem["client_cert"], pem["client_key"]))
    assert principal_from_der(s.getpeercert(binary_form=True), PrincipalMapper.parse()) == \
        "CN=Billing-Svc,OU=Apps,O=Sluice Tests"


def test_mtls_trust_from_pkcs12_truststore(tmp_path: Path, pem: dict[str, str]) -> None:
    truststore = _p12(tmp_path, b"trustpw", "truststore.p12", key=None)
    server = pem_server(pem, client_auth="REQUIRE", trust_store_path=truststore,
                        trust_store_password="trustpw")
    handshake(server, client_ctx(pem["ca"], pem["client_cert"], pem["client_key"]))


def test_client_auth_without_trust_is_a_clear_error(pem: dict[str, str]) -> None:
    with pytest.raises(TlsConfigError, match="set GATEWAY_SSL_CA_LOCATION .* or "
                                             "GATEWAY_SSL_TRUST_STORE_PATH"):
        pem_server(pem, client_auth="REQUIRE")
    with pytest.raises(TlsConfigError, match="not one of NONE, REQUEST, REQUIRE"):
        pem_server(pem, client_auth="WANT")


def test_backend_context_verifies_hostname_and_ca(pem: dict[str, str]) -> None:
    server = pem_server(pem)
    backend = backend_context(BackendTls(ca_location=pem["ca"]))
    assert backend.check_hostname and backend.verify_mode == ssl.CERT_REQUIRED
    handshake(server, backend, "broker3.gw.localhost")
    with pytest.raises(ssl.SSLCertVerificationError, match="Hostname mismatch"):
        handshake(server, backend, "kafka.example.com")
    other = backend_context(BackendTls(ca_location=pem["other_ca"]))
    with pytest.raises(ssl.SSLCertVerificationError, match="certificate verify failed"):
        handshake(server, other)


def test_backend_context_with_truststore_and_client_cert(tmp_path: Path,
                                                         pem: dict[str, str]) -> None:
    truststore = _p12(tmp_path, b"t", "bts.p12", key=None)
    backend = backend_context(BackendTls(truststore_location=truststore,
                                         truststore_password="t",
                                         certificate_location=pem["client_cert"],
                                         key_location=pem["client_key"]))
    server = pem_server(pem, client_auth="REQUIRE", ca_location=pem["ca"])
    s, _ = handshake(server, backend)
    assert s.getpeercert(binary_form=True) is not None


def test_backend_hostname_check_off_warns(pem: dict[str, str],
                                          caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, "gateway.security.tls"):
        backend = backend_context(BackendTls(ca_location=pem["ca"],
                                             endpoint_identification_algorithm=""))
    assert not backend.check_hostname
    assert "host names are not verified" in caplog.text
    handshake(pem_server(pem), backend, "kafka.example.com")
    with pytest.raises(TlsConfigError, match="is not `https` or empty"):
        backend_context(BackendTls(endpoint_identification_algorithm="ldap"))


def test_backend_default_uses_system_cas() -> None:
    backend = backend_context(BackendTls())
    assert backend.check_hostname and backend.verify_mode == ssl.CERT_REQUIRED
    assert backend.minimum_version == ssl.TLSVersion.TLSv1_2


def test_classify_first_bytes(pem: dict[str, str]) -> None:
    out = ssl.MemoryBIO()
    hello = client_ctx(pem["ca"]).wrap_bio(ssl.MemoryBIO(), out, server_hostname="gw.localhost")
    with pytest.raises(ssl.SSLWantReadError):
        hello.do_handshake()
    assert classify_first_bytes(out.read()[:16]) == "tls"
    cls = request_class(18, 3)
    frame = encode_request(RequestHeader(RequestApiKey=18, RequestApiVersion=3,
                                         CorrelationId=1, ClientId="kcat"),
                           cls(ClientSoftwareName="kcat", ClientSoftwareVersion="1.7"))
    assert classify_first_bytes(frame[:16]) == "kafka-plaintext"
    assert classify_first_bytes(b"GET /metrics HTTP/1.1\r\n") == "http"
    assert classify_first_bytes(b"PRI * HTTP/2.0\r\n") == "http"
    assert classify_first_bytes(b"\x00\x00\x00\x05\xff\xff") == "unknown"
    assert classify_first_bytes(b"SSH-2.0-OpenSSH") == "unknown"


@given(st.binary(max_size=32))
def test_classify_first_bytes_total(data: bytes) -> None:
    assert classify_first_bytes(data) in ("tls", "kafka-plaintext", "http", "unknown")


def test_source_fingerprint_sees_rotation(tmp_path: Path) -> None:
    path = write(tmp_path / "cert.pem", SERVER.cert_pem())
    before = source_fingerprint((path, None))
    rotated = issue(CA, "gw.localhost", dns=("gw.localhost",))
    write(tmp_path / "new.pem", rotated.cert_pem())
    os.replace(tmp_path / "new.pem", path)
    assert source_fingerprint((path, None)) != before


def test_certificate_rotation(tmp_path: Path, pem: dict[str, str],
                              caplog: pytest.LogCaptureFixture) -> None:
    first = issue(CA, "gw.localhost", dns=("gw.localhost",), serial=1001)
    second = issue(CA, "gw.localhost", dns=("gw.localhost",), serial=2002)
    cert = write(tmp_path / "tls.crt", first.cert_pem())
    key = write(tmp_path / "tls.key", first.key_pem())
    reloading = ReloadingServerContext(ServerTls(cert_location=cert, key_location=key),
                                       check_interval_s=5.0, now=100.0)
    client = client_ctx(pem["ca"])
    old = handshake_link(reloading.current(100.0), client, "gw.localhost")
    assert x509.load_der_x509_certificate(old.c.getpeercert(True)).serial_number == 1001

    write(tmp_path / "tls.crt", second.cert_pem())  # half-way: the key is still the old one
    with caplog.at_level(logging.WARNING, "gateway.security.tls"):
        _, c = handshake(reloading.current(106.0), client)
    assert x509.load_der_x509_certificate(c.getpeercert(True)).serial_number == 1001
    assert reloading.last_error is not None and "cannot load" in caplog.text

    write(tmp_path / "tls.key", second.key_pem())
    _, c = handshake(reloading.current(108.0), client)
    assert x509.load_der_x509_certificate(c.getpeercert(True)).serial_number == 1001, \
        "no re-check before the interval has passed"
    _, c = handshake(reloading.current(111.0), client)
    assert x509.load_der_x509_certificate(c.getpeercert(True)).serial_number == 2002
    assert reloading.last_error is None

    assert old.to_server(b"still here") == b"still here"
    assert old.to_client(b"and back") == b"and back"
