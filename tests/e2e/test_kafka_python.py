"""kafka-python 3.x, unpinned, through the gateway.

Directly against the librdkafka mock broker, kafka-python 3.0 cannot bootstrap: the mock's
reply to its ApiVersions v4 probe is not one it accepts. Sluice answers a too-new
ApiVersions request itself with a KIP-511 v0 body (UNSUPPORTED_VERSION plus the ranges it
supports), the client retries with a version both speak, and works with no api_version pin.
(Its consumer groups still fail on this backend: the mock broker drops the connection on
kafka-python's JoinGroup v6, which it advertises -- a broker-side problem, seen in the
gateway's DEBUG request trace.)
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import GatewayProcess
from tests.kafka_helpers import unique

kafka = pytest.importorskip("kafka", reason="kafka-python not installed")


def test_kafka_python_unpinned_produces_and_consumes(gateway: GatewayProcess) -> None:
    topic = unique("kpy")
    gateway.mock_cluster.create_topic(topic, 3)
    sent = [f"kpy-{i}".encode() for i in range(1000)]
    producer = kafka.KafkaProducer(bootstrap_servers=[gateway.bootstrap], acks="all",
                                   max_block_ms=10_000)
    futures = [producer.send(topic, value) for value in sent]
    producer.flush(30)
    assert all(f.get(timeout=10).offset >= 0 for f in futures)
    producer.close()

    consumer = kafka.KafkaConsumer(
        topic, bootstrap_servers=[gateway.bootstrap], auto_offset_reset="earliest",
        consumer_timeout_ms=20_000,
    )
    got = []
    for message in consumer:
        got.append(message.value)
        if len(got) == len(sent):
            break
    consumer.close()
    assert Counter(got) == Counter(sent)
