"""aiokafka through the gateway: idempotent produce, group consume, commit, resume."""

from __future__ import annotations

import asyncio
from collections import Counter

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from tests.conftest import GatewayProcess
from tests.kafka_helpers import unique


async def _produce(bootstrap: str, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True, acks="all")
    await producer.start()
    try:
        futures = [await producer.send(topic, value) for value in values]
        results = await asyncio.gather(*futures)
        assert all(r.offset >= 0 for r in results)
    finally:
        await producer.stop()


async def _consume(
    bootstrap: str, topic: str, group: str, expect: int, linger: float = 0.0
) -> tuple[list[bytes], set[tuple[str, int]]]:
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest",
        enable_auto_commit=False, session_timeout_ms=6000, heartbeat_interval_ms=500,
    )
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(60):
            while len(values) < expect:
                batches = await consumer.getmany(timeout_ms=500)
                values += [m.value for msgs in batches.values() for m in msgs]
        if linger:
            batches = await consumer.getmany(timeout_ms=int(linger * 1000))
            values += [m.value for msgs in batches.values() for m in msgs]
        await consumer.commit()
        cluster = consumer._client.cluster
        addresses = {(b.host, b.port) for b in cluster.brokers()}
        coordinator_id = consumer._coordinator.coordinator_id
        coordinator = cluster.broker_metadata(coordinator_id)
        assert coordinator is not None
        addresses.add((coordinator.host, coordinator.port))
    finally:
        await consumer.stop()
    return values, addresses


def test_aiokafka_produce_consume_commit_resume(gateway: GatewayProcess) -> None:
    topic, group = unique("aio"), unique("aio-group")
    gateway.mock_cluster.create_topic(topic, 4)
    sent = [f"aio-{i}".encode() for i in range(10_000)]
    allowed = {(gateway.advertised_host, port) for port in gateway.ports}

    asyncio.run(_produce(gateway.bootstrap, topic, sent))
    consumed, addresses = asyncio.run(_consume(gateway.bootstrap, topic, group, 10_000))
    assert Counter(consumed) == Counter(sent)
    assert addresses and addresses <= allowed

    more = [f"aio-more-{i}".encode() for i in range(100)]
    asyncio.run(_produce(gateway.bootstrap, topic, more))
    resumed, _ = asyncio.run(_consume(gateway.bootstrap, topic, group, 100, linger=1.0))
    assert Counter(resumed) == Counter(more)
