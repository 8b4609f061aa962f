"""Five client libraries through a SASL_SSL listener with SNI routing on one port.

Each logs in with SASL/PLAIN (a service-account token as the password), produces 2,000
records, consumes them with a group and commits; every broker address it was given is
`broker<N>.gw.localhost` on the one port, and the audit log names the principal. Client
settings come from clients.py (the TLS helper's builders) with a `Sasl` added.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator

import pytest
from confluent_kafka import Consumer

from gateway.demo.mock_cluster import MockCluster
from tests.conftest import GatewayProcess
from tests.e2e.security.clients import (
    Sasl,
    kafkajs_config,
    kcat_args,
    librdkafka_config,
    python_client_config,
)
from tests.e2e.security.conftest import Pki, start_tls_gateway
from tests.e2e.security.sasl_helpers import SECRET_KEY, TOKENS, wait_for_audit
from tests.e2e.security.test_sni_clients import (
    COUNT,
    HERE,
    JS_MODULES,
    _aiokafka_roundtrip,
    _run,
    assert_sni_addresses,
    bootstrap,
)
from tests.kafka_helpers import consume_group, produce_all, unique

PROTOCOL = "SASL_SSL"


@pytest.fixture(scope="module")
def gateway(mock_cluster: MockCluster, tmp_path_factory: pytest.TempPathFactory, pki: Pki
            ) -> Iterator[GatewayProcess]:
    tmp = tmp_path_factory.mktemp("sasl-ssl")
    gw = start_tls_gateway(mock_cluster, tmp, pki, {
        "GATEWAY_SECURITY_PROTOCOL": PROTOCOL, "GATEWAY_USER_POOL_SECRET_KEY": SECRET_KEY,
        "GATEWAY_AUDIT_LOG_FILE": str(tmp / "audit.jsonl")})
    try:
        yield gw
    finally:
        gw.stop()


def account(username: str) -> Sasl:
    return Sasl("PLAIN", username, TOKENS.create(username, 3600))


def audited(gateway: GatewayProcess, username: str) -> None:
    event = wait_for_audit(gateway, lambda e: e["principal"] == username
                           and e["outcome"] == "SUCCESS")
    assert event["mechanism"] == "PLAIN"


def test_confluent_kafka(gateway: GatewayProcess, pki: Pki) -> None:
    topic = unique("sasl-ssl-ck")
    gateway.mock_cluster.create_topic(topic, 4)
    conf = librdkafka_config(PROTOCOL, pki.ca_file, sasl=account("ck-user"))
    sent = [f"ck-{i}".encode() for i in range(COUNT)]
    assert Counter(produce_all(bootstrap(gateway), topic, sent, **conf)) == Counter(sent)
    got = consume_group(bootstrap(gateway), topic, unique("sasl-ssl-ck-group"), expect=COUNT,
                        **conf)
    assert Counter(got) == Counter(sent)
    consumer = Consumer({"bootstrap.servers": bootstrap(gateway), "group.id": unique("md"),
                         **conf})
    try:
        addresses = {(b.host, b.port) for b in consumer.list_topics(timeout=10).brokers.values()}
    finally:
        consumer.close()
    assert len(addresses) == 3
    assert_sni_addresses(gateway, addresses)
    audited(gateway, "ck-user")


def test_aiokafka(gateway: GatewayProcess, pki: Pki) -> None:
    topic = unique("sasl-ssl-aio")
    gateway.mock_cluster.create_topic(topic, 4)
    values, addresses = asyncio.run(_aiokafka_roundtrip(
        bootstrap(gateway), topic, unique("sasl-ssl-aio-group"),
        python_client_config(PROTOCOL, pki.ca_file, sasl=account("aio-user"))))
    assert Counter(values) == Counter(f"aio-{i}".encode() for i in range(COUNT))
    assert_sni_addresses(gateway, addresses)
    audited(gateway, "aio-user")


def test_kafka_python(gateway: GatewayProcess, pki: Pki) -> None:
    kafka = pytest.importorskip("kafka")
    topic = unique("sasl-ssl-kpy")
    gateway.mock_cluster.create_topic(topic, 4)
    conf = python_client_config(PROTOCOL, pki.ca_file, sasl=account("kpy-user"))
    conf["api_version"] = (2, 3)  # the mock broker refuses kafka-python 3's JoinGroup v6
    sent = [f"kpy-{i}".encode() for i in range(COUNT)]
    producer = kafka.KafkaProducer(bootstrap_servers=[bootstrap(gateway)], acks="all",
                                   max_block_ms=20_000, **conf)
    futures = [producer.send(topic, value) for value in sent]
    producer.flush(60)
    assert all(f.get(timeout=10).offset >= 0 for f in futures)
    producer.close()
    consumer = kafka.KafkaConsumer(
        topic, bootstrap_servers=[bootstrap(gateway)], group_id=unique("sasl-ssl-kpy-group"),
        auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=30_000,
        session_timeout_ms=6000, heartbeat_interval_ms=500, **conf)
    got = []
    try:
        for message in consumer:
            got.append(message.value)
            if len(got) == COUNT:
                break
        consumer.commit()
        committed = [consumer.committed(tp) for tp in consumer.assignment()]
        addresses = {(b.host, b.port) for b in consumer._client.cluster.brokers()}
    finally:
        consumer.close()
    assert Counter(got) == Counter(sent)
    assert sum(c or 0 for c in committed) == COUNT
    assert_sni_addresses(gateway, addresses)
    audited(gateway, "kpy-user")


def test_kcat(gateway: GatewayProcess, pki: Pki) -> None:
    kcat = shutil.which("kcat")
    if kcat is None:
        pytest.skip("kcat is not installed (apt-get install kcat)")
    topic, group = unique("sasl-ssl-kcat"), unique("sasl-ssl-kcat-group")
    gateway.mock_cluster.create_topic(topic, 4)
    security = kcat_args(PROTOCOL, pki.ca_file, sasl=account("kcat-user"))
    sent = [f"kcat-{i}" for i in range(COUNT)]
    base = [kcat, "-b", bootstrap(gateway), *security, "-X", "broker.address.family=v4"]
    _run([*base, "-P", "-t", topic, "-X", "enable.idempotence=true", "-X", "acks=all", "-q"],
         "".join(f"{v}\n" for v in sent))
    out = _run([*base, "-G", group, "-X", "auto.offset.reset=earliest",
                "-X", "auto.commit.interval.ms=100", "-X", "session.timeout.ms=6000",
                "-f", "%s\n", "-c", str(COUNT), "-e", "-q", topic])
    assert Counter(out.splitlines()) == Counter(sent)
    md = json.loads(_run([*base, "-L", "-J", "-t", topic]))
    addresses = {(b["name"].rpartition(":")[0], int(b["name"].rpartition(":")[2]))
                 for b in md["brokers"]}
    assert len(addresses) == 3
    assert_sni_addresses(gateway, addresses)
    again = subprocess.run(
        [*base, "-G", group, "-X", "session.timeout.ms=6000", "-f", "%s\n", "-e", "-q", topic],
        text=True, timeout=120, capture_output=True)
    assert again.stdout == "" and again.returncode == 0, again.stderr[-2000:]
    audited(gateway, "kcat-user")


def test_kafkajs(gateway: GatewayProcess, pki: Pki) -> None:
    node = shutil.which("node")
    if node is None or not (JS_MODULES / "kafkajs").is_dir():
        pytest.skip("node or tests/e2e/js/node_modules/kafkajs missing (cd tests/e2e/js && "
                    "npm ci)")
    topic, group = unique("sasl-ssl-js"), unique("sasl-ssl-js-group")
    gateway.mock_cluster.create_topic(topic, 4)
    cfg = {"bootstrap": bootstrap(gateway), "topic": topic, "group": group, "count": COUNT,
           "client": kafkajs_config(PROTOCOL, pki.ca_file, sasl=account("js-user"))}
    proc = subprocess.run([node, str(HERE / "kafkajs_roundtrip.js"), json.dumps(cfg)],
                          capture_output=True, text=True, timeout=150,
                          env={**os.environ, "NODE_PATH": str(JS_MODULES)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert Counter(result["consumed"]) == Counter(f"kafkajs-{i}" for i in range(COUNT))
    (topic_offsets,) = result["committed"]
    assert sum(int(p["offset"]) for p in topic_offsets["partitions"]) == COUNT
    addresses = {(a.rpartition(":")[0], int(a.rpartition(":")[2])) for a in result["brokers"]}
    assert_sni_addresses(gateway, addresses)
    audited(gateway, "js-user")
