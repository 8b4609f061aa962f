"""Small helpers shared by end-to-end tests: produce, consume, raw requests."""

from __future__ import annotations

import socket
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import pytest
from confluent_kafka import Consumer, KafkaError, Producer

from gateway.protocol.frames import FrameReader, frame
from gateway.protocol.headers import encode_request_header, response_body_offset
from tests.wire import Wire as Message


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> float:
    """Poll ``condition`` until it is true; seconds it took. Fails naming ``what``."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            pytest.fail(f"{what}: not within {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - start


def holds_for(condition: Callable[[], object], seconds: float, what: str) -> None:
    """Check ``condition`` stays true for ``seconds`` (something must NOT happen yet)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        assert condition(), f"{what}: broke before {seconds} s"
        time.sleep(0.02)


def unique(prefix: str) -> str:
    """A fresh topic or group name."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def produce_all(
    bootstrap: str, topic: str, values: Iterable[bytes], timeout: float = 60.0, **conf: Any
) -> list[bytes]:
    """Produce values (idempotent, acks=all); return the acknowledged ones."""
    acked: list[bytes] = []
    errors: list[KafkaError] = []

    def on_delivery(err: KafkaError | None, msg: Any) -> None:
        if err is None:
            acked.append(msg.value())
        else:
            errors.append(err)

    producer = Producer({
        "bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all",
        "linger.ms": 5, **conf,
    })
    for value in values:
        while True:
            try:
                producer.produce(topic, value, on_delivery=on_delivery)
                break
            except BufferError:
                producer.poll(0.05)
        producer.poll(0)
    remaining = producer.flush(timeout)
    assert remaining == 0, f"{remaining} records not delivered within {timeout}s"
    assert not errors, errors[:5]
    return acked


def consume_group(
    bootstrap: str, topic: str, group: str, expect: int, timeout: float = 60.0,
    idle_after: float = 0.0, **conf: Any,
) -> list[bytes]:
    """Consume with a group until `expect` records arrived, commit, close.

    With `idle_after` > 0, keep reading that long after reaching `expect` to catch extras.
    """
    consumer = Consumer({
        "bootstrap.servers": bootstrap, "group.id": group, "auto.offset.reset": "earliest",
        "enable.auto.commit": False, "session.timeout.ms": 3000,
        "heartbeat.interval.ms": 500, **conf,
    })
    consumer.subscribe([topic])
    values: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            batch = consumer.consume(1000, 0.5)
            for msg in batch:
                if msg.error():
                    if msg.error().code() != KafkaError._PARTITION_EOF:
                        raise AssertionError(msg.error())
                    continue
                values.append(msg.value())
            if len(values) >= expect:
                if idle_after > 0:
                    end = time.monotonic() + idle_after
                    while time.monotonic() < end:
                        values += [m.value() for m in consumer.consume(1000, 0.2)
                                   if not m.error()]
                break
        if values:
            consumer.commit(asynchronous=False)
    finally:
        consumer.close()
    return values


def raw_request(
    host: str, port: int, request: Message, response: Message, version: int,
    body: dict[str, Any], correlation_id: int = 7, client_id: str = "raw-test",
) -> dict[str, Any]:
    """Send one request over a plain socket and decode the response body."""
    payload = encode_request_header(request.api_key, version, correlation_id, client_id)
    payload += request.encode(body, version)
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(frame(payload))
        reader = FrameReader()
        while (reply := reader.next_frame()) is None:
            data = sock.recv(65536)
            reader.receive_data(data)
            if not data:
                raise AssertionError("connection closed before a response")
    assert int.from_bytes(reply[4:8], "big") == correlation_id
    decoded, _ = response.decode(reply, version, response_body_offset(reply, request.api_key,
                                                                        version))
    return decoded


def consume_partitions(
    bootstrap: str, topic: str, partitions: int, expect: int, timeout: float = 30.0
) -> list[bytes]:
    """Read partitions from the start without a consumer group (no coordinator needed)."""
    from confluent_kafka import TopicPartition

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("unused"),
                         "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
    values: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and len(values) < expect:
            values += [m.value() for m in consumer.consume(1000, 0.5) if not m.error()]
    finally:
        consumer.close()
    return values


def assert_gateway_address(gateway: Any, address: str, what: str) -> None:
    """Assert ``host:port`` is one of the gateway's advertised listeners."""
    host, sep, port = address.rpartition(":")
    assert sep and port.isdigit(), f"{what}: malformed address {address!r}"
    assert host == gateway.advertised_host and int(port) in gateway.ports, (
        f"{what}: {address} is not a gateway address "
        f"({gateway.advertised_host}:{gateway.ports}); backend leaked past the gateway?"
    )


def assert_same_values(received: list[str], expected: list[str]) -> None:
    """Compare as multisets, with a short message instead of a 10,000-item diff."""
    got, want = Counter(received), Counter(expected)
    if got != want:
        missing = sorted((want - got).elements())
        extra = sorted((got - want).elements())
        pytest.fail(
            f"received {len(received)} values, expected {len(expected)}; "
            f"{len(missing)} missing (e.g. {missing[:5]}), "
            f"{len(extra)} unexpected/duplicated (e.g. {extra[:5]})"
        )
