"""TLS contexts for the client-facing listeners and the backend, and first-bytes sniffing.

Settings, client side (`ServerTls`): `GATEWAY_SSL_CERT_LOCATION`,
`GATEWAY_SSL_KEY_LOCATION`, `GATEWAY_SSL_KEY_PASSWORD` (PEM), or `GATEWAY_SSL_KEY_STORE_PATH`,
`GATEWAY_SSL_KEY_STORE_PASSWORD`, `GATEWAY_SSL_KEY_PASSWORD`, `GATEWAY_SSL_KEY_TYPE=pkcs12`;
`GATEWAY_SSL_CLIENT_AUTH` (NONE | REQUEST | REQUIRE) with trust from
`GATEWAY_SSL_TRUST_STORE_PATH` + `GATEWAY_SSL_TRUST_STORE_PASSWORD` (PKCS#12) or
`GATEWAY_SSL_CA_LOCATION` (PEM). Backend side (`BackendTls`): `KAFKA_SSL_CA_LOCATION`,
`KAFKA_SSL_TRUSTSTORE_LOCATION` + `KAFKA_SSL_TRUSTSTORE_PASSWORD`,
`KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM` (`https` by default; empty turns hostname
verification off), `KAFKA_SSL_CERTIFICATE_LOCATION` + `KAFKA_SSL_KEY_LOCATION` +
`KAFKA_SSL_KEY_PASSWORD` for mTLS to the backend.

A PKCS#12 key is decrypted with `cryptography` and handed to `ssl` through an anonymous
in-memory file (memfd), re-encrypted with a one-time password, so it never touches a disk.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import ssl
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from gateway.config import ConfigError, GatewayConfig

from .principal import PrincipalMapper, PrincipalRuleError, parse_rules, subject_rfc2253

__all__ = [
    "BackendTls", "ClientAuth", "ReloadingServerContext", "ServerTls", "TlsConfigError",
    "backend_context", "check_client_security",
    "classify_first_bytes", "load_pkcs12", "principal_from_der", "server_context",
    "source_fingerprint", "truststore_pem",
]

log = logging.getLogger(__name__)

ClientAuth = Literal["NONE", "REQUEST", "REQUIRE"]
FirstBytes = Literal["tls", "kafka-plaintext", "http", "unknown"]
_JKS_MAGIC = {b"\xfe\xed\xfe\xed": "JKS", b"\xce\xce\xce\xce": "JCEKS"}
_HTTP_METHODS = (b"GET ", b"POST ", b"PUT ", b"HEAD ", b"DELETE ", b"OPTIONS ", b"PATCH ",
                 b"CONNECT ", b"TRACE ", b"PRI * HTTP/2")
_KAFKA_HEAD = struct.Struct(">ihh")
_MAX_PLAUSIBLE_FRAME = 100 * 1024 * 1024
_MAX_PLAUSIBLE_API_KEY = 200


class TlsConfigError(ValueError):
    """Certificates, keys or stores that cannot make a TLS context; says which and why."""


@dataclass(frozen=True)
class ServerTls:
    """How a client-facing TLS listener gets its certificate and whom it trusts."""

    cert_location: str | None = None
    key_location: str | None = None
    key_password: str | None = None
    key_store_path: str | None = None
    key_store_password: str | None = None
    key_type: str = "pkcs12"
    client_auth: ClientAuth = "NONE"
    trust_store_path: str | None = None
    trust_store_password: str | None = None
    ca_location: str | None = None

    def __repr__(self) -> str:
        return (f"ServerTls(cert_location={self.cert_location!r}, "
                f"key_store_path={self.key_store_path!r}, client_auth={self.client_auth!r}, "
                f"ca_location={self.ca_location!r}, trust_store_path={self.trust_store_path!r}"
                f", passwords=***)")


@dataclass(frozen=True)
class BackendTls:
    """How Sluice checks the backend brokers' certificates (and, optionally, its own)."""

    ca_location: str | None = None
    truststore_location: str | None = None
    truststore_password: str | None = None
    endpoint_identification_algorithm: str = "https"
    certificate_location: str | None = None
    key_location: str | None = None
    key_password: str | None = None

    def __repr__(self) -> str:
        return (f"BackendTls(ca_location={self.ca_location!r}, "
                f"truststore_location={self.truststore_location!r}, "
                f"endpoint_identification_algorithm="
                f"{self.endpoint_identification_algorithm!r}, "
                f"certificate_location={self.certificate_location!r}, passwords=***)")


