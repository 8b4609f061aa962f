"""Client settings for a secured gateway, one builder per client library.

Each builder takes the security protocol and the trust (CA file), plus the optional
credentials: a client certificate for mutual TLS and SASL settings, so that the same
tests run over SSL today and over SASL_SSL by adding a `Sasl`.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Sasl:
    """SASL credentials: mechanism, username, password (or an OAUTHBEARER token)."""

    mechanism: str
    username: str
    password: str


@dataclass(frozen=True)
class ClientCert:
    """A client certificate and key (PEM files), for mutual TLS."""

    cert_file: str
    key_file: str


def _uses_tls(protocol: str) -> bool:
    return protocol in ("SSL", "SASL_SSL")


def librdkafka_config(protocol: str, ca_file: str | None, cert: ClientCert | None = None,
                      sasl: Sasl | None = None) -> dict[str, str]:
    """confluent-kafka (and kcat -X) properties."""
    conf = {"security.protocol": protocol.lower()}
    if _uses_tls(protocol) and ca_file:
        conf["ssl.ca.location"] = ca_file
    if cert is not None:
        conf["ssl.certificate.location"] = cert.cert_file
        conf["ssl.key.location"] = cert.key_file
    if sasl is not None:
        conf.update({"sasl.mechanism": sasl.mechanism, "sasl.username": sasl.username,
                     "sasl.password": sasl.password})
    return conf


def kcat_args(protocol: str, ca_file: str | None, cert: ClientCert | None = None,
              sasl: Sasl | None = None) -> list[str]:
    """kcat `-X key=value` arguments."""
    args: list[str] = []
    for key, value in librdkafka_config(protocol, ca_file, cert, sasl).items():
        args += ["-X", f"{key}={value}"]
    return args


def ssl_context(ca_file: str | None, cert: ClientCert | None = None) -> ssl.SSLContext:
    """A client SSLContext that checks the gateway's certificate and host name."""
    context = ssl.create_default_context(cafile=ca_file)
    if cert is not None:
        context.load_cert_chain(cert.cert_file, cert.key_file)
    return context


def python_client_config(protocol: str, ca_file: str | None, cert: ClientCert | None = None,
                         sasl: Sasl | None = None) -> dict[str, Any]:
    """aiokafka and kafka-python keyword arguments (the two share these names)."""
    conf: dict[str, Any] = {"security_protocol": protocol}
    if _uses_tls(protocol):
        conf["ssl_context"] = ssl_context(ca_file, cert)
    if sasl is not None:
        conf.update({"sasl_mechanism": sasl.mechanism, "sasl_plain_username": sasl.username,
                     "sasl_plain_password": sasl.password})
    return conf


def kafkajs_config(protocol: str, ca_file: str | None, cert: ClientCert | None = None,
                   sasl: Sasl | None = None) -> dict[str, Any]:
    """The `ssl` and `sasl` options of KafkaJS's `new Kafka({...})`, as JSON."""
    conf: dict[str, Any] = {}
    if _uses_tls(protocol):
        tls: dict[str, Any] = {"rejectUnauthorized": True}
        if ca_file:
            tls["ca"] = [Path(ca_file).read_text()]
        if cert is not None:
            tls["cert"] = Path(cert.cert_file).read_text()
            tls["key"] = Path(cert.key_file).read_text()
        conf["ssl"] = tls
    if sasl is not None:
        conf["sasl"] = {"mechanism": sasl.mechanism.lower(), "username": sasl.username,
                        "password": sasl.password}
    return conf
