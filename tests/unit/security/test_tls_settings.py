"""Client TLS settings checked at startup: each error names the setting and the remedy."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway.config import ConfigError, load_config
from gateway.security.tls import check_client_security
from tests.unit.security.certs import issue, make_ca

BOOT = {"KAFKA_BOOTSTRAP_SERVERS": "b:9092"}


@pytest.fixture
def pem(tmp_path: Path) -> dict[str, str]:
    ca = make_ca()
    server = issue(ca, "gw.localhost", dns=("gw.localhost",))
    (tmp_path / "c.pem").write_bytes(server.cert_pem())
    (tmp_path / "k.pem").write_bytes(server.key_pem())
    (tmp_path / "ca.pem").write_bytes(ca.cert_pem())
    return {"GATEWAY_SSL_CERT_LOCATION": str(tmp_path / "c.pem"),
            "GATEWAY_SSL_KEY_LOCATION": str(tmp_path / "k.pem"),
            "ca": str(tmp_path / "ca.pem")}


def check(**env: str) -> None:
    check_client_security(load_config({**BOOT, **env}))


def test_plaintext_needs_nothing() -> None:
    check()


def test_ssl_with_pem_is_fine(pem: dict[str, str]) -> None:
    check(GATEWAY_SECURITY_PROTOCOL="SSL", GATEWAY_ROUTING_MECHANISM="host",
          GATEWAY_SSL_CERT_LOCATION=pem["GATEWAY_SSL_CERT_LOCATION"],
          GATEWAY_SSL_KEY_LOCATION=pem["GATEWAY_SSL_KEY_LOCATION"])


def test_host_routing_needs_tls() -> None:
    with pytest.raises(ConfigError, match=r"^GATEWAY_ROUTING_MECHANISM: host \(SNI\) routing "
                       r"reads the broker from the TLS server name, so it needs "
                       r"GATEWAY_SECURITY_PROTOCOL=SSL or SASL_SSL \(it is PLAINTEXT\)"):
        check(GATEWAY_ROUTING_MECHANISM="host")


def test_host_routing_behind_a_tls_terminating_proxy_is_allowed() -> None:
    check(GATEWAY_ROUTING_MECHANISM="host", GATEWAY_FEATURE_FLAGS_HAPROXY_PROTOCOL="true")


def test_ssl_needs_a_certificate() -> None:
    with pytest.raises(ConfigError, match="set GATEWAY_SSL_CERT_LOCATION and "
                       "GATEWAY_SSL_KEY_LOCATION \\(PEM\\), or GATEWAY_SSL_KEY_STORE_PATH"):
        check(GATEWAY_SECURITY_PROTOCOL="SSL")


def test_jks_names_the_keytool_conversion(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="keytool -importkeystore .* -deststoretype pkcs12"):
        check(GATEWAY_SECURITY_PROTOCOL="SSL", GATEWAY_SSL_KEY_TYPE="JKS",
              GATEWAY_SSL_KEY_STORE_PATH=str(tmp_path / "ks.jks"))


def test_client_auth_needs_cas(pem: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="GATEWAY_SSL_CLIENT_AUTH: REQUIRE needs the CAs"):
        check(GATEWAY_SECURITY_PROTOCOL="SSL", GATEWAY_SSL_CLIENT_AUTH="require",
              GATEWAY_SSL_CERT_LOCATION=pem["GATEWAY_SSL_CERT_LOCATION"],
              GATEWAY_SSL_KEY_LOCATION=pem["GATEWAY_SSL_KEY_LOCATION"])


def test_bad_mapping_rule_is_named(pem: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="^GATEWAY_SSL_PRINCIPAL_MAPPING_RULES: "):
        check(GATEWAY_SECURITY_PROTOCOL="SSL", GATEWAY_SSL_PRINCIPAL_MAPPING_RULES="RULE:oops",
              GATEWAY_SSL_CERT_LOCATION=pem["GATEWAY_SSL_CERT_LOCATION"],
              GATEWAY_SSL_KEY_LOCATION=pem["GATEWAY_SSL_KEY_LOCATION"])


def test_unreadable_certificate_fails_at_startup(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=f"cannot read GATEWAY_SSL_CERT_LOCATION "
                       f"{tmp_path}/missing.pem"):
        check(GATEWAY_SECURITY_PROTOCOL="SSL",
              GATEWAY_SSL_CERT_LOCATION=str(tmp_path / "missing.pem"),
              GATEWAY_SSL_KEY_LOCATION=str(tmp_path / "missing.key"))


def test_sasl_ssl_needs_the_gateway_certificate() -> None:
    with pytest.raises(ConfigError, match="SASL_SSL needs the gateway's certificate: set "
                       "GATEWAY_SSL_CERT_LOCATION and GATEWAY_SSL_KEY_LOCATION"):
        check(GATEWAY_SECURITY_PROTOCOL="SASL_SSL")


def test_passwords_are_secret_settings() -> None:
    config = load_config({**BOOT, "GATEWAY_SSL_KEY_PASSWORD": "hunter2",
                          "GATEWAY_SSL_KEY_STORE_PASSWORD": "s2",
                          "GATEWAY_SSL_TRUST_STORE_PASSWORD": "s3"})
    assert "hunter2" not in repr(config) and "s2" not in repr(config)
    assert "s3" not in repr(config) and "hunter2" not in repr(config.client_tls)