def _read(path: str, what: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise TlsConfigError(f"cannot read {what} {path}: {exc.strerror}") from None


def _refuse_java_keystore(data: bytes, path: str, what: str) -> None:
    kind = _JKS_MAGIC.get(data[:4])
    if kind is not None:
        raise TlsConfigError(
            f"{what} {path} is a {kind} keystore, which Sluice cannot read; convert it to "
            f"PKCS#12 with `keytool -importkeystore -srckeystore {path} -destkeystore "
            f"{path.rsplit('.', 1)[0]}.p12 -deststoretype pkcs12` and point at the .p12 file")


def load_pkcs12(path: str, passwords: tuple[str | None, ...],
                what: str) -> pkcs12.PKCS12KeyAndCertificates:
    """A PKCS#12 store, trying each password in turn (Java stores have a store and a key one)."""
    data = _read(path, what)
    _refuse_java_keystore(data, path, what)
    tried: set[str | None] = set()
    for password in passwords:
        if password in tried:
            continue
        tried.add(password)
        try:
            return pkcs12.load_pkcs12(data, None if password is None else password.encode())
        except ValueError:
            continue
    raise TlsConfigError(f"cannot open {what} {path} as PKCS#12: wrong password or not a "
                         f"PKCS#12 file")


@contextlib.contextmanager
def _memory_file(data: bytes, name: str) -> Iterator[str]:
    """A path to `data` in an anonymous in-memory file, valid inside the block."""
    fd = os.memfd_create(name, os.MFD_CLOEXEC)
    try:
        os.write(fd, data)
        yield f"/proc/self/fd/{fd}"
    finally:
        os.close(fd)


def _load_chain_from_store(context: ssl.SSLContext, settings: ServerTls) -> None:
    assert settings.key_store_path is not None
    what = "keystore GATEWAY_SSL_KEY_STORE_PATH"
    if settings.key_type.lower() != "pkcs12":
        data = _read(settings.key_store_path, what)
        _refuse_java_keystore(data, settings.key_store_path, what)
        raise TlsConfigError(f"GATEWAY_SSL_KEY_TYPE={settings.key_type} is not supported; "
                             f"use pkcs12")
    store = load_pkcs12(settings.key_store_path,
                        (settings.key_store_password, settings.key_password), what)
    if store.key is None or store.cert is None:
        raise TlsConfigError(f"{what} {settings.key_store_path} holds no private key with "
                             f"its certificate")
    one_time = secrets.token_urlsafe(24)
    key_pem = store.key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(one_time.encode()))
    chain = [store.cert.certificate] + [c.certificate for c in store.additional_certs]
    chain_pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
    with _memory_file(chain_pem, "sluice-cert") as cert_path, \
            _memory_file(key_pem, "sluice-key") as key_path:
        try:
            context.load_cert_chain(cert_path, key_path, password=one_time)
        except ssl.SSLError as exc:
            raise TlsConfigError(f"{what} {settings.key_store_path}: the key does not fit "
                                 f"the certificate ({exc.reason})") from None


def _trust_pem(settings: ServerTls) -> str | None:
    if settings.trust_store_path:
        store = load_pkcs12(settings.trust_store_path, (settings.trust_store_password,),
                            "truststore GATEWAY_SSL_TRUST_STORE_PATH")
        certs = [c.certificate for c in store.additional_certs]
        if store.cert is not None:
            certs.append(store.cert.certificate)
        if not certs:
            raise TlsConfigError(f"truststore GATEWAY_SSL_TRUST_STORE_PATH "
                                 f"{settings.trust_store_path} holds no certificate")
        return "".join(c.public_bytes(serialization.Encoding.PEM).decode() for c in certs)
    if settings.ca_location:
        return _read(settings.ca_location, "CA file GATEWAY_SSL_CA_LOCATION").decode(
            "ascii", "replace")
    return None


