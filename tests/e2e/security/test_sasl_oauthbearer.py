"""SASL/OAUTHBEARER at the gateway: JWTs checked against a JWKS that a loopback HTTP
server (an identity provider of the test's own) serves."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from confluent_kafka import KafkaError, Producer
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess
from tests.e2e.security.sasl_helpers import (
    IdentityProvider,
    start_sasl_gateway,
    wait_for_audit,
)
from tests.kafka_helpers import consume_group, produce_all, unique


@pytest.fixture(scope="module")
def idp() -> Iterator[IdentityProvider]:
    provider = IdentityProvider()
    try:
        yield provider
    finally:
        provider.close()


@pytest.fixture(scope="module")
def gateway(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory,
            idp: IdentityProvider) -> Iterator[GatewayProcess]:
    gw = start_sasl_gateway(
        mock_cluster, tmp_path_factory.mktemp("sasl-oauth"),
        GATEWAY_OAUTH_JWKS_URL=idp.jwks_url, GATEWAY_OAUTH_EXPECTED_ISSUER=idp.issuer,
        GATEWAY_OAUTH_EXPECTED_AUDIENCES=idp.audience)
    try:
        yield gw
    finally:
        gw.stop()


def oauth(make_token: Any) -> dict[str, Any]:
    """confluent-kafka settings that send the token `make_token()` returns."""
    return {"security.protocol": "SASL_PLAINTEXT", "sasl.mechanism": "OAUTHBEARER",
            "oauth_cb": lambda _config: make_token()}


def test_a_valid_token_admits_its_subject(gateway: GatewayProcess, idp: IdentityProvider
                                          ) -> None:
    gateway.wait_for_log(f"JWKS loaded from {idp.jwks_url}")
    assert idp.fetches >= 1  # from the test's own HTTP server
    topic = unique("oauth")
    gateway.mock_cluster.create_topic(topic, 2)
    sent = [f"oauth-{i}".encode() for i in range(500)]
    conf = oauth(lambda: idp.token("svc-orders"))
    assert Counter(produce_all(gateway.bootstrap, topic, sent, **conf)) == Counter(sent)
    consumed = consume_group(gateway.bootstrap, topic, unique("oauth-group"),
                             expect=len(sent), **conf)
    assert Counter(consumed) == Counter(sent)
    event = wait_for_audit(gateway, lambda e: e["principal"] == "svc-orders")
    assert (event["mechanism"], event["outcome"]) == ("OAUTHBEARER", "SUCCESS")


@pytest.mark.parametrize("subject, claims, reason", [
    ("forger", {"key": "other"}, "Signature verification failed"),
    ("wrong-aud", {"aud": "not-kafka"}, "Audience doesn't match"),
    ("wrong-iss", {"iss": "https://evil.example"}, "Invalid issuer"),
])
def test_an_invalid_token_is_refused(gateway: GatewayProcess, idp: IdentityProvider,
                                     subject: str, claims: dict[str, Any], reason: str) -> None:
    if claims.get("key") == "other":
        claims = {"key": rsa.generate_private_key(public_exponent=65537, key_size=2048)}
    errors: list[KafkaError] = []
    producer = Producer({"bootstrap.servers": gateway.bootstrap, **oauth(
        lambda: idp.token(subject, **claims)), "error_cb": errors.append,
        "message.timeout.ms": 3000})
    producer.produce(unique("never"), b"x")
    deadline = time.monotonic() + 15
    while not any(e.code() == KafkaError._AUTHENTICATION for e in errors):
        assert time.monotonic() < deadline, errors
        producer.poll(0.1)
    producer.flush(10)
    event = wait_for_audit(gateway, lambda e: e["outcome"] == "FAILURE"
                           and reason in (e.get("reason") or ""))
    assert event["mechanism"] == "OAUTHBEARER" and event["errorCode"] == 58
