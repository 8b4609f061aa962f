"""Five client libraries through an SSL listener with SNI routing on one port.

Each produces 2,000 records, consumes them with a group and commits. Every broker
address a client was given is `broker<N>.gw.localhost` on the gateway's one port, and
each such name reached the broker it names (no "served by another broker" fallback).
The client settings come from clients.py, built from a security protocol, so the same
tests can run over SASL_SSL by adding credentials.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Consumer, TopicPartition

from tests.conftest import GatewayProcess
from tests.e2e.security.clients import (
    kafkajs_config,
    kcat_args,
    librdkafka_config,
    python_client_config,
)
from tests.e2e.security.conftest import ADVERTISED_HOST, Pki
from tests.kafka_helpers import produce_all, unique

COUNT = 2000
PROTOCOL = "SSL"
HERE = Path(__file__).resolve().parent
JS_MODULES = HERE.parent / "js" / "node_modules"
NAME = re.compile(rf"^broker(\d+)\.{re.escape(ADVERTISED_HOST)}$")


def assert_sni_addresses(gateway: GatewayProcess, addresses: set[tuple[str, int]]) -> None:
    """Every address is broker<N>.gw.localhost on the one port, N a broker of the cluster."""
    assert addresses, "the client saw no broker address"
    brokers = set(gateway.mock_cluster.broker_addresses())
    for host, port in addresses:
        match = NAME.match(host)
        assert match and int(match.group(1)) in brokers, (host, port)
        assert port == gateway.port_start, (host, port)
    log = gateway.log_text()
    assert "served by another broker" not in log
    assert "TLS handshake with" not in log, log[-2000:]


def bootstrap(gateway: GatewayProcess) -> str:
    return f"{ADVERTISED_HOST}:{gateway.port_start}"


def test_confluent_kafka(sni_gateway: GatewayProcess, pki: Pki) -> None:
    topic, group = unique("tls-ck"), unique("tls-ck-group")
    sni_gateway.mock_cluster.create_topic(topic, 4)
    conf = librdkafka_config(PROTOCOL, pki.ca_file)
    sent = [f"ck-{i}".encode() for i in range(COUNT)]
    produce_all(bootstrap(sni_gateway), topic, sent, **conf)
    consumer = Consumer({"bootstrap.servers": bootstrap(sni_gateway), "group.id": group,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "session.timeout.ms": 6000, **conf})
    got: list[bytes] = []
    next_offsets: dict[int, int] = {}
    try:
        consumer.subscribe([topic])
        deadline = time.monotonic() + 60
        while len(got) < COUNT and time.monotonic() < deadline:
            for msg in consumer.consume(1000, 0.5):
                if msg.error() is None:
                    got.append(msg.value())
                    next_offsets[msg.partition()] = msg.offset() + 1
        offsets = [TopicPartition(topic, p, o) for p, o in sorted(next_offsets.items())]
        consumer.commit(offsets=offsets, asynchronous=False)
        committed = consumer.committed([TopicPartition(topic, p) for p in next_offsets],
                                       timeout=10)
        metadata = consumer.list_topics(timeout=10)
        addresses = {(b.host, b.port) for b in metadata.brokers.values()}
    finally:
        consumer.close()
    assert Counter(got) == Counter(sent)
    assert sorted((c.partition, c.offset) for c in committed) == sorted(next_offsets.items())
    assert len(addresses) == 3
    assert_sni_addresses(sni_gateway, addresses)
    for broker in sni_gateway.mock_cluster.broker_addresses():
        # Logged as each connection closes: each name reached its own broker.
        sni_gateway.wait_for_log(f"to broker {broker} (")


async def _aiokafka_roundtrip(bootstrap_server: str, topic: str, group: str,
                              conf: dict[str, Any]) -> tuple[list[bytes], set[tuple[str, int]]]:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_server, enable_idempotence=True,
                                acks="all", **conf)
    await producer.start()
    try:
        futures = [await producer.send(topic, f"aio-{i}".encode()) for i in range(COUNT)]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap_server, group_id=group,
                                auto_offset_reset="earliest", enable_auto_commit=False,
                                session_timeout_ms=6000, heartbeat_interval_ms=500, **conf)
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(60):
            while len(values) < COUNT:
                batches = await consumer.getmany(timeout_ms=500)
                values += [m.value for msgs in batches.values() for m in msgs]
        await consumer.commit()
        cluster = consumer._client.cluster
        addresses = {(b.host, b.port) for b in cluster.brokers()}
        coordinator = cluster.broker_metadata(consumer._coordinator.coordinator_id)
        assert coordinator is not None
        addresses.add((coordinator.host, coordinator.port))
        committed = [await consumer.committed(tp) for tp in consumer.assignment()]
        assert sum(c or 0 for c in committed) == COUNT
    finally:
        await consumer.stop()
    return values, addresses


def test_aiokafka(sni_gateway: GatewayProcess, pki: Pki) -> None:
    topic, group = unique("tls-aio"), unique("tls-aio-group")
    sni_gateway.mock_cluster.create_topic(topic, 4)
    values, addresses = asyncio.run(_aiokafka_roundtrip(
        bootstrap(sni_gateway), topic, group, python_client_config(PROTOCOL, pki.ca_file)))
    assert Counter(values) == Counter(f"aio-{i}".encode() for i in range(COUNT))
    assert_sni_addresses(sni_gateway, addresses)


def test_kafka_python(sni_gateway: GatewayProcess, pki: Pki) -> None:
    kafka = pytest.importorskip("kafka")
    topic, group = unique("tls-kpy"), unique("tls-kpy-group")
    sni_gateway.mock_cluster.create_topic(topic, 4)
    conf = python_client_config(PROTOCOL, pki.ca_file)
    # kafka-python 3's JoinGroup v6 is refused by the mock broker (see test_kafka_python.py);
    # (2, 3) keeps the group protocol one the mock speaks.
    conf["api_version"] = (2, 3)
    sent = [f"kpy-{i}".encode() for i in range(COUNT)]
    producer = kafka.KafkaProducer(bootstrap_servers=[bootstrap(sni_gateway)], acks="all",
                                   max_block_ms=20_000, **conf)
    futures = [producer.send(topic, value) for value in sent]
    producer.flush(60)
    assert all(f.get(timeout=10).offset >= 0 for f in futures)
    producer.close()
    consumer = kafka.KafkaConsumer(
        topic, bootstrap_servers=[bootstrap(sni_gateway)], group_id=group,
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
    assert_sni_addresses(sni_gateway, addresses)


def _run(cmd: list[str], stdin: str | None = None) -> str:
    proc = subprocess.run(cmd, input=stdin, text=True, timeout=120, capture_output=True)
    assert proc.returncode == 0, f"{' '.join(cmd)}: exit {proc.returncode}\n{proc.stderr[-2000:]}"
    return proc.stdout


def test_kcat(sni_gateway: GatewayProcess, pki: Pki) -> None:
    kcat = shutil.which("kcat")
    if kcat is None:
        pytest.skip("kcat is not installed (apt-get install kcat)")
    topic, group = unique("tls-kcat"), unique("tls-kcat-group")
    sni_gateway.mock_cluster.create_topic(topic, 4)
    security = kcat_args(PROTOCOL, pki.ca_file)
    sent = [f"kcat-{i}" for i in range(COUNT)]
    # gw.localhost resolves to ::1 first, where the test gateway (bound to 127.0.0.1) does
    # not listen; kcat, unlike the other clients, gives up after that first refusal.
    base = [kcat, "-b", bootstrap(sni_gateway), *security, "-X", "broker.address.family=v4"]
    _run([*base, "-P", "-t", topic, "-X", "enable.idempotence=true", "-X", "acks=all", "-q"],
         "".join(f"{v}\n" for v in sent))
    out = _run([*base, "-G", group, "-X", "auto.offset.reset=earliest",
                "-X", "auto.commit.interval.ms=100", "-X", "session.timeout.ms=6000",
                "-f", "%s\n", "-c", str(COUNT), "-e", "-q", topic])
    assert Counter(out.splitlines()) == Counter(sent)
    md = json.loads(_run([*base, "-L", "-J", "-t", topic]))
    addresses = set()
    for b in md["brokers"]:
        host, _, port = b["name"].rpartition(":")
        addresses.add((host, int(port)))
    assert len(addresses) == 3
    assert_sni_addresses(sni_gateway, addresses)
    # Committed by kcat's consumer close: the same group gets nothing more.
    again = subprocess.run(
        [*base, "-G", group, "-X", "session.timeout.ms=6000", "-f", "%s\n", "-e", "-q", topic],
        text=True, timeout=120, capture_output=True)
    assert again.stdout == "", again.stderr[-2000:]
    assert again.returncode == 0, again.stderr[-2000:]


def test_kafkajs(sni_gateway: GatewayProcess, pki: Pki) -> None:
    node = shutil.which("node")
    if node is None or not (JS_MODULES / "kafkajs").is_dir():
        pytest.skip("node or tests/e2e/js/node_modules/kafkajs missing (cd tests/e2e/js && "
                    "npm ci)")
    topic, group = unique("tls-js"), unique("tls-js-group")
    sni_gateway.mock_cluster.create_topic(topic, 4)
    cfg = {"bootstrap": bootstrap(sni_gateway), "topic": topic, "group": group,
           "count": COUNT, "client": kafkajs_config(PROTOCOL, pki.ca_file)}
    proc = subprocess.run([node, str(HERE / "kafkajs_roundtrip.js"), json.dumps(cfg)],
                          capture_output=True, text=True, timeout=150,
                          env={**os.environ, "NODE_PATH": str(JS_MODULES)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert Counter(result["consumed"]) == Counter(f"kafkajs-{i}" for i in range(COUNT))
    (topic_offsets,) = result["committed"]
    assert sum(int(p["offset"]) for p in topic_offsets["partitions"]) == COUNT
    addresses = set()
    for address in result["brokers"]:
        host, _, port = address.rpartition(":")
        addresses.add((host, int(port)))
    assert_sni_addresses(sni_gateway, addresses)