def server_context(settings: ServerTls) -> ssl.SSLContext:
    """A server SSLContext (TLS 1.2 or later) from PEM files or a PKCS#12 keystore."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.options |= ssl.OP_NO_COMPRESSION | ssl.OP_CIPHER_SERVER_PREFERENCE
    if settings.key_store_path:
        _load_chain_from_store(context, settings)
    elif settings.cert_location and settings.key_location:
        for path, what in ((settings.cert_location, "GATEWAY_SSL_CERT_LOCATION"),
                           (settings.key_location, "GATEWAY_SSL_KEY_LOCATION")):
            _refuse_java_keystore(_read(path, what), path, what)
        try:
            context.load_cert_chain(settings.cert_location, settings.key_location,
                                    password=settings.key_password)
        except ssl.SSLError as exc:
            raise TlsConfigError(
                f"cannot load GATEWAY_SSL_CERT_LOCATION {settings.cert_location} with "
                f"GATEWAY_SSL_KEY_LOCATION {settings.key_location}: {exc.reason or exc} "
                f"(wrong GATEWAY_SSL_KEY_PASSWORD, or a key that does not fit the "
                f"certificate?)") from None
    else:
        raise TlsConfigError(
            "a TLS listener needs GATEWAY_SSL_CERT_LOCATION and GATEWAY_SSL_KEY_LOCATION, or "
            "GATEWAY_SSL_KEY_STORE_PATH")
    mode = settings.client_auth.upper()
    if mode not in ("NONE", "REQUEST", "REQUIRE"):
        raise TlsConfigError(f"GATEWAY_SSL_CLIENT_AUTH={settings.client_auth} is not one of "
                             f"NONE, REQUEST, REQUIRE")
    trust = _trust_pem(settings)
    if mode != "NONE":
        if trust is None:
            raise TlsConfigError(
                f"GATEWAY_SSL_CLIENT_AUTH={mode} needs the CAs that sign client certificates: "
                f"set GATEWAY_SSL_CA_LOCATION (PEM) or GATEWAY_SSL_TRUST_STORE_PATH (PKCS#12)")
        try:
            context.load_verify_locations(cadata=trust)
        except ssl.SSLError as exc:
            raise TlsConfigError(f"the client CA certificates cannot be loaded: "
                                 f"{exc.reason or exc}") from None
        context.verify_mode = ssl.CERT_REQUIRED if mode == "REQUIRE" else ssl.CERT_OPTIONAL
    return context


def backend_context(settings: BackendTls) -> ssl.SSLContext:
    """A client SSLContext for the backend: system CAs unless a CA is given; hostnames checked."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if settings.truststore_location:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_verify_locations(cadata=truststore_pem(settings.truststore_location,
                                                            settings.truststore_password))
    elif settings.ca_location:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        _read(settings.ca_location, "CA file KAFKA_SSL_CA_LOCATION")
        try:
            context.load_verify_locations(cafile=settings.ca_location)
        except ssl.SSLError as exc:
            raise TlsConfigError(f"KAFKA_SSL_CA_LOCATION {settings.ca_location} holds no "
                                 f"usable CA certificate: {exc.reason or exc}") from None
    # The session is read by TlsStream, whose reads never wait for the broker to write.
    context.options |= ssl.OP_NO_RENEGOTIATION
    algorithm = settings.endpoint_identification_algorithm.strip().lower()
    if algorithm in ("", "none"):
        context.check_hostname = False
        log.warning("KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM is empty: backend broker "
                    "host names are not verified, so a man in the middle goes unnoticed")
    elif algorithm != "https":
        raise TlsConfigError(f"KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM={algorithm} is "
                             f"not `https` or empty")
    if settings.certificate_location and settings.key_location:
        try:
            context.load_cert_chain(settings.certificate_location, settings.key_location,
                                    password=settings.key_password)
        except (OSError, ssl.SSLError) as exc:
            raise TlsConfigError(f"cannot load KAFKA_SSL_CERTIFICATE_LOCATION "
                                 f"{settings.certificate_location} with KAFKA_SSL_KEY_LOCATION "
                                 f"{settings.key_location}: {exc}") from None
    return context


def truststore_pem(path: str, password: str | None) -> str:
    """The certificates of a PKCS#12 truststore (KAFKA_SSL_TRUSTSTORE_LOCATION) as PEM."""
    store = load_pkcs12(path, (password,), "truststore KAFKA_SSL_TRUSTSTORE_LOCATION")
    certs = [c.certificate for c in store.additional_certs]
    if store.cert is not None:
        certs.append(store.cert.certificate)
    if not certs:
        raise TlsConfigError(f"truststore KAFKA_SSL_TRUSTSTORE_LOCATION {path} holds no "
                             f"certificate")
    return "".join(c.public_bytes(serialization.Encoding.PEM).decode() for c in certs)


def classify_first_bytes(data: bytes) -> FirstBytes:
    """What a connection's first bytes look like: 'tls', 'kafka-plaintext', 'http', 'unknown'."""
    if len(data) >= 3 and data[0] == 0x16 and data[1] == 0x03 and data[2] <= 0x04:
        return "tls"
    if any(data.startswith(method) for method in _HTTP_METHODS):
        return "http"
    if len(data) >= _KAFKA_HEAD.size:
        size, api_key, api_version = _KAFKA_HEAD.unpack_from(data)
        if 8 <= size <= _MAX_PLAUSIBLE_FRAME and 0 <= api_key <= _MAX_PLAUSIBLE_API_KEY \
                and 0 <= api_version <= 50:
            return "kafka-plaintext"
    return "unknown"


def principal_from_der(der: bytes | None, mapper: PrincipalMapper) -> str | None:
    """The principal of a peer certificate (DER, from getpeercert(True)); None without one."""
    if not der:
        return None
    return mapper.map(subject_rfc2253(x509.load_der_x509_certificate(der).subject))


