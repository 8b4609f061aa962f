"""KAFKA_* settings: the librdkafka properties of the gateway's own clients, and secrets."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from gateway.config import ConfigError, help_text, librdkafka_config, load_config
from gateway.proxy.upstream_security import (
    UpstreamSecurity,
    check_backend_security,
    security_mode,
)
from tests.unit.security.certs import make_ca

BOOT = {"KAFKA_BOOTSTRAP_SERVERS": "pkc-1.confluent.cloud:9092"}
JAAS = ("org.apache.kafka.common.security.plain.PlainLoginModule required "
        "username='KEY' password='hunter2';")


def test_every_kafka_setting_is_the_librdkafka_property_of_its_name() -> None:
    config = load_config({
        **BOOT, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "KAFKA_SASL_USERNAME": "alice", "KAFKA_SASL_PASSWORD": "hunter2",
        "KAFKA_SSL_CA_LOCATION": "/etc/ca.pem", "KAFKA_SSL_CERTIFICATE_LOCATION": "/c.pem",
        "KAFKA_SSL_KEY_LOCATION": "/k.pem", "KAFKA_SSL_KEY_PASSWORD": "kp"})
    assert librdkafka_config(config, {}) == {
        "bootstrap.servers": "pkc-1.confluent.cloud:9092", "security.protocol": "sasl_ssl",
        "sasl.mechanism": "SCRAM-SHA-512", "sasl.username": "alice",
        "sasl.password": "hunter2", "ssl.ca.location": "/etc/ca.pem",
        "ssl.certificate.location": "/c.pem", "ssl.key.location": "/k.pem",
        "ssl.key.password": "kp", "ssl.endpoint.identification.algorithm": "https"}


def test_confluent_cloud_jaas_and_other_kafka_variables_pass_through() -> None:
    environ = {**BOOT, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_JAAS_CONFIG": JAAS,
               "KAFKA_SOCKET_KEEPALIVE_ENABLE": "true", "KAFKA_CLIENT_DNS_LOOKUP": "x",
               "KAFKA_HEAP_OPTS": "-Xmx1g",  # Kafka's JVM scripts, not a librdkafka property
               # Kubernetes' links to a Service named kafka:
               "KAFKA_SERVICE_HOST": "10.0.0.1", "KAFKA_PORT": "tcp://10.0.0.1:9092",
               "KAFKA_PORT_9092_TCP_ADDR": "10.0.0.1", "KAFKA_SERVICE_PORT_BROKER": "9092",
               "KAFKA_SASL_USERNAM": "typo",  # a near-miss: warned about, never passed on
               "OTHER": "y"}
    config = load_config(environ)
    props = librdkafka_config(config, environ)
    assert props["sasl.username"] == "KEY" and props["sasl.password"] == "hunter2"
    assert props["sasl.mechanism"] == "PLAIN" and props["security.protocol"] == "sasl_ssl"
    assert props["socket.keepalive.enable"] == "true"
    assert props["client.dns.lookup"] == "x"
    assert not {"heap.opts", "sasl.usernam", "other", "sasl.jaas.config", "service.host",
                "port", "port.9092.tcp.addr", "service.port.broker"} & set(props)


@pytest.mark.parametrize("spelling", ["", "none", "NONE"])
def test_hostname_verification_off(spelling: str, tmp_path: Path) -> None:
    config = load_config({**BOOT, "KAFKA_SECURITY_PROTOCOL": "SSL",
                          "KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM": spelling})
    assert librdkafka_config(config, {})["ssl.endpoint.identification.algorithm"] == "none"
    security = UpstreamSecurity.from_config(config)
    assert security.tls_context is not None and not security.tls_context.check_hostname
    path = tmp_path / "s.yaml"
    path.write_text("kafka_bootstrap_servers: b:1\nkafka_security_protocol: SSL\n"
                    "kafka_ssl_endpoint_identification_algorithm:\n")
    assert load_config({}, str(path)).kafka_ssl_endpoint_identification_algorithm == ""


def test_default_is_system_cas_with_hostname_verification() -> None:
    config = load_config({**BOOT, "KAFKA_SECURITY_PROTOCOL": "SSL"})
    security = UpstreamSecurity.from_config(config)
    assert security.tls_context is not None and security.tls_context.check_hostname
    assert security.tls_context.cert_store_stats()["x509_ca"] > 0  # the system's CAs
    assert UpstreamSecurity.from_config(load_config(BOOT)).tls_context is None


def test_pkcs12_truststore_becomes_ca_pem(tmp_path: Path) -> None:
    ca = make_ca()
    store = tmp_path / "truststore.p12"
    store.write_bytes(pkcs12.serialize_key_and_certificates(
        b"ca", None, None, [ca.cert], serialization.BestAvailableEncryption(b"storepw")))
    config = load_config({**BOOT, "KAFKA_SECURITY_PROTOCOL": "SSL",
                          "KAFKA_SSL_TRUSTSTORE_LOCATION": str(store),
                          "KAFKA_SSL_TRUSTSTORE_PASSWORD": "storepw"})
    assert librdkafka_config(config, {})["ssl.ca.pem"] == ca.cert_pem().decode()
    security = UpstreamSecurity.from_config(config)
    assert security.tls_context is not None
    assert security.tls_context.cert_store_stats()["x509_ca"] == 1
    wrong = msgspec.structs.replace(config, kafka_ssl_truststore_password="nope")
    problem = check_backend_security(wrong)
    assert problem is not None and "wrong password" in problem and "nope" not in problem


def test_oauthbearer_settings_need_the_token_endpoint() -> None:
    environ = {**BOOT, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
               "KAFKA_SASL_MECHANISM": "OAUTHBEARER",
               "KAFKA_SASL_OAUTHBEARER_CLIENT_ID": "sluice",
               "KAFKA_SASL_OAUTHBEARER_CLIENT_SECRET": "hunter2"}
    with pytest.raises(ConfigError, match="KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL") as info:
        load_config(environ)
    assert "hunter2" not in str(info.value)
    config = load_config({**environ, "KAFKA_SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL":
                          "https://idp.example/oauth2/token"})
    props = librdkafka_config(config, {})
    assert props["sasl.oauthbearer.method"] == "oidc"
    assert props["sasl.oauthbearer.client.secret"] == "hunter2"
    assert props["sasl.oauthbearer.token.endpoint.url"] == "https://idp.example/oauth2/token"


def test_secrets_never_shown() -> None:
    config = load_config({**BOOT, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
                          "KAFKA_SASL_JAAS_CONFIG": JAAS, "KAFKA_SSL_KEY_PASSWORD": "hunter3",
                          "KAFKA_SSL_TRUSTSTORE_PASSWORD": "hunter4"})
    shown = repr(config) + repr(UpstreamSecurity.from_config(config)) + help_text()
    assert [w for w in ("hunter2", "hunter3", "hunter4") if w in shown] == []
    with pytest.raises(ConfigError) as info:  # an unterminated JAAS string
        load_config({**BOOT, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
                     "KAFKA_SASL_JAAS_CONFIG": JAAS.rstrip(";")})
    assert "hunter2" not in str(info.value) and "KAFKA_SASL_JAAS_CONFIG" in str(info.value)
    with pytest.raises(ConfigError) as info:  # a secret setting with a bad value
        load_config({**BOOT, "KAFKA_SASL_OAUTHBEARER_CLIENT_SECRET": "x",
                     "KAFKA_SECURITY_PROTOCOL": "hunter5"})
    assert "hunter5" in str(info.value)  # not a secret: shown
    text = help_text()
    for name in ("KAFKA_SASL_JAAS_CONFIG", "KAFKA_SASL_OAUTHBEARER_CLIENT_SECRET",
                 "KAFKA_SSL_TRUSTSTORE_PASSWORD", "KAFKA_SSL_KEY_PASSWORD"):
        assert name in text
        assert f"{name.lower()}=<redacted>" in repr(load_config({
            **BOOT, name: "hunter6"})) or name == "KAFKA_SASL_JAAS_CONFIG"


@pytest.mark.parametrize(("client", "backend", "mode"), [
    ("PLAINTEXT", "SASL_SSL", "GATEWAY_MANAGED"),
    ("SASL_SSL", "SASL_SSL", "KAFKA_MANAGED"),
    ("SASL_PLAINTEXT", "SSL", "GATEWAY_MANAGED"),
])
def test_security_mode_inferred(client: str, backend: str, mode: str) -> None:
    config = load_config({**BOOT, "KAFKA_SECURITY_PROTOCOL": backend, "KAFKA_SASL_USERNAME": "u",
                          "KAFKA_SASL_PASSWORD": "p", "GATEWAY_SECURITY_PROTOCOL": client})
    assert security_mode(config) == mode


def test_kafka_managed_data_path_does_tls_only() -> None:
    config = load_config({**BOOT, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
                          "KAFKA_SASL_JAAS_CONFIG": JAAS})
    managed = UpstreamSecurity.from_config(config)
    assert managed.mode == "GATEWAY_MANAGED" and managed.data_path_sasl == managed.sasl
    delegated = UpstreamSecurity("SASL_SSL", "KAFKA_MANAGED", managed.tls_context, managed.sasl)
    assert delegated.data_path_sasl is None  # the client's own SASL exchange passes through
    assert delegated.sasl is not None  # ... while the gateway's own calls still log in
