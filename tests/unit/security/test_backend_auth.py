"""Backend SASL credentials from KAFKA_SASL_* settings or a Java JAAS string."""

from __future__ import annotations

import pytest

from gateway.security.backend_auth import BackendSasl, PlainClient, resolve_backend_sasl
from gateway.security.sasl import ScramClient, parse_plain

PLAIN = "org.apache.kafka.common.security.plain.PlainLoginModule"
SCRAM = "org.apache.kafka.common.security.scram.ScramLoginModule"
OAUTH = "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule"


def test_confluent_cloud_jaas() -> None:
    sasl = resolve_backend_sasl("PLAIN", jaas_config=f"{PLAIN} required username='KEY' "
                                                     f"password='SECRET';")
    assert (sasl.mechanism, sasl.username, sasl.password) == ("PLAIN", "KEY", "SECRET")
    assert "SECRET" not in repr(sasl)
    exchange = sasl.client_exchange()
    assert isinstance(exchange, PlainClient) and "SECRET" not in repr(exchange)
    assert parse_plain(exchange.first()) == ("", "KEY", "SECRET")
    assert sasl.librdkafka_properties() == {"sasl.mechanism": "PLAIN", "sasl.username": "KEY",
                                            "sasl.password": "SECRET"}


def test_username_password_settings_and_scram() -> None:
    sasl = resolve_backend_sasl("scram-sha-512", "alice", "pw")
    exchange = sasl.client_exchange()
    assert isinstance(exchange, ScramClient) and exchange.mechanism == "SCRAM-SHA-512"
    assert exchange.first().startswith(b"n,,n=alice,r=")
    same = resolve_backend_sasl("SCRAM-SHA-256", "alice", "pw",
                                f'{SCRAM} required username="alice" password="pw";')
    assert same == BackendSasl("SCRAM-SHA-256", "alice", "pw")


def test_oauthbearer_client_credentials() -> None:
    sasl = resolve_backend_sasl("OAUTHBEARER", jaas_config=(
        f"{OAUTH} required clientId='sluice' clientSecret='CS' scope='kafka';"))
    assert sasl.librdkafka_properties() == {
        "sasl.mechanism": "OAUTHBEARER", "sasl.oauthbearer.method": "oidc",
        "sasl.oauthbearer.client.id": "sluice", "sasl.oauthbearer.client.secret": "CS",
        "sasl.oauthbearer.scope": "kafka"}
    assert "CS" not in repr(sasl)


@pytest.mark.parametrize(("args", "message"), [
    (("GSSAPI", "u", "SECRET"), "KAFKA_SASL_MECHANISM=GSSAPI is not one of"),
    (("PLAIN", None, None), "needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"),
    (("PLAIN", None, None, f"{SCRAM} required username='u' password='SECRET';"),
     "does not fit KAFKA_SASL_MECHANISM=PLAIN"),
    (("PLAIN", "u", "other", f"{PLAIN} required username='u' password='SECRET';"),
     "KAFKA_SASL_PASSWORD and the password of KAFKA_SASL_JAAS_CONFIG differ"),
    (("PLAIN", None, None, f"{PLAIN} required username='u' password='SECRET'"),
     "KAFKA_SASL_JAAS_CONFIG: login module .* is not terminated"),
    (("OAUTHBEARER", None, None, f"{OAUTH} required clientId='x';"), "needs clientId and"),
])
def test_errors_name_the_setting_and_hide_the_secret(args: tuple[str | None, ...],
                                                     message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        resolve_backend_sasl(*args)
    assert "SECRET" not in str(info.value)