def source_fingerprint(paths: tuple[str | None, ...]) -> tuple[tuple[int, int, int], ...]:
    """(inode, size, mtime) of each file, so a watcher sees rotated certificates."""
    out = []
    for path in paths:
        if not path:
            continue
        try:
            st = os.stat(path)
        except OSError:
            out.append((0, -1, 0))
            continue
        out.append((st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(out)


class ReloadingServerContext:
    """The current server context, rebuilt when its certificate files change.

    New connections ask `current(now)`; open connections keep the SSLObject of the context
    they were made with. A failed rebuild (files caught half-written during a rotation) keeps
    the previous context and is retried at the next check.
    """

    def __init__(self, settings: ServerTls, check_interval_s: float = 5.0,
                 now: float = 0.0) -> None:
        self.settings = settings
        self.check_interval_s = check_interval_s
        self.last_error: TlsConfigError | None = None
        self._paths = (settings.cert_location, settings.key_location, settings.key_store_path,
                       settings.trust_store_path, settings.ca_location)
        self._fingerprint = source_fingerprint(self._paths)
        self._context = server_context(settings)
        self._checked = now

    def current(self, now: float) -> ssl.SSLContext:
        """The context for a new connection; checks the files at most once an interval."""
        if now - self._checked >= self.check_interval_s:
            self._checked = now
            fingerprint = source_fingerprint(self._paths)
            if fingerprint != self._fingerprint:
                try:
                    self._context = server_context(self.settings)
                except TlsConfigError as exc:
                    if self.last_error is None or str(exc) != str(self.last_error):
                        log.warning("certificate files changed but cannot be loaded yet, "
                                    "keeping the previous certificate: %s", exc)
                    self.last_error = exc
                else:
                    self._fingerprint = fingerprint
                    self.last_error = None
                    log.info("certificate files changed: new connections use the new "
                             "certificate")
        return self._context


def check_client_security(config: GatewayConfig) -> None:
    """Raise ConfigError for client TLS/SNI settings that cannot work, before any worker starts.

    Builds the server context once, so an unreadable certificate fails at startup.
    """
    tls = config.gateway_security_protocol in ("SSL", "SASL_SSL")
    # Without TLS only a TLS-terminating load balancer's PROXY v2 AUTHORITY can say
    # which broker a connection is for.
    if config.gateway_routing_mechanism == "host" and not tls and \
            not config.gateway_feature_flags_haproxy_protocol:
        raise ConfigError(
            f"GATEWAY_ROUTING_MECHANISM: host (SNI) routing reads the broker from the TLS "
            f"server name, so it needs GATEWAY_SECURITY_PROTOCOL=SSL or SASL_SSL (it is "
            f"{config.gateway_security_protocol}); set one, or use "
            f"GATEWAY_ROUTING_MECHANISM=port (behind a TLS-terminating load balancer "
            f"sending PROXY v2 AUTHORITY: GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL=true)")
    if not tls:
        return
    if config.gateway_ssl_key_type == "jks":
        raise ConfigError(
            "GATEWAY_SSL_KEY_TYPE: jks keystores cannot be read by Sluice; convert the "
            "keystore with `keytool -importkeystore -srckeystore KEYSTORE.jks "
            "-destkeystore KEYSTORE.p12 -deststoretype pkcs12`, point "
            "GATEWAY_SSL_KEY_STORE_PATH at the .p12 file and set GATEWAY_SSL_KEY_TYPE=pkcs12")
    if not config.gateway_ssl_key_store_path and not (
            config.gateway_ssl_cert_location and config.gateway_ssl_key_location):
        raise ConfigError(
            f"GATEWAY_SECURITY_PROTOCOL: {config.gateway_security_protocol} needs the "
            f"gateway's certificate: set GATEWAY_SSL_CERT_LOCATION and "
            f"GATEWAY_SSL_KEY_LOCATION (PEM), or GATEWAY_SSL_KEY_STORE_PATH (PKCS#12)")
    if config.gateway_ssl_client_auth != "NONE" and not (
            config.gateway_ssl_ca_location or config.gateway_ssl_trust_store_path):
        raise ConfigError(
            f"GATEWAY_SSL_CLIENT_AUTH: {config.gateway_ssl_client_auth} needs the CAs that "
            f"sign client certificates: set GATEWAY_SSL_CA_LOCATION (PEM) or "
            f"GATEWAY_SSL_TRUST_STORE_PATH (PKCS#12)")
    try:
        parse_rules(config.gateway_ssl_principal_mapping_rules)
    except PrincipalRuleError as exc:
        raise ConfigError(f"GATEWAY_SSL_PRINCIPAL_MAPPING_RULES: {exc}") from None
    settings = config.client_tls
    assert settings is not None
    try:
        server_context(settings)
    except TlsConfigError as exc:
        raise ConfigError(str(exc)) from None
