"""Backend faults while clients produce through the gateway: nothing acknowledged is lost."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from confluent_kafka import KafkaError, Producer

from tests.conftest import GatewayProcess
from tests.kafka_helpers import consume_group, unique, wait_until


class BackgroundProducer(threading.Thread):
    """Produces numbered records at a steady pace and records which were acknowledged."""

    def __init__(self, bootstrap: str, topic: str, count: int, pace_s: float) -> None:
        super().__init__(daemon=True)
        self.bootstrap, self.topic, self.count, self.pace_s = bootstrap, topic, count, pace_s
        self.acked: list[bytes] = []
        self.failed: list[KafkaError] = []
        self.unflushed = -1

    def run(self) -> None:
        def on_delivery(err: KafkaError | None, msg: Any) -> None:
            (self.failed.append(err) if err else self.acked.append(msg.value()))

        producer = Producer({
            "bootstrap.servers": self.bootstrap, "enable.idempotence": True, "acks": "all",
            "linger.ms": 2, "message.timeout.ms": 60_000,
        })
        for i in range(self.count):
            producer.produce(self.topic, f"fault-{i}".encode(), on_delivery=on_delivery)
            producer.poll(0)
            time.sleep(self.pace_s)
        self.unflushed = producer.flush(60)


def test_leader_moves_and_broker_outage_lose_nothing(
    fresh_cluster_gateway: GatewayProcess,
) -> None:
    gw = fresh_cluster_gateway
    cluster = gw.mock_cluster
    topic = unique("faults")
    cluster.create_topic(topic, 6, 3)
    producer = BackgroundProducer(gw.bootstrap, topic, count=3000, pace_s=0.002)
    producer.start()

    # The faults are scheduled by the producer's progress, so each one lands under load.
    def acked(n: int) -> Callable[[], bool]:
        return lambda: len(producer.acked) >= n

    wait_until(acked(300), 30, "records acknowledged before the leader moves")
    cluster.set_leader(topic, 0, 2)          # leader moves under load
    cluster.set_leader(topic, 1, 3)
    wait_until(acked(800), 30, "records acknowledged after the leader moves")
    cluster.broker_down(3)                   # a broker goes away...
    down_at = len(producer.acked)
    wait_until(acked(down_at + 500), 30, "records acknowledged while broker 3 is down")
    cluster.broker_up(3)                     # ...and comes back
    cluster.set_leader(topic, 2, 1)
    producer.join(120)

    assert not producer.is_alive()
    assert producer.unflushed == 0
    assert not producer.failed, producer.failed[:5]
    assert len(producer.acked) == 3000

    consumed = consume_group(gw.bootstrap, topic, unique("faults-group"), expect=3000,
                             idle_after=1.0)
    missing = Counter(producer.acked) - Counter(consumed)
    assert not missing, f"{sum(missing.values())} acknowledged records lost"
    # Idempotence through the gateway: retries did not duplicate records.
    assert Counter(consumed) == Counter(producer.acked)
